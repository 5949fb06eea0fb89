"""First-run setup: the branch row and its first admin, written as one audited transaction."""

from __future__ import annotations

import re

from sqlalchemy import select
from sqlalchemy.orm import Session

from loandesk.domain.permissions import Role
from loandesk.services import audit, auth
from loandesk.services.context import SYSTEM, ServiceError
from loandesk.store.models.auth import Branch

BRANCH_CODE_RE = re.compile(r"[0-9A-Za-z]{2,12}")


def branch_problems(code: str, name: str) -> dict[str, str]:
    problems = {}
    if not BRANCH_CODE_RE.fullmatch(code.strip()):
        problems["code"] = "网点代码应为 2–12 位字母或数字。"
    if not name.strip():
        problems["name"] = "请填写网点名称。"
    elif len(name.strip()) > 100:
        problems["name"] = "网点名称不能超过 100 字。"
    return problems


def initialise(session: Session, *, branch_code: str, branch_name: str, admin_username: str,
               admin_display_name: str, admin_password: str, address: str = "", manager_name: str = "") -> None:
    problems = branch_problems(branch_code, branch_name)
    if problems:
        field, message = next(iter(problems.items()))
        raise ServiceError(message, field=field)
    if session.scalar(select(Branch.id)):
        raise ServiceError("本库已初始化。")
    branch = Branch(code=branch_code.strip(), name=branch_name.strip(), address=address.strip(),
                    manager_name=manager_name.strip())
    session.add(branch)
    session.flush()
    audit.record(session, SYSTEM, "setup.branch_created", entity_type="branch", entity_id=branch.id,
                 summary={"code": branch.code, "name": branch.name})
    auth.create_user(session, None, admin_username, admin_display_name, Role.ADMIN, admin_password,
                     must_change_password=False)


def branch(session: Session) -> Branch | None:
    return session.scalar(select(Branch))
