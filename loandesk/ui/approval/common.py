"""Helpers shared by the approval, contract, post-loan and product screens.

Every modal question (file choosers, print dialog, confirmations, the dialogs of this package)
goes through a module-level function here, so tests replace it with monkeypatch and never block
on a real modal dialog. Screens call ``common.x(...)``, never ``from common import x``.

Database work always runs on the serial DB thread (``ui.tasks.run_db``); a service function is
passed a session (read or write) and the result comes back to the GUI thread.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

import shiboken6
from PySide6.QtCore import QObject
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHeaderView,
    QLabel,
    QMessageBox,
    QTableView,
    QWidget,
)

from loandesk.store.attachments import BlobStore
from loandesk.ui.context import AppContext
from loandesk.ui.errors import user_message
from loandesk.ui.tasks import run_db

T = TypeVar("T")
_COLORS = {"error": "#b00020", "ok": "#1b5e20", "info": "#37474f", "warn": "#8a5300"}


def alive(obj: QObject) -> bool:
    """False once the C++ side is gone: a DB-thread result can arrive after its widget closed."""
    return shiboken6.isValid(obj)


def show_message(label: QLabel, text: str, kind: str = "info") -> None:
    label.setStyleSheet(f"color: {_COLORS.get(kind, _COLORS['info'])};")
    label.setText(text)


def rights(ctx: AppContext, permissions: tuple[str, ...]) -> set[str]:
    """Which of ``permissions`` the user's current role grants, with one database read.

    For showing and enabling controls only; every service call checks again."""
    from loandesk.domain.permissions import allowed
    from loandesk.services.context import current_role

    with ctx.db.read() as s:
        role = current_role(s, ctx.actor)
    return {p for p in permissions if role is not None and allowed(role, p)}


ALL_RIGHTS = ("loan.approve", "contract.view", "contract.generate", "contract.print", "contract.sign",
              "loan.disburse", "loan.view", "product.view", "product.manage")


def blobs(ctx: AppContext) -> BlobStore:
    return BlobStore.of(ctx.db)


def call(ctx: AppContext, owner: QObject, fn: Callable[[Any], T], on_done: Callable[[T], None], *,
         write: bool = False, label: QLabel | None = None,
         on_error: Callable[[BaseException], None] | None = None) -> None:
    """Run ``fn(session)`` on the DB thread in one read or write session; errors go to ``label``."""

    def work() -> T:
        if write:
            with ctx.db.write() as s:
                return fn(s)
        with ctx.db.read() as s:
            return fn(s)

    def done(result: T) -> None:
        if alive(owner):
            on_done(result)

    def failed(exc: BaseException) -> None:
        if not alive(owner):
            return
        if on_error is not None:
            on_error(exc)
        elif label is not None:
            show_message(label, user_message(exc), "error")

    run_db(work, done, failed)


def setup_table(view: QTableView, *, stretch_last: bool = True) -> None:
    view.verticalHeader().setVisible(False)
    view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 10)
    view.setWordWrap(False)
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setStretchLastSection(stretch_last)
    header.setHighlightSections(False)


def fit_columns(view: QTableView, extra: int = 16, max_width: int = 320) -> None:
    model = view.model()
    if model is None:
        return
    header = view.horizontalHeader()
    for col in range(model.columnCount() - (1 if header.stretchLastSection() else 0)):
        view.resizeColumnToContents(col)
        header.resizeSection(col, min(max_width, header.sectionSize(col) + extra))


# --- questions a test replaces -------------------------------------------------------------------

def confirm(parent: QWidget | None, title: str, text: str, *, danger: bool = False) -> bool:
    box = QMessageBox(QMessageBox.Icon.Warning if danger else QMessageBox.Icon.Question, title, text,
                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, parent)
    box.button(QMessageBox.StandardButton.Yes).setText("确定")
    box.button(QMessageBox.StandardButton.No).setText("取消")
    box.setDefaultButton(QMessageBox.StandardButton.No if danger else QMessageBox.StandardButton.Yes)
    return box.exec() == QMessageBox.StandardButton.Yes


def ask_text(parent: QWidget | None, title: str, label: str) -> str | None:
    from PySide6.QtWidgets import QInputDialog

    text, ok = QInputDialog.getText(parent, title, label)
    return text if ok else None


def choose_open_file(parent: QWidget | None, title: str, filters: str) -> str:
    path, _ = QFileDialog.getOpenFileName(parent, title, str(Path.home()), filters)
    return path


def choose_save_file(parent: QWidget | None, title: str, name: str, filters: str) -> str:
    path, _ = QFileDialog.getSaveFileName(parent, title, str(Path.home() / name), filters)
    return path


def run_dialog(dialog: QDialog) -> bool:
    """exec() a dialog of this package; tests patch this to drive the dialog without a modal loop."""
    return dialog.exec() == QDialog.DialogCode.Accepted


def ask_printer(parent: QWidget | None, title: str) -> Any:
    """A configured QPrinter, or None when the clerk cancelled the print dialog."""
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setDocName(title)
    dlg = QPrintDialog(printer, parent)
    dlg.setWindowTitle(title)
    return printer if dlg.exec() == QDialog.DialogCode.Accepted else None


def write_file(path: str, data: bytes) -> None:
    """Atomic enough for a user's save-as: write beside, then replace."""
    target = Path(path)
    tmp = target.with_name(target.name + ".part")
    tmp.write_bytes(data)
    tmp.replace(target)
