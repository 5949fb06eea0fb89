"""Main window: one tab per module, shown by permission; status bar; idle lock."""

from __future__ import annotations

import importlib
import logging
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow, QMessageBox, QWidget

from loandesk import __version__
from loandesk.domain.permissions import ROLE_LABELS
from loandesk.services import settings
from loandesk.ui.context import AppContext
from loandesk.ui.dialogs.login import LoginDialog
from loandesk.ui.errors import user_message
from loandesk.ui.forms.ui_main_window import Ui_MainWindow
from loandesk.ui.idle import IdleWatcher
from loandesk.ui.tasks import run_db
from loandesk.ui.widgets import EmptyState

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class TabSpec:
    area: str  # package under loandesk/ui
    title: str
    permissions: tuple[str, ...]  # any one of these shows the tab
    empty_text: str


TABS = [
    TabSpec("customers", "客户资料", ("customer.view",), "客户资料模块尚未安装。"),
    TabSpec("review", "资料审核", ("review.work", "application.view"), "资料审核模块尚未完成：这里将显示待审核的贷款申请队列。"),
    TabSpec("risk", "风险评估", ("risk.view",), "风险评估模块尚未完成：这里将显示评分卡结果、风险等级与原因。"),
    TabSpec("approval", "贷款审批", ("loan.approve", "contract.view"), "贷款审批模块尚未完成：这里将显示待审批的申请与合同。"),
    TabSpec("postloan", "贷后管理", ("loan.view",), "贷后管理模块尚未完成：这里将显示还款、逾期、催收与贷后检查。"),
    TabSpec("admin", "系统管理", ("user.manage", "backup.run", "audit.view", "settings.manage"),
            "系统管理模块尚未完成。"),
]


