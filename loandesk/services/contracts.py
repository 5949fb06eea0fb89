"""Loan contracts (借款合同): generation, preview, printing (原件 / 副本), verification, signing.

Flow: an approved application → ``generate_contract`` (number, figures, full schedule, 年化利率
from the cash flows, parties unmasked *in the PDF only*) → 待签署 → ``register_signing`` with
the scanned signed copy → 已签署 → the disbursement makes it 已生效 (disbursement.py).

What is stored and why:
* ``snapshot``: the canonical JSON of every printed field (ContractData.canonical(), the same
  input the fingerprint is taken over), so reprints and checks never depend on live records
  that may have changed since.
* ``fingerprint`` / ``verification_code``: printed on every page and in the QR code, so a
  paper copy can be checked by typing the code.
* ``pdf_sha256`` + the original bytes in attachments.db: a file handed back can be checked
  byte for byte. The first print/export hands out that original; every later one is rendered
  with ``copy=True`` (marked 副本) and its hash is logged in ``contract_prints``.

Every view here masks names and ID numbers; reading or printing the PDF itself is audited.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import logging
import re
from collections.abc import Mapping
from dataclasses import dataclass, fields
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import event, select
from sqlalchemy.orm import Session

from loandesk.documents.model import BranchInfo, ContractData, GuaranteeType, Guarantor, Party
from loandesk.domain.application_states import AppAction, AppState, state_label
from loandesk.domain.masking import mask_bank_card, mask_id_number, mask_name
from loandesk.domain.money import fen_to_yuan, yuan_to_fen
from loandesk.domain.rates import apr_for_schedule
from loandesk.domain.schedule import METHOD_LABELS, Installment, add_months, build_schedule, schedule_totals
from loandesk.services import audit
from loandesk.services.approval import GUARANTEE_LABELS, _move, _purpose_text, final_approval, today_china
from loandesk.services.context import Actor, NotFound, ServiceError, require
from loandesk.store.attachments import BlobStore
from loandesk.store.models.applications import Application, ApplicationParty, ProductVersion
from loandesk.store.models.auth import Branch, Counter, Setting, User
from loandesk.store.models.base import utcnow
from loandesk.store.models.customers import Customer, CustomerProfile
from loandesk.store.models.loans import Contract, ContractPrint

log = logging.getLogger(__name__)

STATUS_LABELS: dict[str, str] = {
    "pending_sign": "待签署",
    "signed": "已签署",
    "effective": "已生效",
    "void": "已作废",
}
PDF_MIME = "application/pdf"
_PENDING = "loandesk.contracts.pending_blobs"
LPR_LABELS = {"1y": "1年期LPR", "5y": "5年期以上LPR"}


# --- views -----------------------------------------------------------------------------------------

@dataclass(frozen=True)
class ContractView:
    id: str
    contract_no: str
    application_id: str
    application_no: str
    customer_id: str
    borrower_name: str  # masked
    borrower_id_number: str  # masked
    status: str
    status_label: str
    product_name: str
    product_version_no: int
    amount: Decimal
    term_months: int
    annual_rate: Decimal
    apr: Decimal
    method_label: str
    guarantee_label: str
    start_date: date
    maturity_date: date
    periods: int
    total_interest: Decimal
    disbursement_account: str  # masked
    verification_code: str
    fingerprint: str
    pdf_sha256: str
    print_count: int
    copy_count: int
    generated_by: str
    generated_at: datetime
    signed_on: date | None
    signed_document_id: str | None
    effective_on: date | None
    void_reason: str

    @property
    def next_print_is_copy(self) -> bool:
        return self.print_count > 0


@dataclass(frozen=True)
class PrintJob:
    """Bytes handed out for printing or saving; ``copy`` = marked 副本."""

    contract_no: str
    pdf: bytes
    copy: bool
    print_no: int
    sha256: str

    @property
    def suggested_name(self) -> str:
        return f"借款合同_{self.contract_no}" + ("_副本" if self.copy else "") + ".pdf"


@dataclass(frozen=True)
class ContractCheck:
    """Result of checking a file or a typed code against the stored contract (Chinese messages)."""

    ok: bool
    contract_no: str | None
    contract_id: str | None
    status_label: str
    code_ok: bool
    hash_ok: bool
    is_copy: bool
    messages: tuple[str, ...]

    @property
    def message(self) -> str:
        return "\n".join(self.messages)


# --- snapshot <-> ContractData -----------------------------------------------------------------------

_DECIMALS = {"amount", "annual_rate", "penalty_uplift", "misuse_uplift", "fees"}
_DATES = {"start_date", "maturity_date", "created"}


def _installment(d: Mapping[str, Any]) -> Installment:
    return Installment(
        period=int(d["period"]), due_date=date.fromisoformat(d["due_date"]), principal=Decimal(d["principal"]),
        interest=Decimal(d["interest"]), payment=Decimal(d["payment"]), balance=Decimal(d["balance"]),
        days=d.get("days"), term_month=d.get("term_month"),
    )


def _guarantor(d: Mapping[str, Any]) -> Guarantor:
    return Guarantor(**{**d, "guarantee_type": GuaranteeType(d["guarantee_type"])})


def contract_data_from_snapshot(snapshot: Mapping[str, Any] | str) -> ContractData:
    """Rebuild the exact ContractData a contract was issued from (same fingerprint)."""
    raw = json.loads(snapshot) if isinstance(snapshot, str) else dict(snapshot)
    values: dict[str, Any] = {}
    for f in fields(ContractData):
        if f.name not in raw:
            continue
        v = raw[f.name]
        if f.name in _DECIMALS:
            v = Decimal(v)
        elif f.name in _DATES:
            v = date.fromisoformat(v)
        elif f.name == "branch":
            v = BranchInfo(**v)
        elif f.name in ("borrower", "spouse"):
            v = None if v is None else Party(**v)
        elif f.name == "guarantors":
            v = tuple(_guarantor(g) for g in v)
        elif f.name == "schedule":
            v = tuple(_installment(i) for i in v)
        elif f.name == "guarantee_type":
            v = GuaranteeType(v)
        elif f.name in ("allocation_order", "extra_clauses"):
            v = tuple(v)
        values[f.name] = v
    return ContractData(**values)


def snapshot_of(data: ContractData | Mapping[str, Any]) -> str:
    canonical = data.canonical() if isinstance(data, ContractData) else data
    return json.dumps(canonical, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


# --- numbering and small helpers ---------------------------------------------------------------------

def next_number(session: Session, kind: str, on: date) -> str:
    """``<branch>-<kind>-<year>-<seq:06d>``; the writer holds BEGIN IMMEDIATE, so no race."""
    branch = session.scalar(select(Branch.code).limit(1))
    if branch is None:
        raise ServiceError("本库尚未初始化网点信息。")
    name = f"{kind}:{on.year}"
    counter = session.get(Counter, name)
    if counter is None:
        counter = Counter(name=name, value=0)
        session.add(counter)
    counter.value += 1
    session.flush()
    return f"{branch}-{kind}-{on.year}-{counter.value:06d}"


def track_blob(session: Session, blobs: BlobStore, blob_id: str) -> None:
    """Delete a blob again if this session's transaction rolls back (nothing half-written)."""
    pending = session.info.get(_PENDING)
    if pending is None:
        pending = session.info[_PENDING] = []

        def _after_commit(sess: Session) -> None:
            sess.info.get(_PENDING, []).clear()

        def _after_rollback(sess: Session) -> None:
            items = list(sess.info.get(_PENDING, []))
            sess.info.get(_PENDING, []).clear()
            for store, bid in items:
                try:
                    store.delete([bid])
                except Exception:  # an orphan blob is harmless
                    log.warning("could not delete orphan contract blob after rollback")

        event.listen(session, "after_commit", _after_commit)
        event.listen(session, "after_rollback", _after_rollback)
    pending.append((blobs, blob_id))


