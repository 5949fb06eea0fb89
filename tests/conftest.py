"""Shared fixtures: real SQLCipher databases in tmp folders, an in-memory keyring, users of every role.

The keyring double stands in for the Windows Credential Manager, which cannot exist here; our own
storage is always real.
"""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from collections.abc import Iterator
from pathlib import Path

import keyring
import pytest
from keyring.backend import KeyringBackend

from loandesk.domain.permissions import Role
from loandesk.services import auth, setup
from loandesk.services.context import Actor
from loandesk.store.database import Database, DataDir, create

PASSWORD = "Passw0rd1"
PASSPHRASE = "Recovery-Pass-2026"
BRANCH_CODE = "3301"
BRANCH_NAME = "测试支行"


def _fast_kdf() -> None:
    """Cheap Argon2 parameters for tests only; production values stay in the modules."""
    from argon2 import PasswordHasher

    from loandesk.store import keys

    keys.DEFAULT_KDF.update({"memory_kib": 1024, "time_cost": 1, "parallelism": 1})
    auth._hasher = PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1)
    auth._DUMMY.clear()


_fast_kdf()


class MemoryKeyring(KeyringBackend):
    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.store: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.store.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.store[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        from keyring.errors import PasswordDeleteError

        if (service, username) not in self.store:
            raise PasswordDeleteError(username)
        del self.store[(service, username)]


@pytest.fixture(autouse=True)
def memory_keyring() -> Iterator[MemoryKeyring]:
    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


@pytest.fixture
def data_dir(tmp_path: Path) -> DataDir:
    return DataDir(tmp_path / "branch")


USERS = [
    ("admin", "管理员", Role.ADMIN, 0),
    ("clerk", "张客户经理", Role.CLERK, 0),
    ("clerk2", "李客户经理", Role.CLERK, 0),
    ("reviewer", "王审核", Role.REVIEWER, 0),
    ("approver", "赵行长", Role.APPROVER, 50_000_000),  # 50万元 in fen
    ("auditor", "钱稽核", Role.AUDITOR, 0),
]


def make_db(data: DataDir) -> Database:
    db, _key, _stored = create(data, PASSPHRASE, branch_code=BRANCH_CODE, branch_name=BRANCH_NAME)
    with db.write() as s:
        setup.initialise(s, branch_code=BRANCH_CODE, branch_name=BRANCH_NAME, admin_username="admin",
                         admin_display_name="管理员", admin_password=PASSWORD)
        for username, name, role, limit in USERS[1:]:
            auth.create_user(s, None, username, name, role, PASSWORD, approval_limit_fen=limit,
                             must_change_password=False)
    return db


@pytest.fixture
def db(data_dir: DataDir) -> Iterator[Database]:
    database = make_db(data_dir)
    yield database
    database.close()


@pytest.fixture
def actors(db: Database) -> dict[str, Actor]:
    from sqlalchemy import select

    from loandesk.store.models.auth import User

    with db.read() as s:
        return {u.username: auth.actor_for(u) for u in s.scalars(select(User))}
