"""Loan applications (贷款申请): entry, the review queue (资料审核) and every state transition.

Every transition is one service call: permission check first, then the state machine
(``domain.application_states``), the change, an ``application_events`` row, the audit record and
the outbox entry, all in the caller's transaction. Four-eyes: whoever entered an application can
neither claim nor review it, and neither the clerk nor the reviewer may decide it at approval.

The review screen's rule results come from ``domain.review_rules`` over a snapshot built here
from the customer, the application, its parties and the customer's documents.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime, timedelta, timezone
from decimal import Decimal
from typing import Any

from sqlalchemy import event, func, or_, select
from sqlalchemy.orm import Session

from loandesk.domain.application_states import (
    ACTIONS,
    STATE_LABELS,
    AppAction,
    AppState,
    IllegalTransition,
    allowed_transitions,
    state_label,
    transition_for,
)
from loandesk.domain.documents import (
    DOC_TYPE_LABELS,
    DocStatus,
    DocType,
    DocumentFact,
    ItemStatus,
    checklist_status,
)
from loandesk.domain.idcard import InvalidIdNumber, parse_id_number
from loandesk.domain.masking import mask_id_number, mask_phone
from loandesk.domain.money import fen_to_yuan, yuan_to_fen
from loandesk.domain.review_rules import (
    CreditFacts,
    NeededItem,
    PersonFacts,
    ReviewSnapshot,
    RuleReport,
    RuleSet,
    RuleSetError,
    evaluate,
    load_default_rule_set,
)
from loandesk.domain.schedule import METHOD_LABELS
from loandesk.risk.features import FIELD_BY_NAME
from loandesk.services import audit, products
from loandesk.services.context import Actor, NotFound, ServiceError, can, require
from loandesk.store.models.applications import (
    Application,
    ApplicationEvent,
    ApplicationFile,
    ApplicationParty,
    BlacklistEntry,
    LoanProduct,
    ProductVersion,
    ReviewResult,
    ReviewRuleSetRecord,
    RiskAssessment,
)
from loandesk.store.models.auth import Branch, Counter, User
from loandesk.store.models.base import utcnow
from loandesk.store.models.customers import Customer, CustomerContact, CustomerProfile
from loandesk.store.models.documents import Document

PURPOSES: tuple[tuple[str, str], ...] = FIELD_BY_NAME["purpose"].categories
PURPOSE_LABELS: dict[str, str] = dict(PURPOSES)
GUARANTEE_LABELS = products.GUARANTEE_TYPES
PARTY_ROLES = {"guarantor": "保证人", "group_member": "联保小组成员", "co_borrower": "共同借款人"}
REVIEW_DECISIONS = {"pass": "通过", "supplement": "退回补件", "reject": "拒绝"}
SUPPLEMENT_DAYS = 15  # default deadline for a 补件通知书
QUEUE_STATES = (AppState.PENDING_REVIEW,)
CHINA = timezone(timedelta(hours=8))


def china_today() -> date:
    return datetime.now(CHINA).date()


# --- inputs and views ----------------------------------------------------------------------------

@dataclass(frozen=True)
class PartyInput:
    """A guarantor, 联保 member or co-borrower entered with the application."""

    role: str
    name: str
    id_number: str
    relation: str = ""
    phone: str = ""
    monthly_income: Decimal | None = None
    id_valid_to: date | None = None
    id_long_term: bool = False
    credit_auth: bool | None = None  # signed 征信查询授权书 on file
    customer_id: str | None = None


@dataclass(frozen=True)
class ApplicationInput:
    customer_id: str
    product_id: str
    amount: Decimal
    term_months: int
    purpose: str  # a PURPOSES code
    repayment_method: str
    guarantee_type: str
    purpose_detail: str = ""
    parties: tuple[PartyInput, ...] = ()
    statement_monthly_income: Decimal | None = None  # 银行流水月均入账


@dataclass(frozen=True)
class PartyView:
    id: str
    role: str
    role_label: str
    name: str
    id_number_masked: str
    relation: str
    phone_masked: str
    monthly_income: Decimal | None
    id_valid_to: date | None
    id_long_term: bool
    credit_auth: bool | None


@dataclass(frozen=True)
class EventView:
    seq: int
    action: str
    label: str
    from_state: str
    to_state: str
    actor_name: str
    at: datetime
    comment: str


@dataclass(frozen=True)
class ReviewRecordView:
    round: int
    decision: str
    decision_label: str
    reviewer_name: str
    at: datetime
    comment: str
    rule_set: str
    blocking_count: int
    warning_count: int
    needed: tuple[NeededItem, ...]
    notice_no: str


@dataclass(frozen=True)
class ApplicationRow:
    """One line of a queue; the ID number is always masked."""

    id: str
    application_no: str
    customer_id: str
    customer_name: str
    customer_id_masked: str
    product_id: str
    product_name: str
    product_version_no: int
    amount: Decimal
    term_months: int
    guarantee_type: str
    guarantee_label: str
    state: str
    state_label: str
    created_by_id: str
    created_by_name: str
    assigned_to_id: str | None
    assigned_to_name: str
    state_changed_at: datetime
    created_at: datetime
    latest_score: int | None = None
    latest_grade: str = ""
    latest_suggestion: str = ""

    def age_in_state(self, now: datetime | None = None) -> timedelta:
        return (now or datetime.now(UTC)) - self.state_changed_at

    @property
    def age_label(self) -> str:
        return age_label(self.age_in_state())


def age_label(delta: timedelta) -> str:
    minutes = max(0, int(delta.total_seconds() // 60))
    if minutes < 60:
        return f"{minutes} 分钟"
    hours = minutes // 60
    if hours < 24:
        return f"{hours} 小时"
    return f"{hours // 24} 天 {hours % 24} 小时"


@dataclass(frozen=True)
class QueuePage:
    rows: tuple[ApplicationRow, ...]
    total: int
    offset: int


@dataclass(frozen=True)
class ApplicationView:
    row: ApplicationRow
    product_version_id: str
    product_version_label: str
    purpose: str
    purpose_label: str
    purpose_detail: str
    repayment_method: str
    repayment_label: str
    annual_rate: Decimal
    est_monthly_payment: Decimal
    statement_monthly_income: Decimal | None
    submitted_at: datetime | None
    reviewed_by_id: str | None
    reviewed_by_name: str
    review_round: int
    supplement_items: tuple[NeededItem, ...]
    supplement_deadline: date | None
    last_comment: str
    version: int
    parties: tuple[PartyView, ...]
    events: tuple[EventView, ...]
    reviews: tuple[ReviewRecordView, ...]

    # Convenience mirrors.
    @property
    def id(self) -> str:
        return self.row.id

    @property
    def application_no(self) -> str:
        return self.row.application_no

    @property
    def state(self) -> str:
        return self.row.state

    @property
    def amount(self) -> Decimal:
        return self.row.amount

    @property
    def term_months(self) -> int:
        return self.row.term_months


@dataclass(frozen=True)
class ActionOption:
    """A button the screen may show: disabled ones carry the Chinese reason."""

    action: str
    label: str
    enabled: bool
    reason: str = ""


# --- customer facts (one place that reads the customer record for rules and scoring) ------------

@dataclass(frozen=True)
class ContactFacts:
    role: str
    name: str
    id_number: str
    relation: str
    monthly_income: Decimal | None


@dataclass(frozen=True)
class CustomerFacts:
    """The customer as the rules and the scorecard see it (unmasked; never handed to a list)."""

    id: str
    customer_no: str
    kind: str
    name: str
    id_number: str
    birth_date: date | None
    id_valid_from: date | None
    id_valid_to: date | None
    mobile: str
    marital_status: str = ""
    hukou_region: str = ""
    hukou_address: str = ""
    current_region: str = ""
    current_address: str = ""
    current_address_years: int | None = None
    occupation: str = ""
    employer: str = ""
    industry: str = ""
    position: str = ""
    years_employed: int | None = None
    monthly_income: Decimal | None = None
    income_source: str = ""
    housing_type: str = ""
    real_estate_count: int | None = None
    real_estate_value: Decimal | None = None
    vehicle_count: int | None = None
    deposits: Decimal | None = None
    investments: Decimal | None = None
    land_area_mu: Decimal | None = None
    loans_here_count: int | None = None
    loans_here_balance: Decimal | None = None
    loans_elsewhere_count: int | None = None
    loans_elsewhere_balance: Decimal | None = None
    monthly_repayment: Decimal | None = None
    household_size: int | None = None
    dependants: int | None = None
    has_bank_account: bool | None = None
    credit_report_date: date | None = None
    credit_overdue_count: int | None = None
    credit_overdue_max_months: int | None = None
    credit_current_overdue: Decimal | None = None
    credit_inquiries_6m: int | None = None
    credit_lender_count: int | None = None
    credit_consent_on: date | None = None
    pi_consent_on: date | None = None
    business_name: str = ""
    contacts: tuple[ContactFacts, ...] = ()

    @property
    def spouse(self) -> ContactFacts | None:
        return next((c for c in self.contacts if c.role == "spouse"), None)

    @property
    def id_long_term(self) -> bool:
        return self.id_valid_to is None and self.id_valid_from is not None

    def age_on(self, on: date) -> int | None:
        if self.birth_date is None:
            return None
        b = self.birth_date
        return on.year - b.year - ((on.month, on.day) < (b.month, b.day))


def _fen(v: int | None) -> Decimal | None:
    return None if v is None else fen_to_yuan(v)


def customer_facts(session: Session, customer_id: str) -> CustomerFacts:
    """Internal (no permission check): callers have checked theirs."""
    c = session.get(Customer, customer_id)
    if c is None:
        raise NotFound("客户不存在。")
    p = session.get(CustomerProfile, customer_id)
    contacts = session.scalars(select(CustomerContact).where(CustomerContact.customer_id == customer_id)
                               .order_by(CustomerContact.position))
    cf = tuple(ContactFacts(x.role, x.name, x.id_number or "", x.relation or "", _fen(x.monthly_income_fen))
               for x in contacts)

    def g(name: str, default: Any = None) -> Any:
        return getattr(p, name, default) if p is not None else default

    land = g("land_area_mu100")
    return CustomerFacts(
        id=c.id, customer_no=c.customer_no, kind=c.kind, name=c.name, id_number=c.id_number,
        birth_date=c.birth_date, id_valid_from=c.id_valid_from, id_valid_to=c.id_valid_to, mobile=c.mobile or "",
        marital_status=g("marital_status", "") or "", hukou_region=g("hukou_region_code", "") or "",
        hukou_address=g("hukou_address", "") or "", current_region=g("current_region_code", "") or "",
        current_address=g("current_address", "") or "", current_address_years=g("current_address_years"),
        occupation=g("occupation", "") or "", employer=g("employer", "") or "", industry=g("industry", "") or "",
        position=g("position", "") or "", years_employed=g("years_employed"),
        monthly_income=_fen(g("monthly_income_fen")), income_source=g("income_source", "") or "",
        housing_type=g("housing_type", "") or "", real_estate_count=g("real_estate_count"),
        real_estate_value=_fen(g("real_estate_value_fen")), vehicle_count=g("vehicle_count"),
        deposits=_fen(g("deposits_fen")), investments=_fen(g("investments_fen")),
        land_area_mu=None if land is None else Decimal(land) / 100,
        loans_here_count=g("loans_here_count"), loans_here_balance=_fen(g("loans_here_balance_fen")),
        loans_elsewhere_count=g("loans_elsewhere_count"),
        loans_elsewhere_balance=_fen(g("loans_elsewhere_balance_fen")),
        monthly_repayment=_fen(g("monthly_repayment_fen")), household_size=g("household_size"),
        dependants=g("dependants"),
        has_bank_account=None if p is None else bool(g("bank_account_no", "")),
        credit_report_date=g("credit_report_date"), credit_overdue_count=g("credit_overdue_count"),
        credit_overdue_max_months=g("credit_overdue_max_months"),
        credit_current_overdue=_fen(g("credit_current_overdue_fen")),
        credit_inquiries_6m=g("credit_inquiries_6m"), credit_lender_count=g("credit_lender_count"),
        credit_consent_on=c.credit_consent_on, pi_consent_on=c.pi_consent_on,
        business_name=c.business_name or "", contacts=cf,
    )


# --- helpers -------------------------------------------------------------------------------------

def _get(session: Session, app_id: str) -> Application:
    app = session.get(Application, app_id)
    if app is None:
        raise NotFound("贷款申请不存在。")
    return app


def _names(session: Session, ids: Iterable[str | None]) -> dict[str, str]:
    wanted = {i for i in ids if i}
    if not wanted:
        return {}
    rows = session.execute(select(User.id, User.display_name, User.username).where(User.id.in_(wanted)))
    return {r[0]: r[1] or r[2] for r in rows}


def _display(actor: Actor) -> str:
    return actor.display_name or actor.username


def _suggested_items(report: RuleReport) -> tuple[NeededItem, ...]:
    """What the 退回补件 dialog pre-fills: the documents the failed rules ask for, plus every other
    blocking problem (e.g. the guarantor is the borrower), which the customer must also put right.
    A blocking rule without a document to ask for used to leave the list empty."""
    items = list(report.needed_items())
    names = {i.name for i in items}
    for r in report.blocking:
        if r.needed or r.title in names:
            continue
        names.add(r.title)
        reason = r.message if len(r.message) <= 100 else r.message[:99] + "…"
        items.append(NeededItem(r.title[:60], reason or "未通过", ""))
    return tuple(items)


def _clean(text: str | None, limit: int, what: str) -> str:
    t = (text or "").strip()
    if len(t) > limit:
        raise ServiceError(f"{what}不能超过 {limit} 个字。", field=what)
    return t


def _next_no(session: Session) -> str:
    branch = session.scalar(select(Branch.code).limit(1)) or "LD"
    counter = session.get(Counter, "application_no")
    if counter is None:
        counter = Counter(name="application_no", value=0)
        session.add(counter)
    counter.value += 1
    session.flush()
    return f"SQ{branch}{china_today():%Y}{counter.value:06d}"


def _events(session: Session, app_id: str) -> list[ApplicationEvent]:
    return list(session.scalars(select(ApplicationEvent).where(ApplicationEvent.application_id == app_id)
                                .order_by(ApplicationEvent.seq)))


def _add_event(session: Session, actor: Actor, app: Application, action: str, from_state: str, to_state: str,
               comment: str = "", details: dict | None = None) -> ApplicationEvent:
    seq = (session.scalar(select(func.max(ApplicationEvent.seq))
                          .where(ApplicationEvent.application_id == app.id)) or 0) + 1
    ev = ApplicationEvent(application_id=app.id, seq=seq, action=action, from_state=from_state, to_state=to_state,
                          actor_id=actor.user_id or None, actor_name=_display(actor), comment=comment,
                          details=json.dumps(details or {}, ensure_ascii=False, default=str))
    session.add(ev)
    return ev


def _touch(app: Application) -> None:
    app.updated_at = utcnow()
    app.version += 1


_ACTION_LABELS = {a.value: t.label for a, t in ACTIONS.items()} | {
    "create": "录入申请", "update": "修改申请", "claim": "领取审核", "release": "放回队列",
    "statement_income": "录入流水收入", "assess": "风险评估",
}


def _check_version(app: Application, expected_version: int | None) -> None:
    if expected_version is not None and app.version != expected_version:
        raise ServiceError("该申请已被他人修改，请刷新后再操作。")


# --- entry ---------------------------------------------------------------------------------------

def _amount(value: object) -> Decimal:
    """Money in: Decimal or int yuan; a float is refused (binary fractions are not money)."""
    if isinstance(value, bool) or isinstance(value, float) or not isinstance(value, Decimal | int):
        raise ServiceError("申请金额格式不正确。", field="amount")
    return Decimal(value)


def _validate_input(session: Session, data: ApplicationInput, version: products.ProductVersionView,
                    customer: Customer) -> None:
    t = version.terms
    if customer.status != "active":
        raise ServiceError("该客户已归档，不能新建贷款申请。", field="customer_id")
    if data.amount is None or data.amount <= 0:
        raise ServiceError("请填写申请金额。", field="amount")
    if data.amount != data.amount.quantize(Decimal("0.01")):
        raise ServiceError("金额最多保留两位小数。", field="amount")
    if not (t.min_amount <= data.amount <= t.max_amount):
        raise ServiceError(f"申请金额应在 {t.min_amount:,.2f} 至 {t.max_amount:,.2f} 元之间（产品“{t.name}”）。",
                           field="amount")
    if not (t.min_term_months <= data.term_months <= t.max_term_months):
        raise ServiceError(f"贷款期限应在 {t.min_term_months}–{t.max_term_months} 个月之间（产品“{t.name}”）。",
                           field="term_months")
    if data.repayment_method not in t.repayment_methods:
        allowed = "、".join(METHOD_LABELS[m] for m in t.repayment_methods)
        raise ServiceError(f"该产品的还款方式只能是：{allowed}。", field="repayment_method")
    if data.guarantee_type not in t.guarantee_types:
        allowed = "、".join(GUARANTEE_LABELS[g] for g in t.guarantee_types)
        raise ServiceError(f"该产品的担保方式只能是：{allowed}。", field="guarantee_type")
    if data.purpose not in PURPOSE_LABELS:
        raise ServiceError("请选择贷款用途。", field="purpose")
    if data.statement_monthly_income is not None and data.statement_monthly_income < 0:
        raise ServiceError("流水月均入账不能为负数。", field="statement_monthly_income")
    for i, party in enumerate(data.parties, 1):
        where = f"第 {i} 位{PARTY_ROLES.get(party.role, '关系人')}"
        if party.role not in PARTY_ROLES:
            raise ServiceError(f"{where}的角色无效。", field=f"parties[{i - 1}].role")
        if not party.name.strip():
            raise ServiceError(f"{where}缺少姓名。", field=f"parties[{i - 1}].name")
        if not party.id_number.strip():
            raise ServiceError(f"{where}缺少身份证号码。", field=f"parties[{i - 1}].id_number")
        # An invalid number is accepted here (the review rules flag it for the reviewer), but it
        # must at least look like one.
        if len(party.id_number.strip()) > 18:
            raise ServiceError(f"{where}的身份证号码过长。", field=f"parties[{i - 1}].id_number")


def _normalise_id(text: str) -> str:
    try:
        return parse_id_number(text).number
    except InvalidIdNumber:
        return text.strip().upper()


def _write_parties(session: Session, app: Application, parties: Sequence[PartyInput]) -> None:
    for old in session.scalars(select(ApplicationParty).where(ApplicationParty.application_id == app.id)):
        session.delete(old)
    session.flush()
    for i, p in enumerate(parties):
        session.add(ApplicationParty(
            application_id=app.id, position=i, role=p.role, name=p.name.strip()[:50],
            id_number=_normalise_id(p.id_number)[:18], relation=p.relation.strip()[:20], phone=p.phone.strip()[:30],
            customer_id=p.customer_id,
            monthly_income_fen=None if p.monthly_income is None else yuan_to_fen(p.monthly_income),
            id_valid_to=p.id_valid_to, id_long_term=p.id_long_term,
            credit_auth="" if p.credit_auth is None else ("signed" if p.credit_auth else "missing"),
        ))


def _current_version_of(session: Session, product_id: str) -> tuple[LoanProduct, products.ProductVersionView]:
    product = session.get(LoanProduct, product_id)
    if product is None:
        raise ServiceError("请选择贷款产品。", field="product_id")
    if product.status != "active":
        raise ServiceError(f"产品“{product.name}”已停办，不能新建申请。", field="product_id")
    v = session.scalar(select(ProductVersion).where(ProductVersion.product_id == product.id,
                                                    ProductVersion.version_no == product.current_version_no))
    if v is None:
        raise ServiceError("该产品缺少当前版本。", field="product_id")
    return product, products.version_view(session, v.id)


def _apply_input(session: Session, app: Application, data: ApplicationInput,
                 version: products.ProductVersionView, today: date) -> None:
    rate = products.annual_rate_for(session, version.terms, today)
    payment = products.estimate_monthly_payment(data.amount, rate, data.term_months, data.repayment_method,
                                                start=today)
    app.product_id = version.product_id
    app.product_version_id = version.id
    app.amount_fen = yuan_to_fen(data.amount)
    app.term_months = data.term_months
    app.purpose = data.purpose
    app.purpose_detail = _clean(data.purpose_detail, 200, "用途说明")
    app.repayment_method = data.repayment_method
    app.guarantee_type = data.guarantee_type
    app.annual_rate = str(rate)
    app.est_monthly_payment_fen = yuan_to_fen(payment)
    if data.statement_monthly_income is not None:
        app.statement_monthly_income_fen = yuan_to_fen(data.statement_monthly_income)


def create_application(session: Session, actor: Actor, data: ApplicationInput, *,
                       today: date | None = None) -> ApplicationView:
    """录入: a new application in state 录入 under the product's *current* version."""
    require(session, actor, "application.create", entity_type="customer", entity_id=data.customer_id)
    data = replace(data, amount=_amount(data.amount))
    today = today or china_today()
    customer = session.get(Customer, data.customer_id)
    if customer is None:
        raise ServiceError("请选择客户。", field="customer_id")
    _product, version = _current_version_of(session, data.product_id)
    _validate_input(session, data, version, customer)
    app = Application(application_no=_next_no(session), customer_id=customer.id, created_by=actor.user_id,
                      state=AppState.DRAFT.value, amount_fen=0, term_months=0, purpose="", repayment_method="",
                      guarantee_type="", annual_rate="0", product_id=version.product_id,
                      product_version_id=version.id)
    _apply_input(session, app, data, version, today)
    session.add(app)
    session.flush()
    _write_parties(session, app, data.parties)
    _add_event(session, actor, app, "create", "", AppState.DRAFT.value)
    summary = {"application_no": app.application_no, "customer_id": customer.id, "product_version_id": version.id,
               "amount_fen": app.amount_fen, "term_months": app.term_months, "guarantee_type": app.guarantee_type}
    audit.record(session, actor, "application.create", entity_type="application", entity_id=app.id, summary=summary)
    audit.outbox(session, "application", app.id, {**summary, "state": app.state})
    session.flush()
    return _view(session, app)


