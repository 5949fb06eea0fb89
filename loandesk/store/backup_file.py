"""The LoanDesk backup file (``*.ldbackup``): one self-contained, verifiable file.

Layout (all integers little-endian)::

    header   16 s  magic b"LOANDESK-BACKUP\\0"
              u32  format version (1)
              u32  length H of the header JSON
              H    header JSON: backup id, time, branch, database id, app version and the
                   recovery key slot (the database key sealed with the recovery passphrase:
                   Argon2id + AES-256-GCM, exactly the ``recovery.keyslot`` file)
    parts          the SQLCipher files, byte for byte, back to back (core, then attachments)
    manifest       JSON: versions, schema revision, branch, operator, per-table row counts,
                   audit chain head, SHA-256 of the header, and offset/size/SHA-256 of each part
    trailer  64 B  u64 manifest offset, u64 manifest length, 32 B HMAC-SHA256 of the manifest,
                   u32 format version, u32 reserved, 8 s magic b"LDBK-END"

Why this shape:

* The trailer is written last, so a file cut short anywhere has no valid trailer and is refused
  as "truncated" before anything else is read (a zip-like end record, without zip's ambiguity).
* Parts are streamed in 1 MiB chunks through SHA-256 while they are written; memory stays flat
  whatever the database size.
* The parts are the SQLCipher copies themselves, still encrypted with the database key: nothing
  in plaintext ever reaches the disk, and the copies open with that key on any PC.
* The key that opens them is in the header's key slot, so a fresh PC needs only the backup file
  and the recovery passphrase (or the printed recovery key). Scheduled backups run unattended:
  they reuse the live key and the existing slot instead of needing the passphrase to seal a new
  key (we never hold the passphrase-derived key).
* The manifest is authenticated with HMAC-SHA256 under a key derived (HKDF) from the database key
  and the backup id; the manifest holds the SHA-256 of the header and of every part, so any
  change to any byte (header, slot, parts, manifest) is detected once the key is known. Without
  the key, the SHA-256 values still catch accidental damage (``check_structure``).

This module also holds the SQLite side of backups (snapshots through the backup API inside one
read transaction, read-only checks of a copy), because only ``store`` may talk to the database.
"""

from __future__ import annotations

import contextlib
import errno
import hashlib
import hmac
import json
import os
import struct
import threading
import time
from collections import deque
from collections.abc import Callable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

import sqlcipher3
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from loandesk.store.engine import check_key
from loandesk.store.errors import StorageError

MAGIC = b"LOANDESK-BACKUP\x00"
TRAILER_MAGIC = b"LDBK-END"
FORMAT = "loandesk-backup"
FORMAT_VERSION = 1
SUFFIX = ".ldbackup"
CHUNK = 1 << 20
MAX_JSON = 16 << 20  # a header or manifest larger than this is not ours

_HEAD = struct.Struct("<16sII")
_TRAILER = struct.Struct("<QQ32sII8s")
assert _TRAILER.size == 64

Progress = Callable[[int, int], None]  # (bytes done, bytes total); may raise to cancel


# --- errors ----------------------------------------------------------------------------------------

class BackupFileError(StorageError):
    """The file cannot be used as a backup; the message says why and what to do."""


class NotABackup(BackupFileError):
    def __init__(self, detail: str = "") -> None:
        super().__init__("所选文件不是 LoanDesk 备份文件（文件头不符）。请确认选择的是 .ldbackup 备份文件。",
                         detail=detail)


class EmptyBackup(BackupFileError):
    def __init__(self) -> None:
        super().__init__("备份文件为空（0 字节），可能在写入时中断。请换用其他备份。")


class TruncatedBackup(BackupFileError):
    def __init__(self, detail: str = "") -> None:
        super().__init__("备份文件不完整（可能在复制或写入时被截断）。请换用其他备份。", detail=detail)


class CorruptBackup(BackupFileError):
    def __init__(self, what: str, detail: str = "") -> None:
        super().__init__(f"备份文件已损坏：{what}校验不通过。请换用其他备份。", detail=detail)


class TamperedBackup(BackupFileError):
    def __init__(self, detail: str = "") -> None:
        super().__init__(
            "备份清单的签名校验不通过：备份文件被改动过，或所用的口令/密钥与此备份不符。请换用其他备份。",
            detail=detail,
        )


