"""Applications: entry against an immutable product version, every state transition (allowed and
refused), four-eyes, the review queue, blacklist, rule-set replacement and the 补件通知书."""

from __future__ import annotations

import io
import json
from datetime import timedelta
from decimal import Decimal

import pytest
from sqlalchemy import func, select

from loandesk.domain.application_states import (
    ACTIONS,
    TRANSITIONS,
    AppAction,
    AppState,
    IllegalTransition,
    transition_for,
)
from loandesk.domain.documents import DocType
from loandesk.domain.review_rules import NeededItem
from loandesk.services import applications as apps
from loandesk.services import auth, products, risk_assessment
from loandesk.services.context import PermissionDenied, ServiceError
from loandesk.store.attachments import BlobStore
from loandesk.store.models.applications import Application, ApplicationEvent, ProductVersion
from loandesk.store.models.audit import AuditRecord, OutboxEntry
from tests.services.applications_support import (
    TODAY,
    app_input,
    attach,
    good_case,
    guarantor,
    make_application,
    make_customer,
    seed_products,
    years_ago,
)

# --- the state table itself --------------------------------------------------------------------


@pytest.mark.parametrize("action", list(AppAction))
def test_state_table_allows_exactly_its_sources(action):
    t = ACTIONS[action]
    for state in AppState:
        if state in t.sources:
            assert transition_for(state, action).target is t.target
        else:
            with pytest.raises(IllegalTransition) as err:
                transition_for(state, action)
            assert "不能执行" in str(err.value)


def test_terminal_states_have_no_way_out():
    for state in (AppState.REJECTED, AppState.WITHDRAWN, AppState.DISBURSED):
        assert not [t for t in TRANSITIONS if state in t.sources]


# --- helpers -------------------------------------------------------------------------------------

def state(db, app_id):
    with db.read() as s:
        return s.get(Application, app_id).state


def count(db, model, **where):
    with db.read() as s:
        q = select(func.count()).select_from(model)
        for k, v in where.items():
            q = q.where(getattr(model, k) == v)
        return s.scalar(q)


def write(db, fn, *args, **kw):
    with db.write() as s:
        return fn(s, *args, **kw)


def set_role(db, actors, username, role):
    write(db, auth.update_user, actors["admin"], actors[username].user_id, role=role)


def to_assessment(db, actors):
    app_id, cid, codes = good_case(db, actors)
    write(db, apps.claim, actors["reviewer"], app_id)
    write(db, apps.pass_review, actors["reviewer"], app_id, comment="已核实")
    return app_id, cid, codes


def to_approval(db, actors):
    app_id, cid, codes = to_assessment(db, actors)
    write(db, risk_assessment.assess, actors["reviewer"], app_id)
    write(db, apps.complete_assessment, actors["reviewer"], app_id)
    return app_id, cid, codes


# --- entry and products ----------------------------------------------------------------------------

def test_create_keeps_the_product_version_and_quotes_the_rate(db, actors):
    codes = seed_products(db)
    cid = make_customer(db, actors["clerk"])
    app_id = make_application(db, actors["clerk"], cid, codes["NH-XY"])
    with db.read() as s:
        view = apps.get_application(s, actors["clerk"], app_id)
        v1 = s.get(Application, app_id).product_version_id
        lpr = products.lpr_on(s, "1y", TODAY)
    assert view.state == AppState.DRAFT and view.row.product_version_no == 1
    assert view.annual_rate == lpr + Decimal("0.0250")  # 1年期LPR + 250BP
    assert view.est_monthly_payment > Decimal("4000")
    assert view.application_no.startswith("SQ3301")
    # Head office changes the product: a new version; the application keeps version 1.
    with db.read() as s:
        terms = products.get_product(s, actors["admin"], codes["NH-XY"]).current.terms
    from dataclasses import replace

    write(db, products.new_version, actors["admin"], codes["NH-XY"], replace(terms, spread_bp=200),
          change_note="加点下调 50BP")
    with db.read() as s:
        assert s.get(Application, app_id).product_version_id == v1
        old = s.get(ProductVersion, v1)
        assert old.spread_bp == 250 and old.version_no == 1
        versions = products.list_versions(s, actors["clerk"], codes["NH-XY"])
    assert [v.version_no for v in versions] == [1, 2] and versions[1].is_current
    new_id = make_application(db, actors["clerk"], cid, codes["NH-XY"], amount=Decimal("20000"))
    with db.read() as s:
        new = apps.get_application(s, actors["clerk"], new_id)
    assert new.row.product_version_no == 2 and new.annual_rate == lpr + Decimal("0.0200")


