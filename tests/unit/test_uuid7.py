"""new_uuid(): time-ordered UUIDv7 keys (bulk inserts append instead of scattering B-tree writes)."""

from __future__ import annotations

import threading
import time
import uuid

from loandesk.store.models.base import new_uuid


def test_version_variant_and_timestamp() -> None:
    before = time.time_ns() // 1_000_000
    u = uuid.UUID(new_uuid())
    after = time.time_ns() // 1_000_000
    assert u.version == 7
    assert u.variant == uuid.RFC_4122
    assert before <= u.int >> 80 <= after


def test_strictly_increasing_and_unique_across_threads() -> None:
    out: list[list[str]] = [[] for _ in range(4)]

    def run(k: int) -> None:
        out[k] = [new_uuid() for _ in range(20_000)]

    threads = [threading.Thread(target=run, args=(k,)) for k in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    for ids in out:
        assert ids == sorted(ids)  # each thread sees increasing keys
    everything = [x for ids in out for x in ids]
    assert len(set(everything)) == len(everything)


def test_not_guessable_from_the_previous_key() -> None:
    a, b = uuid.UUID(new_uuid()).int, uuid.UUID(new_uuid()).int
    assert b > a
    assert b - a > 1  # random step, not a counter
