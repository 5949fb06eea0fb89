"""系统管理 tab: a section list on the left, one panel per section on the right.

Which sections exist is decided once, from the user's permissions (the services check again on
every call, so hiding is for clarity, not security). A panel loads its data the first time it is
shown, so opening the main window costs no more than a few permission reads.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QScrollArea,
    QStackedWidget,
    QWidget,
)

from loandesk.ui.admin.common import Panel
from loandesk.ui.context import AppContext
from loandesk.ui.errors import log_failure
from loandesk.ui.widgets import EmptyState

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Section:
    key: str
    title: str
    permissions: tuple[str, ...]  # any one shows the section


SECTIONS = [
    Section("users", "用户管理", ("user.manage",)),
    Section("audit", "审计日志", ("audit.view",)),
    Section("backup", "备份与恢复", ("backup.run", "backup.restore", "key.manage")),
    Section("products", "贷款产品", ("product.manage",)),
    Section("settings", "系统设置", ("settings.manage",)),
    Section("health", "运行状况", ("settings.manage", "backup.run")),
]


class AdminTab(QWidget):
    """Emits sig_restart_required after a restore or re-key: the database must be reopened, and the
    main window closes itself (the caller reopens the data folder)."""

    sig_restart_required = Signal(str)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.granted = {p for s in SECTIONS for p in s.permissions if ctx.can(p)}
        for extra in ("audit.verify", "audit.export", "backup.restore", "key.manage", "backup.run"):
            if ctx.can(extra):
                self.granted.add(extra)
        self.nav = QListWidget()
        self.nav.setObjectName("adminNav")
        self.nav.setFixedWidth(self.nav.fontMetrics().horizontalAdvance("备份与恢复") * 2)
        self.nav.setStyleSheet("QListWidget#adminNav { font-size: 11pt; }"
                               "QListWidget#adminNav::item { padding: 8px 10px; }")
        self.stack = QStackedWidget()
        layout = QHBoxLayout(self)
        layout.addWidget(self.nav)
        layout.addWidget(self.stack, 1)
        self.panels: dict[str, QWidget] = {}
        self._shown: set[str] = set()
        self._holders: dict[str, QScrollArea] = {}
        for section in SECTIONS:
            if not any(p in self.granted for p in section.permissions):
                continue
            panel = self._build(section)
            panel.setObjectName(f"admin_{section.key}")
            self.panels[section.key] = panel
            # A scroll area per section: tall sections stay usable on a 1366×768 branch PC.
            scroll = QScrollArea()
            scroll.setWidgetResizable(True)
            scroll.setFrameShape(QFrame.Shape.NoFrame)
            scroll.setWidget(panel)
            self._holders[section.key] = scroll
            self.stack.addWidget(scroll)
            item = QListWidgetItem(section.title)
            item.setData(Qt.ItemDataRole.UserRole, section.key)
            self.nav.addItem(item)
        self.nav.currentRowChanged.connect(self._switch)
        self.nav.setVisible(self.nav.count() > 1)  # an auditor has one section: no list needed
        if self.nav.count():
            self.nav.setCurrentRow(0)

    def _build(self, section: Section) -> QWidget:
        builders: dict[str, Callable[[], QWidget]] = {
            "users": self._users,
            "audit": self._audit,
            "backup": self._backup,
            "settings": self._settings,
            "health": self._health,
            "products": self._products,
        }
        try:
            return builders[section.key]()
        except Exception as exc:  # type and place only: the message may hold personal data
            ref = log_failure(f"admin section {section.key} failed to build", exc, logger=log)
            return EmptyState(section.title, f"本功能加载失败，请联系系统管理员（详情见日志，参考编号 {ref}）。")

    def _users(self) -> QWidget:
        from loandesk.ui.admin.users import UsersPanel

        return UsersPanel(self.ctx)

    def _audit(self) -> QWidget:
        from loandesk.ui.admin.audit_view import AuditPanel

        return AuditPanel(self.ctx, can_verify="audit.verify" in self.granted,
                          can_export="audit.export" in self.granted)

    def _backup(self) -> QWidget:
        from loandesk.ui.admin.backup import BackupPanel

        panel = BackupPanel(self.ctx, granted=self.granted)
        panel.sig_restart_required.connect(self.sig_restart_required)
        return panel

    def _products(self) -> QWidget:
        """Admins maintain products but never see the approval tab, so the editor lives here too."""
        from loandesk.ui.approval.products import ProductsWidget

        return ProductsWidget(self.ctx)

    def _settings(self) -> QWidget:
        from loandesk.ui.admin.settings_panel import SettingsPanel

        return SettingsPanel(self.ctx)

    def _health(self) -> QWidget:
        from loandesk.ui.admin.health import HealthPanel

        return HealthPanel(self.ctx)

    def _switch(self, row: int) -> None:
        if row < 0:
            return
        key = self.nav.item(row).data(Qt.ItemDataRole.UserRole)
        panel = self.panels[key]
        self.stack.setCurrentWidget(self._holders[key])
        if key not in self._shown and isinstance(panel, Panel):
            self._shown.add(key)
            panel.refresh()

    def show_section(self, key: str) -> QWidget:
        for row in range(self.nav.count()):
            if self.nav.item(row).data(Qt.ItemDataRole.UserRole) == key:
                self.nav.setCurrentRow(row)
                return self.panels[key]
        raise KeyError(key)

    def section_titles(self) -> list[str]:
        return [self.nav.item(i).text() for i in range(self.nav.count())]

    def shutdown(self) -> None:
        """Main window closing: cancel background work, drop late callbacks."""
        for panel in self.panels.values():
            if isinstance(panel, Panel):
                panel.shutdown()


def create_tab(ctx: AppContext) -> QWidget:
    tab = AdminTab(ctx)
    tab.sig_restart_required.connect(lambda reason, t=tab: _close_for_restart(t, reason))
    return tab


def _close_for_restart(tab: AdminTab, reason: str) -> None:
    """Tell the main window to close; `ctx.extras["restart_required"]` tells the caller why."""
    tab.ctx.extras["restart_required"] = reason
    window = tab.window()
    if window is not None and window is not tab:
        window.close()
