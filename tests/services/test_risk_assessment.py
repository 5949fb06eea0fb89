"""Risk assessment: the LoanDesk → scorecard mapping, protected attributes, hard rules, the decision
suggestion, stored assessments and the one-page PDF report."""

from __future__ import annotations

import io
from dataclasses import fields, replace
from datetime import date
from decimal import Decimal

import pytest
from pypdf import PdfReader
from sqlalchemy import select

from loandesk.domain.application_states import AppState
from loandesk.domain.review_rules import Outcome, RuleReport, RuleResult, Severity
from loandesk.risk.features import PROTECTED_ATTRIBUTES, ApplicantFeatures
from loandesk.risk.pack import load_pack
from loandesk.services import applications as apps
from loandesk.services import auth, customers
from loandesk.services import risk_assessment as risk
from loandesk.services.context import PermissionDenied, ServiceError
from loandesk.store.attachments import BlobStore
from loandesk.store.models.applications import Application, RiskAssessment
from loandesk.store.models.customers import Customer
from tests.services.applications_support import (
    CreditSummaryInput,
    LiabilitiesInput,
    customer_input,
    good_case,
    make_application,
    make_customer,
    seed_products,
)

TODAY = date(2026, 6, 15)


def write(db, fn, *args, **kw):
    with db.write() as s:
        return fn(s, *args, **kw)


def facts(**over) -> apps.CustomerFacts:
    base = apps.CustomerFacts(
        id="c1", customer_no="1", kind="farmer", name="王建华", id_number="330106198003041236",
        birth_date=date(1980, 3, 4), id_valid_from=date(2020, 1, 1), id_valid_to=date(2040, 1, 1),
        mobile="13800138000", occupation="茶叶种植", years_employed=12, monthly_income=Decimal(8000),
        housing_type="own", real_estate_count=1, vehicle_count=0, deposits=Decimal(30000), loans_here_count=0,
        loans_elsewhere_count=0, dependants=2, current_address_years=15, has_bank_account=True,
        credit_report_date=date(2026, 6, 1), credit_overdue_count=0, credit_current_overdue=Decimal(0),
        credit_lender_count=0,
    )
    return replace(base, **over)


def inputs(c: apps.CustomerFacts | None = None, **over) -> risk.RiskInputs:
    base = risk.RiskInputs(customer=c or facts(), today=TODAY, amount=Decimal(50000), term_months=12,
                           purpose="agriculture", guarantee_type="credit", monthly_payment=Decimal(2000),
                           statement_monthly_income=Decimal(7000))
    return replace(base, **over)


# --- the mapping ---------------------------------------------------------------------------------

def test_mapping_of_a_typical_farmer():
    f = risk.features_from(inputs())
    assert f == ApplicantFeatures(
        account_balance_band="high", term_months=12, credit_history="no_credit", purpose="agriculture",
        amount_yuan=Decimal(50000), savings_band="medium", employment_years=12.0, installment_burden_pct=25.0,
        has_guarantor=False, has_co_applicant=False, residence_years=15.0, property_type="real_estate", age=46,
        other_loans="none", housing="own", existing_credits_count=1, occupation="management", dependants=2,
        has_phone=True)


