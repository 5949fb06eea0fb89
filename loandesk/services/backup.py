"""Backups: one verified, self-contained file per run; schedule, at-exit runs, rotation, history.

How a backup is made (the order is what makes it safe):

1. Two read transactions are opened, core first, attachments right after. Blobs are committed
   before the core row that references them (store/attachments.py), so the later attachments
   snapshot holds every blob the core snapshot points at. Clerks keep working (WAL).
2. Row counts, schema revision and audit head are read inside the core snapshot, then both
   snapshots are copied with the SQLite backup API into working copies keyed with the *same*
   database key (pages are re-encrypted, never plain). Working copies go to the local data disk
   when it has room (fast, and a slow USB stick is written only once), else to the destination.
3. While the container is streamed into ``<name>.partial`` at the destination (SHA-256 per part
   and of the whole file), two threads check the copies on fresh read-only connections (plan:
   ``backup_file.CHECK_PLAN``, longest task first): core ``cipher_integrity_check`` +
   ``integrity_check`` + foreign keys, the same for attachments, plus the page count against the
   file size (docs/ARCHITECTURE.md); counts equal to the snapshot.
4. fsync, drop the OS cache, read the whole file back from the medium and compare its SHA-256;
   parse it and check the manifest MAC. Only then ``os.replace`` to the final name.

A failure anywhere removes the partial file and the working copies; earlier backups are never
touched (rotation runs only after a new backup succeeded). Why the live key and not a fresh key
per backup: scheduled backups run without anyone typing the recovery passphrase, and sealing a
new key under it would need the passphrase-derived key, which the app never holds. The live
key's slot goes into the file instead, so the passphrase (or printed recovery key) opens it.
"""

from __future__ import annotations

import contextlib
import json
import os
import re
import shutil
import threading
import time
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

import sqlcipher3
from sqlalchemy import and_, not_, or_, select
from sqlalchemy.orm import Session

from loandesk import __version__
from loandesk.services import audit
from loandesk.services import settings as settings_svc
from loandesk.services.context import SYSTEM, Actor, ServiceError, require
from loandesk.store import backup_file as bf
from loandesk.store.database import ATTACH_FILE, DB_FILE, Database, DataDir, fsync_dir
from loandesk.store.errors import StorageError, WrongKeyOrCorrupt
from loandesk.store.instance_lock import MAINTENANCE
from loandesk.store.keys import WrongPassphrase, read_slot
from loandesk.store.models.admin import BackupRecord
from loandesk.store.models.audit import AuditRecord
from loandesk.store.models.base import new_uuid, utcnow

KIND_MANUAL, KIND_SCHEDULED, KIND_EXIT = "manual", "scheduled", "exit"
AUTO_KINDS = (KIND_SCHEDULED, KIND_EXIT)
KIND_LABELS = {KIND_MANUAL: "手动", KIND_SCHEDULED: "定时", KIND_EXIT: "退出时"}
SCHEDULES = {"daily": "每天", "weekly": "每周", "off": "不自动备份"}
CHINA = timezone(timedelta(hours=8))  # no DST in China; avoids needing tzdata on Windows
NAME_RE = re.compile(
    r"^LoanDesk-(?P<branch>[0-9A-Za-z_]+)-(?P<date>\d{8})-(?P<time>\d{6})(?:-(?P<n>\d+))?"
    r"-(?P<kind>manual|scheduled|exit)\.ldbackup$"
)
STALE_PARTIAL = timedelta(hours=1)
FUTURE_SLACK = timedelta(days=1)  # clocks of PCs sharing a backup folder may differ a little
PENDING_SLOT_SUFFIX = ".pending"

ProgressFn = Callable[[int, int, str], None]  # same shape as ui.tasks.TaskState.progress


# --- results -------------------------------------------------------------------------------------

@dataclass(frozen=True)
class BackupResult:
    path: Path
    location: str
    kind: str
    backup_id: str
    created_at: datetime
    size: int
    sha256: str
    seconds: float
    schema_revision: str
    counts: dict[str, dict[str, int]]
    audit_head: tuple[int, str]
    verified: bool = True
    timings: dict[str, float] = field(default_factory=dict)