class BackupFormatTooNew(BackupFileError):
    def __init__(self, version: int) -> None:
        super().__init__(f"备份文件格式版本（{version}）比本程序新，请升级 LoanDesk 后再使用此备份。")


class DestinationFull(BackupFileError):
    def __init__(self, where: str = "") -> None:
        super().__init__(f"备份位置空间不足{('：' + where) if where else ''}。未生成备份文件，之前的备份未受影响。"
                         "请清理空间或换一个位置后重试。")


class FileTooLargeForDrive(BackupFileError):
    def __init__(self, where: str = "") -> None:
        super().__init__(f"备份位置不支持这么大的文件（U 盘可能是 FAT32 格式，单个文件不能超过 4 GB）：{where}。"
                         "请把 U 盘格式化为 exFAT 或 NTFS，或换一个位置。")


def map_os_error(exc: OSError, where: str) -> StorageError:
    """Environment errors at the destination, in words an admin can act on."""
    if exc.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", -1)) or getattr(exc, "winerror", 0) in (39, 112):
        return DestinationFull(where)
    if exc.errno == errno.EFBIG:
        return FileTooLargeForDrive(where)
    if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return BackupFileError(f"没有权限写入备份位置：{where}。请检查 U 盘是否写保护，或换一个位置。",
                               detail=str(exc))
    if exc.errno == errno.ENOTDIR or (exc.errno == errno.EEXIST and not Path(where).is_dir()):  # a file there
        return BackupFileError(f"备份位置不是文件夹：{where}（该路径或其上级是一个文件）。请选择一个文件夹。"
                               "未生成备份文件，之前的备份未受影响。", detail=type(exc).__name__)
    if exc.errno in (errno.ENOENT, errno.ENODEV, errno.ENXIO, errno.EIO):
        return BackupFileError(f"备份位置不可用：{where}（U 盘可能已拔出，或网络共享无法访问）。"
                               "未生成备份文件，之前的备份未受影响。", detail=str(exc))
    return BackupFileError(f"写入备份位置失败：{where}。请检查磁盘后重试。", detail=f"{type(exc).__name__}: {exc}")


def is_disk_full(exc: BaseException) -> bool:
    text = str(getattr(exc, "orig", None) or exc).lower()
    return "database or disk is full" in text or (isinstance(exc, OSError) and exc.errno == errno.ENOSPC)


# --- the manifest key --------------------------------------------------------------------------------

def manifest_mac_key(key_hex: str, backup_id: str) -> bytes:
    """A separate key for the manifest MAC, so the database key itself is never used twice."""
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=backup_id.encode("utf-8"),
                info=b"loandesk-backup-manifest-v1").derive(bytes.fromhex(check_key(key_hex)))


def _canon(data: dict) -> bytes:
    return json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode("utf-8")


# --- writing -----------------------------------------------------------------------------------------

@dataclass(frozen=True)
class Part:
    name: str  # core | attachments
    file_name: str  # the name it has in a data folder
    offset: int
    size: int
    sha256: str

    def as_dict(self) -> dict:
        return {"name": self.name, "file": self.file_name, "offset": self.offset, "size": self.size,
                "sha256": self.sha256}


class _HashingWriter:
    """Writes through to the file and keeps the SHA-256 of everything written."""

    def __init__(self, fh: IO[bytes]) -> None:
        self.fh = fh
        self.sha = hashlib.sha256()
        self.offset = 0

    def write(self, data: bytes | memoryview) -> None:
        self.fh.write(data)
        self.sha.update(data)
        self.offset += len(data)


def _read_retrying(fh: IO[bytes], view: memoryview) -> int:
    """readinto, retried briefly: on Windows a byte-range lock SQLite holds for an instant (the
    lock-byte page at 1 GiB) makes a read of that region fail with a lock violation."""
    for attempt in range(100):
        try:
            return fh.readinto(view) or 0
        except OSError:
            if os.name != "nt" or attempt == 99:
                raise
            time.sleep(0.02)
    return 0


