"""Login dialog (forms/login_dialog.ui); the password check runs on the DB thread."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from loandesk.services import auth
from loandesk.services.context import Actor
from loandesk.store.database import Database
from loandesk.ui.errors import user_message
from loandesk.ui.forms.ui_login_dialog import Ui_LoginDialog
from loandesk.ui.tasks import run_db


class LoginDialog(QDialog):
    def __init__(self, db: Database, branch_text: str, demo_hint: str = "", parent: QWidget | None = None,
                 *, username: str = "", lock_mode: bool = False) -> None:
        super().__init__(parent)
        self.form = Ui_LoginDialog()
        self.form.setupUi(self)
        self.db = db
        self.actor: Actor | None = None
        self.must_change = False
        self.form.branchLabel.setText(branch_text)
        self.form.demoLabel.setText(demo_hint)
        self.form.demoLabel.setVisible(bool(demo_hint))
        ok = self.form.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText("登录" if not lock_mode else "解锁")
        self.form.buttonBox.button(QDialogButtonBox.StandardButton.Cancel).setText("退出" if not lock_mode else "注销")
        self.form.buttonBox.accepted.connect(self._try)
        self.form.buttonBox.rejected.connect(self.reject)
        if lock_mode:
            self.setWindowTitle("屏幕已锁定 - LoanDesk")
            self.form.titleLabel.setText("屏幕已锁定")
            self.form.usernameEdit.setText(username)
            self.form.usernameEdit.setReadOnly(True)
            self.form.passwordEdit.setFocus()
        elif username:
            self.form.usernameEdit.setText(username)
            self.form.passwordEdit.setFocus()

    def _try(self) -> None:
        username = self.form.usernameEdit.text().strip()
        password = self.form.passwordEdit.text()
        if not username or not password:
            self.form.messageLabel.setText("请输入用户名和密码。")
            return
        self.form.buttonBox.setEnabled(False)
        self.form.messageLabel.setText("正在验证…")

        def check() -> tuple[Actor, bool]:
            with self.db.write() as s:
                return auth.login_once(s, username, password)

        run_db(check, self._ok, self._failed)

    def _ok(self, result: tuple[Actor, bool]) -> None:
        self.actor, self.must_change = result
        self.form.passwordEdit.clear()
        self.form.buttonBox.setEnabled(True)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self.form.buttonBox.setEnabled(True)
        self.form.passwordEdit.clear()
        self.form.passwordEdit.setFocus()
        self.form.messageLabel.setText(user_message(exc))
