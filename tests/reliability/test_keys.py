"""B. Keys and keyring (T11–T13, T17, T19, T37).

The OS keyring is a convenience that can vanish (KB 290260) or lie (keyring's ``null`` backend
accepts a write and returns nothing, E14). Every fault here must end in a clear Chinese message
and a database that is neither touched nor re-created, and the recovery passphrase (or the
printed recovery key) must always get the branch back in. The suite runs on an in-memory
keyring injected by tests/conftest.py (T37); this module also covers the production paths where
there is no usable keyring at all. Longer variants: tests/services/test_storage.py,
test_keymgmt.py, test_restore.py.
"""

from __future__ import annotations

import keyring
import pytest
from keyring.backends import fail, null
from sqlalchemy import text

from loandesk.services import backup, keymgmt, restore
from loandesk.services.context import SYSTEM
from loandesk.store.database import DataDir, inspect_dir, key_from_keyring, open_database
from loandesk.store.engine import make_engine
from loandesk.store.errors import KeyFormatError, StorageError
from loandesk.store.keys import (
    KeyringUnavailable,
    KeyStore,
    PassphraseThrottle,
    WrongPassphrase,
    key_from_recovery_text,
    recovery_key_text,
)
from tests.conftest import PASSPHRASE
from tests.reliability._support import assert_clear_message, assert_intact, live_state, table_checksums


def _count_users(data: DataDir, key: str) -> int:
    db = open_database(data, key)
    try:
        with db.read() as s:
            return s.execute(text("SELECT count(*) FROM users")).scalar_one()
    finally:
        db.close()


def test_t11_keyring_entry_lost_recovery_passphrase_and_recovery_key_get_back_in(db, data_dir, memory_keyring):
    """Fault T11: the Credential Manager entry is gone (Windows password reset, KB 290260).
    Expect: start asks for the recovery passphrase (clear message), a wrong one is refused with
    a growing delay, the right one opens the *same* database (never a new one) and puts the key
    back; the printed recovery key works as well."""
    key = db.key_hex()
    db.close()
    before = live_state(data_dir)
    memory_keyring.store.clear()
    assert key_from_keyring(data_dir, data_dir.read_marker()) is None
    with pytest.raises(StorageError) as exc:
        keymgmt.unlock(data_dir)
    assert_clear_message(exc.value, "恢复口令")
    throttle = PassphraseThrottle()
    with pytest.raises(WrongPassphrase) as exc:
        keymgmt.unlock(data_dir, "Not-The-Passphrase-1", throttle=throttle)
    assert_clear_message(exc.value, "恢复口令不正确")
    with pytest.raises(WrongPassphrase) as exc:  # the second failure already waits
        keymgmt.unlock(data_dir, "Not-The-Passphrase-2", throttle=throttle)
    assert exc.value.wait_seconds > 0 and "请等待" in exc.value.message
    assert live_state(data_dir) == before
    assert keymgmt.unlock(data_dir, PASSPHRASE) == key
    assert key_from_keyring(data_dir, data_dir.read_marker()) == key  # re-stored
    assert live_state(data_dir) == before  # unlocking read nothing into a new file
    assert key_from_recovery_text(recovery_key_text(key).lower().replace("-", " ")) == key
    assert _count_users(data_dir, key) == 6


def test_t12_no_keyring_backend_is_a_clear_message_before_any_database_action(db, data_dir):
    """Fault T12: no keyring backend at all (keyring.backends.fail — headless Linux, broken dbus).
    Expect KeyringUnavailable with a Chinese message before the database is opened; the file is
    untouched; the recovery passphrase opens it; a backup and a re-key still work and say the key
    is not in the keyring rather than failing."""
    key = db.key_hex()
    db.close()
    before = live_state(data_dir)
    keyring.set_keyring(fail.Keyring())
    _state, marker = inspect_dir(data_dir)
    with pytest.raises(KeyringUnavailable) as exc:
        key_from_keyring(data_dir, marker)
    assert_clear_message(exc.value, "恢复口令")
    assert live_state(data_dir) == before
    assert keymgmt.unlock(data_dir, PASSPHRASE) == key
    reopened = open_database(data_dir, key)
    result = keymgmt.rekey_database(reopened, SYSTEM, PASSPHRASE)
    assert result.key_in_keyring is False
    new_key = result.database.key_hex()
    result.database.close()
    assert new_key != key and keymgmt.unlock(data_dir, PASSPHRASE) == new_key
    assert_intact(data_dir, new_key)


def test_t12_null_backend_write_is_caught_by_the_read_back(db, data_dir):
    """Fault T12/E14: keyring's ``null`` backend accepts set_password and forgets it. Expect: the
    read-back reports "not stored" (never a silent success), a re-key under it reports
    key_in_keyring=False, and the new key is still reachable through the recovery passphrase."""
    keyring.set_keyring(null.Keyring())
    assert KeyStore(db.database_id).put(db.key_hex()) is False
    result = keymgmt.rekey_database(db, SYSTEM, PASSPHRASE)
    assert result.key_in_keyring is False
    new_key = result.database.key_hex()
    result.database.close()
    assert keymgmt.unlock(data_dir, PASSPHRASE) == new_key
    assert_intact(data_dir, new_key)


