"""A. Storage faults, part 3 — the disk fills up (T03 save, T04/T03 backup, T15 re-key).

Real variant: a small tmpfs mounted for the test (``mount -t tmpfs -o size=8m``, root only),
filled with a ballast file so the next write gets ENOSPC. Fallback where mounting is not allowed
(CI containers without CAP_SYS_ADMIN): ``PRAGMA max_page_count`` for the save (E6) and a writer
that raises ENOSPC after N bytes for the backup (KeePassXC's FailDevice). Every test says which
variant ran; nothing is skipped without the reason in the skip message.

Expect each time: "磁盘空间不足"/"空间不足" in Chinese, the transaction rolled back (nothing
half-written), earlier data and earlier backups untouched, and the app usable again once space
is freed.
"""

from __future__ import annotations

import contextlib
import errno
import os
import shutil
import subprocess
from pathlib import Path

import pytest
from sqlalchemy import event, text

from loandesk.services import backup, keymgmt, restore
from loandesk.services import customers as cs
from loandesk.services.context import SYSTEM
from loandesk.store import backup_file as bf
from loandesk.store.database import DataDir, key_from_keyring, open_database
from loandesk.store.errors import DiskFull, StorageError
from loandesk.store.keys import open_slot, read_slot
from tests.conftest import PASSPHRASE, make_db
from tests.reliability._support import assert_clear_message, assert_intact, live_state, person, sha


def _try_mount(path: Path, size: str) -> str | None:
    """Mount a tmpfs; returns None on success, else why not (for the fallback/skip message)."""
    path.mkdir(parents=True, exist_ok=True)
    if os.environ.get("LOANDESK_RELIABILITY_NO_MOUNT"):
        return "disabled by LOANDESK_RELIABILITY_NO_MOUNT"
    if not hasattr(os, "geteuid") or os.geteuid() != 0:
        return "not root"
    if shutil.which("mount") is None:
        return "no mount command"
    r = subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(path)], capture_output=True)
    return None if r.returncode == 0 else f"mount refused: {r.stderr.decode(errors='replace').strip()}"


@pytest.fixture
def tmpfs(tmp_path):
    """(mount point | None, reason) — an 8 MB filesystem, unmounted afterwards."""
    mnt = tmp_path / "tmpfs"
    reason = _try_mount(mnt, "8m")
    yield (None if reason else mnt), reason
    if reason is None:
        subprocess.run(["umount", "-l", str(mnt)], check=False)


def _fill(root: Path, leave: int = 0) -> Path:
    """Write a ballast file until the filesystem is full (leaving about ``leave`` bytes)."""
    ballast = root / "ballast.bin"
    chunk = b"\0" * 65536
    with open(ballast, "wb", buffering=0) as fh:
        while shutil.disk_usage(root).free > leave + len(chunk):
            try:
                fh.write(chunk)
            except OSError:
                break
        if not leave:
            with contextlib.suppress(OSError):
                while True:
                    fh.write(b"\0" * 4096)
    return ballast


def _customers(db) -> int:
    with db.read() as s:
        return s.execute(text("SELECT count(*) FROM customers")).scalar_one()


def _save_until_full(db, clerk, start: int) -> tuple[int, DiskFull]:
    """Save customers until the disk refuses; returns (saved, the refusal)."""
    for i in range(200):
        n = _customers(db)
        try:
            with db.write() as s:
                cs.create_customer(s, clerk, person(start + i, name=f"客户{i}", notes="满" * 1999))
        except DiskFull as exc:
            assert _customers(db) == n, "the refused save left something behind"
            return i, exc
    raise AssertionError("the disk never filled up")


# --- T03: a save on a full disk ------------------------------------------------------------------------

