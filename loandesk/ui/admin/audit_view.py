"""审计日志: search form, a lazily fetched table, a detail pane, chain verification and export.

Read-only for everyone: the only writes are the records that a verification or an export leave
behind, made by the services. Auditors get the export button; admins can search and verify.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate, QItemSelection
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import QWidget

from loandesk.domain.clock import china_today
from loandesk.services import audit, audit_query
from loandesk.services.audit_query import OUTCOMES, AuditFilters, FilterChoices
from loandesk.ui.admin import common
from loandesk.ui.admin.common import Panel
from loandesk.ui.admin.models import ENTITY_LABELS, AuditTableModel
from loandesk.ui.context import AppContext
from loandesk.ui.forms.ui_admin_audit_panel import Ui_AdminAuditPanel

ANY = "（全部）"


def _combo_value(combo: object) -> str:
    """An editable combo: the item's data when an item is shown, else what the user typed."""
    from PySide6.QtWidgets import QComboBox

    assert isinstance(combo, QComboBox)
    text = combo.currentText().strip()
    if not text or text == ANY:
        return ""
    i = combo.findText(text)
    if i >= 0 and combo.itemData(i) is not None:
        return str(combo.itemData(i))
    return text


def _qdate(d: QDate) -> date:
    return date(d.year(), d.month(), d.day())


