"""Everyday 客户资料 cases a clerk meets at the counter, driven through the form."""

from __future__ import annotations

from loandesk.services import customers as svc
from loandesk.ui.tasks import wait_db_idle
from tests.gui.customer_helpers import create, id_number
from tests.gui.test_customer_form import fill_valid, new_form, no_questions, saved, typed  # noqa: F401  (fixture)


def test_copy_from_member_keeps_what_the_member_has_not_got(qtbot, db, actors, tmp_path, no_questions):  # noqa: F811
    """A spouse on file with only a hukou address: copying it must not wipe the current address
    the clerk already typed."""
    spouse_id = id_number("19870202", 222)
    create(db, actors["clerk"], name="李配偶", id_number=spouse_id, mobile="13600001111",
           address=svc.AddressInput(hukou_region_code="330108", hukou_address="西兴街道 1 号"))
    _tab, form = new_form(qtbot, db, actors, tmp_path)
    f = form.form
    fill_valid(qtbot, form)
    form.current.set_code("330106")
    typed(qtbot, form, "address.current_address", "文三路 8 号")
    f.addSpouseButton.click()
    f.contactsTable.item(0, 1).setText("李配偶")
    f.contactsTable.item(0, 2).setText(spouse_id)
    f.copyFromMemberButton.click()
    qtbot.waitUntil(lambda: f.hukouAddressEdit.text() == "西兴街道 1 号", timeout=5000)
    assert form.hukou.code() == "330108"
    assert form.current.code() == "330106" and f.currentAddressEdit.text() == "文三路 8 号"
    assert "户籍" in form.message()
    wait_db_idle()


