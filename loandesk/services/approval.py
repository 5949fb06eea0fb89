"""Loan approval (贷款审批): the approver's case file, decisions, authority limits and escalation.

Rules, in the order ``decide`` checks them:

* Permission ``loan.approve``; the application must be 待审批.
* Maker-checker: nobody decides on an application they entered, or reviewed (any review round).
  Nobody gives two opinions in the same approval round either.
* A mandatory written opinion (意见), at least ``MIN_OPINION`` characters.
* The approver may approve a lower amount and/or a shorter term, never more; the result must stay
  within the product version the application was made under.
* Authority (授权额度, ``users.approval_limit_fen``): approving an amount above one's own limit
  is recorded as a *recommendation* (建议批准, ``recommend``) and the case escalates to the next
  level. The next level must have a higher limit than everyone who recommended before it in this
  round. Refusing (拒绝) and sending back for investigation (需进一步调查) commit no funds, so
  every approver may do that within their role.
* Decisions are append-only rows (``approval_decisions``): the ORM refuses updates and SQLite
  triggers refuse UPDATE/DELETE, so an opinion can never be edited afterwards. Every decision is
  audited and queued for head office in the same transaction.

The case view gathers what the approver must see: the application, review result, risk
assessment, documents and the decision history. Names and ID numbers are masked here; only the
contract prints them in full.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import UTC, date, datetime
from decimal import Decimal, InvalidOperation
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from loandesk.domain.application_states import (
    AppAction,
    AppState,
    state_label,
)
from loandesk.domain.masking import mask_id_number, mask_name
from loandesk.domain.money import fen_to_yuan, format_yuan, yuan_to_fen
from loandesk.domain.schedule import METHOD_LABELS
from loandesk.services import audit
from loandesk.services.context import Actor, NotFound, ServiceError, can, require
from loandesk.store.models.applications import (
    Application,
    ApplicationParty,
    LoanProduct,
    ProductVersion,
    ReviewResult,
    RiskAssessment,
)
from loandesk.store.models.auth import User
from loandesk.store.models.base import utcnow
from loandesk.store.models.customers import Customer
from loandesk.store.models.documents import Document
from loandesk.store.models.loans import ApprovalDecision

MIN_OPINION = 4
MAX_OPINION = 1000

DECISION_LABELS: dict[str, str] = {
    "approve": "批准",
    "reject": "拒绝",
    "investigate": "需进一步调查",
    "recommend": "建议批准（超授权，报上级审批）",
}
CHOICES = ("approve", "reject", "investigate")  # what an approver picks; recommend is derived
GUARANTEE_LABELS: dict[str, str] = {
    "credit": "信用",
    "guarantor": "保证（连带责任保证）",
    "mortgage": "抵押",
    "pledge": "质押",
    "group": "农户联保（连带责任保证）",
}
SUGGESTION_LABELS = {"approve": "建议通过", "manual": "建议人工审慎审批", "decline": "建议拒绝"}
REVIEW_LABELS = {"pass": "审核通过", "supplement": "退回补件", "reject": "审核拒绝"}


# --- views -----------------------------------------------------------------------------------------

@dataclass(frozen=True)
class DecisionView:
    id: str
    seq: int
    round: int
    level: int
    decision: str
    decision_label: str
    opinion: str
    amount: Decimal
    term_months: int
    requested_amount: Decimal
    requested_term_months: int
    approver_name: str
    approver_limit: Decimal
    decided_at: datetime

    @property
    def reduced(self) -> bool:
        return self.amount < self.requested_amount or self.term_months < self.requested_term_months


@dataclass(frozen=True)
class Authority:
    """What the acting approver may do on this case right now, and why not."""

    limit: Decimal  # 授权额度 of the actor
    level: int  # the level the next decision will be recorded at
    may_decide: bool
    within_limit: bool  # the requested amount is within the actor's limit
    reasons: tuple[str, ...]  # Chinese; empty when may_decide
    needs_above: Decimal | None  # escalated: the next approver's limit must exceed this

    @property
    def reason_text(self) -> str:
        return "；".join(self.reasons)


@dataclass(frozen=True)
class QueueItem:
    application_id: str
    application_no: str
    customer_name: str  # masked
    product_name: str
    amount: Decimal
    term_months: int
    method_label: str
    guarantee_label: str
    waiting_since: datetime
    level: int
    risk_grade: str
    risk_suggestion: str
    last_opinion: str  # the previous level's recommendation, if escalated
    may_decide: bool
    reason: str


@dataclass(frozen=True)
class ApplicationSummary:
    id: str
    application_no: str
    state: str
    state_label: str
    customer_id: str
    customer_no: str
    customer_name: str  # masked
    customer_id_number: str  # masked
    product_name: str
    product_type: str
    product_version_no: int
    product_version_id: str
    amount: Decimal
    term_months: int
    min_amount: Decimal  # product version range, for a lower approved amount
    min_term_months: int
    repayment_method: str
    method_label: str
    guarantee_type: str
    guarantee_label: str
    annual_rate: Decimal
    purpose: str
    parties: tuple[tuple[str, str, str], ...]  # (role label, masked name, relation)
    entered_by: str
    submitted_at: datetime | None


@dataclass(frozen=True)
class ReviewSummary:
    round: int
    decision: str
    decision_label: str
    reviewer_name: str
    at: datetime
    comment: str
    blocking: int
    warnings: int
    findings: tuple[tuple[str, str, str], ...]  # (severity label, title, message) of non-passed rules


@dataclass(frozen=True)
class RiskSummary:
    score: int
    pd: float
    grade: str
    suggestion: str
    suggestion_label: str
    suggestion_text: str
    reasons: tuple[str, ...]
    hard_block: bool
    hard_rules: tuple[tuple[str, str], ...]  # (title, message) of failed hard rules
    dti: Decimal | None
    assessed_by: str
    assessed_at: datetime
    pack_id: str
    contributions: tuple[tuple[str, float], ...]  # (label, points), largest first


@dataclass(frozen=True)
class DocumentItem:
    id: str
    doc_type: str
    label: str
    original_name: str
    pages: int
    uploaded_at: datetime
    valid_until: date | None


@dataclass(frozen=True)
class ApprovalCase:
    application: ApplicationSummary
    review: ReviewSummary | None
    risk: RiskSummary | None
    documents: tuple[DocumentItem, ...]
    history: tuple[DecisionView, ...]
    authority: Authority
    round: int


@dataclass(frozen=True)
class DecisionResult:
    decision: DecisionView
    state: str
    state_label: str
    escalated: bool
    message: str  # Chinese summary for the status bar


# --- helpers ---------------------------------------------------------------------------------------

def _get_app(session: Session, application_id: str) -> Application:
    app = session.get(Application, application_id)
    if app is None:
        raise NotFound("贷款申请不存在。")
    return app


def _user(session: Session, user_id: str) -> User | None:
    return session.get(User, user_id) if user_id else None


def _decisions(session: Session, application_id: str) -> list[ApprovalDecision]:
    return list(session.scalars(select(ApprovalDecision).where(ApprovalDecision.application_id == application_id)
                                .order_by(ApprovalDecision.seq)))


def _round_of(rows: list[ApprovalDecision]) -> int:
    """The current round: one more than the number of 需进一步调查 decisions so far."""
    return 1 + sum(1 for r in rows if r.decision == "investigate")


def _current_recommendations(rows: list[ApprovalDecision]) -> list[ApprovalDecision]:
    current = _round_of(rows)
    return [r for r in rows if r.round == current and r.decision == "recommend"]


def _view(r: ApprovalDecision) -> DecisionView:
    return DecisionView(
        id=r.id, seq=r.seq, round=r.round, level=r.level, decision=r.decision,
        decision_label=DECISION_LABELS.get(r.decision, r.decision), opinion=r.opinion,
        amount=fen_to_yuan(r.amount_fen), term_months=r.term_months,
        requested_amount=fen_to_yuan(r.requested_amount_fen), requested_term_months=r.requested_term_months,
        approver_name=r.approver_name, approver_limit=fen_to_yuan(r.approver_limit_fen), decided_at=r.decided_at,
    )


def _reviewers(session: Session, application_id: str) -> set[str]:
    ids = set(session.scalars(select(ReviewResult.reviewer_id).where(ReviewResult.application_id == application_id)))
    app = session.get(Application, application_id)
    if app is not None and app.reviewed_by:
        ids.add(app.reviewed_by)
    return ids


def authority_for(session: Session, actor: Actor, app: Application,
                  rows: list[ApprovalDecision] | None = None) -> Authority:
    """Whether ``actor`` may decide on ``app`` now (maker-checker, round, escalation level)."""
    rows = _decisions(session, app.id) if rows is None else rows
    user = _user(session, actor.user_id)
    limit_fen = user.approval_limit_fen if user is not None else 0
    recs = _current_recommendations(rows)
    level = len(recs) + 1
    reasons: list[str] = []
    if user is None or not user.active or not can(session, actor, "loan.approve"):
        reasons.append("您没有贷款审批权限")
    if app.state != AppState.PENDING_APPROVAL:
        reasons.append(f"申请当前状态为“{state_label(app.state)}”，不在待审批状态")
    if app.created_by == actor.user_id:
        reasons.append("本申请由您录入，按审贷分离（双人复核）原则不能由您审批")
    if actor.user_id in _reviewers(session, app.id):
        reasons.append("本申请由您审核，按审贷分离（双人复核）原则不能由您审批")
    current = _round_of(rows)
    if any(r.approver_id == actor.user_id and r.round == current for r in rows):
        reasons.append("您已在本轮审批中签署过意见，需由其他审批人（上一级）决定")
    needs_above: Decimal | None = None
    if recs:
        top = max(r.approver_limit_fen for r in recs)
        needs_above = fen_to_yuan(top)
        if limit_fen <= top:
            reasons.append(f"本申请已报上级审批，需授权额度高于 {format_yuan(needs_above)} 的审批人决定")
    return Authority(
        limit=fen_to_yuan(limit_fen), level=level, may_decide=not reasons,
        within_limit=app.amount_fen <= limit_fen, reasons=tuple(dict.fromkeys(reasons)), needs_above=needs_above,
    )


def _purpose_text(app: Application) -> str:
    from loandesk.risk.features import FIELD_BY_NAME

    labels = dict(FIELD_BY_NAME["purpose"].categories or ())
    base = labels.get(app.purpose, app.purpose)
    detail = (app.purpose_detail or "").strip()
    return detail if detail else base


_PARTY_ROLES = {"guarantor": "保证人", "group_member": "联保小组成员", "co_borrower": "共同借款人"}


def _summary(session: Session, app: Application) -> ApplicationSummary:
    customer = session.get(Customer, app.customer_id)
    version = session.get(ProductVersion, app.product_version_id)
    creator = _user(session, app.created_by)
    parties = session.scalars(select(ApplicationParty).where(ApplicationParty.application_id == app.id)
                              .order_by(ApplicationParty.position))
    return ApplicationSummary(
        id=app.id, application_no=app.application_no, state=app.state, state_label=state_label(app.state),
        customer_id=app.customer_id, customer_no=customer.customer_no if customer else "",
        customer_name=mask_name(customer.name) if customer else "",
        customer_id_number=mask_id_number(customer.id_number) if customer else "",
        product_name=version.name if version else "", product_type=version.product_type if version else "",
        product_version_no=version.version_no if version else 0, product_version_id=app.product_version_id,
        amount=fen_to_yuan(app.amount_fen), term_months=app.term_months,
        min_amount=fen_to_yuan(version.min_amount_fen) if version else Decimal("0.01"),
        min_term_months=version.min_term_months if version else 1,
        repayment_method=app.repayment_method, method_label=METHOD_LABELS.get(app.repayment_method, app.repayment_method),
        guarantee_type=app.guarantee_type, guarantee_label=GUARANTEE_LABELS.get(app.guarantee_type, app.guarantee_type),
        annual_rate=_decimal(app.annual_rate) or Decimal(0), purpose=_purpose_text(app),
        parties=tuple((_PARTY_ROLES.get(p.role, p.role), mask_name(p.name), p.relation) for p in parties),
        entered_by=(creator.display_name or creator.username) if creator else "", submitted_at=app.submitted_at,
    )


def _decimal(text: str | None) -> Decimal | None:
    if not text:
        return None
    try:
        return Decimal(text)
    except InvalidOperation:
        return None


def _json(text: str | None, default: Any) -> Any:
    try:
        return json.loads(text) if text else default
    except ValueError:
        return default


_SEVERITY = {"block": "阻断", "warn": "提示", "info": "信息"}


def _review(session: Session, app: Application) -> ReviewSummary | None:
    r = session.scalar(select(ReviewResult).where(ReviewResult.application_id == app.id)
                       .order_by(ReviewResult.round.desc(), ReviewResult.at.desc()).limit(1))
    if r is None:
        return None
    findings = []
    for item in _json(r.results, []):
        if not isinstance(item, Mapping) or item.get("outcome") in ("pass", "passed", "ok", "na", "not_applicable"):
            continue
        findings.append((_SEVERITY.get(str(item.get("severity")), str(item.get("severity", ""))),
                         str(item.get("title", item.get("code", ""))), str(item.get("message", ""))))
    return ReviewSummary(
        round=r.round, decision=r.decision, decision_label=REVIEW_LABELS.get(r.decision, r.decision),
        reviewer_name=r.reviewer_name, at=r.at, comment=r.comment, blocking=r.blocking_count,
        warnings=r.warning_count, findings=tuple(findings),
    )


def _risk(session: Session, app: Application) -> RiskSummary | None:
    r = session.scalar(select(RiskAssessment).where(RiskAssessment.application_id == app.id)
                       .order_by(RiskAssessment.seq.desc()).limit(1))
    if r is None:
        return None
    hard = []
    for item in _json(r.hard_rules, []):
        if isinstance(item, Mapping) and item.get("outcome") not in ("pass", "passed", "ok", "na", "not_applicable"):
            hard.append((str(item.get("title", item.get("code", ""))), str(item.get("message", ""))))
    contributions = []
    for item in _json(r.contributions, []):
        try:
            label, points = (item[1], float(item[3])) if isinstance(item, list) else (item["label"], float(item["points"]))
        except (KeyError, IndexError, TypeError, ValueError):
            continue
        contributions.append((str(label), points))
    contributions.sort(key=lambda c: -abs(c[1]))
    reasons = tuple(str(x) if not isinstance(x, Mapping) else str(x.get("text", x.get("message", "")))
                    for x in _json(r.reasons, []))
    return RiskSummary(
        score=r.score, pd=r.pd, grade=r.grade, suggestion=r.suggestion,
        suggestion_label=SUGGESTION_LABELS.get(r.suggestion, r.suggestion), suggestion_text=r.suggestion_text,
        reasons=reasons, hard_block=r.hard_block, hard_rules=tuple(hard), dti=_decimal(r.dti),
        assessed_by=r.assessed_by_name, assessed_at=r.assessed_at, pack_id=r.pack_id,
        contributions=tuple(contributions),
    )


def _documents(session: Session, customer_id: str) -> tuple[DocumentItem, ...]:
    from loandesk.domain.documents import DOC_TYPE_LABELS, DocType

    rows = session.scalars(select(Document).where(Document.customer_id == customer_id, Document.status == "active")
                           .order_by(Document.doc_type, Document.uploaded_at.desc()))
    out = []
    for d in rows:
        try:
            label = DOC_TYPE_LABELS[DocType(d.doc_type)]
        except ValueError:
            label = d.doc_type
        out.append(DocumentItem(d.id, d.doc_type, label, d.original_name, d.pages, d.uploaded_at, d.valid_until))
    return tuple(out)


def _risk_snapshot(risk: RiskSummary | None) -> str:
    if risk is None:
        return "{}"
    return json.dumps({"score": risk.score, "pd": risk.pd, "grade": risk.grade, "suggestion": risk.suggestion,
                       "hard_block": risk.hard_block, "pack_id": risk.pack_id,
                       "assessed_at": risk.assessed_at.isoformat()}, ensure_ascii=False)


def _move(session: Session, actor: Actor, app: Application, action: AppAction, comment: str,
          details: Mapping[str, Any]) -> None:
    """Apply a state-machine transition through the applications service (event, audit, outbox)."""
    from loandesk.services import applications

    applications.apply_transition(session, actor, app.id, action, comment=comment, details=dict(details))


# --- queries ---------------------------------------------------------------------------------------

def approval_queue(session: Session, actor: Actor) -> list[QueueItem]:
    """Applications awaiting approval, oldest first, each marked whether ``actor`` may decide."""
    require(session, actor, "loan.approve")
    apps = list(session.scalars(select(Application).where(Application.state == AppState.PENDING_APPROVAL)
                                .order_by(Application.state_changed_at, Application.application_no)))
    out: list[QueueItem] = []
    for app in apps:
        rows = _decisions(session, app.id)
        auth = authority_for(session, actor, app, rows)
        recs = _current_recommendations(rows)
        summary = _summary(session, app)
        risk = session.execute(select(RiskAssessment.grade, RiskAssessment.suggestion)
                               .where(RiskAssessment.application_id == app.id)
                               .order_by(RiskAssessment.seq.desc()).limit(1)).first()
        out.append(QueueItem(
            application_id=app.id, application_no=app.application_no, customer_name=summary.customer_name,
            product_name=summary.product_name, amount=summary.amount, term_months=app.term_months,
            method_label=summary.method_label, guarantee_label=summary.guarantee_label,
            waiting_since=app.state_changed_at, level=auth.level, risk_grade=risk[0] if risk else "",
            risk_suggestion=SUGGESTION_LABELS.get(risk[1], risk[1]) if risk else "未评估",
            last_opinion=recs[-1].opinion if recs else "", may_decide=auth.may_decide, reason=auth.reason_text,
        ))
    return out


def approval_case(session: Session, actor: Actor, application_id: str) -> ApprovalCase:
    """Everything the approver sees for one application (masked; contract prints unmasked)."""
    if not (can(session, actor, "loan.approve") or can(session, actor, "contract.view")):
        require(session, actor, "loan.approve", entity_type="application", entity_id=application_id)
    app = _get_app(session, application_id)
    rows = _decisions(session, app.id)
    return ApprovalCase(
        application=_summary(session, app), review=_review(session, app), risk=_risk(session, app),
        documents=_documents(session, app.customer_id), history=tuple(_view(r) for r in rows),
        authority=authority_for(session, actor, app, rows), round=_round_of(rows),
    )


def decision_history(session: Session, actor: Actor, application_id: str) -> list[DecisionView]:
    require(session, actor, "application.view", entity_type="application", entity_id=application_id)
    _get_app(session, application_id)
    return [_view(r) for r in _decisions(session, application_id)]


def final_approval(session: Session, application_id: str) -> ApprovalDecision | None:
    """Internal: the decision that approved the application (the latest ``approve``), if any."""
    return session.scalar(select(ApprovalDecision).where(ApprovalDecision.application_id == application_id,
                                                         ApprovalDecision.decision == "approve")
                          .order_by(ApprovalDecision.seq.desc()).limit(1))


# --- the decision ----------------------------------------------------------------------------------

def _clean_opinion(opinion: str) -> str:
    text = " ".join((opinion or "").split()) if "\n" not in (opinion or "") else (opinion or "").strip()
    if len(text.strip()) < MIN_OPINION:
        raise ServiceError(f"请填写审批意见（至少 {MIN_OPINION} 个字），说明决定的理由。", field="opinion")
    if len(text) > MAX_OPINION:
        raise ServiceError(f"审批意见不能超过 {MAX_OPINION} 字。", field="opinion")
    return text


def decide(session: Session, actor: Actor, application_id: str, decision: str, opinion: str, *,
           amount: Decimal | None = None, term_months: int | None = None) -> DecisionResult:
    """Record one approver's decision; escalates above the approver's authority limit.

    ``amount`` / ``term_months`` default to what was applied for; lower values approve less.
    """
    require(session, actor, "loan.approve", entity_type="application", entity_id=application_id)
    if decision not in CHOICES:
        raise ServiceError("请选择审批结论：批准、拒绝或需进一步调查。", field="decision")
    app = _get_app(session, application_id)
    rows = _decisions(session, app.id)
    auth = authority_for(session, actor, app, rows)
    if not auth.may_decide:
        # Like a permission denial: the refused attempt is kept (committed on its own), then raised.
        reasons = list(auth.reasons)
        session.rollback()
        audit.record(session, actor, "approval.refused", entity_type="application", entity_id=application_id,
                     summary={"decision": decision, "reasons": reasons}, outcome="denied")
        session.commit()
        raise ServiceError("不能审批：" + "；".join(reasons) + "。")
    text = _clean_opinion(opinion)

    amount_fen = app.amount_fen if amount is None else _amount_fen(amount)
    term = app.term_months if term_months is None else term_months
    version = session.get(ProductVersion, app.product_version_id)
    if decision == "approve":
        if amount_fen > app.amount_fen:
            raise ServiceError(f"批准金额不能高于申请金额 {format_yuan(fen_to_yuan(app.amount_fen))}。", field="amount")
        if amount_fen <= 0:
            raise ServiceError("批准金额必须大于零。", field="amount")
        if version is not None and amount_fen < version.min_amount_fen:
            raise ServiceError(f"批准金额低于产品最低金额 {format_yuan(fen_to_yuan(version.min_amount_fen))}。",
                               field="amount")
        if not isinstance(term, int) or isinstance(term, bool) or term < 1:
            raise ServiceError("批准期限必须是正整数（月）。", field="term_months")
        if term > app.term_months:
            raise ServiceError(f"批准期限不能长于申请期限 {app.term_months} 个月。", field="term_months")
        if version is not None and term < version.min_term_months:
            raise ServiceError(f"批准期限短于产品最短期限 {version.min_term_months} 个月。", field="term_months")
    else:
        amount_fen, term = app.amount_fen, app.term_months

    user = _user(session, actor.user_id)
    assert user is not None  # authority_for refused otherwise
    recorded = decision
    if decision == "approve" and amount_fen > user.approval_limit_fen:
        recorded = "recommend"
    current_round = _round_of(rows)
    risk = _risk(session, app)
    row = ApprovalDecision(
        application_id=app.id, seq=(rows[-1].seq if rows else 0) + 1, round=current_round, level=auth.level,
        decision=recorded, opinion=text, requested_amount_fen=app.amount_fen, requested_term_months=app.term_months,
        amount_fen=amount_fen, term_months=term, approver_id=user.id,
        approver_name=user.display_name or user.username, approver_limit_fen=user.approval_limit_fen,
        product_version_id=app.product_version_id, risk_summary=_risk_snapshot(risk), decided_at=utcnow(),
    )
    session.add(row)
    session.flush()
    details = {"decision_id": row.id, "decision": recorded, "level": row.level, "round": row.round,
               "amount_fen": amount_fen, "term_months": term}
    if recorded == "approve":
        _move(session, actor, app, AppAction.APPROVE, text, details)
    elif recorded == "reject":
        _move(session, actor, app, AppAction.DECLINE, text, details)
    elif recorded == "investigate":
        _move(session, actor, app, AppAction.REQUEST_INVESTIGATION, text, details)
    summary = {**details, "application_no": app.application_no, "limit_fen": user.approval_limit_fen,
               "requested_amount_fen": app.amount_fen, "requested_term_months": app.term_months,
               "opinion": text, "state": app.state}
    audit.record(session, actor, f"approval.{recorded}", entity_type="application", entity_id=app.id, summary=summary)
    audit.outbox(session, "approval_decision", row.id, {**summary, "application_id": app.id,
                                                        "approver_id": user.id, "decided_at": row.decided_at})
    view = _view(row)
    if recorded == "recommend":
        message = (f"批准金额 {format_yuan(fen_to_yuan(amount_fen))} 超出您的授权额度 "
                   f"{format_yuan(fen_to_yuan(user.approval_limit_fen))}，已作为审批建议报上级审批。")
        above = [name for name, _limit in approvers_above(session, user.approval_limit_fen)]
        if above:
            message += f"可审批的上级：{'、'.join(above[:5])}。"
        else:
            # Otherwise the case waits in the queue for an approver who does not exist.
            message += ("注意：本系统中没有授权额度高于您的在用审批人，本笔无人可以审批。"
                        "请按规定报上级机构审批，或请系统管理员设置审批人的授权额度。")
    else:
        message = f"已{DECISION_LABELS[recorded]}：{app.application_no}。"
    return DecisionResult(view, app.state, state_label(app.state), recorded == "recommend", message)


def _amount_fen(amount: Decimal) -> int:
    if isinstance(amount, float):
        raise ServiceError("金额不能用浮点数表示。", field="amount")
    try:
        return yuan_to_fen(Decimal(amount))
    except (ValueError, InvalidOperation) as exc:
        raise ServiceError(f"批准金额无效：{exc}", field="amount") from None


# --- for other services ----------------------------------------------------------------------------

def approvers_above(session: Session, limit_fen: int) -> list[tuple[str, Decimal]]:
    """Active approvers whose limit exceeds ``limit_fen`` (who the case can escalate to)."""
    rows = session.scalars(select(User).where(User.active.is_(True), User.approval_limit_fen > limit_fen)
                           .order_by(User.approval_limit_fen))
    return [(u.display_name or u.username, fen_to_yuan(u.approval_limit_fen)) for u in rows
            if can(session, Actor(u.id, u.username), "loan.approve")]


def products_of(session: Session, version_ids: Iterable[str]) -> dict[str, tuple[str, int]]:
    """version id → (product name, version no), for lists."""
    ids = {i for i in version_ids if i}
    if not ids:
        return {}
    rows = session.execute(select(ProductVersion.id, LoanProduct.name, ProductVersion.version_no)
                           .join(LoanProduct, LoanProduct.id == ProductVersion.product_id)
                           .where(ProductVersion.id.in_(ids)))
    return {r[0]: (r[1], r[2]) for r in rows}


def today_china() -> date:
    """Business dates are China dates (UTC+8), whatever the PC's zone says."""
    from datetime import timedelta

    return (datetime.now(UTC) + timedelta(hours=8)).date()
