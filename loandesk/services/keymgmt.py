"""Key management: change the recovery passphrase, re-key the database, export for head office.

Re-key protocol (reliability-notes §3), made resumable by a journal that holds no secrets, only
short fingerprints of the old and new keys (`rekey.journal`):

1. journal written; new random key sealed with the recovery passphrase into
   ``recovery.keyslot.pending``; keyring ``pending`` = new key, read back (best effort);
2. every pooled connection closed; ``PRAGMA rekey`` on attachments.db, then loandesk.db (each is
   one transaction: a file is entirely on the old or entirely on the new key), checkpoint, reopen
   on a fresh connection with the new key and check;
3. promote: pending slot → ``recovery.keyslot`` (os.replace), keyring current = new, pending
   deleted; audit record; journal removed.

A crash anywhere is finished by `recover_rekey()` at the next start: it finds which of the
candidate keys (keyring current/pending, or the two slots opened with the passphrase) opens each
file, and either rolls back (no file on the new key yet: pending artefacts deleted) or forward
(re-keys the files still on the old key, then promotes). Because the pending slot is on disk
before any file changes, this works without a keyring too — the passphrase opens both slots.
"""

from __future__ import annotations

import contextlib
import errno
import hashlib
import json
import os
import shutil
import time
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import sqlcipher3

from loandesk.services import audit
from loandesk.services.backup import authorize
from loandesk.services.context import SYSTEM, Actor, ServiceError
from loandesk.store import backup_file as bf
from loandesk.store.database import Database, DataDir, fsync_dir, open_database
from loandesk.store.engine import check_key, connect_raw, integrity_problems
from loandesk.store.errors import DamagedFile, StorageError, WrongKeyOrCorrupt
from loandesk.store.instance_lock import MAINTENANCE, InstanceLock
from loandesk.store.keys import (
    KeyringUnavailable,
    KeySlotDamaged,
    KeyStore,
    PassphraseThrottle,
    WrongPassphrase,
    new_key,
    normalise_passphrase,
    open_slot,
    passphrase_problems,
    read_slot,
    seal_key,
    write_json_atomic,
)

REKEY_JOURNAL = "rekey.journal"
THROTTLE = PassphraseThrottle()


def pending_slot_path(data: DataDir) -> Path:
    return data.slot.with_name(data.slot.name + ".pending")


def key_id(key_hex: str) -> str:
    """A fingerprint that names a key in the journal without revealing it (SHA-256 of a 256-bit
    random key, truncated: useless for guessing, enough to tell two keys apart)."""
    return hashlib.sha256(b"loandesk-key-id\0" + bytes.fromhex(check_key(key_hex))).hexdigest()[:16]


def _slot_mismatch() -> StorageError:
    return StorageError("密钥槽文件中的密钥与当前数据库不一致。请勿继续操作，联系技术支持检查数据目录。",
                        detail="slot key != database key")


def verify_recovery_passphrase(data: DataDir, passphrase: str, *, expected_key: str | None = None,
                               throttle: PassphraseThrottle | None = None) -> str:
    """Open the key slot with the passphrase (growing delay after failures); returns the key."""
    throttle = throttle or THROTTLE
    wait = throttle.remaining()
    if wait > 0:
        raise WrongPassphrase(wait)
    try:
        key = open_slot(read_slot(data.slot), passphrase)
    except WrongPassphrase:
        raise WrongPassphrase(throttle.failed()) from None
    throttle.succeeded()
    if expected_key is not None and key != expected_key:
        raise _slot_mismatch()
    return key


def _verified_key(db: Database, actor: Actor, passphrase: str, throttle: PassphraseThrottle | None, *,
                  doing: str, refused: str, reason: str) -> str:
    """Under MAINTENANCE: refuse while a re-key is unfinished, then the key the passphrase opens
    (it must be the live key); a wrong passphrase is audited as ``refused`` before it is raised."""
    data = db.data
    if pending_slot_path(data).exists() or (data.root / REKEY_JOURNAL).exists():
        raise StorageError(f"上次更换密钥尚未完成，请重新启动 LoanDesk 后再{doing}。")
    try:
        return verify_recovery_passphrase(data, passphrase, expected_key=db.key_hex(), throttle=throttle)
    except WrongPassphrase:
        with db.write() as s:
            audit.record(s, actor, refused, entity_type="database", entity_id=db.database_id,
                         summary={"reason": reason}, outcome="denied")
        raise