def test_t03_full_disk_during_customer_save_rolls_back_and_recovers(tmp_path, tmpfs, memory_keyring):
    """Fault T03: the data disk is full when a clerk saves a customer. Expect DiskFull
    ("磁盘空间不足，本次操作未保存…已录入的数据未丢失"), the save rolled back, every earlier
    save intact, and saving works again once space is freed. Real tmpfs when mountable, else
    PRAGMA max_page_count (E6)."""
    mnt, why = tmpfs
    root = (mnt or tmp_path) / "branch"
    data = DataDir(root)
    db = make_db(data)
    key = db.key_hex()
    with db.read() as s:
        from loandesk.services import auth
        from loandesk.store.models.auth import User

        clerk = auth.actor_for(s.query(User).filter_by(username="clerk").one())
    with db.write() as s:
        cs.create_customer(s, clerk, person(0, name="满盘前客户"))
    if mnt is not None:
        db.checkpoint()  # an empty WAL: the next frames need new disk space
        ballast = _fill(mnt)
    else:
        limit = {"pages": 0}

        @event.listens_for(db.engine, "connect")
        def _limit(dbapi_conn, _rec) -> None:
            if limit["pages"]:
                dbapi_conn.execute(f"PRAGMA max_page_count = {limit['pages']}")

        with db.read() as s:
            limit["pages"] = s.execute(text("PRAGMA page_count")).scalar_one() + 1
        db.engine.dispose()
    saved, exc = _save_until_full(db, clerk, 100)
    assert_clear_message(exc, "磁盘空间不足", "未丢失")
    assert _customers(db) == 1 + saved
    # Space comes back: the app carries on without a restart.
    if mnt is not None:
        ballast.unlink()
    else:
        limit["pages"] = 0
        db.engine.dispose()
    with db.write() as s:
        cs.create_customer(s, clerk, person(999, name="清理后客户"))
    assert _customers(db) == 2 + saved
    db.close()
    assert_intact(data, key)
    print(f"variant: {'tmpfs 8m' if mnt else 'max_page_count (' + str(why) + ')'}; saves before full: {saved}")


# --- backup onto a full medium ------------------------------------------------------------------------

def _backup_leftovers(dest: Path, keep: set[str]) -> list[str]:
    return sorted(p.name for p in dest.iterdir() if p.name not in keep)


def test_t03_full_backup_medium_refused_up_front_and_mid_write(db, actors, tmp_path, tmpfs, monkeypatch):
    """Fault T03/T04 at the destination: the USB stick is too small, and it fills up while the file
    is being written (another program, or a wrong free-space estimate). Expect
    DestinationFull ("空间不足…之前的备份未受影响"), no partial or final file left, the earlier
    backup on the stick byte-identical, the live database intact, the failure in the history."""
    from tests.services._backup_helpers import fill

    fill(db, n=20, blobs=40)  # ~0.9 MB of attachments
    earlier = backup.write_backup(db, tmp_path / "elsewhere")
    mnt, why = tmpfs
    dest = mnt if mnt is not None else tmp_path / "usb"
    dest.mkdir(exist_ok=True)
    old = dest / earlier.path.name
    shutil.copyfile(earlier.path, old)
    keep = {old.name}
    old_sha = sha(old)
    if mnt is not None:
        # 1. Honest free space: refused before a byte is written.
        with pytest.raises(bf.DestinationFull) as exc:
            backup.create_backup(db, actors["admin"], dest)
        assert_clear_message(exc.value, "空间不足", "之前的备份未受影响")
        assert _backup_leftovers(dest, keep) == []
        # 2. The estimate lies (another program fills the stick meanwhile): ENOSPC mid-write.
        ballast = _fill(dest, leave=300_000)
        keep.add(ballast.name)
        real = shutil.disk_usage
        monkeypatch.setattr(backup.shutil, "disk_usage",
                            lambda p: real(p)._replace(free=1 << 40) if Path(p) == dest else real(p))
    else:
        class FailAfter:  # the fallback: a medium that fails with ENOSPC after 200 kB
            def __init__(self, path: Path, limit: int) -> None:
                self.fh = open(path, "xb")
                self.left = limit

            def write(self, data) -> int:
                if len(data) > self.left:
                    raise OSError(errno.ENOSPC, "No space left on device")
                self.left -= len(data)
                return self.fh.write(data)

            def __getattr__(self, name):
                return getattr(self.fh, name)

        monkeypatch.setattr(backup, "_open_partial", lambda p: FailAfter(p, 200_000))
    with pytest.raises(bf.DestinationFull) as exc:
        backup.create_backup(db, actors["admin"], dest)
    assert_clear_message(exc.value, "空间不足", "之前的备份未受影响")
    assert _backup_leftovers(dest, keep) == []
    assert sha(old) == old_sha
    restore.inspect_backup(old, key_hex=db.key_hex(), deep=False)
    assert_intact(db.data, db.key_hex())
    history = backup.list_backups(db, actors["admin"])
    assert history[0].status == "failed" and "空间不足" in history[0].message
    print(f"variant: {'tmpfs 8m' if mnt else 'ENOSPC writer (' + str(why) + ')'}")