def _get(session: Session, contract_id: str) -> Contract:
    c = session.get(Contract, contract_id)
    if c is None:
        raise NotFound("合同不存在。")
    return c


def _user_name(session: Session, user_id: str | None) -> str:
    u = session.get(User, user_id) if user_id else None
    return (u.display_name or u.username) if u else ""


def view_of(session: Session, c: Contract, canonical: Mapping[str, Any] | None = None) -> ContractView:
    data = canonical if canonical is not None else json.loads(c.snapshot)
    app = session.get(Application, c.application_id)
    version = session.get(ProductVersion, c.product_version_id) if c.product_version_id else None
    schedule = data.get("schedule", [])
    interest = sum((Decimal(i["interest"]) for i in schedule), Decimal(0))
    return ContractView(
        id=c.id, contract_no=c.contract_no, application_id=c.application_id,
        application_no=app.application_no if app else "", customer_id=c.customer_id,
        borrower_name=mask_name(data["borrower"]["name"]), borrower_id_number=mask_id_number(data["borrower"]["id_number"]),
        status=c.status, status_label=STATUS_LABELS.get(c.status, c.status),
        product_name=data.get("product_name", ""), product_version_no=version.version_no if version else 0,
        amount=fen_to_yuan(c.amount_fen), term_months=c.term_months, annual_rate=Decimal(c.annual_rate),
        apr=Decimal(c.apr), method_label=METHOD_LABELS.get(c.repayment_method, c.repayment_method),
        guarantee_label=GUARANTEE_LABELS.get(c.guarantee_type, c.guarantee_type), start_date=c.start_date,
        maturity_date=c.maturity_date, periods=len(schedule), total_interest=interest.quantize(Decimal("0.01")),
        disbursement_account=_mask_account(data.get("disbursement_account", "")),
        verification_code=c.verification_code, fingerprint=c.fingerprint, pdf_sha256=c.pdf_sha256,
        print_count=c.print_count, copy_count=c.copy_count, generated_by=_user_name(session, c.generated_by),
        generated_at=c.generated_at, signed_on=c.signed_on, signed_document_id=c.signed_document_id,
        effective_on=c.effective_on, void_reason=c.void_reason,
    )


