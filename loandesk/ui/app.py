"""GUI start-up: single instance, first-run wizard or unlock, login, main window."""

from __future__ import annotations

import logging
import logging.handlers
import sys
from pathlib import Path

from PySide6.QtCore import QLockFile, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from loandesk.paths import default_data_dir
from loandesk.services import setup
from loandesk.store.database import (
    Database,
    DataDir,
    State,
    inspect_dir,
    key_from_keyring,
    open_database,
)
from loandesk.store.errors import StorageError
from loandesk.store.keys import KeyringUnavailable
from loandesk.ui.context import AppContext
from loandesk.ui.errors import user_message

log = logging.getLogger("loandesk")


def setup_logging(data: DataDir) -> None:
    """Rotating log in the data folder. Log lines carry types and ids only, never personal data."""
    try:
        data.logs.mkdir(parents=True, exist_ok=True)
        handler: logging.Handler = logging.handlers.RotatingFileHandler(
            data.logs / "loandesk.log", maxBytes=2_000_000, backupCount=5, encoding="utf-8")
    except OSError:
        handler = logging.StreamHandler()
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    root.setLevel(logging.INFO)
    root.addHandler(handler)


def make_app() -> QApplication:
    QGuiApplication.setHighDpiScaleFactorRoundingPolicy(Qt.HighDpiScaleFactorRoundingPolicy.PassThrough)
    app = QApplication.instance() or QApplication(sys.argv)
    app.setApplicationName("LoanDesk")
    app.setApplicationDisplayName("LoanDesk")
    app.setOrganizationName("LoanDesk")
    return app  # type: ignore[return-value]


def acquire_instance_lock(data: DataDir) -> QLockFile | None:
    """QLockFile works on Windows and Linux and detects stale locks left by a crash."""
    data.root.mkdir(parents=True, exist_ok=True)
    lock = QLockFile(str(data.lock_file))
    lock.setStaleLockTime(0)
    if lock.tryLock(200):
        return lock
    return None


def storage_error_box(parent: QWidget | None, exc: StorageError) -> None:
    box = QMessageBox(QMessageBox.Icon.Critical, "无法打开数据库", exc.message, parent=parent)
    box.setInformativeText("恢复方法：在另一台已安装 LoanDesk 的电脑上，或在命令行运行\n"
                           "  loandesk restore 备份文件.ldbak\n并输入恢复口令。数据文件未被改动。")
    box.exec()


def open_branch(data: DataDir, parent: QWidget | None = None) -> Database | None:
    """Wizard on first run; otherwise key from the keyring or the recovery passphrase."""
    from loandesk.ui.dialogs.setup_wizard import SetupWizard
    from loandesk.ui.dialogs.unlock import UnlockDialog

    try:
        state, marker = inspect_dir(data)
    except StorageError as exc:
        storage_error_box(parent, exc)
        return None
    if state is State.FIRST_RUN:
        wizard = SetupWizard(data, parent)
        if wizard.exec() != wizard.DialogCode.Accepted.value and wizard.db is None:
            return None
        return wizard.db
    assert marker is not None
    reason = ""
    try:
        key = key_from_keyring(data, marker)
    except KeyringUnavailable:
        key, reason = None, "本机没有可用的系统凭据管理器。"
    if key is None:
        dlg = UnlockDialog(data, reason, parent)
        if dlg.exec() != dlg.DialogCode.Accepted.value or dlg.key is None:
            return None
        key = dlg.key
        try:  # put it back so the next start does not ask again
            from loandesk.store.keys import KeyStore

            KeyStore(marker["database_id"]).put(key)
        except KeyringUnavailable:
            pass
    try:
        return open_database(data, key)
    except StorageError as exc:
        storage_error_box(parent, exc)
        return None


def login_and_run(app: QApplication, db: Database, demo_hint: str = "") -> int:
    from loandesk.ui.dialogs.login import LoginDialog
    from loandesk.ui.dialogs.password import ChangePasswordDialog
    from loandesk.ui.main_window import MainWindow

    with db.read() as s:
        branch = setup.branch(s)
        branch_name, branch_code = (branch.name, branch.code) if branch else ("", "")
    while True:
        login = LoginDialog(db, f"{branch_name}（{branch_code}）", demo_hint)
        if login.exec() != login.DialogCode.Accepted.value or login.actor is None:
            return 0
        if login.must_change:
            if ChangePasswordDialog(db, login.actor, forced=True).exec() != 1:
                continue
        ctx = AppContext(db=db, actor=login.actor, branch_name=branch_name, branch_code=branch_code)
        window = MainWindow(ctx)
        logged_out: list[bool] = []
        window.sig_logout.connect(lambda flag=logged_out: flag.append(True))
        window.showMaximized()
        app.exec()
        if not logged_out:
            return 0


def run_gui(*, demo: bool = False, data_dir: Path | None = None, reset_demo: bool = False) -> int:
    data = DataDir(data_dir or default_data_dir(demo=demo))
    setup_logging(data)
    app = make_app()
    lock = acquire_instance_lock(data)
    if lock is None:
        QMessageBox.information(None, "LoanDesk", "LoanDesk 已在运行（同一数据库只能打开一个窗口）。")
        return 1
    db: Database | None = None
    try:
        if demo:
            from loandesk.demo import demo_login_hint, ensure_demo

            QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
            try:
                db = ensure_demo(data, reset=reset_demo)
            except StorageError as exc:
                storage_error_box(None, exc)
                return 1
            finally:
                QGuiApplication.restoreOverrideCursor()
            hint = demo_login_hint()
        else:
            db = open_branch(data)
            hint = ""
        if db is None:
            return 1
        return login_and_run(app, db, hint)
    except Exception as exc:  # last resort: a message, never a traceback on screen
        log.exception("fatal start-up error")
        QMessageBox.critical(None, "LoanDesk", user_message(exc))
        return 1
    finally:
        if db is not None:
            from loandesk.ui.tasks import wait_db_idle

            try:
                wait_db_idle(10)
            finally:
                db.close()
        lock.unlock()
