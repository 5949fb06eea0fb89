"""备份与恢复 panel: back up with progress and cancel, history and verify, restore (and every
refusal path) through the real dialogs, key management. Real SQLCipher files throughout."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
import sqlcipher3
from PySide6.QtWidgets import QDialogButtonBox, QMainWindow, QPushButton

from loandesk.services import auth, keymgmt, restore, setup
from loandesk.services import backup as backup_svc
from loandesk.services.audit_query import AuditFilters, search_audit
from loandesk.store import backup_file as bf
from loandesk.store import migrate
from loandesk.store.database import DataDir, create, key_from_keyring, key_from_passphrase, open_database
from loandesk.store.engine import connect_raw
from loandesk.store.errors import WrongKeyOrCorrupt
from loandesk.ui.admin import common
from loandesk.ui.admin.backup import BackupPanel, PassphraseDialog, RestoreDialog
from loandesk.ui.admin.tab import AdminTab, create_tab
from loandesk.ui.context import AppContext
from loandesk.ui.tasks import wait_db_idle
from tests.conftest import PASSPHRASE, PASSWORD


@pytest.fixture(autouse=True)
def fresh_throttles():
    restore.THROTTLE.succeeded()
    keymgmt.THROTTLE.succeeded()
    yield
    restore.THROTTLE.succeeded()
    keymgmt.THROTTLE.succeeded()


def ctx_for(db, actor) -> AppContext:
    return AppContext(db=db, actor=actor, branch_name="测试支行", branch_code="3301")


@pytest.fixture
def panel(qtbot, db, actors):
    tab = AdminTab(ctx_for(db, actors["admin"]))
    qtbot.addWidget(tab)
    tab.resize(1100, 760)
    tab.show()
    p = tab.show_section("backup")
    qtbot.waitUntil(lambda: bool(p.form.destEdit.text()), timeout=5000)
    yield p
    tab.shutdown()
    wait_db_idle()


def click_ok(dlg) -> None:
    dlg.form.buttonBox.button(QDialogButtonBox.StandardButton.Ok).click()


def backups_in(folder: Path) -> list[Path]:
    return sorted(folder.glob("*.ldbackup")) if folder.exists() else []


def make_backup(db, actors, folder: Path) -> Path:
    return backup_svc.create_backup(db, actors["admin"], folder).path


def add_user(db, actors, username: str) -> None:
    with db.write() as s:
        auth.create_user(s, actors["admin"], username, "备份后新增", "clerk", PASSWORD)


def usernames(db) -> set[str]:
    with db.read() as s:
        return {u.username for u in auth.list_users(s, _admin(s))}


def _admin(s):
    from sqlalchemy import select

    from loandesk.store.models.auth import User

    return auth.actor_for(s.scalar(select(User).where(User.username == "admin")))


# --- backup ----------------------------------------------------------------------------------------

def test_backup_now_with_progress_history_and_verify(qtbot, panel, tmp_path, db):
    dest = tmp_path / "U盘" / "备份"
    panel.form.destEdit.setText(str(dest))
    panel.form.backupButton.click()
    assert panel.busy
    qtbot.waitUntil(lambda: panel.last_result is not None, timeout=20000)
    files = backups_in(dest)
    assert len(files) == 1 and files == [panel.last_result.path]
    assert "备份完成并已校验" in panel.form.messageLabel.text()
    qtbot.waitUntil(lambda: panel.model.rowCount() == 1, timeout=5000)
    row = [panel.model.index(0, c).data() for c in range(panel.model.columnCount())]
    assert row[1:4] == ["手动", "成功", "已校验"] and row[5] == files[0].name
    panel.form.historyView.selectRow(0)
    assert panel.form.verifySelectedButton.isEnabled()
    panel.form.verifySelectedButton.click()
    qtbot.waitUntil(lambda: "校验通过" in panel.form.messageLabel.text(), timeout=20000)
    # Damage the file: verifying it again names the problem and marks the history row.
    with open(files[0], "r+b") as fh:
        fh.truncate(files[0].stat().st_size - 100)
    panel.form.verifySelectedButton.click()
    qtbot.waitUntil(lambda: "不完整" in panel.form.messageLabel.text(), timeout=20000)
    qtbot.waitUntil(lambda: panel.model.index(0, 3).data() == "校验失败", timeout=5000)


def test_backup_cancel_leaves_nothing(qtbot, panel, tmp_path):
    dest = tmp_path / "cancel"
    panel.form.destEdit.setText(str(dest))
    panel.form.backupButton.click()
    panel.progress_dialog.findChild(QPushButton).click()  # 取消, before the first progress report
    qtbot.waitUntil(lambda: not panel.busy, timeout=20000)
    assert "已取消" in panel.form.messageLabel.text()
    assert backups_in(dest) == [] and not list(dest.glob("*.partial"))
    assert panel.last_result is None


def test_backup_to_unusable_place_is_explained(qtbot, panel, tmp_path):
    blocker = tmp_path / "a-file"
    blocker.write_text("x")
    panel.form.destEdit.setText(str(blocker / "sub"))
    panel.form.backupButton.click()
    qtbot.waitUntil(lambda: not panel.busy and "备份位置" in panel.form.messageLabel.text(), timeout=20000)
    qtbot.waitUntil(lambda: panel.model.rowCount() == 1 and panel.model.index(0, 2).data() == "失败",
                    timeout=5000)
    panel.form.destEdit.setText("relative/folder")
    panel.form.backupButton.click()
    assert "完整路径" in panel.form.messageLabel.text()


def test_verify_a_foreign_file(qtbot, panel, tmp_path, monkeypatch):
    junk = tmp_path / "junk.ldbackup"
    junk.write_bytes(os.urandom(9000))
    monkeypatch.setattr(common, "choose_open_file", lambda *a, **k: str(junk))
    panel.form.verifyFileButton.click()
    qtbot.waitUntil(lambda: "不是 LoanDesk 备份文件" in panel.form.messageLabel.text(), timeout=10000)


# --- restore ---------------------------------------------------------------------------------------

def open_restore(qtbot, panel, monkeypatch, path: Path) -> RestoreDialog:
    monkeypatch.setattr(common, "choose_open_file", lambda *a, **k: str(path))
    panel.form.restoreButton.click()
    dlg = panel.dialog
    assert isinstance(dlg, RestoreDialog)
    qtbot.waitUntil(lambda: dlg.header is not None or bool(dlg.form.messageLabel.text()), timeout=10000)
    return dlg


def check(qtbot, dlg, passphrase: str) -> None:
    dlg.form.passphraseEdit.setText(passphrase)
    dlg.form.checkButton.click()
    qtbot.waitUntil(lambda: dlg.info is not None or bool(dlg.form.messageLabel.text()), timeout=10000)


def backup_section(qtbot, db, actors, monkeypatch):
    """The 系统管理 tab in a window, on its backup section; ``informed`` collects (title, text) of
    every information box."""
    ctx = ctx_for(db, actors["admin"])
    window = QMainWindow()
    qtbot.addWidget(window)
    tab = create_tab(ctx)
    window.setCentralWidget(tab)
    window.show()
    informed: list[tuple[str, str]] = []
    monkeypatch.setattr(common, "inform", lambda _p, title, text: informed.append((title, text)))
    return ctx, window, tab, tab.show_section("backup"), informed


def restore_confirmed(qtbot, tab, panel, monkeypatch, path: Path) -> None:
    """Restore ``path`` with the right passphrase and the confirmation ticked, to the restart."""
    dlg = open_restore(qtbot, panel, monkeypatch, path)
    check(qtbot, dlg, PASSPHRASE)
    dlg.form.confirmCheck.setChecked(True)
    with qtbot.waitSignal(tab.sig_restart_required, timeout=30000):
        click_ok(dlg)


def test_restore_switches_database_keeps_safety_copy_and_closes_window(qtbot, db, actors, data_dir, tmp_path,
                                                                       monkeypatch):
    path = make_backup(db, actors, tmp_path / "bk")
    add_user(db, actors, "after_backup")
    ctx, window, tab, panel, informed = backup_section(qtbot, db, actors, monkeypatch)
    dlg = open_restore(qtbot, panel, monkeypatch, path)
    assert "3301" in dlg.form.headerLabel.text() and "测试支行" in dlg.form.headerLabel.text()
    ok_button = dlg.form.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
    assert not ok_button.isEnabled()
    check(qtbot, dlg, PASSPHRASE)
    assert dlg.info is not None, dlg.form.messageLabel.text()
    shown = dlg.form.infoLabel.text()
    assert "3301" in shown and "用户 6 个" in shown and "签名已验证" in shown
    assert not ok_button.isEnabled()  # not before the admin confirmed
    dlg.form.confirmCheck.setChecked(True)
    assert ok_button.isEnabled()
    with qtbot.waitSignal(tab.sig_restart_required, timeout=30000) as sig:
        click_ok(dlg)
    assert sig.args == ["restore"] and [title for title, _text in informed] == ["恢复完成"]
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=5000)
    assert ctx.extras["restart_required"] == "restore"
    assert "原数据库已保留" in panel.form.messageLabel.text()
    result = panel.last_restore
    assert result.safety_copy is not None and (result.safety_copy / "loandesk.db").exists()
    # The caller reopens: the user added after the backup is gone, the restore is audited.
    key = key_from_keyring(data_dir, data_dir.read_marker())
    reopened = open_database(data_dir, key)
    try:
        assert "after_backup" not in usernames(reopened) and "clerk" in usernames(reopened)
        with reopened.read() as s:
            rec = search_audit(s, actors["auditor"], AuditFilters(action="backup.restored"), limit=1).rows
        assert rec and rec[0].username == "admin" and json.loads(rec[0].summary)["file"] == path.name
    finally:
        reopened.close()
    # The safety copy still opens with the old key and holds the user added after the backup.
    old = connect_raw(result.safety_copy / "loandesk.db", key)
    try:
        assert old.execute("SELECT count(*) FROM users WHERE username = 'after_backup'").fetchone()[0] == 1
    finally:
        old.close()


def test_restore_of_a_backup_from_before_a_passphrase_change_says_which_passphrase_applies(
        qtbot, db, actors, data_dir, tmp_path, monkeypatch):
    """The backup's key slot comes back with it: the recovery passphrase silently became the one
    the backup was made with, and the admin found out at the next unlock without the keyring."""
    path = make_backup(db, actors, tmp_path / "bk")
    keymgmt.change_recovery_passphrase(db, actors["admin"], PASSPHRASE, "Another-Phrase-2027")
    _ctx, _window, tab, panel, informed = backup_section(qtbot, db, actors, monkeypatch)
    restore_confirmed(qtbot, tab, panel, monkeypatch, path)
    assert informed and "恢复后的恢复口令是制作此备份时的口令" in informed[0][1]
    assert key_from_passphrase(data_dir, PASSPHRASE)


def test_restore_tells_how_many_old_safety_copies_were_deleted(qtbot, db, actors, data_dir, tmp_path, monkeypatch):
    """Old pre-restore folders (full database copies) are pruned after the restore; the admin is
    told how many went and where the kept ones are."""
    path = make_backup(db, actors, tmp_path / "bk")
    old = []
    for stamp in ("20240101T080000Z", "20240201T080000Z", "20240301T080000Z"):
        folder = data_dir.root / f"{restore.PRE_PREFIX}{stamp}"
        folder.mkdir()
        (folder / "loandesk.db").write_bytes(b"\0" * 4096)
        old.append(folder)
    _ctx, _window, tab, panel, informed = backup_section(qtbot, db, actors, monkeypatch)
    restore_confirmed(qtbot, tab, panel, monkeypatch, path)
    assert [p.exists() for p in old] == [False, True, True]
    assert informed and "已删除 1 个较早的恢复前安全副本" in informed[0][1]
    assert str(data_dir.root) in informed[0][1] and old[2].name in informed[0][1]
    assert "已删除 1 个" in panel.form.messageLabel.text()


def assert_untouched(db, data_dir) -> None:
    """The live database still works and nothing of a restore was left in the data folder."""
    assert "after_backup" in usernames(db)
    leftovers = [p.name for p in data_dir.root.iterdir()
                 if p.name.startswith((".restore-", "pre-restore-", "restore.journal"))]
    assert leftovers == []


@pytest.fixture
def live_with_backup(db, actors, tmp_path):
    path = make_backup(db, actors, tmp_path / "bk")
    add_user(db, actors, "after_backup")
    return path


@pytest.mark.parametrize(
    ("damage", "expected"),
    [
        ("truncate", "不完整"),
        ("empty", "为空"),
        ("random", "不是 LoanDesk 备份文件"),
    ],
)
def test_restore_refuses_unreadable_files_before_asking(qtbot, panel, monkeypatch, live_with_backup, tmp_path,
                                                        db, data_dir, damage, expected):
    bad = tmp_path / f"{damage}.ldbackup"
    data = live_with_backup.read_bytes()
    bad.write_bytes({"truncate": data[: len(data) // 2], "empty": b"", "random": os.urandom(len(data))}[damage])
    dlg = open_restore(qtbot, panel, monkeypatch, bad)
    assert expected in dlg.form.messageLabel.text()
    assert not dlg.form.checkButton.isEnabled() and not dlg.form.passphraseEdit.isEnabled()
    assert not dlg.form.buttonBox.button(QDialogButtonBox.StandardButton.Ok).isEnabled()
    dlg.reject()
    assert_untouched(db, data_dir)


def test_restore_wrong_passphrase(qtbot, panel, monkeypatch, live_with_backup, db, data_dir):
    dlg = open_restore(qtbot, panel, monkeypatch, live_with_backup)
    check(qtbot, dlg, "Not-The-Passphrase-1")
    assert dlg.info is None and "恢复口令不正确" in dlg.form.messageLabel.text()
    assert dlg.form.passphraseEdit.text() == ""
    assert not dlg.form.buttonBox.button(QDialogButtonBox.StandardButton.Ok).isEnabled()
    assert_untouched(db, data_dir)


def test_restore_wrong_branch_refused_unless_allowed(qtbot, panel, monkeypatch, tmp_path, db, data_dir, actors):
    other_dir = DataDir(tmp_path / "other")
    other, _key, _stored = create(other_dir, PASSPHRASE, branch_code="3302", branch_name="邻村信用社")
    try:
        with other.write() as s:
            setup.initialise(s, branch_code="3302", branch_name="邻村信用社", admin_username="admin",
                             admin_display_name="管理员", admin_password=PASSWORD)
        path = backup_svc.write_backup(other, tmp_path / "other-bk").path
    finally:
        other.close()
    add_user(db, actors, "after_backup")
    dlg = open_restore(qtbot, panel, monkeypatch, path)
    check(qtbot, dlg, PASSPHRASE)
    assert dlg.info is not None
    text = dlg.form.messageLabel.text()
    assert "此备份属于网点 3302（邻村信用社）" in text and "已拒绝恢复" in text
    dlg.form.confirmCheck.setChecked(True)
    ok_button = dlg.form.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
    assert not ok_button.isEnabled() and dlg.form.allowOtherBranchCheck.isVisible()
    dlg.reject()
    assert_untouched(db, data_dir)


def test_restore_refuses_backup_from_newer_version(qtbot, panel, monkeypatch, live_with_backup, db, data_dir):
    head = migrate.head_revision()
    older_app = [r for r in migrate.known_revisions() if r != head]
    monkeypatch.setattr(migrate, "known_revisions", lambda: older_app)
    dlg = open_restore(qtbot, panel, monkeypatch, live_with_backup)
    check(qtbot, dlg, PASSPHRASE)
    assert "较新版本" in dlg.form.messageLabel.text() and "请先升级 LoanDesk" in dlg.form.messageLabel.text()
    assert not dlg.form.confirmCheck.isEnabled()
    assert not dlg.form.buttonBox.button(QDialogButtonBox.StandardButton.Ok).isEnabled()
    dlg.reject()
    assert_untouched(db, data_dir)


def test_restore_of_corrupted_backup_refused_and_database_keeps_working(qtbot, panel, monkeypatch,
                                                                        live_with_backup, db, data_dir):
    c = bf.read_container(live_with_backup)
    core = c.part("core")
    with open(live_with_backup, "r+b") as fh:  # flip bytes inside the encrypted core copy
        fh.seek(core.offset + core.size // 2)
        byte = fh.read(1)
        fh.seek(core.offset + core.size // 2)
        fh.write(bytes([byte[0] ^ 0xFF]))
    dlg = open_restore(qtbot, panel, monkeypatch, live_with_backup)
    check(qtbot, dlg, PASSPHRASE)
    assert dlg.info is not None  # the manifest itself is intact
    dlg.form.confirmCheck.setChecked(True)
    monkeypatch.setattr(common, "inform", lambda *a: pytest.fail("must not report success"))
    click_ok(dlg)
    qtbot.waitUntil(lambda: not panel.busy and "损坏" in panel.form.messageLabel.text(), timeout=30000)
    assert "换用其他备份" in panel.form.messageLabel.text()
    assert panel.last_restore is None
    assert_untouched(db, data_dir)  # reads reconnect: the engine was only disposed


# --- key management --------------------------------------------------------------------------------

def test_change_recovery_passphrase(qtbot, panel, data_dir, db):
    panel.form.changePassphraseButton.click()
    dlg = panel.dialog
    assert isinstance(dlg, PassphraseDialog) and dlg.mode == PassphraseDialog.CHANGE
    f = dlg.form
    f.currentEdit.setText("Wrong-Passphrase-9")
    f.newEdit.setText("New-Recovery-2027")
    f.new2Edit.setText("New-Recovery-2027")
    click_ok(dlg)
    qtbot.waitUntil(lambda: "恢复口令不正确" in f.messageLabel.text(), timeout=10000)
    keymgmt.THROTTLE.succeeded()
    f.currentEdit.setText(PASSPHRASE)
    f.newEdit.setText("weak")
    f.new2Edit.setText("weak")
    click_ok(dlg)
    qtbot.waitUntil(lambda: "新恢复口令不符合要求" in f.messageLabel.text(), timeout=10000)
    f.currentEdit.setText(PASSPHRASE)
    f.newEdit.setText("New-Recovery-2027")
    f.new2Edit.setText("New-Recovery-2027")
    with qtbot.waitSignal(dlg.accepted, timeout=10000):
        click_ok(dlg)
    assert "恢复口令已修改" in panel.form.messageLabel.text()
    assert key_from_passphrase(data_dir, "New-Recovery-2027") == db.key_hex()


def test_rekey_replaces_the_shared_database(qtbot, panel, data_dir, memory_keyring):
    ctx = panel.ctx
    old_db, old_key = ctx.db, ctx.db.key_hex()
    panel.form.rekeyButton.click()
    dlg = panel.dialog
    dlg.form.currentEdit.setText(PASSPHRASE)
    click_ok(dlg)
    assert "请先勾选确认" in dlg.form.messageLabel.text()
    dlg.form.confirmCheck.setChecked(True)
    with qtbot.waitSignal(dlg.accepted, timeout=30000):
        click_ok(dlg)
    assert ctx.db is not old_db and ctx.extras["reopened_db"] is ctx.db
    new_key = ctx.db.key_hex()
    assert new_key != old_key and "数据库密钥已更换" in panel.form.messageLabel.text()
    with pytest.raises(WrongKeyOrCorrupt):
        connect_raw(data_dir.db, old_key).close()
    assert key_from_keyring(data_dir, data_dir.read_marker()) == new_key
    assert key_from_passphrase(data_dir, PASSPHRASE) == new_key
    qtbot.waitUntil(lambda: not panel.busy, timeout=5000)
    with ctx.db.read() as s:
        assert len(auth.list_users(s, _admin(s))) == 6
    wait_db_idle()
    ctx.db.close()


def test_rekey_then_print_a_new_recovery_sheet(qtbot, panel, tmp_path, monkeypatch):
    """After a re-key the sheet in the safe no longer opens the database; the tab said only "back
    up now" and had no way to print a sheet with the new key."""
    from loandesk.store.keys import recovery_key_text
    from tests.unit.test_documents_support import flat, page_texts

    ctx = panel.ctx
    panel.form.rekeyButton.click()
    dlg = panel.dialog
    dlg.form.currentEdit.setText(PASSPHRASE)
    dlg.form.confirmCheck.setChecked(True)
    with qtbot.waitSignal(dlg.accepted, timeout=30000):
        click_ok(dlg)
    assert "打印恢复单" in panel.form.messageLabel.text()
    qtbot.waitUntil(lambda: not panel.busy, timeout=5000)
    target = tmp_path / "恢复单.pdf"
    monkeypatch.setattr(common, "choose_save_file", lambda *a, **k: str(target))
    assert panel.form.recoverySheetButton.isVisible()
    panel.form.recoverySheetButton.click()
    sheet = panel.dialog
    assert sheet.form.pathEdit.text().endswith(".pdf") and not sheet.form.newEdit.isVisible()
    assert sheet.form.pathLabel.text() == "保存到" and sheet.windowTitle() == "打印恢复单"
    sheet.form.pathButton.click()
    sheet.form.currentEdit.setText("Wrong-Passphrase-1")
    click_ok(sheet)
    qtbot.waitUntil(lambda: "恢复口令不正确" in sheet.form.messageLabel.text(), timeout=10000)
    assert not target.exists()
    sheet.form.currentEdit.setText(PASSPHRASE)
    with qtbot.waitSignal(sheet.accepted, timeout=30000):
        click_ok(sheet)
    assert "恢复单已保存" in panel.form.messageLabel.text()
    assert "".join(recovery_key_text(ctx.db.key_hex()).split("-")) in flat(page_texts(target.read_bytes())[0])
    wait_db_idle()
    ctx.db.close()


