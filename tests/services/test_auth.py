"""Logins, lockout, permission refusals in services (not just hidden buttons), last-admin guard."""

from __future__ import annotations

import json
from datetime import timedelta

import pytest
from sqlalchemy import func, select

from loandesk.domain.permissions import PERMISSIONS, ROLE_PERMISSIONS, Role, allowed
from loandesk.services import auth, settings
from loandesk.services.context import PermissionDenied, ServiceError, require
from loandesk.store.models.audit import AuditRecord
from loandesk.store.models.auth import User
from loandesk.store.models.base import utcnow
from tests.conftest import PASSWORD


def test_login_ok_and_wrong_password(db):
    with db.write() as s:
        actor, must_change = auth.login(s, "clerk", PASSWORD)
    assert actor.username == "clerk" and not must_change
    with db.write() as s, pytest.raises(auth.LoginFailed) as err:
        auth.login_once(s, "clerk", "wrong-pass1")
    assert "用户名或密码错误" in str(err.value)
    with db.write() as s, pytest.raises(auth.LoginFailed):
        auth.login_once(s, "nobody", "whatever1")


def test_five_failures_lock_for_fifteen_minutes(db):
    for _ in range(4):
        with db.write() as s, pytest.raises(auth.LoginFailed):
            auth.login_once(s, "clerk", "bad-password1")
    with db.write() as s, pytest.raises(auth.AccountLocked) as err:
        auth.login_once(s, "clerk", "bad-password1")
    assert "锁定" in str(err.value)
    # Even the right password is refused while locked.
    with db.write() as s, pytest.raises(auth.AccountLocked):
        auth.login_once(s, "clerk", PASSWORD)
    with db.write() as s:
        user = s.scalar(select(User).where(User.username == "clerk"))
        remaining = user.locked_until - utcnow()
        assert timedelta(minutes=14) < remaining <= timedelta(minutes=15)
        user.locked_until = utcnow() - timedelta(seconds=1)  # time passes
    with db.write() as s:
        actor, _ = auth.login(s, "clerk", PASSWORD)
    assert actor.username == "clerk"


def test_admin_unlocks_and_resets(db, actors):
    for _ in range(5):
        with db.write() as s, pytest.raises(ServiceError):
            auth.login_once(s, "clerk", "bad-password1")
    clerk_id = actors["clerk"].user_id
    with db.write() as s:
        auth.unlock_user(s, actors["admin"], clerk_id)
        auth.reset_password(s, actors["admin"], clerk_id, "NewPass123")
    with db.write() as s:
        _, must_change = auth.login(s, "clerk", "NewPass123")
    assert must_change


def test_password_reset_by_admin_is_changed_by_the_user_and_then_no_longer_forced(db, actors):
    """Issue 6: after a reset the user must set a new password at the next login. The change
    refuses a wrong old password, a weak one and the same one (flag kept); a good one clears the
    flag, is audited, and only the new password logs in afterwards."""
    clerk = actors["clerk"]
    with db.write() as s:
        auth.reset_password(s, actors["admin"], clerk.user_id, "Reset2026x")
    for old, new, field in (("wrong-old-1", "Chosen2026y", "old"), ("Reset2026x", "abc", "new"),
                            ("Reset2026x", "Reset2026x", "new")):
        with db.write() as s, pytest.raises(ServiceError) as exc:
            auth.change_own_password(s, clerk, old, new)
        assert exc.value.field == field
        with db.write() as s:
            assert auth.login(s, "clerk", "Reset2026x")[1] is True
    with db.write() as s:
        auth.change_own_password(s, clerk, "Reset2026x", "Chosen2026y")
    with db.write() as s:
        assert auth.login(s, "clerk", "Chosen2026y")[1] is False
    with db.write() as s, pytest.raises(auth.LoginFailed):
        auth.login_once(s, "clerk", "Reset2026x")
    with db.read() as s:
        assert s.scalar(select(func.count()).select_from(AuditRecord).where(
            AuditRecord.action == "user.password_changed", AuditRecord.entity_id == clerk.user_id)) == 1


@pytest.mark.parametrize("bad", ["前\x00后", "响\x07铃", "文件\u202egpj", "零\u200b宽", "长" * 51],
                         ids=["nul", "control", "rtl-override", "zero-width", "51-chars"])
