"""Main window: the background integrity check after opening (T06) and the idle lock releasing the
pooled SQLCipher connections (T32), driven through the real window and database files."""

from __future__ import annotations

from PySide6.QtWidgets import QDialogButtonBox, QMessageBox
from sqlalchemy import event, text

from loandesk.services import settings
from loandesk.store.engine import PAGE_SIZE, raw
from loandesk.ui.context import AppContext
from loandesk.ui.main_window import MainWindow
from loandesk.ui.tasks import wait_db_idle
from tests.conftest import PASSWORD
from tests.reliability._support import live_state


def make_window(qtbot, db, actor) -> MainWindow:
    ctx = AppContext(db=db, actor=actor, branch_name="测试支行", branch_code="3301")
    win = MainWindow(ctx, tab_loader=lambda _area: None)
    qtbot.addWidget(win)
    win.show()
    return win


def _flip_in_page(path, page: int) -> None:
    b = bytearray(path.read_bytes())
    b[(page - 1) * PAGE_SIZE + 1000] ^= 0x20
    path.write_bytes(bytes(b))


def test_t06_damaged_page_is_reported_after_opening_without_blocking_or_changing_anything(qtbot, db, actors):
    """Fault T06: a bit flip in a data page nobody has read yet. Expect: the check after opening
    (worker thread) turns the status bar red, names the page in the details, suggests restoring a
    backup, and changes no byte; the window stays usable meanwhile."""
    db.checkpoint()  # the .db file alone holds everything: the flip is not hidden by the WAL
    with raw(db.data.db, db.key_hex()) as conn:
        page = conn.execute("SELECT rootpage FROM sqlite_schema WHERE name = 'audit_log'").fetchone()[0]
    _flip_in_page(db.data.db, page)
    before = live_state(db.data)
    win = make_window(qtbot, db, actors["clerk"])
    win.start_integrity_check()
    assert "正在检查" in win.db_label.text()
    qtbot.waitUntil(lambda: hasattr(win, "integrity_box"), timeout=20_000)
    assert not win.integrity.ok
    assert "未通过" in win.db_label.text() and f"page {page}" in win.db_label.toolTip()
    assert "恢复备份" in win.statusBar().currentMessage()
    box: QMessageBox = win.integrity_box
    assert box.isVisible() and "损坏" in box.text() and "从备份恢复" in box.informativeText()
    assert "没有被改动" in box.informativeText() and f"page {page}" in box.detailedText()
    assert "Traceback" not in box.detailedText()
    box.close()
    assert live_state(db.data) == before  # the check only read
    assert not win.locked and win.form.centralwidget.isVisible()
    with db.read() as s:  # pages that are fine stay readable
        assert settings.get(s, "idle_lock_minutes") is not None


def test_t06_a_sound_database_passes_the_check_quietly(qtbot, db, actors):
    win = make_window(qtbot, db, actors["clerk"])
    win.start_integrity_check()
    qtbot.waitUntil(lambda: win.integrity is not None, timeout=20_000)
    assert win.integrity.ok and win.integrity.problems["core"] == []
    assert win.db_label.text() == "数据库：已加密 · 检查正常"
    assert not hasattr(win, "integrity_box")


def test_t32_idle_lock_disposes_the_pooled_connections_and_unlock_reconnects(qtbot, db, actors):
    """Fault T32 (gap closed): while the screen is locked no SQLCipher connection (keys, decrypted
    page cache) stays open. Expect: locking closes every pooled connection of both database files;
    after unlocking with the password, reads and writes work again on fresh connections."""
    closed: list[object] = []
    win = make_window(qtbot, db, actors["clerk"])
    db.attachments_engine.connect().close()  # the attachment store has a pooled connection too
    engines = (db.engine, db.attachments_engine)
    pools = [e.pool for e in engines]
    for pool in pools:
        event.listen(pool, "close", lambda _dbapi, _rec: closed.append(_dbapi))
    assert all(p.checkedin() >= 1 for p in pools)
    opened = sum(p.checkedin() for p in pools)
    win.form.actionLock.trigger()
    qtbot.waitUntil(lambda: win.locked, timeout=2000)
    wait_db_idle()
    assert all(p.checkedin() == 0 for p in pools)
    assert len(closed) == opened
    assert [e.pool for e in engines] != pools  # fresh pools, nothing connected yet
    assert all(e.pool.checkedin() == 0 for e in engines)
    dlg = win.lock_dialog
    dlg.form.passwordEdit.setText(PASSWORD)
    dlg.form.buttonBox.button(QDialogButtonBox.StandardButton.Ok).click()
    qtbot.waitUntil(lambda: not win.locked, timeout=5000)
    wait_db_idle()
    with db.write() as s:
        settings_before = settings.get(s, "idle_lock_minutes")
        s.execute(text("SELECT count(*) FROM users")).scalar_one()
    with db.read() as s:
        assert settings.get(s, "idle_lock_minutes") == settings_before
    with db.attachments_engine.connect() as conn:
        conn.exec_driver_sql("SELECT count(*) FROM sqlite_schema").scalar_one()
    assert db.engine.pool.checkedin() >= 1
