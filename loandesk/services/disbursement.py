"""Disbursement (贷款发放) and the loan accounts it creates; the voucher file for the core system.

``disburse`` is allowed once the contract is signed (已签署). In one transaction it:
* checks amount (= the contract amount: no interest deducted up front, Civil Code art. 670),
  account (the one the contract names) and voucher number (unique);
* fixes the repayment schedule from the disbursement date (first due date one month later, the
  loan starts that day) and stores it row by row in a new loan account (the post-loan module's);
* makes the contract 已生效 and moves the application to 已放款;
* audits and queues the change for head office.

``export_vouchers`` writes the CSV the core/finance system books from; its layout is documented
in docs/disbursement_voucher.md and must only change together with that document.
"""

from __future__ import annotations

import csv
import io
import json
import re
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from loandesk.domain.application_states import AppAction
from loandesk.domain.masking import mask_bank_card, mask_id_number, mask_name
from loandesk.domain.money import fen_to_yuan, format_yuan, yuan_to_fen
from loandesk.domain.schedule import METHOD_LABELS, add_months, build_schedule, schedule_totals
from loandesk.services import audit
from loandesk.services.approval import _move, final_approval, today_china
from loandesk.services.context import Actor, NotFound, ServiceError, require
from loandesk.services.contracts import STATUS_LABELS, contract_data_from_snapshot, next_number
from loandesk.store.models.applications import Application, LoanProduct, ProductVersion
from loandesk.store.models.auth import Branch, User
from loandesk.store.models.base import utcnow
from loandesk.store.models.customers import Customer
from loandesk.store.models.loans import Contract, Disbursement, LoanAccount, LoanInstallment

# "正常" is also the first of the five risk classes (五级分类): an account whose repayments are not
# recorded here must not read as classified 正常, so an open account is 未结清.
LOAN_STATUS_LABELS = {"active": "未结清", "closed": "已结清"}
VOUCHER_COLUMNS: tuple[str, ...] = (
    "记录类型", "网点代码", "凭证号", "放款日期", "合同编号", "贷款账号", "借款人姓名", "证件类型", "证件号码",
    "入账账号", "入账户名", "币种", "金额", "年利率", "期限月数", "还款方式", "首期还款日", "到期日",
    "产品代码", "产品版本", "经办人", "审批人",
)
VOUCHER_LAYOUT_VERSION = "LDV1"
_VOUCHER_RE = re.compile(r"[0-9A-Za-z-]{4,40}")
_DIGITS = re.compile(r"\d")


# --- views -----------------------------------------------------------------------------------------

@dataclass(frozen=True)
class InstallmentRow:
    period: int
    due_date: date
    principal: Decimal
    interest: Decimal
    payment: Decimal
    balance: Decimal
    days: int | None


@dataclass(frozen=True)
class DisbursementView:
    id: str
    contract_id: str
    contract_no: str
    loan_id: str
    loan_no: str
    disbursed_on: date
    account: str  # masked
    account_name: str  # masked
    amount: Decimal
    voucher_no: str
    recorded_by: str
    recorded_at: datetime
    exported_at: datetime | None
    first_due_date: date
    maturity_date: date
    periods: int


@dataclass(frozen=True)
class LoanRow:
    id: str
    loan_no: str
    contract_no: str
    customer_name: str  # masked
    customer_no: str
    product_name: str
    principal: Decimal
    outstanding: Decimal
    annual_rate: Decimal
    method_label: str
    term_months: int
    start_date: date
    maturity_date: date
    status: str
    status_label: str
    next_due_date: date | None
    next_payment: Decimal | None


@dataclass(frozen=True)
class LoanDetail:
    loan: LoanRow
    schedule: tuple[InstallmentRow, ...]
    total_principal: Decimal
    total_interest: Decimal
    total_payment: Decimal
    disbursement: DisbursementView | None


@dataclass(frozen=True)
class DisbursementDefaults:
    """What the disbursement dialog pre-fills (the account masked: the clerk types it)."""

    contract_no: str
    status_label: str
    amount: Decimal
    account_hint: str  # masked
    borrower_name: str  # masked
    signed_on: date | None
    earliest: date
    today: date


@dataclass(frozen=True)
class VoucherExport:
    filename: str
    data: bytes
    count: int
    total: Decimal
    vouchers: tuple[str, ...] = ()  # the voucher numbers in the file, in order


