"""What every tab receives: the open database, the acting user, and helpers to talk to services."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QObject, Signal

from loandesk.services.context import Actor, can
from loandesk.store.database import Database


class AppSignals(QObject):
    """Cross-tab notifications (a customer saved in one tab refreshes lists in another)."""

    sig_customer_changed = Signal(str)
    sig_application_changed = Signal(str)
    sig_loan_changed = Signal(str)
    sig_status = Signal(str)  # transient status-bar message


@dataclass
class AppContext:
    db: Database
    actor: Actor
    branch_name: str = ""
    branch_code: str = ""
    signals: AppSignals = field(default_factory=AppSignals)
    extras: dict[str, Any] = field(default_factory=dict)

    def can(self, permission: str) -> bool:
        """For hiding UI only; services check again on every call."""
        with self.db.read() as s:
            return can(s, self.actor, permission)
