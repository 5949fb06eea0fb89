"""The customer form driven through its widgets: create, edit, validation at the field, duplicates,
masking per role, consent, archive, keyboard, hostile input."""

from __future__ import annotations

from types import SimpleNamespace

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QCheckBox, QComboBox, QLineEdit, QPlainTextEdit, QTableWidget

from loandesk.domain.permissions import ROLE_PERMISSIONS, Role
from loandesk.services import customers as svc
from loandesk.ui.customers import dialogs
from loandesk.ui.customers.form import CHECK_DELAY_MS, FIELDS, CustomerForm
from loandesk.ui.tasks import wait_db_idle
from tests.gui.customer_helpers import (
    audits_since,
    create,
    id_number,
    last_audit_seq,
    open_tab,
    settings,
    uscc,
)

GOOD_ID = id_number("19850312", 123)


def bad_check(idn: str) -> str:
    """The same number with a wrong check character."""
    return idn[:-1] + ("0" if idn[-1] != "0" else "1")


@pytest.fixture
def no_questions(monkeypatch):
    """Any unexpected modal question fails the test instead of blocking it."""
    def refuse(*_a, **_k):
        raise AssertionError("unexpected question dialog")

    monkeypatch.setattr(dialogs, "confirm_discard", refuse)
    monkeypatch.setattr(dialogs, "ask_text", refuse)
    monkeypatch.setattr(dialogs.ArchiveDialog, "ask", classmethod(lambda cls, *a, **k: refuse()))


def new_form(qtbot, db, actors, tmp_path, username: str = "clerk"):
    tab = open_tab(qtbot, db, actors[username], tmp_path)
    QTest.keySequence(tab.panel.customerView, "Ctrl+N")
    assert tab.form_open
    form = tab.form
    qtbot.waitUntil(lambda: form._clerks is not None, timeout=5000)
    return tab, form


def typed(qtbot, form: CustomerForm, path: str, text: str) -> None:
    """Replace a field's text as a clerk would (ASCII by keys, Chinese as an IME commit)."""
    w = form.widget_for(path)
    if isinstance(w, QPlainTextEdit):
        w.setPlainText(text)
    else:
        edit = w.lineEdit() if isinstance(w, QComboBox) else w
        edit.setFocus()
        if edit.text():
            edit.selectAll()
            QTest.keyClick(edit, Qt.Key.Key_Backspace)
        if text.isascii() and text.isprintable():
            QTest.keyClicks(edit, text)
        elif text:
            edit.insert(text)
    qtbot.wait(CHECK_DELAY_MS + 30)


def fill_valid(qtbot, form: CustomerForm, *, name: str = "张三丰", idn: str = GOOD_ID, mobile: str = "13812345678"):
    f = form.form
    typed(qtbot, form, "name", name)
    typed(qtbot, form, "id_number", idn)
    typed(qtbot, form, "id_valid_from", "20160401")
    typed(qtbot, form, "mobile", mobile)
    assert f.idValidToEdit.text() == "2036-04-01"  # from the age at issue (31 → 20 years)


def saved(qtbot, form: CustomerForm):
    with qtbot.waitSignal(form.sig_saved, timeout=10000) as blocker:
        QTest.keySequence(form, "Ctrl+S")
    return blocker.args[0]


