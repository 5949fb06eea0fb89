"""GUI start-up: single instance, first-run wizard or unlock, login, main window."""

from __future__ import annotations

import gc
import logging
import logging.handlers
import sys
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEventLoop, Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QMainWindow, QMessageBox, QProgressDialog, QWidget

from loandesk.paths import default_data_dir
from loandesk.services import setup
from loandesk.store.database import (
    Database,
    DataDir,
    State,
    find_keyring_key,
    inspect_dir,
    open_database,
)
from loandesk.store.errors import NotLocalDisk, StorageError
from loandesk.store.instance_lock import AlreadyRunning, InstanceLock
from loandesk.store.keys import KeyringUnavailable
from loandesk.store.localdisk import ensure_local_disk
from loandesk.ui.context import AppContext
from loandesk.ui.errors import user_message
from loandesk.ui.screen_support import alive

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


def acquire_instance_lock(data: DataDir) -> InstanceLock | None:
    """An OS lock (msvcrt on Windows, flock elsewhere) shared with the CLI; freed by the OS on a crash."""
    try:
        return InstanceLock(data.root).acquire()
    except AlreadyRunning:
        return None


def storage_error_box(parent: QWidget | None, exc: StorageError) -> None:
    box = QMessageBox(QMessageBox.Icon.Critical, "无法打开数据库", exc.message, parent=parent)
    if isinstance(exc, NotLocalDisk):
        box.setInformativeText("没有在该文件夹中创建或改动任何文件。已有的数据库可用备份恢复到本机文件夹：\n"
                               "  loandesk restore --data-dir 本机文件夹 备份文件.ldbackup")
    else:
        box.setInformativeText("恢复方法：在另一台已安装 LoanDesk 的电脑上，或在命令行运行\n"
                               "  loandesk restore 备份文件.ldbackup\n并输入恢复口令。数据文件未被改动。")
    box.exec()


def open_branch(data: DataDir, parent: QWidget | None = None) -> Database | None:
    """Wizard on first run; otherwise key from the keyring or the recovery passphrase."""
    from loandesk.services import restore
    from loandesk.ui.dialogs.setup_wizard import SetupWizard
    from loandesk.ui.dialogs.unlock import UnlockDialog

    try:
        report = restore.recover_interrupted(data)
        if report.messages:
            QMessageBox.information(parent, "LoanDesk", "\n".join(report.messages))
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
        key, rejected = find_keyring_key(data, marker)
    except KeyringUnavailable:
        key, reason = None, "本机没有可用的系统凭据管理器。"
    else:
        if key is None and rejected:  # say what it most likely is before asking for anything
            reason = KEYRING_KEY_REJECTED
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
        db = open_database(data, key)
        restore.finish_after_open(db)
        return db
    except StorageError as exc:
        storage_error_box(parent, exc)
        return None


KEYRING_KEY_REJECTED = (
    "本机凭据管理器中保存的数据库密钥打不开数据库文件：数据库文件很可能已损坏或被替换"
    "（也可能是在别处更换过密钥）。可以输入恢复口令再试一次；若仍提示无法打开，请从备份恢复。"
    "数据文件不会被改动。"
)


class Session:
    """What one run of the main window ended with: quit, log out, or reopen the data folder."""

    QUIT, LOGOUT, REOPEN = "quit", "logout", "reopen"


def _backup_timer(db_ref: list[Database], parent: QWidget) -> QTimer:
    """Hourly check for due scheduled backups, on the DB thread (a system job, audited as such).

    A location that failed (USB stick not plugged in, share unreachable) is said in the status bar
    until the next message replaces it: the outcome was dropped, so a stick left at home meant
    weeks without a copy off the PC and nobody told."""
    from loandesk.services import backup
    from loandesk.ui.tasks import run_db

    def done(outcomes: list[backup.LocationOutcome]) -> None:
        failed = [o for o in outcomes if o.status == "failed"]
        if not failed or not isinstance(parent, QMainWindow) or not alive(parent):
            return
        where = "；".join(f"{o.location}：{o.message}" for o in failed)
        parent.statusBar().showMessage(f"定时备份未完成——{where}")

    def tick() -> None:
        run_db(lambda: backup.run_scheduled_backups(db_ref[0]), done, on_error=lambda exc: log.warning(
            "scheduled backup failed: %s", type(exc).__name__))

    timer = QTimer(parent)
    timer.setInterval(60 * 60 * 1000)
    timer.timeout.connect(tick)
    timer.start()
    first = QTimer(parent)  # parented, unlike QTimer.singleShot: never fires after the window is gone
    first.setSingleShot(True)
    first.setInterval(30_000)
    first.timeout.connect(tick)
    first.start()
    return timer


