"""A. Storage faults, part 1 — the process is killed with SIGKILL in the middle of an operation.

T01 (write loop), and issue 6.7: a customer save, an import, a backup, a restore and a re-key,
each killed at random moments in a child process (tests/reliability/_crashlab.py). After every
kill the database must open, pass ``integrity_problems`` and hold either all of the interrupted
operation or none of it; every operation the child had seen return ("acknowledged") is there.

The number of trials per case is ``LOANDESK_KILL_TRIALS`` (default 12); the random kill points
come from ``LOANDESK_KILL_SEED`` (default: time based) and are printed on failure. The deeper
variants of the same faults live beside the code they test (tests/services/test_backup.py,
test_restore.py, test_keymgmt.py: kill at every hook point of restore and re-key).
"""

from __future__ import annotations

import os
import random
import shutil
import time
from pathlib import Path

import keyring
import pytest
from sqlalchemy import text

from loandesk.services import audit, backup, restore
from loandesk.store import backup_file as bf
from loandesk.store import search as search_store
from loandesk.store.database import DataDir, key_from_keyring, open_database
from loandesk.store.engine import connect_raw, integrity_problems, make_engine
from loandesk.store.keys import open_slot, read_slot
from tests.conftest import PASSPHRASE, make_db
from tests.reliability._support import (
    CrashLab,
    FileKeyring,
    assert_intact,
    person,
    read_acks,
    table_checksums,
)

pytestmark = pytest.mark.skipif(not hasattr(os, "fork"), reason="the crash lab forks (POSIX only); on Windows "
                                "the same faults need taskkill /F on a spawned process")

TRIALS = int(os.environ.get("LOANDESK_KILL_TRIALS", "12"))
SEED = int(os.environ.get("LOANDESK_KILL_SEED", str(int(time.time()))))


@pytest.fixture(scope="module")
def lab(tmp_path_factory):
    """One fork server for the module (starting it imports the whole app: seconds on a busy PC)."""
    root = tmp_path_factory.mktemp("crashlab")
    kr = root / "keyring.json"
    lab = CrashLab(kr, root / "logs")
    lab.keyring_path = kr  # type: ignore[attr-defined]
    yield lab
    lab.close()


def _rng(case: str) -> random.Random:
    return random.Random(f"{SEED}-{case}")


class KillClock:
    """Random kill delays in [low, span]. The span widens by half after a trial without any
    acknowledged commit and narrows back towards its start value after one with, so a slow CI
    machine still lets operations finish (the tests need interrupted *and* finished runs) while the
    kill points stay random and the run time stays bounded."""

    def __init__(self, case: str, low: float, span: float) -> None:
        self.rng, self.low, self.base, self.span = _rng(case), low, span, span

    def next(self) -> float:
        return self.rng.uniform(self.low, self.span)

    def progressed(self, done: bool) -> None:
        self.span = max(self.base, self.span / 1.5) if done else min(self.span * 1.5, 20.0)


def _ids(data: DataDir) -> dict[str, str]:
    db = open_database(data, key_from_keyring(data, data.read_marker()), upgrade=False)
    try:
        with db.read() as s:
            return dict(s.execute(text("SELECT username, id FROM users")).all())
    finally:
        db.close()


def _q(db, sql: str) -> list:
    with db.read() as s:
        return s.execute(text(sql)).all()


def _fingerprint(data: DataDir, key: str) -> dict[str, str]:
    """What a restore must bring back whole: customers, settings and blobs (not the audit trail,
    which gains a 'backup.restored' record)."""
    core = table_checksums(data.db, key)
    att = table_checksums(data.attachments, key) if data.attachments.exists() else {}
    return {"customers": core["customers"], "profiles": core["customer_profiles"], "settings": core["settings"],
            "blobs": att.get("blobs", "")}


# --- T01: the storage recipe under kill -9 ------------------------------------------------------------

