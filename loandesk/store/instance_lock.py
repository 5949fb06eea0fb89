"""Single-instance lock on the data folder, usable by the GUI and by scripts (T23).

Why not QLockFile: scripts (`loandesk backup`, `loandesk restore`) must honour the same lock and
must not import Qt. An OS lock (``fcntl.flock`` on POSIX, ``msvcrt.locking`` on Windows) is
released by the kernel when the process dies — even on ``kill -9`` or a power cut — so a stale
lock file can never lock a branch out. The file itself is never deleted (deleting lock files
races with a second process that has just opened it).

Inside one process the lock is re-entrant: the GUI takes it at start, and a restore or re-key run
from that GUI takes it again without refusing itself. A second *process* is refused with
``AlreadyRunning``.

``MAINTENANCE`` serialises backup, restore and re-key inside one process: a backup must never
read the key slot while a re-key is replacing it.
"""

from __future__ import annotations

import contextlib
import errno
import json
import os
import socket
import threading
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import IO

from loandesk.domain.clock import CHINA_TZ
from loandesk.store.errors import StorageError
from loandesk.store.localdisk import ensure_local_disk

LOCK_NAME = "loandesk.lock"
# The byte we lock lies past the owner note, so other processes can still read the note on
# Windows (msvcrt locks are mandatory: a locked byte cannot be read by anyone else).
_LOCK_OFFSET = 1 << 20

MAINTENANCE = threading.RLock()


class AlreadyRunning(StorageError):
    def __init__(self, owner: str = "") -> None:
        extra = f"（{owner}）" if owner else ""
        super().__init__(
            f"LoanDesk 已在运行{extra}。同一数据目录同时只能由一个程序使用，"
            "请切换到已打开的窗口，或先关闭它再执行此操作。"
        )


class DataFolderUnusable(StorageError):
    """The data folder cannot be created or written (a file of that name, a read-only or removed
    drive, no permission): said before anything else is tried there."""

    def __init__(self, folder: Path, exc: OSError) -> None:
        if isinstance(exc, FileExistsError | NotADirectoryError) or (folder.exists() and not folder.is_dir()):
            why = "该路径（或其上级）是一个文件，不是文件夹"
        elif exc.errno == errno.EROFS:
            why = "所在磁盘是只读的"
        elif isinstance(exc, PermissionError):
            why = "没有写入权限"
        elif exc.errno == errno.ENOSPC:
            why = "磁盘已满"
        else:
            why = exc.strerror or "无法写入"
        super().__init__(f"无法使用数据目录 {folder}：{why}。请检查数据目录的路径，或换一个文件夹。未做任何改动。",
                         detail=f"{type(exc).__name__} errno={exc.errno}")


@dataclass
class _Held:
    fh: IO[bytes]
    count: int


_held: dict[str, _Held] = {}
_guard = threading.Lock()


def _lock_fd(fh: IO[bytes]) -> bool:
    if os.name == "nt":
        import msvcrt

        fh.seek(_LOCK_OFFSET)
        try:
            msvcrt.locking(fh.fileno(), msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True
    import fcntl

    try:
        fcntl.flock(fh.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        return False
    return True


def _unlock_fd(fh: IO[bytes]) -> None:
    if os.name == "nt":
        import msvcrt

        fh.seek(_LOCK_OFFSET)
        try:
            msvcrt.locking(fh.fileno(), msvcrt.LK_UNLCK, 1)
        except OSError:
            pass
        return
    import fcntl

    fcntl.flock(fh.fileno(), fcntl.LOCK_UN)


def read_owner(path: Path) -> str:
    """Who holds the lock, for the message (best effort; the note may be stale or unreadable)."""
    try:
        with open(path, "rb") as fh:
            note = json.loads(fh.read(4096).split(b"\0", 1)[0].decode("utf-8"))
        owner = f"进程 {note.get('pid')}，计算机 {note.get('host')}"
    except (OSError, ValueError, AttributeError):
        return ""
    try:  # written in UTC; said in Beijing time like every other time the admin reads
        since = datetime.fromisoformat(str(note.get("since", "")))
        return owner + f"，启动于 {since.astimezone(CHINA_TZ):%Y-%m-%d %H:%M}（北京时间）"
    except (ValueError, TypeError):
        return owner


class InstanceLock:
    """Exclusive lock on ``<data dir>/loandesk.lock``; context manager or acquire()/release()."""

    def __init__(self, root: Path | str) -> None:
        self.path = Path(root) / LOCK_NAME
        self._key = os.path.normcase(os.path.abspath(self.path))
        self._mine = False

    def acquire(self) -> InstanceLock:
        """Take the lock or raise AlreadyRunning. Re-entrant within this process."""
        with _guard:
            held = _held.get(self._key)
            if held is not None:
                held.count += 1
                self._mine = True
                return self
            # Every process that claims a data folder passes here (GUI, restore, re-key, CLI), and
            # an OS lock on a share is as unreliable as SQLite's own: refuse before creating anything.
            ensure_local_disk(self.path.parent)
            try:
                self.path.parent.mkdir(parents=True, exist_ok=True)
                # Unbuffered: a note that cannot be written (full disk) must not fail later at close().
                fh = open(self.path, "a+b", buffering=0)  # kept open for the life of the lock
            except OSError as exc:
                raise DataFolderUnusable(self.path.parent, exc) from exc
            if not _lock_fd(fh):
                fh.close()
                raise AlreadyRunning(read_owner(self.path))
            note = json.dumps(
                {"pid": os.getpid(), "host": socket.gethostname(), "since": datetime.now(UTC).isoformat()}
            ).encode("utf-8")
            try:
                fh.seek(0)
                fh.truncate(0)
                fh.write(note + b"\0")
                fh.flush()
            except OSError:
                pass  # the note is informative only; the OS lock is what counts
            _held[self._key] = _Held(fh, 1)
            self._mine = True
            return self

    def release(self) -> None:
        with _guard:
            if not self._mine:
                return
            self._mine = False
            held = _held.get(self._key)
            if held is None:
                return
            held.count -= 1
            if held.count > 0:
                return
            del _held[self._key]
            try:
                _unlock_fd(held.fh)
            finally:
                with contextlib.suppress(OSError):
                    held.fh.close()

    @property
    def held(self) -> bool:
        return self._mine

    def __enter__(self) -> InstanceLock:
        return self.acquire()

    def __exit__(self, *exc: object) -> None:
        self.release()


def held_by_this_process(root: Path | str) -> bool:
    key = os.path.normcase(os.path.abspath(Path(root) / LOCK_NAME))
    with _guard:
        return key in _held
