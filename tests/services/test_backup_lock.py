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
