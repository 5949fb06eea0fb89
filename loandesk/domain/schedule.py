"""Repayment schedules (还款计划) for the four repayment methods (domain-rules §5).

Conventions, chosen once and used everywhere:
* ``annual_rate`` is a fraction (Decimal("0.12") = 12%); monthly rate r = annual / 12,
  daily rate = annual / 360.
* Every amount is rounded half-up to the fen per period; the last installment takes the remaining
  balance, so the principal parts always add up to the principal exactly.
* Due dates: ``first_due``, then the same day-of-month, clamped to the month end
  (31 Jan → 28/29 Feb → 31 Mar: the original day is kept, not the clamped one).
* The loan starts one month before ``first_due`` unless ``start_date`` is given.
* ``day_count="30/360"`` (default): each period accrues balance × r (a full month).
  ``"actual/360"``: balance × annual × actual days / 360, days counted 算头不算尾 from the
  previous due date (or the start date) to the due date.
* ``"bullet"`` (利随本清): one installment at maturity = ``first_due`` shifted by ``months - 1``
  months, interest = principal × r × months (30/360) or principal × annual × days / 360.
"""

from __future__ import annotations

import calendar
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime
from decimal import ROUND_DOWN, ROUND_HALF_UP, Decimal, localcontext

__all__ = [
    "DAY_COUNTS",
    "MAX_MONTHS",
    "METHOD_LABELS",
    "Installment",
    "add_months",
    "build_schedule",
    "due_dates",
    "schedule_totals",
]

METHOD_LABELS: dict[str, str] = {
    "equal_installment": "等额本息",
    "equal_principal": "等额本金",
    "interest_only": "按月付息、到期还本",
    "bullet": "利随本清",
}
DAY_COUNTS = ("30/360", "actual/360")
MAX_MONTHS = 600
_FEN = Decimal("0.01")
_ZERO = Decimal("0.00")


@dataclass(frozen=True)
class Installment:
    """One row of a schedule; all amounts are Decimals with exactly two places."""

    period: int
    due_date: date
    principal: Decimal
    interest: Decimal
    payment: Decimal
    balance: Decimal  # remaining principal after this payment
    days: int | None = None  # days accrued in this period (actual calendar days)
    term_month: int | None = None  # months from loan start to due date; None = same as period

    @property
    def opening_balance(self) -> Decimal:
        """Principal outstanding before this payment."""
        return self.balance + self.principal

    @property
    def months_from_start(self) -> int:
        """Cash-flow timing in months, used for the annualised rate (a bullet pays at month n)."""
        return self.term_month if self.term_month is not None else self.period


def _fen(value: Decimal) -> Decimal:
    return value.quantize(_FEN, rounding=ROUND_HALF_UP)


def add_months(d: date, months: int, day: int | None = None) -> date:
    """Shift by whole months keeping ``day`` (default d.day), clamped to the month end."""
    index = d.year * 12 + (d.month - 1) + months
    year, month = divmod(index, 12)
    last = calendar.monthrange(year, month + 1)[1]
    return date(year, month + 1, min(day or d.day, last))


def due_dates(first_due: date, count: int) -> list[date]:
    """``count`` monthly due dates starting at ``first_due`` on its day-of-month."""
    return [add_months(first_due, k, first_due.day) for k in range(count)]


def _decimal_arg(value: object, name: str) -> Decimal:
    if isinstance(value, bool) or not isinstance(value, Decimal | int):
        raise ValueError(f"{name}必须是Decimal（不能用浮点数），实际为{type(value).__name__}")
    result = Decimal(value)
    if not result.is_finite():
        raise ValueError(f"{name}不是有效数字")
    return result


