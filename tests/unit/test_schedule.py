"""Repayment schedules: check vectors from domain-rules §5 and exact-Decimal properties."""

from __future__ import annotations

from datetime import date, datetime
from decimal import ROUND_HALF_UP, Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from loandesk.domain.schedule import (
    METHOD_LABELS,
    Installment,
    add_months,
    build_schedule,
    due_dates,
    schedule_totals,
)

P = Decimal("100000")
R = Decimal("0.12")
FIRST = date(2024, 2, 15)


def fen(x: Decimal) -> Decimal:
    return x.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)


# --- check vectors -----------------------------------------------------------------------------


def test_equal_installment_check_vector() -> None:
    rows = build_schedule(P, R, 12, "equal_installment", FIRST)
    assert len(rows) == 12
    assert all(r.payment == Decimal("8884.88") for r in rows[:-1])
    last = rows[-1]
    assert last.payment == Decimal("8884.85")
    assert last.principal == Decimal("8796.88")
    assert last.interest == Decimal("87.97")
    assert rows[0].interest == Decimal("1000.00")
    assert schedule_totals(rows) == (Decimal("100000.00"), Decimal("6618.53"))


def test_equal_principal_check_vector() -> None:
    rows = build_schedule(P, R, 12, "equal_principal", FIRST)
    assert rows[0].payment == Decimal("9333.33")
    assert rows[-1].payment == Decimal("8416.70")
    assert rows[-1].principal == Decimal("8333.37")
    assert all(r.principal == Decimal("8333.33") for r in rows[:-1])
    assert schedule_totals(rows) == (Decimal("100000.00"), Decimal("6500.00"))


def test_interest_only() -> None:
    rows = build_schedule(P, R, 12, "interest_only", FIRST)
    assert all(r.principal == 0 and r.interest == Decimal("1000.00") for r in rows[:-1])
    assert rows[-1].principal == P and rows[-1].payment == Decimal("101000.00")
    assert all(r.balance == P for r in rows[:-1])


def test_bullet_30_360() -> None:
    rows = build_schedule(P, R, 12, "bullet", FIRST)
    assert len(rows) == 1
    only = rows[0]
    assert only.due_date == date(2025, 1, 15)
    assert only.interest == Decimal("12000.00")
    assert only.payment == Decimal("112000.00")
    assert only.balance == Decimal("0.00")
    assert only.months_from_start == 12


def test_bullet_actual_360_check_vector() -> None:
    # domain-rules §5: 100,000 × 365 days × 12%/360 = 12,166.67
    rows = build_schedule(P, R, 12, "bullet", date(2023, 2, 1), day_count="actual/360")
    assert rows[0].due_date == date(2024, 1, 1)
    assert rows[0].days == 365
    assert rows[0].interest == Decimal("12166.67")


def test_interest_only_actual_360_uses_calendar_days() -> None:
    rows = build_schedule(
        P, R, 3, "interest_only", date(2024, 2, 20), day_count="actual/360", start_date=date(2024, 1, 21)
    )
    assert [r.days for r in rows] == [30, 29, 31]
    assert rows[0].interest == fen(P * R * 30 / 360)
    assert rows[1].interest == fen(P * R * 29 / 360)


def test_zero_rate() -> None:
    for method in METHOD_LABELS:
        rows = build_schedule(Decimal("1000"), Decimal("0"), 3, method, FIRST)
        assert schedule_totals(rows) == (Decimal("1000.00"), Decimal("0.00"))
    rows = build_schedule(Decimal("1000"), Decimal(0), 3, "equal_installment", FIRST)
    assert [r.payment for r in rows] == [Decimal("333.33"), Decimal("333.33"), Decimal("333.34")]


def test_method_labels() -> None:
    assert METHOD_LABELS == {
        "equal_installment": "等额本息",
        "equal_principal": "等额本金",
        "interest_only": "按月付息、到期还本",
        "bullet": "利随本清",
    }


# --- due dates ---------------------------------------------------------------------------------