# --- helpers ---------------------------------------------------------------------------------------

def _digits(text: str) -> str:
    return "".join(_DIGITS.findall(text or ""))


def _names(session: Session, ids: set[str]) -> dict[str, str]:
    ids = {i for i in ids if i}
    if not ids:
        return {}
    return {r[0]: r[1] or r[2] for r in session.execute(select(User.id, User.display_name, User.username)
                                                         .where(User.id.in_(ids)))}


def _contract_account(c: Contract) -> str:
    return json.loads(c.snapshot).get("disbursement_account", "")


def _disb_view(session: Session, d: Disbursement, c: Contract | None = None, loan: LoanAccount | None = None
               ) -> DisbursementView:
    c = c or session.get(Contract, d.contract_id)
    loan = loan or session.get(LoanAccount, d.loan_id)
    assert c is not None and loan is not None
    periods = session.scalar(select(func.count()).select_from(LoanInstallment)
                             .where(LoanInstallment.loan_id == loan.id)) or 0
    return DisbursementView(
        id=d.id, contract_id=c.id, contract_no=c.contract_no, loan_id=loan.id, loan_no=loan.loan_no,
        disbursed_on=d.disbursed_on, account=mask_bank_card(d.account), account_name=mask_name(d.account_name),
        amount=fen_to_yuan(d.amount_fen), voucher_no=d.voucher_no,
        recorded_by=_names(session, {d.recorded_by}).get(d.recorded_by, ""), recorded_at=d.recorded_at,
        exported_at=d.exported_at, first_due_date=loan.first_due_date, maturity_date=loan.maturity_date,
        periods=periods,
    )


def _loan_row(session: Session, loan: LoanAccount, today: date | None = None) -> LoanRow:
    today = today or today_china()
    customer = session.get(Customer, loan.customer_id)
    contract = session.get(Contract, loan.contract_id)
    version = session.get(ProductVersion, loan.product_version_id) if loan.product_version_id else None
    nxt = session.scalar(select(LoanInstallment).where(LoanInstallment.loan_id == loan.id,
                                                       LoanInstallment.due_date >= today)
                         .order_by(LoanInstallment.period).limit(1))
    fallen_due = session.scalar(select(func.count()).select_from(LoanInstallment)
                                .where(LoanInstallment.loan_id == loan.id, LoanInstallment.due_date < today)) or 0
    status_label = LOAN_STATUS_LABELS.get(loan.status, loan.status)
    if loan.status == "active" and fallen_due:
        # Repayments are not recorded in LoanDesk yet: say how many periods fell due rather than
        # letting the next (future) due date suggest the earlier ones were paid.
        status_label += f"（已到期 {fallen_due} 期，还款情况以核心系统为准）"
    return LoanRow(
        id=loan.id, loan_no=loan.loan_no, contract_no=contract.contract_no if contract else "",
        customer_name=mask_name(customer.name) if customer else "", customer_no=customer.customer_no if customer else "",
        product_name=version.name if version else "", principal=fen_to_yuan(loan.principal_fen),
        outstanding=fen_to_yuan(loan.outstanding_fen), annual_rate=Decimal(loan.annual_rate),
        method_label=METHOD_LABELS.get(loan.repayment_method, loan.repayment_method), term_months=loan.term_months,
        start_date=loan.start_date, maturity_date=loan.maturity_date, status=loan.status,
        status_label=status_label,
        next_due_date=nxt.due_date if nxt else None, next_payment=fen_to_yuan(nxt.payment_fen) if nxt else None,
    )


def mask_for_checking(id_number: str) -> str:
    """The "must verify" masking (domain-rules §7): positions 1, 5–12 and 18 shown, enough for the
    counter to compare with the ID card in hand without printing the full number."""
    n = (id_number or "").strip().upper()
    if len(n) != 18:
        return mask_id_number(n)
    return n[0] + "***" + n[4:12] + "*****" + n[17]


def _get_contract(session: Session, contract_id: str) -> Contract:
    c = session.get(Contract, contract_id)
    if c is None:
        raise NotFound("合同不存在。")
    return c


# --- disbursement ----------------------------------------------------------------------------------