class ContainerWriter:
    """Streams header, parts, manifest and trailer into an open binary file, in that order."""

    def __init__(self, fh: IO[bytes], header: dict) -> None:
        self._w = _HashingWriter(fh)
        header_bytes = _canon(header)
        self.header_sha256 = hashlib.sha256(header_bytes).hexdigest()
        self.backup_id = str(header["backup_id"])
        self._w.write(_HEAD.pack(MAGIC, FORMAT_VERSION, len(header_bytes)))
        self._w.write(header_bytes)
        self.parts: list[Part] = []

    def add_part(self, name: str, file_name: str, src: Path, progress: Progress | None = None, *,
                 size: int | None = None) -> Part:
        """Stream `src` (its first `size` bytes: a pinned live file) into the container."""
        offset = self._w.offset
        sha = hashlib.sha256()
        total = src.stat().st_size if size is None else size
        done = 0
        buf = bytearray(CHUNK)
        view = memoryview(buf)
        with open(src, "rb") as fh:
            while done < total:
                n = _read_retrying(fh, view[: min(CHUNK, total - done)])
                if not n:
                    break
                chunk = view[:n]
                sha.update(chunk)
                self._w.write(chunk)
                done += n
                if progress is not None:
                    progress(done, total)
        if done != total:
            raise StorageError("备份过程中数据库副本大小发生变化，已中止。请重试。", detail=f"{src.name} {done}!={total}")
        part = Part(name, file_name, offset, done, sha.hexdigest())
        self.parts.append(part)
        return part

    def finish(self, manifest: dict, key_hex: str) -> dict:
        """Write the manifest (with part table and header hash) and the MAC'd trailer."""
        full = dict(manifest)
        full.update({
            "format": FORMAT,
            "format_version": FORMAT_VERSION,
            "backup_id": self.backup_id,
            "header_sha256": self.header_sha256,
            "parts": [p.as_dict() for p in self.parts],
        })
        body = _canon(full)
        mac = hmac.new(manifest_mac_key(key_hex, self.backup_id), body, hashlib.sha256).digest()
        offset = self._w.offset
        self._w.write(body)
        self._w.write(_TRAILER.pack(offset, len(body), mac, FORMAT_VERSION, 0, TRAILER_MAGIC))
        return full

    @property
    def size(self) -> int:
        return self._w.offset

    @property
    def sha256(self) -> str:
        return self._w.sha.hexdigest()


# --- reading -----------------------------------------------------------------------------------------

@dataclass(frozen=True)
class Container:
    """What the file claims, parsed and bounds-checked but *not yet authenticated*."""

    path: Path
    size: int
    header: dict
    header_sha256: str
    manifest: dict
    manifest_bytes: bytes = field(repr=False)
    mac: bytes = field(repr=False)

    @property
    def backup_id(self) -> str:
        return str(self.header.get("backup_id", ""))

    @property
    def slot(self) -> dict:
        slot = self.header.get("slot")
        if not isinstance(slot, dict):
            raise CorruptBackup("密钥槽", detail="no slot in header")
        return slot

    @property
    def parts(self) -> list[Part]:
        return [Part(p["name"], p["file"], int(p["offset"]), int(p["size"]), str(p["sha256"]))
                for p in self.manifest.get("parts", [])]

    def part(self, name: str) -> Part | None:
        return next((p for p in self.parts if p.name == name), None)