@pytest.mark.parametrize(("change", "field", "value"), [
    ({"has_bank_account": False}, "account_balance_band", "none"),
    ({"credit_current_overdue": Decimal(300)}, "account_balance_band", "negative"),
    ({"credit_current_overdue": Decimal(300)}, "credit_history", "delayed"),
    ({"credit_overdue_count": 2}, "credit_history", "delayed"),
    ({"loans_elsewhere_count": 1}, "credit_history", "critical"),
    ({"loans_elsewhere_count": 1}, "other_loans", "bank"),
    ({"loans_here_count": 2}, "credit_history", "paid_duly"),
    ({"loans_here_count": 2}, "existing_credits_count", 3),
    ({"deposits": Decimal(0)}, "savings_band", "none"),
    ({"deposits": Decimal(5000)}, "savings_band", "low"),
    ({"deposits": Decimal(200000)}, "savings_band", "very_high"),
    ({"deposits": None}, "savings_band", None),
    ({"real_estate_count": 0, "vehicle_count": 1}, "property_type", "car_other"),
    ({"real_estate_count": 0, "land_area_mu": Decimal("3.5")}, "property_type", "car_other"),
    ({"real_estate_count": 0}, "property_type", "none"),
    ({"real_estate_count": None, "vehicle_count": None}, "property_type", None),
    ({"housing_type": "rent"}, "housing", "rent"),
    ({"housing_type": "family"}, "housing", "free"),
    ({"housing_type": "mortgage"}, "housing", "own"),
    ({"kind": "individual", "occupation": "教师"}, "occupation", "skilled"),
    ({"kind": "individual", "occupation": "外出务工"}, "occupation", "unskilled"),
    ({"kind": "individual", "occupation": "待业"}, "occupation", "unemployed_unskilled"),
    ({"kind": "business", "occupation": "餐饮"}, "occupation", "management"),
    ({"kind": "individual", "occupation": ""}, "occupation", None),
    ({"mobile": ""}, "has_phone", False),
    ({"monthly_income": None}, "installment_burden_pct", None),
])
def test_mapping_rules(change, field, value):
    assert getattr(risk.features_from(inputs(facts(**change))), field) == value


def test_guarantors_and_co_borrowers_come_from_the_application():
    assert risk.features_from(inputs(guarantee_type="group")).has_guarantor is True
    f = risk.features_from(inputs(party_roles=("co_borrower",)))
    assert f.has_co_applicant is True and f.has_guarantor is False
    assert risk.features_from(inputs(statement_monthly_income=Decimal(1000))).account_balance_band == "low"


def test_protected_attributes_are_never_inputs():
    assert not {f.name for f in fields(ApplicantFeatures)} & PROTECTED_ATTRIBUTES
    # The facts the mapping reads do not even carry sex or ethnicity (marital status is there for the
    # spouse rule only and never reaches ApplicantFeatures).
    assert not {f.name for f in fields(apps.CustomerFacts)} & {"gender", "sex", "ethnicity"}
    assert not set(load_pack().feature_fields) & PROTECTED_ATTRIBUTES


def test_same_person_different_sex_and_ethnicity_scores_the_same(db, actors):
    """Two customers identical but for sex (from the ID number) and ethnicity get the same score."""
    codes = seed_products(db)
    from tests.services.applications_support import id_number, years_ago

    birth = years_ago(41)
    man = make_customer(db, actors["clerk"], id_number=id_number(birth, male=True), ethnicity="汉族", birth=birth)
    woman = make_customer(db, actors["clerk"], id_number=id_number(birth, male=False), ethnicity="苗族",
                          name="王建英", birth=birth)
    results = []
    with db.read() as s:
        assert s.get(Customer, man).gender != s.get(Customer, woman).gender
    for cid in (man, woman):
        app_id = make_application(db, actors["clerk"], cid, codes["NH-XY"])
        with db.read() as s:
            app = s.get(Application, app_id)
            inp, _ = risk._load(s, app, TODAY)
        results.append((risk.features_from(inp), load_pack().score(risk.features_from(inp)).score))
    assert results[0] == results[1]


def test_batch_scoring_goes_through_the_same_mapping():
    cases = [inputs(), inputs(facts(loans_elsewhere_count=2, deposits=Decimal(0)), term_months=36),
             inputs(facts(credit_current_overdue=Decimal(50), housing_type="rent"), amount=Decimal(3000))]
    batch = risk.score_batch(cases)
    pack = load_pack()
    assert batch.score.tolist() == [pack.score(risk.features_from(c)).score for c in cases]


# --- suggestion ----------------------------------------------------------------------------------

def _hard(*outcomes: tuple[str, Outcome, Severity]) -> RuleReport:
    return RuleReport("default", "t", tuple(RuleResult(c, c, "risk", sev, out, "m") for c, out, sev in outcomes))


