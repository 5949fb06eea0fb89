"""Restore: every bad backup is refused before the live files change; a crash mid-switch is finished."""

from __future__ import annotations

import json
import os
import shutil
import signal
import time
from pathlib import Path

import keyring
import keyring.backends.fail
import pytest
from sqlalchemy import select

from loandesk.services import audit, backup, keymgmt, restore
from loandesk.services import setup as setup_svc
from loandesk.store import backup_file as bf
from loandesk.store import migrate
from loandesk.store.attachments import BlobStore
from loandesk.store.database import DataDir, create, key_from_keyring, key_from_passphrase, open_database
from loandesk.store.engine import integrity_problems
from loandesk.store.keys import PassphraseThrottle, WrongPassphrase
from loandesk.store.models.audit import AuditRecord
from tests.conftest import PASSPHRASE, MemoryKeyring
from tests.services._backup_helpers import (
    FileKeyring,
    fill,
    get_setting,
    live_state,
    put_settings,
    raw_exec,
    sha,
    start_script,
    table_checksums,
)


def _no_leftovers(data: DataDir) -> None:
    names = [p.name for p in data.root.iterdir()] if data.root.exists() else []
    assert not [n for n in names if n.startswith(restore.STAGING_PREFIX)], names
    assert restore.JOURNAL not in names


@pytest.fixture
def made(db, tmp_path):
    """A backup of `db` with setting which=backup, after which the live db says which=live."""
    blob_ids = fill(db)
    put_settings(db, {"which": "backup"})
    result = backup.write_backup(db, tmp_path / "backups")
    sums = {"core": table_checksums(db.data.db, db.key_hex()),
            "attachments": table_checksums(db.data.attachments, db.key_hex())}
    put_settings(db, {"which": "live"})
    return result, sums, blob_ids


def _restored_checks(fresh: DataDir, key: str, sums: dict, blob_ids: list[str]) -> None:
    got_core = table_checksums(fresh.db, key)
    got_att = table_checksums(fresh.attachments, key)
    assert got_att == sums["attachments"]
    # Everything equal except the audit log, which gained exactly the "backup.restored" record.
    assert {k: v for k, v in got_core.items() if k != "audit_log"} == \
           {k: v for k, v in sums["core"].items() if k != "audit_log"}
    db2 = open_database(fresh, key, upgrade=False)
    try:
        with db2.read() as s:
            assert audit.verify_chain(s).ok
            assert s.scalars(select(AuditRecord.action).order_by(AuditRecord.seq.desc())).first() == "backup.restored"
        assert get_setting(db2, "which") == "backup"
        assert migrate.current_revision(db2.engine) == migrate.head_revision()
        store = BlobStore.of(db2)
        for b in blob_ids:
            assert len(store.get(b)) >= 20_000  # sha256 re-checked by get()
    finally:
        db2.close()


def test_round_trip_on_a_fresh_pc_with_empty_keyring(made, tmp_path):
    """T17: another PC, no keyring entry, only the backup file and the recovery passphrase."""
    result, sums, blob_ids = made
    fresh_keyring = MemoryKeyring()
    keyring.set_keyring(fresh_keyring)
    fresh = DataDir(tmp_path / "new-pc" / "branch")
    assert not fresh.root.exists()
    res = restore.restore_backup(fresh, result.path, PASSPHRASE)
    assert res.key_in_keyring and res.safety_copy is None
    assert res.info.branch_code == "3301" and res.info.deep_checked
    marker = fresh.read_marker()
    assert marker["database_id"] == res.info.database_id and marker["restored_from"] == result.path.name
    key = key_from_keyring(fresh, marker)
    assert key == res.key_hex == key_from_passphrase(fresh, PASSPHRASE)
    assert not [k for k in fresh_keyring.store if k[1].endswith(":pending")]
    _restored_checks(fresh, key, sums, blob_ids)
    _no_leftovers(fresh)


