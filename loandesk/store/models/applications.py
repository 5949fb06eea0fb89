"""Loan products (immutable versions, LPR history), applications and their review/risk records.

Why the shapes:
* A product is a name and a code; what it *means* lives in ``product_versions``, which are never
  changed after creation. An application keeps the version id it was made under, so a later change
  of rate, checklist or limits never rewrites the terms a customer applied for (issue 5 relies on it).
* ``applications.state`` is the state machine's code (``domain.application_states``);
  ``state_changed_at`` drives "age in queue". Every transition appends an ``application_events``
  row (who, when, from, to, comment) in the same transaction as the change.
* Review results and risk assessments are append-only histories (a new round adds a row), and keep
  the rule-set version, pack version and the exact inputs they saw, so a decision can be explained
  later (PIPL art. 24) even after the customer record changed.
* The blacklist and the installed rule sets are head-office reference data.

Money is integer fen; rates are exact decimal strings ("0.0435"); dates are dates.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Boolean, Date, Float, ForeignKey, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from loandesk.store.models.base import Base, UTCDateTime, utcnow, uuid_pk


class LoanProduct(Base):
    __tablename__ = "loan_products"

    id: Mapped[str] = uuid_pk()
    code: Mapped[str] = mapped_column(String(40), unique=True)
    name: Mapped[str] = mapped_column(String(60))
    product_type: Mapped[str] = mapped_column(String(40))
    status: Mapped[str] = mapped_column(String(10), default="active")  # active | retired
    current_version_no: Mapped[int] = mapped_column(Integer, default=1)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class ProductVersion(Base):
    """One immutable set of product terms. Never updated: a change creates the next version."""

    __tablename__ = "product_versions"
    __table_args__ = (UniqueConstraint("product_id", "version_no", name="uq_product_versions_product_version"),)

    id: Mapped[str] = uuid_pk()
    product_id: Mapped[str] = mapped_column(String(36), ForeignKey("loan_products.id", ondelete="RESTRICT"))
    version_no: Mapped[int] = mapped_column(Integer)
    name: Mapped[str] = mapped_column(String(60))
    product_type: Mapped[str] = mapped_column(String(40))
    description: Mapped[str] = mapped_column(Text, default="")
    min_amount_fen: Mapped[int] = mapped_column(Integer)
    max_amount_fen: Mapped[int] = mapped_column(Integer)
    min_term_months: Mapped[int] = mapped_column(Integer)
    max_term_months: Mapped[int] = mapped_column(Integer)
    repayment_methods: Mapped[str] = mapped_column(Text)  # JSON list of domain.schedule method codes
    rate_type: Mapped[str] = mapped_column(String(10))  # fixed | lpr
    annual_rate: Mapped[str] = mapped_column(String(20), default="")  # fixed: fraction as decimal text
    lpr_tenor: Mapped[str] = mapped_column(String(4), default="")  # lpr: 1y | 5y
    spread_bp: Mapped[int] = mapped_column(Integer, default=0)  # lpr: + spread in basis points
    penalty_uplift: Mapped[str] = mapped_column(String(20), default="0.5")  # overdue: rate × (1 + x)
    misuse_uplift: Mapped[str] = mapped_column(String(20), default="1.0")  # 挪用: rate × (1 + x)
    day_count: Mapped[str] = mapped_column(String(12), default="30/360")
    guarantee_types: Mapped[str] = mapped_column(Text)  # JSON list: credit|guarantor|mortgage|pledge|group
    checklist: Mapped[str] = mapped_column(Text)  # JSON, domain.documents.Checklist.to_dict()
    min_age: Mapped[int] = mapped_column(Integer, default=18)
    max_age: Mapped[int] = mapped_column(Integer, default=65)
    max_age_at_maturity: Mapped[int] = mapped_column(Integer, default=65)
    dti_limit: Mapped[str] = mapped_column(String(20), default="0.55")  # fraction
    rule_set_id: Mapped[str] = mapped_column(String(40), default="default")
    scorecard_pack_id: Mapped[str] = mapped_column(String(60), default="default")
    effective_from: Mapped[date] = mapped_column(Date)
    change_note: Mapped[str] = mapped_column(String(200), default="")
    created_by: Mapped[str | None] = mapped_column(String(36), ForeignKey("users.id"), nullable=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class LprRate(Base):
    """Published Loan Prime Rates (全国银行间同业拆借中心, the 20th of each month)."""

    __tablename__ = "lpr_rates"
    __table_args__ = (UniqueConstraint("tenor", "effective_on", name="uq_lpr_rates_tenor_effective"),)

    id: Mapped[str] = uuid_pk()
    tenor: Mapped[str] = mapped_column(String(4))  # 1y | 5y
    effective_on: Mapped[date] = mapped_column(Date)
    rate: Mapped[str] = mapped_column(String(20))  # fraction as decimal text
    note: Mapped[str] = mapped_column(String(100), default="")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class Application(Base):
    __tablename__ = "applications"
    __table_args__ = (
        Index("ix_applications_state_changed", "state", "state_changed_at"),
        Index("ix_applications_customer", "customer_id"),
        Index("ix_applications_created_by", "created_by"),
    )

    id: Mapped[str] = uuid_pk()
    application_no: Mapped[str] = mapped_column(String(32), unique=True)
    customer_id: Mapped[str] = mapped_column(String(36), ForeignKey("customers.id", ondelete="RESTRICT"))
    product_id: Mapped[str] = mapped_column(String(36), ForeignKey("loan_products.id"))
    product_version_id: Mapped[str] = mapped_column(String(36), ForeignKey("product_versions.id"))
    amount_fen: Mapped[int] = mapped_column(Integer)
    term_months: Mapped[int] = mapped_column(Integer)
    purpose: Mapped[str] = mapped_column(String(20))  # risk.features purpose code
    purpose_detail: Mapped[str] = mapped_column(String(200), default="")
    repayment_method: Mapped[str] = mapped_column(String(20))
    guarantee_type: Mapped[str] = mapped_column(String(12))
    annual_rate: Mapped[str] = mapped_column(String(20))  # quoted at entry from the product version
    est_monthly_payment_fen: Mapped[int] = mapped_column(Integer, default=0)
    statement_monthly_income_fen: Mapped[int | None] = mapped_column(Integer, nullable=True)  # 流水月均入账
    state: Mapped[str] = mapped_column(String(24), default="draft")
    state_changed_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    created_by: Mapped[str] = mapped_column(String(36), ForeignKey("users.id"))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    submitted_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    assigned_to: Mapped[str | None] = mapped_column(String(36), ForeignKey("users.id"), nullable=True)
    assigned_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    reviewed_by: Mapped[str | None] = mapped_column(String(36), ForeignKey("users.id"), nullable=True)
    reviewed_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    review_round: Mapped[int] = mapped_column(Integer, default=0)
    supplement_items: Mapped[str] = mapped_column(Text, default="[]")  # JSON [[name, reason, note], …]
    supplement_deadline: Mapped[date | None] = mapped_column(Date, nullable=True)
    supplement_count: Mapped[int] = mapped_column(Integer, default=0)
    last_comment: Mapped[str] = mapped_column(Text, default="")
    version: Mapped[int] = mapped_column(Integer, default=1)


class ApplicationParty(Base):
    """Guarantor, 联保 member or co-borrower on one application, copied at entry (the record of
    who guarantees *this* loan, even if the customer's contact list changes later)."""

    __tablename__ = "application_parties"
    __table_args__ = (Index("ix_application_parties_application", "application_id", "position"),
                      Index("ix_application_parties_id_number", "id_number"))

    id: Mapped[str] = uuid_pk()
    application_id: Mapped[str] = mapped_column(String(36), ForeignKey("applications.id", ondelete="RESTRICT"))
    position: Mapped[int] = mapped_column(Integer, default=0)
    role: Mapped[str] = mapped_column(String(16))  # guarantor | group_member | co_borrower
    name: Mapped[str] = mapped_column(String(50))
    id_number: Mapped[str] = mapped_column(String(18), default="")
    relation: Mapped[str] = mapped_column(String(20), default="")
    phone: Mapped[str] = mapped_column(String(30), default="")
    customer_id: Mapped[str | None] = mapped_column(String(36), ForeignKey("customers.id"), nullable=True)
    monthly_income_fen: Mapped[int | None] = mapped_column(Integer, nullable=True)
    id_valid_to: Mapped[date | None] = mapped_column(Date, nullable=True)
    id_long_term: Mapped[bool] = mapped_column(Boolean, default=False)
    credit_auth: Mapped[str] = mapped_column(String(10), default="")  # "" unknown | signed | missing


class ApplicationEvent(Base):
    """State-transition history (and assignment changes); append-only."""

    __tablename__ = "application_events"
    __table_args__ = (UniqueConstraint("application_id", "seq", name="uq_application_events_application_seq"),)

    id: Mapped[str] = uuid_pk()
    application_id: Mapped[str] = mapped_column(String(36), ForeignKey("applications.id", ondelete="RESTRICT"))
    seq: Mapped[int] = mapped_column(Integer)
    action: Mapped[str] = mapped_column(String(32))
    from_state: Mapped[str] = mapped_column(String(24))
    to_state: Mapped[str] = mapped_column(String(24))
    actor_id: Mapped[str | None] = mapped_column(String(36), ForeignKey("users.id"), nullable=True)
    actor_name: Mapped[str] = mapped_column(String(50), default="")
    at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    comment: Mapped[str] = mapped_column(Text, default="")
    details: Mapped[str] = mapped_column(Text, default="{}")


class ReviewResult(Base):
    """One review round's outcome: the rule results as seen, the decision and the comment."""

    __tablename__ = "review_results"
    __table_args__ = (Index("ix_review_results_application", "application_id", "round"),)

    id: Mapped[str] = uuid_pk()
    application_id: Mapped[str] = mapped_column(String(36), ForeignKey("applications.id", ondelete="RESTRICT"))
    round: Mapped[int] = mapped_column(Integer)
    decision: Mapped[str] = mapped_column(String(12))  # pass | supplement | reject
    reviewer_id: Mapped[str] = mapped_column(String(36), ForeignKey("users.id"))
    reviewer_name: Mapped[str] = mapped_column(String(50), default="")
    at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    comment: Mapped[str] = mapped_column(Text, default="")
    rule_set_id: Mapped[str] = mapped_column(String(40))
    rule_set_version: Mapped[str] = mapped_column(String(20))
    results: Mapped[str] = mapped_column(Text, default="[]")  # JSON list of RuleResult.to_dict()
    blocking_count: Mapped[int] = mapped_column(Integer, default=0)
    warning_count: Mapped[int] = mapped_column(Integer, default=0)
    needed_items: Mapped[str] = mapped_column(Text, default="[]")
    notice_no: Mapped[str] = mapped_column(String(40), default="")


class RiskAssessment(Base):
    """One scoring of an application: score, PD, grade, reasons, hard rules, the inputs it used."""

    __tablename__ = "risk_assessments"
    __table_args__ = (UniqueConstraint("application_id", "seq", name="uq_risk_assessments_application_seq"),)

    id: Mapped[str] = uuid_pk()
    application_id: Mapped[str] = mapped_column(String(36), ForeignKey("applications.id", ondelete="RESTRICT"))
    seq: Mapped[int] = mapped_column(Integer)
    assessed_by: Mapped[str] = mapped_column(String(36), ForeignKey("users.id"))
    assessed_by_name: Mapped[str] = mapped_column(String(50), default="")
    assessed_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    pack_id: Mapped[str] = mapped_column(String(60))  # pack model_version
    score: Mapped[int] = mapped_column(Integer)
    pd: Mapped[float] = mapped_column(Float)
    grade: Mapped[str] = mapped_column(String(2))
    contributions: Mapped[str] = mapped_column(Text, default="[]")  # JSON [[field, label, bin, points], …]
    reasons: Mapped[str] = mapped_column(Text, default="[]")
    reason_codes: Mapped[str] = mapped_column(Text, default="[]")
    warnings: Mapped[str] = mapped_column(Text, default="[]")
    hard_rules: Mapped[str] = mapped_column(Text, default="[]")  # JSON list of RuleResult.to_dict()
    hard_block: Mapped[bool] = mapped_column(Boolean, default=False)
    rule_set_version: Mapped[str] = mapped_column(String(20), default="")
    dti: Mapped[str] = mapped_column(String(20), default="")  # fraction as decimal text, "" = unknown
    suggestion: Mapped[str] = mapped_column(String(12))  # approve | manual | decline
    suggestion_text: Mapped[str] = mapped_column(Text, default="")
    inputs: Mapped[str] = mapped_column(Text, default="{}")  # JSON ApplicantFeatures + facts used
    report_file_id: Mapped[str | None] = mapped_column(String(36), nullable=True)


class ApplicationFile(Base):
    """A generated PDF kept with the application (risk report, 补件通知书); bytes in attachments.db."""

    __tablename__ = "application_files"
    __table_args__ = (Index("ix_application_files_application", "application_id"),
                      Index("ix_application_files_blob_id", "blob_id"))

    id: Mapped[str] = uuid_pk()
    application_id: Mapped[str] = mapped_column(String(36), ForeignKey("applications.id", ondelete="RESTRICT"))
    kind: Mapped[str] = mapped_column(String(20))  # risk_report | supplement_notice
    title: Mapped[str] = mapped_column(String(100), default="")
    blob_id: Mapped[str] = mapped_column(String(36))
    sha256: Mapped[str] = mapped_column(String(64))
    size: Mapped[int] = mapped_column(Integer)
    mime: Mapped[str] = mapped_column(String(50), default="application/pdf")
    created_by: Mapped[str | None] = mapped_column(String(36), ForeignKey("users.id"), nullable=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class BlacklistEntry(Base):
    """Head-office blacklist (失信/欺诈/恶意逃废债), matched on the 18-digit ID number."""

    __tablename__ = "blacklist_entries"

    id: Mapped[str] = uuid_pk()
    id_number: Mapped[str] = mapped_column(String(18), index=True)
    name: Mapped[str] = mapped_column(String(50), default="")
    reason: Mapped[str] = mapped_column(String(200))
    source: Mapped[str] = mapped_column(String(50), default="总行")
    listed_on: Mapped[date] = mapped_column(Date)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    created_by: Mapped[str | None] = mapped_column(String(36), ForeignKey("users.id"), nullable=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class ReviewRuleSetRecord(Base):
    """A rule set installed from head office (the JSON as received); the newest active one wins."""

    __tablename__ = "review_rule_sets"
    __table_args__ = (UniqueConstraint("rule_set_id", "version", name="uq_review_rule_sets_id_version"),)

    id: Mapped[str] = uuid_pk()
    rule_set_id: Mapped[str] = mapped_column(String(40))
    version: Mapped[str] = mapped_column(String(20))
    name: Mapped[str] = mapped_column(String(100))
    content: Mapped[str] = mapped_column(Text)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    installed_by: Mapped[str | None] = mapped_column(String(36), ForeignKey("users.id"), nullable=True)
    installed_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