def disbursement_defaults(session: Session, actor: Actor, contract_id: str) -> DisbursementDefaults:
    require(session, actor, "loan.disburse", entity_type="contract", entity_id=contract_id)
    c = _get_contract(session, contract_id)
    data = json.loads(c.snapshot)
    today = today_china()
    return DisbursementDefaults(
        contract_no=c.contract_no, status_label=STATUS_LABELS.get(c.status, c.status), amount=fen_to_yuan(c.amount_fen),
        account_hint=mask_bank_card(_digits(_contract_account(c))), borrower_name=mask_name(data["borrower"]["name"]),
        signed_on=c.signed_on, earliest=c.signed_on or today, today=today,
    )


def disburse(session: Session, actor: Actor, contract_id: str, *, disbursed_on: date, account: str,
             amount: Decimal, voucher_no: str = "", note: str = "") -> DisbursementView:
    """Record the disbursement of a signed contract; creates the loan account and its schedule."""
    require(session, actor, "loan.disburse", entity_type="contract", entity_id=contract_id)
    c = _get_contract(session, contract_id)
    if c.status != "signed":
        if c.status == "effective":
            raise ServiceError(f"合同 {c.contract_no} 已放款（已生效），不能重复放款。")
        raise ServiceError(f"合同 {c.contract_no} 当前为“{STATUS_LABELS.get(c.status, c.status)}”，"
                           "须先登记借款人签署（已签署）后才能放款。")
    if session.scalar(select(Disbursement.id).where(Disbursement.contract_id == c.id)) is not None:
        raise ServiceError(f"合同 {c.contract_no} 已有放款记录，不能重复放款。")
    today = today_china()
    if not isinstance(disbursed_on, date) or isinstance(disbursed_on, datetime):
        raise ServiceError("请填写放款日期。", field="disbursed_on")
    if disbursed_on > today:
        raise ServiceError("放款日期不能晚于今天（须在资金实际划出后登记）。", field="disbursed_on")
    if c.signed_on is not None and disbursed_on < c.signed_on:
        raise ServiceError(f"放款日期不能早于合同签署日期 {c.signed_on.isoformat()}。", field="disbursed_on")
    if isinstance(amount, float):
        raise ServiceError("金额不能用浮点数表示。", field="amount")
    try:
        amount_fen = yuan_to_fen(Decimal(amount))
    except (ValueError, ArithmeticError):
        raise ServiceError("放款金额格式不正确（最多两位小数）。", field="amount") from None
    if amount_fen != c.amount_fen:
        raise ServiceError(f"放款金额须等于合同金额 {format_yuan(fen_to_yuan(c.amount_fen))}（不得预扣利息或分次放款）。",
                           field="amount")
    acct = _digits(account)
    if not 8 <= len(acct) <= 30 or acct != re.sub(r"[\s-]", "", account or ""):
        raise ServiceError("入账账号应为 8–30 位数字（可含空格）。", field="account")
    if acct != _digits(_contract_account(c)):
        raise ServiceError("入账账号与合同约定的放款账户不一致：只能发放至合同载明的借款人账户。", field="account")
    voucher = (voucher_no or "").strip().upper()
    if voucher:
        if not _VOUCHER_RE.fullmatch(voucher):
            raise ServiceError("凭证号应为 4–40 位字母、数字或连字符。", field="voucher_no")
        if session.scalar(select(Disbursement.id).where(Disbursement.voucher_no == voucher)) is not None:
            raise ServiceError(f"凭证号 {voucher} 已被使用。", field="voucher_no")
    else:
        voucher = next_number(session, "JJ", today)

    data = contract_data_from_snapshot(c.snapshot)
    app = session.get(Application, c.application_id)
    assert app is not None
    version = session.get(ProductVersion, c.product_version_id) if c.product_version_id else None
    day_count = version.day_count if version else "30/360"
    first_due = add_months(disbursed_on, 1)
    try:
        rows = build_schedule(data.amount, data.annual_rate, data.term_months, data.repayment_method, first_due,
                              day_count=day_count, start_date=disbursed_on)
    except ValueError as exc:
        raise ServiceError(f"无法生成还款计划：{exc}") from None
    principal, interest = schedule_totals(rows)
    assert principal == data.amount
    loan = LoanAccount(
        loan_no=next_number(session, "DK", today), contract_id=c.id, application_id=c.application_id,
        customer_id=c.customer_id, product_version_id=c.product_version_id, status="active",
        principal_fen=c.amount_fen, outstanding_fen=c.amount_fen, annual_rate=c.annual_rate,
        penalty_uplift=f"{data.penalty_uplift:f}", repayment_method=data.repayment_method, day_count=day_count,
        term_months=data.term_months, start_date=disbursed_on, first_due_date=rows[0].due_date,
        maturity_date=rows[-1].due_date, total_interest_fen=yuan_to_fen(interest), created_at=utcnow(),
    )
    session.add(loan)
    session.flush()
    session.add_all(LoanInstallment(loan_id=loan.id, period=r.period, due_date=r.due_date,
                                    principal_fen=yuan_to_fen(r.principal), interest_fen=yuan_to_fen(r.interest),
                                    payment_fen=yuan_to_fen(r.payment), balance_fen=yuan_to_fen(r.balance),
                                    days=r.days) for r in rows)
    d = Disbursement(contract_id=c.id, loan_id=loan.id, disbursed_on=disbursed_on, account=acct,
                     account_name=data.borrower.name, amount_fen=amount_fen, voucher_no=voucher,
                     recorded_by=actor.user_id, recorded_at=utcnow(), note=(note or "").strip()[:200])
    session.add(d)
    c.status = "effective"
    c.effective_on = disbursed_on
    c.effective_by = actor.user_id
    session.flush()
    _move(session, actor, app, AppAction.DISBURSE,
          f"放款 {format_yuan(data.amount)}，凭证号 {voucher}，贷款账号 {loan.loan_no}",
          {"contract_id": c.id, "loan_id": loan.id, "disbursement_id": d.id})
    summary = {"contract_no": c.contract_no, "loan_no": loan.loan_no, "voucher_no": voucher,
               "disbursed_on": disbursed_on.isoformat(), "amount_fen": amount_fen,
               "account": mask_bank_card(acct), "first_due_date": loan.first_due_date.isoformat(),
               "maturity_date": loan.maturity_date.isoformat(), "periods": len(rows),
               "total_interest_fen": loan.total_interest_fen}
    audit.record(session, actor, "loan.disburse", entity_type="loan", entity_id=loan.id, summary=summary)
    audit.outbox(session, "loan_account", loan.id, {**summary, "contract_id": c.id, "application_id": app.id,
                                                    "customer_id": c.customer_id, "annual_rate": loan.annual_rate})
    return _disb_view(session, d, c, loan)


