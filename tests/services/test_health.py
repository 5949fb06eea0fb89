"""System health: versions, migrations, sizes, integrity (on demand), last backup, keyring state."""

from __future__ import annotations

import pytest

from loandesk.services import backup, health
from loandesk.services.context import PermissionDenied
from loandesk.store import migrate
from tests.services._backup_helpers import fill


def test_report_without_integrity_check(db, actors, memory_keyring):
    r = health.health_report(db, actors["admin"])
    assert r.schema_revision == migrate.head_revision() and r.migrations_pending == []
    assert r.migrations_applied[-1] == r.head_revision
    assert r.cipher_version.startswith("4.") and r.db_size > 0
    assert r.integrity is None and r.key_in_keyring is True
    assert "还没有成功的备份" in r.problems and not r.ok


def test_integrity_check_runs_on_both_files_and_is_audited(db, actors, tmp_path):
    fill(db, blobs=3)
    backup.create_backup(db, actors["admin"], tmp_path)
    r = health.health_report(db, actors["admin"], check_integrity=True)
    assert r.integrity == {"core": [], "attachments": []} and r.ok, r.problems
    assert r.last_backup is not None and r.last_backup.verify_state == "verified"
    (db.data.logs).mkdir(exist_ok=True)
    (db.data.logs / "loandesk.log").write_text("x")
    r = health.health_report(db, actors["admin"])
    assert [f.name for f in r.log_files] == ["loandesk.log"]


def test_damaged_attachments_reported(db, actors, tmp_path):
    fill(db, blobs=20)
    db.close()
    data = bytearray(db.data.attachments.read_bytes())
    data[4096 * 5 + 200] ^= 0xFF
    db.data.attachments.write_bytes(bytes(data))
    r = health.health_report(db, actors["admin"], check_integrity=True)
    assert r.integrity["core"] == [] and r.integrity["attachments"]
    assert any("附件库完整性检查未通过" in p for p in r.problems)


def test_key_missing_from_keyring_is_a_problem(db, actors, memory_keyring):
    memory_keyring.store.clear()
    r = health.health_report(db, actors["admin"])
    assert r.key_in_keyring is False and any("恢复口令" in p for p in r.problems)


def test_health_needs_settings_manage(db, actors):
    for name in ("clerk", "reviewer", "approver", "auditor"):
        with pytest.raises(PermissionDenied):
            health.health_report(db, actors[name])


def test_an_old_last_backup_is_a_problem_too(db, actors, tmp_path):
    """Only "no backup at all" was flagged: with the schedule off or the USB stick left unplugged,
    a last backup months old showed a healthy panel."""
    from datetime import UTC, datetime, timedelta

    made = datetime(2026, 3, 1, 16, 30, tzinfo=UTC)  # 2026-03-02 00:30 Beijing time
    backup.create_backup(db, actors["admin"], tmp_path, now=made)
    r = health.health_report(db, actors["admin"], now=made + timedelta(days=3))
    assert r.ok and r.last_backup is not None
    r = health.health_report(db, actors["admin"], now=made + timedelta(days=40))
    assert r.problems == ["最近一次成功备份已是 40 天前（2026-03-02），请尽快备份"]
    # A backup stamped in the future (the PC clock was ahead) does not make the panel healthy.
    backup.create_backup(db, actors["admin"], tmp_path, now=made + timedelta(days=400))
    r = health.health_report(db, actors["admin"], now=made + timedelta(days=40))
    assert not r.ok and "40 天前" in r.problems[0]
