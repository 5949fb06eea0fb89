"""Backups: one self-contained verified file; consistent while clerks write; nothing left on failure."""

from __future__ import annotations

import errno
import json
import os
import shutil
import signal
import subprocess
import threading
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import select

from loandesk.services import backup, restore
from loandesk.services.context import PermissionDenied
from loandesk.store import backup_file as bf
from loandesk.store.database import DataDir
from loandesk.store.engine import integrity_problems
from loandesk.store.errors import StorageError
from loandesk.store.models.admin import BackupRecord
from loandesk.store.models.audit import AuditRecord
from loandesk.store.models.auth import Counter, Setting
from tests.conftest import make_db
from tests.services._backup_helpers import fill, raw_exec, start_script, table_checksums


def _audit_actions(db) -> list[str]:
    with db.read() as s:
        return [a for (a,) in s.execute(select(AuditRecord.action).order_by(AuditRecord.seq))]


def test_backup_is_one_verified_file_with_authentic_manifest(db, actors, tmp_path):
    fill(db)
    result = backup.create_backup(db, actors["admin"], tmp_path / "out")
    assert result.path.exists() and result.path.suffix == ".ldbackup"
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == [result.path.name]  # no partial, no work files
    assert not list(db.data.backups.glob(".work-*"))
    c = bf.read_container(result.path)
    bf.authenticate(c, db.key_hex())
    m = c.manifest
    assert m["branch_code"] == "3301" and m["database_id"] == db.database_id
    assert m["operator"] == "admin" and m["kind"] == "manual"
    assert m["counts"]["core"]["settings"] >= 50 and m["counts"]["attachments"]["blobs"] == 5
    assert m["schema_revision"] == result.schema_revision
    assert {p["name"] for p in m["parts"]} == {"core", "attachments"}
    assert c.header["slot"] == json.loads(db.data.slot.read_text(encoding="utf-8"))
    # Nothing readable in the file: the parts are the encrypted database pages.
    raw = result.path.read_bytes()
    assert "张三丰".encode() not in raw and b"SQLite format 3" not in raw
    # History and audit.
    with db.read() as s:
        rec = s.scalar(select(BackupRecord))
        assert rec.status == "ok" and rec.verify_state == "verified" and rec.sha256 == result.sha256
        assert rec.size_bytes == result.path.stat().st_size
    assert "backup.created" in _audit_actions(db)


def test_manifest_audit_head_matches_chain(db, actors, tmp_path):
    fill(db)
    from loandesk.services import audit

    with db.read() as s:
        seq, head = audit.head(s)
    result = backup.create_backup(db, actors["admin"], tmp_path)
    assert result.audit_head == (seq, head)


def test_wrong_key_does_not_authenticate(db, tmp_path):
    result = backup.write_backup(db, tmp_path)
    c = bf.read_container(result.path)
    with pytest.raises(bf.TamperedBackup):
        bf.authenticate(c, "ab" * 32)


@pytest.mark.parametrize("pinned", [True, False], ids=["pinned-file", "backup-api-copy"])
def test_backup_while_another_thread_writes_is_a_consistent_snapshot(db, tmp_path, monkeypatch, pinned):
    """T22: money moves between two counters in each transaction, plus one row per transfer.

    Both ways of taking the snapshot: streaming the pinned live file, and the backup-API copy
    used when pinning is impossible."""
    if not pinned:
        monkeypatch.setattr(bf, "PIN_ATTEMPTS", 0)
    with db.write() as s:
        s.add_all([Counter(name="a", value=100_000), Counter(name="b", value=0)])
    from loandesk.store.attachments import BlobStore

    BlobStore.of(db).put(os.urandom(3_000_000), "image/png")  # makes the copy take a little while
    stop = threading.Event()
    done = [0]

    def writer() -> None:
        with db.engine.connect() as c:  # checkpoint often, to race the snapshot as hard as possible
            c.exec_driver_sql("PRAGMA wal_autocheckpoint = 5")
        while not stop.is_set():
            with db.write() as s:
                a, b = s.get(Counter, "a"), s.get(Counter, "b")
                a.value -= 1
                b.value += 1
                s.add(Setting(key=f"transfer.{b.value}", value="1"))
            done[0] += 1

    t = threading.Thread(target=writer)
    t.start()
    try:
        time.sleep(0.2)
        results = [backup.write_backup(db, tmp_path / f"b{i}") for i in range(3)]
    finally:
        stop.set()
        t.join()
    assert done[0] > 10
    assert all(r.timings["pinned"] == float(pinned) for r in results)
    for r in results:
        info = restore.inspect_backup(r.path, key_hex=db.key_hex())  # deep: counts equal the snapshot
        fresh = DataDir(tmp_path / f"restored-{r.backup_id[:6]}")
        res = restore.restore_backup(fresh, r.path, key_hex=db.key_hex())
        from loandesk.store.database import open_database

        copy = open_database(fresh, res.key_hex, upgrade=False)
        try:
            with copy.read() as s:
                a, b = s.get(Counter, "a").value, s.get(Counter, "b").value
                transfers = len(s.scalars(select(Setting.key).where(Setting.key.like("transfer.%"))).all())
        finally:
            copy.close()
        assert a + b == 100_000
        assert transfers == b
        assert info.counts["core"]["settings"] == transfers


