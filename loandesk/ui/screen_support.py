"""What every screen needs around a database call: run it off the GUI thread, drop the result if
the widget closed meanwhile, and show the outcome inline in a message label.

The admin, review/risk and approval packages re-export these through their ``common`` modules.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

import shiboken6
from PySide6.QtCore import QObject
from PySide6.QtWidgets import QLabel

from loandesk.ui.context import AppContext
from loandesk.ui.errors import user_message
from loandesk.ui.tasks import run_db

T = TypeVar("T")
MESSAGE_COLORS = {"error": "#b00020", "ok": "#1b5e20", "info": "#37474f", "warn": "#8a5300"}


def alive(obj: QObject) -> bool:
    """False once the C++ side is gone: a DB-thread result can arrive after its widget closed."""
    return shiboken6.isValid(obj)


def show_message(label: QLabel, text: str, kind: str = "info") -> None:
    label.setStyleSheet(f"color: {MESSAGE_COLORS.get(kind, MESSAGE_COLORS['info'])};")
    label.setText(text)


def call(ctx: AppContext, owner: QObject, fn: Callable[[Any], T], on_done: Callable[[T], None], *,
         write: bool = False, label: QLabel | None = None,
         on_error: Callable[[BaseException], None] | None = None) -> None:
    """Run ``fn(session)`` on the DB thread in one read or write session; errors go to ``label``."""

    def work() -> T:
        if write:
            with ctx.db.write() as s:
                return fn(s)
        with ctx.db.read() as s:
            return fn(s)

    def done(result: T) -> None:
        if alive(owner):
            on_done(result)

    def failed(exc: BaseException) -> None:
        if not alive(owner):
            return
        if on_error is not None:
            on_error(exc)
        elif label is not None:
            show_message(label, user_message(exc), "error")

    run_db(work, done, failed)
