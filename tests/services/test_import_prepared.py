"""The import writes the rows its preview checked (no second check) — and still re-checks what
can change between preview and commit: the day, customers registered meanwhile, the clerks."""

from __future__ import annotations

import dataclasses
from datetime import date, timedelta

import pytest
from sqlalchemy import select

from loandesk.services import customer_io as cio
from loandesk.services.context import ServiceError
from loandesk.services.customers import china_today
from loandesk.store.database import DataDir
from loandesk.store.models.audit import OutboxEntry
from loandesk.store.models.auth import User
from loandesk.store.models.customers import Customer, CustomerProfile
from tests.conftest import make_db
from tests.services._fixtures_documents import valid_id
from tests.services.test_import_export import HEADER, customer_count, good_rows, to_csv

SKIP = {"id", "sn", "customer_no", "customer_id", "assigned_clerk_id", "created_at", "created_by", "updated_at",
        "updated_by"}


def _stored(db) -> list[dict]:
    with db.read() as s:
        out = []
        for c in s.scalars(select(Customer).order_by(Customer.sn)):
            p = s.get(CustomerProfile, c.id)
            row = {k: v for k, v in vars(c).items() if not k.startswith("_") and k not in SKIP}
            row.update({f"p.{k}": v for k, v in vars(p).items() if not k.startswith("_") and k not in SKIP})
            out.append(row)
        return out


def test_prepared_rows_store_exactly_what_a_full_check_stores(db, actors, tmp_path):
    clerk = actors["clerk"]
    data = to_csv(good_rows())
    with db.read() as s:
        p = cio.preview_import(s, clerk, "a.csv", data)
    assert p.prepared is not None and list(p.prepared.indexes) == [0, 1]
    with db.write() as s:
        cio.commit_import(s, clerk, p)
    other = make_db(DataDir(tmp_path / "other"))
    try:
        with other.read() as s:
            from loandesk.services import auth
            clerk2 = auth.actor_for(s.scalars(select(User).where(User.username == "clerk")).one())
            p2 = cio.preview_import(s, clerk2, "a.csv", data)
        with other.write() as s:  # the old path: every row checked again from the raw cells
            cio.commit_import(s, clerk2, dataclasses.replace(p2, prepared=None))
        assert _stored(db) == _stored(other)
        assert _stored(db)[1]["p.monthly_income_fen"] == 5_000_000  # "5万" yuan
    finally:
        other.close()
    with db.read() as s:  # one outbox entry per customer, compact JSON with the profile
        payloads = [o.payload for o in s.scalars(select(OutboxEntry).where(OutboxEntry.entity_type == "customer"))]
    assert len(payloads) == 2 and all('"profile":{' in x and ", " not in x[:200] for x in payloads)


def test_commit_on_a_later_day_checks_every_row_again(db, actors):
    clerk = actors["clerk"]
    today = china_today()
    expires = today + timedelta(days=1)
    rows = [["农户", "钱七", valid_id("330106", "19700101", "555"), "2010-01-01", expires.isoformat(),
             "13800000007", "", "", ""]]
    with db.read() as s:
        p = cio.preview_import(s, clerk, "a.csv", to_csv(rows), today=today)
    assert p.error_count == 0
    with pytest.raises(ServiceError, match="过期.*重新预览"), db.write() as s:
        cio.commit_import(s, clerk, p, today=today + timedelta(days=2))
    assert customer_count(db) == 0
    with db.write() as s:  # the same day: written
        assert cio.commit_import(s, clerk, p, today=today).created == 1


def test_clerk_disabled_between_preview_and_commit(db, actors):
    admin, clerk = actors["admin"], actors["clerk"]
    rows = [[*r, "clerk2"] for r in good_rows()]
    with db.read() as s:
        p = cio.preview_import(s, clerk, "a.csv", to_csv(rows, header=[*HEADER, "客户经理"]))
    assert p.error_count == 0
    from loandesk.services import auth
    with db.write() as s:
        auth.update_user(s, admin, actors["clerk2"].user_id, active=False)
    with pytest.raises(ServiceError, match="客户经理"), db.write() as s:
        cio.commit_import(s, clerk, p)
    assert customer_count(db) == 0


def test_prepared_rows_are_compact(db, actors):
    rows = []
    for i in range(3000):
        idn = valid_id("330106", f"19{60 + i % 30}0{1 + i % 9}1{i % 9}", f"{i % 1000:03d}")
        rows.append(["农户", f"测试{i}", idn, "2015-05-01", "长期", f"138{i:08d}", "330106", "3000", ""])
    with db.read() as s:
        p = cio.preview_import(s, actors["clerk"], "many.csv", to_csv(rows))
    assert p.error_count == 0 and len(p.prepared.indexes) == 3000
    size = sum(len(b) for b in p.prepared.blocks)
    assert size < 3000 * 200, size  # well under the raw file per row once compressed
    assert date.fromisoformat(p.prepared.checked_on.isoformat()) == p.prepared.checked_on
