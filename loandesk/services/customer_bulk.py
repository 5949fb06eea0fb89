"""Bulk creation of customers (the import path): check each row once, keep it compact, insert fast.

Why a module of its own: an import checks every row in the preview and writes the same rows a
moment later. Checking them twice cost a third of the import, and holding 100,000 checked rows as
Python objects would cost hundreds of MB. So the preview keeps each accepted row as its cleaned,
database-ready values (``CleanRow``), marshalled and zlib-compressed in blocks of 1,000
(``PreparedRows``, ~100 bytes a row), and the commit only re-checks what can change in between:
the day (card validity depends on it), ID numbers registered meanwhile, the assigned clerks.

Rows go in with executemany in blocks; the search index is built for the new rows in one
statement (store.search.bulk_load); one audit record covers the batch and each customer gets its
outbox entry, all in the caller's ONE write transaction.
"""

from __future__ import annotations

import json
import marshal
import zlib
from array import array
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sqlalchemy.orm import Session

from loandesk.services import audit
from loandesk.services.context import Actor, ServiceError, require
from loandesk.services.customers import (
    _CONSENT_COLS,
    _CONTACT_COLS,
    _CUSTOMER_COLS,
    _DERIVED,
    _PROFILE_COLS,
    BulkResult,
    CheckResult,
    CustomerInput,
    DuplicateCustomer,
    _check,
    _check_clerk,
    _Clean,
    _db_value,
    current_role,
    existing_by_id_number,
    insert_sql,
    reserve_numbers,
)
from loandesk.store import search as search_store
from loandesk.store.models.base import new_uuid, utcnow
from loandesk.store.models.customers import search_columns

BLOCK = 1000  # rows per compressed block / per executemany batch of the prepared path
# page cache for the writing connection while a batch goes in (restored after): 16 indexes grow
# at random places, and with SQLite's default 2 MB a 100,000-row import ran ~35% slower
BULK_CACHE_KIB = 128 * 1024

# (core, profile, contacts, consents, assigned clerk id or "") with database values (ISO dates)
CleanRow = tuple[dict[str, Any], dict[str, Any], list[dict[str, Any]], list[dict[str, Any]], str]


def check_row(item: CustomerInput, today: date) -> tuple[_Clean, CheckResult]:
    """The intake check of one new customer (as ``customers.check``) plus its cleaned values."""
    return _check(item, today=today, consents_on_record=(), intake=True)


def clean_row(clean: _Clean, assigned_clerk_id: str | None) -> CleanRow:
    """A checked row as plain database values (marshal-able: str, int, None, dict, list)."""
    def plain(d: dict[str, Any]) -> dict[str, Any]:
        return {k: _db_value(v) for k, v in d.items()}

    return (plain(clean.core), plain(clean.profile), [plain(c) for c in clean.contacts],
            [plain(c) for c in clean.consents], assigned_clerk_id or "")


@dataclass(frozen=True)
class PreparedRows:
    """Checked rows of one preview: ``blocks`` of marshalled (row index, CleanRow) pairs."""

    checked_on: date  # the China business day the rows were checked against
    blocks: tuple[bytes, ...]
    indexes: array = field(repr=False)  # row index of each prepared row, in order

    def rows(self) -> Iterator[tuple[int, CleanRow]]:
        for block in self.blocks:
            yield from marshal.loads(zlib.decompress(block))


class Preparer:
    """Collects (row index, CleanRow) pairs into compressed blocks while a preview runs."""

    def __init__(self, checked_on: date) -> None:
        self.checked_on = checked_on
        self._blocks: list[bytes] = []
        self._pending: list[tuple[int, CleanRow]] = []
        self._indexes = array("I")

    def add(self, index: int, row: CleanRow) -> None:
        self._pending.append((index, row))
        self._indexes.append(index)
        if len(self._pending) >= BLOCK:
            self._flush()

    def _flush(self) -> None:
        if self._pending:
            self._blocks.append(zlib.compress(marshal.dumps(self._pending), 1))
            self._pending = []

    def finish(self) -> PreparedRows:
        self._flush()
        return PreparedRows(self.checked_on, tuple(self._blocks), self._indexes)