def test_user_display_names_refuse_invisible_characters_and_overlong_text(db, actors, bad):
    """T25 for the user administration form: the display name is what approvals, contracts and
    the audit trail show for a person, so, like a customer's name, it refuses NUL, control
    characters, zero-width and right-to-left override marks, and over-long text — on create and
    on edit (an edit used to cut it to 50 characters silently). Nothing is changed by a refusal."""
    with db.write() as s, pytest.raises(ServiceError) as exc:
        auth.create_user(s, actors["admin"], "newuser", bad, Role.CLERK, "Passw0rd1x")
    assert exc.value.field == "display_name" and not exc.value.message.isascii()
    with db.read() as s:
        assert s.scalar(select(User).where(User.username == "newuser")) is None
    clerk_id = actors["clerk"].user_id
    with db.read() as s:
        before = s.get(User, clerk_id).display_name
    with db.write() as s, pytest.raises(ServiceError) as exc:
        auth.update_user(s, actors["admin"], clerk_id, display_name=bad)
    assert exc.value.field == "display_name"
    with db.read() as s:
        assert s.get(User, clerk_id).display_name == before


def test_user_display_names_with_odd_but_visible_text_are_kept_exactly(db, actors):
    """T25: quotes, SQL text, % and _, emoji and CJK extension-B characters are stored as typed."""
    for i, name in enumerate(["O'Brien \"双\"", "'; DROP TABLE users;--", "100%_折扣", "客户😀", "𠀀𪚥"]):
        with db.write() as s:
            view = auth.create_user(s, actors["admin"], f"odd{i}", name, Role.CLERK, "Passw0rd1x")
        with db.write() as s:
            assert s.get(User, view.id).display_name == name
            auth.update_user(s, actors["admin"], view.id, display_name=name + "二")
        with db.read() as s:
            assert s.get(User, view.id).display_name == name + "二"


def test_every_role_refused_outside_its_permissions_and_audited(db, actors):
    expected = 0
    for actor in actors.values():
        with db.read() as s:
            role = s.get(User, actor.user_id).role
        expected += len(PERMISSIONS) - len(ROLE_PERMISSIONS[role])
        for perm in PERMISSIONS:
            with db.write() as s:
                if allowed(role, perm):
                    require(s, actor, perm)
                else:
                    with pytest.raises(PermissionDenied):
                        require(s, actor, perm)
    with db.read() as s:
        denials = s.scalars(select(AuditRecord).where(AuditRecord.outcome == "denied")).all()
    assert len(denials) == expected


def test_auditor_has_no_write_permissions():
    writes = {p for p in PERMISSIONS if not p.endswith((".view", ".view_unmasked", ".export", ".verify"))}
    assert not (ROLE_PERMISSIONS[Role.AUDITOR] & writes)
    assert not allowed(Role.ADMIN, "loan.approve")


def test_service_refuses_without_permission(db, actors):
    with db.write() as s, pytest.raises(PermissionDenied):
        auth.create_user(s, actors["clerk"], "newbie", "新人", Role.CLERK, "Passw0rd9")
    with db.write() as s, pytest.raises(PermissionDenied):
        settings.put(s, actors["clerk"], "idle_lock_minutes", 3)


def test_role_change_takes_effect_without_restart(db, actors):
    clerk = actors["clerk"]
    with db.write() as s:
        require(s, clerk, "customer.create")
        auth.update_user(s, actors["admin"], clerk.user_id, role=Role.AUDITOR)
    with db.write() as s, pytest.raises(PermissionDenied):
        require(s, clerk, "customer.create")


def test_disabled_user_cannot_log_in_or_act(db, actors):
    with db.write() as s:
        auth.update_user(s, actors["admin"], actors["clerk"].user_id, active=False)
    with db.write() as s, pytest.raises(auth.AccountDisabled):
        auth.login_once(s, "clerk", PASSWORD)
    with db.write() as s, pytest.raises(PermissionDenied):
        require(s, actors["clerk"], "customer.view")


def test_last_admin_cannot_be_disabled_or_demoted(db, actors):
    admin = actors["admin"]
    with db.write() as s, pytest.raises(ServiceError, match="最后一个系统管理员"):
        auth.update_user(s, admin, admin.user_id, active=False)
    with db.write() as s, pytest.raises(ServiceError, match="最后一个系统管理员"):
        auth.update_user(s, admin, admin.user_id, role=Role.CLERK)
    with db.write() as s:
        other = auth.create_user(s, admin, "admin2", "第二管理员", Role.ADMIN, "Passw0rd2")
    # With a second admin the last-admin guard no longer applies, but demoting oneself is still
    # refused (an admin changed their own role mid-session: issue 6 review); the other admin may.
    with db.write() as s, pytest.raises(ServiceError, match="不能修改自己的角色"):
        auth.update_user(s, admin, admin.user_id, role=Role.CLERK)
    with db.write() as s:
        second = auth.actor_for(s.get(User, other.id))
        auth.update_user(s, second, admin.user_id, role=Role.CLERK)
    with db.read() as s:
        assert s.get(User, admin.user_id).role == Role.CLERK


