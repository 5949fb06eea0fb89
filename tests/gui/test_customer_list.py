"""客户资料 list: one search box for every key, lazy paging, masking, detail pane, filters, sorting."""

from __future__ import annotations

import importlib.util

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtTest import QTest

from loandesk.domain.permissions import ROLE_PERMISSIONS, Role
from loandesk.services import customers as svc
from loandesk.ui.customers.models import (
    BACKGROUND_FALLBACK_MS,
    COL_CREATED,
    COL_FLAGS,
    COL_ID,
    COL_MOBILE,
    COL_NAME,
    FIRST_PAGE_SIZE,
    PAGE_SIZE,
    CustomerListModel,
    Query,
)
from loandesk.ui.customers.tab import create_tab
from loandesk.ui.tasks import wait_db_idle
from tests.gui.customer_helpers import (
    audits_since,
    bulk,
    create,
    id_number,
    last_audit_seq,
    open_tab,
    search,
    uscc,
)


@pytest.fixture
def people(db, actors):
    """A few customers that differ in every search key."""
    clerk = actors["clerk"]
    out = {
        "zsf": create(db, clerk, name="张三丰", id_number=id_number("19850312", 123), mobile="13812345678"),
        "ls": create(db, clerk, name="李四", id_number=id_number("19900101", 456), mobile="13900001111"),
        "zs": create(db, clerk, name="张山", id_number=id_number("19700707", 789), mobile="13711112222"),
        "biz": create(db, actors["clerk2"], kind="business", name="王五", business_name="王五五金店", uscc=uscc(),
                      id_number=id_number("19800808", 321), mobile="15055556666"),
    }
    return out


def names(rows) -> list[str]:
    return [r.name for r in rows]


def test_search_by_every_key(qtbot, db, actors, people, tmp_path):
    tab = open_tab(qtbot, db, actors["clerk"], tmp_path)
    assert tab.model.rowCount() == 4 and "共 4 位客户" in tab.panel.countLabel.text()
    zsf = people["zsf"]
    assert names(search(qtbot, tab, "张三丰"))[0] == "张三丰"
    assert names(search(qtbot, tab, "zsf")) == ["张三丰"]
    assert names(search(qtbot, tab, "zhangsanfeng")) == ["张三丰"]
    full_id = id_number("19850312", 123)
    rows = search(qtbot, tab, full_id[-4:])  # ID tail
    assert rows and rows[0].name == "张三丰" and rows[0].matched_label
    assert names(search(qtbot, tab, "5678"))[0] == "张三丰"  # phone tail
    assert names(search(qtbot, tab, zsf.customer_no)) == ["张三丰"]
    assert names(search(qtbot, tab, "138 1234"))[0] == "张三丰"  # phone part with a space, as typed
    # one and two characters work, exact ranks first
    one = names(search(qtbot, tab, "张"))
    assert set(one) >= {"张三丰", "张山"} and "李四" not in one
    assert set(names(search(qtbot, tab, "zs"))) >= {"张三丰", "张山"}
    assert names(search(qtbot, tab, "五金店"))[0] == "王五"  # part of the business name
    assert names(search(qtbot, tab, "没有这个人")) == []
    assert "没有找到" in tab.panel.countLabel.text()
    # the link offers the archived customers too
    tab.panel.countLabel.linkActivated.emit("all")
    assert tab.panel.statusCombo.currentData() is None
    wait_db_idle()


def test_list_masks_numbers_and_shows_flags(qtbot, db, actors, people, tmp_path):
    for username in ("clerk", "reviewer", "auditor"):
        tab = open_tab(qtbot, db, actors[username], tmp_path)
        m = tab.model
        row = m.row_of(people["zsf"].id)
        shown_id = m.index(row, COL_ID).data()
        shown_mobile = m.index(row, COL_MOBILE).data()
        assert "*" in shown_id and id_number("19850312", 123) not in shown_id
        assert shown_mobile == "138****5678"
        assert "缺少授权" in m.index(row, COL_FLAGS).data()  # no consents recorded
        assert "个人敏感信息单独同意" in m.index(row, COL_FLAGS).data(Qt.ItemDataRole.ToolTipRole)
        assert m.index(m.row_of(people["biz"].id), COL_NAME).data() == "王五（王五五金店）"
    wait_db_idle()


