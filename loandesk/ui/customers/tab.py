"""客户资料 tab: one search box over every customer, filters, a lazy list, a detail pane, the form.

Why it is built this way:

* The clerk's next customer must be a keystroke away: the search box searches as the clerk types
  (short debounce, so a burst of keys costs one query), ranks exact matches first (the service
  decides), and Enter / ↓ moves into the list; Enter or a double-click opens the customer.
* The list never loads everything: ``CustomerListModel`` fetches 100 rows at a time as the view
  scrolls, so a million customers cost what the clerk actually looks at.
* ID numbers and phones in the list and the detail pane are masked for everyone; 显示 reveals one
  value through ``reveal_field`` (audited). The form (``form.py``) sits on a second page of this
  tab, so the list keeps its place while a customer is open.
* Import, export, documents and OCR belong to another module; they are imported lazily and shown
  disabled, with a tooltip, when that module is not installed.
"""

from __future__ import annotations

import logging
from datetime import date

import shiboken6
from PySide6.QtCore import QDate, QEvent, QItemSelectionModel, QObject, QSettings, Qt, QTimer
from PySide6.QtGui import QInputMethodEvent, QKeyEvent, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from loandesk.domain.permissions import Role, allowed
from loandesk.services import customers as svc
from loandesk.services.context import current_role
from loandesk.services.customers import SORT_LABELS, CustomerView, Filters
from loandesk.ui.context import AppContext
from loandesk.ui.customers import dialogs
from loandesk.ui.customers.form import CustomerForm
from loandesk.ui.customers.models import (
    COL_CREATED,
    COLUMNS,
    COUNT_CAP,
    CustomerListModel,
    Query,
    column_of_sort,
    sort_for,
)
from loandesk.ui.errors import user_message
from loandesk.ui.forms.ui_customer_list_panel import Ui_CustomerListPanel
from loandesk.ui.tasks import run_cpu, run_db

log = logging.getLogger(__name__)

SEARCH_DELAY_MS = 180
DETAIL_DELAY_MS = 120
_NO_DATE = QDate(2000, 1, 1)  # the minimum of the date filters, shown as “不限”
_COLORS = {"error": "#b00020", "ok": "#1b5e20", "info": "#37474f", "warn": "#8a5300"}


def create_tab(ctx: AppContext) -> QWidget:
    """Entry point used by the main window."""
    return CustomerTab(ctx)


PERMISSIONS = ("customer.create", "customer.edit", "customer.view_unmasked", "customer.archive", "customer.import",
               "customer.export")


def _permissions(ctx: AppContext) -> dict[str, bool]:
    """What to show, read once with one query (hiding only: every service checks again)."""
    with ctx.db.read() as s:
        role = current_role(s, ctx.actor)
    return {p: role is not None and allowed(role, p) for p in PERMISSIONS}


def _warm_regions(_state: object) -> None:
    """Load the GB/T 2260 table off the GUI thread so the first form opens without a pause."""
    from loandesk.domain import regions

    regions.provinces()


def _place(region: str, address: str) -> str:
    """Region and address, without repeating the region when the address already spells it out."""
    if region and address.startswith(region):
        return address
    return " ".join(x for x in (region, address) if x) or "—"