def test_refused_for_roles_without_backup_run_and_denial_audited(db, actors, tmp_path):
    for name in ("clerk", "reviewer", "approver", "auditor"):
        with pytest.raises(PermissionDenied):
            backup.create_backup(db, actors[name], tmp_path / name)
        assert not (tmp_path / name).exists()
        with pytest.raises(PermissionDenied):
            backup.list_backups(db, actors[name])
        with pytest.raises(PermissionDenied):
            _settings_as(db, actors[name])
    with db.read() as s:
        denied = [json.loads(x) for x in s.scalars(
            select(AuditRecord.summary).where(AuditRecord.action == "permission.denied"))]
    assert len(denied) == 12
    assert {d["permission"] for d in denied} == {"backup.run", "settings.manage"}


def _settings_as(db, actor) -> None:
    with db.write() as s:
        backup.set_backup_settings(s, actor, schedule="weekly")


def test_backup_settings_validated_and_audited(db, actors, tmp_path):
    with db.write() as s:
        conf = backup.set_backup_settings(s, actors["admin"], locations=[str(tmp_path / "usb"), str(tmp_path / "usb")],
                                          schedule="daily", keep={"daily": 3}, at_exit=False)
    assert conf.locations == [str(tmp_path / "usb")] and conf.keep == {"daily": 3, "weekly": 4, "monthly": 12}
    assert conf.at_exit is False
    from loandesk.services.context import ServiceError

    for bad in ({"locations": ["relative/dir"]}, {"schedule": "hourly"}, {"keep": {"daily": 0}}):
        with pytest.raises(ServiceError), db.write() as s:
            backup.set_backup_settings(s, actors["admin"], **bad)
    assert "settings.changed" in _audit_actions(db)


# --- failures leave nothing behind ------------------------------------------------------------------

def _dest_clean(dest: Path) -> None:
    leftovers = [p.name for p in dest.iterdir()] if dest.exists() else []
    assert not [n for n in leftovers if n.endswith(bf.SUFFIX)], leftovers
    assert not [n for n in leftovers if ".partial" in n or n.endswith(".work")], leftovers


def test_missing_usb_location_gives_clear_message_and_leaves_earlier_backups(db, actors, tmp_path):
    usb = tmp_path / "usb"
    usb.mkdir()
    earlier = backup.write_backup(db, usb, kind="scheduled", now=datetime(2026, 1, 1, 2, tzinfo=UTC))
    before = earlier.path.read_bytes()
    gone = tmp_path / "unplugged" / "LoanDesk"
    with db.write() as s:
        backup.set_backup_settings(s, actors["admin"], locations=[str(gone), str(usb)])
    outcomes = backup.run_scheduled_backups(db, now=datetime(2026, 1, 2, 2, tzinfo=UTC))
    assert [o.status for o in outcomes] == ["failed", "ok"]
    assert "不可用" in outcomes[0].message and "U 盘" in outcomes[0].message
    assert not gone.exists()  # never created on the local disk where the USB should be
    assert earlier.path.read_bytes() == before
    with db.read() as s:
        failed = s.scalar(select(BackupRecord).where(BackupRecord.status == "failed"))
        assert failed.location == str(gone) and "不可用" in failed.message


