"""Alembic environment: always run programmatically on a connection we opened (keyed SQLCipher)."""

from alembic import context

from loandesk.store.models import Base

config = context.config
connection = config.attributes.get("connection")
if connection is None:  # pragma: no cover - we never run alembic from its own CLI against a URL
    raise RuntimeError("LoanDesk migrations run through loandesk.store.migrate, not the alembic CLI")

context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,  # SQLite cannot ALTER most things in place
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
