"""The review queue (资料审核队列): filters, age in queue, claim by double-click."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QWidget

from loandesk.domain.application_states import STATE_LABELS, AppState
from loandesk.services import applications as apps
from loandesk.services import products
from loandesk.services.applications import ApplicationRow, QueueFilter
from loandesk.ui.context import AppContext
from loandesk.ui.forms.ui_review_queue_panel import Ui_ReviewQueuePanel
from loandesk.ui.review import common
from loandesk.ui.review.common import Column, RowsModel

# 等待 (age in queue) above this many hours shows in orange, above the second in red.
AGE_WARN_HOURS, AGE_LATE_HOURS = 24, 72


def _age_color(row: ApplicationRow) -> str | None:
    hours = row.age_in_state().total_seconds() / 3600
    if hours >= AGE_LATE_HOURS:
        return "#b00020"
    if hours >= AGE_WARN_HOURS:
        return "#8a5300"
    return None


COLUMNS: list[Column[ApplicationRow]] = [
    Column("申请编号", lambda r: r.application_no),
    Column("客户", lambda r: r.customer_name, tooltip=lambda r: r.customer_id_masked),
    Column("等待", lambda r: r.age_label, right=True, color=_age_color,
           tooltip=lambda r: f"进入“{r.state_label}”于 {common.local(r.state_changed_at)}"),
    Column("金额（元）", lambda r: common.yuan(r.amount), right=True),
    Column("产品", lambda r: r.product_name, tooltip=lambda r: f"{r.product_name}（第 {r.product_version_no} 版）"),
    Column("领取人", lambda r: r.assigned_to_name or "未领取",
           color=lambda r: None if r.assigned_to_id else "#777777"),
    Column("状态", lambda r: r.state_label),
    Column("录入人", lambda r: r.created_by_name),
    Column("期限", lambda r: f"{r.term_months}个月", right=True),
    Column("担保", lambda r: r.guarantee_label),
]

STATE_FILTERS: list[tuple[str, tuple[str, ...]]] = [
    ("待审核", (AppState.PENDING_REVIEW.value,)),
    ("补件中", (AppState.SUPPLEMENT.value,)),
    ("待审核 + 补件中", (AppState.PENDING_REVIEW.value, AppState.SUPPLEMENT.value)),
    ("录入（未提交）", (AppState.DRAFT.value,)),
    ("已通过审核（待评估）", (AppState.PENDING_ASSESSMENT.value,)),
    ("全部状态", tuple(s.value for s in AppState)),
]
ASSIGN_FILTERS = [("全部", "any"), ("我领取的", "me"), ("未领取", "unassigned"), ("他人领取", "others")]
AGE_FILTERS = [("不限", None), ("超过 4 小时", 4.0), ("超过 1 天", 24.0), ("超过 3 天", 72.0)]


@dataclass(frozen=True)
class _Choices:
    products: list[tuple[str, str]]
    clerks: list[tuple[str, str]]


class ReviewQueuePanel(QWidget):
    sig_claim = Signal(str)  # double-click / Enter on a row

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.form = Ui_ReviewQueuePanel()
        self.form.setupUi(self)
        f = self.form
        self.model: RowsModel[ApplicationRow] = RowsModel(COLUMNS, self)
        f.queueView.setModel(self.model)
        common.setup_table(f.queueView)
        for label, states in STATE_FILTERS:
            f.stateCombo.addItem(label, states)
        for label, key in ASSIGN_FILTERS:
            f.assignCombo.addItem(label, key)
        for label, hours in AGE_FILTERS:
            f.ageCombo.addItem(label, hours)
        f.productCombo.addItem("全部产品", None)
        f.clerkCombo.addItem("全部录入人", None)
        for combo in (f.stateCombo, f.productCombo, f.clerkCombo, f.assignCombo, f.ageCombo):
            combo.currentIndexChanged.connect(lambda _i: self.refresh())
        f.searchEdit.returnPressed.connect(self.refresh)
        f.refreshButton.clicked.connect(self.refresh)
        f.queueView.doubleClicked.connect(lambda _i: self._claim_current())
        f.queueView.installEventFilter(self)
        self.total = 0
        self.loads = 0  # completed refreshes (tests wait on it)

    def eventFilter(self, obj: object, event: object) -> bool:
        if obj is self.form.queueView and isinstance(event, QKeyEvent) and event.type() == QKeyEvent.Type.KeyPress \
                and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self._claim_current()
            return True
        return super().eventFilter(obj, event)  # type: ignore[arg-type]

    def _claim_current(self) -> None:
        app_id = self.current_id()
        if app_id:
            self.sig_claim.emit(app_id)

    def load_choices(self) -> None:
        ctx = self.ctx

        def fetch(s: object) -> _Choices:
            prods = [(p.id, p.name) for p in products.list_products(s, ctx.actor, include_retired=True)]  # type: ignore[arg-type]
            return _Choices(prods, apps.creators(s, ctx.actor))  # type: ignore[arg-type]

        def done(ch: _Choices) -> None:
            f = self.form
            for combo, items in ((f.productCombo, ch.products), (f.clerkCombo, ch.clerks)):
                combo.blockSignals(True)
                current = combo.currentData()
                while combo.count() > 1:
                    combo.removeItem(1)
                for key, label in items:
                    combo.addItem(label, key)
                idx = combo.findData(current)
                combo.setCurrentIndex(max(0, idx))
                combo.blockSignals(False)

        common.call(ctx, self, fetch, done, label=self.form.countLabel)

    def current_filter(self) -> QueueFilter:
        f = self.form
        return QueueFilter(states=f.stateCombo.currentData(), product_id=f.productCombo.currentData(),
                           created_by=f.clerkCombo.currentData(), assigned=f.assignCombo.currentData(),
                           min_age_hours=f.ageCombo.currentData(), text=f.searchEdit.text().strip())

    def refresh(self, keep: str | None = None) -> None:
        keep = keep or self.current_id()
        flt = self.current_filter()

        def done(page: apps.QueuePage) -> None:
            self.total = page.total
            self.model.set_rows(page.rows)
            common.fit_columns(self.form.queueView)
            unassigned = sum(1 for r in page.rows if not r.assigned_to_id)
            mine = sum(1 for r in page.rows if r.assigned_to_id == self.ctx.actor.user_id)
            more = f"（显示前 {len(page.rows)} 笔）" if page.total > len(page.rows) else ""
            self.form.countLabel.setText(f"共 {page.total} 笔{more}；未领取 {unassigned} 笔，我领取的 {mine} 笔。")
            self.loads += 1
            for row, item in enumerate(page.rows):
                if item.id == keep:
                    self.form.queueView.selectRow(row)
                    return
            if page.rows and keep is None:
                self.form.queueView.selectRow(0)

        common.call(self.ctx, self, lambda s: apps.list_applications(s, self.ctx.actor, flt), done,
                    label=self.form.countLabel)

    def current_id(self) -> str | None:
        index = self.form.queueView.currentIndex()
        item = self.model.row(index.row()) if index.isValid() else None
        return item.id if item else None

    def select(self, app_id: str) -> bool:
        for row, item in enumerate(self.model.rows):
            if item.id == app_id:
                self.form.queueView.selectRow(row)
                return True
        return False


def state_title(states: tuple[str, ...]) -> str:
    return "、".join(STATE_LABELS[AppState(s)] for s in states)
