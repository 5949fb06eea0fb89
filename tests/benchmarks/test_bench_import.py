"""Import throughput: 100,000 customers from CSV (target ≥ 20,000 rows/s) and .xlsx (≥ 8,000 rows/s).

Each figure is printed next to its floor: the same rows inserted with raw SQL (executemany of
pre-built tuples + one FTS statement; no parsing, no validation) into a fresh database of the
same kind. "Import" = preview (parse + validate every row + duplicate checks) + commit (check
again, insert, pinyin, search index, outbox, audit) in one write transaction, as the UI does it.

Each format runs in a fresh interpreter (a clean heap and pinyin cache, as a clerk's import
would see), on the shipped engine (store/engine.py). A CPU calibration loop is printed too: on
this shared machine it shows how loaded the CPU was (0.13 s when quiet).

Run: python -m pytest -m benchmark tests/benchmarks/test_bench_import.py -s
Env: LOANDESK_BENCH_IMPORT_ROWS (default 100000).
"""

from __future__ import annotations

import csv
import io
import json
import os
import random
import subprocess
import sys
import time
import zipfile
from pathlib import Path

import pytest

pytestmark = pytest.mark.benchmark

ROOT = Path(__file__).resolve().parents[2]
N = int(os.environ.get("LOANDESK_BENCH_IMPORT_ROWS", "100000"))
SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢"
GIVEN = "伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超兰霞平刚桂建国华志海燕春梅玉红小德"
VILLAGES = ["东村", "西村", "南岗村", "北山村", "河口村", "新桥村", "杨家庄", "李家湾"]
REGIONS = ["330106", "330108", "330110", "330122", "330127", "330182", "330183", "330185"]
HEADER = ["客户类型", "姓名", "身份证号", "民族", "签发机关", "有效期起", "有效期止", "手机号", "婚姻状况", "学历",
          "户籍地区", "户籍地址", "职业", "月收入（元）", "收入来源", "家庭年收入（元）", "住房情况", "承包土地面积（亩）"]


def make_rows(n: int, seed: int = 7) -> list[list[str]]:
    """n realistic, valid, distinct customers (unique ID numbers with correct check digits)."""
    from loandesk.domain.idcard import compute_check_digit

    rnd = random.Random(seed)
    out = []
    for i in range(n):
        first17 = (f"{REGIONS[(i // 1000) % 8]}{1955 + (i // 8000) % 45}{(i // 360) % 12 + 1:02d}"
                   f"{(i // 30) % 12 + 1:02d}{i % 1000:03d}")
        idn = first17 + compute_check_digit(first17)
        name = SURNAMES[rnd.randrange(len(SURNAMES))] + "".join(rnd.choice(GIVEN) for _ in range(rnd.choice((1, 2))))
        region = REGIONS[i % len(REGIONS)]
        out.append([
            rnd.choice(("农户", "个人", "农户")), name, idn, "汉", "", "2016-04-01", "2036-04-01",
            f"13{rnd.randrange(5, 10)}{i:08d}", rnd.choice(("已婚", "未婚", "已婚")), rnd.choice(("初中", "高中/中专")),
            region, f"{rnd.choice(VILLAGES)}{rnd.randrange(1, 12)}组{rnd.randrange(1, 80)}号", "务农",
            str(rnd.randrange(2, 12) * 500), "种植", f"{rnd.randrange(3, 20)}万", "自有住房",
            f"{rnd.randrange(1, 30) / 2:.1f}",
        ])
    return out


def to_csv(rows: list[list[str]], encoding: str = "gb18030") -> bytes:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(HEADER)
    w.writerows(rows)
    return buf.getvalue().encode(encoding)


