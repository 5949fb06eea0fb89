"""Schema migrations (Alembic) run on an already-keyed engine.

The revision lives in the `alembic_version` table, not `user_version`, so an exported backup
(`sqlcipher_export` drops user_version, reliability-notes E8) still knows its schema.
"""

from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine

MIGRATIONS = Path(__file__).with_name("migrations")


def _config() -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    return cfg


def head_revision() -> str:
    return ScriptDirectory.from_config(_config()).get_current_head() or ""


def known_revisions() -> list[str]:
    """Oldest first."""
    script = ScriptDirectory.from_config(_config())
    return [r.revision for r in reversed(list(script.walk_revisions()))]


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def upgrade(engine: Engine, target: str = "head") -> None:
    cfg = _config()
    with engine.connect().execution_options(write=True) as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, target)
        conn.commit()
