"""待审批: the queue on the left, the approval screen for the selected application on the right."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QSplitter, QWidget

from loandesk.services import approval
from loandesk.services.approval import QueueItem
from loandesk.ui.approval import common
from loandesk.ui.approval.case_panel import ApprovalCasePanel
from loandesk.ui.approval.models import Column, RowsModel, waited, yuan
from loandesk.ui.context import AppContext
from loandesk.ui.forms.ui_approval_queue_panel import Ui_ApprovalQueuePanel

COLUMNS: list[Column[QueueItem]] = [
    Column("申请编号", lambda q: q.application_no),
    Column("借款人", lambda q: q.customer_name),
    Column("金额", lambda q: yuan(q.amount), right=True),
    Column("期限", lambda q: f"{q.term_months}月", right=True),
    # The system's suggestion rides on the grade: 建议拒绝 (failed hard rules or grade E) in red,
    # so a case the scorecard rejects does not look like any other "C" in the queue.
    Column("等级", lambda q: (q.risk_grade or "—") + ("·拒" if q.risk_suggestion == "建议拒绝" else ""),
           color=lambda q: "#b00020" if q.risk_suggestion == "建议拒绝" else None,
           tooltip=lambda q: q.risk_suggestion),
    Column("级别", lambda q: f"{q.level}级" + ("·上报" if q.level > 1 else ""),
           color=lambda q: "#8a5300" if q.level > 1 else None),
    Column("等待", lambda q: waited(q.waiting_since)),
    Column("审批", lambda q: "可审批" if q.may_decide else "不可",
           color=lambda q: "#1b5e20" if q.may_decide else "#9e9e9e", tooltip=lambda q: q.reason or "您可以审批"),
    Column("产品", lambda q: q.product_name),
]


class QueuePanel(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.form = Ui_ApprovalQueuePanel()
        self.form.setupUi(self)
        self.model: RowsModel[QueueItem] = RowsModel(COLUMNS, self)
        self.all_items: list[QueueItem] = []
        self.form.queueView.setModel(self.model)
        common.setup_table(self.form.queueView)
        self.form.refreshButton.clicked.connect(self.refresh)
        self.form.mineOnlyCheck.toggled.connect(lambda _c: self._apply_filter())

    def refresh(self, keep: str | None = None) -> None:
        current = keep or self.current_id()

        def done(items: list[QueueItem]) -> None:
            self.all_items = items
            self._apply_filter(current)

        common.call(self.ctx, self, lambda s: approval.approval_queue(s, self.ctx.actor), done,
                    on_error=lambda exc: self.form.countLabel.setText(str(getattr(exc, "message", exc))))

    def _apply_filter(self, keep: str | None = None) -> None:
        keep = keep or self.current_id()
        items = [i for i in self.all_items if i.may_decide] if self.form.mineOnlyCheck.isChecked() else self.all_items
        self.model.set_rows(items)
        common.fit_columns(self.form.queueView, extra=10, max_width=180)
        mine = sum(1 for i in self.all_items if i.may_decide)
        self.form.countLabel.setText(f"待审批 {len(self.all_items)} 笔，其中您可审批 {mine} 笔。")
        for row, item in enumerate(items):
            if item.application_id == keep:
                self.form.queueView.selectRow(row)
                return
        if items and keep is None:
            self.form.queueView.selectRow(0)

    def current_id(self) -> str | None:
        index = self.form.queueView.currentIndex()
        item = self.model.row(index.row()) if index.isValid() else None
        return item.application_id if item else None


class ApprovalPage(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.queue = QueuePanel(ctx)
        self.case = ApprovalCasePanel(ctx)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.queue)
        splitter.addWidget(self.case)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([620, 740])
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)
        self.splitter = splitter
        self.queue.form.queueView.selectionModel().currentRowChanged.connect(lambda *_: self._selected())
        ctx.signals.sig_application_changed.connect(self._changed_elsewhere)
        self._loaded = False

    def showEvent(self, event: object) -> None:
        super().showEvent(event)  # type: ignore[arg-type]
        if not self._loaded:
            self._loaded = True
            self.queue.refresh()

    def _selected(self) -> None:
        app_id = self.queue.current_id()
        if app_id is None:
            self.case.clear()
        elif self.case.case is None or self.case.case.application.id != app_id:
            self.case.load(app_id)

    def _changed_elsewhere(self, app_id: str) -> None:
        """A decision here or a change in another tab (e.g. an investigation completed)."""
        if self._loaded:
            self.queue.refresh()
