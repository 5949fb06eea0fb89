"""Is a folder on this PC's own disk? The database must not live on a network share (T10).

Why refuse: SQLite's locking relies on the OS file locks and, in WAL mode, on a shared-memory
index (`-shm`) that only works when every connection runs on the same computer. Over SMB/NFS the
locks are emulated or silently ignored, so two PCs (or a PC and the file server's own cache) can
both write and corrupt the file (sqlite.org/wal.html "all processes must be on the same host";
howtocorrupt.html §2 "broken locking on network filesystems"; reliability-notes §3 "local disk
only"). Cloud-sync folders (OneDrive) copy the file while it is being written, the same damage
by another road.

Detection, each step replaceable for tests:
- Windows: UNC paths (``\\\\server\\share``, ``\\\\?\\UNC\\…``), drive letters whose
  ``GetDriveTypeW`` is ``DRIVE_REMOTE`` (mapped network drives), the user's OneDrive folders
  (``%OneDrive%``, ``%OneDriveCommercial%``, ``%OneDriveConsumer%``) and folders carrying the
  cloud-files attributes (Files On-Demand: pinned/unpinned/recall-on-access, cloud reparse tag).
- Linux: the filesystem type of the mount holding the folder, from ``/proc/self/mountinfo``
  (nfs, cifs, smb3, 9p, sshfs, …). Other systems: only the UNC text check.

A folder that does not exist yet is judged by its nearest existing parent (first run creates it).
"""

from __future__ import annotations

import ntpath
import os
import sys
from collections.abc import Callable, Mapping
from pathlib import Path

from loandesk.store.errors import NotLocalDisk

# Linux filesystem types that live on another computer (or behind a host/VM share whose locking
# SQLite cannot rely on). Prefix matches catch versions: nfs4, smb2, fuse.sshfs …
NETWORK_FS_TYPES = frozenset({
    "nfs", "nfs4", "cifs", "smb", "smb2", "smb3", "smbfs", "ncpfs", "afs", "coda", "9p", "sshfs",
    "fuse.sshfs", "ceph", "fuse.ceph", "glusterfs", "fuse.glusterfs", "lustre", "gpfs", "beegfs",
    "davfs", "fuse.davfs2", "fuse.rclone", "fuse.s3fs", "fuse.gvfsd-fuse", "fuse.smbnetfs",
    "fuse.curlftpfs", "vboxsf", "vmhgfs", "fuse.vmhgfs-fuse", "prl_fs", "afpfs", "fuse.afpfs",
})
_NETWORK_PREFIXES = ("nfs", "smb", "cifs")

DRIVE_REMOTE = 4  # winbase.h
# winnt.h: cloud-files (OneDrive Files On-Demand) markers on files and folders
FILE_ATTRIBUTE_RECALL_ON_OPEN = 0x00040000
FILE_ATTRIBUTE_PINNED = 0x00080000
FILE_ATTRIBUTE_UNPINNED = 0x00100000
FILE_ATTRIBUTE_RECALL_ON_DATA_ACCESS = 0x00400000
_CLOUD_ATTRIBUTES = (FILE_ATTRIBUTE_RECALL_ON_OPEN | FILE_ATTRIBUTE_PINNED | FILE_ATTRIBUTE_UNPINNED
                     | FILE_ATTRIBUTE_RECALL_ON_DATA_ACCESS)
IO_REPARSE_TAG_CLOUD = 0x9000001A  # and its 16 variants 0x9000X01A
IO_REPARSE_TAG_CLOUD_MASK = 0x0000F000
ONEDRIVE_ENV = ("OneDrive", "OneDriveCommercial", "OneDriveConsumer")


def is_network_fs(fs_type: str) -> bool:
    t = fs_type.lower()
    return t in NETWORK_FS_TYPES or t.startswith(_NETWORK_PREFIXES)


# --- Linux ---------------------------------------------------------------------------------------

def _unescape(field: str) -> str:
    r"""mountinfo writes space, tab, newline and backslash in mount points as \040 \011 \012 \134."""
    if "\\" not in field:
        return field
    out, i = [], 0
    while i < len(field):
        if field[i] == "\\" and i + 3 < len(field) and field[i + 1:i + 4].isdigit():
            out.append(chr(int(field[i + 1:i + 4], 8)))
            i += 4
        else:
            out.append(field[i])
            i += 1
    return "".join(out)


def parse_mountinfo(text: str) -> list[tuple[str, str]]:
    """(mount point, filesystem type) per line of /proc/self/mountinfo, in mount order.

    Line format (proc(5)): ``id parent major:minor root mountpoint options [optional…] - fstype
    source superoptions``; the optional fields vary in number, hence the split at `` - ``.
    """
    mounts: list[tuple[str, str]] = []
    for line in text.splitlines():
        left, sep, right = line.partition(" - ")
        if not sep:
            continue
        fields, tail = left.split(), right.split()
        if len(fields) < 5 or not tail:
            continue
        mounts.append((_unescape(fields[4]), tail[0]))
    return mounts


