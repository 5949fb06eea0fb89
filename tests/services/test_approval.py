"""Approval: authority limits and escalation, maker-checker, mandatory opinions, lower amounts,
immutable decisions, product versions kept by the application."""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal

import pytest
import sqlalchemy.exc
from sqlalchemy import select, text

from loandesk.services import applications as apps
from loandesk.services import approval, auth, products
from loandesk.services.context import PermissionDenied, ServiceError
from loandesk.store.models.applications import Application, ProductVersion
from loandesk.store.models.audit import AuditRecord
from loandesk.store.models.loans import ApprovalDecision, ImmutableRecord
from tests.conftest import PASSWORD
from tests.services.loans_support import OPINION, add_approver, pending_case


def state(db, app_id):
    with db.read() as s:
        return s.get(Application, app_id).state


def test_queue_and_case_show_what_the_approver_needs(db, actors):
    app_id, _cid, _ = pending_case(db, actors)
    with db.read() as s:
        queue = approval.approval_queue(s, actors["approver"])
        case = approval.approval_case(s, actors["approver"], app_id)
    assert [q.application_id for q in queue] == [app_id]
    item = queue[0]
    assert item.may_decide and item.level == 1 and item.amount == Decimal("50000.00")
    assert "*" in item.customer_name  # masked everywhere outside the contract
    assert case.application.customer_name == item.customer_name
    assert "*" in case.application.customer_id_number
    assert case.review is not None and case.review.decision == "pass" and case.review.reviewer_name
    assert case.risk is not None and case.risk.grade in "ABCDE" and 0 < case.risk.pd < 1
    assert case.risk.contributions and case.risk.suggestion_label and case.risk.assessed_by
    points = [abs(p) for _label, p in case.risk.contributions]
    assert points == sorted(points, reverse=True)  # largest effect first
    assert len(case.documents) >= 5 and all(d.label for d in case.documents)
    assert case.history == () and case.authority.may_decide and case.authority.within_limit
    assert case.application.product_version_no == 1


def test_approve_within_limit_moves_to_approved_and_is_audited(db, actors):
    app_id, _, _ = pending_case(db, actors)
    with db.write() as s:
        result = approval.decide(s, actors["approver"], app_id, "approve", OPINION)
    assert not result.escalated and result.state == "approved"
    assert result.decision.decision == "approve" and result.decision.amount == Decimal("50000.00")
    with db.read() as s:
        rec = s.scalars(select(AuditRecord).where(AuditRecord.action == "approval.approve")).one()
        assert OPINION in rec.summary and rec.entity_id == app_id
        assert approval.final_approval(s, app_id) is not None


def test_opinion_is_mandatory(db, actors):
    app_id, _, _ = pending_case(db, actors)
    for opinion in ("", "   ", "同意"):
        with pytest.raises(ServiceError) as err, db.write() as s:
            approval.decide(s, actors["approver"], app_id, "approve", opinion)
        assert err.value.field == "opinion"
    assert state(db, app_id) == "pending_approval"


def test_lower_amount_and_shorter_term_but_never_more(db, actors):
    app_id, _, _ = pending_case(db, actors, amount="80000", term=24)
    with pytest.raises(ServiceError, match="不能高于申请金额"), db.write() as s:
        approval.decide(s, actors["approver"], app_id, "approve", OPINION, amount=Decimal("90000"))
    with pytest.raises(ServiceError, match="不能长于申请期限"), db.write() as s:
        approval.decide(s, actors["approver"], app_id, "approve", OPINION, term_months=36)
    with pytest.raises(ServiceError, match="低于产品最低金额"), db.write() as s:
        approval.decide(s, actors["approver"], app_id, "approve", OPINION, amount=Decimal("1000"))
    with db.write() as s:
        r = approval.decide(s, actors["approver"], app_id, "approve", "收入偏低，压降额度和期限后同意。",
                            amount=Decimal("60000"), term_months=12)
    assert r.decision.amount == Decimal("60000.00") and r.decision.term_months == 12 and r.decision.reduced
    assert r.decision.requested_amount == Decimal("80000.00") and r.decision.requested_term_months == 24


