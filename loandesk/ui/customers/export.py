"""Export the current search results to .xlsx/.csv, masked according to the user's role.

Why it is built this way:

* The service decides the masking (``customer.view_unmasked`` is re-read from the database on
  every call) and audits the export; this module only asks where to save, shows progress with a
  cancel button and tells the clerk whether ID numbers and phones were masked.
* The bytes are produced in memory on the DB thread and written once, on the worker pool, to
  the place the user chose (beside it as ``.part`` first, then renamed, so a full disk never
  leaves a half file under the real name). No other copy is written anywhere.
* Every question (file chooser, message box) goes through a module-level function here, so tests
  replace it and never block on a real modal dialog. The file helpers are shared by the other
  dialogs of this package that write what the user asked for (templates, error workbooks,
  watermarked copies).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox, QProgressDialog, QWidget

from loandesk.services import customer_io
from loandesk.services.context import ServiceError, can
from loandesk.services.customers import Filters
from loandesk.store.files import write_bytes_atomic
from loandesk.ui.context import AppContext
from loandesk.ui.errors import user_message
from loandesk.ui.tasks import TaskCancelled, TaskState, run_cpu, run_db_long

XLSX_FILTER = "Excel 工作簿 (*.xlsx)"
CSV_FILTER = "CSV 文件（UTF-8）(*.csv)"


# --- questions and file helpers a test replaces ---------------------------------------------------

def choose_save_file(parent: QWidget | None, title: str, name: str, filters: str) -> str:
    """A path chosen by the user, or "" when cancelled."""
    start = str(Path.home() / name)
    path, _ = QFileDialog.getSaveFileName(parent, title, start, filters)
    return path


def choose_open_files(parent: QWidget | None, title: str, filters: str) -> list[str]:
    paths, _ = QFileDialog.getOpenFileNames(parent, title, str(Path.home()), filters)
    return list(paths)


def choose_open_file(parent: QWidget | None, title: str, filters: str) -> str:
    path, _ = QFileDialog.getOpenFileName(parent, title, str(Path.home()), filters)
    return path


def choose_folder(parent: QWidget | None, title: str, start: str = "") -> str:
    return QFileDialog.getExistingDirectory(parent, title, start or str(Path.home()))


def inform(parent: QWidget | None, title: str, text: str) -> None:
    QMessageBox.information(parent, title, text)


def warn(parent: QWidget | None, title: str, text: str) -> None:
    QMessageBox.warning(parent, title, text)


def write_file(path: str, data: bytes) -> None:
    """Write what the user asked to save (on the worker pool): complete or absent."""
    write_bytes_atomic(path, data)


def with_suffix(path: str, fmt: str) -> str:
    """The chooser may return a name without the extension of the chosen filter."""
    return path if path.lower().endswith("." + fmt) else f"{path}.{fmt}"


def save_bytes(parent: QWidget, data: bytes, path: str, on_done: Callable[[str], None],
               on_error: Callable[[BaseException], None]) -> None:
    """Write ``data`` to ``path`` off the GUI thread; callbacks only while ``parent`` lives."""

    def done(_result: object) -> None:
        if shiboken6.isValid(parent):
            on_done(path)

    def failed(exc: BaseException) -> None:
        if shiboken6.isValid(parent):
            on_error(exc)

    run_cpu(lambda _state: write_file(path, data), done, failed)


class Busy:
    """A window-modal progress dialog bound to a TaskState: 取消 cancels the task.

    Progress arrives throttled through the task relay; the dialog never blocks the event loop.
    """

    def __init__(self, parent: QWidget | None, title: str, label: str) -> None:
        self.state: TaskState | None = None
        self.dialog = QProgressDialog(label, "取消", 0, 0, parent)
        self.dialog.setWindowTitle(title)
        self.dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.dialog.setMinimumDuration(300)
        self.dialog.setAutoClose(False)
        self.dialog.setAutoReset(False)
        self.dialog.setMinimumWidth(360)
        self.dialog.canceled.connect(self.cancel)

    def attach(self, state: TaskState) -> None:
        self.state = state

    def cancel(self) -> None:
        if self.state is not None:
            self.state.cancel()
        if shiboken6.isValid(self.dialog):
            self.dialog.setLabelText("正在取消…")

    def progress(self, done: int, total: int, text: str) -> None:
        if not shiboken6.isValid(self.dialog) or self.dialog.wasCanceled():
            return
        self.dialog.setMaximum(max(total, 0))
        if total > 0:
            self.dialog.setValue(min(done, total))
        if text:
            self.dialog.setLabelText(text)

    def close(self) -> None:
        if shiboken6.isValid(self.dialog):
            self.dialog.reset()
            self.dialog.close()
            self.dialog.deleteLater()


# --- the export -----------------------------------------------------------------------------------

def _default_name(fmt: str) -> str:
    return f"客户导出_{date.today():%Y%m%d}.{fmt}"


def export_results(ctx: AppContext, parent: QWidget, query: str, filters: Filters | None,
                   *, sort: str = "relevance") -> None:
    """Ask where to save, export the search results on the DB thread, write the file, report.

    ID numbers and phones are masked unless the user's current role may see them in full; the
    closing message says which, and the export is audited by the service.
    """
    path = choose_save_file(parent, "导出客户（当前查找结果）", _default_name("xlsx"), f"{XLSX_FILTER};;{CSV_FILTER}")
    if not path:
        return
    fmt = "csv" if path.lower().endswith(".csv") else "xlsx"
    path = with_suffix(path, fmt)
    actor = ctx.actor
    busy = Busy(parent, "导出客户", "正在查找客户…")
    seen: dict[str, Any] = {"count": 0}

    def work(state: TaskState) -> tuple[bytes, bool, int]:
        def progress(done: int, total: int, text: str) -> None:
            seen["count"] = done
            state.progress(done, total, text)

        with ctx.db.write() as s:
            unmasked = can(s, actor, "customer.view_unmasked")
            data = customer_io.export_customers(s, actor, query or "", filters, fmt, sort=sort, progress=progress,
                                                cancel=lambda: state.cancelled)
        return data, unmasked, int(seen["count"])

    def exported(result: tuple[bytes, bool, int]) -> None:
        data, unmasked, count = result
        if not shiboken6.isValid(parent):
            busy.close()
            return
        busy.progress(0, 0, "正在保存文件…")

        def saved(where: str) -> None:
            busy.close()
            how = "身份证号、手机号为完整号码（本次导出已记录审计），请妥善保管文件" if unmasked else \
                "身份证号、手机号已按您的权限屏蔽"
            inform(parent, "导出完成", f"已导出 {count} 位客户到：\n{where}\n\n{how}。")

        def not_saved(exc: BaseException) -> None:
            busy.close()
            warn(parent, "导出未完成", f"文件没有保存：{user_message(exc)}")

        save_bytes(parent, data, path, saved, not_saved)

    def failed(exc: BaseException) -> None:
        busy.close()
        if not shiboken6.isValid(parent):
            return
        if isinstance(exc, TaskCancelled | customer_io.ImportCancelled) or (
                isinstance(exc, ServiceError) and "取消" in exc.message):
            inform(parent, "已取消", "已取消导出，没有生成文件。")
            return
        warn(parent, "导出未完成", user_message(exc))

    busy.attach(run_db_long(work, exported, failed, busy.progress))