class MainWindow(QMainWindow):
    sig_logout = Signal()

    def __init__(self, ctx: AppContext, *, tab_loader: Callable[[str], Callable[[AppContext], QWidget] | None]
                 | None = None) -> None:
        super().__init__()
        self.form = Ui_MainWindow()
        self.form.setupUi(self)
        self.ctx = ctx
        self.locked = False
        self._closed = False
        self._ask_tabs = True  # False only while logging out from the lock screen
        self._loader = tab_loader or load_tab_factory
        title = "LoanDesk 贷款客户入库资料系统"
        if ctx.db.is_demo:
            title += "【演示模式 · 合成数据】"
        self.setWindowTitle(title)
        self._build_tabs()
        self._build_status()
        f = self.form
        f.actionQuit.triggered.connect(self.close)
        f.actionLock.triggered.connect(self.lock)
        f.actionLogout.triggered.connect(self._logout)
        f.actionAbout.triggered.connect(self._about)
        f.actionChangePassword.triggered.connect(self._change_password)
        for i in range(min(9, self.form.tabs.count())):
            QShortcut(QKeySequence(f"Alt+{i + 1}"), self, activated=lambda i=i: self.form.tabs.setCurrentIndex(i))
        with ctx.db.read() as s:
            minutes = settings.get(s, "idle_lock_minutes") or 10
        self.idle = IdleWatcher(minutes, self)
        self.idle.sig_idle.connect(self.lock)
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self.idle)
        ctx.signals.sig_status.connect(lambda text: self.statusBar().showMessage(text, 8000))

    # --- tabs -----------------------------------------------------------------------------------
    def _build_tabs(self) -> None:
        self.tab_widgets: dict[str, QWidget] = {}
        for spec in TABS:
            if not any(self.ctx.can(p) for p in spec.permissions):
                continue
            factory = self._loader(spec.area)
            widget: QWidget
            if factory is None:
                widget = EmptyState(f"{spec.title}", spec.empty_text)
            else:
                try:
                    widget = factory(self.ctx)
                except Exception as exc:  # logged by type and place only (no personal data)
                    widget = EmptyState(spec.title, "本模块加载失败。" + user_message(exc))
            widget.setObjectName(f"tab_{spec.area}")
            self.tab_widgets[spec.area] = widget
            self.form.tabs.addTab(widget, spec.title)
            view_action = self.form.menuView.addAction(spec.title)
            view_action.triggered.connect(lambda _c=False, w=widget: self.form.tabs.setCurrentWidget(w))

    def _build_status(self) -> None:
        ctx = self.ctx
        role = ROLE_LABELS.get(ctx.actor.role, ctx.actor.role)
        self.user_label = QLabel(f"用户：{ctx.actor.display_name or ctx.actor.username}（{role}）")
        self.branch_label = QLabel(f"网点：{ctx.branch_name}（{ctx.branch_code}）")
        self.db_label = QLabel(f"数据库：{self._db_state()}")
        self.sync_label = QLabel("同步：未配置（离线）")
        for w in (self.user_label, self.branch_label, self.db_label, self.sync_label):
            w.setContentsMargins(8, 0, 8, 0)
            self.statusBar().addPermanentWidget(w)

    # --- integrity check after opening (T06) ------------------------------------------------------
    def start_integrity_check(self) -> None:
        """cipher_integrity_check + quick_check on a worker (fresh connections, not the DB thread,
        so screens stay usable meanwhile); a failure is shown in the status bar and in a message
        that points to 恢复备份. Nothing is changed either way: the clerk may still read, and backups
        refuse to preserve a damaged database."""
        from loandesk.services import health
        from loandesk.ui.tasks import run_cpu

        self.integrity: health.StartupCheck | None = None
        self.db_label.setText(self.db_label.text() + " · 正在检查…")
        db = self.ctx.db
        run_cpu(lambda _state: health.startup_check(db), self._integrity_done, self._integrity_failed)

    def _db_state(self) -> str:
        return "演示库（合成数据）" if self.ctx.db.is_demo else "已加密"

    def _integrity_done(self, result: object) -> None:
        if self._closed:
            return
        self.integrity = result  # type: ignore[assignment]
        if getattr(result, "ok", False):
            self.db_label.setText(f"数据库：{self._db_state()} · 检查正常")
            self.db_label.setToolTip("启动后的完整性检查（页校验 + 快速结构检查）未发现问题。")
            return
        self._integrity_alarm(result.summary_zh())  # type: ignore[attr-defined]

    def _integrity_failed(self, exc: BaseException) -> None:
        if self._closed:
            return
        self._integrity_alarm(user_message(exc))

    def _integrity_alarm(self, detail: str) -> None:
        self.db_label.setText("数据库：完整性检查未通过")
        self.db_label.setStyleSheet("color: #b00020; font-weight: bold;")
        self.db_label.setToolTip(detail)
        self.statusBar().showMessage("数据库完整性检查未通过：请停止录入，联系管理员恢复备份。")
        box = QMessageBox(QMessageBox.Icon.Warning, "数据库完整性检查", "数据库完整性检查发现问题，数据库文件可能已损坏。",
                          QMessageBox.StandardButton.Ok, self)
        box.setInformativeText(
            "已保存的数据没有被改动。为免损坏扩大，请停止录入新资料，并请系统管理员在"
            "「系统管理 → 备份与恢复」中用最近的备份“从备份恢复”（当前数据库会保留为安全副本）。"
            f"\n\n检查结果（供管理员）：\n{detail}")
        box.button(QMessageBox.StandardButton.Ok).setText("知道了")  # no Qt translation is loaded
        box.setWindowModality(Qt.WindowModality.WindowModal)
        self.integrity_box = box
        box.open()

    # --- lock / logout --------------------------------------------------------------------------
    def lock(self) -> None:
        """Cover the window with a password prompt; the widgets (and what was typed) stay as they are."""
        if self.locked:
            return
        self.locked = True
        self.idle.paused = True
        self.form.centralwidget.setVisible(False)
        # T32: drop the pooled SQLCipher connections (page keys, decrypted page cache) while locked;
        # on the DB thread, after whatever is queued there. Unlocking reconnects on first use.
        run_db(self.ctx.db.release_connections,
               on_error=lambda exc: log.warning("releasing connections at lock failed: %s", type(exc).__name__))
        dlg = LoginDialog(self.ctx.db, f"{self.ctx.branch_name}", parent=self, username=self.ctx.actor.username,
                          lock_mode=True)
        self.lock_dialog = dlg
        dlg.accepted.connect(self._unlocked)
        # Whoever gave up at the lock screen is not the clerk: no question about the clerk's edits.
        dlg.rejected.connect(lambda: self._logout(ask=False))
        dlg.open()

    def _unlocked(self) -> None:
        dlg = self.lock_dialog
        if dlg.actor is None or dlg.actor.user_id != self.ctx.actor.user_id:
            self._logout(ask=False)
            return
        self.locked = False
        self.form.centralwidget.setVisible(True)
        self.idle.paused = False
        self.idle.restart()

    def _logout(self, *, ask: bool = True) -> None:
        """Log out = close the window; only a window that really closed counts as logged out."""
        self._ask_tabs = ask
        try:
            if self.close():
                self.sig_logout.emit()
        finally:
            self._ask_tabs = True

    def _about(self) -> None:
        QMessageBox.about(self, "关于 LoanDesk",
                          f"LoanDesk 贷款客户入库资料系统 {__version__}\n数据库编号：{self.ctx.db.database_id}")

    def _change_password(self) -> None:
        from loandesk.ui.dialogs.password import ChangePasswordDialog

        ChangePasswordDialog(self.ctx.db, self.ctx.actor, self).exec()

    def _tabs_agree_to_close(self) -> bool:
        """A tab holding unsaved work (``has_unsaved_changes()``) is shown and asked
        (``confirm_close()``); one "keep editing" keeps the window open with nothing lost."""
        for widget in self.tab_widgets.values():
            pending = getattr(widget, "has_unsaved_changes", None)
            confirm = getattr(widget, "confirm_close", None)
            if not callable(pending) or not callable(confirm) or not pending():
                continue
            self.form.tabs.setCurrentWidget(widget)
            if not confirm():
                return False
        return True

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._ask_tabs and not self._closed and not self._tabs_agree_to_close():
            event.ignore()
            return
        self._closed = True
        for widget in self.tab_widgets.values():
            closer = getattr(widget, "shutdown", None)
            if callable(closer):
                closer()
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self.idle)
        super().closeEvent(event)


def load_tab_factory(area: str) -> Callable[[AppContext], QWidget] | None:
    name = f"loandesk.ui.{area}.tab"
    try:
        module = importlib.import_module(name)
    except ModuleNotFoundError as exc:
        if exc.name in (name, f"loandesk.ui.{area}"):
            return None
        raise
    return getattr(module, "create_tab", None)