def test_above_limit_escalates_and_keeps_the_recommendation(db, actors):
    junior = add_approver(db, "junior", 30_000, "孙副行长")  # 3万
    app_id, _, _ = pending_case(db, actors, amount="80000")
    with db.write() as s:
        r1 = approval.decide(s, junior, app_id, "approve", "经营稳定，建议批准，报上级审批。")
    assert r1.escalated and r1.decision.decision == "recommend" and r1.state == "pending_approval"
    assert "超出您的授权额度" in r1.message
    with db.read() as s:
        # the junior cannot decide a second time; the queue shows level 2 with the recommendation
        q_junior = approval.approval_queue(s, junior)[0]
        q_senior = approval.approval_queue(s, actors["approver"])[0]
    assert not q_junior.may_decide and "已在本轮审批中签署过意见" in q_junior.reason
    assert q_senior.may_decide and q_senior.level == 2 and "建议批准" in q_senior.last_opinion
    with db.write() as s:
        r2 = approval.decide(s, actors["approver"], app_id, "approve", "同意下级意见，批准。")
    assert not r2.escalated and r2.state == "approved" and r2.decision.level == 2
    with db.read() as s:
        history = approval.decision_history(s, actors["auditor"], app_id)
    assert [(h.decision, h.level, h.approver_name) for h in history] == [
        ("recommend", 1, "孙副行长"), ("approve", 2, "赵行长")]
    assert history[0].approver_limit == Decimal("30000.00")


def test_escalation_needs_a_higher_limit_than_the_recommender(db, actors):
    junior = add_approver(db, "junior", 30_000)
    peer = add_approver(db, "peer", 30_000)  # same level: not "the next level"
    app_id, _, _ = pending_case(db, actors, amount="80000")
    with db.write() as s:
        approval.decide(s, junior, app_id, "approve", "建议批准，报上级。")
    with pytest.raises(ServiceError, match="授权额度高于"), db.write() as s:
        approval.decide(s, peer, app_id, "reject", "我认为应拒绝此笔。")
    mid = add_approver(db, "mid", 60_000)  # higher, but still below 8万: recommends again → level 3
    with db.write() as s:
        r = approval.decide(s, mid, app_id, "approve", "同意，报行长审批。")
    assert r.escalated and r.decision.level == 2
    with db.write() as s:
        r = approval.decide(s, actors["approver"], app_id, "approve", OPINION)
    assert r.state == "approved" and r.decision.level == 3


def test_a_lower_amount_within_own_limit_is_final(db, actors):
    junior = add_approver(db, "junior", 30_000)
    app_id, _, _ = pending_case(db, actors, amount="80000")
    with db.write() as s:
        r = approval.decide(s, junior, app_id, "approve", "按授权额度内核定3万元。", amount=Decimal("30000"))
    assert r.state == "approved" and not r.escalated


def test_reject_and_investigate(db, actors):
    app_id, _, _ = pending_case(db, actors)
    with db.write() as s:
        r = approval.decide(s, actors["approver"], app_id, "investigate", "请核实经营场地及茶园面积。")
    assert r.state == "investigation"
    # after the investigation a new round starts and the same approver may decide again
    with db.write() as s:
        apps.apply_transition(s, actors["clerk"], app_id, "complete_investigation", comment="已实地核实，面积属实。")
    with db.read() as s:
        case = approval.approval_case(s, actors["approver"], app_id)
    assert case.round == 2 and case.authority.may_decide
    with db.write() as s:
        r = approval.decide(s, actors["approver"], app_id, "reject", "负债过高，不符合准入条件。")
    assert r.state == "rejected"
    with db.read() as s:
        assert [h.round for h in approval.decision_history(s, actors["approver"], app_id)] == [1, 2]


def test_maker_checker_refusals(db, actors):
    # an approver who entered the application: give the approver the clerk's rights for a moment
    app_id, _, _ = pending_case(db, actors)
    with db.write() as s:
        s.get(Application, app_id).created_by = actors["approver"].user_id
    with pytest.raises(ServiceError, match="由您录入"), db.write() as s:
        approval.decide(s, actors["approver"], app_id, "approve", OPINION)
    with db.write() as s:
        s.get(Application, app_id).created_by = actors["clerk"].user_id
        s.get(Application, app_id).reviewed_by = actors["approver"].user_id
    with pytest.raises(ServiceError, match="由您审核"), db.write() as s:
        approval.decide(s, actors["approver"], app_id, "reject", "不同意，理由见附件。")
    with db.read() as s:
        refused = [(r.outcome, r.summary) for r in
                   s.scalars(select(AuditRecord).where(AuditRecord.action == "approval.refused"))]
    # each refused attempt is kept in the audit trail (committed on its own, like a permission denial)
    assert len(refused) == 2 and all(outcome == "denied" for outcome, _ in refused)
    assert "审贷分离" in refused[0][1]
    assert state(db, app_id) == "pending_approval"


def test_roles_without_loan_approve_are_denied(db, actors):
    app_id, _, _ = pending_case(db, actors)
    for who in ("clerk", "reviewer", "auditor", "admin"):
        with pytest.raises(PermissionDenied), db.write() as s:
            approval.decide(s, actors[who], app_id, "approve", OPINION)
    with pytest.raises(PermissionDenied), db.read() as s:
        approval.approval_queue(s, actors["clerk"])