def _mount_tmpfs(path: Path, size: str) -> bool:
    path.mkdir(parents=True, exist_ok=True)
    if os.geteuid() != 0 or shutil.which("mount") is None:
        return False
    return subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(path)],
                          capture_output=True).returncode == 0


@pytest.fixture
def small_disk(tmp_path):
    mnt = tmp_path / "small"
    if not _mount_tmpfs(mnt, "2m"):
        pytest.skip("cannot mount a tmpfs here (needs root)")
    yield mnt
    subprocess.run(["umount", "-l", str(mnt)], check=False)


def test_disk_full_refused_up_front_on_a_small_drive(db, small_disk):
    fill(db, blobs=100)  # ~2 MB of blobs: more than the drive holds
    # The snapshot checkpoints the WAL (file bytes move from -wal into the .db), so compare content.
    state = table_checksums(db.data.db, db.key_hex())
    with pytest.raises(bf.DestinationFull) as exc:
        backup.write_backup(db, small_disk)
    assert "空间不足" in exc.value.message
    _dest_clean(small_disk)
    assert table_checksums(db.data.db, db.key_hex()) == state


def test_disk_full_while_writing_leaves_no_partial(db, small_disk, monkeypatch):
    """The free-space estimate can be wrong (another program filling the drive): ENOSPC mid-write."""
    fill(db, blobs=100)
    real = shutil.disk_usage
    monkeypatch.setattr(backup.shutil, "disk_usage",
                        lambda p: real(p)._replace(free=1 << 40) if Path(p) == small_disk else real(p))
    with pytest.raises(bf.DestinationFull):
        backup.write_backup(db, small_disk)
    _dest_clean(small_disk)
    assert integrity_problems(db.data.db, db.key_hex()) == []


def test_disk_full_simulated_writer(db, tmp_path, monkeypatch):
    """Portable variant: a writer that fails with ENOSPC after N bytes (KeePassXC's FailDevice)."""
    fill(db)

    class FailAfter:
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

    monkeypatch.setattr(backup, "_open_partial", lambda p: FailAfter(p, 100_000))
    with pytest.raises(bf.DestinationFull) as exc:
        backup.create_backup(db, backup.SYSTEM, tmp_path / "out")
    assert "之前的备份未受影响" in exc.value.message
    _dest_clean(tmp_path / "out")
    with db.read() as s:
        assert s.scalar(select(BackupRecord.status)) == "failed"


def test_cancel_mid_backup_leaves_nothing(db, tmp_path):
    fill(db)

    class Cancelled(Exception):
        pass

    def progress(done: int, total: int, text: str) -> None:
        if done > 500:
            raise Cancelled()

    with pytest.raises(Cancelled):
        backup.write_backup(db, tmp_path / "out", progress=progress)
    _dest_clean(tmp_path / "out")
    assert not list(db.data.backups.glob(".work-*"))


def _damage_the_working_copy(monkeypatch, damage) -> None:
    """Make the backup copy the snapshot through the backup API (not the pinned live file) and
    then `damage(copy_path, key)` the working copy, between the snapshot and the checks."""
    monkeypatch.setattr(bf, "PIN_ATTEMPTS", 0)
    copy_to = bf.Snapshot.copy_to

    def damaged_copy(self, dest, progress=None, **kw):
        copy_to(self, dest, progress, **kw)
        if dest.name == "loandesk.db":
            damage(dest, self._key)

    monkeypatch.setattr(bf.Snapshot, "copy_to", damaged_copy)


def _flip_settings_root_page(path: Path, key: str, flipped: list[int]) -> None:
    import sqlcipher3

    conn = sqlcipher3.connect(str(path), isolation_level=None)
    try:
        conn.execute(f"PRAGMA key = \"x'{key}'\"")
        page = conn.execute("SELECT rootpage FROM sqlite_schema WHERE name = 'settings'").fetchone()[0]
    finally:
        conn.close()
    with open(path, "r+b") as fh:
        fh.seek((page - 1) * 4096 + 1000)
        b = fh.read(1)
        fh.seek(-1, os.SEEK_CUR)
        fh.write(bytes([b[0] ^ 0x10]))
    flipped.append(page)