_ACCOUNT_RUN = re.compile(r"\d[\d ]{7,}\d")


def _mask_account(text: str) -> str:
    """Mask the account number inside "开户行 账号（说明）" while keeping the words."""
    return _ACCOUNT_RUN.sub(lambda m: mask_bank_card(m.group(0)), text or "")


def _pct(rate: Decimal) -> str:
    """3.00%, 3.45%, 3.125% — at least two places, as rates are printed elsewhere in the contract."""
    text = f"{(rate * 100).quantize(Decimal('0.0001')):f}".rstrip("0")
    whole, _, frac = text.partition(".")
    return f"{whole}.{frac.ljust(2, '0')}%"


# --- building the contract data ----------------------------------------------------------------------

def _rate_basis(version: ProductVersion | None, rate: Decimal) -> str:
    if version is None or version.rate_type != "lpr":
        return "固定利率（按贷款产品定价）"
    spread = Decimal(version.spread_bp) / Decimal(10000)
    base = rate - spread
    sign = "加" if version.spread_bp >= 0 else "减"
    tenor = LPR_LABELS.get(version.lpr_tenor, "LPR")
    return f"申请受理时适用的{tenor} {_pct(base)} {sign} {abs(version.spread_bp)} 个基点"


CONTRACT_SETTINGS = ("contract.lender_name", "contract.branch_phone", "contract.signing_place",
                     "contract.dispute_court")


def _contract_settings(session: Session) -> dict[str, str]:
    """Optional branch wording for contracts (settings table), read in one query."""
    out: dict[str, str] = {}
    for key, value in session.execute(select(Setting.key, Setting.value).where(Setting.key.in_(CONTRACT_SETTINGS))):
        try:
            decoded = json.loads(value)
        except ValueError:
            continue
        if isinstance(decoded, str) and decoded.strip():
            out[key] = decoded.strip()
    return out


