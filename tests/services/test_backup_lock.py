"""Single-instance lock (T23): one process per data folder, re-entrant inside it, freed by kill -9."""

from __future__ import annotations

import signal
import subprocess
import sys

import pytest

from loandesk.services import restore
from loandesk.store.instance_lock import AlreadyRunning, InstanceLock, held_by_this_process
from tests.conftest import PASSPHRASE

HOLD = """
import sys, time
from loandesk.store.instance_lock import InstanceLock
InstanceLock(sys.argv[1]).acquire()
print("LOCKED", flush=True)
time.sleep(60)
"""


def _holder(root) -> subprocess.Popen:
    p = subprocess.Popen([sys.executable, "-c", HOLD, str(root)], stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    assert p.stdout.readline().strip() == b"LOCKED", p.stderr.read()
    return p


def test_reentrant_in_process_and_released(tmp_path):
    a = InstanceLock(tmp_path).acquire()
    b = InstanceLock(tmp_path).acquire()
    assert held_by_this_process(tmp_path)
    b.release()
    assert held_by_this_process(tmp_path)
    a.release()
    assert not held_by_this_process(tmp_path)
    assert (tmp_path / "loandesk.lock").exists()  # never deleted


def test_second_process_refused_then_free_after_kill(tmp_path):
    p = _holder(tmp_path)
    try:
        with pytest.raises(AlreadyRunning) as exc:
            InstanceLock(tmp_path).acquire()
        assert "已在运行" in exc.value.message and str(p.pid) in exc.value.message
    finally:
        p.send_signal(signal.SIGKILL)
        p.wait()
    with InstanceLock(tmp_path):
        pass


def test_restore_refused_while_the_app_runs(db, tmp_path):
    from loandesk.services import backup

    r = backup.write_backup(db, tmp_path / "b")
    p = _holder(db.data.root)
    try:
        with pytest.raises(AlreadyRunning):
            restore.restore_backup(db.data, r.path, PASSPHRASE)
    finally:
        p.send_signal(signal.SIGKILL)
        p.wait()


def test_owner_note_says_when_in_beijing_time(tmp_path):
    """The note is written in UTC; the message showed "启动于 2026-03-01T16:30:00" for a window
    opened at half past midnight Beijing time."""
    import json

    from loandesk.store.instance_lock import read_owner

    note = tmp_path / "loandesk.lock"
    note.write_bytes(json.dumps({"pid": 4242, "host": "GUITAI-01", "since": "2026-03-01T16:30:00+00:00"}).encode()
                     + b"\0")
    assert read_owner(note) == "进程 4242，计算机 GUITAI-01，启动于 2026-03-02 00:30（北京时间）"
    note.write_bytes(json.dumps({"pid": 4242, "host": "GUITAI-01", "since": "?"}).encode() + b"\0")
    assert read_owner(note) == "进程 4242，计算机 GUITAI-01"  # a bad time drops the time only