def _validate(
    principal: object,
    annual_rate: object,
    months: object,
    method: object,
    first_due: object,
    day_count: object,
) -> tuple[Decimal, Decimal]:
    p = _decimal_arg(principal, "本金")
    if p <= 0:
        raise ValueError("本金必须大于0")
    if p != _fen(p):
        raise ValueError("本金最多只能有两位小数（到分）")
    rate = _decimal_arg(annual_rate, "年利率")
    if rate < 0:
        raise ValueError("年利率不能为负数")
    if rate > 1:
        raise ValueError("年利率应为小数形式（12%写作0.12），且不能超过100%")
    if isinstance(months, bool) or not isinstance(months, int):
        raise ValueError("期限（月数）必须是整数")
    if not 1 <= months <= MAX_MONTHS:
        raise ValueError(f"期限必须在1到{MAX_MONTHS}个月之间，实际为{months}")
    if method not in METHOD_LABELS:
        raise ValueError(f"未知的还款方式：{method!r}，可选：{'、'.join(METHOD_LABELS)}")
    if isinstance(first_due, datetime) or not isinstance(first_due, date):
        raise ValueError("首期还款日必须是日期（datetime.date）")
    if day_count not in DAY_COUNTS:
        raise ValueError(f"未知的计息基准：{day_count!r}，可选：{'、'.join(DAY_COUNTS)}")
    return p.quantize(_FEN), rate


def build_schedule(
    principal: Decimal,
    annual_rate: Decimal,
    months: int,
    method: str,
    first_due: date,
    *,
    day_count: str = "30/360",
    start_date: date | None = None,
) -> list[Installment]:
    """Build the repayment schedule; raises ValueError (Chinese message) on bad arguments."""
    p, rate = _validate(principal, annual_rate, months, method, first_due, day_count)
    start = start_date if start_date is not None else add_months(first_due, -1, first_due.day)
    if isinstance(start, datetime) or not isinstance(start, date) or start >= first_due:
        raise ValueError("起息日必须是早于首期还款日的日期")

    with localcontext() as ctx:
        ctx.prec = 40
        r = rate / 12

        def interest_for(balance: Decimal, days: int, full_months: int = 1) -> Decimal:
            if day_count == "actual/360":
                return _fen(balance * rate * days / 360)
            return _fen(balance * rate * full_months / 12)  # divide last: an exact half fen rounds up

        if method == "bullet":
            maturity = add_months(first_due, months - 1, first_due.day)
            days = (maturity - start).days
            interest = interest_for(p, days, months)
            return [Installment(1, maturity, p, interest, p + interest, _ZERO, days, months)]

        dates = due_dates(first_due, months)
        if method == "equal_installment":
            if rate == 0:
                level = _fen(p / months)
            else:
                growth = (1 + r) ** months
                level = _fen(p * r * growth / (growth - 1))
        elif method == "equal_principal":
            level = _fen(p / months)
        else:  # interest_only
            level = _ZERO

        def rows_for(level: Decimal) -> list[Installment]:
            rows: list[Installment] = []
            balance = p
            previous = start
            for k, due in enumerate(dates, start=1):
                days = (due - previous).days
                previous = due
                interest = interest_for(balance, days)
                if k == months:
                    part = balance
                elif method == "equal_installment":
                    # A 31-day month under actual/360 can accrue more than the level payment (high
                    # rate, long term): that period is interest only — the balance never grows.
                    part = max(_ZERO, min(level - interest, balance))
                elif method == "equal_principal":
                    part = min(level, balance)
                else:
                    part = _ZERO
                balance -= part
                rows.append(Installment(k, due, part, interest, part + interest, balance, days, k))
            return rows

        rows = rows_for(level)
        if method == "equal_installment" and months > 1 and rows[-2].balance == 0:
            # Paid off before the last month, leaving installments of 0.00: the level payment
            # rounded up to the fen over-pays a little each month, which compounds on a small loan
            # at a high rate over decades (hypothesis: 1,782.42 at 19.07 % over 332 months paid off
            # in month 331), and under actual/360 the interest-only 31-day months of a very high
            # rate pay more than the level (35 % over 24 years: 47 empty months). Take the largest
            # level payment, in fen, that still runs the contracted term; the last installment is
            # then larger. (A loan of under a fen a month cannot run its term: left as it is.)
            lo, hi = _FEN, level
            if rows_for(lo)[-2].balance > 0:
                while True:
                    mid = ((lo + hi) / 2).quantize(_FEN, rounding=ROUND_DOWN)
                    if mid <= lo:
                        break
                    if rows_for(mid)[-2].balance > 0:
                        lo = mid
                    else:
                        hi = mid
                rows = rows_for(lo)
        return rows


def schedule_totals(installments: Iterable[Installment]) -> tuple[Decimal, Decimal]:
    """(total principal, total interest) of a schedule."""
    principal = interest = _ZERO
    for row in installments:
        principal += row.principal
        interest += row.interest
    return principal, interest
