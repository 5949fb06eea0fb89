"""Resident ID number parsing (GB 11643) and card validity (居民身份证法 art. 5)."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from loandesk.domain.idcard import (
    IdNumber,
    InvalidIdNumber,
    compute_check_digit,
    expected_expiry,
    id_card_validity_years,
    is_valid_id_number,
    parse_id_number,
)

TODAY = date(2025, 6, 1)

FULLWIDTH = str.maketrans("0123456789Xx", "０１２３４５６７８９Ｘｘ")


def make_id(region: str, born: date, seq: int) -> str:
    first17 = f"{region}{born:%Y%m%d}{seq:03d}"
    return first17 + compute_check_digit(first17)


REGIONS = st.sampled_from(["110105", "330106", "440524", "340524", "110103", "330103", "652324", "429004"])
BIRTHS = st.dates(min_value=date(1900, 1, 1), max_value=TODAY)
SEQS = st.integers(min_value=0, max_value=999)


# --- check vectors -----------------------------------------------------------------------------


@pytest.mark.parametrize("number", ["11010519491231002X", "440524188001010014", "34052419800101001X"])
def test_domain_rules_vectors_are_valid(number: str) -> None:
    parsed = parse_id_number(number, today=TODAY)
    assert parsed.number == number


def test_fields_of_a_known_number() -> None:
    p = parse_id_number("11010519491231002X", today=TODAY)
    assert p.birth_date == date(1949, 12, 31)
    assert p.gender == "female"  # sequence 002 -> even
    assert p.region_code == "110105"
    assert p.original == "11010519491231002X"
    assert p.document_kind == "resident"
    assert p.region is not None and p.region.full_name == "北京市朝阳区"
    assert parse_id_number("440524188001010014", today=TODAY).gender == "male"


def test_compute_check_digit() -> None:
    assert compute_check_digit("11010519491231002") == "X"
    assert compute_check_digit("44052418800101001") == "4"
    with pytest.raises(InvalidIdNumber):
        compute_check_digit("1101051949123100")
    with pytest.raises(InvalidIdNumber):
        compute_check_digit("1101051949123100A")


def test_fifteen_digit_upgrade() -> None:
    p = parse_id_number("610104620927690", today=TODAY)
    assert p.number == "610104196209276908"
    assert p.original == "610104620927690"
    assert p.upgraded
    assert p.birth_date == date(1962, 9, 27)
    assert p.notice is not None and "15位" in p.notice


def test_fifteen_digit_centenarian_sequence_warns() -> None:
    p = parse_id_number("110105050101997", today=TODAY)
    assert p.notice is not None and "百岁" in p.notice


@pytest.mark.parametrize(
    "typed",
    [
        " 11010519491231002x ",
        "110105 1949 1231 002X",
        "110105-19491231-002X",
        "１１０１０５１９４９１２３１００２Ｘ",
        "１１０１０５１９４９１２３１００２ｘ",
        "110105\u300019491231002X",
    ],
)
def test_clerk_typing_is_tolerated(typed: str) -> None:
    p = parse_id_number(typed, today=TODAY)
    assert p.number == "11010519491231002X"
    assert p.original == typed.strip()


# --- rejections --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("typed", "fragment"),
    [
        ("", "请输入"),
        ("   ", "请输入"),
        ("11010519491231002", "位数不对"),
        ("1101051949123100211", "位数不对"),
        ("11010519491231002Y", "非法字符"),
        ("1101051949123X002X", "非法字符"),
        ("110105194912310021", "校验位错误，应为X"),
        ("110105194902300021", "出生日期无效"),
        ("110105179901010021", "1800"),
        ("100105194912310021", "省份代码不存在"),
        ("240105194912310021", "省份代码不存在"),
        ("60010519491231002X", "省份代码不存在"),
        ("61010462092769X", "数字"),
    ],
)
def test_rejections_say_what_is_wrong(typed: str, fragment: str) -> None:
    with pytest.raises(InvalidIdNumber) as exc:
        parse_id_number(typed, today=TODAY)
    assert fragment in str(exc.value)
    assert isinstance(exc.value, ValueError)


def test_future_birth_is_rejected() -> None:
    number = make_id("110105", TODAY + timedelta(days=1), 1)
    with pytest.raises(InvalidIdNumber, match="晚于今天"):
        parse_id_number(number, today=TODAY)
    assert parse_id_number(make_id("110105", TODAY, 1), today=TODAY).birth_date == TODAY


def test_none_and_non_string() -> None:
    with pytest.raises(InvalidIdNumber):
        parse_id_number(None)
    with pytest.raises(InvalidIdNumber):
        parse_id_number(11010519491231002)  # type: ignore[arg-type]
    assert not is_valid_id_number("abc")
    assert is_valid_id_number("11010519491231002X")


# --- region notices: never a rejection ---------------------------------------------------------


def test_retired_region_code_is_accepted_with_notice() -> None:
    p = parse_id_number(make_id("110103", date(1970, 5, 5), 123), today=TODAY)  # 崇文区, merged 2010
    assert p.notice is not None and "已撤销" in p.notice and "崇文区" in p.notice
    assert p.region_code == "110103"


def test_unknown_region_code_is_accepted_with_notice() -> None:
    p = parse_id_number(make_id("110199", date(1970, 5, 5), 123), today=TODAY)
    assert p.notice is not None and "不在行政区划代码表中" in p.notice


def test_foreigner_permanent_residence_is_accepted_with_notice() -> None:
    p = parse_id_number(make_id("933156", date(1985, 3, 4), 11), today=TODAY)
    assert p.document_kind == "foreigner"
    assert p.notice is not None and "外国人" in p.notice
    assert p.region is None


@pytest.mark.parametrize("prefix", ["810000", "820000", "830000"])
def test_hk_macao_taiwan_permits(prefix: str) -> None:
    p = parse_id_number(make_id(prefix, date(1990, 1, 1), 1), today=TODAY)
    assert p.document_kind == "permit"
    assert p.notice is not None and "居住证" in p.notice


# --- properties --------------------------------------------------------------------------------


@settings(max_examples=200, deadline=None)
@given(REGIONS, BIRTHS, SEQS)
def test_random_valid_ids_round_trip(region: str, born: date, seq: int) -> None:
    number = make_id(region, born, seq)
    p = parse_id_number(number, today=TODAY)
    assert p.number == number
    assert p.birth_date == born
    assert p.region_code == region
    assert p.gender == ("male" if seq % 2 else "female")
    assert len(p.number) == 18
    assert parse_id_number(number.lower(), today=TODAY).number == number
    assert parse_id_number(number.translate(FULLWIDTH), today=TODAY).number == number
    assert parse_id_number(number.lower().translate(FULLWIDTH), today=TODAY).number == number
    spaced = f" {number[:6]} {number[6:14]} {number[14:]} "
    assert parse_id_number(spaced, today=TODAY).number == number


@settings(max_examples=200, deadline=None)
@given(REGIONS, BIRTHS, SEQS, st.integers(0, 17), st.integers(1, 10))
def test_single_character_corruption_is_rejected(
    region: str, born: date, seq: int, pos: int, delta: int
) -> None:
    number = make_id(region, born, seq)
    alphabet = "0123456789X" if pos == 17 else "0123456789"
    old = number[pos]
    new = alphabet[(alphabet.index(old) + delta) % len(alphabet)]
    if new == old:
        return
    corrupted = number[:pos] + new + number[pos + 1 :]
    with pytest.raises(InvalidIdNumber):
        parse_id_number(corrupted, today=TODAY)


@settings(max_examples=100, deadline=None)
@given(REGIONS, st.dates(min_value=date(1900, 1, 1), max_value=date(1999, 12, 31)), SEQS)
def test_fifteen_digit_upgrade_property(region: str, born: date, seq: int) -> None:
    old = f"{region}{born:%y%m%d}{seq:03d}"
    p = parse_id_number(old, today=TODAY)
    assert p.number[:17] == f"{region}{born:%Y%m%d}{seq:03d}"
    assert p.birth_date == born
    assert parse_id_number(p.number, today=TODAY).number == p.number


# --- age and card validity ---------------------------------------------------------------------


def test_age_on() -> None:
    p = IdNumber("11010519491231002X", date(1949, 12, 31), "female", "110105")
    assert p.age_on(date(2025, 12, 30)) == 75
    assert p.age_on(date(2025, 12, 31)) == 76
    leap = IdNumber("x", date(2000, 2, 29), "male", "110105")
    assert leap.age_on(date(2018, 2, 28)) == 17
    assert leap.age_on(date(2018, 3, 1)) == 18


@pytest.mark.parametrize(
    ("age", "years"),
    [(0, 5), (15, 5), (16, 10), (25, 10), (26, 20), (45, 20), (46, None), (90, None)],
)
def test_validity_years(age: int, years: int | None) -> None:
    assert id_card_validity_years(age) == years


def test_validity_rejects_negative_age() -> None:
    with pytest.raises(ValueError):
        id_card_validity_years(-1)


def test_expected_expiry() -> None:
    born = date(1990, 6, 15)
    assert expected_expiry(date(2005, 6, 14), born) == date(2010, 6, 14)  # age 14 -> 5 years
    assert expected_expiry(date(2006, 6, 15), born) == date(2016, 6, 15)  # age 16 -> 10 years
    assert expected_expiry(date(2016, 6, 15), born) == date(2036, 6, 15)  # age 26 -> 20 years
    assert expected_expiry(date(2036, 6, 15), born) is None  # age 46 -> 长期
    assert expected_expiry(date(2020, 2, 29), date(2000, 1, 1)) == date(2030, 2, 28)
    with pytest.raises(ValueError):
        expected_expiry(date(1980, 1, 1), born)
