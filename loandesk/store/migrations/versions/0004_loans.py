"""approvals (append-only, trigger-guarded), contracts and their prints, loan accounts, schedules,
disbursements

Revision ID: 0004
Revises: 0003

Written by hand (no model imports: a migration must keep meaning what it meant when released).
"""
import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

# The approval record cannot be edited afterwards (issue 5): not through the ORM (mapper events)
# and not through raw SQL either. RAISE(ABORT) rolls back the statement with this message.
TRIGGERS = (
    "CREATE TRIGGER approval_decisions_no_update BEFORE UPDATE ON approval_decisions "
    "BEGIN SELECT RAISE(ABORT, 'approval decisions are immutable: 审批记录不可修改'); END",
    "CREATE TRIGGER approval_decisions_no_delete BEFORE DELETE ON approval_decisions "
    "BEGIN SELECT RAISE(ABORT, 'approval decisions are immutable: 审批记录不可删除'); END",
)


def upgrade() -> None:
    op.create_table(
        "approval_decisions",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("application_id", sa.String(length=36), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("round", sa.Integer(), nullable=False),
        sa.Column("level", sa.Integer(), nullable=False),
        sa.Column("decision", sa.String(length=12), nullable=False),
        sa.Column("opinion", sa.Text(), nullable=False),
        sa.Column("requested_amount_fen", sa.Integer(), nullable=False),
        sa.Column("requested_term_months", sa.Integer(), nullable=False),
        sa.Column("amount_fen", sa.Integer(), nullable=False),
        sa.Column("term_months", sa.Integer(), nullable=False),
        sa.Column("approver_id", sa.String(length=36), nullable=False),
        sa.Column("approver_name", sa.String(length=50), nullable=False),
        sa.Column("approver_limit_fen", sa.Integer(), nullable=False),
        sa.Column("product_version_id", sa.String(length=36), nullable=False),
        sa.Column("risk_summary", sa.Text(), nullable=False),
        sa.Column("decided_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(["application_id"], ["applications.id"],
                                name=op.f("fk_approval_decisions_application_id_applications"), ondelete="RESTRICT"),
        sa.ForeignKeyConstraint(["approver_id"], ["users.id"], name=op.f("fk_approval_decisions_approver_id_users")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_approval_decisions")),
        sa.UniqueConstraint("application_id", "seq", name="uq_approval_decisions_application_seq"),
    )
    with op.batch_alter_table("approval_decisions", schema=None) as batch_op:
        batch_op.create_index("ix_approval_decisions_application", ["application_id", "seq"], unique=False)
    for ddl in TRIGGERS:
        op.execute(ddl)

    op.create_table(
        "contracts",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("contract_no", sa.String(length=40), nullable=False),
        sa.Column("application_id", sa.String(length=36), nullable=False),
        sa.Column("decision_id", sa.String(length=36), nullable=False),
        sa.Column("customer_id", sa.String(length=36), nullable=False),
        sa.Column("product_version_id", sa.String(length=36), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("amount_fen", sa.Integer(), nullable=False),
        sa.Column("term_months", sa.Integer(), nullable=False),
        sa.Column("annual_rate", sa.String(length=20), nullable=False),
        sa.Column("apr", sa.String(length=20), nullable=False),
        sa.Column("repayment_method", sa.String(length=20), nullable=False),
        sa.Column("guarantee_type", sa.String(length=12), nullable=False),
        sa.Column("start_date", sa.Date(), nullable=False),
        sa.Column("maturity_date", sa.Date(), nullable=False),
        sa.Column("snapshot", sa.Text(), nullable=False),
        sa.Column("fingerprint", sa.String(length=64), nullable=False),
        sa.Column("verification_code", sa.String(length=19), nullable=False),
        sa.Column("pdf_sha256", sa.String(length=64), nullable=False),
        sa.Column("pdf_blob_id", sa.String(length=36), nullable=False),
        sa.Column("pdf_size", sa.Integer(), nullable=False),
        sa.Column("print_count", sa.Integer(), nullable=False),
        sa.Column("copy_count", sa.Integer(), nullable=False),
        sa.Column("last_printed_at", sa.DateTime(), nullable=True),
        sa.Column("generated_by", sa.String(length=36), nullable=False),
        sa.Column("generated_at", sa.DateTime(), nullable=False),
        sa.Column("signed_on", sa.Date(), nullable=True),
        sa.Column("signed_document_id", sa.String(length=36), nullable=True),
        sa.Column("signed_by", sa.String(length=36), nullable=True),
        sa.Column("signed_at", sa.DateTime(), nullable=True),
        sa.Column("effective_on", sa.Date(), nullable=True),
        sa.Column("effective_by", sa.String(length=36), nullable=True),
        sa.Column("voided_at", sa.DateTime(), nullable=True),
        sa.Column("void_reason", sa.String(length=200), nullable=False),
        sa.ForeignKeyConstraint(["application_id"], ["applications.id"],
                                name=op.f("fk_contracts_application_id_applications"), ondelete="RESTRICT"),
        sa.ForeignKeyConstraint(["customer_id"], ["customers.id"],
                                name=op.f("fk_contracts_customer_id_customers"), ondelete="RESTRICT"),
        sa.ForeignKeyConstraint(["decision_id"], ["approval_decisions.id"],
                                name=op.f("fk_contracts_decision_id_approval_decisions")),
        sa.ForeignKeyConstraint(["effective_by"], ["users.id"], name=op.f("fk_contracts_effective_by_users")),
        sa.ForeignKeyConstraint(["generated_by"], ["users.id"], name=op.f("fk_contracts_generated_by_users")),
        sa.ForeignKeyConstraint(["signed_by"], ["users.id"], name=op.f("fk_contracts_signed_by_users")),
        sa.ForeignKeyConstraint(["signed_document_id"], ["documents.id"],
                                name=op.f("fk_contracts_signed_document_id_documents")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_contracts")),
        sa.UniqueConstraint("contract_no", name=op.f("uq_contracts_contract_no")),
    )
    with op.batch_alter_table("contracts", schema=None) as batch_op:
        batch_op.create_index("ix_contracts_application", ["application_id"], unique=False)

    op.create_table(
        "contract_prints",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("contract_id", sa.String(length=36), nullable=False),
        sa.Column("print_no", sa.Integer(), nullable=False),
        sa.Column("copy", sa.Boolean(), nullable=False),
        sa.Column("channel", sa.String(length=10), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("printed_by", sa.String(length=36), nullable=False),
        sa.Column("printed_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(["contract_id"], ["contracts.id"], name=op.f("fk_contract_prints_contract_id_contracts")),
        sa.ForeignKeyConstraint(["printed_by"], ["users.id"], name=op.f("fk_contract_prints_printed_by_users")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_contract_prints")),
        sa.UniqueConstraint("contract_id", "print_no", name="uq_contract_prints_contract_no"),
    )

    op.create_table(
        "loan_accounts",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("loan_no", sa.String(length=40), nullable=False),
        sa.Column("contract_id", sa.String(length=36), nullable=False),
        sa.Column("application_id", sa.String(length=36), nullable=False),
        sa.Column("customer_id", sa.String(length=36), nullable=False),
        sa.Column("product_version_id", sa.String(length=36), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("principal_fen", sa.Integer(), nullable=False),
        sa.Column("outstanding_fen", sa.Integer(), nullable=False),
        sa.Column("annual_rate", sa.String(length=20), nullable=False),
        sa.Column("penalty_uplift", sa.String(length=20), nullable=False),
        sa.Column("repayment_method", sa.String(length=20), nullable=False),
        sa.Column("day_count", sa.String(length=12), nullable=False),
        sa.Column("term_months", sa.Integer(), nullable=False),
        sa.Column("start_date", sa.Date(), nullable=False),
        sa.Column("first_due_date", sa.Date(), nullable=False),
        sa.Column("maturity_date", sa.Date(), nullable=False),
        sa.Column("total_interest_fen", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(["application_id"], ["applications.id"],
                                name=op.f("fk_loan_accounts_application_id_applications"), ondelete="RESTRICT"),
        sa.ForeignKeyConstraint(["contract_id"], ["contracts.id"], name=op.f("fk_loan_accounts_contract_id_contracts")),
        sa.ForeignKeyConstraint(["customer_id"], ["customers.id"],
                                name=op.f("fk_loan_accounts_customer_id_customers"), ondelete="RESTRICT"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_loan_accounts")),
        sa.UniqueConstraint("contract_id", name=op.f("uq_loan_accounts_contract_id")),
        sa.UniqueConstraint("loan_no", name=op.f("uq_loan_accounts_loan_no")),
    )
    with op.batch_alter_table("loan_accounts", schema=None) as batch_op:
        batch_op.create_index("ix_loan_accounts_customer", ["customer_id"], unique=False)

    op.create_table(
        "loan_installments",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("loan_id", sa.String(length=36), nullable=False),
        sa.Column("period", sa.Integer(), nullable=False),
        sa.Column("due_date", sa.Date(), nullable=False),
        sa.Column("principal_fen", sa.Integer(), nullable=False),
        sa.Column("interest_fen", sa.Integer(), nullable=False),
        sa.Column("payment_fen", sa.Integer(), nullable=False),
        sa.Column("balance_fen", sa.Integer(), nullable=False),
        sa.Column("days", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(["loan_id"], ["loan_accounts.id"],
                                name=op.f("fk_loan_installments_loan_id_loan_accounts"), ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_loan_installments")),
        sa.UniqueConstraint("loan_id", "period", name="uq_loan_installments_loan_period"),
    )
    with op.batch_alter_table("loan_installments", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_loan_installments_due_date"), ["due_date"], unique=False)

    op.create_table(
        "disbursements",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("contract_id", sa.String(length=36), nullable=False),
        sa.Column("loan_id", sa.String(length=36), nullable=False),
        sa.Column("disbursed_on", sa.Date(), nullable=False),
        sa.Column("account", sa.String(length=40), nullable=False),
        sa.Column("account_name", sa.String(length=50), nullable=False),
        sa.Column("amount_fen", sa.Integer(), nullable=False),
        sa.Column("voucher_no", sa.String(length=40), nullable=False),
        sa.Column("recorded_by", sa.String(length=36), nullable=False),
        sa.Column("recorded_at", sa.DateTime(), nullable=False),
        sa.Column("exported_at", sa.DateTime(), nullable=True),
        sa.Column("note", sa.String(length=200), nullable=False),
        sa.ForeignKeyConstraint(["contract_id"], ["contracts.id"], name=op.f("fk_disbursements_contract_id_contracts")),
        sa.ForeignKeyConstraint(["loan_id"], ["loan_accounts.id"], name=op.f("fk_disbursements_loan_id_loan_accounts")),
        sa.ForeignKeyConstraint(["recorded_by"], ["users.id"], name=op.f("fk_disbursements_recorded_by_users")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_disbursements")),
        sa.UniqueConstraint("contract_id", name=op.f("uq_disbursements_contract_id")),
        sa.UniqueConstraint("loan_id", name=op.f("uq_disbursements_loan_id")),
        sa.UniqueConstraint("voucher_no", name=op.f("uq_disbursements_voucher_no")),
    )
    with op.batch_alter_table("disbursements", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_disbursements_disbursed_on"), ["disbursed_on"], unique=False)


def downgrade() -> None:
    op.drop_table("disbursements")
    op.drop_table("loan_installments")
    op.drop_table("loan_accounts")
    op.drop_table("contract_prints")
    op.drop_table("contracts")
    op.execute("DROP TRIGGER IF EXISTS approval_decisions_no_delete")
    op.execute("DROP TRIGGER IF EXISTS approval_decisions_no_update")
    op.drop_table("approval_decisions")