def test_admin_cannot_change_their_own_role_and_the_refusal_is_audited(db, actors):
    """An admin could demote themselves (or pick any other role) in the edit dialog: the next read of
    the panel was refused and nobody else had approved the change. Saving one's own name with the
    role unchanged still works."""
    admin = actors["admin"]
    with db.write() as s:
        auth.create_user(s, admin, "admin2", "第二管理员", Role.ADMIN, "Passw0rd2")
    for role in (Role.CLERK, Role.AUDITOR):
        with db.write() as s, pytest.raises(ServiceError, match="不能修改自己的角色，请由另一位管理员操作") as err:
            auth.update_user(s, admin, admin.user_id, role=role, display_name="改名")
        assert err.value.field == "role"
    with db.read() as s:
        user = s.get(User, admin.user_id)
        assert user.role == Role.ADMIN and user.display_name != "改名"  # nothing of the edit kept
        refused = [(r.username, r.entity_id, r.outcome, json.loads(r.summary)) for r in s.scalars(
            select(AuditRecord).where(AuditRecord.action == "user.update_refused").order_by(AuditRecord.seq))]
    assert refused == [("admin", admin.user_id, "denied", {"reason": "own role changed"})] * 2
    with db.write() as s:
        view = auth.update_user(s, admin, admin.user_id, role=Role.ADMIN, display_name="管理员甲")
    assert view.role == Role.ADMIN and view.display_name == "管理员甲"


def test_nobody_sets_their_own_approval_limit(db, actors):
    """Approval authority is the four-eyes control on lending: an admin's own limit is changed by
    another admin (refused and audited); saving one's own record with the limit unchanged works."""
    admin = actors["admin"]
    with db.write() as s:
        before = s.get(User, admin.user_id).approval_limit_fen
    with db.write() as s, pytest.raises(ServiceError, match="不能修改自己的授权额度") as err:
        auth.update_user(s, admin, admin.user_id, approval_limit_fen=before + 100_000_000)
    assert err.value.field == "approval_limit"
    with db.read() as s:
        assert s.get(User, admin.user_id).approval_limit_fen == before
        reasons = [json.loads(r.summary)["reason"] for r in s.scalars(
            select(AuditRecord).where(AuditRecord.action == "user.update_refused"))]
    assert reasons == ["own approval limit changed"]
    with db.write() as s:
        assert auth.update_user(s, admin, admin.user_id, approval_limit_fen=before, display_name="管理员乙")
        admin2 = auth.create_user(s, admin, "admin2", "第二管理员", Role.ADMIN, "Passw0rd2")
    with db.write() as s:  # another admin may
        auth.update_user(s, auth.actor_for(s.get(User, admin2.id)), admin.user_id, approval_limit_fen=50_000_00)
    with db.read() as s:
        assert s.get(User, admin.user_id).approval_limit_fen == 50_000_00


def test_last_admin_and_self_disable_refusals_are_audited(db, actors):
    admin = actors["admin"]
    with db.write() as s, pytest.raises(ServiceError, match="最后一个系统管理员"):
        auth.update_user(s, admin, admin.user_id, role=Role.CLERK)
    with db.write() as s:
        auth.create_user(s, admin, "admin2", "第二管理员", Role.ADMIN, "Passw0rd2")
    with db.write() as s, pytest.raises(ServiceError, match="不能停用自己"):
        auth.update_user(s, admin, admin.user_id, active=False)
    with db.read() as s:
        reasons = [json.loads(r.summary)["reason"] for r in s.scalars(
            select(AuditRecord).where(AuditRecord.action == "user.update_refused").order_by(AuditRecord.seq))]
    assert reasons == ["last admin", "own account disabled"]


def test_usernames_unique_regardless_of_case_and_typed_as_the_ime_gives_them(db, actors):
    """"Clerk" could be created beside "clerk" (two accounts nobody tells apart in the audit log),
    and "Clerk" or full-width "ｃｌｅｒｋ　" typed at the login screen was "wrong username or password"."""
    admin = actors["admin"]
    for name in ("Clerk", "CLERK", "ｃｌｅｒｋ"):
        with db.write() as s, pytest.raises(ServiceError, match="已存在") as err:
            auth.create_user(s, admin, name, "冒名", Role.ADMIN, "Passw0rd2")
        assert err.value.field == "username"
    for typed in ("Clerk", " CLERK ", "ｃｌｅｒｋ　"):
        with db.write() as s:
            actor, _ = auth.login(s, typed, PASSWORD)
        assert actor.user_id == actors["clerk"].user_id and actor.username == "clerk"
    with db.write() as s:
        created = auth.create_user(s, admin, "ｗａｎｇ．ｌｉ", "王力", Role.CLERK, "Passw0rd2")
    assert created.username == "wang.li"
    with db.write() as s, pytest.raises(auth.LoginFailed):
        auth.login_once(s, "CLERK", "wrong-pass1")  # a failure still counts against the account
    with db.read() as s:
        assert s.get(User, actors["clerk"].user_id).failed_logins == 1
        assert s.scalar(select(func.count()).select_from(User).where(func.lower(User.username) == "clerk")) == 1


