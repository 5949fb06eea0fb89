"""Restore: check a backup completely, then switch the data folder to it atomically, resumably.

Refusals (truncated, damaged, foreign, tampered, wrong passphrase, newer schema, other branch)
all happen *before* the data folder is touched: the backup is parsed, authenticated, extracted
into a staging folder inside the data folder (same disk, so the switch is a rename), and checked
there (SHA-256 per part against the authenticated manifest; the same database checks as when the
backup was made, ``backup_file.CHECK_PLAN``: cipher_integrity_check + integrity_check + foreign
keys + page count of both files; row counts, schema revision and
audit head against the manifest). An older schema is migrated on the staged copy and checked again.

The switch is journalled (`restore.journal`, no secrets in it). Order, chosen so that a crash at
any instant leaves a state the next start can finish and the app can never mistake for a first
run:

1. copy `install.json` and `recovery.keyslot` into `pre-restore-<UTC time>/` (copies: the marker
   never disappears, so a half-switched folder is "database missing", never "first run");
2. move each live database file, main file first then its -wal/-shm, into that folder (a WAL
   file must never stay beside a different database);
3. rename each staged database into place, then the staged key slot, then the staged marker;
4. write the audit record into the restored database, store the key in the keyring, delete the
   journal and the staging folder.

`recover_interrupted()` (call at start, before opening) repeats steps 1–3 idempotently; step 4
needs the key and happens there when the keyring has it, else in `finish_after_open()` once the
user unlocked with the recovery passphrase. The previous database stays in `pre-restore-…/`.

Each of those folders is a full copy of the database (gigabytes on a busy branch), so after a
restore has *completed* — switched, audited, journal gone — the oldest are deleted, keeping the
newest ``KEEP_SAFETY_COPIES`` (the one just made always among them). Nothing is deleted when a
restore fails, is cancelled or is finished only at the next start; only folders named exactly
``pre-restore-YYYYMMDDTHHMMSSZ`` are candidates, and a folder that cannot be deleted (a file in
use on Windows) is logged and left, never failing the restore.
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import re
import shutil
import stat
import tempfile
import threading
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from loandesk import __version__
from loandesk.domain.clock import CHINA_TZ
from loandesk.services import audit
from loandesk.services.context import SYSTEM, Actor
from loandesk.store import backup_file as bf
from loandesk.store import migrate
from loandesk.store.database import (
    ATTACH_FILE,
    DB_FILE,
    MARKER,
    SLOT_FILE,
    Database,
    DataDir,
    fsync_dir,
    open_database,
)
from loandesk.store.engine import check_key, connect_raw, make_engine
from loandesk.store.errors import StorageError, WrongKeyOrCorrupt
from loandesk.store.instance_lock import MAINTENANCE, InstanceLock
from loandesk.store.keys import (
    KeyringUnavailable,
    KeySlotDamaged,
    KeyStore,
    PassphraseThrottle,
    WrongPassphrase,
    open_slot,
    read_slot,
    write_json_atomic,
)

JOURNAL = "restore.journal"
STAGING_PREFIX = ".restore-"
PRE_PREFIX = "pre-restore-"
PRE_PATTERN = re.compile(re.escape(PRE_PREFIX) + r"[0-9]{8}T[0-9]{6}Z")  # as _stamp() names them
KEEP_SAFETY_COPIES = 3  # pre-restore folders kept after a successful restore, the new one included
SIDECARS = ("-wal", "-shm", "-journal")

log = logging.getLogger(__name__)

ProgressFn = Callable[[int, int, str], None]

# One throttle per process for passphrases typed against backups (the UI may pass its own).
THROTTLE = PassphraseThrottle()


# --- errors ------------------------------------------------------------------------------------------

class BackupWrongPassphrase(WrongPassphrase):
    def __init__(self, wait_seconds: float = 0) -> None:
        super().__init__(wait_seconds)
        msg = "恢复口令不正确：请输入制作此备份时使用的恢复口令（之后若修改过口令，旧备份仍需旧口令）。"
        if wait_seconds:
            msg += f"请等待 {wait_seconds:.0f} 秒后再试。"
        self.message = msg
        self.args = (msg,)


class BackupSchemaTooNew(StorageError):
    def __init__(self, revision: str) -> None:
        super().__init__(f"此备份来自较新版本的 LoanDesk（数据库版本 {revision}），本程序无法恢复。"
                         "请先升级 LoanDesk 再恢复。当前数据库未作任何改动。")


class WrongBranch(StorageError):
    def __init__(self, found: str, found_name: str, expected: str) -> None:
        super().__init__(f"此备份属于网点 {found}（{found_name}），不是本机的网点 {expected}。"
                         "为防止覆盖其他网点的数据，已拒绝恢复。当前数据库未作任何改动。"
                         "如确需迁移网点数据，请由管理员勾选“允许恢复其他网点的备份”。")


class BackupDamaged(StorageError):
    def __init__(self, problems: list[str]) -> None:
        shown = "；".join(problems[:3])
        super().__init__(f"备份中的数据库副本检查未通过：{shown}。请换用其他备份。当前数据库未作任何改动。",
                         detail="; ".join(problems))
        self.problems = problems


# --- what a backup holds ------------------------------------------------------------------------------

@dataclass(frozen=True)
class BackupHeader:
    """Read without any key: for the UI to say which backup it is before asking the passphrase.
    Not authenticated — never act on it before inspect_backup()."""

    path: Path
    backup_id: str
    created_at: datetime | None
    branch_code: str
    branch_name: str
    database_id: str
    app_version: str
    kind: str
    size: int


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    backup_id: str
    created_at: datetime
    kind: str
    branch_code: str
    branch_name: str
    database_id: str
    app_version: str
    schema_revision: str
    schema_status: str  # same | older | newer
    operator: str
    counts: dict[str, dict[str, int]]
    audit_head: tuple[int, str]
    size: int
    has_attachments: bool
    deep_checked: bool  # False: manifest authenticated only; True: every byte and both databases checked

    @property
    def customer_count(self) -> int | None:
        return self.counts.get("core", {}).get("customers")

    def summary_zh(self) -> str:
        # Beijing time, like the backup's file name and the 系统管理 tab (not the PC's own zone).
        when = self.created_at.astimezone(CHINA_TZ).strftime("%Y-%m-%d %H:%M")
        rows = sum(self.counts.get("core", {}).values())
        return (f"网点 {self.branch_code} {self.branch_name}，备份时间 {when}（北京时间），程序版本 {self.app_version}，"
                f"数据库版本 {self.schema_revision}，共 {rows} 行数据"
                + (f"，客户 {self.customer_count} 户" if self.customer_count is not None else ""))


@dataclass(frozen=True)
class SafetyCleanup:
    """What pruning the pre-restore folders did: names removed, folders kept (newest first), and
    names that could not be removed completely (in use, read-only share…), left for next time."""

    removed: tuple[str, ...] = ()
    kept: tuple[Path, ...] = ()
    failed: tuple[str, ...] = ()

    def message_zh(self) -> str:
        """For the admin, after the restore message; empty when there was nothing to prune."""
        if not self.removed and not self.failed:
            return ""
        where = self.kept[0].parent if self.kept else None
        text = ""
        if self.removed:
            text += f"已删除 {len(self.removed)} 个较早的恢复前安全副本（只保留最近 {KEEP_SAFETY_COPIES} 个）。"
        if self.kept and where is not None:
            text += f"保留的安全副本在 {where} 下：{'、'.join(p.name for p in self.kept)}。"
        if self.failed:
            text += (f"另有 {len(self.failed)} 个较早的安全副本未能删除（文件可能正被其他程序占用）："
                     f"{'、'.join(self.failed)}，下次恢复时会再试，也可以手动删除。")
        return text


@dataclass(frozen=True)
class RestoreResult:
    info: BackupInfo
    data_dir: Path
    safety_copy: Path | None  # the previous database (the newest pre-restore folder)
    key_in_keyring: bool
    migrated_from: str | None
    key_hex: str = field(repr=False, default="")  # so the caller can open without asking again
    timings: dict[str, float] = field(default_factory=dict)  # seconds per stage, for benchmarks
    cleanup: SafetyCleanup = field(default_factory=SafetyCleanup)  # older safety copies deleted


@dataclass(frozen=True)
class RecoveryReport:
    restore: str  # none | completed | needs_unlock
    rekey: str  # none | completed | rolled_back | needs_passphrase
    messages: list[str]


def _parse_time(text: object) -> datetime | None:
    try:
        value = datetime.fromisoformat(str(text))
    except ValueError:
        return None
    return value if value.tzinfo else value.replace(tzinfo=UTC)


def peek_backup(path: Path | str) -> BackupHeader:
    c = bf.read_container(path)
    h = c.header
    return BackupHeader(c.path, c.backup_id, _parse_time(h.get("created_at")), str(h.get("branch_code", "")),
                        str(h.get("branch_name", "")), str(h.get("database_id", "")), str(h.get("app_version", "")),
                        str(h.get("kind", "")), c.size)


def _key_for(c: bf.Container, passphrase: str | None, key_hex: str | None,
             throttle: PassphraseThrottle) -> str:
    """The database key of this backup: from its key slot with the passphrase, or given directly
    (this database's key, or the printed recovery key). Then authenticate the manifest with it."""
    if key_hex is not None:
        key = check_key(key_hex)
    else:
        if not passphrase:
            raise BackupWrongPassphrase()
        wait = throttle.remaining()
        if wait > 0:
            raise BackupWrongPassphrase(wait)
        try:
            key = open_slot(c.slot, passphrase)
        except WrongPassphrase:
            raise BackupWrongPassphrase(throttle.failed()) from None
        except KeySlotDamaged as exc:
            raise bf.CorruptBackup("密钥槽", detail=exc.detail) from exc
        throttle.succeeded()
    bf.authenticate(c, key)
    m = c.manifest
    if not (c.header.get("database_id") == m.get("database_id") == c.slot.get("database_id")):
        raise bf.TamperedBackup(detail="database ids differ")
    return key


def _schema_status(revision: str) -> str:
    known = migrate.known_revisions()
    if revision not in known:
        return "newer"
    return "same" if revision == migrate.head_revision() else "older"


def _info(c: bf.Container, deep: bool) -> BackupInfo:
    m = c.manifest
    head = m.get("audit_head") or {}
    revision = str(m.get("schema_revision", ""))
    return BackupInfo(
        c.path, c.backup_id, _parse_time(m.get("created_at")) or datetime.fromtimestamp(0, UTC),
        str(m.get("kind", "")), str(m.get("branch_code", "")), str(m.get("branch_name", "")),
        str(m.get("database_id", "")), str(m.get("app_version", "")), revision, _schema_status(revision),
        str(m.get("operator", "")), m.get("counts") or {}, (int(head.get("seq", 0)), str(head.get("hash", ""))),
        c.size, c.part("attachments") is not None, deep)


def _extract_and_check(c: bf.Container, key: str, into: Path, progress: ProgressFn | None,
                       start: int = 0, span: int = 1000) -> dict[str, float]:
    """Extract every part into `into` (hash-checked) and check the copies against the manifest.
    Returns seconds spent extracting and then waiting for the checks."""
    t = time.monotonic()
    timings: dict[str, float] = {}
    total = sum(p.size for p in c.parts) or 1
    base = 0
    paths: dict[str, Path] = {}
    cancel = threading.Event()
    # Each part is checked (one thread per task of bf.CHECK_PLAN) as soon as it is out, while the
    # next one is still being extracted.
    with ThreadPoolExecutor(max_workers=3, thread_name_prefix="loandesk-verify") as pool:
        futures = {}
        try:
            for part in c.parts:
                dest = into / part.file_name
                if part.file_name not in (DB_FILE, ATTACH_FILE):
                    raise bf.CorruptBackup("清单", detail=f"unexpected part file {part.file_name}")

                def cb(done: int, _t: int, b: int = base) -> None:
                    if progress is not None:
                        progress(start + span * 6 // 10 * (b + done) // total, 1000, "正在读取并校验备份文件…")

                bf.extract_part(c, part, dest, cb, sync=False)  # restore_backup fsyncs after the checks
                base += part.size
                paths[part.name] = dest
                futures[part.name] = [pool.submit(bf.check_copy, dest, key, cancel=cancel, parts=task)
                                      for task in bf.check_plan(part.name)]
            timings["extract"] = time.monotonic() - t
            t = time.monotonic()
            if progress is not None:
                progress(start + span * 6 // 10, 1000, "正在检查备份中的数据库…")
            results = {name: bf.merge_checks([f.result() for f in futures[name]]) for name in paths}
            timings["verify_wait"] = time.monotonic() - t
        except BaseException:
            cancel.set()
            raise
    problems: list[str] = []
    counts = c.manifest.get("counts") or {}
    for name, res in results.items():
        label = "核心库" if name == "core" else "附件库"
        problems += [f"{label}：{p}" for p in res.problems]
        if not res.problems:
            problems += bf.count_problems(counts.get(name, {}), res.counts, label)
    core = results.get("core")
    if core is not None and not core.problems:
        if core.revision != c.manifest.get("schema_revision"):
            problems.append(f"数据库版本 {core.revision} 与清单 {c.manifest.get('schema_revision')} 不符")
        head = c.manifest.get("audit_head") or {}
        if core.audit_head != (int(head.get("seq", 0)), str(head.get("hash", ""))):
            problems.append("审计链尾与清单不符")
    if problems:
        raise BackupDamaged(problems)
    if progress is not None:
        progress(start + span, 1000, "备份检查完成")
    return timings


def inspect_backup(path: Path | str, passphrase: str | None = None, *, key_hex: str | None = None,
                   deep: bool = True, work_dir: Path | None = None, throttle: PassphraseThrottle | None = None,
                   progress: ProgressFn | None = None) -> BackupInfo:
    """Verify a backup and say what it holds (branch, time, counts). Raises with a Chinese message.

    deep=False authenticates the manifest only (instant: for showing the contents before asking
    "restore this?"); deep=True also re-hashes every byte and checks both databases, which is what
    `loandesk backup verify` and restore do. The copies extracted for checking stay encrypted.
    """
    c = bf.read_container(path)
    key = _key_for(c, passphrase, key_hex, throttle or THROTTLE)
    if not deep:
        return _info(c, False)
    tmp = Path(tempfile.mkdtemp(prefix="loandesk-verify-", dir=work_dir))
    try:
        _extract_and_check(c, key, tmp, progress)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    return _info(c, True)


# --- restoring ---------------------------------------------------------------------------------------

def _as_data(data_dir: DataDir | Path | str) -> DataDir:
    return data_dir if isinstance(data_dir, DataDir) else DataDir(Path(data_dir))


def _stamp() -> str:
    return datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")


def passphrase_differs_from_live(data_dir: DataDir | Path | str, passphrase: str) -> bool:
    """True when the folder has a key slot that `passphrase` does not open: restoring then brings
    back the backup's slot, so the recovery passphrase silently becomes the one the backup was made
    with (an admin who changed it since would type the newer one at the next unlock, in vain).
    Call before restoring; costs one KDF run."""
    data = _as_data(data_dir)
    if not data.slot.exists():
        return False
    try:
        open_slot(read_slot(data.slot), passphrase)
    except WrongPassphrase:
        return True
    except StorageError:
        return False  # a damaged slot is one of the reasons to restore: nothing to compare
    return False


def restore_backup(data_dir: DataDir | Path | str, path: Path | str, passphrase: str | None = None, *,
                   key_hex: str | None = None, expected_branch: str | None = None,
                   allow_other_branch: bool = False, actor: Actor | None = None,
                   keystore_factory: type[KeyStore] = KeyStore, throttle: PassphraseThrottle | None = None,
                   progress: ProgressFn | None = None) -> RestoreResult:
    """Replace the database in `data_dir` by the backup at `path`; works on an empty folder too.

    The caller must have closed its `Database` for this folder (engines disposed). Authority is the
    backup's recovery passphrase; a GUI caller should also have checked `backup.restore` with
    `authorize_restore` first and passes that actor so the audit record names them.
    """
    data = _as_data(data_dir)
    with InstanceLock(data.root), MAINTENANCE:
        earlier = recover_interrupted(data, keystore_factory=keystore_factory)
        c = bf.read_container(path)
        key = _key_for(c, passphrase, key_hex, throttle or THROTTLE)
        info = _info(c, True)
        if info.schema_status == "newer":
            raise BackupSchemaTooNew(info.schema_revision)
        try:
            current = data.read_marker()
        except StorageError:
            current = None  # a damaged marker is one of the reasons to restore
        expect = expected_branch or (current or {}).get("branch_code")
        if expect and info.branch_code != expect and not allow_other_branch:
            raise WrongBranch(info.branch_code, info.branch_name, str(expect))
        need = sum(p.size for p in c.parts) + (32 << 20)
        free = shutil.disk_usage(data.root).free
        if free < need:
            raise StorageError(f"数据目录所在磁盘空间不足：需要约 {need // 2**20} MB，可用 {free // 2**20} MB。"
                               "当前数据库未作任何改动。")
        if earlier.restore == "needs_unlock":
            # An earlier restore's files are all in place; only its audit record is missing and
            # can no longer be written (that database is about to be replaced). Clear it up.
            old = read_journal(data)
            if old is not None:
                shutil.rmtree(data.root / old["staging"], ignore_errors=True)
                (data.root / JOURNAL).unlink()
        staging = data.root / f"{STAGING_PREFIX}{info.backup_id[:8]}"
        shutil.rmtree(staging, ignore_errors=True)
        staging.mkdir()
        migrated_from = None
        try:
            timings = _extract_and_check(c, key, staging, progress, 0, 850)
            t = time.monotonic()
            if info.schema_status == "older":
                migrated_from = info.schema_revision
                if progress is not None:
                    progress(860, 1000, "正在升级备份中的数据库版本…")
                engine = make_engine(staging / DB_FILE, key)
                try:
                    migrate.upgrade(engine)
                finally:
                    engine.dispose()
                with ThreadPoolExecutor(max_workers=2, thread_name_prefix="loandesk-verify") as pool:
                    check = bf.merge_checks(list(pool.map(
                        lambda task: bf.check_copy(staging / DB_FILE, key, parts=task), bf.check_plan("core"))))
                if check.problems:
                    raise BackupDamaged(["升级后检查：" + p for p in check.problems])
                timings["migrate_and_check"] = time.monotonic() - t
                t = time.monotonic()
            for name in (DB_FILE, ATTACH_FILE):
                if (staging / name).exists():
                    bf.settle_copy(staging / name, key)
                    bf.fsync_file(staging / name)  # on disk before the journal names it
            write_json_atomic(staging / SLOT_FILE, c.slot)
            marker = dict(c.manifest.get("marker") or {})
            marker.update({
                "database_id": info.database_id,
                "branch_code": info.branch_code,
                "branch_name": info.branch_name,
                "app_version": __version__,
                "restored_at": datetime.now(UTC).isoformat(),
                "restored_from": c.path.name,
                "restored_backup_id": info.backup_id,
            })
            marker.setdefault("created_at", info.created_at.isoformat())
            write_json_atomic(staging / MARKER, marker)
            with contextlib.suppress(KeyringUnavailable):
                keystore_factory(info.database_id).put(key, "pending")
            if progress is not None:  # the last point where 取消 is honoured
                progress(880, 1000, "正在切换到恢复的数据库…")
            who = actor or SYSTEM
            journal = {
                "version": 1,
                "state": "swapping",
                "staging": staging.name,
                "pre": f"{PRE_PREFIX}{_stamp()}",
                "new": {DB_FILE: True, ATTACH_FILE: (staging / ATTACH_FILE).exists(), SLOT_FILE: True,
                        MARKER: True},
                "backup_file": c.path.name,
                "backup_id": info.backup_id,
                "backup_created_at": info.created_at.isoformat(),
                "database_id": info.database_id,
                "previous_database_id": (current or {}).get("database_id", ""),
                "branch_code": info.branch_code,
                "migrated_from": migrated_from,
                "actor": {"user_id": who.user_id, "username": who.username, "display_name": who.display_name},
                "started_at": datetime.now(UTC).isoformat(),
            }
            write_json_atomic(data.root / JOURNAL, journal)
            fsync_dir(data.root)
        except BaseException:
            shutil.rmtree(staging, ignore_errors=True)
            raise
        _roll_forward(data, journal)
        stored = _post_restore(data, journal, key, keystore_factory)
        timings["settle_and_switch"] = time.monotonic() - t
        cleanup = _prune_after_restore(data, journal, key)  # only now: the restore has succeeded
        if progress is not None:
            with contextlib.suppress(Exception):  # done: a late 取消 changes nothing
                progress(1000, 1000, "恢复完成")
        pre = data.root / journal["pre"]
        return RestoreResult(info, data.root, pre if pre.exists() else None, stored, migrated_from, key, timings,
                             cleanup)


def _remove_tree(path: Path) -> list[OSError]:
    """Delete a folder bottom-up, carrying on past what cannot be deleted (a file held open on
    Windows, a read-only file): as much disk as possible comes back, and the errors are returned
    instead of aborting half-way like shutil.rmtree. Symlinks are removed, never followed."""
    errors: list[OSError] = []

    def unlink(p: str) -> None:
        try:
            os.unlink(p)
        except PermissionError:
            try:  # Windows will not delete a read-only file
                os.chmod(p, stat.S_IWRITE)
                os.unlink(p)
            except OSError as exc:
                errors.append(exc)
        except OSError as exc:
            errors.append(exc)

    for dirpath, dirnames, filenames in os.walk(path, topdown=False):
        for name in filenames:
            unlink(os.path.join(dirpath, name))
        for name in dirnames:
            sub = os.path.join(dirpath, name)
            if os.path.islink(sub):
                unlink(sub)
                continue
            try:
                os.rmdir(sub)
            except OSError as exc:
                errors.append(exc)
    try:
        os.rmdir(path)
    except OSError as exc:
        errors.append(exc)
    return errors


def prune_safety_copies(root: Path, current: str | None, keep: int = KEEP_SAFETY_COPIES) -> SafetyCleanup:
    """Delete all but the newest `keep` pre-restore folders in `root`; `current` (the one the
    restore just made) is always kept, whatever its time stamp says (a PC clock set wrong).

    Only real folders whose name matches PRE_PATTERN exactly are touched. Never raises: a folder
    that cannot be deleted is logged by exception type and reported in ``failed``.
    """
    try:
        found = sorted((p for p in root.iterdir()
                        if PRE_PATTERN.fullmatch(p.name) and p.is_dir() and not p.is_symlink()),
                       key=lambda p: p.name, reverse=True)  # the name is a UTC time stamp
    except OSError as exc:
        log.warning("could not list safety copies: %s", type(exc).__name__)
        return SafetyCleanup()
    kept = [p for p in found if p.name == current]
    doomed: list[Path] = []
    for p in found:
        if p.name == current:
            continue
        (kept if len(kept) < keep else doomed).append(p)
    removed: list[str] = []
    failed: list[str] = []
    for p in doomed:
        errors = _remove_tree(p)
        if errors or p.exists():
            log.warning("old safety copy %s not fully removed: %s", p.name,
                        ", ".join(sorted({type(e).__name__ for e in errors})) or "still present")
            failed.append(p.name)
        else:
            removed.append(p.name)
    if removed:
        with contextlib.suppress(OSError):
            fsync_dir(root)
    return SafetyCleanup(tuple(removed), tuple(sorted(kept, key=lambda p: p.name, reverse=True)), tuple(failed))


def _prune_after_restore(data: DataDir, journal: dict, key: str) -> SafetyCleanup:
    """Prune old safety copies once a restore has completed, and audit what was deleted (like the
    rotation of backups) in the restored database. Never fails the restore."""
    try:
        cleanup = prune_safety_copies(data.root, journal["pre"])
    except Exception as exc:  # the restore is done; a cleanup problem must not undo that message
        log.warning("pruning safety copies failed: %s", type(exc).__name__)
        return SafetyCleanup()
    if cleanup.removed or cleanup.failed:
        try:
            db = open_database(data, key, upgrade=False)
            try:
                with db.write() as s:
                    audit.record(s, _journal_actor(journal), "backup.safety_copies_removed", entity_type="backup",
                                 entity_id=str(journal.get("backup_id", "")),
                                 summary={"deleted": list(cleanup.removed), "not_deleted": list(cleanup.failed),
                                          "kept": [p.name for p in cleanup.kept]})
            finally:
                db.close()
        except Exception as exc:
            log.warning("could not audit removed safety copies: %s", type(exc).__name__)
    return cleanup


def _move_aside(root: Path, pre: Path, name: str) -> None:
    """Main file first, then its sidecars: a crash in between leaves "database missing" (refused
    at start), never an old WAL beside a new database."""
    for suffix in ("", *SIDECARS):
        src = root / (name + suffix)
        if not src.exists():
            continue
        dst = pre / (name + suffix)
        n = 1
        while dst.exists():  # never overwrite a safety copy
            dst = pre / f"{name}{suffix}.{n}"
            n += 1
        os.replace(src, dst)


def _copy_aside(root: Path, pre: Path, name: str) -> None:
    src, dst = root / name, pre / name
    if not src.exists() or dst.exists():
        return
    tmp = pre / (name + ".tmp")
    shutil.copyfile(src, tmp)
    with open(tmp, "rb+") as fh:
        os.fsync(fh.fileno())
    os.replace(tmp, dst)


def _roll_forward(data: DataDir, journal: dict) -> None:
    """Steps 1–3 of the switch; every step can run again after a crash with the same result."""
    root = data.root
    staging = root / journal["staging"]
    pre = root / journal["pre"]
    pre.mkdir(exist_ok=True)
    for name in (MARKER, SLOT_FILE):
        if (staging / name).exists():  # not yet switched: the live one is still the old one
            _copy_aside(root, pre, name)
    for name in (DB_FILE, ATTACH_FILE):
        if journal["new"].get(name):
            if (staging / name).exists():
                _move_aside(root, pre, name)
                os.replace(staging / name, root / name)
        elif (root / name).exists() or any((root / (name + s)).exists() for s in SIDECARS):
            _move_aside(root, pre, name)  # the backup has none: the old one must not stay
    for name in (SLOT_FILE, MARKER):  # marker last: it is what declares the folder complete
        if (staging / name).exists():
            os.replace(staging / name, root / name)
    fsync_dir(root)
    if journal.get("state") != "swapped":
        journal = dict(journal, state="swapped")
        write_json_atomic(root / JOURNAL, journal)
    with contextlib.suppress(OSError):
        pre.rmdir()  # only succeeds when empty (fresh PC: nothing was there before)


def _journal_actor(journal: dict) -> Actor:
    a = journal.get("actor") or {}
    if not a.get("user_id"):
        return SYSTEM
    return Actor(user_id=a["user_id"], username=a.get("username", ""), display_name=a.get("display_name", ""))


def _post_restore(data: DataDir, journal: dict, key: str, keystore_factory: type[KeyStore],
                  db: Database | None = None, *, resumed: bool = False) -> bool:
    """Step 4: keyring, audit record in the restored database, cleanup. Returns key_in_keyring."""
    stored = False
    store = keystore_factory(journal["database_id"])
    try:
        stored = store.put(key, "current")
        if stored:
            store.delete("pending")
    except KeyringUnavailable:
        stored = False
    summary = {
        "file": journal.get("backup_file"),
        "backup_id": journal.get("backup_id"),
        "backup_created_at": journal.get("backup_created_at"),
        "previous_database_id": journal.get("previous_database_id"),
        "safety_copy": journal.get("pre"),
        "migrated_from": journal.get("migrated_from"),
        "completed_after_interruption": resumed,
    }
    own = db is None
    target = db if db is not None else open_database(data, key, upgrade=False)
    try:
        with target.write() as s:
            audit.record(s, _journal_actor(journal), "backup.restored", entity_type="backup",
                         entity_id=str(journal.get("backup_id", "")), summary=summary)
    finally:
        if own:
            target.close()
    with contextlib.suppress(FileNotFoundError):
        (data.root / JOURNAL).unlink()
    shutil.rmtree(data.root / journal["staging"], ignore_errors=True)
    fsync_dir(data.root)
    return stored


def read_journal(data: DataDir) -> dict | None:
    try:
        j = json.loads((data.root / JOURNAL).read_text(encoding="utf-8"))
    except FileNotFoundError:
        return None
    except (OSError, ValueError) as exc:
        raise StorageError(f"恢复日志文件已损坏：{data.root / JOURNAL}。请联系技术支持，"
                           "不要删除数据目录中的 pre-restore 文件夹。", detail=str(exc)) from exc
    return j if isinstance(j, dict) else None


def _opens(path: Path, key: str) -> bool:
    try:
        connect_raw(path, key).close()
    except WrongKeyOrCorrupt:
        return False
    return True


def recover_interrupted(data_dir: DataDir | Path | str, *,
                        keystore_factory: type[KeyStore] = KeyStore) -> RecoveryReport:
    """Call at start, after taking the instance lock and before inspect_dir/open_database.

    Finishes a restore or re-key that a crash or power cut interrupted. Needs no passphrase;
    whatever needs the key and could not get it from the keyring is finished by
    `finish_after_open(db)` after the user unlocked.
    """
    from loandesk.services import keymgmt

    data = _as_data(data_dir)
    messages: list[str] = []
    restore_state = "none"
    with InstanceLock(data.root), MAINTENANCE:
        journal = read_journal(data)
        if journal is not None:
            if journal.get("state") == "swapping":
                _roll_forward(data, journal)
                journal = dict(journal, state="swapped")
                messages.append("上次从备份恢复时程序中断，已完成切换到备份中的数据库。")
            key = None
            try:
                store = keystore_factory(journal["database_id"])
                for slot in ("pending", "current"):
                    k = store.get(slot)
                    if k and _opens(data.db, k):
                        key = k
                        break
            except KeyringUnavailable:
                key = None
            if key is not None:
                _post_restore(data, journal, key, keystore_factory, resumed=True)
                restore_state = "completed"
            else:
                restore_state = "needs_unlock"
        # Staging folders of restores that died before their journal was written: never used.
        current = read_journal(data)
        keep = current.get("staging") if current else None
        with contextlib.suppress(OSError):
            for p in data.root.iterdir():
                if p.name.startswith(STAGING_PREFIX) and p.name != keep and p.is_dir():
                    shutil.rmtree(p, ignore_errors=True)
        rekey_state = keymgmt.recover_rekey(data, keystore_factory=keystore_factory)
        if rekey_state == "completed":
            messages.append("上次更换密钥时程序中断，已完成密钥更换。")
        elif rekey_state == "rolled_back":
            messages.append("上次更换密钥时程序中断，密钥更换未生效，数据库仍使用原密钥。")
    return RecoveryReport(restore_state, rekey_state, messages)


def finish_after_open(db: Database, *, keystore_factory: type[KeyStore] = KeyStore) -> list[str]:
    """Call right after a successful open: writes the audit records and keyring entries that an
    interrupted restore or re-key could not write without the key. Cheap when there is nothing."""
    from loandesk.services import keymgmt

    done: list[str] = []
    with MAINTENANCE:
        journal = read_journal(db.data)
        if journal is not None and journal.get("state") == "swapped" and journal.get("database_id") == db.database_id:
            _post_restore(db.data, journal, db.key_hex(), keystore_factory, db, resumed=True)
            done.append("backup.restored")
        done += keymgmt.finish_rekey_after_open(db, keystore_factory=keystore_factory)
    return done


def authorize_restore(db: Database, actor: Actor) -> Actor:
    """GUI path: check backup.restore (denial audited) before the caller closes the database."""
    from loandesk.services.context import require

    with db.write() as s:
        require(s, actor, "backup.restore")
        audit.record(s, actor, "backup.restore_started", entity_type="backup")
    return actor
