"""All model modules, imported so `Base.metadata` is complete (Alembic and tests rely on it).

Each business area owns one module; add a new area here and give it its own migration.
"""

from loandesk.store.models import (  # noqa: F401
    admin,
    applications,
    audit,
    auth,
    customers,
    documents,
    loans,
)
from loandesk.store.models.base import Base

__all__ = ["Base"]
