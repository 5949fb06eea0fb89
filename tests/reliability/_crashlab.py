"""Crash lab: a fork server that runs one LoanDesk operation in a child and kills it with SIGKILL.

Run by tests/reliability/_support.CrashLab, never by pytest directly. Protocol (JSON lines):
stdin  {"case": name, "kill_after": seconds | null, "args": {...}}
stdout {"killed": bool, "status": int | null, "ready_s": float} | {"error": text}

The server imports the app once (no database is opened in the server), then forks one child per
trial. The child redirects its output to a log file, opens what it needs, signals "ready" on a
pipe, and runs its operation (most cases in an endless loop, so a kill always lands inside one).
After every commit that returned, it appends an acknowledgement line ``...\\t.`` to an ack file:
the operations a clerk would have seen as saved. The server waits for "ready", sleeps
``kill_after`` and sends SIGKILL — no cleanup handler, no atexit, no finally runs in the child.
"""

from __future__ import annotations

import json
import os
import select
import signal
import sys
import time
import traceback
from dataclasses import replace
from pathlib import Path

import keyring

from loandesk.store import keys

keys.DEFAULT_KDF.update({"memory_kib": 1024, "time_cost": 1, "parallelism": 1})  # as tests/conftest.py

from loandesk.services import backup, keymgmt, restore  # noqa: E402
from loandesk.services import customer_io as cio  # noqa: E402
from loandesk.services import customers as cs  # noqa: E402
from loandesk.services.context import SYSTEM, Actor  # noqa: E402
from loandesk.store import search as search_store  # noqa: E402
from loandesk.store.database import DataDir, key_from_keyring, open_database  # noqa: E402
from loandesk.store.engine import make_engine  # noqa: E402
from tests.reliability._support import FileKeyring, import_csv, make_id, person  # noqa: E402

keyring.set_keyring(FileKeyring(os.environ["LOANDESK_TEST_KEYRING"]))
LOGS = Path(os.environ["CRASHLAB_LOGS"])


class Ack:
    def __init__(self, path: str) -> None:
        self.fh = open(path, "a", encoding="utf-8")

    def __call__(self, *fields: object) -> None:
        self.fh.write("\t".join(str(f) for f in fields) + "\t.\n")
        self.fh.flush()  # into the kernel: survives SIGKILL (not a power cut, see T02)


# --- the operations (child side) -------------------------------------------------------------------

def _warm_up() -> None:
    """Load the lazy parts (pinyin dictionary, region table) before "ready", so the random kill
    points fall on database work and not on imports."""
    cs.check(person(0))
    search_store.name_keys("预热")


def case_save(a: dict, ready) -> None:
    """Customer saves: create (contacts, consent, bank account, long notes), then edit it."""
    db = open_database(DataDir(Path(a["data"])), a["key"], upgrade=False)
    clerk = Actor(a["clerk_id"], "clerk")
    ack = Ack(a["ack"])
    _warm_up()
    ready()
    n = a["start"]
    while True:
        data = person(n, name=f"客户{n}", notes="备注" * 700,
                      bank=cs.BankAccountInput("passbook", f"PB{n:010d}", "农村信用社"),
                      contacts=(cs.ContactInput("contact", "联系人甲", phone="13700137000", relation="邻居"),
                                cs.ContactInput("guarantor", "担保人乙", id_number=make_id(n + 1_000_000),
                                                relation="朋友")),
                      consents=(cs.ConsentInput("pi_sensitive", "2024-01-02", "贷款业务"),))
        with db.write() as s:
            view = cs.create_customer(s, clerk, data)
        ack("c", n, view.id)
        with db.write() as s:
            view = cs.update_customer(s, clerk, view.id, replace(data, notes="改过" * 600, consents=()),
                                      expected_version=1)
        ack("u", view.id, view.version)
        n += 1


def case_import(a: dict, ready) -> None:
    """Batch imports of ``rows`` customers each, one file = one transaction."""
    db = open_database(DataDir(Path(a["data"])), a["key"], upgrade=False)
    clerk = Actor(a["clerk_id"], "clerk")
    ack = Ack(a["ack"])
    _warm_up()
    ready()
    k = a["batch"]
    while True:
        payload = import_csv(a["start"] + k * a["rows"], a["rows"])
        with db.read() as s:
            preview = cio.preview_import(s, clerk, f"批次{k}.csv", payload)
        assert preview.error_count == 0, [str(e) for e in preview.errors[:3]]
        with db.write() as s:
            cio.commit_import(s, clerk, preview, mode="all_or_nothing")
        ack("i", k)
        k += 1