def test_export_for_head_office_with_a_full_width_passphrase(qtbot, panel, tmp_path):
    """Typed once full-width and once half-width, it is the same passphrase (as it is keyed); the
    admin is told head office types it half-width in a stock tool."""
    target = tmp_path / "总行导出-全角.db"
    panel.form.hqExportButton.click()
    dlg = panel.dialog
    dlg.form.pathEdit.setText(str(target))
    dlg.form.newEdit.setText("Ｈｑ－Ｅｘｐｏｒｔ－２０２６！")
    dlg.form.new2Edit.setText("Hq-Export-2026!")
    with qtbot.waitSignal(dlg.accepted, timeout=30000):
        click_ok(dlg)
    assert "已导出" in panel.form.messageLabel.text() and "按半角" in panel.form.messageLabel.text()
    conn = sqlcipher3.connect(str(target))
    try:
        conn.execute("PRAGMA key = 'Hq-Export-2026!'")
        assert conn.execute("SELECT count(*) FROM users").fetchone()[0] == 6
    finally:
        conn.close()


def test_export_for_head_office(qtbot, panel, tmp_path, monkeypatch):
    target = tmp_path / "总行导出.db"
    monkeypatch.setattr(common, "choose_save_file", lambda *a, **k: str(target))
    panel.form.hqExportButton.click()
    dlg = panel.dialog
    assert dlg.form.pathEdit.text().endswith(".db")
    dlg.form.pathButton.click()
    assert dlg.form.pathEdit.text() == str(target)
    dlg.form.newEdit.setText("Hq-Export-2026!")
    dlg.form.new2Edit.setText("Hq-Export-2026?")
    click_ok(dlg)
    assert "不一致" in dlg.form.messageLabel.text()
    dlg.form.new2Edit.setText("Hq-Export-2026!")
    with qtbot.waitSignal(dlg.accepted, timeout=30000):
        click_ok(dlg)
    assert target.exists() and "已导出" in panel.form.messageLabel.text()
    conn = sqlcipher3.connect(str(target))
    try:
        conn.execute("PRAGMA key = 'Hq-Export-2026!'")
        assert conn.execute("SELECT count(*) FROM users").fetchone()[0] == 6
    finally:
        conn.close()