# --- recovery passphrase ---------------------------------------------------------------------------

def change_recovery_passphrase(db: Database, actor: Actor, old_passphrase: str, new_passphrase: str, *,
                               throttle: PassphraseThrottle | None = None) -> None:
    """Re-seal the same key under a new passphrase (atomic replace of the slot).

    Older backups keep the slot they were made with, so they still need the *old* passphrase:
    the UI should offer a fresh backup right after this.
    """
    with db.write() as s:
        authorize(s, actor, "key.manage")
    data = db.data
    with MAINTENANCE:
        key = _verified_key(db, actor, old_passphrase, throttle, doing="修改恢复口令",
                            refused="key.passphrase_change_refused", reason="wrong old passphrase")
        problems = passphrase_problems(new_passphrase)
        if problems:
            raise ServiceError("新恢复口令不符合要求：" + "；".join(problems), field="new_passphrase")
        if normalise_passphrase(new_passphrase) == normalise_passphrase(old_passphrase):
            raise ServiceError("新恢复口令不能与原口令相同。", field="new_passphrase")
        write_json_atomic(data.slot, seal_key(key, new_passphrase, db.database_id))
        fsync_dir(data.root)
        if open_slot(read_slot(data.slot), new_passphrase) != key:  # read back what is on disk
            raise StorageError("新的密钥槽写入后读回不一致，请重试。")
    with db.write() as s:
        audit.record(s, actor, "key.passphrase_changed", entity_type="database", entity_id=db.database_id)


# --- re-key ------------------------------------------------------------------------------------------

@dataclass(frozen=True)
class RekeyResult:
    database: Database = field(repr=False)  # the reopened database: the old object is closed
    key_in_keyring: bool
    seconds: float


def _files(data: DataDir) -> list[Path]:
    """Attachments first: the core file is the one the app checks first at start."""
    return [p for p in (data.attachments, data.db) if p.exists() and p.stat().st_size > 0]


def _opens(path: Path, key: str) -> bool:
    try:
        connect_raw(path, key).close()
    except WrongKeyOrCorrupt:
        return False
    return True


def _short_of_space(path: Path) -> bool:
    try:
        return shutil.disk_usage(path.parent).free < path.stat().st_size
    except OSError:
        return False


def _rekey_file(path: Path, old: str, new: str) -> None:
    conn = connect_raw(path, old)
    try:
        conn.execute(f"PRAGMA rekey = \"x'{check_key(new)}'\"")
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
    except sqlcipher3.DatabaseError as exc:
        # PRAGMA rekey answers "ok" even when it could not write its WAL (SQLITE_FULL is
        # swallowed; the file stays on the old key); the next statement then fails with an
        # unrelated text such as "database table is locked". Judge a full disk by the space.
        if bf.is_disk_full(exc) or _short_of_space(path):
            raise StorageError("磁盘空间不足，无法更换密钥（需要约等于数据库大小的空闲空间）。"
                               "数据库仍使用原密钥，未受影响。") from exc
        raise StorageError("更换密钥未能完成，数据库仍使用原密钥。请稍后重试；如再次失败，请运行完整性检查。",
                           detail=f"{type(exc).__name__}: {exc}") from exc
    finally:
        conn.close()
    # A fresh connection with the new key: the proof that the file really changed key.
    problems = integrity_problems(path, new, full=False)
    if problems:
        raise StorageError("更换密钥后的检查未通过：" + "；".join(problems[:2]), detail="; ".join(problems))


def _journal(data: DataDir) -> dict | None:
    try:
        j = json.loads((data.root / REKEY_JOURNAL).read_text(encoding="utf-8"))
    except FileNotFoundError:
        return None
    except (OSError, ValueError):
        return {"state": "unreadable"}
    return j if isinstance(j, dict) else {"state": "unreadable"}


def _abandon(data: DataDir, store: KeyStore, journal: dict) -> None:
    with contextlib.suppress(FileNotFoundError):
        pending_slot_path(data).unlink()
    with contextlib.suppress(KeyringUnavailable):
        store.delete("pending")
    write_json_atomic(data.root / REKEY_JOURNAL, dict(journal, state="rolled_back"))
    fsync_dir(data.root)


