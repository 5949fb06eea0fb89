"""System health for 系统管理 → 系统状态: sizes, versions, migrations, integrity, logs, backups.

The integrity check is opt-in (`check_integrity=True`, run it on a worker): on a multi-GB
attachment file it takes seconds (E12). It runs on fresh connections (store.engine.
integrity_problems): one bad page poisons later checks on the same connection (sqlcipher#617).
"""

from __future__ import annotations

import logging
import shutil
import time
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path

import sqlcipher3

from loandesk import __version__
from loandesk.domain.clock import CHINA_TZ
from loandesk.services import audit
from loandesk.services.backup import BackupView, authorize, last_good_backup
from loandesk.services.context import Actor
from loandesk.store import migrate
from loandesk.store.database import Database
from loandesk.store.engine import integrity_problems
from loandesk.store.instance_lock import MAINTENANCE
from loandesk.store.keys import KeyringUnavailable, KeyStore

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class FileInfo:
    name: str
    size: int
    modified: datetime | None


@dataclass(frozen=True)
class HealthReport:
    app_version: str
    cipher_version: str
    sqlite_version: str
    data_dir: Path
    db_size: int
    wal_size: int
    attachments_size: int
    free_disk: int
    schema_revision: str | None
    head_revision: str
    migrations_applied: list[str]
    migrations_pending: list[str]
    integrity: dict[str, list[str]] | None  # None: not run; {"core": [], "attachments": []} = all fine
    integrity_seconds: float
    log_dir: Path
    log_files: list[FileInfo]
    last_backup: BackupView | None
    key_in_keyring: bool | None  # None: no keyring on this PC
    problems: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return 0


STALE_BACKUP = timedelta(days=7)


def health_report(db: Database, actor: Actor, *, check_integrity: bool = False,
                  keystore_factory: type[KeyStore] = KeyStore, now: datetime | None = None) -> HealthReport:
    """Needs settings.manage. An integrity check is audited (it reads every page)."""
    with db.write() as s:
        authorize(s, actor, "settings.manage")
    data = db.data
    problems: list[str] = []
    conn = sqlcipher3.connect(":memory:")
    try:
        cipher_version = str(conn.execute("PRAGMA cipher_version").fetchone()[0])
    finally:
        conn.close()
    revision = migrate.current_revision(db.engine)
    known = migrate.known_revisions()
    head = migrate.head_revision()
    if revision in known:
        applied = known[: known.index(revision) + 1]
        pending = known[known.index(revision) + 1:]
    else:
        applied, pending = [], []
        problems.append(f"数据库版本 {revision} 不在本程序已知的版本中")
    if pending:
        problems.append(f"有 {len(pending)} 个数据库升级未执行")
    integrity = None
    seconds = 0.0
    if check_integrity:
        t = time.monotonic()
        key = db.key_hex()
        integrity = {"core": integrity_problems(data.db, key, full=True)}
        if data.attachments.exists() and _size(data.attachments) > 0:
            integrity["attachments"] = integrity_problems(data.attachments, key, full=True)
        seconds = time.monotonic() - t
        for name, found in integrity.items():
            if found:
                label = "核心库" if name == "core" else "附件库"
                problems.append(f"{label}完整性检查未通过：{'；'.join(found[:2])}")
        with db.write() as s:
            audit.record(s, actor, "health.integrity_check", entity_type="database", entity_id=db.database_id,
                         summary={"ok": not any(integrity.values()), "seconds": round(seconds, 1)},
                         outcome="ok" if not any(integrity.values()) else "failed")
    logs: list[FileInfo] = []
    if data.logs.is_dir():
        for p in sorted(data.logs.iterdir()):
            if p.is_file():
                st = p.stat()
                logs.append(FileInfo(p.name, st.st_size, datetime.fromtimestamp(st.st_mtime).astimezone()))
    try:
        in_keyring: bool | None = keystore_factory(db.database_id).get("current") == db.key_hex()
    except KeyringUnavailable:
        in_keyring = None
    if in_keyring is False:
        problems.append("系统凭据管理器中没有本库的密钥：每次启动都需要输入恢复口令")
    now = now or datetime.now(UTC)
    last = last_good_backup(db, not_after=now)  # one stamped in the future (clock was ahead) proves nothing
    if last is None:
        problems.append("还没有成功的备份")
    elif now - last.created_at > STALE_BACKUP:
        # Only "none at all" was flagged: a schedule switched off, or a USB stick that stayed
        # unplugged for months, showed a healthy panel.
        days = (now - last.created_at).days
        problems.append(f"最近一次成功备份已是 {days} 天前（{last.created_at.astimezone(CHINA_TZ):%Y-%m-%d}），"
                        "请尽快备份")
    try:
        free = shutil.disk_usage(data.root).free
    except OSError:
        free = 0
    return HealthReport(
        app_version=__version__, cipher_version=cipher_version, sqlite_version=sqlcipher3.sqlite_version,
        data_dir=data.root, db_size=_size(data.db), wal_size=_size(data.db.with_name(data.db.name + "-wal")),
        attachments_size=_size(data.attachments), free_disk=free, schema_revision=revision, head_revision=head,
        migrations_applied=applied, migrations_pending=pending, integrity=integrity, integrity_seconds=seconds,
        log_dir=data.logs, log_files=logs, last_backup=last, key_in_keyring=in_keyring, problems=problems)


@dataclass(frozen=True)
class StartupCheck:
    """Outcome of the check after opening: problems per file ("core", "attachments"), empty = fine."""

    problems: dict[str, list[str]]
    seconds: float

    @property
    def ok(self) -> bool:
        return not any(self.problems.values())

    def summary_zh(self) -> str:
        """At most three findings per file: quick_check answers one row of many lines per tree."""
        parts = []
        for name, found in self.problems.items():
            lines = [ln.strip() for p in found for ln in str(p).splitlines()
                     if ln.strip() and not ln.strip().startswith("***")]
            if lines:
                label = "核心库" if name == "core" else "附件库"
                more = f" 等共 {len(lines)} 处" if len(lines) > 3 else ""
                parts.append(f"{label}：{'；'.join(ln[:120] for ln in lines[:3])}{more}")
        return "\n".join(parts)


def startup_check(db: Database) -> StartupCheck:
    """The quick check after unlock (reliability-notes §3 start-up order, T06): run on a worker.

    SQLCipher verifies a page's HMAC only when the page is read, so a damaged data page would
    otherwise surface only when some screen reads it. `cipher_integrity_check` (every page's HMAC,
    names the page) plus `quick_check` (catches page-aligned truncation, which the former misses,
    E4) on fresh connections (sqlcipher#617); not the full `integrity_check`, which backups run
    (G6: 117 MB ≈ 0.8 s for both, 4 GB ≈ 20 s). Read-only and not audited: nothing is written
    into a file that may be damaged. Holds MAINTENANCE so a backup, restore or re-key never swaps
    the files or the key under it. Logs counts only, never the check's text.
    """
    t = time.monotonic()
    with MAINTENANCE:
        key = db.key_hex()
        problems = {"core": integrity_problems(db.data.db, key, full=False)}
        if db.data.attachments.exists() and _size(db.data.attachments) > 0:
            problems["attachments"] = integrity_problems(db.data.attachments, key, full=False)
    result = StartupCheck(problems, time.monotonic() - t)
    if result.ok:
        log.info("startup integrity check ok in %.1f s", result.seconds)
    else:
        log.warning("startup integrity check failed: %s",
                    ", ".join(f"{name}={len(found)}" for name, found in problems.items()))
    return result