def build_contract_data(session: Session, app: Application, *, contract_no: str, amount_fen: int,
                        term_months: int, start_date: date, created: date, collateral: str = "",
                        disbursement_account: str | None = None, signing_place: str | None = None) -> ContractData:
    """ContractData for an application with the approved amount/term; ServiceError if incomplete."""
    customer = session.get(Customer, app.customer_id)
    if customer is None:
        raise NotFound("借款人档案不存在。")
    profile = session.get(CustomerProfile, customer.id)
    version = session.get(ProductVersion, app.product_version_id)
    branch = session.scalar(select(Branch).limit(1))
    if branch is None:
        raise ServiceError("本库尚未初始化网点信息。")
    rate = Decimal(app.annual_rate)
    day_count = version.day_count if version else "30/360"
    try:
        schedule = build_schedule(fen_to_yuan(amount_fen), rate, term_months, app.repayment_method,
                                  add_months(start_date, 1), day_count=day_count, start_date=start_date)
    except ValueError as exc:
        raise ServiceError(f"无法生成还款计划：{exc}") from None
    parties = list(session.scalars(select(ApplicationParty).where(ApplicationParty.application_id == app.id)
                                   .order_by(ApplicationParty.position)))
    spouse = next((Party(p.name, p.id_number, p.phone) for p in parties if p.role == "co_borrower"), None)
    gtype = GuaranteeType(app.guarantee_type)
    guarantors = tuple(
        Guarantor(p.name, p.id_number, p.relation or ("联保小组成员" if p.role == "group_member" else "保证人"),
                  GuaranteeType.GROUP if p.role == "group_member" else GuaranteeType.GUARANTOR, p.phone)
        for p in parties if p.role in ("guarantor", "group_member")
    )
    address = ""
    if profile is not None:
        address = profile.current_address or profile.hukou_address
    account = (disbursement_account or "").strip()
    if not account and profile is not None and profile.bank_account_no:
        bank = (profile.bank_name or "").strip()
        account = f"{bank} {profile.bank_account_no}".strip() + "（借款人本人账户）"
    if not account:
        raise ServiceError("借款人没有登记收款账户：请先在客户资料中登记本人银行账户，或在此填写放款账户。",
                           field="disbursement_account")
    conf = _contract_settings(session)
    lender = conf.get("contract.lender_name") or branch.name
    try:
        return ContractData(
            contract_no=contract_no,
            branch=BranchInfo(name=branch.name, code=branch.code, address=branch.address,
                              legal_representative=branch.manager_name, phone=conf.get("contract.branch_phone") or ""),
            lender_name=lender,
            borrower=Party(customer.name, customer.id_number, customer.mobile or "", address),
            spouse=spouse,
            guarantors=guarantors,
            product_name=version.name if version else "",
            loan_kind=version.product_type if version else "",
            purpose=_purpose_text(app),
            amount=fen_to_yuan(amount_fen),
            term_months=term_months,
            start_date=start_date,
            maturity_date=schedule[-1].due_date,
            repayment_method=app.repayment_method,
            annual_rate=rate,
            rate_basis=_rate_basis(version, rate),
            penalty_uplift=Decimal(version.penalty_uplift) if version else Decimal("0.5"),
            misuse_uplift=Decimal(version.misuse_uplift) if version else Decimal("1.0"),
            guarantee_type=gtype,
            collateral=collateral.strip(),
            disbursement_account=account,
            schedule=tuple(schedule),
            signing_place=(signing_place or conf.get("contract.signing_place") or branch.name).strip(),
            created=created,
            dispute_court=conf.get("contract.dispute_court") or "贷款人所在地人民法院",
        )
    except ValueError as exc:
        raise ServiceError(str(exc), field="contract") from None


def contract_apr(data: ContractData) -> Decimal:
    """年化利率 (simple, 12 × monthly IRR) of the contract's cash flows, to 1e-20.

    The same quantity as ``domain.rates.apr_for_schedule`` (a test holds them equal), solved by
    Newton's method from the nominal rate instead of bisection: the contract renderer already
    pays for one bisection on the hot path of a 360-row contract, and this figure is stored for
    lists and checks only (the PDF prints the renderer's own computation).
    """
    from decimal import localcontext

    net = data.amount - data.fees
    flows = sorted((i.months_from_start, i.payment) for i in data.schedule)
    with localcontext() as ctx:
        ctx.prec = 40
        r = data.annual_rate / 12 if data.annual_rate > 0 else Decimal("0.001")
        for _ in range(50):
            v = 1 / (1 + r)
            f = -net
            df = Decimal(0)
            for t, pay in flows:
                disc = v**t
                f += pay * disc
                df -= t * pay * disc * v
            step = f / df
            r -= step
            if abs(step) < Decimal("1e-24"):
                break
        else:  # pragma: no cover - Newton from the nominal rate converges in a few steps
            return apr_for_schedule(data.amount, list(data.schedule), fees=data.fees)
        result = 12 * r
    return +result


def _render(data: ContractData, *, copy: bool = False) -> bytes:
    from loandesk.documents.contract import render_contract
    from loandesk.documents.fonts import FontNotFound

    try:
        return render_contract(data, copy=copy)
    except FontNotFound as exc:
        raise ServiceError(str(exc)) from None


# --- use cases -------------------------------------------------------------------------------------

def generate_contract(session: Session, actor: Actor, application_id: str, *, blobs: BlobStore,
                      start_date: date | None = None, collateral: str = "", disbursement_account: str | None = None,
                      signing_place: str | None = None) -> ContractView:
    """Number, build, render and store the contract of an approved application (待签署)."""
    require(session, actor, "contract.generate", entity_type="application", entity_id=application_id)
    app = session.get(Application, application_id)
    if app is None:
        raise NotFound("贷款申请不存在。")
    if app.state != AppState.APPROVED:
        raise ServiceError(f"申请当前状态为“{state_label(app.state)}”，只有已批准的申请才能生成合同。")
    live = session.scalar(select(Contract).where(Contract.application_id == app.id, Contract.status != "void"))
    if live is not None:
        raise ServiceError(f"本申请已有合同 {live.contract_no}（{STATUS_LABELS[live.status]}），"
                           "如需重新生成，请先作废原合同。")
    decision = final_approval(session, app.id)
    if decision is None:
        raise ServiceError("找不到本申请的批准记录，不能生成合同。")
    today = today_china()
    start = start_date or today
    if start < today:
        raise ServiceError("计划放款（起息）日不能早于今天。", field="start_date")
    contract_no = next_number(session, "JK", today)
    data = build_contract_data(session, app, contract_no=contract_no, amount_fen=decision.amount_fen,
                               term_months=decision.term_months, start_date=start, created=today,
                               collateral=collateral, disbursement_account=disbursement_account,
                               signing_place=signing_place)
    return _store(session, actor, app, decision.id, data, blobs)