def test_backup_whose_copy_fails_the_integrity_check_is_not_kept(db, tmp_path, monkeypatch):
    """Issue 6: a backup is verified right after it is written (cipher_integrity_check,
    integrity_check on the copy). A page damaged in the copy after the snapshot was taken (bad
    RAM, a disk that flips a bit) must fail that check: no file under the final name, the earlier
    backup untouched, the live database unchanged."""
    fill(db)
    earlier = backup.write_backup(db, tmp_path / "out")
    before = earlier.path.read_bytes()
    flipped: list[int] = []
    _damage_the_working_copy(monkeypatch, lambda path, key: _flip_settings_root_page(path, key, flipped))
    with pytest.raises(StorageError) as exc:
        backup.write_backup(db, tmp_path / "out")
    # Named by the page check itself, not only by the counts it could then not read.
    assert flipped and f"核心库：HMAC verification failed for page {flipped[0]}" in exc.value.message, \
        exc.value.message
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == [earlier.path.name]
    assert earlier.path.read_bytes() == before
    assert not list(db.data.backups.glob(".work-*"))
    assert integrity_problems(db.data.db, db.key_hex()) == []


def test_backup_whose_copy_holds_other_counts_than_the_manifest_is_not_kept(db, tmp_path, monkeypatch):
    """Issue 6: "counts match the manifest" after writing. A copy that lost a row (sound pages,
    so the integrity checks pass) must be refused by the count comparison, naming the table."""
    fill(db)

    def lose_a_row(path: Path, key: str) -> None:
        raw_exec(path, key, "DELETE FROM settings WHERE key = 'test.k1'")

    _damage_the_working_copy(monkeypatch, lose_a_row)
    with pytest.raises(StorageError) as exc:
        backup.write_backup(db, tmp_path / "out")
    assert "行数不符" in exc.value.message and "settings" in exc.value.message
    assert not list((tmp_path / "out").iterdir())


@pytest.mark.slow
def test_kill_during_backup_leaves_no_final_file_and_live_db_intact(tmp_path):
    """T04/kill -9: a backup killed at random moments never leaves a file under the final name."""
    data = DataDir(tmp_path / "branch")
    db = make_db(data)
    fill(db, blobs=60)
    key = db.key_hex()
    db.close()
    kr = tmp_path / "keyring.json"
    dest = tmp_path / "out"
    dest.mkdir()
    body = f"""
    from pathlib import Path
    from loandesk.store.database import DataDir, open_database
    from loandesk.services import backup
    db = open_database(DataDir(Path({str(data.root)!r})), {key!r}, upgrade=False)
    print("READY", flush=True)
    while True:
        backup.write_backup(db, Path({str(dest)!r}))
    """
    kills = 0
    for delay in (0.05, 0.15, 0.3, 0.45, 0.7, 1.0):
        proc = start_script(body, kr)
        assert proc.stdout.readline().strip() == b"READY", proc.stderr.read()
        time.sleep(delay)
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        kills += 1
        for p in dest.iterdir():
            if p.name.endswith(bf.SUFFIX):  # finished ones are complete and verify
                restore.inspect_backup(p, key_hex=key, deep=False)
                bf.check_parts(bf.read_container(p))
    assert kills == 6
    assert integrity_problems(data.db, key) == []
    assert integrity_problems(data.attachments, key) == []
    # The next backup clears stale partials (after they are old enough) and works.
    for p in dest.iterdir():
        if ".partial" in p.name:
            os.utime(p, (time.time() - 7200, time.time() - 7200))
    from loandesk.store.database import open_database

    db = open_database(data, key, upgrade=False)
    try:
        backup.write_backup(db, dest)
    finally:
        db.close()
    assert not [p for p in dest.iterdir() if ".partial" in p.name]


# --- schedule, exit and rotation --------------------------------------------------------------------