def test_round_trip_without_any_keyring_backend(made, tmp_path):
    result, sums, blob_ids = made
    keyring.set_keyring(keyring.backends.fail.Keyring())
    fresh = DataDir(tmp_path / "no-keyring")
    res = restore.restore_backup(fresh, result.path, PASSPHRASE)
    assert res.key_in_keyring is False
    _restored_checks(fresh, key_from_passphrase(fresh, PASSPHRASE), sums, blob_ids)


def test_restore_over_the_live_database_keeps_a_safety_copy(db, made, actors):
    result, sums, blob_ids = made
    data = db.data
    db.close()
    before = live_state(data)
    res = restore.restore_backup(data, result.path, PASSPHRASE, actor=actors["admin"])
    assert res.safety_copy is not None and res.safety_copy.parent == data.root
    for name, digest in before.items():
        if digest is not None:
            assert sha(res.safety_copy / name) == digest, name
    _restored_checks(data, res.key_hex, sums, blob_ids)
    db2 = open_database(data, res.key_hex, upgrade=False)
    try:
        with db2.read() as s:
            last = s.scalars(select(AuditRecord).order_by(AuditRecord.seq.desc())).first()
            assert last.username == "admin" and "safety_copy" in last.summary
    finally:
        db2.close()
    # The safety copy is a complete database that still opens with its key.
    assert integrity_problems(res.safety_copy / "loandesk.db", res.key_hex) == []


def _old_safety_copies(root: Path, stamps: list[str]) -> list[Path]:
    """Folders as earlier restores left them: a database-sized file inside each."""
    made = []
    for stamp in stamps:
        folder = root / f"{restore.PRE_PREFIX}{stamp}"
        folder.mkdir()
        (folder / "loandesk.db").write_bytes(os.urandom(64 << 10))
        (folder / "install.json").write_text("{}", encoding="utf-8")
        made.append(folder)
    return made


def _decoys(root: Path) -> list[Path]:
    """Names that look like safety copies but are not exactly one: never deleted."""
    decoys = [root / "pre-restore-notes", root / "pre-restore-20200101T000000Z.bak",
              root / "pre-restore-20200101T000000", root / "old-pre-restore-20200101T000000Z"]
    for d in decoys:
        d.mkdir()
        (d / "keep.txt").write_text("admin's", encoding="utf-8")
    file_named_like_one = root / "pre-restore-20190101T000000Z"
    file_named_like_one.write_text("a file, not a folder", encoding="utf-8")
    return [*decoys, file_named_like_one]


def test_restore_deletes_the_oldest_safety_copies_but_keeps_the_newest(db, made, actors):
    """Every restore left a full copy of the database in pre-restore-…/ and none was ever deleted:
    with a 2 GB database a branch PC's disk filled after a few restores."""
    result, _, _ = made
    data = db.data
    db.close()
    old = _old_safety_copies(data.root, ["20240101T080000Z", "20240301T080000Z", "20240501T080000Z",
                                         "20240701T080000Z"])
    decoys = _decoys(data.root)
    res = restore.restore_backup(data, result.path, PASSPHRASE, actor=actors["admin"])
    assert res.safety_copy is not None and (res.safety_copy / "loandesk.db").exists()
    # the one just made and the two newest earlier ones stay (KEEP_SAFETY_COPIES = 3)
    assert [p.exists() for p in old] == [False, False, True, True]
    assert res.cleanup.kept == (res.safety_copy, old[3], old[2])
    assert res.cleanup.removed == (old[1].name, old[0].name) and res.cleanup.failed == ()
    assert all(d.exists() for d in decoys)
    text = res.cleanup.message_zh()
    assert "已删除 2 个较早的恢复前安全副本" in text and str(data.root) in text and old[3].name in text
    db2 = open_database(data, res.key_hex, upgrade=False)
    try:
        with db2.read() as s:
            rec = s.scalars(select(AuditRecord).order_by(AuditRecord.seq.desc())).first()
            assert rec.action == "backup.safety_copies_removed" and rec.username == "admin"
            assert json.loads(rec.summary)["deleted"] == [old[1].name, old[0].name]
            assert audit.verify_chain(s).ok
    finally:
        db2.close()
    _no_leftovers(data)