@pytest.mark.parametrize(("grade", "hard", "expected"), [
    ("A", _hard(("H01", Outcome.PASS, Severity.BLOCK)), "approve"),
    ("B", _hard(("H04", Outcome.FAIL, Severity.WARN)), "manual"),
    ("C", _hard(), "manual"),
    ("D", _hard(), "manual"),
    ("E", _hard(), "decline"),
    ("A", _hard(("H02", Outcome.FAIL, Severity.BLOCK)), "decline"),
    ("A", _hard(("H06", Outcome.MISSING, Severity.BLOCK)), "decline"),
])
def test_suggestion(grade, hard, expected):
    code, text = risk.suggest(grade, hard)
    assert code == expected and text


def test_suggestion_names_failed_rules_as_not_met():
    """Rule titles state the condition to meet ("无多头借贷"): listing them after "命中硬规则" told
    the approver the opposite of what the credit report showed."""
    hard = RuleReport("default", "t", (
        RuleResult("H03", "无多头借贷", "risk", Severity.BLOCK, Outcome.FAIL, "近6个月新增授信机构 5 家"),
        RuleResult("H06", "负债收入比不超过产品上限", "risk", Severity.BLOCK, Outcome.FAIL, "74.6%"),
    ))
    _code, text = risk.suggest("C", hard)
    assert "命中硬规则" not in text
    assert text.startswith("未通过硬规则：H03「无多头借贷」；H06「负债收入比不超过产品上限」")
    warn = RuleReport("default", "t", (
        RuleResult("H04", "近期征信查询次数正常", "risk", Severity.WARN, Outcome.FAIL, "8 次"),))
    _code, text = risk.suggest("A", warn)
    assert "未满足：H04「近期征信查询次数正常」" in text


# --- the stored assessment -----------------------------------------------------------------------

def passed_review(db, actors, **customer_over):
    app_id, cid, codes = good_case(db, actors)
    if customer_over:
        with db.write() as s:
            view = customers.get_customer(s, actors["clerk"], cid, unmasked=True)
        write(db, customers.update_customer, actors["clerk"], cid, replace(view.to_input(), **customer_over))
    write(db, apps.claim, actors["reviewer"], app_id)
    write(db, apps.pass_review, actors["reviewer"], app_id, comment="已核实")
    return app_id, cid


def test_assessment_is_stored_with_its_inputs_and_explanation(db, actors):
    app_id, _cid = passed_review(db, actors)
    view = write(db, risk.assess, actors["reviewer"], app_id)
    pack = load_pack()
    with db.read() as s:
        row = s.scalar(select(RiskAssessment).where(RiskAssessment.application_id == app_id))
        inp, _ = risk._load(s, s.get(Application, app_id), date.fromisoformat(view.inputs["today"]))
        stored = (row.score, row.grade, row.pack_id)
    expected = pack.score(risk.features_from(inp))
    assert stored == (expected.score, expected.grade, pack.model_version)
    assert view.score == expected.score and abs(view.pd - expected.pd) < 1e-12
    assert 3 <= len(view.reasons) <= 5 and view.reason_codes
    assert len(view.contributions) == len(pack.feature_fields)
    assert view.score_min < view.score < view.score_max
    assert [r.code for r in view.hard_rules] == ["H01", "H02", "H03", "H04", "H05", "H06", "H07"]
    assert not view.hard_block and view.suggestion in ("approve", "manual")
    assert view.dti is not None and Decimal("0.4") < view.dti < Decimal("0.6")
    assert view.inputs["features"]["purpose"] == "agriculture"
    assert {"gender", "ethnicity"}.isdisjoint(view.inputs["features"])
    assert [ln.label for ln in view.credit_lines][:2] == ["报告日期", "当前逾期金额"]
    with db.read() as s:
        assert risk.latest_assessment(s, actors["approver"], app_id).id == view.id
        page = risk.list_for_risk(s, actors["approver"])
    assert [(r.id, r.latest_grade) for r in page.rows] == [(app_id, view.grade)]


