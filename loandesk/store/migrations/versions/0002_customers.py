"""customers, documents (attachments metadata), search index

Customers area: core rows, 1:1 profile, contacts/guarantors, consents, and the search index
(trigram FTS5 over the view ``customer_search_keys``, kept in step by triggers; see store/search.py).
The SQL is spelled out here (not imported) so this revision never changes after release.

Revision ID: 0002
Revises: 0001
"""
import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None



def _keys(alias: str) -> str:
    return (f"{alias}.name||' '||coalesce({alias}.business_name,'')||' '||{alias}.id_number||' '||"
            f"coalesce({alias}.mobile,'')")


# The trigram index reads its text through a view (nothing stored twice). Customer numbers stay out
# of it (every one starts with the branch code: useless, costly trigrams; they have their own index).
# detail=full keeps token positions, so a phrase query is an exact substring match inside the index
# (measured at 1M: "9999999999" 13 ms vs 320 ms for detail=none + checking each candidate row). Bulk loads drop the
# triggers inside their own transaction and index the new rows with one INSERT ... SELECT before
# recreating them (store/search.py bulk_load).
_FTS_SQL = [
    "CREATE VIEW customer_search_keys AS SELECT c.sn AS sn, " + _keys("c") + " AS search_keys FROM customers AS c",
    "CREATE VIRTUAL TABLE customer_fts USING fts5(search_keys, tokenize='trigram', "
    "content='customer_search_keys', content_rowid='sn', detail=full)",
    f"""CREATE TRIGGER customers_fts_ai AFTER INSERT ON customers BEGIN
         INSERT INTO customer_fts(rowid, search_keys) VALUES (new.sn, {_keys("new")});
       END""",
    f"""CREATE TRIGGER customers_fts_ad AFTER DELETE ON customers BEGIN
         INSERT INTO customer_fts(customer_fts, rowid, search_keys) VALUES ('delete', old.sn, {_keys("old")});
       END""",
    f"""CREATE TRIGGER customers_fts_au AFTER UPDATE OF name, business_name, id_number, mobile, sn
       ON customers BEGIN
         INSERT INTO customer_fts(customer_fts, rowid, search_keys) VALUES ('delete', old.sn, {_keys("old")});
         INSERT INTO customer_fts(rowid, search_keys) VALUES (new.sn, {_keys("new")});
       END""",
]


