"""Approving above one's authority escalates; the message names who can take it, and says plainly
when nobody in the system can (the case would otherwise wait in the queue for nobody)."""

from __future__ import annotations

from sqlalchemy import select

from loandesk.services import approval
from loandesk.store.models.auth import User
from tests.services.loans_support import OPINION, add_approver, pending_case


def test_escalation_names_the_next_level_or_says_there_is_none(db, actors):
    junior = add_approver(db, "junior", 20_000, "孙副行长")
    app_id, _cid, _ = pending_case(db, actors, amount="50000")
    with db.write() as s:
        result = approval.decide(s, junior, app_id, "approve", OPINION)
    assert result.escalated and "可审批的上级：赵行长" in result.message

    other, _cid, _ = pending_case(db, actors, amount="60000", name="郑小红", mobile="13700137001")
    with db.write() as s:  # the only higher approver leaves
        s.scalar(select(User).where(User.username == "approver")).active = False
    with db.write() as s:
        result = approval.decide(s, junior, other, "approve", OPINION)
    assert result.escalated and "本笔无人可以审批" in result.message
    with db.read() as s:
        assert s.get(approval.Application, other).state == "pending_approval"