def fs_type_for(path: Path | str, mountinfo: str | None = None) -> str | None:
    """Filesystem type of the mount holding `path` (must be absolute and resolved), or None when
    /proc/self/mountinfo cannot be read (not Linux). The longest matching mount point wins; of
    equal ones the last mounted, which hides the earlier."""
    if mountinfo is None:
        try:
            with open("/proc/self/mountinfo", encoding="utf-8", errors="surrogateescape") as fh:
                mountinfo = fh.read()
        except OSError:
            return None
    target = str(path)
    best: tuple[int, str] | None = None
    for point, fs_type in parse_mountinfo(mountinfo):
        inside = point == "/" or target == point or target.startswith(point.rstrip("/") + "/")
        if inside and (best is None or len(point) >= best[0]):
            best = (len(point), fs_type)
    return best[1] if best else None


def _existing(path: Path) -> Path:
    """The path itself or its nearest existing parent, resolved (symlinks to a share count)."""
    p = Path(os.path.abspath(path))
    while not p.exists() and p.parent != p:
        p = p.parent
    return p.resolve()


# --- Windows -------------------------------------------------------------------------------------

def is_unc(text: str, *, windows: bool) -> bool:
    r"""``\\server\share`` (both slash kinds on Windows) and ``\\?\UNC\server\share``; not the
    local device forms ``\\?\C:\`` and ``\\.\C:\``."""
    t = text.replace("/", "\\") if windows else text
    if t.upper().startswith("\\\\?\\UNC\\"):
        return True
    if t.startswith(("\\\\?\\", "\\\\.\\")):
        return False
    return t.startswith("\\\\")


def _get_drive_type(root: str) -> int:
    import ctypes

    return int(ctypes.windll.kernel32.GetDriveTypeW(ctypes.c_wchar_p(root)))  # type: ignore[attr-defined]


def _file_attributes(path: str) -> tuple[int, int] | None:
    """(st_file_attributes, st_reparse_tag) without following the last link, None if missing."""
    try:
        st = os.lstat(path)
    except OSError:
        return None
    return getattr(st, "st_file_attributes", 0), getattr(st, "st_reparse_tag", 0)


def _is_cloud(attrs: int, tag: int) -> bool:
    return bool(attrs & _CLOUD_ATTRIBUTES) or (tag & ~IO_REPARSE_TAG_CLOUD_MASK) == IO_REPARSE_TAG_CLOUD


def _within(path: str, root: str) -> bool:
    p, r = ntpath.normcase(ntpath.normpath(path)), ntpath.normcase(ntpath.normpath(root))
    return p == r or p.startswith(r.rstrip("\\") + "\\")


def windows_reason(path: str, *, get_drive_type: Callable[[str], int] = _get_drive_type,
                   env: Mapping[str, str] | None = None,
                   attributes: Callable[[str], tuple[int, int] | None] = _file_attributes) -> str | None:
    """Why a Windows path (absolute, links resolved) is not a local disk, or None."""
    if is_unc(path, windows=True):
        return "网络共享（UNC 路径）"
    drive, _ = ntpath.splitdrive(path.replace("/", "\\").removeprefix("\\\\?\\"))
    if len(drive) == 2 and drive[1] == ":" and get_drive_type(drive + "\\") == DRIVE_REMOTE:
        return f"网络驱动器 {drive.upper()}"
    env = os.environ if env is None else env
    for name in ONEDRIVE_ENV:
        root = env.get(name, "")
        if root and _within(path, root):
            return "OneDrive 同步文件夹"
    p = ntpath.normpath(path)
    while True:  # Files On-Demand marks the synced folder tree with cloud attributes
        found = attributes(p)
        if found is not None and _is_cloud(*found):
            return "云同步文件夹（OneDrive 等）"
        parent = ntpath.dirname(p)
        if parent == p:
            return None
        p = parent


# --- both ----------------------------------------------------------------------------------------

def network_reason(path: Path | str, *, windows: bool | None = None,
                   fs_type_of: Callable[[Path], str | None] | None = None,
                   **windows_kw: object) -> str | None:
    """A short Chinese reason why `path` is not on a local disk, or None when it is (or cannot be
    told). `windows`/`fs_type_of`/`windows_kw` replace the platform probes in tests."""
    windows = sys.platform == "win32" if windows is None else windows
    text = str(path)
    if is_unc(text, windows=windows):
        return "网络共享（UNC 路径）"
    if windows:
        if sys.platform == "win32":
            text = os.path.realpath(text)  # a junction or symlink may point to a share
        return windows_reason(text, **windows_kw)  # type: ignore[arg-type]
    if fs_type_of is None:
        fs_type = fs_type_for(_existing(Path(text)))
    else:
        fs_type = fs_type_of(Path(text))
    if fs_type and is_network_fs(fs_type):
        return f"网络文件系统 {fs_type}"
    return None


def ensure_local_disk(path: Path | str, **probes: object) -> None:
    """Raise NotLocalDisk (a clear Chinese message) when `path` is on a share or synced folder."""
    reason = network_reason(path, **probes)  # type: ignore[arg-type]
    if reason:
        raise NotLocalDisk(str(path), reason)