def _promote(data: DataDir, new: str, store: KeyStore, journal: dict) -> bool:
    pending = pending_slot_path(data)
    if pending.exists():
        os.replace(pending, data.slot)
        fsync_dir(data.root)
    stored = False
    try:
        stored = store.put(new, "current")
        if stored:
            store.delete("pending")
    except KeyringUnavailable:
        stored = False
    write_json_atomic(data.root / REKEY_JOURNAL, dict(journal, state="done"))
    return stored


def rekey_database(db: Database, actor: Actor, passphrase: str, *, keystore_factory: type[KeyStore] = KeyStore,
                   throttle: PassphraseThrottle | None = None) -> RekeyResult:
    """Replace the database key by a new random one (both files, key slot, keyring).

    Run on the DB thread with nothing else using `db`: its connections are closed here. On success
    use the returned `database` (the old object's key is gone); on failure the old object still
    works (its pool reconnects with the old key). Make a backup afterwards: older backups keep
    opening with the recovery passphrase, but a backup made now has the new key's slot.
    """
    started = time.monotonic()
    with db.write() as s:
        authorize(s, actor, "key.manage")
    data = db.data
    old = db.key_hex()
    store = keystore_factory(db.database_id)
    with InstanceLock(data.root), MAINTENANCE:
        if (data.root / REKEY_JOURNAL).exists() or pending_slot_path(data).exists():
            raise StorageError("上次更换密钥尚未完成，请重新启动 LoanDesk 完成后再试。")
        verify_recovery_passphrase(data, passphrase, expected_key=old, throttle=throttle)
        files = _files(data)
        need = max((p.stat().st_size for p in files), default=0) + (16 << 20)
        free = shutil.disk_usage(data.root).free
        if free < need:
            raise StorageError(f"磁盘空间不足，无法更换密钥：需要约 {need // 2**20} MB 空闲空间，"
                               f"可用 {free // 2**20} MB。数据库未受影响。")
        new = new_key()
        journal = {"version": 1, "state": "started", "database_id": db.database_id,
                   "old_key_id": key_id(old), "new_key_id": key_id(new),
                   "actor": {"user_id": actor.user_id, "username": actor.username,
                             "display_name": actor.display_name},
                   "started_at": datetime.now(UTC).isoformat()}
        try:
            write_json_atomic(data.root / REKEY_JOURNAL, journal)
            write_json_atomic(pending_slot_path(data), seal_key(new, passphrase, db.database_id))
            fsync_dir(data.root)
        except OSError as exc:
            for p in (data.root / REKEY_JOURNAL, pending_slot_path(data), *data.root.glob("*.tmp*")):
                with contextlib.suppress(OSError):
                    p.unlink()
            full = exc.errno == errno.ENOSPC
            raise StorageError("磁盘空间不足，无法更换密钥。数据库未受影响。" if full else
                               "写入密钥文件失败，无法更换密钥。数据库未受影响。", detail=str(exc)) from exc
        with contextlib.suppress(KeyringUnavailable):
            store.put(new, "pending")
        db.close()
        try:
            for path in files:
                _rekey_file(path, old, new)
        except BaseException:
            try:
                for path in files:
                    if _opens(path, new):
                        _rekey_file(path, new, old)
                _abandon(data, store, journal)
                with contextlib.suppress(FileNotFoundError):
                    (data.root / REKEY_JOURNAL).unlink()
            except Exception:  # the journal stays; the next start finishes it either way
                pass
            raise
        stored = _promote(data, new, store, journal)
        new_db = open_database(data, new, upgrade=False)
        with new_db.write() as s:
            audit.record(s, actor, "key.rekeyed", entity_type="database", entity_id=db.database_id,
                         summary={"files": [p.name for p in files], "key_in_keyring": stored,
                                  "old_key_id": journal["old_key_id"], "new_key_id": journal["new_key_id"]})
        with contextlib.suppress(FileNotFoundError):
            (data.root / REKEY_JOURNAL).unlink()
    return RekeyResult(new_db, stored, time.monotonic() - started)


def _candidates(data: DataDir, store: KeyStore, passphrase: str | None) -> list[str]:
    keys: list[str] = []
    with contextlib.suppress(KeyringUnavailable):
        for slot in ("current", "pending"):
            k = store.get(slot)
            if k:
                keys.append(k)
    if passphrase:
        for path in (data.slot, pending_slot_path(data)):
            if path.exists():
                with contextlib.suppress(WrongPassphrase, KeySlotDamaged):
                    keys.append(open_slot(read_slot(path), passphrase))
    return keys