def test_create_by_keyboard_derives_and_remembers(qtbot, db, actors, tmp_path, no_questions):
    tab, form = new_form(qtbot, db, actors, tmp_path)
    f = form.form
    assert form.editable and form.is_new and not f.saveButton.isEnabled()
    f.kindCombo.setCurrentIndex(f.kindCombo.findData("farmer"))
    assert f.consentBanner.isVisible() and "缺少授权" in f.consentBannerLabel.text()
    assert "还有" in f.summaryLabel.text()
    assert form.field_message("name") == ""  # untouched empty fields stay quiet
    # Enter moves on: 姓名 → 身份证号 → (gender/birth are derived, skipped) → 民族
    f.nameEdit.setFocus()
    f.nameEdit.insert("张三丰")
    QTest.keyClick(f.nameEdit, Qt.Key.Key_Return)
    assert f.idNumberEdit.hasFocus()
    QTest.keyClicks(f.idNumberEdit, GOOD_ID)
    QTest.keyClick(f.idNumberEdit, Qt.Key.Key_Return)
    assert form.focusWidget() in (f.ethnicityCombo, f.ethnicityCombo.lineEdit())
    qtbot.wait(CHECK_DELAY_MS + 30)
    assert f.genderEdit.text() == "男" and f.birthDateEdit.text() == "1985-03-12"
    assert "浙江省杭州市西湖区" in f.idDerivedLabel.text()
    assert form.hukou.code() == "330106"  # offered from the ID's address code
    # the last field of the page continues on the next section tab
    f.notesEdit.setFocus()
    form.advance(f.clerkCombo)
    assert f.sectionTabs.currentWidget() is f.pageBasic and f.notesEdit.hasFocus()
    form.advance(f.notesEdit)
    assert f.sectionTabs.currentWidget() is f.pageId
    typed(qtbot, form, "id_issuer", "杭州市公安局西湖分局")
    typed(qtbot, form, "id_valid_from", "2016-04-01")
    assert f.idValidToEdit.text() == "2036-04-01" and "2036-04-01" in f.idExpectedLabel.text()
    typed(qtbot, form, "mobile", "138 1234 5678")
    typed(qtbot, form, "address.hukou_address", "留下街道东岳村 3 组 12 号")
    f.sameAsHukouButton.click()
    qtbot.wait(CHECK_DELAY_MS + 30)
    assert form.current.code() == "330106" and f.currentAddressEdit.text() == "留下街道东岳村 3 组 12 号"
    typed(qtbot, form, "income.monthly_income", "0.5万")
    assert f.saveButton.isEnabled(), form.result.errors
    changed = []
    tab.ctx.signals.sig_customer_changed.connect(changed.append)
    view = saved(qtbot, form)
    assert view.customer_no.startswith("3301") and changed == [view.id]
    assert "已保存" in form.message() and not form.is_dirty() and not form.is_new
    with db.write() as s:
        stored = svc.get_customer(s, actors["clerk"], view.id, unmasked=True)
    assert stored.birth_date.isoformat() == "1985-03-12" and stored.gender == "male"
    assert stored.mobile == "13812345678" and stored.income.monthly_income == 5000
    assert stored.address.current_address == "留下街道东岳村 3 组 12 号"
    assert stored.assigned_clerk_id == actors["clerk"].user_id
    # the list shows the new customer, and the next new form remembers the clerk's choices
    QTest.keyClick(f.nameEdit, Qt.Key.Key_Escape)
    assert not tab.form_open
    qtbot.waitUntil(lambda: tab.model.row_of(view.id) >= 0, timeout=5000)
    tab.new_customer()
    assert f.idIssuerEdit.text() == "杭州市公安局西湖分局" and form.hukou.code() == "330106"
    assert f.ethnicityCombo.currentText() == "汉" and f.kindCombo.currentData() == "farmer"
    other = settings(tmp_path)
    assert other.value("customers/clerk/id_issuer") == "杭州市公安局西湖分局"
    wait_db_idle()


BAD_VALUES = [
    ("id_number", bad_check(GOOD_ID), "校验位错误"),
    ("id_number", "33010619850312", "位数不对"),
    ("id_number", id_number("20990101", 123), "出生日期"),
    ("mobile", "1381234567", "11位"),
    ("mobile", "14512345678", "14号段"),
    ("id_valid_from", "2016-13-45", "不是真实的日期"),
    ("id_valid_from", "next week", "日期格式不正确"),
    ("income.monthly_income", "12.345", "两位"),
    ("income.monthly_income", "abc", "无法识别的金额"),
    ("assets.deposits", "-5", "负数"),
    ("assets.vehicle_count", "两辆", "整数"),
    ("assets.land_area_mu", "1.234", "两位小数"),
    ("address.current_address_years", "99", "不能超过年龄"),
    ("credit.report_date", "2020-01-01", "征信查询授权"),
    ("personal.phone_other", "x" * 31, "不能超过 30 个字"),
]


