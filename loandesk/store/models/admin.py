"""Administration: the backup history shown in 系统管理 and used by rotation.

Why a table and not just the files: a USB drive may be unplugged when the admin looks, and the
rotation rule "never delete the only verified backup" needs the verification state of files it
cannot re-check cheaply. The table travels inside later backups, so history survives a restore.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import BigInteger, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from loandesk.store.models.base import Base, UTCDateTime, utcnow, uuid_pk


class BackupRecord(Base):
    """One backup attempt: a file that was written (and verified), or a failure with its message."""

    __tablename__ = "backup_history"
    id: Mapped[str] = uuid_pk()
    backup_id: Mapped[str] = mapped_column(String(36), default="", index=True)  # id inside the file
    file_name: Mapped[str] = mapped_column(String(255), default="")
    location: Mapped[str] = mapped_column(String(1000), default="")
    kind: Mapped[str] = mapped_column(String(12))  # manual | scheduled | exit
    status: Mapped[str] = mapped_column(String(12), index=True)  # ok | failed | rotated | missing
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, index=True)
    finished_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    size_bytes: Mapped[int] = mapped_column(BigInteger, default=0)
    sha256: Mapped[str] = mapped_column(String(64), default="")  # of the whole file
    # verified | failed | unverified: the state after the last check of this file
    verify_state: Mapped[str] = mapped_column(String(12), default="unverified")
    verified_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    schema_revision: Mapped[str] = mapped_column(String(32), default="")
    counts: Mapped[str] = mapped_column(Text, default="{}")  # JSON {"core": {...}, "attachments": {...}}
    audit_seq: Mapped[int] = mapped_column(Integer, default=0)
    audit_hash: Mapped[str] = mapped_column(String(64), default="")
    operator: Mapped[str] = mapped_column(String(50), default="")
    message: Mapped[str] = mapped_column(Text, default="")  # failure reason (Chinese), no personal data
    seconds: Mapped[int] = mapped_column(Integer, default=0)
