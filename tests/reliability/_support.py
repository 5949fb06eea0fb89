"""Shared pieces of the reliability suite: fingerprints of the live files, the "nothing lost" checks,
synthetic customers, a keyring that survives a killed process, and the crash-lab client.

Every test in this package states one fault (reliability-notes §2, T01–T37) and asserts the same
two things: the user gets a clear Chinese message, and nothing is lost (the database opens, passes
``integrity_problems``, and holds all or none of the interrupted operation).
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import select
import subprocess
import sys
from collections.abc import Iterable
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path

import sqlcipher3
from jaraco.classes import properties
from keyring.backend import KeyringBackend

from loandesk.domain.idcard import compute_check_digit
from loandesk.services import customers as cs
from loandesk.store.database import DataDir
from loandesk.store.engine import integrity_problems

ROOT = Path(__file__).resolve().parents[2]
HERE = Path(__file__).resolve().parent
CJK = re.compile(r"[\u4e00-\u9fff]")
LIVE_FILES = ("loandesk.db", "loandesk.db-wal", "attachments.db", "attachments.db-wal", "recovery.keyslot",
              "install.json")


# --- fingerprints and the "nothing lost" checks -------------------------------------------------------

def sha(path: Path) -> str | None:
    return hashlib.sha256(path.read_bytes()).hexdigest() if path.exists() else None


def live_state(data: DataDir) -> dict[str, str | None]:
    """SHA-256 of every file of the live database: a refusal must leave all of them unchanged."""
    return {n: sha(data.root / n) for n in LIVE_FILES}


def assert_clear_message(exc: BaseException, *needles: str) -> str:
    """A message a clerk can read: Chinese, no traceback, no raw SQL; contains every needle."""
    text = str(getattr(exc, "message", "") or exc)
    assert CJK.search(text), f"not a Chinese message: {text!r}"
    assert "Traceback" not in text and "SELECT " not in text and "[SQL:" not in text, text
    for needle in needles:
        assert needle in text, f"{needle!r} not in {text!r}"
    return text


def assert_intact(data: DataDir, key: str) -> None:
    """Both database files pass cipher_integrity_check + integrity_check + foreign keys."""
    problems = integrity_problems(data.db, key)
    assert problems == [], problems[:10]  # say what was found: a CI failure must be readable
    if data.attachments.exists() and data.attachments.stat().st_size:
        problems = integrity_problems(data.attachments, key)
        assert problems == [], problems[:10]


def table_checksums(path: Path, key: str) -> dict[str, str]:
    """SHA-256 over every row of every ordinary table (content, independent of page layout)."""
    conn = sqlcipher3.connect(str(path), isolation_level=None)
    try:
        conn.execute(f"PRAGMA key = \"x'{key}'\"")
        names = [r[0] for r in conn.execute(
            "SELECT name FROM sqlite_schema WHERE type='table' AND name NOT LIKE 'sqlite_%' "
            "AND sql NOT LIKE 'CREATE VIRTUAL%' AND name NOT LIKE 'customer_fts_%' ORDER BY name")]
        out = {}
        for n in names:
            h = hashlib.sha256()
            for row in conn.execute(f'SELECT * FROM "{n}" ORDER BY 1'):
                h.update(repr(row).encode())
            out[n] = h.hexdigest()
        return out
    finally:
        conn.close()


def schema_of(path: Path, key: str) -> list[tuple]:
    """Every schema object (type, name, sql): hostile input must never change it."""
    conn = sqlcipher3.connect(str(path), isolation_level=None)
    try:
        conn.execute(f"PRAGMA key = \"x'{key}'\"")
        return conn.execute("SELECT type, name, tbl_name, sql FROM sqlite_schema ORDER BY type, name").fetchall()
    finally:
        conn.close()


def files_under(*roots: Path) -> dict[Path, tuple[int, int]]:
    out: dict[Path, tuple[int, int]] = {}
    for root in roots:
        if not root.exists():
            continue
        for p in root.rglob("*"):
            try:
                if p.is_file():
                    st = p.stat()
                    out[p] = (st.st_size, st.st_mtime_ns)
            except OSError:
                continue
    return out


def grep_files(paths: Iterable[Path], patterns: Iterable[bytes | re.Pattern[bytes]]) -> list[tuple[str, str]]:
    """(file, pattern) for every pattern found in a file (bytes needles or compiled byte regexes)."""
    hits = []
    pats = list(patterns)
    for p in paths:
        try:
            raw = p.read_bytes()
        except OSError:
            continue
        for pat in pats:
            found = pat.search(raw) if isinstance(pat, re.Pattern) else (pat in raw)
            if found:
                hits.append((str(p), pat.pattern.decode() if isinstance(pat, re.Pattern) else pat.decode(
                    "utf-8", "replace")))
    return hits


# --- synthetic customers ----------------------------------------------------------------------------

BASE_BIRTH = date(1960, 1, 1)  # 1960-1975: long-term ID cards (issued after 46), adults


def make_id(n: int, region: str = "110105") -> str:
    """The n-th valid synthetic ID number (distinct for n < 5,800 * 500)."""
    birth = BASE_BIRTH + timedelta(days=n % 5800)
    seq = (n // 5800) % 500 * 2 + 1
    body = f"{region}{birth:%Y%m%d}{seq:03d}"
    return body + compute_check_digit(body)


def mobile(n: int) -> str:
    return f"139{n % 10**8:08d}"


def person(n: int, name: str = "张三丰", **over: object) -> cs.CustomerInput:
    """A valid farmer with a long-term ID card; ``over`` replaces fields."""
    base = cs.CustomerInput(kind="farmer", name=name, id_number=make_id(n), mobile=mobile(n),
                            id_issuer="北京市公安局朝阳分局", ethnicity="汉", id_valid_from="2021-03-01",
                            id_long_term=True)
    return replace(base, **over)  # type: ignore[arg-type]


IMPORT_HEADER = ["客户类型", "姓名", "身份证号", "有效期起", "有效期止", "手机号", "备注"]


def import_csv(start: int, n: int, *, name: str = "导入客户", notes: str = "批量导入") -> bytes:
    """A UTF-8 CSV of n valid customers numbered from ``start``."""
    lines = [",".join(IMPORT_HEADER)]
    for i in range(start, start + n):
        lines.append(",".join(["农户", f"{name}{i}", make_id(i), "2021-03-01", "长期", mobile(i), notes]))
    return ("\r\n".join(lines) + "\r\n").encode("utf-8")


# --- a keyring that survives kill -9 (the Credential Manager does) ------------------------------------

class FileKeyring(KeyringBackend):
    """JSON file, replaced atomically: shared by the test process and the crash-lab children."""

    @properties.classproperty
    def priority(cls) -> float:  # never chosen by keyring's own backend detection
        raise RuntimeError("test-only keyring")

    def __init__(self, path: str | Path = "") -> None:
        super().__init__()
        self.path = Path(path or os.environ.get("LOANDESK_TEST_KEYRING", "keyring.json"))

    def _load(self) -> dict:
        try:
            return json.loads(self.path.read_text())
        except (FileNotFoundError, ValueError):
            return {}

    def _save(self, data: dict) -> None:
        tmp = self.path.with_name(f"{self.path.name}.{os.getpid()}")
        tmp.write_text(json.dumps(data))
        os.replace(tmp, self.path)

    def get_password(self, service: str, username: str) -> str | None:
        return self._load().get(f"{service}|{username}")

    def set_password(self, service: str, username: str, password: str) -> None:
        d = self._load()
        d[f"{service}|{username}"] = password
        self._save(d)

    def delete_password(self, service: str, username: str) -> None:
        from keyring.errors import PasswordDeleteError

        d = self._load()
        if f"{service}|{username}" not in d:
            raise PasswordDeleteError(username)
        del d[f"{service}|{username}"]
        self._save(d)


# --- the crash lab client ---------------------------------------------------------------------------

class CrashLab:
    """A fork server (tests/reliability/_crashlab.py) that runs one operation in a child process and
    SIGKILLs it after a given delay. Importing the app once and forking per trial keeps a kill
    trial at a few milliseconds of overhead, so a dozen random kill points per case stay cheap."""

    def __init__(self, keyring_path: Path, log_dir: Path) -> None:
        env = dict(os.environ, PYTHONPATH=str(ROOT), LOANDESK_TEST_KEYRING=str(keyring_path),
                   CRASHLAB_LOGS=str(log_dir))
        log_dir.mkdir(parents=True, exist_ok=True)
        self.proc = subprocess.Popen([sys.executable, str(HERE / "_crashlab.py")], stdin=subprocess.PIPE,
                                     stdout=subprocess.PIPE, stderr=open(log_dir / "server.err", "wb"),
                                     env=env, cwd=str(ROOT))
        hello = self._read(120)
        assert hello.get("ready"), hello

    def _read(self, timeout: float) -> dict:
        assert self.proc.stdout is not None
        ready, _, _ = select.select([self.proc.stdout], [], [], timeout)
        if not ready:
            raise AssertionError("crash lab did not answer in time")
        line = self.proc.stdout.readline()
        if not line:
            raise AssertionError(f"crash lab died (exit {self.proc.poll()})")
        return json.loads(line)

    def run(self, case: str, kill_after: float | None, **args: object) -> dict:
        """Run ``case`` in a fresh child; kill it ``kill_after`` s after it is ready (None: let it finish).

        Returns {"killed": bool, "status": exit status or None, "ready_s": float}.
        """
        assert self.proc.stdin is not None
        self.proc.stdin.write((json.dumps({"case": case, "kill_after": kill_after, "args": args}) + "\n").encode())
        self.proc.stdin.flush()
        answer = self._read(300)
        assert "error" not in answer, answer
        return answer

    def close(self) -> None:
        if self.proc.poll() is None:
            assert self.proc.stdin is not None
            self.proc.stdin.close()
            try:
                self.proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()


def read_acks(path: Path) -> list[list[str]]:
    """Lines the child wrote *after* each commit returned: the operations the user saw as saved."""
    if not path.exists():
        return []
    out = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.endswith("\t."):  # a line is complete only with its terminator
            out.append(line[:-2].split("\t"))
    return out
