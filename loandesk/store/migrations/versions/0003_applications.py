"""loan products (immutable versions, LPR history), applications, review results, risk assessments,
blacklist and installed review rule sets

Written by hand (no model imports): a migration must keep meaning what it meant when released.

Revision ID: 0003
Revises: 0002
"""
import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "loan_products",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("code", sa.String(length=40), nullable=False),
        sa.Column("name", sa.String(length=60), nullable=False),
        sa.Column("product_type", sa.String(length=40), nullable=False),
        sa.Column("status", sa.String(length=10), nullable=False),
        sa.Column("current_version_no", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_loan_products")),
        sa.UniqueConstraint("code", name=op.f("uq_loan_products_code")),
    )
    op.create_table(
        "product_versions",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("product_id", sa.String(length=36), nullable=False),
        sa.Column("version_no", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=60), nullable=False),
        sa.Column("product_type", sa.String(length=40), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("min_amount_fen", sa.Integer(), nullable=False),
        sa.Column("max_amount_fen", sa.Integer(), nullable=False),
        sa.Column("min_term_months", sa.Integer(), nullable=False),
        sa.Column("max_term_months", sa.Integer(), nullable=False),
        sa.Column("repayment_methods", sa.Text(), nullable=False),
        sa.Column("rate_type", sa.String(length=10), nullable=False),
        sa.Column("annual_rate", sa.String(length=20), nullable=False),
        sa.Column("lpr_tenor", sa.String(length=4), nullable=False),
        sa.Column("spread_bp", sa.Integer(), nullable=False),
        sa.Column("penalty_uplift", sa.String(length=20), nullable=False),
        sa.Column("misuse_uplift", sa.String(length=20), nullable=False),
        sa.Column("day_count", sa.String(length=12), nullable=False),
        sa.Column("guarantee_types", sa.Text(), nullable=False),
        sa.Column("checklist", sa.Text(), nullable=False),
        sa.Column("min_age", sa.Integer(), nullable=False),
        sa.Column("max_age", sa.Integer(), nullable=False),
        sa.Column("max_age_at_maturity", sa.Integer(), nullable=False),
        sa.Column("dti_limit", sa.String(length=20), nullable=False),
        sa.Column("rule_set_id", sa.String(length=40), nullable=False),
        sa.Column("scorecard_pack_id", sa.String(length=60), nullable=False),
        sa.Column("effective_from", sa.Date(), nullable=False),
        sa.Column("change_note", sa.String(length=200), nullable=False),
        sa.Column("created_by", sa.String(length=36), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(["created_by"], ["users.id"], name=op.f("fk_product_versions_created_by_users")),
        sa.ForeignKeyConstraint(["product_id"], ["loan_products.id"], name=op.f("fk_product_versions_product_id_loan_products"), ondelete="RESTRICT"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_product_versions")),
        sa.UniqueConstraint("product_id", "version_no", name=op.f("uq_product_versions_product_version")),
    )
    op.create_table(
        "lpr_rates",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("tenor", sa.String(length=4), nullable=False),
        sa.Column("effective_on", sa.Date(), nullable=False),
        sa.Column("rate", sa.String(length=20), nullable=False),
        sa.Column("note", sa.String(length=100), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_lpr_rates")),
        sa.UniqueConstraint("tenor", "effective_on", name=op.f("uq_lpr_rates_tenor_effective")),
    )
    op.create_table(
        "applications",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("application_no", sa.String(length=32), nullable=False),
        sa.Column("customer_id", sa.String(length=36), nullable=False),
        sa.Column("product_id", sa.String(length=36), nullable=False),
        sa.Column("product_version_id", sa.String(length=36), nullable=False),
        sa.Column("amount_fen", sa.Integer(), nullable=False),
        sa.Column("term_months", sa.Integer(), nullable=False),
        sa.Column("purpose", sa.String(length=20), nullable=False),
        sa.Column("purpose_detail", sa.String(length=200), nullable=False),
        sa.Column("repayment_method", sa.String(length=20), nullable=False),
        sa.Column("guarantee_type", sa.String(length=12), nullable=False),
        sa.Column("annual_rate", sa.String(length=20), nullable=False),
        sa.Column("est_monthly_payment_fen", sa.Integer(), nullable=False),
        sa.Column("statement_monthly_income_fen", sa.Integer(), nullable=True),
        sa.Column("state", sa.String(length=24), nullable=False),
        sa.Column("state_changed_at", sa.DateTime(), nullable=False),
        sa.Column("created_by", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("submitted_at", sa.DateTime(), nullable=True),
        sa.Column("assigned_to", sa.String(length=36), nullable=True),
        sa.Column("assigned_at", sa.DateTime(), nullable=True),
        sa.Column("reviewed_by", sa.String(length=36), nullable=True),
        sa.Column("reviewed_at", sa.DateTime(), nullable=True),
        sa.Column("review_round", sa.Integer(), nullable=False),
        sa.Column("supplement_items", sa.Text(), nullable=False),
        sa.Column("supplement_deadline", sa.Date(), nullable=True),
        sa.Column("supplement_count", sa.Integer(), nullable=False),
        sa.Column("last_comment", sa.Text(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["product_id"], ["loan_products.id"], name=op.f("fk_applications_product_id_loan_products")),
        sa.ForeignKeyConstraint(["assigned_to"], ["users.id"], name=op.f("fk_applications_assigned_to_users")),
        sa.ForeignKeyConstraint(["created_by"], ["users.id"], name=op.f("fk_applications_created_by_users")),
        sa.ForeignKeyConstraint(["customer_id"], ["customers.id"], name=op.f("fk_applications_customer_id_customers"), ondelete="RESTRICT"),
        sa.ForeignKeyConstraint(["reviewed_by"], ["users.id"], name=op.f("fk_applications_reviewed_by_users")),
        sa.ForeignKeyConstraint(["product_version_id"], ["product_versions.id"], name=op.f("fk_applications_product_version_id_product_versions")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_applications")),
        sa.UniqueConstraint("application_no", name=op.f("uq_applications_application_no")),
    )
    with op.batch_alter_table("applications", schema=None) as batch_op:
        batch_op.create_index("ix_applications_created_by", ["created_by"], unique=False)
        batch_op.create_index("ix_applications_customer", ["customer_id"], unique=False)
        batch_op.create_index("ix_applications_state_changed", ["state", "state_changed_at"], unique=False)
    op.create_table(
        "application_parties",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("application_id", sa.String(length=36), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("role", sa.String(length=16), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=False),
        sa.Column("id_number", sa.String(length=18), nullable=False),
        sa.Column("relation", sa.String(length=20), nullable=False),
        sa.Column("phone", sa.String(length=30), nullable=False),
        sa.Column("customer_id", sa.String(length=36), nullable=True),
        sa.Column("monthly_income_fen", sa.Integer(), nullable=True),
        sa.Column("id_valid_to", sa.Date(), nullable=True),
        sa.Column("id_long_term", sa.Boolean(), nullable=False),
        sa.Column("credit_auth", sa.String(length=10), nullable=False),
        sa.ForeignKeyConstraint(["application_id"], ["applications.id"], name=op.f("fk_application_parties_application_id_applications"), ondelete="RESTRICT"),
        sa.ForeignKeyConstraint(["customer_id"], ["customers.id"], name=op.f("fk_application_parties_customer_id_customers")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_application_parties")),
    )
    with op.batch_alter_table("application_parties", schema=None) as batch_op:
        batch_op.create_index("ix_application_parties_application", ["application_id", "position"], unique=False)
        batch_op.create_index("ix_application_parties_id_number", ["id_number"], unique=False)
    op.create_table(
        "application_events",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("application_id", sa.String(length=36), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("action", sa.String(length=32), nullable=False),
        sa.Column("from_state", sa.String(length=24), nullable=False),
        sa.Column("to_state", sa.String(length=24), nullable=False),
        sa.Column("actor_id", sa.String(length=36), nullable=True),
        sa.Column("actor_name", sa.String(length=50), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("comment", sa.Text(), nullable=False),
        sa.Column("details", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(["actor_id"], ["users.id"], name=op.f("fk_application_events_actor_id_users")),
        sa.ForeignKeyConstraint(["application_id"], ["applications.id"], name=op.f("fk_application_events_application_id_applications"), ondelete="RESTRICT"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_application_events")),
        sa.UniqueConstraint("application_id", "seq", name=op.f("uq_application_events_application_seq")),
    )
    op.create_table(
        "review_results",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("application_id", sa.String(length=36), nullable=False),
        sa.Column("round", sa.Integer(), nullable=False),
        sa.Column("decision", sa.String(length=12), nullable=False),
        sa.Column("reviewer_id", sa.String(length=36), nullable=False),
        sa.Column("reviewer_name", sa.String(length=50), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("comment", sa.Text(), nullable=False),
        sa.Column("rule_set_id", sa.String(length=40), nullable=False),
        sa.Column("rule_set_version", sa.String(length=20), nullable=False),
        sa.Column("results", sa.Text(), nullable=False),
        sa.Column("blocking_count", sa.Integer(), nullable=False),
        sa.Column("warning_count", sa.Integer(), nullable=False),
        sa.Column("needed_items", sa.Text(), nullable=False),
        sa.Column("notice_no", sa.String(length=40), nullable=False),
        sa.ForeignKeyConstraint(["application_id"], ["applications.id"], name=op.f("fk_review_results_application_id_applications"), ondelete="RESTRICT"),
        sa.ForeignKeyConstraint(["reviewer_id"], ["users.id"], name=op.f("fk_review_results_reviewer_id_users")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_review_results")),
    )
    with op.batch_alter_table("review_results", schema=None) as batch_op:
        batch_op.create_index("ix_review_results_application", ["application_id", "round"], unique=False)
    op.create_table(
        "risk_assessments",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("application_id", sa.String(length=36), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("assessed_by", sa.String(length=36), nullable=False),
        sa.Column("assessed_by_name", sa.String(length=50), nullable=False),
        sa.Column("assessed_at", sa.DateTime(), nullable=False),
        sa.Column("pack_id", sa.String(length=60), nullable=False),
        sa.Column("score", sa.Integer(), nullable=False),
        sa.Column("pd", sa.Float(), nullable=False),
        sa.Column("grade", sa.String(length=2), nullable=False),
        sa.Column("contributions", sa.Text(), nullable=False),
        sa.Column("reasons", sa.Text(), nullable=False),
        sa.Column("reason_codes", sa.Text(), nullable=False),
        sa.Column("warnings", sa.Text(), nullable=False),
        sa.Column("hard_rules", sa.Text(), nullable=False),
        sa.Column("hard_block", sa.Boolean(), nullable=False),
        sa.Column("rule_set_version", sa.String(length=20), nullable=False),
        sa.Column("dti", sa.String(length=20), nullable=False),
        sa.Column("suggestion", sa.String(length=12), nullable=False),
        sa.Column("suggestion_text", sa.Text(), nullable=False),
        sa.Column("inputs", sa.Text(), nullable=False),
        sa.Column("report_file_id", sa.String(length=36), nullable=True),
        sa.ForeignKeyConstraint(["application_id"], ["applications.id"], name=op.f("fk_risk_assessments_application_id_applications"), ondelete="RESTRICT"),
        sa.ForeignKeyConstraint(["assessed_by"], ["users.id"], name=op.f("fk_risk_assessments_assessed_by_users")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_risk_assessments")),
        sa.UniqueConstraint("application_id", "seq", name=op.f("uq_risk_assessments_application_seq")),
    )
    op.create_table(
        "application_files",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("application_id", sa.String(length=36), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("title", sa.String(length=100), nullable=False),
        sa.Column("blob_id", sa.String(length=36), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("size", sa.Integer(), nullable=False),
        sa.Column("mime", sa.String(length=50), nullable=False),
        sa.Column("created_by", sa.String(length=36), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(["application_id"], ["applications.id"], name=op.f("fk_application_files_application_id_applications"), ondelete="RESTRICT"),
        sa.ForeignKeyConstraint(["created_by"], ["users.id"], name=op.f("fk_application_files_created_by_users")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_application_files")),
    )
    with op.batch_alter_table("application_files", schema=None) as batch_op:
        batch_op.create_index("ix_application_files_application", ["application_id"], unique=False)
        batch_op.create_index("ix_application_files_blob_id", ["blob_id"], unique=False)
    op.create_table(
        "blacklist_entries",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("id_number", sa.String(length=18), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=False),
        sa.Column("reason", sa.String(length=200), nullable=False),
        sa.Column("source", sa.String(length=50), nullable=False),
        sa.Column("listed_on", sa.Date(), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("created_by", sa.String(length=36), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(["created_by"], ["users.id"], name=op.f("fk_blacklist_entries_created_by_users")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_blacklist_entries")),
    )
    with op.batch_alter_table("blacklist_entries", schema=None) as batch_op:
        batch_op.create_index("ix_blacklist_entries_id_number", ["id_number"], unique=False)
    op.create_table(
        "review_rule_sets",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("rule_set_id", sa.String(length=40), nullable=False),
        sa.Column("version", sa.String(length=20), nullable=False),
        sa.Column("name", sa.String(length=100), nullable=False),
        sa.Column("content", sa.Text(), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("installed_by", sa.String(length=36), nullable=True),
        sa.Column("installed_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(["installed_by"], ["users.id"], name=op.f("fk_review_rule_sets_installed_by_users")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_review_rule_sets")),
        sa.UniqueConstraint("rule_set_id", "version", name=op.f("uq_review_rule_sets_id_version")),
    )


def downgrade() -> None:
    op.drop_table("review_rule_sets")
    with op.batch_alter_table("blacklist_entries", schema=None) as batch_op:
        batch_op.drop_index("ix_blacklist_entries_id_number")
    op.drop_table("blacklist_entries")
    with op.batch_alter_table("application_files", schema=None) as batch_op:
        batch_op.drop_index("ix_application_files_application")
        batch_op.drop_index("ix_application_files_blob_id")
    op.drop_table("application_files")
    op.drop_table("risk_assessments")
    with op.batch_alter_table("review_results", schema=None) as batch_op:
        batch_op.drop_index("ix_review_results_application")
    op.drop_table("review_results")
    op.drop_table("application_events")
    with op.batch_alter_table("application_parties", schema=None) as batch_op:
        batch_op.drop_index("ix_application_parties_application")
        batch_op.drop_index("ix_application_parties_id_number")
    op.drop_table("application_parties")
    with op.batch_alter_table("applications", schema=None) as batch_op:
        batch_op.drop_index("ix_applications_created_by")
        batch_op.drop_index("ix_applications_customer")
        batch_op.drop_index("ix_applications_state_changed")
    op.drop_table("applications")
    op.drop_table("lpr_rates")
    op.drop_table("product_versions")
    op.drop_table("loan_products")
