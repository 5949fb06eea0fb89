"""Helpers of the review and risk screens: DB calls off the GUI thread, a row model, and the few
modal questions, each a module-level function a test replaces with monkeypatch.

Screens call ``common.x(...)`` (never ``from common import x``) so the patch takes effect.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime, timedelta, timezone
from decimal import Decimal
from html import escape
from typing import TypeVar

from PySide6.QtCore import QModelIndex, QPersistentModelIndex
from PySide6.QtWidgets import QFileDialog, QHeaderView, QMessageBox, QTableView, QWidget

from loandesk.store.attachments import BlobStore
from loandesk.ui.context import AppContext
from loandesk.ui.errors import user_message
from loandesk.ui.screen_support import alive, call, show_message  # noqa: F401 (re-exported)

T = TypeVar("T")
Index = QModelIndex | QPersistentModelIndex
CHINA = timezone(timedelta(hours=8))
GRADE_COLORS = {"A": "#2e7d32", "B": "#7cb342", "C": "#f9a825", "D": "#ef6c00", "E": "#c62828"}


def blobs(ctx: AppContext) -> BlobStore:
    return BlobStore.of(ctx.db)


# --- formatting --------------------------------------------------------------------------------------

def yuan(value: Decimal | None) -> str:
    return "—" if value is None else f"{value:,.2f}"


def local(at: datetime | None) -> str:
    return "—" if at is None else at.astimezone(CHINA).strftime("%Y-%m-%d %H:%M")


def day(d: date | None) -> str:
    return "—" if d is None else d.isoformat()


def pairs_html(pairs: Sequence[tuple[str, str]]) -> str:
    cells = "".join(f"<tr><td style='color:#555; padding:2px 12px 2px 0'>{escape(k)}</td>"
                    f"<td style='padding:2px 0'>{escape(v)}</td></tr>" for k, v in pairs)
    return f"<table cellspacing='0'>{cells}</table>"


# --- the shared read-only table model (re-exported for the review and risk tabs) ---------------------

from loandesk.ui.table_models import Column, RowsModel  # noqa: E402,F401


def setup_table(view: QTableView) -> None:
    view.verticalHeader().setVisible(False)
    view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 10)
    view.setWordWrap(False)
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setStretchLastSection(True)
    header.setHighlightSections(False)


def fit_columns(view: QTableView, extra: int = 14, max_width: int = 240) -> None:
    model = view.model()
    if model is None:
        return
    header = view.horizontalHeader()
    for col in range(model.columnCount() - 1):
        view.resizeColumnToContents(col)
        header.resizeSection(col, min(max_width, header.sectionSize(col) + extra))


# --- questions a test replaces ---------------------------------------------------------------------

def confirm(parent: QWidget | None, title: str, text: str) -> bool:
    box = QMessageBox(QMessageBox.Icon.Question, title, text,
                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, parent)
    box.button(QMessageBox.StandardButton.Yes).setText("确定")
    box.button(QMessageBox.StandardButton.No).setText("取消")
    return box.exec() == QMessageBox.StandardButton.Yes


def choose_save_file(parent: QWidget | None, title: str, name: str) -> str:
    path, _ = QFileDialog.getSaveFileName(parent, title, name, "PDF 文件 (*.pdf)")
    return path


def show_pdf(parent: QWidget | None, pdf: bytes, *, title: str, name: str) -> None:
    """Preview with 打印/另存为 (the shared in-memory PDF viewer); never writes a temp file."""
    from loandesk.ui.approval.preview import PdfPreviewDialog

    dlg = PdfPreviewDialog(parent, pdf, title=title, name=name)
    dlg.exec()


def show_document(parent: QWidget | None, data: bytes, title: str) -> None:
    from loandesk.ui.approval.dialogs import show_document as _show

    _show(parent, data, title)


def message_for(exc: BaseException) -> str:
    return user_message(exc)