def test_errors_appear_at_the_field_while_typing(qtbot, db, actors, tmp_path, no_questions):
    """Each bad value: message under the field, red border, tooltip, summary link, 保存 disabled;
    putting the good value back clears all of it."""
    _tab, form = new_form(qtbot, db, actors, tmp_path)
    fill_valid(qtbot, form)
    f = form.form
    assert f.saveButton.isEnabled(), form.result.errors
    for path, value, expected in BAD_VALUES:
        good = form._text(path)
        typed(qtbot, form, path, value)
        message = form.field_message(path)
        assert expected in message, (path, message, form.result.errors)
        w = form.widget_for(path)
        assert w.property("state") == "error" and expected in w.toolTip(), path
        msg_label = getattr(f, FIELDS[path][1])
        assert not msg_label.isHidden() and expected in msg_label.text(), path
        assert not f.saveButton.isEnabled(), path
        assert f'href="{path}"' in f.summaryLabel.text(), path  # the summary links to the field
        f.summaryLabel.linkActivated.emit(path)
        assert f.sectionTabs.currentWidget().isAncestorOf(w), path
        typed(qtbot, form, path, good)
        assert form.field_message(path) == "" and w.property("state") == "" and msg_label.isHidden(), path
        assert f.saveButton.isEnabled(), (path, form.result.errors)
    wait_db_idle()


def test_bank_card_luhn_and_consent_rule(qtbot, db, actors, tmp_path, no_questions):
    _tab, form = new_form(qtbot, db, actors, tmp_path)
    f = form.form
    fill_valid(qtbot, form)
    typed(qtbot, form, "bank.account_no", "6222 0212 3456 7890")  # Luhn fails: a warning, under the error
    assert "个人敏感信息处理单独同意书" in form.field_message("bank.account_no")
    typed(qtbot, form, "bank.account_no", "6222 0212 3456 7894")  # Luhn ok, but no consent on file
    assert "个人敏感信息处理单独同意书" in form.field_message("bank.account_no")
    assert not f.saveButton.isEnabled()
    # record the signed consent (pending until saved): the account is accepted
    f.sectionTabs.setCurrentWidget(f.pageConsent)
    f.consentKindCombo.setCurrentIndex(f.consentKindCombo.findData("pi_sensitive"))
    f.consentSignedEdit.setText("2099-01-01")
    f.addConsentButton.click()
    assert "晚于今天" in f.consentSignedMsg.text() and not form.pending_consents
    f.consentSignedEdit.setText("2024-05-01")
    QTest.keyClick(f.consentScopeEdit, Qt.Key.Key_Return)  # Enter in the last consent field registers it
    assert len(form.pending_consents) == 1 and f.consentTable.rowCount() == 1
    assert f.consentTable.item(0, 4).text() == "待保存"
    assert form.field_message("bank.account_no") == "" and f.saveButton.isEnabled()
    typed(qtbot, form, "bank.account_no", "6222 0212 3456 7890")  # §1.6: a failed Luhn digit only warns
    assert "Luhn" in form.field_message("bank.account_no") and "核对" in form.field_message("bank.account_no")
    assert form.widget_for("bank.account_no").property("state") == "warn" and f.saveButton.isEnabled()
    typed(qtbot, form, "bank.account_no", "6222 0212 3456 7894")
    assert form.field_message("bank.account_no") == ""
    assert "征信查询授权" in f.consentBannerLabel.text() and "个人敏感信息" not in f.consentBannerLabel.text()
    view = saved(qtbot, form)
    assert view.consents.missing == ("credit_query",)
    assert f.consentTable.item(0, 4).text() == "有效"
    with db.write() as s:
        assert svc.get_customer(s, actors["clerk"], view.id, unmasked=True).bank.account_no == "6222021234567894"
    wait_db_idle()


def test_business_customer_needs_valid_uscc(qtbot, db, actors, tmp_path, no_questions):
    _tab, form = new_form(qtbot, db, actors, tmp_path)
    f = form.form
    assert not f.usccEdit.isVisibleTo(f.pageBasic)
    fill_valid(qtbot, form)
    f.kindCombo.setCurrentIndex(f.kindCombo.findData("business"))
    qtbot.wait(CHECK_DELAY_MS + 30)
    assert f.usccEdit.isVisibleTo(f.pageBasic) and not f.saveButton.isEnabled()
    typed(qtbot, form, "business_name", "张三丰农资店")
    typed(qtbot, form, "uscc", uscc()[:-1] + ("0" if uscc()[-1] != "0" else "1"))
    assert "校验位错误" in form.field_message("uscc")
    typed(qtbot, form, "uscc", uscc())
    assert form.field_message("uscc") == "" and f.saveButton.isEnabled()
    view = saved(qtbot, form)
    assert view.kind == "business" and view.uscc == uscc()
    wait_db_idle()


