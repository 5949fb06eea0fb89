"""Customer search at 1,000,000 customers: first page per key, paging, counting, peak memory.

    python -m pytest -m benchmark tests/benchmarks/test_bench_search.py -s

Targets (issue 3): first page for a name, pinyin initials, ID tail and phone tail ≤ 20 ms median,
≤ 50 ms p95; the process that opens the database and pages through results ≤ 400 MB peak RSS.
Every figure is printed next to its floor: the same page read with one hand-written SQL query on
the same connection (no service layer, no tiers, no masking).

The database is built once with ``services.demo_data.fill`` and cached: ``LOANDESK_BENCH_DB``
(a data folder, default /tmp/loandesk-bench-1m; passphrase = tests.conftest.PASSPHRASE, raw key
in ``bench.key`` next to it, fill figures in ``fill.json``). ``LOANDESK_BENCH_CUSTOMERS`` sets
the size. The service runs exactly as in the app, through our engine (store/engine.py).
"""

from __future__ import annotations

import json
import os
import random
import shutil
import statistics
import subprocess
import sys
import textwrap
import time
from collections.abc import Callable
from pathlib import Path

import pytest
from sqlalchemy import select, text

from loandesk.services import auth
from loandesk.services import customers as cs
from loandesk.store.database import Database, DataDir, open_database
from loandesk.store.models.auth import User

pytestmark = [pytest.mark.benchmark, pytest.mark.timeout(7200)]

ROOT = Path(__file__).resolve().parents[2]
N = int(os.environ.get("LOANDESK_BENCH_CUSTOMERS", "1000000"))
BENCH_DIR = Path(os.environ.get("LOANDESK_BENCH_DB", "/tmp/loandesk-bench-1m"))
QUERIES = 50
MEDIAN_MS, P95_MS, RSS_MB = 20.0, 50.0, 400.0


def schema_tag() -> str:
    """Changes whenever the customer schema migration changes: a cached database is then rebuilt."""
    import hashlib

    migration = ROOT / "loandesk/store/migrations/versions/0002_customers.py"
    return hashlib.sha256(migration.read_bytes()).hexdigest()[:12]


def build_bench_db(target: Path, n: int, seed: int = 20260101) -> dict:
    """Fresh data folder with the test users and ``n`` demo customers; returns the fill figures."""
    from tests.conftest import make_db

    if target.exists():
        shutil.rmtree(target)
    db = make_db(DataDir(target))
    try:
        stats = cs_fill(db, n, seed)
        (target / "bench.key").write_text(db.key_hex(), encoding="ascii")  # synthetic data only
    finally:
        db.close()
    figures = {"customers": n, "seconds": stats.seconds, "phases": stats.phases, "schema": schema_tag(),
               "db_mb": round((target / "loandesk.db").stat().st_size / 1e6, 1)}
    (target / "fill.json").write_text(json.dumps(figures, indent=1), encoding="utf-8")
    return figures


def cs_fill(db: Database, n: int, seed: int):
    from loandesk.services import demo_data

    last = [time.perf_counter()]

    def progress(done: int, total: int) -> None:
        if time.perf_counter() - last[0] > 30 or done == total:
            last[0] = time.perf_counter()
            print(f"  fill {done:,}/{total:,}", flush=True)

    return demo_data.fill(db, n, seed=seed, force=True, progress=progress)


def ensure_bench_db() -> dict:
    fill_json = BENCH_DIR / "fill.json"
    if fill_json.exists() and (BENCH_DIR / "bench.key").exists():
        figures = json.loads(fill_json.read_text(encoding="utf-8"))
        if figures.get("customers") == N and figures.get("schema") == schema_tag():
            return figures
    print(f"building the benchmark database ({N:,} customers) in {BENCH_DIR} …", flush=True)
    return build_bench_db(BENCH_DIR, N)


@pytest.fixture(scope="module")
def bench() -> tuple[Database, dict, dict]:
    figures = ensure_bench_db()
    db = open_database(DataDir(BENCH_DIR), (BENCH_DIR / "bench.key").read_text(encoding="ascii").strip())
    with db.read() as s:
        actors = {u.username: auth.actor_for(u) for u in s.scalars(select(User))}
    yield db, actors, figures
    db.close()


def _ms(samples: list[float]) -> tuple[float, float]:
    ordered = sorted(samples)
    p95 = ordered[min(len(ordered) - 1, int(round(0.95 * (len(ordered) - 1))))]
    return statistics.median(ordered) * 1000, p95 * 1000