def update_application(session: Session, actor: Actor, app_id: str, data: ApplicationInput, *,
                       expected_version: int | None = None, today: date | None = None) -> ApplicationView:
    """Edit while 录入 or 补件中. The product version stays the one the application was made under."""
    require(session, actor, "application.create", entity_type="application", entity_id=app_id)
    data = replace(data, amount=_amount(data.amount))
    app = _get(session, app_id)
    _check_version(app, expected_version)
    if app.state not in (AppState.DRAFT, AppState.SUPPLEMENT):
        raise ServiceError(f"申请处于“{state_label(app.state)}”状态，不能修改。")
    if data.customer_id != app.customer_id:
        raise ServiceError("不能更换申请的客户，请撤回后重新录入。", field="customer_id")
    if data.product_id != app.product_id:
        raise ServiceError("不能更换贷款产品，请撤回后重新录入。", field="product_id")
    version = products.version_view(session, app.product_version_id)
    customer = session.get(Customer, app.customer_id)
    assert customer is not None
    _validate_input(session, data, version, customer)
    before = {"amount_fen": app.amount_fen, "term_months": app.term_months, "method": app.repayment_method,
              "guarantee_type": app.guarantee_type}
    _apply_input(session, app, data, version, today or china_today())
    _write_parties(session, app, data.parties)
    _touch(app)
    _add_event(session, actor, app, "update", app.state, app.state)
    audit.record(session, actor, "application.update", entity_type="application", entity_id=app.id,
                 summary={"before": before, "after": {"amount_fen": app.amount_fen, "term_months": app.term_months,
                                                      "method": app.repayment_method,
                                                      "guarantee_type": app.guarantee_type}})
    audit.outbox(session, "application", app.id, {"amount_fen": app.amount_fen, "term_months": app.term_months,
                                                  "state": app.state})
    session.flush()
    return _view(session, app)


