"""Unlock with the recovery passphrase or the printed recovery key, with a growing delay."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from loandesk.services import keymgmt
from loandesk.store.database import DataDir
from loandesk.store.engine import connect_raw
from loandesk.store.keys import PassphraseThrottle, WrongPassphrase, key_from_recovery_text
from loandesk.ui.errors import user_message
from loandesk.ui.forms.ui_unlock_dialog import Ui_UnlockDialog
from loandesk.ui.tasks import run_cpu

_throttle = PassphraseThrottle()  # process-wide: reopening the dialog does not reset the delay


class UnlockDialog(QDialog):
    def __init__(self, data: DataDir, reason: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.form = Ui_UnlockDialog()
        self.form.setupUi(self)
        self.data = data
        self.key: str | None = None
        if reason:
            self.form.explainLabel.setText(reason + "\n" + self.form.explainLabel.text())
        self._ok = self.form.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
        self._ok.setText("解锁")
        self.form.buttonBox.button(QDialogButtonBox.StandardButton.Cancel).setText("退出")
        self.form.buttonBox.accepted.connect(self._try)
        self.form.buttonBox.rejected.connect(self.reject)
        self.form.useRecoveryKeyRadio.toggled.connect(self._mode)
        self._timer = QTimer(self, interval=500)
        self._timer.timeout.connect(self._tick)

    def _mode(self, recovery: bool) -> None:
        self.form.recoveryKeyEdit.setEnabled(recovery)
        self.form.passphraseEdit.setEnabled(not recovery)
        (self.form.recoveryKeyEdit if recovery else self.form.passphraseEdit).setFocus()

    def _tick(self) -> None:
        left = _throttle.remaining()
        if left <= 0:
            self._timer.stop()
            self._ok.setEnabled(True)
            self.form.messageLabel.setText("请重试。")
        else:
            self.form.messageLabel.setText(f"恢复口令不正确。请等待 {left:.0f} 秒后再试。")

    def _try(self) -> None:
        if _throttle.remaining() > 0:
            return
        use_key = self.form.useRecoveryKeyRadio.isChecked()
        secret = (self.form.recoveryKeyEdit if use_key else self.form.passphraseEdit).text()
        if not secret.strip():
            self.form.messageLabel.setText("请输入恢复口令或恢复密钥。")
            return
        self._ok.setEnabled(False)
        self.form.messageLabel.setText("正在验证…")

        def work(_state: object) -> str:
            if use_key:
                key = key_from_recovery_text(secret)
                connect_raw(self.data.db, key).close()  # a wrong key fails here, clearly
                return key
            # Also finishes a re-key that a crash interrupted, and puts the key back in the keyring.
            return keymgmt.unlock(self.data, secret)

        run_cpu(work, self._done, self._failed)

    def _done(self, key: str) -> None:
        _throttle.succeeded()
        self.key = key
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self.form.passphraseEdit.clear()
        if isinstance(exc, WrongPassphrase):
            delay = _throttle.failed()
            if delay > 0:
                self._timer.start()
                self._tick()
                return
            self.form.messageLabel.setText("恢复口令不正确，请重试。")
        else:
            self.form.messageLabel.setText(user_message(exc))
        self._ok.setEnabled(True)