@pytest.mark.parametrize(("change", "field"), [
    ({"amount": Decimal("2000")}, "amount"),
    ({"amount": Decimal("100001")}, "amount"),
    ({"term_months": 48}, "term_months"),
    ({"repayment_method": "equal_principal"}, "repayment_method"),
    ({"guarantee_type": "mortgage"}, "guarantee_type"),
    ({"purpose": "gambling"}, "purpose"),
])
def test_entry_outside_the_product_is_refused_at_the_field(db, actors, change, field):
    codes = seed_products(db)
    cid = make_customer(db, actors["clerk"])
    with pytest.raises(ServiceError) as err, db.write() as s:
        apps.create_application(s, actors["clerk"], app_input(cid, codes["NH-XY"], **change))
    assert err.value.field == field
    assert count(db, Application) == 0


def test_only_product_managers_change_products(db, actors):
    codes = seed_products(db)
    with db.read() as s:
        terms = products.get_product(s, actors["clerk"], codes["GR-XF"]).current.terms
    with pytest.raises(PermissionDenied), db.write() as s:
        products.new_version(s, actors["clerk"], codes["GR-XF"], terms, change_note="x")
    with db.read() as s:
        denied = s.scalar(select(AuditRecord.summary).where(AuditRecord.action == "permission.denied")
                          .order_by(AuditRecord.seq.desc()))
    assert "product.manage" in denied


def test_bad_product_terms_are_refused(db, actors):
    from dataclasses import replace

    terms = products.default_catalogue()[0][1]
    for change, field in (({"min_amount": Decimal(0)}, "min_amount"), ({"annual_rate": None, "rate_type": "fixed"},
                                                                       "annual_rate"),
                          ({"penalty_uplift": Decimal("0.8")}, "penalty_uplift"), ({"repayment_methods": ()},
                                                                                   "repayment_methods")):
        with pytest.raises(ServiceError) as err:
            products.validate_terms(replace(terms, **change))
        assert err.value.field == field


def test_lpr_lookup_uses_the_latest_publication(db, actors):
    seed_products(db)
    from datetime import date

    with db.read() as s:
        assert products.lpr_on(s, "1y", date(2024, 10, 20)) == Decimal("0.0335")
        assert products.lpr_on(s, "1y", date(2024, 10, 21)) == Decimal("0.0310")
        assert products.lpr_on(s, "5y", date(2019, 1, 1)) is None


# --- submit / resubmit / withdraw ----------------------------------------------------------------

def test_submit_allowed_from_draft_and_refused_twice(db, actors):
    codes = seed_products(db)
    cid = make_customer(db, actors["clerk"])
    app_id = make_application(db, actors["clerk"], cid, codes["NH-XY"])
    write(db, apps.submit, actors["clerk"], app_id)
    assert state(db, app_id) == AppState.PENDING_REVIEW
    with pytest.raises(ServiceError, match="待审核"):
        write(db, apps.submit, actors["clerk"], app_id)
    with pytest.raises(PermissionDenied):
        write(db, apps.submit, actors["reviewer"], app_id)  # reviewers do not submit


def test_guarantee_loans_need_guarantors_before_submit(db, actors):
    codes = seed_products(db)
    cid = make_customer(db, actors["clerk"])
    app_id = make_application(db, actors["clerk"], cid, codes["GR-XF"], guarantee_type="guarantor")
    with pytest.raises(ServiceError, match="保证人") as err:
        write(db, apps.submit, actors["clerk"], app_id)
    assert err.value.field == "parties"
    with db.read() as s:
        view = apps.get_application(s, actors["clerk"], app_id)
    data = app_input(cid, codes["GR-XF"], guarantee_type="guarantor", parties=(guarantor(),))
    write(db, apps.update_application, actors["clerk"], app_id, data, expected_version=view.version)
    write(db, apps.submit, actors["clerk"], app_id)
    assert state(db, app_id) == AppState.PENDING_REVIEW
    with pytest.raises(ServiceError, match="不能修改"):
        write(db, apps.update_application, actors["clerk"], app_id, data)