def test_detail_pane_and_audited_reveal(qtbot, db, actors, people, tmp_path):
    tab = open_tab(qtbot, db, actors["reviewer"], tmp_path)
    p = tab.panel
    tab.panel.customerView.selectRow(tab.model.row_of(people["zsf"].id))
    qtbot.waitUntil(lambda: tab.detail is not None and tab.detail.id == people["zsf"].id, timeout=5000)
    assert p.detailTitleLabel.text() == "张三丰"
    assert "*" in p.detailIdLabel.text() and "缺少授权" in p.detailFlagsLabel.text()
    assert "2036-04-01" in p.detailValidityLabel.text()
    assert p.revealIdButton.isVisible() and p.revealIdButton.isEnabled()
    before = last_audit_seq(db)
    p.revealIdButton.click()
    qtbot.waitUntil(lambda: p.detailIdLabel.text() == id_number("19850312", 123), timeout=5000)
    p.revealMobileButton.click()
    qtbot.waitUntil(lambda: p.detailMobileLabel.text() == "13812345678", timeout=5000)
    reveals = audits_since(db, before, "customer.field_revealed")
    assert [(cid, summary["field"]) for cid, summary in reveals] == [(people["zsf"].id, "id_number"),
                                                                     (people["zsf"].id, "mobile")]
    # another row masks again
    tab.panel.customerView.selectRow(tab.model.row_of(people["ls"].id))
    qtbot.waitUntil(lambda: tab.detail is not None and tab.detail.id == people["ls"].id, timeout=5000)
    assert "*" in p.detailIdLabel.text()


def test_admin_without_customer_rights_gets_no_rows(qtbot, db, actors, people, tmp_path):
    from loandesk.ui.context import AppContext

    tab = create_tab(AppContext(db=db, actor=actors["admin"]))
    qtbot.addWidget(tab)
    qtbot.waitUntil(lambda: tab.model.loaded, timeout=5000)
    assert tab.model.rowCount() == 0 and "权限" in tab.panel.messageLabel.text()
    assert not tab.panel.newButton.isVisible()
    wait_db_idle()


def test_lazy_model_fetches_pages_on_scroll(qtbot, db, actors, tmp_path):
    bulk(db, actors["clerk"], 260)
    tab = open_tab(qtbot, db, actors["clerk"], tmp_path)
    m = tab.model
    # the first page only fills the screen (shown sooner); later pages are full pages
    assert m.rowCount() == FIRST_PAGE_SIZE and m.canFetchMore()
    qtbot.waitUntil(lambda: "260" in tab.panel.countLabel.text(), timeout=5000)
    view = tab.panel.customerView
    for expected in (FIRST_PAGE_SIZE + PAGE_SIZE, FIRST_PAGE_SIZE + 2 * PAGE_SIZE, 260):
        view.scrollToBottom()  # the view asks the model for more by itself
        qtbot.waitUntil(lambda expected=expected: m.rowCount() == expected, timeout=5000)
    assert not m.canFetchMore()
    ids = [r.id for r in m.rows]
    assert len(set(ids)) == 260
    created = [r.created_at for r in m.rows]
    assert created == sorted(created, reverse=True)  # browsing: newest first
    # a broad search is not counted (that would stall the DB thread); it says what is loaded
    rows = search(qtbot, tab, "139")
    assert len(rows) == FIRST_PAGE_SIZE and m.has_more
    qtbot.waitUntil(lambda: f"已显示 {FIRST_PAGE_SIZE} 位" in tab.panel.countLabel.text(), timeout=5000)
    view.scrollToBottom()
    qtbot.waitUntil(lambda: f"已显示 {FIRST_PAGE_SIZE + PAGE_SIZE} 位" in tab.panel.countLabel.text(), timeout=5000)
    wait_db_idle()


