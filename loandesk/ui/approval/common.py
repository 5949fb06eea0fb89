"""Helpers shared by the approval, contract, post-loan and product screens.

Every modal question (file choosers, print dialog, confirmations, the dialogs of this package)
goes through a module-level function here, so tests replace it with monkeypatch and never block
on a real modal dialog. Screens call ``common.x(...)``, never ``from common import x``.

Database work always runs on the serial DB thread (``ui.tasks.run_db``); a service function is
passed a session (read or write) and the result comes back to the GUI thread.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, TypeVar

from PySide6.QtCore import QRect
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHeaderView,
    QMessageBox,
    QTableView,
    QWidget,
)

from loandesk.store.attachments import BlobStore
from loandesk.store.files import write_bytes_atomic
from loandesk.ui.context import AppContext
from loandesk.ui.screen_support import alive, call, show_message  # noqa: F401 (re-exported)

T = TypeVar("T")


# Room for the title bar and borders: availableGeometry() excludes the taskbar, not the frame.
FRAME_ALLOWANCE = 40


def available_geometry(widget: QWidget | None) -> QRect:
    """The usable desktop area of the screen ``widget`` is on (the primary screen otherwise)."""
    screen = widget.screen() if widget is not None else None
    screen = screen or QGuiApplication.primaryScreen()
    return screen.availableGeometry() if screen is not None else QRect(0, 0, 1366, 728)


def fit_to_screen(widget: QWidget, width: int, height: int) -> None:
    """Resize to ``width`` × ``height`` but never beyond the usable screen: at 1366×768 with a
    taskbar a 760-pixel dialog put its 打印/关闭 buttons under the taskbar."""
    avail = available_geometry(widget)
    widget.resize(max(320, min(width, avail.width() - 20)), max(240, min(height, avail.height() - FRAME_ALLOWANCE)))


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
    """A user's save-as (contract PDFs): complete or absent, no ``.part`` left after a failure."""
    write_bytes_atomic(path, data)