def read_container(path: Path | str) -> Container:
    """Parse and bounds-check a backup file. Cheap: reads only the header, manifest and trailer."""
    p = Path(path)
    try:
        size = p.stat().st_size
    except FileNotFoundError as exc:
        raise BackupFileError(f"找不到备份文件：{p}", detail=str(exc)) from exc
    except OSError as exc:
        raise map_os_error(exc, str(p)) from exc
    if p.is_dir():
        raise NotABackup(detail="is a directory")
    if size == 0:
        raise EmptyBackup()
    try:
        with open(p, "rb") as fh:
            head = fh.read(_HEAD.size)
            if len(head) < _HEAD.size:
                if MAGIC.startswith(head[: len(MAGIC)]):
                    raise TruncatedBackup(detail="short header")
                raise NotABackup(detail="short file")
            magic, version, header_len = _HEAD.unpack(head)
            if magic != MAGIC:
                raise NotABackup(detail="magic")
            if version > FORMAT_VERSION:
                raise BackupFormatTooNew(version)
            if version < 1 or header_len > MAX_JSON:
                raise CorruptBackup("文件头", detail=f"version {version} header_len {header_len}")
            if _HEAD.size + header_len + _TRAILER.size > size:
                raise TruncatedBackup(detail="header beyond end")
            header_bytes = fh.read(header_len)
            fh.seek(size - _TRAILER.size)
            m_off, m_len, mac, t_version, _reserved, t_magic = _TRAILER.unpack(fh.read(_TRAILER.size))
            if t_magic != TRAILER_MAGIC:
                raise TruncatedBackup(detail="no trailer")
            header_end = _HEAD.size + header_len
            if (t_version != version or m_len > MAX_JSON or m_off < header_end
                    or m_off + m_len != size - _TRAILER.size):
                raise CorruptBackup("文件尾", detail=f"manifest {m_off}+{m_len} size {size}")
            fh.seek(m_off)
            manifest_bytes = fh.read(m_len)
    except OSError as exc:
        raise BackupFileError(f"读取备份文件失败：{p}。请检查 U 盘或网络连接。", detail=str(exc)) from exc
    try:
        header = json.loads(header_bytes.decode("utf-8"))
        manifest = json.loads(manifest_bytes.decode("utf-8"))
    except (UnicodeDecodeError, ValueError) as exc:
        raise CorruptBackup("文件头或清单", detail=str(exc)) from exc
    if not isinstance(header, dict) or not isinstance(manifest, dict):
        raise CorruptBackup("文件头或清单", detail="not objects")
    if manifest.get("format") != FORMAT:
        raise NotABackup(detail="manifest format")
    header_sha256 = hashlib.sha256(header_bytes).hexdigest()
    if manifest.get("header_sha256") != header_sha256:
        # Accidental damage to the header (e.g. one bit of the key slot) must be reported as a
        # damaged file here, before any passphrase is tried: otherwise it surfaces as "wrong
        # passphrase" and the admin retries a correct one under a growing delay. Deliberate
        # edits that also fix this hash are still caught by the manifest MAC (authenticate()).
        raise CorruptBackup("文件头", detail="header sha256 differs from the manifest")
    c = Container(p, size, header, header_sha256, manifest, manifest_bytes, mac)
    _check_layout(c, header_end)
    return c


def _check_layout(c: Container, header_end: int) -> None:
    try:
        parts = sorted(c.parts, key=lambda part: part.offset)
    except (KeyError, TypeError, ValueError) as exc:
        raise CorruptBackup("清单", detail=f"parts: {exc}") from exc
    if not parts or parts[0].name != "core":
        raise CorruptBackup("清单", detail="no core part")
    pos = header_end
    manifest_offset = c.size - _TRAILER.size - len(c.manifest_bytes)
    for part in parts:
        if part.offset != pos or part.size < 0:
            raise CorruptBackup("清单", detail=f"part {part.name} at {part.offset}, expected {pos}")
        pos += part.size
    if pos != manifest_offset:
        raise CorruptBackup("清单", detail=f"parts end {pos} manifest {manifest_offset}")


def authenticate(c: Container, key_hex: str) -> None:
    """Raise TamperedBackup unless the manifest MAC verifies under this key and covers the header."""
    expected = hmac.new(manifest_mac_key(key_hex, c.backup_id), c.manifest_bytes, hashlib.sha256).digest()
    if not hmac.compare_digest(expected, c.mac):
        raise TamperedBackup(detail="manifest mac")
    if c.manifest.get("header_sha256") != c.header_sha256 or c.manifest.get("backup_id") != c.backup_id:
        raise TamperedBackup(detail="header hash")


def mac_matches(c: Container, key_hex: str) -> bool:
    try:
        authenticate(c, key_hex)
    except TamperedBackup:
        return False
    return True


_PART_LABEL = {"core": "核心数据库", "attachments": "附件库"}


def _stream_part(c: Container, part: Part, sink: Callable[[memoryview], None] | None,
                 progress: Progress | None) -> None:
    sha = hashlib.sha256()
    left = part.size
    buf = bytearray(CHUNK)
    view = memoryview(buf)
    done = 0
    try:
        with open(c.path, "rb") as fh:
            fh.seek(part.offset)
            while left:
                n = fh.readinto(view[: min(CHUNK, left)])
                if not n:
                    raise TruncatedBackup(detail=f"{part.name} ends early")
                chunk = view[:n]
                sha.update(chunk)
                if sink is not None:
                    sink(chunk)
                left -= n
                done += n
                if progress is not None:
                    progress(done, part.size)
    except OSError as exc:
        raise BackupFileError(f"读取备份文件失败：{c.path}。请检查 U 盘或网络连接。", detail=str(exc)) from exc
    if sha.hexdigest() != part.sha256:
        raise CorruptBackup(_PART_LABEL.get(part.name, part.name), detail=f"{part.name} sha256")


