"""Accounts: password hashing, login with lockout, and user administration with a last-admin guard."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import NoReturn

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from loandesk.domain.permissions import ROLE_LABELS, Role
from loandesk.domain.validators import INVISIBLE_IN_NAMES
from loandesk.services import audit
from loandesk.services.context import Actor, NotFound, ServiceError, require
from loandesk.store.models.auth import User
from loandesk.store.models.base import utcnow

MAX_FAILURES = 5
LOCK_MINUTES = 15
MIN_PASSWORD_LEN = 8
USERNAME_RE = re.compile(r"[A-Za-z0-9_.-]{2,32}")
RESERVED_USERNAMES = frozenset({"system"})  # context.SYSTEM.username

# Argon2id, 64 MiB: memory-hard so a stolen database does not give passwords away cheaply.
_hasher = PasswordHasher(time_cost=2, memory_cost=65536, parallelism=2)


def hash_password(password: str) -> str:
    return _hasher.hash(password)


def check_password(hashed: str, password: str) -> bool:
    try:
        return _hasher.verify(hashed, password)
    except (VerificationError, InvalidHashError):
        return False


def password_problems(password: str) -> list[str]:
    problems = []
    if len(password) < MIN_PASSWORD_LEN:
        problems.append(f"密码至少 {MIN_PASSWORD_LEN} 位")
    if not (any(c.isdigit() for c in password) and any(c.isalpha() for c in password)):
        problems.append("密码需同时包含字母和数字")
    return problems


class LoginFailed(ServiceError):
    def __init__(self, remaining: int | None) -> None:
        msg = "用户名或密码错误。"
        if remaining is not None and remaining <= 3:
            msg += f"再错 {remaining} 次账户将被锁定 {LOCK_MINUTES} 分钟。"
        super().__init__(msg)
        self.remaining = remaining


class AccountLocked(ServiceError):
    def __init__(self, until: datetime) -> None:
        minutes = max(1, int((until - utcnow()).total_seconds() // 60) + 1)
        super().__init__(f"连续输错密码次数过多，账户已锁定，请 {minutes} 分钟后再试，或请管理员解锁。")
        self.until = until


class AccountDisabled(ServiceError):
    def __init__(self) -> None:
        super().__init__("该账户已停用，请联系系统管理员。")


@dataclass(frozen=True)
class UserView:
    id: str
    username: str
    display_name: str
    role: str
    role_label: str
    active: bool
    locked: bool
    must_change_password: bool
    approval_limit_fen: int

    @staticmethod
    def of(u: User) -> UserView:
        now = utcnow()
        return UserView(u.id, u.username, u.display_name, u.role, ROLE_LABELS.get(u.role, u.role), u.active,
                        bool(u.locked_until and u.locked_until > now), u.must_change_password, u.approval_limit_fen)


def actor_for(u: User) -> Actor:
    return Actor(user_id=u.id, username=u.username, display_name=u.display_name, role=u.role)


def normalise_username(username: str) -> str:
    """What a clerk types through a Chinese IME may carry full-width letters, digits or spaces
    (ａｄｍｉｎ, "admin　"): NFKC maps them to the ASCII the account was created with."""
    return unicodedata.normalize("NFKC", username).strip()


def find_user(session: Session, username: str) -> User | None:
    """The account a typed name means: exact match first, else the one account whose name differs
    only in letter case (Admin → admin). Names are unique regardless of case from now on; should an
    older database hold two that differ only in case, only the exact spelling matches."""
    name = normalise_username(username)
    user = session.scalar(select(User).where(User.username == name))
    if user is None and name:
        matches = session.scalars(select(User).where(func.lower(User.username) == name.lower()).limit(2)).all()
        if len(matches) == 1:
            user = matches[0]
    return user


def login(session: Session, username: str, password: str) -> tuple[Actor, bool]:
    """Returns (actor, must_change_password). Failures are counted and audited in this transaction.

    The caller must commit even on LoginFailed so the failure count sticks: use `login_once`.
    """
    user = find_user(session, username)
    who = Actor(user_id=user.id if user else "", username=user.username if user else normalise_username(username)[:50])
    if user is None:
        check_password(_dummy_hash(), password)  # same cost whether or not the user exists
        audit.record(session, who, "auth.login_failed", entity_type="user", summary={"reason": "unknown user"},
                     outcome="denied")
        raise LoginFailed(None)
    now = utcnow()
    if user.locked_until and user.locked_until > now:
        audit.record(session, who, "auth.login_refused", entity_type="user", entity_id=user.id,
                     summary={"reason": "locked"}, outcome="denied")
        raise AccountLocked(user.locked_until)
    if not check_password(user.password_hash, password):
        user.failed_logins += 1
        remaining = MAX_FAILURES - user.failed_logins
        summary = {"failures": user.failed_logins}
        if user.failed_logins >= MAX_FAILURES:
            user.locked_until = now + timedelta(minutes=LOCK_MINUTES)
            user.failed_logins = 0
            summary["locked_minutes"] = LOCK_MINUTES
            audit.record(session, who, "auth.account_locked", entity_type="user", entity_id=user.id,
                         summary=summary, outcome="denied")
            raise AccountLocked(user.locked_until)
        audit.record(session, who, "auth.login_failed", entity_type="user", entity_id=user.id, summary=summary,
                     outcome="denied")
        raise LoginFailed(remaining)
    if not user.active:
        audit.record(session, who, "auth.login_refused", entity_type="user", entity_id=user.id,
                     summary={"reason": "disabled"}, outcome="denied")
        raise AccountDisabled()
    user.failed_logins = 0
    user.locked_until = None
    user.last_login_at = now
    actor = actor_for(user)
    audit.record(session, actor, "auth.login", entity_type="user", entity_id=user.id)
    if _hasher.check_needs_rehash(user.password_hash):
        user.password_hash = hash_password(password)
    return actor, user.must_change_password


_DUMMY: list[str] = []


def _dummy_hash() -> str:
    if not _DUMMY:
        _DUMMY.append(hash_password("timing-equaliser-0"))
    return _DUMMY[0]


def login_once(session: Session, username: str, password: str) -> tuple[Actor, bool]:
    """login() with commit on both success and failure, so lockout counting survives a refusal."""
    try:
        result = login(session, username, password)
    except ServiceError:
        session.commit()
        raise
    session.commit()
    return result


def verify_password(session: Session, actor: Actor, password: str) -> bool:
    """Re-check the password for the idle lock screen; counts failures like a login."""
    _, _ = login(session, actor.username, password)
    return True


def change_own_password(session: Session, actor: Actor, old: str, new: str) -> None:
    user = session.get(User, actor.user_id)
    if user is None or not check_password(user.password_hash, old):
        raise ServiceError("原密码不正确。", field="old")
    problems = password_problems(new)
    if problems:
        raise ServiceError("；".join(problems), field="new")
    if old == new:
        raise ServiceError("新密码不能与原密码相同。", field="new")
    user.password_hash = hash_password(new)
    user.must_change_password = False
    audit.record(session, actor, "user.password_changed", entity_type="user", entity_id=user.id)


# --- administration --------------------------------------------------------------------------------

def _active_admins(session: Session) -> int:
    return session.scalar(select(func.count()).select_from(User).where(User.role == Role.ADMIN, User.active)) or 0


def _get(session: Session, user_id: str) -> User:
    user = session.get(User, user_id)
    if user is None:
        raise NotFound("用户不存在。")
    return user


def list_users(session: Session, actor: Actor) -> list[UserView]:
    require(session, actor, "user.manage")
    return [UserView.of(u) for u in session.scalars(select(User).order_by(User.username))]




def _checked_display_name(text: str) -> str:
    """Stripped display name, or a refusal: empty, over 50 characters (never cut) or invisible characters."""
    name = text.strip()
    if not name or len(name) > 50:
        raise ServiceError("请填写姓名（不超过 50 字）。", field="display_name")
    if INVISIBLE_IN_NAMES.search(name):  # the name approvals, contracts and the audit trail show
        raise ServiceError("姓名中含有不可见的控制字符，请删除后重新输入。", field="display_name")
    return name


def create_user(session: Session, actor: Actor | None, username: str, display_name: str, role: str, password: str,
                *, approval_limit_fen: int = 0, must_change_password: bool = True) -> UserView:
    """actor None is only for the setup wizard creating the very first admin."""
    if actor is not None:
        require(session, actor, "user.manage")
    username = normalise_username(username)
    if not USERNAME_RE.fullmatch(username):
        raise ServiceError("用户名须为 2–32 位字母、数字、下划线、点或横线。", field="username")
    if username.lower() in RESERVED_USERNAMES:
        # The audit log names scheduled jobs, the command line and restores "system": an account of
        # that name would make a person's actions indistinguishable from the system's.
        raise ServiceError(f"“{username}”是系统保留的名称，请换一个用户名。", field="username")
    display_name = _checked_display_name(display_name)
    if role not in ROLE_LABELS:
        raise ServiceError("角色无效。", field="role")
    problems = password_problems(password)
    if problems:
        raise ServiceError("；".join(problems), field="password")
    if approval_limit_fen < 0:
        raise ServiceError("授权额度不能为负数。", field="approval_limit")
    # Case-insensitive: "Clerk" beside "clerk" would be two accounts nobody can tell apart in the
    # audit log, and logins accept either spelling.
    existing = session.scalar(select(User.username).where(func.lower(User.username) == username.lower()))
    if existing is not None:
        same = "" if existing == username else f"（与已有的“{existing}”仅大小写不同）"
        raise ServiceError(f"用户名“{username}”已存在{same}。", field="username")
    user = User(username=username, display_name=display_name, role=role,
                password_hash=hash_password(password), approval_limit_fen=approval_limit_fen,
                must_change_password=must_change_password)
    session.add(user)
    session.flush()
    from loandesk.services.context import SYSTEM

    audit.record(session, actor or SYSTEM, "user.created", entity_type="user", entity_id=user.id,
                 summary={"username": username, "role": role, "approval_limit_fen": approval_limit_fen})
    return UserView.of(user)


def _refuse_update(session: Session, actor: Actor, user_id: str, reason: str, message: str, *,
                   field: str | None = None) -> NoReturn:
    """Like a permission denial: the refused attempt is kept (committed on its own), then raised,
    so the trail shows who tried to disable or demote whom even though nothing changed."""
    session.rollback()
    audit.record(session, actor, "user.update_refused", entity_type="user", entity_id=user_id,
                 summary={"reason": reason}, outcome="denied")
    session.commit()
    raise ServiceError(message, field=field)


def update_user(session: Session, actor: Actor, user_id: str, *, role: str | None = None,
                active: bool | None = None, approval_limit_fen: int | None = None,
                display_name: str | None = None) -> UserView:
    require(session, actor, "user.manage", entity_type="user", entity_id=user_id)
    user = _get(session, user_id)
    new_name = _checked_display_name(display_name) if display_name is not None and display_name.strip() else None
    before = {"role": user.role, "active": user.active, "approval_limit_fen": user.approval_limit_fen}
    losing_admin = user.role == Role.ADMIN and user.active and (
        (role is not None and role != Role.ADMIN) or active is False
    )
    if losing_admin and _active_admins(session) <= 1:
        _refuse_update(session, actor, user_id, "last admin",
                       "不能停用或降级最后一个系统管理员账户。请先新建另一个管理员。")
    if active is False and user.id == actor.user_id and user.active:
        # The very next read of the panel would be refused ("no permission") and the session
        # would be left without its account; another admin does it, or the user is simply not used.
        _refuse_update(session, actor, user_id, "own account disabled",
                       "不能停用自己正在使用的账户。如确需停用，请由另一位管理员操作。", field="active")
    if role is not None and role != user.role and user.id == actor.user_id:
        # Same reasoning as disabling oneself: an admin who demotes themselves loses the panel
        # mid-session, and a role change should always have a second person behind it.
        _refuse_update(session, actor, user_id, "own role changed",
                       "不能修改自己的角色，请由另一位管理员操作。", field="role")
    if approval_limit_fen is not None and approval_limit_fen != user.approval_limit_fen and user.id == actor.user_id:
        # Approval authority is the four-eyes control on lending: nobody raises (or sets) their own.
        _refuse_update(session, actor, user_id, "own approval limit changed",
                       "不能修改自己的授权额度，请由另一位管理员操作。", field="approval_limit")
    if role is not None:
        if role not in ROLE_LABELS:
            raise ServiceError("角色无效。", field="role")
        user.role = role
    if active is not None:
        user.active = active
    if approval_limit_fen is not None:
        if approval_limit_fen < 0:
            raise ServiceError("授权额度不能为负数。", field="approval_limit")
        user.approval_limit_fen = approval_limit_fen
    if new_name is not None:
        user.display_name = new_name
    after = {"role": user.role, "active": user.active, "approval_limit_fen": user.approval_limit_fen}
    audit.record(session, actor, "user.updated", entity_type="user", entity_id=user.id,
                 summary={"before": before, "after": after})
    return UserView.of(user)


def unlock_user(session: Session, actor: Actor, user_id: str) -> None:
    require(session, actor, "user.manage", entity_type="user", entity_id=user_id)
    user = _get(session, user_id)
    user.locked_until = None
    user.failed_logins = 0
    audit.record(session, actor, "user.unlocked", entity_type="user", entity_id=user.id)


def reset_password(session: Session, actor: Actor, user_id: str, new_password: str) -> None:
    """Admin reset: the user must choose a new password at next login."""
    require(session, actor, "user.manage", entity_type="user", entity_id=user_id)
    user = _get(session, user_id)
    problems = password_problems(new_password)
    if problems:
        raise ServiceError("；".join(problems), field="password")
    user.password_hash = hash_password(new_password)
    user.must_change_password = True
    user.locked_until = None
    user.failed_logins = 0
    audit.record(session, actor, "user.password_reset", entity_type="user", entity_id=user.id)


def recover_admin(session: Session, username: str, new_password: str) -> None:
    """Unlock and reset an admin after the recovery passphrase was proven (caller checks it).

    This is how the branch never gets locked out of its last admin account.
    """
    from loandesk.services.context import SYSTEM

    user = find_user(session, username)
    if user is None or user.role != Role.ADMIN:
        raise NotFound("没有这个管理员账户。")
    problems = password_problems(new_password)
    if problems:
        raise ServiceError("；".join(problems), field="password")
    user.password_hash = hash_password(new_password)
    user.active = True
    user.locked_until = None
    user.failed_logins = 0
    user.must_change_password = False
    audit.record(session, SYSTEM, "user.recovered_with_passphrase", entity_type="user", entity_id=user.id)
