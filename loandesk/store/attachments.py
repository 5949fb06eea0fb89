"""The encrypted blob store: scans and PDFs in their own SQLCipher file (`attachments.db`).

Why a second file: gigabytes of scans in the core database would make every integrity check
and backup of the customer data slow (reliability-notes §3, E12). Same key as the core database,
so nothing new to escrow.

Why no single transaction with the core database: SQLite does not make a commit across two WAL
databases atomic, and an ATTACH inside our pooled engine would need a key per connection.
Instead the order is fixed: the blob is committed *first*, then the metadata row in the core
transaction. A core rollback deletes the blob again (services hook the session's rollback); a
crash in between leaves only an unreferenced, encrypted blob that `sweep()` removes later. A
metadata row therefore never points at a missing blob.

Everything stays in memory: blobs go in and out as `bytes`; nothing is written to a temp file.
"""

from __future__ import annotations

import hashlib
import weakref
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import (
    Column,
    DateTime,
    Engine,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Table,
    delete,
    func,
    select,
)
from sqlalchemy.exc import DBAPIError

from loandesk.store.errors import StorageError, translate_db_error
from loandesk.store.models.base import new_uuid, utcnow

SCHEMA_VERSION = "1"

_meta = MetaData()

blobs = Table(
    "blobs",
    _meta,
    Column("id", String(36), primary_key=True),
    Column("sha256", String(64), nullable=False, index=True),
    Column("size", Integer, nullable=False),
    Column("mime", String(50), nullable=False),
    Column("data", LargeBinary, nullable=False),
    Column("thumb", LargeBinary, nullable=True),
    Column("created_at", DateTime, nullable=False),  # naive UTC, like the core models
)

blob_meta = Table(
    "blob_meta",
    _meta,
    Column("key", String(40), primary_key=True),
    Column("value", String(200), nullable=False),
)


class BlobMissing(StorageError):
    def __init__(self, blob_id: str) -> None:
        super().__init__("影像文件在附件库中找不到（附件库可能不完整）。请从备份恢复附件库，或重新上传该资料。",
                         detail=f"blob {blob_id} missing")
        self.blob_id = blob_id


class BlobCorrupt(StorageError):
    def __init__(self, blob_id: str) -> None:
        super().__init__("影像文件校验失败（内容与登记的校验值不符）。请从备份恢复附件库，或重新上传该资料。",
                         detail=f"blob {blob_id} sha256 mismatch")
        self.blob_id = blob_id


@dataclass(frozen=True)
class BlobRef:
    id: str
    sha256: str
    size: int


_ready: weakref.WeakKeyDictionary[Engine, bool] = weakref.WeakKeyDictionary()


class BlobStore:
    """Put/get/delete encrypted blobs. Cheap to construct; tables are created on first use."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self._writer = engine.execution_options(write=True)

    @classmethod
    def of(cls, db: object) -> BlobStore:
        """The store of an open `Database` (anything with an ``attachments_engine``)."""
        return cls(db.attachments_engine)  # type: ignore[attr-defined]

    # --- schema ----------------------------------------------------------------------------

    def ensure_schema(self) -> None:
        """Idempotent: CREATE IF NOT EXISTS, then record the store's own schema version."""
        if _ready.get(self.engine):
            return
        try:
            with self._writer.begin() as conn:
                _meta.create_all(conn, checkfirst=True)
                row = conn.execute(select(blob_meta.c.value).where(blob_meta.c.key == "schema")).first()
                if row is None:
                    conn.execute(blob_meta.insert().values(key="schema", value=SCHEMA_VERSION))
                elif row[0] != SCHEMA_VERSION:
                    raise StorageError("附件库的版本比本程序新，请升级 LoanDesk 后再打开。",
                                       detail=f"blob schema {row[0]}")
        except DBAPIError as exc:
            raise _mapped(exc) from exc
        _ready[self.engine] = True

    # --- writing ---------------------------------------------------------------------------

    def put(self, data: bytes, mime: str, thumb: bytes | None = None) -> BlobRef:
        """Store one blob in its own committed transaction and return its reference."""
        self.ensure_schema()
        ref = BlobRef(new_uuid(), hashlib.sha256(data).hexdigest(), len(data))
        try:
            with self._writer.begin() as conn:
                conn.execute(blobs.insert().values(
                    id=ref.id, sha256=ref.sha256, size=ref.size, mime=mime, data=data, thumb=thumb,
                    created_at=utcnow().replace(tzinfo=None),
                ))
        except DBAPIError as exc:
            raise _mapped(exc) from exc
        return ref

    def delete(self, ids: Iterable[str]) -> int:
        ids = list(ids)
        if not ids:
            return 0
        self.ensure_schema()
        try:
            with self._writer.begin() as conn:
                return conn.execute(delete(blobs).where(blobs.c.id.in_(ids))).rowcount or 0
        except DBAPIError as exc:
            raise _mapped(exc) from exc

    def sweep(self, keep: set[str], *, older_than: timedelta = timedelta(hours=1),
              now: datetime | None = None) -> int:
        """Delete blobs no document references (left by a crash between the two commits).

        Only blobs older than ``older_than`` go, so an upload whose core transaction is still
        open on another connection is never swept from under it.
        """
        self.ensure_schema()
        cutoff = ((now or utcnow()) - older_than).replace(tzinfo=None)
        with self.engine.connect() as conn:
            candidates = [r[0] for r in conn.execute(select(blobs.c.id).where(blobs.c.created_at < cutoff))]
            conn.rollback()
        return self.delete([i for i in candidates if i not in keep])

    # --- reading ---------------------------------------------------------------------------

    def get(self, blob_id: str, *, verify: bool = True) -> bytes:
        self.ensure_schema()
        with self.engine.connect() as conn:
            row = conn.execute(select(blobs.c.data, blobs.c.sha256).where(blobs.c.id == blob_id)).first()
            conn.rollback()
        if row is None:
            raise BlobMissing(blob_id)
        data = bytes(row[0])
        if verify and hashlib.sha256(data).hexdigest() != row[1]:
            raise BlobCorrupt(blob_id)
        return data

    def get_thumb(self, blob_id: str) -> bytes | None:
        self.ensure_schema()
        with self.engine.connect() as conn:
            row = conn.execute(select(blobs.c.thumb).where(blobs.c.id == blob_id)).first()
            conn.rollback()
        if row is None:
            raise BlobMissing(blob_id)
        return None if row[0] is None else bytes(row[0])

    def exists(self, blob_id: str) -> bool:
        self.ensure_schema()
        with self.engine.connect() as conn:
            found = conn.execute(select(blobs.c.id).where(blobs.c.id == blob_id)).first() is not None
            conn.rollback()
        return found

    def stats(self) -> tuple[int, int]:
        """(number of blobs, total bytes) for the admin screen and backups."""
        self.ensure_schema()
        with self.engine.connect() as conn:
            n, total = conn.execute(select(func.count(), func.coalesce(func.sum(blobs.c.size), 0))).one()
            conn.rollback()
        return int(n), int(total)


def _mapped(exc: DBAPIError) -> Exception:
    mapped = translate_db_error(exc)
    return mapped if mapped is not None else exc