def set_statement_income(session: Session, actor: Actor, app_id: str, amount: Decimal | None) -> ApplicationView:
    """银行流水月均入账, typed by the clerk or by the reviewer from the statements (rule R301)."""
    if can(session, actor, "review.work"):
        permission = "review.work"
    else:
        permission = "application.create"
    require(session, actor, permission, entity_type="application", entity_id=app_id)
    app = _get(session, app_id)
    if app.state not in (AppState.DRAFT, AppState.PENDING_REVIEW, AppState.SUPPLEMENT):
        raise ServiceError(f"申请处于“{state_label(app.state)}”状态，不能修改流水收入。")
    if app.state == AppState.PENDING_REVIEW:
        # Under review the figure is what the reviewer checks (R301): the maker must not change it
        # meanwhile, nor a reviewer other than the one who claimed the file.
        if permission != "review.work" or app.created_by == actor.user_id:
            raise ServiceError("申请正在审核中，流水月均入账由审核员核对录入；如需更正，请联系审核员。",
                               field="statement_monthly_income")
        if app.assigned_to and app.assigned_to != actor.user_id:
            other = _names(session, [app.assigned_to]).get(app.assigned_to, "其他审核员")
            raise ServiceError(f"该申请由{other}领取审核，您不能修改流水月均入账。", field="statement_monthly_income")
    if amount is not None and amount < 0:
        raise ServiceError("流水月均入账不能为负数。", field="statement_monthly_income")
    before = app.statement_monthly_income_fen
    app.statement_monthly_income_fen = None if amount is None else yuan_to_fen(amount)
    _touch(app)
    _add_event(session, actor, app, "statement_income", app.state, app.state,
               details={"before": before, "after": app.statement_monthly_income_fen})
    audit.record(session, actor, "application.statement_income", entity_type="application", entity_id=app.id,
                 summary={"before": before, "after": app.statement_monthly_income_fen})
    session.flush()
    return _view(session, app)


# --- transitions ---------------------------------------------------------------------------------

def _transition(session: Session, actor: Actor, app: Application, action: AppAction, *, comment: str = "",
                details: dict | None = None) -> None:
    """State check, the move, the event, audit and outbox. The permission was checked by the caller."""
    try:
        t = transition_for(app.state, action)
    except IllegalTransition as exc:
        raise ServiceError(str(exc)) from None
    comment = _clean(comment, 1000, "意见")
    if t.comment_required and not comment:
        raise ServiceError(f"“{t.label}”须填写意见或原因。", field="comment")
    before = app.state
    app.state = t.target.value
    app.state_changed_at = utcnow()
    if comment:
        app.last_comment = comment
    _touch(app)
    _add_event(session, actor, app, action.value, before, app.state, comment, details)
    summary = {"application_no": app.application_no, "from": before, "to": app.state, "comment": comment}
    if details:
        summary["details"] = details
    audit.record(session, actor, f"application.{action.value}", entity_type="application", entity_id=app.id,
                 summary=summary)
    audit.outbox(session, "application", app.id,
                 {"state": app.state, "action": action.value, "from": before, "at": app.state_changed_at,
                  "version": app.version})
    session.flush()


def _four_eyes(session: Session, actor: Actor, app: Application, action: AppAction) -> None:
    """Who entered an application never reviews or decides it; who reviewed it never decides it."""
    if app.created_by == actor.user_id:
        if action in (AppAction.PASS_REVIEW, AppAction.RETURN_FOR_SUPPLEMENT, AppAction.REJECT_REVIEW):
            raise ServiceError("四眼原则：您是本笔申请的录入人，不能审核自己录入的申请，请由其他审核员处理。")
        if action in (AppAction.COMPLETE_ASSESSMENT, AppAction.APPROVE, AppAction.DECLINE,
                      AppAction.REQUEST_INVESTIGATION):
            raise ServiceError("四眼原则：您是本笔申请的录入人，不能评估或审批自己录入的申请。")
    if app.reviewed_by == actor.user_id and action in (AppAction.APPROVE, AppAction.DECLINE,
                                                       AppAction.REQUEST_INVESTIGATION):
        raise ServiceError("四眼原则：您审核过本笔申请，不能再审批它，请由其他审批人处理。")


