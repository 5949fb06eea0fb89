"""Customers: searchable core row, 1:1 profile (the long tail), contacts/guarantors, consents.

Why this shape:
* ``customers`` stays narrow: only what lists, search and filters need, so a million rows page
  quickly. Everything else a clerk records lives in ``customer_profiles`` (read on open only).
* ``sn`` is a stable integer alias used as the FTS5 rowid (the UUID stays the primary key that
  head office merges on; an implicit SQLite rowid would be renumbered by VACUUM).
* The reversed ID/mobile and the name suffix key are indexed columns, so suffix ("last four
  digits") search is a B-tree range scan; ORM events keep them derived.
* The trigram index ``customer_fts`` reads its text through the view ``customer_search_keys``
  (nothing stored twice); triggers in migration 0002 keep it in step inside the same transaction
  as the row (see loandesk/store/search.py).
* Money is integer fen, areas integer hundredths of a mu, dates are ``date``.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Date, ForeignKey, Index, Integer, String, Text, event, text
from sqlalchemy.orm import Mapped, mapped_column

from loandesk.store.models.base import Base, UTCDateTime, utcnow, uuid_pk

# Kinds, statuses, roles: plain strings in the DB, the Chinese labels live in the service.
KINDS = ("individual", "farmer", "business")
STATUSES = ("active", "archived")
CONTACT_ROLES = ("guarantor", "contact", "spouse")
CONSENT_KINDS = ("pi_sensitive", "credit_query")

NAME_REV_LEN = 8



# The text the trigram index holds for a customer, as SQL over a row alias (the view
# customer_search_keys, the FTS triggers and the substring check in store/search.py all use it).
def search_keys_sql(alias: str) -> str:
    a = f"{alias}." if alias else ""
    return f"{a}name||' '||coalesce({a}business_name,'')||' '||{a}id_number||' '||coalesce({a}mobile,'')"


def search_columns(name: str, id_number: str, mobile: str | None) -> dict[str, str | None]:
    """The reversed keys stored on every customer row for suffix ("tail") search.

    Plain columns computed here, not SQLite generated columns: measured on SQLCipher, VIRTUAL or
    STORED generated columns on this NOT NULL-heavy table made each INSERT ~10x slower. The ORM
    events below fill them for every ORM writer; bulk writers call this function themselves.
    """
    return {
        "id_rev": id_number[::-1],
        "mobile_rev": mobile[::-1] if mobile else None,
        "name_rev": name[::-1][:NAME_REV_LEN],
    }


class Customer(Base):
    __tablename__ = "customers"

    id: Mapped[str] = uuid_pk()
    sn: Mapped[int] = mapped_column(Integer)
    customer_no: Mapped[str] = mapped_column(String(32))
    kind: Mapped[str] = mapped_column(String(16), default="individual")
    name: Mapped[str] = mapped_column(String(50))
    name_pinyin: Mapped[str] = mapped_column(String(200), default="")
    name_initials: Mapped[str] = mapped_column(String(50), default="")
    business_name: Mapped[str | None] = mapped_column(String(100), nullable=True)
    uscc: Mapped[str | None] = mapped_column(String(18), nullable=True)
    gender: Mapped[str] = mapped_column(String(8))
    ethnicity: Mapped[str] = mapped_column(String(20), default="")
    birth_date: Mapped[date] = mapped_column(Date)
    id_kind: Mapped[str] = mapped_column(String(16), default="resident")  # resident|foreigner|permit
    id_number: Mapped[str] = mapped_column(String(18))
    id_number_original: Mapped[str | None] = mapped_column(String(20), nullable=True)  # 15-digit as typed
    id_issuer: Mapped[str] = mapped_column(String(100), default="")
    id_valid_from: Mapped[date | None] = mapped_column(Date, nullable=True)
    id_valid_to: Mapped[date | None] = mapped_column(Date, nullable=True)  # None = 长期
    mobile: Mapped[str | None] = mapped_column(String(11), nullable=True)
    status: Mapped[str] = mapped_column(String(10), default="active")
    assigned_clerk_id: Mapped[str | None] = mapped_column(ForeignKey("users.id"), nullable=True)
    # Date of the signed consent on record (latest); the history is in customer_consents.
    pi_consent_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    credit_consent_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    created_by: Mapped[str | None] = mapped_column(String(36), nullable=True)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    updated_by: Mapped[str | None] = mapped_column(String(36), nullable=True)
    archived_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    archived_by: Mapped[str | None] = mapped_column(String(36), nullable=True)
    archive_reason: Mapped[str] = mapped_column(String(200), default="")
    version: Mapped[int] = mapped_column(Integer, default=1)

    # derived by search_columns(): reversed keys for suffix ("tail") search
    id_rev: Mapped[str] = mapped_column(String(18), default="")
    mobile_rev: Mapped[str | None] = mapped_column(String(11), nullable=True)
    name_rev: Mapped[str] = mapped_column(String(8), default="")

    __table_args__ = (
        # Unique *indexes* rather than UNIQUE constraints: a bulk load may drop and rebuild them
        # (the rebuild re-checks uniqueness), which a constraint's autoindex would not allow.
        Index("uq_customers_sn", "sn", unique=True),
        Index("uq_customers_customer_no", "customer_no", unique=True),
        Index("uq_customers_id_number", "id_number", unique=True),
        # (key, sn): ordered prefix scans return sn without touching the table.
        Index("ix_customers_name_sn", "name", "sn"),
        Index("ix_customers_name_rev_sn", "name_rev", "sn"),
        Index("ix_customers_name_initials_sn", "name_initials", "sn"),
        Index("ix_customers_name_pinyin_sn", "name_pinyin", "sn"),
        Index("ix_customers_id_rev_sn", "id_rev", "sn"),
        Index("ix_customers_mobile_sn", "mobile", "sn"),
        Index("ix_customers_mobile_rev_sn", "mobile_rev", "sn"),
        Index("ix_customers_created_at_sn", "created_at", "sn"),
        Index("ix_customers_clerk_created", "assigned_clerk_id", "created_at"),  # "my customers"
        Index("ix_customers_business_name_sn", "business_name", "sn",
              sqlite_where=text("business_name IS NOT NULL")),
        # Long names only (compound surnames, minority names: a few percent): a scan finds one or two
        # characters inside them, which neither the prefix/suffix indexes nor trigrams can (0007).
        Index("ix_customers_long_name_sn", "name", "sn", sqlite_where=text("length(name) >= 4")),
        Index("ix_customers_uscc", "uscc", sqlite_where=text("uscc IS NOT NULL")),
        Index("ix_customers_archived_sn", "sn", sqlite_where=text("status = 'archived'")),
    )


class CustomerProfile(Base):
    """The long tail of the intake form, one row per customer (loaded only when a record opens)."""

    __tablename__ = "customer_profiles"
    # Only ever read by its key: WITHOUT ROWID drops the separate primary-key index SQLite would keep.
    __table_args__ = {"sqlite_with_rowid": False}

    customer_id: Mapped[str] = mapped_column(ForeignKey("customers.id"), primary_key=True)
    marital_status: Mapped[str] = mapped_column(String(16), default="")  # single|married|divorced|widowed
    education: Mapped[str] = mapped_column(String(16), default="")
    phone_other: Mapped[str] = mapped_column(String(30), default="")
    wechat: Mapped[str] = mapped_column(String(50), default="")
    hukou_region_code: Mapped[str] = mapped_column(String(6), default="")
    hukou_address: Mapped[str] = mapped_column(String(200), default="")
    current_region_code: Mapped[str] = mapped_column(String(6), default="")
    current_address: Mapped[str] = mapped_column(String(200), default="")
    current_address_years: Mapped[int | None] = mapped_column(Integer, nullable=True)
    occupation: Mapped[str] = mapped_column(String(50), default="")
    employer: Mapped[str] = mapped_column(String(100), default="")
    industry: Mapped[str] = mapped_column(String(50), default="")
    position: Mapped[str] = mapped_column(String(50), default="")
    years_employed: Mapped[int | None] = mapped_column(Integer, nullable=True)
    monthly_income_fen: Mapped[int | None] = mapped_column(Integer, nullable=True)
    income_source: Mapped[str] = mapped_column(String(100), default="")
    household_income_fen: Mapped[int | None] = mapped_column(Integer, nullable=True)  # per year
    housing_type: Mapped[str] = mapped_column(String(16), default="")  # own|mortgage|rent|family|other
    real_estate_count: Mapped[int | None] = mapped_column(Integer, nullable=True)
    real_estate_value_fen: Mapped[int | None] = mapped_column(Integer, nullable=True)
    vehicle_count: Mapped[int | None] = mapped_column(Integer, nullable=True)
    vehicle_value_fen: Mapped[int | None] = mapped_column(Integer, nullable=True)
    deposits_fen: Mapped[int | None] = mapped_column(Integer, nullable=True)
    investments_fen: Mapped[int | None] = mapped_column(Integer, nullable=True)
    land_area_mu100: Mapped[int | None] = mapped_column(Integer, nullable=True)  # 土地承包经营权, 1/100 亩
    land_certificate_no: Mapped[str] = mapped_column(String(50), default="")
    loans_here_count: Mapped[int | None] = mapped_column(Integer, nullable=True)
    loans_here_balance_fen: Mapped[int | None] = mapped_column(Integer, nullable=True)
    loans_elsewhere_count: Mapped[int | None] = mapped_column(Integer, nullable=True)
    loans_elsewhere_balance_fen: Mapped[int | None] = mapped_column(Integer, nullable=True)
    monthly_repayment_fen: Mapped[int | None] = mapped_column(Integer, nullable=True)
    household_size: Mapped[int | None] = mapped_column(Integer, nullable=True)
    dependants: Mapped[int | None] = mapped_column(Integer, nullable=True)
    bank_account_type: Mapped[str] = mapped_column(String(16), default="")  # card|passbook|other
    bank_account_no: Mapped[str] = mapped_column(String(40), default="")
    bank_name: Mapped[str] = mapped_column(String(100), default="")
    credit_report_date: Mapped[date | None] = mapped_column(Date, nullable=True)
    credit_overdue_count: Mapped[int | None] = mapped_column(Integer, nullable=True)  # 累计逾期次数
    credit_overdue_max_months: Mapped[int | None] = mapped_column(Integer, nullable=True)  # 最长逾期月数
    credit_current_overdue_fen: Mapped[int | None] = mapped_column(Integer, nullable=True)  # 当前逾期金额
    credit_inquiries_6m: Mapped[int | None] = mapped_column(Integer, nullable=True)
    credit_lender_count: Mapped[int | None] = mapped_column(Integer, nullable=True)
    notes: Mapped[str] = mapped_column(Text, default="")


class CustomerContact(Base):
    """Spouse, guarantors and emergency contacts (each with an ID number where the role needs one)."""

    __tablename__ = "customer_contacts"

    id: Mapped[str] = uuid_pk()
    customer_id: Mapped[str] = mapped_column(ForeignKey("customers.id"), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    role: Mapped[str] = mapped_column(String(16))
    name: Mapped[str] = mapped_column(String(50))
    id_number: Mapped[str] = mapped_column(String(18), default="", index=True)
    relation: Mapped[str] = mapped_column(String(20), default="")
    phone: Mapped[str] = mapped_column(String(30), default="")
    employer: Mapped[str] = mapped_column(String(100), default="")
    monthly_income_fen: Mapped[int | None] = mapped_column(Integer, nullable=True)
    notes: Mapped[str] = mapped_column(String(200), default="")


class CustomerConsent(Base):
    """A signed authorisation on record (PIPL art. 29 单独同意, 征信业管理条例 art. 18 查询授权)."""

    __tablename__ = "customer_consents"
    __table_args__ = {"sqlite_with_rowid": False}

    id: Mapped[str] = uuid_pk()
    customer_id: Mapped[str] = mapped_column(ForeignKey("customers.id"), index=True)
    kind: Mapped[str] = mapped_column(String(20))
    signed_on: Mapped[date] = mapped_column(Date)
    scope: Mapped[str] = mapped_column(String(500), default="")
    document_id: Mapped[str | None] = mapped_column(String(36), nullable=True)
    recorded_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    recorded_by: Mapped[str | None] = mapped_column(String(36), nullable=True)
    revoked_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)


@event.listens_for(Customer, "before_insert")
@event.listens_for(Customer, "before_update")
def _derive_search_columns(_mapper: object, _conn: object, target: Customer) -> None:
    for key, value in search_columns(target.name, target.id_number, target.mobile).items():
        if getattr(target, key) != value:
            setattr(target, key, value)
