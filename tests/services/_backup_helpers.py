"""Helpers for the backup, restore and key-management tests (real SQLCipher files throughout)."""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import sqlcipher3
from jaraco.classes import properties
from keyring.backend import KeyringBackend
from sqlalchemy import text

from loandesk.store.database import Database, DataDir
from loandesk.store.models.auth import Setting

ROOT = Path(__file__).resolve().parents[2]


def sha(path: Path) -> str | None:
    return hashlib.sha256(path.read_bytes()).hexdigest() if path.exists() else None


def live_state(data: DataDir) -> dict[str, str | None]:
    """SHA-256 of every file that makes up the live database (to prove a refusal touched nothing)."""
    names = ["loandesk.db", "loandesk.db-wal", "attachments.db", "attachments.db-wal", "recovery.keyslot",
             "install.json"]
    return {n: sha(data.root / n) for n in names}


def put_settings(db: Database, items: dict[str, object]) -> None:
    with db.write() as s:
        for k, v in items.items():
            row = s.get(Setting, k)
            if row is None:
                s.add(Setting(key=k, value=json.dumps(v, ensure_ascii=False)))
            else:
                row.value = json.dumps(v, ensure_ascii=False)


def get_setting(db: Database, key: str) -> object:
    with db.read() as s:
        row = s.get(Setting, key)
        return None if row is None else json.loads(row.value)


def table_checksums(path: Path, key: str) -> dict[str, str]:
    """SHA-256 of every row of every ordinary table, in rowid/primary-key order."""
    conn = sqlcipher3.connect(str(path), isolation_level=None)
    try:
        conn.execute(f"PRAGMA key = \"x'{key}'\"")
        names = [r[0] for r in conn.execute(
            "SELECT name FROM sqlite_schema WHERE type='table' AND name NOT LIKE 'sqlite_%' "
            "AND sql NOT LIKE 'CREATE VIRTUAL%' ORDER BY name")]
        out = {}
        for n in names:
            h = hashlib.sha256()
            for row in conn.execute(f'SELECT * FROM "{n}" ORDER BY 1'):
                h.update(repr(row).encode())
            out[n] = h.hexdigest()
        return out
    finally:
        conn.close()


def fill(db: Database, n: int = 50, blobs: int = 5) -> list[str]:
    """Some settings rows, audit records and attachment blobs; returns the blob ids."""
    from loandesk.services import audit
    from loandesk.services.context import SYSTEM
    from loandesk.store.attachments import BlobStore

    put_settings(db, {f"test.k{i}": {"v": i, "name": "张三丰" * (i % 3)} for i in range(n)})
    with db.write() as s:
        for i in range(5):
            audit.record(s, SYSTEM, "test.event", summary={"i": i})
    store = BlobStore.of(db)
    return [store.put(os.urandom(20_000 + i), "image/jpeg").id for i in range(blobs)]


def raw_exec(path: Path, key: str, sql: str, params: tuple = ()) -> None:
    conn = sqlcipher3.connect(str(path), isolation_level=None)
    try:
        conn.execute(f"PRAGMA key = \"x'{key}'\"")
        conn.execute(sql, params)
    finally:
        conn.close()


def exec_text(db: Database, sql: str) -> None:
    with db.write() as s:
        s.execute(text(sql))


class FileKeyring(KeyringBackend):
    """A keyring that survives the process (a JSON file), for kill -9 tests across processes."""

    @properties.classproperty
    def priority(cls) -> float:  # never picked by keyring's own backend detection
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
        tmp = self.path.with_name(self.path.name + f".{os.getpid()}")
        tmp.write_text(json.dumps(data))
        with open(tmp, "rb+") as fh:
            os.fsync(fh.fileno())
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


PRELUDE = """
import os, sys, keyring
sys.path.insert(0, {root!r})
sys.path.insert(0, {here!r})
from argon2 import PasswordHasher
from loandesk.store import keys
keys.DEFAULT_KDF.update({{"memory_kib": 1024, "time_cost": 1, "parallelism": 1}})
from _backup_helpers import FileKeyring
keyring.set_keyring(FileKeyring({keyring_path!r}))
"""


def start_script(body: str, keyring_path: Path, **kw: object) -> subprocess.Popen:
    """Run `body` in a fresh interpreter with the file keyring; stdout is a pipe for READY lines."""
    code = PRELUDE.format(root=str(ROOT), here=str(Path(__file__).parent), keyring_path=str(keyring_path))
    code += textwrap.dedent(body)
    env = dict(os.environ, PYTHONPATH=str(ROOT), **{k: str(v) for k, v in kw.items()})
    return subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            env=env, cwd=str(ROOT))
