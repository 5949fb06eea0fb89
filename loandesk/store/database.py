"""One branch database on disk: its folder layout, first-time creation, unlocking and opening.

Startup order (reliability-notes §3): install marker → file present, non-empty, page-aligned →
key (keyring, else recovery passphrase) → open + verify read → schema not newer than the app →
migrate (after a backup copy) → run. Nothing here ever creates a database where one should exist.
"""

from __future__ import annotations

import json
import os
import shutil
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from enum import Enum
from pathlib import Path

from sqlalchemy import Engine
from sqlalchemy.exc import DBAPIError, OperationalError
from sqlalchemy.orm import Session, sessionmaker

from loandesk import __version__
from loandesk.store import migrate
from loandesk.store.engine import PAGE_SIZE, connect_raw, make_engine, probe
from loandesk.store.errors import (
    DamagedFile,
    DatabaseMissing,
    SchemaTooNew,
    StorageError,
    WrongKeyOrCorrupt,
    translate_db_error,
)
from loandesk.store.keys import (
    KeyringUnavailable,
    KeyStore,
    new_key,
    open_slot,
    read_slot,
    seal_key,
    write_json_atomic,
)
from loandesk.store.localdisk import ensure_local_disk
from loandesk.store.models.base import new_uuid

MARKER = "install.json"
DB_FILE = "loandesk.db"
ATTACH_FILE = "attachments.db"
SLOT_FILE = "recovery.keyslot"


