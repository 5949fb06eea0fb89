"""Change own password (also forced after an admin reset)."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QWidget

from loandesk.services import auth
from loandesk.services.context import Actor
from loandesk.store.database import Database
from loandesk.ui.errors import user_message
from loandesk.ui.forms.ui_change_password_dialog import Ui_ChangePasswordDialog
from loandesk.ui.tasks import run_db


class ChangePasswordDialog(QDialog):
    def __init__(self, db: Database, actor: Actor, parent: QWidget | None = None, *, forced: bool = False) -> None:
        super().__init__(parent)
        self.form = Ui_ChangePasswordDialog()
        self.form.setupUi(self)
        self.db, self.actor = db, actor
        if forced:
            self.form.explainLabel.setText("管理员重置了您的密码，请先设置新密码。" + self.form.explainLabel.text())
        self.form.buttonBox.accepted.connect(self._try)
        self.form.buttonBox.rejected.connect(self.reject)

    def _try(self) -> None:
        f = self.form
        if f.newEdit.text() != f.new2Edit.text():
            f.messageLabel.setText("两次输入的新密码不一致。")
            return
        old, new = f.oldEdit.text(), f.newEdit.text()
        f.buttonBox.setEnabled(False)

        def work() -> None:
            with self.db.write() as s:
                auth.change_own_password(s, self.actor, old, new)

        run_db(work, lambda _r: self.accept(), self._failed)

    def _failed(self, exc: BaseException) -> None:
        self.form.buttonBox.setEnabled(True)
        self.form.messageLabel.setText(user_message(exc))
