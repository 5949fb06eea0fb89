"""Loan products (贷款产品) with immutable versions, the LPR history, and the default catalogue.

Why versions: an application must keep the terms it was made under (rate, limits, checklist,
rule set, scorecard) even after head office changes the product. A product row is only a name
and a code; ``new_version`` writes a complete new set of terms and moves ``current_version_no``.
Existing versions are never updated.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import asdict, dataclass
from datetime import date, datetime
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

from sqlalchemy import select
from sqlalchemy.orm import Session

from loandesk.domain.clock import china_today
from loandesk.domain.documents import DEFAULT_CHECKLISTS, Checklist, ChecklistError, ChecklistItem, DocType
from loandesk.domain.money import fen_to_yuan, yuan_to_fen
from loandesk.domain.schedule import METHOD_LABELS, add_months, build_schedule
from loandesk.services import audit
from loandesk.services.context import SYSTEM, Actor, NotFound, ServiceError, require
from loandesk.store.models.applications import LoanProduct, LprRate, ProductVersion
from loandesk.store.models.auth import User
from loandesk.store.models.base import utcnow

PRODUCT_TYPES: tuple[str, ...] = (
    "农户小额信用贷款",
    "农户联保贷款",
    "农户生产经营贷款",
    "个人经营贷款",
    "个人消费贷款",
    "个人保证贷款",
)
GUARANTEE_TYPES: dict[str, str] = {
    "credit": "信用",
    "guarantor": "保证",
    "mortgage": "抵押",
    "pledge": "质押",
    "group": "农户联保",
}
RATE_TYPES = {"fixed": "固定利率", "lpr": "LPR 加点"}
LPR_TENORS = {"1y": "1年期LPR", "5y": "5年期以上LPR"}
REPAYMENT_METHODS = METHOD_LABELS  # code -> 等额本息 …

# The cap from 2024 个贷办法 (domain-rules §3): personal consumer / business loans ≤ 5 years.
MAX_TERM_MONTHS = 120


@dataclass(frozen=True)
class ProductTerms:
    """Everything one product version says. Amounts in yuan, rates as fractions (0.0435)."""

    name: str
    product_type: str
    min_amount: Decimal
    max_amount: Decimal
    min_term_months: int
    max_term_months: int
    repayment_methods: tuple[str, ...]
    guarantee_types: tuple[str, ...]
    checklist: Checklist
    rate_type: str = "fixed"  # fixed | lpr
    annual_rate: Decimal | None = None  # fixed
    lpr_tenor: str = "1y"  # lpr
    spread_bp: int = 0  # lpr
    penalty_uplift: Decimal = Decimal("0.5")
    misuse_uplift: Decimal = Decimal("1.0")
    day_count: str = "30/360"
    min_age: int = 18
    max_age: int = 65
    max_age_at_maturity: int = 65
    dti_limit: Decimal = Decimal("0.55")
    rule_set_id: str = "default"
    scorecard_pack_id: str = "default"
    description: str = ""


@dataclass(frozen=True)
class ProductVersionView:
    id: str
    product_id: str
    code: str
    version_no: int
    is_current: bool
    terms: ProductTerms
    effective_from: date
    created_at: datetime
    created_by_name: str
    change_note: str

    # Convenience mirrors of the most used terms.
    @property
    def name(self) -> str:
        return self.terms.name

    @property
    def product_type(self) -> str:
        return self.terms.product_type

    @property
    def label(self) -> str:
        return f"{self.terms.name}（第 {self.version_no} 版）"

    def rate_label(self) -> str:
        t = self.terms
        if t.rate_type == "fixed" and t.annual_rate is not None:
            return f"固定年利率 {_pct(t.annual_rate)}"
        sign = "+" if t.spread_bp >= 0 else "−"
        return f"{LPR_TENORS.get(t.lpr_tenor, t.lpr_tenor)} {sign} {abs(t.spread_bp)}BP"


@dataclass(frozen=True)
class ProductView:
    id: str
    code: str
    name: str
    product_type: str
    status: str
    current: ProductVersionView


@dataclass(frozen=True)
class LprView:
    tenor: str
    effective_on: date
    rate: Decimal
    note: str


def _pct(rate: Decimal) -> str:
    text = f"{(rate * 100).quantize(Decimal('0.0001'), rounding=ROUND_HALF_UP):f}".rstrip("0").rstrip(".")
    return text + "%"


# --- validation ------------------------------------------------------------------------------------

def validate_terms(t: ProductTerms) -> None:
    """Refuse inconsistent terms with a Chinese message at the field."""
    if not t.name.strip() or len(t.name) > 60:
        raise ServiceError("请填写产品名称（不超过 60 个字）。", field="name")
    if not t.product_type.strip() or len(t.product_type) > 40:
        raise ServiceError("请选择产品类型。", field="product_type")
    if t.min_amount <= 0 or t.max_amount < t.min_amount:
        raise ServiceError("金额范围无效：最低金额须大于 0 且不高于最高金额。", field="min_amount")
    if t.max_amount > Decimal("100000000"):
        raise ServiceError("最高金额不能超过 1 亿元。", field="max_amount")
    if not (1 <= t.min_term_months <= t.max_term_months <= MAX_TERM_MONTHS):
        raise ServiceError(f"期限范围无效：应在 1–{MAX_TERM_MONTHS} 个月之间，且最短不超过最长。",
                           field="min_term_months")
    if not t.repayment_methods or any(m not in REPAYMENT_METHODS for m in t.repayment_methods):
        raise ServiceError("请至少选择一种有效的还款方式。", field="repayment_methods")
    if not t.guarantee_types or any(g not in GUARANTEE_TYPES for g in t.guarantee_types):
        raise ServiceError("请至少选择一种有效的担保方式。", field="guarantee_types")
    if t.rate_type == "fixed":
        if t.annual_rate is None or not (Decimal(0) < t.annual_rate <= Decimal("0.24")):
            raise ServiceError("固定年利率应在 0 到 24% 之间（按小数填写，如 0.0435）。", field="annual_rate")
    elif t.rate_type == "lpr":
        if t.lpr_tenor not in LPR_TENORS:
            raise ServiceError("请选择 LPR 期限品种（1年期或5年期以上）。", field="lpr_tenor")
        if not -300 <= t.spread_bp <= 2000:
            raise ServiceError("加点幅度应在 −300 至 2000 个基点之间。", field="spread_bp")
    else:
        raise ServiceError("利率类型只能是固定利率或 LPR 加点。", field="rate_type")
    if not (Decimal("0.3") <= t.penalty_uplift <= Decimal("0.5")):
        raise ServiceError("逾期罚息上浮幅度应在 30%–50% 之间（银发〔2003〕251号）。", field="penalty_uplift")
    if not (Decimal("0.5") <= t.misuse_uplift <= Decimal("1.0")):
        raise ServiceError("挪用罚息上浮幅度应在 50%–100% 之间。", field="misuse_uplift")
    if t.day_count not in ("30/360", "actual/360"):
        raise ServiceError("计息基准只能是 30/360 或 actual/360。", field="day_count")
    if not (16 <= t.min_age <= t.max_age <= 80):
        raise ServiceError("年龄范围无效（16–80 岁，最低不超过最高）。", field="min_age")
    if not (t.max_age <= t.max_age_at_maturity <= 80):
        raise ServiceError("到期年龄上限不能低于申请年龄上限，且不超过 80 岁。", field="max_age_at_maturity")
    if not (Decimal("0.1") <= t.dti_limit <= Decimal("1.0")):
        raise ServiceError("负债收入比上限应在 10%–100% 之间。", field="dti_limit")
    if not t.checklist.items:
        raise ServiceError("资料清单不能为空。", field="checklist")
    if not t.rule_set_id.strip() or not t.scorecard_pack_id.strip():
        raise ServiceError("请指定审核规则集和评分卡。", field="rule_set_id")


# --- conversion ------------------------------------------------------------------------------------

def _dec(text: str | None) -> Decimal | None:
    if not text:
        return None
    try:
        return Decimal(text)
    except InvalidOperation:
        return None


def _terms_of(v: ProductVersion) -> ProductTerms:
    try:
        checklist = Checklist.from_dict(json.loads(v.checklist))
    except (ValueError, ChecklistError):
        checklist = Checklist("", "", ())
    return ProductTerms(
        name=v.name, product_type=v.product_type, min_amount=fen_to_yuan(v.min_amount_fen),
        max_amount=fen_to_yuan(v.max_amount_fen), min_term_months=v.min_term_months,
        max_term_months=v.max_term_months, repayment_methods=tuple(json.loads(v.repayment_methods)),
        guarantee_types=tuple(json.loads(v.guarantee_types)), checklist=checklist, rate_type=v.rate_type,
        annual_rate=_dec(v.annual_rate), lpr_tenor=v.lpr_tenor or "1y", spread_bp=v.spread_bp,
        penalty_uplift=_dec(v.penalty_uplift) or Decimal("0.5"), misuse_uplift=_dec(v.misuse_uplift) or Decimal(1),
        day_count=v.day_count, min_age=v.min_age, max_age=v.max_age, max_age_at_maturity=v.max_age_at_maturity,
        dti_limit=_dec(v.dti_limit) or Decimal("0.55"), rule_set_id=v.rule_set_id,
        scorecard_pack_id=v.scorecard_pack_id, description=v.description,
    )


def _version_view(session: Session, v: ProductVersion, product: LoanProduct | None = None) -> ProductVersionView:
    product = product or session.get(LoanProduct, v.product_id)
    assert product is not None
    creator = session.get(User, v.created_by) if v.created_by else None
    return ProductVersionView(
        id=v.id, product_id=v.product_id, code=product.code, version_no=v.version_no,
        is_current=product.current_version_no == v.version_no, terms=_terms_of(v),
        effective_from=v.effective_from, created_at=v.created_at,
        created_by_name=(creator.display_name if creator else "系统"), change_note=v.change_note,
    )


def _current_version(session: Session, product: LoanProduct) -> ProductVersion:
    v = session.scalar(select(ProductVersion).where(ProductVersion.product_id == product.id,
                                                    ProductVersion.version_no == product.current_version_no))
    if v is None:
        raise NotFound(f"产品“{product.name}”缺少当前版本，请联系系统管理员。")
    return v


def _product_view(session: Session, p: LoanProduct) -> ProductView:
    return ProductView(p.id, p.code, p.name, p.product_type, p.status,
                       _version_view(session, _current_version(session, p), p))


def _write_version(session: Session, actor: Actor, product: LoanProduct, version_no: int, t: ProductTerms,
                   note: str, effective_from: date | None) -> ProductVersion:
    v = ProductVersion(
        product_id=product.id, version_no=version_no, name=t.name.strip(), product_type=t.product_type.strip(),
        description=t.description, min_amount_fen=yuan_to_fen(t.min_amount),
        max_amount_fen=yuan_to_fen(t.max_amount), min_term_months=t.min_term_months,
        max_term_months=t.max_term_months, repayment_methods=json.dumps(list(t.repayment_methods)),
        rate_type=t.rate_type, annual_rate=str(t.annual_rate) if t.rate_type == "fixed" else "",
        lpr_tenor=t.lpr_tenor if t.rate_type == "lpr" else "", spread_bp=t.spread_bp if t.rate_type == "lpr" else 0,
        penalty_uplift=str(t.penalty_uplift), misuse_uplift=str(t.misuse_uplift), day_count=t.day_count,
        guarantee_types=json.dumps(list(t.guarantee_types)),
        checklist=json.dumps(t.checklist.to_dict(), ensure_ascii=False), min_age=t.min_age, max_age=t.max_age,
        max_age_at_maturity=t.max_age_at_maturity, dti_limit=str(t.dti_limit), rule_set_id=t.rule_set_id,
        scorecard_pack_id=t.scorecard_pack_id, effective_from=effective_from or china_today(),
        change_note=note[:200], created_by=actor.user_id or None,
    )
    session.add(v)
    session.flush()
    return v


def _payload(t: ProductTerms) -> dict:
    d = asdict(t)
    d["checklist"] = t.checklist.to_dict()
    return d


# --- product CRUD ----------------------------------------------------------------------------------

def create_product(session: Session, actor: Actor, code: str, terms: ProductTerms, *, change_note: str = "",
                   effective_from: date | None = None) -> ProductView:
    require(session, actor, "product.manage", entity_type="product", entity_id=code)
    return _create(session, actor, code, terms, change_note, effective_from)


def _create(session: Session, actor: Actor, code: str, terms: ProductTerms, note: str,
            effective_from: date | None) -> ProductView:
    code = code.strip().upper()
    if not code or len(code) > 40:
        raise ServiceError("请填写产品代码（不超过 40 个字符）。", field="code")
    validate_terms(terms)
    if session.scalar(select(LoanProduct.id).where(LoanProduct.code == code)) is not None:
        raise ServiceError(f"产品代码“{code}”已存在。", field="code")
    p = LoanProduct(code=code, name=terms.name.strip(), product_type=terms.product_type, current_version_no=1)
    session.add(p)
    session.flush()
    v = _write_version(session, actor, p, 1, terms, note or "新建产品", effective_from)
    audit.record(session, actor, "product.create", entity_type="product", entity_id=p.id,
                 summary={"code": code, "version_id": v.id, "terms": _payload(terms)})
    audit.outbox(session, "product_version", v.id, {"product": code, "version_no": 1, "terms": _payload(terms)})
    return _product_view(session, p)


def new_version(session: Session, actor: Actor, product_id: str, terms: ProductTerms, *, change_note: str,
                effective_from: date | None = None) -> ProductVersionView:
    """Write the next immutable version; applications already made keep theirs."""
    require(session, actor, "product.manage", entity_type="product", entity_id=product_id)
    p = session.get(LoanProduct, product_id)
    if p is None:
        raise NotFound("产品不存在。")
    if not change_note.strip():
        raise ServiceError("请填写本次修改的说明（例如“利率下调 20BP”）。", field="change_note")
    validate_terms(terms)
    last = session.scalar(select(ProductVersion.version_no).where(ProductVersion.product_id == p.id)
                          .order_by(ProductVersion.version_no.desc()).limit(1)) or 0
    v = _write_version(session, actor, p, last + 1, terms, change_note.strip(), effective_from)
    p.current_version_no = last + 1
    p.name = terms.name.strip()
    p.product_type = terms.product_type
    p.updated_at = utcnow()
    audit.record(session, actor, "product.new_version", entity_type="product", entity_id=p.id,
                 summary={"code": p.code, "version_no": last + 1, "version_id": v.id, "note": change_note,
                          "terms": _payload(terms)})
    audit.outbox(session, "product_version", v.id,
                 {"product": p.code, "version_no": last + 1, "terms": _payload(terms)})
    return _version_view(session, v, p)


def set_product_status(session: Session, actor: Actor, product_id: str, active: bool) -> ProductView:
    """Retire (no new applications) or reactivate; existing applications are unaffected."""
    require(session, actor, "product.manage", entity_type="product", entity_id=product_id)
    p = session.get(LoanProduct, product_id)
    if p is None:
        raise NotFound("产品不存在。")
    p.status = "active" if active else "retired"
    p.updated_at = utcnow()
    audit.record(session, actor, "product.status", entity_type="product", entity_id=p.id,
                 summary={"code": p.code, "status": p.status})
    audit.outbox(session, "product", p.id, {"code": p.code, "status": p.status})
    return _product_view(session, p)


def list_products(session: Session, actor: Actor, *, include_retired: bool = False) -> list[ProductView]:
    require(session, actor, "product.view")
    q = select(LoanProduct).order_by(LoanProduct.code)
    if not include_retired:
        q = q.where(LoanProduct.status == "active")
    return [_product_view(session, p) for p in session.scalars(q)]


def get_product(session: Session, actor: Actor, product_id: str) -> ProductView:
    require(session, actor, "product.view")
    p = session.get(LoanProduct, product_id)
    if p is None:
        raise NotFound("产品不存在。")
    return _product_view(session, p)


def list_versions(session: Session, actor: Actor, product_id: str) -> list[ProductVersionView]:
    require(session, actor, "product.view")
    p = session.get(LoanProduct, product_id)
    if p is None:
        raise NotFound("产品不存在。")
    rows = session.scalars(select(ProductVersion).where(ProductVersion.product_id == p.id)
                           .order_by(ProductVersion.version_no))
    return [_version_view(session, v, p) for v in rows]


def get_version(session: Session, actor: Actor, version_id: str) -> ProductVersionView:
    require(session, actor, "product.view")
    return version_view(session, version_id)


def version_view(session: Session, version_id: str) -> ProductVersionView:
    """Internal (no permission check): other services resolve the version an application uses."""
    v = session.get(ProductVersion, version_id)
    if v is None:
        raise NotFound("产品版本不存在。")
    return _version_view(session, v)


# --- LPR and rates ---------------------------------------------------------------------------------

# Published 1-year / 5-year+ LPR change points (全国银行间同业拆借中心). Reference values for a
# fresh install only; head office pushes the authoritative table (domain-rules §4).
LPR_HISTORY: tuple[tuple[str, str, str], ...] = (
    ("2019-08-20", "0.0425", "0.0485"),
    ("2019-09-20", "0.0420", "0.0485"),
    ("2019-11-20", "0.0415", "0.0480"),
    ("2020-02-20", "0.0405", "0.0475"),
    ("2020-04-20", "0.0385", "0.0465"),
    ("2021-12-20", "0.0380", "0.0465"),
    ("2022-01-20", "0.0370", "0.0460"),
    ("2022-05-20", "0.0370", "0.0445"),
    ("2022-08-22", "0.0365", "0.0430"),
    ("2023-06-20", "0.0355", "0.0420"),
    ("2023-08-21", "0.0345", "0.0420"),
    ("2024-02-20", "0.0345", "0.0395"),
    ("2024-07-22", "0.0335", "0.0385"),
    ("2024-10-21", "0.0310", "0.0360"),
    ("2025-05-20", "0.0300", "0.0350"),
)


def record_lpr(session: Session, actor: Actor, tenor: str, effective_on: date, rate: Decimal,
               note: str = "") -> LprView:
    require(session, actor, "product.manage", entity_type="lpr", entity_id=f"{tenor}:{effective_on}")
    return _record_lpr(session, actor, tenor, effective_on, rate, note)


def _record_lpr(session: Session, actor: Actor, tenor: str, effective_on: date, rate: Decimal,
                note: str) -> LprView:
    if tenor not in LPR_TENORS:
        raise ServiceError("LPR 期限品种只能是 1y 或 5y。", field="tenor")
    if not Decimal("0.005") <= rate <= Decimal("0.15"):
        raise ServiceError("LPR 数值应在 0.5%–15% 之间（按小数填写，如 0.0310）。", field="rate")
    exists = session.scalar(select(LprRate).where(LprRate.tenor == tenor, LprRate.effective_on == effective_on))
    if exists is not None:
        raise ServiceError(f"{effective_on.isoformat()} 的{LPR_TENORS[tenor]}已登记。", field="effective_on")
    session.add(LprRate(tenor=tenor, effective_on=effective_on, rate=str(rate), note=note[:100]))
    audit.record(session, actor, "lpr.record", entity_type="lpr", entity_id=f"{tenor}:{effective_on}",
                 summary={"rate": str(rate), "note": note})
    return LprView(tenor, effective_on, rate, note)


def list_lpr(session: Session, actor: Actor) -> list[LprView]:
    require(session, actor, "product.view")
    rows = session.scalars(select(LprRate).order_by(LprRate.effective_on.desc(), LprRate.tenor))
    return [LprView(r.tenor, r.effective_on, Decimal(r.rate), r.note) for r in rows]


def lpr_on(session: Session, tenor: str, on: date) -> Decimal | None:
    """The LPR in force on ``on`` (the latest publication on or before that day)."""
    rate = session.scalar(select(LprRate.rate).where(LprRate.tenor == tenor, LprRate.effective_on <= on)
                          .order_by(LprRate.effective_on.desc()).limit(1))
    return None if rate is None else Decimal(rate)


def annual_rate_for(session: Session, terms: ProductTerms, on: date) -> Decimal:
    """The contract rate a version gives on ``on``: fixed, or LPR in force + spread."""
    if terms.rate_type == "fixed":
        assert terms.annual_rate is not None
        return terms.annual_rate
    base = lpr_on(session, terms.lpr_tenor, on)
    if base is None:
        raise ServiceError(f"没有 {on.isoformat()} 适用的{LPR_TENORS.get(terms.lpr_tenor, 'LPR')}数据，"
                           "无法确定利率。请先在系统管理中登记 LPR。")
    return base + Decimal(terms.spread_bp) / Decimal(10000)


def estimate_monthly_payment(amount: Decimal, annual_rate: Decimal, term_months: int, method: str,
                             *, start: date | None = None) -> Decimal:
    """Monthly debt service used for DTI: the first (largest) installment, or for a bullet/interest-only
    loan the total repaid spread evenly over the term (what the household must set aside)."""
    start = start or china_today()
    rows = build_schedule(amount, annual_rate, term_months, method, add_months(start, 1, start.day),
                          start_date=start)
    if method in ("bullet", "interest_only"):
        total = sum((r.payment for r in rows), Decimal(0))
        return (total / term_months).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
    return rows[0].payment


# --- default catalogue -----------------------------------------------------------------------------

def _checklist(code: str, name: str, items: Sequence[ChecklistItem]) -> Checklist:
    return Checklist(code, name, tuple(items))


def _group_checklist() -> Checklist:
    base = DEFAULT_CHECKLISTS["farmer_credit"]
    items = [*base.items, ChecklistItem(DocType.GUARANTOR, True, None,
                                        "联保协议及小组成员身份证、征信查询授权书")]
    return _checklist("farmer_group", "农户联保贷款", items)


def default_catalogue() -> list[tuple[str, ProductTerms]]:
    """A realistic RCC catalogue (domain-rules §3, §5, §6); head office replaces it later."""
    return [
        ("NH-XY", ProductTerms(
            name="农户小额信用贷款", product_type="农户小额信用贷款",
            description="凭贷款证发放的农户小额信用贷款，无需担保，额度按信用等级核定（银发〔2001〕397号）。",
            min_amount=Decimal(3000), max_amount=Decimal(100000), min_term_months=3, max_term_months=36,
            repayment_methods=("bullet", "interest_only", "equal_installment"), guarantee_types=("credit",),
            checklist=DEFAULT_CHECKLISTS["farmer_credit"], rate_type="lpr", lpr_tenor="1y", spread_bp=250,
            min_age=18, max_age=60, max_age_at_maturity=65, dti_limit=Decimal("0.55"),
        )),
        ("NH-LB", ProductTerms(
            name="农户联保贷款", product_type="农户联保贷款",
            description="联保小组成员相互承担连带责任保证，期限不超过一年（农户联保贷款指引，2004）。",
            min_amount=Decimal(10000), max_amount=Decimal(100000), min_term_months=3, max_term_months=12,
            repayment_methods=("bullet", "interest_only", "equal_installment"), guarantee_types=("group",),
            checklist=_group_checklist(), rate_type="lpr", lpr_tenor="1y", spread_bp=300,
            min_age=18, max_age=60, max_age_at_maturity=65, dti_limit=Decimal("0.55"),
        )),
        ("NH-SC", ProductTerms(
            name="农户生产经营贷款", product_type="农户生产经营贷款",
            description="种养殖及农产品加工的生产经营贷款，可保证、抵押（含土地经营权备案）。",
            min_amount=Decimal(50000), max_amount=Decimal(500000), min_term_months=6, max_term_months=60,
            repayment_methods=("equal_installment", "equal_principal", "interest_only"),
            guarantee_types=("guarantor", "mortgage"), checklist=DEFAULT_CHECKLISTS["guaranteed"],
            rate_type="lpr", lpr_tenor="1y", spread_bp=200, min_age=18, max_age=60, max_age_at_maturity=65,
            dti_limit=Decimal("0.60"),
        )),
        ("GR-JY", ProductTerms(
            name="个人经营贷款", product_type="个人经营贷款",
            description="个体工商户及小微企业主的经营周转贷款，期限一般不超过 5 年（个人贷款管理办法，2024）。",
            min_amount=Decimal(50000), max_amount=Decimal(500000), min_term_months=6, max_term_months=60,
            repayment_methods=("equal_installment", "equal_principal", "interest_only"),
            guarantee_types=("guarantor", "mortgage", "pledge"), checklist=DEFAULT_CHECKLISTS["business"],
            rate_type="lpr", lpr_tenor="1y", spread_bp=150, min_age=18, max_age=60, max_age_at_maturity=65,
            dti_limit=Decimal("0.60"),
        )),
        ("GR-XF", ProductTerms(
            name="个人消费贷款", product_type="个人消费贷款",
            description="装修、教育、医疗、购车等个人消费，受托支付为主，期限不超过 5 年。",
            min_amount=Decimal(10000), max_amount=Decimal(300000), min_term_months=6, max_term_months=60,
            repayment_methods=("equal_installment", "equal_principal"), guarantee_types=("credit", "guarantor"),
            checklist=DEFAULT_CHECKLISTS["personal"], rate_type="fixed", annual_rate=Decimal("0.0580"),
            min_age=22, max_age=55, max_age_at_maturity=60, dti_limit=Decimal("0.50"),
        )),
    ]


def seed_lpr_history(session: Session) -> int:
    """Insert the reference LPR table where missing; returns rows added. Idempotent."""
    added = 0
    have = {(r.tenor, r.effective_on) for r in session.scalars(select(LprRate))}
    for day, one, five in LPR_HISTORY:
        d = date.fromisoformat(day)
        for tenor, rate in (("1y", one), ("5y", five)):
            if (tenor, d) not in have:
                session.add(LprRate(tenor=tenor, effective_on=d, rate=rate, note="参考值，以全国银行间同业拆借中心公布为准"))
                added += 1
    session.flush()
    return added


def seed_default_products(session: Session) -> list[ProductView]:
    """First-run/demo catalogue and LPR table; skips product codes that exist. Audited as 系统."""
    seed_lpr_history(session)
    out: list[ProductView] = []
    for code, terms in default_catalogue():
        existing = session.scalar(select(LoanProduct).where(LoanProduct.code == code))
        if existing is not None:
            out.append(_product_view(session, existing))
            continue
        out.append(_create(session, SYSTEM, code, terms, "默认产品目录", date(2026, 1, 1)))
    return out

