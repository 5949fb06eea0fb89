"""用户管理 driven through the real widgets on a real SQLCipher database."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QDialogButtonBox

from loandesk.services import auth
from loandesk.services.context import ServiceError
from loandesk.store.models.auth import User
from loandesk.ui.admin import common
from loandesk.ui.admin.tab import AdminTab
from loandesk.ui.context import AppContext
from loandesk.ui.tasks import wait_db_idle
from tests.conftest import PASSWORD


def make_tab(qtbot, db, actor) -> AdminTab:
    tab = AdminTab(AppContext(db=db, actor=actor, branch_name="测试支行", branch_code="3301"))
    qtbot.addWidget(tab)
    tab.resize(1100, 700)
    tab.show()
    return tab


@pytest.fixture
def panel(qtbot, db, actors):
    tab = make_tab(qtbot, db, actors["admin"])
    p = tab.show_section("users")
    qtbot.waitUntil(lambda: p.model.rowCount() == 6, timeout=5000)
    yield p
    tab.shutdown()
    wait_db_idle()


def select(panel, username: str) -> None:
    row = next(i for i, u in enumerate(panel.model.users) if u.username == username)
    panel.form.usersView.selectRow(row)
    assert panel.selected().username == username


def user_row(panel, username: str):
    return next(u for u in panel.model.users if u.username == username)


def ok(dlg) -> None:
    dlg.form.buttonBox.button(QDialogButtonBox.StandardButton.Ok).click()


def db_user(db, username: str) -> auth.UserView:
    from sqlalchemy import select as sql_select

    with db.read() as s:
        return auth.UserView.of(s.scalar(sql_select(User).where(User.username == username)))


def test_sections_follow_permissions(qtbot, db, actors):
    assert make_tab(qtbot, db, actors["admin"]).section_titles() == [
        "用户管理", "审计日志", "备份与恢复", "贷款产品", "系统设置", "运行状况"]
    assert make_tab(qtbot, db, actors["auditor"]).section_titles() == ["审计日志"]
    assert make_tab(qtbot, db, actors["clerk"]).section_titles() == []
    wait_db_idle()


def test_list_shows_roles_and_authority(panel):
    approver = user_row(panel, "approver")
    assert approver.role_label == "审批人/行长"
    row = panel.model.row_of(approver.id)
    texts = [panel.model.index(row, c).data() for c in range(panel.model.columnCount())]
    assert texts[:4] == ["approver", "赵行长", "审批人/行长", "启用"] and texts[5] == "¥500,000.00"


def test_create_user_with_bad_then_good_input(qtbot, panel, db):
    panel.form.newButton.click()
    dlg = panel.dialog
    f = dlg.form
    f.usernameEdit.setText("lixm")
    f.displayNameEdit.setText("李小明")
    f.roleCombo.setCurrentIndex(f.roleCombo.findData("approver"))
    f.limitEdit.setText("30万")
    f.passwordEdit.setText("short")
    f.password2Edit.setText("short")
    ok(dlg)
    qtbot.waitUntil(lambda: "至少 8 位" in f.messageLabel.text(), timeout=5000)
    assert dlg.isVisible()  # nothing typed is lost
    f.passwordEdit.setText("Temp2026ab")
    f.password2Edit.setText("Temp2026ax")
    ok(dlg)
    assert "不一致" in f.messageLabel.text()
    f.password2Edit.setText("Temp2026ab")
    with qtbot.waitSignal(dlg.accepted, timeout=5000):
        ok(dlg)
    qtbot.waitUntil(lambda: panel.model.rowCount() == 7, timeout=5000)
    assert "已新建用户“李小明（lixm）”" in panel.form.messageLabel.text()
    assert panel.selected().username == "lixm"
    u = db_user(db, "lixm")
    assert u.role == "approver" and u.approval_limit_fen == 30_000_000 and u.must_change_password
    with db.write() as s:
        _actor, must_change = auth.login(s, "lixm", "Temp2026ab")
    assert must_change


def test_duplicate_username_refused_in_dialog(qtbot, panel):
    panel.new_user()
    f = panel.dialog.form
    f.usernameEdit.setText("clerk")
    f.displayNameEdit.setText("重名")
    f.passwordEdit.setText("Temp2026ab")
    f.password2Edit.setText("Temp2026ab")
    ok(panel.dialog)
    qtbot.waitUntil(lambda: "已存在" in f.messageLabel.text(), timeout=5000)


def test_disable_and_enable(qtbot, panel, db, monkeypatch):
    asked = []
    monkeypatch.setattr(common, "confirm", lambda *a, **k: asked.append(a[2]) or True)
    select(panel, "clerk2")
    assert panel.form.toggleActiveButton.text() == "停用"
    panel.form.toggleActiveButton.click()
    qtbot.waitUntil(lambda: not user_row(panel, "clerk2").active, timeout=5000)
    assert "李客户经理" in asked[0] and "已停用用户" in panel.form.messageLabel.text()
    assert panel.form.toggleActiveButton.text() == "启用"
    with db.write() as s, pytest.raises(auth.AccountDisabled):
        auth.login(s, "clerk2", PASSWORD)
    panel.form.toggleActiveButton.click()  # enabling asks nothing
    qtbot.waitUntil(lambda: user_row(panel, "clerk2").active, timeout=5000)
    assert len(asked) == 1


def test_disable_cancelled_changes_nothing(qtbot, panel, db, monkeypatch):
    monkeypatch.setattr(common, "confirm", lambda *a, **k: False)
    select(panel, "clerk2")
    panel.form.toggleActiveButton.click()
    wait_db_idle()
    assert db_user(db, "clerk2").active


def test_unlock_a_locked_user(qtbot, panel, db):
    for _ in range(5):
        with db.write() as s, pytest.raises(ServiceError):
            auth.login_once(s, "clerk", "bad-password1")
    panel.form.refreshButton.click()
    qtbot.waitUntil(lambda: user_row(panel, "clerk").locked, timeout=5000)
    select(panel, "clerk")
    row = panel.model.row_of(user_row(panel, "clerk").id)
    assert panel.model.index(row, 4).data() == "已锁定"
    assert panel.form.unlockButton.isEnabled()
    panel.form.unlockButton.click()
    qtbot.waitUntil(lambda: not user_row(panel, "clerk").locked, timeout=5000)
    assert "已解锁" in panel.form.messageLabel.text() and not panel.form.unlockButton.isEnabled()
    with db.write() as s:
        auth.login(s, "clerk", PASSWORD)


def test_reset_password_forces_change(qtbot, panel, db):
    select(panel, "reviewer")
    panel.form.resetPasswordButton.click()
    dlg = panel.dialog
    generated = dlg.form.passwordEdit.text()
    assert not auth.password_problems(generated)
    dlg.form.passwordEdit.setText("abc")
    ok(dlg)
    qtbot.waitUntil(lambda: "至少 8 位" in dlg.form.messageLabel.text(), timeout=5000)
    dlg.form.passwordEdit.setText("Reset2026x")
    with qtbot.waitSignal(dlg.accepted, timeout=5000):
        ok(dlg)
    qtbot.waitUntil(lambda: user_row(panel, "reviewer").must_change_password, timeout=5000)
    assert "下次登录时须设置新密码" in panel.form.messageLabel.text()
    with db.write() as s:
        _a, must_change = auth.login(s, "reviewer", "Reset2026x")
    assert must_change


def test_change_role_and_authority(qtbot, panel, db):
    select(panel, "clerk2")
    panel.form.editButton.click()
    dlg = panel.dialog
    f = dlg.form
    assert f.usernameEdit.isReadOnly() and not f.passwordEdit.isVisible()
    assert not f.limitEdit.isEnabled()
    f.roleCombo.setCurrentIndex(f.roleCombo.findData("approver"))
    assert f.limitEdit.isEnabled()
    f.limitEdit.setText("12,345.678")
    ok(dlg)
    assert "两位小数" in f.messageLabel.text() or "小数" in f.messageLabel.text()
    f.limitEdit.setText("１２３４５６.５")  # full-width digits from an IME
    with qtbot.waitSignal(dlg.accepted, timeout=5000):
        ok(dlg)
    qtbot.waitUntil(lambda: user_row(panel, "clerk2").role == "approver", timeout=5000)
    u = db_user(db, "clerk2")
    assert u.role == "approver" and u.approval_limit_fen == 12_345_650
    row = panel.model.row_of(u.id)
    assert panel.model.index(row, 5).data() == "¥123,456.50"


def test_last_admin_guard_messages(qtbot, panel, db, monkeypatch):
    monkeypatch.setattr(common, "confirm", lambda *a, **k: True)
    select(panel, "admin")
    panel.form.toggleActiveButton.click()
    qtbot.waitUntil(lambda: "最后一个系统管理员" in panel.form.messageLabel.text(), timeout=5000)
    assert db_user(db, "admin").active
    panel.form.editButton.click()
    f = panel.dialog.form
    f.roleCombo.setCurrentIndex(f.roleCombo.findData("auditor"))
    ok(panel.dialog)
    qtbot.waitUntil(lambda: "最后一个系统管理员" in f.messageLabel.text(), timeout=5000)
    assert panel.dialog.isVisible() and db_user(db, "admin").role == "admin"


def test_own_role_is_locked_in_the_edit_dialog(qtbot, panel, db):
    """The signed-in admin's own role cannot be changed (the service refuses it): the dialog says so
    instead of offering the choice. Another user's role stays editable."""
    select(panel, "admin")
    panel.form.editButton.click()
    f = panel.dialog.form
    assert not f.roleCombo.isEnabled() and not f.limitEdit.isEnabled()
    assert "不能修改自己的角色" in f.roleCombo.toolTip() and "授权额度" in f.limitHintLabel.text()
    f.displayNameEdit.setText("管理员甲")  # the rest of one's own record is still editable
    with qtbot.waitSignal(panel.dialog.accepted, timeout=5000):
        ok(panel.dialog)
    qtbot.waitUntil(lambda: user_row(panel, "admin").display_name == "管理员甲", timeout=5000)
    assert db_user(db, "admin").role == "admin"
    select(panel, "clerk2")
    panel.form.editButton.click()
    f = panel.dialog.form
    assert f.roleCombo.isEnabled() and "不能修改自己的角色" not in f.limitHintLabel.text()
    panel.dialog.reject()
