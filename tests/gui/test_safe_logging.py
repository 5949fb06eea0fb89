"""Failures caught in the UI are logged by type and place, never by their text (which can carry
names, ID numbers and phone numbers), with the production log format (T34)."""

from __future__ import annotations

import io
import logging
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QSettings

from loandesk.ui.context import AppContext
from loandesk.ui.errors import log_failure
from tests.gui.customer_helpers import create

NAME = "欧阳哨兵"
ID_NO = "110101199003078888"
PHONE = "13912345678"


class PersonalDataError(RuntimeError):
    """Stands in for e.g. an IntegrityError whose message carries the SQL parameters."""


def _raise_with_personal_data() -> None:
    try:
        raise ValueError(f"手机号 {PHONE}")
    except ValueError as inner:
        raise PersonalDataError(f"客户 {NAME} 身份证 {ID_NO}") from inner


@pytest.fixture
def log_text() -> Iterator[io.StringIO]:
    """The app's own handler format (ui.app.setup_logging), at DEBUG, on the root logger."""
    out = io.StringIO()
    handler = logging.StreamHandler(out)
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    old_level = root.level
    root.addHandler(handler)
    root.setLevel(logging.DEBUG)
    try:
        yield out
    finally:
        root.removeHandler(handler)
        root.setLevel(old_level)


def _assert_clean(text: str) -> None:
    for secret in (NAME, ID_NO, PHONE):  # the values; the traceback shows source lines, not values
        assert secret not in text, f"{secret!r} leaked into the log:\n{text}"


def test_log_failure_keeps_type_causes_and_place_but_not_the_text(log_text):
    try:
        _raise_with_personal_data()
    except PersonalDataError as exc:
        ref = log_failure("documents panel failed after load", exc)
    text = log_text.getvalue()
    _assert_clean(text)
    assert "documents panel failed after load" in text and ref in text
    assert "PersonalDataError" in text and "ValueError" in text  # the cause's type
    assert "_raise_with_personal_data" in text  # where it happened


def test_admin_section_that_fails_to_build_logs_no_personal_data(qtbot, db, actors, monkeypatch, log_text):
    from loandesk.ui.admin import users
    from loandesk.ui.admin.tab import AdminTab

    def broken(*_a, **_k):
        _raise_with_personal_data()

    monkeypatch.setattr(users, "UsersPanel", broken)
    tab = AdminTab(AppContext(db=db, actor=actors["admin"], branch_name="测试支行", branch_code="3301"))
    qtbot.addWidget(tab)
    text = log_text.getvalue()
    _assert_clean(text)
    assert "admin section users failed to build" in text and "PersonalDataError" in text
    from PySide6.QtWidgets import QLabel

    from loandesk.ui.widgets import EmptyState

    panel = tab.panels["users"]  # a placeholder with the log reference, not a crash
    assert isinstance(panel, EmptyState)
    shown = " ".join(label.text() for label in panel.findChildren(QLabel))
    ref = text.split("ref=")[1].split()[0]
    assert f"参考编号 {ref}" in shown
    _assert_clean(shown)


def test_customer_form_documents_failure_logs_no_personal_data(qtbot, db, actors, monkeypatch, tmp_path, log_text):
    from loandesk.ui.customers import documents
    from loandesk.ui.customers.form import CustomerForm

    view = create(db, actors["clerk"])

    def broken(_self, _customer_id):
        _raise_with_personal_data()

    monkeypatch.setattr(documents.DocumentsPanel, "set_customer", broken)
    ctx = AppContext(db=db, actor=actors["clerk"], branch_name="测试支行", branch_code="3301")
    form = CustomerForm(ctx, settings=QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(form)
    with qtbot.waitSignal(form.sig_loaded, timeout=10_000):
        form.open_customer(view.id)
    qtbot.waitUntil(lambda: "documents panel failed" in log_text.getvalue(), timeout=5000)
    text = log_text.getvalue()
    _assert_clean(text)
    assert "PersonalDataError" in text
    assert form.form.nameEdit.text() == view.name  # the form itself still works