def apply_transition(session: Session, actor: Actor, app_id: str, action: AppAction | str, *, comment: str = "",
                     details: dict | None = None, expected_version: int | None = None) -> ApplicationView:
    """Generic transition for the later stages (approve/decline/investigate/sign/disburse …).

    Checks the permission the state table names, the state, four-eyes, and writes event + audit +
    outbox. Modules built on top (approval, contracts) add their own checks *before* calling this,
    in the same transaction.
    """
    try:
        act = AppAction(action)
    except ValueError:
        raise ServiceError(f"未知的操作：{action}") from None
    require(session, actor, ACTIONS[act].permission, entity_type="application", entity_id=app_id)
    if act in (AppAction.PASS_REVIEW, AppAction.RETURN_FOR_SUPPLEMENT, AppAction.REJECT_REVIEW):
        raise ServiceError("审核操作请使用审核功能（pass_review / return_for_supplement / reject_review）。")
    app = _get(session, app_id)
    _check_version(app, expected_version)
    _four_eyes(session, actor, app, act)
    if act is AppAction.COMPLETE_ASSESSMENT:
        _require_assessment(session, app)
    _transition(session, actor, app, act, comment=comment, details=details)
    if act is AppAction.WITHDRAW:
        app.assigned_to = None
        app.assigned_at = None
        _void_contracts_of_withdrawn(session, actor, app, comment)
    return _view(session, app)


def _void_contracts_of_withdrawn(session: Session, actor: Actor, app: Application, reason: str) -> None:
    """An approved application may be withdrawn before signing; its printed but unsigned contract
    must not stay 待签署 (a paper copy would still verify as valid), so it is voided with it."""
    from loandesk.store.models.loans import Contract

    live = session.scalars(select(Contract).where(Contract.application_id == app.id,
                                                  Contract.status == "pending_sign")).all()
    for c in live:
        c.status = "void"
        c.voided_at = utcnow()
        c.void_reason = f"申请已撤回：{reason}"[:200]
        audit.record(session, actor, "contract.void", entity_type="contract", entity_id=c.id,
                     summary={"contract_no": c.contract_no, "reason": c.void_reason, "prints": c.print_count,
                              "by": "application.withdraw"})
        audit.outbox(session, "contract", c.id, {"contract_no": c.contract_no, "status": "void"})


def submit(session: Session, actor: Actor, app_id: str, *, comment: str = "") -> ApplicationView:
    """录入 → 待审核 (the application enters the review queue)."""
    require(session, actor, "application.submit", entity_type="application", entity_id=app_id)
    app = _get(session, app_id)
    _check_parties_for_guarantee(session, app)
    if app.submitted_at is None:
        app.submitted_at = utcnow()
    _transition(session, actor, app, AppAction.SUBMIT, comment=comment)
    return _view(session, app)


def resubmit(session: Session, actor: Actor, app_id: str, *, comment: str = "") -> ApplicationView:
    """补件中 → 待审核 once the customer brought what was asked for."""
    require(session, actor, "application.submit", entity_type="application", entity_id=app_id)
    app = _get(session, app_id)
    _transition(session, actor, app, AppAction.RESUBMIT, comment=comment,
                details={"supplement_items": json.loads(app.supplement_items or "[]")})
    return _view(session, app)


def withdraw(session: Session, actor: Actor, app_id: str, *, reason: str) -> ApplicationView:
    return apply_transition(session, actor, app_id, AppAction.WITHDRAW, comment=reason)


def _check_parties_for_guarantee(session: Session, app: Application) -> None:
    if app.guarantee_type not in ("guarantor", "group"):
        return
    role = "guarantor" if app.guarantee_type == "guarantor" else "group_member"
    n = session.scalar(select(func.count()).select_from(ApplicationParty)
                       .where(ApplicationParty.application_id == app.id, ApplicationParty.role == role)) or 0
    if n == 0:
        raise ServiceError(f"担保方式为“{GUARANTEE_LABELS[app.guarantee_type]}”，请先登记{PARTY_ROLES[role]}再提交。",
                           field="parties")


def _require_assessment(session: Session, app: Application) -> None:
    last = session.scalar(select(RiskAssessment).where(RiskAssessment.application_id == app.id)
                          .order_by(RiskAssessment.seq.desc()).limit(1))
    if last is None or (app.reviewed_at is not None and last.assessed_at < app.reviewed_at):
        raise ServiceError("请先完成本轮风险评估（评分与硬规则检查），再提交审批。")


# --- review queue ----------------------------------------------------------------------------------

def claim(session: Session, actor: Actor, app_id: str) -> ApplicationView:
    """领取: assign a waiting application to oneself so two reviewers do not work the same file."""
    require(session, actor, "review.work", entity_type="application", entity_id=app_id)
    app = _get(session, app_id)
    if app.state != AppState.PENDING_REVIEW:
        raise ServiceError(f"申请处于“{state_label(app.state)}”状态，不在审核队列中。")
    if app.created_by == actor.user_id:
        raise ServiceError("四眼原则：您是本笔申请的录入人，不能领取审核。")
    if app.assigned_to and app.assigned_to != actor.user_id:
        other = _names(session, [app.assigned_to]).get(app.assigned_to, "其他审核员")
        raise ServiceError(f"该申请已由{other}领取。如需接手，请先请其放回队列。")
    if app.assigned_to == actor.user_id:
        return _view(session, app)
    app.assigned_to = actor.user_id
    app.assigned_at = utcnow()
    _touch(app)
    _add_event(session, actor, app, "claim", app.state, app.state)
    audit.record(session, actor, "application.claim", entity_type="application", entity_id=app.id,
                 summary={"application_no": app.application_no})
    session.flush()
    return _view(session, app)


def release(session: Session, actor: Actor, app_id: str) -> ApplicationView:
    """放回队列: give a claimed application back to the pool."""
    require(session, actor, "review.work", entity_type="application", entity_id=app_id)
    app = _get(session, app_id)
    if app.assigned_to != actor.user_id:
        raise ServiceError("只能放回自己领取的申请。")
    app.assigned_to = None
    app.assigned_at = None
    _touch(app)
    _add_event(session, actor, app, "release", app.state, app.state)
    audit.record(session, actor, "application.release", entity_type="application", entity_id=app.id,
                 summary={"application_no": app.application_no})
    session.flush()
    return _view(session, app)


def _claimed_by_me(session: Session, actor: Actor, app: Application, action: AppAction) -> None:
    _four_eyes(session, actor, app, action)
    if app.state != AppState.PENDING_REVIEW:
        raise ServiceError(f"申请当前状态为“{state_label(app.state)}”，不能审核。可能已被他人处理，请刷新。")
    if app.assigned_to != actor.user_id:
        if app.assigned_to:
            other = _names(session, [app.assigned_to]).get(app.assigned_to, "其他审核员")
            raise ServiceError(f"该申请由{other}领取审核，您不能处理。")
        raise ServiceError("请先领取该申请，再进行审核。")


def _record_review(session: Session, actor: Actor, app: Application, decision: str, comment: str,
                   report: RuleReport, rule_set: RuleSet, needed: Sequence[NeededItem] = (),
                   notice_no: str = "") -> ReviewResult:
    app.review_round += 1
    rr = ReviewResult(application_id=app.id, round=app.review_round, decision=decision, reviewer_id=actor.user_id,
                      reviewer_name=_display(actor), comment=comment, rule_set_id=rule_set.rule_set_id,
                      rule_set_version=rule_set.version, results=json.dumps(report.to_list(), ensure_ascii=False),
                      blocking_count=len(report.blocking), warning_count=len(report.warnings),
                      needed_items=json.dumps([[n.name, n.reason, n.note] for n in needed], ensure_ascii=False),
                      notice_no=notice_no)
    session.add(rr)
    return rr


def pass_review(session: Session, actor: Actor, app_id: str, *, comment: str = "",
                today: date | None = None) -> ApplicationView:
    """待审核 → 待评估. Refused while a blocking rule fails; warnings need a comment."""
    require(session, actor, "review.work", entity_type="application", entity_id=app_id)
    app = _get(session, app_id)
    _claimed_by_me(session, actor, app, AppAction.PASS_REVIEW)
    rule_set, report = _evaluate(session, app, today or china_today(), review_only=True)
    if report.blocking:
        lines = "；".join(f"{r.code} {r.title}" for r in report.blocking)
        raise ServiceError(f"还有 {len(report.blocking)} 项阻断问题未解决（{lines}），不能通过。请退回补件或拒绝。")
    comment = _clean(comment, 1000, "意见")
    if report.warnings and not comment:
        raise ServiceError(f"有 {len(report.warnings)} 项提示需要核实，请在意见中说明核实情况后再通过。",
                           field="comment")
    _record_review(session, actor, app, "pass", comment, report, rule_set)
    app.reviewed_by = actor.user_id
    app.reviewed_at = utcnow()
    app.assigned_to = None
    app.assigned_at = None
    app.supplement_items = "[]"
    app.supplement_deadline = None
    _transition(session, actor, app, AppAction.PASS_REVIEW, comment=comment,
                details={"rule_set": f"{rule_set.rule_set_id}@{rule_set.version}",
                         "warnings": [r.code for r in report.warnings]})
    return _view(session, app)


