"""Key management: passphrase change, crash-safe re-key (T14), head-office export, unlock (T11)."""

from __future__ import annotations

import json
import os
import shutil
import signal
import time

import keyring
import pytest
import sqlcipher3
from sqlalchemy import select

from loandesk.services import backup, keymgmt, restore
from loandesk.services.context import SYSTEM, PermissionDenied, ServiceError
from loandesk.store.attachments import BlobStore
from loandesk.store.database import DataDir, key_from_keyring, key_from_passphrase, open_database
from loandesk.store.engine import connect_raw, integrity_problems
from loandesk.store.errors import StorageError, WrongKeyOrCorrupt
from loandesk.store.keys import KeyStore, PassphraseThrottle, WrongPassphrase
from loandesk.store.models.audit import AuditRecord
from tests.conftest import PASSPHRASE, MemoryKeyring, make_db
from tests.services._backup_helpers import FileKeyring, fill, get_setting, put_settings, sha, start_script

NEW = "Neues-Kennwort-2027!"


def _actions(db) -> list[str]:
    with db.read() as s:
        return list(s.scalars(select(AuditRecord.action).order_by(AuditRecord.seq)))


def _opens(path, key) -> bool:
    try:
        connect_raw(path, key).close()
    except WrongKeyOrCorrupt:
        return False
    return True


# --- recovery passphrase ----------------------------------------------------------------------------

def test_change_passphrase_old_fails_new_works_also_after_restart(db, actors):
    key = db.key_hex()
    keymgmt.change_recovery_passphrase(db, actors["admin"], PASSPHRASE, NEW, throttle=PassphraseThrottle())
    assert key_from_passphrase(db.data, NEW) == key
    with pytest.raises(WrongPassphrase):
        key_from_passphrase(db.data, PASSPHRASE)
    assert "key.passphrase_changed" in _actions(db)
    data = db.data
    db.close()
    db2 = open_database(data, key_from_passphrase(data, NEW))  # "restart"
    db2.close()


def test_change_passphrase_refusals_leave_the_slot_unchanged(db, actors):
    before = sha(db.data.slot)
    t = PassphraseThrottle()
    with pytest.raises(WrongPassphrase):
        keymgmt.change_recovery_passphrase(db, actors["admin"], "Wrong-Old-Pass-1", NEW, throttle=t)
    assert "key.passphrase_change_refused" in _actions(db)
    with pytest.raises(ServiceError) as exc:
        keymgmt.change_recovery_passphrase(db, actors["admin"], PASSPHRASE, "short", throttle=PassphraseThrottle())
    assert exc.value.field == "new_passphrase"
    with pytest.raises(ServiceError):
        keymgmt.change_recovery_passphrase(db, actors["admin"], PASSPHRASE, PASSPHRASE, throttle=PassphraseThrottle())
    for name in ("clerk", "reviewer", "approver", "auditor"):
        with pytest.raises(PermissionDenied):
            keymgmt.change_recovery_passphrase(db, actors[name], PASSPHRASE, NEW)
    assert sha(db.data.slot) == before


def test_older_backups_keep_needing_the_old_passphrase(db, actors, tmp_path):
    r = backup.write_backup(db, tmp_path / "b")
    keymgmt.change_recovery_passphrase(db, actors["admin"], PASSPHRASE, NEW, throttle=PassphraseThrottle())
    with pytest.raises(WrongPassphrase):
        restore.inspect_backup(r.path, NEW, throttle=PassphraseThrottle())
    assert restore.inspect_backup(r.path, PASSPHRASE, deep=False).database_id == db.database_id
    r2 = backup.write_backup(db, tmp_path / "b2")
    assert restore.inspect_backup(r2.path, NEW, deep=False).database_id == db.database_id


# --- re-key -----------------------------------------------------------------------------------------

