"""A/C. Storage faults, part 2 — damaged database and backup files (T05–T09, T18).

Each damaged file is offered to the path the app takes (startup: ``inspect_dir`` → keyring key →
recovery passphrase → ``open_database``; restore: ``restore_backup``). Expect a specific Chinese
message and the live bytes unchanged by the refusal (G2: SHA-256 before = after), no database
created in place of the damaged one, no ``-wal`` left behind. Broader corpora beside the code:
tests/services/test_storage.py, test_restore.py::test_fault_corpus_refused_and_live_files_unchanged.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import struct
from collections.abc import Callable
from pathlib import Path

import pytest
from sqlalchemy import text

from loandesk.services import backup, health, restore
from loandesk.services.context import Actor
from loandesk.store import backup_file as bf
from loandesk.store.database import DataDir, inspect_dir, key_from_keyring, key_from_passphrase, open_database
from loandesk.store.engine import PAGE_SIZE, integrity_problems
from loandesk.store.errors import DatabaseDamaged, StorageError
from loandesk.store.keys import PassphraseThrottle
from tests.conftest import PASSPHRASE, make_db
from tests.reliability._support import assert_clear_message, live_state, person


@pytest.fixture(scope="module")
def base(tmp_path_factory):
    """One branch database with some of everything, closed (checkpointed); copied per case."""
    import keyring

    from tests.conftest import MemoryKeyring
    from tests.services._backup_helpers import fill

    previous = keyring.get_keyring()
    keyring.set_keyring(MemoryKeyring())
    try:
        data = DataDir(tmp_path_factory.mktemp("damaged") / "base")
        db = make_db(data)
        fill(db, n=300, blobs=3)
        key = db.key_hex()
        db.close()
    finally:
        keyring.set_keyring(previous)
    return data, key


def _copy(base: tuple[DataDir, str], dest: Path, memory_keyring) -> tuple[DataDir, str]:
    data, key = base
    shutil.copytree(data.root, dest)
    copy = DataDir(dest)
    memory_keyring.set_password("LoanDesk", f"db-key:{copy.read_marker()['database_id']}:current", key)
    return copy, key


def _startup(data: DataDir):
    """What the app does at start, with the recovery passphrase when the keyring key fails."""
    _state, marker = inspect_dir(data)
    key = key_from_keyring(data, marker) or key_from_passphrase(data, PASSPHRASE)
    return open_database(data, key)


def _cut(n: int) -> Callable[[Path], None]:
    def f(p: Path) -> None:
        with open(p, "r+b") as fh:
            fh.truncate(p.stat().st_size - n)
    return f


def _half(p: Path) -> None:
    with open(p, "r+b") as fh:
        fh.truncate(p.stat().st_size // 2 // PAGE_SIZE * PAGE_SIZE)


def _flip_at(offset: int) -> Callable[[Path], None]:
    def f(p: Path) -> None:
        b = bytearray(p.read_bytes())
        b[offset] ^= 0x20
        p.write_bytes(bytes(b))
    return f


def _plaintext(p: Path) -> None:
    p.unlink()
    conn = sqlite3.connect(p)
    conn.execute("CREATE TABLE customers(name TEXT)")
    conn.commit()
    conn.close()


DB_CORPUS: dict[str, tuple[Callable[[Path], None], str]] = {
    # T05: truncation — page-aligned cuts pass cipher_integrity_check (E4) but must still be refused
    "cut 1 page": (_cut(PAGE_SIZE), "从备份恢复"),
    "cut 10 pages": (_cut(10 * PAGE_SIZE), "从备份恢复"),
    "cut half": (_half, "从备份恢复"),
    # Damage that shows without the key is named as damage before any key is tried (not "wrong key").
    "cut 100 bytes": (_cut(100), "不是整页"),
    # T07: page 1 / foreign content at the database path
    "bit flip page 1": (_flip_at(200), "密钥错误或数据库文件损坏"),
    "random bytes": (lambda p: p.write_bytes(os.urandom(p.stat().st_size)), "密钥错误或数据库文件损坏"),
    "plaintext sqlite": (_plaintext, "未加密的 SQLite 文件"),
    "png renamed": (lambda p: p.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\0" * (PAGE_SIZE * 2 - 8)),
                    "文件开头不是加密数据"),
    "first page zeroed": (lambda p: p.write_bytes(b"\0" * PAGE_SIZE + p.read_bytes()[PAGE_SIZE:]),
                          "文件开头不是加密数据"),
    # T08: zero length: never opened as a brand-new database (E5)
    "zero length": (lambda p: p.write_bytes(b""), "不会自动新建空库"),
}


@pytest.mark.parametrize("case", list(DB_CORPUS))
def test_damaged_database_is_refused_at_start_and_left_untouched(case, base, tmp_path, memory_keyring):
    """Faults T05/T07/T08: the database file is truncated, bit-flipped on page 1, replaced by
    random bytes, a plaintext SQLite file, another file type, or emptied. Expect: startup refuses
    with a specific Chinese message (a StorageError the GUI shows, not a raw SQL exception), the
    file's bytes are unchanged, no -wal/-shm appears and no new database is created."""
    damage, needle = DB_CORPUS[case]
    data, _key = _copy(base, tmp_path / "branch", memory_keyring)
    damage(data.db)
    before = live_state(data)
    with pytest.raises(StorageError) as exc:
        _startup(data).close()
    assert_clear_message(exc.value, needle)
    assert live_state(data) == before
    assert not data.db.with_name("loandesk.db-wal").exists()
    assert not data.db.with_name("loandesk.db-shm").exists()


