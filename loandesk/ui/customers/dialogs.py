"""Questions the 客户资料 tab asks: discard changes?, archive reason, consent withdrawal, a lookup text.

Why module-level functions: tests must never block on a real modal dialog, so every question
goes through one function here that a test replaces with ``monkeypatch.setattr(dialogs, ...)``.
Callers use ``dialogs.confirm_discard(...)``, never ``from dialogs import confirm_discard``.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QInputDialog, QMessageBox, QWidget

from loandesk.services.customers import MAX_LEN, REVOKE_REASON_MAX
from loandesk.ui.forms.ui_customer_archive_dialog import Ui_CustomerArchiveDialog
from loandesk.ui.forms.ui_customer_withdraw_consent_dialog import Ui_CustomerWithdrawConsentDialog

ARCHIVE_REASONS = ["客户迁出本地", "贷款结清后客户申请销户", "长期无业务往来", "客户死亡", "重复建档（已合并至其他客户号）"]


def confirm_discard(parent: QWidget | None, what: str = "客户资料") -> bool:
    """True when the clerk agrees to throw away unsaved edits. Default button: keep editing."""
    box = QMessageBox(QMessageBox.Icon.Warning, "放弃未保存的修改？",
                      f"{what}有未保存的修改。\n\n放弃修改并关闭吗？（按“继续编辑”返回，然后可按 Ctrl+S 保存）",
                      QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel, parent)
    box.button(QMessageBox.StandardButton.Discard).setText("放弃修改")
    box.button(QMessageBox.StandardButton.Cancel).setText("继续编辑")
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    return box.exec() == QMessageBox.StandardButton.Discard


def ask_text(parent: QWidget | None, title: str, label: str) -> str | None:
    """One line of text, or None when cancelled."""
    text, ok = QInputDialog.getText(parent, title, label)
    return text.strip() if ok and text.strip() else None


class ArchiveDialog(QDialog):
    """Collects the archive reason; the service refuses an empty or over-long one anyway."""

    def __init__(self, parent: QWidget | None, customer_label: str) -> None:
        super().__init__(parent)
        self.form = Ui_CustomerArchiveDialog()
        self.form.setupUi(self)
        f = self.form
        f.customerLabel.setText(customer_label)
        f.reasonCombo.addItems(ARCHIVE_REASONS)
        f.reasonCombo.setCurrentIndex(-1)
        f.reasonCombo.setPlaceholderText("选择或输入归档原因")
        f.buttonBox.button(QDialogButtonBox.StandardButton.Ok).setText("归档")
        f.buttonBox.button(QDialogButtonBox.StandardButton.Cancel).setText("取消")
        f.buttonBox.accepted.connect(self._try)
        f.buttonBox.rejected.connect(self.reject)
        self.reason = ""

    def _try(self) -> None:
        _accept_reason(self, "归档原因", MAX_LEN["archive_reason"])

    @classmethod
    def ask(cls, parent: QWidget | None, customer_label: str) -> str | None:
        """The reason, or None when cancelled (tests patch this)."""
        dlg = cls(parent, customer_label)
        return dlg.reason if dlg.exec() == QDialog.DialogCode.Accepted else None


WITHDRAW_REASONS = ["客户书面申请撤回", "客户当面口头申请撤回（已补签撤回申请书）", "授权书信息有误，需重新签署",
                    "客户不再办理相关业务"]
WITHDRAW_CONSEQUENCES = {
    "pi_sensitive": "撤回后不得再处理该客户的银行账户信息：客户资料中的银行账号须删除后才能再次保存。",
    "credit_query": "撤回后不得再查询该客户的征信报告，已登记的征信摘要须删除后才能再次保存。",
}


class WithdrawConsentDialog(QDialog):
    """Confirms a consent withdrawal and collects the reason; the service audits it.

    Why the default button is 取消: a withdrawal is not undone by another click (a new signed
    authorisation is needed), so Enter alone must not confirm it.
    """

    def __init__(self, parent: QWidget | None, consent_label: str, kind: str) -> None:
        super().__init__(parent)
        self.form = Ui_CustomerWithdrawConsentDialog()
        self.form.setupUi(self)
        f = self.form
        f.consentLabel.setText(consent_label)
        f.consequenceLabel.setText(WITHDRAW_CONSEQUENCES.get(kind, ""))
        f.consequenceLabel.setVisible(kind in WITHDRAW_CONSEQUENCES)
        f.reasonCombo.addItems(WITHDRAW_REASONS)
        f.reasonCombo.setCurrentIndex(-1)
        f.reasonCombo.lineEdit().setPlaceholderText("选择或输入撤回原因")
        ok = f.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
        cancel = f.buttonBox.button(QDialogButtonBox.StandardButton.Cancel)
        ok.setText("确认撤回")
        ok.setAutoDefault(False)
        ok.setDefault(False)
        cancel.setText("取消")
        cancel.setDefault(True)
        f.buttonBox.accepted.connect(self._try)
        f.buttonBox.rejected.connect(self.reject)
        self.reason = ""

    def _try(self) -> None:
        _accept_reason(self, "撤回原因", REVOKE_REASON_MAX)

    @classmethod
    def ask(cls, parent: QWidget | None, consent_label: str, kind: str) -> str | None:
        """The reason, or None when cancelled (tests patch this)."""
        dlg = cls(parent, consent_label, kind)
        return dlg.reason if dlg.exec() == QDialog.DialogCode.Accepted else None


def _accept_reason(dlg: Any, what: str, limit: int) -> None:
    """Accept a reason dialog (form with reasonCombo + messageLabel) or say at the field what is wrong."""
    reason = dlg.form.reasonCombo.currentText().strip()
    if not reason:
        dlg.form.messageLabel.setText(f"请填写{what}。")
        return
    if len(reason) > limit:
        dlg.form.messageLabel.setText(f"{what}不能超过 {limit} 字。")
        return
    dlg.reason = reason
    dlg.accept()
