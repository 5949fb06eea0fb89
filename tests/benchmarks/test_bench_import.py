"""Import throughput: 100,000 customers from CSV (target ≥ 20,000 rows/s) and .xlsx (≥ 8,000 rows/s).

Each figure is printed next to the floor: the same rows inserted with raw SQL (executemany of
pre-built tuples + one FTS index statement, no parsing, no validation) into a fresh database of
the same kind. "Import" = preview (parse + validate every row + duplicate checks) + commit
(re-check + insert + pinyin + search index) in one write transaction, as the UI does it.

Run: python -m pytest -m benchmark tests/benchmarks/test_bench_import.py -s
"""

from __future__ import annotations

import csv
import io
import os
import random
import time
from pathlib import Path

import pytest
from sqlalchemy import func, select

from loandesk.domain.idcard import compute_check_digit
from loandesk.services import customer_io as cio
from loandesk.store.database import DataDir
from loandesk.store.models.base import new_uuid
from loandesk.store.models.customers import Customer
from loandesk.store.search import name_keys

pytestmark = pytest.mark.benchmark

N = int(os.environ.get("LOANDESK_BENCH_IMPORT_ROWS", "100000"))
SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢"
GIVEN = "伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超秀兰霞平刚桂英建国建华志强海燕春梅玉兰红梅小红小明德明"
VILLAGES = ["东村", "西村", "南岗村", "北山村", "河口村", "新桥村", "杨家庄", "李家湾"]
REGIONS = ["330106", "330108", "330110", "330122", "330127", "330182", "330183", "330185"]


def _rows(n: int, seed: int = 7) -> list[list[str]]:
    rnd = random.Random(seed)
    out = []
    for i in range(n):
        region = REGIONS[i % len(REGIONS)]
        birth = f"{1955 + rnd.randrange(45)}{rnd.randrange(1, 13):02d}{rnd.randrange(1, 29):02d}"
        first17 = f"{region}{birth}{i % 1000:03d}"
        # make every number unique: spread i over region/birth/sequence
        first17 = f"{REGIONS[(i // 1000) % 8]}{1955 + (i // 8000) % 45}{(i // 360) % 12 + 1:02d}" \
                  f"{(i // 30) % 12 + 1:02d}{i % 1000:03d}"
        idn = first17 + compute_check_digit(first17)
        name = SURNAMES[rnd.randrange(len(SURNAMES))] + "".join(
            rnd.choice(GIVEN) for _ in range(rnd.choice((1, 2))))
        out.append([
            rnd.choice(("农户", "个人", "农户")), name, idn, "汉", "", "2016-04-01", "2036-04-01",
            f"13{rnd.randrange(5, 10)}{i:08d}", rnd.choice(("已婚", "未婚", "已婚")), rnd.choice(("初中", "高中/中专")),
            region, f"{rnd.choice(VILLAGES)}{rnd.randrange(1, 12)}组{rnd.randrange(1, 80)}号", "务农",
            str(rnd.randrange(2, 12) * 500), "种植", f"{rnd.randrange(3, 20)}万", "自有住房",
            f"{rnd.randrange(1, 30) / 2:.1f}",
        ])
    return out


HEADER = ["客户类型", "姓名", "身份证号", "民族", "签发机关", "有效期起", "有效期止", "手机号", "婚姻状况", "学历",
          "户籍地区", "户籍地址", "职业", "月收入（元）", "收入来源", "家庭年收入（元）", "住房情况", "承包土地面积（亩）"]


def _csv(rows: list[list[str]], encoding: str = "gb18030") -> bytes:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(HEADER)
    w.writerows(rows)
    return buf.getvalue().encode(encoding)


def _xlsx(rows: list[list[str]]) -> bytes:
    from openpyxl import Workbook

    wb = Workbook(write_only=True)
    ws = wb.create_sheet("客户信息")
    ws.append(HEADER)
    for r in rows:
        ws.append(r)
    out = io.BytesIO()
    wb.save(out)
    return out.getvalue()


