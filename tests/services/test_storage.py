"""The database file is encrypted, opens only with its key, and is never silently re-created."""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import text

from loandesk.store import migrate
from loandesk.store.database import (
    DataDir,
    State,
    create,
    inspect_dir,
    key_from_keyring,
    key_from_passphrase,
    open_database,
)
from loandesk.store.engine import connect_raw, integrity_problems, make_engine
from loandesk.store.errors import (
    DatabaseMissing,
    KeyFormatError,
    SchemaTooNew,
    StorageError,
    WrongKeyOrCorrupt,
)
from loandesk.store.keys import (
    KeyringUnavailable,
    KeyStore,
    WrongPassphrase,
    key_from_recovery_text,
    new_key,
    passphrase_problems,
    recovery_key_text,
)
from tests.conftest import PASSPHRASE


def sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_file_is_encrypted_and_unreadable_by_plain_sqlite(db, data_dir):
    with db.write() as s:
        s.execute(text("INSERT INTO settings(key, value) VALUES ('probe', '\"张三丰-哨兵文本-SENTINEL\"')"))
    db.close()
    raw = data_dir.db.read_bytes()
    assert b"SENTINEL" not in raw
    assert "张三丰".encode() not in raw
    assert not raw.startswith(b"SQLite format 3")
    for suffix in ("-wal", "-shm"):
        p = data_dir.db.with_name(data_dir.db.name + suffix)
        if p.exists():
            assert b"SENTINEL" not in p.read_bytes()
    with pytest.raises(sqlite3.DatabaseError):
        sqlite3.connect(data_dir.db).execute("SELECT * FROM sqlite_master").fetchall()


def test_wrong_key_gives_clear_message_and_leaves_file_unchanged(db, data_dir):
    db.close()
    before = sha(data_dir.db)
    with pytest.raises(WrongKeyOrCorrupt) as err:
        open_database(data_dir, new_key())
    assert "密钥错误或数据库文件损坏" in str(err.value)
    assert sha(data_dir.db) == before


def test_key_must_be_64_hex():
    with pytest.raises(KeyFormatError):
        make_engine("x.db", "'; DROP TABLE users; --")
    with pytest.raises(KeyFormatError):
        make_engine("x.db", "A" * 64)  # upper-case is refused too: we only ever write lower-case


def test_keyring_round_trip_and_open(db, data_dir, memory_keyring):
    db.close()
    key = key_from_keyring(data_dir, data_dir.read_marker())
    assert key is not None
    reopened = open_database(data_dir, key)
    with reopened.read() as s:
        assert s.execute(text("SELECT count(*) FROM users")).scalar() == 6
    reopened.close()


def test_missing_keyring_entry_falls_back_to_passphrase_on_copied_db(db, data_dir, tmp_path, memory_keyring):
    db.close()
    copy = DataDir(tmp_path / "other-pc")
    shutil.copytree(data_dir.root, copy.root)
    memory_keyring.store.clear()  # the new PC's credential store knows nothing
    assert key_from_keyring(copy, copy.read_marker()) is None
    with pytest.raises(WrongPassphrase):
        key_from_passphrase(copy, "not the passphrase")
    key = key_from_passphrase(copy, PASSPHRASE)
    opened = open_database(copy, key)
    with opened.read() as s:
        assert s.execute(text("SELECT name FROM branch")).scalar() == "测试支行"
    opened.close()


def test_no_keyring_backend_is_reported_not_crashed(data_dir):
    import keyring
    from keyring.backends import fail

    keyring.set_keyring(fail.Keyring())
    db, _key, stored = create(data_dir, PASSPHRASE, branch_code="1", branch_name="x")
    db.close()
    assert stored is False
    with pytest.raises(KeyringUnavailable):
        KeyStore(data_dir.read_marker()["database_id"]).get()


def test_null_keyring_backend_is_caught_by_read_back(data_dir):
    import keyring
    from keyring.backends import null

    keyring.set_keyring(null.Keyring())
    db, _key, stored = create(data_dir, PASSPHRASE, branch_code="1", branch_name="x")
    db.close()
    assert stored is False  # the write "succeeded" but reading back returned nothing