def test_rekey_changes_both_files_slot_and_keyring(db, actors, memory_keyring):
    blob_ids = fill(db)
    put_settings(db, {"which": "x"})
    old = db.key_hex()
    data = db.data
    result = keymgmt.rekey_database(db, actors["admin"], PASSPHRASE, throttle=PassphraseThrottle())
    new_db = result.database
    try:
        new = new_db.key_hex()
        assert new != old and result.key_in_keyring
        for path in (data.db, data.attachments):
            assert not _opens(path, old)
            assert integrity_problems(path, new) == []
        assert key_from_passphrase(data, PASSPHRASE) == new
        assert KeyStore(new_db.database_id).get("current") == new
        assert KeyStore(new_db.database_id).get("pending") is None
        assert not keymgmt.pending_slot_path(data).exists()
        assert not (data.root / keymgmt.REKEY_JOURNAL).exists()
        assert get_setting(new_db, "which") == "x"
        assert len(BlobStore.of(new_db).get(blob_ids[0])) >= 20_000
        put_settings(new_db, {"after": 1})  # writable
        with new_db.read() as s:
            last = s.scalars(select(AuditRecord).order_by(AuditRecord.seq.desc())).first()
            assert last.action == "key.rekeyed" and old not in last.summary and new not in last.summary
    finally:
        new_db.close()


def test_rekey_refusals(db, actors):
    for name in ("clerk", "auditor"):
        with pytest.raises(PermissionDenied):
            keymgmt.rekey_database(db, actors[name], PASSPHRASE)
    with pytest.raises(WrongPassphrase):
        keymgmt.rekey_database(db, actors["admin"], "Wrong-Passphrase-1", throttle=PassphraseThrottle())
    assert _opens(db.data.db, db.key_hex())
    put_settings(db, {"still": "usable"})


def test_rekey_failure_midway_rolls_back_and_old_object_still_works(db, actors, monkeypatch):
    fill(db, blobs=2)
    old = db.key_hex()
    real = keymgmt._rekey_file
    calls = [0]

    def failing(path, a, b):
        calls[0] += 1
        if calls[0] == 2:  # attachments done, core fails (e.g. disk full)
            raise StorageError("磁盘空间不足（测试）")
        return real(path, a, b)

    monkeypatch.setattr(keymgmt, "_rekey_file", failing)
    with pytest.raises(StorageError):
        keymgmt.rekey_database(db, actors["admin"], PASSPHRASE, throttle=PassphraseThrottle())
    monkeypatch.setattr(keymgmt, "_rekey_file", real)
    assert _opens(db.data.db, old) and _opens(db.data.attachments, old)
    assert not keymgmt.pending_slot_path(db.data).exists()
    assert not (db.data.root / keymgmt.REKEY_JOURNAL).exists()
    assert KeyStore(db.database_id).get("pending") is None
    put_settings(db, {"after": "rollback"})  # the pool reconnects with the old key
    assert key_from_passphrase(db.data, PASSPHRASE) == old


def _check_recovered(data: DataDir, *, with_keyring: bool) -> str:
    """What the next start does: finish the re-key, then every file opens with one key that the
    slot also gives for the passphrase, and integrity holds."""
    restore.recover_interrupted(data)
    marker = data.read_marker()
    key = key_from_keyring(data, marker) if with_keyring else None
    if key is None:
        key = keymgmt.unlock(data, PASSPHRASE)
    for path in (data.db, data.attachments):
        assert integrity_problems(path, key) == [], path
    assert key_from_passphrase(data, PASSPHRASE) == key
    assert not keymgmt.pending_slot_path(data).exists()
    db = open_database(data, key, upgrade=False)
    try:
        restore.finish_after_open(db)
        assert not (data.root / keymgmt.REKEY_JOURNAL).exists()
        assert get_setting(db, "which") == "x"
    finally:
        db.close()
    return key