def disbursement_for_contract(session: Session, actor: Actor, contract_id: str) -> DisbursementView | None:
    require(session, actor, "loan.view", entity_type="contract", entity_id=contract_id)
    d = session.scalar(select(Disbursement).where(Disbursement.contract_id == contract_id))
    return None if d is None else _disb_view(session, d)


def list_disbursements(session: Session, actor: Actor, *, date_from: date | None = None,
                       date_to: date | None = None, only_unexported: bool = False) -> list[DisbursementView]:
    require(session, actor, "loan.view")
    q = select(Disbursement).order_by(Disbursement.disbursed_on, Disbursement.voucher_no)
    if date_from:
        q = q.where(Disbursement.disbursed_on >= date_from)
    if date_to:
        q = q.where(Disbursement.disbursed_on <= date_to)
    if only_unexported:
        q = q.where(Disbursement.exported_at.is_(None))
    return [_disb_view(session, d) for d in session.scalars(q)]


# --- voucher file ----------------------------------------------------------------------------------

def export_vouchers(session: Session, actor: Actor, *, date_from: date, date_to: date,
                    only_unexported: bool = False, mark: bool = True) -> VoucherExport:
    """The disbursement voucher CSV for the core system (layout: docs/disbursement_voucher.md).

    Full names, ID and account numbers (the core system books by them): an audited export.
    ``mark=False`` leaves the rows unexported until ``mark_vouchers_exported`` is called once the
    file is really on disk: marked first, a cancelled save or a full USB stick dropped them from
    every later "only unexported" file, so the core system never booked them.
    """
    require(session, actor, "loan.disburse", entity_type="disbursement", entity_id=f"{date_from}..{date_to}")
    if date_to < date_from:
        raise ServiceError("结束日期不能早于开始日期。", field="date_to")
    q = (select(Disbursement).where(Disbursement.disbursed_on >= date_from, Disbursement.disbursed_on <= date_to)
         .order_by(Disbursement.disbursed_on, Disbursement.voucher_no))
    if only_unexported:
        q = q.where(Disbursement.exported_at.is_(None))
    items = list(session.scalars(q))
    if not items:
        raise ServiceError("所选日期范围内没有放款记录。")
    branch = session.scalar(select(Branch.code).limit(1)) or ""
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(VOUCHER_COLUMNS)
    total = 0
    now = utcnow()
    for d in items:
        c = session.get(Contract, d.contract_id)
        loan = session.get(LoanAccount, d.loan_id)
        customer = session.get(Customer, c.customer_id) if c else None
        assert c is not None and loan is not None and customer is not None
        version = session.get(ProductVersion, loan.product_version_id) if loan.product_version_id else None
        product = session.get(LoanProduct, version.product_id) if version else None
        decision = final_approval(session, c.application_id)
        names = _names(session, {d.recorded_by, decision.approver_id if decision else ""})
        w.writerow([
            "D", branch, d.voucher_no, d.disbursed_on.strftime("%Y%m%d"), c.contract_no, loan.loan_no, customer.name,
            "01" if customer.id_kind == "resident" else "99", customer.id_number, d.account, d.account_name, "CNY",
            f"{fen_to_yuan(d.amount_fen):.2f}", f"{Decimal(loan.annual_rate) * 100:.4f}", loan.term_months,
            loan.repayment_method, loan.first_due_date.strftime("%Y%m%d"), loan.maturity_date.strftime("%Y%m%d"),
            product.code if product else "", version.version_no if version else "",
            names.get(d.recorded_by, ""), names.get(decision.approver_id, "") if decision else "",
        ])
        total += d.amount_fen
        if mark:
            d.exported_at = now
    w.writerow(["T", branch, VOUCHER_LAYOUT_VERSION, len(items), f"{fen_to_yuan(total):.2f}",
                date_from.strftime("%Y%m%d"), date_to.strftime("%Y%m%d")])
    data = ("\ufeff" + buf.getvalue()).encode("utf-8")
    filename = f"放款凭证_{branch}_{date_from:%Y%m%d}-{date_to:%Y%m%d}.csv"
    audit.record(session, actor, "loan.voucher_export", entity_type="disbursement", entity_id=f"{date_from}..{date_to}",
                 summary={"count": len(items), "total_fen": total, "vouchers": [d.voucher_no for d in items],
                          "filename": filename, "marked": mark})
    return VoucherExport(filename, data, len(items), fen_to_yuan(total), tuple(d.voucher_no for d in items))