@pytest.mark.slow
def test_t01_kill_during_transfer_loop_keeps_invariant_and_every_acknowledged_commit(tmp_path, lab):
    """Fault: kill -9 during a loop of transfer transactions (WAL + synchronous=FULL, E10).
    Expect: after every kill the file passes the checks, the balance invariant holds and no
    acknowledged commit is missing (at most one commit beyond the last acknowledgement)."""
    path, ack = tmp_path / "t01.db", tmp_path / "t01.ack"
    key = os.urandom(32).hex()
    eng = make_engine(path, key)
    with eng.connect().execution_options(write=True) as c, c.begin():
        c.exec_driver_sql("CREATE TABLE account(id INTEGER PRIMARY KEY, balance INTEGER NOT NULL)")
        c.exec_driver_sql("CREATE TABLE moves(n INTEGER PRIMARY KEY, payload TEXT)")
        c.exec_driver_sql("INSERT INTO account VALUES (1, 1000000), (2, 0)")
    eng.dispose()
    clock = KillClock("t01", 0.0, 0.25)
    trials = TRIALS * 12  # with the 5 x TRIALS kills below: >= 200 kill trials per run (goal G1)
    last = -1
    for trial in range(trials):
        start = last + 1
        lab.run("transfer", clock.next(), path=str(path), key=key, ack=str(ack), start=start)
        acked = [int(a[1]) for a in read_acks(ack)]
        conn = connect_raw(path, key)
        try:
            total, moved = conn.execute("SELECT sum(balance), (SELECT balance FROM account WHERE id=2) "
                                        "FROM account").fetchone()
            ns = [r[0] for r in conn.execute("SELECT n FROM moves ORDER BY n")]
        finally:
            conn.close()
        assert integrity_problems(path, key, full=False) == [], f"seed {SEED} trial {trial}"
        assert total == 1000000 and moved == 7 * len(ns), f"seed {SEED} trial {trial}: invariant broken"
        assert set(acked) <= set(ns), f"seed {SEED} trial {trial}: acknowledged commit lost"
        assert len(ns) - len(acked) in (0, 1), f"seed {SEED} trial {trial}"
        assert ns == list(range(len(ns)))  # monotonic, no gaps
        clock.progressed(bool(ns) and ns[-1] > last)
        last = ns[-1] if ns else -1
        ack.write_text("".join(f"t\t{n}\t.\n" for n in ns), encoding="utf-8")  # the truth, for the next trial
    assert last > trials  # the loop really committed while being killed


# --- customer save ----------------------------------------------------------------------------------

def test_kill_during_customer_save_leaves_whole_customers_only(data_dir, lab):
    """Fault: SIGKILL while a clerk saves customers (create with contacts, consent, bank account and
    long notes, then an edit of it). Expect: every customer is complete — profile, 2 contacts,
    1 consent, audit record per save, outbox entry per save, search index in step — and every
    acknowledged save is present; the audit chain verifies."""
    db = make_db(data_dir)
    key = db.key_hex()
    db.close()
    clerk = _ids(data_dir)["clerk"]
    ack = data_dir.root.parent / "save.ack"
    clock = KillClock("save", 0.05, 1.0)
    start = 0
    found: dict[str, int] = {}
    for trial in range(TRIALS):
        before = len(found)
        lab.run("save", clock.next(), data=str(data_dir.root), key=key, clerk_id=clerk, start=start,
                ack=str(ack))
        start += 1000
        where = f"seed {SEED} trial {trial}"
        assert_intact(data_dir, key)
        db = open_database(data_dir, key, upgrade=False)
        try:
            rows = _q(db, "SELECT c.id, c.version, c.sn, p.notes, p.bank_account_no, "
                          "(SELECT count(*) FROM customer_contacts k WHERE k.customer_id = c.id), "
                          "(SELECT count(*) FROM customer_consents k WHERE k.customer_id = c.id), "
                          "(SELECT count(*) FROM audit_log a WHERE a.entity_id = c.id "
                          "  AND a.action IN ('customer.created', 'customer.updated')), "
                          "(SELECT count(*) FROM sync_outbox o WHERE o.entity_id = c.id) "
                          "FROM customers c LEFT JOIN customer_profiles p ON p.customer_id = c.id")
            for cid, version, _sn, notes, account, contacts, consents, audits, outbox in rows:
                assert notes is not None and account, f"{where}: customer {cid} without its profile"
                assert (contacts, consents) == (2, 1), f"{where}: customer {cid} half saved"
                assert audits == version and outbox == version, f"{where}: {cid} audit/outbox out of step"
                assert notes == ("备注" * 700 if version == 1 else "改过" * 600)
            acks = read_acks(ack)
            created = {a[2] for a in acks if a[0] == "c"}
            updated = {a[1] for a in acks if a[0] == "u"}
            found = {r[0]: r[1] for r in rows}
            assert created <= set(found), f"{where}: acknowledged customer lost"
            assert len(found) - len(created) in (0, 1), where
            assert all(found[c] == 2 for c in updated), f"{where}: acknowledged edit lost"
            counter = _q(db, "SELECT value FROM counters WHERE name = 'customer_no'")
            assert not rows or counter[0][0] == max(r[2] for r in rows), where
            with db.read() as s:
                assert search_store.check_index(s) == [], where
                report = audit.verify_chain(s)
                assert report.ok, f"{where}: {report.message()}"
        finally:
            db.close()
        clock.progressed(len(found) > before)
        # The next trial knows what is really there (an unacknowledged commit counts as done).
        ack.write_text("".join(f"c\t0\t{c}\t.\n" for c in found) + "".join(
            f"u\t{c}\t2\t.\n" for c, v in found.items() if v == 2), encoding="utf-8")
    assert len(found) >= 3, "the kills never let a save finish: the test proves nothing"