def test_enter_on_a_focused_button_presses_it(qtbot, db, actors, tmp_path, no_questions):  # noqa: F811
    """Enter walks the form and ends on 保存; pressing Enter there must save (it did nothing)."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    _tab, form = new_form(qtbot, db, actors, tmp_path)
    f = form.form
    fill_valid(qtbot, form)
    typed(qtbot, form, "address.hukou_address", "留下街道东岳村 3 组 12 号")
    f.sectionTabs.setCurrentWidget(f.pageContact)
    f.sameAsHukouButton.setFocus()
    QTest.keyClick(f.sameAsHukouButton, Qt.Key.Key_Return)
    assert f.currentAddressEdit.text() == "留下街道东岳村 3 组 12 号"
    f.sectionTabs.setCurrentWidget(f.pageConsent)
    form.advance(f.consentScopeEdit)  # the last input of the form
    assert f.saveButton.hasFocus()
    with qtbot.waitSignal(form.sig_saved, timeout=10000):
        QTest.keyClick(f.saveButton, Qt.Key.Key_Return)
    wait_db_idle()


def test_enter_on_a_focused_list_button_presses_it(qtbot, db, actors, tmp_path, no_questions):  # noqa: F811
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    from tests.gui.customer_helpers import open_tab

    tab = open_tab(qtbot, db, actors["clerk"], tmp_path)
    tab.panel.newButton.setFocus()
    QTest.keyClick(tab.panel.newButton, Qt.Key.Key_Return)
    assert tab.form_open
    wait_db_idle()


def test_typing_changqi_in_the_expiry_field_ticks_long_term(qtbot, db, actors, tmp_path, no_questions):  # noqa: F811
    """The card back says 长期; clerks type what they read instead of looking for the box."""
    _tab, form = new_form(qtbot, db, actors, tmp_path)
    f = form.form
    typed(qtbot, form, "name", "张老汉")
    typed(qtbot, form, "id_number", id_number("19600301", 131))
    typed(qtbot, form, "mobile", "13812345678")
    typed(qtbot, form, "id_valid_from", "2016-04-01")
    f.idLongTermCheck.setChecked(False)
    typed(qtbot, form, "id_valid_to", "长期")
    assert f.idLongTermCheck.isChecked() and f.idValidToEdit.text() == "" and f.idLongTermCheck.hasFocus()
    assert f.idValidToEdit.placeholderText() == "长期"  # not a greyed-out example date
    assert form.field_message("id_valid_to") == "" and f.saveButton.isEnabled(), form.result.errors
    view = saved(qtbot, form)
    assert view.id_valid_to is None
    wait_db_idle()


def test_the_validity_range_typed_as_printed_fills_both_dates(qtbot, db, actors, tmp_path, no_questions):  # noqa: F811
    """The card back prints 有效期限 2016.04.01-2036.04.01: typed (or pasted) as one, it fills both."""
    _tab, form = new_form(qtbot, db, actors, tmp_path)
    f = form.form
    fill_valid(qtbot, form)
    typed(qtbot, form, "id_valid_from", "2016.04.01-2036.04.0")  # not finished yet: nothing moves
    assert f.idValidFromEdit.text() == "2016.04.01-2036.04.0"
    typed(qtbot, form, "id_valid_from", "2015.04.01-2035.04.01")
    assert f.idValidFromEdit.text() == "2015.04.01" and f.idValidToEdit.text() == "2035.04.01"
    assert form.field_message("id_valid_from") == "" and form.field_message("id_valid_to") == ""
    form.form.idValidFromEdit.setText("")
    typed(qtbot, form, "id_number", id_number("19600301", 131))
    typed(qtbot, form, "id_valid_from", "２０１６．０４．０１－长期")  # IME full-width
    assert f.idValidFromEdit.text() == "2016.04.01" and f.idLongTermCheck.isChecked()
    assert f.idValidToEdit.text() == "" and f.saveButton.isEnabled(), form.result.errors
    wait_db_idle()


def test_tab_walks_visible_inputs_in_screen_order(qtbot, db, actors, tmp_path, no_questions):  # noqa: F811
    """Tab never stops on an invisible scroll area, and the 从身份证识别 button under 有效期 comes
    right after 长期 (it was reached only after the footer)."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication, QScrollArea

    tab, form = new_form(qtbot, db, actors, tmp_path)
    f = form.form
    tab.window().activateWindow()
    f.sectionTabs.setCurrentWidget(f.pageId)
    f.idLongTermCheck.setFocus()
    QTest.keyClick(f.idLongTermCheck, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is form.ocr_control
    for page in (f.pageBasic, f.pageContact, f.pageAssets):
        f.sectionTabs.setCurrentWidget(page)
        f.sectionTabs.tabBar().setFocus()
        for _ in range(25):
            QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
            assert not isinstance(QApplication.focusWidget(), QScrollArea), page.objectName()
    wait_db_idle()


def test_chinese_typed_into_the_contacts_table_is_not_lost(qtbot, db, actors, tmp_path, no_questions):  # noqa: F811
    """With a pinyin IME the first thing the table gets is the committed text, not a key: it must
    open the cell editor *with* that text (it opened an empty editor and dropped the name)."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QInputMethodEvent
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    tab, form = new_form(qtbot, db, actors, tmp_path)
    f = form.form
    tab.window().activateWindow()
    fill_valid(qtbot, form)
    f.addGuarantorButton.click()
    t = f.contactsTable
    assert QApplication.focusWidget() is t and t.currentColumn() == 1
    ime = QInputMethodEvent("", [])
    ime.setCommitString("王担保")
    QApplication.sendEvent(t, ime)
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)  # commit the cell, go on to 身份证号
    assert t.item(0, 1).text() == "王担保"
    wait_db_idle()


def test_typing_in_the_customer_list_goes_to_the_search_box(qtbot, db, actors, tmp_path, no_questions):  # noqa: F811
    """After Enter/↓ into the list the next customer is typed, not scrolled for: letters and IME text
    start a new search instead of a type-ahead over customer numbers."""
    from PySide6.QtGui import QInputMethodEvent
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from tests.gui.customer_helpers import open_tab

    create(db, actors["clerk"], name="张三丰")
    tab = open_tab(qtbot, db, actors["clerk"], tmp_path)
    tab.window().activateWindow()
    p = tab.panel
    p.searchEdit.setText("old")
    p.customerView.setFocus()
    QTest.keyClicks(p.customerView, "z")
    QTest.keyClicks(QApplication.focusWidget(), "sf")  # the rest follows the focus, as real keys do
    assert p.searchEdit.hasFocus() and p.searchEdit.text() == "zsf"
    p.customerView.setFocus()
    ime = QInputMethodEvent("", [])
    ime.setCommitString("张三")
    QApplication.sendEvent(p.customerView, ime)
    assert p.searchEdit.hasFocus() and p.searchEdit.text() == "张三"
    wait_db_idle()


def test_region_combos_answer_chinese_and_pinyin_initials(qtbot, db, actors, tmp_path, no_questions):  # noqa: F811
    """A keyboard clerk picks 浙江省 › 杭州市 › 西湖区 by typing, not by arrowing through 34 provinces:
    IME text selects the item containing it, letters the item with those pinyin initials."""
    from PySide6.QtGui import QInputMethodEvent
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    tab, form = new_form(qtbot, db, actors, tmp_path)
    f = form.form
    tab.window().activateWindow()
    form.hukou.set_code("")
    f.sectionTabs.setCurrentWidget(f.pageContact)
    f.hukouProvinceCombo.setFocus()
    ime = QInputMethodEvent("", [])
    ime.setCommitString("浙江")
    QApplication.sendEvent(f.hukouProvinceCombo, ime)
    assert f.hukouProvinceCombo.currentData() == "330000"
    f.hukouCityCombo.setFocus()
    QTest.keyClicks(f.hukouCityCombo, "hz")
    assert f.hukouCityCombo.currentData() == "330100"
    f.hukouCountyCombo.setFocus()
    QTest.keyClicks(f.hukouCountyCombo, "xh")
    assert form.hukou.code() == "330106"
    wait_db_idle()