def return_for_supplement(session: Session, actor: Actor, app_id: str, items: Sequence[NeededItem], *,
                          comment: str = "", deadline: date | None = None,
                          today: date | None = None) -> ApplicationView:
    """待审核 → 补件中 with the list of what the customer must bring (printable as 补件通知书)."""
    require(session, actor, "review.work", entity_type="application", entity_id=app_id)
    app = _get(session, app_id)
    _claimed_by_me(session, actor, app, AppAction.RETURN_FOR_SUPPLEMENT)
    today = today or china_today()
    clean_items = [NeededItem(_clean(i.name, 60, "材料名称"), _clean(i.reason, 100, "问题"),
                              _clean(i.note, 100, "补充要求")) for i in items if i.name.strip()]
    if not clean_items:
        raise ServiceError("请至少列出一项需要客户补充的材料。", field="items")
    deadline = deadline or today + timedelta(days=SUPPLEMENT_DAYS)
    if deadline < today:
        raise ServiceError("补件期限不能早于今天。", field="deadline")
    rule_set, report = _evaluate(session, app, today, review_only=True)
    app.supplement_count += 1
    notice_no = f"BJ{app.application_no[2:]}-{app.supplement_count:02d}"
    _record_review(session, actor, app, "supplement", _clean(comment, 1000, "意见"), report, rule_set, clean_items,
                   notice_no)
    app.supplement_items = json.dumps([[n.name, n.reason, n.note] for n in clean_items], ensure_ascii=False)
    app.supplement_deadline = deadline
    app.assigned_to = None
    app.assigned_at = None
    _transition(session, actor, app, AppAction.RETURN_FOR_SUPPLEMENT, comment=comment,
                details={"items": [n.name for n in clean_items], "deadline": deadline.isoformat(),
                         "notice_no": notice_no})
    return _view(session, app)


def reject_review(session: Session, actor: Actor, app_id: str, *, comment: str,
                  today: date | None = None) -> ApplicationView:
    """待审核 → 已拒绝 with the reason (kept for the customer's right to an explanation)."""
    require(session, actor, "review.work", entity_type="application", entity_id=app_id)
    app = _get(session, app_id)
    _claimed_by_me(session, actor, app, AppAction.REJECT_REVIEW)
    comment = _clean(comment, 1000, "意见")
    if not comment:
        raise ServiceError("拒绝申请须填写原因。", field="comment")
    rule_set, report = _evaluate(session, app, today or china_today(), review_only=True)
    _record_review(session, actor, app, "reject", comment, report, rule_set)
    app.assigned_to = None
    app.assigned_at = None
    _transition(session, actor, app, AppAction.REJECT_REVIEW, comment=comment)
    return _view(session, app)


def complete_assessment(session: Session, actor: Actor, app_id: str, *, comment: str = "") -> ApplicationView:
    """待评估 → 待审批, after a risk assessment of this round exists."""
    return apply_transition(session, actor, app_id, AppAction.COMPLETE_ASSESSMENT, comment=comment)


def available_actions(session: Session, actor: Actor, app_id: str) -> list[ActionOption]:
    """What the screen may offer this user now, with the reason when a button is disabled."""
    require(session, actor, "application.view", entity_type="application", entity_id=app_id)
    app = _get(session, app_id)
    out: list[ActionOption] = []
    if app.state == AppState.PENDING_REVIEW and can(session, actor, "review.work"):
        mine = app.assigned_to == actor.user_id
        own = app.created_by == actor.user_id
        if own:
            reason = "四眼原则：不能审核自己录入的申请"
        elif app.assigned_to and not mine:
            reason = f"已由{_names(session, [app.assigned_to]).get(app.assigned_to, '他人')}领取"
        else:
            reason = ""
        out.append(ActionOption("claim", "领取", not own and not app.assigned_to, reason or ("已领取" if mine else "")))
        out.append(ActionOption("release", "放回队列", mine, "" if mine else "未由您领取"))
        for act in (AppAction.PASS_REVIEW, AppAction.RETURN_FOR_SUPPLEMENT, AppAction.REJECT_REVIEW):
            out.append(ActionOption(act.value, ACTIONS[act].label, mine and not own,
                                    "" if mine and not own else (reason or "请先领取")))
    for t in allowed_transitions(app.state):
        if t.action in (AppAction.PASS_REVIEW, AppAction.RETURN_FOR_SUPPLEMENT, AppAction.REJECT_REVIEW):
            continue
        if not can(session, actor, t.permission):
            continue
        reason = ""
        try:
            _four_eyes(session, actor, app, t.action)
        except ServiceError as exc:
            reason = exc.message
        out.append(ActionOption(t.action.value, t.label, not reason, reason))
    return out


# --- views and lists -------------------------------------------------------------------------------

def _latest_assessments(session: Session, app_ids: Sequence[str]) -> dict[str, RiskAssessment]:
    if not app_ids:
        return {}
    sub = (select(RiskAssessment.application_id, func.max(RiskAssessment.seq).label("m"))
           .where(RiskAssessment.application_id.in_(app_ids)).group_by(RiskAssessment.application_id).subquery())
    rows = session.scalars(select(RiskAssessment).join(
        sub, (RiskAssessment.application_id == sub.c.application_id) & (RiskAssessment.seq == sub.c.m)))
    return {r.application_id: r for r in rows}


def _rows(session: Session, apps: Sequence[Application]) -> list[ApplicationRow]:
    if not apps:
        return []
    cust = {r[0]: (r[1], r[2]) for r in session.execute(
        select(Customer.id, Customer.name, Customer.id_number).where(Customer.id.in_({a.customer_id for a in apps})))}
    vers = {r[0]: (r[1], r[2]) for r in session.execute(
        select(ProductVersion.id, ProductVersion.name, ProductVersion.version_no)
        .where(ProductVersion.id.in_({a.product_version_id for a in apps})))}
    names = _names(session, [a.created_by for a in apps] + [a.assigned_to for a in apps])
    latest = _latest_assessments(session, [a.id for a in apps])
    out = []
    for a in apps:
        cname, cid_no = cust.get(a.customer_id, ("", ""))
        pname, pver = vers.get(a.product_version_id, ("", 0))
        la = latest.get(a.id)
        out.append(ApplicationRow(
            id=a.id, application_no=a.application_no, customer_id=a.customer_id, customer_name=cname,
            customer_id_masked=mask_id_number(cid_no), product_id=a.product_id, product_name=pname,
            product_version_no=pver, amount=fen_to_yuan(a.amount_fen), term_months=a.term_months,
            guarantee_type=a.guarantee_type, guarantee_label=GUARANTEE_LABELS.get(a.guarantee_type, a.guarantee_type),
            state=a.state, state_label=state_label(a.state), created_by_id=a.created_by,
            created_by_name=names.get(a.created_by, ""), assigned_to_id=a.assigned_to,
            assigned_to_name=names.get(a.assigned_to or "", ""), state_changed_at=a.state_changed_at,
            created_at=a.created_at, latest_score=la.score if la else None, latest_grade=la.grade if la else "",
            latest_suggestion=la.suggestion if la else "",
        ))
    return out


def _view(session: Session, app: Application) -> ApplicationView:
    row = _rows(session, [app])[0]
    version = session.get(ProductVersion, app.product_version_id)
    parties = session.scalars(select(ApplicationParty).where(ApplicationParty.application_id == app.id)
                              .order_by(ApplicationParty.position))
    pviews = tuple(PartyView(
        p.id, p.role, PARTY_ROLES.get(p.role, p.role), p.name, mask_id_number(p.id_number), p.relation,
        mask_phone(p.phone), _fen(p.monthly_income_fen), p.id_valid_to, p.id_long_term,
        None if not p.credit_auth else p.credit_auth == "signed") for p in parties)
    events = tuple(EventView(e.seq, e.action, _ACTION_LABELS.get(e.action, e.action), e.from_state, e.to_state,
                             e.actor_name, e.at, e.comment) for e in _events(session, app.id))
    reviews = tuple(
        ReviewRecordView(r.round, r.decision, REVIEW_DECISIONS.get(r.decision, r.decision), r.reviewer_name, r.at,
                         r.comment, f"{r.rule_set_id} v{r.rule_set_version}", r.blocking_count, r.warning_count,
                         tuple(NeededItem(*n) for n in json.loads(r.needed_items or "[]")), r.notice_no)
        for r in session.scalars(select(ReviewResult).where(ReviewResult.application_id == app.id)
                                 .order_by(ReviewResult.round)))
    reviewer = _names(session, [app.reviewed_by]).get(app.reviewed_by or "", "")
    return ApplicationView(
        row=row, product_version_id=app.product_version_id,
        product_version_label=f"{version.name}（第 {version.version_no} 版）" if version else "",
        purpose=app.purpose, purpose_label=PURPOSE_LABELS.get(app.purpose, app.purpose),
        purpose_detail=app.purpose_detail, repayment_method=app.repayment_method,
        repayment_label=METHOD_LABELS.get(app.repayment_method, app.repayment_method),
        annual_rate=Decimal(app.annual_rate), est_monthly_payment=fen_to_yuan(app.est_monthly_payment_fen),
        statement_monthly_income=_fen(app.statement_monthly_income_fen), submitted_at=app.submitted_at,
        reviewed_by_id=app.reviewed_by, reviewed_by_name=reviewer, review_round=app.review_round,
        supplement_items=tuple(NeededItem(*n) for n in json.loads(app.supplement_items or "[]")),
        supplement_deadline=app.supplement_deadline, last_comment=app.last_comment, version=app.version,
        parties=pviews, events=events, reviews=reviews,
    )


