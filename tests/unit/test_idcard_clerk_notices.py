"""What the clerk reads next to an old 15-digit number."""

from __future__ import annotations

from loandesk.domain.idcard import parse_id_number


def test_upgrade_notice_shows_the_18_digit_number_and_asks_nothing_of_the_clerk() -> None:
    p = parse_id_number("610104620927690")
    assert p.number == "610104196209276908"
    assert p.notice is not None and "610104196209276908" in p.notice
    assert "请同时保存" not in p.notice  # the original is stored by the system, not by the clerk