# --- import -------------------------------------------------------------------------------------------

def test_kill_during_import_leaves_whole_files_only(data_dir, lab):
    """Fault: SIGKILL during batch imports (50-row CSV files; bulk load drops and rebuilds the
    search triggers inside the transaction). Expect: customers come in whole files only, each file
    has its audit records, the FTS triggers exist and the search index is in step."""
    rows_per_file = 50
    db = make_db(data_dir)
    key = db.key_hex()
    triggers = _q(db, "SELECT name FROM sqlite_schema WHERE type = 'trigger' ORDER BY name")
    db.close()
    clerk = _ids(data_dir)["clerk"]
    ack = data_dir.root.parent / "import.ack"
    clock = KillClock("import", 0.05, 2.0)
    batch = files = 0
    for trial in range(TRIALS):
        lab.run("import", clock.next(), data=str(data_dir.root), key=key, clerk_id=clerk,
                start=10_000, rows=rows_per_file, batch=batch, ack=str(ack))
        where = f"seed {SEED} trial {trial}"
        assert_intact(data_dir, key)
        db = open_database(data_dir, key, upgrade=False)
        try:
            (n, profiles, outbox, imports, bulks), = _q(
                db, "SELECT (SELECT count(*) FROM customers), (SELECT count(*) FROM customer_profiles), "
                    "(SELECT count(*) FROM sync_outbox WHERE entity_type = 'customer'), "
                    "(SELECT count(*) FROM audit_log WHERE action = 'customer.import'), "
                    "(SELECT count(*) FROM audit_log WHERE action = 'customer.bulk_created')")
            assert n % rows_per_file == 0, f"{where}: {n} customers — a file came in partly"
            files = n // rows_per_file
            assert profiles == outbox == n and imports == bulks == files, where
            acked = len(read_acks(ack))
            assert files - acked in (0, 1), f"{where}: {files} files on disk, {acked} acknowledged"
            assert _q(db, "SELECT name FROM sqlite_schema WHERE type = 'trigger' ORDER BY name") == triggers
            with db.read() as s:
                assert search_store.check_index(s) == [], where
                assert search_store.count(s, "导入客户") == n
        finally:
            db.close()
        clock.progressed(files > batch)
        batch = files
        ack.write_text("i\t0\t.\n" * files, encoding="utf-8")
    assert files >= 2, "the kills never let an import finish: the test proves nothing"


# --- backup -------------------------------------------------------------------------------------------