def _store(session: Session, actor: Actor, app: Application, decision_id: str, data: ContractData,
           blobs: BlobStore) -> ContractView:
    from loandesk.documents.verification import code_from_fingerprint, contract_fingerprint, pdf_sha256

    pdf = _render(data)
    fingerprint = contract_fingerprint(data)
    digest = pdf_sha256(pdf)
    ref = blobs.put(pdf, PDF_MIME)
    track_blob(session, blobs, ref.id)
    apr = contract_apr(data)
    canonical = data.canonical()
    c = Contract(
        contract_no=data.contract_no, application_id=app.id, decision_id=decision_id, customer_id=app.customer_id,
        product_version_id=app.product_version_id, status="pending_sign", amount_fen=yuan_to_fen(data.amount),
        term_months=data.term_months, annual_rate=f"{data.annual_rate.normalize():f}",
        apr=f"{apr.quantize(Decimal('0.000001')):f}", repayment_method=data.repayment_method,
        guarantee_type=data.guarantee_type.value, start_date=data.start_date, maturity_date=data.maturity_date,
        snapshot=snapshot_of(canonical), fingerprint=fingerprint, verification_code=code_from_fingerprint(fingerprint),
        pdf_sha256=digest, pdf_blob_id=ref.id, pdf_size=len(pdf), generated_by=actor.user_id, generated_at=utcnow(),
        void_reason="",
    )
    session.add(c)
    session.flush()
    principal, interest = schedule_totals(data.schedule)
    summary = {"contract_no": c.contract_no, "application_no": app.application_no, "amount_fen": c.amount_fen,
               "term_months": c.term_months, "annual_rate": c.annual_rate, "apr": c.apr,
               "total_interest": str(interest), "fingerprint": fingerprint, "pdf_sha256": digest,
               "product_version_id": c.product_version_id, "decision_id": decision_id}
    audit.record(session, actor, "contract.generate", entity_type="contract", entity_id=c.id, summary=summary)
    audit.outbox(session, "contract", c.id, {**summary, "status": c.status, "application_id": app.id})
    return view_of(session, c, canonical)


def get_contract(session: Session, actor: Actor, contract_id: str) -> ContractView:
    require(session, actor, "contract.view", entity_type="contract", entity_id=contract_id)
    return view_of(session, _get(session, contract_id))


def contract_for_application(session: Session, actor: Actor, application_id: str) -> ContractView | None:
    """The live (not void) contract of an application, if any."""
    require(session, actor, "contract.view", entity_type="application", entity_id=application_id)
    c = session.scalar(select(Contract).where(Contract.application_id == application_id, Contract.status != "void")
                       .order_by(Contract.generated_at.desc()).limit(1))
    return None if c is None else view_of(session, c)


def list_contracts(session: Session, actor: Actor, *, statuses: tuple[str, ...] | None = None,
                   limit: int = 500) -> list[ContractView]:
    require(session, actor, "contract.view")
    q = select(Contract).order_by(Contract.generated_at.desc()).limit(limit)
    if statuses:
        q = q.where(Contract.status.in_(statuses))
    return [view_of(session, c) for c in session.scalars(q)]


def contract_data(session: Session, contract_id: str) -> ContractData:
    """Internal: the ContractData the contract was issued from (unmasked; never for display)."""
    return contract_data_from_snapshot(_get(session, contract_id).snapshot)


def _original(c: Contract, blobs: BlobStore) -> bytes:
    pdf = blobs.get(c.pdf_blob_id)
    if not hmac.compare_digest(hashlib.sha256(pdf).hexdigest(), c.pdf_sha256):
        raise ServiceError(f"合同 {c.contract_no} 的存档文件校验失败（哈希不符），请联系系统管理员检查附件库。")
    return pdf


