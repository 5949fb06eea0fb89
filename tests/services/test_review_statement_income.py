"""银行流水月均入账 while an application is under review: only the reviewer working the file may
change it (it is the figure rule R301 checks); the clerk who entered it may not change it meanwhile."""

from __future__ import annotations

from decimal import Decimal

import pytest
from sqlalchemy import select

from loandesk.domain.permissions import Role
from loandesk.services import applications as apps
from loandesk.services import auth
from loandesk.services.context import ServiceError
from loandesk.store.models.applications import Application
from loandesk.store.models.audit import AuditRecord
from loandesk.store.models.auth import User
from tests.conftest import PASSWORD
from tests.services.applications_support import good_case


def _income(db, app_id: str) -> int | None:
    with db.read() as s:
        return s.get(Application, app_id).statement_monthly_income_fen


def _audits(db) -> int:
    with db.read() as s:
        return len(s.scalars(select(AuditRecord).where(AuditRecord.action == "application.statement_income")).all())


def test_only_the_claiming_reviewer_changes_the_income_under_review(db, actors):
    with db.write() as s:
        auth.create_user(s, None, "reviewer2", "第二审核", Role.REVIEWER, PASSWORD, must_change_password=False)
    with db.read() as s:
        second = auth.actor_for(s.scalar(select(User).where(User.username == "reviewer2")))
    app_id, _cid, _codes = good_case(db, actors)  # 待审核, entered by clerk
    with db.write() as s:
        apps.claim(s, actors["reviewer"], app_id)
        apps.set_statement_income(s, actors["reviewer"], app_id, Decimal("7800"))
    assert _income(db, app_id) == 780_000 and _audits(db) == 1

    with pytest.raises(ServiceError, match="由王审核领取审核"), db.write() as s:
        apps.set_statement_income(s, second, app_id, Decimal("99999"))
    with pytest.raises(ServiceError, match="正在审核中"), db.write() as s:
        apps.set_statement_income(s, actors["clerk"], app_id, Decimal("1"))
    assert _income(db, app_id) == 780_000 and _audits(db) == 1  # nothing written by either attempt

    # back with the clerk (补件中): the clerk may correct it again
    with db.write() as s:
        apps.return_for_supplement(s, actors["reviewer"], app_id, [apps.NeededItem("银行流水", "不清晰", "")])
    with db.write() as s:
        apps.set_statement_income(s, actors["clerk"], app_id, Decimal("8100"))
    assert _income(db, app_id) == 810_000