CRASH_BODY = """
import os
from pathlib import Path
from loandesk.services import keymgmt
from loandesk.services.context import SYSTEM
from loandesk.store.database import DataDir, open_database
step = int(os.environ["CRASH_AT"])
n = [0]
def hook():
    n[0] += 1
    if n[0] == step:
        os._exit(9)
real_rekey, real_json, real_replace = keymgmt._rekey_file, keymgmt.write_json_atomic, os.replace
def rekey_file(*a):
    hook(); real_rekey(*a); hook()
def wja(*a, **k):
    hook(); real_json(*a, **k); hook()
def rep(a, b):
    hook(); real_replace(a, b); hook()
keymgmt._rekey_file, keymgmt.write_json_atomic, os.replace = rekey_file, wja, rep
data = DataDir(Path(os.environ["DATA"]))
db = open_database(data, os.environ["KEY"], upgrade=False)
keymgmt.rekey_database(db, SYSTEM, os.environ["PASS"])
print("DONE", flush=True)
"""


@pytest.mark.slow
def test_crash_at_every_step_of_rekey_is_finished_at_next_start(tmp_path):
    """T14: the process dies at each hook point in turn (os._exit = kill -9 at that instant)."""
    data0 = DataDir(tmp_path / "base")
    db = make_db(data0)
    fill(db, blobs=3)
    put_settings(db, {"which": "x"})
    key0 = db.key_hex()
    db_id = db.database_id
    db.close()
    outcomes = []
    for step in range(1, 60):
        data = DataDir(tmp_path / f"step-{step}")
        shutil.copytree(data0.root, data.root)
        kr = tmp_path / f"kr-{step}.json"
        FileKeyring(kr).set_password("LoanDesk", f"db-key:{db_id}:current", key0)
        proc = start_script(CRASH_BODY, kr, CRASH_AT=step, DATA=data.root, KEY=key0, PASS=PASSPHRASE)
        out, err = proc.communicate(timeout=120)
        finished = b"DONE" in out
        assert finished or proc.returncode == 9, err.decode()[-2000:]
        # Variant without keyring: a copy recovered with the passphrase alone.
        bare = DataDir(tmp_path / f"step-{step}-bare")
        shutil.copytree(data.root, bare.root)
        keyring.set_keyring(FileKeyring(kr))
        k1 = _check_recovered(data, with_keyring=True)
        keyring.set_keyring(MemoryKeyring())
        k2 = _check_recovered(bare, with_keyring=False)
        assert k1 == k2
        outcomes.append("old" if k1 == key0 else "new")
        if finished:
            break
    assert finished, "the re-key never ran to the end"
    assert outcomes[0] == "old" and outcomes[-1] == "new" and len(outcomes) > 8


@pytest.mark.slow
def test_kill_during_rekey_loop_opens_with_current_or_pending(tmp_path):
    data = DataDir(tmp_path / "branch")
    db = make_db(data)
    fill(db, blobs=40)
    put_settings(db, {"which": "x"})
    key0 = db.key_hex()
    db_id = db.database_id
    db.close()
    kr = tmp_path / "kr.json"
    FileKeyring(kr).set_password("LoanDesk", f"db-key:{db_id}:current", key0)
    body = """
    import os
    from pathlib import Path
    from loandesk.services import keymgmt
    from loandesk.services.context import SYSTEM
    from loandesk.store.database import DataDir, open_database, key_from_keyring
    data = DataDir(Path(os.environ["DATA"]))
    db = open_database(data, key_from_keyring(data, data.read_marker()), upgrade=False)
    print("READY", flush=True)
    while True:
        db = keymgmt.rekey_database(db, SYSTEM, os.environ["PASS"]).database
    """
    for delay in (0.1, 0.3, 0.5, 0.8, 1.1, 1.5):
        proc = start_script(body, kr, DATA=data.root, PASS=PASSPHRASE)
        assert proc.stdout.readline().strip() == b"READY", proc.stderr.read()
        time.sleep(delay)
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        keyring.set_keyring(FileKeyring(kr))
        _check_recovered(data, with_keyring=True)


# --- unlock -----------------------------------------------------------------------------------------

