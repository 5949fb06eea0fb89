"""Risk assessment (风险评估): scorecard + hard rules → a stored, explainable assessment.

The mapping from LoanDesk's customer and application fields onto the scorecard's
:class:`~loandesk.risk.features.ApplicantFeatures` lives here (``features_from``), in one pure
function, so the same code scores one application on screen and 100,000 in a batch.

Mapping (the German-credit-trained default pack reads LoanDesk fields through it):

=======================  ==========================================================================
feature                  LoanDesk source
=======================  ==========================================================================
account_balance_band     no account on file → none; current overdue on the credit report → negative;
                         bank-statement average monthly inflow ≥ 3,000 元 → high; otherwise low
term_months              application term
credit_history           current overdue or any overdue on the report → delayed; loans at other
                         institutions → critical (其他机构另有贷款); loans here → paid_duly;
                         report with no lenders → no_credit
purpose                  application purpose code
amount_yuan              application amount
savings_band             deposits: 0 → none, <1万 → low, <5万 → medium, <10万 → high, else very_high
employment_years         years employed (for farmers: years farming)
installment_burden_pct   this loan's monthly payment ÷ declared monthly income × 100
has_guarantor            guarantee type guarantor/联保, or a guarantor on the application
has_co_applicant         a co-borrower on the application
residence_years          years at the current address
property_type            real estate → real_estate; investments → insurance; vehicle or contracted
                         land → car_other; all recorded as none → none
age                      completed years on the assessment day
other_loans              loans at other institutions → bank, none recorded → none
housing                  own/mortgage → own, rent → rent, living with family → free
existing_credits_count   loans at this institution + this one
occupation               business owners, managers and farmers running their own farm → management
                         (self-employed); employees with a trade/office job → skilled; casual or
                         factory labour → unskilled; unemployed → unemployed_unskilled
dependants               dependants
has_phone                a mobile number on file
=======================  ==========================================================================

Sex, ethnicity and marital status are never read (``CustomerFacts`` does not even carry them):
protected attributes are no model inputs. Unknown values stay ``None`` and the pack scores them
in its most conservative bin, with a warning.
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from dataclasses import asdict, dataclass
from datetime import date, datetime
from decimal import ROUND_HALF_UP, Decimal
from functools import lru_cache
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from loandesk.domain.application_states import AppState, state_label
from loandesk.domain.masking import mask_id_number
from loandesk.domain.money import fen_to_yuan
from loandesk.domain.review_rules import RuleReport, RuleResult, dti_of, evaluate
from loandesk.domain.schedule import METHOD_LABELS
from loandesk.risk.features import FIELD_NAMES, ApplicantFeatures
from loandesk.risk.pack import BatchScores, PackError, ScorecardPack, load_pack
from loandesk.services import applications as apps
from loandesk.services import audit, products
from loandesk.services.context import Actor, NotFound, ServiceError, require
from loandesk.store.models.applications import Application, ApplicationParty, RiskAssessment
from loandesk.store.models.auth import Branch
from loandesk.store.models.base import utcnow

ASSESSABLE_STATES = (AppState.PENDING_ASSESSMENT, AppState.PENDING_APPROVAL, AppState.INVESTIGATION)
SUGGESTIONS = {"approve": "建议批准", "manual": "建议审慎审批", "decline": "建议拒绝"}
GRADE_LABELS = {"A": "A 低风险", "B": "B 较低风险", "C": "C 中等风险", "D": "D 较高风险", "E": "E 高风险"}
HIGH_INFLOW = Decimal(3000)


# --- the feature mapping (pure) ------------------------------------------------------------------

@dataclass(frozen=True)
class RiskInputs:
    """What the mapping needs about one application (plain values)."""

    customer: apps.CustomerFacts
    today: date
    amount: Decimal
    term_months: int
    purpose: str
    guarantee_type: str
    monthly_payment: Decimal | None
    statement_monthly_income: Decimal | None = None
    party_roles: tuple[str, ...] = ()


_SKILLED = ("教师", "医生", "护士", "公务员", "职员", "会计", "技术", "工程", "司机", "电工", "厨师", "村干部", "文员",
            "销售", "技师", "兽医", "农技")
_UNSKILLED = ("务工", "工人", "临时", "零工", "保洁", "搬运", "杂工", "学徒", "服务员")
_MANAGEMENT = ("经理", "主管", "负责人", "厂长", "老板", "店主", "个体", "经营", "法人")
_FARMING = ("种植", "养殖", "务农", "农户", "农民", "果农", "茶农", "渔民", "农场")
_NONE = ("无业", "待业", "失业")


def _any_re(words: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile("|".join(map(re.escape, words)))


_NONE_RE, _MANAGEMENT_RE, _SKILLED_RE, _UNSKILLED_RE, _FARMING_RE = (
    _any_re(w) for w in (_NONE, _MANAGEMENT, _SKILLED, _UNSKILLED, _FARMING))


@lru_cache(maxsize=4096)
def _occupation_of(kind: str, occupation: str, position: str, industry: str) -> str | None:
    text = f"{occupation} {position} {industry}"
    if _NONE_RE.search(text):
        return "unemployed_unskilled"
    if kind == "business" or _MANAGEMENT_RE.search(text):
        return "management"
    if _SKILLED_RE.search(text):
        return "skilled"
    if _UNSKILLED_RE.search(text):
        return "unskilled"
    if kind == "farmer" or _FARMING_RE.search(text):
        return "management"  # a farmer running the household's own farm is self-employed
    return None


def _credit_history(c: apps.CustomerFacts) -> str | None:
    if (c.credit_current_overdue or 0) > 0 or (c.credit_overdue_count or 0) > 0:
        return "delayed"
    if (c.loans_elsewhere_count or 0) > 0:
        return "critical"
    if (c.loans_here_count or 0) > 0:
        return "paid_duly"
    if c.credit_lender_count == 0 or (c.credit_report_date is not None and c.loans_here_count == 0
                                      and c.loans_elsewhere_count == 0):
        return "no_credit"
    return None


def _balance_band(c: apps.CustomerFacts, stmt: Decimal | None) -> str | None:
    if c.has_bank_account is False:
        return "none"
    if (c.credit_current_overdue or 0) > 0:
        return "negative"
    if stmt is not None and stmt >= HIGH_INFLOW:
        return "high"
    if c.has_bank_account or stmt is not None:
        return "low"
    return None


def _savings(deposits: Decimal | None) -> str | None:
    if deposits is None:
        return None
    if deposits <= 0:
        return "none"
    if deposits < 10000:
        return "low"
    if deposits < 50000:
        return "medium"
    if deposits < 100000:
        return "high"
    return "very_high"


def _property(c: apps.CustomerFacts) -> str | None:
    if (c.real_estate_count or 0) > 0:
        return "real_estate"
    if (c.investments or 0) > 0:
        return "insurance"
    if (c.vehicle_count or 0) > 0 or (c.land_area_mu or 0) > 0:
        return "car_other"
    if c.real_estate_count is not None and c.vehicle_count is not None:
        return "none"
    return None


_HOUSING = {"own": "own", "mortgage": "own", "rent": "rent", "family": "free"}


def _age(born: date | None, on: date) -> int | None:
    if born is None:
        return None
    return on.year - born.year - ((on.month, on.day) < (born.month, born.day))


def feature_values(inp: RiskInputs) -> tuple:
    """LoanDesk fields → scorecard feature values, in ``ApplicantFeatures`` field order.

    The one place the mapping is written (see the module docstring); ``features_from`` wraps it in
    the dataclass, the batch path turns it into columns without building 100,000 objects.
    """
    c = inp.customer
    income = c.monthly_income
    burden = None
    if income is not None and income > 0 and inp.monthly_payment is not None:
        burden = float(inp.monthly_payment) / float(income) * 100.0
    roles = inp.party_roles
    years = c.years_employed
    residence = c.current_address_years
    elsewhere = c.loans_elsewhere_count
    here = c.loans_here_count
    return (
        _balance_band(c, inp.statement_monthly_income),
        inp.term_months,
        _credit_history(c),
        inp.purpose or None,
        inp.amount,
        _savings(c.deposits),
        None if years is None else float(years),
        burden,
        inp.guarantee_type in ("guarantor", "group") or "guarantor" in roles or "group_member" in roles,
        "co_borrower" in roles,
        None if residence is None else float(residence),
        _property(c),
        _age(c.birth_date, inp.today),
        None if elsewhere is None else ("bank" if elsewhere > 0 else "none"),
        _HOUSING.get(c.housing_type),
        None if here is None else here + 1,
        _occupation_of(c.kind, c.occupation, c.position, c.industry),
        c.dependants,
        bool(c.mobile),
    )


def features_from(inp: RiskInputs) -> ApplicantFeatures:
    """LoanDesk fields → scorecard features (see the module docstring for the table)."""
    return ApplicantFeatures(*feature_values(inp))


def feature_columns(inputs: Sequence[RiskInputs]) -> dict[str, Sequence]:
    """The mapping for many applications at once, as field → column (what ``score_many`` takes)."""
    rows = [feature_values(i) for i in inputs]
    if not rows:
        return {name: () for name in FIELD_NAMES}
    return dict(zip(FIELD_NAMES, zip(*rows, strict=True), strict=True))


def score_batch(inputs: Sequence[RiskInputs], pack: ScorecardPack | None = None) -> BatchScores:
    """Vectorised scoring of many applications through the same mapping."""
    pack = pack or load_pack()
    return pack.score_many(feature_columns(inputs))


# --- decision suggestion -------------------------------------------------------------------------

def suggest(grade: str, hard: RuleReport) -> tuple[str, str]:
    """A suggestion for the approver; never a decision (PIPL art. 24: a person decides)."""
    # Rule titles state the condition to meet ("无多头借贷"), so a failed rule is named as "not met":
    # "命中硬规则：无多头借贷" read as the opposite of what the report found.
    if hard.blocking:
        return "decline", ("未通过硬规则：" + "；".join(f"{r.code}「{r.title}」" for r in hard.blocking)
                           + "。建议拒绝或待问题解决后重新申请。")
    if grade in ("A", "B"):
        if hard.warnings:
            return "manual", (f"评分等级 {grade}，但有 {len(hard.warnings)} 项风险提示需核实（未满足："
                              + "；".join(f"{r.code}「{r.title}」" for r in hard.warnings) + "）。")
        return "approve", f"评分等级 {grade}，硬规则全部通过，建议按申请条件批准。"
    if grade == "C":
        return "manual", "评分等级 C（中等风险），建议审慎审批，核实还款来源，必要时追加保证人。"
    if grade == "D":
        return "manual", "评分等级 D（较高风险），建议降低金额、缩短期限或追加担保后再审批。"
    return "decline", "评分等级 E（高风险），建议拒绝。"


# --- views ---------------------------------------------------------------------------------------

@dataclass(frozen=True)
class Contribution:
    field: str
    label: str
    bin_label: str
    points: int
    max_points: int
    min_points: int


@dataclass(frozen=True)
class Line:
    label: str
    value: str


@dataclass(frozen=True)
class AssessmentView:
    id: str
    application_id: str
    application_no: str
    state: str
    state_label: str
    seq: int
    assessed_by_name: str
    assessed_at: datetime
    pack_id: str
    pack_name: str
    score: int
    pd: float
    grade: str
    grade_label: str
    score_min: int
    score_max: int
    grade_bounds: tuple[tuple[str, int], ...]  # (grade, min score) for A..D
    contributions: tuple[Contribution, ...]
    reasons: tuple[str, ...]
    reason_codes: tuple[str, ...]
    warnings: tuple[str, ...]
    hard_rules: tuple[RuleResult, ...]
    hard_block: bool
    dti: Decimal | None
    dti_limit: Decimal
    suggestion: str
    suggestion_label: str
    suggestion_text: str
    rule_set_version: str
    credit_lines: tuple[Line, ...]
    debt_lines: tuple[Line, ...]
    application_lines: tuple[Line, ...]
    report_file_id: str | None
    inputs: dict


@dataclass(frozen=True)
class RiskRow:
    row: apps.ApplicationRow
    assessed: bool


def _pack_for(pack_id: str) -> ScorecardPack:
    try:
        pack = load_pack()
    except PackError as exc:
        raise ServiceError(str(exc)) from None
    if pack_id in ("default", pack.model_version):
        return pack
    raise ServiceError(f"产品指定的评分卡“{pack_id}”未安装，请联系系统管理员导入评分卡包。")


def _pack_shape(pack: ScorecardPack) -> tuple[dict[str, tuple[int, int]], int, int, tuple[tuple[str, int], ...]]:
    extremes = {}
    lo = hi = pack.base_points
    for f in pack.data["features"]:
        pts = [int(b["points"]) for b in f["bins"]]
        extremes[f["field"]] = (min(pts), max(pts))
        lo += min(pts)
        hi += max(pts)
    bounds = tuple((g["grade"], int(g["min_score"])) for g in pack.data["grades"] if g.get("min_score") is not None)
    return extremes, lo, hi, bounds


def _money(v: Decimal | None, unit: str = "元") -> str:
    return "未登记" if v is None else f"{v:,.2f} {unit}"


def _n(v: int | None, unit: str) -> str:
    return "未登记" if v is None else f"{v} {unit}"


def _credit_lines(c: apps.CustomerFacts) -> tuple[Line, ...]:
    return (
        Line("报告日期", c.credit_report_date.isoformat() if c.credit_report_date else "未录入"),
        Line("当前逾期金额", _money(c.credit_current_overdue)),
        Line("累计逾期次数", _n(c.credit_overdue_count, "次")),
        Line("最长逾期", _n(c.credit_overdue_max_months, "个月")),
        Line("近6个月查询", _n(c.credit_inquiries_6m, "次")),
        Line("授信机构数", _n(c.credit_lender_count, "家")),
    )


def _debt_lines(c: apps.CustomerFacts) -> tuple[Line, ...]:
    return (
        Line("本行贷款", f"{_n(c.loans_here_count, '笔')}，余额 {_money(c.loans_here_balance)}"),
        Line("他行贷款", f"{_n(c.loans_elsewhere_count, '笔')}，余额 {_money(c.loans_elsewhere_balance)}"),
        Line("现有月还款", _money(c.monthly_repayment)),
        Line("申报月收入", _money(c.monthly_income)),
    )


def _load(session: Session, app: Application, today: date) -> tuple[RiskInputs, apps.CustomerFacts]:
    c = apps.customer_facts(session, app.customer_id)
    roles = tuple(session.scalars(select(ApplicationParty.role).where(ApplicationParty.application_id == app.id)))
    inp = RiskInputs(customer=c, today=today, amount=fen_to_yuan(app.amount_fen), term_months=app.term_months,
                     purpose=app.purpose, guarantee_type=app.guarantee_type,
                     monthly_payment=fen_to_yuan(app.est_monthly_payment_fen),
                     statement_monthly_income=None if app.statement_monthly_income_fen is None
                     else fen_to_yuan(app.statement_monthly_income_fen), party_roles=roles)
    return inp, c


def _features_dict(f: ApplicantFeatures) -> dict[str, Any]:
    return {k: (str(v) if isinstance(v, Decimal) else v) for k, v in asdict(f).items()}


def _view(session: Session, r: RiskAssessment, app: Application, *, customer: apps.CustomerFacts | None = None,
          version: products.ProductVersionView | None = None) -> AssessmentView:
    pack = _pack_for(r.pack_id)
    extremes, lo, hi, bounds = _pack_shape(pack)
    version = version or products.version_view(session, app.product_version_id)
    inputs = json.loads(r.inputs or "{}")
    c = customer or apps.customer_facts(session, app.customer_id)
    contributions = tuple(
        Contribution(f, label, bin_label, int(points), extremes.get(f, (0, 0))[1], extremes.get(f, (0, 0))[0])
        for f, label, bin_label, points in json.loads(r.contributions))
    hard = tuple(RuleResult.from_dict(d) for d in json.loads(r.hard_rules or "[]"))
    app_lines = (
        Line("申请编号", app.application_no),
        Line("客户", f"{c.name}（{mask_id_number(c.id_number)}）"),
        Line("产品", f"{version.name}（第 {version.version_no} 版）"),
        Line("金额/期限", f"{fen_to_yuan(app.amount_fen):,.2f} 元 / {app.term_months} 个月"),
        Line("还款方式", METHOD_LABELS.get(app.repayment_method, app.repayment_method)),
        Line("担保方式", apps.GUARANTEE_LABELS.get(app.guarantee_type, app.guarantee_type)),
        Line("用途", apps.PURPOSE_LABELS.get(app.purpose, app.purpose)),
        Line("本笔月供（估算）", _money(fen_to_yuan(app.est_monthly_payment_fen))),
    )
    return AssessmentView(
        id=r.id, application_id=app.id, application_no=app.application_no, state=app.state,
        state_label=state_label(app.state), seq=r.seq, assessed_by_name=r.assessed_by_name,
        assessed_at=r.assessed_at, pack_id=r.pack_id, pack_name=str(pack.data.get("name", r.pack_id)),
        score=r.score, pd=r.pd, grade=r.grade, grade_label=GRADE_LABELS.get(r.grade, r.grade), score_min=lo,
        score_max=hi, grade_bounds=bounds, contributions=contributions, reasons=tuple(json.loads(r.reasons)),
        reason_codes=tuple(json.loads(r.reason_codes)), warnings=tuple(json.loads(r.warnings)), hard_rules=hard,
        hard_block=r.hard_block, dti=Decimal(r.dti) if r.dti else None, dti_limit=version.terms.dti_limit,
        suggestion=r.suggestion, suggestion_label=SUGGESTIONS.get(r.suggestion, r.suggestion),
        suggestion_text=r.suggestion_text, rule_set_version=r.rule_set_version, credit_lines=_credit_lines(c),
        debt_lines=_debt_lines(c), application_lines=app_lines, report_file_id=r.report_file_id, inputs=inputs,
    )


# --- service calls -------------------------------------------------------------------------------

def assess(session: Session, actor: Actor, app_id: str, *, today: date | None = None) -> AssessmentView:
    """Score the application with its product's pack, run the hard rules, store the assessment."""
    require(session, actor, "risk.assess", entity_type="application", entity_id=app_id)
    app = session.get(Application, app_id)
    if app is None:
        raise NotFound("贷款申请不存在。")
    if app.state not in ASSESSABLE_STATES:
        raise ServiceError(f"申请处于“{state_label(app.state)}”状态，不能进行风险评估"
                           "（须先通过资料审核）。")
    if app.created_by == actor.user_id:
        raise ServiceError("四眼原则：您是本笔申请的录入人，不能评估自己录入的申请。")
    today = today or apps.china_today()
    version = products.version_view(session, app.product_version_id)
    pack = _pack_for(version.terms.scorecard_pack_id)
    inp, c = _load(session, app, today)
    features = features_from(inp)
    result = pack.score(features)
    rule_set = apps.active_rule_set(session, version.terms.rule_set_id)
    snap = apps.build_snapshot(session, app, today, customer=c, version=version)
    hard = evaluate(rule_set, snap, categories=("risk",))
    code, text = suggest(result.grade, hard)
    dti = dti_of(snap)
    seq = (session.scalar(select(func.max(RiskAssessment.seq)).where(RiskAssessment.application_id == app.id))
           or 0) + 1
    r = RiskAssessment(
        application_id=app.id, seq=seq, assessed_by=actor.user_id, assessed_by_name=actor.display_name
        or actor.username, assessed_at=utcnow(), pack_id=pack.model_version, score=result.score, pd=result.pd,
        grade=result.grade, contributions=json.dumps([list(x) for x in result.contributions], ensure_ascii=False),
        reasons=json.dumps(result.reasons, ensure_ascii=False),
        reason_codes=json.dumps(result.reason_codes, ensure_ascii=False),
        warnings=json.dumps(result.warnings, ensure_ascii=False),
        hard_rules=json.dumps(hard.to_list(), ensure_ascii=False), hard_block=bool(hard.blocking),
        rule_set_version=f"{rule_set.rule_set_id}@{rule_set.version}",
        dti="" if dti is None else str(dti.quantize(Decimal("0.0001"), rounding=ROUND_HALF_UP)),
        suggestion=code, suggestion_text=text,
        inputs=json.dumps({"features": _features_dict(features), "today": today.isoformat(),
                           "product_version_id": version.id}, ensure_ascii=False, default=str),
    )
    session.add(r)
    session.flush()
    summary = {"application_no": app.application_no, "seq": seq, "pack": pack.model_version, "score": result.score,
               "pd": round(result.pd, 4), "grade": result.grade, "hard_block": bool(hard.blocking),
               "suggestion": code}
    apps._add_event(session, actor, app, "assess", app.state, app.state, text, summary)
    audit.record(session, actor, "risk.assess", entity_type="application", entity_id=app.id, summary=summary)
    audit.outbox(session, "risk_assessment", r.id, {**summary, "application_id": app.id,
                                                    "reason_codes": result.reason_codes})
    return _view(session, r, app, customer=c, version=version)