def test_current_overdue_blocks_and_suggests_decline(db, actors):
    app_id, _cid = passed_review(db, actors, credit=CreditSummaryInput(
        report_date=date.today(), overdue_count=3, overdue_max_months=2, current_overdue=Decimal("1500"),
        inquiries_6m=8, lender_count=5))
    view = write(db, risk.assess, actors["reviewer"], app_id)
    failed = {r.code for r in view.hard_rules if not r.passed}
    assert {"H02", "H03", "H04"} <= failed
    assert view.hard_block and view.suggestion == "decline" and "征信无当前逾期" in view.suggestion_text


def test_dti_over_the_product_limit_blocks(db, actors):
    app_id, _cid = passed_review(db, actors, liabilities=LiabilitiesInput(
        loans_here_count=0, loans_elsewhere_count=1, loans_elsewhere_balance=Decimal(80000),
        monthly_repayment=Decimal(3000)))
    view = write(db, risk.assess, actors["reviewer"], app_id)
    h06 = next(r for r in view.hard_rules if r.code == "H06")
    assert h06.blocking and "负债收入比" in h06.message
    assert view.dti > view.dti_limit


def test_assessment_refused_before_review_by_the_creator_and_without_permission(db, actors):
    app_id, _cid, _codes = good_case(db, actors)
    with pytest.raises(ServiceError, match="须先通过资料审核"):
        write(db, risk.assess, actors["reviewer"], app_id)
    write(db, apps.claim, actors["reviewer"], app_id)
    write(db, apps.pass_review, actors["reviewer"], app_id, comment="ok")
    with pytest.raises(PermissionDenied):
        write(db, risk.assess, actors["clerk"], app_id)
    write(db, auth.update_user, actors["admin"], actors["clerk"].user_id, role="approver")
    with pytest.raises(ServiceError, match="四眼原则"):
        write(db, risk.assess, actors["clerk"], app_id)
    write(db, risk.assess, actors["approver"], app_id)
    write(db, risk.assess, actors["approver"], app_id)  # re-assessment keeps history
    with db.read() as s:
        hist = risk.assessment_history(s, actors["auditor"], app_id)
    assert [h[1] for h in hist] == [1, 2]


def test_report_pdf_is_one_page_with_the_figures_and_is_attached(db, actors):
    app_id, _cid = passed_review(db, actors)
    view = write(db, risk.assess, actors["reviewer"], app_id)
    f, pdf = write(db, risk.export_risk_report, actors["approver"], view.id, blobs=BlobStore.of(db))
    reader = PdfReader(io.BytesIO(pdf))
    assert len(reader.pages) == 1
    text = reader.pages[0].extract_text().replace(" ", "")
    for words in ("贷款风险评估报告", str(view.score), view.grade_label.replace(" ", ""), "主要扣分原因", "H02",
                  "征信报告摘要", view.suggestion_label, view.application_no, "第1页共1页"):
        assert words in text, words
    assert view.reasons[0].replace(" ", "")[:8] in text
    fonts = [fd for page in reader.pages for fd in _font_files(page)]
    assert fonts and all(fonts), "the CJK font must be embedded"
    with db.read() as s:
        assert s.get(RiskAssessment, view.id).report_file_id == f.id
    with db.write() as s:
        assert apps.file_content(s, actors["auditor"], f.id, blobs=BlobStore.of(db)) == pdf


def _font_files(page) -> list[bool]:
    out = []
    fonts = page["/Resources"].get("/Font", {})
    for ref in fonts.values():
        font = ref.get_object()
        desc = font.get("/FontDescriptor")
        if desc is None and "/DescendantFonts" in font:
            desc = font["/DescendantFonts"][0].get_object().get("/FontDescriptor")
        if desc is not None:
            d = desc.get_object()
            out.append(any(k in d for k in ("/FontFile", "/FontFile2", "/FontFile3")))
    return out


def test_complete_assessment_moves_to_approval(db, actors):
    app_id, _cid = passed_review(db, actors)
    write(db, risk.assess, actors["reviewer"], app_id)
    write(db, apps.complete_assessment, actors["reviewer"], app_id)
    with db.read() as s:
        assert s.get(Application, app_id).state == AppState.PENDING_APPROVAL


def test_customer_input_fixture_is_valid():
    assert customers.check(customer_input()).errors == {}
