"""The risk panel (风险评估): score gauge, grade, PD, points per feature, reason codes, hard rules,
credit-report summary and debts, the suggestion, and the one-page PDF report.

Scoring runs as one service call on the DB thread (``risk_assessment.assess``); the panel measures
the time from the click to the painted result and shows it (it must feel instant).
"""

from __future__ import annotations

import time
from html import escape

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QHeaderView, QTableWidgetItem, QWidget

from loandesk.domain.application_states import AppState
from loandesk.services import applications as apps
from loandesk.services import risk_assessment as risk
from loandesk.services.risk_assessment import AssessmentView
from loandesk.ui.context import AppContext
from loandesk.ui.forms.ui_risk_panel import Ui_RiskPanel
from loandesk.ui.review import common
from loandesk.ui.risk.widgets import PointsChart, ScoreGauge
from loandesk.ui.tasks import run_cpu

SUGGESTION_COLORS = {"approve": "#1b5e20", "manual": "#8a5300", "decline": "#b00020"}
ASSESSABLE = {s.value for s in risk.ASSESSABLE_STATES}


class RiskPanel(QWidget):
    sig_changed = Signal(str)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.form = Ui_RiskPanel()
        self.form.setupUi(self)
        f = self.form
        self.gauge = ScoreGauge()
        f.gaugeLayout.addWidget(self.gauge)
        self.chart = PointsChart()
        f.chartLayout.addWidget(self.chart)
        f.hardTable.setColumnCount(4)
        f.hardTable.setHorizontalHeaderLabels(["代码", "检查项", "结果", "说明"])
        f.hardTable.verticalHeader().setVisible(False)
        header = f.hardTable.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        f.assessButton.clicked.connect(self.assess)
        f.completeButton.clicked.connect(self.complete)
        f.exportButton.clicked.connect(self.export_report)
        self.app_id: str | None = None
        self.app_state = ""
        self.view: AssessmentView | None = None
        self.last_elapsed: float | None = None  # seconds from click to painted result
        self.loads = 0
        self.may_assess = self.may_complete = False
        self.clear()

    def clear(self) -> None:
        self.app_id = None
        self.view = None
        f = self.form
        f.headerLabel.setText("请在左侧选择一笔申请。")
        self._show(None)
        for b in (f.assessButton, f.completeButton, f.exportButton):
            b.setEnabled(False)

    def load(self, app_id: str, state: str, header: str, *, message: str = "") -> None:
        self.app_id = app_id
        self.app_state = state
        self.form.headerLabel.setText(header)
        actor = self.ctx.actor

        def fetch(s: object) -> tuple[AssessmentView | None, list[apps.ActionOption], bool]:
            view = risk.latest_assessment(s, actor, app_id)  # type: ignore[arg-type]
            actions = apps.available_actions(s, actor, app_id)  # type: ignore[arg-type]
            from loandesk.services.context import can

            return view, actions, can(s, actor, "risk.assess")  # type: ignore[arg-type]

        def done(result: tuple[AssessmentView | None, list[apps.ActionOption], bool]) -> None:
            view, actions, may_assess = result
            if app_id != self.app_id:
                return
            opts = {o.action: o for o in actions}
            complete = opts.get("complete_assessment")
            self.may_assess = may_assess and state in ASSESSABLE
            self.may_complete = bool(complete and complete.enabled)
            self._show(view)
            f = self.form
            f.assessButton.setEnabled(self.may_assess)
            f.assessButton.setToolTip("" if self.may_assess else "仅“待评估/待审批/需进一步调查”的申请可由有评估权限的人员评估")
            f.completeButton.setEnabled(self.may_complete and view is not None)
            if complete and complete.reason:
                f.completeButton.setToolTip(complete.reason)
            f.exportButton.setEnabled(view is not None)
            if message:
                common.show_message(f.messageLabel, message, "ok")
            else:
                f.messageLabel.clear()
            self.loads += 1

        common.call(self.ctx, self, fetch, done, label=self.form.messageLabel)

    # --- showing -----------------------------------------------------------------------------------

    def _show(self, v: AssessmentView | None) -> None:
        self.view = v
        f = self.form
        self.gauge.set_view(v)
        if v is None:
            self.chart.set_items([])
            f.suggestionLabel.setText("<span style='color:#777'>尚无评估结果。</span>")
            f.reasonsLabel.clear()
            f.hardTable.setRowCount(0)
            f.creditLabel.clear()
            f.debtsLabel.clear()
            f.warningsLabel.clear()
            return
        color = SUGGESTION_COLORS.get(v.suggestion, "#333")
        f.suggestionLabel.setText(
            f"<div style='font-size:14pt; color:{color}'><b>{escape(v.suggestion_label)}</b></div>"
            f"<p>{escape(v.suggestion_text)}</p>"
            f"<p style='color:#777'>第 {v.seq} 次评估，{escape(v.assessed_by_name)}，{common.local(v.assessed_at)}<br>"
            f"评分卡 {escape(v.pack_id)}；规则 {escape(v.rule_set_version)}<br>"
            "系统建议仅供参考，由审批人决定（个人信息保护法第24条）。</p>")
        self.chart.set_items(v.contributions)
        f.reasonsLabel.setText("<ol style='margin:0'>" + "".join(
            f"<li>{escape(r)}</li>" for r in v.reasons) + "</ol>")
        f.hardTable.setRowCount(len(v.hard_rules))
        for row, r in enumerate(v.hard_rules):
            outcome = r.outcome_label if r.passed else f"{r.outcome_label}·{r.severity_label}"
            for col, text in enumerate((r.code, r.title, outcome, r.message)):
                item = QTableWidgetItem(text)
                if col == 2:
                    item.setForeground(QColor("#1b5e20" if r.passed else "#b00020" if r.blocking else "#8a5300"))
                f.hardTable.setItem(row, col, item)
        f.hardTable.resizeRowsToContents()
        height = f.hardTable.horizontalHeader().height() + sum(f.hardTable.rowHeight(i) for i in range(len(v.hard_rules)))
        f.hardTable.setFixedHeight(height + 6)
        f.hardBox.setTitle(f"风险硬规则（{sum(1 for r in v.hard_rules if not r.passed)} 项未通过）")
        f.creditLabel.setText(common.pairs_html([(x.label, x.value) for x in v.credit_lines]))
        f.debtsLabel.setText(common.pairs_html([(x.label, x.value) for x in v.debt_lines]))
        f.warningsLabel.setText(("数据提示：" + "；".join(v.warnings)) if v.warnings else "")

    # --- actions -----------------------------------------------------------------------------------

    def assess(self) -> None:
        if self.app_id is None:
            return
        app_id, actor = self.app_id, self.ctx.actor
        started = time.perf_counter()
        self.form.assessButton.setEnabled(False)
        common.show_message(self.form.messageLabel, "正在评估…")

        def done(view: AssessmentView) -> None:
            self._show(view)
            self.repaint()
            self.last_elapsed = time.perf_counter() - started
            self.form.timingLabel.setText(f"评估用时 {self.last_elapsed * 1000:.0f} 毫秒")
            self.form.assessButton.setEnabled(self.may_assess)
            self.form.completeButton.setEnabled(self.may_complete or self.app_state == AppState.PENDING_ASSESSMENT)
            self.form.exportButton.setEnabled(True)
            common.show_message(self.form.messageLabel, f"评估完成：{view.score} 分，{view.grade_label}，{view.suggestion_label}。",
                                "ok")
            self.sig_changed.emit(app_id)
            self.ctx.signals.sig_application_changed.emit(app_id)

        def failed(exc: BaseException) -> None:
            self.form.assessButton.setEnabled(self.may_assess)
            common.show_message(self.form.messageLabel, common.message_for(exc), "error")

        common.call(self.ctx, self, lambda s: risk.assess(s, actor, app_id), done, write=True, on_error=failed)

    def complete(self) -> None:
        if self.app_id is None:
            return
        app_id, actor = self.app_id, self.ctx.actor

        def done(view: apps.ApplicationView) -> None:
            self.sig_changed.emit(app_id)
            self.ctx.signals.sig_application_changed.emit(app_id)
            self.app_state = view.state
            self.form.completeButton.setEnabled(False)
            common.show_message(self.form.messageLabel, "已提交审批。", "ok")

        common.call(self.ctx, self, lambda s: apps.complete_assessment(s, actor, app_id, comment="评估完成，提交审批"),
                    done, write=True, label=self.form.messageLabel)

    def export_report(self) -> None:
        """导出风险报告 PDF: data (DB thread) → render (worker) → keep with the application → preview."""
        v = self.view
        if v is None:
            return
        actor, ctx, label = self.ctx.actor, self.ctx, self.form.messageLabel
        store = common.blobs(ctx)
        common.show_message(label, "正在生成风险报告…")
        self.form.exportButton.setEnabled(False)

        def stored(pdf: bytes) -> None:
            self.form.exportButton.setEnabled(True)
            common.show_message(label, "风险报告已生成并存档。", "ok")
            common.show_pdf(self, pdf, title="贷款风险评估报告", name=f"风险评估报告_{v.application_no}.pdf")

        def rendered(pdf: bytes) -> None:
            if not common.alive(self):
                return
            common.call(ctx, self, lambda s: (risk.attach_risk_report(s, actor, v.id, pdf, blobs=store), pdf)[1],
                        stored, write=True, label=label)

        def failed(exc: BaseException) -> None:
            if common.alive(self):
                self.form.exportButton.setEnabled(True)
                common.show_message(label, common.message_for(exc), "error")

        def got(data: object) -> None:
            run_cpu(lambda _st: risk.render_risk_report(data), on_done=rendered, on_error=failed)

        common.call(ctx, self, lambda s: risk.risk_report_data(s, actor, v.id), got, on_error=failed)


def header_html(row: apps.ApplicationRow) -> str:
    return (f"<b>{escape(row.application_no)}</b>　{escape(row.customer_name)}（{escape(row.customer_id_masked)}）　"
            f"{escape(row.product_name)}　<b>{common.yuan(row.amount)} 元</b> / {row.term_months} 个月　"
            f"担保：{escape(row.guarantee_label)}　状态：<b>{escape(row.state_label)}</b>")


_ = Qt
