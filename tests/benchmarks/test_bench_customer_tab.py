"""客户资料 tab on a big database: open to the first page shown, then scroll page by page.

    python -m pytest -m benchmark tests/benchmarks/test_bench_customer_tab.py -s

Target (issue 3): opening the tab and every further page stay under 100 ms (asserted: p95 of
the PageDown keypresses, p95 of those that fetched rows, median of five tab openings). Each figure is printed
next to the floor: the same page read with raw SQL on the same file (no service, no Qt).

The database: ``LOANDESK_BENCH_DB`` (a data folder; passphrase ``LOANDESK_BENCH_PASSPHRASE``,
default the test passphrase) if set — e.g. the million-customer file the search benchmark caches;
otherwise one is built once with ``services.demo_data.fill`` (in a child process, so its memory
does not count here) and kept in ``LOANDESK_BENCH_CACHE`` (default ~/.cache/loandesk-bench).
Size: ``LOANDESK_BENCH_CUSTOMERS`` (default 1,000,000).
"""

from __future__ import annotations

import gc
import os
import resource
import statistics
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest
from PySide6.QtCore import QEventLoop, QSettings, Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from sqlalchemy import func, select

from loandesk.services import auth
from loandesk.store.database import Database, DataDir, key_from_passphrase, open_database
from loandesk.store.engine import connect_raw
from loandesk.store.models.auth import User
from loandesk.ui.context import AppContext
from loandesk.ui.customers.models import PAGE_SIZE
from loandesk.ui.customers.tab import CustomerTab
from loandesk.ui.tasks import wait_db_idle
from tests.conftest import PASSPHRASE

pytestmark = pytest.mark.benchmark

ROOT = Path(__file__).resolve().parents[2]
N = int(os.environ.get("LOANDESK_BENCH_CUSTOMERS", "1000000"))
PAGES = int(os.environ.get("LOANDESK_BENCH_PAGES", "30"))
TARGET_MS = 100.0

_BUILD = textwrap.dedent("""
    import sys, time
    sys.path.insert(0, sys.argv[1])
    import keyring
    from tests.conftest import MemoryKeyring, make_db
    keyring.set_keyring(MemoryKeyring())
    from loandesk.services import demo_data
    from loandesk.store.database import DataDir
    t = time.perf_counter()
    db = make_db(DataDir(__import__("pathlib").Path(sys.argv[2])))
    demo_data.fill(db, int(sys.argv[3]), force=True)
    db.close()
    print(f"built {int(sys.argv[3]):,} customers in {time.perf_counter() - t:.0f} s")
""")


def _open_bench_db() -> tuple[Database, str]:
    given = os.environ.get("LOANDESK_BENCH_DB")
    if given:
        data = DataDir(Path(given))
        passphrase = os.environ.get("LOANDESK_BENCH_PASSPHRASE", PASSPHRASE)
        return open_database(data, key_from_passphrase(data, passphrase)), f"LOANDESK_BENCH_DB={given}"
    cache = Path(os.environ.get("LOANDESK_BENCH_CACHE", Path.home() / ".cache" / "loandesk-bench"))
    folder = cache / f"customer-tab-{N}"
    done = folder / "filled.ok"
    if not done.exists():
        import shutil

        shutil.rmtree(folder, ignore_errors=True)
        folder.parent.mkdir(parents=True, exist_ok=True)
        out = subprocess.run([sys.executable, "-c", _BUILD, str(ROOT), str(folder / "branch"), str(N)],
                             capture_output=True, text=True, check=True)
        print(out.stdout.strip())
        done.write_text("ok")
    data = DataDir(folder / "branch")
    return open_database(data, key_from_passphrase(data, PASSPHRASE)), f"cached demo_data.fill at {folder}"


def _clerk(db: Database):
    with db.write() as s:
        user = s.scalars(select(User).where(User.role == "clerk", User.active)).first()
        if user is None:
            auth.create_user(s, None, "benchclerk", "压测客户经理", "clerk", "Passw0rd1x", must_change_password=False)
            user = s.scalars(select(User).where(User.username == "benchclerk")).one()
        return auth.actor_for(user)


def _pump_until(cond, timeout: float = 30.0) -> None:
    """Wait for ``cond`` the way the real event loop does: blocked until an event arrives.

    A busy processEvents() loop would hold the GIL and starve the DB thread (every SQLite call
    releases and re-acquires it, so each page would wait out the 5 ms switch interval dozens of
    times) and measure the benchmark, not the app.
    """
    app = QApplication.instance()
    tick = QTimer()
    tick.start(20)  # wakes the wait so the timeout is checked
    end = time.perf_counter() + timeout
    try:
        while not cond():
            if time.perf_counter() > end:
                raise TimeoutError("benchmark step did not finish")
            app.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents)
    finally:
        tick.stop()


def _painted(view) -> None:
    """Let the event loop paint the list, as the running app does.

    Why not ``viewport().repaint()``: called from Python it holds the GIL for the whole paint
    (~15 ms), so the DB thread's read-ahead stalls behind it — the app paints inside the event
    loop, which releases the GIL (measured: a Python thread keeps ~90 % of its pace during
    processEvents, ~20 % during repaint()).
    """
    view.viewport().update()
    QApplication.instance().processEvents()


def _p95(ms: list[float]) -> float:
    ordered = sorted(ms)
    return ordered[min(len(ordered) - 1, int(round(0.95 * (len(ordered) - 1))))]


def _stats(ms: list[float]) -> str:
    return f"median {statistics.median(ms):6.1f} ms · p95 {_p95(ms):6.1f} ms · max {max(ms):6.1f} ms (n={len(ms)})"


