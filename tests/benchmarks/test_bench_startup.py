"""Start-up figures: launch to a usable main window in demo mode, and database open time.

Run: python -m pytest -m benchmark tests/benchmarks/test_bench_startup.py -s
"""

from __future__ import annotations

import statistics
import subprocess
import sys
import time

import pytest

pytestmark = pytest.mark.benchmark

# Launch in a fresh interpreter each time: imports, Qt start, demo DB open (key via passphrase slot),
# login (Argon2 check), main window built with every tab, shown and painted.
LAUNCH = r"""
import time, sys
t0 = time.perf_counter()
import os
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
from pathlib import Path
from loandesk.ui.app import make_app
from loandesk.demo import ensure_demo, DEMO_PASSWORD
from loandesk.store.database import DataDir
from loandesk.services import auth, setup
from loandesk.ui.context import AppContext
from loandesk.ui.main_window import MainWindow
app = make_app()
db = ensure_demo(DataDir(Path(sys.argv[1])))
with db.write() as s:
    actor, _ = auth.login(s, "clerk", DEMO_PASSWORD)
with db.read() as s:
    b = setup.branch(s)
    name, code = b.name, b.code
win = MainWindow(AppContext(db=db, actor=actor, branch_name=name, branch_code=code))
win.show()
app.processEvents()
win.grab()
print(f"{time.perf_counter() - t0:.4f}")
db.close()
"""


def test_launch_to_main_window_demo(tmp_path):
    data = tmp_path / "demo"
    subprocess.run([sys.executable, "-c", LAUNCH, str(data)], check=True, capture_output=True, timeout=600)
    times = []
    for _ in range(5):
        wall = time.perf_counter()
        out = subprocess.run([sys.executable, "-c", LAUNCH, str(data)], check=True, capture_output=True, text=True,
                             timeout=300)
        times.append((float(out.stdout.strip().splitlines()[-1]), time.perf_counter() - wall))
    inner = statistics.median(t for t, _ in times)
    outer = statistics.median(w for _, w in times)
    print(f"\nlaunch → usable main window (demo, existing DB): median {inner:.2f} s in-process, "
          f"{outer:.2f} s including interpreter start (n=5)")
    assert outer < 15


def test_database_open_time_with_raw_key(tmp_path):
    from loandesk.store.database import DataDir, key_from_keyring, open_database
    from tests.conftest import make_db

    data = DataDir(tmp_path / "b")
    make_db(data).close()
    key = key_from_keyring(data, data.read_marker())
    samples = []
    for _ in range(20):
        t = time.perf_counter()
        db = open_database(data, key)
        samples.append(time.perf_counter() - t)
        db.close()
    med = statistics.median(samples) * 1000
    print(f"\nopen database with raw key (connect, key, verify read, schema check): median {med:.1f} ms (n=20)")
    assert med < 500
