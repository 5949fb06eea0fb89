"""批量导入客户: template download, a checked preview with errors by row and column, commit, cancel.

Why it is built this way:

* **Two steps, both on the DB thread with progress and cancel** (``run_db_long``): the preview
  only reads (every row through the customer service's own checks, duplicates against the file
  and the database); the commit writes the accepted rows in ONE write transaction. Cancel raises
  inside that transaction, so nothing of the file stays behind — the dialog says so in words.
* **Errors are where the clerk will fix them**: a table of 行 / 列 / 问题 as Excel numbers rows,
  and an error workbook (the bad rows, the bad cells marked red, a 错误原因 column) that can be
  fixed and imported again as it is.
* **The clerk chooses**: import the valid rows and skip the rest, or nothing at all when any row
  is wrong. With errors and "nothing at all" chosen, the import button is off and says why.
* Files are read into memory; the template and error workbook are written only where the user
  chose. Every file chooser goes through ``export``'s wrappers, which tests replace.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Sequence
from datetime import date
from html import escape
from pathlib import Path
from typing import Any

import shiboken6
from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtWidgets import QDialog, QHeaderView, QTableView, QWidget

from loandesk.services import customer_io
from loandesk.services.customer_io import ImportPreview, ImportResult, RowIssue
from loandesk.ui.context import AppContext
from loandesk.ui.customers import export as files
from loandesk.ui.errors import user_message
from loandesk.ui.forms.ui_customer_import_dialog import Ui_CustomerImportDialog
from loandesk.ui.tasks import TaskCancelled, TaskState, run_cpu, run_db_long

log = logging.getLogger(__name__)

# Also what Excel saves as "Unicode 文本" (.txt) and the formats the import explains (.xls, .et):
# a clerk who cannot see the file in the chooser does not learn how to convert it.
OPEN_FILTER = ("表格文件 (*.xlsx *.xlsm *.csv *.txt *.xls *.et);;Excel 工作簿 (*.xlsx *.xlsm);;"
               "CSV 或文本文件 (*.csv *.txt);;所有文件 (*)")
_COLORS = {"error": "#b00020", "ok": "#1b5e20", "info": "#37474f", "warn": "#8a5300"}
CANCELLED_TEXT = "已取消导入：整个文件在一个事务中，已全部撤销，没有保存任何客户。"


def choose_import_file(parent: QWidget | None) -> str:
    return files.choose_open_file(parent, "选择要导入的客户文件", OPEN_FILTER)


class IssueModel(QAbstractTableModel):
    """行 / 列 / 问题 for up to tens of thousands of issues: a flat tuple, nothing per row."""

    HEADERS = ("行", "列", "问题")

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.issues: tuple[RowIssue, ...] = ()

    def set_issues(self, issues: Sequence[RowIssue]) -> None:
        self.beginResetModel()
        self.issues = tuple(sorted(issues, key=lambda e: (e.row, e.column)))
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.issues)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self.issues)):
            return None
        e = self.issues[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return (f"第 {e.row} 行", e.column or "（整行）", e.message)[index.column()]
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == 0:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.HEADERS[section]
        return None


class ImportDialog(QDialog):
    """Opened from the customer tab with ``.open()`` (window-modal, never blocks the event loop)."""

    sig_previewed = Signal(object)  # ImportPreview
    sig_imported = Signal(object)  # ImportResult
    sig_cancelled = Signal(str)  # "preview" | "commit"
    sig_failed = Signal(str)  # the Chinese message shown

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.form = Ui_CustomerImportDialog()
        self.form.setupUi(self)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        self.preview: ImportPreview | None = None
        self.result: ImportResult | None = None
        self.state: TaskState | None = None
        self.phase = ""  # "" | "reading" | "preview" | "commit"
        self.path = ""
        self.errors = IssueModel(self)
        self.warnings = IssueModel(self)
        f = self.form
        for view, model in ((f.errorView, self.errors), (f.warningView, self.warnings)):
            self._setup_view(view, model)
        f.chooseButton.clicked.connect(self.choose_file)
        f.templateXlsxButton.clicked.connect(lambda: self.save_template("xlsx"))
        f.templateCsvButton.clicked.connect(lambda: self.save_template("csv"))
        f.importButton.clicked.connect(self.start_import)
        f.cancelButton.clicked.connect(self.cancel)
        f.closeButton.clicked.connect(self.close)
        f.errorBookButton.clicked.connect(self.save_error_workbook)
        f.validOnlyRadio.toggled.connect(lambda _on: self._update())
        self.resize(960, 640)
        self._update()

    def _setup_view(self, view: QTableView, model: IssueModel) -> None:
        view.setModel(model)
        view.verticalHeader().setVisible(False)
        view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 8)
        header = view.horizontalHeader()
        fm = view.fontMetrics()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Fixed)
        view.setColumnWidth(0, fm.horizontalAdvance("第 200000 行") + 20)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
        view.setColumnWidth(1, fm.horizontalAdvance("土地承包经营权证号") + 24)
        header.setStretchLastSection(True)

    # --- state ------------------------------------------------------------------------------
    def _say(self, text: str, kind: str = "info") -> None:
        label = self.form.messageLabel
        label.setStyleSheet(f"color: {_COLORS.get(kind, _COLORS['info'])};")
        label.setText(text)

    def message(self) -> str:
        return self.form.messageLabel.text()

    @property
    def mode(self) -> str:
        return "valid_only" if self.form.validOnlyRadio.isChecked() else "all_or_nothing"

    def _update(self) -> None:
        f = self.form
        p = self.preview
        running = bool(self.phase)
        f.chooseButton.setEnabled(not running)
        f.templateXlsxButton.setEnabled(not running)
        f.templateCsvButton.setEnabled(not running)
        f.cancelButton.setVisible(running)
        f.progressBar.setVisible(running)
        f.progressLabel.setVisible(running)
        f.modeGroup.setEnabled(not running and p is not None and self.result is None)
        f.errorBookButton.setEnabled(not running and p is not None and p.error_count > 0)
        f.closeButton.setEnabled(not running)
        can_import = not running and p is not None and self.result is None and p.valid_count > 0
        why = ""
        if p is not None and self.result is None:
            if p.valid_count == 0:
                why = "没有可以导入的行：所有行都有错误。请下载错误清单修改后重新选择文件。"
            elif self.mode == "all_or_nothing" and p.error_count:
                can_import = False
                why = f"文件中有 {p.error_count} 行错误，按“有错误就全部不导入”的选择不会导入任何数据。请下载错误清单修改后重新选择文件。"
        f.importButton.setEnabled(can_import)
        f.importButton.setToolTip(why)
        if p is None:
            f.importButton.setText("导入")
        elif self.mode == "valid_only" and p.error_count:
            f.importButton.setText(f"导入 {p.valid_count} 行（跳过 {p.error_count} 行）")
        else:
            f.importButton.setText(f"导入全部 {p.valid_count} 行")
        f.issueTabs.setTabText(0, f"错误（{len(self.errors.issues)}）")
        f.issueTabs.setTabText(1, f"提示（{len(self.warnings.issues)}）")
        if why and not running and self.result is None:
            self._say(why, "warn")

    def _progress(self, done: int, total: int, text: str) -> None:
        if not shiboken6.isValid(self):
            return
        bar = self.form.progressBar
        if total > 0:
            bar.setRange(0, total)
            bar.setValue(min(done, total))
        else:
            bar.setRange(0, 0)  # busy indicator
        if text:
            self.form.progressLabel.setText(text)

    def _begin(self, phase: str, text: str) -> None:
        self.phase = phase
        self.form.progressBar.setRange(0, 0)
        self.form.progressLabel.setText(text)
        self._say("")
        self._update()

    def _end(self) -> None:
        self.phase = ""
        self.state = None
        if shiboken6.isValid(self):
            self._update()

    def cancel(self) -> None:
        """取消 (or Esc) while working: the task stops at its next step and rolls back."""
        if self.state is not None:
            self.state.cancel()
            self.form.progressLabel.setText("正在取消…")
            self.form.cancelButton.setEnabled(False)

    def reject(self) -> None:
        """Esc/close while a job runs cancels the job first; the dialog stays until it has stopped."""
        if self.phase:
            self.cancel()
            return
        super().reject()

    def closeEvent(self, event: Any) -> None:
        if self.phase:
            self.cancel()
            event.ignore()
            return
        super().closeEvent(event)

    # --- step 1: the file -------------------------------------------------------------------
    def choose_file(self) -> None:
        path = choose_import_file(self)
        if path:
            self.load_file(path)

    def load_file(self, path: str) -> None:
        """Read the file into memory (worker pool), then check every row (DB thread)."""
        if self.phase:
            return
        self.path = path
        self.preview = None
        self.result = None
        self.errors.set_issues(())
        self.warnings.set_issues(())
        name = Path(path).name
        f = self.form
        f.fileLabel.setText(name)
        f.fileLabel.setToolTip(path)
        f.summaryLabel.setText("")
        self._begin("reading", "正在读取文件…")
        limit = max(customer_io.MAX_CSV_BYTES, customer_io.MAX_XLSX_BYTES)

        def read(_state: TaskState) -> bytes:
            size = os.stat(path).st_size
            if size > limit:
                raise customer_io.ImportFileError(f"“{name}”太大（{size / 1048576:.1f} MB），请拆分后再导入。")
            with open(path, "rb") as fh:
                return fh.read()

        def failed(exc: BaseException) -> None:
            self._end()
            if shiboken6.isValid(self):
                self._fail(exc)

        run_cpu(read, lambda data: shiboken6.isValid(self) and self.preview_bytes(name, data, _continuing=True),
                failed)

    def preview_bytes(self, filename: str, data: bytes, *, _continuing: bool = False) -> None:
        """Check ``data`` as the file ``filename`` (read-only; progress and cancel)."""
        if self.phase and not _continuing:
            return
        if not _continuing:
            self.form.fileLabel.setText(filename)
        self._begin("preview", "正在逐行检查…")
        ctx, actor = self.ctx, self.ctx.actor

        def work(state: TaskState) -> ImportPreview:
            with ctx.db.read() as s:
                return customer_io.preview_import(s, actor, filename, data, progress=state.progress,
                                                  cancel=lambda: state.cancelled)

        self.state = run_db_long(work, self._previewed, self._preview_failed, self._progress)

    def _previewed(self, preview: ImportPreview) -> None:
        self._end()
        if not shiboken6.isValid(self):
            return
        self.preview = preview
        self.errors.set_issues(preview.errors)
        self.warnings.set_issues(preview.warnings)
        enc = f"，编码 {preview.encoding}" if preview.encoding else ""
        fmt = "Excel 工作簿" if preview.fmt == "xlsx" else "CSV"
        if preview.sheet:
            fmt += f"，工作表“{escape(preview.sheet)}”"
        if preview.header_row > 1:
            enc += f"，表头在第 {preview.header_row} 行"
        parts = [f"共 <b>{preview.total}</b> 行（{fmt}{enc}）：",
                 f"<span style='color:{_COLORS['ok']}'>可导入 <b>{preview.valid_count}</b> 行</span>"]
        if preview.error_count:
            parts.append(f"，<span style='color:{_COLORS['error']}'>有错误 <b>{preview.error_count}</b> 行</span>"
                         f"（{len(preview.errors)} 处问题）")
        if preview.warnings:
            parts.append(f"，提示 {len(preview.warnings)} 条")
        summary = "".join(parts) + "。"
        for note in preview.notes:
            summary += "<br>" + escape(note)
        if preview.ignored_columns:
            summary += "<br>未识别、将忽略的列：" + "、".join(preview.ignored_columns[:10])
        if preview.truncated_issues:
            summary += "<br>问题太多，只列出前面一部分；错误清单包含所有有错误的行。"
        self.form.summaryLabel.setText(summary)
        self.form.issueTabs.setCurrentIndex(0 if preview.errors or not preview.warnings else 1)
        self._update()
        if preview.total == 0:
            self._say("文件中没有数据行（只有表头）。", "warn")
        elif not preview.error_count:
            self._say("所有行检查通过，可以导入。", "ok")
        elif preview.valid_count:
            self._say("请选择导入方式：只导入没有错误的行，或者全部不导入。错误行可下载错误清单修改后再导入。", "info")
        self.sig_previewed.emit(preview)

    def _preview_failed(self, exc: BaseException) -> None:
        self._end()
        if not shiboken6.isValid(self):
            return
        if isinstance(exc, TaskCancelled | customer_io.ImportCancelled):
            self._say("已取消检查，没有导入任何数据。", "info")
            self.sig_cancelled.emit("preview")
            return
        self._fail(exc)

    def _fail(self, exc: BaseException) -> None:
        text = user_message(exc)
        self._say(text, "error")
        self.sig_failed.emit(text)

    # --- step 2: commit ---------------------------------------------------------------------
    def start_import(self) -> None:
        p = self.preview
        if p is None or self.phase or self.result is not None or not self.form.importButton.isEnabled():
            return
        mode = self.mode
        ctx, actor = self.ctx, self.ctx.actor
        self._begin("commit", "正在导入…")

        def work(state: TaskState) -> ImportResult:
            with ctx.db.write() as s:  # ONE transaction for the whole file
                return customer_io.commit_import(s, actor, p, mode, progress=state.progress,
                                                 cancel=lambda: state.cancelled)

        self.state = run_db_long(work, self._imported, self._import_failed, self._progress)

    def _imported(self, result: ImportResult) -> None:
        self._end()
        self.result = result
        if not shiboken6.isValid(self):
            return
        nos = f"（客户号 {result.first_no} 至 {result.last_no}）" if result.created > 1 else \
            (f"（客户号 {result.first_no}）" if result.created else "")
        skipped = f"，跳过有错误的 {result.skipped} 行（可下载错误清单修改后再导入）" if result.skipped else ""
        self._say(f"导入完成：新建 {result.created} 位客户{nos}{skipped}。", "ok")
        self.form.closeButton.setDefault(True)
        self._update()
        self.ctx.signals.sig_status.emit(f"已导入 {result.created} 位客户")
        self.sig_imported.emit(result)

    def _import_failed(self, exc: BaseException) -> None:
        self._end()
        if not shiboken6.isValid(self):
            return
        if isinstance(exc, TaskCancelled | customer_io.ImportCancelled):
            self._say(CANCELLED_TEXT, "warn")
            self.sig_cancelled.emit("commit")
            return
        text = user_message(exc)
        self._say(f"{text}\n整个文件在一个事务中，未保存任何客户。" if "未导入任何数据" not in text else text, "error")
        self.sig_failed.emit(text)

    # --- files the user saves ---------------------------------------------------------------
    def save_template(self, fmt: str) -> None:
        filters = "Excel 工作簿 (*.xlsx)" if fmt == "xlsx" else "CSV 文件 (*.csv)"
        path = files.choose_save_file(self, "保存导入模板", f"客户导入模板.{fmt}", filters)
        if not path:
            return
        path = files.with_suffix(path, fmt)

        def build(_state: TaskState) -> bytes:
            return customer_io.template_xlsx() if fmt == "xlsx" else customer_io.template_csv()

        run_cpu(build, lambda data: self._write(data, path, "导入模板"), self._fail_if_alive)

    def save_error_workbook(self) -> None:
        p = self.preview
        if p is None or not p.error_count:
            return
        stem = Path(p.filename).stem or "导入文件"
        path = files.choose_save_file(self, "保存错误清单", f"{stem}_错误清单_{date.today():%Y%m%d}.xlsx",
                                      "Excel 工作簿 (*.xlsx)")
        if not path:
            return
        path = files.with_suffix(path, "xlsx")
        run_cpu(lambda _s: customer_io.error_workbook(p), lambda data: self._write(data, path, "错误清单"),
                self._fail_if_alive)

    def _write(self, data: bytes, path: str, what: str) -> None:
        if not shiboken6.isValid(self):
            return
        files.save_bytes(self, data, path, lambda where: self._say(f"已保存{what}：{where}", "ok"),
                         self._fail_if_alive)

    def _fail_if_alive(self, exc: BaseException) -> None:
        if shiboken6.isValid(self):
            self._fail(exc)
