"""Withdrawing a consent: the reason is audited and sent to head office; bad reasons refused."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import select

from loandesk.services import customers as cs
from loandesk.services.context import ServiceError
from loandesk.store.models.audit import AuditRecord, OutboxEntry
from tests.services._fixtures_customers import person


@pytest.fixture
def consent_id(db, actors):
    with db.write() as s:
        view = cs.create_customer(s, actors["clerk"], person(consents=(
            cs.ConsentInput("credit_query", "2024-05-01", "贷前审查查询个人信用报告"),)))
        return cs.consent_status(s, actors["clerk"], view.id).records[0].id


def test_revoke_records_the_reason_in_audit_and_outbox(db, actors, consent_id) -> None:
    with db.write() as s:
        revoked = cs.revoke_consent(s, actors["clerk"], consent_id, reason=" 客户书面申请撤回 ")
    assert revoked.revoked_at is not None
    with db.read() as s:
        summary = json.loads(s.scalars(select(AuditRecord.summary).where(
            AuditRecord.action == "customer.consent_revoked")).one())
        payloads = [json.loads(p) for p in s.scalars(select(OutboxEntry.payload).where(
            OutboxEntry.entity_id == consent_id))]
    assert summary["reason"] == "客户书面申请撤回" and summary["kind"] == "credit_query"
    assert any(p.get("reason") == "客户书面申请撤回" and p.get("revoked_at") for p in payloads)
    with db.write() as s, pytest.raises(ServiceError, match="已撤回"):
        cs.revoke_consent(s, actors["clerk"], consent_id, reason="再次撤回")


@pytest.mark.parametrize("reason", ["长" * (cs.REVOKE_REASON_MAX + 1), "客户\u202e申请"])
def test_revoke_refuses_a_bad_reason_and_changes_nothing(db, actors, consent_id, reason) -> None:
    with db.write() as s, pytest.raises(cs.ValidationFailed) as info:
        cs.revoke_consent(s, actors["clerk"], consent_id, reason=reason)
    assert "reason" in info.value.errors
    with db.read() as s:
        record = next(r for r in cs.consent_status(s, actors["clerk"], _customer(s, consent_id)).records)
    assert record.revoked_at is None


def _customer(s, consent_id: str) -> str:
    from loandesk.store.models.customers import CustomerConsent

    return s.get(CustomerConsent, consent_id).customer_id