def test_wrong_key_is_refused_and_the_file_is_unchanged(base, tmp_path, memory_keyring):
    """Fault T07 (wrong key): a key that is not this database's. Expect "密钥错误或数据库文件损坏",
    SHA-256 unchanged, no sidecar files (tests/services/test_storage.py has the same for open)."""
    data, _key = _copy(base, tmp_path / "branch", memory_keyring)
    before = live_state(data)
    memory_keyring.set_password("LoanDesk", f"db-key:{data.read_marker()['database_id']}:current",
                                os.urandom(32).hex())
    assert key_from_keyring(data, data.read_marker()) is None  # a wrong keyring key is skipped, not used
    with pytest.raises(StorageError) as exc:
        open_database(data, os.urandom(32).hex())
    assert_clear_message(exc.value, "密钥错误或数据库文件损坏")
    assert live_state(data) == before
    assert not data.db.with_name("loandesk.db-wal").exists()


def test_bit_flip_in_a_data_page_is_named_by_the_check_and_refused_by_backup(base, tmp_path, memory_keyring):
    """Fault T06: one bit flipped in a page that is not page 1. The database still opens (SQLCipher
    checks a page's HMAC only when the page is read). Expect: the check run after opening and the
    admin's integrity check name the page (fresh connection per check, sqlcipher#617: same answer
    twice), a read that touches the page through db.write() is refused with DatabaseDamaged, and
    a backup refuses to preserve the damage."""
    data, key = _copy(base, tmp_path / "branch", memory_keyring)
    from loandesk.store.engine import raw

    with raw(data.db, key) as conn:  # the root page of a table every screen reads
        page = conn.execute("SELECT rootpage FROM sqlite_schema WHERE name = 'settings'").fetchone()[0]
    _flip_at((page - 1) * PAGE_SIZE + 1000)(data.db)
    problems = integrity_problems(data.db, key)
    assert any(f"page {page}" in p for p in problems), problems
    assert integrity_problems(data.db, key) == problems
    db = open_database(data, key)
    try:
        check = health.startup_check(db)  # what the window runs in the background after opening
        assert not check.ok and any(f"page {page}" in p for p in check.problems["core"]), check
        assert f"page {page}" in check.summary_zh() and check.summary_zh().startswith("核心库")
        with db.read() as s:
            admin_id = s.execute(text("SELECT id FROM users WHERE username = 'admin'")).scalar_one()
        report = health.health_report(db, Actor(admin_id, "admin"), check_integrity=True)
        assert any(f"page {page}" in p for p in report.problems) and not report.ok
        with pytest.raises(DatabaseDamaged) as exc, db.write() as s:
            s.execute(text("SELECT * FROM settings")).fetchall()
        assert_clear_message(exc.value, "从备份恢复")
        dest = tmp_path / "usb"
        with pytest.raises(StorageError) as exc:
            backup.write_backup(db, dest)
        assert_clear_message(exc.value)
        assert not [p for p in dest.iterdir() if p.name.endswith(bf.SUFFIX)]
    finally:
        db.close()
    # The app's own writes meanwhile (audit records of the check) neither hid nor spread the damage.
    assert [p for p in integrity_problems(data.db, key) if p.startswith("HMAC")] == \
        [p for p in problems if p.startswith("HMAC")]