_FLOOR_SQL = (
    "SELECT c.sn, c.id, c.customer_no, c.kind, c.name, c.business_name, c.gender, c.birth_date, c.id_number, "
    "c.mobile, c.status, c.assigned_clerk_id, u.display_name, c.created_at, c.pi_consent_on, c.credit_consent_on "
    "FROM customers AS c LEFT JOIN users AS u ON u.id = c.assigned_clerk_id "
    "WHERE c.status = 'active' ORDER BY c.created_at DESC, c.sn DESC LIMIT ? OFFSET ?"
)


def _floor(db: Database, pages: int) -> list[float]:
    """The same rows, page by page, with raw SQL on the same file: what no UI can beat."""
    conn = connect_raw(db.data.db, db.key_hex())
    try:
        conn.execute("SELECT count(*) FROM customers WHERE sn < 10").fetchone()  # warm the key/schema
        out = []
        for page in range(pages):
            t = time.perf_counter()
            rows = conn.execute(_FLOOR_SQL, (PAGE_SIZE, page * PAGE_SIZE)).fetchall()
            out.append((time.perf_counter() - t) * 1000)
            assert rows
        return out
    finally:
        conn.close()


def _scroll(tab: CustomerTab, pages: int) -> tuple[list[float], list[float]]:
    """PageDown through the list as a clerk would, until ``pages`` more pages of rows were fetched.

    Returns (every keypress: key to repainted screen, including waiting for rows when the end was
    reached; only the keypresses that needed a new page of rows).
    """
    view = tab.panel.customerView
    model = tab.model
    view.setFocus()
    view.selectRow(0)
    keys, fetches = [], []
    target = model.rowCount() + pages * model.page_size
    while model.rowCount() < target and (model.has_more or model.fetching):
        before = model.rowCount()
        t = time.perf_counter()
        QTest.keyClick(view, Qt.Key.Key_PageDown)
        _pump_until(lambda: not model.fetching)
        _painted(view)
        ms = (time.perf_counter() - t) * 1000
        keys.append(ms)
        if model.rowCount() > before:
            fetches.append(ms)
    return keys, fetches


def _cold_pages(tab: CustomerTab, pages: int) -> list[float]:
    """Round trip of a page nobody read ahead (service + DB thread + insert): the worst case."""
    model = tab.model
    out = []
    for _ in range(pages):
        if not model.has_more:
            break
        _pump_until(lambda: not model._ahead_pending)  # let the read-ahead land, then drop it
        model._ahead = None
        before = model.rowCount()
        t = time.perf_counter()
        model.fetchMore()
        _pump_until(lambda before=before: model.rowCount() > before)
        _painted(tab.panel.customerView)
        out.append((time.perf_counter() - t) * 1000)
    return out


def test_customer_tab_open_and_scroll(qtbot, tmp_path):
    db, source = _open_bench_db()
    try:
        actor = _clerk(db)
        with db.read() as s:
            total = s.execute(select(func.count()).select_from(User)).scalar_one()
        ctx = AppContext(db=db, actor=actor, branch_name="压测", branch_code="3301")
        settings = QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat)
        conn = connect_raw(db.data.db, db.key_hex())
        customers = conn.execute("SELECT count(*) FROM customers").fetchone()[0]
        conn.close()
        print(f"\n客户资料 tab benchmark — {customers:,} customers ({source}), {total} users, page size {PAGE_SIZE}")

        opens = []
        for _ in range(5):
            t = time.perf_counter()
            tab = CustomerTab(ctx, settings=settings)
            tab.resize(1366, 768)
            tab.show()
            _pump_until(lambda tab=tab: tab.model.loaded and tab.model.rowCount() > 0)
            _painted(tab.panel.customerView)
            opens.append((time.perf_counter() - t) * 1000)
            tab.shutdown()
            tab.close()
            tab.deleteLater()
            wait_db_idle()
        print(f"  open tab → first page shown:      {_stats(opens)}")

        tab = CustomerTab(ctx, settings=settings)
        qtbot.addWidget(tab)
        tab.resize(1366, 768)
        tab.show()
        _pump_until(lambda: tab.model.loaded)
        gc.collect()
        gc.freeze()  # as ui.app does once the main window is up (no long full collections)
        keys, fetches = _scroll(tab, PAGES)
        print(f"  PageDown, browsing (newest first): {_stats(keys)}")
        print(f"    … keypresses that fetched rows:  {_stats(fetches)}")
        cold = _cold_pages(tab, 10)
        print(f"  page without read-ahead (worst):   {_stats(cold)}")
        floor = _floor(db, PAGES + 1)[1:]
        print(f"  floor, raw SQL same pages:         {_stats(floor)}")

        for query in ("张", "zs", "138"):
            tab.panel.searchEdit.setText(query)
            t = time.perf_counter()
            tab.search_now()
            _pump_until(lambda: tab.model.loaded)
            _painted(tab.panel.customerView)
            first = (time.perf_counter() - t) * 1000
            qkeys, _f = _scroll(tab, 10)
            print(f"  search “{query}”: first page {first:6.1f} ms; PageDown {_stats(qkeys) if qkeys else '(one page)'}")
        wait_db_idle()
        rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        print(f"  peak RSS of this process (Qt + tab + {tab.model.rowCount():,} rows held): {rss:.0f} MB")
        assert _p95(keys) < TARGET_MS, f"scrolling: {_stats(keys)}"
        assert _p95(fetches) < TARGET_MS, f"scrolling to new rows: {_stats(fetches)}"
        assert statistics.median(opens) < TARGET_MS, f"opening the tab: {_stats(opens)}"
    finally:
        wait_db_idle()
        db.close()