def test_sections_and_buttons_by_permission(qtbot, db, actors):
    tab = AdminTab(ctx_for(db, actors["admin"]))
    qtbot.addWidget(tab)
    p = tab.panels["backup"]
    assert isinstance(p, BackupPanel)
    assert not p.form.keyBox.isHidden() and not p.form.restoreButton.isHidden()
    only_backup = BackupPanel(ctx_for(db, actors["admin"]), granted={"backup.run"})
    qtbot.addWidget(only_backup)
    assert only_backup.form.keyBox.isHidden() and only_backup.form.restoreButton.isHidden()
    wait_db_idle()


def test_backup_from_before_a_rekey_gets_a_helpful_message(qtbot, panel, db, actors, tmp_path, monkeypatch):
    old = make_backup(db, actors, tmp_path / "bk")
    result = keymgmt.rekey_database(db, actors["admin"], PASSPHRASE)
    panel.ctx.db = result.database
    try:
        monkeypatch.setattr(common, "choose_open_file", lambda *a, **k: str(old))
        panel.form.verifyFileButton.click()
        qtbot.waitUntil(lambda: "更换数据库密钥之前" in panel.form.messageLabel.text(), timeout=20000)
        assert "恢复口令" in panel.form.messageLabel.text()
        # The passphrase still opens it, through the restore dialog's check.
        dlg = open_restore(qtbot, panel, monkeypatch, old)
        check(qtbot, dlg, PASSPHRASE)
        assert dlg.info is not None and dlg.info.branch_code == "3301"
        dlg.reject()
    finally:
        wait_db_idle()
        result.database.close()