def latest_assessment(session: Session, actor: Actor, app_id: str) -> AssessmentView | None:
    require(session, actor, "risk.view", entity_type="application", entity_id=app_id)
    app = session.get(Application, app_id)
    if app is None:
        raise NotFound("贷款申请不存在。")
    r = session.scalar(select(RiskAssessment).where(RiskAssessment.application_id == app_id)
                       .order_by(RiskAssessment.seq.desc()).limit(1))
    return None if r is None else _view(session, r, app)


def get_assessment(session: Session, actor: Actor, assessment_id: str) -> AssessmentView:
    r = session.get(RiskAssessment, assessment_id)
    if r is None:
        raise NotFound("评估记录不存在。")
    require(session, actor, "risk.view", entity_type="application", entity_id=r.application_id)
    app = session.get(Application, r.application_id)
    assert app is not None
    return _view(session, r, app)


def assessment_history(session: Session, actor: Actor, app_id: str) -> list[tuple[str, int, int, str, datetime]]:
    """(id, seq, score, grade, at) of every assessment, oldest first."""
    require(session, actor, "risk.view", entity_type="application", entity_id=app_id)
    rows = session.execute(select(RiskAssessment.id, RiskAssessment.seq, RiskAssessment.score, RiskAssessment.grade,
                                  RiskAssessment.assessed_at).where(RiskAssessment.application_id == app_id)
                           .order_by(RiskAssessment.seq))
    return [tuple(r) for r in rows]  # type: ignore[misc]