class AuditPanel(Panel):
    title = "审计日志"

    def __init__(self, ctx: AppContext, parent: QWidget | None = None, *, can_verify: bool = True,
                 can_export: bool = False) -> None:
        super().__init__(ctx, parent)
        self.form = Ui_AdminAuditPanel()
        self.form.setupUi(self)
        self.model = AuditTableModel(ctx, parent=self)
        self.last_report: audit.ChainReport | None = None
        self.last_export: Path | None = None
        self._choices_loaded = False
        f = self.form
        f.auditView.setModel(self.model)
        common.setup_table(f.auditView)
        self._fitted = False
        f.splitter.setStretchFactor(0, 3)
        f.splitter.setStretchFactor(1, 2)
        f.detailEdit.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        f.outcomeCombo.addItem(ANY, "")
        for code, label in OUTCOMES.items():
            f.outcomeCombo.addItem(label, code)
        # The China calendar, like the times in the table and the service's date filter: the PC's
        # own zone may be another (a fresh Windows install is often UTC), and then "today" ended
        # at 08:00 Beijing time and the night's records fell outside the default range.
        ct = china_today()
        today = QDate(ct.year, ct.month, ct.day)
        f.fromDate.setDate(today.addDays(-30))
        f.toDate.setDate(today)
        f.fromCheck.toggled.connect(f.fromDate.setEnabled)
        f.toCheck.toggled.connect(f.toDate.setEnabled)
        f.searchButton.clicked.connect(self.search)
        f.clearButton.clicked.connect(self.clear_filters)
        f.entityIdEdit.returnPressed.connect(self.search)
        f.verifyButton.clicked.connect(self.verify)
        f.exportButton.clicked.connect(self.export)
        f.verifyButton.setVisible(can_verify)
        f.exportButton.setVisible(can_export)
        f.auditView.selectionModel().selectionChanged.connect(self._show_detail)
        self.model.sig_loaded.connect(self._loaded)
        self.model.sig_failed.connect(self.fail)

    # --- search ---------------------------------------------------------------------------------
    def refresh(self) -> None:
        if not self._choices_loaded:
            self._load_choices()
        self.search()

    def _load_choices(self) -> None:
        ctx = self.ctx

        def work() -> FilterChoices:
            with ctx.db.read() as s:
                return audit_query.filter_choices(s, ctx.actor)

        self.db_call(work, self._fill_choices, busy=False)

    def _fill_choices(self, c: FilterChoices) -> None:
        self._choices_loaded = True
        f = self.form
        for combo, values, label in ((f.userCombo, c.usernames, None),
                                     (f.actionCombo, c.actions, audit_query.action_label),
                                     (f.entityTypeCombo, c.entity_types, ENTITY_LABELS.get)):
            current = combo.currentText()
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(ANY, "")
            for v in values:
                text = v if label is None else (f"{label(v) or v}（{v}）" if (label(v) or v) != v else v)
                combo.addItem(text, v)
            combo.setCurrentText(current or ANY)
            combo.blockSignals(False)

    def filters(self) -> AuditFilters:
        """Raises ServiceError (e.g. start after end) — shown inline by search()."""
        f = self.form
        return AuditFilters(
            username=_combo_value(f.userCombo),
            action=_combo_value(f.actionCombo),
            entity_type=_combo_value(f.entityTypeCombo),
            entity_id=f.entityIdEdit.text().strip(),
            date_from=_qdate(f.fromDate.date()) if f.fromCheck.isChecked() else None,
            date_to=_qdate(f.toDate.date()) if f.toCheck.isChecked() else None,
            outcome=str(f.outcomeCombo.currentData() or ""),
        )

    def search(self) -> None:
        try:
            filters = self.filters()
        except Exception as exc:
            self.fail(exc)
            return
        self.form.detailEdit.clear()
        self.form.countLabel.setText("正在查询…")
        self.say("")
        self.model.search(filters)

    def _loaded(self, total: int) -> None:
        if not self._fitted and self.model.rowCount():
            common.fit_columns(self.form.auditView, max_width=240)
            self._fitted = True
        self.form.countLabel.setText(f"共 {total:,} 条记录" + ("（滚动到底部自动加载更多）" if total > len(self.model.rows)
                                                            else ""))

    def clear_filters(self) -> None:
        f = self.form
        for combo in (f.userCombo, f.actionCombo, f.entityTypeCombo):
            combo.setCurrentText(ANY)
        f.entityIdEdit.clear()
        f.outcomeCombo.setCurrentIndex(0)
        f.fromCheck.setChecked(False)
        f.toCheck.setChecked(False)
        self.search()

    def _show_detail(self, _sel: QItemSelection | None = None, _old: QItemSelection | None = None) -> None:
        rows = self.form.auditView.selectionModel().selectedRows()
        r = self.model.row_at(rows[0].row()) if rows else None
        if r is None:
            self.form.detailEdit.clear()
            return
        lines = [
            f"序号：{r.seq}",
            f"时间：{r.local_time}（北京时间）",
            f"用户：{r.username}" + (f"（{r.user_id}）" if r.user_id else ""),
            f"操作：{r.action_label}（{r.action}）",
            f"对象：{ENTITY_LABELS.get(r.entity_type, r.entity_type) or '—'} {r.entity_id}",
            f"结果：{r.outcome_label}",
            "",
            "摘要：",
            r.summary_pretty(),
            "",
            f"前一条哈希：{r.prev_hash}",
            f"本条哈希：  {r.hash}",
        ]
        self.form.detailEdit.setPlainText("\n".join(lines))

    # --- verify and export ----------------------------------------------------------------------
    def verify(self) -> None:
        if self.busy:
            return
        ctx = self.ctx
        self.form.verifyButton.setEnabled(False)
        self.say("正在校验审计日志哈希链…")

        def work() -> audit.ChainReport:
            with ctx.db.read() as s:
                report = audit_query.verify(s, ctx.actor)
            with ctx.db.write() as s:
                audit_query.record_verification(s, ctx.actor, report)
            return report

        def done(report: audit.ChainReport) -> None:
            self.form.verifyButton.setEnabled(True)
            self.last_report = report
            self.say(report.message(), "ok" if report.ok else "error")

        def failed(exc: BaseException) -> None:
            self.form.verifyButton.setEnabled(True)
            self.fail(exc)

        self.db_call(work, done, failed)

    def export(self) -> None:
        if self.busy:
            return
        try:
            filters = self.filters()
        except Exception as exc:
            self.fail(exc)
            return
        name = f"审计日志-{self.ctx.branch_code or 'branch'}-{china_today():%Y%m%d}.xlsx"
        path = common.choose_save_file(self, "导出审计日志", str(Path.home() / name),
                                       "Excel 工作簿 (*.xlsx);;CSV 文件 (*.csv)")
        if not path:
            return
        target = Path(path)
        fmt = "csv" if target.suffix.lower() == ".csv" else "xlsx"
        if target.suffix.lower() not in (".csv", ".xlsx"):
            target = target.with_suffix(".xlsx")
        ctx = self.ctx
        self.say("正在导出…")

        def work() -> int:
            # The service writes the file, then records the export (or the failed attempt).
            with ctx.db.write() as s:
                return audit_query.export_audit(s, ctx.actor, filters, target, fmt).size

        def done(size: int) -> None:
            self.last_export = target
            self.say(f"已导出到 {target}（{common.human_size(size)}）。本次导出已记入审计日志。", "ok")

        self.db_call(work, done)
