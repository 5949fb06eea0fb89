"""Annualised rate (年化利率) from cash flows, as PBOC announcement 〔2021〕 No.3 requires.

The rate covers all borrower costs (interest plus directly related fees) over the principal
actually in use, so it is derived from the cash flows: r_m = monthly IRR of
(net proceeds, installments); simple = 12·r_m (must be labelled 单利), compound = (1+r_m)^12 − 1.
All arithmetic is Decimal (bisection), so results are reproducible to many places.
"""

from __future__ import annotations

from collections.abc import Sequence
from decimal import ROUND_HALF_UP, Decimal, localcontext

from loandesk.domain.schedule import Installment

__all__ = [
    "annualized_rate_compound",
    "annualized_rate_simple",
    "apr_for_schedule",
    "format_rate",
    "monthly_irr",
]

_PREC = 40
_TOL = Decimal("1e-22")


def _dec(value: object, name: str) -> Decimal:
    if isinstance(value, bool) or not isinstance(value, Decimal | int):
        raise ValueError(f"{name}必须是Decimal（不能用浮点数），实际为{type(value).__name__}")
    result = Decimal(value)
    if not result.is_finite():
        raise ValueError(f"{name}不是有效数字")
    return result


def monthly_irr(
    net_proceeds: Decimal, payments: Sequence[Decimal], *, periods: Sequence[int] | None = None
) -> Decimal:
    """Monthly internal rate of return r with net_proceeds = Σ payment_k / (1+r)^t_k.

    ``payments[k]`` falls due ``periods[k]`` months after disbursement (default k+1, i.e. a
    monthly schedule). Raises ValueError if the flows have no rate (e.g. nothing is repaid).
    """
    net = _dec(net_proceeds, "实际到手金额")
    if net <= 0:
        raise ValueError("实际到手金额必须大于0")
    flows = [_dec(p, "还款金额") for p in payments]
    if not flows:
        raise ValueError("没有还款现金流")
    if any(p < 0 for p in flows):
        raise ValueError("还款金额不能为负数")
    times = list(periods) if periods is not None else list(range(1, len(flows) + 1))
    if len(times) != len(flows):
        raise ValueError("还款期次与还款金额的数量不一致")
    if any(isinstance(t, bool) or not isinstance(t, int) or t < 1 for t in times):
        raise ValueError("还款期次必须是正整数（距放款的月数）")
    if sum(flows) == 0:
        raise ValueError("还款金额合计为0，无法计算利率")

    with localcontext() as ctx:
        ctx.prec = _PREC

        schedule = sorted(zip(times, flows, strict=True))

        def npv(r: Decimal) -> Decimal:
            v = 1 / (1 + r)
            total, discount, last = Decimal(0), Decimal(1), 0
            for t, p in schedule:
                discount *= v ** (t - last)
                last = t
                total += p * discount
            return total - net

        low, high = Decimal("-0.999999"), Decimal(1)
        if npv(low) < 0:
            raise ValueError("还款合计远低于到手金额，无法计算利率")
        while npv(high) > 0:
            high *= 2
            if high > 10**6:
                raise ValueError("利率过高，无法计算")
        # NPV falls strictly as r rises, so bisection always converges.
        while high - low > _TOL:
            mid = (low + high) / 2
            if npv(mid) > 0:
                low = mid
            else:
                high = mid
        result = (low + high) / 2
    return +result  # back to the caller's context precision


def annualized_rate_simple(
    net_proceeds: Decimal, payments: Sequence[Decimal], *, periods: Sequence[int] | None = None
) -> Decimal:
    """12 × monthly IRR — the 单利 form; label it 单利 wherever it is shown."""
    return 12 * monthly_irr(net_proceeds, payments, periods=periods)


def annualized_rate_compound(
    net_proceeds: Decimal, payments: Sequence[Decimal], *, periods: Sequence[int] | None = None
) -> Decimal:
    """(1 + monthly IRR)^12 − 1 — the compound (IRR) form."""
    r = monthly_irr(net_proceeds, payments, periods=periods)
    with localcontext() as ctx:
        ctx.prec = _PREC
        result = (1 + r) ** 12 - 1
    return +result


def apr_for_schedule(
    principal: Decimal,
    installments: Sequence[Installment],
    fees: Decimal = Decimal(0),
    *,
    compound: bool = False,
) -> Decimal:
    """Annualised rate of a schedule for the contract (单利 by default), fees paid up front.

    Cash-flow timing comes from ``Installment.months_from_start`` so a bullet loan's single
    payment sits at month n, not month 1.
    """
    p = _dec(principal, "本金")
    f = _dec(fees, "费用")
    if f < 0:
        raise ValueError("费用不能为负数")
    if f >= p:
        raise ValueError("费用不能大于或等于本金")
    if not installments:
        raise ValueError("还款计划为空")
    payments = [i.payment for i in installments]
    periods = [i.months_from_start for i in installments]
    if compound:
        return annualized_rate_compound(p - f, payments, periods=periods)
    return annualized_rate_simple(p - f, payments, periods=periods)


def format_rate(rate: Decimal, places: int = 2, *, simple: bool = False) -> str:
    """ "12.80%" (half-up); ``simple=True`` appends "（单利）" as the PBOC notice requires."""
    pct = (_dec(rate, "利率") * 100).quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)
    return f"{pct}%" + ("（单利）" if simple else "")
