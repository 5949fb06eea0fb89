"""Money: 人民币大写 (PBOC settlement rules), fen conversion, display and clerk input parsing."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from loandesk.domain.money import (
    fen_to_yuan,
    format_yuan,
    parse_amount,
    quantize_fen,
    rmb_upper,
    yuan_to_fen,
)

DIGIT = {c: i for i, c in enumerate("零壹贰叁肆伍陆柒捌玖")}
UNIT = {"拾": 10, "佰": 100, "仟": 1000}
ALLOWED = set("零壹贰叁肆伍陆柒捌玖拾佰仟万亿元角分整")


def upper_to_decimal(text: str) -> Decimal:
    """Independent reader of Chinese capitals, used to round-trip rmb_upper."""
    text = text.removeprefix("人民币")
    yuan_text, sep, frac = text.partition("元")
    if not sep:  # below one yuan: no 元
        yuan_text, frac = "", text
    yi = wan = sec = num = 0
    for ch in yuan_text:
        if ch in DIGIT:
            num = DIGIT[ch]
        elif ch in UNIT:
            assert num, f"unit {ch} without a digit in {text}"
            sec += num * UNIT[ch]
            num = 0
        elif ch == "万":
            wan += (sec + num) * 10_000
            sec = num = 0
        elif ch == "亿":
            yi = (yi + wan + sec + num) * 100_000_000
            wan = sec = num = 0
        else:
            raise AssertionError(f"unexpected {ch} in {text}")
    integer = yi + wan + sec + num
    fen = 0
    frac = frac.removesuffix("整").removeprefix("零")
    for digit, unit in zip(frac[::2], frac[1::2], strict=True):
        fen += DIGIT[digit] * {"角": 10, "分": 1}[unit]
    return Decimal(integer) + Decimal(fen) / 100


# --- rmb_upper ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("amount", "expected"),
    [
        ("100500", "壹拾万零伍佰元整"),
        ("1000.05", "壹仟元零伍分"),
        ("1409.50", "壹仟肆佰零玖元伍角"),
        ("6007.14", "陆仟零柒元壹角肆分"),
        ("16409.02", "壹万陆仟肆佰零玖元零贰分"),
        ("325.04", "叁佰贰拾伍元零肆分"),
        ("100000001", "壹亿零壹元整"),
        ("1000100", "壹佰万零壹佰元整"),
        ("10", "壹拾元整"),
        ("0", "零元整"),
        ("0.00", "零元整"),
        ("1680.32", "壹仟陆佰捌拾元叁角贰分"),
        ("107000.53", "壹拾万零柒仟元伍角叁分"),
        ("0.5", "伍角"),
        ("0.05", "伍分"),
        ("0.55", "伍角伍分"),
        ("110", "壹佰壹拾元整"),
        ("1010", "壹仟零壹拾元整"),
        ("10000", "壹万元整"),
        ("100010000", "壹亿零壹万元整"),
        ("1050000000", "壹拾亿零伍仟万元整"),
        ("1000100000000", "壹万零壹亿元整"),
        ("123456789.12", "壹亿贰仟叁佰肆拾伍万陆仟柒佰捌拾玖元壹角贰分"),
    ],
)
def test_rmb_upper_vectors(amount: str, expected: str) -> None:
    assert rmb_upper(Decimal(amount)) == expected


def test_rmb_upper_prefix_and_jiao_zheng() -> None:
    assert rmb_upper(Decimal("10"), prefix=True) == "人民币壹拾元整"
    assert rmb_upper(Decimal("0"), prefix=True) == "人民币零元整"
    assert rmb_upper(Decimal("1409.50"), jiao_zheng=True) == "壹仟肆佰零玖元伍角整"
    assert rmb_upper(Decimal("1409.55"), jiao_zheng=True) == "壹仟肆佰零玖元伍角伍分"
    assert rmb_upper(10) == "壹拾元整"


@pytest.mark.parametrize(
    "bad", [Decimal("-0.01"), Decimal("-5"), Decimal("1.234"), Decimal("NaN"), Decimal("Infinity")]
)
def test_rmb_upper_rejects(bad: Decimal) -> None:
    with pytest.raises(ValueError):
        rmb_upper(bad)


def test_rmb_upper_rejects_float_and_too_large() -> None:
    with pytest.raises(ValueError, match="浮点"):
        rmb_upper(10.5)  # type: ignore[arg-type]
    with pytest.raises(ValueError):
        rmb_upper(Decimal("10000000000000000"))
    assert rmb_upper(Decimal("1.230")) == "壹元贰角叁分"  # trailing zero digit is still two places


AMOUNTS = st.one_of(
    st.integers(min_value=0, max_value=10**16 - 1),
    st.integers(min_value=0, max_value=10**9),
    st.integers(min_value=0, max_value=10**5),
    st.builds(lambda a, b: a * 10**b, st.integers(1, 9999), st.integers(0, 12)),
).map(lambda fen: Decimal(fen) / 100)


@settings(max_examples=400, deadline=None)
@given(AMOUNTS)
def test_rmb_upper_round_trips_and_follows_the_rules(amount: Decimal) -> None:
    text = rmb_upper(amount)
    assert upper_to_decimal(text) == amount
    assert upper_to_decimal(rmb_upper(amount, prefix=True)) == amount
    assert set(text) <= ALLOWED, text  # never 一二两廿毛另 etc.
    assert "零零" not in text
    assert "零元" not in text or text == "零元整"
    assert not text.startswith("零") or text == "零元整"
    assert not text.startswith("拾")  # leading ten is 壹拾
    for i, ch in enumerate(text):
        if ch in "拾佰仟":
            assert text[i - 1] in DIGIT and text[i - 1] != "零", text
    fen = int(amount * 100) % 10
    jiao = int(amount * 10) % 10
    if fen:
        assert text.endswith("分") and "整" not in text
    if fen and not jiao and amount >= 1:
        assert "元零" in text  # rule (d): 零 is mandatory after 元
    if amount == amount.to_integral_value():
        assert text.endswith("元整")
    if jiao and not fen:
        assert text.endswith("角")


# --- fen / yuan --------------------------------------------------------------------------------


def test_yuan_fen_conversion() -> None:
    assert yuan_to_fen(Decimal("1234.56")) == 123456
    assert yuan_to_fen(Decimal("0.01")) == 1
    assert yuan_to_fen(7) == 700
    assert fen_to_yuan(123456) == Decimal("1234.56")
    assert str(fen_to_yuan(100)) == "1.00"
    assert fen_to_yuan(-5) == Decimal("-0.05")
    with pytest.raises(ValueError):
        yuan_to_fen(Decimal("0.001"))
    with pytest.raises(ValueError):
        yuan_to_fen(1.5)  # type: ignore[arg-type]
    with pytest.raises(ValueError):
        fen_to_yuan(1.0)  # type: ignore[arg-type]
    with pytest.raises(ValueError):
        fen_to_yuan(True)


@settings(max_examples=150, deadline=None)
@given(st.integers(min_value=-(10**15), max_value=10**15))
def test_fen_round_trip(fen: int) -> None:
    assert yuan_to_fen(fen_to_yuan(fen)) == fen


def test_quantize_fen_is_half_up() -> None:
    assert quantize_fen(Decimal("0.005")) == Decimal("0.01")
    assert quantize_fen(Decimal("0.015")) == Decimal("0.02")
    assert quantize_fen(Decimal("2.345")) == Decimal("2.35")


def test_format_yuan() -> None:
    assert format_yuan(Decimal("1234.5")) == "¥1,234.50"
    assert format_yuan(Decimal("0")) == "¥0.00"
    assert format_yuan(Decimal("1234567.891")) == "¥1,234,567.89"
    assert format_yuan(Decimal("-1234.5")) == "-¥1,234.50"
    assert format_yuan(100) == "¥100.00"
    assert format_yuan(Decimal("5"), symbol="") == "5.00"


# --- parse_amount ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("1234.5", "1234.50"),
        ("１２,３４５.６元", "12345.60"),
        (" 1 234 ", "1234.00"),
        ("¥5,000", "5000.00"),
        ("￥5,000.00", "5000.00"),
        ("人民币 10000 元", "10000.00"),
        ("5万", "50000.00"),
        ("1.2万元", "12000.00"),
        ("5千", "5000.00"),
        ("3.5千元", "3500.00"),
        ("2千万", "20000000.00"),
        ("1.2亿", "120000000.00"),
        ("3000元整", "3000.00"),
        (".5", "0.50"),
        ("0", "0.00"),
        ("1,234,567.89", "1234567.89"),
        ("1，234", "1234.00"),
    ],
)
def test_parse_amount_tolerates_clerk_input(typed: str, expected: str) -> None:
    value = parse_amount(typed)
    assert value == Decimal(expected)
    assert value.as_tuple().exponent == -2


@pytest.mark.parametrize(
    ("typed", "fragment"),
    [
        ("", "请输入"),
        (None, "请输入"),
        ("abc", "无法识别"),
        ("12a", "无法识别"),
        ("-5", "负数"),
        ("－5", "负数"),
        ("1.234", "两位小数"),
        ("1,23,4", "千分位"),
        ("1e5", "无法识别"),
        ("NaN", "无法识别"),
        ("1..2", "无法识别"),
        ("元", "无法识别"),
    ],
)
def test_parse_amount_rejects_with_chinese_message(typed: str | None, fragment: str) -> None:
    with pytest.raises(ValueError) as exc:
        parse_amount(typed)
    assert fragment in str(exc.value)


@settings(max_examples=150, deadline=None)
@given(st.integers(min_value=0, max_value=10**13))
def test_parse_amount_round_trips_format_yuan(fen: int) -> None:
    amount = fen_to_yuan(fen)
    assert parse_amount(format_yuan(amount)) == amount
    assert parse_amount(str(amount)) == amount