def test_safety_copy_that_cannot_be_deleted_is_reported_and_the_restore_still_succeeds(
        db, made, actors, monkeypatch):
    """On Windows a file held open (an admin browsing the old copy, a virus scanner) cannot be
    deleted: the restore must succeed anyway, free what it can, and say what is left."""
    result, _, _ = made
    data = db.data
    db.close()
    old = _old_safety_copies(data.root, ["20230101T080000Z", "20230201T080000Z", "20240101T080000Z",
                                         "20240201T080000Z"])
    held = old[0] / "loandesk.db"
    real_unlink = os.unlink

    def in_use(path, *a, **k):
        if Path(path) == held:
            raise PermissionError(13, "The process cannot access the file", str(path))
        return real_unlink(path, *a, **k)

    monkeypatch.setattr(os, "unlink", in_use)
    res = restore.restore_backup(data, result.path, PASSPHRASE, actor=actors["admin"])
    monkeypatch.undo()
    assert res.cleanup.removed == (old[1].name,) and res.cleanup.failed == (old[0].name,)
    assert held.exists() and not (old[0] / "install.json").exists()  # the rest of it was freed
    assert old[2].exists() and old[3].exists() and res.safety_copy.exists()
    assert "未能删除" in res.cleanup.message_zh() and old[0].name in res.cleanup.message_zh()
    db2 = open_database(data, res.key_hex, upgrade=False)
    try:
        with db2.read() as s:
            rec = s.scalars(select(AuditRecord).order_by(AuditRecord.seq.desc())).first()
            assert rec.action == "backup.safety_copies_removed"
            assert json.loads(rec.summary)["not_deleted"] == [old[0].name]
    finally:
        db2.close()
    # the next restore tries again and now succeeds
    res2 = restore.restore_backup(data, result.path, PASSPHRASE, actor=actors["admin"])
    assert not old[0].exists() and res2.cleanup.failed == ()