def test_stale_edit_is_refused(db, actors):
    codes = seed_products(db)
    cid = make_customer(db, actors["clerk"])
    app_id = make_application(db, actors["clerk"], cid, codes["NH-XY"])
    data = app_input(cid, codes["NH-XY"], amount=Decimal("30000"))
    write(db, apps.update_application, actors["clerk"], app_id, data, expected_version=1)
    with pytest.raises(ServiceError, match="已被他人修改"):
        write(db, apps.update_application, actors["clerk"], app_id, data, expected_version=1)


def test_withdraw_needs_a_reason_and_is_final(db, actors):
    codes = seed_products(db)
    cid = make_customer(db, actors["clerk"])
    app_id = make_application(db, actors["clerk"], cid, codes["NH-XY"])
    with pytest.raises(ServiceError, match="须填写"):
        write(db, apps.withdraw, actors["clerk"], app_id, reason=" ")
    write(db, apps.withdraw, actors["clerk"], app_id, reason="客户不再需要")
    assert state(db, app_id) == AppState.WITHDRAWN
    with pytest.raises(ServiceError, match="已撤回"):
        write(db, apps.submit, actors["clerk"], app_id)
    with pytest.raises(PermissionDenied):
        write(db, apps.withdraw, actors["auditor"], app_id, reason="x")


# --- claim / release and four-eyes -----------------------------------------------------------------

def test_claim_and_release(db, actors):
    app_id, _cid, _codes = good_case(db, actors)
    write(db, apps.claim, actors["reviewer"], app_id)
    with db.read() as s:
        assert s.get(Application, app_id).assigned_to == actors["reviewer"].user_id
    # A second reviewer cannot take it, nor release it.
    write(db, auth.create_user, actors["admin"], "reviewer2", "孙审核", "reviewer", "Passw0rd1",
          must_change_password=False)
    with db.read() as s:
        from loandesk.store.models.auth import User

        r2 = auth.actor_for(s.scalar(select(User).where(User.username == "reviewer2")))
    with pytest.raises(ServiceError, match="已由王审核领取"):
        write(db, apps.claim, r2, app_id)
    with pytest.raises(ServiceError, match="只能放回自己领取"):
        write(db, apps.release, r2, app_id)
    with pytest.raises(ServiceError, match="王审核领取审核"):
        write(db, apps.pass_review, r2, app_id, comment="x")
    write(db, apps.release, actors["reviewer"], app_id)
    write(db, apps.claim, r2, app_id)
    with db.read() as s:
        assert s.get(Application, app_id).assigned_to == r2.user_id
        actions = [e.action for e in apps.get_application(s, r2, app_id).events]
    assert actions == ["create", "submit", "claim", "release", "claim"]


def test_claim_refused_outside_the_queue_and_without_permission(db, actors):
    codes = seed_products(db)
    cid = make_customer(db, actors["clerk"])
    app_id = make_application(db, actors["clerk"], cid, codes["NH-XY"])
    with pytest.raises(ServiceError, match="不在审核队列"):
        write(db, apps.claim, actors["reviewer"], app_id)
    write(db, apps.submit, actors["clerk"], app_id)
    with pytest.raises(PermissionDenied):
        write(db, apps.claim, actors["clerk2"], app_id)


def test_four_eyes_the_clerk_who_entered_cannot_review(db, actors):
    """clerk2 enters an application, then moves to the review desk: still may not review it."""
    codes = seed_products(db)
    cid = make_customer(db, actors["clerk2"])
    attach(db, actors["clerk2"], cid)
    app_id = make_application(db, actors["clerk2"], cid, codes["NH-XY"])
    write(db, apps.submit, actors["clerk2"], app_id)
    set_role(db, actors, "clerk2", "reviewer")  # roles are re-read on every call
    with pytest.raises(ServiceError, match="四眼原则"):
        write(db, apps.claim, actors["clerk2"], app_id)
    with db.read() as s:
        opts = {o.action: o for o in apps.available_actions(s, actors["clerk2"], app_id)}
    assert not opts["claim"].enabled and "四眼原则" in opts["claim"].reason
    # Even if it were assigned to them somehow, the decision itself is refused.
    with db.write() as s:
        s.get(Application, app_id).assigned_to = actors["clerk2"].user_id
    for fn, kw in ((apps.pass_review, {"comment": "ok"}), (apps.reject_review, {"comment": "no"}),
                   (apps.return_for_supplement, {"items": [NeededItem("户口本", "缺失")]})):
        with pytest.raises(ServiceError, match="四眼原则"):
            write(db, fn, actors["clerk2"], app_id, **kw)
    assert state(db, app_id) == AppState.PENDING_REVIEW