RISK_STATES = (AppState.PENDING_ASSESSMENT, AppState.PENDING_APPROVAL, AppState.INVESTIGATION, AppState.APPROVED,
               AppState.REJECTED, AppState.SIGNED, AppState.DISBURSED)


def list_for_risk(session: Session, actor: Actor, *, states: Sequence[str] | None = None, text: str = "",
                  product_id: str | None = None, offset: int = 0, limit: int = 200) -> apps.QueuePage:
    """Applications awaiting assessment and after it (with their latest score)."""
    require(session, actor, "risk.view")
    flt = apps.QueueFilter(states=tuple(states or (s.value for s in RISK_STATES)), text=text, product_id=product_id)
    return apps.list_applications(session, actor, flt, offset=offset, limit=limit)


# --- the PDF report ------------------------------------------------------------------------------

def risk_report_data(session: Session, actor: Actor, assessment_id: str) -> Any:
    """The frozen input of the one-page risk report (render it off the DB thread)."""
    from loandesk.documents.risk_report import RiskReportData

    v = get_assessment(session, actor, assessment_id)
    branch = session.scalar(select(Branch).limit(1))
    return RiskReportData(
        branch_name=branch.name if branch else "", application_no=v.application_no,
        application_lines=tuple((x.label, x.value) for x in v.application_lines),
        score=v.score, pd=v.pd, grade=v.grade, grade_label=v.grade_label, score_min=v.score_min,
        score_max=v.score_max, grade_bounds=v.grade_bounds,
        contributions=tuple((c.label, c.bin_label, c.points, c.max_points) for c in v.contributions),
        reasons=v.reasons,
        hard_rules=tuple((r.code, r.title, r.outcome_label, r.severity_label, r.message) for r in v.hard_rules),
        credit_lines=tuple((x.label, x.value) for x in v.credit_lines),
        debt_lines=tuple((x.label, x.value) for x in v.debt_lines),
        dti_text=("未能计算（缺少收入）" if v.dti is None
                  else f"{v.dti * 100:.1f}%（上限 {v.dti_limit * 100:.0f}%）"),
        suggestion_label=v.suggestion_label, suggestion_text=v.suggestion_text,
        pack_label=f"{v.pack_name}（{v.pack_id}）", rule_set_label=v.rule_set_version,
        assessed_by=v.assessed_by_name, assessed_at=v.assessed_at, warnings=v.warnings,
    )