@pytest.mark.parametrize("value", [
    "'; DROP TABLE users; --",
    "A" * 64,  # upper-case hex: we only ever write lower-case
    "ab" * 31,  # 62 characters
    "x'00'\"; PRAGMA key = 'y",
    "",
])
def test_t13_foreign_keyring_value_is_never_formatted_into_sql(db, data_dir, memory_keyring, value):
    """Fault T13: the keyring holds something that is not 64 lower-case hex characters (another
    program's entry, a damaged value, an injection attempt). Expect: it is treated as absent —
    never formatted into ``PRAGMA key`` — so the passphrase path starts; direct use is refused
    with a Chinese message; the database is untouched."""
    key = db.key_hex()
    db.close()
    before = live_state(data_dir)
    memory_keyring.set_password("LoanDesk", f"db-key:{db.database_id}:current", value)
    assert KeyStore(db.database_id).get() is None
    assert key_from_keyring(data_dir, data_dir.read_marker()) is None
    with pytest.raises(KeyFormatError) as exc:
        make_engine(data_dir.db, value)
    assert_clear_message(exc.value, "64")
    assert live_state(data_dir) == before
    assert keymgmt.unlock(data_dir, PASSPHRASE) == key


def test_t13_keyring_backend_that_raises_is_keyring_unavailable(db, data_dir):
    """Fault T12/T13: the backend raises an arbitrary OS error (dbus gone, WinError) on read.
    Expect KeyringUnavailable (the passphrase screen), not a crash."""

    class Broken(keyring.backend.KeyringBackend):
        priority = 1  # type: ignore[assignment]

        def get_password(self, service, username):
            raise OSError(5, "Input/output error")

        def set_password(self, service, username, password):
            raise RuntimeError("dbus connection closed")

        def delete_password(self, service, username):
            raise RuntimeError("dbus connection closed")

    keyring.set_keyring(Broken())
    with pytest.raises(KeyringUnavailable) as exc:
        KeyStore(db.database_id).get()
    assert_clear_message(exc.value)
    with pytest.raises(KeyringUnavailable):
        KeyStore(db.database_id).put(db.key_hex())


def test_t17_backup_opens_on_another_pc_with_only_the_passphrase(db, actors, tmp_path):
    """Fault T17: the PC is lost; a new PC has no keyring at all. Expect: the backup file and the
    recovery passphrase bring back identical content (per-table checksums, schema revision)."""
    from tests.services._backup_helpers import fill

    fill(db, n=20, blobs=2)
    made = backup.create_backup(db, actors["admin"], tmp_path / "usb")
    key = db.key_hex()
    db.close()
    sums = table_checksums(db.data.db, key)
    keyring.set_keyring(fail.Keyring())
    fresh = DataDir(tmp_path / "new-pc")
    res = restore.restore_backup(fresh, made.path, PASSPHRASE)
    assert res.key_in_keyring is False and res.info.schema_revision == made.schema_revision
    got = table_checksums(fresh.db, res.key_hex)
    later = ("audit_log", "backup_history")  # written after the file was made: its own record, the restore's
    assert {k: v for k, v in got.items() if k not in later} == {k: v for k, v in sums.items() if k not in later}
    assert_intact(fresh, res.key_hex)


def test_t19_wrong_backup_passphrase_five_times_grows_the_delay_and_locks_nothing(db, actors, tmp_path):
    """Fault T19: five wrong backup passphrases. Expect: a Chinese message each time, a growing
    delay (0, 1, 2, 4, 8 s), the live database untouched and not locked out; the right passphrase
    works after the delay (tests/services/test_restore.py has the full restore variant)."""
    made = backup.create_backup(db, actors["admin"], tmp_path / "usb")
    data = db.data
    db.close()
    before = live_state(data)
    clock = [0.0]
    throttle = PassphraseThrottle(clock=lambda: clock[0])
    waits = []
    for i in range(5):
        with pytest.raises(WrongPassphrase) as exc:
            restore.inspect_backup(made.path, f"Wrong-Passphrase-{i}", deep=False, throttle=throttle)
        assert_clear_message(exc.value, "恢复口令不正确")
        waits.append(exc.value.wait_seconds)
        clock[0] += exc.value.wait_seconds
    assert waits == [0, 1, 2, 4, 8]
    assert live_state(data) == before
    assert restore.inspect_backup(made.path, PASSPHRASE, deep=False, throttle=throttle).branch_code == "3301"
    assert _count_users(data, key_from_keyring(data, data.read_marker())) == 6