def to_xlsx(rows: list[list[str]]) -> bytes:
    """An .xlsx laid out the way Excel/WPS save one: shared strings, a <dimension> element first.

    (openpyxl's write-only mode writes inline strings and no dimension, which openpyxl then reads
    several times slower than a real Excel file; benchmarking on it would measure the wrong thing.)
    """
    from xml.sax.saxutils import escape

    from openpyxl.utils import get_column_letter

    strings: dict[str, int] = {}
    sheet = io.StringIO()
    all_rows = [HEADER, *rows]
    last = f"{get_column_letter(len(HEADER))}{len(all_rows)}"
    sheet.write('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.'
                'openxmlformats.org/spreadsheetml/2006/main"><dimension ref="A1:' + last + '"/><sheetData>')
    letters = [get_column_letter(j + 1) for j in range(len(HEADER))]
    for i, row in enumerate(all_rows, 1):
        sheet.write(f'<row r="{i}">')
        for j, value in enumerate(row):
            if value == "":
                continue
            k = strings.setdefault(value, len(strings))
            sheet.write(f'<c r="{letters[j]}{i}" t="s"><v>{k}</v></c>')
        sheet.write("</row>")
    sheet.write("</sheetData></worksheet>")
    sst = io.StringIO()
    sst.write('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<sst xmlns="http://schemas.openxmlformats.'
              f'org/spreadsheetml/2006/main" count="{len(strings)}" uniqueCount="{len(strings)}">')
    for value in strings:
        sst.write(f"<si><t>{escape(value)}</t></si>")
    sst.write("</sst>")
    main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    files = {
        "[Content_Types].xml": (
            '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/'
            'content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.'
            'relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/'
            'workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
            '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-'
            'officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/sharedStrings.xml" ContentType='
            '"application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>'),
        "_rels/.rels": (
            '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/'
            f'2006/relationships"><Relationship Id="rId1" Type="{rel}/officeDocument" Target="xl/workbook.xml"/>'
            '</Relationships>'),
        "xl/workbook.xml": (
            f'<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="{main}" xmlns:r="{rel}"><sheets>'
            '<sheet name="客户信息" sheetId="1" r:id="rId1"/></sheets></workbook>'),
        "xl/_rels/workbook.xml.rels": (
            '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/'
            f'2006/relationships"><Relationship Id="rId1" Type="{rel}/worksheet" Target="worksheets/sheet1.xml"/>'
            f'<Relationship Id="rId2" Type="{rel}/sharedStrings" Target="sharedStrings.xml"/></Relationships>'),
        "xl/worksheets/sheet1.xml": sheet.getvalue(),
        "xl/sharedStrings.xml": sst.getvalue(),
    }
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for name, body in files.items():
            z.writestr(name, body.encode("utf-8"))
    return out.getvalue()


# --- the worker (runs in a fresh interpreter) -------------------------------------------------------

_OLD_CLERK: list[str] = [""]


def _copy_rows(db) -> dict[str, tuple[list[str], list[tuple]]]:
    """Everything the import wrote to the customer tables and the outbox, as plain tuples."""
    out = {}
    with db.read() as s:
        raw = s.connection().connection.driver_connection
        for table in ("customers", "customer_profiles", "sync_outbox"):
            cols = [r[1] for r in raw.execute(f"PRAGMA table_xinfo({table})") if r[6] == 0]  # skip generated
            if table == "sync_outbox":
                cols = [c for c in cols if c != "seq"]
            rows = raw.execute(f"SELECT {', '.join(cols)} FROM {table}").fetchall()
            out[table] = (cols, rows)
    return out


def _floor(db, tables: dict[str, tuple[list[str], list[tuple]]]) -> float:
    """Raw SQL on a fresh file of the same kind: executemany of the very rows the import wrote
    (customers, profiles, outbox) and the search index built in one statement, with the same
    trigger handling and page cache as the import. No parsing, validation, pinyin."""
    from sqlalchemy import select

    from loandesk.store.models.auth import User
    from loandesk.store.search import bulk_load

    with db.read() as s:  # the users are new in this file: point the rows at its clerk
        new_id = s.scalar(select(User.id).where(User.username == "clerk"))
    tables = {t: (cols, [tuple(new_id if v == _OLD_CLERK[0] else v for v in r) for r in rows])
              for t, (cols, rows) in tables.items()}
    t0 = time.perf_counter()
    from loandesk.services.customer_bulk import BULK_CACHE_KIB

    with db.write() as s, bulk_load(s.connection()):
        cur = s.connection().connection.driver_connection.cursor()
        cur.execute(f"PRAGMA cache_size = -{BULK_CACHE_KIB}")  # the page cache the import writes with
        for table, (cols, rows) in tables.items():
            cur.executemany(f"INSERT INTO {table} ({', '.join(cols)}) VALUES ({', '.join('?' * len(cols))})", rows)
        cur.close()
    return time.perf_counter() - t0