@dataclass(frozen=True)
class BackupView:
    """A history row for the 系统管理 tab."""

    id: str
    backup_id: str
    file_name: str
    location: str
    kind: str
    kind_label: str
    status: str
    created_at: datetime
    size_bytes: int
    sha256: str
    verify_state: str
    verified_at: datetime | None
    schema_revision: str
    counts: dict
    audit_seq: int
    operator: str
    message: str
    seconds: int

    @staticmethod
    def of(r: BackupRecord) -> BackupView:
        try:
            counts = json.loads(r.counts or "{}")
        except ValueError:
            counts = {}
        return BackupView(r.id, r.backup_id, r.file_name, r.location, r.kind, KIND_LABELS.get(r.kind, r.kind),
                          r.status, r.created_at, r.size_bytes, r.sha256, r.verify_state, r.verified_at,
                          r.schema_revision, counts, r.audit_seq, r.operator, r.message, r.seconds)

    @property
    def path(self) -> Path:
        return Path(self.location) / self.file_name


@dataclass(frozen=True)
class LocationOutcome:
    location: str
    status: str  # ok | failed | skipped
    message: str
    result: BackupResult | None = None
    deleted: tuple[Path, ...] = ()


@dataclass(frozen=True)
class BackupSettings:
    locations: list[str]
    schedule: str
    keep: dict[str, int]
    at_exit: bool


# --- permissions -----------------------------------------------------------------------------------

def authorize(session: Session, actor: Actor, permission: str) -> None:
    """SYSTEM is the scheduler and the command line (which already holds the key through the OS
    keyring, so a check would protect nothing); every person is checked against their current role."""
    if actor is SYSTEM or actor == SYSTEM:
        return
    require(session, actor, permission)


# --- settings ----------------------------------------------------------------------------------------

def get_backup_settings(session: Session) -> BackupSettings:
    keep = dict(settings_svc.DEFAULTS["backup.keep"])
    stored = settings_svc.get(session, "backup.keep")
    if isinstance(stored, dict):
        keep.update({k: int(v) for k, v in stored.items() if k in keep and isinstance(v, int)})
    locations = settings_svc.get(session, "backup.locations") or []
    schedule = settings_svc.get(session, "backup.schedule") or "daily"
    at_exit = settings_svc.get(session, "backup.at_exit")
    return BackupSettings([str(x) for x in locations if isinstance(x, str)],
                          schedule if schedule in SCHEDULES else "daily", keep,
                          True if at_exit is None else bool(at_exit))


def set_backup_settings(session: Session, actor: Actor, *, locations: list[str] | None = None,
                        schedule: str | None = None, keep: dict[str, int] | None = None,
                        at_exit: bool | None = None) -> BackupSettings:
    """Validate, then store through settings.put (which checks settings.manage and audits)."""
    require(session, actor, "settings.manage")
    if locations is not None:
        cleaned: list[str] = []
        for loc in locations:
            text = str(loc).strip()
            if not text:
                continue
            if not Path(text).is_absolute():
                raise ServiceError(f"备份位置必须是完整路径（例如 E:\\LoanDesk备份）：{text}", field="locations")
            if text not in cleaned:
                cleaned.append(text)
        if len(cleaned) > 5:
            raise ServiceError("备份位置最多 5 个。", field="locations")
        settings_svc.put(session, actor, "backup.locations", cleaned)
    if schedule is not None:
        if schedule not in SCHEDULES:
            raise ServiceError("备份计划只能是：每天、每周或不自动备份。", field="schedule")
        settings_svc.put(session, actor, "backup.schedule", schedule)
    if keep is not None:
        merged = dict(settings_svc.DEFAULTS["backup.keep"])
        for k, v in keep.items():
            if k not in merged or not isinstance(v, int) or not 1 <= v <= 400:
                raise ServiceError("保留份数应为 1–400 之间的整数（按日、周、月）。", field="keep")
            merged[k] = v
        settings_svc.put(session, actor, "backup.keep", merged)
    if at_exit is not None:
        settings_svc.put(session, actor, "backup.at_exit", bool(at_exit))
    return get_backup_settings(session)


# --- naming --------------------------------------------------------------------------------------------

def _safe_branch(code: str) -> str:
    return re.sub(r"[^0-9A-Za-z]", "_", code or "branch")[:20] or "branch"


def backup_file_name(branch_code: str, when: datetime, kind: str, n: int = 0) -> str:
    """Readable, sortable, and parsed back by rotation; China time because that is the branch's day."""
    local = when.astimezone(CHINA)
    suffix = f"-{n}" if n else ""
    return f"LoanDesk-{_safe_branch(branch_code)}-{local:%Y%m%d-%H%M%S}{suffix}-{kind}{bf.SUFFIX}"


