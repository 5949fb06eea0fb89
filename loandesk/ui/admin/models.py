"""Qt models of the 系统管理 tab: users (small, loaded whole) and the audit trail (lazy pages).

Both hold frozen service dataclasses only; every database call runs on the DB thread.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor

from loandesk.domain.money import fen_to_yuan, format_yuan
from loandesk.services import audit_query
from loandesk.services.audit_query import AuditFilters, AuditPage, AuditRow
from loandesk.services.auth import UserView
from loandesk.services.backup import BackupView
from loandesk.ui.admin.common import alive, human_size, local_time
from loandesk.ui.context import AppContext
from loandesk.ui.tasks import run_db

Index = QModelIndex | QPersistentModelIndex
_DISPLAY = Qt.ItemDataRole.DisplayRole
ENTITY_LABELS = {"user": "用户", "setting": "系统设置", "branch": "网点", "customer": "客户",
                 "audit_log": "审计日志", "backup": "备份", "application": "贷款申请", "loan": "贷款",
                 "document": "影像资料", "contract": "合同", "product": "贷款产品", "database": "数据库"}
_GREY = QBrush(QColor("#8a8a8a"))
_RED = QBrush(QColor("#b00020"))


class _ListModel(QAbstractTableModel):
    """A small table loaded whole: ``rows`` of frozen service views, one row each; subclasses
    give ``HEADERS`` and ``data``."""

    HEADERS: list[str] = []

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.rows: list[Any] = []

    def set_rows(self, rows: list[Any]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = _DISPLAY) -> Any:
        if role == _DISPLAY and orientation == Qt.Orientation.Horizontal and 0 <= section < len(self.HEADERS):
            return self.HEADERS[section]
        return None


class UserTableModel(_ListModel):
    HEADERS = ["用户名", "姓名", "角色", "状态", "锁定", "审批授权额度", "须改密码"]

    @property
    def users(self) -> list[UserView]:
        return self.rows

    def set_users(self, users: list[UserView]) -> None:
        self.set_rows(users)

    def data(self, index: Index, role: int = _DISPLAY) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.users):
            return None
        u = self.users[index.row()]
        col = index.column()
        if role == _DISPLAY:
            return [
                u.username,
                u.display_name,
                u.role_label,
                "启用" if u.active else "已停用",
                "已锁定" if u.locked else "",
                format_yuan(fen_to_yuan(u.approval_limit_fen)) if u.approval_limit_fen else "—",
                "是" if u.must_change_password else "",
            ][col]
        if role == Qt.ItemDataRole.ForegroundRole:
            if col == 4 and u.locked:
                return _RED
            if not u.active:
                return _GREY
        if role == Qt.ItemDataRole.TextAlignmentRole and col == 5:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def user_at(self, row: int) -> UserView | None:
        return self.users[row] if 0 <= row < len(self.users) else None

    def row_of(self, user_id: str) -> int:
        return next((i for i, u in enumerate(self.users) if u.id == user_id), -1)


class AuditTableModel(QAbstractTableModel):
    """The audit trail, newest first, fetched page by page as the view scrolls (fetchMore).

    Why a generation counter: a search can be replaced while an older page is still on the DB
    thread; its late result must not be appended to the new search's rows.
    """

    HEADERS = ["序号", "时间（北京时间）", "用户", "操作", "对象类型", "对象编号", "结果"]
    sig_loaded = Signal(int)  # total matching rows, after the first page of a search arrived
    sig_failed = Signal(object)  # exception from the DB thread

    def __init__(self, ctx: AppContext, page_size: int = audit_query.PAGE_SIZE, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.page_size = page_size
        self.rows: list[AuditRow] = []
        self.total = 0
        self.filters = AuditFilters()
        self._has_more = False
        self._fetching = False
        self._generation = 0

    # --- loading ---------------------------------------------------------------------------------
    def search(self, filters: AuditFilters) -> None:
        self._generation += 1
        gen = self._generation
        self.beginResetModel()
        self.rows, self.total, self._has_more, self.filters = [], 0, False, filters
        self.endResetModel()
        self._fetching = True
        ctx, size = self.ctx, self.page_size

        def work() -> tuple[int, AuditPage]:
            with ctx.db.read() as s:
                return (audit_query.count_audit(s, ctx.actor, filters),
                        audit_query.search_audit(s, ctx.actor, filters, limit=size))

        run_db(work, lambda r: self._first(gen, r), lambda e: self._failed(gen, e))

    def _first(self, gen: int, result: tuple[int, AuditPage]) -> None:
        if not alive(self) or gen != self._generation:
            return
        self.total, page = result
        self._fetching = False
        self._append(page)
        self.sig_loaded.emit(self.total)

    def _append(self, page: AuditPage) -> None:
        if page.rows:
            start = len(self.rows)
            self.beginInsertRows(QModelIndex(), start, start + len(page.rows) - 1)
            self.rows.extend(page.rows)
            self.endInsertRows()
        self._has_more = page.has_more

    def _failed(self, gen: int, exc: BaseException) -> None:
        if not alive(self) or gen != self._generation:
            return
        self._fetching = False
        self._has_more = False
        self.sig_failed.emit(exc)

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and self._has_more and not self._fetching

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if not self.canFetchMore(parent) or not self.rows:
            return
        self._fetching = True
        gen, before, ctx, filters, size = self._generation, self.rows[-1].seq, self.ctx, self.filters, self.page_size

        def work() -> AuditPage:
            with ctx.db.read() as s:
                return audit_query.search_audit(s, ctx.actor, filters, before_seq=before, limit=size)

        def done(page: AuditPage) -> None:
            if not alive(self) or gen != self._generation:
                return
            self._fetching = False
            self._append(page)

        run_db(work, done, lambda e: self._failed(gen, e))

    @property
    def fetching(self) -> bool:
        return self._fetching

    # --- Qt model API ----------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = _DISPLAY) -> Any:
        if role == _DISPLAY and orientation == Qt.Orientation.Horizontal and 0 <= section < len(self.HEADERS):
            return self.HEADERS[section]
        return None

    def data(self, index: Index, role: int = _DISPLAY) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        r = self.rows[index.row()]
        col = index.column()
        if role == _DISPLAY:
            return [str(r.seq), r.local_time, r.username, r.action_label,
                    ENTITY_LABELS.get(r.entity_type, r.entity_type), r.entity_id, r.outcome_label][col]
        if role == Qt.ItemDataRole.ToolTipRole and col == 3:
            return r.action
        if role == Qt.ItemDataRole.ForegroundRole and r.outcome in ("denied", "failed"):
            return _RED
        if role == Qt.ItemDataRole.TextAlignmentRole and col == 0:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def row_at(self, row: int) -> AuditRow | None:
        return self.rows[row] if 0 <= row < len(self.rows) else None


VERIFY_LABELS = {"verified": "已校验", "failed": "校验失败", "unverified": "未校验"}
STATUS_LABELS = {"ok": "成功", "failed": "失败", "rotated": "已按规则删除", "missing": "文件缺失"}


class BackupHistoryModel(_ListModel):
    """Backup history rows (BackupView) newest first; failures show their reason."""

    HEADERS = ["时间", "类型", "结果", "校验", "大小", "文件", "位置", "操作员", "说明"]

    def data(self, index: Index, role: int = _DISPLAY) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        b = self.rows[index.row()]
        col = index.column()
        if role == _DISPLAY:
            return [
                local_time(b.created_at),
                b.kind_label,
                STATUS_LABELS.get(b.status, b.status),
                VERIFY_LABELS.get(b.verify_state, b.verify_state) if b.status == "ok" else "",
                human_size(b.size_bytes) if b.size_bytes else "",
                b.file_name,
                b.location,
                b.operator,
                b.message,
            ][col]
        if role == Qt.ItemDataRole.ToolTipRole and col in (5, 6, 8):
            return b.message or str(b.path)
        if role == Qt.ItemDataRole.ForegroundRole:
            if b.status == "failed" or b.verify_state == "failed":
                return _RED
            if b.status in ("rotated", "missing"):
                return _GREY
        if role == Qt.ItemDataRole.TextAlignmentRole and col == 4:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def row_at(self, row: int) -> BackupView | None:
        return self.rows[row] if 0 <= row < len(self.rows) else None
