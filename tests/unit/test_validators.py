"""Validators: mobile, Luhn bank card, USCC (GB 32100), text normalisation."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from loandesk.domain.validators import (
    USCC_CHARSET,
    ValidationError,
    compute_uscc_check,
    luhn_ok,
    normalize_text,
    strip_separators,
    validate_bank_card,
    validate_mobile,
    validate_uscc,
)

FULLWIDTH = str.maketrans(
    "0123456789+-ABCDEFGHJKLMNPQRTUWXY", "０１２３４５６７８９＋－ＡＢＣＤＥＦＧＨＪＫＬＭＮＰＱＲＴＵＷＸＹ"
)


def test_normalize_text() -> None:
    assert normalize_text("　ＡＢＣ１２３ｘ　") == "ABC123x"
    assert normalize_text(None) == ""
    assert normalize_text("  张三 ") == "张三"
    assert normalize_text("（１）") == "(1)"
    assert normalize_text("【１】") == "【1】"  # CJK brackets outside the full-width ASCII block stay
    assert normalize_text("￥５") == "¥5"
    assert strip_separators(" 6222-0212 3456_7890 ") == "6222021234567890"


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.characters(min_codepoint=0x21, max_codepoint=0x7E), max_size=20))
def test_normalize_text_full_width_round_trip(ascii_text: str) -> None:
    wide = "".join(chr(ord(c) + 0xFEE0) for c in ascii_text)
    assert normalize_text(wide) == ascii_text.strip()


# --- mobile ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "typed",
    [
        "13812345678",
        " 138 1234 5678 ",
        "138-1234-5678",
        "+86 138 1234 5678",
        "+8613812345678",
        "008613812345678",
        "8613812345678",
        "１３８１２３４５６７８",
        "(+86)13812345678",
    ],
)
def test_mobile_normalisation(typed: str) -> None:
    assert validate_mobile(typed) == "13812345678"


@pytest.mark.parametrize("ok", ["19012345678", "16212345678", "17012345678", "15912345678"])
def test_mobile_new_and_virtual_blocks_are_accepted(ok: str) -> None:
    assert validate_mobile(ok) == ok


@pytest.mark.parametrize(
    ("typed", "fragment"),
    [
        ("", "请输入"),
        (None, "请输入"),
        ("1381234567", "11位"),
        ("138123456789", "11位"),
        ("12812345678", "13–19"),
        ("23812345678", "13–19"),
        ("14512345678", "物联网"),
        ("14812345678", "物联网"),
        ("1381234567a", "数字"),
        ("1441234567890", "11位"),  # 13-digit IoT number
    ],
)
def test_mobile_rejections(typed: str | None, fragment: str) -> None:
    with pytest.raises(ValidationError) as exc:
        validate_mobile(typed)
    assert fragment in str(exc.value)
    assert isinstance(exc.value, ValueError)


@settings(max_examples=200, deadline=None)
@given(st.sampled_from("356789"), st.text(alphabet="0123456789", min_size=9, max_size=9))
def test_mobile_property(second: str, rest: str) -> None:
    number = "1" + second + rest
    assert validate_mobile(number) == number
    assert validate_mobile(f"+86 {number[:3]}-{number[3:7]}-{number[7:]}".translate(FULLWIDTH)) == number


# --- Luhn / bank card ---------------------------------------------------------------------------


def luhn_complete(body: str) -> str:
    for d in "0123456789":
        if luhn_ok(body + d):
            return body + d
    raise AssertionError("no Luhn digit")


def test_luhn_known_numbers() -> None:
    assert luhn_ok("79927398713")
    assert not luhn_ok("79927398710")
    assert luhn_ok("4111111111111111")
    for bad in ("", "12a4", "１２３４", "-1"):
        assert not luhn_ok(bad)


def test_validate_bank_card() -> None:
    card = luhn_complete("622202123456789012")
    assert validate_bank_card(" " + card[:4] + " " + card[4:] + " ") == card
    assert validate_bank_card(card.translate(FULLWIDTH)) == card
    with pytest.raises(ValidationError, match="Luhn"):
        validate_bank_card(card[:-1] + str((int(card[-1]) + 1) % 10))
    with pytest.raises(ValidationError, match="16–19"):
        validate_bank_card(luhn_complete("62220212345"))
    with pytest.raises(ValidationError, match="16–19"):
        validate_bank_card(luhn_complete("6" * 19))
    with pytest.raises(ValidationError, match="数字"):
        validate_bank_card("6222abcd12345678")
    with pytest.raises(ValidationError, match="请输入"):
        validate_bank_card("  ")


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet="0123456789", min_size=15, max_size=18), st.integers(0, 18), st.integers(1, 9))
def test_luhn_detects_every_single_digit_error(body: str, pos: int, delta: int) -> None:
    card = luhn_complete(body)
    assert validate_bank_card(card) == card
    pos %= len(card)
    wrong = card[:pos] + str((int(card[pos]) + delta) % 10) + card[pos + 1 :]
    assert not luhn_ok(wrong)
    with pytest.raises(ValidationError):
        validate_bank_card(wrong)


# --- USCC --------------------------------------------------------------------------------------


def test_uscc_vector() -> None:
    assert validate_uscc("91350100M000100Y43") == "91350100M000100Y43"
    assert validate_uscc(" 91350100m000100y43 ") == "91350100M000100Y43"
    assert validate_uscc("91350100M000100Y43".translate(FULLWIDTH)) == "91350100M000100Y43"
    assert compute_uscc_check("91350100M000100Y4") == "3"


def test_uscc_outer_mod_31() -> None:
    # Find a body whose weighted sum is 0 mod 31: the check must be "0", not a 32nd character.
    weights = (1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28)
    body = "9135010000000000"
    for c in USCC_CHARSET:
        total = sum(USCC_CHARSET.index(x) * w for x, w in zip(body + c, weights, strict=True))
        if total % 31 == 0:
            assert compute_uscc_check(body + c) == "0"
            assert validate_uscc(body + c + "0")
            break
    else:
        pytest.fail("no body with S mod 31 == 0 found")


@pytest.mark.parametrize(
    ("typed", "fragment"),
    [
        ("", "请输入"),
        ("91350100M000100Y4", "18位"),
        ("91350100M000100Y44", "校验位错误，应为3"),
        ("91350100M000100I43", "非法字符"),
        ("91350100O000100Y43", "非法字符"),
    ],
)
def test_uscc_rejections(typed: str, fragment: str) -> None:
    with pytest.raises(ValidationError) as exc:
        validate_uscc(typed)
    assert fragment in str(exc.value)


def test_compute_uscc_check_bad_input() -> None:
    with pytest.raises(ValidationError):
        compute_uscc_check("123")
    with pytest.raises(ValidationError):
        compute_uscc_check("9135010OM000100Y4")


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=USCC_CHARSET, min_size=17, max_size=17), st.integers(0, 17), st.integers(1, 30))
def test_uscc_property(body: str, pos: int, delta: int) -> None:
    code = body + compute_uscc_check(body)
    assert validate_uscc(code) == code
    assert validate_uscc(code.lower()) == code
    wrong_char = USCC_CHARSET[(USCC_CHARSET.index(code[pos]) + delta) % 31]
    wrong = code[:pos] + wrong_char + code[pos + 1 :]
    with pytest.raises(ValidationError):
        validate_uscc(wrong)