@dataclass(frozen=True)
class NamedBackup:
    path: Path
    branch: str
    when: datetime  # China local time, from the name
    kind: str


def parse_backup_name(path: Path) -> NamedBackup | None:
    m = NAME_RE.match(path.name)
    if not m:
        return None
    try:
        when = datetime.strptime(m["date"] + m["time"], "%Y%m%d%H%M%S").replace(tzinfo=CHINA)
    except ValueError:
        return None
    return NamedBackup(path, m["branch"], when, m["kind"])


# --- making one backup -----------------------------------------------------------------------------

def _stage(progress: ProgressFn | None, text: str, start: int, span: int) -> Callable[[int, int], None]:
    """Map a stage's (done, total) onto an overall 0..1000 scale for one progress bar."""

    def cb(done: int, total: int) -> None:
        if progress is not None:
            progress(start + (span * done // total if total else span), 1000, text)

    return cb


def _cleanup_stale(dest: Path, branch: str, local_work: Path) -> None:
    """Remove what a killed run left behind: our branch's partial files and working folders, and
    only old ones (a network share may be in use by another PC of the same branch right now)."""
    prefix = f"LoanDesk-{_safe_branch(branch)}-"
    candidates: list[Path] = []
    with contextlib.suppress(OSError):
        candidates += [p for p in dest.iterdir()
                       if (p.name.startswith(prefix) and p.name.endswith(bf.SUFFIX + ".partial"))
                       or (p.name.startswith("." + prefix) and p.name.endswith(".work"))]
    with contextlib.suppress(OSError):
        candidates += [p for p in local_work.iterdir() if p.name.startswith(".work-")]
    for p in candidates:
        try:
            age = time.time() - p.stat().st_mtime
        except OSError:
            continue
        if age <= STALE_PARTIAL.total_seconds():
            continue
        if p.is_dir():
            shutil.rmtree(p, ignore_errors=True)
        else:
            with contextlib.suppress(OSError):
                p.unlink()


def _same_device(a: Path, b: Path) -> bool:
    try:
        return a.stat().st_dev == b.stat().st_dev
    except OSError:
        return False


def _open_partial(path: Path) -> object:
    """Exclusive create: never write over anything. A seam for the disk-full tests."""
    return open(path, "xb")


def write_backup(db: Database, dest_dir: Path | str, *, kind: str = KIND_MANUAL, operator: str = "system",
                 progress: ProgressFn | None = None, now: datetime | None = None,
                 create_dir: bool = True) -> BackupResult:
    """Make and verify one backup file in `dest_dir` (no permission check, no history: see create_backup)."""
    started = time.monotonic()
    timings: dict[str, float] = {}
    now = now or utcnow()
    data = db.data
    key = db.key_hex()
    marker = dict(db.marker)
    dest = Path(dest_dir)
    where = str(dest)
    with MAINTENANCE:
        if data.slot.with_name(data.slot.name + PENDING_SLOT_SUFFIX).exists():
            raise StorageError("上次更换密钥尚未完成，请先重新启动 LoanDesk 完成密钥更换，再做备份。")
        slot = read_slot(data.slot)
        if slot.get("database_id") != db.database_id:
            raise StorageError("密钥槽文件与数据库不匹配，无法生成可恢复的备份。请联系技术支持。",
                               detail="slot database_id mismatch")
        if not dest.is_dir():
            if not create_dir:
                raise bf.BackupFileError(f"备份位置不可用：{where}（U 盘可能未插入，或网络共享无法访问）。"
                                         "未生成备份文件，之前的备份未受影响。")
            try:
                dest.mkdir(parents=True, exist_ok=True)
            except OSError as exc:
                raise bf.map_os_error(exc, where) from exc
        branch = str(marker.get("branch_code", ""))
        local_root = data.backups
        with contextlib.suppress(OSError):
            local_root.mkdir(parents=True, exist_ok=True)
        _cleanup_stale(dest, branch, local_root)
        n = 0
        while True:
            name = backup_file_name(branch, now, kind, n)
            if not (dest / name).exists() and not (dest / (name + ".partial")).exists():
                break
            n += 1
        final = dest / name
        partial = dest / (name + ".partial")
        backup_id = new_uuid()
        cancel = threading.Event()
        snaps: dict[str, bf.Snapshot] = {}
        work: Path | None = None
        try:
            t = time.monotonic()
            try:
                snaps["core"] = bf.Snapshot(data.db, key)
                if data.attachments.exists() and data.attachments.stat().st_size > 0:
                    snaps["attachments"] = bf.Snapshot(data.attachments, key)
                revision = snaps["core"].revision()
                head = snaps["core"].audit_head()
            except sqlcipher3.DatabaseError as exc:
                if "not a database" in str(exc):
                    raise WrongKeyOrCorrupt(detail=str(exc)) from exc
                raise StorageError("读取数据库失败，未生成备份。请运行完整性检查。", detail=str(exc)) from exc
            if not revision:
                raise StorageError("数据库中没有版本信息，无法备份。请运行完整性检查。")
            total = sum(sn.size for sn in snaps.values()) or 1
            copy_bytes = sum(sn.size for sn in snaps.values() if not sn.pinned)
            work = _space_check(data, dest, where, total, copy_bytes, name)
            # The bytes that go into the file: the frozen live file itself when pinned, else a
            # working copy made with the backup API from the same snapshot.
            sources: dict[str, Path] = {}
            for part_name, sn in snaps.items():
                if sn.pinned:
                    sources[part_name] = sn.path
                else:
                    assert work is not None
                    work.mkdir(parents=True, exist_ok=True)
                    sources[part_name] = work / (DB_FILE if part_name == "core" else ATTACH_FILE)
                    try:
                        sn.copy_to(sources[part_name], _stage(progress, "正在复制数据库…", 0, 300))
                    except sqlcipher3.DatabaseError as exc:
                        if bf.is_disk_full(exc):
                            raise bf.DestinationFull(str(work.parent)) from exc
                        raise
            timings["snapshot"] = time.monotonic() - t

            header = {
                "backup_id": backup_id,
                "created_at": now.isoformat(),
                "database_id": db.database_id,
                "branch_code": marker.get("branch_code", ""),
                "branch_name": marker.get("branch_name", ""),
                "app_version": __version__,
                "kind": kind,
                "slot": slot,
            }
            manifest = {
                "app_version": __version__,
                "schema_revision": revision,
                "database_id": db.database_id,
                "branch_code": marker.get("branch_code", ""),
                "branch_name": marker.get("branch_name", ""),
                "marker": marker,
                "created_at": now.isoformat(),
                "operator": operator,
                "kind": kind,
                "audit_head": {"seq": head[0], "hash": head[1]},
                "sqlcipher": {"cipher_version": _cipher_version(), "sqlite_version": sqlcipher3.sqlite_version},
            }
            t = time.monotonic()
            # Worker threads check the very bytes being written (one per task of bf.CHECK_PLAN,
            # each on its own connection: HMAC of every page; B-trees, foreign keys, counts) while
            # this thread streams them into the file and reads them back; SQLite and hashlib
            # release the GIL. Only the longest task (the core's B-tree check) runs beside the
            # writing, so on two cores the writer is not starved; the others start when the file
            # is written and overlap the read-back, which mostly waits for the disk.
            with ThreadPoolExecutor(max_workers=3, thread_name_prefix="loandesk-verify") as pool:
                # The snapshot's own row counts (for the manifest) are read on a worker too: on a
                # big core they take seconds that would otherwise delay everything else.
                counted = pool.submit(_snapshot_counts, snaps)
                plans = {part_name: bf.check_plan(part_name) for part_name in sources}
                checks: dict[str, list[Future[bf.CopyCheck]]] = {part_name: [] for part_name in sources}
                checks["core"].append(pool.submit(bf.check_copy, sources["core"], key, cancel=cancel,
                                                  parts=plans["core"][0]))

                def start_other_checks() -> None:
                    for part_name, tasks in plans.items():
                        for task in tasks[1 if part_name == "core" else 0:]:
                            checks[part_name].append(pool.submit(bf.check_copy, sources[part_name], key,
                                                                 cancel=cancel, parts=task))

                try:
                    try:
                        fh = _open_partial(partial)
                    except OSError as exc:
                        raise bf.map_os_error(exc, where) from exc
                    try:
                        writer = bf.ContainerWriter(fh, header)
                        base = 0
                        for part_name, p in sources.items():
                            cb = _stage(progress, "正在写入备份文件…", 300, 450)
                            writer.add_part(part_name, DB_FILE if part_name == "core" else ATTACH_FILE, p,
                                            lambda d, _t, b=base, cb=cb: cb(b + d, total),
                                            size=snaps[part_name].size)
                            base += snaps[part_name].size
                        manifest["counts"] = counts = counted.result()
                        writer.finish(manifest, key)
                        fh.flush()
                        os.fsync(fh.fileno())
                    finally:
                        fh.close()
                    timings["write"] = time.monotonic() - t
                    t = time.monotonic()
                    start_other_checks()
                    # Read back from the medium, not from the cache: catches lying USB sticks.
                    bf.drop_cache(partial)
                    size, digest = bf.file_sha256(partial, _stage(progress, "正在回读校验备份文件…", 750, 150))
                    if size != writer.size or digest != writer.sha256:
                        raise bf.CorruptBackup("写入后回读", detail="read-back sha256 differs")
                    container = bf.read_container(partial)
                    bf.authenticate(container, key)
                    timings["readback"] = time.monotonic() - t
                except BaseException:
                    cancel.set()
                    raise
                t = time.monotonic()
                if progress is not None:
                    progress(900, 1000, "正在检查数据库完整性…")
                results = {part_name: bf.merge_checks([f.result() for f in futures])
                           for part_name, futures in checks.items()}
                timings["verify_wait"] = time.monotonic() - t
            problems: list[str] = []
            for part_name, res in results.items():
                label = "核心库" if part_name == "core" else "附件库"
                problems += [f"{label}：{p}" for p in res.problems]
                if not res.problems:
                    problems += bf.count_problems(counts[part_name], res.counts, label)
            if not results["core"].problems:
                if results["core"].revision != revision:
                    problems.append(f"副本的数据库版本 {results['core'].revision} 与快照 {revision} 不符")
                if results["core"].audit_head != head:
                    problems.append("副本的审计链尾与快照不符")
            if problems:
                raise StorageError("备份校验未通过，未保存此备份：" + "；".join(problems[:3]),
                                   detail="; ".join(problems))
            _replace(partial, final)
            fsync_dir(dest)
        except OSError as exc:
            _remove(partial)
            raise bf.map_os_error(exc, where) from exc
        except BaseException:
            _remove(partial)
            raise
        finally:
            cancel.set()
            for sn in snaps.values():
                sn.close()
            if work is not None:
                shutil.rmtree(work, ignore_errors=True)
        timings["pinned"] = float(all(sn.pinned for sn in snaps.values()))
        if progress is not None:
            with contextlib.suppress(Exception):  # the file is complete: a late 取消 changes nothing
                progress(1000, 1000, "备份完成")
        return BackupResult(final, str(dest), kind, backup_id, now, writer.size, writer.sha256,
                            time.monotonic() - started, revision, counts, head, True, timings)


def _snapshot_counts(snaps: dict[str, bf.Snapshot]) -> dict[str, dict[str, int]]:
    try:
        return {"core": snaps["core"].counts(),
                "attachments": snaps["attachments"].counts() if "attachments" in snaps else {}}
    except sqlcipher3.DatabaseError as exc:
        raise StorageError("读取数据库失败，未生成备份。请运行完整性检查。", detail=str(exc)) from exc


def _space_check(data: DataDir, dest: Path, where: str, total: int, copy_bytes: int, name: str) -> Path | None:
    """Refuse up front when the destination cannot hold the file; pick where working copies go
    (only needed when a snapshot could not be pinned): the local data disk if it has room, so a
    slow USB stick is written once, else the destination."""
    need_dest = total + (16 << 20)
    try:
        dest_free = shutil.disk_usage(dest).free
        local_free = shutil.disk_usage(data.backups).free if copy_bytes else 0
    except OSError as exc:
        raise bf.map_os_error(exc, where) from exc
    work = None
    if copy_bytes:
        same = _same_device(data.backups, dest)
        if local_free >= copy_bytes + (need_dest if same else 0) + (16 << 20):
            work = data.backups / f".work-{new_uuid()}"
        else:
            work = dest / f".{name}.work"
            need_dest += copy_bytes
    if dest_free < need_dest:
        raise bf.DestinationFull(f"{where}（需要约 {need_dest // 2**20} MB，可用 {dest_free // 2**20} MB）")
    return work


def _cipher_version() -> str:
    conn = sqlcipher3.connect(":memory:")
    try:
        return str(conn.execute("PRAGMA cipher_version").fetchone()[0])
    finally:
        conn.close()


def _remove(path: Path) -> None:
    with contextlib.suppress(OSError):
        path.unlink()


def _replace(src: Path, dst: Path) -> None:
    """os.replace, retried briefly on Windows where an antivirus scanner may hold the file open."""
    for attempt in range(20):
        try:
            os.replace(src, dst)
            return
        except PermissionError:
            if os.name != "nt" or attempt == 19:
                raise
            time.sleep(0.25)


# --- the service functions --------------------------------------------------------------------------

def _record(db: Database, actor: Actor, *, kind: str, location: str, result: BackupResult | None,
            message: str = "", started: datetime) -> None:
    """History row + audit record in one transaction; never lets a bookkeeping error hide the outcome."""
    try:
        with db.write() as s:
            if result is not None:
                rec = BackupRecord(
                    backup_id=result.backup_id, file_name=result.path.name, location=location, kind=kind,
                    status="ok", created_at=result.created_at, finished_at=utcnow(), size_bytes=result.size,
                    sha256=result.sha256, verify_state="verified", verified_at=utcnow(),
                    schema_revision=result.schema_revision, counts=json.dumps(result.counts, ensure_ascii=False),
                    audit_seq=result.audit_head[0], audit_hash=result.audit_head[1], operator=actor.username,
                    message="", seconds=int(result.seconds))
                s.add(rec)
                audit.record(s, actor, "backup.created", entity_type="backup", entity_id=result.backup_id,
                             summary={"file": result.path.name, "location": location, "kind": kind,
                                      "size": result.size, "verified": True, "audit_seq": result.audit_head[0]})
            else:
                s.add(BackupRecord(backup_id="", file_name="", location=location, kind=kind, status="failed",
                                   created_at=started, finished_at=utcnow(), verify_state="failed",
                                   operator=actor.username, message=message[:500]))
                audit.record(s, actor, "backup.failed", entity_type="backup", entity_id="",
                             summary={"location": location, "kind": kind, "message": message[:200]},
                             outcome="failed")
    except StorageError:
        pass  # e.g. the local disk is full too: the backup outcome itself is what the caller needs


def create_backup(db: Database, actor: Actor, dest_dir: Path | str, *, kind: str = KIND_MANUAL,
                  progress: ProgressFn | None = None, now: datetime | None = None) -> BackupResult:
    """An admin's backup (系统管理 → 立即备份, or `loandesk backup --to DIR`). Needs backup.run."""
    with db.write() as s:
        authorize(s, actor, "backup.run")
    started = now or utcnow()
    try:
        result = write_backup(db, dest_dir, kind=kind, operator=actor.username, progress=progress, now=now)
    except StorageError as exc:
        _record(db, actor, kind=kind, location=str(dest_dir), result=None, message=exc.message, started=started)
        raise
    _record(db, actor, kind=kind, location=str(dest_dir), result=result, started=started)
    return result


def list_backups(db: Database, actor: Actor, *, limit: int = 100) -> list[BackupView]:
    with db.write() as s:
        authorize(s, actor, "backup.run")
    with db.read() as s:
        rows = s.scalars(select(BackupRecord).order_by(BackupRecord.created_at.desc()).limit(limit))
        return [BackupView.of(r) for r in rows]


def last_good_backup(db: Database, location: str | None = None, *,
                     not_after: datetime | None = None) -> BackupView | None:
    """For the status bar: the newest verified backup (optionally at one location). No permission:
    it reveals only that a backup exists. `not_after` skips backups stamped later (made while the
    PC clock was ahead), which the schedule must not mistake for today's."""
    with db.read() as s:
        q = select(BackupRecord).where(BackupRecord.status == "ok", BackupRecord.verify_state == "verified")
        if location is not None:
            q = q.where(BackupRecord.location == location)
        if not_after is not None:
            q = q.where(BackupRecord.created_at <= not_after)
        r = s.scalar(q.order_by(BackupRecord.created_at.desc()).limit(1))
        return None if r is None else BackupView.of(r)


class BackupNeedsPassphrase(StorageError):
    def __init__(self) -> None:
        super().__init__("此备份不是用当前密钥制作的（可能制作于更换密钥之前，或来自其他数据库）。"
                         "请输入制作该备份时的恢复口令后再校验。")


def verify_backup_file(db: Database, actor: Actor, path: Path | str, progress: ProgressFn | None = None, *,
                       passphrase: str | None = None) -> BackupView | None:
    """Re-check an existing backup (every byte, both databases) and update its history row.

    Tries this database's key first; a backup made before a re-key needs the recovery passphrase
    it was made with (BackupNeedsPassphrase, and the history row is left as it was).
    """
    from loandesk.services.restore import inspect_backup

    with db.write() as s:
        authorize(s, actor, "backup.run")
    p = Path(path)
    state, message = "verified", ""
    try:
        if passphrase is None:
            c = bf.read_container(p)
            if not bf.mac_matches(c, db.key_hex()):
                raise BackupNeedsPassphrase()
            inspect_backup(p, key_hex=db.key_hex(), progress=progress)
        else:
            inspect_backup(p, passphrase, progress=progress)
    except (BackupNeedsPassphrase, WrongPassphrase):
        raise  # says nothing about the file
    except StorageError as exc:
        state, message = "failed", exc.message
    with db.write() as s:
        rec = s.scalar(select(BackupRecord).where(BackupRecord.file_name == p.name,
                                                  BackupRecord.location == str(p.parent)))
        if rec is not None:
            rec.verify_state = state
            rec.verified_at = utcnow()
            if message:
                rec.message = message[:500]
        audit.record(s, actor, "backup.verified", entity_type="backup", entity_id=rec.backup_id if rec else "",
                     summary={"file": p.name, "state": state}, outcome="ok" if state == "verified" else "failed")
        view = None if rec is None else BackupView.of(rec)
    if state != "verified":
        raise StorageError(message)
    return view


# --- schedule, exit, rotation ------------------------------------------------------------------------

def _local_day(when: datetime) -> date:
    return when.astimezone(CHINA).date()


def _due(schedule: str, last: datetime | None, now: datetime) -> bool:
    if schedule == "off":
        return False
    if last is None:
        return True
    if schedule == "weekly":
        return _local_day(last).isocalendar()[:2] != _local_day(now).isocalendar()[:2]
    return _local_day(last) < _local_day(now)


def _locations(db: Database, conf: BackupSettings) -> list[str]:
    return conf.locations or [str(db.data.backups)]


def run_scheduled_backups(db: Database, actor: Actor = SYSTEM, now: datetime | None = None, *,
                          progress: ProgressFn | None = None) -> list[LocationOutcome]:
    """Call from a timer (e.g. hourly) and at start: backs up to every location where one is due.

    A system job: no permission check (an admin chose the schedule under settings.manage); the
    history and audit record name `actor`. A missing USB stick fails that location only, with a
    clear message, and is retried at the next call; earlier backups there are left alone.
    """
    now = now or utcnow()
    with db.read() as s:
        conf = get_backup_settings(s)
    if conf.schedule == "off":
        return []
    out: list[LocationOutcome] = []
    for loc in _locations(db, conf):
        # A backup stamped in the future (clock was ahead) is not "today's": with it as the last
        # one, no scheduled backup would run until that date came round.
        last = last_good_backup(db, loc, not_after=now)
        if not _due(conf.schedule, last.created_at if last else None, now):
            out.append(LocationOutcome(loc, "skipped", "今天已备份" if conf.schedule == "daily" else "本周已备份"))
            continue
        out.append(_auto_backup(db, actor, loc, KIND_SCHEDULED, now, conf, progress))
    return out


def _changed_since(db: Database, seq: int) -> bool:
    with db.read() as s:
        q = select(AuditRecord.seq).where(
            AuditRecord.seq > seq,
            not_(or_(AuditRecord.action.like("backup.%"), AuditRecord.action.like("auth.%"),
                     and_(AuditRecord.action == "permission.denied"))),
        ).limit(1)
        return s.scalar(q) is not None


def backup_at_exit(db: Database, actor: Actor = SYSTEM, now: datetime | None = None, *,
                   progress: ProgressFn | None = None) -> list[LocationOutcome]:
    """At a clean exit: a backup to each location whose own last good backup is older than the
    latest change. Judged per location: with the USB stick missing at the last run, the local
    copy alone (on the same disk as the database) must not make the stick count as up to date."""
    now = now or utcnow()
    with db.read() as s:
        conf = get_backup_settings(s)
    if not conf.at_exit:
        return []
    out: list[LocationOutcome] = []
    for loc in _locations(db, conf):
        last = last_good_backup(db, loc)
        if last is not None and not _changed_since(db, last.audit_seq):
            out.append(LocationOutcome(loc, "skipped", "上次备份后数据无变化"))
        else:
            out.append(_auto_backup(db, actor, loc, KIND_EXIT, now, conf, progress))
    return out


def _auto_backup(db: Database, actor: Actor, loc: str, kind: str, now: datetime, conf: BackupSettings,
                 progress: ProgressFn | None) -> LocationOutcome:
    default = Path(loc) == db.data.backups
    try:
        result = write_backup(db, loc, kind=kind, operator=actor.username, progress=progress, now=now,
                              create_dir=default)
    except StorageError as exc:
        _record(db, actor, kind=kind, location=loc, result=None, message=exc.message, started=now)
        return LocationOutcome(loc, "failed", exc.message)
    _record(db, actor, kind=kind, location=loc, result=result, started=now)
    deleted = rotate_location(db, loc, conf.keep, now)
    return LocationOutcome(loc, "ok", f"已备份到 {result.path}", result, tuple(deleted))


@dataclass(frozen=True)
class RotationEntry:
    path: Path
    when: datetime
    kind: str
    verified: bool


def plan_rotation(entries: list[RotationEntry], keep: dict[str, int],
                  now: datetime | None = None) -> tuple[list[RotationEntry], list[RotationEntry]]:
    """Grandfather-father-son by file date: newest per day for `daily` days, per ISO week for
    `weekly` weeks, per month for `monthly` months. Only automatic backups are ever deleted; the
    newest backup and (if it would be the last) the newest verified one always stay.

    A file dated after `now` (a PC whose clock was wrong, or a copy from one) is kept and takes no
    slot: otherwise a few such files would hold the newest daily, weekly and monthly slots for as
    long as the wrong date lies ahead, and the real recent backups would be deleted instead.

    Returns (kept, deleted).
    """
    limit = (now or utcnow()) + FUTURE_SLACK
    future = [e for e in entries if e.when > limit]
    ordered = sorted((e for e in entries if e.when <= limit), key=lambda e: e.when, reverse=True)
    auto = [e for e in ordered if e.kind in AUTO_KINDS]
    keep_paths: set[Path] = set()
    buckets: list[tuple[Callable[[datetime], object], int]] = [
        (lambda w: w.astimezone(CHINA).date(), int(keep.get("daily", 7))),
        (lambda w: w.astimezone(CHINA).isocalendar()[:2], int(keep.get("weekly", 4))),
        (lambda w: (w.astimezone(CHINA).year, w.astimezone(CHINA).month), int(keep.get("monthly", 12))),
    ]
    for bucket, n in buckets:
        seen: list[object] = []
        for e in auto:
            b = bucket(e.when)
            if b in seen:
                continue
            if len(seen) >= n:
                break
            seen.append(b)
            keep_paths.add(e.path)
    if ordered:
        keep_paths.add(ordered[0].path)
    survivors = [e for e in ordered if e.path in keep_paths or e.kind not in AUTO_KINDS]
    if not any(e.verified for e in survivors):
        newest_verified = next((e for e in ordered if e.verified), None)
        if newest_verified is not None:
            keep_paths.add(newest_verified.path)
    kept = sorted(future, key=lambda e: e.when, reverse=True)
    kept += [e for e in ordered if e.path in keep_paths or e.kind not in AUTO_KINDS]
    deleted = [e for e in auto if e.path not in keep_paths]
    return kept, deleted


def rotate_location(db: Database, location: str, keep: dict[str, int], now: datetime | None = None) -> list[Path]:
    """Apply plan_rotation to this branch's backups in `location`; mark deleted files in history."""
    loc = Path(location)
    branch = _safe_branch(str(db.marker.get("branch_code", "")))
    with db.read() as s:
        rows = s.scalars(select(BackupRecord).where(BackupRecord.location == str(loc),
                                                    BackupRecord.status == "ok")).all()
        verified = {r.file_name for r in rows if r.verify_state == "verified"}
    entries: list[RotationEntry] = []
    try:
        names = list(loc.iterdir())
    except OSError:
        return []
    for p in names:
        nb = parse_backup_name(p)
        if nb is None or nb.branch != branch or not p.is_file():
            continue
        entries.append(RotationEntry(p, nb.when, nb.kind, p.name in verified))
    _, doomed = plan_rotation(entries, keep, now)
    deleted: list[Path] = []
    for e in doomed:
        try:
            e.path.unlink()
        except OSError:
            continue
        deleted.append(e.path)
    if deleted:
        with db.write() as s:
            for r in s.scalars(select(BackupRecord).where(BackupRecord.location == str(loc),
                                                          BackupRecord.file_name.in_([p.name for p in deleted]))):
                r.status = "rotated"
            audit.record(s, SYSTEM, "backup.rotated", entity_type="backup",
                         summary={"location": str(loc), "deleted": [p.name for p in deleted]})
    return deleted