def preview_pdf(session: Session, actor: Actor, contract_id: str, *, blobs: BlobStore) -> bytes:
    """What the next print would give: the original until it was printed once, then a 副本.

    Audited (the PDF shows full names and ID numbers); needs a write session.
    """
    require(session, actor, "contract.view", entity_type="contract", entity_id=contract_id)
    c = _get(session, contract_id)
    copy = c.print_count > 0
    pdf = _render(contract_data_from_snapshot(c.snapshot), copy=True) if copy else _original(c, blobs)
    audit.record(session, actor, "contract.preview", entity_type="contract", entity_id=c.id,
                 summary={"contract_no": c.contract_no, "copy": copy})
    return pdf


def issue_print(session: Session, actor: Actor, contract_id: str, *, blobs: BlobStore,
                channel: str = "print") -> PrintJob:
    """Hand out the PDF for printing (``print``) or saving (``file``), counted and audited.

    The first one is the stored original; every later one is re-rendered marked 副本.
    """
    require(session, actor, "contract.print", entity_type="contract", entity_id=contract_id)
    if channel not in ("print", "file"):
        raise ServiceError("未知的输出方式。")
    c = _get(session, contract_id)
    if c.status == "void":
        raise ServiceError(f"合同 {c.contract_no} 已作废，不能打印。")
    copy = c.print_count > 0
    pdf = _render(contract_data_from_snapshot(c.snapshot), copy=True) if copy else _original(c, blobs)
    digest = hashlib.sha256(pdf).hexdigest()
    c.print_count += 1
    if copy:
        c.copy_count += 1
    c.last_printed_at = utcnow()
    session.add(ContractPrint(contract_id=c.id, print_no=c.print_count, copy=copy, channel=channel, sha256=digest,
                              printed_by=actor.user_id, printed_at=c.last_printed_at))
    session.flush()
    action = "contract.print" if channel == "print" else "contract.export"
    audit.record(session, actor, action, entity_type="contract", entity_id=c.id,
                 summary={"contract_no": c.contract_no, "copy": copy, "print_no": c.print_count, "sha256": digest})
    return PrintJob(c.contract_no, pdf, copy, c.print_count, digest)


def _check(session: Session, c: Contract | None, *, code_ok: bool, hash_ok: bool, is_copy: bool,
           messages: list[str], contract_no: str | None) -> ContractCheck:
    status = STATUS_LABELS.get(c.status, c.status) if c is not None else ""
    if c is not None and c.status == "void":
        messages.append(f"注意：合同 {c.contract_no} 已作废（{c.void_reason}），不得作为有效合同使用。")
    ok = c is not None and code_ok and hash_ok and c.status != "void"
    return ContractCheck(ok, contract_no, c.id if c else None, status, code_ok, hash_ok, is_copy, tuple(messages))


def verify_contract_pdf(session: Session, actor: Actor, pdf: bytes) -> ContractCheck:
    """Check a PDF (e.g. one sent back by e-mail or found on a share) against the stored contract.

    The printed contract number finds the record; the printed verification codes must match its
    fingerprint and the file's hash must be the original's or an issued 副本's.
    """
    require(session, actor, "contract.view")
    from loandesk.documents.verification import verify_pdf

    probe = verify_pdf(pdf, "0" * 64, "")  # only to read the printed number and codes
    number = probe.contract_no
    if not number:
        if not probe.printed_codes:
            msg = ("文件中读不到合同编号和验证码（可能是扫描件或不是本系统生成的合同）。"
                   "请改用“按验证码核验”：输入纸质合同页脚或末页印制的合同编号和验证码。")
        else:
            msg = "文件中读不到合同编号，无法对应到系统中的合同。"
        audit.record(session, actor, "contract.verify", entity_type="contract", entity_id="",
                     summary={"result": "unreadable"})
        return ContractCheck(False, None, None, "", False, False, False, (msg,))
    c = session.scalar(select(Contract).where(Contract.contract_no == number))
    if c is None:
        audit.record(session, actor, "contract.verify", entity_type="contract", entity_id="",
                     summary={"contract_no": number, "result": "unknown"})
        return ContractCheck(False, number, None, "", False, False, False,
                             (f"系统中没有编号为 {number} 的合同，文件不是本网点签发的合同或编号被改动。",))
    result = verify_pdf(pdf, c.fingerprint, c.pdf_sha256)
    digest = hashlib.sha256(pdf).hexdigest()
    is_copy = False
    messages = [m for m in result.messages if "核验通过" not in m]
    hash_ok = result.hash_ok
    if not hash_ok:
        issued = session.scalar(select(ContractPrint).where(ContractPrint.contract_id == c.id,
                                                            ContractPrint.sha256 == digest).limit(1))
        if issued is not None:
            hash_ok = True
            is_copy = issued.copy
            messages = [m for m in messages if "哈希" not in m]
            messages.append(f"该文件是第 {issued.print_no} 次打印/导出的{'副本' if issued.copy else '原件'}。")
    if result.code_ok and hash_ok:
        messages.insert(0, f"核验通过：文件与系统存档的合同 {c.contract_no} 一致（{'副本' if is_copy else '原件'}）。")
    elif result.code_ok:
        messages.insert(0, "验证码与存档一致，但文件内容与签发的任何一份都不相同：文件可能被编辑过，请以系统存档为准。")
    ok_check = _check(session, c, code_ok=result.code_ok, hash_ok=hash_ok, is_copy=is_copy, messages=messages,
                      contract_no=number)
    audit.record(session, actor, "contract.verify", entity_type="contract", entity_id=c.id,
                 summary={"contract_no": number, "ok": ok_check.ok, "code_ok": result.code_ok, "hash_ok": hash_ok,
                          "sha256": digest})
    return ok_check


