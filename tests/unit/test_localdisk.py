"""T10 detection: which folders count as a network share, on Linux (mountinfo) and Windows (UNC,
mapped drives, OneDrive), each probe replaced by a fake so both platforms are checked here."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from loandesk.store import localdisk
from loandesk.store.errors import NotLocalDisk
from loandesk.store.localdisk import (
    DRIVE_REMOTE,
    FILE_ATTRIBUTE_UNPINNED,
    ensure_local_disk,
    fs_type_for,
    is_network_fs,
    is_unc,
    network_reason,
    parse_mountinfo,
    windows_reason,
)

# A real-looking /proc/self/mountinfo: optional fields (shared:N, master:N), an escaped space in a
# mount point, a share mounted over a local folder later (it hides the earlier mount).
MOUNTINFO = """\
22 27 0:21 / /proc rw,relatime - proc proc rw
27 1 254:0 / / rw,relatime shared:1 - ext4 /dev/vda rw,discard
40 27 0:45 / /srv/branch rw,relatime shared:20 master:3 - nfs4 fileserver:/export/branch rw,vers=4.2
41 27 0:46 / /mnt/office\\040share rw,relatime - cifs //nas/office rw,vers=3.1.1
42 27 0:47 / /home/clerk/remote rw,nosuid - fuse.sshfs clerk@host:/data rw
43 27 0:48 / /mnt/wsl rw - 9p drvfs rw
44 27 254:1 / /data rw,relatime - xfs /dev/vdb rw
45 44 0:49 / /data/shared rw - smb3 //nas/shared rw
46 27 254:2 / /mnt/usb rw - vfat /dev/sdb1 rw
47 46 0:50 / /mnt/usb rw - cifs //nas/over rw
"""


def test_mountinfo_lines_are_parsed_with_optional_fields_and_escapes():
    mounts = dict(parse_mountinfo(MOUNTINFO + "garbage line without separator\n"))
    assert mounts["/"] == "ext4"
    assert mounts["/srv/branch"] == "nfs4"
    assert mounts["/mnt/office share"] == "cifs"
    assert "garbage" not in "".join(mounts)


@pytest.mark.parametrize(("path", "expected"), [
    ("/home/clerk/LoanDesk", "ext4"),
    ("/srv/branch", "nfs4"),
    ("/srv/branch/LoanDesk/branch", "nfs4"),
    ("/srv/branch-local/LoanDesk", "ext4"),  # a prefix of the text, not of the path
    ("/mnt/office share/LoanDesk", "cifs"),
    ("/home/clerk/remote/x", "fuse.sshfs"),
    ("/data/LoanDesk", "xfs"),
    ("/data/shared/LoanDesk", "smb3"),  # longest mount point wins
    ("/mnt/usb/LoanDesk", "cifs"),  # the later mount on the same point hides the USB stick
])
def test_fs_type_is_the_longest_matching_mount(path, expected):
    assert fs_type_for(path, MOUNTINFO) == expected


@pytest.mark.parametrize("fs_type", ["nfs", "nfs4", "cifs", "smb3", "smbfs", "9p", "fuse.sshfs", "sshfs",
                                     "vboxsf", "fuse.rclone", "ceph"])
def test_network_filesystem_types(fs_type):
    assert is_network_fs(fs_type)


@pytest.mark.parametrize("fs_type", ["ext4", "xfs", "btrfs", "tmpfs", "vfat", "exfat", "ntfs3", "overlay",
                                     "fuseblk", "zfs"])
def test_local_filesystem_types(fs_type):
    assert not is_network_fs(fs_type)


@pytest.mark.parametrize(("path", "refused"), [
    ("/srv/branch/LoanDesk", True),
    ("/mnt/office share/LoanDesk", True),
    ("/mnt/wsl/LoanDesk", True),
    ("/home/clerk/LoanDesk", False),
    ("/data/LoanDesk", False),
])
def test_linux_decision_from_a_fake_mountinfo(path, refused):
    reason = network_reason(path, windows=False, fs_type_of=lambda p: fs_type_for(p, MOUNTINFO))
    assert (reason is not None) == refused
    if refused:
        assert reason.startswith("网络文件系统")
        with pytest.raises(NotLocalDisk) as exc:
            ensure_local_disk(path, windows=False, fs_type_of=lambda p: fs_type_for(p, MOUNTINFO))
        msg = exc.value.message
        assert path in msg and reason in msg and "文件锁" in msg and "本机磁盘" in msg
        assert "Traceback" not in msg


def test_unc_text_is_refused_on_every_platform_and_device_paths_are_not_unc():
    assert is_unc("\\\\server\\share\\LoanDesk", windows=False)
    assert is_unc("\\\\server\\share", windows=True)
    assert is_unc("//server/share/LoanDesk", windows=True)
    assert is_unc("\\\\?\\UNC\\server\\share\\x", windows=True)
    assert not is_unc("\\\\?\\C:\\LoanDesk", windows=True)
    assert not is_unc("\\\\.\\C:\\LoanDesk", windows=True)
    assert not is_unc("//server/share", windows=False)  # POSIX: a plain absolute path
    assert not is_unc("C:\\Users\\clerk\\AppData\\Local\\LoanDesk", windows=True)
    assert network_reason("\\\\branch-server\\share\\LoanDesk", windows=False) == "网络共享（UNC 路径）"


def _drives(remote: set[str]):
    seen: list[str] = []

    def get_drive_type(root: str) -> int:
        seen.append(root)
        return DRIVE_REMOTE if root[0].upper() in remote else 3  # DRIVE_FIXED

    return get_drive_type, seen


def test_windows_mapped_network_drive_is_refused_and_local_drives_pass():
    get_drive_type, seen = _drives({"Z"})
    kw = {"get_drive_type": get_drive_type, "env": {}, "attributes": lambda _p: None}
    assert windows_reason("Z:\\LoanDesk\\branch", **kw) == "网络驱动器 Z:"
    assert "Z:\\" in seen  # GetDriveTypeW is asked about the drive root
    assert windows_reason("z:/LoanDesk", **kw) == "网络驱动器 Z:"
    assert windows_reason("\\\\?\\Z:\\LoanDesk", **kw) == "网络驱动器 Z:"
    assert windows_reason("C:\\Users\\clerk\\AppData\\Local\\LoanDesk\\branch", **kw) is None
    assert windows_reason("\\\\srv\\share\\LoanDesk", **kw) == "网络共享（UNC 路径）"


def test_windows_onedrive_folder_by_environment_and_by_cloud_attributes():
    get_drive_type, _ = _drives(set())
    env = {"OneDrive": "C:\\Users\\clerk\\OneDrive - 信用社"}
    kw = {"get_drive_type": get_drive_type, "env": env, "attributes": lambda _p: None}
    assert windows_reason("c:\\users\\clerk\\onedrive - 信用社\\LoanDesk", **kw) == "OneDrive 同步文件夹"
    assert windows_reason("C:\\Users\\clerk\\OneDrive2\\LoanDesk", **kw) is None  # only inside it
    marked = "D:\\Sync"

    def attributes(p: str) -> tuple[int, int] | None:
        return (FILE_ATTRIBUTE_UNPINNED, 0) if p.lower() == marked.lower() else (0x10, 0)

    kw = {"get_drive_type": get_drive_type, "env": {}, "attributes": attributes}
    assert windows_reason("D:\\Sync\\LoanDesk\\branch", **kw) == "云同步文件夹（OneDrive 等）"
    assert windows_reason("D:\\Local\\LoanDesk", **kw) is None
    cloud_tag = {"get_drive_type": get_drive_type, "env": {},
                 "attributes": lambda p: (0x400, 0x9000301A) if p == "E:\\Cloud" else (0x10, 0)}
    assert windows_reason("E:\\Cloud\\LoanDesk", **cloud_tag) is not None


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc/self/mountinfo")
def test_the_real_mount_table_is_read_and_the_test_folder_is_local(tmp_path):
    assert fs_type_for(tmp_path.resolve()) is not None
    ensure_local_disk(tmp_path / "not" / "made" / "yet")  # judged by the nearest existing parent
    assert not (tmp_path / "not").exists()


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc/self/mountinfo")
def test_a_symlink_into_a_share_is_judged_by_its_target(tmp_path, monkeypatch):
    share = tmp_path / "share"
    share.mkdir()
    link = tmp_path / "LoanDesk"
    link.symlink_to(share)
    fake = MOUNTINFO + f"99 27 0:99 / {share} rw - cifs //nas/x rw\n"
    real = localdisk.fs_type_for
    monkeypatch.setattr(localdisk, "fs_type_for", lambda p, mountinfo=None: real(p, fake))
    assert network_reason(link / "branch") == "网络文件系统 cifs"
    assert network_reason(tmp_path / "elsewhere") is None
    assert Path(link).is_symlink()
