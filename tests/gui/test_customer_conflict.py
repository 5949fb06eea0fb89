"""Another clerk saved the customer while this one was editing: the save is refused, the latest
version is loaded, and this clerk's edits are put back on top of it (nothing typed is lost)."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtTest import QTest

from loandesk.services import customers as svc
from loandesk.ui.tasks import wait_db_idle
from tests.gui.customer_helpers import create, open_tab
from tests.gui.test_customer_form import no_questions, typed  # noqa: F401  (fixture)


def other_clerk_saves(db, actor, customer_id: str, **changes: object) -> svc.CustomerView:
    with db.write() as s:
        current = svc.get_customer(s, actor, customer_id, unmasked=True)
        return svc.update_customer(s, actor, customer_id, replace(current.to_input(), **changes),
                                   expected_version=current.version)


def open_for_edit(qtbot, db, actors, tmp_path, customer_id: str):
    tab = open_tab(qtbot, db, actors["clerk"], tmp_path)
    tab.open_customer(customer_id)
    form = tab.form
    qtbot.waitUntil(lambda: form.view is not None and not form.busy, timeout=5000)
    return tab, form


def test_stale_save_reloads_latest_and_keeps_my_edits(qtbot, db, actors, tmp_path, no_questions):  # noqa: F811
    customer = create(db, actors["clerk"])
    _tab, form = open_for_edit(qtbot, db, actors, tmp_path, customer.id)
    f = form.form
    typed(qtbot, form, "personal.wechat", "zsf1985")
    typed(qtbot, form, "address.current_address", "新村路 5 号")
    other = other_clerk_saves(db, actors["clerk2"], customer.id, mobile="13900002222",
                              work=svc.WorkInput(occupation="务农"))
    QTest.keySequence(form, "Ctrl+S")
    qtbot.waitUntil(lambda: not form.busy and form.version == other.version, timeout=5000)
    # the other clerk's changes are on screen, and so are mine
    assert f.mobileEdit.text() == "13900002222" and f.occupationCombo.currentText() == "务农"
    assert f.wechatEdit.text() == "zsf1985" and f.currentAddressEdit.text() == "新村路 5 号"
    assert "已被" in form.message() and "保留" in form.message() and "Ctrl+S" in form.message()
    assert form.is_dirty() and f.saveButton.isEnabled()
    with qtbot.waitSignal(form.sig_saved, timeout=10000) as blocker:
        QTest.keySequence(form, "Ctrl+S")
    view = blocker.args[0]
    assert view.version == other.version + 1
    with db.write() as s:
        stored = svc.get_customer(s, actors["clerk"], customer.id, unmasked=True)
    assert stored.mobile == "13900002222" and stored.work.occupation == "务农"
    assert stored.personal.wechat == "zsf1985" and stored.address.current_address == "新村路 5 号"
    wait_db_idle()


def test_stale_save_names_fields_both_clerks_changed(qtbot, db, actors, tmp_path, no_questions):  # noqa: F811
    customer = create(db, actors["clerk"])
    _tab, form = open_for_edit(qtbot, db, actors, tmp_path, customer.id)
    f = form.form
    typed(qtbot, form, "mobile", "13700001111")
    f.educationCombo.setCurrentIndex(f.educationCombo.findData("college"))
    other_clerk_saves(db, actors["clerk2"], customer.id, mobile="13900002222",
                      personal=svc.PersonalInput(education="bachelor"))
    QTest.keySequence(form, "Ctrl+S")
    qtbot.waitUntil(lambda: not form.busy and "已被" in form.message(), timeout=5000)
    assert f.mobileEdit.text() == "13700001111"  # mine wins on screen, the clerk is told to check
    assert "手机号" in form.message() and "核对" in form.message()
    assert "13900002222" in form.field_message("mobile")  # the other clerk's value, at the field
    assert form.widget_for("mobile").property("state") == "warn"
    assert f.educationCombo.currentData() == "college" and "本科" in form.field_message("personal.education")
    typed(qtbot, form, "mobile", "13700001112")  # looked at it and decided: the note goes
    assert form.field_message("mobile") == ""
    with db.read() as s:
        assert svc.get_customer(s, actors["clerk"], customer.id).version == customer.version + 1  # not saved yet
    wait_db_idle()