_CODE_CLEAN = re.compile(r"[^0-9A-F]")


def verify_code(session: Session, actor: Actor, contract_no: str, code: str) -> ContractCheck:
    """Check a paper contract: the number and the verification code typed from the page."""
    require(session, actor, "contract.view")
    number = (contract_no or "").strip().upper()
    c = session.scalar(select(Contract).where(Contract.contract_no == number))
    if c is None:
        return ContractCheck(False, number, None, "", False, False, False,
                             (f"系统中没有编号为 {number or '（空）'} 的合同。",))
    typed = _CODE_CLEAN.sub("", (code or "").upper())
    expected = _CODE_CLEAN.sub("", c.verification_code)
    code_ok = len(typed) == 16 and hmac.compare_digest(typed, expected)
    messages = [f"核验通过：验证码与合同 {c.contract_no} 的存档一致。"] if code_ok else [
        "验证码与存档不一致：纸质合同可能被替换或篡改，或输入有误（验证码为 16 位 0–9、A–F，四位一组）。"]
    check = _check(session, c, code_ok=code_ok, hash_ok=code_ok, is_copy=False, messages=messages, contract_no=number)
    audit.record(session, actor, "contract.verify", entity_type="contract", entity_id=c.id,
                 summary={"contract_no": number, "by": "code", "ok": check.ok})
    return check


def register_signing(session: Session, actor: Actor, contract_id: str, *, signed_on: date, scan_name: str,
                     scan: bytes, blobs: BlobStore) -> ContractView:
    """待签署 → 已签署: the signing date and the scan of the signed copy (kept as a document)."""
    require(session, actor, "contract.sign", entity_type="contract", entity_id=contract_id)
    from loandesk.domain.documents import DocType
    from loandesk.services import documents

    c = _get(session, contract_id)
    if c.status != "pending_sign":
        raise ServiceError(f"合同 {c.contract_no} 当前为“{STATUS_LABELS[c.status]}”，只有待签署的合同可以登记签署。")
    if c.print_count == 0:
        raise ServiceError("合同尚未打印：请先打印合同原件，由借款人面签后再登记签署。")
    today = today_china()
    generated = c.generated_at.date()
    if not isinstance(signed_on, date) or isinstance(signed_on, datetime):
        raise ServiceError("请填写签署日期。", field="signed_on")
    if signed_on > today:
        raise ServiceError("签署日期不能晚于今天。", field="signed_on")
    if signed_on < generated:
        raise ServiceError(f"签署日期不能早于合同生成日期 {generated.isoformat()}。", field="signed_on")
    if not scan:
        raise ServiceError("请选择已签署合同的扫描件。", field="scan")
    doc = documents.attach_document(session, actor, c.customer_id, DocType.OTHER, scan_name or "签署合同.pdf", scan,
                                    blobs=blobs, issued_on=signed_on,
                                    note=f"借款合同签署件 {c.contract_no}", allow_duplicate=False)
    c.status = "signed"
    c.signed_on = signed_on
    c.signed_document_id = doc.id
    c.signed_by = actor.user_id
    c.signed_at = utcnow()
    app = session.get(Application, c.application_id)
    assert app is not None
    _move(session, actor, app, AppAction.SIGN, f"合同 {c.contract_no} 已于 {signed_on.isoformat()} 签署",
          {"contract_id": c.id, "document_id": doc.id})
    summary = {"contract_no": c.contract_no, "signed_on": signed_on.isoformat(), "document_id": doc.id}
    audit.record(session, actor, "contract.sign", entity_type="contract", entity_id=c.id, summary=summary)
    audit.outbox(session, "contract", c.id, {**summary, "status": c.status})
    return view_of(session, c)


