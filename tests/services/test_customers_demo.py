"""Synthetic customers: valid by our own rules, refused on real databases, CLI `loandesk demo-data`."""

from __future__ import annotations

import contextlib
from collections import Counter

import pytest
from sqlalchemy import func, select, text

from loandesk.cli import main
from loandesk.domain.idcard import parse_id_number
from loandesk.services import customers as cs
from loandesk.services import demo_data
from loandesk.services.context import ServiceError
from loandesk.store import search as search_store
from loandesk.store.models.customers import Customer, CustomerConsent, CustomerContact, CustomerProfile


def test_generated_customers_pass_validation_and_are_deterministic() -> None:
    items = list(demo_data.generate_customers(400, seed=11))
    assert [i.id_number for i in items] == [i.id_number for i in demo_data.generate_customers(400, seed=11)]
    assert len({i.id_number for i in items}) == 400
    for item in items:
        assert cs.validate(item) == {}, item
    kinds = Counter(i.kind for i in items)
    assert set(kinds) == {"farmer", "individual", "business"}
    surnames = Counter(i.name[0] for i in items)
    assert surnames.most_common(3)[0][1] > 15  # common surnames dominate, as in life
    assert all(1 <= len(i.name) - (2 if i.name[:2] in ("欧阳", "司马", "诸葛", "上官") else 1) <= 2 for i in items)
    ages = [parse_id_number(i.id_number).age_on(cs.china_today()) for i in items]
    assert min(ages) >= 18 and max(ages) <= 70


def test_fill_refuses_a_real_database(db) -> None:
    with pytest.raises(ServiceError, match="不是演示数据库"):
        demo_data.fill(db, 10)
    with db.read() as s:
        assert s.scalar(select(func.count()).select_from(Customer)) == 0


def test_fill_in_process_builds_consistent_rows_and_index(db, actors) -> None:
    stats = demo_data.fill(db, 300, seed=3, force=True, in_process=True)
    assert stats.customers == 300 and stats.first_no == "330100000001" and stats.last_no == "330100000300"
    with db.read() as s:
        assert s.scalar(select(func.count()).select_from(Customer)) == 300
        assert s.scalar(select(func.count()).select_from(CustomerProfile)) == 300
        assert s.scalar(select(func.count()).select_from(CustomerContact)) > 100
        assert s.scalar(select(func.count()).select_from(CustomerConsent)) > 300
        assert search_store.check_index(s) == []
        bad_rev = s.execute(text("SELECT count(*) FROM customers WHERE id_rev != "
                                 + "||".join(f"substr(id_number,{i},1)" for i in range(18, 0, -1)))).scalar_one()
        assert bad_rev == 0
        row = s.execute(select(Customer.id, Customer.name, Customer.id_number).where(Customer.sn == 123)).one()
        found = cs.search_customers(s, actors["clerk"], row.id_number[-4:])
        assert row.id in [r.id for r in found.rows]
    # customer numbers continue where the fill stopped
    with db.write() as s:
        view = cs.create_customer(s, actors["clerk"], next(iter(demo_data.generate_customers(1, seed=77))))
    assert view.customer_no == "330100000301"


def test_a_big_load_indexes_with_a_big_fts_hash_and_sets_it_back(db, actors, monkeypatch) -> None:
    """The 'hashsize' option is stored in the FTS table: a big load raises it for its own INSERT
    and must leave the default behind, or every later save would hold a 256 MB term hash."""
    monkeypatch.setattr(search_store, "BIG_FTS_LOAD_ROWS", 100)
    seen: list[str] = []
    original = search_store.bulk_load

    def spy(conn, **kw):  # what hashsize the FTS insert ran with
        with original(conn, **kw) as before:
            yield before
        seen.append(str(conn.execute(text("SELECT v FROM customer_fts_config WHERE k = 'hashsize'")).scalar()))

    monkeypatch.setattr(search_store, "bulk_load", contextlib.contextmanager(spy))
    demo_data.fill(db, 300, seed=5, force=True, in_process=True)
    assert seen == [str(search_store.FTS_HASH_DEFAULT)]
    with db.read() as s:
        assert search_store.check_index(s) == []
        row = s.execute(select(Customer.id, Customer.mobile).where(Customer.sn == 77)).one()
        assert row.id in [r.id for r in cs.search_customers(s, actors["clerk"], row.mobile[-5:]).rows]


def test_fill_in_a_worker_process_then_more_in_process(db) -> None:
    seen = []
    stats = demo_data.fill(db, 2500, seed=5, force=True, in_process=False, chunk_size=1000,
                           progress=lambda done, total: seen.append(done))
    assert seen == [1000, 2000, 2500] and set(stats.phases) >= {"generate", "insert", "index", "commit"}
    demo_data.fill(db, 100, seed=6, force=True, in_process=True)  # small load on top: indexes kept
    with db.read() as s:
        assert s.scalar(select(func.count()).select_from(Customer)) == 2600
        assert search_store.check_index(s) == []
        assert s.execute(text("PRAGMA integrity_check")).scalar_one() == "ok"


def test_cancelled_fill_leaves_nothing(db) -> None:
    with pytest.raises(ServiceError, match="已取消"):
        demo_data.fill(db, 3000, seed=5, force=True, in_process=True, chunk_size=1000,
                       progress=lambda done, total: done < 2000)
    with db.read() as s:
        assert s.scalar(select(func.count()).select_from(Customer)) == 0
        names = {r[0] for r in s.execute(text("SELECT name FROM sqlite_schema WHERE type IN ('index', 'trigger')"))}
    assert {"customers_fts_ai", "uq_customers_id_number", "ix_customers_name_sn"} <= names


def test_cli_refuses_real_database_unless_forced(db, capsys) -> None:
    folder = str(db.data.root)
    db.close()
    assert main(["demo-data", "--customers", "20", "--data-dir", folder]) == 1
    assert "正式数据库" in capsys.readouterr().err
    assert main(["demo-data", "--customers", "20", "--data-dir", folder, "--force-non-demo"]) == 0
    captured = capsys.readouterr()
    assert "警告" in captured.err and "已生成 20 位演示客户" in captured.out