def recover_rekey(data: DataDir, *, keystore_factory: type[KeyStore] = KeyStore,
                  passphrase: str | None = None) -> str:
    """Finish an interrupted re-key. Returns none | completed | rolled_back | needs_passphrase.

    "needs_passphrase": the keyring could not tell (e.g. no keyring on this PC); call again with
    the recovery passphrase (unlock() does that).
    """
    journal = _journal(data)
    if journal is None or journal.get("state") in ("done", "rolled_back"):
        return "none"
    marker = data.read_marker() or {}
    db_id = journal.get("database_id") or marker.get("database_id", "")
    store = keystore_factory(db_id)
    by_id = {key_id(k): k for k in _candidates(data, store, passphrase)}
    old = by_id.get(journal.get("old_key_id", ""))
    new = by_id.get(journal.get("new_key_id", ""))
    states: dict[Path, str] = {}
    for path in _files(data):
        if new and _opens(path, new):
            states[path] = "new"
        elif old and _opens(path, old):
            states[path] = "old"
        else:
            return "needs_passphrase"
    if all(s == "old" for s in states.values()):
        _abandon(data, store, journal)
        return "rolled_back"
    assert new is not None
    for path, state in states.items():
        if state == "old":
            if old is None:
                return "needs_passphrase"
            _rekey_file(path, old, new)
    _promote(data, new, store, journal)
    return "completed"


def finish_rekey_after_open(db: Database, *, keystore_factory: type[KeyStore] = KeyStore) -> list[str]:
    """Audit an interrupted re-key that recover_rekey()/unlock() finished, then drop the journal."""
    journal = _journal(db.data)
    if journal is None or journal.get("state") not in ("done", "rolled_back"):
        return []
    a = journal.get("actor") or {}
    actor = Actor(a["user_id"], a.get("username", ""), a.get("display_name", "")) if a.get("user_id") else SYSTEM
    action = "key.rekeyed" if journal["state"] == "done" else "key.rekey_rolled_back"
    with db.write() as s:
        audit.record(s, actor, action, entity_type="database", entity_id=db.database_id,
                     summary={"completed_after_interruption": True, "old_key_id": journal.get("old_key_id"),
                              "new_key_id": journal.get("new_key_id")})
    with contextlib.suppress(FileNotFoundError):
        (db.data.root / REKEY_JOURNAL).unlink()
    return [action]


def unlock(data: DataDir, passphrase: str | None = None, *, keystore_factory: type[KeyStore] = KeyStore,
           throttle: PassphraseThrottle | None = None) -> str:
    """The key that opens this folder's database, finishing an interrupted re-key on the way.

    Keyring first (current, then pending); then the passphrase on the key slot. When the key came
    from the passphrase it is written back to the keyring (T11: a wiped Credential Manager).
    Raises WrongPassphrase (with growing delay), or StorageError when a passphrase is needed.
    """
    marker = data.read_marker()
    if marker is None:
        raise StorageError(f"此目录中没有 LoanDesk 数据库：{data.root}")
    recover_rekey(data, keystore_factory=keystore_factory, passphrase=passphrase)
    store = keystore_factory(marker["database_id"])
    with contextlib.suppress(KeyringUnavailable):
        for slot in ("current", "pending"):
            k = store.get(slot)
            if k and _opens(data.db, k):
                return k
    if not passphrase:
        raise StorageError("需要恢复口令才能解锁数据库（系统凭据管理器中没有本库的密钥）。")
    key = verify_recovery_passphrase(data, passphrase, throttle=throttle)
    if not _opens(data.db, key):  # the passphrase was right, so the key is: the file is not
        raise DamagedFile(str(data.db), "恢复口令正确，但它保护的密钥打不开数据库文件")
    with contextlib.suppress(KeyringUnavailable):
        store.put(key, "current")
    return key


# --- export for head office ------------------------------------------------------------------------

@dataclass(frozen=True)
class ExportResult:
    path: Path
    size: int
    sha256: str
    counts: dict[str, int]
    schema_revision: str
    seconds: float
    passphrase_normalised: bool = False  # full-width characters were keyed as their half-width forms