def check_parts(c: Container, progress: Progress | None = None) -> None:
    """Re-hash every part against the manifest (catches damage even without the key)."""
    total = sum(p.size for p in c.parts) or 1
    base = 0
    for part in c.parts:
        cb = None if progress is None else (lambda d, _t, b=base: progress(b + d, total))
        _stream_part(c, part, None, cb)
        base += part.size


def extract_part(c: Container, part: Part, dest: Path, progress: Progress | None = None, *,
                 sync: bool = True) -> None:
    """Copy one part out to `dest` (still encrypted), checking its SHA-256 on the way; fsync unless
    `sync` is False (a throwaway copy for checking, or a caller that fsyncs later with fsync_file:
    restore checks the copy while the kernel writes it back, instead of waiting for the disk first)."""
    try:
        with open(dest, "wb") as out:
            _stream_part(c, part, out.write, progress)
            out.flush()
            if sync:
                os.fsync(out.fileno())
    except BaseException:
        with contextlib.suppress(OSError):
            dest.unlink()
        raise


def fsync_file(path: Path) -> None:
    with open(path, "rb+") as fh:
        os.fsync(fh.fileno())


def drop_cache(path: Path) -> None:
    """Ask the OS to forget cached pages so a read-back really reads the medium (USB, share)."""
    if not hasattr(os, "posix_fadvise"):
        return
    try:
        fd = os.open(path, os.O_RDONLY)
    except OSError:
        return
    try:
        os.posix_fadvise(fd, 0, 0, os.POSIX_FADV_DONTNEED)
    except OSError:
        pass
    finally:
        os.close(fd)


READBACK_CHUNK = 4 << 20
READBACK_READERS = 4


def file_sha256(path: Path, progress: Progress | None = None, *, readers: int = READBACK_READERS) -> tuple[int, str]:
    """(size, SHA-256) of a file, read with several requests in flight and hashed in order.

    Why in parallel: the read-back after writing a backup comes from the medium (cache dropped),
    and a disk or SSD answers several outstanding requests faster than one after another (on the
    benchmark VM ~200-300 MB/s with one reader, up to ~600 MB/s with four); a USB stick gains
    little but loses nothing. Memory: 2 × `readers` reused buffers of 4 MiB."""
    sha = hashlib.sha256()
    total = path.stat().st_size
    readers = max(1, readers)
    local = threading.local()
    handles: list[IO[bytes]] = []
    lock = threading.Lock()
    buffers = [bytearray(READBACK_CHUNK) for _ in range(2 * readers)]

    def read(offset: int, buf: bytearray) -> int:
        fh = getattr(local, "fh", None)
        if fh is None:
            fh = open(path, "rb", buffering=0)
            local.fh = fh
            with lock:
                handles.append(fh)
        fh.seek(offset)
        view = memoryview(buf)[: min(READBACK_CHUNK, total - offset)]
        got = 0
        while got < len(view):
            n = fh.readinto(view[got:])
            if not n:
                break
            got += n
        return got

    size = 0
    offsets = iter(range(0, total, READBACK_CHUNK))
    try:
        with ThreadPoolExecutor(max_workers=readers, thread_name_prefix="loandesk-readback") as pool:
            window: deque[tuple[Future[int], bytearray]] = deque()
            for buf, off in zip(buffers, offsets, strict=False):
                window.append((pool.submit(read, off, buf), buf))
            while window:
                future, buf = window.popleft()
                n = future.result()
                sha.update(memoryview(buf)[:n])
                size += n
                if n < READBACK_CHUNK and window:  # the file ended early: the size says so
                    for f, _ in window:
                        f.cancel()
                    break
                nxt = next(offsets, None)
                if nxt is not None:  # this buffer is hashed: reuse it for the next chunk
                    window.append((pool.submit(read, nxt, buf), buf))
                if progress is not None:
                    progress(size, total)
    finally:
        for fh in handles:
            fh.close()
    return size, sha.hexdigest()