def mark_vouchers_exported(session: Session, actor: Actor, vouchers: tuple[str, ...] | list[str], *,
                           sha256: str = "") -> int:
    """Mark the disbursements of a voucher file as exported, after the file was written.

    Returns how many were newly marked (a voucher already marked keeps its first export time).
    """
    require(session, actor, "loan.disburse", entity_type="disbursement", entity_id="vouchers")
    wanted = list(dict.fromkeys(vouchers))
    if not wanted:
        return 0
    rows = list(session.scalars(select(Disbursement).where(Disbursement.voucher_no.in_(wanted))))
    missing = set(wanted) - {d.voucher_no for d in rows}
    if missing:
        raise ServiceError("放款记录不存在：" + "、".join(sorted(missing)) + "。")
    now = utcnow()
    fresh = [d for d in rows if d.exported_at is None]
    for d in fresh:
        d.exported_at = now
    audit.record(session, actor, "loan.voucher_marked", entity_type="disbursement", entity_id="vouchers",
                 summary={"vouchers": wanted, "newly_marked": len(fresh), "sha256": sha256})
    return len(fresh)


# --- documents -------------------------------------------------------------------------------------

def notice_pdf(session: Session, actor: Actor, disbursement_id: str) -> bytes:
    """放款通知书 for the counter (ID number masked: the counter credits the account)."""
    require(session, actor, "loan.view", entity_type="disbursement", entity_id=disbursement_id)
    from loandesk.documents.disbursement_notice import render_disbursement_notice
    from loandesk.documents.model import NoticeData

    d = session.get(Disbursement, disbursement_id)
    if d is None:
        raise NotFound("放款记录不存在。")
    c = session.get(Contract, d.contract_id)
    loan = session.get(LoanAccount, d.loan_id)
    assert c is not None and loan is not None
    data = contract_data_from_snapshot(c.snapshot)
    app = session.get(Application, c.application_id)
    decision = final_approval(session, c.application_id)
    names = _names(session, {app.created_by if app else ""})
    pdf = render_disbursement_notice(NoticeData(
        contract_no=c.contract_no, branch=data.branch, borrower_name=data.borrower.name,
        borrower_id_number=mask_for_checking(data.borrower.id_number), amount=fen_to_yuan(d.amount_fen),
        account=d.account, disbursement_date=d.disbursed_on, voucher_no=d.voucher_no,
        approver=decision.approver_name if decision else "", maturity_date=loan.maturity_date,
        annual_rate=Decimal(loan.annual_rate), product_name=data.product_name,
        loan_officer=names.get(app.created_by, "") if app else "", remarks=f"贷款账号：{loan.loan_no}",
    ))
    audit.record(session, actor, "loan.notice", entity_type="disbursement", entity_id=d.id,
                 summary={"voucher_no": d.voucher_no, "loan_no": loan.loan_no})
    return pdf


