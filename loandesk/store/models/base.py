"""Declarative base and column helpers shared by every model module."""

from __future__ import annotations

import os
import random
import secrets
import threading
import time
from datetime import UTC, datetime

from sqlalchemy import DateTime, MetaData, String, TypeDecorator
from sqlalchemy.engine import Dialect
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class UTCDateTime(TypeDecorator):
    """Stored as naive UTC (SQLite has no time zones); always handed back aware, in UTC."""

    impl = DateTime
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime: pass an aware UTC datetime")
        return value.astimezone(UTC).replace(tzinfo=None)

    def process_result_value(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        return None if value is None else value.replace(tzinfo=UTC)


def utcnow() -> datetime:
    return datetime.now(UTC)


_UUID_LOCK = threading.Lock()
_uuid_state = [0, 0]  # last millisecond, last 74-bit sequence
# Key material for ordering only (UUIDs are identifiers, not secrets): a PRNG seeded from the OS,
# reseeded in a forked child so two processes never continue the same sequence.
_uuid_rng = random.Random(secrets.randbits(128))
if hasattr(os, "register_at_fork"):
    os.register_at_fork(after_in_child=lambda: _uuid_rng.seed(secrets.randbits(128)))


def new_uuid() -> str:
    """A time-ordered UUIDv7 (RFC 9562), strictly increasing within this process.

    Random (v4) keys land at random places in every primary-key and unique index, so each insert
    dirties a different B-tree page; v7 keys append at the right-hand edge, which made bulk inserts
    several times faster. 48 bits of Unix milliseconds, then 74 bits that start random each
    millisecond and grow by a random step within it: unique across branches and processes.
    """
    with _UUID_LOCK:
        ms = time.time_ns() // 1_000_000
        last_ms, seq = _uuid_state
        if ms > last_ms:
            seq = _uuid_rng.getrandbits(73)  # top bit clear: room to count up within the millisecond
        else:
            ms = last_ms
            seq += _uuid_rng.getrandbits(32) + 1
            if seq >= 1 << 74:
                ms, seq = ms + 1, _uuid_rng.getrandbits(73)
        _uuid_state[0] = ms
        _uuid_state[1] = seq
    h = f"{(ms << 80) | (0x7 << 76) | ((seq >> 62) << 64) | (0b10 << 62) | (seq & _LOW62):032x}"
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"


_LOW62 = (1 << 62) - 1


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


def uuid_pk() -> Mapped[str]:
    return mapped_column(String(36), primary_key=True, default=new_uuid)