def test_required_fields_shown_on_save_attempt(qtbot, db, actors, tmp_path, no_questions):
    _tab, form = new_form(qtbot, db, actors, tmp_path)
    f = form.form
    typed(qtbot, form, "name", "李四")
    typed(qtbot, form, "name", "")
    assert form.field_message("name") == "请填写姓名"  # touched, then emptied
    assert form.field_message("mobile") == ""
    QTest.keySequence(form, "Ctrl+S")  # refused: every missing field now shows
    assert form.field_message("mobile") and form.field_message("id_number") and form.field_message("id_valid_from")
    assert "还有" in form.message() and f.nameEdit.hasFocus()
    assert "（" in f.sectionTabs.tabText(1)  # the 证件 tab carries its error count
    wait_db_idle()


def test_duplicate_id_refused_with_link_to_existing(qtbot, db, actors, tmp_path, monkeypatch):
    existing = create(db, actors["clerk2"], name="张三丰")
    tab, form = new_form(qtbot, db, actors, tmp_path)
    f = form.form
    fill_valid(qtbot, form, name="张三峰")
    QTest.keySequence(form, "Ctrl+S")
    qtbot.waitUntil(lambda: f.openExistingButton.isVisible(), timeout=5000)
    assert existing.customer_no in form.field_message("id_number") and "不能重复建档" in form.message()
    assert existing.customer_no in f.openExistingButton.text()
    with db.read() as s:
        assert svc.count_customers(s, actors["clerk"]) == 1  # nothing half-written
    asked = []
    monkeypatch.setattr(dialogs, "confirm_discard", lambda *_a, **_k: asked.append(1) or True)
    f.openExistingButton.click()
    qtbot.waitUntil(lambda: form.view is not None and form.view.id == existing.id, timeout=5000)
    assert asked == [1] and f.nameEdit.text() == "张三丰" and f.idNumberEdit.text() == GOOD_ID
    wait_db_idle()


def test_edit_unmasked_is_audited_and_saves_new_version(qtbot, db, actors, tmp_path, no_questions):
    customer = create(db, actors["clerk"])
    tab = open_tab(qtbot, db, actors["clerk"], tmp_path)
    before = last_audit_seq(db)
    tab.open_customer(customer.id)
    form = tab.form
    f = form.form
    qtbot.waitUntil(lambda: form.view is not None, timeout=5000)
    assert f.idNumberEdit.text() == GOOD_ID and f.mobileEdit.text() == "13812345678"  # unmasked to edit
    assert audits_since(db, before, "customer.revealed")[0][0] == customer.id
    assert not form.is_dirty() and f.revealButton.isHidden()
    typed(qtbot, form, "mobile", "13900002222")
    assert form.is_dirty() and f.saveButton.isEnabled()
    view = saved(qtbot, form)
    assert view.version == customer.version + 1 and "第 2 版" in f.subtitleLabel.text()
    updates = audits_since(db, before, "customer.updated")
    assert updates[0][1]["changed"] == ["mobile"] and "13900002222" not in str(updates)
    # a newly typed expired card: only a warning while typing (existing file), refused by the service
    typed(qtbot, form, "id_valid_to", "2020-01-01")
    typed(qtbot, form, "id_valid_from", "2010-01-01")
    assert "过期" in form.field_message("id_valid_to") and f.saveButton.isEnabled()
    QTest.keySequence(form, "Ctrl+S")
    qtbot.waitUntil(lambda: not form.busy and "过期" in form.message(), timeout=5000)
    assert form.widget_for("id_valid_to").property("state") == "error"  # ValidationFailed mapped back
    assert form.is_dirty()
    wait_db_idle()


def test_escape_asks_before_discarding(qtbot, db, actors, tmp_path, monkeypatch):
    tab, form = new_form(qtbot, db, actors, tmp_path)
    answers = [False, True]
    asked = []
    monkeypatch.setattr(dialogs, "confirm_discard", lambda *_a, **_k: asked.append(1) or answers.pop(0))
    typed(qtbot, form, "name", "王五")
    QTest.keyClick(form.form.nameEdit, Qt.Key.Key_Escape)
    assert tab.form_open and asked == [1]  # kept editing
    QTest.keyClick(form.form.nameEdit, Qt.Key.Key_Escape)
    assert not tab.form_open and asked == [1, 1]
    wait_db_idle()


