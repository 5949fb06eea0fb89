"""Masking: defaults per domain-rules §7, configurable policies, total on bad input."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from loandesk.domain.masking import (
    DEFAULT_POLICIES,
    MaskPolicy,
    mask,
    mask_bank_card,
    mask_id_number,
    mask_name,
    mask_phone,
    redact_text,
)


def test_id_number_default_first_and_last() -> None:
    assert mask_id_number("11010519491231002X") == "1****************X"
    assert mask_id_number("11010519491231002x") == "1****************X"
    assert mask_id_number(" 110105 19491231 002X ") == "1****************X"
    assert mask_id_number("610104620927690") == "6*************0"


def test_phone_default() -> None:
    assert mask_phone("13812345678") == "138****5678"
    assert mask_phone("+86 138-1234-5678") == "138****5678"
    assert mask_phone("８６１３８１２３４５６７８") == "138****5678"


def test_bank_card_default() -> None:
    assert mask_bank_card("6225758300001496") == "622575******1496"
    assert mask_bank_card("6222 0212 3456 7890 128") == "622202*********0128"


@pytest.mark.parametrize(
    ("name", "masked"),
    [
        ("张三", "张*"),
        ("张三丰", "张**"),
        ("欧阳娜娜", "欧阳**"),
        ("欧阳锋", "欧阳*"),
        ("欧阳", "欧*"),
        ("张", "*"),
        ("司马相如", "司马**"),
        ("买买提·艾力", "买*****"),
    ],
)
def test_name(name: str, masked: str) -> None:
    assert mask_name(name) == masked


def test_configurable_policies() -> None:
    verify = MaskPolicy(keep_prefix=3, keep_suffix=4)  # reliability-notes §5 alternative
    assert mask_id_number("11010519491231002X", verify) == "110***********002X"
    assert mask("id_number", "11010519491231002X", {"id_number": verify}) == "110***********002X"
    assert mask("phone", "13812345678") == "138****5678"
    assert mask_name("张三", MaskPolicy(keep_prefix=0, keep_suffix=1)) == "*三"
    fixed = MaskPolicy(keep_prefix=1, keep_suffix=1, fixed_mask_len=4, mask_char="#")
    assert fixed.apply("11010519491231002X") == "1####X"
    assert mask("unknown_kind", "secret") == "******"


@pytest.mark.parametrize(
    "kwargs",
    [
        {"keep_prefix": -1},
        {"keep_suffix": 1.5},
        {"mask_char": "**"},
        {"mask_char": ""},
        {"fixed_mask_len": 0},
        {"min_hidden": True},
    ],
)
def test_bad_policy_is_rejected_at_configuration(kwargs: dict) -> None:
    with pytest.raises(ValueError):
        MaskPolicy(**kwargs)


class Exploding:
    def __str__(self) -> str:
        raise RuntimeError("boom")


@pytest.mark.parametrize("value", [None, "", "   ", Exploding(), 12345, b"13812345678"])
def test_never_raises(value: object) -> None:
    for fn in (mask_id_number, mask_phone, mask_bank_card, mask_name):
        out = fn(value)
        assert isinstance(out, str)
    assert isinstance(redact_text(value), str)


@pytest.mark.parametrize(
    ("value", "fn", "expected"),
    [
        ("1", mask_id_number, "*"),
        ("12", mask_id_number, "*2"),
        ("123", mask_id_number, "1*3"),
        ("1381234", mask_phone, "****234"),
        ("13", mask_phone, "**"),
        ("123456789012", mask_bank_card, "12******9012"),
    ],
)
def test_short_values_show_at_most_half(value: str, fn, expected: str) -> None:
    assert fn(value) == expected


POLICIES = st.builds(
    MaskPolicy,
    keep_prefix=st.integers(0, 8),
    keep_suffix=st.integers(0, 8),
    min_hidden=st.integers(0, 6),
)


@settings(max_examples=250, deadline=None)
@given(POLICIES, st.text(alphabet="0123456789Xabc张三欧阳 ", max_size=30))
def test_policy_never_reveals_more_than_allowed(policy: MaskPolicy, text: str) -> None:
    s = text.strip()
    n = len(s)
    out = policy.apply(text)
    assert len(out) == n
    a = len(out) - len(out.lstrip("".join(set(s)) or "*")) if n else 0
    b = len(out) - len(out.rstrip("".join(set(s)) or "*")) if n else 0
    if n and a + b >= n:  # nothing hidden would be a leak
        pytest.fail(f"{out!r} hides nothing")
    assert out[:a] == s[:a] and out[n - b :] == s[n - b :]
    assert set(out[a : n - b]) <= {"*"}
    assert a <= policy.keep_prefix and b <= policy.keep_suffix
    hidden_needed = max(1, policy.min_hidden)
    if n >= policy.keep_prefix + policy.keep_suffix + hidden_needed:
        assert (a, b) == (policy.keep_prefix, policy.keep_suffix)
    elif n:
        assert a + b <= n // 2
        assert n - a - b >= min(n, hidden_needed)


@settings(max_examples=100, deadline=None)
@given(st.text(alphabet="0123456789", min_size=15, max_size=19))
def test_masked_ids_and_cards_hide_the_middle(digits: str) -> None:
    assert mask_id_number(digits)[1:-1] == "*" * (len(digits) - 2)
    card = mask_bank_card(digits)
    assert card[:6] == digits[:6] and card[-4:] == digits[-4:] and set(card[6:-4]) == {"*"}


def test_redact_text_masks_identifiers_in_free_text() -> None:
    line = "客户 11010519491231002X 手机13812345678 卡6222021234567890128，金额100.00元，日期20240101"
    out = redact_text(line)
    assert "11010519491231002X" not in out and "1****************X" in out
    assert "138****5678" in out
    assert "6222021234567890128" not in out and "622202*********0128" in out
    assert "100.00" in out and "20240101" in out  # short numbers untouched


def test_default_policy_table() -> None:
    assert set(DEFAULT_POLICIES) == {"id_number", "phone", "bank_card", "name"}
