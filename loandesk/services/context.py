"""The acting user and the permission check every service function starts with."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy.orm import Session

from loandesk.domain.permissions import PERMISSIONS, allowed


class ServiceError(Exception):
    """A refusal or validation failure whose `str()` is a Chinese message for the user."""

    def __init__(self, message: str, *, field: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.field = field


class PermissionDenied(ServiceError):
    def __init__(self, permission: str) -> None:
        super().__init__(f"您没有“{PERMISSIONS.get(permission, permission)}”的权限。如需办理，请联系系统管理员。")
        self.permission = permission


class NotFound(ServiceError):
    pass


@dataclass(frozen=True)
class Actor:
    """Who is acting. Only the id is trusted: the role is re-read from the database on every check."""

    user_id: str
    username: str
    display_name: str = ""
    role: str = ""


SYSTEM = Actor(user_id="", username="system", display_name="系统", role="")


def current_role(session: Session, actor: Actor) -> str | None:
    from loandesk.store.models.auth import User

    if not actor.user_id:
        return None
    user = session.get(User, actor.user_id)
    if user is None or not user.active:
        return None
    return user.role


def can(session: Session, actor: Actor, permission: str) -> bool:
    role = current_role(session, actor)
    return role is not None and allowed(role, permission)


def require(session: Session, actor: Actor, permission: str, *, entity_type: str = "", entity_id: str = "") -> None:
    """Refuse unless the actor's *current* role grants `permission`.

    A refusal is audited: anything pending in the session is rolled back (the service has not
    written yet), the denial is committed on its own, then PermissionDenied is raised.
    """
    if can(session, actor, permission):
        return
    from loandesk.services import audit

    session.rollback()
    audit.record(
        session,
        actor,
        "permission.denied",
        entity_type=entity_type,
        entity_id=entity_id,
        summary={"permission": permission},
        outcome="denied",
    )
    session.commit()
    raise PermissionDenied(permission)