def test_unlock_after_keyring_loss_restores_the_entry(db, memory_keyring):
    """T11: Credential Manager wiped; the recovery passphrase opens and re-stores the key."""
    key = db.key_hex()
    data = db.data
    db.close()
    memory_keyring.store.clear()
    with pytest.raises(StorageError):
        keymgmt.unlock(data)
    with pytest.raises(WrongPassphrase):
        keymgmt.unlock(data, "Wrong-Passphrase-1", throttle=PassphraseThrottle())
    assert keymgmt.unlock(data, PASSPHRASE, throttle=PassphraseThrottle()) == key
    assert KeyStore(data.read_marker()["database_id"]).get("current") == key
    assert keymgmt.unlock(data) == key


# --- head-office export -----------------------------------------------------------------------------

def test_export_for_hq_opens_with_its_own_passphrase_only(db, actors, tmp_path):
    fill(db)
    hq_pass = "Zonghang-Export-2026"
    result = keymgmt.export_for_hq(db, actors["admin"], tmp_path / "hq-3301.db", hq_pass)
    assert result.path.exists() and not list(tmp_path.glob("*.partial*"))
    conn = sqlcipher3.connect(str(result.path))
    try:
        conn.execute("PRAGMA key = 'Zonghang-Export-2026'")  # standard SQLCipher 4, as head office opens it
        assert conn.execute("SELECT count(*) FROM settings").fetchone()[0] == result.counts["settings"]
        assert conn.execute("SELECT version_num FROM alembic_version").fetchone()[0] == result.schema_revision
    finally:
        conn.close()
    for wrong in (f"x'{db.key_hex()}'", "Wrong-Export-2026"):
        conn = sqlcipher3.connect(str(result.path))
        conn.execute(f"PRAGMA key = \"{wrong}\"")
        with pytest.raises(sqlcipher3.DatabaseError):
            conn.execute("SELECT count(*) FROM sqlite_schema").fetchone()
        conn.close()
    assert "张三丰".encode() not in result.path.read_bytes()
    with db.read() as s:
        rec = s.scalars(select(AuditRecord).where(AuditRecord.action == "key.hq_export")).one()
        assert hq_pass not in rec.summary and json.loads(rec.summary)["sha256"] == result.sha256


def _standard_open(path, passphrase: str) -> int | None:
    """Open as head office does with a stock SQLCipher 4 tool; the settings row count, or None."""
    conn = sqlcipher3.connect(str(path))
    try:
        conn.execute("PRAGMA key = '" + passphrase.replace("'", "''") + "'")
        return conn.execute("SELECT count(*) FROM settings").fetchone()[0]
    except sqlcipher3.DatabaseError:
        return None
    finally:
        conn.close()


def test_export_for_hq_passphrase_typed_full_width_opens_half_width(db, actors, tmp_path):
    """The recovery passphrase is NFKC-normalised, the head-office export's was not: typed with the
    IME in full-width mode at the branch, the export did not open at head office typed half-width."""
    full, half = "Ｚｏｎｇｈａｎｇ－Ｅｘｐｏｒｔ－２０２６", "Zonghang-Export-2026"
    result = keymgmt.export_for_hq(db, actors["admin"], tmp_path / "hq-full.db", full)
    assert result.passphrase_normalised
    assert _standard_open(result.path, half) == result.counts["settings"]  # a stock tool, half-width
    for typed in (full, half, "Ｚｏｎｇｈａｎｇ-Export-２０２６"):
        conn = keymgmt.open_hq_export(result.path, typed)
        try:
            assert conn.execute("SELECT version_num FROM alembic_version").fetchone()[0] == result.schema_revision
        finally:
            conn.close()
    with pytest.raises(keymgmt.HqExportWrongPassphrase, match="导出口令不正确"):
        keymgmt.open_hq_export(result.path, "Zonghang-Export-2027")
    # and the other way round: set half-width, typed full-width at head office
    plain = keymgmt.export_for_hq(db, actors["admin"], tmp_path / "hq-half.db", half)
    assert not plain.passphrase_normalised
    keymgmt.open_hq_export(plain.path, full).close()


