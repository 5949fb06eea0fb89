"""用户管理: list users, create, edit role/authority, disable/enable, unlock, reset password.

The services enforce every rule (permission, last-admin guard, password policy); this panel only
collects input and shows their Chinese messages where the admin is looking.
"""

from __future__ import annotations

import secrets
import string
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from loandesk.domain.money import fen_to_yuan, parse_amount, yuan_to_fen
from loandesk.domain.permissions import ROLE_LABELS, Role
from loandesk.services import auth
from loandesk.services.auth import UserView
from loandesk.ui.admin import common
from loandesk.ui.admin.common import Panel
from loandesk.ui.admin.models import UserTableModel
from loandesk.ui.context import AppContext
from loandesk.ui.errors import user_message
from loandesk.ui.forms.ui_admin_reset_password_dialog import Ui_AdminResetPasswordDialog
from loandesk.ui.forms.ui_admin_user_dialog import Ui_AdminUserDialog
from loandesk.ui.forms.ui_admin_users_panel import Ui_AdminUsersPanel
from loandesk.ui.tasks import run_db


@dataclass(frozen=True)
class UserInput:
    """What the user dialog collected, already parsed (approval limit in fen)."""

    username: str
    display_name: str
    role: str
    approval_limit_fen: int
    password: str = ""
    must_change_password: bool = True


OWN_ROLE_HINT = "不能修改自己的角色和授权额度，请由另一位管理员操作。"


class UserDialog(QDialog):
    """Create a user (user None) or edit one. `submit` runs on the DB thread; on a ServiceError the
    dialog stays open with the message, so nothing typed is lost. `own` (editing the signed-in
    user) locks the role and the approval limit: the service refuses changing either of one's own."""

    def __init__(self, parent: QWidget | None, submit: Callable[[UserInput], Any], user: UserView | None = None,
                 *, own: bool = False) -> None:
        super().__init__(parent)
        self.form = Ui_AdminUserDialog()
        self.form.setupUi(self)
        self.user = user
        self.own = own and user is not None
        self.result_value: Any = None
        self._submit = submit
        f = self.form
        for role, label in ROLE_LABELS.items():
            f.roleCombo.addItem(label, str(role))
        f.roleCombo.currentIndexChanged.connect(self._role_changed)
        f.buttonBox.button(QDialogButtonBox.StandardButton.Ok).setText("保存")
        f.buttonBox.button(QDialogButtonBox.StandardButton.Cancel).setText("取消")
        f.buttonBox.accepted.connect(self._try)
        f.buttonBox.rejected.connect(self.reject)
        if user is None:
            f.roleCombo.setCurrentIndex(f.roleCombo.findData(str(Role.CLERK)))
        else:
            self.setWindowTitle(f"修改用户：{user.username}")
            f.usernameEdit.setText(user.username)
            f.usernameEdit.setReadOnly(True)
            f.displayNameEdit.setText(user.display_name)
            f.roleCombo.setCurrentIndex(f.roleCombo.findData(user.role))
            if user.approval_limit_fen:
                f.limitEdit.setText(f"{fen_to_yuan(user.approval_limit_fen):f}")
            for w in (f.passwordLabel, f.passwordEdit, f.password2Label, f.password2Edit, f.mustChangeCheck):
                w.setVisible(False)
            if self.own:
                f.roleCombo.setEnabled(False)
                f.roleCombo.setToolTip(OWN_ROLE_HINT)
        self._role_changed()

    def _role_changed(self, _index: int = 0) -> None:
        approver = self.form.roleCombo.currentData() == Role.APPROVER
        self.form.limitEdit.setEnabled(approver and not self.own)  # one's own limit: another admin
        hint = ("审批授权额度：该审批人可以批准的单笔贷款最高金额（元）。" if approver
                else "只有“审批人/行长”角色需要审批授权额度；其他角色保存为 0。")
        self.form.limitHintLabel.setText(f"{OWN_ROLE_HINT}{hint}" if self.own else hint)

    def collect(self) -> UserInput:
        """Parse the fields; raises ValueError with a Chinese message on bad input."""
        f = self.form
        limit_fen = 0
        if self.own and self.user is not None:
            limit_fen = self.user.approval_limit_fen  # locked: saving one's own name keeps it as it is
        elif f.roleCombo.currentData() == Role.APPROVER and f.limitEdit.text().strip():
            limit_fen = yuan_to_fen(parse_amount(f.limitEdit.text()))
        if self.user is None and f.passwordEdit.text() != f.password2Edit.text():
            raise ValueError("两次输入的密码不一致。")
        return UserInput(f.usernameEdit.text().strip(), f.displayNameEdit.text().strip(),
                         str(f.roleCombo.currentData()), limit_fen, f.passwordEdit.text(),
                         f.mustChangeCheck.isChecked())

    def _try(self) -> None:
        try:
            values = self.collect()
        except ValueError as exc:
            self.form.messageLabel.setText(str(exc))
            return
        self.form.buttonBox.setEnabled(False)
        self.form.messageLabel.setText("")
        run_db(lambda: self._submit(values), self._ok, self._failed)

    def _ok(self, result: Any) -> None:
        self.result_value = result
        self.form.buttonBox.setEnabled(True)
        self.form.passwordEdit.clear()
        self.form.password2Edit.clear()
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self.form.buttonBox.setEnabled(True)
        self.form.messageLabel.setText(user_message(exc))


