"""Approval decisions, contracts, disbursements and loan accounts with their fixed schedules.

Why the shapes:
* ``approval_decisions`` is append-only (the approval record must never change afterwards): the
  ORM refuses updates and deletes (see the mapper events below) and migration 0004 adds SQLite
  triggers that RAISE on any UPDATE or DELETE, so not even raw SQL can rewrite a decision.
* A contract keeps a full JSON snapshot of what it printed (parties, figures, the schedule) plus
  the content fingerprint and the SHA-256 of the issued PDF, whose bytes sit in attachments.db.
  Reprints and verification use the snapshot, never the (possibly changed) live records.
* The loan account's schedule is fixed at disbursement (first due date from the disbursement
  date) and stored row by row so the post-loan module reads it without recomputing.

Money is integer fen, rates are exact decimal strings ("0.0435"), dates are dates.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Boolean, Date, ForeignKey, Index, Integer, String, Text, UniqueConstraint, event
from sqlalchemy.orm import Mapped, mapped_column

from loandesk.store.models.base import Base, UTCDateTime, utcnow, uuid_pk


class ImmutableRecord(Exception):
    """Raised when code tries to change or delete an approval decision."""


class ApprovalDecision(Base):
    """One approver's decision or opinion on an application; never updated, never deleted.

    ``decision``: approve | reject | investigate | recommend (approval recommended above the
    approver's own authority: the case escalates to the next level, the opinion is kept).
    ``round`` starts at 1 and grows after each 需进一步调查, ``level`` is the escalation level
    within the round (1 = first approver).
    """

    __tablename__ = "approval_decisions"
    __table_args__ = (
        UniqueConstraint("application_id", "seq", name="uq_approval_decisions_application_seq"),
        Index("ix_approval_decisions_application", "application_id", "seq"),
    )

    id: Mapped[str] = uuid_pk()
    application_id: Mapped[str] = mapped_column(String(36), ForeignKey("applications.id", ondelete="RESTRICT"))
    seq: Mapped[int] = mapped_column(Integer)  # 1, 2, 3 … per application
    round: Mapped[int] = mapped_column(Integer, default=1)
    level: Mapped[int] = mapped_column(Integer, default=1)
    decision: Mapped[str] = mapped_column(String(12))
    opinion: Mapped[str] = mapped_column(Text)
    requested_amount_fen: Mapped[int] = mapped_column(Integer)  # as applied for
    requested_term_months: Mapped[int] = mapped_column(Integer)
    amount_fen: Mapped[int] = mapped_column(Integer)  # approved / recommended (≤ requested)
    term_months: Mapped[int] = mapped_column(Integer)
    approver_id: Mapped[str] = mapped_column(String(36), ForeignKey("users.id"))
    approver_name: Mapped[str] = mapped_column(String(50))  # as it was when deciding
    approver_limit_fen: Mapped[int] = mapped_column(Integer)  # 授权额度 at the time of deciding
    product_version_id: Mapped[str] = mapped_column(String(36), default="")
    risk_summary: Mapped[str] = mapped_column(Text, default="{}")  # what the approver saw (JSON)
    decided_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


@event.listens_for(ApprovalDecision, "before_update")
def _refuse_update(_mapper: object, _conn: object, target: ApprovalDecision) -> None:
    raise ImmutableRecord(f"审批记录不可修改（{target.id}）")


@event.listens_for(ApprovalDecision, "before_delete")
def _refuse_delete(_mapper: object, _conn: object, target: ApprovalDecision) -> None:
    raise ImmutableRecord(f"审批记录不可删除（{target.id}）")


class Contract(Base):
    """借款合同: pending_sign (待签署) → signed (已签署) → effective (已生效); or void (已作废)."""

    __tablename__ = "contracts"
    __table_args__ = (Index("ix_contracts_application", "application_id"),)

    id: Mapped[str] = uuid_pk()
    contract_no: Mapped[str] = mapped_column(String(40), unique=True)
    application_id: Mapped[str] = mapped_column(String(36), ForeignKey("applications.id", ondelete="RESTRICT"))
    decision_id: Mapped[str] = mapped_column(String(36), ForeignKey("approval_decisions.id"))
    customer_id: Mapped[str] = mapped_column(String(36), ForeignKey("customers.id", ondelete="RESTRICT"))
    product_version_id: Mapped[str] = mapped_column(String(36), default="")
    status: Mapped[str] = mapped_column(String(16), default="pending_sign")
    amount_fen: Mapped[int] = mapped_column(Integer)
    term_months: Mapped[int] = mapped_column(Integer)
    annual_rate: Mapped[str] = mapped_column(String(20))  # nominal, fraction as decimal text
    apr: Mapped[str] = mapped_column(String(20))  # 年化利率 (simple) from the cash flows
    repayment_method: Mapped[str] = mapped_column(String(20))
    guarantee_type: Mapped[str] = mapped_column(String(12))
    start_date: Mapped[date] = mapped_column(Date)  # planned; the loan starts at disbursement
    maturity_date: Mapped[date] = mapped_column(Date)
    snapshot: Mapped[str] = mapped_column(Text)  # JSON: every printed field incl. the schedule
    fingerprint: Mapped[str] = mapped_column(String(64))
    verification_code: Mapped[str] = mapped_column(String(19))
    pdf_sha256: Mapped[str] = mapped_column(String(64))
    pdf_blob_id: Mapped[str] = mapped_column(String(36))  # the issued original, attachments.db
    pdf_size: Mapped[int] = mapped_column(Integer, default=0)
    print_count: Mapped[int] = mapped_column(Integer, default=0)  # originals + copies printed
    copy_count: Mapped[int] = mapped_column(Integer, default=0)  # of which reprints (副本)
    last_printed_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    generated_by: Mapped[str] = mapped_column(String(36), ForeignKey("users.id"))
    generated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    signed_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    signed_document_id: Mapped[str | None] = mapped_column(String(36), ForeignKey("documents.id"), nullable=True)
    signed_by: Mapped[str | None] = mapped_column(String(36), ForeignKey("users.id"), nullable=True)
    signed_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    effective_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    effective_by: Mapped[str | None] = mapped_column(String(36), ForeignKey("users.id"), nullable=True)
    voided_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    void_reason: Mapped[str] = mapped_column(String(200), default="")


class ContractPrint(Base):
    """Every print or file export of a contract: the first is the original, later ones 副本."""

    __tablename__ = "contract_prints"
    __table_args__ = (UniqueConstraint("contract_id", "print_no", name="uq_contract_prints_contract_no"),)

    id: Mapped[str] = uuid_pk()
    contract_id: Mapped[str] = mapped_column(String(36), ForeignKey("contracts.id"))
    print_no: Mapped[int] = mapped_column(Integer)  # 1 = the original
    copy: Mapped[bool] = mapped_column(Boolean, default=False)
    channel: Mapped[str] = mapped_column(String(10))  # print | file
    sha256: Mapped[str] = mapped_column(String(64))  # of the bytes handed out
    printed_by: Mapped[str] = mapped_column(String(36), ForeignKey("users.id"))
    printed_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class LoanAccount(Base):
    """The loan the post-loan module manages; created by the disbursement, one per contract."""

    __tablename__ = "loan_accounts"
    __table_args__ = (Index("ix_loan_accounts_customer", "customer_id"),)

    id: Mapped[str] = uuid_pk()
    loan_no: Mapped[str] = mapped_column(String(40), unique=True)
    contract_id: Mapped[str] = mapped_column(String(36), ForeignKey("contracts.id"), unique=True)
    application_id: Mapped[str] = mapped_column(String(36), ForeignKey("applications.id", ondelete="RESTRICT"))
    customer_id: Mapped[str] = mapped_column(String(36), ForeignKey("customers.id", ondelete="RESTRICT"))
    product_version_id: Mapped[str] = mapped_column(String(36), default="")
    status: Mapped[str] = mapped_column(String(16), default="active")  # active | closed
    principal_fen: Mapped[int] = mapped_column(Integer)
    outstanding_fen: Mapped[int] = mapped_column(Integer)
    annual_rate: Mapped[str] = mapped_column(String(20))
    penalty_uplift: Mapped[str] = mapped_column(String(20), default="0.5")
    repayment_method: Mapped[str] = mapped_column(String(20))
    day_count: Mapped[str] = mapped_column(String(12), default="30/360")
    term_months: Mapped[int] = mapped_column(Integer)
    start_date: Mapped[date] = mapped_column(Date)  # = disbursement date
    first_due_date: Mapped[date] = mapped_column(Date)
    maturity_date: Mapped[date] = mapped_column(Date)
    total_interest_fen: Mapped[int] = mapped_column(Integer)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class LoanInstallment(Base):
    """One row of the schedule as fixed at disbursement (还款计划)."""

    __tablename__ = "loan_installments"
    __table_args__ = (UniqueConstraint("loan_id", "period", name="uq_loan_installments_loan_period"),)

    id: Mapped[str] = uuid_pk()
    loan_id: Mapped[str] = mapped_column(String(36), ForeignKey("loan_accounts.id", ondelete="CASCADE"))
    period: Mapped[int] = mapped_column(Integer)
    due_date: Mapped[date] = mapped_column(Date, index=True)
    principal_fen: Mapped[int] = mapped_column(Integer)
    interest_fen: Mapped[int] = mapped_column(Integer)
    payment_fen: Mapped[int] = mapped_column(Integer)
    balance_fen: Mapped[int] = mapped_column(Integer)
    days: Mapped[int | None] = mapped_column(Integer, nullable=True)


class Disbursement(Base):
    """放款: once per contract; the voucher number links the record to the core system."""

    __tablename__ = "disbursements"

    id: Mapped[str] = uuid_pk()
    contract_id: Mapped[str] = mapped_column(String(36), ForeignKey("contracts.id"), unique=True)
    loan_id: Mapped[str] = mapped_column(String(36), ForeignKey("loan_accounts.id"), unique=True)
    disbursed_on: Mapped[date] = mapped_column(Date, index=True)
    account: Mapped[str] = mapped_column(String(40))  # borrower's account (masked on screen)
    account_name: Mapped[str] = mapped_column(String(50))
    amount_fen: Mapped[int] = mapped_column(Integer)
    voucher_no: Mapped[str] = mapped_column(String(40), unique=True)
    recorded_by: Mapped[str] = mapped_column(String(36), ForeignKey("users.id"))
    recorded_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    exported_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    note: Mapped[str] = mapped_column(String(200), default="")