def test_due_dates_clamp_to_month_end_and_keep_the_day() -> None:
    assert due_dates(date(2024, 1, 31), 4) == [
        date(2024, 1, 31),
        date(2024, 2, 29),
        date(2024, 3, 31),
        date(2024, 4, 30),
    ]
    assert due_dates(date(2023, 1, 31), 2)[1] == date(2023, 2, 28)
    assert due_dates(date(2024, 11, 30), 3) == [date(2024, 11, 30), date(2024, 12, 30), date(2025, 1, 30)]
    assert add_months(date(2024, 3, 31), -1) == date(2024, 2, 29)
    rows = build_schedule(P, R, 3, "equal_principal", date(2024, 1, 31))
    assert [r.due_date for r in rows] == [date(2024, 1, 31), date(2024, 2, 29), date(2024, 3, 31)]


# --- bad arguments -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("kwargs", "fragment"),
    [
        ({"principal": Decimal("0")}, "本金"),
        ({"principal": Decimal("-1")}, "本金"),
        ({"principal": 1000.0}, "浮点"),
        ({"principal": Decimal("1.001")}, "两位小数"),
        ({"principal": Decimal("NaN")}, "本金"),
        ({"annual_rate": 0.12}, "浮点"),
        ({"annual_rate": Decimal("-0.01")}, "负数"),
        ({"annual_rate": Decimal("12")}, "0.12"),
        ({"months": 0}, "期限"),
        ({"months": 601}, "期限"),
        ({"months": 12.0}, "整数"),
        ({"months": True}, "整数"),
        ({"method": "balloon"}, "还款方式"),
        ({"first_due": "2024-01-01"}, "日期"),
        ({"first_due": datetime(2024, 1, 1)}, "日期"),
        ({"day_count": "actual/365"}, "计息"),
        ({"start_date": date(2024, 2, 15)}, "起息日"),
    ],
)
def test_bad_arguments(kwargs: dict, fragment: str) -> None:
    args = {"principal": P, "annual_rate": R, "months": 12, "method": "equal_installment", "first_due": FIRST}
    extra = {k: kwargs.pop(k) for k in ("day_count", "start_date") if k in kwargs}
    args.update(kwargs)
    with pytest.raises(ValueError) as exc:
        build_schedule(**args, **extra)
    assert fragment in str(exc.value)


# --- properties --------------------------------------------------------------------------------

PRINCIPALS = st.one_of(
    st.integers(min_value=1, max_value=10**10), st.integers(min_value=1, max_value=5000)
).map(lambda f: Decimal(f) / 100)
RATES = st.integers(min_value=0, max_value=3600).map(lambda bp: Decimal(bp) / 10000)
MONTHS = st.one_of(st.integers(1, 36), st.integers(1, 36), st.integers(1, 600))
METHODS = st.sampled_from(sorted(METHOD_LABELS))
DUES = st.dates(min_value=date(2000, 1, 1), max_value=date(2060, 12, 31))
DAY_COUNT = st.sampled_from(["30/360", "actual/360"])


def two_places(x: Decimal) -> bool:
    return x.as_tuple().exponent == -2