def loan_schedule_pdf(session: Session, actor: Actor, loan_id: str) -> bytes:
    """The schedule as fixed at disbursement, as a printable 还款计划表 for the borrower."""
    require(session, actor, "loan.view", entity_type="loan", entity_id=loan_id)
    from dataclasses import replace

    from loandesk.documents.schedule_sheet import render_schedule_sheet

    loan = session.get(LoanAccount, loan_id)
    if loan is None:
        raise NotFound("贷款账户不存在。")
    c = session.get(Contract, loan.contract_id)
    assert c is not None
    detail = _schedule(session, loan)
    from loandesk.domain.schedule import Installment

    installments = tuple(Installment(r.period, r.due_date, r.principal, r.interest, r.payment, r.balance, r.days)
                         for r in detail)
    data = replace(contract_data_from_snapshot(c.snapshot), start_date=loan.start_date,
                   maturity_date=loan.maturity_date, schedule=installments)
    # The contract's own code: one computed from the re-fixed schedule fails 合同核验.
    basis = (f"本表按实际放款日 {loan.start_date.year}年{loan.start_date.month}月{loan.start_date.day}日 确定"
             f"（贷款账号 {loan.loan_no}），以本表为准。")
    pdf = render_schedule_sheet(data, contract_code=c.verification_code, basis=basis)
    audit.record(session, actor, "loan.schedule_sheet", entity_type="loan", entity_id=loan.id,
                 summary={"loan_no": loan.loan_no})
    return pdf


# --- loan accounts (read-only until the post-loan module) -----------------------------------------

def _schedule(session: Session, loan: LoanAccount) -> list[InstallmentRow]:
    rows = session.scalars(select(LoanInstallment).where(LoanInstallment.loan_id == loan.id)
                           .order_by(LoanInstallment.period))
    return [InstallmentRow(r.period, r.due_date, fen_to_yuan(r.principal_fen), fen_to_yuan(r.interest_fen),
                           fen_to_yuan(r.payment_fen), fen_to_yuan(r.balance_fen), r.days) for r in rows]


def list_loans(session: Session, actor: Actor, *, status: str | None = None, limit: int = 1000) -> list[LoanRow]:
    require(session, actor, "loan.view")
    q = select(LoanAccount).order_by(LoanAccount.start_date.desc(), LoanAccount.loan_no.desc()).limit(limit)
    if status:
        q = q.where(LoanAccount.status == status)
    today = today_china()
    return [_loan_row(session, loan, today) for loan in session.scalars(q)]


def count_loans(session: Session, actor: Actor) -> int:
    require(session, actor, "loan.view")
    return session.scalar(select(func.count()).select_from(LoanAccount)) or 0


def loan_detail(session: Session, actor: Actor, loan_id: str) -> LoanDetail:
    require(session, actor, "loan.view", entity_type="loan", entity_id=loan_id)
    loan = session.get(LoanAccount, loan_id)
    if loan is None:
        raise NotFound("贷款账户不存在。")
    rows = _schedule(session, loan)
    d = session.scalar(select(Disbursement).where(Disbursement.loan_id == loan.id))
    return LoanDetail(
        loan=_loan_row(session, loan), schedule=tuple(rows),
        total_principal=sum((r.principal for r in rows), Decimal("0.00")),
        total_interest=sum((r.interest for r in rows), Decimal("0.00")),
        total_payment=sum((r.payment for r in rows), Decimal("0.00")),
        disbursement=_disb_view(session, d) if d else None,
    )
