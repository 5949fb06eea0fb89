"""customers.check()/validate(): field-level Chinese messages, usable while typing (no database)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from decimal import Decimal

import pytest

from loandesk.services import customers as cs
from tests.services._fixtures_customers import make_card, make_id, make_uscc, person

TODAY = date(2026, 6, 1)


def errors(data: cs.CustomerInput, **kw: object) -> dict[str, str]:
    return cs.validate(data, today=TODAY, **kw)  # type: ignore[arg-type]


def test_valid_person_has_no_errors_and_derives_from_id() -> None:
    result = cs.check(person(birth="19800101", seq=124), today=TODAY)
    assert result.errors == {}
    assert result.derived is not None
    assert result.derived.birth_date == date(1980, 1, 1)
    assert result.derived.gender == "female"  # even sequence code
    assert result.derived.age == 46
    assert result.derived.region_name.startswith("北京市")


@pytest.mark.parametrize("bad, fragment", [
    ("11010519800101123", "位数"),
    ("110105198001011230", "校验位"),
    ("110105198002301234", "日期"),
    ("11010519800101123A", "非法字符"),
    ("", "请输入"),
])
def test_bad_id_numbers_are_refused_at_the_field(bad: str, fragment: str) -> None:
    errs = errors(person(id_number=bad))
    assert fragment in errs["id_number"]


def test_typed_gender_and_birth_date_must_agree_with_id() -> None:
    errs = errors(person(seq=123, gender="female", birth_date="1981-01-01"))
    assert "身份证号显示为男" in errs["gender"]
    assert "1980-01-01" in errs["birth_date"]
    assert errors(person(seq=123, gender="男", birth_date="1980年1月1日")) == {}


def test_full_width_and_lower_x_id_is_normalised() -> None:
    number = make_id("19491231", 2)  # 11010519491231002X
    typed = number[:-1].translate({ord(c): ord(c) + 0xFEE0 for c in "0123456789"}) + "x"
    result = cs.check(person(id_number=typed), today=TODAY)
    assert result.errors == {}
    assert result.derived is not None and result.derived.id_number == number


def test_minor_under_16_refused_16_17_warned() -> None:
    assert "未满16周岁" in errors(person(birth="20150101", id_valid_to="2031-03-01"))["id_number"]
    result = cs.check(person(birth="20090101", id_valid_to="2031-03-01"), today=TODAY)
    assert "id_number" not in result.errors and "16–17" in result.warnings["id_number"]


@pytest.mark.parametrize("mobile, fragment", [
    ("1381234567", "11位"), ("23812345678", "13–19"), ("14512345678", "物联网"), ("", "请输入"), ("138abc45678", "数字"),
])
def test_mobile_errors(mobile: str, fragment: str) -> None:
    assert fragment in errors(person(mobile=mobile))["mobile"]


def test_mobile_with_ime_spaces_and_plus86_is_accepted() -> None:
    assert errors(person(mobile="+86 138 1234 5678")) == {}


def test_expired_card_is_an_error_at_intake_and_a_warning_when_editing() -> None:
    data = person(id_valid_from="2006-03-01", id_valid_to="2026-03-01")
    assert "过期" in errors(data)["id_valid_to"]
    edit = cs.check(data, today=TODAY, intake=False)
    assert "id_valid_to" not in edit.errors and "过期" in edit.warnings["id_valid_to"]


def test_validity_missing_or_inconsistent_with_age_at_issue() -> None:
    assert "有效期" in errors(person(id_valid_from=None, id_valid_to=None))["id_valid_from"]
    assert "长期" in errors(person(id_valid_to=None))["id_valid_to"]
    # 41 at issue: 20 years, not 10
    result = cs.check(person(id_valid_from="2021-03-01", id_valid_to="2031-03-01"), today=TODAY)
    assert result.errors == {} and "2041-03-01" in result.warnings["id_valid_to"]
    # long term although 41 at issue
    result = cs.check(person(id_valid_to=None, id_long_term=True), today=TODAY)
    assert "不应为长期" in result.warnings["id_valid_to"]
    assert "晚于今天" in errors(person(id_valid_from="2027-01-01", id_valid_to="2047-01-01"))["id_valid_from"]
    assert "晚于起始" in errors(person(id_valid_from="2021-03-01", id_valid_to="2020-03-01"))["id_valid_to"]


def test_date_formats() -> None:
    for typed in ("2021-03-01", "2021/3/1", "2021.03.01", "2021年3月1日", "20210301", "２０２１－０３－０１"):
        assert errors(person(id_valid_from=typed)) == {}, typed
    assert "格式" in errors(person(id_valid_from="03/01/2021"))["id_valid_from"]
    assert "真实的日期" in errors(person(id_valid_from="2021-02-30"))["id_valid_from"]


def test_amounts_parse_to_fen_and_refuse_garbage() -> None:
    ok = person(income=cs.IncomeInput(monthly_income="5万", household_income="12,000.50"))
    assert errors(ok) == {}
    assert "负数" in errors(person(income=cs.IncomeInput(monthly_income="-1")))["income.monthly_income"]
    assert "两位小数" in errors(person(income=cs.IncomeInput(monthly_income="1.234")))["income.monthly_income"]
    assert "无法识别" in errors(person(assets=cs.AssetsInput(deposits="很多")))["assets.deposits"]
    assert "过大" in errors(person(assets=cs.AssetsInput(deposits=Decimal("1e12"))))["assets.deposits"]
    assert "整数" in errors(person(household=cs.HouseholdInput(household_size="三")))["household.household_size"]
    assert "两位小数" in errors(person(assets=cs.AssetsInput(land_area_mu="3.125")))["assets.land_area_mu"]


def test_business_needs_name_and_valid_uscc() -> None:
    base = person(kind="business")
    errs = errors(base)
    assert "请填写" in errs["business_name"] and "请输入统一社会信用代码" in errs["uscc"]
    good = replace(base, business_name="城关张记农资店", uscc=make_uscc())
    assert errors(good) == {}
    bad = replace(good, uscc=good.uscc[:-1] + ("0" if good.uscc[-1] != "0" else "1"))
    assert "校验位" in errors(bad)["uscc"]
    assert "非法字符" in errors(replace(good, uscc="91350100M000100YIO"))["uscc"]


def test_bank_card_luhn_only_for_cards_and_only_with_consent() -> None:
    consent = (cs.ConsentInput(kind="pi_sensitive", signed_on="2026-05-01", scope="贷款业务"),)
    card = make_card()
    no_consent = errors(person(bank=cs.BankAccountInput("card", card, "城关信用社")))
    assert "单独同意" in no_consent["bank.account_no"]
    assert errors(person(bank=cs.BankAccountInput("card", card), consents=consent)) == {}
    assert errors(person(bank=cs.BankAccountInput("card", card)), consents=["pi_sensitive"]) == {}
    wrong = card[:-1] + str((int(card[-1]) + 1) % 10)
    # domain-rules §1.6: a failed check digit warns (older RCC cards carry none), it does not block
    failed = cs.check(person(bank=cs.BankAccountInput("card", wrong), consents=consent), today=TODAY)
    assert failed.errors == {}
    assert "Luhn" in failed.warnings["bank.account_no"] and "核对" in failed.warnings["bank.account_no"]
    assert "bank.account_no" not in cs.check(person(bank=cs.BankAccountInput("card", card), consents=consent),
                                             today=TODAY).warnings
    # the form of a card number still blocks: letters, or a length no card has
    assert "只能包含数字" in errors(person(bank=cs.BankAccountInput("card", card[:-2] + "AB"), consents=consent))[
        "bank.account_no"]
    assert "16–19位" in errors(person(bank=cs.BankAccountInput("card", card[:12]), consents=consent))["bank.account_no"]
    # a passbook number is not a card PAN: no Luhn
    assert errors(person(bank=cs.BankAccountInput("passbook", "12345678901"), consents=consent)) == {}


def test_credit_summary_needs_a_credit_query_authorisation() -> None:
    credit = cs.CreditSummaryInput(report_date="2026-05-20", overdue_count=1, inquiries_6m=2, lender_count=3)
    assert "征信查询授权书" in errors(person(credit=credit))["credit.report_date"]
    consent = (cs.ConsentInput(kind="credit_query", signed_on="2026-05-19", scope="贷款审查"),)
    assert errors(person(credit=credit, consents=consent)) == {}
    missing_date = replace(credit, report_date=None)
    assert "请填写征信报告日期" in errors(person(credit=missing_date, consents=consent))["credit.report_date"]


def test_consent_entries_are_checked() -> None:
    bad = (cs.ConsentInput(kind="xx", signed_on="2027-01-01", scope=""),)
    errs = errors(person(consents=bad))
    assert "consents[0].kind" in errs and "晚于今天" in errs["consents[0].signed_on"]
    assert "授权范围" in errs["consents[0].scope"]


def test_guarantors_and_contacts() -> None:
    me = make_id("19800101", 123)
    contacts = (
        cs.ContactInput(role="guarantor", name="李四", id_number="", phone="13900000000"),
        cs.ContactInput(role="guarantor", name="王五", id_number=me),
        cs.ContactInput(role="spouse", name="赵六", id_number="11010519800101999"),
        cs.ContactInput(role="contact", name="钱七", phone=""),
        cs.ContactInput(role="guarantor", name="孙八", id_number=make_id("20150101", 11)),
    )
    errs = errors(person(contacts=contacts))
    assert "请填写担保人的身份证号" in errs["contacts[0].id_number"]
    assert "不能是客户本人" in errs["contacts[1].id_number"]
    assert "位数" in errs["contacts[2].id_number"]
    assert "紧急联系人的电话" in errs["contacts[3].phone"]
    assert "18周岁" in errs["contacts[4].id_number"]
    twice = make_id("19750505", 55)
    dup = (cs.ContactInput(role="guarantor", name="甲", id_number=twice),
           cs.ContactInput(role="guarantor", name="乙", id_number=twice))
    assert "重复" in errors(person(contacts=dup))["contacts[1].id_number"]
    landline = (cs.ContactInput(role="contact", name="丙", phone="0571-8888 6666"),)
    assert errors(person(contacts=landline)) == {}


def test_married_without_spouse_is_a_warning() -> None:
    result = cs.check(person(personal=cs.PersonalInput(marital_status="已婚")), today=TODAY)
    assert result.errors == {} and "配偶" in result.warnings["contacts"]


def test_over_long_fields_and_control_characters_in_names() -> None:
    long_text = "地" * 10_240
    errs = errors(person(address=cs.AddressInput(current_address=long_text), notes="x" * 3000))
    assert "不能超过 200 个字" in errs["address.current_address"]
    assert "2000" in errs["notes"]
    assert "控制字符" in errors(person(name="张\u202e三"))["name"]
    assert "控制字符" in errors(person(name="张\x00三"))["name"]
    assert "不能超过 50" in errors(person(name="张" * 51))["name"]


def test_region_codes_must_exist() -> None:
    errs = errors(person(address=cs.AddressInput(hukou_region_code="999999")))
    assert "行政区划" in errs["address.hukou_region_code"]
    assert errors(person(address=cs.AddressInput(hukou_region_code="110105", current_region_code="330102"))) == {}


def test_years_cannot_exceed_age() -> None:
    errs = errors(person(birth="20000101", id_valid_to="2031-03-01",
                         work=cs.WorkInput(years_employed=30), address=cs.AddressInput(current_address_years=40)))
    assert "年龄" in errs["work.years_employed"] and "年龄" in errs["address.current_address_years"]


def test_choices_accept_codes_or_chinese_labels() -> None:
    data = person(personal=cs.PersonalInput(marital_status="未婚", education="bachelor"),
                  assets=cs.AssetsInput(housing_type="租房"))
    assert errors(data) == {}
    assert "婚姻状况" in errors(person(personal=cs.PersonalInput(marital_status="保密")))["personal.marital_status"]
