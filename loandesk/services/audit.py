"""Audit trail: one hash-chained record per change, written in the change's own transaction."""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from loandesk.services.context import Actor
from loandesk.store.models.audit import AuditRecord, OutboxEntry
from loandesk.store.models.base import new_uuid, utcnow

GENESIS = "0" * 64
_SECRET_KEY = re.compile(r"pass(word|phrase)?|secret|token|key_hex|^key$|recovery", re.I)


def scrub(value: Any) -> Any:
    """Drop secrets from a before/after summary; the audit log must never hold a password or key."""
    if isinstance(value, dict):
        return {k: ("***" if _SECRET_KEY.search(str(k)) else scrub(v)) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [scrub(v) for v in value]
    if isinstance(value, str | int | float | bool) or value is None:
        return value
    return str(value)


def _digest(seq: int, rec_id: str, at: datetime, user_id: str | None, username: str, action: str,
            entity_type: str, entity_id: str, outcome: str, summary: str, prev_hash: str) -> str:
    canon = json.dumps(
        [seq, rec_id, at.isoformat(), user_id or "", username, action, entity_type, entity_id, outcome,
         summary, prev_hash],
        ensure_ascii=False,
        separators=(",", ":"),
    )
    return hashlib.sha256(canon.encode("utf-8")).hexdigest()


def record(
    session: Session,
    actor: Actor,
    action: str,
    *,
    entity_type: str = "",
    entity_id: str = "",
    summary: dict | None = None,
    outcome: str = "ok",
) -> AuditRecord:
    """Append a record chained to the previous one. Writers hold BEGIN IMMEDIATE, so seq is safe."""
    last = session.execute(select(AuditRecord.seq, AuditRecord.hash).order_by(AuditRecord.seq.desc()).limit(1)).first()
    seq, prev = (last[0] + 1, last[1]) if last else (1, GENESIS)
    at = utcnow()
    text = json.dumps(scrub(summary or {}), ensure_ascii=False, sort_keys=True, default=str)
    rec = AuditRecord(
        seq=seq,
        id=new_uuid(),
        at=at,
        user_id=actor.user_id or None,
        username=actor.username,
        action=action,
        entity_type=entity_type,
        entity_id=str(entity_id),
        outcome=outcome,
        summary=text,
        prev_hash=prev,
    )
    rec.hash = _digest(seq, rec.id, at, rec.user_id, rec.username, action, entity_type, rec.entity_id, outcome,
                       text, prev)
    session.add(rec)
    session.flush()
    return rec


def outbox(session: Session, entity_type: str, entity_id: str, payload: dict, op: str = "upsert") -> None:
    """Queue a change for head office in the same transaction as the change itself."""
    session.add(
        OutboxEntry(
            change_id=new_uuid(),
            entity_type=entity_type,
            entity_id=str(entity_id),
            op=op,
            payload=json.dumps(scrub(payload), ensure_ascii=False, default=str),
        )
    )


@dataclass(frozen=True)
class ChainReport:
    ok: bool
    checked: int
    first_bad_seq: int | None = None
    problem: str = ""
    head_hash: str = GENESIS

    def message(self) -> str:
        if self.ok:
            return f"审计日志完整：共 {self.checked} 条记录，链尾哈希 {self.head_hash[:16]}…"
        return f"审计日志被篡改：第 {self.first_bad_seq} 条记录{self.problem}"


def verify_rows(rows: Iterable[AuditRecord], *, expected_head: str | None = None) -> ChainReport:
    prev = GENESIS
    expected_seq = 1
    count = 0
    for r in rows:
        count += 1
        if r.seq != expected_seq:
            return ChainReport(False, count, expected_seq, f"缺失（在第 {r.seq} 条之前有记录被删除或顺序被改动）")
        if r.prev_hash != prev:
            return ChainReport(False, count, r.seq, "与前一条记录的链接不符（前面的记录被删除、插入或改动）")
        at = r.at
        if _digest(r.seq, r.id, at, r.user_id, r.username, r.action, r.entity_type, r.entity_id, r.outcome,
                   r.summary, r.prev_hash) != r.hash:
            return ChainReport(False, count, r.seq, "内容与其哈希不符（记录被修改）")
        prev = r.hash
        expected_seq += 1
    if expected_head is not None and expected_head != prev:
        return ChainReport(False, count, expected_seq, "之后的记录缺失（日志尾部被截断）", prev)
    return ChainReport(True, count, None, "", prev)


def verify_chain(session: Session, *, expected_head: str | None = None) -> ChainReport:
    rows = session.execute(select(AuditRecord).order_by(AuditRecord.seq).execution_options(yield_per=2000)).scalars()
    return verify_rows(rows, expected_head=expected_head)


def head(session: Session) -> tuple[int, str]:
    row = session.execute(select(AuditRecord.seq, AuditRecord.hash).order_by(AuditRecord.seq.desc()).limit(1)).first()
    return (row[0], row[1]) if row else (0, GENESIS)


def count(session: Session) -> int:
    return session.scalar(select(func.count()).select_from(AuditRecord)) or 0