def test_missing_schema_table_is_refused_never_recreated(base, tmp_path, memory_keyring):
    """Fault T08: the file opens with the key but its schema-version table is gone. Expect a clear
    refusal; nothing is migrated or created in place."""
    data, key = _copy(base, tmp_path / "branch", memory_keyring)
    from loandesk.store.engine import raw

    with raw(data.db, key) as conn:
        conn.execute("DROP TABLE alembic_version")
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    before = live_state(data)
    with pytest.raises(StorageError) as exc:
        _startup(data)
    assert_clear_message(exc.value, "版本信息")
    assert live_state(data) == before


def test_missing_database_or_marker_is_refused_never_a_first_run(base, tmp_path, memory_keyring):
    """Fault T08: the database file deleted while the install marker exists, and the marker deleted
    while the database exists. Expect: both refused with a message pointing to restore; the
    folder is never treated as a first run (no new database)."""
    data, _key = _copy(base, tmp_path / "branch", memory_keyring)
    moved = data.db.with_name("elsewhere.db")
    data.db.rename(moved)
    with pytest.raises(StorageError) as exc:
        _startup(data)
    assert_clear_message(exc.value, "不存在", "从备份恢复")
    assert not data.db.exists()
    moved.rename(data.db)
    data.marker.unlink()
    with pytest.raises(StorageError) as exc:
        inspect_dir(data)
    assert_clear_message(exc.value, "不会重新初始化")


# --- T09: the WAL and clean exits --------------------------------------------------------------------

def test_clean_exit_checkpoints_so_the_db_file_alone_is_complete(data_dir, tmp_path, actors, db):
    """Fault T09: the .db file is copied without its -wal (a clerk copies the folder by hand, or the
    -wal is deleted while the app is closed). Expect: after a clean exit (Database.close) the .db
    alone holds the last save; after a crash before any checkpoint the .db alone is an *older but
    consistent* database (documented: saves since the last checkpoint are only in the -wal)."""
    from loandesk.services import customers as cs

    key = db.key_hex()
    db.checkpoint()  # what was there before the save is in the .db file
    with db.write() as s:
        cs.create_customer(s, actors["clerk"], person(1, name="已保存客户"))
    # Crash-like: copy the .db while the -wal still holds the save (nothing checkpointed yet).
    crashed = DataDir(tmp_path / "crashed")
    crashed.root.mkdir()
    for name in ("loandesk.db", "install.json", "recovery.keyslot"):
        shutil.copyfile(data_dir.root / name, crashed.root / name)
    assert data_dir.db.with_name("loandesk.db-wal").stat().st_size > 0
    db.close()
    assert not data_dir.db.with_name("loandesk.db-wal").exists() or \
        data_dir.db.with_name("loandesk.db-wal").stat().st_size == 0
    alone = DataDir(tmp_path / "alone")
    alone.root.mkdir()
    for name in ("loandesk.db", "install.json", "recovery.keyslot"):
        shutil.copyfile(data_dir.root / name, alone.root / name)
    for d, expected in ((alone, 1), (crashed, 0)):
        assert integrity_problems(d.db, key) == []
        opened = open_database(d, key)
        try:
            with opened.read() as s:
                assert s.execute(text("SELECT count(*) FROM customers")).scalar_one() == expected
        finally:
            opened.close()


# --- T18: damaged backup files -----------------------------------------------------------------------

@pytest.fixture(scope="module")
def made(base, tmp_path_factory):
    """A verified backup of the base database."""
    data, key = base
    work = DataDir(tmp_path_factory.mktemp("backup-src") / "b")
    shutil.copytree(data.root, work.root)
    db = open_database(work, key)
    try:
        return backup.write_backup(db, tmp_path_factory.mktemp("usb"))
    finally:
        db.close()