def test_four_eyes_the_reviewer_cannot_approve(db, actors):
    app_id, _cid, _codes = to_approval(db, actors)
    set_role(db, actors, "reviewer", "approver")
    with pytest.raises(ServiceError, match="审核过本笔申请"):
        write(db, apps.apply_transition, actors["reviewer"], app_id, "approve", comment="同意")
    write(db, apps.apply_transition, actors["approver"], app_id, "approve", comment="同意发放")
    assert state(db, app_id) == AppState.APPROVED


# --- review decisions ------------------------------------------------------------------------------

def test_pass_review_requires_claim_and_no_blocking_rule(db, actors):
    codes = seed_products(db)
    cid = make_customer(db, actors["clerk"])
    attach(db, actors["clerk"], cid, (DocType.ID_FRONT, DocType.ID_BACK, DocType.PI_CONSENT, DocType.CREDIT_AUTH,
                                      DocType.CREDIT_REPORT, DocType.MARRIAGE))  # no 户口本
    app_id = make_application(db, actors["clerk"], cid, codes["NH-XY"])
    write(db, apps.submit, actors["clerk"], app_id)
    with pytest.raises(ServiceError, match="请先领取"):
        write(db, apps.pass_review, actors["reviewer"], app_id, comment="x")
    write(db, apps.claim, actors["reviewer"], app_id)
    with pytest.raises(ServiceError, match="阻断问题.*R101"):
        write(db, apps.pass_review, actors["reviewer"], app_id, comment="x")
    assert state(db, app_id) == AppState.PENDING_REVIEW
    with db.read() as s:
        screen = apps.review_screen(s, actors["reviewer"], app_id)
    assert [i.name for i in screen.suggested_items] == ["户口本"]
    hukou = next(line for line in screen.checklist if line.label == "户口本")
    assert hukou.status == "缺失" and hukou.required


def test_pass_review_with_warnings_needs_a_comment(db, actors):
    app_id, _cid, _codes = good_case(db, actors)  # optional documents missing → R103 warns
    write(db, apps.claim, actors["reviewer"], app_id)
    with pytest.raises(ServiceError, match="提示需要核实") as err:
        write(db, apps.pass_review, actors["reviewer"], app_id)
    assert err.value.field == "comment"
    view = write(db, apps.pass_review, actors["reviewer"], app_id, comment="可选资料客户暂无，已电话核实")
    assert view.state == AppState.PENDING_ASSESSMENT and view.row.assigned_to_id is None
    assert view.reviewed_by_name == "王审核"
    assert view.reviews[-1].decision == "pass" and view.reviews[-1].warning_count >= 1


def test_return_for_supplement_then_resubmit(db, actors):
    app_id, _cid, _codes = good_case(db, actors)
    write(db, apps.claim, actors["reviewer"], app_id)
    with pytest.raises(ServiceError, match="至少列出一项") as err:
        write(db, apps.return_for_supplement, actors["reviewer"], app_id, [])
    assert err.value.field == "items"
    with pytest.raises(ServiceError, match="不能早于今天"):
        write(db, apps.return_for_supplement, actors["reviewer"], app_id, [NeededItem("户口本", "缺失")],
              deadline=TODAY - timedelta(days=1))
    items = [NeededItem("近6个月银行流水", "收入无法核实", "加盖银行章"), NeededItem("收入证明", "缺失")]
    view = write(db, apps.return_for_supplement, actors["reviewer"], app_id, items, comment="请补充收入材料")
    assert view.state == AppState.SUPPLEMENT
    assert [i.name for i in view.supplement_items] == ["近6个月银行流水", "收入证明"]
    assert view.supplement_deadline == TODAY + timedelta(days=apps.SUPPLEMENT_DAYS)
    assert view.reviews[-1].notice_no.startswith("BJ")
    with pytest.raises(ServiceError, match="补件中"):
        write(db, apps.pass_review, actors["reviewer"], app_id, comment="x")
    with pytest.raises(PermissionDenied):
        write(db, apps.resubmit, actors["reviewer"], app_id)
    write(db, apps.resubmit, actors["clerk"], app_id, comment="客户已补交")
    assert state(db, app_id) == AppState.PENDING_REVIEW
    with pytest.raises(ServiceError, match="待审核"):
        write(db, apps.resubmit, actors["clerk"], app_id)


