"""Metadata of customer documents (ID scans, proofs, credit reports).

The bytes live in `attachments.db` (store/attachments.py), keyed by `blob_id`; this row is what
lists, checklists and the audit trail work with, so the core database stays small and fast.
Rows are never deleted (AML retention, domain-rules §7): a wrong upload is voided instead.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Date, ForeignKey, Index, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from loandesk.store.models.base import Base, UTCDateTime, utcnow, uuid_pk


class Document(Base):
    __tablename__ = "documents"
    __table_args__ = (
        Index("ix_documents_customer_type", "customer_id", "doc_type"),
        Index("ix_documents_blob_id", "blob_id"),
    )

    id: Mapped[str] = uuid_pk()
    customer_id: Mapped[str] = mapped_column(String(36), ForeignKey("customers.id", ondelete="RESTRICT"))
    doc_type: Mapped[str] = mapped_column(String(30))  # domain.documents.DocType value
    status: Mapped[str] = mapped_column(String(10), default="active")  # active | void
    original_name: Mapped[str] = mapped_column(String(120), default="")  # sanitised, display only
    mime: Mapped[str] = mapped_column(String(50))  # of the stored (normalised) bytes
    source_mime: Mapped[str] = mapped_column(String(50), default="")  # of the uploaded file
    pages: Mapped[int] = mapped_column(Integer, default=1)
    width: Mapped[int] = mapped_column(Integer, default=0)  # first page, pixels (0 for PDF)
    height: Mapped[int] = mapped_column(Integer, default=0)
    size: Mapped[int] = mapped_column(Integer)  # stored bytes
    sha256: Mapped[str] = mapped_column(String(64))  # of the stored bytes (checked on read)
    source_sha256: Mapped[str] = mapped_column(String(64), default="")  # of the upload (duplicate check)
    blob_id: Mapped[str] = mapped_column(String(36))  # attachments.db blobs.id (other file: no FK)
    issued_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    valid_until: Mapped[date | None] = mapped_column(Date, nullable=True)
    uploaded_by: Mapped[str | None] = mapped_column(String(36), ForeignKey("users.id"), nullable=True)
    uploaded_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    note: Mapped[str] = mapped_column(String(200), default="")
    voided_by: Mapped[str | None] = mapped_column(String(36), ForeignKey("users.id"), nullable=True)
    voided_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    void_reason: Mapped[str] = mapped_column(String(200), default="")