def _backup_corpus(path: Path, out: Path) -> dict[str, Path]:
    raw = path.read_bytes()
    n = len(raw)
    c = bf.read_container(path)
    core, att = c.part("core"), c.part("attachments")
    header_len = struct.unpack("<16sII", raw[:24])[2]
    slot_at = raw.find(b'"ciphertext":"') + 14 + 6

    def write(name: str, data: bytes) -> None:
        (out / f"{name}.ldbackup").write_bytes(data)

    def flip(name: str, at: int, new: int | None = None) -> None:
        b = bytearray(raw)
        b[at] = new if new is not None else b[at] ^ 0x08
        write(name, bytes(b))

    out.mkdir()
    write("zero length", b"")
    write("random bytes", os.urandom(n))
    write("cut in header", raw[: 24 + header_len // 2])
    write("cut in core part", raw[: core.offset + core.size // 2])
    write("cut page aligned", raw[: core.offset + PAGE_SIZE * 4])
    write("cut before trailer", raw[: n - 64])
    write("cut last byte", raw[: n - 1])
    flip("flip magic", 2)
    flip("flip header json", 24 + header_len // 3)
    # a base64 letter changed into another valid letter: undetectable by JSON, must not be
    # mistaken for a wrong passphrase (the admin would retry a correct passphrase forever)
    flip("flip key slot", slot_at, ord("A") if raw[slot_at] != ord("A") else ord("B"))
    flip("flip core page 1", core.offset + 300)
    flip("flip core data page", core.offset + core.size - PAGE_SIZE // 2)
    flip("flip attachments", att.offset + att.size // 2)
    flip("flip manifest", n - 64 - len(c.manifest_bytes) + 40)
    flip("flip mac", n - 40)
    write("sqlite renamed", (out.parent / "plain.db").read_bytes() if (out.parent / "plain.db").exists() else b"")
    return {p.stem: p for p in out.iterdir()}


DAMAGED_NOT_PASSPHRASE = ("文件", "备份")  # every message names the file/backup, not the passphrase


def test_damaged_backups_are_refused_before_the_live_database_is_touched(made, base, tmp_path, memory_keyring):
    """Fault T18: truncated (in the header, in a part, page-aligned, the trailer, one byte),
    bit-flipped (magic, header, key slot, core page 1, a data page, attachments, manifest, MAC),
    zero-length, random-bytes and renamed-SQLite backup files. Expect: restore refuses each with a
    Chinese message that blames the file (never "wrong passphrase"), before touching the live
    folder: live bytes unchanged, no staging folder, no journal, no safety copy."""
    data, _key = _copy(base, tmp_path / "branch", memory_keyring)
    conn = sqlite3.connect(tmp_path / "plain.db")
    conn.execute("CREATE TABLE t(x)")
    conn.commit()
    conn.close()
    corpus = _backup_corpus(made.path, tmp_path / "corpus")
    before = live_state(data)
    for name, path in sorted(corpus.items()):
        with pytest.raises(StorageError) as exc:
            restore.restore_backup(data, path, PASSPHRASE, throttle=PassphraseThrottle())
        text_ = assert_clear_message(exc.value)
        assert "口令不正确" not in text_, f"{name}: damage reported as a wrong passphrase: {text_}"
        assert any(w in text_ for w in DAMAGED_NOT_PASSPHRASE), f"{name}: {text_}"
        assert live_state(data) == before, name
        leftovers = [p.name for p in data.root.iterdir()
                     if p.name.startswith((restore.STAGING_PREFIX, restore.PRE_PREFIX)) or p.name == restore.JOURNAL]
        assert leftovers == [], f"{name}: {leftovers}"
    # The genuine backup still restores afterwards (the refusals locked nothing out).
    restore.restore_backup(data, made.path, PASSPHRASE, throttle=PassphraseThrottle())


def test_t21_backup_from_a_newer_program_is_refused_before_anything_changes(made, base, tmp_path, memory_keyring):
    """Fault T21: a backup whose database schema is newer than this program (made by an upgraded
    PC). Expect BackupSchemaTooNew naming the revision and asking to upgrade; the live folder
    unchanged. (Older backups are migrated on the staged copy: tests/services/test_restore.py.)"""
    data, key = _copy(base, tmp_path / "branch", memory_keyring)
    c = bf.read_container(made.path)
    core = tmp_path / "core.db"
    bf.extract_part(c, c.part("core"), core)
    from loandesk.store.engine import raw

    with raw(core, key) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999_from_the_future'")
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        conn.execute("PRAGMA journal_mode = DELETE")
    att = tmp_path / "att.db"
    bf.extract_part(c, c.part("attachments"), att)
    newer = tmp_path / "newer.ldbackup"
    with open(newer, "wb") as fh:
        w = bf.ContainerWriter(fh, c.header)
        w.add_part("core", "loandesk.db", core)
        w.add_part("attachments", "attachments.db", att)
        manifest = {k: v for k, v in c.manifest.items() if k not in ("parts", "header_sha256", "backup_id")}
        manifest["schema_revision"] = "9999_from_the_future"
        w.finish(manifest, key)
    before = live_state(data)
    with pytest.raises(restore.BackupSchemaTooNew) as exc:
        restore.restore_backup(data, newer, PASSPHRASE, throttle=PassphraseThrottle())
    assert_clear_message(exc.value, "9999_from_the_future", "升级")
    assert live_state(data) == before


def test_t10_data_folder_on_a_network_share_is_refused(tmp_path, monkeypatch):
    """Fault T10: the data folder is a network share (UNC path ``\\\\server\\share``). Expect a
    refusal at first run, at start and for the instance lock (which restore and re-key take), with
    "数据库不能放在网络共享…" and why (file locks), nothing created. (Mapped drives and OneDrive
    need Windows APIs: their decisions are unit-tested with fakes in tests/unit/test_localdisk.py.)"""
    from loandesk.store.database import create
    from loandesk.store.errors import NotLocalDisk
    from loandesk.store.instance_lock import InstanceLock

    monkeypatch.chdir(tmp_path)  # on POSIX the UNC text is a relative name: keep it inside tmp_path
    unc = DataDir(Path("\\\\branch-server\\share\\LoanDesk"))
    for attempt in (
        lambda: create(unc, PASSPHRASE, branch_code="3301", branch_name="测试支行"),
        lambda: inspect_dir(unc),
        lambda: InstanceLock(unc.root).acquire(),
    ):
        with pytest.raises(NotLocalDisk) as exc:
            attempt()
        assert_clear_message(exc.value, "网络共享", "UNC", "文件锁", "本机磁盘")
    assert list(tmp_path.iterdir()) == []  # nothing created, not even the folder


def test_t10_database_on_a_mounted_share_is_refused_at_start_and_as_restore_target(base, tmp_path, monkeypatch,
                                                                                     memory_keyring):
    """Fault T10: a working database whose folder is (now) on an NFS/SMB mount, e.g. a home folder
    moved to the file server. The mount table is replaced by a fake that puts the folder on
    ``cifs``. Expect: start refused before any key is tried, the live files unchanged and no
    -wal/-shm created; a restore into that folder refused before the backup is even read."""
    from loandesk.store import localdisk
    from loandesk.store.errors import NotLocalDisk

    data, key = _copy(base, tmp_path / "branch", memory_keyring)
    real = localdisk.fs_type_for
    fake = f"1 0 8:1 / / rw - ext4 /dev/sda1 rw\n2 1 0:50 / {data.root.resolve()} rw - cifs //nas/branch rw\n"
    monkeypatch.setattr(localdisk, "fs_type_for", lambda p, mountinfo=None: real(p, fake))
    before = live_state(data)
    with pytest.raises(NotLocalDisk) as exc:
        _startup(data)
    assert_clear_message(exc.value, "网络文件系统 cifs", "文件锁")
    with pytest.raises(NotLocalDisk):
        open_database(data, key)
    with pytest.raises(NotLocalDisk):
        restore.restore_backup(data, tmp_path / "no-such-backup.ldbackup", PASSPHRASE)
    assert live_state(data) == before
    assert not data.db.with_name("loandesk.db-wal").exists()
    assert not (data.root / "loandesk.lock").exists()
    monkeypatch.setattr(localdisk, "fs_type_for", real)  # back on a local disk: opens as before
    _startup(data).close()


def test_right_passphrase_but_damaged_page_1_is_named_as_damage(base, tmp_path, memory_keyring):
    """Fault T07 (page 1), second step: the keyring key failed and the clerk typed the correct
    recovery passphrase. The key inside the slot is then known to be right, so the message says
    "damaged", not "wrong key or damaged"; nothing changes and no delay is added."""
    from loandesk.services import keymgmt
    from loandesk.store.errors import DamagedFile

    data, _key = _copy(base, tmp_path / "branch", memory_keyring)
    _flip_at(200)(data.db)
    before = live_state(data)
    throttle = PassphraseThrottle()
    with pytest.raises(DamagedFile) as exc:
        keymgmt.unlock(data, PASSPHRASE, throttle=throttle)
    assert_clear_message(exc.value, "恢复口令正确", "不是密钥问题", "从备份恢复")
    assert throttle.remaining() == 0
    assert live_state(data) == before
