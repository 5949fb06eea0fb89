"""Annualised rate (年化利率) from cash flows: PBOC 〔2021〕 No.3 check vector and properties."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from loandesk.domain.rates import (
    annualized_rate_compound,
    annualized_rate_simple,
    apr_for_schedule,
    format_rate,
    monthly_irr,
)
from loandesk.domain.schedule import METHOD_LABELS, build_schedule

Q4 = Decimal("0.0001")


def test_domain_rules_check_vector() -> None:
    # 100,000 lent, 1,000 upfront fee, 12 × 8,833.30 -> 12.80% simple, 13.58% compound
    payments = [Decimal("8833.30")] * 12
    assert annualized_rate_simple(Decimal("99000"), payments).quantize(Q4) == Decimal("0.1280")
    assert annualized_rate_compound(Decimal("99000"), payments).quantize(Q4) == Decimal("0.1358")
    assert format_rate(annualized_rate_simple(Decimal("99000"), payments), simple=True) == "12.80%（单利）"
    assert format_rate(annualized_rate_compound(Decimal("99000"), payments)) == "13.58%"


def test_apr_for_schedule_with_fee_matches_vector_shape() -> None:
    rows = build_schedule(Decimal("100000"), Decimal("0.12"), 12, "equal_installment", date(2024, 3, 1))
    no_fee = apr_for_schedule(Decimal("100000"), rows)
    assert no_fee.quantize(Q4) == Decimal("0.1200")  # nominal rate, up to fen rounding
    with_fee = apr_for_schedule(Decimal("100000"), rows, Decimal("1000"))
    assert with_fee > no_fee
    assert apr_for_schedule(Decimal("100000"), rows, compound=True).quantize(Q4) == Decimal("0.1268")


def test_bullet_uses_maturity_month_for_timing() -> None:
    rows = build_schedule(Decimal("100000"), Decimal("0.12"), 12, "bullet", date(2024, 3, 1))
    apr = apr_for_schedule(Decimal("100000"), rows)
    # 112,000 after 12 months: (1.12)^(1/12) - 1 per month, × 12
    expected = 12 * (Decimal("1.12") ** (Decimal(1) / 12) - 1)
    assert abs(apr - expected) < Decimal("1e-15")
    assert apr < Decimal("0.12")  # simple interest over a year is cheaper than monthly compounding


def test_zero_rate_and_negative_irr() -> None:
    assert abs(monthly_irr(Decimal("1200"), [Decimal("100")] * 12)) < Decimal("1e-18")
    assert monthly_irr(Decimal("1200"), [Decimal("90")] * 12) < 0


def test_irr_exact_single_period() -> None:
    assert abs(monthly_irr(Decimal("100"), [Decimal("101")]) - Decimal("0.01")) < Decimal("1e-18")
    r = monthly_irr(Decimal("100"), [Decimal("121")], periods=[2])
    assert abs(r - Decimal("0.1")) < Decimal("1e-18")


@pytest.mark.parametrize(
    ("net", "payments", "kwargs"),
    [
        (Decimal("0"), [Decimal("1")], {}),
        (Decimal("-1"), [Decimal("1")], {}),
        (100.0, [Decimal("1")], {}),
        (Decimal("100"), [], {}),
        (Decimal("100"), [Decimal("-1")], {}),
        (Decimal("100"), [Decimal("0")], {}),
        (Decimal("100"), [101.0], {}),
        (Decimal("100"), [Decimal("101")], {"periods": [0]}),
        (Decimal("100"), [Decimal("101")], {"periods": [1, 2]}),
    ],
)
def test_irr_bad_input(net: Decimal, payments: list, kwargs: dict) -> None:
    with pytest.raises(ValueError):
        monthly_irr(net, payments, **kwargs)


def test_apr_bad_fees() -> None:
    rows = build_schedule(Decimal("1000"), Decimal("0.1"), 3, "equal_principal", date(2024, 1, 1))
    with pytest.raises(ValueError):
        apr_for_schedule(Decimal("1000"), rows, Decimal("-1"))
    with pytest.raises(ValueError):
        apr_for_schedule(Decimal("1000"), rows, Decimal("1000"))
    with pytest.raises(ValueError):
        apr_for_schedule(Decimal("1000"), [])


@settings(max_examples=60, deadline=None)
@given(
    st.integers(1000, 10**7).map(Decimal),
    st.integers(100, 3600).map(lambda bp: Decimal(bp) / 10000),
    st.integers(1, 60),
    st.sampled_from(["equal_installment", "equal_principal", "interest_only"]),
)
def test_apr_recovers_nominal_rate_without_fees(
    principal: Decimal, rate: Decimal, months: int, method: str
) -> None:
    rows = build_schedule(principal, rate, months, method, date(2024, 1, 10))
    apr = apr_for_schedule(principal, rows)
    # Interest is balance × annual/12 per month, so the simple APR is the nominal rate,
    # up to per-period fen rounding.
    assert abs(apr - rate) < Decimal("0.0005")


@settings(max_examples=40, deadline=None)
@given(
    st.integers(10_000, 10**6).map(Decimal),
    st.integers(100, 2400).map(lambda bp: Decimal(bp) / 10000),
    st.integers(2, 36),
    st.sampled_from(sorted(METHOD_LABELS)),
    st.integers(1, 500).map(lambda bp: Decimal(bp) / 10000),
)
def test_fees_raise_the_rate_and_compound_exceeds_simple(
    principal: Decimal, rate: Decimal, months: int, method: str, fee_share: Decimal
) -> None:
    rows = build_schedule(principal, rate, months, method, date(2024, 1, 10))
    fee = (principal * fee_share).quantize(Decimal("0.01"))
    base = apr_for_schedule(principal, rows)
    loaded = apr_for_schedule(principal, rows, fee)
    assert loaded >= base
    compound = apr_for_schedule(principal, rows, fee, compound=True)
    assert compound >= loaded  # (1+r)^12 - 1 >= 12 r for r >= 0
