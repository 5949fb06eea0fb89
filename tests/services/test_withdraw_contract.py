"""Withdrawing an approved application voids its printed, unsigned contract in the same transaction:
left 待签署, a paper copy of it still verified as a valid contract."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from loandesk.services import applications as apps
from loandesk.services import contracts
from loandesk.services.context import ServiceError
from loandesk.store.attachments import BlobStore
from loandesk.store.models.audit import AuditRecord
from loandesk.store.models.loans import Contract
from tests.services.loans_support import contract_case


def test_withdrawal_voids_the_unsigned_contract(db, actors):
    view = contract_case(db, actors)
    blobs = BlobStore.of(db)
    with db.write() as s:
        contracts.issue_print(s, actors["clerk"], view.id, blobs=blobs)
    with db.write() as s:
        apps.withdraw(s, actors["clerk"], view.application_id, reason="客户不再需要贷款")
    with db.read() as s:
        c = s.get(Contract, view.id)
        assert c.status == "void" and "申请已撤回" in c.void_reason and c.voided_at is not None
        voids = s.scalars(select(AuditRecord).where(AuditRecord.action == "contract.void")).all()
        assert [a.entity_id for a in voids] == [view.id]
    with db.write() as s:
        check = contracts.verify_code(s, actors["approver"], view.contract_no, view.verification_code)
    assert not check.ok and "已作废" in check.message
    with pytest.raises(ServiceError, match="已作废"), db.write() as s:
        contracts.issue_print(s, actors["clerk"], view.id, blobs=blobs)
