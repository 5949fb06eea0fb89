"""Demo mode: a separate database (own folder, marker demo=true) filled with synthetic data.

It never shares a folder with a real branch database, so demo rows cannot leak into real data.
"""

from __future__ import annotations

import importlib
import logging

from loandesk.domain.permissions import Role
from loandesk.services import auth, settings, setup
from loandesk.store.database import (
    Database,
    DataDir,
    State,
    create,
    inspect_dir,
    key_from_passphrase,
    open_database,
)
from loandesk.store.database import remove_all as _remove_all
from loandesk.store.errors import StorageError
from loandesk.store.models.auth import Setting

log = logging.getLogger(__name__)

READY_KEY = "demo.ready"
DEMO_PASSPHRASE = "Demo-Recovery-2026"
DEMO_PASSWORD = "demo1234"
DEMO_BRANCH = ("DEMO01", "演示农村信用社城关分社")
DEMO_USERS = [
    ("admin", "系统管理员", Role.ADMIN, 0),
    ("clerk", "张晓梅", Role.CLERK, 0),
    ("clerk2", "刘建国", Role.CLERK, 0),
    ("reviewer", "王丽娟", Role.REVIEWER, 0),
    ("approver", "陈志强", Role.APPROVER, 30_000_000),
    ("manager", "李行长", Role.APPROVER, 200_000_000),
    ("auditor", "赵稽核", Role.AUDITOR, 0),
]

# Optional seeders, run in order when their module exists: each has seed_demo(db) -> None.
SEEDERS = [
    "loandesk.services.demo_data",
    "loandesk.services.demo_loans",
    "loandesk.services.demo_contracts",
]


def demo_login_hint() -> str:
    users = "、".join(f"{u}（{name}）" for u, name, _r, _l in DEMO_USERS)
    return f"演示模式：所有演示用户的密码均为 {DEMO_PASSWORD}。用户：{users}"


def ensure_demo(data: DataDir, *, reset: bool = False) -> Database:
    """Open the demo database, creating and filling it on first use."""
    if reset:
        _remove_all(data)
    state, marker = inspect_dir(data)
    if state is State.READY:
        if not (marker or {}).get("demo"):
            raise StorageError("演示目录中是正式数据库，拒绝以演示模式打开。")
        db = open_database(data, key_from_passphrase(data, DEMO_PASSPHRASE))
        with db.read() as s:
            ready = settings.get(s, READY_KEY)
        if ready:
            return db
        db.close()  # a build that was interrupted: start the demo over
        _remove_all(data)
    code, name = DEMO_BRANCH
    # Built without fsync per commit (synchronous=OFF): it is throwaway data, rebuilt if a crash
    # interrupts it (the ready flag below), and the build is many small transactions.
    db, key, _stored = create(data, DEMO_PASSPHRASE, branch_code=code, branch_name=name, demo=True,
                              keystore_factory=_NoKeyring, synchronous="OFF")
    try:
        with db.write() as s:
            setup.initialise(s, branch_code=code, branch_name=name, admin_username="admin",
                             admin_display_name="系统管理员", admin_password=DEMO_PASSWORD,
                             address="演示县城关镇人民路 18 号", manager_name="李行长")
            for username, display, role, limit in DEMO_USERS[1:]:
                auth.create_user(s, None, username, display, role, DEMO_PASSWORD, approval_limit_fen=limit,
                                 must_change_password=False)
        for name_ in SEEDERS:
            try:
                module = importlib.import_module(name_)
            except ModuleNotFoundError as exc:
                if exc.name == name_:
                    continue
                raise
            module.seed_demo(db)
        with db.write() as s:
            s.add(Setting(key=READY_KEY, value="true"))
        db.close()  # checkpoint, then reopen with the normal durable settings
    except BaseException:
        db.close()
        _remove_all(data)
        raise
    return open_database(data, key)


class _NoKeyring:
    """The demo key is sealed under a published passphrase; it has no business in the keyring."""

    def __init__(self, database_id: str) -> None:
        self.database_id = database_id

    def put(self, key_hex: str, slot: str = "current") -> bool:
        return False

    def get(self, slot: str = "current") -> None:
        return None
