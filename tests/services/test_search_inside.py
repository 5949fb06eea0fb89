"""One or two Chinese characters inside a business name or a long personal name (五金 in 王五五金店)."""

from __future__ import annotations

import pytest
from sqlalchemy import text

from loandesk.services import customers as cs
from loandesk.store import search as search_store
from tests.services._fixtures_customers import make_uscc, person

PEOPLE = [  # name, birth, seq, mobile, extra
    ("王五", "19800101", 101, "13800000001", {"kind": "business", "business_name": "王五五金店",
                                             "uscc": make_uscc("92330100MA2ABCDE1")}),
    ("李四", "19810202", 103, "13800000002", {"kind": "business", "business_name": "五金批发部",
                                             "uscc": make_uscc("92330100MA2ABCDF1")}),
    ("欧阳娜娜", "19820303", 105, "13800000003", {}),
    ("张三丰", "19830404", 107, "13800000004", {}),
    ("赵六", "19840505", 109, "13800000005", {"kind": "business", "business_name": "城关农资店",
                                             "uscc": make_uscc("92330100MA2ABCDG1")}),
]


@pytest.fixture(params=["trigrams", "scan"])
def people(request, db, actors, monkeypatch):
    """Every test runs both ways: through the trigram vocabulary, and through the fallback scan of
    the partial indexes (taken when a character starts too many trigrams)."""
    if request.param == "scan":
        monkeypatch.setattr(search_store, "_MAX_TERMS", 0)
    items = [person(n, birth=b, seq=q, mobile=m, **x) for n, b, q, m, x in PEOPLE]
    with db.write() as s:
        result = cs.create_customers_bulk(s, actors["clerk"], items)
    return {name: cid for (name, *_), (cid, _no) in zip(PEOPLE, result.created, strict=True)}


def rows(db, actor, q, **kw):
    with db.read() as s:
        return cs.search_customers(s, actor, q, **kw).rows


def test_two_characters_inside_a_business_name(db, actors, people) -> None:
    found = rows(db, actors["clerk"], "五金")
    assert [r.name for r in found] == ["李四", "王五"]  # the prefix match first, then the one inside
    assert [r.matched for r in found] == ["business_name_prefix", "business_name_inside"]
    assert found[1].matched_label == "字号包含"
    assert [r.name for r in rows(db, actors["clerk"], "农资")] == ["赵六"]
    assert [r.name for r in rows(db, actors["clerk"], "资")] == ["赵六"]  # one character too
    assert rows(db, actors["clerk"], "龘龘") == ()


def test_characters_inside_a_long_personal_name(db, actors, people) -> None:
    found = rows(db, actors["clerk"], "阳娜")
    assert [(r.name, r.matched, r.matched_label) for r in found] == [("欧阳娜娜", "name_inside", "姓名包含")]
    assert [r.name for r in rows(db, actors["clerk"], "娜娜")] == ["欧阳娜娜"]  # still the suffix tier
    assert rows(db, actors["clerk"], "娜娜")[0].matched == "name_suffix"


def test_inside_tier_respects_filters_sorting_and_counting(db, actors, people) -> None:
    clerk = actors["clerk"]
    with db.write() as s:
        cs.archive_customer(s, actors["approver"], people["王五"], reason="测试归档")
    assert [r.name for r in rows(db, clerk, "五金", filters=cs.Filters(status="active"))] == ["李四"]
    assert [r.name for r in rows(db, clerk, "五金", filters=cs.Filters(status="archived"))] == ["王五"]
    assert {r.name for r in rows(db, clerk, "五金", sort="customer_no")} == {"王五", "李四"}
    with db.read() as s:
        assert cs.count_customers(s, clerk, "五金") == 2
        assert cs.count_customers(s, clerk, "五金", cap=1) == 1


def test_inside_tiers_only_for_short_chinese_queries() -> None:
    codes = [t.code for t in search_store.plan("五金")]
    assert codes[-2:] == ["name_inside", "business_name_inside"]
    assert "business_name_inside" not in [t.code for t in search_store.plan("五金店")]  # trigrams do that
    assert "business_name_inside" not in [t.code for t in search_store.plan("wj")]
    assert "business_name_inside" not in [t.code for t in search_store.plan("A五")]


def test_inside_tiers_use_the_trigram_vocabulary(db, actors) -> None:
    with db.write() as s:
        cs.create_customers_bulk(s, actors["clerk"], [person(n, birth=b, seq=q, mobile=m, **x)
                                                      for n, b, q, m, x in PEOPLE])
    with db.read() as s:
        inside = [t for t in search_store.plan("五金") if t.expand is not None]
        resolved = [search_store._resolve(s, t) for t in inside]
        assert resolved[0] is inside[0] or "ix_customers_long_name_sn" in resolved[0].sql  # long names: scanned
        assert "customer_fts MATCH" in resolved[1].sql  # business names: through the trigrams
        assert resolved[1].params["m"] == '"五金店" OR "五金批"'  # 王五五金店, 五金批发部
        # nothing holds the query: no trigram starts with it, the tiers are dropped without a scan
        assert [search_store._resolve(s, t) for t in search_store.plan("龘龘") if t.expand] == [None, None]


def test_inside_tiers_scan_only_their_partial_indexes(db, people) -> None:
    """The bound on the cost: each scan reads a partial index (rows with a business name / a long
    name), never the table or a full index."""
    with db.read() as s:
        for tier in search_store.plan("五金"):
            if not tier.code.endswith("_inside"):
                continue
            plan = s.execute(text("EXPLAIN QUERY PLAN " + tier.sql), {**tier.params, "n": 51}).all()
            detail = " ".join(str(r[-1]) for r in plan)
            assert "COVERING INDEX ix_customers_long_name_sn" in detail or \
                "COVERING INDEX ix_customers_business_name_sn" in detail, detail
            assert "TEMP B-TREE" not in detail, detail  # the index order is the result order: no sort
