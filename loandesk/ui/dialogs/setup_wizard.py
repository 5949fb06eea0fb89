"""First-run wizard (forms/setup_wizard.ui): branch, first admin, recovery passphrase, recovery sheet."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QFileDialog, QWidget, QWizard

from loandesk.services import auth, setup
from loandesk.store.database import Database, DataDir, create
from loandesk.store.keys import passphrase_problems, recovery_key_text
from loandesk.ui.errors import user_message
from loandesk.ui.forms.ui_setup_wizard import Ui_SetupWizard

PAGE_BRANCH, PAGE_ADMIN, PAGE_RECOVERY, PAGE_FINISH = range(4)


class SetupWizard(QWizard):
    def __init__(self, data: DataDir, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.form = Ui_SetupWizard()
        self.form.setupUi(self)
        self.data = data
        self.db: Database | None = None
        self.key_in_keyring = False
        self._key: str | None = None
        self.sheet_path: Path | None = None
        self.setButtonText(QWizard.WizardButton.NextButton, "下一步(&N) >")
        self.setButtonText(QWizard.WizardButton.BackButton, "< 上一步(&B)")
        self.setButtonText(QWizard.WizardButton.FinishButton, "完成(&F)")
        self.setButtonText(QWizard.WizardButton.CancelButton, "取消")
        f = self.form
        f.passphraseEdit.textChanged.connect(self._strength)
        f.saveSheetButton.clicked.connect(self.save_sheet)
        # A mandatory checkbox field: 完成 stays disabled until the sheet is confirmed as kept.
        f.finishPage.registerField("sheetStored*", f.sheetStoredCheck)

    # --- validation per page ------------------------------------------------------------------
    def validateCurrentPage(self) -> bool:
        page = self.currentId()
        f = self.form
        if page == PAGE_BRANCH:
            problems = setup.branch_problems(f.branchCodeEdit.text(), f.branchNameEdit.text())
            f.branchMessage.setText("\n".join(problems.values()))
            return not problems
        if page == PAGE_ADMIN:
            msgs = []
            if not auth.USERNAME_RE.fullmatch(f.adminUserEdit.text().strip()):
                msgs.append("用户名须为 2–32 位字母、数字、下划线、点或横线。")
            if not f.adminNameEdit.text().strip():
                msgs.append("请填写管理员姓名。")
            msgs += auth.password_problems(f.adminPasswordEdit.text())
            if f.adminPasswordEdit.text() != f.adminPassword2Edit.text():
                msgs.append("两次输入的密码不一致。")
            f.adminMessage.setText("\n".join(msgs))
            return not msgs
        if page == PAGE_RECOVERY:
            return self._create()
        return True

    def _strength(self, text: str) -> None:
        problems = passphrase_problems(text)
        score = 0 if not text else max(1, 4 - len(problems)) if problems else 4
        self.form.strengthBar.setValue(score)
        self.form.strengthBar.setFormat(["", "弱", "较弱", "中", "强"][score])
        self.form.recoveryMessage.setText("恢复口令需要：" + "；".join(problems) if text and problems else "")

    def _create(self) -> bool:
        f = self.form
        passphrase = f.passphraseEdit.text()
        problems = passphrase_problems(passphrase)
        if problems:
            f.recoveryMessage.setText("恢复口令需要：" + "；".join(problems))
            return False
        if passphrase != f.passphrase2Edit.text():
            f.recoveryMessage.setText("两次输入的恢复口令不一致。")
            return False
        if self.db is not None:
            return True
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            code, name = f.branchCodeEdit.text().strip(), f.branchNameEdit.text().strip()
            db, key, stored = create(self.data, passphrase, branch_code=code, branch_name=name)
            try:
                with db.write() as s:
                    setup.initialise(s, branch_code=code, branch_name=name,
                                     admin_username=f.adminUserEdit.text().strip(),
                                     admin_display_name=f.adminNameEdit.text().strip(),
                                     admin_password=f.adminPasswordEdit.text(),
                                     address=f.branchAddressEdit.text(), manager_name=f.managerEdit.text())
            except BaseException:
                db.close()
                from loandesk.store.database import remove_all

                remove_all(self.data)
                raise
        except Exception as exc:  # shown at the page; nothing is left behind
            f.recoveryMessage.setText(user_message(exc))
            return False
        finally:
            QGuiApplication.restoreOverrideCursor()
        self.db, self._key, self.key_in_keyring = db, key, stored
        keyring_note = ("数据库密钥已保存到本机凭据管理器。" if stored else
                        "注意：本机凭据管理器不可用，以后每次启动需要输入恢复口令。")
        f.summaryLabel.setText(
            f"网点：{name}（{code}）\n数据库编号：{db.database_id}\n{keyring_note}\n\n"
            f"恢复密钥：\n{recovery_key_text(key)}"
        )
        f.adminPasswordEdit.clear()
        f.adminPassword2Edit.clear()
        f.passphraseEdit.clear()
        f.passphrase2Edit.clear()
        return True

    def recovery_sheet_pdf(self) -> bytes:
        from loandesk.documents.recovery_sheet import render_recovery_sheet

        assert self.db is not None and self._key is not None
        marker = self.db.marker
        return render_recovery_sheet(marker["branch_name"], marker["branch_code"], self.db.database_id,
                                     recovery_key_text(self._key), datetime.now(UTC))

    def save_sheet(self, _checked: bool = False, path: str | None = None) -> None:
        if path is None:
            path, _ = QFileDialog.getSaveFileName(self, "保存恢复单", str(Path.home() / "LoanDesk-恢复单.pdf"),
                                                  "PDF 文件 (*.pdf)")
            if not path:
                return
        try:
            data = self.recovery_sheet_pdf()
            Path(path).write_bytes(data)
        except Exception as exc:
            self.form.finishMessage.setText(user_message(exc))
            return
        self.sheet_path = Path(path)
        self.form.finishMessage.setStyleSheet("color: #1b5e20;")
        self.form.finishMessage.setText(f"恢复单已保存：{path}。请打印后删除电子文件或存放于安全位置。")