def _sample(db: Database, k: int = QUERIES, seed: int = 7) -> list[tuple]:
    rnd = random.Random(seed)
    with db.read() as s:
        top = s.execute(text("SELECT max(sn) FROM customers")).scalar_one()
        sns = rnd.sample(range(1, top + 1), k)
        marks = ",".join(str(x) for x in sns)
        return s.execute(text(f"SELECT name, name_initials, name_pinyin, id_number, mobile, customer_no "
                              f"FROM customers WHERE sn IN ({marks})")).all()


_PAGE_COLS = ("c.sn, c.id, c.customer_no, c.kind, c.name, c.business_name, c.gender, c.birth_date, c.id_number, "
              "c.mobile, c.status, c.assigned_clerk_id, c.created_at, c.pi_consent_on, c.credit_consent_on")


def _floor_sql(column: str, index: str) -> str:
    return (f"SELECT {_PAGE_COLS} FROM customers AS c INDEXED BY {index} "
            f"WHERE c.{column} >= :lo AND c.{column} < :hi ORDER BY c.{column}, c.sn LIMIT 50")


def _succ(s: str) -> str:
    return s[:-1] + chr(ord(s[-1]) + 1)


def _time_service(db: Database, actor, queries: list[str], **kw) -> tuple[list[float], list[int]]:
    times, counts = [], []
    for q in queries:
        t0 = time.perf_counter()
        with db.read() as s:
            page = cs.search_customers(s, actor, q, limit=50, **kw)
        times.append(time.perf_counter() - t0)
        counts.append(len(page.rows))
    return times, counts


def _time_floor(db: Database, queries: list[str], make: Callable[[str], tuple[str, dict]]) -> list[float]:
    times = []
    for q in queries:
        sql, params = make(q)
        t0 = time.perf_counter()
        with db.read() as s:
            s.execute(text(sql), params).all()
        times.append(time.perf_counter() - t0)
    return times


def _line(label: str, service: list[float], floor: list[float] | None, rows: list[int] | None = None) -> str:
    med, p95 = _ms(service)
    out = f"{label:<26} service median {med:7.2f} ms  p95 {p95:7.2f} ms"
    if floor is not None:
        fmed, fp95 = _ms(floor)
        out += f"   | raw SQL median {fmed:6.2f} ms  p95 {fp95:6.2f} ms"
    if rows is not None:
        out += f"   (rows/page avg {sum(rows) / len(rows):.0f})"
    return out


def test_first_page_per_key(bench) -> None:
    db, actors, figures = bench
    clerk = actors["clerk"]
    sample = _sample(db)
    names = [r[0] for r in sample]
    initials = [r[1] for r in sample]
    id_tails = [r[3][-4:] for r in sample]
    phone_tails = [r[4][-4:] for r in sample]
    _time_service(db, clerk, names[:5])  # warm the connection pool and statement caches
    cases = [
        ("name (exact/prefix)", names, lambda q: (_floor_sql("name", "ix_customers_name_sn"),
                                                  {"lo": q, "hi": _succ(q)})),
        ("pinyin initials", initials, lambda q: (_floor_sql("name_initials", "ix_customers_name_initials_sn"),
                                                 {"lo": q, "hi": _succ(q)})),
        ("ID tail (4 digits)", id_tails, lambda q: (_floor_sql("id_rev", "ix_customers_id_rev_sn"),
                                                    {"lo": q[::-1], "hi": _succ(q[::-1])})),
        ("phone tail (4 digits)", phone_tails, lambda q: (_floor_sql("mobile_rev", "ix_customers_mobile_rev_sn"),
                                                          {"lo": q[::-1], "hi": _succ(q[::-1])})),
    ]
    with db.read() as s:
        memsec = s.execute(text("PRAGMA cipher_memory_security")).scalar()
    print(f"\n{figures['customers']:,} customers, database {figures.get('db_mb')} MB "
          f"(app engine as configured: cipher_memory_security={memsec})")
    results = {}
    for label, queries, floor in cases:
        service, rows = _time_service(db, clerk, queries)
        results[label] = _ms(service)
        print(_line(label, service, _time_floor(db, queries, floor), rows))
    extra = [
        ("1 char '张' (surname)", ["张", "王", "李", "刘", "陈"] * 4),
        ("2 chars 'zs'/'wj'", ["zs", "wj", "lm", "cx", "hy"] * 4),
        ("2 digits '13'/'68'", ["13", "68", "05", "99", "21"] * 4),
        ("full pinyin", [r[2] for r in sample][:20]),
        ("ID middle (birth date)", [r[3][6:14] for r in sample][:20]),
        ("customer no (exact)", [r[5] for r in sample][:20]),
        ("ID number (exact 18)", [r[3] for r in sample][:20]),
        ("no match 'zzzq'", ["zzzq", "9999999999", "龘龘", "qqqx"] * 5),
    ]
    for label, queries in extra:
        service, rows = _time_service(db, clerk, queries)
        print(_line(label, service, None, rows))
    # 1–2 Chinese characters inside a business name or a long name (store/search.py _inside): the
    # trigrams that start with the query, or a partial-index scan; "no match" costs a vocabulary lookup
    inside = [
        ("2 chars inside biz name", ["五金", "超市", "农资", "驿站", "粮油"] * 4),
        ("1–2 CJK chars, no match", ["龘龘", "爨爩", "齉龘", "鬱鬱", "龘"] * 4),
    ]
    for label, queries in inside:
        _time_service(db, clerk, queries[:2])
        service, rows = _time_service(db, clerk, queries)
        results[label] = _ms(service)
        print(_line(label, service, None, rows))
    for label, (med, p95) in results.items():
        assert med <= MEDIAN_MS and p95 <= P95_MS, f"{label}: median {med:.1f} ms, p95 {p95:.1f} ms"


