"""Cases a clerk meets at the counter that the intake check must answer plainly."""

from __future__ import annotations

from datetime import date

from loandesk.services import customers as cs
from tests.services._fixtures_customers import person

TODAY = date(2026, 6, 1)


def test_a_customer_aged_100_or_more_is_a_warning_to_check_the_number() -> None:
    result = cs.check(person(birth="19200101"), today=TODAY)  # 106: a typo in the number is likelier
    assert result.errors == {}
    assert "106" in result.warnings["id_number"] and "核对" in result.warnings["id_number"]
    assert "id_number" not in cs.check(person(birth="19270101"), today=TODAY).warnings  # 99: nothing to say


def test_an_old_15_digit_number_of_a_centenarian_gets_both_notices() -> None:
    result = cs.check(person(birth="19200101", id_number="110105200101123"), today=TODAY)
    assert result.errors == {}
    assert "15位" in result.warnings["id_number"] and "106" in result.warnings["id_number"]


def test_the_old_15_digit_number_finds_the_customer(db, actors) -> None:
    """Old loan contracts and hukou books still carry the 15-digit number: typing it in the search box
    must find the customer (stored under the upgraded 18-digit number)."""
    from tests.gui.customer_helpers import valid_input

    with db.write() as s:
        made = cs.create_customer(s, actors["clerk"], valid_input(id_number="330106850312123"))
    with db.read() as s:
        for typed in ("330106850312123", "330106 850312 123"):
            page = cs.search_customers(s, actors["clerk"], typed)
            assert [r.id for r in page.rows] == [made.id], typed
            assert page.rows[0].matched == "id_number"
            assert cs.count_customers(s, actors["clerk"], typed) == 1


def test_a_card_number_that_fails_tells_how_to_record_a_passbook() -> None:
    """存折 and internal account numbers are no card numbers (domain-rules §1.6): the clerk who typed
    one as 银行卡 must learn how to record it, not only that it failed."""
    consent = (cs.ConsentInput(kind="pi_sensitive", signed_on="2026-05-01", scope="贷款业务"),)
    for number, blocks in (("6222021234567890", False), ("62270012345", True)):  # Luhn fails; too short
        result = cs.check(person(bank=cs.BankAccountInput("card", number), consents=consent), today=TODAY)
        message = (result.errors if blocks else result.warnings)["bank.account_no"]
        assert "存折" in message and "账户类型" in message, message
        assert ("bank.account_no" in result.errors) is blocks  # §1.6: a failed Luhn digit only warns


def test_a_card_about_to_expire_is_a_warning() -> None:
    """Loan paperwork takes weeks: a card expiring within 60 days is flagged at the field."""
    soon = person(birth="19950101", id_valid_from="2016-07-15", id_valid_to="2026-07-15")  # 44 days left
    result = cs.check(soon, today=TODAY)
    assert result.errors == {}
    assert "2026-07-15" in result.warnings["id_valid_to"] and "44" in result.warnings["id_valid_to"]
    later = person(birth="19950101", id_valid_from="2016-09-15", id_valid_to="2026-09-15")
    assert "id_valid_to" not in cs.check(later, today=TODAY).warnings


def test_an_emergency_contact_with_the_customers_own_phone_is_pointed_out() -> None:
    """Filling the customer's own number just to get past the field leaves nobody to call."""
    data = person(mobile="13812345678", contacts=(cs.ContactInput(role="contact", name="李四", relation="朋友",
                                                                  phone="138-1234-5678"),))
    result = cs.check(data, today=TODAY)
    assert result.errors == {}
    assert "本人" in result.warnings["contacts"] and "第 1" in result.warnings["contacts"]