def test_kill_during_backup_never_leaves_a_bad_file_under_the_final_name(data_dir, tmp_path, lab):
    """Fault: SIGKILL while backups are written (and verified). Expect: the live database content is
    unchanged and intact; every file under a final ``.ldbackup`` name authenticates and its parts
    hash correctly; leftovers are only ``.partial`` files and work folders."""
    from tests.services._backup_helpers import fill

    db = make_db(data_dir)
    fill(db, n=30, blobs=30)
    key = db.key_hex()
    db.close()
    before = table_checksums(data_dir.db, key)
    dest = tmp_path / "usb"
    dest.mkdir()
    ack = tmp_path / "backup.ack"
    clock = KillClock("backup", 0.0, 1.0)
    for trial in range(TRIALS):
        acked = len(read_acks(ack))
        lab.run("backup", clock.next(), data=str(data_dir.root), key=key, dest=str(dest), ack=str(ack))
        where = f"seed {SEED} trial {trial}"
        assert_intact(data_dir, key)
        assert table_checksums(data_dir.db, key) == before, where
        for p in dest.iterdir():
            if p.name.endswith(bf.SUFFIX):
                c = bf.read_container(p)
                bf.authenticate(c, key)
                bf.check_parts(c)
            else:
                assert p.name.endswith(".partial") or p.name.endswith(".work"), f"{where}: {p.name}"
        clock.progressed(len(read_acks(ack)) > acked)
    finals = sorted(p for p in dest.iterdir() if p.name.endswith(bf.SUFFIX))
    assert {a[1] for a in read_acks(ack)} <= {p.name for p in finals}
    assert finals, "no backup ever finished: the test proves nothing"
    info = restore.inspect_backup(finals[-1], key_hex=key)  # the deep check of one of them
    assert info.deep_checked and info.counts["core"]["settings"] >= 30


# --- restore ------------------------------------------------------------------------------------------

def test_kill_during_restore_leaves_the_old_or_the_new_database(data_dir, tmp_path, lab):
    """Fault: SIGKILL at a random moment of a restore of *another* database of this branch (other
    key, other content). Expect: at the next start (recover_interrupted, then the keyring key)
    the folder holds one whole database — the old one or the restored one — that passes the
    checks, with nothing left from the switch."""
    from tests.services._backup_helpers import fill

    kr = FileKeyring(lab.keyring_path)
    keyring.set_keyring(kr)
    live = make_db(data_dir)
    fill(live, n=10, blobs=3)
    with live.write() as s:
        from loandesk.services import customers as cs

        cs.create_customer(s, _actor(live, "clerk"), person(1, name="旧库客户"))
    live_key = live.key_hex()
    live.close()
    other = DataDir(tmp_path / "other-pc")
    odb = make_db(other)
    fill(odb, n=20, blobs=4)
    with odb.write() as s:
        from loandesk.services import customers as cs

        cs.create_customer(s, _actor(odb, "clerk"), person(2, name="备份客户"))
    other_key = odb.key_hex()
    made = backup.write_backup(odb, tmp_path / "usb")
    odb.close()
    kr.delete_password("LoanDesk", f"db-key:{odb.database_id}:current")  # a fresh PC for that database
    fp = {"old": _fingerprint(data_dir, live_key), "new": _fingerprint(other, other_key)}
    base = tmp_path / "base"
    shutil.copytree(data_dir.root, base)
    keyring_base = kr.path.read_text()

    def fresh(i: int) -> DataDir:
        d = DataDir(tmp_path / f"trial-{i}")
        shutil.copytree(base, d.root)
        kr.path.write_text(keyring_base)
        return d

    t0 = time.monotonic()
    lab.run("restore", None, data=str(fresh(-1).root), backup=str(made.path), passphrase=PASSPHRASE,
            ack=str(tmp_path / "restore.ack"))
    span = time.monotonic() - t0
    rng = _rng("restore")  # a restore runs once per trial: its measured duration is the span
    seen = []
    for trial in range(TRIALS):
        d = fresh(trial)
        lab.run("restore", rng.uniform(0.0, span), data=str(d.root), backup=str(made.path),
                passphrase=PASSPHRASE, ack=str(tmp_path / "restore.ack"))
        where = f"seed {SEED} trial {trial}"
        restore.recover_interrupted(d)  # what the app does at start
        key = key_from_keyring(d, d.read_marker())
        assert key in (live_key, other_key), where
        db = open_database(d, key, upgrade=False)
        restore.finish_after_open(db)
        db.close()
        assert_intact(d, key)
        state = next((k for k, v in fp.items() if v == _fingerprint(d, key)), None)
        assert state is not None, f"{where}: a mix of old and new"
        assert state == ("old" if key == live_key else "new"), where
        assert not (d.root / restore.JOURNAL).exists(), where
        assert not [p for p in d.root.iterdir() if p.name.startswith(restore.STAGING_PREFIX)], where
        seen.append(state)
        shutil.rmtree(d.root)
    assert "old" in seen or "new" in seen