def test_scheduled_backup_runs_once_per_day(db, actors, tmp_path):
    loc = tmp_path / "usb"
    loc.mkdir()
    with db.write() as s:
        backup.set_backup_settings(s, actors["admin"], locations=[str(loc)])
    day1 = datetime(2026, 3, 2, 1, 0, tzinfo=UTC)  # 09:00 China time
    assert [o.status for o in backup.run_scheduled_backups(db, now=day1)] == ["ok"]
    assert [o.status for o in backup.run_scheduled_backups(db, now=day1 + timedelta(hours=10))] == ["skipped"]
    # 2026-03-02 17:00 UTC is already 3 March in China: due again.
    assert [o.status for o in backup.run_scheduled_backups(db, now=day1 + timedelta(hours=16))] == ["ok"]
    assert len(list(loc.glob("*.ldbackup"))) == 2
    with db.write() as s:
        backup.set_backup_settings(s, actors["admin"], schedule="off")
    assert backup.run_scheduled_backups(db, now=day1 + timedelta(days=5)) == []


def test_a_backup_stamped_in_the_future_does_not_stop_the_schedule(db, actors, tmp_path):
    """A week with the PC clock a year ahead left a history row dated next year; after the clock
    was put right, every scheduled run said "today already backed up" until that date came round."""
    loc = tmp_path / "usb"
    loc.mkdir()
    with db.write() as s:
        backup.set_backup_settings(s, actors["admin"], locations=[str(loc)])
    wrong = datetime(2027, 3, 2, 1, 0, tzinfo=UTC)
    assert [o.status for o in backup.run_scheduled_backups(db, now=wrong)] == ["ok"]
    right = datetime(2026, 3, 2, 1, 0, tzinfo=UTC)
    assert [o.status for o in backup.run_scheduled_backups(db, now=right)] == ["ok"]
    assert [o.status for o in backup.run_scheduled_backups(db, now=right + timedelta(hours=2))] == ["skipped"]
    assert len(list(loc.glob("*.ldbackup"))) == 2  # the stray one is kept, not rotated away


def test_automatic_backups_rotate_their_location_and_history(db, actors, tmp_path):
    """Issue 6: automatic backups "with rotation". Ten days of scheduled backups with keep 3 daily
    / 1 weekly / 1 monthly: the USB stick holds only the kept generations (a manual backup there
    is never deleted), the deleted files' history rows say so, and the deletion is audited."""
    loc = tmp_path / "usb"
    loc.mkdir()
    with db.write() as s:
        backup.set_backup_settings(s, actors["admin"], locations=[str(loc)],
                                   keep={"daily": 3, "weekly": 1, "monthly": 1})
    manual = backup.create_backup(db, actors["admin"], loc)
    start = datetime(2026, 3, 2, 1, tzinfo=UTC)  # a Monday, 09:00 China time
    made = []
    for day in range(10):
        (outcome,) = backup.run_scheduled_backups(db, now=start + timedelta(days=day))
        assert outcome.status == "ok", outcome.message
        made.append(outcome.result.path)
    kept, _ = backup.plan_rotation(
        [backup.RotationEntry(p, start + timedelta(days=i), "scheduled", True) for i, p in enumerate(made)],
        {"daily": 3, "weekly": 1, "monthly": 1}, start + timedelta(days=9))
    assert len(kept) < len(made)
    on_stick = {p.name for p in loc.glob("*.ldbackup")}
    assert on_stick == {e.path.name for e in kept} | {manual.path.name}
    with db.read() as s:
        states = {r.file_name: r.status for r in s.scalars(select(BackupRecord).where(
            BackupRecord.location == str(loc)))}
    assert {n for n, st in states.items() if st == "rotated"} == {p.name for p in made} - on_stick
    assert "backup.rotated" in _audit_actions(db)


def test_default_location_is_the_data_folder(db, tmp_path):
    outcomes = backup.run_scheduled_backups(db, now=datetime(2026, 3, 2, 1, tzinfo=UTC))
    assert outcomes[0].status == "ok" and outcomes[0].result.path.parent == db.data.backups