def test_t04_usb_pulled_during_backup_leaves_no_file_under_the_final_name(db, actors, tmp_path, monkeypatch):
    """Fault T04: the USB stick is pulled while the backup file is written (EIO after 150 kB), and a
    stick that is no longer there at all. Expect BackupFileError "备份位置不可用…U 盘可能已拔出…之前的
    备份未受影响", no partial or final file, the earlier backup untouched, the live database intact
    (tests/services/test_backup.py has the missing-location variant through the scheduler)."""
    from tests.services._backup_helpers import fill

    fill(db, n=10, blobs=20)
    dest = tmp_path / "usb"
    earlier = backup.create_backup(db, actors["admin"], dest)
    old_sha = sha(earlier.path)

    class Yanked:
        def __init__(self, path: Path) -> None:
            self.fh = open(path, "xb")
            self.left = 150_000

        def write(self, data) -> int:
            if len(data) > self.left:
                raise OSError(errno.EIO, "Input/output error")
            self.left -= len(data)
            return self.fh.write(data)

        def __getattr__(self, name):
            return getattr(self.fh, name)

    monkeypatch.setattr(backup, "_open_partial", Yanked)
    with pytest.raises(bf.BackupFileError) as exc:
        backup.create_backup(db, actors["admin"], dest)
    assert_clear_message(exc.value, "U 盘", "之前的备份未受影响")
    assert sorted(p.name for p in dest.iterdir()) == [earlier.path.name]
    assert sha(earlier.path) == old_sha
    monkeypatch.undo()
    shutil.rmtree(dest)
    with pytest.raises(bf.BackupFileError) as exc:  # the scheduler never creates a missing stick's folder
        backup.write_backup(db, dest, create_dir=False)
    assert_clear_message(exc.value, "U 盘")
    assert not dest.exists()
    assert_intact(db.data, db.key_hex())


# --- T15: re-key on a full disk -----------------------------------------------------------------------

def test_t15_full_disk_during_rekey_keeps_the_old_key_working(tmpfs, monkeypatch, memory_keyring):
    """Fault T15: the disk cannot hold the WAL a re-key writes (≈ database size, E11). Expect the
    up-front refusal when the free space is known, and when the estimate lies, SQLITE_FULL in the
    middle of PRAGMA rekey: a clear message, the old key still opens both files, the key slot
    still matches, no pending artefacts after the next start."""
    mnt, why = tmpfs
    if mnt is None:
        pytest.skip(f"T15 needs a size-limited filesystem (tmpfs as root): {why}. The roll-back path "
                    "itself is covered by tests/services/test_keymgmt.py::"
                    "test_rekey_failure_midway_rolls_back_and_old_object_still_works")
    from tests.services._backup_helpers import fill

    data = DataDir(mnt / "branch")
    db = make_db(data)
    fill(db, n=200, blobs=40)
    key = db.key_hex()
    db.close()
    db = open_database(data, key)
    ballast = _fill(mnt, leave=400_000)
    before = live_state(data)
    with pytest.raises(StorageError) as exc:
        keymgmt.rekey_database(db, SYSTEM, PASSPHRASE)
    assert_clear_message(exc.value, "磁盘空间不足", "未受影响")
    assert live_state(data) == before
    real = shutil.disk_usage
    calls = []

    def lying_once(p):  # the up-front estimate is wrong (another program freed, then took, space)
        calls.append(p)
        return real(p)._replace(free=1 << 40) if len(calls) == 1 else real(p)

    monkeypatch.setattr(keymgmt.shutil, "disk_usage", lying_once)
    with pytest.raises(StorageError) as exc:
        keymgmt.rekey_database(db, SYSTEM, PASSPHRASE)
    assert_clear_message(exc.value, "磁盘空间不足")
    db.close()
    ballast.unlink()
    restore.recover_interrupted(data)  # the next start
    found = key_from_keyring(data, data.read_marker())
    assert found == key
    assert open_slot(read_slot(data.slot), PASSPHRASE) == key
    assert not data.slot.with_name(data.slot.name + ".pending").exists()
    assert_intact(data, key)