def test_paging_and_counting(bench) -> None:
    db, actors, _ = bench
    clerk = actors["clerk"]
    print()
    for q in ("张", ""):
        label = f"'{q}'" if q else "browse (newest first)"
        for offset in (0, 50, 1000, 10_000, 100_000):
            times = []
            for _ in range(5):
                t0 = time.perf_counter()
                with db.read() as s:
                    page = cs.search_customers(s, clerk, q, offset=offset, limit=50)
                times.append(time.perf_counter() - t0)
            print(f"page {label:<22} offset {offset:>7,}: median {statistics.median(times) * 1000:8.2f} ms "
                  f"({len(page.rows)} rows, more={page.has_more})")
    scroll = []
    for k in range(40):  # a Qt model fetching on demand, 40 pages in a row
        t0 = time.perf_counter()
        with db.read() as s:
            cs.search_customers(s, clerk, "王", offset=k * 50, limit=50)
        scroll.append(time.perf_counter() - t0)
    print(f"scroll 40 pages of '王':        median {statistics.median(scroll) * 1000:.2f} ms, "
          f"max {max(scroll) * 1000:.2f} ms")
    for q, f in (("张", None), ("", None), ("", cs.Filters(status="archived")),
                 ("", cs.Filters(assigned_clerk_id=clerk.user_id)), ("1380", None)):
        t0 = time.perf_counter()
        with db.read() as s:
            n = cs.count_customers(s, clerk, q, filters=f)
        t1 = time.perf_counter()
        with db.read() as s:
            n2 = cs.count_customers(s, clerk, q, filters=f, cap=10_000)
        t2 = time.perf_counter()
        print(f"count {q or '(all)'!r:<8} {('filters=' + repr(f)) if f else '':<60} = {n:>9,} in "
              f"{(t1 - t0) * 1000:8.1f} ms; capped at 10,000: {n2:,} in {(t2 - t1) * 1000:.1f} ms")


_RSS_SCRIPT = textwrap.dedent("""
    import resource, sys, time
    sys.path.insert(0, sys.argv[1])
    from pathlib import Path
    from sqlalchemy import select
    from loandesk.services import auth, customers as cs
    from loandesk.store.database import DataDir, open_database
    from loandesk.store.models.auth import User
    folder = Path(sys.argv[2])
    db = open_database(DataDir(folder), (folder / "bench.key").read_text().strip())
    with db.read() as s:
        clerk = auth.actor_for(s.scalars(select(User).where(User.username == "clerk")).one())
    seen = 0
    t0 = time.perf_counter()
    for q in ("张", "", "王", "zs", "13", "5678"):
        for k in range(200):
            with db.read() as s:
                page = cs.search_customers(s, clerk, q, offset=k * 50, limit=50)
            seen += len(page.rows)
            if not page.has_more:
                break
    with db.read() as s:
        cs.count_customers(s, clerk, "")
    db.close()
    print(seen, round(time.perf_counter() - t0, 1), resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024)
""")


def test_peak_memory_of_a_process_paging_results(bench) -> None:
    out = subprocess.run([sys.executable, "-c", _RSS_SCRIPT, str(ROOT), str(BENCH_DIR)], capture_output=True,
                         text=True, check=True).stdout.split()
    rows, seconds, rss = int(out[0]), float(out[1]), int(out[2])
    print(f"\npeak RSS paging {rows:,} rows (6 queries x up to 200 pages) + full count: {rss} MB "
          f"in {seconds} s (target ≤ {RSS_MB:.0f} MB)")
    assert rss <= RSS_MB
