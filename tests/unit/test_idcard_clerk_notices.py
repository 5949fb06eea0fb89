"""What the clerk reads next to an old 15-digit number."""

from __future__ import annotations

from loandesk.domain.idcard import parse_id_number


def test_upgrade_notice_shows_the_18_digit_number_and_asks_nothing_of_the_clerk() -> None:
    p = parse_id_number("610104620927690")
    assert p.number == "610104196209276908"
    assert p.notice is not None and "610104196209276908" in p.notice
    assert "请同时保存" not in p.notice  # the original is stored by the system, not by the clerk


def test_foreigner_notice_says_what_the_system_did_not_what_the_clerk_cannot_do() -> None:
    from loandesk.domain.idcard import compute_check_digit

    body = "93315619850304011"
    p = parse_id_number(body + compute_check_digit(body))
    assert p.document_kind == "foreigner"
    assert p.notice is not None and "已按" in p.notice and "请按" not in p.notice  # the form has no type to pick


def test_seventeen_digits_suggest_the_missing_check_character() -> None:
    """The usual 17-digit slip is a forgotten last character (often the X)."""
    import pytest

    from loandesk.domain.idcard import InvalidIdNumber

    with pytest.raises(InvalidIdNumber) as info:
        parse_id_number("11010519491231002")  # 11010519491231002X without its X
    assert "17位" in str(info.value) and "最后一位应为X" in str(info.value)