@dataclass(frozen=True)
class DataDir:
    root: Path

    @property
    def marker(self) -> Path:
        return self.root / MARKER

    @property
    def db(self) -> Path:
        return self.root / DB_FILE

    @property
    def attachments(self) -> Path:
        return self.root / ATTACH_FILE

    @property
    def slot(self) -> Path:
        return self.root / SLOT_FILE

    @property
    def backups(self) -> Path:
        return self.root / "backups"

    @property
    def logs(self) -> Path:
        return self.root / "logs"

    @property
    def lock_file(self) -> Path:
        return self.root / "loandesk.lock"

    def read_marker(self) -> dict | None:
        try:
            data = json.loads(self.marker.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return None
        except (OSError, ValueError) as exc:
            raise StorageError(f"安装标记文件已损坏：{self.marker}。请从备份恢复。", detail=str(exc)) from exc
        return data if isinstance(data, dict) else None


class State(Enum):
    FIRST_RUN = "first_run"  # nothing here yet
    READY = "ready"  # marker + database present


def inspect_dir(data: DataDir) -> tuple[State, dict | None]:
    """Decide between first run and open; refuse every inconsistent in-between (T08) and a folder
    on a network share or synced folder (T10), before anything is read or created there."""
    ensure_local_disk(data.root)
    marker = data.read_marker()
    if marker is None:
        if data.db.exists() or data.slot.exists():
            raise StorageError(
                f"发现数据库文件但缺少安装标记（{data.marker}）。为防止覆盖数据，系统不会重新初始化。"
                "请联系管理员检查数据目录，或从备份恢复。"
            )
        return State.FIRST_RUN, None
    if not data.db.exists():
        raise DatabaseMissing(str(data.db), "不存在")
    size = data.db.stat().st_size
    if size == 0:
        raise DatabaseMissing(str(data.db), "为空（0 字节）")
    if size % PAGE_SIZE:
        raise DamagedFile(str(data.db), f"大小 {size} 字节不是整页，文件被截断或写入不完整")
    problem = header_problem(data.db)
    if problem:
        raise DamagedFile(str(data.db), problem)
    return State.READY, marker


SQLITE_PLAIN_HEADER = b"SQLite format 3\x00"


def header_problem(path: Path) -> str | None:
    """Damage visible in the first page without the key, or None.

    SQLCipher encrypts page 1 as well: a random 16-byte salt, then ciphertext, IV and HMAC, all
    indistinguishable from random bytes (about 16 zero bytes in 4096). So a plaintext SQLite
    header, or a first page of which a quarter or more is zero bytes (chance for random data
    below 2^-1000), cannot be our database whatever the key. Everything else — random bytes, a
    cut by whole pages, one flipped bit — needs the key to tell apart from a wrong key (E1).
    """
    try:
        with open(path, "rb") as fh:
            first = fh.read(PAGE_SIZE)
    except OSError:
        return None  # unreadable: the open that follows reports it
    if first.startswith(SQLITE_PLAIN_HEADER):
        return "这是未加密的 SQLite 文件，不是 LoanDesk 的加密数据库"
    if first.count(0) >= len(first) // 4:
        return "文件开头不是加密数据，可能被清零或被其他文件覆盖"
    return None


@dataclass
class Database:
    """An open branch database: the core engine plus the attachment store (same key, own file)."""

    data: DataDir
    engine: Engine
    marker: dict
    _key: str = field(repr=False)
    _attach_engine: Engine | None = field(default=None, repr=False)
    synchronous: str = "FULL"

    def __post_init__(self) -> None:
        self._write = sessionmaker(bind=self.engine.execution_options(write=True), expire_on_commit=False)
        self._read = sessionmaker(bind=self.engine, expire_on_commit=False)

    @property
    def database_id(self) -> str:
        return self.marker["database_id"]

    @property
    def is_demo(self) -> bool:
        return bool(self.marker.get("demo"))

    def key_hex(self) -> str:
        """For backup, rekey and export only; never log or display it."""
        return self._key

    @property
    def attachments_engine(self) -> Engine:
        if self._attach_engine is None:
            self._attach_engine = make_engine(self.data.attachments, self._key, pool_size=2,
                                              synchronous=self.synchronous)
        return self._attach_engine

    @contextmanager
    def write(self) -> Iterator[Session]:
        """One user action = one transaction (BEGIN IMMEDIATE); rolled back on any error."""
        with self._write() as session:
            try:
                yield session
                session.commit()
            except (OperationalError, DBAPIError) as exc:
                session.rollback()
                mapped = translate_db_error(exc)
                if mapped is not None:
                    raise mapped from exc
                raise
            except BaseException:
                session.rollback()
                raise

    @contextmanager
    def read(self) -> Iterator[Session]:
        with self._read() as session:
            try:
                yield session
            finally:
                session.rollback()

    def release_connections(self) -> None:
        """Close every pooled connection of both files (idle lock, T32; reliability-notes §3).

        Each SQLCipher connection holds the derived page keys and a cache of decrypted pages
        (customer data) for as long as it lives; while the screen is locked none needs to. The
        engines stay usable: the next session opens fresh connections with the same key. A
        connection checked out right now is not closed under its user; the pool drops it on return.
        """
        self.engine.dispose()
        if self._attach_engine is not None:
            self._attach_engine.dispose()

    def checkpoint(self) -> None:
        with self.engine.connect() as conn:
            conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")

    def close(self) -> None:
        """Checkpoint so the .db file alone is complete (T09), then drop pooled connections."""
        for eng in (self.engine, self._attach_engine):
            if eng is None:
                continue
            try:
                with eng.connect() as conn:
                    conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
            except Exception:  # closing must not fail the exit path
                pass
            eng.dispose()


# --- creating ----------------------------------------------------------------------------------

def create(data: DataDir, passphrase: str, *, branch_code: str, branch_name: str, demo: bool = False,
           keystore_factory: type[KeyStore] = KeyStore, synchronous: str = "FULL") -> tuple[Database, str, bool]:
    """First run: new key, new encrypted file, schema, key slot, keyring entry, then the marker.

    Returns (database, key_hex, stored_in_keyring). The marker is written last: if anything fails
    before it, the half-made files are removed and the folder is a clean first run again.
    """
    state, _ = inspect_dir(data)
    if state is not State.FIRST_RUN:
        raise StorageError("此文件夹中已有数据库，不能重复初始化。")
    data.root.mkdir(parents=True, exist_ok=True)
    database_id = new_uuid()
    key = new_key()
    made: list[Path] = []
    try:
        engine = make_engine(data.db, key, synchronous=synchronous)
        made += [data.db, data.db.with_name(DB_FILE + "-wal"), data.db.with_name(DB_FILE + "-shm")]
        migrate.upgrade(engine)
        write_json_atomic(data.slot, seal_key(key, passphrase, database_id))
        made.append(data.slot)
        stored = False
        try:
            stored = keystore_factory(database_id).put(key)
        except KeyringUnavailable:
            stored = False
        marker = {
            "database_id": database_id,
            "branch_code": branch_code,
            "branch_name": branch_name,
            "created_at": datetime.now(UTC).isoformat(),
            "app_version": __version__,
            "demo": demo,
        }
        write_json_atomic(data.marker, marker)
    except BaseException:
        for p in made:
            try:
                p.unlink()
            except FileNotFoundError:
                pass
        raise
    return Database(data, engine, marker, key, synchronous=synchronous), key, stored


# --- unlocking and opening ---------------------------------------------------------------------

def key_from_keyring(data: DataDir, marker: dict, keystore_factory: type[KeyStore] = KeyStore) -> str | None:
    """The current key, or a pending one left by an interrupted rekey; None when absent."""
    return find_keyring_key(data, marker, keystore_factory)[0]


def find_keyring_key(data: DataDir, marker: dict,
                     keystore_factory: type[KeyStore] = KeyStore) -> tuple[str | None, int]:
    """(key that opens the file or None, how many stored keys did not open it).

    A stored key that fails is the one hint of damage available before asking for the recovery
    passphrase: the keyring is written only with keys that opened this database.
    """
    store = keystore_factory(marker["database_id"])
    rejected = 0
    for slot in ("current", "pending"):
        key = store.get(slot)
        if key is None:
            continue
        try:
            connect_raw(data.db, key).close()
            return key, rejected
        except WrongKeyOrCorrupt:
            rejected += 1
    return None, rejected


def key_from_passphrase(data: DataDir, passphrase: str) -> str:
    return open_slot(read_slot(data.slot), passphrase)


def open_database(data: DataDir, key: str, *, upgrade: bool = True) -> Database:
    _, marker = inspect_dir(data)
    assert marker is not None
    engine = make_engine(data.db, key)
    try:
        probe(engine)
        current = migrate.current_revision(engine)
        known = migrate.known_revisions()
        if current is None:
            raise StorageError("数据库中没有版本信息（可能不是 LoanDesk 数据库或已损坏）。请从备份恢复。")
        if current not in known:
            raise SchemaTooNew(current)
        if upgrade and current != migrate.head_revision():
            backup_before_upgrade(data, key, current)
            migrate.upgrade(engine)
    except BaseException:
        engine.dispose()
        raise
    return Database(data, engine, marker, key)


def backup_before_upgrade(data: DataDir, key: str, revision: str) -> Path:
    """A same-key copy via VACUUM INTO (keeps everything, consistent) before migrations touch it."""
    data.backups.mkdir(parents=True, exist_ok=True)
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    target = data.backups / f"pre-upgrade-{revision}-{stamp}.db"
    conn = connect_raw(data.db, key)
    try:
        conn.execute("VACUUM INTO ?", (str(target),))
    finally:
        conn.close()
    return target


def remove_all(data: DataDir) -> None:
    """Used by tests and the demo reset only."""
    if data.root.exists():
        shutil.rmtree(data.root)


def fsync_dir(path: Path) -> None:
    if os.name == "nt":  # directories cannot be opened for fsync on Windows; NTFS journals renames
        return
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