def test_limit_zero_can_only_recommend(db, actors):
    nobody = add_approver(db, "zero", 0)
    app_id, _, _ = pending_case(db, actors)
    with db.write() as s:
        r = approval.decide(s, nobody, app_id, "approve", "建议批准，报上级。")
    assert r.escalated


def test_limit_is_read_from_the_database_at_decision_time(db, actors):
    app_id, _, _ = pending_case(db, actors, amount="80000")
    with db.write() as s:
        auth_user = s.get(auth.User, actors["approver"].user_id)
        auth_user.approval_limit_fen = 5_000_000  # cut to 5万 after login
    with db.write() as s:
        r = approval.decide(s, actors["approver"], app_id, "approve", OPINION)
    assert r.escalated


def test_decisions_cannot_be_changed_or_deleted(db, actors):
    app_id, _, _ = pending_case(db, actors)
    with db.write() as s:
        decision_id = approval.decide(s, actors["approver"], app_id, "approve", OPINION).decision.id
    # 1. the service layer has no update path at all
    assert not [n for n in dir(approval) if n.startswith(("update", "edit", "amend", "delete", "remove"))]
    # 2. through the ORM: refused before any SQL is sent
    with pytest.raises(ImmutableRecord), db.write() as s:
        s.get(ApprovalDecision, decision_id).opinion = "改过的意见"
        s.flush()
    with pytest.raises(ImmutableRecord), db.write() as s:
        s.delete(s.get(ApprovalDecision, decision_id))
        s.flush()
    # 3. raw SQL: the triggers from migration 0004 abort the statement
    for sql in ("UPDATE approval_decisions SET opinion = '改' WHERE id = :i",
                "UPDATE approval_decisions SET amount_fen = 1 WHERE id = :i",
                "DELETE FROM approval_decisions WHERE id = :i"):
        with pytest.raises(sqlalchemy.exc.DatabaseError, match="immutable"), db.write() as s:
            s.execute(text(sql), {"i": decision_id})
    with db.read() as s:
        row = s.get(ApprovalDecision, decision_id)
        assert row.opinion == OPINION and row.amount_fen == 5_000_000


def test_application_keeps_its_product_version_after_the_product_changes(db, actors):
    app_id, _, codes = pending_case(db, actors)
    with db.read() as s:
        old_version_id = s.get(Application, app_id).product_version_id
        old = products.version_view(s, old_version_id)
    new_terms = replace(old.terms, spread_bp=old.terms.spread_bp + 100)
    with db.write() as s:
        v2 = products.new_version(s, actors["admin"], codes["NH-XY"], new_terms, change_note="加点上调 100BP")
    assert v2.version_no == 2 and v2.is_current
    with db.read() as s:
        app = s.get(Application, app_id)
        case = approval.approval_case(s, actors["approver"], app_id)
        assert app.product_version_id == old_version_id
        assert s.get(ProductVersion, old_version_id).spread_bp == old.terms.spread_bp  # untouched
    assert case.application.product_version_no == 1
    with db.write() as s:
        r = approval.decide(s, actors["approver"], app_id, "approve", OPINION)
    with db.read() as s:
        assert s.get(ApprovalDecision, r.decision.id).product_version_id == old_version_id


def test_a_second_approver_logs_in_with_password(db, actors):
    """Sanity: users made by add_approver are real accounts (the login path the GUI uses)."""
    add_approver(db, "deputy", 100_000)
    with db.write() as s:
        actor, _ = auth.login(s, "deputy", PASSWORD)
    assert actor.role == "approver"


def test_not_pending_is_refused(db, actors):
    app_id, _, _ = pending_case(db, actors)
    with db.write() as s:
        approval.decide(s, actors["approver"], app_id, "approve", OPINION)
    with pytest.raises(ServiceError, match="不在待审批状态"), db.write() as s:
        approval.decide(s, actors["approver"], app_id, "reject", "再次尝试拒绝。")


def test_investigation_round_trip_keeps_earlier_recommendations_out_of_the_new_round(db, actors):
    junior = add_approver(db, "junior", 30_000)
    app_id, _, _ = pending_case(db, actors, amount="80000")
    with db.write() as s:
        approval.decide(s, junior, app_id, "approve", "建议批准，报上级。")
    with db.write() as s:
        approval.decide(s, actors["approver"], app_id, "investigate", "需补充实地调查报告。")
    with db.write() as s:
        apps.apply_transition(s, actors["clerk"], app_id, "complete_investigation", comment="调查报告已补充。")
    with db.read() as s:
        case = approval.approval_case(s, junior, app_id)
    assert case.round == 2 and case.authority.level == 1 and case.authority.may_decide