@pytest.mark.parametrize("username", ["reviewer", "auditor"])
def test_read_only_roles_see_masked_values_and_reveal_is_audited(qtbot, db, actors, tmp_path, no_questions,
                                                                   username):
    customer = create(db, actors["clerk"], contacts=(svc.ContactInput(role="contact", name="李四", relation="朋友",
                                                                      phone="13700001111"),),
                      personal=svc.PersonalInput(phone_other="13600002222"))
    tab = open_tab(qtbot, db, actors[username], tmp_path)
    assert not tab.panel.newButton.isVisible()
    before = last_audit_seq(db)
    tab.open_customer(customer.id)
    form = tab.form
    f = form.form
    qtbot.waitUntil(lambda: form.view is not None, timeout=5000)
    assert not form.editable and form.masked
    assert "*" in f.idNumberEdit.text() and f.mobileEdit.text() == "138****5678" and f.nameEdit.isReadOnly()
    assert f.phoneOtherEdit.text() == "136****2222"  # every phone, not only the mobile
    assert not f.saveButton.isVisible() and f.revealButton.isVisible() and "只读" in form.message()
    assert audits_since(db, before, "customer.revealed") == []  # opening masked is not a reveal
    f.revealButton.click()
    qtbot.waitUntil(lambda: f.idNumberEdit.text() == GOOD_ID, timeout=5000)
    assert f.mobileEdit.text() == "13812345678" and f.phoneOtherEdit.text() == "13600002222"
    fields = [summary["field"] for _cid, summary in audits_since(db, before, "customer.field_revealed")]
    assert fields == ["id_number", "mobile", "phone_other"]
    # a contact's numbers, one audited reveal each
    f.sectionTabs.setCurrentWidget(f.pageContacts)
    f.contactsTable.setCurrentCell(0, 1)
    assert "*" in f.contactsTable.item(0, 4).text()
    f.revealContactButton.click()
    qtbot.waitUntil(lambda: f.contactsTable.item(0, 4).text() == "13700001111", timeout=5000)
    QTest.keyClick(f.nameEdit, Qt.Key.Key_Escape)  # read-only: never asks
    assert not tab.form_open
    wait_db_idle()


def test_contacts_table_validated_per_cell(qtbot, db, actors, tmp_path, no_questions):
    _tab, form = new_form(qtbot, db, actors, tmp_path)
    f = form.form
    fill_valid(qtbot, form)
    f.addGuarantorButton.click()
    assert f.sectionTabs.currentWidget() is f.pageContacts
    t = f.contactsTable
    t.item(0, 1).setText("王担保")
    t.item(0, 2).setText(bad_check(id_number("19900101", 111)))
    qtbot.wait(CHECK_DELAY_MS + 30)
    assert "校验位" in form.field_message("contacts[0].id_number") and "第 1 行" in f.contactsMsg.text()
    assert t.item(0, 2).background().color().name() == "#fde0e0" and "校验位" in t.item(0, 2).toolTip()
    t.item(0, 2).setText(GOOD_ID)
    qtbot.wait(CHECK_DELAY_MS + 30)
    assert "本人" in form.field_message("contacts[0].id_number")
    t.item(0, 2).setText(id_number("19900101", 111))
    qtbot.wait(CHECK_DELAY_MS + 30)
    assert form.field_message("contacts[0].id_number") == "" and f.saveButton.isEnabled()
    f.addSpouseButton.click()
    assert f.maritalCombo.currentData() == "married" and t.item(1, 3).text() == "配偶"
    t.item(1, 1).setText("李配偶")
    t.item(1, 2).setText(id_number("19870202", 222))
    qtbot.wait(CHECK_DELAY_MS + 30)
    view = saved(qtbot, form)
    assert [c.role for c in view.contacts] == ["guarantor", "spouse"]
    t.setCurrentCell(0, 1)
    f.removeContactButton.click()
    qtbot.wait(CHECK_DELAY_MS + 30)
    assert t.rowCount() == 1 and form.is_dirty()
    view = saved(qtbot, form)
    assert [c.role for c in view.contacts] == ["spouse"]
    wait_db_idle()


