"""A small read-only table model over a list of frozen dataclasses (the rows services return).

The lists here are short work queues (tens to hundreds of rows), so the rows are held whole;
each column is a header plus a function from row to text, with optional alignment and colour.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta, timezone
from decimal import Decimal
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from loandesk.domain.money import format_yuan

T = TypeVar("T")
Index = QModelIndex | QPersistentModelIndex
CHINA = timezone(timedelta(hours=8))


@dataclass(frozen=True)
class Column(Generic[T]):
    header: str
    text: Callable[[T], str]
    right: bool = False
    color: Callable[[T], str | None] | None = None
    tooltip: Callable[[T], str] | None = None


class RowsModel(QAbstractTableModel, Generic[T]):
    def __init__(self, columns: Sequence[Column[T]], parent: Any = None) -> None:
        super().__init__(parent)
        self.columns = list(columns)
        self.rows: list[T] = []

    def set_rows(self, rows: Sequence[T]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def row(self, index: int) -> T | None:
        return self.rows[index] if 0 <= index < len(self.rows) else None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        col = self.columns[index.column()]
        item = self.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return col.text(item)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            align = Qt.AlignmentFlag.AlignRight if col.right else Qt.AlignmentFlag.AlignLeft
            return int(align | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and col.color is not None:
            c = col.color(item)
            return QColor(c) if c else None
        if role == Qt.ItemDataRole.ToolTipRole and col.tooltip is not None:
            return col.tooltip(item)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.columns[section].header
        return None


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