def test_the_system_actors_name_is_reserved(db, actors):
    """An account called "system" (or "System") acted under the same name the audit log gives
    scheduled backups, the command line and restores."""
    from loandesk.services.context import SYSTEM

    for name in (SYSTEM.username, "System", "ＳＹＳＴＥＭ"):
        with db.write() as s, pytest.raises(ServiceError, match="系统保留") as err:
            auth.create_user(s, actors["admin"], name, "冒名", Role.CLERK, "Passw0rd2")
        assert err.value.field == "username"
    with db.write() as s:
        auth.create_user(s, actors["admin"], "systems.li", "李系统", Role.CLERK, "Passw0rd2")


def test_admin_recovery_accepts_the_name_in_any_case(db):
    with db.write() as s:
        auth.recover_admin(s, "ADMIN", "Recovered1")
    with db.write() as s:
        actor, _ = auth.login(s, "admin", "Recovered1")
    assert actor.username == "admin"
    with db.write() as s, pytest.raises(ServiceError):
        auth.recover_admin(s, "clerk", "Recovered1")  # not an admin


def test_admin_cannot_disable_their_own_account(db, actors):
    """With a second admin present, an admin could disable the account they were using: the next
    refresh of the user list was refused as "no permission" and the session was stranded."""
    admin = actors["admin"]
    with db.write() as s:
        other = auth.create_user(s, admin, "admin2", "第二管理员", Role.ADMIN, "Passw0rd2")
    with db.write() as s, pytest.raises(ServiceError, match="不能停用自己"):
        auth.update_user(s, admin, admin.user_id, active=False)
    with db.read() as s:
        assert s.get(User, admin.user_id).active
        assert len(auth.list_users(s, admin)) == len(actors) + 1
    with db.write() as s:  # another admin may
        second = auth.actor_for(s.get(User, other.id))
        auth.update_user(s, second, admin.user_id, active=False)
    with db.read() as s:
        assert not s.get(User, admin.user_id).active


def test_locked_last_admin_recovers_with_passphrase_path(db):
    for _ in range(5):
        with db.write() as s, pytest.raises(ServiceError):
            auth.login_once(s, "admin", "bad-password1")
    with db.write() as s:
        auth.recover_admin(s, "admin", "Recovered1")
    with db.write() as s:
        actor, _ = auth.login(s, "admin", "Recovered1")
    assert actor.username == "admin"


def test_weak_passwords_and_bad_usernames_refused(db, actors):
    for username, pw in [("ok_name", "short1"), ("ok_name", "lettersonly"), ("bad name!", "Passw0rd1"),
                         ("'; DROP TABLE users;--", "Passw0rd1")]:
        with db.write() as s, pytest.raises(ServiceError):
            auth.create_user(s, actors["admin"], username, "某人", Role.CLERK, pw)


def test_passwords_are_hashed_not_stored(db):
    with db.read() as s:
        hashes = s.scalars(select(User.password_hash)).all()
    assert all(h.startswith("$argon2id$") for h in hashes)
    assert not any(PASSWORD in h for h in hashes)


def test_masking_rules_cannot_be_widened_past_the_compliance_limits(db, actors):
    """The settings form caps the spin boxes, the service did not: settings.put(mask.id_keep,
    [18, 0]) was stored and every list, printout and export then showed the birth date."""
    admin = actors["admin"]
    for key, bad in (("mask.id_keep", [18, 0]), ("mask.id_keep", [10, 4]), ("mask.phone_keep", [11, 0]),
                     ("mask.card_keep", [6, 13]), ("mask.id_keep", [-1, 4]), ("mask.id_keep", "6,4"),
                     ("mask.id_keep", [True, 4]), ("mask.phone_keep", [3])):
        with db.write() as s, pytest.raises(ServiceError, match="最多显示") as err:
            settings.put(s, admin, key, bad)
        assert err.value.field == key
    with db.read() as s:
        assert settings.get(s, "mask.id_keep") == [1, 1]  # the default, nothing stored
    with db.write() as s:
        settings.put(s, admin, "mask.id_keep", [6, 4])
        settings.put(s, admin, "mask.phone_keep", [0, 4])
    with db.read() as s:
        assert settings.get(s, "mask.id_keep") == [6, 4]


def test_idle_minutes_setting_validated(db, actors):
    with db.write() as s, pytest.raises(ServiceError):
        settings.put(s, actors["admin"], "idle_lock_minutes", 0)
    with db.write() as s:
        settings.put(s, actors["admin"], "idle_lock_minutes", 5)
    with db.read() as s:
        assert settings.get(s, "idle_lock_minutes") == 5
