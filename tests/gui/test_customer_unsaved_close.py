"""Unsaved customer edits survive closing the main window or logging out: the clerk is asked first,
and "继续编辑" keeps the window, the form and what was typed."""

from __future__ import annotations

from PySide6.QtTest import QTest

from loandesk.ui.context import AppContext
from loandesk.ui.customers import dialogs
from loandesk.ui.customers.tab import CustomerTab, create_tab
from loandesk.ui.main_window import MainWindow
from loandesk.ui.tasks import wait_db_idle
from tests.gui.customer_helpers import settings


def make_window(qtbot, db, actors, tmp_path) -> tuple[MainWindow, CustomerTab]:
    ctx = AppContext(db=db, actor=actors["clerk"], branch_name="测试支行", branch_code="3301")
    ctx.extras["qsettings"] = settings(tmp_path)
    win = MainWindow(ctx, tab_loader=lambda area: create_tab if area == "customers" else None)
    qtbot.addWidget(win)
    win.resize(1366, 768)
    win.show()
    tab = win.tab_widgets["customers"]
    assert isinstance(tab, CustomerTab)
    qtbot.waitUntil(lambda: tab.model.loaded, timeout=5000)
    return win, tab


def start_typing(qtbot, win: MainWindow, tab: CustomerTab) -> None:
    tab.new_customer()
    qtbot.waitUntil(lambda: tab.form._clerks is not None, timeout=5000)
    win.form.tabs.setCurrentIndex(1)  # the clerk looked at another tab meanwhile
    tab.form.form.nameEdit.insert("王未存")
    QTest.qWait(200)
    assert tab.form.is_dirty()


def test_closing_the_window_asks_before_losing_a_typed_customer(qtbot, db, actors, tmp_path, monkeypatch):
    win, tab = make_window(qtbot, db, actors, tmp_path)
    start_typing(qtbot, win, tab)
    answers = [False]
    asked: list[int] = []
    monkeypatch.setattr(dialogs, "confirm_discard", lambda *_a, **_k: asked.append(1) or answers.pop(0))
    assert not win.close()
    assert asked == [1] and win.isVisible() and tab.form_open
    assert win.form.tabs.currentWidget() is tab  # shown what is unsaved while asking
    assert tab.form.form.nameEdit.text() == "王未存"
    answers.append(True)
    assert win.close()
    assert asked == [1, 1]
    wait_db_idle()


def test_logout_asks_and_only_logs_out_when_agreed(qtbot, db, actors, tmp_path, monkeypatch):
    win, tab = make_window(qtbot, db, actors, tmp_path)
    start_typing(qtbot, win, tab)
    logged_out: list[bool] = []
    win.sig_logout.connect(lambda: logged_out.append(True))
    monkeypatch.setattr(dialogs, "confirm_discard", lambda *_a, **_k: False)
    win.form.actionLogout.trigger()
    assert win.isVisible() and logged_out == [] and tab.form.form.nameEdit.text() == "王未存"
    monkeypatch.setattr(dialogs, "confirm_discard", lambda *_a, **_k: True)
    win.form.actionLogout.trigger()
    assert not win.isVisible() and logged_out == [True]
    wait_db_idle()


def test_nothing_asked_when_nothing_is_unsaved(qtbot, db, actors, tmp_path, monkeypatch):
    win, tab = make_window(qtbot, db, actors, tmp_path)
    tab.new_customer()  # opened, nothing typed
    def refuse(*_a, **_k):
        raise AssertionError("unexpected question")

    monkeypatch.setattr(dialogs, "confirm_discard", refuse)
    assert win.close()
    wait_db_idle()
