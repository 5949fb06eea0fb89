"""backup history and administration

Revision ID: 0005
Revises: 0004
"""
import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "backup_history",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("backup_id", sa.String(length=36), nullable=False),
        sa.Column("file_name", sa.String(length=255), nullable=False),
        sa.Column("location", sa.String(length=1000), nullable=False),
        sa.Column("kind", sa.String(length=12), nullable=False),
        sa.Column("status", sa.String(length=12), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("finished_at", sa.DateTime(), nullable=True),
        sa.Column("size_bytes", sa.BigInteger(), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("verify_state", sa.String(length=12), nullable=False),
        sa.Column("verified_at", sa.DateTime(), nullable=True),
        sa.Column("schema_revision", sa.String(length=32), nullable=False),
        sa.Column("counts", sa.Text(), nullable=False),
        sa.Column("audit_seq", sa.Integer(), nullable=False),
        sa.Column("audit_hash", sa.String(length=64), nullable=False),
        sa.Column("operator", sa.String(length=50), nullable=False),
        sa.Column("message", sa.Text(), nullable=False),
        sa.Column("seconds", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_backup_history")),
    )
    with op.batch_alter_table("backup_history", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_backup_history_backup_id"), ["backup_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_backup_history_status"), ["status"], unique=False)
        batch_op.create_index(batch_op.f("ix_backup_history_created_at"), ["created_at"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("backup_history", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_backup_history_created_at"))
        batch_op.drop_index(batch_op.f("ix_backup_history_status"))
        batch_op.drop_index(batch_op.f("ix_backup_history_backup_id"))
    op.drop_table("backup_history")