def test_supplement_notice_pdf_lists_the_items(db, actors):
    app_id, _cid, _codes = good_case(db, actors)
    write(db, apps.claim, actors["reviewer"], app_id)
    with pytest.raises(ServiceError, match="没有待补充"), db.read() as s:
        apps.supplement_notice_data(s, actors["reviewer"], app_id)
    items = [NeededItem("户口本（户主页及本人页）", "照片模糊无法识别", "携带原件")]
    write(db, apps.return_for_supplement, actors["reviewer"], app_id, items)
    with db.read() as s:
        data = apps.supplement_notice_data(s, actors["clerk"], app_id)
    pdf = apps.render_supplement_notice_pdf(data)
    from pypdf import PdfReader

    text = "".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf)).pages)
    for words in ("补件通知书", "户口本", "照片模糊无法识别", data.application_no, "王建华"):
        assert words in text.replace(" ", "").replace("\n", ""), words
    f = write(db, apps.record_notice_printed, actors["clerk"], app_id, pdf, blobs=BlobStore.of(db))
    with db.write() as s:
        assert apps.file_content(s, actors["reviewer"], f.id, blobs=BlobStore.of(db)) == pdf
        assert [x.kind for x in apps.list_files(s, actors["reviewer"], app_id)] == ["supplement_notice"]
    assert count(db, AuditRecord, action="application.file.view") == 1
    with db.read() as s:
        assert f.id and apps.file_blob_ids(s)


def test_reject_review_needs_a_reason(db, actors):
    app_id, _cid, _codes = good_case(db, actors)
    write(db, apps.claim, actors["reviewer"], app_id)
    with pytest.raises(ServiceError, match="须填写原因"):
        write(db, apps.reject_review, actors["reviewer"], app_id, comment="")
    write(db, apps.reject_review, actors["reviewer"], app_id, comment="资料系伪造")
    assert state(db, app_id) == AppState.REJECTED
    with pytest.raises(ServiceError, match="已拒绝"):
        write(db, apps.claim, actors["reviewer"], app_id)


def test_review_actions_cannot_bypass_the_review_functions(db, actors):
    app_id, _cid, _codes = good_case(db, actors)
    with pytest.raises(ServiceError, match="审核功能"):
        write(db, apps.apply_transition, actors["reviewer"], app_id, "pass_review")


# --- assessment and later stages -------------------------------------------------------------------

def test_complete_assessment_requires_an_assessment_of_this_round(db, actors):
    app_id, _cid, _codes = to_assessment(db, actors)
    with pytest.raises(ServiceError, match="请先完成本轮风险评估"):
        write(db, apps.complete_assessment, actors["reviewer"], app_id)
    with pytest.raises(PermissionDenied):
        write(db, apps.complete_assessment, actors["clerk"], app_id)
    write(db, risk_assessment.assess, actors["reviewer"], app_id)
    write(db, apps.complete_assessment, actors["reviewer"], app_id)
    assert state(db, app_id) == AppState.PENDING_APPROVAL


@pytest.mark.parametrize(("action", "target"), [
    ("approve", AppState.APPROVED), ("decline", AppState.REJECTED),
    ("request_investigation", AppState.INVESTIGATION),
])
def test_approval_decisions(db, actors, action, target):
    app_id, _cid, _codes = to_approval(db, actors)
    with pytest.raises(ServiceError, match="须填写"):
        write(db, apps.apply_transition, actors["approver"], app_id, action, comment="")
    with pytest.raises(PermissionDenied):
        write(db, apps.apply_transition, actors["clerk"], app_id, action, comment="x")
    write(db, apps.apply_transition, actors["approver"], app_id, action, comment="审批意见")
    assert state(db, app_id) == target