def test_zero_byte_or_missing_db_is_refused_never_recreated(db, data_dir):
    db.close()
    data_dir.db.write_bytes(b"")
    with pytest.raises(DatabaseMissing) as err:
        inspect_dir(data_dir)
    assert "不会自动新建空库" in str(err.value)
    data_dir.db.unlink()
    with pytest.raises(DatabaseMissing):
        inspect_dir(data_dir)
    with pytest.raises(StorageError):
        create(data_dir, PASSPHRASE, branch_code="1", branch_name="x")
    assert not data_dir.db.exists()


def test_db_without_marker_is_not_treated_as_first_run(db, data_dir):
    db.close()
    data_dir.marker.unlink()
    with pytest.raises(StorageError):
        inspect_dir(data_dir)


def test_first_run_state(tmp_path):
    assert inspect_dir(DataDir(tmp_path / "new"))[0] is State.FIRST_RUN


def test_unaligned_truncation_refused_before_opening(db, data_dir):
    db.close()
    with open(data_dir.db, "r+b") as fh:
        fh.truncate(data_dir.db.stat().st_size - 100)
    with pytest.raises(WrongKeyOrCorrupt):
        inspect_dir(data_dir)


def test_integrity_check_catches_page_aligned_truncation_and_bit_flip(db, data_dir):
    key = db.key_hex()
    with db.write() as s:
        for i in range(400):
            s.execute(text("INSERT INTO settings(key, value) VALUES (:k, :v)"), {"k": f"k{i}", "v": "x" * 500})
    db.close()
    assert integrity_problems(data_dir.db, key) == []
    original = data_dir.db.read_bytes()
    data_dir.db.write_bytes(original[: len(original) - 4096 * 3])
    assert integrity_problems(data_dir.db, key)
    flipped = bytearray(original)
    flipped[4096 * 5 + 200] ^= 0xFF
    data_dir.db.write_bytes(bytes(flipped))
    assert integrity_problems(data_dir.db, key)


def test_migrations_from_empty_database(tmp_path):
    key = new_key()
    eng = make_engine(tmp_path / "empty.db", key)
    migrate.upgrade(eng)
    assert migrate.current_revision(eng) == migrate.head_revision()
    eng.dispose()


def test_migrations_match_the_models(tmp_path):
    """Drift check: the migrated schema equals the ORM metadata (no missing migration)."""
    from alembic.autogenerate import compare_metadata
    from alembic.runtime.migration import MigrationContext

    from loandesk.store.models import Base

    eng = make_engine(tmp_path / "m.db", new_key())
    migrate.upgrade(eng)
    with eng.connect() as conn:
        # FTS5 virtual tables and their shadow tables are made with raw SQL, not models.
        virtual = [r[0] for r in conn.exec_driver_sql(
            "SELECT name FROM sqlite_master WHERE sql LIKE 'CREATE VIRTUAL TABLE%'")]

        def include(_obj, name, type_, reflected, compare_to):
            return not (type_ == "table" and reflected and compare_to is None
                        and any(name == v or name.startswith(v + "_") for v in virtual))

        ctx = MigrationContext.configure(conn, opts={"compare_type": False, "include_object": include})
        diff = compare_metadata(ctx, Base.metadata)
    eng.dispose()
    assert virtual, "the customer search index (FTS5) should exist"
    assert diff == []


def test_older_schema_is_backed_up_then_upgraded(tmp_path, memory_keyring):
    """Build a database at the first revision, then open it with the current app."""
    data = DataDir(tmp_path / "old")
    db, key, _ = create(data, PASSPHRASE, branch_code="1", branch_name="x")
    db.close()
    first = migrate.known_revisions()[0]
    # Rebuild the file at the first revision to play an old installation.
    data.db.unlink()
    for suffix in ("-wal", "-shm"):
        data.db.with_name(data.db.name + suffix).unlink(missing_ok=True)
    eng = make_engine(data.db, key)
    migrate.upgrade(eng, first)
    with eng.connect().execution_options(write=True) as c, c.begin():
        c.exec_driver_sql("INSERT INTO settings(key, value) VALUES ('kept', '1')")
    eng.dispose()
    opened = open_database(data, key)
    assert migrate.current_revision(opened.engine) == migrate.head_revision()
    with opened.read() as s:
        assert s.execute(text("SELECT value FROM settings WHERE key='kept'")).scalar() == "1"
    opened.close()
    if first != migrate.head_revision():
        copies = list(data.backups.glob("pre-upgrade-*.db"))
        assert copies, "an upgrade must leave a backup copy"
        conn = connect_raw(copies[0], key)
        assert conn.execute("SELECT value FROM settings WHERE key='kept'").fetchone()[0] == "1"
        conn.close()