def test_backup_at_exit_only_when_something_changed(db, actors, tmp_path):
    loc = tmp_path / "usb"
    loc.mkdir()
    with db.write() as s:
        backup.set_backup_settings(s, actors["admin"], locations=[str(loc)])
    first = backup.backup_at_exit(db)
    assert [o.status for o in first] == ["ok"]
    assert [o.status for o in backup.backup_at_exit(db)] == ["skipped"]
    fill(db, n=1, blobs=0)
    assert [o.status for o in backup.backup_at_exit(db)] == ["ok"]
    with db.write() as s:
        backup.set_backup_settings(s, actors["admin"], at_exit=False)
    fill(db, n=2, blobs=0)
    assert backup.backup_at_exit(db) == []


def test_backup_at_exit_judges_each_location_by_its_own_last_backup(db, actors, tmp_path):
    """Local folder plus a USB stick that was missing at the last run: at the next exit the stick
    was skipped ("nothing changed since the last backup") because the local copy was up to date,
    so the changes never left the PC's own disk."""
    local, usb = tmp_path / "local", tmp_path / "usb"
    local.mkdir()
    with db.write() as s:
        backup.set_backup_settings(s, actors["admin"], locations=[str(local), str(usb)])
    fill(db, n=1, blobs=0)
    assert [o.status for o in backup.backup_at_exit(db)] == ["ok", "failed"]  # the stick is not plugged in
    usb.mkdir()
    assert [o.status for o in backup.backup_at_exit(db)] == ["skipped", "ok"]
    assert [o.status for o in backup.backup_at_exit(db)] == ["skipped", "skipped"]
    assert len(list(usb.glob("*.ldbackup"))) == 1


def _entry(day: datetime, kind: str = "scheduled", verified: bool = True) -> backup.RotationEntry:
    return backup.RotationEntry(Path(f"/x/{day:%Y%m%d%H}-{kind}"), day, kind, verified)


def test_rotation_keeps_7_daily_4_weekly_12_monthly():
    start = datetime(2025, 1, 1, 2, tzinfo=UTC)
    entries = [_entry(start + timedelta(days=i)) for i in range(400)]
    kept, deleted = backup.plan_rotation(entries, {"daily": 7, "weekly": 4, "monthly": 12})
    newest = entries[-1].when
    days = sorted({e.when.date() for e in kept}, reverse=True)
    assert all((newest.date() - d).days < 7 for d in days[:7])
    kept_set = {e.path for e in kept}
    # 7 daily + a few weekly/monthly that are not already among the daily ones.
    assert 7 + 3 + 11 - 2 <= len(kept) <= 7 + 4 + 12
    assert entries[-1].path in kept_set
    months = {(e.when.year, e.when.month) for e in kept}
    assert len(months) == 12
    assert len(kept) + len(deleted) == 400


def test_rotation_never_deletes_manual_the_newest_or_the_only_verified():
    start = datetime(2026, 1, 1, 2, tzinfo=UTC)
    entries = [_entry(start + timedelta(days=i), verified=False) for i in range(30)]
    only_verified = _entry(start - timedelta(days=100), verified=True)
    manual = _entry(start - timedelta(days=200), kind="manual", verified=False)
    kept, deleted = backup.plan_rotation(entries + [only_verified, manual], {"daily": 2, "weekly": 1, "monthly": 1})
    kept_paths = {e.path for e in kept}
    assert only_verified.path in kept_paths and manual.path in kept_paths
    assert entries[-1].path in kept_paths
    assert manual.path not in {e.path for e in deleted}
    # With a verified backup among the kept ones, the old verified one may go.
    entries[-1] = _entry(entries[-1].when, verified=True)
    kept, deleted = backup.plan_rotation(entries + [only_verified], {"daily": 2, "weekly": 1, "monthly": 1})
    assert only_verified.path in {e.path for e in deleted}