def void_contract(session: Session, actor: Actor, contract_id: str, reason: str) -> ContractView:
    """Void an unsigned contract (wrong account, changed start date …) so it can be regenerated."""
    require(session, actor, "contract.generate", entity_type="contract", entity_id=contract_id)
    c = _get(session, contract_id)
    if c.status != "pending_sign":
        raise ServiceError(f"合同 {c.contract_no} 已{STATUS_LABELS[c.status]}，不能作废。")
    text = (reason or "").strip()
    if len(text) < 2:
        raise ServiceError("请填写作废原因。", field="reason")
    c.status = "void"
    c.voided_at = utcnow()
    c.void_reason = text[:200]
    audit.record(session, actor, "contract.void", entity_type="contract", entity_id=c.id,
                 summary={"contract_no": c.contract_no, "reason": c.void_reason, "prints": c.print_count})
    audit.outbox(session, "contract", c.id, {"contract_no": c.contract_no, "status": "void"})
    return view_of(session, c)


def schedule_sheet_pdf(session: Session, actor: Actor, contract_id: str) -> bytes:
    """The contract's repayment schedule as a separate printable sheet (audited)."""
    require(session, actor, "contract.print", entity_type="contract", entity_id=contract_id)
    from loandesk.documents.schedule_sheet import render_schedule_sheet

    c = _get(session, contract_id)
    pdf = render_schedule_sheet(contract_data_from_snapshot(c.snapshot))
    audit.record(session, actor, "contract.schedule_sheet", entity_type="contract", entity_id=c.id,
                 summary={"contract_no": c.contract_no})
    return pdf


# --- the 合同与放款 work list ----------------------------------------------------------------------

STAGES: dict[str, str] = {
    "to_generate": "待生成合同",
    "to_sign": "待签署",
    "to_disburse": "待放款",
    "disbursed": "已放款",
}


@dataclass(frozen=True)
class WorkItem:
    """One approved application and where it stands between approval and disbursement."""

    application_id: str
    application_no: str
    customer_name: str  # masked
    product_name: str
    amount: Decimal  # approved
    term_months: int  # approved
    guarantee_type: str
    guarantee_label: str
    approved_by: str
    approved_at: datetime | None
    stage: str
    stage_label: str
    contract: ContractView | None


def contract_worklist(session: Session, actor: Actor, *, stages: tuple[str, ...] | None = None,
                      limit: int = 500) -> list[WorkItem]:
    """Approved applications without a contract, and contracts waiting for signing or disbursement
    (``stages`` picks which; default: everything still open)."""
    require(session, actor, "contract.view")
    wanted = set(stages or ("to_generate", "to_sign", "to_disburse"))
    states = {AppState.APPROVED.value, AppState.SIGNED.value}
    if "disbursed" in wanted:
        states.add(AppState.DISBURSED.value)
    apps = list(session.scalars(select(Application).where(Application.state.in_(states))
                                .order_by(Application.state_changed_at.desc()).limit(limit)))
    out: list[WorkItem] = []
    for app in apps:
        c = session.scalar(select(Contract).where(Contract.application_id == app.id, Contract.status != "void")
                           .order_by(Contract.generated_at.desc()).limit(1))
        if c is None:
            stage = "to_generate"
        elif c.status == "pending_sign":
            stage = "to_sign"
        elif c.status == "signed":
            stage = "to_disburse"
        else:
            stage = "disbursed"
        if stage not in wanted:
            continue
        decision = final_approval(session, app.id)
        customer = session.get(Customer, app.customer_id)
        version = session.get(ProductVersion, app.product_version_id)
        out.append(WorkItem(
            application_id=app.id, application_no=app.application_no,
            customer_name=mask_name(customer.name) if customer else "", product_name=version.name if version else "",
            amount=fen_to_yuan(decision.amount_fen if decision else app.amount_fen),
            term_months=decision.term_months if decision else app.term_months, guarantee_type=app.guarantee_type,
            guarantee_label=GUARANTEE_LABELS.get(app.guarantee_type, app.guarantee_type),
            approved_by=decision.approver_name if decision else "", approved_at=decision.decided_at if decision else None,
            stage=stage, stage_label=STAGES[stage], contract=view_of(session, c) if c is not None else None,
        ))
    return out