def test_newer_schema_is_refused(db, data_dir):
    key = db.key_hex()
    with db.engine.connect().execution_options(write=True) as c, c.begin():
        c.exec_driver_sql("UPDATE alembic_version SET version_num='9999_future'")
    db.close()
    with pytest.raises(SchemaTooNew):
        open_database(data_dir, key)


def test_recovery_key_text_round_trip_and_typo_detection():
    key = new_key()
    text_ = recovery_key_text(key)
    assert len(text_.split("-")) == 14
    assert key_from_recovery_text(text_.lower().replace("-", " ")) == key
    typo = ("B" if text_[0] != "B" else "C") + text_[1:]
    with pytest.raises(StorageError):
        key_from_recovery_text(typo)


def test_passphrase_strength_rules():
    assert passphrase_problems("short")
    assert passphrase_problems("aaaaaaaaaaaa")
    assert passphrase_problems("Correct-Horse-9") == []
    assert passphrase_problems("信用社恢复口令2026abc") == []


def test_passphrase_rules_count_hanzi_as_their_own_kind_and_cap_the_length():
    """汉字 and symbols were one kind: "信用社 恢复口令 2026 春" (digits, spaces, 汉字) was refused as
    having two kinds. And the command line took a 5,000-character passphrase that the unlock
    window (256 characters at most) could never take back."""
    assert passphrase_problems("信用社 恢复口令 2026 春") == []
    assert passphrase_problems("网点恢复口令：二〇二六年春")  # 汉字 + a full-width symbol: two kinds, 13 chars
    assert passphrase_problems("ｃｏｒｒｅｃｔ－ｈｏｒｓｅ－９") == []  # full-width letters count as letters
    assert passphrase_problems("信用社恢复口令2026春")  # 12 characters, two kinds
    assert passphrase_problems("信用社恢复口令是二〇二六年春天的3号") == []  # 17 characters, two kinds
    assert passphrase_problems("correcthorsebatterystaple")  # one kind, however long
    assert passphrase_problems("长口令Ab1 " * 37)[0].startswith("不超过 256 个字符")  # 259 characters
    assert passphrase_problems("长口令Ab1 " * 36) == []  # 252


def test_passphrase_typed_full_width_or_half_width_opens_the_same_slot(tmp_path):
    """A Chinese IME in full-width mode types Ｒｅｃｏｖｅｒｙ－２０２６ and "口令　2026" (U+3000 space). Set
    one way and typed the other way years later — on a new PC, without the keyring — the slot
    refused it as a wrong passphrase, and the branch's data with it."""
    from loandesk.store.keys import open_slot, read_slot, seal_key

    data = DataDir(tmp_path / "branch")
    db, key, _stored = create(data, "Ｒｅｃｏｖｅｒｙ－２０２６　春", branch_code="3301", branch_name="测试支行")
    db.close()
    assert key_from_passphrase(data, "Recovery-2026 春") == key
    assert key_from_passphrase(data, "Ｒｅｃｏｖｅｒｙ－２０２６　春") == key
    with pytest.raises(WrongPassphrase):
        key_from_passphrase(data, "recovery-2026 春")  # case still matters
    assert read_slot(data.slot)["passphrase_norm"] == "NFKC"
    # A slot written before normalisation (no field) still takes the passphrase exactly as typed.
    old = {k: v for k, v in seal_key(key, "Recovery-2026 春", "db-1").items() if k != "passphrase_norm"}
    assert open_slot(old, "Recovery-2026 春") == key
    with pytest.raises(StorageError) as err:  # an unknown normalisation: a damaged slot, not a wrong passphrase
        open_slot(dict(old, passphrase_norm="NFD"), "Recovery-2026 春")
    assert not isinstance(err.value, WrongPassphrase)