def get_application(session: Session, actor: Actor, app_id: str) -> ApplicationView:
    require(session, actor, "application.view", entity_type="application", entity_id=app_id)
    return _view(session, _get(session, app_id))


@dataclass(frozen=True)
class QueueFilter:
    states: tuple[str, ...] = (AppState.PENDING_REVIEW.value,)
    product_id: str | None = None
    created_by: str | None = None
    assigned: str = "any"  # any | me | unassigned | others
    min_age_hours: float | None = None
    text: str = ""  # application no. or customer name


def list_applications(session: Session, actor: Actor, flt: QueueFilter | None = None, *, offset: int = 0,
                      limit: int = 200, now: datetime | None = None) -> QueuePage:
    """A page of applications, oldest in their state first (the queue order)."""
    require(session, actor, "application.view")
    flt = flt or QueueFilter()
    q = select(Application)
    if flt.states:
        q = q.where(Application.state.in_(list(flt.states)))
    if flt.product_id:
        q = q.where(Application.product_id == flt.product_id)
    if flt.created_by:
        q = q.where(Application.created_by == flt.created_by)
    if flt.assigned == "me":
        q = q.where(Application.assigned_to == actor.user_id)
    elif flt.assigned == "unassigned":
        q = q.where(Application.assigned_to.is_(None))
    elif flt.assigned == "others":
        q = q.where(Application.assigned_to.is_not(None), Application.assigned_to != actor.user_id)
    if flt.min_age_hours:
        cutoff = (now or utcnow()) - timedelta(hours=flt.min_age_hours)
        q = q.where(Application.state_changed_at <= cutoff)
    text = flt.text.strip()
    if text:
        # autoescape: a typed % or _ is a character to find, not a LIKE wildcard (T25)
        ids = select(Customer.id).where(Customer.name.contains(text, autoescape=True))
        q = q.where(or_(Application.application_no.contains(text.upper(), autoescape=True),
                        Application.customer_id.in_(ids)))
    total = session.scalar(select(func.count()).select_from(q.subquery())) or 0
    apps = list(session.scalars(q.order_by(Application.state_changed_at, Application.application_no)
                                .offset(offset).limit(limit)))
    return QueuePage(tuple(_rows(session, apps)), total, offset)


def counts_by_state(session: Session, actor: Actor) -> dict[str, int]:
    require(session, actor, "application.view")
    rows = session.execute(select(Application.state, func.count()).group_by(Application.state))
    return {r[0]: int(r[1]) for r in rows}


def creators(session: Session, actor: Actor) -> list[tuple[str, str]]:
    """(user id, name) of everyone who entered an application (the clerk filter)."""
    require(session, actor, "application.view")
    ids = [r[0] for r in session.execute(select(Application.created_by).distinct())]
    names = _names(session, ids)
    return sorted(((i, names.get(i, "")) for i in ids), key=lambda x: x[1])


# --- review screen ---------------------------------------------------------------------------------

@dataclass(frozen=True)
class SupportedField:
    label: str
    value: str


@dataclass(frozen=True)
class ReviewDocument:
    """One document beside the data it supports (for the side-by-side review)."""

    id: str
    doc_type: str
    doc_type_label: str
    is_pdf: bool
    pages: int
    uploaded_at: datetime
    issued_on: date | None
    valid_until: date | None
    status_label: str  # 已收 / 过期 (of its checklist item), or 未在清单
    supports: tuple[SupportedField, ...]


@dataclass(frozen=True)
class ChecklistLine:
    doc_type: str
    label: str
    required: bool
    status: str  # 已收 | 缺失 | 过期
    reason: str
    document_ids: tuple[str, ...]


@dataclass(frozen=True)
class ReviewScreen:
    application: ApplicationView
    customer_name: str
    customer_no: str
    customer_id_masked: str
    summary: tuple[SupportedField, ...]
    checklist: tuple[ChecklistLine, ...]
    documents: tuple[ReviewDocument, ...]
    report: RuleReport  # every rule, review and hard risk rules
    rule_set_label: str
    actions: tuple[ActionOption, ...]
    suggested_items: tuple[NeededItem, ...] = field(default=())

    @property
    def review_report(self) -> RuleReport:
        """The rules that decide the review (completeness, validity, consistency)."""
        r = self.report
        return RuleReport(r.rule_set_id, r.version, tuple(x for x in r.results if x.category in REVIEW_CATEGORIES))

    @property
    def risk_report(self) -> RuleReport:
        """Hard risk rules: shown early as a warning, decided at the risk assessment."""
        r = self.report
        return RuleReport(r.rule_set_id, r.version, tuple(x for x in r.results if x.category == "risk"))


def _documents(session: Session, customer_id: str) -> list[Document]:
    return list(session.scalars(select(Document).where(Document.customer_id == customer_id)
                                .order_by(Document.uploaded_at.desc())))


def _facts(docs: Sequence[Document]) -> list[DocumentFact]:
    out = []
    for d in docs:
        try:
            dt = DocType(d.doc_type)
        except ValueError:
            continue
        out.append(DocumentFact(d.id, dt, d.uploaded_at.astimezone(CHINA).date(), d.issued_on, d.valid_until, d.status != "active"))
    return out


def _money(v: Decimal | None) -> str:
    return "未登记" if v is None else f"{v:,.2f} 元"


def _count(v: int | None, unit: str) -> str:
    return "未登记" if v is None else f"{v} {unit}"


def _supports(dt: DocType, c: CustomerFacts, app: Application,
              parties: Sequence[ApplicationParty]) -> tuple[SupportedField, ...]:
    """The data a document of this type proves, so the reviewer compares scan and record."""
    f = SupportedField
    if dt is DocType.ID_FRONT:
        return (f("姓名", c.name), f("身份证号", mask_id_number(c.id_number)),
                f("出生日期", c.birth_date.isoformat() if c.birth_date else "未登记"))
    if dt is DocType.ID_BACK:
        until = "长期" if c.id_long_term else (c.id_valid_to.isoformat() if c.id_valid_to else "未登记")
        start = c.id_valid_from.isoformat() if c.id_valid_from else "未登记"
        return (f("有效期", f"{start} 至 {until}"),)
    if dt is DocType.HUKOU:
        return (f("户籍地址", c.hukou_address or "未登记"), f("家庭人口", _count(c.household_size, "人")))
    if dt is DocType.MARRIAGE:
        spouse = c.spouse
        return (f("婚姻状况", MARITAL.get(c.marital_status, "未登记")),
                f("配偶", spouse.name if spouse else "未登记"))
    if dt is DocType.INCOME:
        return (f("申报月收入", _money(c.monthly_income)), f("收入来源", c.income_source or "未登记"))
    if dt is DocType.BANK_STATEMENT:
        return (f("流水月均入账", _money(_fen(app.statement_monthly_income_fen))),
                f("申报月收入", _money(c.monthly_income)))
    if dt is DocType.CREDIT_REPORT:
        return (f("报告日期", c.credit_report_date.isoformat() if c.credit_report_date else "未登记"),
                f("当前逾期", _money(c.credit_current_overdue)),
                f("累计逾期", _count(c.credit_overdue_count, "次")),
                f("近6个月查询", _count(c.credit_inquiries_6m, "次")),
                f("授信机构数", _count(c.credit_lender_count, "家")))
    if dt is DocType.CREDIT_AUTH:
        return (f("授权日期", c.credit_consent_on.isoformat() if c.credit_consent_on else "未登记"),)
    if dt is DocType.PI_CONSENT:
        return (f("授权日期", c.pi_consent_on.isoformat() if c.pi_consent_on else "未登记"),)
    if dt is DocType.PROPERTY:
        return (f("房产", _count(c.real_estate_count, "处")), f("房产价值", _money(c.real_estate_value)))
    if dt is DocType.VEHICLE:
        return (f("车辆", _count(c.vehicle_count, "辆")),)
    if dt is DocType.DEPOSIT:
        return (f("存款", _money(c.deposits)),)
    if dt is DocType.BUSINESS_LICENCE:
        return (f("经营主体", c.business_name or c.employer or "未登记"),)
    if dt is DocType.LAND_CONTRACT:
        return (f("承包面积", "未登记" if c.land_area_mu is None else f"{c.land_area_mu} 亩"),)
    if dt is DocType.GUARANTOR:
        return tuple(f(PARTY_ROLES.get(p.role, p.role), f"{p.name}（{mask_id_number(p.id_number)}）")
                     for p in parties)
    return ()


MARITAL = {"single": "未婚", "married": "已婚", "divorced": "离异", "widowed": "丧偶"}


def _parties(session: Session, app: Application) -> list[ApplicationParty]:
    return list(session.scalars(select(ApplicationParty).where(ApplicationParty.application_id == app.id)
                                .order_by(ApplicationParty.position)))