def test_hq_export_made_before_normalisation_still_opens(db, tmp_path):
    """Exports made before were keyed with the passphrase exactly as typed (full-width included):
    open_hq_export falls back to the raw form, so they open when typed as then."""
    full = "Ｚｏｎｇｈａｎｇ－Ｅｘｐｏｒｔ－２０２６"
    old = tmp_path / "old-hq.db"
    conn = connect_raw(db.data.db, db.key_hex())  # what export_for_hq did before: ATTACH … KEY <as typed>
    try:
        conn.execute("ATTACH ? AS hq KEY ?", (str(old), full))
        conn.execute("SELECT sqlcipher_export('hq')").fetchall()
        conn.execute("DETACH hq")
    finally:
        conn.close()
    assert _standard_open(old, "Zonghang-Export-2026") is None  # the half-width form never opened it
    reopened = keymgmt.open_hq_export(old, full)
    try:
        assert reopened.execute("SELECT count(*) FROM users").fetchone()[0] > 0
    finally:
        reopened.close()
    with pytest.raises(StorageError, match="找不到导出文件"):
        keymgmt.open_hq_export(tmp_path / "missing.db", full)


def test_export_for_hq_refusals(db, actors, tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    with pytest.raises(ServiceError):
        keymgmt.export_for_hq(db, actors["admin"], out / "x.db", "weak")
    for name in ("clerk", "reviewer", "approver", "auditor"):
        with pytest.raises(PermissionDenied):
            keymgmt.export_for_hq(db, actors[name], out / "x.db", "Zonghang-Export-2026")
    assert not list(out.iterdir())
    with pytest.raises(StorageError):
        keymgmt.export_for_hq(db, SYSTEM, tmp_path / "missing" / "x.db", "Zonghang-Export-2026")


def test_export_for_hq_never_overwrites_and_keeps_out_of_the_data_folder(db, actors, tmp_path):
    """`--to` typed as the live loandesk.db replaced the branch database with the export (a file its
    key cannot open); any other existing file was overwritten without a word."""
    hq_pass = "Zonghang-Export-2026"
    live = db.data.db
    before = sha(live)
    for target in (live, db.data.root / "attachments.db", db.data.root / "other"):
        with pytest.raises(StorageError) as err:
            keymgmt.export_for_hq(db, actors["admin"], target, hq_pass)
        assert "数据目录" in err.value.message
    assert sha(live) == before and not (db.data.root / "attachments.db").exists()
    assert not (db.data.root / "other.db").exists()
    with db.read() as s:  # still opens with its own key
        assert s.scalar(select(AuditRecord.seq).limit(1)) is not None
    out = tmp_path / "out"
    out.mkdir()
    precious = out / "客户名单.db"
    precious.write_bytes(b"not ours")
    with pytest.raises(StorageError) as err:
        keymgmt.export_for_hq(db, actors["admin"], precious, hq_pass)
    assert "已存在" in err.value.message and precious.read_bytes() == b"not ours"
    first = keymgmt.export_for_hq(db, actors["admin"], out, hq_pass)  # a folder: dated name inside it
    assert first.path.parent == out and first.path.name.startswith("LoanDesk-总行导出-3301-")
    with pytest.raises(StorageError):
        keymgmt.export_for_hq(db, actors["admin"], first.path, hq_pass)
    assert sorted(p.name for p in out.iterdir()) == sorted([precious.name, first.path.name])


def test_recovery_sheet_after_a_rekey_holds_the_new_key(db, actors, tmp_path):
    """Only the setup wizard printed a recovery sheet; after a re-key its key no longer opened the
    database and there was no way to print one with the new key."""
    from loandesk.store.keys import key_from_recovery_text, recovery_key_text
    from tests.unit.test_documents_support import flat, page_texts

    first = db.key_hex()
    result = keymgmt.rekey_database(db, actors["admin"], PASSPHRASE)
    db2 = result.database
    try:
        new = db2.key_hex()
        assert new != first
        with pytest.raises(WrongPassphrase):
            keymgmt.recovery_sheet_pdf(db2, actors["admin"], "Wrong-Passphrase-1", throttle=PassphraseThrottle())
        with pytest.raises(PermissionDenied):
            keymgmt.recovery_sheet_pdf(db2, actors["clerk"], PASSPHRASE)
        pdf = keymgmt.recovery_sheet_pdf(db2, actors["admin"], PASSPHRASE, throttle=PassphraseThrottle())
        text = flat(page_texts(pdf)[0])
        printed = recovery_key_text(new)
        assert "".join(printed.split("-")) in "".join(text.split())
        assert key_from_recovery_text(printed) == new
        assert "".join(recovery_key_text(first).split("-")) not in "".join(text.split())
        actions = _actions(db2)
        assert actions[-1] == "key.recovery_sheet" and "key.recovery_sheet_refused" in actions
    finally:
        db2.close()


@pytest.fixture
def tmpfs_dir(tmp_path):
    import subprocess

    mnt = tmp_path / "small"
    mnt.mkdir()
    if os.geteuid() != 0 or subprocess.run(["mount", "-t", "tmpfs", "-o", "size=24m", "tmpfs", str(mnt)],
                                           capture_output=True).returncode != 0:
        pytest.skip("cannot mount a tmpfs here (needs root)")
    yield mnt
    subprocess.run(["umount", "-l", str(mnt)], check=False)


def test_disk_full_during_rekey_rolls_back_and_old_key_works(tmpfs_dir, actors, monkeypatch):
    """T15: the WAL of PRAGMA rekey grows to about the file size; a full disk aborts it cleanly."""
    data = DataDir(tmpfs_dir / "branch")
    db = make_db(data)
    try:
        fill(db, n=10, blobs=0)
        BlobStore.of(db).put(os.urandom(7_000_000), "image/png")
        db.close()  # checkpoint: the WAL no longer holds a second copy of the blob
        assert data.attachments.stat().st_size > 7_000_000
        filler = tmpfs_dir / "filler"  # leave ~3 MB: enough for small files, not for the rekey WAL
        filler.write_bytes(b"\0" * (shutil.disk_usage(tmpfs_dir).free - 3_000_000))
        old = db.key_hex()
        admin = next(iter(_admins(db)))
        # Up front: not enough room for the rekey's WAL -> refused, nothing touched.
        with pytest.raises(StorageError) as exc:
            keymgmt.rekey_database(db, admin, PASSPHRASE, throttle=PassphraseThrottle())
        assert "磁盘空间不足" in exc.value.message
        # The estimate fooled (another program filled the disk): SQLite itself hits the full disk.
        real = shutil.disk_usage
        monkeypatch.setattr(keymgmt.shutil, "disk_usage", lambda p: real(p)._replace(free=1 << 40))
        with pytest.raises(StorageError) as exc:
            keymgmt.rekey_database(db, admin, PASSPHRASE, throttle=PassphraseThrottle())
        assert "原密钥" in exc.value.message  # raised by the PRAGMA rekey step itself
        for path in (data.db, data.attachments):
            assert integrity_problems(path, old) == []
        assert key_from_passphrase(data, PASSPHRASE) == old
        assert not keymgmt.pending_slot_path(data).exists()
        assert get_setting(db, "test.k1") is not None  # the old object reads on with the old key
        filler.unlink()  # space freed: the app writes again (T03)
        put_settings(db, {"after": "disk full"})
    finally:
        db.close()


def _admins(db):
    from loandesk.services import auth
    from loandesk.store.models.auth import User

    with db.read() as s:
        return [auth.actor_for(u) for u in s.scalars(select(User).where(User.role == "admin"))]