@settings(max_examples=150, deadline=None)
@given(PRINCIPALS, RATES, MONTHS, METHODS, DUES, DAY_COUNT)
def test_schedule_invariants(
    principal: Decimal, rate: Decimal, months: int, method: str, first: date, dc: str
) -> None:
    rows = build_schedule(principal, rate, months, method, first, day_count=dc)
    assert all(isinstance(r, Installment) for r in rows)
    assert len(rows) == (1 if method == "bullet" else months)
    assert [r.period for r in rows] == list(range(1, len(rows) + 1))
    total_principal, total_interest = schedule_totals(rows)
    assert total_principal == principal  # exact, not approximately
    assert rows[-1].balance == 0
    previous_balance = principal
    previous_due = None
    for r in rows:
        for amount in (r.principal, r.interest, r.payment, r.balance):
            assert two_places(amount), r
            assert amount >= 0, r
        assert r.payment == r.principal + r.interest
        assert r.balance == previous_balance - r.principal
        assert r.opening_balance == previous_balance
        assert r.balance <= previous_balance
        previous_balance = r.balance
        if previous_due is not None:
            assert r.due_date > previous_due
        previous_due = r.due_date
        if dc == "30/360" and method != "bullet":
            assert r.interest == fen(r.opening_balance * rate / 12)
        assert r.due_date.day == first.day or r.due_date.day < first.day  # clamped only
    if rate == 0:
        assert total_interest == 0
    if method == "bullet":
        assert rows[0].due_date == add_months(first, months - 1)
        if dc == "30/360":
            assert rows[0].interest == fen(principal * rate * months / 12)
    if method == "equal_principal" and months > 1:
        parts = {r.principal for r in rows[:-1] if r.opening_balance > 0}
        assert len(parts) <= 2  # the level part, and possibly a clamped tail on tiny loans
    if method == "equal_installment" and months > 1 and dc == "30/360" and principal >= 1000:
        assert len({r.payment for r in rows[:-1]}) == 1
        # each month's rounding (payment and interest, ≤ 1 fen together) grows with the balance it
        # stays in: at most 1 fen × the annuity factor ((1 + r)^n − 1) / r, which is ~n on short terms
        r = rate / 12
        growth = Decimal(months) if r == 0 else ((1 + r) ** months - 1) / r
        assert abs(rows[-1].payment - rows[0].payment) <= Decimal("0.01") * growth


@settings(max_examples=60, deadline=None)
@given(PRINCIPALS, RATES, st.integers(2, 120))
def test_equal_principal_costs_less_interest_than_equal_installment(
    principal: Decimal, rate: Decimal, months: int
) -> None:
    ei = schedule_totals(build_schedule(principal, rate, months, "equal_installment", FIRST))[1]
    ep = schedule_totals(build_schedule(principal, rate, months, "equal_principal", FIRST))[1]
    io = schedule_totals(build_schedule(principal, rate, months, "interest_only", FIRST))[1]
    tolerance = Decimal("0.01") * months  # per-period rounding
    assert ep <= ei + tolerance
    assert ei <= io + tolerance


@pytest.mark.parametrize(
    ("principal", "rate", "months"),
    [
        (Decimal("2.46"), Decimal("0.3069"), 137),  # found by the property test below
        (Decimal("100000"), Decimal("0.24"), 360),  # 31-day month: 2,066.67 interest > 2,001.58 level
    ],
)
def test_actual_360_month_accruing_more_than_the_level_payment_is_interest_only(
    principal: Decimal, rate: Decimal, months: int
) -> None:
    rows = build_schedule(principal, rate, months, "equal_installment", date(2000, 1, 1), day_count="actual/360")
    assert all(r.principal >= 0 and r.balance <= principal for r in rows)
    first = rows[0]
    assert first.days == 31 and first.principal == 0 and first.payment == first.interest
    assert schedule_totals(rows)[0] == principal and rows[-1].balance == 0


def test_level_payment_that_would_pay_off_early_is_rounded_down() -> None:
    """Found by the property test in CI: 1,782.42 at 19.07 % over 332 months. The level payment
    rounded up to the fen (28.48) over-paid 0.002 a month, which compounded into more than a whole
    payment: the loan was paid off in month 331 and month 332 was an installment of 0.00. The
    schedule runs the contracted term: a level 28.47 and a larger last installment."""
    rows = build_schedule(Decimal("1782.42"), Decimal("0.1907"), 332, "equal_installment", date(2000, 1, 1))
    assert len(rows) == 332 and all(r.payment > 0 and r.principal > 0 for r in rows)
    assert {r.payment for r in rows[:-1]} == {Decimal("28.47")} and rows[-1].payment > Decimal("28.47")
    assert schedule_totals(rows)[0] == Decimal("1782.42") and rows[-1].balance == 0 and rows[-2].balance > 0
    # an ordinary loan keeps the level payment rounded half up, the last one adjusting by cents
    usual = build_schedule(Decimal("100000"), Decimal("0.0435"), 240, "equal_installment", date(2026, 1, 15))
    assert {r.payment for r in usual[:-1]} == {Decimal("624.58")} and usual[-1].payment == Decimal("625.07")
