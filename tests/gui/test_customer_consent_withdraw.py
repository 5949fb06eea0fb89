"""撤回授权 in the customer form: confirmation with a reason, audited revoke, the record kept."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QDialogButtonBox

from loandesk.services import customers as svc
from loandesk.services.customers import BankAccountInput, ConsentInput
from loandesk.ui.customers import dialogs
from loandesk.ui.tasks import wait_db_idle
from tests.gui.customer_helpers import audits_since, create, last_audit_seq, open_tab
from tests.services._fixtures_customers import make_card

CONSENTS = (ConsentInput("pi_sensitive", "2024-05-01", "用于贷款业务的银行账户信息处理"),
            ConsentInput("credit_query", "2024-05-01", "贷前审查查询个人信用报告"))


@pytest.fixture
def customer(db, actors):
    return create(db, actors["clerk"], consents=CONSENTS,
                  bank=BankAccountInput("card", make_card(), "浙江农商银行"))


def open_form(qtbot, db, actors, tmp_path, customer, username: str = "clerk"):
    tab = open_tab(qtbot, db, actors[username], tmp_path)
    tab.open_customer(customer.id)
    form = tab.form
    qtbot.waitUntil(lambda: form.view is not None and not form.busy, timeout=5000)
    form.go_to_page(form.form.pageConsent)
    return tab, form


def row_of(form, kind: str) -> int:
    return next(i for i, r in enumerate(form._consent_rows) if r is not None and r.kind == kind)


def test_withdraw_consent_confirms_asks_reason_and_is_audited(qtbot, db, actors, tmp_path, customer, monkeypatch):
    _tab, form = open_form(qtbot, db, actors, tmp_path, customer)
    f = form.form
    assert f.withdrawConsentButton.isVisible() and not f.withdrawConsentButton.isEnabled()  # nothing selected
    assert "选择" in f.withdrawConsentHint.text()
    row = row_of(form, "pi_sensitive")
    f.consentTable.selectRow(row)
    assert f.withdrawConsentButton.isEnabled()
    asked = []
    monkeypatch.setattr(dialogs.WithdrawConsentDialog, "ask",
                        classmethod(lambda cls, _p, label, kind: asked.append((label, kind)) or None))
    f.withdrawConsentButton.click()  # cancelled: nothing happens
    assert asked and "个人敏感信息单独同意" in asked[0][0] and asked[0][1] == "pi_sensitive"
    assert asked[0][0].startswith(customer.name)
    wait_db_idle()
    assert f.consentTable.item(row, 4).text() == "有效"
    seq = last_audit_seq(db)
    version = form.version
    monkeypatch.setattr(dialogs.WithdrawConsentDialog, "ask", classmethod(lambda cls, *_a: "客户书面申请撤回"))
    f.withdrawConsentButton.click()
    qtbot.waitUntil(lambda: f.consentTable.item(row, 4).text().startswith("已撤回"), timeout=5000)
    assert form.version == version + 1 and "pi_sensitive" not in form.on_record
    assert "已撤回" in form.message() and "银行账号" in form.message()  # the account must go now
    assert f.consentBanner.isVisible() and "个人敏感信息" in f.consentBannerLabel.text()
    assert form.field_message("bank.account_no")  # saving is refused until the account is removed
    # audited with the reason, record kept and marked
    audits = audits_since(db, seq, "customer.consent_revoked")
    assert [(e, s["kind"], s["reason"]) for e, s in audits] == [(customer.id, "pi_sensitive", "客户书面申请撤回")]
    with db.read() as s:
        status = svc.consent_status(s, actors["clerk"], customer.id)
    assert status.missing == ("pi_sensitive",) and any(r.revoked_at for r in status.records)
    # the revoked row cannot be withdrawn twice; the other one still can
    f.consentTable.selectRow(row)
    assert not f.withdrawConsentButton.isEnabled() and "已撤回" in f.withdrawConsentHint.text()
    f.consentTable.selectRow(row_of(form, "credit_query"))
    assert f.withdrawConsentButton.isEnabled()
    wait_db_idle()


def test_withdraw_refused_while_the_form_has_unsaved_edits(qtbot, db, actors, tmp_path, customer, monkeypatch):
    _tab, form = open_form(qtbot, db, actors, tmp_path, customer)
    f = form.form
    f.wechatEdit.setText("changed-wechat")
    form._edited("personal.wechat")
    assert form.is_dirty()
    monkeypatch.setattr(dialogs.WithdrawConsentDialog, "ask",
                        classmethod(lambda cls, *_a: pytest.fail("must not ask with unsaved edits")))
    f.consentTable.selectRow(row_of(form, "credit_query"))
    f.withdrawConsentButton.click()
    assert "先保存" in form.message()
    wait_db_idle()
    with db.read() as s:
        assert svc.consent_status(s, actors["clerk"], customer.id).missing == ()


def test_read_only_roles_cannot_withdraw(qtbot, db, actors, tmp_path, customer):
    _tab, form = open_form(qtbot, db, actors, tmp_path, customer, username="reviewer")
    assert not form.form.withdrawConsentButton.isVisible()
    wait_db_idle()


def test_withdraw_dialog_needs_a_reason_and_defaults_to_cancel(qtbot):
    dlg = dialogs.WithdrawConsentDialog(None, "张三丰（客户号 330100000001）：撤回《征信查询授权》", "credit_query")
    qtbot.addWidget(dlg)
    f = dlg.form
    assert "征信" in f.consequenceLabel.text()
    assert f.buttonBox.button(QDialogButtonBox.StandardButton.Cancel).isDefault()
    assert not f.buttonBox.button(QDialogButtonBox.StandardButton.Ok).isDefault()
    f.buttonBox.accepted.emit()
    assert "请填写" in f.messageLabel.text() and not dlg.reason
    f.reasonCombo.setEditText("长" * 201)
    f.buttonBox.accepted.emit()
    assert "200" in f.messageLabel.text() and not dlg.reason
    f.reasonCombo.setCurrentIndex(0)
    f.buttonBox.accepted.emit()
    assert dlg.reason == dialogs.WITHDRAW_REASONS[0] and dlg.result() == dlg.DialogCode.Accepted
