"""The one search box: each key, short queries, ranking, filters, sorting, paging, hostile queries."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest
from sqlalchemy import update

from loandesk.services import customers as cs
from loandesk.store import search as search_store
from loandesk.store.models.customers import Customer
from tests.services._fixtures_customers import make_id, make_uscc, person

PEOPLE = [  # name, birth, seq, mobile, extra
    ("张三", "19800101", 101, "13800000001", {}),
    ("张三丰", "19810202", 103, "13912345678", {}),
    ("李张三", "19820303", 105, "13700001234", {}),
    ("欧阳娜娜", "19900404", 202, "15000000042", {}),
    ("曾国强", "19750505", 107, "18600005678", {}),
    ("王五", "19491231", 2, "13600000000", {}),  # ID ends in X
    ("赵六", "19700707", 111, "13512340000", {"kind": "business", "business_name": "城关张三丰农资店",
                                             "uscc": make_uscc()}),
]


@pytest.fixture
def people(db, actors):
    items = [person(n, birth=b, seq=q, mobile=m, **x) for n, b, q, m, x in PEOPLE]
    with db.write() as s:
        result = cs.create_customers_bulk(s, actors["clerk"], items)
    return {name: cid for (name, *_), (cid, _no) in zip(PEOPLE, result.created, strict=True)}


def find(db, actor, q, **kw):
    with db.read() as s:
        return cs.search_customers(s, actor, q, **kw)


def names(db, actor, q, **kw):
    return [r.name for r in find(db, actor, q, **kw).rows]


def test_query_normalisation() -> None:
    assert search_store.normalize_query("  ＺＳＦ\u200b\x00 ") == "ZSF"
    assert len(search_store.normalize_query("张" * 10_000)) == search_store.MAX_QUERY_LEN
    assert [t.code for t in search_store.plan("138 1234 5678")][:2] == ["mobile", "customer_no"]
    assert search_store.plan("zhang san")[0].code == "initials"
    assert search_store.plan(make_uscc())[0].code == "uscc"
    assert search_store.plan("张三")[0].code == "name"
    assert search_store.plan("") == []


def test_each_key_finds_the_customer(db, actors, people) -> None:
    clerk = actors["clerk"]
    assert names(db, clerk, "张三丰")[0] == "张三丰"
    assert names(db, clerk, "zsf") == ["张三丰"]
    assert names(db, clerk, "zhangsanfeng") == ["张三丰"]
    assert names(db, clerk, "ZhangSan")[:2] == ["张三", "张三丰"]
    assert names(db, clerk, "zgq") == ["曾国强"]  # surname reading zeng, not ceng
    assert names(db, clerk, "oynn") == ["欧阳娜娜"]
    assert names(db, clerk, make_id("19810202", 103)) == ["张三丰"]
    assert names(db, clerk, make_id("19810202", 103)[-6:]) == ["张三丰"]
    assert names(db, clerk, "002x") == ["王五"] and names(db, clerk, "002X") == ["王五"]
    assert names(db, clerk, "19750505") == ["曾国强"]  # any part of the ID number
    assert set(names(db, clerk, "5678")[:2]) == {"张三丰", "曾国强"}  # phone tails
    assert names(db, clerk, "1391234") == ["张三丰"]  # phone prefix
    assert names(db, clerk, "330100000004") == ["欧阳娜娜"]  # customer no
    assert names(db, clerk, "娜娜") == ["欧阳娜娜"]  # given name (name suffix)
    assert names(db, clerk, "农资店") == ["赵六"]  # business name substring
    assert [r.matched for r in find(db, clerk, "13800000001").rows] == ["mobile"]


def test_one_and_two_character_queries(db, actors, people) -> None:
    clerk = actors["clerk"]
    assert names(db, clerk, "张")[:2] == ["张三", "张三丰"] and "李张三" not in names(db, clerk, "张")[:2]
    assert names(db, clerk, "zs")[:2] == ["张三", "张三丰"]
    assert set(names(db, clerk, "z")) >= {"张三", "张三丰", "曾国强", "赵六"}
    assert names(db, clerk, "13")  # tails and prefixes
    assert names(db, clerk, "42")[0] == "欧阳娜娜"  # mobile ends in 42
    # names ending in 三, then 赵六 whose business name 城关张三丰农资店 has 三 inside
    assert names(db, clerk, "三") == ["张三", "李张三", "赵六"]


def test_exact_matches_rank_first(db, actors, people) -> None:
    clerk = actors["clerk"]
    page = find(db, clerk, "张三")
    assert [r.name for r in page.rows] == ["张三", "张三丰", "李张三", "赵六"]  # 赵六: 城关张三丰农资店
    assert [r.matched for r in page.rows] == ["name", "name_prefix", "name_suffix", "business_name_inside"]
    page = find(db, clerk, "张三丰")
    assert [(r.name, r.matched) for r in page.rows] == [("张三丰", "name"), ("赵六", "substring")]
    assert page.rows[1].matched_label == "包含"
    # a digit query: tails before prefixes before substrings
    codes = [r.matched for r in find(db, clerk, "0000").rows]
    assert codes == sorted(codes, key=["id_tail", "mobile_tail", "customer_no_prefix", "mobile_prefix",
                                       "id_prefix", "substring"].index)


def test_substring_needs_the_whole_query_not_just_its_trigrams(db, actors, people) -> None:
    """detail=none FTS only knows which trigrams a row has; instr() must confirm the substring."""
    from itertools import product

    from sqlalchemy import text

    with db.read() as s:
        keys = [r[0] for r in s.execute(text("SELECT search_keys FROM customer_search_keys"))]
        q = next(a + b + c + d for a, b, c, d in product("0123456789", repeat=4)
                 if not any(a + b + c + d in k for k in keys)
                 and any(a + b + c in k and b + c + d in k for k in keys))
        candidates = s.execute(text("SELECT rowid FROM customer_fts WHERE customer_fts MATCH :m"),
                               {"m": f'"{q[:3]}" "{q[1:]}"'}).all()
    assert candidates  # the trigram index alone would have matched
    assert [r.matched for r in find(db, actors["clerk"], q).rows if r.matched == "substring"] == []


def test_rows_are_masked_and_flag_missing_consent(db, actors, people) -> None:
    row = find(db, actors["clerk"], "张三丰").rows[0]
    assert row.id_number.count("*") == 16 and row.mobile == "139****5678"
    assert row.missing_consents == ("pi_sensitive", "credit_query")
    assert row.assigned_clerk_name == "张客户经理" and row.kind_label == "农户"


@pytest.mark.parametrize("q", ["'", '"', "%", "_", "\\", "*", "NEAR(a b)", "a AND OR NOT", '"张三', "张三\"",
                               "'; DROP TABLE customers;--", "x" * 10_000, "\x00", "😀", "𠮷", "\u202e"])
def test_hostile_queries_never_crash(db, actors, people, q) -> None:
    page = find(db, actors["clerk"], q)
    assert isinstance(page.rows, tuple)
    with db.read() as s:
        assert cs.count_customers(s, actors["clerk"], q) >= len(page.rows)
        assert search_store.check_index(s) == []


def test_filters(db, actors, people) -> None:
    clerk = actors["clerk"]
    with db.write() as s:
        s.execute(update(Customer).where(Customer.id == people["王五"]).values(
            status="archived", assigned_clerk_id=actors["clerk2"].user_id,
            created_at=datetime(2025, 3, 1, 16, 30, tzinfo=UTC)))  # 2025-03-02 00:30 China time
    assert names(db, clerk, "王五", filters=cs.Filters(status="archived")) == ["王五"]
    assert names(db, clerk, "王五", filters=cs.Filters(status="active")) == []
    assert names(db, clerk, "", filters=cs.Filters(status="archived")) == ["王五"]
    assert names(db, clerk, "", filters=cs.Filters(assigned_clerk_id=actors["clerk2"].user_id)) == ["王五"]
    on_day = cs.Filters(created_from=date(2025, 3, 2), created_to=date(2025, 3, 2))
    assert names(db, clerk, "", filters=on_day) == ["王五"]
    assert names(db, clerk, "", filters=cs.Filters(created_to=date(2025, 3, 1))) == []
    assert names(db, clerk, "赵", filters=cs.Filters(kind="business")) == ["赵六"]
    today = cs.china_today()
    assert len(names(db, clerk, "", filters=cs.Filters(created_from=today - timedelta(days=1)))) == 6
    with db.read() as s, pytest.raises(cs.ServiceError):
        cs.search_customers(s, clerk, "", filters=cs.Filters(created_from=date(2025, 2, 1),
                                                             created_to=date(2025, 1, 1)))


def test_sorting(db, actors, people) -> None:
    clerk = actors["clerk"]
    assert names(db, clerk, "", sort="name")[:3] == ["李张三", "欧阳娜娜", "王五"]
    assert names(db, clerk, "", sort="customer_no")[0] == "张三"
    assert names(db, clerk, "", sort="customer_no_desc")[0] == "赵六"
    assert names(db, clerk, "三") == ["张三", "李张三", "赵六"]
    assert names(db, clerk, "三", sort="name") == ["李张三", "张三", "赵六"]
    with db.read() as s, pytest.raises(cs.ServiceError):
        cs.search_customers(s, clerk, "", sort="salary")


def test_paging_covers_everything_once(db, actors) -> None:
    from loandesk.services.demo_data import generate_customers

    with db.write() as s:
        cs.create_customers_bulk(s, actors["clerk"], list(generate_customers(180, seed=21)))
    clerk = actors["clerk"]
    for q in ("", "z", "1", "13", "l"):
        seen, offset = [], 0
        while True:
            page = find(db, clerk, q, offset=offset, limit=17)
            seen.extend(r.id for r in page.rows)
            if not page.has_more:
                break
            offset = page.next_offset
        assert len(seen) == len(set(seen)), q
        with db.read() as s:
            assert len(seen) == cs.count_customers(s, clerk, q), q
            assert cs.count_customers(s, clerk, q, cap=5) == min(5, len(seen))
        # the same ranking whether fetched in one page or many
        assert [r.id for r in find(db, clerk, q, limit=200).rows] == seen[:200], q


def test_a_complete_identifier_that_matches_exactly_ends_the_search(db, actors, people) -> None:
    clerk = actors["clerk"]
    # 张三's ID number 110105 19800101 101x contains the mobile number below
    with db.write() as s:
        cs.create_customer(s, clerk, person("孙七", birth="19880808", seq=121, mobile="19800101101"))
    page = find(db, clerk, "19800101101")
    assert [(r.name, r.matched) for r in page.rows] == [("孙七", "mobile")] and not page.has_more
    with db.read() as s:
        assert cs.count_customers(s, clerk, "19800101101") == 1
    assert set(names(db, clerk, "1980010110")) == {"张三", "孙七"}  # not complete: every match
    assert names(db, clerk, make_id("19800101", 101)) == ["张三"]