def case_backup(a: dict, ready) -> None:
    db = open_database(DataDir(Path(a["data"])), a["key"], upgrade=False)
    ack = Ack(a["ack"])
    ready()
    while True:
        result = backup.write_backup(db, Path(a["dest"]))
        ack("b", result.path.name, result.sha256)


def case_restore(a: dict, ready) -> None:
    ack = Ack(a["ack"])
    ready()
    restore.restore_backup(Path(a["data"]), Path(a["backup"]), a["passphrase"])
    ack("r", "done")


def case_rekey(a: dict, ready) -> None:
    data = DataDir(Path(a["data"]))
    db = open_database(data, key_from_keyring(data, data.read_marker()), upgrade=False)
    ack = Ack(a["ack"])
    ready()
    while True:
        db = keymgmt.rekey_database(db, SYSTEM, a["passphrase"]).database
        ack("k", keymgmt.key_id(db.key_hex()))


def case_transfer(a: dict, ready) -> None:
    """T01/E10: move money between two balances and log each move, one transaction each."""
    eng = make_engine(a["path"], a["key"])
    ack = Ack(a["ack"])
    ready()
    n = a["start"]
    while True:
        with eng.connect().execution_options(write=True) as c, c.begin():
            c.exec_driver_sql("UPDATE account SET balance = balance - 7 WHERE id = 1")
            c.exec_driver_sql("UPDATE account SET balance = balance + 7 WHERE id = 2")
            c.exec_driver_sql("INSERT INTO moves(n, payload) VALUES (?, ?)", (n, "x" * 300))
        ack("t", n)
        n += 1


CASES = {name[5:]: fn for name, fn in globals().items() if name.startswith("case_")}


# --- the server ----------------------------------------------------------------------------------

def _child(case: str, args: dict, wfd: int, trial: int) -> None:
    log = os.open(LOGS / f"{case}-{trial}.log", os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, 1)
    os.dup2(log, 2)
    sys.stdout = open(1, "w", closefd=False)
    sys.stderr = open(2, "w", closefd=False)

    def ready() -> None:
        os.write(wfd, b"R")
        os.close(wfd)

    code = 0
    try:
        CASES[case](args, ready)
    except BaseException:
        traceback.print_exc()
        code = 3
    sys.stderr.flush()
    os._exit(code)


def main() -> None:
    from sqlalchemy.orm import configure_mappers

    configure_mappers()  # once here, inherited by every child: kills land on real work
    _warm_up()
    print(json.dumps({"ready": True, "pid": os.getpid()}), flush=True)
    trial = 0
    for line in sys.stdin:
        cmd = json.loads(line)
        trial += 1
        rfd, wfd = os.pipe()
        t0 = time.monotonic()
        pid = os.fork()
        if pid == 0:
            os.close(rfd)
            _child(cmd["case"], cmd["args"], wfd, trial)
        os.close(wfd)
        got, _, _ = select.select([rfd], [], [], 120)
        signalled = bool(got) and os.read(rfd, 1) == b"R"
        os.close(rfd)
        ready_s = time.monotonic() - t0
        if not signalled:
            os.kill(pid, signal.SIGKILL)
            os.waitpid(pid, 0)
            tail = (LOGS / f"{cmd['case']}-{trial}.log").read_text(errors="replace")[-3000:]
            print(json.dumps({"error": f"child never became ready: {tail}"}), flush=True)
            continue
        killed = False
        if cmd["kill_after"] is None:
            _, status = os.waitpid(pid, 0)
        else:
            deadline = time.monotonic() + float(cmd["kill_after"])
            status = None
            while time.monotonic() < deadline:
                done, st = os.waitpid(pid, os.WNOHANG)
                if done:
                    status = st
                    break
                time.sleep(min(0.005, max(0.0, deadline - time.monotonic())))
            if status is None:
                os.kill(pid, signal.SIGKILL)
                _, status = os.waitpid(pid, 0)
                killed = True
        code = os.waitstatus_to_exitcode(status)
        if not killed and code != 0:
            tail = (LOGS / f"{cmd['case']}-{trial}.log").read_text(errors="replace")[-3000:]
            print(json.dumps({"error": f"child failed with {code}: {tail}"}), flush=True)
            continue
        print(json.dumps({"killed": killed, "status": code, "ready_s": round(ready_s, 3)}), flush=True)


if __name__ == "__main__":
    main()