def test_read_ahead_waits_until_the_first_page_is_painted(qtbot, db, actors):
    """The read-ahead and the count ran beside the first page's paint and doubled it (~20 → ~40 ms
    on a million customers): they start once the list has painted, or after a while when the list
    is not on screen (nothing to compete with)."""
    from PySide6.QtWidgets import QTableView

    from loandesk.ui.context import AppContext

    bulk(db, actors["clerk"], 160)
    ctx = AppContext(db=db, actor=actors["clerk"], branch_name="测试支行", branch_code="3301")
    for shown in (True, False):
        view = QTableView()
        qtbot.addWidget(view)
        model = CustomerListModel(ctx, parent=view)
        view.setModel(model)
        model.watch_paints(view.viewport())
        if shown:
            view.resize(800, 600)
            view.show()
        with qtbot.waitSignal(model.sig_loaded, timeout=10000):
            model.search(Query())
        started = lambda m=model: m._ahead_pending or m._ahead is not None  # noqa: E731
        assert not started() and model.count is None  # nothing yet: the rows are still to be painted
        if shown:
            view.viewport().repaint()  # the paint the event loop would do next
            qtbot.wait(1)  # the read-ahead is queued behind that paint
            assert started()
        else:
            qtbot.wait(BACKGROUND_FALLBACK_MS // 3)
            assert not started()
            qtbot.waitUntil(started, timeout=BACKGROUND_FALLBACK_MS * 10)
        qtbot.waitUntil(lambda m=model: m.count == 160, timeout=5000)
        wait_db_idle()


def test_model_passes_qtmodeltester(qtbot, qtmodeltester, db, actors, people):
    from loandesk.ui.context import AppContext

    bulk(db, actors["clerk"], 30)
    ctx = AppContext(db=db, actor=actors["clerk"])
    model = CustomerListModel(ctx, page_size=7)
    with qtbot.waitSignal(model.sig_loaded, timeout=5000):
        model.search(Query())
    # Checked partly loaded; the tester stays connected and checks every later insert and reset.
    qtmodeltester.check(model, force_py=True)
    while model.canFetchMore() or model.fetching:
        if model.canFetchMore():
            model.fetchMore()
        qtbot.waitUntil(lambda: not model.fetching, timeout=5000)
    assert model.rowCount() == 34 and len({r.id for r in model.rows}) == 34
    # a search replaced while pages are in flight never mixes rows
    model.search(Query("张"))
    model.search(Query("李四"))
    qtbot.waitUntil(lambda: model.loaded and not model.fetching, timeout=5000)
    wait_db_idle()
    qtbot.wait(50)
    assert [r.name for r in model.rows][:1] == ["李四"]
    assert all("李" in r.name for r in model.rows)
    # and a fully loaded model, checked as a whole
    full = CustomerListModel(ctx, page_size=50)
    with qtbot.waitSignal(full.sig_loaded, timeout=5000):
        full.search(Query())
    assert full.rowCount() == 34 and not full.canFetchMore()
    qtmodeltester.check(full, force_py=True)
    wait_db_idle()


def test_filters_sorting_and_archived(qtbot, db, actors, people, tmp_path, monkeypatch):
    monkeypatch.setitem(ROLE_PERMISSIONS, Role.CLERK, ROLE_PERMISSIONS[Role.CLERK] | {"customer.archive"})
    with db.write() as s:
        svc.archive_customer(s, actors["clerk"], people["ls"].id, reason="客户迁出本地")
    tab = open_tab(qtbot, db, actors["clerk"], tmp_path)
    p = tab.panel
    assert p.statusCombo.currentData() == "active"
    assert "李四" not in names(tab.model.rows)
    p.statusCombo.setCurrentIndex(p.statusCombo.findData("archived"))
    qtbot.waitUntil(lambda: tab.model.loaded and tab.model.query.filters.status == "archived", timeout=5000)
    assert names(tab.model.rows) == ["李四"]
    assert "已归档" in tab.model.index(0, COL_FLAGS).data()
    p.statusCombo.setCurrentIndex(p.statusCombo.findData(None))
    qtbot.waitUntil(lambda: tab.model.loaded and tab.model.query.filters.status is None, timeout=5000)
    assert len(tab.model.rows) == 4
    # clerk filter: 我负责的客户 (clerk created three of them)
    p.statusCombo.setCurrentIndex(0)
    qtbot.waitUntil(lambda: p.clerkCombo.count() > 2, timeout=5000)
    p.clerkCombo.setCurrentIndex(p.clerkCombo.findData(actors["clerk2"].user_id))
    qtbot.waitUntil(lambda: tab.model.loaded and tab.model.query.filters.assigned_clerk_id is not None, timeout=5000)
    assert names(tab.model.rows) == ["王五"]
    p.clerkCombo.setCurrentIndex(0)
    # created date range: nobody was created in 2001
    p.createdFromEdit.setDate(QDate(2001, 1, 1))
    p.createdToEdit.setDate(QDate(2001, 12, 31))
    qtbot.waitUntil(lambda: tab.model.loaded and tab.model.query.filters.created_to is not None, timeout=5000)
    assert tab.model.rowCount() == 0
    p.createdToEdit.setDate(QDate(2000, 6, 1))  # before the start: refused clearly, no query
    assert "开始日期晚于结束日期" in p.messageLabel.text()
    tab.clear_filters()
    qtbot.waitUntil(lambda: tab.model.loaded and tab.model.query.filters.created_from is None, timeout=5000)
    assert tab.model.rowCount() == 3
    # sorting by the header: customer no. ascending, then descending; unsortable column refused
    header = p.customerView.horizontalHeader()
    header.sectionClicked.emit(0)
    qtbot.waitUntil(lambda: tab.model.loaded and tab.model.query.sort == "customer_no", timeout=5000)
    nos = [r.customer_no for r in tab.model.rows]
    assert nos == sorted(nos)
    header.sectionClicked.emit(0)
    qtbot.waitUntil(lambda: tab.model.loaded and tab.model.query.sort == "customer_no_desc", timeout=5000)
    assert [r.customer_no for r in tab.model.rows] == sorted(nos, reverse=True)
    header.sectionClicked.emit(COL_CREATED)
    qtbot.waitUntil(lambda: tab.model.loaded and tab.model.query.sort == "created_desc", timeout=5000)
    header.sectionClicked.emit(COL_ID)
    assert "不能排序" in p.messageLabel.text() and tab.model.query.sort == "created_desc"
    p.sortCombo.setCurrentIndex(p.sortCombo.findData("name"))
    qtbot.waitUntil(lambda: tab.model.loaded and tab.model.query.sort == "name", timeout=5000)
    assert header.sortIndicatorSection() == COL_NAME
    wait_db_idle()


def test_keyboard_search_enter_opens_customer(qtbot, db, actors, people, tmp_path):
    tab = open_tab(qtbot, db, actors["clerk"], tmp_path)
    p = tab.panel
    QTest.keySequence(tab, "Ctrl+F")
    assert p.searchEdit.hasFocus() or tab.focusWidget() is p.searchEdit
    QTest.keyClicks(p.searchEdit, "lisi")
    QTest.keyClick(p.searchEdit, Qt.Key.Key_Return)  # searches now, moves into the list
    qtbot.waitUntil(lambda: tab.model.loaded and tab.model.query.text == "lisi", timeout=5000)
    qtbot.waitUntil(lambda: tab.model.rowCount() == 1, timeout=5000)
    p.customerView.setFocus()
    p.customerView.selectRow(0)
    QTest.keyClick(p.customerView, Qt.Key.Key_Return)
    assert tab.form_open
    qtbot.waitUntil(lambda: tab.form.view is not None, timeout=5000)
    assert tab.form.form.nameEdit.text() == "李四"
    QTest.keyClick(tab.form.form.nameEdit, Qt.Key.Key_Escape)  # nothing changed: closes without asking
    assert not tab.form_open and p.customerView.hasFocus()
    # a double-click opens too
    p.customerView.doubleClicked.emit(tab.model.index(0, 1))
    assert tab.form_open
    qtbot.waitUntil(lambda: tab.form.view is not None and tab.form.form.nameEdit.text() == "李四", timeout=5000)
    wait_db_idle()


HOSTILE_QUERIES = ["'; DROP TABLE customers;--", "%_%", "\u202e张三", "😀", "x" * 10_000, "\x00", "\"",
                   "1' OR '1'='1", "張三丰", "ｚｓｆ", "   ", "*", "\\", "3301%"]


def test_hostile_queries_never_crash(qtbot, db, actors, people, tmp_path):
    tab = open_tab(qtbot, db, actors["clerk"], tmp_path)
    for query in HOSTILE_QUERIES:
        tab.panel.searchEdit.setText(query)
        tab.search_now()
        qtbot.waitUntil(lambda: tab.model.loaded, timeout=5000)
        assert tab.panel.messageLabel.text() == "", query  # no error, no crash: simply no match or matches
        if query == "ｚｓｆ":  # full-width letters from an IME: still the pinyin search
            assert names(tab.model.rows) == ["张三丰"]
    with db.read() as s:
        assert svc.count_customers(s, actors["clerk"]) == 4  # nothing was dropped
    wait_db_idle()


def test_optional_modules_are_disabled_until_installed(qtbot, db, actors, tmp_path):
    tab = open_tab(qtbot, db, actors["clerk"], tmp_path)
    for name, button in (("import_dialog", tab.panel.importButton), ("export", tab.panel.exportButton)):
        installed = importlib.util.find_spec(f"loandesk.ui.customers.{name}") is not None
        assert button.isVisible()
        assert button.isEnabled() == installed
        if not installed:
            assert "尚未安装" in button.toolTip()
    wait_db_idle()


def test_saved_customer_refreshes_list_everywhere(qtbot, db, actors, people, tmp_path):
    tab = open_tab(qtbot, db, actors["clerk"], tmp_path)
    assert tab.model.rowCount() == 4
    new = create(db, actors["clerk2"], name="赵六", id_number=id_number("19750505", 555), mobile="13655557777")
    tab.ctx.signals.sig_customer_changed.emit(new.id)
    qtbot.waitUntil(lambda: tab.model.row_of(new.id) >= 0, timeout=5000)
    qtbot.waitUntil(lambda: tab.current_id() == new.id, timeout=5000)
    wait_db_idle()


def test_expired_id_card_is_flagged_in_the_list(qtbot, db, actors, people, tmp_path):
    from datetime import timedelta

    from sqlalchemy import update

    from loandesk.domain.clock import china_today
    from loandesk.store.models.customers import Customer

    with db.write() as s:
        s.execute(update(Customer).where(Customer.id == people["ls"].id)
                  .values(id_valid_to=china_today() - timedelta(days=3)))
    tab = open_tab(qtbot, db, actors["clerk"], tmp_path)
    m = tab.model
    expired, fine = m.row_of(people["ls"].id), m.row_of(people["zsf"].id)
    assert "证件过期" in m.index(expired, COL_FLAGS).data()
    assert "证件过期" not in m.index(fine, COL_FLAGS).data()
    assert "已过期" in m.index(expired, COL_FLAGS).data(Qt.ItemDataRole.ToolTipRole)
    assert m.index(expired, COL_FLAGS).data(Qt.ItemDataRole.ForegroundRole).color().name() == "#b00020"
    wait_db_idle()