def _fresh_db(path: Path):
    from tests.conftest import make_db

    return make_db(DataDir(path))


def _actor(db):
    from loandesk.services import auth
    from loandesk.store.models.auth import User

    with db.read() as s:
        return auth.actor_for(s.scalars(select(User).where(User.username == "clerk")).one())


def _floor(db, rows: list[list[str]]) -> float:
    """Raw SQL on the same kind of file: executemany of ready tuples, then index them in one go."""
    t0 = time.perf_counter()
    with db.write() as s:
        dbapi = s.connection().connection.driver_connection
        cur = dbapi.cursor()
        cur.execute("UPDATE search_state SET bulk = 1 WHERE id = 1")
        cust, prof = [], []
        for sn, r in enumerate(rows, 1):
            cid = new_uuid()
            pinyin, initials = name_keys(r[1])
            cust.append((cid, sn, f"3301{sn:08d}", "farmer", r[1], pinyin, initials, "male", "汉",
                         "1980-01-01", "resident", r[2], "", "2016-04-01", "2036-04-01", r[7], "active", 1, "",
                         "2026-01-01 00:00:00.000000", "2026-01-01 00:00:00.000000"))
            prof.append((cid, r[11], r[12]))
        cur.executemany(
            "INSERT INTO customers (id, sn, customer_no, kind, name, name_pinyin, name_initials, gender, ethnicity, "
            "birth_date, id_kind, id_number, id_issuer, id_valid_from, id_valid_to, mobile, status, version, "
            "archive_reason, created_at, updated_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)", cust)
        cur.executemany("INSERT INTO customer_profiles (customer_id, hukou_address, occupation, marital_status, "
                        "education, phone_other, wechat, hukou_region_code, current_region_code, current_address, "
                        "employer, industry, position, income_source, housing_type, land_certificate_no, "
                        "bank_account_type, bank_account_no, bank_name, notes) "
                        "VALUES (?,?,?,'','','','','','','','','','','','','','','','','')", prof)
        cur.execute("INSERT INTO customer_fts(rowid, search_keys) SELECT sn, search_keys FROM customers")
        cur.execute("UPDATE search_state SET bulk = 0 WHERE id = 1")
        cur.close()
    return time.perf_counter() - t0


def _import(db, actor, name: str, data: bytes) -> tuple[float, float, int]:
    t0 = time.perf_counter()
    with db.read() as s:
        preview = cio.preview_import(s, actor, name, data)
    t1 = time.perf_counter()
    assert preview.error_count == 0, preview.errors[:5]
    with db.write() as s:
        result = cio.commit_import(s, actor, preview)
    t2 = time.perf_counter()
    with db.read() as s:
        assert s.scalar(select(func.count()).select_from(Customer)) == N
    return t1 - t0, t2 - t1, result.created


@pytest.mark.parametrize("fmt", ["csv", "xlsx"])
def test_bench_import(tmp_path, fmt):
    rows = _rows(N)
    data = _csv(rows) if fmt == "csv" else _xlsx(rows)
    floor_db = _fresh_db(tmp_path / "floor")
    floor = _floor(floor_db, rows)
    floor_db.close()

    db = _fresh_db(tmp_path / "import")
    actor = _actor(db)
    t_preview, t_commit, created = _import(db, actor, f"customers.{fmt}", data)
    db.close()
    total = t_preview + t_commit
    target = 20_000 if fmt == "csv" else 8_000
    print(f"\nimport {N:,} rows from .{fmt} ({len(data) / 1048576:.1f} MB): {N / total:,.0f} rows/s "
          f"(preview {t_preview:.2f} s = {N / t_preview:,.0f} rows/s, commit {t_commit:.2f} s = "
          f"{N / t_commit:,.0f} rows/s; target ≥ {target:,} rows/s) | raw-SQL floor on the same kind of file: "
          f"{floor:.2f} s = {N / floor:,.0f} rows/s")
    assert created == N