def insert_clean_rows(session: Session, actor: Actor, rows: Iterable[CleanRow], count: int, *,
                      source: str = "", progress: Callable[[int], bool | None] | None = None) -> BulkResult:
    """Insert ``count`` already-checked rows in the caller's write transaction (customer.import).

    Re-checks what may have changed since the rows were checked: an ID number registered
    meanwhile (DuplicateCustomer) or twice in the batch (ServiceError), a clerk disabled. Any
    failure or a cancel (``progress(n)`` returning False) raises and the caller rolls back.
    """
    require(session, actor, "customer.import", entity_type="customer")
    if count <= 0:
        return BulkResult((), "", "")
    role = current_role(session, actor)
    first, branch = reserve_numbers(session, count)
    now_db = _db_value(utcnow())
    user = actor.user_id or None
    default_clerk = actor.user_id if role == "clerk" else None
    dbapi = session.connection().connection.driver_connection
    assert dbapi is not None
    sql = (insert_sql("customers", _CUSTOMER_COLS), insert_sql("customer_profiles", _PROFILE_COLS),
           insert_sql("customer_contacts", _CONTACT_COLS), insert_sql("customer_consents", _CONSENT_COLS),
           "INSERT INTO sync_outbox (change_id, created_at, entity_type, entity_id, op, payload) "
           "VALUES (?, ?, ?, ?, ?, ?)")
    outbox_cols = [c for c in _CUSTOMER_COLS if c not in _DERIVED]
    created: list[tuple[str, str]] = []
    seen_ids: set[str] = set()
    clerks: set[str] = set()
    compact = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"), default=str).encode
    block_ids: list[str] = []

    def flush() -> None:
        # registered meanwhile? Checked per block before it is written (our own earlier blocks
        # cannot match: an ID twice in the batch is refused above).
        existing = existing_by_id_number(session, actor, block_ids)
        if existing:
            cid_existing, no_existing = next(iter(existing.values()))
            raise DuplicateCustomer(cid_existing, no_existing)
        block_ids.clear()
        _write(cur, sql, batch)

    old_cache = dbapi.execute("PRAGMA cache_size").fetchone()[0]
    dbapi.execute(f"PRAGMA cache_size = -{BULK_CACHE_KIB}")
    try:
        with search_store.bulk_load(session.connection()):
            cur = dbapi.cursor()
            batch: tuple[list[tuple], ...] = ([], [], [], [], [])
            for core, profile, contacts, consents, clerk in rows:
                k = len(created)
                if k >= count:
                    raise ServiceError("导入数据与预览不一致，未导入任何数据。请重新预览后再导入。")
                sn = first + k
                cid = new_uuid()
                number = f"{branch}{sn:08d}"
                idn = core["id_number"]
                if idn in seen_ids:
                    raise ServiceError(f"身份证号 {idn[:6]}…在本批中出现两次，未导入任何数据。")
                seen_ids.add(idn)
                block_ids.append(idn)
                if clerk:
                    clerks.add(clerk)
                notes = core.pop("notes", "")
                pinyin, initials = search_store.name_keys(core["name"])
                latest: dict[str, str] = {}
                for consent in consents:
                    kind, signed = consent["kind"], consent["signed_on"]
                    latest[kind] = max(signed, latest.get(kind, signed))
                    row = {**consent, "id": new_uuid(), "customer_id": cid, "recorded_at": now_db,
                           "recorded_by": user, "revoked_at": None}
                    batch[3].append(tuple(row.get(col) for col in _CONSENT_COLS))
                values = {**core, "id": cid, "sn": sn, "customer_no": number, "name_pinyin": pinyin,
                          "name_initials": initials, "status": "active", "assigned_clerk_id": clerk or default_clerk,
                          "pi_consent_on": latest.get("pi_sensitive"), "credit_consent_on": latest.get("credit_query"),
                          "created_at": now_db, "created_by": user, "updated_at": now_db, "updated_by": user,
                          "archived_at": None, "archived_by": None, "archive_reason": "", "version": 1,
                          **search_columns(core["name"], idn, core.get("mobile"))}
                batch[0].append(tuple(values.get(col) for col in _CUSTOMER_COLS))
                prof = {**profile, "customer_id": cid, "notes": notes}
                prof_row = tuple(prof.get(col) for col in _PROFILE_COLS)
                batch[1].append(prof_row)
                for ct in contacts:
                    row = {**ct, "id": new_uuid(), "customer_id": cid}
                    batch[2].append(tuple(row.get(col) for col in _CONTACT_COLS))
                payload = {c: values.get(c) for c in outbox_cols}
                payload["profile"] = dict(zip(_PROFILE_COLS, prof_row, strict=True))
                batch[4].append((new_uuid(), now_db, "customer", cid, "upsert", compact(payload)))
                created.append((cid, number))
                if len(batch[0]) >= BLOCK:
                    flush()
                    if progress is not None and progress(len(created)) is False:
                        raise ServiceError("已取消导入，未保存任何数据。")
            flush()
            if len(created) != count:
                raise ServiceError("导入数据与预览不一致，未导入任何数据。请重新预览后再导入。")
            for clerk in clerks:
                _check_clerk(session, clerk)
            cur.close()
    finally:
        dbapi.execute(f"PRAGMA cache_size = {int(old_cache)}")
    audit.record(session, actor, "customer.bulk_created", entity_type="customer",
                 summary={"count": len(created), "first_no": created[0][1], "last_no": created[-1][1],
                          "source": source[:200]})
    return BulkResult(tuple(created), created[0][1], created[-1][1])


def _write(cur: Any, sql: tuple[str, ...], batch: tuple[list[tuple], ...]) -> None:
    for statement, rows in zip(sql, batch, strict=True):
        if rows:
            cur.executemany(statement, rows)
            rows.clear()
