"""A small read-only table model over a list of frozen dataclasses (the rows services return).

The lists here are short work queues (tens to hundreds of rows), so the rows are held whole;
each column is a header plus a function from row to text, with optional alignment and colour.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone
from decimal import Decimal
from typing import TypeVar

from PySide6.QtCore import QModelIndex, QPersistentModelIndex

from loandesk.domain.money import format_yuan

T = TypeVar("T")
Index = QModelIndex | QPersistentModelIndex
CHINA = timezone(timedelta(hours=8))

from loandesk.ui.table_models import Column, RowsModel  # noqa: E402,F401 - re-exported for the tabs


def yuan(value: Decimal | None) -> str:
    return "" if value is None else format_yuan(value, symbol="")


def day(value: date | None) -> str:
    return "" if value is None else value.isoformat()


def local(at: datetime | None) -> str:
    if at is None:
        return ""
    if at.tzinfo is None:
        at = at.replace(tzinfo=UTC)
    return at.astimezone(CHINA).strftime("%Y-%m-%d %H:%M")


def waited(at: datetime | None) -> str:
    """Age in queue: 3天5小时 / 2小时 / 刚刚."""
    if at is None:
        return ""
    delta = datetime.now(UTC) - (at if at.tzinfo else at.replace(tzinfo=UTC))
    hours = int(delta.total_seconds() // 3600)
    if hours >= 24:
        return f"{hours // 24}天{hours % 24}小时"
    if hours >= 1:
        return f"{hours}小时"
    return "刚刚"


def percent(rate: Decimal | None, places: int = 2) -> str:
    if rate is None:
        return ""
    return f"{(rate * 100).quantize(Decimal(1).scaleb(-places))}%"
