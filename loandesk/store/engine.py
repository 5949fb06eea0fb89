"""SQLAlchemy engines on SQLCipher, following the recipe measured in reliability-notes §3.

Raw 256-bit key (no KDF per connection), WAL + synchronous=FULL, BEGIN IMMEDIATE for writers,
a small QueuePool. Nothing here caches or logs the key.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import sqlcipher3
from sqlalchemy import Engine, create_engine, event
from sqlalchemy.exc import DBAPIError
from sqlalchemy.pool import QueuePool

from loandesk.store.errors import KeyFormatError, WrongKeyOrCorrupt, translate_db_error

HEX64 = re.compile(r"[0-9a-f]{64}")
PAGE_SIZE = 4096


def check_key(key_hex: str) -> str:
    """The key is formatted into `PRAGMA key` (it cannot be a bound parameter): validate hard."""
    if not isinstance(key_hex, str) or not HEX64.fullmatch(key_hex):
        raise KeyFormatError()
    return key_hex


def quiet_sqlcipher_log() -> None:
    """Stop SQLCipher printing "ERROR CORE … hmac check failed" lines on stderr (its default).

    They appear whenever a candidate key is tried and does not fit, which the re-key recovery,
    `backup verify` and unlocking do on purpose; at an admin's terminal they read as a failure of a
    command that succeeded, and our own errors already say what went wrong in Chinese. The level is
    process-wide; LOANDESK_SQLCIPHER_LOG (e.g. WARN) brings the lines back for support.
    """
    import os

    level = os.environ.get("LOANDESK_SQLCIPHER_LOG", "NONE").upper()
    if level not in ("NONE", "ERROR", "WARN", "INFO", "DEBUG", "TRACE"):
        level = "NONE"
    conn = sqlcipher3.connect(":memory:")
    try:
        conn.execute(f"PRAGMA cipher_log_level = {level}")
    finally:
        conn.close()


SYNC_MODES = ("FULL", "NORMAL", "OFF")


def _apply_pragmas(cur: sqlcipher3.Cursor, key_hex: str, synchronous: str = "FULL") -> None:
    cur.execute(f"PRAGMA key = \"x'{key_hex}'\"")
    # PRAGMA key always answers ok; the first read is what fails on a wrong key.
    cur.execute("SELECT count(*) FROM sqlite_schema").fetchone()
    # cipher_memory_security stays OFF (SQLCipher's default since 4.5): ON mlocks and wipes every
    # allocation, cannot be turned off again for the process, and made inserts ~30x slower here
    # (5,000 customers: 28 s vs 0.94 s). Keys never reach logs or disk either way.
    for pragma in (
        "foreign_keys = ON",
        "busy_timeout = 5000",
        f"synchronous = {synchronous if synchronous in SYNC_MODES else 'FULL'}",
        "temp_store = MEMORY",
        "trusted_schema = OFF",
    ):
        cur.execute(f"PRAGMA {pragma}")
    if cur.execute("PRAGMA journal_mode").fetchone()[0] != "wal":
        cur.execute("PRAGMA journal_mode = WAL")


def connect_raw(path: Path | str, key_hex: str, *, timeout: float = 5.0) -> sqlcipher3.Connection:
    """A bare DBAPI connection for checks, backups and rekeying (autocommit mode)."""
    check_key(key_hex)
    conn = sqlcipher3.connect(str(path), timeout=timeout, check_same_thread=False, isolation_level=None)
    try:
        _apply_pragmas(conn.cursor(), key_hex)
    except sqlcipher3.DatabaseError as exc:
        conn.close()
        raise WrongKeyOrCorrupt(detail=str(exc)) from exc
    return conn


def make_engine(db_path: Path | str, key_hex: str, *, pool_size: int = 4, synchronous: str = "FULL") -> Engine:
    """synchronous=OFF only for throwaway builds (the demo database): a power cut may lose it."""
    check_key(key_hex)
    eng = create_engine(
        f"sqlite:///{Path(db_path).as_posix()}",
        module=sqlcipher3,
        poolclass=QueuePool,
        pool_size=pool_size,
        max_overflow=0,
        pool_timeout=10,
        connect_args={"timeout": 5, "check_same_thread": False},
    )

    @event.listens_for(eng, "connect", insert=True)
    def _on_connect(dbapi_conn: sqlcipher3.Connection, _rec: object) -> None:
        dbapi_conn.isolation_level = None
        cur = dbapi_conn.cursor()
        try:
            _apply_pragmas(cur, key_hex, synchronous)
        finally:
            cur.close()

    @event.listens_for(eng, "begin")
    def _on_begin(conn) -> None:  # noqa: ANN001 - SQLAlchemy Connection
        conn.exec_driver_sql("BEGIN IMMEDIATE" if conn.get_execution_options().get("write") else "BEGIN")

    return eng


def probe(engine: Engine) -> None:
    """Open one connection now so a wrong key or a damaged file fails here, with our message.

    A file cut by whole pages passes the key check but its first read reports "database disk
    image is malformed" (reliability-notes E4/T05): that must reach the user as DatabaseDamaged,
    not as a raw SQL exception.
    """
    try:
        with engine.connect() as conn:
            conn.exec_driver_sql("SELECT 1").fetchone()
    except DBAPIError as exc:
        mapped = translate_db_error(exc)
        if mapped is not None:
            raise mapped from exc
        raise


@contextmanager
def raw(path: Path | str, key_hex: str) -> Iterator[sqlcipher3.Connection]:
    conn = connect_raw(path, key_hex)
    try:
        yield conn
    finally:
        conn.close()


def integrity_problems(path: Path | str, key_hex: str, *, full: bool = True) -> list[str]:
    """Run cipher_integrity_check and (quick|integrity)_check on a fresh connection.

    Both are needed: cipher_integrity_check misses page-aligned truncation (E4), and a bad page
    poisons later checks on the same connection (sqlcipher#617), hence the fresh connection.
    """
    problems: list[str] = []
    p = Path(path)
    if not p.exists() or p.stat().st_size == 0:
        return ["数据库文件不存在或为空"]
    try:
        with raw(p, key_hex) as conn:
            for (row,) in conn.execute("PRAGMA cipher_integrity_check").fetchall():
                problems.append(str(row))
            check = "integrity_check" if full else "quick_check"
            rows = [r[0] for r in conn.execute(f"PRAGMA {check}").fetchall()]
            if rows != ["ok"]:
                problems.extend(str(r) for r in rows)
            fk = conn.execute("PRAGMA foreign_key_check").fetchall()
            if fk:
                problems.append(f"外键不一致 {len(fk)} 处")
    except WrongKeyOrCorrupt as exc:
        problems.append(exc.message)
    except sqlcipher3.DatabaseError as exc:
        problems.append(str(exc))
    return problems