def temporary_password(length: int = 10) -> str:
    """Random, passes the password policy, and avoids look-alikes (0/O, 1/l/I) read out loud."""
    letters = "".join(c for c in string.ascii_letters if c not in "OIl")
    digits = "23456789"
    while True:
        pw = "".join(secrets.choice(letters + digits) for _ in range(length))
        if any(c in digits for c in pw) and any(c in letters for c in pw):
            return pw


class ResetPasswordDialog(QDialog):
    def __init__(self, parent: QWidget | None, user: UserView, submit: Callable[[str], Any]) -> None:
        super().__init__(parent)
        self.form = Ui_AdminResetPasswordDialog()
        self.form.setupUi(self)
        self.user = user
        self._submit = submit
        f = self.form
        f.explainLabel.setText(f"为用户“{user.display_name}（{user.username}）”设置一个临时密码。")
        f.passwordEdit.setText(temporary_password())
        f.generateButton.clicked.connect(lambda: f.passwordEdit.setText(temporary_password()))
        f.buttonBox.button(QDialogButtonBox.StandardButton.Ok).setText("重置密码")
        f.buttonBox.button(QDialogButtonBox.StandardButton.Cancel).setText("取消")
        f.buttonBox.accepted.connect(self._try)
        f.buttonBox.rejected.connect(self.reject)

    def _try(self) -> None:
        password = self.form.passwordEdit.text()
        self.form.buttonBox.setEnabled(False)
        run_db(lambda: self._submit(password), lambda _r: self._ok(), self._failed)

    def _ok(self) -> None:
        self.form.buttonBox.setEnabled(True)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self.form.buttonBox.setEnabled(True)
        self.form.messageLabel.setText(user_message(exc))


