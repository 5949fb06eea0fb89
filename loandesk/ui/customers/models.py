"""The customer list model: pages of masked rows fetched on demand from the search service.

Why lazy: a branch database holds up to a million customers; the model keeps only the rows the
clerk has scrolled past (``CustomerRow`` + its view items, ~8 KB a row) and asks the DB thread for the
next page when the view reaches the end (``canFetchMore``/``fetchMore``). Nothing here touches a
Session on the GUI thread, and nothing here writes SQL.

Why a QStandardItemModel behind an identity proxy: the view asks ~8 roles of every visible cell
on every repaint (~2,000 calls); answered by a Python ``data()`` that doubled the cost of a
repaint. The items (text, colour, tooltip, id) are built on the DB thread with the page and the
view reads them in C++. A new search swaps in a fresh item store and deletes the old one later
(deleting 1,000 rows of items takes ~30 ms: while the first page is on the DB thread, not before).
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta, timezone

import shiboken6
from PySide6.QtCore import (
    QEvent,
    QIdentityProxyModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QStandardItem, QStandardItemModel

from loandesk.services import customers as svc
from loandesk.services.customers import CONSENT_LABELS, CustomerRow, Filters, SearchPage
from loandesk.ui.context import AppContext
from loandesk.ui.tasks import run_db

Index = QModelIndex | QPersistentModelIndex
_DISPLAY = Qt.ItemDataRole.DisplayRole
_FOREGROUND = Qt.ItemDataRole.ForegroundRole
_TOOLTIP = Qt.ItemDataRole.ToolTipRole
_USER = Qt.ItemDataRole.UserRole
_RED = QBrush(QColor("#b00020"))
_GREY = QBrush(QColor("#8a8a8a"))
_AMBER = QBrush(QColor("#8a5300"))
CHINA_TZ = timezone(timedelta(hours=8))
PAGE_SIZE = 100
# The first page of a search only needs to fill the screen (~25 rows at 768 px): half the rows
# to read, mask and build items for, so the clerk sees results sooner; the read-ahead brings the rest.
FIRST_PAGE_SIZE = 50
COUNT_CAP = 10_000
# The read-ahead waits for the list's first paint (watch_paints); a list that is not on screen
# never paints, so it starts after this long anyway.
BACKGROUND_FALLBACK_MS = 300

# Column -> (header, service sort when ascending, service sort when descending); None = not sortable.
COLUMNS: list[tuple[str, str | None, str | None]] = [
    ("客户号", "customer_no", "customer_no_desc"),
    ("姓名", "name", None),
    ("提示", None, None),
    ("类型", None, None),
    ("性别", None, None),
    ("出生日期", None, None),
    ("身份证号", None, None),
    ("手机号", None, None),
    ("客户经理", None, None),
    ("建档日期", "created_asc", "created_desc"),
    ("状态", None, None),
    ("匹配", None, None),
]
# The flags sit next to the name: a clerk must see 缺少授权/证件过期/已归档 without scrolling sideways.
COL_NO, COL_NAME, COL_FLAGS, COL_KIND, COL_GENDER, COL_BIRTH, COL_ID, COL_MOBILE, COL_CLERK, COL_CREATED, \
    COL_STATUS, COL_MATCH = range(len(COLUMNS))


def sort_for(column: int, descending: bool) -> str | None:
    """The service sort for a header click, or None when that column cannot be sorted."""
    if not 0 <= column < len(COLUMNS):
        return None
    _h, asc, desc = COLUMNS[column]
    if descending:
        return desc or asc
    return asc or desc


def column_of_sort(sort: str) -> tuple[int, bool] | None:
    """Header column and direction (descending?) that show ``sort``; None for relevance."""
    for i, (_h, asc, desc) in enumerate(COLUMNS):
        if sort == asc:
            return i, False
        if sort == desc:
            return i, True
    return None


def row_flags(row: CustomerRow) -> list[str]:
    """The warnings a clerk must not overlook, in the order they matter."""
    flags: list[str] = []
    if row.missing_consents:
        flags.append("缺少授权")
    if row.id_expired:
        flags.append("证件过期")
    if row.status == "archived":
        flags.append("已归档")
    return flags


def local_date(at: datetime | None) -> str:
    if at is None:
        return ""
    if at.tzinfo is None:
        at = at.replace(tzinfo=UTC)
    return at.astimezone(CHINA_TZ).strftime("%Y-%m-%d")


@dataclass(frozen=True)
class Loaded:
    """A page from the service plus its view items per row (built off the GUI thread: items are
    not QObjects, the model takes them over when the rows are appended)."""

    page: SearchPage
    items: list[list[QStandardItem]]


@dataclass(frozen=True)
class Query:
    """One search as the model runs it (text, filters, service sort)."""

    text: str = ""
    filters: Filters = Filters()
    sort: str = "relevance"


def _store(parent: QObject) -> QStandardItemModel:
    store = QStandardItemModel(0, len(COLUMNS), parent)
    for section, (header, asc, desc) in enumerate(COLUMNS):
        store.setHeaderData(section, Qt.Orientation.Horizontal, header)
        if asc or desc:
            store.setHeaderData(section, Qt.Orientation.Horizontal, "点击按此列排序", _TOOLTIP)
    return store


class CustomerListModel(QIdentityProxyModel):
    """Rows of ``search_customers``, appended page by page.

    Why a generation counter: the clerk keeps typing while a page is on the DB thread; a late
    page of an older query must never be appended to the rows of the new one.
    """

    sig_loaded = Signal()  # the first page of a search has arrived (possibly empty)
    sig_page = Signal(int, float)  # rows appended, milliseconds from request to rows in the model
    sig_count = Signal(int, bool)  # matches, "at least" (capped, or a search not scrolled to its end)
    sig_failed = Signal(object)

    def __init__(self, ctx: AppContext, page_size: int = PAGE_SIZE, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._items = _store(self)
        self.setSourceModel(self._items)
        self.ctx = ctx
        self.page_size = page_size
        self.rows: list[CustomerRow] = []
        self._ids: set[str] = set()
        self.query = Query()
        self.count: int | None = None
        self.count_capped = False
        self._has_more = False
        self._fetching = False
        self._next_offset = 0
        self._ahead: Loaded | None = None
        self._ahead_pending = False
        self._want = False
        self._generation = 0
        self._background: tuple[int, bool] | None = None  # (generation, count): work after the first paint
        self.loaded = False

    # --- loading ---------------------------------------------------------------------------------
    # One page is read ahead: as soon as a page is shown, the next one is fetched on the DB thread
    # and kept aside (``_ahead``), so when the view scrolls to the end fetchMore() inserts it at
    # once instead of waiting for a round trip. Memory stays bounded: rows seen + one page.
    def search(self, query: Query, *, count: bool = True) -> None:
        """Start over with ``query``: clears the rows and fetches the first page."""
        self._generation += 1
        self.rows, self._ids, self._has_more, self.query = [], set(), False, query
        self.count, self.count_capped, self.loaded = None, False, False
        self._next_offset = 0
        self._ahead, self._ahead_pending, self._want = None, False, False
        self._background = None
        old, self._items = self._items, _store(self)
        self.setSourceModel(self._items)  # the view hears one reset
        old.deleteLater()
        self._fetching = True
        gen, ctx, size = self._generation, self.ctx, min(self.page_size, FIRST_PAGE_SIZE)
        started = time.perf_counter()

        def done(page: Loaded) -> None:
            if not shiboken6.isValid(self) or gen != self._generation:
                return
            self._fetching = False
            added = self._append(page)
            self.loaded = True
            self.sig_page.emit(added, (time.perf_counter() - started) * 1000)
            self.sig_loaded.emit()
            db_count = count and self._has_more and not query.text.strip()
            if count and not db_count:
                self._request_count(gen)  # known without the database
            # Database work after the first rows are painted: the read-ahead and a count would
            # otherwise compete with that paint for the CPU and the GIL (measured: the paint of
            # the first page took ~40 ms beside the read-ahead, ~20 ms alone). The watched
            # viewport's next paint starts it; the timer covers a list that is not on screen.
            self._background = (gen, db_count)
            QTimer.singleShot(BACKGROUND_FALLBACK_MS, self, self._start_background)

        run_db(lambda: self._page(ctx, query, 0, size), done, lambda exc: self._failed(gen, exc))

    def watch_paints(self, viewport: QObject) -> None:
        """Start the read-ahead once ``viewport`` (the list's) has painted the first page."""
        viewport.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if self._background is not None and event.type() == QEvent.Type.Paint:
            QTimer.singleShot(0, self, self._start_background)  # runs once this paint is done
        return False

    def _start_background(self) -> None:
        if self._background is None:
            return
        (gen, count), self._background = self._background, None
        if gen != self._generation:
            return
        self._prefetch()
        if count:
            self._request_count(gen)

    def cancel(self) -> None:
        """Drop whatever is still on its way (the tab is closing): late pages are ignored."""
        self._generation += 1
        self._background = None

    @staticmethod
    def _page(ctx: AppContext, q: Query, offset: int, size: int) -> Loaded:
        """Runs on the DB thread, display text included: the GUI thread only inserts the rows."""
        with ctx.db.read() as s:
            page = svc.search_customers(s, ctx.actor, q.text, filters=q.filters, sort=q.sort, offset=offset,
                                        limit=size)
        return Loaded(page, [row_items(r) for r in page.rows])

    def refresh(self) -> None:
        self.search(self.query)

    def _prefetch(self) -> None:
        if not self._has_more or self._ahead is not None or self._ahead_pending:
            return
        self._ahead_pending = True
        gen, ctx, q, size, offset = self._generation, self.ctx, self.query, self.page_size, self._next_offset

        def done(page: Loaded) -> None:
            if not shiboken6.isValid(self) or gen != self._generation:
                return
            self._ahead_pending = False
            self._ahead = page
            if self._want:
                self._take_ahead()

        run_db(lambda: self._page(ctx, q, offset, size), done, lambda exc: self._failed(gen, exc))

    def _take_ahead(self) -> None:
        page, self._ahead, self._want = self._ahead, None, False
        assert page is not None
        started = time.perf_counter()
        added = self._append(page)
        self.sig_page.emit(added, (time.perf_counter() - started) * 1000)
        if self.query.text.strip():
            self._set_count(self._generation, len(self.rows), more=self._has_more)
        self._prefetch()

    def _request_count(self, gen: int) -> None:
        """How many rows: counted (capped) when browsing; for a search, what is loaded so far.

        Why no count for searches: the count of a broad query ("张", "138") has to de-duplicate
        every tier including the trigram index — seconds on a million customers — and the DB thread
        is serial, so it would stall the clerk's next page. Browsing counts one index range.
        """
        ctx, q = self.ctx, self.query
        if not self._has_more:
            self._set_count(gen, len(self.rows), more=False)
            return
        if q.text.strip():
            self._set_count(gen, len(self.rows), more=True)
            return

        def work() -> int:
            with ctx.db.read() as s:
                return svc.count_customers(s, ctx.actor, q.text, filters=q.filters, cap=COUNT_CAP + 1)

        def done(n: int) -> None:
            self._set_count(gen, min(n, COUNT_CAP), more=n > COUNT_CAP)

        run_db(work, done, lambda _exc: None)

    def _set_count(self, gen: int, n: int, *, more: bool) -> None:
        if not shiboken6.isValid(self) or gen != self._generation:
            return
        self.count, self.count_capped = n, more
        self.sig_count.emit(n, more)

    def _append(self, loaded: Loaded | SearchPage) -> int:
        if isinstance(loaded, SearchPage):
            loaded = Loaded(loaded, [row_items(r) for r in loaded.rows])
        page = loaded.page
        # Offsets shift when a customer is created meanwhile; never show a row twice.
        ids = self._ids
        fresh = [i for i, r in enumerate(page.rows) if r.id not in ids]
        for i in fresh:
            self.rows.append(page.rows[i])
            ids.add(page.rows[i].id)
            self._items.appendRow(loaded.items[i])
        self._has_more = page.has_more and bool(page.rows)
        self._next_offset = page.next_offset
        return len(fresh)

    def _failed(self, gen: int, exc: BaseException) -> None:
        if not shiboken6.isValid(self) or gen != self._generation:
            return
        first = not self.loaded
        self._fetching = self._want = self._ahead_pending = False
        self._has_more = False
        self.loaded = True
        self.sig_failed.emit(exc)
        if first:
            self.sig_loaded.emit()

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and self._has_more and not self.fetching

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if not self.canFetchMore(parent):
            return
        if self._ahead is not None:
            self._take_ahead()
            return
        self._want = True  # inserted as soon as the read-ahead arrives
        self._prefetch()

    @property
    def fetching(self) -> bool:
        """A page the view asked for is still on its way."""
        return self._fetching or self._want

    @property
    def has_more(self) -> bool:
        return self._has_more

    # --- Qt model API: data, rowCount, headers come from the item store through the proxy (C++) ----
    @staticmethod
    def _tooltip(r: CustomerRow, col: int) -> str | None:
        if col == COL_FLAGS and (r.missing_consents or r.id_expired or r.status == "archived"):
            lines = [f"缺少：{CONSENT_LABELS.get(k, k)}" for k in r.missing_consents]
            if r.id_expired and r.id_valid_to is not None:
                lines.append(f"身份证有效期至 {r.id_valid_to.isoformat()}，已过期：请客户提供有效证件")
            if r.status == "archived":
                lines.append("客户已归档（资料保留，不得删除）")
            return "\n".join(lines)
        if col == COL_NAME and r.business_name:
            return f"{r.name}（{r.business_name}）"
        if col in (COL_ID, COL_MOBILE):
            return "已屏蔽。查看完整号码请在右侧详情中点击“显示”（将记录审计）"
        return None

    def row_at(self, row: int) -> CustomerRow | None:
        return self.rows[row] if 0 <= row < len(self.rows) else None

    def row_of(self, customer_id: str) -> int:
        if customer_id not in self._ids:
            return -1
        return next((i for i, r in enumerate(self.rows) if r.id == customer_id), -1)


def row_cells(r: CustomerRow) -> tuple[str, ...]:
    """The display text of every column of ``r``, in ``COLUMNS`` order (pure: runs on the DB thread)."""
    cells = (
        r.customer_no,
        f"{r.name}（{r.business_name}）" if r.business_name else r.name,
        " · ".join(row_flags(r)),
        r.kind_label,
        r.gender_label,
        r.birth_date.isoformat() if r.birth_date else "",
        r.id_number,
        r.mobile,
        r.assigned_clerk_name,
        local_date(r.created_at),
        r.status_label,
        r.matched_label,
    )
    return cells


def cell_text(r: CustomerRow, col: int) -> str:
    """What column ``col`` shows for ``r``."""
    return row_cells(r)[col] if 0 <= col < len(COLUMNS) else ""


def row_items(r: CustomerRow) -> list[QStandardItem]:
    """The view items of one row: text, colour, tooltip; the customer id (UserRole) on the first.

    As few calls per item as possible (this runs for every page, ~1,200 items): editing is off in
    the view, so the items keep their default flags.
    """
    items = [QStandardItem(text) for text in row_cells(r)]
    items[0].setData(r.id, _USER)
    items[COL_FLAGS].setForeground(_RED)
    if r.status == "archived":
        for col, item in enumerate(items):
            if col != COL_FLAGS:
                item.setForeground(_GREY)
    elif r.matched:
        items[COL_MATCH].setForeground(_AMBER)
    for col in _TIP_COLUMNS:
        tip = CustomerListModel._tooltip(r, col)
        if tip:
            items[col].setToolTip(tip)
    return items


_TIP_COLUMNS = (COL_FLAGS, COL_NAME, COL_ID, COL_MOBILE)