# --- SQLite side: snapshots and read-only checks ------------------------------------------------------

def _keyed(conn: sqlcipher3.Connection, key_hex: str) -> None:
    conn.execute(f"PRAGMA key = \"x'{check_key(key_hex)}'\"")


def _qi(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def user_tables(conn: sqlcipher3.Connection, schema: str = "main") -> list[str]:
    """Ordinary tables (FTS shadow tables included, virtual tables themselves not)."""
    rows = conn.execute(
        f"SELECT name, sql FROM {schema}.sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
        "ORDER BY name"
    ).fetchall()
    return [name for name, sql in rows if not (sql or "").upper().startswith("CREATE VIRTUAL TABLE")]


def table_counts(conn: sqlcipher3.Connection, schema: str = "main") -> dict[str, int]:
    return {t: int(conn.execute(f"SELECT count(*) FROM {schema}.{_qi(t)}").fetchone()[0])
            for t in user_tables(conn, schema)}


def _scalar(conn: sqlcipher3.Connection, sql: str) -> Any:
    try:
        row = conn.execute(sql).fetchone()
    except sqlcipher3.OperationalError:
        return None  # table absent (e.g. an attachments file not created yet)
    return None if row is None else row[0]


def alembic_revision(conn: sqlcipher3.Connection) -> str | None:
    return _scalar(conn, "SELECT version_num FROM alembic_version")


def audit_head(conn: sqlcipher3.Connection) -> tuple[int, str]:
    try:
        row = conn.execute("SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1").fetchone()
    except sqlcipher3.OperationalError:
        row = None
    return (int(row[0]), str(row[1])) if row else (0, "0" * 64)


PIN_ATTEMPTS = 20


class Snapshot:
    """A read transaction on a live file: everything read through it sees one instant.

    *Pinned* (the normal case in WAL mode): the read transaction is started at a moment when the
    WAL is fully checkpointed, with writers paused for that moment only (typically a few ms; at
    most the length of one PASSIVE checkpoint). While such a reader exists SQLite backfills no WAL
    frame into the database file (a checkpoint may only copy frames up to the oldest reader's
    mark, and everything up to ours is already in the file), and the WAL is not restarted under
    us. The database *file* is therefore frozen and byte-identical to the snapshot while clerks
    keep committing to the WAL: it can be streamed into the backup as it is (still encrypted, no
    decrypt/re-encrypt) and checked in place through an ``immutable=1`` connection.

    Not pinned (rollback-journal mode, or a long-running reader kept the checkpoint from finishing
    for PIN_ATTEMPTS tries): the SQLite backup API run from this same connection copies the
    snapshot into a working file instead (slower: every page is decrypted and re-encrypted).
    """

    def __init__(self, path: Path, key_hex: str, *, pin: bool = True) -> None:
        self.path = path
        self._key = key_hex
        self.pinned = False
        self.conn = sqlcipher3.connect(str(path), timeout=10, check_same_thread=False, isolation_level=None)
        try:
            _keyed(self.conn, key_hex)
            self.conn.execute("SELECT count(*) FROM sqlite_schema").fetchone()  # a wrong key fails here
            self.conn.execute("PRAGMA busy_timeout = 10000")
            if pin and str(self.conn.execute("PRAGMA journal_mode").fetchone()[0]).lower() == "wal":
                self.pinned = self._pin()
            if not self.pinned:
                self.conn.execute("BEGIN")
                self.conn.execute("SELECT count(*) FROM sqlite_schema").fetchone()
            self.page_size = int(self.conn.execute("PRAGMA page_size").fetchone()[0])
            self.size = self.page_size * int(self.conn.execute("PRAGMA page_count").fetchone()[0])
            if self.pinned and path.stat().st_size != self.size:
                self.pinned = False  # unexpected tail: take the slow, always-correct path
        except BaseException:
            self.conn.close()
            raise

    def _pin(self) -> bool:
        for attempt in range(PIN_ATTEMPTS):
            writer = sqlcipher3.connect(str(self.path), timeout=10, check_same_thread=False, isolation_level=None)
            try:
                _keyed(writer, self._key)
                try:
                    writer.execute("BEGIN IMMEDIATE")  # no commit can happen until ROLLBACK below
                except sqlcipher3.OperationalError:
                    continue
                try:
                    for _ in range(40):  # another connection's checkpoint may still be running
                        busy, log, done = self.conn.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchone()
                        if busy == 0 and log >= 0 and log == done:
                            self.conn.execute("BEGIN")
                            self.conn.execute("SELECT count(*) FROM sqlite_schema").fetchone()
                            return True
                        time.sleep(0.005)
                finally:
                    writer.execute("ROLLBACK")
            finally:
                writer.close()
            time.sleep(min(0.5, 0.05 * (attempt + 1)))
        return False

    def counts(self) -> dict[str, int]:
        return table_counts(self.conn)

    def revision(self) -> str | None:
        return alembic_revision(self.conn)

    def audit_head(self) -> tuple[int, str]:
        return audit_head(self.conn)

    def page_count(self) -> int:
        return int(self.conn.execute("PRAGMA page_count").fetchone()[0])

    def copy_to(self, dest: Path, progress: Progress | None = None, *, step_pages: int = 4096) -> None:
        """Backup API into a new file keyed with the same key (pages re-encrypted, never plain)."""
        if dest.exists():
            dest.unlink()
        out = sqlcipher3.connect(str(dest), isolation_level=None, check_same_thread=False)
        try:
            _keyed(out, self._key)
            out.execute("SELECT count(*) FROM sqlite_schema").fetchone()
            # A throwaway copy: no journal, no fsync per page; the finished file is fsynced once.
            out.execute("PRAGMA journal_mode = OFF")
            out.execute("PRAGMA synchronous = OFF")
            page_size = int(self.conn.execute("PRAGMA page_size").fetchone()[0])

            def cb(_status: int, remaining: int, total: int) -> None:
                if progress is not None:
                    progress((total - remaining) * page_size, total * page_size)

            self.conn.backup(out, pages=step_pages, progress=cb, sleep=0.05)
        finally:
            out.close()
        with open(dest, "rb+") as fh:
            os.fsync(fh.fileno())

    def close(self) -> None:
        try:
            self.conn.execute("COMMIT")
        except sqlcipher3.Error:
            pass
        self.conn.close()

    def __enter__(self) -> Snapshot:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


@contextlib.contextmanager
def open_copy(path: Path, key_hex: str) -> Iterator[sqlcipher3.Connection]:
    """A read-only connection to a finished copy: ``immutable=1`` so checking never writes to it
    (no WAL switch, no -shm), and checks can run while the same file is being streamed elsewhere."""
    uri = path.resolve().as_uri() + "?immutable=1"
    conn = sqlcipher3.connect(uri, uri=True, isolation_level=None, check_same_thread=False)
    try:
        _keyed(conn, key_hex)
        yield conn
    finally:
        conn.close()


@dataclass(frozen=True)
class CopyCheck:
    problems: list[str]
    counts: dict[str, int]
    revision: str | None
    audit_head: tuple[int, str]

    def merged(self, other: CopyCheck) -> CopyCheck:
        """Combine the "cipher" and "btree" halves of one file's check."""
        main = self if self.counts or self.revision else other
        return CopyCheck(self.problems + other.problems, main.counts, main.revision, main.audit_head)


# How each part of a backup is verified: independent tasks, each on its own thread and fresh
# read-only connection; the longest task is listed first. Why attachments get no B-tree check:
# docs/ARCHITECTURE.md "Backup verification".
CHECK_PLAN: dict[str, tuple[tuple[str, ...], ...]] = {
    "core": (("btree",), ("cipher",)),
    "attachments": (("btree",), ("cipher",)),  # the issue names integrity_check for every backup
}
# Page cache of a B-tree check connection: integrity_check seeks every index once per row, and each
# page it misses costs a decrypt + HMAC. Measured on 1,000,000 demo customers (16 indexes on
# customers): 209 s CPU with SQLite's default 2 MB, 125 s with 128 MB. Only for a file with
# indexes to seek (the core): the blob store's check runs beside it, and a backup must stay under
# 300 MB resident.
CHECK_CACHE_KIB = 128 * 1024


def check_plan(part_name: str) -> tuple[tuple[str, ...], ...]:
    return CHECK_PLAN.get(part_name, (("btree",), ("cipher",)))


def check_copy(path: Path, key_hex: str, *, full: bool = True, cancel: threading.Event | None = None,
               parts: tuple[str, ...] = ("cipher", "btree")) -> CopyCheck:
    """Read-only checks of a finished copy on a fresh connection; `parts` picks which:

    * "cipher": cipher_integrity_check (every page's HMAC: bit rot, tampering, pages swapped or
      from another key) plus the header's page count against the file size (a page-aligned cut
      passes the HMAC check, E4);
    * "btree": integrity_check (B-trees, every index entry, also catches E4) and foreign keys,
      then counts, revision and audit head;
    * "counts": counts, revision and audit head without the B-tree check.

    Tasks on one file may run on two threads at once, each with its own connection, e.g.
    ("cipher",) and ("btree",); `merged` combines them. `cancel` aborts a long check from another
    thread (SQLite progress handler)."""
    problems: list[str] = []
    counts: dict[str, int] = {}
    revision = None
    head = (0, "0" * 64)
    if cancel is not None and cancel.is_set():  # e.g. queued behind a check that failed
        return CopyCheck(["已取消"], counts, revision, head)
    try:
        with open_copy(path, key_hex) as conn:
            if cancel is not None:
                conn.set_progress_handler(lambda: 1 if cancel.is_set() else 0, 1_000_000)
            conn.execute("SELECT count(*) FROM sqlite_schema").fetchone()
            if "cipher" in parts:
                problems += [str(r[0]) for r in conn.execute("PRAGMA cipher_integrity_check").fetchall()]
                pages = int(conn.execute("PRAGMA page_count").fetchone()[0])
                page_size = int(conn.execute("PRAGMA page_size").fetchone()[0])
                if pages * page_size != path.stat().st_size:
                    problems.append(f"文件大小 {path.stat().st_size} 与页数 {pages}×{page_size} 不符")
            if "btree" in parts:
                indexes = conn.execute("SELECT count(*) FROM sqlite_schema WHERE type = 'index'").fetchone()[0]
                if indexes > 4:  # the blob store (one index) gains nothing and would double the memory
                    conn.execute(f"PRAGMA cache_size = -{CHECK_CACHE_KIB}")
                check = "integrity_check" if full else "quick_check"
                rows = [str(r[0]) for r in conn.execute(f"PRAGMA {check}").fetchall()]
                if rows != ["ok"]:
                    problems += rows
                fk = conn.execute("PRAGMA foreign_key_check").fetchall()
                if fk:
                    problems.append(f"外键不一致 {len(fk)} 处")
            if not problems and ("btree" in parts or "counts" in parts):
                counts = table_counts(conn)
                revision = alembic_revision(conn)
                head = audit_head(conn)
    except sqlcipher3.DatabaseError as exc:
        text = str(exc)
        if cancel is not None and cancel.is_set():
            problems.append("已取消")
        else:
            problems.append("密钥错误或文件损坏" if "not a database" in text else text)
    except OSError as exc:
        problems.append(f"无法读取副本：{exc.strerror or exc}")
    return CopyCheck(problems, counts, revision, head)


def merge_checks(results: list[CopyCheck]) -> CopyCheck:
    out = results[0]
    for other in results[1:]:
        out = out.merged(other)
    return out


def count_problems(expected: dict[str, int], found: dict[str, int], label: str) -> list[str]:
    out = []
    for table in sorted(set(expected) | set(found)):
        if expected.get(table) != found.get(table):
            out.append(f"{label}表 {table} 行数不符：清单 {expected.get(table)}，副本 {found.get(table)}")
    return out


def settle_copy(path: Path, key_hex: str) -> None:
    """Turn an extracted copy into a plain rollback-journal file with no -wal/-shm beside it.

    Why: a database moved into place must never meet a -wal file of another database (same key
    after a restore of the same branch, so SQLite would apply foreign frames: howtocorrupt §1.4).
    The app switches the file back to WAL on its first open.
    """
    conn = sqlcipher3.connect(str(path), isolation_level=None, check_same_thread=False)
    try:
        _keyed(conn, key_hex)
        conn.execute("SELECT count(*) FROM sqlite_schema").fetchone()
        conn.execute("PRAGMA journal_mode = DELETE").fetchone()
    finally:
        conn.close()
    for suffix in ("-wal", "-shm", "-journal"):
        side = path.with_name(path.name + suffix)
        if side.exists():
            raise StorageError("恢复的数据库副本未能正确关闭，已中止恢复。", detail=f"{side.name} left")