def test_investigation_round_trip_sign_and_disburse(db, actors):
    app_id, _cid, _codes = to_approval(db, actors)
    write(db, apps.apply_transition, actors["approver"], app_id, "request_investigation", comment="请实地调查")
    with pytest.raises(ServiceError, match="须填写"):
        write(db, apps.apply_transition, actors["clerk"], app_id, "complete_investigation")
    write(db, apps.apply_transition, actors["clerk"], app_id, "complete_investigation", comment="已实地调查，情况属实")
    assert state(db, app_id) == AppState.PENDING_APPROVAL
    with pytest.raises(ServiceError, match="已签约"):
        write(db, apps.apply_transition, actors["clerk"], app_id, "disburse")
    write(db, apps.apply_transition, actors["approver"], app_id, "approve", comment="同意")
    with pytest.raises(ServiceError, match="已批准"):
        write(db, apps.apply_transition, actors["clerk"], app_id, "disburse")
    write(db, apps.apply_transition, actors["clerk"], app_id, "sign")
    write(db, apps.apply_transition, actors["clerk"], app_id, "disburse")
    assert state(db, app_id) == AppState.DISBURSED
    with pytest.raises(ServiceError):
        write(db, apps.withdraw, actors["clerk"], app_id, reason="x")


def test_every_transition_is_audited_with_an_event_and_an_outbox_entry(db, actors):
    app_id, _cid, _codes = to_approval(db, actors)
    with db.read() as s:
        events = [(e.seq, e.from_state, e.to_state) for e in s.scalars(
            select(ApplicationEvent).where(ApplicationEvent.application_id == app_id).order_by(ApplicationEvent.seq))]
        audited = [r.action for r in s.scalars(select(AuditRecord).where(AuditRecord.entity_id == app_id)
                                                .order_by(AuditRecord.seq))]
        outbox = s.scalar(select(func.count()).select_from(OutboxEntry).where(OutboxEntry.entity_id == app_id))
    moves = [(a, b) for _seq, a, b in events if a != b and a]
    assert moves == [
        ("draft", "pending_review"), ("pending_review", "pending_assessment"),
        ("pending_assessment", "pending_approval")]
    for act in ("application.create", "application.submit", "application.claim", "application.pass_review",
                "risk.assess", "application.complete_assessment"):
        assert act in audited
    assert outbox >= 4
    assert [e[0] for e in events] == list(range(1, len(events) + 1))


# --- queue ---------------------------------------------------------------------------------------

def test_queue_filters(db, actors):
    codes = seed_products(db)
    c1 = make_customer(db, actors["clerk"])
    c2 = make_customer(db, actors["clerk2"], name="刘小红", birth=years_ago(30), contacts=())
    a1 = make_application(db, actors["clerk"], c1, codes["NH-XY"])
    a2 = make_application(db, actors["clerk2"], c2, codes["GR-XF"], purpose="renovation",
                          repayment_method="equal_principal")
    a3 = make_application(db, actors["clerk"], c1, codes["NH-XY"], amount=Decimal("10000"))
    for a, who in ((a1, "clerk"), (a2, "clerk2")):
        write(db, apps.submit, actors[who], a)
    write(db, apps.claim, actors["reviewer"], a2)
    with db.write() as s:  # a1 has waited two days
        s.get(Application, a1).state_changed_at -= timedelta(days=2)

    def ids(**kw):
        with db.read() as s:
            page = apps.list_applications(s, actors["reviewer"], apps.QueueFilter(**kw))
        return [r.id for r in page.rows], page.total

    assert ids() == ([a1, a2], 2)  # oldest first; drafts are not in the queue
    assert ids(states=("draft",))[0] == [a3]
    assert ids(product_id=codes["GR-XF"])[0] == [a2]
    assert ids(created_by=actors["clerk"].user_id)[0] == [a1]
    assert ids(assigned="me")[0] == [a2]
    assert ids(assigned="unassigned")[0] == [a1]
    assert ids(min_age_hours=24)[0] == [a1]
    assert ids(text="刘小红")[0] == [a2]
    with db.read() as s:
        row = apps.list_applications(s, actors["reviewer"]).rows[0]
        counts = apps.counts_by_state(s, actors["reviewer"])
        clerks = apps.creators(s, actors["reviewer"])
    assert row.age_in_state() >= timedelta(days=2) and "天" in row.age_label
    assert "*" in row.customer_id_masked
    assert counts == {"pending_review": 2, "draft": 1}
    assert {name for _i, name in clerks} == {"张客户经理", "李客户经理"}


