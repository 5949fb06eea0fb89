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
    assert "没有被改动" in box.informativeText() and f"page {page}" in box.informativeText()
    assert "Traceback" not in box.informativeText()
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


# --- damage visible before the key is asked for (start-up order) --------------------------------------

def _start(monkeypatch, memory_keyring, data):
    """Run the GUI's open_branch with the unlock dialog and the error box replaced by recorders."""
    from PySide6.QtWidgets import QDialog

    from loandesk.ui import app
    from loandesk.ui.dialogs import unlock

    seen: dict[str, list] = {"errors": [], "unlock": [], "keyring": []}

    class RecordingUnlock:
        DialogCode = QDialog.DialogCode

        def __init__(self, _data, reason: str = "", _parent=None) -> None:
            seen["unlock"].append(reason)
            self.key = None

        def exec(self) -> int:
            return QDialog.DialogCode.Rejected.value  # the clerk gives up at the prompt

    real_get = memory_keyring.get_password
    monkeypatch.setattr(memory_keyring, "get_password",
                        lambda service, user: seen["keyring"].append(user) or real_get(service, user))
    monkeypatch.setattr(unlock, "UnlockDialog", RecordingUnlock)
    monkeypatch.setattr(app, "storage_error_box", lambda _parent, exc: seen["errors"].append(exc))
    return app.open_branch(data), seen


def test_damage_visible_without_the_key_is_reported_before_any_key_or_passphrase(qtbot, db, monkeypatch,
                                                                                memory_keyring):
    """A zeroed first page (torn write, wiped sector): the app says "damaged" at once — no keyring
    lookup, no passphrase prompt — and changes nothing."""
    from loandesk.store.errors import DamagedFile

    data = db.data
    db.close()
    data.db.write_bytes(b"\0" * PAGE_SIZE + data.db.read_bytes()[PAGE_SIZE:])
    before = live_state(data)
    result, seen = _start(monkeypatch, memory_keyring, data)
    assert result is None and seen["unlock"] == [] and seen["keyring"] == []
    (exc,) = seen["errors"]
    assert isinstance(exc, DamagedFile)
    assert "文件开头不是加密数据" in exc.message and "不是密钥问题" in exc.message and "从备份恢复" in exc.message
    assert live_state(data) == before
    assert not data.db.with_name("loandesk.db-wal").exists()


def test_keyring_key_that_no_longer_opens_the_file_is_explained_before_the_passphrase(qtbot, db, monkeypatch,
                                                                                     memory_keyring):
    """Page 1 damaged inside the encrypted part: only a key can tell. The keyring's key (which
    opened this file before) fails, so the passphrase prompt first says the file is most likely
    damaged; cancelling leaves every byte as it was."""
    data = db.data
    db.close()
    b = bytearray(data.db.read_bytes())
    b[200] ^= 0x20
    data.db.write_bytes(bytes(b))
    before = live_state(data)
    result, seen = _start(monkeypatch, memory_keyring, data)
    assert result is None and seen["errors"] == []
    (reason,) = seen["unlock"]
    assert "打不开数据库文件" in reason and "很可能已损坏" in reason and "从备份恢复" in reason
    assert live_state(data) == before


def test_sound_database_opens_from_the_keyring_without_any_prompt(qtbot, db, monkeypatch, memory_keyring):
    data = db.data
    db.close()
    result, seen = _start(monkeypatch, memory_keyring, data)
    try:
        assert result is not None and seen["unlock"] == [] and seen["errors"] == []
    finally:
        if result is not None:
            result.close()
