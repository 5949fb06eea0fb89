"""风险评估 tab: applications awaiting or after assessment on the left, the risk panel on the right."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QHBoxLayout, QSplitter, QWidget

from loandesk.domain.application_states import AppState
from loandesk.services import risk_assessment as risk
from loandesk.services.applications import ApplicationRow, QueuePage
from loandesk.ui.context import AppContext
from loandesk.ui.forms.ui_risk_list_panel import Ui_RiskListPanel
from loandesk.ui.review import common
from loandesk.ui.review.common import Column, RowsModel
from loandesk.ui.risk.panel import RiskPanel, header_html

SUGGESTION_SHORT = {"approve": "建议批准", "manual": "审慎审批", "decline": "建议拒绝"}

COLUMNS: list[Column[ApplicationRow]] = [
    Column("申请编号", lambda r: r.application_no),
    Column("客户", lambda r: r.customer_name, tooltip=lambda r: r.customer_id_masked),
    Column("评分", lambda r: "—" if r.latest_score is None else str(r.latest_score), right=True),
    Column("等级", lambda r: r.latest_grade or "未评估",
           color=lambda r: common.GRADE_COLORS.get(r.latest_grade) if r.latest_grade else "#777777"),
    Column("建议", lambda r: SUGGESTION_SHORT.get(r.latest_suggestion, ""),
           color=lambda r: {"approve": "#1b5e20", "manual": "#8a5300", "decline": "#b00020"}.get(r.latest_suggestion)),
    Column("状态", lambda r: r.state_label),
    Column("金额（元）", lambda r: common.yuan(r.amount), right=True),
    Column("等待", lambda r: r.age_label, right=True),
    Column("产品", lambda r: r.product_name),
]

SCOPES: list[tuple[str, tuple[str, ...]]] = [
    ("待评估", (AppState.PENDING_ASSESSMENT.value,)),
    ("待评估 + 待审批", (AppState.PENDING_ASSESSMENT.value, AppState.PENDING_APPROVAL.value)),
    ("待审批", (AppState.PENDING_APPROVAL.value,)),
    ("需进一步调查", (AppState.INVESTIGATION.value,)),
    ("全部（含已审批）", tuple(s.value for s in risk.RISK_STATES)),
]


class RiskListPanel(QWidget):
    sig_cleared = Signal()  # the list no longer holds the selected application

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.form = Ui_RiskListPanel()
        self.form.setupUi(self)
        f = self.form
        self.model: RowsModel[ApplicationRow] = RowsModel(COLUMNS, self)
        f.listView.setModel(self.model)
        common.setup_table(f.listView)
        for label, states in SCOPES:
            f.stateCombo.addItem(label, states)
        f.stateCombo.setCurrentIndex(1)
        f.stateCombo.currentIndexChanged.connect(lambda _i: self.refresh())
        f.searchEdit.returnPressed.connect(self.refresh)
        f.refreshButton.clicked.connect(self.refresh)
        self.loads = 0

    def refresh(self, keep: str | None = None) -> None:
        keep = keep or self.current_id()
        states = self.form.stateCombo.currentData()
        text = self.form.searchEdit.text().strip()

        def done(page: QueuePage) -> None:
            self.model.set_rows(page.rows)
            common.fit_columns(self.form.listView)
            waiting = sum(1 for r in page.rows if r.latest_grade == "" and r.state == AppState.PENDING_ASSESSMENT)
            self.form.countLabel.setText(f"共 {page.total} 笔，其中待评估未评分 {waiting} 笔。")
            self.loads += 1
            for row, item in enumerate(page.rows):
                if item.id == keep:
                    self.form.listView.selectRow(row)
                    return
            if page.rows:
                self.form.listView.selectRow(0)
            else:
                self.sig_cleared.emit()

        common.call(self.ctx, self, lambda s: risk.list_for_risk(s, self.ctx.actor, states=states, text=text), done,
                    label=self.form.countLabel)

    def current_row(self) -> ApplicationRow | None:
        index = self.form.listView.currentIndex()
        return self.model.row(index.row()) if index.isValid() else None

    def current_id(self) -> str | None:
        row = self.current_row()
        return row.id if row else None


class RiskTab(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.list = RiskListPanel(ctx)
        self.panel = RiskPanel(ctx)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.list)
        splitter.addWidget(self.panel)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([560, 900])
        layout = QHBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(splitter)
        self.splitter = splitter
        self.list.form.listView.selectionModel().currentRowChanged.connect(lambda *_: self._selected())
        self.list.sig_cleared.connect(self.panel.clear)
        ctx.signals.sig_application_changed.connect(self._changed)
        self._loaded = False

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._loaded:
            self.start()

    def start(self) -> None:
        self._loaded = True
        self.list.refresh()

    def _selected(self) -> None:
        row = self.list.current_row()
        if row is None:
            self.panel.clear()
        elif row.id != self.panel.app_id:
            self.panel.load(row.id, row.state, header_html(row))

    def _changed(self, app_id: str) -> None:
        if self._loaded:
            self.list.refresh(keep=self.list.current_id() or app_id)


def create_tab(ctx: AppContext) -> QWidget:
    return RiskTab(ctx)