class CustomerTab(QWidget):
    """The list page and the form page in one stack."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None, *, settings: QSettings | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.settings = settings if settings is not None else ctx.extras.get("qsettings")
        self.perms = _permissions(ctx)
        self.stack = QStackedWidget(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)
        self.list_page = QWidget()
        self.panel = Ui_CustomerListPanel()
        self.panel.setupUi(self.list_page)
        self.stack.addWidget(self.list_page)
        self._form: CustomerForm | None = None
        self.detail: CustomerView | None = None
        self._closing = False
        self._pending_select: str | None = None
        self._shown_once = False
        self.model = CustomerListModel(ctx, parent=self)
        self._search_timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.search_now)
        self._detail_timer = QTimer(self, singleShot=True, interval=DETAIL_DELAY_MS)
        self._detail_timer.timeout.connect(self._load_detail)
        self._setup_list()
        self._setup_actions()
        ctx.signals.sig_customer_changed.connect(self._customer_changed)
        self.search_now()  # the first page goes to the DB thread before anything else
        self._load_clerks()
        QTimer.singleShot(1500, lambda: run_cpu(_warm_regions))  # after the first page, off the GUI thread

    # --- building -----------------------------------------------------------------------------
    def _setup_list(self) -> None:
        p = self.panel
        view = p.customerView
        view.setModel(self.model)
        self.model.watch_paints(view.viewport())
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.verticalHeader().setVisible(False)
        view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 10)
        view.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        header = view.horizontalHeader()
        header.setSectionsClickable(True)
        header.setSortIndicatorShown(False)
        header.setHighlightSections(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        fm = view.fontMetrics()
        number = "0" * (max(len(self.ctx.branch_code), 6) + 8)
        samples = [number, "欧阳某某（某某五金", "缺少授权 · 证件过期", "个体工商户", "性别", "1990-01-01",
                   "3***************4X", "138****5678", "张客户经理", "2024-05-01", "已归档", "拼音首字母"]
        for col, sample in enumerate(samples):
            view.setColumnWidth(col, fm.horizontalAdvance(sample) + 20)
        header.sectionClicked.connect(self._header_clicked)
        view.doubleClicked.connect(lambda index: self.open_row(index.row()))
        view.installEventFilter(self)
        view.selectionModel().currentRowChanged.connect(lambda *_a: self._detail_timer.start())
        p.splitter.setStretchFactor(0, 3)
        p.splitter.setStretchFactor(1, 1)
        p.splitter.setSizes([1000, 320])
        p.searchEdit.textChanged.connect(lambda _t: self._search_timer.start())
        p.searchEdit.installEventFilter(self)
        p.statusCombo.addItem("正常", "active")
        p.statusCombo.addItem("已归档", "archived")
        p.statusCombo.addItem("全部（含已归档）", None)
        p.clerkCombo.addItem("全部客户经理", None)
        if self.ctx.actor.role == Role.CLERK:
            p.clerkCombo.addItem("我负责的客户", self.ctx.actor.user_id)
        for key, label in SORT_LABELS.items():
            p.sortCombo.addItem("默认（最相关/最新）" if key == "relevance" else label, key)
        for edit in (p.createdFromEdit, p.createdToEdit):
            edit.setMinimumDate(_NO_DATE)
            edit.setMaximumDate(QDate(2100, 12, 31))
            edit.setDate(_NO_DATE)
            edit.dateChanged.connect(lambda _d: self.search_now())
        for combo in (p.statusCombo, p.clerkCombo, p.sortCombo):
            combo.currentIndexChanged.connect(lambda _i: self.search_now())
        p.countLabel.linkActivated.connect(self._count_link)
        p.messageLabel.setVisible(False)
        self.model.sig_loaded.connect(self._list_loaded)
        self.model.sig_count.connect(self._show_count)
        self.model.sig_failed.connect(lambda exc: self._say(user_message(exc), "error"))
        self._clear_detail()

    def _setup_actions(self) -> None:
        p = self.panel
        p.newButton.clicked.connect(self.new_customer)
        p.refreshButton.clicked.connect(self.refresh)
        p.openButton.clicked.connect(self.open_current)
        p.clearFiltersButton.clicked.connect(self.clear_filters)
        p.newButton.setVisible(self.perms["customer.create"])
        p.importButton.setVisible(self.perms["customer.import"])
        p.exportButton.setVisible(self.perms["customer.export"])
        for button, name in ((p.importButton, "import_dialog"), (p.exportButton, "export")):
            if not self._optional(name):
                button.setEnabled(False)
                button.setToolTip("导入/导出模块尚未安装。")
        p.importButton.clicked.connect(self.import_customers)
        for button in self.list_page.findChildren(QPushButton):  # Enter on a focused button presses it
            button.setAutoDefault(True)
        p.exportButton.clicked.connect(self.export_results)
        for button, field in ((p.revealIdButton, "id_number"), (p.revealMobileButton, "mobile"),
                              (p.revealBankButton, "bank_account_no")):
            button.setVisible(self.perms["customer.view_unmasked"])
            button.clicked.connect(lambda _c=False, fld=field: self.reveal(fld))
        # Window-wide, but only while this tab is the visible one (Qt ignores shortcuts of hidden
        # widgets), so they work right after login, when the focus is still on the tab bar.
        ctx = Qt.ShortcutContext.WindowShortcut
        QShortcut(QKeySequence(QKeySequence.StandardKey.New), self, self.new_customer, context=ctx)
        QShortcut(QKeySequence("F5"), self, self.refresh, context=ctx)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Find), self, self.focus_search, context=ctx)

    @staticmethod
    def _optional(name: str) -> bool:
        import importlib.util

        try:
            return importlib.util.find_spec(f"loandesk.ui.customers.{name}") is not None
        except (ImportError, ValueError):
            return False

    def _load_clerks(self) -> None:
        ctx = self.ctx

        def work() -> list[tuple[str, str]]:
            with ctx.db.read() as s:
                return svc.assignable_clerks(s, ctx.actor)

        def done(clerks: list[tuple[str, str]]) -> None:
            if not shiboken6.isValid(self):
                return
            combo = self.panel.clerkCombo
            combo.blockSignals(True)
            for uid, name in clerks:
                combo.addItem(name, uid)
            combo.blockSignals(False)

        run_db(work, done, lambda exc: log.warning("clerk list failed: %s", type(exc).__name__))

    def showEvent(self, event: QShowEvent) -> None:
        """The first time the tab appears the cursor waits in the search box: type to find."""
        super().showEvent(event)
        if not self._shown_once:
            self._shown_once = True
            QTimer.singleShot(0, self._first_focus)

    def _first_focus(self) -> None:
        if not shiboken6.isValid(self) or not self.isVisible():
            return
        window = self.window()
        if window is not None and not window.isActiveWindow():
            window.activateWindow()  # right after the login dialog closed: take the keyboard
        self.focus_search()

    # --- the form page ------------------------------------------------------------------------
    @property
    def form(self) -> CustomerForm:
        """Created on first use: most sessions start with a search, not a form."""
        if self._form is None:
            self._form = CustomerForm(self.ctx, self, settings=self.settings, permissions=self.perms)
            self._form.sig_closed.connect(self._form_closed)
            self._form.sig_open_customer.connect(self._open_other)
            self.stack.addWidget(self._form)
        return self._form

    @property
    def form_open(self) -> bool:
        return self._form is not None and self.stack.currentWidget() is self._form

    def _leave_form(self) -> bool:
        """Before replacing what the form shows: ask about unsaved edits."""
        if not self.form_open:
            return True
        form = self.form
        if form.busy:
            return False
        return not form.is_dirty() or dialogs.confirm_discard(self)

    def has_unsaved_changes(self) -> bool:
        """The main window asks this before closing or logging out."""
        return self.form_open and (self.form.busy or self.form.is_dirty())

    def confirm_close(self) -> bool:
        """Window closing / logging out with the form open: never lose a typed customer silently."""
        if not self.form_open:
            return True
        form = self.form
        if form.busy:
            form._say("正在处理，请稍候再关闭。", "info")
            return False
        return not form.is_dirty() or dialogs.confirm_discard(self)

    def new_customer(self) -> None:
        if not self.perms["customer.create"] or not self._leave_form():
            return
        self.form.new_customer()
        self.stack.setCurrentWidget(self.form)
        self.form.form.nameEdit.setFocus()

    def open_customer(self, customer_id: str) -> None:
        if not self._leave_form():
            return
        self.form.open_customer(customer_id)
        self.stack.setCurrentWidget(self.form)
        self.form.form.sectionTabs.setFocus()

    def open_row(self, row: int) -> None:
        r = self.model.row_at(row)
        if r is not None:
            self.open_customer(r.id)

    def open_current(self) -> None:
        index = self.panel.customerView.currentIndex()
        if index.isValid():
            self.open_row(index.row())

    def _open_other(self, customer_id: str) -> None:
        """The duplicate's link: the new draft is dropped only with the clerk's consent."""
        self.open_customer(customer_id)

    def _form_closed(self) -> None:
        self.stack.setCurrentWidget(self.list_page)
        self.panel.customerView.setFocus()

    # --- searching ----------------------------------------------------------------------------
    def filters(self) -> Filters:
        p = self.panel

        def day(edit: QWidget) -> date | None:
            d = edit.date()  # type: ignore[attr-defined]
            return None if d <= _NO_DATE else date(d.year(), d.month(), d.day())

        return Filters(status=p.statusCombo.currentData(), assigned_clerk_id=p.clerkCombo.currentData(),
                       created_from=day(p.createdFromEdit), created_to=day(p.createdToEdit))

    def query(self) -> Query:
        return Query(self.panel.searchEdit.text(), self.filters(), self.panel.sortCombo.currentData() or "relevance")

    def search_now(self) -> None:
        """Run the search for what is on screen (the debounce timer lands here)."""
        if self._closing:
            return
        self._search_timer.stop()
        q = self.query()
        if q.filters.created_from and q.filters.created_to and q.filters.created_from > q.filters.created_to:
            self._say("建档日期范围的开始日期晚于结束日期。", "error")
            return
        self._say("")
        self._sync_header(q.sort)
        self.panel.countLabel.setText("正在查找…")
        self.model.search(q)

    def refresh(self) -> None:
        current = self.current_id()
        if current:
            self._pending_select = current
        self.search_now()

    def clear_filters(self) -> None:
        p = self.panel
        for w in (p.statusCombo, p.clerkCombo, p.sortCombo, p.createdFromEdit, p.createdToEdit, p.searchEdit):
            w.blockSignals(True)
        p.statusCombo.setCurrentIndex(0)
        p.clerkCombo.setCurrentIndex(0)
        p.sortCombo.setCurrentIndex(0)
        p.createdFromEdit.setDate(_NO_DATE)
        p.createdToEdit.setDate(_NO_DATE)
        p.searchEdit.clear()
        for w in (p.statusCombo, p.clerkCombo, p.sortCombo, p.createdFromEdit, p.createdToEdit, p.searchEdit):
            w.blockSignals(False)
        self.search_now()
        p.searchEdit.setFocus()

    def focus_search(self) -> None:
        if self.form_open:
            return
        self.panel.searchEdit.setFocus()
        self.panel.searchEdit.selectAll()

    def _header_clicked(self, column: int) -> None:
        current = column_of_sort(self.panel.sortCombo.currentData() or "relevance")
        descending = not current[1] if current and current[0] == column else column == COL_CREATED
        sort = sort_for(column, descending)
        if sort is None:
            self._say(f"“{COLUMNS[column][0]}”列不能排序；可按客户号、姓名或建档日期排序。", "info")
            self._sync_header(self.panel.sortCombo.currentData() or "relevance")
            return
        self.panel.sortCombo.setCurrentIndex(self.panel.sortCombo.findData(sort))

    def _sync_header(self, sort: str) -> None:
        header = self.panel.customerView.horizontalHeader()
        shown = column_of_sort(sort)
        header.setSortIndicatorShown(shown is not None)
        if shown is not None:
            header.blockSignals(True)
            header.setSortIndicator(shown[0], Qt.SortOrder.DescendingOrder if shown[1] else Qt.SortOrder.AscendingOrder)
            header.blockSignals(False)

    def _list_loaded(self) -> None:
        view = self.panel.customerView
        if self.model.rowCount() == 0:
            self._clear_detail()
            if self.model.query.filters.status == "active" and self.model.query.text.strip():
                self.panel.countLabel.setText('没有找到。<a href="all">在全部客户（含已归档）中查找</a>')
            elif not self.model.loaded or self.panel.countLabel.text() == "正在查找…":
                self.panel.countLabel.setText("没有找到符合条件的客户。")
            return
        row = 0
        if self._pending_select:
            row = max(0, self.model.row_of(self._pending_select))
            self._pending_select = None
        view.selectionModel().setCurrentIndex(self.model.index(row, 0),
                                              QItemSelectionModel.SelectionFlag.ClearAndSelect
                                              | QItemSelectionModel.SelectionFlag.Rows)

    def _show_count(self, n: int, more: bool) -> None:
        if n == 0:
            return
        if not more:
            self.panel.countLabel.setText(f"共 {n:,} 位客户")
        elif self.model.query.text.strip():
            self.panel.countLabel.setText(f"已显示 {n:,} 位，向下滚动查看更多（最相关的在前）")
        else:
            self.panel.countLabel.setText(f"超过 {COUNT_CAP:,} 位客户（滚动查看更多，或输入条件缩小范围）")

    def _count_link(self, link: str) -> None:
        if link == "all":
            self.panel.statusCombo.setCurrentIndex(self.panel.statusCombo.findData(None))

    def _customer_changed(self, customer_id: str) -> None:
        """A save anywhere: refresh the list (keeping the row) and the detail pane."""
        if self._closing or not shiboken6.isValid(self):
            return
        self._pending_select = customer_id
        self.search_now()

    # --- keyboard -----------------------------------------------------------------------------
    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        p = self.panel
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            key = event.key()
            if obj is p.searchEdit:
                if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Down):
                    if self._search_timer.isActive() or self.model.query.text != p.searchEdit.text():
                        self.search_now()
                    p.customerView.setFocus()
                    if self.model.rowCount():
                        p.customerView.selectRow(0)
                    return True
                if key == Qt.Key.Key_Escape and p.searchEdit.text():
                    p.searchEdit.clear()
                    return True
            elif obj is p.customerView:
                if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                    self.open_current()
                    return True
                if key == Qt.Key.Key_Up and p.customerView.currentIndex().row() <= 0:
                    p.searchEdit.setFocus()
                    return True
                mods = event.modifiers() & ~(Qt.KeyboardModifier.ShiftModifier | Qt.KeyboardModifier.KeypadModifier)
                text = event.text()
                if mods == Qt.KeyboardModifier.NoModifier and text and text.isprintable() and not text.isspace():
                    self._type_into_search(text)
                    return True
        elif (obj is p.customerView and event.type() == QEvent.Type.InputMethod
              and isinstance(event, QInputMethodEvent) and event.commitString()):
            self._type_into_search(event.commitString())
            return True
        return super().eventFilter(obj, event)

    def _type_into_search(self, text: str) -> None:
        """Typing while the list has the focus starts the next search (a type-ahead over customer
        numbers helped nobody; the clerk is looking for the next customer)."""
        edit = self.panel.searchEdit
        edit.setFocus()
        edit.selectAll()
        edit.insert(text)

    # --- detail pane --------------------------------------------------------------------------
    def current_id(self) -> str | None:
        index = self.panel.customerView.currentIndex()
        row = self.model.row_at(index.row()) if index.isValid() else None
        return row.id if row else None

    def _clear_detail(self) -> None:
        p = self.panel
        self.detail = None
        p.detailTitleLabel.setText("未选择客户")
        p.detailFlagsLabel.setText("")
        for name in ("detailNo", "detailKind", "detailPerson", "detailId", "detailValidity", "detailMobile",
                     "detailHukou", "detailAddress", "detailWork", "detailClerk", "detailCreated", "detailConsent",
                     "detailBank"):
            getattr(p, name + "Label").setText("")
        for b in (p.revealIdButton, p.revealMobileButton, p.revealBankButton, p.openButton):
            b.setEnabled(False)
        p.detailHintLabel.setVisible(True)

    def _load_detail(self) -> None:
        customer_id = self.current_id()
        if customer_id is None:
            self._clear_detail()
            return
        ctx = self.ctx

        def work() -> CustomerView:
            with ctx.db.read() as s:
                return svc.get_customer(s, ctx.actor, customer_id)

        def done(view: CustomerView) -> None:
            if shiboken6.isValid(self) and self.current_id() == view.id:
                self._show_detail(view)

        run_db(work, done, lambda exc: self._say(user_message(exc), "error"))

    def _show_detail(self, v: CustomerView) -> None:
        p = self.panel
        self.detail = v
        p.detailTitleLabel.setText(f"{v.name}（{v.business_name}）" if v.business_name else v.name)
        flags = [f"缺少授权：{'、'.join(v.consents.missing_labels)}"] if v.consents.missing else []
        flags += [flag for flag in v.flags if not flag.startswith("缺少授权")]
        p.detailFlagsLabel.setText("　".join(flags))
        p.detailNoLabel.setText(v.customer_no)
        p.detailKindLabel.setText(f"{v.kind_label} · {v.status_label}")
        p.detailPersonLabel.setText(f"{v.gender_label} · {v.age} 岁 · {v.ethnicity or '—'}")
        p.detailIdLabel.setText(v.id_number)
        valid = "长期" if v.id_valid_to is None else v.id_valid_to.isoformat()
        start = v.id_valid_from.isoformat() if v.id_valid_from else "—"
        p.detailValidityLabel.setText(f"{start} 至 {valid}" + ("（已过期）" if v.id_expired else ""))
        p.detailValidityLabel.setStyleSheet("color: #b00020;" if v.id_expired else "")
        p.detailMobileLabel.setText(v.mobile or "—")
        p.detailHukouLabel.setText(_place(v.hukou_region_name, v.address.hukou_address))
        p.detailAddressLabel.setText(_place(v.current_region_name, v.address.current_address))
        p.detailWorkLabel.setText(" · ".join(x for x in (v.work.occupation, v.work.employer) if x) or "—")
        p.detailClerkLabel.setText(v.assigned_clerk_name or "（未指定）")
        created = v.created_at.astimezone().strftime("%Y-%m-%d") if v.created_at else ""
        p.detailCreatedLabel.setText(f"{created} {v.created_by_name}".strip())
        consents = []
        for kind, label in svc.CONSENT_LABELS.items():
            on = v.consents.pi_sensitive_on if kind == "pi_sensitive" else v.consents.credit_query_on
            consents.append(f"{label}：{on.isoformat()}" if on else f"{label}：缺失")
        p.detailConsentLabel.setText("\n".join(consents))
        p.detailConsentLabel.setStyleSheet("color: #b00020;" if v.consents.missing else "")
        p.detailBankLabel.setText(v.bank.account_no or "—")
        p.revealIdButton.setEnabled(True)
        p.revealMobileButton.setEnabled(bool(v.mobile))
        p.revealBankButton.setEnabled(bool(v.bank.account_no))
        p.openButton.setEnabled(True)
        p.detailHintLabel.setVisible(False)

    def reveal(self, field: str) -> None:
        """显示: one full value (audited by the service) in place of the mask."""
        if self.detail is None:
            return
        ctx, cid = self.ctx, self.detail.id
        labels = {"id_number": self.panel.detailIdLabel, "mobile": self.panel.detailMobileLabel,
                  "bank_account_no": self.panel.detailBankLabel}
        buttons = {"id_number": self.panel.revealIdButton, "mobile": self.panel.revealMobileButton,
                   "bank_account_no": self.panel.revealBankButton}

        def work() -> str:
            with ctx.db.write() as s:
                return svc.reveal_field(s, ctx.actor, cid, field)

        def done(value: str) -> None:
            if not shiboken6.isValid(self) or self.detail is None or self.detail.id != cid:
                return
            labels[field].setText(value)
            labels[field].setToolTip("完整号码：本次查看已记录审计")
            buttons[field].setEnabled(False)

        run_db(work, done, lambda exc: self._say(user_message(exc), "error"))

    # --- import / export (another module) ----------------------------------------------------
    def import_customers(self) -> None:
        try:
            from loandesk.ui.customers.import_dialog import ImportDialog
        except ImportError:
            self._say("导入模块尚未安装。", "warn")
            return
        dlg = ImportDialog(self.ctx, self)
        finished = getattr(dlg, "finished", None)
        if finished is not None:
            finished.connect(lambda *_a: self.refresh())
        dlg.open()

    def export_results(self) -> None:
        try:
            from loandesk.ui.customers.export import export_results
        except ImportError:
            self._say("导出模块尚未安装。", "warn")
            return
        q = self.query()
        export_results(self.ctx, self, q.text, q.filters)

    # --- misc -----------------------------------------------------------------------------------
    def _say(self, text: str, kind: str = "info") -> None:
        label = self.panel.messageLabel
        label.setStyleSheet(f"color: {_COLORS.get(kind, _COLORS['info'])};")
        label.setText(text)
        label.setVisible(bool(text))

    def shutdown(self) -> None:
        """Main window closing: stop timers; late DB results are dropped by the generation check."""
        self._closing = True
        self._search_timer.stop()
        self._detail_timer.stop()
        self.model.cancel()
        try:
            self.ctx.signals.sig_customer_changed.disconnect(self._customer_changed)
        except (RuntimeError, TypeError):
            pass