def hq_export_file_name(branch_code: str, when: datetime | None = None) -> str:
    """Default name of an export (China time: the branch's day), used when a folder is given."""
    local = (when or datetime.now(UTC)).astimezone(timezone(timedelta(hours=8)))
    code = "".join(ch for ch in branch_code if ch.isalnum())[:20] or "branch"
    return f"LoanDesk-总行导出-{code}-{local:%Y%m%d-%H%M%S}.db"


def export_target(db: Database, path: Path | str) -> Path:
    """Where an export goes; refuses to overwrite anything.

    The export is renamed over its target at the end, so a target that already exists would be
    replaced without a word: a previous export, some other file, or (typed by mistake) the live
    ``loandesk.db`` itself, which would leave the branch with a database its key cannot open.
    A folder gets a dated file name inside it.
    """
    target = Path(path)
    if target.is_dir():
        target = target / hq_export_file_name(str(db.marker.get("branch_code", "")))
    elif target.suffix.lower() != ".db":
        target = target.with_name(target.name + ".db")
    if not target.parent.is_dir():
        raise bf.BackupFileError(f"导出位置不存在：{target.parent}")
    with contextlib.suppress(OSError):
        if os.path.samefile(target.parent, db.data.root):
            raise bf.BackupFileError(f"不能导出到 LoanDesk 的数据目录：{db.data.root}。请选择其他文件夹（例如 U 盘）。")
    if os.path.lexists(target):
        raise bf.BackupFileError(f"导出文件已存在：{target}。为防止覆盖，未做导出。请换一个文件名，或先移走原文件。")
    return target


def export_for_hq(db: Database, actor: Actor, path: Path | str, passphrase: str) -> ExportResult:
    """A copy of the core database for head office, encrypted with its own passphrase.

    Standard SQLCipher 4 settings with a passphrase key (PBKDF2-HMAC-SHA512, 256,000 rounds), so
    head office opens it with any SQLCipher 4 tool: ``PRAGMA key = '口令'``. The branch's own key
    never leaves the branch. Attachments are not included (head office gets scans through sync).
    Made with one read transaction (consistent), written to ``.partial``, checked on a fresh
    connection with the passphrase, then renamed. Needs key.manage; audited.

    The passphrase is keyed NFKC-normalised, like the recovery passphrase: typed in full-width
    mode (Ｚｏｎｇｈａｎｇ２０２６) at the branch it must still open when head office types it in
    half-width, and a third-party tool at head office only ever sees the half-width form.
    `open_hq_export` applies the same rule (and opens exports made before it, keyed as typed).
    """
    started = time.monotonic()
    with db.write() as s:
        authorize(s, actor, "key.manage")
    problems = passphrase_problems(passphrase)
    if problems:
        raise ServiceError("导出口令不符合要求：" + "；".join(problems), field="passphrase")
    keyed = normalise_passphrase(passphrase)  # judged (passphrase_problems) and keyed the same way
    target = export_target(db, path)
    partial = target.with_name(target.name + ".partial")
    for p in (partial, partial.with_name(partial.name + "-journal")):
        with contextlib.suppress(FileNotFoundError):
            p.unlink()
    try:
        conn = connect_raw(db.data.db, db.key_hex())
        try:
            conn.execute("ATTACH ? AS hq KEY ?", (str(partial), keyed))
            conn.execute("BEGIN")
            counts = bf.table_counts(conn)
            revision = bf.alembic_revision(conn) or ""
            conn.execute("SELECT sqlcipher_export('hq')").fetchall()
            conn.execute("COMMIT")
            conn.execute("DETACH hq")
        finally:
            conn.close()
        check = sqlcipher3.connect(":memory:", isolation_level=None)
        try:
            check.execute("ATTACH ? AS hq KEY ?", (str(partial), keyed))
            bad = [str(r[0]) for r in check.execute("PRAGMA hq.cipher_integrity_check").fetchall()]
            rows = [str(r[0]) for r in check.execute("PRAGMA hq.integrity_check").fetchall()]
            if rows != ["ok"]:
                bad += rows
            found = bf.table_counts(check, "hq")
            bad += bf.count_problems(counts, found, "导出库")
            rev = check.execute("SELECT version_num FROM hq.alembic_version").fetchone()
            if not rev or rev[0] != revision:
                bad.append("导出库的数据库版本不符")
            check.execute("DETACH hq")
        finally:
            check.close()
        if bad:
            raise StorageError("导出文件检查未通过，已删除：" + "；".join(bad[:3]))
        with open(partial, "rb+") as fh:
            os.fsync(fh.fileno())
        size, digest = bf.file_sha256(partial)
        os.replace(partial, target)
        fsync_dir(target.parent)
    except OSError as exc:
        with contextlib.suppress(OSError):
            partial.unlink()
        raise bf.map_os_error(exc, str(target.parent)) from exc
    except sqlcipher3.DatabaseError as exc:
        with contextlib.suppress(OSError):
            partial.unlink()
        if bf.is_disk_full(exc):
            raise bf.DestinationFull(str(target.parent)) from exc
        raise StorageError("导出失败，未生成文件。", detail=str(exc)) from exc
    except BaseException:
        with contextlib.suppress(OSError):
            partial.unlink()
        raise
    with db.write() as s:
        audit.record(s, actor, "key.hq_export", entity_type="database", entity_id=db.database_id,
                     summary={"file": target.name, "size": size, "sha256": digest,
                              "rows": sum(counts.values()), "schema_revision": revision})
    return ExportResult(target, size, digest, counts, revision, time.monotonic() - started, keyed != passphrase)