def test_copy_address_from_household_member(qtbot, db, actors, tmp_path, no_questions, monkeypatch):
    spouse_id = id_number("19870202", 222)
    member = create(db, actors["clerk"], name="李配偶", id_number=spouse_id, mobile="13600001111",
                    address=svc.AddressInput(hukou_region_code="330108", hukou_address="西兴街道 1 号",
                                             current_region_code="330106", current_address="文三路 8 号"))
    _tab, form = new_form(qtbot, db, actors, tmp_path)
    f = form.form
    fill_valid(qtbot, form)
    f.addSpouseButton.click()
    f.contactsTable.item(0, 1).setText("李配偶")
    f.contactsTable.item(0, 2).setText(spouse_id)
    f.copyFromMemberButton.click()
    qtbot.waitUntil(lambda: f.hukouAddressEdit.text() == "西兴街道 1 号", timeout=5000)
    assert form.hukou.code() == "330108" and form.current.code() == "330106"
    assert f.currentAddressEdit.text() == "文三路 8 号" and member.customer_no in form.message()
    # without a member on file the clerk is asked for a number
    f.contactsTable.removeRow(0)
    monkeypatch.setattr(dialogs, "ask_text", lambda *_a, **_k: member.customer_no)
    f.hukouAddressEdit.clear()
    f.copyFromMemberButton.click()
    qtbot.waitUntil(lambda: f.hukouAddressEdit.text() == "西兴街道 1 号", timeout=5000)
    wait_db_idle()


def test_region_cascade_round_trips_retired_codes(qtbot, db, actors, tmp_path, no_questions):
    from loandesk.domain import regions

    retired = next(code for code in ("330103", "330104", "330102") if (r := regions.lookup(code)) and r.retired)
    customer = create(db, actors["clerk"], address=svc.AddressInput(hukou_region_code=retired,
                                                                    hukou_address="旧城区 1 号"))
    tab = open_tab(qtbot, db, actors["clerk"], tmp_path)
    tab.open_customer(customer.id)
    form = tab.form
    qtbot.waitUntil(lambda: form.view is not None, timeout=5000)
    assert form.hukou.code() == retired and "旧代码" in form.form.hukouCountyCombo.currentText()
    assert not form.is_dirty()
    # the cascade: choosing a province fills its cities, a city its counties
    f = form.form
    f.currentProvinceCombo.setCurrentIndex(f.currentProvinceCombo.findData("330000"))
    assert f.currentCityCombo.findData("330100") > 0
    f.currentCityCombo.setCurrentIndex(f.currentCityCombo.findData("330100"))
    f.currentCountyCombo.setCurrentIndex(f.currentCountyCombo.findData("330106"))
    assert form.current.code() == "330106"
    wait_db_idle()


def test_ocr_proposal_fills_fields_for_confirmation(qtbot, db, actors, tmp_path, no_questions):
    from datetime import date

    _tab, form = new_form(qtbot, db, actors, tmp_path)
    f = form.form
    assert form.ocr_control.objectName() == "ocrButton"
    proposal = SimpleNamespace(name="张三丰", gender="男", ethnicity="汉族", birth_date=date(1985, 3, 12),
                               address="浙江省杭州市西湖区留下街道东岳村3组12号", id_number=GOOD_ID)
    form.apply_ocr_proposal(proposal)
    assert f.nameEdit.text() == "张三丰" and f.idNumberEdit.text() == GOOD_ID
    assert f.ethnicityCombo.currentText() == "汉" and f.genderEdit.text() == "男"
    assert "核对" in form.message() and "不一致" not in form.message()
    form.apply_ocr_proposal(SimpleNamespace(name=None, gender="女", ethnicity=None, birth_date=None, address=None,
                                            id_number=None))
    assert "不一致" in form.message()
    wait_db_idle()


def test_archive_and_reactivate(qtbot, db, actors, tmp_path, monkeypatch):
    monkeypatch.setitem(ROLE_PERMISSIONS, Role.CLERK, ROLE_PERMISSIONS[Role.CLERK] | {"customer.archive"})
    customer = create(db, actors["clerk"])
    tab = open_tab(qtbot, db, actors["clerk"], tmp_path)
    tab.open_customer(customer.id)
    form = tab.form
    f = form.form
    qtbot.waitUntil(lambda: form.view is not None, timeout=5000)
    assert f.archiveButton.isVisible() and not f.reactivateButton.isVisible()
    monkeypatch.setattr(dialogs.ArchiveDialog, "ask", classmethod(lambda cls, *_a, **_k: None))
    f.archiveButton.click()  # cancelled
    assert form.view.status == "active"
    monkeypatch.setattr(dialogs.ArchiveDialog, "ask", classmethod(lambda cls, *_a, **_k: "客户迁出本地"))
    f.archiveButton.click()
    qtbot.waitUntil(lambda: form.view.status == "archived", timeout=5000)
    assert "已归档" in f.flagsLabel.text() and f.reactivateButton.isVisible()
    # still editable afterwards (version followed)
    typed(qtbot, form, "personal.wechat", "zsf1985")
    view = saved(qtbot, form)
    assert view.status == "archived"
    f.reactivateButton.click()
    qtbot.waitUntil(lambda: form.view.status == "active", timeout=5000)
    wait_db_idle()