class UsersPanel(Panel):
    title = "用户管理"

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.form = Ui_AdminUsersPanel()
        self.form.setupUi(self)
        self.model = UserTableModel(self)
        self.dialog: QDialog | None = None
        f = self.form
        f.usersView.setModel(self.model)
        common.setup_table(f.usersView)
        f.usersView.selectionModel().selectionChanged.connect(self._selection_changed)
        f.usersView.doubleClicked.connect(lambda _i: self.edit_user())
        f.newButton.clicked.connect(self.new_user)
        f.editButton.clicked.connect(self.edit_user)
        f.toggleActiveButton.clicked.connect(self.toggle_active)
        f.unlockButton.clicked.connect(self.unlock)
        f.resetPasswordButton.clicked.connect(self.reset_password)
        f.refreshButton.clicked.connect(self.refresh)
        self._selection_changed()

    # --- loading --------------------------------------------------------------------------------
    def refresh(self, select_id: str | None = None) -> None:
        keep = select_id or (self.selected().id if self.selected() else None)
        ctx = self.ctx

        def work() -> list[UserView]:
            with ctx.db.read() as s:
                return auth.list_users(s, ctx.actor)

        def done(users: list[UserView]) -> None:
            self.model.set_users(users)
            common.fit_columns(self.form.usersView)
            row = self.model.row_of(keep) if keep else -1
            if row >= 0:
                self.form.usersView.selectRow(row)
            self._selection_changed()

        self.db_call(work, done, busy=False)

    def selected(self) -> UserView | None:
        rows = self.form.usersView.selectionModel().selectedRows()
        return self.model.user_at(rows[0].row()) if rows else None

    def _selection_changed(self, *_args: object) -> None:
        u = self.selected()
        f = self.form
        for b in (f.editButton, f.toggleActiveButton, f.resetPasswordButton):
            b.setEnabled(u is not None)
        f.unlockButton.setEnabled(u is not None and u.locked)
        f.toggleActiveButton.setText("启用" if u is not None and not u.active else "停用")

    def _write(self, fn: Callable[[Any], Any]) -> Callable[[], Any]:
        """A unit of work on the DB thread: one write transaction, committed on success."""
        db = self.ctx.db

        def work() -> Any:
            with db.write() as s:
                return fn(s)

        return work

    # --- actions --------------------------------------------------------------------------------
    def new_user(self) -> None:
        actor = self.ctx.actor

        def submit(v: UserInput) -> UserView:
            return self._write(lambda s: auth.create_user(
                s, actor, v.username, v.display_name, v.role, v.password,
                approval_limit_fen=v.approval_limit_fen, must_change_password=v.must_change_password))()

        dlg = UserDialog(self, submit)
        dlg.accepted.connect(lambda: self._created(dlg))
        self.dialog = dlg
        dlg.open()

    def _created(self, dlg: UserDialog) -> None:
        u: UserView = dlg.result_value
        self.say(f"已新建用户“{u.display_name}（{u.username}）”，角色：{u.role_label}。", "ok")
        self.refresh(select_id=u.id)

    def edit_user(self) -> None:
        user = self.selected()
        if user is None:
            return
        actor = self.ctx.actor

        def submit(v: UserInput) -> UserView:
            return self._write(lambda s: auth.update_user(
                s, actor, user.id, role=v.role, approval_limit_fen=v.approval_limit_fen,
                display_name=v.display_name))()

        dlg = UserDialog(self, submit, user, own=user.id == actor.user_id)
        dlg.accepted.connect(lambda: self._edited(dlg))
        self.dialog = dlg
        dlg.open()

    def _edited(self, dlg: UserDialog) -> None:
        u: UserView = dlg.result_value
        self.say(f"已保存用户“{u.display_name}（{u.username}）”：{u.role_label}。", "ok")
        self.refresh(select_id=u.id)

    def toggle_active(self) -> None:
        user = self.selected()
        if user is None or self.busy:
            return
        enable = not user.active
        if not enable and not common.confirm(
                self, "停用用户", f"停用后“{user.display_name}（{user.username}）”将不能登录，其历史记录保留。确定停用？",
                danger=True):
            return
        actor = self.ctx.actor

        def done(u: UserView) -> None:
            self.say(f"已{'启用' if enable else '停用'}用户“{u.display_name}（{u.username}）”。", "ok")
            self.refresh(select_id=u.id)

        self.db_call(self._write(lambda s: auth.update_user(s, actor, user.id, active=enable)), done)

    def unlock(self) -> None:
        user = self.selected()
        if user is None or self.busy:
            return
        actor = self.ctx.actor

        def done(_r: object) -> None:
            self.say(f"已解锁用户“{user.display_name}（{user.username}）”，可以重新登录。", "ok")
            self.refresh(select_id=user.id)

        self.db_call(self._write(lambda s: auth.unlock_user(s, actor, user.id)), done)

    def reset_password(self) -> None:
        user = self.selected()
        if user is None:
            return
        actor = self.ctx.actor

        def submit(password: str) -> None:
            self._write(lambda s: auth.reset_password(s, actor, user.id, password))()

        dlg = ResetPasswordDialog(self, user, submit)
        dlg.accepted.connect(lambda: self._reset_done(user))
        self.dialog = dlg
        dlg.open()

    def _reset_done(self, user: UserView) -> None:
        self.say(f"已重置“{user.display_name}（{user.username}）”的密码，该用户下次登录时须设置新密码。", "ok")
        self.refresh(select_id=user.id)