def review_screen(session: Session, actor: Actor, app_id: str, *, today: date | None = None) -> ReviewScreen:
    """Everything the review screen shows, in one read: rule results, checklist, documents + data."""
    require(session, actor, "application.view", entity_type="application", entity_id=app_id)
    app = _get(session, app_id)
    today = today or china_today()
    c = customer_facts(session, app.customer_id)
    version = products.version_view(session, app.product_version_id)
    docs = _documents(session, app.customer_id)
    facts = _facts(docs)
    items = checklist_status(version.terms.checklist, facts, today)
    rule_set, report = _evaluate(session, app, today, review_only=False, customer=c, version=version, facts=facts,
                                 checklist=items)
    status_of: dict[str, str] = {}
    for it in items:
        for did in it.current_ids:
            status_of[did] = DocStatus.RECEIVED.value
        for did in it.expired_ids:
            status_of[did] = DocStatus.EXPIRED.value
    parties = _parties(session, app)
    rank = {it.doc_type.value: i for i, it in enumerate(items)}
    docs = sorted(docs, key=lambda d: (rank.get(d.doc_type, len(rank)), -d.uploaded_at.timestamp()))
    rdocs = tuple(
        ReviewDocument(d.id, d.doc_type, DOC_TYPE_LABELS.get(DocType(d.doc_type), d.doc_type),
                       d.mime == "application/pdf", d.pages, d.uploaded_at, d.issued_on, d.valid_until,
                       status_of.get(d.id, "未在清单"), _supports(DocType(d.doc_type), c, app, parties))
        for d in docs if d.status == "active" and d.doc_type in DocType._value2member_map_)
    lines = tuple(ChecklistLine(i.doc_type.value, i.label, i.required, i.status.value, i.reason,
                                i.current_ids + i.expired_ids) for i in items)
    view = _view(session, app)
    spouse = c.spouse
    summary = (
        SupportedField("客户", f"{c.name}（{c.customer_no}）"),
        SupportedField("身份证号", mask_id_number(c.id_number)),
        SupportedField("年龄", "未登记" if c.age_on(today) is None else f"{c.age_on(today)} 岁"),
        SupportedField("婚姻状况", MARITAL.get(c.marital_status, "未登记")
                       + (f"（配偶：{spouse.name}）" if spouse else "")),
        SupportedField("申报月收入", _money(c.monthly_income)),
        SupportedField("流水月均入账", _money(view.statement_monthly_income)),
        SupportedField("现有月还款", _money(c.monthly_repayment)),
        SupportedField("本笔月供（估算）", _money(view.est_monthly_payment)),
        SupportedField("户籍地址", c.hukou_address or "未登记"),
        SupportedField("现住址", c.current_address or "未登记"),
    )
    return ReviewScreen(
        application=view, customer_name=c.name, customer_no=c.customer_no,
        customer_id_masked=mask_id_number(c.id_number), summary=summary, checklist=lines, documents=rdocs,
        report=report, rule_set_label=rule_set.label,
        actions=tuple(available_actions(session, actor, app_id)), suggested_items=_suggested_items(report),
    )


# --- snapshot for the rules ------------------------------------------------------------------------

def build_snapshot(session: Session, app: Application, today: date, *, customer: CustomerFacts | None = None,
                   version: products.ProductVersionView | None = None,
                   facts: Sequence[DocumentFact] | None = None,
                   checklist: Sequence[ItemStatus] | None = None) -> ReviewSnapshot:
    """The plain snapshot the rules engine evaluates (no SQL beyond this point)."""
    c = customer or customer_facts(session, app.customer_id)
    version = version or products.version_view(session, app.product_version_id)
    if facts is None:
        facts = _facts(_documents(session, app.customer_id))
    if checklist is None:
        checklist = checklist_status(version.terms.checklist, facts, today)
    has_auth_doc = any(f.doc_type is DocType.CREDIT_AUTH and not f.void for f in facts)
    unknown_validity = c.id_valid_from is None and c.id_valid_to is None
    applicant = PersonFacts("applicant", c.name, c.id_number, None if unknown_validity else c.id_valid_to,
                            c.id_long_term, True if (c.credit_consent_on or has_auth_doc) else None)
    spouse_c = c.spouse
    spouse = None
    if spouse_c is not None:
        spouse = PersonFacts("spouse", spouse_c.name, spouse_c.id_number, None, False,
                             True if has_auth_doc else None, spouse_c.relation)
    parties = tuple(
        PersonFacts(p.role, p.name, p.id_number, p.id_valid_to, p.id_long_term,
                    None if not p.credit_auth else p.credit_auth == "signed", p.relation)
        for p in _parties(session, app))
    married = {"married": True, "single": False, "divorced": False, "widowed": False}.get(c.marital_status)
    t = version.terms
    credit = None
    if c.credit_report_date is not None or c.credit_current_overdue is not None or c.credit_lender_count is not None:
        cur = c.credit_current_overdue
        credit = CreditFacts(
            current_overdue_count=None if cur is None else int(cur > 0), current_overdue_amount=cur,
            overdue_count=c.credit_overdue_count, inquiries_6m=c.credit_inquiries_6m,
            lenders_6m=c.credit_lender_count, report_date=c.credit_report_date)
    ids = [x.id_number for x in (applicant, *( (spouse,) if spouse else ()), *parties) if x.id_number]
    return ReviewSnapshot(
        today=today, application_no=app.application_no, product_name=t.name, amount=fen_to_yuan(app.amount_fen),
        term_months=app.term_months, guarantee_type=app.guarantee_type, applicant=applicant, birth_date=c.birth_date,
        allowed_guarantee_types=t.guarantee_types, min_age=t.min_age, max_age=t.max_age,
        max_age_at_maturity=t.max_age_at_maturity, dti_limit=t.dti_limit, married=married, spouse=spouse,
        guarantors=parties, declared_monthly_income=c.monthly_income,
        statement_monthly_income=_fen(app.statement_monthly_income_fen),
        existing_monthly_repayment=c.monthly_repayment, new_monthly_payment=fen_to_yuan(app.est_monthly_payment_fen),
        hukou_address=c.hukou_address, current_address=c.current_address, hukou_region=c.hukou_region,
        current_region=c.current_region, checklist=tuple(checklist), documents=tuple(facts), credit=credit,
        blacklist_hits=tuple(blacklist_hits(session, ids, names={
            applicant.id_number: f"借款人 {applicant.name}",
            **({spouse.id_number: f"配偶 {spouse.name}"} if spouse else {}),
            **{p.id_number: f"{p.role_label} {p.name}" for p in parties}})),
    )


REVIEW_CATEGORIES = ("completeness", "validity", "consistency")


def _evaluate(session: Session, app: Application, today: date, *, review_only: bool,
              customer: CustomerFacts | None = None, version: products.ProductVersionView | None = None,
              facts: Sequence[DocumentFact] | None = None,
              checklist: Sequence[ItemStatus] | None = None) -> tuple[RuleSet, RuleReport]:
    version = version or products.version_view(session, app.product_version_id)
    rule_set = active_rule_set(session, version.terms.rule_set_id)
    snap = build_snapshot(session, app, today, customer=customer, version=version, facts=facts,
                          checklist=checklist)
    report = evaluate(rule_set, snap, categories=REVIEW_CATEGORIES if review_only else None)
    return rule_set, report


def evaluate_rules(session: Session, actor: Actor, app_id: str, *, categories: Iterable[str] | None = None,
                   today: date | None = None) -> RuleReport:
    require(session, actor, "application.view", entity_type="application", entity_id=app_id)
    app = _get(session, app_id)
    version = products.version_view(session, app.product_version_id)
    rule_set = active_rule_set(session, version.terms.rule_set_id)
    snap = build_snapshot(session, app, today or china_today(), version=version)
    return evaluate(rule_set, snap, categories=categories)


# --- reference data: rule sets and the blacklist ---------------------------------------------------

def active_rule_set(session: Session, rule_set_id: str = "default") -> RuleSet:
    """The newest active installed version of ``rule_set_id``, else the one shipped with the program."""
    rows = list(session.scalars(select(ReviewRuleSetRecord).where(ReviewRuleSetRecord.rule_set_id == rule_set_id,
                                                                   ReviewRuleSetRecord.active)
                                .order_by(ReviewRuleSetRecord.installed_at.desc())))
    for row in rows:
        try:
            return RuleSet.from_json(row.content)
        except RuleSetError:
            continue
    default = load_default_rule_set()
    if rule_set_id != default.rule_set_id:
        raise ServiceError(f"产品指定的审核规则集“{rule_set_id}”未安装，请联系系统管理员导入。")
    return default


def install_rule_set(session: Session, actor: Actor, text: str) -> RuleSet:
    """Install a rule set received from head office; older versions of the same id become inactive."""
    require(session, actor, "product.manage", entity_type="rule_set")
    try:
        rs = RuleSet.from_json(text)
    except RuleSetError as exc:
        raise ServiceError(str(exc)) from None
    exists = session.scalar(select(ReviewRuleSetRecord).where(ReviewRuleSetRecord.rule_set_id == rs.rule_set_id,
                                                              ReviewRuleSetRecord.version == rs.version))
    if exists is not None:
        raise ServiceError(f"规则集 {rs.rule_set_id} 版本 {rs.version} 已安装。")
    for old in session.scalars(select(ReviewRuleSetRecord).where(ReviewRuleSetRecord.rule_set_id == rs.rule_set_id)):
        old.active = False
    session.add(ReviewRuleSetRecord(rule_set_id=rs.rule_set_id, version=rs.version, name=rs.name, content=text,
                                    installed_by=actor.user_id or None))
    audit.record(session, actor, "rule_set.install", entity_type="rule_set", entity_id=rs.rule_set_id,
                 summary={"version": rs.version, "rules": len(rs.rules)})
    session.flush()
    return rs