def test_a_failed_or_unfinished_restore_deletes_no_safety_copy(db, made, tmp_path, monkeypatch):
    result, _, _ = made
    data = db.data
    db.close()
    old = _old_safety_copies(data.root, ["20230101T080000Z", "20230201T080000Z", "20230301T080000Z",
                                         "20230401T080000Z"])
    with pytest.raises(restore.BackupWrongPassphrase):
        restore.restore_backup(data, result.path, "Wrong-Passphrase-1", throttle=PassphraseThrottle())
    damaged = tmp_path / "damaged.ldbackup"
    raw = bytearray(result.path.read_bytes())
    raw[len(raw) // 2] ^= 0xFF
    damaged.write_bytes(bytes(raw))
    with pytest.raises(restore.StorageError):
        restore.restore_backup(data, damaged, PASSPHRASE)
    # switched, but the audit record could not be written: not a completed restore
    monkeypatch.setattr(restore, "_post_restore", lambda *a, **k: (_ for _ in ()).throw(Crash()))
    with pytest.raises(Crash):
        restore.restore_backup(data, result.path, PASSPHRASE)
    monkeypatch.undo()
    assert all(p.exists() and (p / "loandesk.db").exists() for p in old)


def test_prune_keeps_the_current_copy_even_when_the_clock_was_wrong(tmp_path):
    """A PC whose clock was once set years ahead left a copy with a later stamp than today's."""
    old = _old_safety_copies(tmp_path, ["20230101T000000Z", "20240101T000000Z", "20250101T000000Z",
                                        "20990101T000000Z"])
    cleanup = restore.prune_safety_copies(tmp_path, old[1].name)
    assert cleanup.kept == (old[3], old[2], old[1])
    assert cleanup.removed == (old[0].name,) and [p.exists() for p in old] == [False, True, True, True]
    assert restore.prune_safety_copies(tmp_path / "gone", None) == restore.SafetyCleanup()


def test_authorize_restore_checks_permission(db, actors):
    from loandesk.services.context import PermissionDenied

    for name in ("clerk", "reviewer", "approver", "auditor"):
        with pytest.raises(PermissionDenied):
            restore.authorize_restore(db, actors[name])
    assert restore.authorize_restore(db, actors["admin"]) == actors["admin"]


# --- the fault corpus (T18, T19, T21): refused, live bytes unchanged --------------------------------

def _flip(path: Path, offset: int) -> Path:
    data = bytearray(path.read_bytes())
    data[offset] ^= 0x10
    out = path.with_name(f"flip-{offset}-" + path.name)
    out.write_bytes(bytes(data))
    return out


def _cut(path: Path, size: int) -> Path:
    out = path.with_name(f"cut-{size}-" + path.name)
    out.write_bytes(path.read_bytes()[:size])
    return out


def _corpus(result: backup.BackupResult, db, tmp_path: Path) -> dict[str, tuple[Path, type]]:
    p = result.path
    n = p.stat().st_size
    c = bf.read_container(p)
    core, att = c.part("core"), c.part("attachments")
    manifest_at = n - 64 - len(c.manifest_bytes)
    plain = tmp_path / "plain.ldbackup"
    import sqlite3

    conn = sqlite3.connect(plain)
    conn.execute("CREATE TABLE t(x)")
    conn.commit()
    conn.close()
    rnd = tmp_path / "random.ldbackup"
    rnd.write_bytes(os.urandom(1 << 20))
    zero = tmp_path / "zero.ldbackup"
    zero.write_bytes(b"")
    text = tmp_path / "notes.ldbackup"
    text.write_text("这不是备份", encoding="utf-8")
    live_copy = tmp_path / "renamed-live-db.ldbackup"
    shutil.copyfile(db.data.db, live_copy)
    # A manifest edited in place (same length): counts changed, MAC no longer matches.
    edited = bytearray(p.read_bytes())
    i = edited.find(b'"settings":', manifest_at)
    edited[i + 11] = ord("9") if edited[i + 11] != ord("9") else ord("8")
    tampered = tmp_path / "tampered.ldbackup"
    tampered.write_bytes(bytes(edited))
    return {
        "zero-byte": (zero, bf.EmptyBackup),
        "random-bytes": (rnd, bf.NotABackup),
        "plain-sqlite": (plain, bf.NotABackup),
        "text-file": (text, bf.NotABackup),
        "live-db-renamed": (live_copy, bf.NotABackup),
        "cut-10-bytes": (_cut(p, 10), bf.TruncatedBackup),
        "cut-in-header": (_cut(p, 200), bf.TruncatedBackup),
        "cut-half": (_cut(p, n // 2), bf.TruncatedBackup),
        "cut-last-byte": (_cut(p, n - 1), bf.TruncatedBackup),
        "cut-trailer": (_cut(p, n - 64), bf.TruncatedBackup),
        "cut-page-aligned": (_cut(p, core.offset + 4096 * 3), bf.TruncatedBackup),
        "flip-core-page": (_flip(p, core.offset + core.size // 2), bf.CorruptBackup),
        "flip-core-page1": (_flip(p, core.offset + 100), bf.CorruptBackup),
        "flip-attachments": (_flip(p, att.offset + att.size - 5000), bf.CorruptBackup),
        "flip-slot": (_flip(p, p.read_bytes().find(b'"ciphertext":"') + 20), Exception),
        "flip-header": (_flip(p, p.read_bytes().find(b'"branch_name":"') + 3), Exception),
        "flip-manifest": (_flip(p, manifest_at + 5), Exception),
        "flip-mac": (_flip(p, n - 40), bf.TamperedBackup),
        "manifest-edited": (tampered, bf.TamperedBackup),
    }


def test_fault_corpus_refused_and_live_files_unchanged(db, made, tmp_path):
    result, _sums, _ = made
    corpus = _corpus(result, db, tmp_path)
    data = db.data
    db.close()
    before = live_state(data)
    for name, (path, expected) in corpus.items():
        with pytest.raises(expected) as exc:
            restore.restore_backup(data, path, PASSPHRASE, throttle=PassphraseThrottle())
        assert isinstance(exc.value, restore.StorageError), name
        assert exc.value.message and not exc.value.message.isascii(), name  # a Chinese message
        assert live_state(data) == before, name
        _no_leftovers(data)
        with pytest.raises(restore.StorageError):
            restore.inspect_backup(path, PASSPHRASE, throttle=PassphraseThrottle())
    # And the real one still restores afterwards.
    restore.restore_backup(data, result.path, PASSPHRASE)


def test_damaged_database_inside_an_authentic_backup_is_refused(db, tmp_path):
    """A backup written from an already-damaged copy: hashes and MAC fine, integrity check not."""
    fill(db)
    r = backup.write_backup(db, tmp_path / "b")
    c = bf.read_container(r.path)
    key = db.key_hex()
    # Re-pack the same manifest around a core copy cut by whole pages (E4: only integrity_check sees it).
    core_copy = tmp_path / "core.db"
    bf.extract_part(c, c.part("core"), core_copy)
    with open(core_copy, "rb+") as fh:
        fh.truncate(core_copy.stat().st_size - 4096 * 2)
    with open(tmp_path / "evil.ldbackup", "wb") as fh:
        w = bf.ContainerWriter(fh, c.header)
        w.add_part("core", "loandesk.db", core_copy)
        manifest = {k: v for k, v in c.manifest.items() if k not in ("parts", "header_sha256", "backup_id")}
        w.finish(manifest, key)
    data = db.data
    db.close()
    before = live_state(data)
    with pytest.raises(restore.BackupDamaged):
        restore.restore_backup(data, tmp_path / "evil.ldbackup", PASSPHRASE)
    assert live_state(data) == before
    _no_leftovers(data)


def test_crafted_key_slot_in_a_backup_header_is_refused_as_damage(db, tmp_path):
    """The header's slot is read before anything in the file is authenticated. A slot whose kdf was
    a string ended restore in AttributeError (a traceback at the admin's terminal); one asking for
    2 TiB of Argon2 memory or a billion passes would have exhausted the PC."""
    r = backup.write_backup(db, tmp_path / "b")
    c = bf.read_container(r.path)
    core_copy = tmp_path / "core.db"
    bf.extract_part(c, c.part("core"), core_copy)
    slot = c.header["slot"]
    kdf = slot["kdf"]
    variants = {
        "kdf_text": dict(slot, kdf="argon2id"),
        "slot_text": "argon2id",
        "huge_memory": dict(slot, kdf=dict(kdf, memory_kib=1 << 31)),
        "endless": dict(slot, kdf=dict(kdf, time_cost=10**9)),
        "bad_nonce": dict(slot, nonce="AAAA"),
        "lanes_zero": dict(slot, kdf=dict(kdf, parallelism=0)),
    }
    data = db.data
    key = db.key_hex()
    db.close()
    before = live_state(data)
    for name, bad in variants.items():
        evil = tmp_path / f"{name}.ldbackup"
        with open(evil, "wb") as fh:
            w = bf.ContainerWriter(fh, dict(c.header, slot=bad))
            w.add_part("core", "loandesk.db", core_copy)
            manifest = {k: v for k, v in c.manifest.items() if k not in ("parts", "header_sha256", "backup_id")}
            w.finish(manifest, key)
        started = time.monotonic()
        with pytest.raises(bf.CorruptBackup) as err:
            restore.restore_backup(data, evil, PASSPHRASE, throttle=PassphraseThrottle())
        assert "密钥槽" in err.value.message, name
        with pytest.raises(bf.CorruptBackup):
            restore.inspect_backup(evil, PASSPHRASE, throttle=PassphraseThrottle())
        assert time.monotonic() - started < 10, name
    assert live_state(data) == before
    _no_leftovers(data)


def test_attachments_cut_by_whole_pages_inside_an_authentic_backup_is_refused(db, tmp_path):
    """The HMAC check alone passes a copy cut by whole pages (E4): the header's page count against
    the file size must catch it in the "cipher" task too, not only integrity_check."""
    fill(db)
    r = backup.write_backup(db, tmp_path / "b")
    c = bf.read_container(r.path)
    key = db.key_hex()
    core_copy, att_copy = tmp_path / "core.db", tmp_path / "att.db"
    bf.extract_part(c, c.part("core"), core_copy)
    bf.extract_part(c, c.part("attachments"), att_copy)
    assert bf.check_copy(att_copy, key, parts=("cipher", "counts")).problems == []
    with open(att_copy, "rb+") as fh:
        fh.truncate(att_copy.stat().st_size - 4096 * 2)
    assert bf.check_copy(att_copy, key, parts=("cipher",)).problems != []
    with open(tmp_path / "evil.ldbackup", "wb") as fh:
        w = bf.ContainerWriter(fh, c.header)
        w.add_part("core", "loandesk.db", core_copy)
        w.add_part("attachments", "attachments.db", att_copy)
        manifest = {k: v for k, v in c.manifest.items() if k not in ("parts", "header_sha256", "backup_id")}
        w.finish(manifest, key)
    data = db.data
    db.close()
    before = live_state(data)
    with pytest.raises(restore.BackupDamaged) as exc:
        restore.restore_backup(data, tmp_path / "evil.ldbackup", PASSPHRASE)
    assert "附件库" in exc.value.message
    assert live_state(data) == before
    _no_leftovers(data)


def test_wrong_passphrase_grows_delay_and_leaves_live_db(db, made):
    result, _, _ = made
    clock = [1000.0]
    throttle = PassphraseThrottle(clock=lambda: clock[0])
    data = db.data
    db.close()
    before = live_state(data)
    waits = []
    for _ in range(5):
        with pytest.raises(WrongPassphrase) as exc:
            restore.restore_backup(data, result.path, "Wrong-Passphrase-1", throttle=throttle)
        assert "恢复口令不正确" in exc.value.message
        waits.append(exc.value.wait_seconds)
        # While the delay runs, even the right passphrase is not tried.
        if exc.value.wait_seconds:
            with pytest.raises(WrongPassphrase):
                restore.restore_backup(data, result.path, PASSPHRASE, throttle=throttle)
            clock[0] += exc.value.wait_seconds
    assert waits == [0, 1, 2, 4, 8]
    assert live_state(data) == before
    restore.restore_backup(data, result.path, PASSPHRASE, throttle=throttle)
    assert throttle.failures == 0


def _other_db(tmp_path: Path, code: str) -> tuple:
    data = DataDir(tmp_path / f"branch-{code}")
    db, _, _ = create(data, PASSPHRASE, branch_code=code, branch_name=f"网点{code}")
    with db.write() as s:
        setup_svc.initialise(s, branch_code=code, branch_name=f"网点{code}", admin_username="admin",
                             admin_display_name="管理员", admin_password="Passw0rd1")
    return data, db


def test_wrong_branch_refused_unless_allowed(db, tmp_path):
    _, other = _other_db(tmp_path, "4401")
    r = backup.write_backup(other, tmp_path / "b")
    other.close()
    data = db.data
    db.close()
    before = live_state(data)
    with pytest.raises(restore.WrongBranch) as exc:
        restore.restore_backup(data, r.path, PASSPHRASE)
    assert "4401" in exc.value.message and "3301" in exc.value.message
    assert live_state(data) == before
    with pytest.raises(restore.WrongBranch):
        restore.restore_backup(DataDir(tmp_path / "fresh"), r.path, PASSPHRASE, expected_branch="3301")
    res = restore.restore_backup(data, r.path, PASSPHRASE, allow_other_branch=True)
    assert data.read_marker()["branch_code"] == "4401" and res.safety_copy is not None


def test_newer_schema_backup_refused(db, tmp_path):
    odata, other = _other_db(tmp_path, "3301")
    key = other.key_hex()
    other.close()
    raw_exec(odata.db, key, "UPDATE alembic_version SET version_num = '9999'")
    # open_database refuses an unknown revision, so write the backup from a bare Database object.
    from loandesk.store.database import Database
    from loandesk.store.engine import make_engine

    bare = Database(odata, make_engine(odata.db, key), odata.read_marker(), key)
    r = backup.write_backup(bare, tmp_path / "b")
    bare.close()
    data = db.data
    db.close()
    before = live_state(data)
    with pytest.raises(restore.BackupSchemaTooNew) as exc:
        restore.restore_backup(data, r.path, PASSPHRASE)
    assert "9999" in exc.value.message and "升级" in exc.value.message
    assert live_state(data) == before
    _no_leftovers(data)
    info = restore.inspect_backup(r.path, PASSPHRASE, deep=False)
    assert info.schema_status == "newer"


def test_older_schema_backup_is_migrated_on_the_copy(db, tmp_path):
    known = migrate.known_revisions()
    if len(known) < 2:
        pytest.skip("only one revision")
    odata, other = _other_db(tmp_path, "3301")
    fill(other, blobs=1)
    put_settings(other, {"which": "old-schema"})
    try:
        from alembic import command

        cfg = migrate._config()
        with other.engine.connect().execution_options(write=True) as conn:
            cfg.attributes["connection"] = conn
            command.downgrade(cfg, known[-2])
            conn.commit()
    except Exception as exc:  # a migration without a working downgrade
        other.close()
        pytest.skip(f"downgrade of {known[-1]} not available: {exc}")
    assert migrate.current_revision(other.engine) == known[-2]
    r = backup.write_backup(other, tmp_path / "b")
    other.close()
    assert restore.inspect_backup(r.path, PASSPHRASE).schema_status == "older"
    fresh = DataDir(tmp_path / "fresh")
    res = restore.restore_backup(fresh, r.path, PASSPHRASE)
    assert res.migrated_from == known[-2]
    db2 = open_database(fresh, res.key_hex, upgrade=False)
    try:
        assert migrate.current_revision(db2.engine) == known[-1]
        assert get_setting(db2, "which") == "old-schema"
    finally:
        db2.close()
    assert integrity_problems(fresh.db, res.key_hex) == []


# --- crashes in the middle of the switch (T20) ------------------------------------------------------

class Crash(BaseException):
    """Stands in for the process dying: nothing after it runs, no cleanup handler catches it."""


def _state_of(data: DataDir) -> str:
    """Open exactly as the app would at start; return which database is live."""
    restore.recover_interrupted(data)
    marker = data.read_marker()
    key = key_from_keyring(data, marker) or keymgmt.unlock(data, PASSPHRASE)
    assert integrity_problems(data.db, key) == []
    if data.attachments.exists():
        assert integrity_problems(data.attachments, key) == []
    assert key_from_passphrase(data, PASSPHRASE) == key  # slot and database belong together
    db = open_database(data, key, upgrade=False)
    try:
        restore.finish_after_open(db)
        assert db.database_id == marker["database_id"]
        with db.read() as s:
            assert audit.verify_chain(s).ok
        return str(get_setting(db, "which"))
    finally:
        db.close()


def test_crash_at_every_step_of_the_switch_leaves_old_or_new(db, made, tmp_path, monkeypatch):
    result, _, _ = made
    base = tmp_path / "base"
    db.close()
    shutil.copytree(db.data.root, base)
    real_replace = os.replace
    calls = [0]

    def counting(src, dst):
        calls[0] += 1
        return real_replace(src, dst)

    monkeypatch.setattr(os, "replace", counting)
    probe = DataDir(tmp_path / "probe")
    shutil.copytree(base, probe.root)
    restore.restore_backup(probe, result.path, PASSPHRASE)
    total = calls[0]
    assert total >= 8
    outcomes = []
    for k in range(1, total + 1):
        data = DataDir(tmp_path / f"crash-{k}")
        shutil.copytree(base, data.root)
        n = [0]

        def crashing(src, dst, k=k, n=n):
            n[0] += 1
            if n[0] == k:
                raise Crash()
            return real_replace(src, dst)

        monkeypatch.setattr(os, "replace", crashing)
        with pytest.raises(Crash):
            restore.restore_backup(data, result.path, PASSPHRASE)
        monkeypatch.setattr(os, "replace", real_replace)
        outcomes.append(_state_of(data))
        _no_leftovers(data)
    assert set(outcomes) <= {"live", "backup"}
    assert outcomes[0] == "live" and outcomes[-1] == "backup"


def test_interrupted_restore_without_keyring_is_finished_after_unlock(db, made, tmp_path, monkeypatch):
    result, _, _ = made
    data = db.data
    db.close()
    monkeypatch.setattr(restore, "_post_restore", lambda *a, **k: (_ for _ in ()).throw(Crash()))
    with pytest.raises(Crash):
        restore.restore_backup(data, result.path, PASSPHRASE)
    monkeypatch.undo()
    keyring.set_keyring(MemoryKeyring())  # the keyring was lost as well
    report = restore.recover_interrupted(data)
    assert report.restore == "needs_unlock"
    key = key_from_passphrase(data, PASSPHRASE)
    db2 = open_database(data, key, upgrade=False)
    try:
        assert restore.finish_after_open(db2) == ["backup.restored"]
        with db2.read() as s:
            last = s.scalars(select(AuditRecord).order_by(AuditRecord.seq.desc())).first()
            assert last.action == "backup.restored" and '"completed_after_interruption": true' in last.summary
        assert get_setting(db2, "which") == "backup"
    finally:
        db2.close()
    _no_leftovers(data)


@pytest.mark.slow
def test_kill_during_restore_leaves_old_or_new_never_a_mix(db, made, tmp_path):
    """kill -9 at random moments of a restore; every time, the next start has one whole database."""
    result, _, _ = made
    base = tmp_path / "base"
    db.close()
    shutil.copytree(db.data.root, base)
    kr = tmp_path / "keyring.json"
    fk = FileKeyring(kr)
    fk.set_password("LoanDesk", f"db-key:{db.database_id}:current", db.key_hex())
    seen = []
    for i, delay in enumerate((0.0, 0.05, 0.1, 0.2, 0.3, 0.5, 0.8, 1.2)):
        data = DataDir(tmp_path / f"kill-{i}")
        shutil.copytree(base, data.root)
        body = f"""
        from pathlib import Path
        from loandesk.services import restore
        print("READY", flush=True)
        restore.restore_backup(Path({str(data.root)!r}), Path({str(result.path)!r}), {PASSPHRASE!r})
        print("DONE", flush=True)
        """
        proc = start_script(body, kr)
        assert proc.stdout.readline().strip() == b"READY", proc.stderr.read()
        time.sleep(delay)
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        keyring.set_keyring(FileKeyring(kr))
        seen.append(_state_of(data))
        _no_leftovers(data)
    assert set(seen) <= {"live", "backup"}


def test_inspect_without_deep_check_is_quick_and_authenticated(made):
    result, _, _ = made
    info = restore.inspect_backup(result.path, PASSPHRASE, deep=False)
    assert not info.deep_checked and info.counts["core"]["settings"] >= 50
    header = restore.peek_backup(result.path)
    assert header.branch_code == "3301" and header.backup_id == info.backup_id