def render_risk_report(data: Any) -> bytes:
    """CPU only (no session): safe on a worker thread."""
    from loandesk.documents.risk_report import render_risk_report_pdf

    return render_risk_report_pdf(data)


def attach_risk_report(session: Session, actor: Actor, assessment_id: str, pdf: bytes, *,
                       blobs: Any) -> apps.FileView:
    """Keep the rendered report with the application and link it to the assessment (audited)."""
    require(session, actor, "risk.view", entity_type="risk_assessment", entity_id=assessment_id)
    r = session.get(RiskAssessment, assessment_id)
    if r is None:
        raise NotFound("评估记录不存在。")
    app = session.get(Application, r.application_id)
    assert app is not None
    f = apps.store_file(session, actor, app.id, "risk_report",
                        f"风险评估报告 {app.application_no} 第{r.seq}次", pdf, blobs=blobs)
    r.report_file_id = f.id
    return f


def export_risk_report(session: Session, actor: Actor, assessment_id: str, *, blobs: Any) -> tuple[Any, bytes]:
    """All in one (tests, CLI): render, attach, return (FileView, pdf bytes)."""
    data = risk_report_data(session, actor, assessment_id)
    pdf = render_risk_report(data)
    return attach_risk_report(session, actor, assessment_id, pdf, blobs=blobs), pdf