def test_rotation_is_not_fooled_by_backups_dated_in_the_future():
    """A PC clock that was a year ahead for a fortnight left 14 automatic backups dated next year.
    They held every daily slot (and the newest weekly and monthly ones), so rotation deleted the
    real backups of the last days, down to the one just made when future files filled all slots."""
    now = datetime(2026, 3, 20, 2, tzinfo=UTC)
    real = [_entry(now - timedelta(days=i)) for i in range(30)]
    wrong_clock = [_entry(datetime(2027, 3, 1, 2, tzinfo=UTC) + timedelta(days=i)) for i in range(14)]
    keep = {"daily": 7, "weekly": 4, "monthly": 12}
    kept, deleted = backup.plan_rotation(real + wrong_clock, keep, now)
    kept_paths = {e.path for e in kept}
    assert {e.path for e in real[:7]} <= kept_paths  # the last seven days, as without the stray files
    assert {e.path for e in wrong_clock} <= kept_paths  # not ours to judge: kept, and take no slot
    assert kept_paths - {e.path for e in wrong_clock} == {e.path for e in backup.plan_rotation(real, keep, now)[0]}
    # Only future files in the folder besides the new one: the new one stays.
    many = [_entry(datetime(2027, 1, 1, 2, tzinfo=UTC) + timedelta(days=i)) for i in range(400)]
    kept, deleted = backup.plan_rotation(many + real[:1], {"daily": 1, "weekly": 1, "monthly": 1}, now)
    assert real[0].path in {e.path for e in kept} and not deleted
    # A clock a few hours apart (two PCs sharing a folder) is not "the future".
    soon = _entry(now + timedelta(hours=5))
    kept, deleted = backup.plan_rotation([soon, *real[:3]], {"daily": 1, "weekly": 1, "monthly": 1}, now)
    assert [e.path for e in kept] == [soon.path] and len(deleted) == 3


def test_rotate_location_deletes_only_our_old_automatic_files(db, tmp_path):
    loc = tmp_path / "usb"
    loc.mkdir()
    start = datetime(2026, 1, 1, 2, tzinfo=UTC)
    made = [backup.write_backup(db, loc, kind="scheduled", now=start + timedelta(days=i)) for i in range(4)]
    foreign = loc / "LoanDesk-9999-20200101-010101-scheduled.ldbackup"
    foreign.write_bytes(b"other branch")
    other = loc / "notes.txt"
    other.write_text("keep me")
    deleted = backup.rotate_location(db, str(loc), {"daily": 2, "weekly": 1, "monthly": 1})
    assert {p.name for p in deleted} == {made[0].path.name, made[1].path.name}
    assert foreign.exists() and other.exists() and made[3].path.exists() and made[2].path.exists()


def test_names_parse_back():
    when = datetime(2026, 5, 1, 16, 30, 5, tzinfo=UTC)
    name = backup.backup_file_name("3301", when, "exit", 2)
    assert name == "LoanDesk-3301-20260502-003005-2-exit.ldbackup"
    nb = backup.parse_backup_name(Path(name))
    assert nb.branch == "3301" and nb.kind == "exit" and nb.when == when


def test_verify_backup_file_updates_history(db, actors, tmp_path):
    r = backup.create_backup(db, actors["admin"], tmp_path)
    view = backup.verify_backup_file(db, actors["admin"], r.path)
    assert view.verify_state == "verified"
    data = bytearray(r.path.read_bytes())
    data[len(data) // 2] ^= 0x01
    r.path.write_bytes(bytes(data))
    with pytest.raises(StorageError):
        backup.verify_backup_file(db, actors["admin"], r.path)
    assert backup.list_backups(db, actors["admin"])[0].verify_state == "failed"


def test_verify_backup_made_before_a_rekey_needs_its_passphrase(db, actors, tmp_path):
    from loandesk.services import keymgmt
    from loandesk.store.keys import PassphraseThrottle, WrongPassphrase
    from tests.conftest import PASSPHRASE

    r = backup.create_backup(db, actors["admin"], tmp_path)
    new_db = keymgmt.rekey_database(db, actors["admin"], PASSPHRASE, throttle=PassphraseThrottle()).database
    try:
        with pytest.raises(backup.BackupNeedsPassphrase):
            backup.verify_backup_file(new_db, actors["admin"], r.path)
        with pytest.raises(WrongPassphrase):
            backup.verify_backup_file(new_db, actors["admin"], r.path, passphrase="Wrong-Passphrase-1")
        assert backup.list_backups(new_db, actors["admin"])[0].verify_state == "verified"  # untouched
        view = backup.verify_backup_file(new_db, actors["admin"], r.path, passphrase=PASSPHRASE)
        assert view.verify_state == "verified"
    finally:
        new_db.close()