def test_review_screen_puts_documents_beside_their_data(db, actors):
    app_id, _cid, _codes = good_case(db, actors)
    write(db, apps.set_statement_income, actors["reviewer"], app_id, Decimal("7800"))
    with db.read() as s:
        screen = apps.review_screen(s, actors["reviewer"], app_id)
    by_type = {d.doc_type: d for d in screen.documents}
    front = dict((f.label, f.value) for f in by_type["id_front"].supports)
    assert front["姓名"] == "王建华" and "*" in front["身份证号"]
    assert by_type["credit_report"].status_label == "已收"
    assert any(f.value.startswith("7,800.00") for f in screen.summary)
    assert screen.rule_set_label.startswith("农信社个人贷款审核规则")
    assert {r.code for r in screen.report.results} >= {"R101", "H01"}


# --- reference data ------------------------------------------------------------------------------

def test_blacklist_hit_is_a_hard_rule_and_only_managers_maintain_it(db, actors):
    app_id, cid, _codes = good_case(db, actors)
    with db.read() as s:
        number = apps.customer_facts(s, cid).id_number
    with pytest.raises(PermissionDenied):
        write(db, apps.add_blacklist_entry, actors["clerk"], number, "王建华", "x")
    entry = write(db, apps.add_blacklist_entry, actors["admin"], number, "王建华", "骗贷", source="联社")
    with db.read() as s:
        r = apps.evaluate_rules(s, actors["reviewer"], app_id).result("H01")
    assert r.blocking and "借款人 王建华（骗贷，联社" in r.message
    write(db, apps.deactivate_blacklist_entry, actors["admin"], entry.id, reason="法院撤销")
    with db.read() as s:
        assert apps.evaluate_rules(s, actors["reviewer"], app_id).result("H01").passed
    with pytest.raises(ServiceError, match="身份证号码无效"):
        write(db, apps.add_blacklist_entry, actors["admin"], "123", "x", "y")


def test_head_office_rule_set_replaces_the_shipped_one(db, actors):
    app_id, _cid, _codes = good_case(db, actors)
    from pathlib import Path

    data = json.loads((Path(__file__).resolve().parents[2] / "resources/rules/default_rules.json")
                      .read_text(encoding="utf-8"))
    data["version"] = "2026.2"
    for r in data["rules"]:
        if r["code"] == "R103":
            r["severity"] = "block"
            r["messages"]["fail"] = "总行新规：必须提供 {items}"
    with pytest.raises(PermissionDenied):
        write(db, apps.install_rule_set, actors["reviewer"], json.dumps(data, ensure_ascii=False))
    write(db, apps.install_rule_set, actors["admin"], json.dumps(data, ensure_ascii=False))
    with pytest.raises(ServiceError, match="已安装"):
        write(db, apps.install_rule_set, actors["admin"], json.dumps(data, ensure_ascii=False))
    with pytest.raises(ServiceError, match="JSON"):
        write(db, apps.install_rule_set, actors["admin"], "{not json")
    with db.read() as s:
        report = apps.evaluate_rules(s, actors["reviewer"], app_id)
    r103 = report.result("R103")
    assert report.version == "2026.2" and r103.blocking and r103.message.startswith("总行新规")


def test_statement_income_is_recorded_and_audited(db, actors):
    app_id, _cid, _codes = good_case(db, actors)
    view = write(db, apps.set_statement_income, actors["reviewer"], app_id, Decimal("9100.50"))
    assert view.statement_monthly_income == Decimal("9100.50")
    with pytest.raises(ServiceError, match="负数"):
        write(db, apps.set_statement_income, actors["reviewer"], app_id, Decimal("-1"))
    assert count(db, AuditRecord, action="application.statement_income") == 1


def test_generated_file_is_taken_back_when_the_transaction_rolls_back(db, actors):
    app_id, _cid, _codes = good_case(db, actors)
    store = BlobStore.of(db)
    before = store.stats()[0]
    with pytest.raises(RuntimeError), db.write() as s:
        apps.store_file(s, actors["reviewer"], app_id, "risk_report", "报告", b"%PDF-1.4 test", blobs=store)
        assert store.stats()[0] == before + 1
        raise RuntimeError("boom")
    assert store.stats()[0] == before
    with pytest.raises(ServiceError, match="不是 PDF"), db.write() as s:
        apps.store_file(s, actors["reviewer"], app_id, "risk_report", "x", b"GIF89a", blobs=store)