def worker(fmt: str, n: int, tmp: str) -> dict:
    import keyring
    from sqlalchemy import func, select

    from loandesk.services import auth
    from loandesk.services import customer_io as cio
    from loandesk.store.database import DataDir
    from loandesk.store.models.auth import User
    from loandesk.store.models.customers import Customer
    from tests.conftest import MemoryKeyring, make_db

    keyring.set_keyring(MemoryKeyring())
    t = time.perf_counter()
    s_ = 0
    for i in range(3_000_000):
        s_ += i
    calib = time.perf_counter() - t
    rows = make_rows(n)
    data = to_csv(rows) if fmt == "csv" else to_xlsx(rows)
    db = make_db(DataDir(Path(tmp) / "import"))
    with db.read() as s:
        actor = auth.actor_for(s.scalars(select(User).where(User.username == "clerk")).one())
    t0 = time.perf_counter()
    with db.read() as s:
        preview = cio.preview_import(s, actor, f"customers.{fmt}", data)
    t1 = time.perf_counter()
    assert preview.error_count == 0, [str(e) for e in preview.errors[:5]]
    with db.write() as s:
        result = cio.commit_import(s, actor, preview)
    t2 = time.perf_counter()
    with db.read() as s:
        count = s.scalar(select(func.count()).select_from(Customer))
    tables = _copy_rows(db)
    _OLD_CLERK[0] = actor.user_id
    db.close()
    floor_db = make_db(DataDir(Path(tmp) / "floor"))
    floor = _floor(floor_db, tables)
    floor_db.close()
    assert result.created == n == count
    return {"fmt": fmt, "n": n, "mb": len(data) / 1048576, "preview": t1 - t0,
            "commit": t2 - t1, "floor": floor, "calib": calib}


# --- the benchmark ------------------------------------------------------------------------------------

def _run(fmt: str, n: int, tmp: Path) -> dict:
    code = ("import json, sys; sys.path.insert(0, sys.argv[1]); from tests.benchmarks.test_bench_import import worker; "
            "print('RESULT ' + json.dumps(worker(sys.argv[2], int(sys.argv[3]), sys.argv[4])))")
    out = subprocess.run([sys.executable, "-c", code, str(ROOT), fmt, str(n), str(tmp)], cwd=ROOT,
                         capture_output=True, text=True, timeout=7200)
    assert out.returncode == 0, out.stderr[-3000:]
    line = next(x for x in out.stdout.splitlines() if x.startswith("RESULT "))
    return json.loads(line[7:])


@pytest.mark.parametrize("fmt", ["csv", "xlsx"])
def test_bench_import(tmp_path, fmt):
    target = 20_000 if fmt == "csv" else 8_000
    r = _run(fmt, N, tmp_path)
    total = r["preview"] + r["commit"]
    print(f"\nimport from .{fmt}, target ≥ {target:,} rows/s, load avg {os.getloadavg()[0]:.1f}:\n"
          f"  {r['n']:,} rows ({r['mb']:.1f} MB): import {r['n'] / total:,.0f} rows/s "
          f"[preview {r['preview']:.1f} s = {r['n'] / r['preview']:,.0f} rows/s, commit {r['commit']:.1f} s = "
          f"{r['n'] / r['commit']:,.0f} rows/s] | raw-SQL insert floor {r['floor']:.1f} s = "
          f"{r['n'] / r['floor']:,.0f} rows/s | CPU calibration loop {r['calib']:.2f} s")