@dataclass(frozen=True)
class BlacklistView:
    id: str
    id_number_masked: str
    name: str
    reason: str
    source: str
    listed_on: date
    active: bool


def add_blacklist_entry(session: Session, actor: Actor, id_number: str, name: str, reason: str, *,
                        source: str = "总行", listed_on: date | None = None) -> BlacklistView:
    require(session, actor, "product.manage", entity_type="blacklist")
    try:
        number = parse_id_number(id_number).number
    except InvalidIdNumber as exc:
        raise ServiceError(f"身份证号码无效：{exc}", field="id_number") from None
    reason = _clean(reason, 200, "原因")
    if not reason:
        raise ServiceError("请填写列入黑名单的原因。", field="reason")
    e = BlacklistEntry(id_number=number, name=_clean(name, 50, "姓名"), reason=reason, source=_clean(source, 50, "来源"),
                       listed_on=listed_on or china_today(), created_by=actor.user_id or None)
    session.add(e)
    session.flush()
    audit.record(session, actor, "blacklist.add", entity_type="blacklist", entity_id=e.id,
                 summary={"id_number": mask_id_number(number), "reason": reason, "source": e.source})
    audit.outbox(session, "blacklist", e.id, {"active": True})
    return BlacklistView(e.id, mask_id_number(number), e.name, e.reason, e.source, e.listed_on, True)


def deactivate_blacklist_entry(session: Session, actor: Actor, entry_id: str, *, reason: str) -> None:
    require(session, actor, "product.manage", entity_type="blacklist", entity_id=entry_id)
    e = session.get(BlacklistEntry, entry_id)
    if e is None:
        raise NotFound("黑名单记录不存在。")
    if not reason.strip():
        raise ServiceError("请填写移出黑名单的原因。", field="reason")
    e.active = False
    audit.record(session, actor, "blacklist.deactivate", entity_type="blacklist", entity_id=e.id,
                 summary={"reason": reason.strip()[:200]})
    audit.outbox(session, "blacklist", e.id, {"active": False})


def list_blacklist(session: Session, actor: Actor) -> list[BlacklistView]:
    require(session, actor, "product.manage")
    rows = session.scalars(select(BlacklistEntry).order_by(BlacklistEntry.listed_on.desc()))
    return [BlacklistView(e.id, mask_id_number(e.id_number), e.name, e.reason, e.source, e.listed_on, e.active)
            for e in rows]


def blacklist_hits(session: Session, id_numbers: Iterable[str], *, names: dict[str, str] | None = None) -> list[str]:
    """Chinese lines for every active entry matching one of ``id_numbers`` (18-digit form)."""
    wanted = {_normalise_id(i) for i in id_numbers if i}
    if not wanted:
        return []
    names = {_normalise_id(k): v for k, v in (names or {}).items()}
    rows = session.scalars(select(BlacklistEntry).where(BlacklistEntry.id_number.in_(wanted),
                                                        BlacklistEntry.active))
    return [f"{names.get(e.id_number, mask_id_number(e.id_number))}（{e.reason}，{e.source}，"
            f"{e.listed_on.isoformat()} 列入）" for e in rows]


# --- files kept with the application (risk report, 补件通知书) --------------------------------------

@dataclass(frozen=True)
class FileView:
    id: str
    kind: str
    title: str
    size: int
    sha256: str
    created_at: datetime
    created_by_name: str


FILE_KINDS = {"risk_report": "风险评估报告", "supplement_notice": "补件通知书"}


def store_file(session: Session, actor: Actor, app_id: str, kind: str, title: str, pdf: bytes, *,
               blobs: Any) -> FileView:
    """Keep a generated PDF with the application: blob first, then the row (see store/attachments)."""
    require(session, actor, "application.view", entity_type="application", entity_id=app_id)
    if kind not in FILE_KINDS:
        raise ServiceError("未知的文件类型。")
    app = _get(session, app_id)
    if not pdf.startswith(b"%PDF"):
        raise ServiceError("生成的文件不是 PDF。")
    ref = blobs.put(pdf, "application/pdf")
    _delete_on_rollback(session, blobs, ref.id)
    f = ApplicationFile(application_id=app.id, kind=kind, title=title[:100], blob_id=ref.id, sha256=ref.sha256,
                        size=ref.size, created_by=actor.user_id or None)
    session.add(f)
    session.flush()
    audit.record(session, actor, f"application.file.{kind}", entity_type="application", entity_id=app.id,
                 summary={"file_id": f.id, "sha256": ref.sha256, "size": ref.size, "title": title})
    return FileView(f.id, kind, f.title, f.size, f.sha256, f.created_at, _display(actor))


_PENDING = "loandesk.applications.pending_blobs"


def _delete_on_rollback(session: Session, blobs: Any, blob_id: str) -> None:
    """The blob is committed before the row (store/attachments.py): take it back if the row's
    transaction rolls back, so no unreferenced report is left behind."""
    pending = session.info.get(_PENDING)
    if pending is None:
        pending = session.info[_PENDING] = []

        def _committed(sess: Session) -> None:
            sess.info.get(_PENDING, []).clear()

        def _rolled_back(sess: Session) -> None:
            items = list(sess.info.get(_PENDING, []))
            sess.info.get(_PENDING, []).clear()
            for store, bid in items:
                try:
                    store.delete([bid])
                except Exception:  # harmless: an unreferenced blob is swept later
                    pass

        event.listen(session, "after_commit", _committed)
        event.listen(session, "after_rollback", _rolled_back)
    pending.append((blobs, blob_id))


def list_files(session: Session, actor: Actor, app_id: str) -> list[FileView]:
    require(session, actor, "application.view", entity_type="application", entity_id=app_id)
    rows = list(session.scalars(select(ApplicationFile).where(ApplicationFile.application_id == app_id)
                                .order_by(ApplicationFile.created_at)))
    names = _names(session, [r.created_by for r in rows])
    return [FileView(r.id, r.kind, r.title, r.size, r.sha256, r.created_at, names.get(r.created_by or "", ""))
            for r in rows]


def file_content(session: Session, actor: Actor, file_id: str, *, blobs: Any) -> bytes:
    """The stored PDF (audited: a risk report holds credit data)."""
    f = session.get(ApplicationFile, file_id)
    if f is None:
        raise NotFound("文件不存在。")
    require(session, actor, "application.view", entity_type="application", entity_id=f.application_id)
    data = blobs.get(f.blob_id)
    audit.record(session, actor, "application.file.view", entity_type="application", entity_id=f.application_id,
                 summary={"file_id": f.id, "kind": f.kind})
    return data


def file_blob_ids(session: Session) -> set[str]:
    """Blob ids referenced by application files (for the attachment-store sweep)."""
    return set(session.scalars(select(ApplicationFile.blob_id)))


# --- 补件通知书 -----------------------------------------------------------------------------------

def supplement_notice_data(session: Session, actor: Actor, app_id: str, *, issued: date | None = None) -> Any:
    """The frozen input for the 补件通知书 of the application's current supplement request."""
    from loandesk.documents.model import BranchInfo, SupplementItem, SupplementNoticeData
    from loandesk.services import settings

    require(session, actor, "application.view", entity_type="application", entity_id=app_id)
    app = _get(session, app_id)
    items = [NeededItem(*n) for n in json.loads(app.supplement_items or "[]")]
    if app.state != AppState.SUPPLEMENT or not items:
        raise ServiceError("该申请当前没有待补充的材料，无需打印补件通知书。")
    b = session.scalar(select(Branch).limit(1))
    branch = BranchInfo(name=b.name if b else "", code=b.code if b else "", address=(b.address if b else "") or "—",
                        legal_representative=(b.manager_name if b else "") or "",
                        phone=str(settings.get(session, "branch.phone") or ""))
    customer = session.get(Customer, app.customer_id)
    clerk = _names(session, [app.created_by]).get(app.created_by, "")
    version = session.get(ProductVersion, app.product_version_id)
    last = session.scalar(select(ReviewResult).where(ReviewResult.application_id == app.id,
                                                     ReviewResult.decision == "supplement")
                          .order_by(ReviewResult.round.desc()).limit(1))
    return SupplementNoticeData(
        branch=branch, customer_name=customer.name if customer else "", application_no=app.application_no,
        items=tuple(SupplementItem(i.name, i.reason, i.note) for i in items),
        deadline=app.supplement_deadline or (issued or china_today()) + timedelta(days=SUPPLEMENT_DAYS),
        contact_name=clerk or "客户经理", contact_phone=branch.phone or "（请向客户经理索取）",
        issued=issued or china_today(), notice_no=last.notice_no if last else "",
        remarks=(last.comment if last else ""),
        extra=(("申请产品", version.name if version else ""),
               ("申请金额", f"{fen_to_yuan(app.amount_fen):,.2f} 元")),
    )


def render_supplement_notice_pdf(data: Any) -> bytes:
    """CPU only (no session): safe on a worker thread."""
    from loandesk.documents.supplement_notice import render_supplement_notice

    return render_supplement_notice(data)


def record_notice_printed(session: Session, actor: Actor, app_id: str, pdf: bytes, *, blobs: Any) -> FileView:
    """Keep the printed notice with the application (audited, so there is proof of what was asked)."""
    app = _get(session, app_id)
    return store_file(session, actor, app_id, "supplement_notice", f"补件通知书 {app.application_no}", pdf,
                      blobs=blobs)


STATE_CHOICES: tuple[tuple[str, str], ...] = tuple((s.value, STATE_LABELS[s]) for s in AppState)