def _actor(db, username: str):
    from loandesk.services import auth
    from loandesk.store.models.auth import User

    with db.read() as s:
        from sqlalchemy import select

        return auth.actor_for(s.scalar(select(User).where(User.username == username)))


# --- re-key -------------------------------------------------------------------------------------------

def test_kill_during_rekey_opens_with_current_or_pending_key_and_slot_matches(data_dir, lab):
    """Fault: SIGKILL during repeated re-keys (journal, pending slot, keyring, PRAGMA rekey of both
    files, promote). Expect: at the next start both files open with one key from the keyring,
    the recovery passphrase's key slot opens that same key, content is unchanged, and no pending
    artefacts remain once the app finished the interrupted run."""
    from tests.services._backup_helpers import fill

    kr = FileKeyring(lab.keyring_path)
    keyring.set_keyring(kr)
    db = make_db(data_dir)
    fill(db, n=20, blobs=20)
    key0 = db.key_hex()
    db.close()
    before = _fingerprint(data_dir, key0)
    clock = KillClock("rekey", 0.0, 1.0)
    keys_seen = {key0}
    for trial in range(TRIALS):
        known = len(keys_seen)
        lab.run("rekey", clock.next(), data=str(data_dir.root), passphrase=PASSPHRASE,
                ack=str(data_dir.root.parent / "rekey.ack"))
        where = f"seed {SEED} trial {trial}"
        restore.recover_interrupted(data_dir)  # finishes or rolls back the interrupted re-key
        key = key_from_keyring(data_dir, data_dir.read_marker())
        assert key is not None, f"{where}: no keyring key opens the database"
        db = open_database(data_dir, key, upgrade=False)
        restore.finish_after_open(db)
        db.close()
        assert_intact(data_dir, key)
        assert _fingerprint(data_dir, key) == before, where
        assert open_slot(read_slot(data_dir.slot), PASSPHRASE) == key, f"{where}: key slot does not match"
        assert not data_dir.slot.with_name(data_dir.slot.name + ".pending").exists(), where
        assert not (data_dir.root / "rekey.journal").exists(), where
        keys_seen.add(key)
        clock.progressed(len(keys_seen) > known)
    assert len(keys_seen) > 1, "no re-key ever completed: the test proves nothing"


def test_crash_lab_really_kills(tmp_path, lab):
    """The harness itself: a child that is killed reports killed=True (so the tests above cannot
    pass by never interrupting anything)."""
    path = tmp_path / "probe.db"
    key = os.urandom(32).hex()
    eng = make_engine(path, key)
    with eng.connect().execution_options(write=True) as c, c.begin():
        c.exec_driver_sql("CREATE TABLE account(id INTEGER PRIMARY KEY, balance INTEGER NOT NULL)")
        c.exec_driver_sql("CREATE TABLE moves(n INTEGER PRIMARY KEY, payload TEXT)")
        c.exec_driver_sql("INSERT INTO account VALUES (1, 100), (2, 0)")
    eng.dispose()
    out = lab.run("transfer", 0.2, path=str(path), key=key, ack=str(tmp_path / "a"), start=0)
    assert out["killed"] and out["status"] == -9
    assert Path(tmp_path / "a").exists()


def test_t02_precondition_every_connection_is_wal_with_full_sync(db):
    """T02 (power loss) cannot run here (it needs VM hard resets); what makes an acknowledged save
    survive one is checked instead: every pooled connection of both files runs in WAL mode with
    synchronous=FULL (fsync of the WAL at each commit), foreign keys on, secure temp storage."""
    for engine in (db.engine, db.attachments_engine):
        with engine.connect() as conn:
            assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
            assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL
            assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
            assert conn.exec_driver_sql("PRAGMA temp_store").scalar() == 2  # MEMORY
