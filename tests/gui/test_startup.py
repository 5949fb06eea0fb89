"""The setup wizard, login, idle lock and main window, driven through the real widgets."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QDialogButtonBox, QLineEdit, QWizard

from loandesk.store.database import State, inspect_dir, key_from_keyring, key_from_passphrase
from loandesk.ui.context import AppContext
from loandesk.ui.dialogs.login import LoginDialog
from loandesk.ui.dialogs.setup_wizard import SetupWizard
from loandesk.ui.main_window import MainWindow
from loandesk.ui.tasks import wait_db_idle
from tests.conftest import PASSWORD


def click_ok(box: QDialogButtonBox) -> None:
    box.button(QDialogButtonBox.StandardButton.Ok).click()


def test_setup_wizard_creates_database_and_refuses_bad_input(qtbot, data_dir, tmp_path, memory_keyring):
    wiz = SetupWizard(data_dir)
    qtbot.addWidget(wiz)
    wiz.show()
    f = wiz.form
    wiz.next()
    assert wiz.currentId() == 0 and "网点代码" in f.branchMessage.text()  # empty code refused
    qtbot.keyClicks(f.branchCodeEdit, "3301")
    f.branchNameEdit.insert("城关信用社")  # IME commits arrive as whole strings
    wiz.next()
    assert wiz.currentId() == 1
    qtbot.keyClicks(f.adminUserEdit, "admin")
    f.adminNameEdit.insert("王管理")
    qtbot.keyClicks(f.adminPasswordEdit, "abc")
    qtbot.keyClicks(f.adminPassword2Edit, "abd")
    wiz.next()
    assert wiz.currentId() == 1 and "不一致" in f.adminMessage.text() and "至少 8 位" in f.adminMessage.text()
    f.adminPasswordEdit.setText("Admin2026x")
    f.adminPassword2Edit.setText("Admin2026x")
    wiz.next()
    assert wiz.currentId() == 2
    qtbot.keyClicks(f.passphraseEdit, "weak")
    assert f.strengthBar.value() < 4
    wiz.next()
    assert wiz.currentId() == 2 and not data_dir.db.exists()
    f.passphraseEdit.setText("Branch-Safe-2026")
    f.passphrase2Edit.setText("Branch-Safe-2026")
    assert f.strengthBar.value() == 4
    wiz.next()
    assert wiz.currentId() == 3, f.recoveryMessage.text()
    assert inspect_dir(data_dir)[0] is State.READY
    assert "恢复密钥" in f.summaryLabel.text()
    finish = wiz.button(QWizard.WizardButton.FinishButton)
    assert not finish.isEnabled()  # must confirm the recovery sheet first
    sheet = tmp_path / "sheet.pdf"
    wiz.save_sheet(path=str(sheet))
    assert sheet.read_bytes().startswith(b"%PDF")
    f.sheetStoredCheck.setChecked(True)
    assert finish.isEnabled()
    # Key in the keyring and in the recovery slot; both open the database.
    marker = data_dir.read_marker()
    assert key_from_keyring(data_dir, marker) == key_from_passphrase(data_dir, "Branch-Safe-2026")
    # No password or passphrase left in the widgets.
    assert all(not w.text() for w in wiz.findChildren(QLineEdit) if w.echoMode() == QLineEdit.EchoMode.Password)
    wiz.db.close()


def test_login_dialog_good_and_bad_password(qtbot, db):
    dlg = LoginDialog(db, "测试支行（3301）", "演示提示")
    qtbot.addWidget(dlg)
    dlg.show()
    qtbot.keyClicks(dlg.form.usernameEdit, "clerk")
    qtbot.keyClicks(dlg.form.passwordEdit, "wrong-pass1")
    click_ok(dlg.form.buttonBox)
    qtbot.waitUntil(lambda: "用户名或密码错误" in dlg.form.messageLabel.text(), timeout=5000)
    assert dlg.actor is None and dlg.form.passwordEdit.text() == ""
    qtbot.keyClicks(dlg.form.passwordEdit, PASSWORD)
    with qtbot.waitSignal(dlg.accepted, timeout=5000):
        click_ok(dlg.form.buttonBox)
    assert dlg.actor.username == "clerk"


def test_login_lockout_message_after_five_failures(qtbot, db):
    dlg = LoginDialog(db, "")
    qtbot.addWidget(dlg)
    dlg.form.usernameEdit.setText("clerk")
    for _ in range(5):
        dlg.form.passwordEdit.setText("bad-password1")
        click_ok(dlg.form.buttonBox)
        qtbot.waitUntil(lambda: dlg.form.buttonBox.isEnabled(), timeout=5000)
    assert "锁定" in dlg.form.messageLabel.text()


def make_window(qtbot, db, actors, username: str) -> MainWindow:
    ctx = AppContext(db=db, actor=actors[username], branch_name="测试支行", branch_code="3301")
    win = MainWindow(ctx, tab_loader=lambda _area: None)
    qtbot.addWidget(win)
    win.show()
    return win


@pytest.mark.parametrize(
    ("username", "expected"),
    [
        ("clerk", {"客户资料", "资料审核", "风险评估", "贷款审批", "贷后管理"}),
        ("admin", {"系统管理"}),
        ("auditor", {"客户资料", "资料审核", "风险评估", "贷款审批", "贷后管理", "系统管理"}),
    ],
)
def test_tabs_follow_permissions(qtbot, db, actors, username, expected):
    win = make_window(qtbot, db, actors, username)
    titles = {win.form.tabs.tabText(i) for i in range(win.form.tabs.count())}
    assert titles == expected
    assert "测试支行" in win.branch_label.text()


def test_idle_lock_keeps_screen_content_and_unlocks_with_password(qtbot, db, actors):
    win = make_window(qtbot, db, actors, "clerk")
    typed = QLineEdit(win.form.tabs.widget(0))
    typed.setText("未保存的录入内容")
    win.idle.set_minutes(0.002)  # ~120 ms
    qtbot.waitUntil(lambda: win.locked, timeout=3000)
    assert not win.form.centralwidget.isVisible()
    dlg = win.lock_dialog
    assert dlg.form.usernameEdit.text() == "clerk" and dlg.form.usernameEdit.isReadOnly()
    dlg.form.passwordEdit.setText("wrong-pass1")
    click_ok(dlg.form.buttonBox)
    qtbot.waitUntil(lambda: "密码错误" in dlg.form.messageLabel.text(), timeout=5000)
    assert win.locked
    win.idle.set_minutes(10)
    dlg.form.passwordEdit.setText(PASSWORD)
    click_ok(dlg.form.buttonBox)
    qtbot.waitUntil(lambda: not win.locked, timeout=5000)
    assert win.form.centralwidget.isVisible()
    assert typed.text() == "未保存的录入内容"
    wait_db_idle()


def test_lock_shortcut(qtbot, db, actors):
    win = make_window(qtbot, db, actors, "clerk")
    assert win.form.actionLock.shortcut() == QKeySequence("Ctrl+L")
    win.form.actionLock.trigger()
    qtbot.waitUntil(lambda: win.locked, timeout=2000)


def test_unlock_dialog_wrong_passphrase_delay_then_passphrase_and_recovery_key(qtbot, db, data_dir, memory_keyring):
    from loandesk.store.keys import recovery_key_text
    from loandesk.ui.dialogs import unlock
    from tests.conftest import PASSPHRASE

    key = db.key_hex()
    db.close()
    memory_keyring.store.clear()  # the dialog only appears when the keyring has no key
    unlock._throttle.succeeded()
    dlg = unlock.UnlockDialog(data_dir, "本机没有可用的系统凭据管理器。")
    qtbot.addWidget(dlg)
    dlg.show()
    for _ in range(2):
        dlg.form.passphraseEdit.setText("not-the-passphrase")
        click_ok(dlg.form.buttonBox)
        qtbot.waitUntil(lambda: "不正确" in dlg.form.messageLabel.text(), timeout=5000)
    # The second failure imposes a wait: the button is disabled while it runs.
    assert unlock._throttle.remaining() > 0 and "秒" in dlg.form.messageLabel.text()
    assert not dlg.form.buttonBox.button(QDialogButtonBox.StandardButton.Ok).isEnabled()
    qtbot.waitUntil(lambda: dlg.form.buttonBox.button(QDialogButtonBox.StandardButton.Ok).isEnabled(), timeout=5000)
    dlg.form.passphraseEdit.setText(PASSPHRASE)
    with qtbot.waitSignal(dlg.accepted, timeout=5000):
        click_ok(dlg.form.buttonBox)
    assert dlg.key == key
    assert memory_keyring.store, "a passphrase unlock puts the key back into the keyring"
    memory_keyring.store.clear()
    # The printed recovery key works as well.
    dlg2 = unlock.UnlockDialog(data_dir)
    qtbot.addWidget(dlg2)
    dlg2.form.useRecoveryKeyRadio.setChecked(True)
    dlg2.form.recoveryKeyEdit.setText(recovery_key_text(key).lower())
    with qtbot.waitSignal(dlg2.accepted, timeout=5000):
        click_ok(dlg2.form.buttonBox)
    assert dlg2.key == key


def test_scheduled_backup_failure_is_said_in_the_status_bar(qtbot, db, actors, tmp_path):
    """The hourly job dropped its outcome: with the USB stick not plugged in, the location failed
    every day and the window never said so."""
    from PySide6.QtWidgets import QMainWindow

    from loandesk.services import backup
    from loandesk.ui.app import _backup_timer

    usb = tmp_path / "usb"  # configured, but the stick is not there
    with db.write() as s:
        backup.set_backup_settings(s, actors["admin"], locations=[str(usb)])
    win = QMainWindow()
    qtbot.addWidget(win)
    timer = _backup_timer([db], win)
    try:
        timer.timeout.emit()
        qtbot.waitUntil(lambda: "定时备份未完成" in win.statusBar().currentMessage(), timeout=10000)
        assert str(usb) in win.statusBar().currentMessage()
    finally:
        timer.stop()
        wait_db_idle()


def test_exit_backup_runs_off_the_gui_thread(qtbot, db, actors, tmp_path):
    """The exit backup ran on the GUI thread after the window closed: nothing on screen, no events,
    for as long as a big database takes to back up."""
    from PySide6.QtCore import QTimer

    from loandesk.services import backup
    from loandesk.ui.app import _backup_at_exit
    from tests.services._backup_helpers import fill

    usb = tmp_path / "usb"
    usb.mkdir()
    with db.write() as s:
        backup.set_backup_settings(s, actors["admin"], locations=[str(usb)])
    fill(db, n=200, blobs=20)
    ticks: list[int] = []
    timer = QTimer()
    timer.setInterval(5)
    timer.timeout.connect(lambda: ticks.append(1))
    timer.start()
    try:
        _backup_at_exit(db)
    finally:
        timer.stop()
    assert len(list(usb.glob("*.ldbackup"))) == 1
    assert ticks, "the event loop did not run while the exit backup was made"


@pytest.mark.parametrize("changes", [False, True], ids=["change-cancelled", "changed"])
def test_login_after_a_password_reset_opens_the_window_only_after_a_new_password(db, actors, monkeypatch,
                                                                                 changes):
    """Issue 6: a password reset by an admin means the user must set a new one at the next login.
    login_and_run shows the forced change dialog before any main window; cancelling it goes back
    to the login (no window), changing it opens the window as that user."""
    from PySide6.QtWidgets import QDialog

    from loandesk.services import auth
    from loandesk.ui import app as app_module
    from loandesk.ui.dialogs import login as login_module
    from loandesk.ui.dialogs import password as password_module

    with db.write() as s:
        auth.reset_password(s, actors["admin"], actors["reviewer"].user_id, "Reset2026x")
    logins: list[str] = []
    forced_flags: list[bool] = []
    windows: list[str] = []

    class Login:  # the first login succeeds with must_change as the real dialog reports it
        DialogCode = QDialog.DialogCode

        def __init__(self, db_, *_a, **_k) -> None:
            self.db, self.actor, self.must_change = db_, None, False

        def exec(self) -> int:
            logins.append("shown")
            if len(logins) > 1:
                return QDialog.DialogCode.Rejected.value
            with self.db.write() as s:
                self.actor, self.must_change = auth.login(s, "reviewer", "Reset2026x")
            return QDialog.DialogCode.Accepted.value

    class ChangePassword:
        def __init__(self, db_, actor, parent=None, *, forced: bool = False) -> None:
            self.db, self.actor = db_, actor
            forced_flags.append(forced)

        def exec(self) -> int:
            if not changes:
                return 0
            with self.db.write() as s:
                auth.change_own_password(s, self.actor, "Reset2026x", "Chosen2026y")
            return 1

    class Window:
        def __init__(self, ctx) -> None:
            windows.append(ctx.actor.username)
            self.sig_logout = type("Sig", (), {"connect": lambda self, _f: None})()

        def __getattr__(self, _name):
            return lambda *a, **k: None

    class App:
        def exec(self) -> int:
            return 0

    monkeypatch.setattr(login_module, "LoginDialog", Login)
    monkeypatch.setattr(password_module, "ChangePasswordDialog", ChangePassword)
    monkeypatch.setattr("loandesk.ui.main_window.MainWindow", Window)
    monkeypatch.setattr(app_module, "_backup_timer", lambda *_a: None)
    how, _db = app_module.login_and_run(App(), db)
    assert how == app_module.Session.QUIT
    assert forced_flags == [True]
    if changes:
        assert windows == ["reviewer"] and logins == ["shown"]
        with db.write() as s:
            assert auth.login(s, "reviewer", "Chosen2026y")[1] is False
    else:
        assert windows == [] and logins == ["shown", "shown"]  # back to the login, no window
        with db.write() as s:
            assert auth.login(s, "reviewer", "Reset2026x")[1] is True