def test_archive_dialog_requires_a_reason(qtbot):
    dlg = dialogs.ArchiveDialog(None, "张三丰（客户号 330100000001）")
    qtbot.addWidget(dlg)
    dlg.form.buttonBox.accepted.emit()
    assert "请填写" in dlg.form.messageLabel.text() and not dlg.reason
    dlg.form.reasonCombo.setEditText("长" * 201)
    dlg.form.buttonBox.accepted.emit()
    assert "200" in dlg.form.messageLabel.text()
    dlg.form.reasonCombo.setCurrentIndex(0)
    dlg.form.buttonBox.accepted.emit()
    assert dlg.reason == dialogs.ARCHIVE_REASONS[0] and dlg.result() == dlg.DialogCode.Accepted


def test_hostile_input_saved_or_refused_clearly(qtbot, db, actors, tmp_path, no_questions):
    _tab, form = new_form(qtbot, db, actors, tmp_path)
    f = form.form
    fill_valid(qtbot, form, name="O'Brien-张")
    typed(qtbot, form, "address.hukou_address", "'; DROP TABLE customers;-- \"quoted\" <b>粗</b> 😀")
    typed(qtbot, form, "notes", "备注 😀🏠 \\ % _ ' \"")
    huge = "长" * 10_240
    typed(qtbot, form, "address.current_address", huge)
    assert "不能超过 200 个字" in form.field_message("address.current_address") and not f.saveButton.isEnabled()
    typed(qtbot, form, "address.current_address", "")
    typed(qtbot, form, "name", "张\u202e三")  # an RTL override hidden in a name
    assert "控制字符" in form.field_message("name")
    typed(qtbot, form, "name", "O'Brien-张")
    typed(qtbot, form, "notes", "x" * 10_240)
    assert "2000" in form.field_message("notes")
    typed(qtbot, form, "notes", "备注 😀🏠 \\ % _ ' \"")
    assert f.saveButton.isEnabled(), form.result.errors
    view = saved(qtbot, form)
    with db.write() as s:
        stored = svc.get_customer(s, actors["clerk"], view.id, unmasked=True)
        assert svc.count_customers(s, actors["clerk"]) == 1
    assert stored.name == "O'Brien-张" and stored.address.hukou_address.startswith("'; DROP TABLE")
    assert stored.notes == "备注 😀🏠 \\ % _ ' \""
    wait_db_idle()


def test_full_width_and_spaced_input_is_accepted(qtbot, db, actors, tmp_path, no_questions):
    _tab, form = new_form(qtbot, db, actors, tmp_path)
    typed(qtbot, form, "name", "赵六")
    typed(qtbot, form, "id_number", "３３０１０６ １９８５０３１２ １２３" + GOOD_ID[-1])  # IME full-width digits
    typed(qtbot, form, "id_valid_from", "２０１６年４月１日")
    typed(qtbot, form, "mobile", "+86 138-1234-5678")
    assert form.form.saveButton.isEnabled(), form.result.errors
    view = saved(qtbot, form)
    assert view.birth_date.isoformat() == "1985-03-12"
    wait_db_idle()


def test_form_fields_have_hints(qtbot, db, actors, tmp_path):
    _tab, form = new_form(qtbot, db, actors, tmp_path)
    missing = []
    for path, (name, _msg) in FIELDS.items():
        w = getattr(form.form, name)
        hint = w.toolTip() or (w.placeholderText() if isinstance(w, QLineEdit) else "")
        if not hint:
            missing.append(path)
    assert missing == []
    # every other input on the form too: province/city combos, consent and document inputs, tables
    inputs = [w for cls in (QLineEdit, QComboBox, QPlainTextEdit, QCheckBox, QTableWidget)
              for w in form.findChildren(cls)
              if not (isinstance(w, QLineEdit) and isinstance(w.parent(), QComboBox))]
    assert len(inputs) > len(FIELDS) + 10
    unhinted = [w.objectName() for w in inputs
                if not (w.toolTip() or (isinstance(w, QLineEdit | QPlainTextEdit) and w.placeholderText()))]
    assert unhinted == []
    wait_db_idle()