def login_and_run(app: QApplication, db: Database, demo_hint: str = "") -> tuple[str, Database]:
    """Returns how the session ended and the database object now open (a re-key replaces it)."""
    from loandesk.ui.dialogs.login import LoginDialog
    from loandesk.ui.dialogs.password import ChangePasswordDialog
    from loandesk.ui.main_window import MainWindow

    with db.read() as s:
        branch = setup.branch(s)
        branch_name, branch_code = (branch.name, branch.code) if branch else ("", "")
    while True:
        login = LoginDialog(db, f"{branch_name}（{branch_code}）", demo_hint)
        if login.exec() != login.DialogCode.Accepted.value or login.actor is None:
            return Session.QUIT, db
        if login.must_change:
            if ChangePasswordDialog(db, login.actor, forced=True).exec() != 1:
                continue
        ctx = AppContext(db=db, actor=login.actor, branch_name=branch_name, branch_code=branch_code)
        window = MainWindow(ctx)
        db_ref = [db]
        timer = None if db.is_demo else _backup_timer(db_ref, window)
        logged_out: list[bool] = []
        window.sig_logout.connect(lambda flag=logged_out: flag.append(True))
        window.showMaximized()
        window.raise_()
        window.activateWindow()  # keyboard shortcuts reach it at once, even without a window manager
        window.start_integrity_check()  # T06: in the background; a failure is shown, nothing blocked
        # Everything built so far (Qt wrappers, services, tables) lives as long as the window: move
        # it out of the collector's view, so a full collection no longer walks it — those walks
        # were the 55–280 ms pauses while scrolling a million-customer list.
        gc.collect()
        gc.freeze()
        app.exec()
        gc.unfreeze()
        if timer is not None:
            timer.stop()
        reopened = ctx.extras.get("reopened_db")
        if isinstance(reopened, Database):  # a re-key swapped the open database
            db = reopened
        if ctx.extras.get("restart_required"):  # a restore replaced the files: reopen from disk
            return Session.REOPEN, db
        if not logged_out:
            return Session.QUIT, db


def run_gui(*, demo: bool = False, data_dir: Path | None = None, reset_demo: bool = False) -> int:
    data = DataDir(data_dir or default_data_dir(demo=demo))
    try:  # before the log folder or the lock file is created there (T10)
        ensure_local_disk(data.root)
    except NotLocalDisk as exc:
        make_app()
        storage_error_box(None, exc)
        return 1
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

            try:
                db = _with_progress("正在准备演示数据库（首次运行需生成合成客户与贷款，约需半分钟）…",
                                    lambda: ensure_demo(data, reset=reset_demo))
            except StorageError as exc:
                storage_error_box(None, exc)
                return 1
            hint = demo_login_hint()
        else:
            db = open_branch(data)
            hint = ""
        while db is not None:
            how, db = login_and_run(app, db, hint)
            if how != Session.REOPEN:
                _backup_at_exit(db)
                return 0
            db.close()
            db = None
            db = open_branch(data)
        return 1
    except Exception as exc:  # last resort: a message, never a traceback on screen
        QMessageBox.critical(None, "LoanDesk", user_message(exc))  # logs type and place, never the text
        return 1
    finally:
        if db is not None:
            from loandesk.ui.tasks import wait_db_idle

            try:
                wait_db_idle(10)
            finally:
                db.close()
        lock.release()


def _with_progress(text: str, fn: Callable[[], Database]) -> Database:
    """Run a start-up job off the GUI thread behind a busy dialog, so the window never freezes."""
    from loandesk.ui.tasks import run_cpu

    dlg = QProgressDialog(text, "", 0, 0)
    dlg.setCancelButton(None)
    dlg.setWindowTitle("LoanDesk")
    dlg.setMinimumDuration(0)
    dlg.setMinimumWidth(420)
    dlg.show()
    outcome: dict[str, object] = {}
    loop = QEventLoop()

    def done(result: object) -> None:
        outcome["db"] = result
        loop.quit()

    def failed(exc: BaseException) -> None:
        outcome["error"] = exc
        loop.quit()

    run_cpu(lambda _state: fn(), done, failed)
    loop.exec()
    dlg.close()
    if "error" in outcome:
        raise outcome["error"]  # type: ignore[misc]
    return outcome["db"]  # type: ignore[return-value]


def _backup_at_exit(db: Database) -> None:
    """The configured exit backup; failures are logged and shown, never block the exit."""
    if db.is_demo:
        return
    from loandesk.services import backup
    from loandesk.ui.tasks import run_db_long, wait_db_idle

    # On the DB thread behind a progress dialog: run here, a backup of a big database left the
    # screen blank and frozen for half a minute after the window closed, and a clerk who took
    # that for a hang and killed it lost the exit backup.
    dlg = QProgressDialog("正在做退出备份…", "", 0, 1000)
    dlg.setCancelButton(None)
    dlg.setWindowTitle("LoanDesk 退出备份")
    dlg.setMinimumDuration(400)
    dlg.setMinimumWidth(420)
    outcome: dict[str, object] = {}
    loop = QEventLoop()

    def progress(done: int, total: int, text: str) -> None:
        dlg.setMaximum(total or 1000)
        dlg.setValue(min(done, total or 1000))
        dlg.setLabelText(f"正在做退出备份：{text}")

    def finished(result: object) -> None:
        outcome["result"] = result
        loop.quit()

    def broke(exc: BaseException) -> None:
        outcome["error"] = exc
        loop.quit()

    try:
        wait_db_idle(30)
        run_db_long(lambda state: backup.backup_at_exit(db, progress=state.progress), finished, broke, progress)
        loop.exec()
        dlg.close()
        if "error" in outcome:
            raise outcome["error"]  # type: ignore[misc]
        outcomes: list[backup.LocationOutcome] = outcome["result"]  # type: ignore[assignment]
    except Exception as exc:
        log.warning("exit backup failed: %s", type(exc).__name__)
        QMessageBox.warning(None, "退出备份", user_message(exc))
        return
    failed = [o for o in outcomes if getattr(o, "status", "") == "failed"]
    if failed:
        QMessageBox.warning(None, "退出备份", "\n".join(f"{o.location}：{o.message}" for o in failed))
