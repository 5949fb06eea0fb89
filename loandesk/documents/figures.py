"""Figures derived from contract data, formatted once so every document prints them alike."""

from __future__ import annotations

from decimal import Decimal
from typing import TYPE_CHECKING

from loandesk.domain.money import format_yuan, rmb_upper
from loandesk.domain.rates import apr_for_schedule
from loandesk.domain.schedule import METHOD_LABELS

if TYPE_CHECKING:
    from loandesk.documents.model import ContractData

__all__ = ["amount_capitals", "annualised_rate", "method_label", "money", "money_figure"]


def money(value: Decimal) -> str:
    """Figure without the currency sign, e.g. '100,000.00' (for table cells)."""
    return format_yuan(Decimal(value), symbol="")


def money_figure(value: Decimal) -> str:
    """Small-figure form with the ¥ prefix, as the PBOC filling rules require."""
    return format_yuan(Decimal(value))


def amount_capitals(value: Decimal) -> str:
    """人民币 + capitals with no gap (PBOC rule), e.g. 人民币壹拾万元整."""
    return rmb_upper(Decimal(value), prefix=True)


def annualised_rate(data: ContractData) -> Decimal:
    """年化利率 (simple, = 12 × monthly IRR) from the schedule's cash flows and the fees.

    Computed from the cash flows rather than copied from the nominal rate because PBOC
    announcement 〔2021〕 No.3 counts every cost borne by the borrower against the principal
    actually in use.
    """
    return apr_for_schedule(data.amount, list(data.schedule), fees=data.fees)


def method_label(code: str) -> str:
    try:
        return METHOD_LABELS[code]
    except KeyError:
        raise ValueError(f"未知的还款方式代码：{code}") from None
