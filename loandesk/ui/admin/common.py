"""Helpers shared by the 系统管理 panels: inline messages, confirmations and file choosers.

Why module-level functions for every modal question: tests must never block on a real modal
dialog, so each question goes through one function here that a test replaces with monkeypatch
(``monkeypatch.setattr(common, "confirm", lambda *a, **k: True)``). Panels call them as
``common.confirm(...)`` — never ``from common import confirm`` — so the patch takes effect.
Errors and results are shown inline in the panel (a message label), not in modal boxes.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFileDialog,
    QHeaderView,
    QLabel,
    QMessageBox,
    QProgressDialog,
    QTableView,
    QWidget,
)

from loandesk.ui.context import AppContext
from loandesk.ui.errors import user_message
from loandesk.ui.screen_support import alive, show_message
from loandesk.ui.tasks import TaskCancelled, TaskState, run_db, run_db_long

CHINA_TZ = timezone(timedelta(hours=8))


def local_time(at: datetime | None) -> str:
    if at is None:
        return ""
    if at.tzinfo is None:
        at = at.replace(tzinfo=UTC)
    return at.astimezone(CHINA_TZ).strftime("%Y-%m-%d %H:%M")


def human_size(n: int | None) -> str:
    if n is None:
        return ""
    size = float(n)
    for unit in ("B", "KB", "MB", "GB"):
        if size < 1024 or unit == "GB":
            return f"{size:.0f} {unit}" if unit == "B" else f"{size:.1f} {unit}"
        size /= 1024
    return f"{size:.1f} GB"


def setup_table(view: QTableView) -> None:
    """Interactive columns (the admin can widen them), no row numbers, last column stretches."""
    view.verticalHeader().setVisible(False)
    view.setWordWrap(False)  # ids and file names elide instead of doubling the row height
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setStretchLastSection(True)
    header.setHighlightSections(False)


def fit_columns(view: QTableView, extra: int = 18, max_width: int = 360) -> None:
    """Size columns to what is shown plus breathing room; Chinese text looks cramped otherwise.

    Only the loaded rows are measured (cheap on a lazy model)."""
    model = view.model()
    if model is None:
        return
    header = view.horizontalHeader()
    for col in range(model.columnCount() - (1 if header.stretchLastSection() else 0)):
        view.resizeColumnToContents(col)
        header.resizeSection(col, min(max_width, header.sectionSize(col) + extra))


# --- questions a test replaces -------------------------------------------------------------------

def confirm(parent: QWidget | None, title: str, text: str, *, danger: bool = False) -> bool:
    """Yes/No question; default button is No for destructive actions."""
    box = QMessageBox(QMessageBox.Icon.Warning if danger else QMessageBox.Icon.Question, title, text,
                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, parent)
    box.button(QMessageBox.StandardButton.Yes).setText("确定")
    box.button(QMessageBox.StandardButton.No).setText("取消")
    box.setDefaultButton(QMessageBox.StandardButton.No if danger else QMessageBox.StandardButton.Yes)
    return box.exec() == QMessageBox.StandardButton.Yes


def inform(parent: QWidget | None, title: str, text: str) -> None:
    QMessageBox.information(parent, title, text)


def choose_folder(parent: QWidget | None, title: str, start: str = "") -> str:
    return QFileDialog.getExistingDirectory(parent, title, start or str(Path.home()))


def choose_open_file(parent: QWidget | None, title: str, start: str, filters: str) -> str:
    path, _ = QFileDialog.getOpenFileName(parent, title, start or str(Path.home()), filters)
    return path


def choose_save_file(parent: QWidget | None, title: str, start: str, filters: str) -> str:
    path, _ = QFileDialog.getSaveFileName(parent, title, start or str(Path.home()), filters)
    return path


def open_folder(path: Path) -> bool:
    """Show a folder in Explorer / the file manager (no shell, no string formatting)."""
    from PySide6.QtCore import QUrl
    from PySide6.QtGui import QDesktopServices

    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


# --- running work ---------------------------------------------------------------------------------

class Panel(QWidget):
    """Base of every section: the context, an inline message label, and busy handling."""

    title = ""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.busy = False
        self._closing = False
        self._long: TaskState | None = None

    @property
    def message_label(self) -> QLabel:
        return self.form.messageLabel  # type: ignore[attr-defined]

    def say(self, text: str, kind: str = "info") -> None:
        show_message(self.message_label, text, kind)

    def fail(self, exc: BaseException) -> None:
        self.busy = False
        if isinstance(exc, TaskCancelled):
            self.say("操作已取消，未做任何更改。", "warn")
            return
        self.say(user_message(exc), "error")

    def db_call(self, fn: Callable[[], Any], done: Callable[[Any], None],
                failed: Callable[[BaseException], None] | None = None, *, busy: bool = True) -> None:
        """run_db with callbacks that are dropped once the panel is shutting down.

        busy=True for actions (a second click is ignored until this one finished); plain reloads
        pass busy=False so they never swallow the admin's next click."""
        if busy:
            self.busy = True

        def ok(result: Any) -> None:
            if alive(self) and not self._closing:
                if busy:
                    self.busy = False
                done(result)

        def err(exc: BaseException) -> None:
            if alive(self) and not self._closing:
                if busy:
                    self.busy = False
                (failed or self.fail)(exc)

        run_db(fn, ok, err)

    def long_call(self, label: str, fn: Callable[[TaskState], Any], done: Callable[[Any], None],
                  failed: Callable[[BaseException], None] | None = None) -> QProgressDialog:
        """run_db_long with a window-modal progress dialog (shown, not exec'd) and a 取消 button."""
        progress = QProgressDialog(label, "取消", 0, 100, self)
        progress.setWindowTitle("请稍候")
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(300)
        progress.setAutoClose(False)
        progress.setAutoReset(False)
        progress.setValue(0)
        self.progress_dialog = progress
        self.busy = True

        def on_progress(done_n: int, total: int, text: str) -> None:
            if not alive(progress):
                return
            if total > 0:
                progress.setMaximum(100)
                progress.setValue(min(99, int(done_n * 100 / total)))
            if text:
                progress.setLabelText(text)

        def finish() -> bool:
            if not alive(self):
                return False
            self.busy = False
            self._long = None
            if alive(progress):
                progress.reset()
                progress.close()
                progress.deleteLater()
            return not self._closing

        def ok(result: Any) -> None:
            if finish():
                done(result)

        def err(exc: BaseException) -> None:
            if finish():
                (failed or self.fail)(exc)

        state = run_db_long(fn, ok, err, on_progress)
        self._long = state
        progress.canceled.connect(state.cancel)
        progress.canceled.connect(lambda: progress.setLabelText("正在取消…"))
        return progress

    def shutdown(self) -> None:
        """Called when the main window closes: cancel long work, ignore late callbacks."""
        self._closing = True
        if self._long is not None:
            self._long.cancel()

    def refresh(self) -> None:
        """Reload what the panel shows (called when the section becomes visible)."""