def upgrade() -> None:
    op.create_table(
        "customers",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("sn", sa.Integer(), nullable=False),
        sa.Column("customer_no", sa.String(length=32), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=False),
        sa.Column("name_pinyin", sa.String(length=200), nullable=False),
        sa.Column("name_initials", sa.String(length=50), nullable=False),
        sa.Column("business_name", sa.String(length=100), nullable=True),
        sa.Column("uscc", sa.String(length=18), nullable=True),
        sa.Column("gender", sa.String(length=8), nullable=False),
        sa.Column("ethnicity", sa.String(length=20), nullable=False),
        sa.Column("birth_date", sa.Date(), nullable=False),
        sa.Column("id_kind", sa.String(length=16), nullable=False),
        sa.Column("id_number", sa.String(length=18), nullable=False),
        sa.Column("id_number_original", sa.String(length=20), nullable=True),
        sa.Column("id_issuer", sa.String(length=100), nullable=False),
        sa.Column("id_valid_from", sa.Date(), nullable=True),
        sa.Column("id_valid_to", sa.Date(), nullable=True),
        sa.Column("mobile", sa.String(length=11), nullable=True),
        sa.Column("status", sa.String(length=10), nullable=False),
        sa.Column("assigned_clerk_id", sa.String(length=36), nullable=True),
        sa.Column("pi_consent_on", sa.Date(), nullable=True),
        sa.Column("credit_consent_on", sa.Date(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("created_by", sa.String(length=36), nullable=True),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("updated_by", sa.String(length=36), nullable=True),
        sa.Column("archived_at", sa.DateTime(), nullable=True),
        sa.Column("archived_by", sa.String(length=36), nullable=True),
        sa.Column("archive_reason", sa.String(length=200), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("id_rev", sa.String(length=18), nullable=False),
        sa.Column("mobile_rev", sa.String(length=11), nullable=True),
        sa.Column("name_rev", sa.String(length=8), nullable=False),
        sa.ForeignKeyConstraint(["assigned_clerk_id"], ["users.id"],
                                name=op.f("fk_customers_assigned_clerk_id_users")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_customers")),
    )
    with op.batch_alter_table("customers", schema=None) as batch_op:
        # unique indexes, not constraints: bulk loads drop and rebuild them (store/search.py)
        batch_op.create_index("uq_customers_sn", ["sn"], unique=True)
        batch_op.create_index("uq_customers_customer_no", ["customer_no"], unique=True)
        batch_op.create_index("uq_customers_id_number", ["id_number"], unique=True)
        batch_op.create_index("ix_customers_archived_sn", ["sn"], unique=False,
                              sqlite_where=sa.text("status = 'archived'"))
        batch_op.create_index("ix_customers_clerk_created", ["assigned_clerk_id", "created_at"], unique=False)
        batch_op.create_index("ix_customers_business_name_sn", ["business_name", "sn"], unique=False,
                              sqlite_where=sa.text("business_name IS NOT NULL"))
        batch_op.create_index("ix_customers_created_at_sn", ["created_at", "sn"], unique=False)
        batch_op.create_index("ix_customers_id_rev_sn", ["id_rev", "sn"], unique=False)
        batch_op.create_index("ix_customers_mobile_rev_sn", ["mobile_rev", "sn"], unique=False)
        batch_op.create_index("ix_customers_mobile_sn", ["mobile", "sn"], unique=False)
        batch_op.create_index("ix_customers_name_initials_sn", ["name_initials", "sn"], unique=False)
        batch_op.create_index("ix_customers_name_pinyin_sn", ["name_pinyin", "sn"], unique=False)
        batch_op.create_index("ix_customers_name_rev_sn", ["name_rev", "sn"], unique=False)
        batch_op.create_index("ix_customers_name_sn", ["name", "sn"], unique=False)
        batch_op.create_index("ix_customers_uscc", ["uscc"], unique=False, sqlite_where=sa.text("uscc IS NOT NULL"))

    op.create_table(
        "customer_profiles",
        sa.Column("customer_id", sa.String(length=36), nullable=False),
        sa.Column("marital_status", sa.String(length=16), nullable=False),
        sa.Column("education", sa.String(length=16), nullable=False),
        sa.Column("phone_other", sa.String(length=30), nullable=False),
        sa.Column("wechat", sa.String(length=50), nullable=False),
        sa.Column("hukou_region_code", sa.String(length=6), nullable=False),
        sa.Column("hukou_address", sa.String(length=200), nullable=False),
        sa.Column("current_region_code", sa.String(length=6), nullable=False),
        sa.Column("current_address", sa.String(length=200), nullable=False),
        sa.Column("current_address_years", sa.Integer(), nullable=True),
        sa.Column("occupation", sa.String(length=50), nullable=False),
        sa.Column("employer", sa.String(length=100), nullable=False),
        sa.Column("industry", sa.String(length=50), nullable=False),
        sa.Column("position", sa.String(length=50), nullable=False),
        sa.Column("years_employed", sa.Integer(), nullable=True),
        sa.Column("monthly_income_fen", sa.Integer(), nullable=True),
        sa.Column("income_source", sa.String(length=100), nullable=False),
        sa.Column("household_income_fen", sa.Integer(), nullable=True),
        sa.Column("housing_type", sa.String(length=16), nullable=False),
        sa.Column("real_estate_count", sa.Integer(), nullable=True),
        sa.Column("real_estate_value_fen", sa.Integer(), nullable=True),
        sa.Column("vehicle_count", sa.Integer(), nullable=True),
        sa.Column("vehicle_value_fen", sa.Integer(), nullable=True),
        sa.Column("deposits_fen", sa.Integer(), nullable=True),
        sa.Column("investments_fen", sa.Integer(), nullable=True),
        sa.Column("land_area_mu100", sa.Integer(), nullable=True),
        sa.Column("land_certificate_no", sa.String(length=50), nullable=False),
        sa.Column("loans_here_count", sa.Integer(), nullable=True),
        sa.Column("loans_here_balance_fen", sa.Integer(), nullable=True),
        sa.Column("loans_elsewhere_count", sa.Integer(), nullable=True),
        sa.Column("loans_elsewhere_balance_fen", sa.Integer(), nullable=True),
        sa.Column("monthly_repayment_fen", sa.Integer(), nullable=True),
        sa.Column("household_size", sa.Integer(), nullable=True),
        sa.Column("dependants", sa.Integer(), nullable=True),
        sa.Column("bank_account_type", sa.String(length=16), nullable=False),
        sa.Column("bank_account_no", sa.String(length=40), nullable=False),
        sa.Column("bank_name", sa.String(length=100), nullable=False),
        sa.Column("credit_report_date", sa.Date(), nullable=True),
        sa.Column("credit_overdue_count", sa.Integer(), nullable=True),
        sa.Column("credit_overdue_max_months", sa.Integer(), nullable=True),
        sa.Column("credit_current_overdue_fen", sa.Integer(), nullable=True),
        sa.Column("credit_inquiries_6m", sa.Integer(), nullable=True),
        sa.Column("credit_lender_count", sa.Integer(), nullable=True),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(["customer_id"], ["customers.id"],
                                name=op.f("fk_customer_profiles_customer_id_customers")),
        sa.PrimaryKeyConstraint("customer_id", name=op.f("pk_customer_profiles")),
        sqlite_with_rowid=False,
    )
    op.create_table(
        "customer_contacts",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("customer_id", sa.String(length=36), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("role", sa.String(length=16), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=False),
        sa.Column("id_number", sa.String(length=18), nullable=False),
        sa.Column("relation", sa.String(length=20), nullable=False),
        sa.Column("phone", sa.String(length=30), nullable=False),
        sa.Column("employer", sa.String(length=100), nullable=False),
        sa.Column("monthly_income_fen", sa.Integer(), nullable=True),
        sa.Column("notes", sa.String(length=200), nullable=False),
        sa.ForeignKeyConstraint(["customer_id"], ["customers.id"],
                                name=op.f("fk_customer_contacts_customer_id_customers")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_customer_contacts")),
    )
    with op.batch_alter_table("customer_contacts", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_customer_contacts_customer_id"), ["customer_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_customer_contacts_id_number"), ["id_number"], unique=False)

    op.create_table(
        "customer_consents",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("customer_id", sa.String(length=36), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("signed_on", sa.Date(), nullable=False),
        sa.Column("scope", sa.String(length=500), nullable=False),
        sa.Column("document_id", sa.String(length=36), nullable=True),
        sa.Column("recorded_at", sa.DateTime(), nullable=False),
        sa.Column("recorded_by", sa.String(length=36), nullable=True),
        sa.Column("revoked_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(["customer_id"], ["customers.id"],
                                name=op.f("fk_customer_consents_customer_id_customers")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_customer_consents")),
        sqlite_with_rowid=False,
    )
    with op.batch_alter_table("customer_consents", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_customer_consents_customer_id"), ["customer_id"], unique=False)

    for stmt in _FTS_SQL:
        op.execute(stmt)


def downgrade() -> None:
    for trig in ("customers_fts_au", "customers_fts_ad", "customers_fts_ai"):
        op.execute(f"DROP TRIGGER IF EXISTS {trig}")
    op.execute("DROP TABLE IF EXISTS customer_fts")
    op.execute("DROP VIEW IF EXISTS customer_search_keys")
    op.drop_table("customer_consents")
    op.drop_table("customer_contacts")
    op.drop_table("customer_profiles")
    op.drop_table("customers")
