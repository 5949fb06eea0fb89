"""Every review and hard risk rule of the shipped rule set passes on a clean case and fails on a bad one,
and the rule-set file format refuses what head office must not be able to ship by mistake."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

import pytest

from loandesk.domain.documents import DEFAULT_CHECKLISTS, DocType, DocumentFact, checklist_status
from loandesk.domain.idcard import compute_check_digit
from loandesk.domain.review_rules import (
    CreditFacts,
    Outcome,
    PersonFacts,
    ReviewSnapshot,
    RuleSet,
    RuleSetError,
    Severity,
    evaluate,
    load_default_rule_set,
)

TODAY = date(2026, 6, 15)
ROOT = Path(__file__).resolve().parents[2]


def idn(birth: str, seq: str = "123", region: str = "330106") -> str:
    first17 = f"{region}{birth}{seq}"
    return first17 + compute_check_digit(first17)


APPLICANT = PersonFacts("applicant", "王建华", idn("19800304"), TODAY + timedelta(days=2000), False, True)
SPOUSE = PersonFacts("spouse", "李秀英", idn("19820506", "124"), None, False, True, "配偶")
GUARANTOR = PersonFacts("guarantor", "赵志刚", idn("19750101", "135"), TODAY + timedelta(days=900), False, True, "朋友")
CHECKLIST = DEFAULT_CHECKLISTS["personal"]


def docs(*, skip: tuple[DocType, ...] = (), issued: dict[DocType, date] | None = None) -> tuple[DocumentFact, ...]:
    issued = issued or {}
    out = []
    for i, item in enumerate(CHECKLIST.items):
        if item.doc_type in skip:
            continue
        out.append(DocumentFact(f"d{i}", item.doc_type, TODAY - timedelta(days=3),
                                issued.get(item.doc_type, TODAY - timedelta(days=5))))
    return tuple(out)


def snapshot(**over: object) -> ReviewSnapshot:
    facts = over.pop("documents", docs())
    base = ReviewSnapshot(
        today=TODAY, application_no="SQ1", product_name="个人消费贷款", amount=Decimal("50000"), term_months=24,
        guarantee_type="guarantor", applicant=APPLICANT, birth_date=date(1980, 3, 4),
        allowed_guarantee_types=("credit", "guarantor"), min_age=18, max_age=65, max_age_at_maturity=65,
        dti_limit=Decimal("0.5"), married=True, spouse=SPOUSE, guarantors=(GUARANTOR,),
        declared_monthly_income=Decimal("9000"), statement_monthly_income=Decimal("8600"),
        existing_monthly_repayment=Decimal("800"), new_monthly_payment=Decimal("2200"),
        hukou_address="浙江省杭州市西湖区三墩镇兰里村12号", current_address="浙江省杭州市西湖区文三路8号",
        hukou_region="330106", current_region="330106",
        checklist=tuple(checklist_status(CHECKLIST, facts, TODAY)), documents=facts,  # type: ignore[arg-type]
        credit=CreditFacts(current_overdue_count=0, current_overdue_amount=Decimal(0), overdue_count=1,
                           inquiries_6m=2, lenders_6m=1, report_date=TODAY - timedelta(days=5)),
    )
    snap = replace(base, **over)  # type: ignore[arg-type]
    if "checklist" not in over:
        snap = replace(snap, checklist=tuple(checklist_status(CHECKLIST, snap.documents, TODAY)))
    return snap


RULES = load_default_rule_set()


def test_clean_case_passes_every_rule():
    report = evaluate(RULES, snapshot())
    bad = [(r.code, r.outcome, r.message) for r in report.results if not r.passed]
    assert bad == []
    assert report.ok and not report.warnings and not report.needed_items()
    # Every rule of the shipped set actually ran (none silently not applicable on the clean case).
    assert {r.code for r in report.results if r.outcome is Outcome.PASS} == {r.code for r in RULES.rules}


FAILS: list[tuple[str, dict, str]] = [
    ("R101", {"documents": docs(skip=(DocType.ID_FRONT,))}, "身份证正面"),
    ("R102", {"documents": docs(issued={DocType.CREDIT_REPORT: TODAY - timedelta(days=40)})}, "已过期"),
    ("R103", {"documents": docs(skip=(DocType.VEHICLE,))}, "行驶证"),
    ("R104", {"guarantors": ()}, "至少 1 人"),
    ("R105", {"guarantee_type": "mortgage", "guarantors": ()}, "不在产品"),
    ("R106", {"spouse": None}, "未登记配偶"),
    ("R201", {"applicant": replace(APPLICANT, id_valid_until=TODAY - timedelta(days=1))}, "到期"),
    ("R202", {"documents": docs(issued={DocType.INCOME: TODAY - timedelta(days=100)})}, "超过 90 天"),
    ("R203", {"documents": docs(issued={DocType.CREDIT_REPORT: TODAY - timedelta(days=35)})}, "重新查询征信"),
    ("R204", {"guarantors": (replace(GUARANTOR, credit_auth=False),)}, "征信查询授权书"),
    ("R205", {"birth_date": date(1955, 1, 1), "max_age_at_maturity": 80}, "不在产品"),
    ("R206", {"guarantors": (replace(GUARANTOR, id_number=APPLICANT.id_number),)}, "同一人"),
    ("R207", {"guarantors": (replace(GUARANTOR, relation="配偶"),)}, "配偶"),
    ("R208", {"spouse": replace(SPOUSE, id_number=SPOUSE.id_number[:-1] + ("0" if SPOUSE.id_number[-1] != "0"
                                                                           else "1"))}, "校验位"),
    ("R301", {"statement_monthly_income": Decimal("4000")}, "银行流水月均入账 4,000.00 元"),
    ("R302", {"current_region": "330782", "current_address": "浙江省义乌市稠城街道"}, "不在同一县"),
    ("H01", {"blacklist_hits": ("借款人 王建华（恶意逃废债）",)}, "命中黑名单"),
    ("H02", {"credit": CreditFacts(1, Decimal("1234.5"), 1, 2, 1, TODAY)}, "当前逾期 1 笔、金额 1,234.50 元"),
    ("H03", {"credit": CreditFacts(0, Decimal(0), 0, 2, 5, TODAY)}, "5 家"),
    ("H04", {"credit": CreditFacts(0, Decimal(0), 0, 9, 1, TODAY)}, "9 次"),
    ("H05", {"credit": CreditFacts(0, Decimal(0), 8, 2, 1, TODAY)}, "8 次"),
    ("H06", {"existing_monthly_repayment": Decimal("3000")}, "负债收入比 57.8%"),
    ("H07", {"birth_date": date(1963, 1, 1), "term_months": 60}, "年满 68 岁，超过上限 65 岁"),
]


@pytest.mark.parametrize(("code", "change", "words"), FAILS, ids=[f[0] for f in FAILS])
def test_each_rule_fails_on_its_bad_case(code, change, words):
    report = evaluate(RULES, snapshot(**change))
    r = report.result(code)
    assert r.outcome is Outcome.FAIL, (code, r)
    assert words in r.message, r.message
    rule = RULES.rule(code)
    assert r.severity is rule.severity
    assert r.blocking == (rule.severity is Severity.BLOCK)


def test_all_rules_have_a_failing_case():
    assert {c for c, _, _ in FAILS} == {r.code for r in RULES.rules}


def test_missing_data_is_reported_not_passed():
    snap = snapshot(credit=None, declared_monthly_income=None, birth_date=None,
                    applicant=replace(APPLICANT, id_valid_until=None))
    report = evaluate(RULES, snap)
    for code in ("H02", "H03", "H06", "H07", "R205", "R201"):
        assert report.result(code).outcome is Outcome.MISSING, code
    # R201 is block when expired, only a warning when the date was not recorded.
    assert report.result("R201").severity is Severity.WARN
    assert report.result("H02").blocking


def test_needed_items_feed_the_supplement_notice():
    snap = snapshot(documents=docs(skip=(DocType.HUKOU,), issued={DocType.BANK_STATEMENT: TODAY - timedelta(days=120)}))
    names = [n.name for n in evaluate(RULES, snap).needed_items()]
    assert "户口本" in names
    assert any("银行流水" in n for n in names)
    assert len(names) == len(set(names))


def test_statement_income_only_demanded_when_statements_are_on_file():
    no_stmt = docs(skip=(DocType.BANK_STATEMENT,))
    assert evaluate(RULES, snapshot(statement_monthly_income=None, documents=no_stmt)).result("R301").outcome \
        is Outcome.NOT_APPLICABLE
    assert evaluate(RULES, snapshot(statement_monthly_income=None)).result("R301").outcome is Outcome.MISSING


def test_spouse_as_guarantor_by_id_number_is_flagged():
    report = evaluate(RULES, snapshot(guarantors=(replace(GUARANTOR, id_number=SPOUSE.id_number),)))
    assert report.result("R207").outcome is Outcome.FAIL


def test_group_loan_needs_members():
    base = snapshot(guarantee_type="group", allowed_guarantee_types=("group",), guarantors=())
    assert evaluate(RULES, base).result("R104").outcome is Outcome.FAIL
    members = tuple(replace(GUARANTOR, role="group_member", name=f"成员{i}", id_number=idn("19790101", f"2{i}1"))
                    for i in range(2))
    assert evaluate(RULES, replace(base, guarantors=members)).result("R104").outcome is Outcome.PASS


def test_categories_filter_and_disabled_rules():
    risk_only = evaluate(RULES, snapshot(), categories=("risk",))
    assert {r.code[0] for r in risk_only.results} == {"H"}
    off = RULES.with_rules(replace(r, enabled=r.code != "H01") for r in RULES.rules)
    report = evaluate(off, snapshot(blacklist_hits=("x",)))
    assert "H01" not in {r.code for r in report.results}


def test_shipped_rule_set_is_installed_identically():
    resource = (ROOT / "resources" / "rules" / "default_rules.json").read_text(encoding="utf-8")
    packaged = (ROOT / "loandesk" / "domain" / "data" / "review_rules.json").read_text(encoding="utf-8")
    assert resource == packaged
    rs = RuleSet.from_json(resource)
    assert rs.rule_set_id == "default" and len(rs.rules) >= 20
    assert all(r.messages["fail"] and any("\u4e00" <= ch <= "\u9fff" for ch in r.messages["fail"]) for r in rs.rules)


def _doc(**over: object) -> str:
    data = json.loads((ROOT / "resources" / "rules" / "default_rules.json").read_text(encoding="utf-8"))
    rule = dict(data["rules"][0])
    rule.update(over)
    data["rules"] = [rule]
    return json.dumps(data, ensure_ascii=False)


@pytest.mark.parametrize(("over", "words"), [
    ({"check": "nope"}, "检查项“nope”不存在"),
    ({"severity": "fatal"}, "block 或 warn"),
    ({"messages": {}}, "messages.fail"),
    ({"category": "x"}, "类别"),
    ({"params": {"bogus": 1}}, "未知参数"),
])
def test_malformed_rule_sets_are_refused_with_a_reason(over, words):
    with pytest.raises(RuleSetError) as err:
        RuleSet.from_json(_doc(**over))
    assert words in str(err.value)


def test_not_a_rule_file_and_newer_format():
    with pytest.raises(RuleSetError):
        RuleSet.from_json("{}")
    with pytest.raises(RuleSetError, match="高于"):
        RuleSet.from_json(_doc().replace('"format_version": 1', '"format_version": 99'))


def test_unknown_placeholder_does_not_break_the_review():
    text = _doc(check="blacklist", code="X1", category="risk", messages={"fail": "命中 {hits} {nonexistent}"})
    rs = RuleSet.from_json(text)
    r = evaluate(rs, snapshot(blacklist_hits=("甲",))).result("X1")
    assert r.message == "命中 甲 {nonexistent}"