HQ_HALF_WIDTH_NOTE = ("导出口令中的全角字母、数字或符号已按半角处理：总行用其他 SQLCipher 工具打开时请按半角输入"
                      "（用 LoanDesk 打开时全角、半角均可）。")


class HqExportWrongPassphrase(StorageError):
    def __init__(self) -> None:
        super().__init__("导出口令不正确，或此文件不是 LoanDesk 总行导出文件（也可能已损坏）。"
                         "请核对网点通过电话或当面告知的导出口令。")


def _keyed_with(path: Path, passphrase: str) -> sqlcipher3.Connection | None:
    conn = sqlcipher3.connect(str(path), isolation_level=None)
    try:
        conn.execute("PRAGMA key = '" + passphrase.replace("'", "''") + "'")  # PRAGMA takes no parameters
        conn.execute("SELECT version_num FROM alembic_version").fetchone()
    except sqlcipher3.DatabaseError:
        conn.close()
        return None
    return conn


def open_hq_export(path: Path | str, passphrase: str) -> sqlcipher3.Connection:
    """Open an export made by `export_for_hq` (the reading side, at head office): a plain SQLCipher
    connection (autocommit) keyed with the passphrase as the export keyed it, NFKC-normalised.

    Exports made before the passphrase was normalised were keyed exactly as typed; the raw form is
    tried second, so those still open when typed as they were typed then (the file format has no
    field that says which: SQLCipher derives the key from the passphrase bytes alone).
    """
    p = Path(path)
    if not p.is_file():
        raise StorageError(f"找不到导出文件：{p}")
    for candidate in dict.fromkeys((normalise_passphrase(passphrase), passphrase)):
        conn = _keyed_with(p, candidate)
        if conn is not None:
            return conn
    raise HqExportWrongPassphrase()


# --- recovery sheet --------------------------------------------------------------------------------

def recovery_sheet_pdf(db: Database, actor: Actor, passphrase: str, *,
                       throttle: PassphraseThrottle | None = None) -> bytes:
    """A new printed recovery sheet (the current key as grouped base32 + QR) for the branch safe.

    Only the setup wizard printed one, and a re-key makes that sheet's key useless for the live
    database (it still opens backups made before the re-key). Needs key.manage and the recovery
    passphrase (the sheet reveals the key; the passphrase is what already guards it); audited.
    """
    from loandesk.documents.recovery_sheet import render_recovery_sheet
    from loandesk.store.keys import recovery_key_text

    with db.write() as s:
        authorize(s, actor, "key.manage")
    with MAINTENANCE:
        key = _verified_key(db, actor, passphrase, throttle, doing="打印恢复单",
                            refused="key.recovery_sheet_refused", reason="wrong passphrase")
    marker = db.marker
    pdf = render_recovery_sheet(str(marker.get("branch_name", "")), str(marker.get("branch_code", "")),
                                db.database_id, recovery_key_text(key), datetime.now(UTC))
    with db.write() as s:
        audit.record(s, actor, "key.recovery_sheet", entity_type="database", entity_id=db.database_id,
                     summary={"key_id": key_id(key)})
    return pdf
