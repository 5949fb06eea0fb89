"""备份与恢复: back up now (progress + cancel), history, verify, restore, key management.

Everything that touches the database runs on the serial DB thread (run_db / run_db_long), which
is also what makes restore and re-key safe: while they run, no other query of this process can
reach the files they replace. Work that only reads a backup file (peek, authenticate with the
passphrase) runs on the free pool.

After a restore the open `Database` object belongs to files that were moved aside, so the tab
asks the main window to close (`sig_restart_required`); the caller reopens the data folder.
After a re-key the service hands back a reopened `Database`, which replaces `ctx.db` in place.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from html import escape
from pathlib import Path
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from loandesk.domain.clock import CHINA_TZ
from loandesk.services import backup as backup_svc
from loandesk.services import keymgmt, restore
from loandesk.services.backup import BackupResult, BackupView
from loandesk.services.context import ServiceError
from loandesk.services.restore import BackupHeader, BackupInfo, RestoreResult
from loandesk.store.errors import StorageError
from loandesk.store.instance_lock import AlreadyRunning
from loandesk.store.keys import normalise_passphrase, passphrase_problems
from loandesk.ui.admin import common
from loandesk.ui.admin.common import Panel, alive, human_size, local_time
from loandesk.ui.admin.models import BackupHistoryModel
from loandesk.ui.context import AppContext
from loandesk.ui.errors import user_message
from loandesk.ui.forms.ui_admin_backup_panel import Ui_AdminBackupPanel
from loandesk.ui.forms.ui_admin_passphrase_dialog import Ui_AdminPassphraseDialog
from loandesk.ui.forms.ui_admin_restore_dialog import Ui_AdminRestoreDialog
from loandesk.ui.tasks import TaskCancelled, TaskState, run_cpu, run_db

BACKUP_FILTER = "LoanDesk 备份文件 (*.ldbackup);;所有文件 (*)"
# Past this point of a restore the files are being switched: a late 取消 must not be honoured
# (it would report "cancelled" for a restore that happened), so progress stops checking it.
RESTORE_POINT_OF_NO_RETURN = 880


def cancellable_until(state: TaskState, limit: int) -> Callable[[int, int, str], None]:
    """A progress callback that honours 取消 only before `done` reaches `limit` (of 1000)."""

    def progress(done: int, total: int, text: str = "") -> None:
        if done < limit:
            state.progress(done, total, text)

    return progress


def lock_message(exc: BaseException) -> str:
    """AlreadyRunning inside our own GUI means the data-folder lock is held by another process, or
    the start-up lock is not the shared InstanceLock; either way the CLI with the app closed works."""
    if isinstance(exc, AlreadyRunning):
        return (exc.message + "\n如本机只开着这一个 LoanDesk，请关闭程序后在命令行运行 "
                "“loandesk restore 备份文件” 完成此操作。当前数据库未作任何改动。")
    return user_message(exc)


# --- dialogs ---------------------------------------------------------------------------------------

class RestoreDialog(QDialog):
    """Choose-then-confirm for a restore: what the file claims (unauthenticated), then — with the
    recovery passphrase — what it verifiably holds; OK only after the admin confirmed."""

    def __init__(self, parent: QWidget | None, path: Path, current_branch: str) -> None:
        super().__init__(parent)
        self.form = Ui_AdminRestoreDialog()
        self.form.setupUi(self)
        self.path = path
        self.current_branch = current_branch
        self.header: BackupHeader | None = None
        self.info: BackupInfo | None = None
        self.passphrase = ""
        f = self.form
        self._ok = f.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
        self._ok.setText("开始恢复")
        f.buttonBox.button(QDialogButtonBox.StandardButton.Cancel).setText("取消")
        f.fileLabel.setText(f"备份文件：{path}")
        f.allowOtherBranchCheck.setVisible(False)
        f.checkButton.setEnabled(False)
        f.checkButton.clicked.connect(self.check)
        f.passphraseEdit.returnPressed.connect(self.check)
        f.confirmCheck.toggled.connect(self._update_ok)
        f.allowOtherBranchCheck.toggled.connect(self._update_ok)
        f.buttonBox.accepted.connect(self._accept)
        f.buttonBox.rejected.connect(self.reject)
        self._update_ok()
        f.headerLabel.setText("正在读取备份文件…")
        run_cpu(lambda _s: restore.peek_backup(path), self._peeked, self._peek_failed)

    def _peeked(self, header: BackupHeader) -> None:
        if not alive(self):
            return
        self.header = header
        when = local_time(header.created_at) if header.created_at else "未知"
        self.form.headerLabel.setText(
            f"文件声明：网点 {header.branch_code} {header.branch_name}，备份时间 {when}，"
            f"程序版本 {header.app_version}，大小 {human_size(header.size)}。（输入恢复口令后验证）")
        self.form.checkButton.setEnabled(True)
        self.form.passphraseEdit.setFocus()
        self.adjustSize()

    def _peek_failed(self, exc: BaseException) -> None:
        if not alive(self):
            return
        self.form.headerLabel.setText("")
        self.form.messageLabel.setText(user_message(exc))
        self.form.passphraseEdit.setEnabled(False)
        self.adjustSize()

    def check(self) -> None:
        if self.header is None or not self.form.checkButton.isEnabled():
            return
        secret = self.form.passphraseEdit.text()
        if not secret:
            self.form.messageLabel.setText("请输入制作此备份时使用的恢复口令。")
            return
        self.form.checkButton.setEnabled(False)
        self.form.messageLabel.setText("")
        self.form.infoLabel.setText("正在验证…")
        path = self.path

        def work(_s: TaskState) -> BackupInfo:
            return restore.inspect_backup(path, secret, deep=False)

        run_cpu(work, lambda info: self._checked(info, secret), self._check_failed)

    def _checked(self, info: BackupInfo, secret: str) -> None:
        if not alive(self):
            return
        self.info = info
        self.passphrase = secret
        f = self.form
        f.checkButton.setEnabled(True)
        core = info.counts.get("core", {})
        rows = sum(core.values())
        files = sum(info.counts.get("attachments", {}).values())
        lines = [
            f"网点：<b>{escape(info.branch_code)} {escape(info.branch_name)}</b>",
            f"备份时间：<b>{local_time(info.created_at)}</b>（{escape(info.operator or '—')} 制作）",
            f"程序版本 {escape(info.app_version)}，数据库版本 {escape(info.schema_revision)}",
            f"数据：{rows:,} 行" + (f"，客户 {info.customer_count:,} 户" if info.customer_count is not None else "")
            + f"，用户 {core.get('users', 0)} 个，审计记录 {info.audit_head[0]:,} 条"
            + (f"，附件库 {files:,} 行" if info.has_attachments else ""),
            "签名已验证；开始恢复时会逐字节校验并检查数据库完整性。",
        ]
        f.infoLabel.setText("<br>".join(lines))
        problem = ""
        if info.schema_status == "newer":
            problem = restore.BackupSchemaTooNew(info.schema_revision).message
        elif self.current_branch and info.branch_code != self.current_branch:
            problem = restore.WrongBranch(info.branch_code, info.branch_name, self.current_branch).message
            f.allowOtherBranchCheck.setVisible(True)
        elif info.schema_status == "older":
            f.infoLabel.setText(f.infoLabel.text() + "<br>此备份来自较早版本，恢复时会自动升级。")
        f.messageLabel.setText(problem)
        f.confirmCheck.setEnabled(info.schema_status != "newer")
        self._update_ok()
        self.adjustSize()  # the verified contents are several lines: grow instead of clipping them

    def _check_failed(self, exc: BaseException) -> None:
        if not alive(self):
            return
        self.info = None
        self.form.checkButton.setEnabled(True)
        self.form.passphraseEdit.clear()
        self.form.infoLabel.setText("未验证。")
        self.form.messageLabel.setText(user_message(exc))
        self._update_ok()
        self.adjustSize()

    def branch_ok(self) -> bool:
        info = self.info
        return info is not None and (not self.current_branch or info.branch_code == self.current_branch
                                     or self.form.allowOtherBranchCheck.isChecked())

    def _update_ok(self, *_args: object) -> None:
        info = self.info
        self._ok.setEnabled(info is not None and info.schema_status != "newer" and self.branch_ok()
                            and self.form.confirmCheck.isChecked())

    def _accept(self) -> None:
        if self._ok.isEnabled():
            self.accept()


class PassphraseDialog(QDialog):
    """One form for the three key-management actions; `submit(values)` runs on the DB thread."""

    CHANGE, REKEY, EXPORT, SHEET = "change", "rekey", "export", "sheet"

    def __init__(self, parent: QWidget | None, mode: str, submit: Callable[[dict[str, str]], Any],
                 default_path: str = "") -> None:
        super().__init__(parent)
        self.form = Ui_AdminPassphraseDialog()
        self.form.setupUi(self)
        self.mode = mode
        self.result_value: Any = None
        self._submit = submit
        f = self.form
        show_path = mode in (self.EXPORT, self.SHEET)
        show_new = mode in (self.CHANGE, self.EXPORT)
        show_current = mode in (self.CHANGE, self.REKEY, self.SHEET)
        for w in (f.pathLabel, f.pathEdit, f.pathButton):
            w.setVisible(show_path)
        for w in (f.currentLabel, f.currentEdit):
            w.setVisible(show_current)
        for w in (f.newLabel, f.newEdit, f.new2Label, f.new2Edit, f.strengthLabel):
            w.setVisible(show_new)
        f.confirmCheck.setVisible(mode == self.REKEY)
        ok = f.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
        f.buttonBox.button(QDialogButtonBox.StandardButton.Cancel).setText("取消")
        if mode == self.CHANGE:
            self.setWindowTitle("修改恢复口令")
            f.explainLabel.setText("恢复口令用于在新电脑上打开备份、在凭据管理器丢失密钥时解锁数据库。"
                                   "修改后，新备份使用新口令；之前的备份仍需用旧口令打开。请同时更新保险柜中的恢复单。")
            ok.setText("修改口令")
        elif mode == self.REKEY:
            self.setWindowTitle("更换数据库密钥")
            f.explainLabel.setText("将为数据库生成新的随机密钥并重新加密全部数据（核心库与附件库），"
                                   "同时更新密钥槽和本机凭据管理器。数据量大时需要几分钟，期间请勿关闭程序或断电；"
                                   "中途中断时，下次启动会自动完成或回退。完成后请立即备份。")
            f.confirmCheck.setText("我已了解，请勿在更换过程中关闭电脑")
            ok.setText("更换密钥")
        elif mode == self.SHEET:
            self.setWindowTitle("打印恢复单")
            f.explainLabel.setText("恢复单上印有数据库的恢复密钥：凭据管理器丢失密钥、又忘记恢复口令时，用它打开数据库。"
                                   "更换密钥后，原恢复单只能打开更换前的备份。请打印后放入保险柜，并删除 PDF 文件。")
            f.pathLabel.setText("保存到")
            f.pathEdit.setText(default_path)
            f.pathButton.clicked.connect(self._choose_path)
            ok.setText("生成恢复单")
        else:
            self.setWindowTitle("导出给总行")
            f.explainLabel.setText("把核心数据库（不含影像附件）导出为单独加密的文件，供总行/联社使用。"
                                   "请设置一个导出口令，并通过另一渠道（电话或当面）告知总行，不要与文件一起发送。")
            f.newLabel.setText("导出口令")
            f.new2Label.setText("确认导出口令")
            f.pathEdit.setText(default_path)
            f.pathButton.clicked.connect(self._choose_path)
            ok.setText("导出")
        f.newEdit.textChanged.connect(self._strength)
        f.buttonBox.accepted.connect(self._try)
        f.buttonBox.rejected.connect(self.reject)
        self._strength("")

    def _choose_path(self) -> None:
        if self.mode == self.SHEET:
            path = common.choose_save_file(self, "保存恢复单", self.form.pathEdit.text(), "PDF 文件 (*.pdf)")
        else:
            path = common.choose_save_file(self, "导出给总行", self.form.pathEdit.text(), "SQLCipher 数据库 (*.db)")
        if path:
            self.form.pathEdit.setText(path)

    def _strength(self, text: str) -> None:
        problems = passphrase_problems(text)
        self.form.strengthLabel.setText(
            "口令要求：10–256 个字符，包含小写字母、大写字母、数字、符号、汉字中的三类（16 个字符以上只需两类）。"
            if not text
            else ("口令强度：合格" if not problems else "口令还需要：" + "；".join(problems)))

    def values(self) -> dict[str, str]:
        f = self.form
        return {"path": f.pathEdit.text().strip(), "current": f.currentEdit.text(), "new": f.newEdit.text()}

    def _try(self) -> None:
        f = self.form
        v = self.values()
        if self.mode in (self.EXPORT, self.SHEET) and not v["path"]:
            f.messageLabel.setText("请选择保存文件的位置。")
            return
        if self.mode in (self.CHANGE, self.REKEY, self.SHEET) and not v["current"]:
            f.messageLabel.setText("请输入当前的恢复口令。")
            return
        # Compared as sealed/keyed (NFKC): full-width once and half-width once is the same passphrase.
        if self.mode in (self.CHANGE, self.EXPORT) and normalise_passphrase(v["new"]) != normalise_passphrase(
                f.new2Edit.text()):
            f.messageLabel.setText("两次输入的新口令不一致。")
            return
        if self.mode == self.REKEY and not f.confirmCheck.isChecked():
            f.messageLabel.setText("请先勾选确认。")
            return
        f.buttonBox.setEnabled(False)
        f.messageLabel.setStyleSheet("color: #37474f;")
        f.messageLabel.setText("正在处理，请稍候…")
        run_db(lambda: self._submit(v), self._ok, self._failed)

    def _clear(self) -> None:
        for w in (self.form.currentEdit, self.form.newEdit, self.form.new2Edit):
            w.clear()

    def _ok(self, result: Any) -> None:
        if not alive(self):
            return
        self.result_value = result
        self._clear()
        self.form.buttonBox.setEnabled(True)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        if not alive(self):
            return
        self.form.buttonBox.setEnabled(True)
        self.form.currentEdit.clear()
        self.form.messageLabel.setStyleSheet("color: #b00020;")
        self.form.messageLabel.setText(lock_message(exc))


# --- the panel -------------------------------------------------------------------------------------

class BackupPanel(Panel):
    title = "备份与恢复"
    sig_restart_required = Signal(str)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None, *, granted: set[str] | None = None) -> None:
        super().__init__(ctx, parent)
        self.form = Ui_AdminBackupPanel()
        self.form.setupUi(self)
        self.granted = granted if granted is not None else {"backup.run", "backup.restore", "key.manage"}
        self.model = BackupHistoryModel(self)
        self.dialog: QDialog | None = None
        self.last_result: BackupResult | None = None
        self.last_restore: RestoreResult | None = None
        f = self.form
        f.historyView.setModel(self.model)
        common.setup_table(f.historyView)
        f.historyView.selectionModel().selectionChanged.connect(self._selection_changed)
        f.chooseDestButton.clicked.connect(self.choose_destination)
        f.backupButton.clicked.connect(self.backup_now)
        f.verifySelectedButton.clicked.connect(self.verify_selected)
        f.verifyFileButton.clicked.connect(self.verify_file)
        f.restoreButton.clicked.connect(self.restore_from_file)
        f.refreshButton.clicked.connect(self.refresh)
        f.changePassphraseButton.clicked.connect(self.change_passphrase)
        f.rekeyButton.clicked.connect(self.rekey)
        f.hqExportButton.clicked.connect(self.hq_export)
        f.recoverySheetButton.clicked.connect(self.recovery_sheet)
        can_run = "backup.run" in self.granted
        f.backupBox.setVisible(can_run)
        for w in (f.historyView, f.verifySelectedButton, f.verifyFileButton, f.refreshButton):
            w.setVisible(can_run)
        f.restoreButton.setVisible("backup.restore" in self.granted)
        f.keyBox.setVisible("key.manage" in self.granted)
        self._selection_changed()

    # --- history ---------------------------------------------------------------------------------
    def refresh(self) -> None:
        if "backup.run" not in self.granted:
            return
        ctx = self.ctx
        keep = self.selected()

        def work() -> tuple[list[BackupView], list[str]]:
            with ctx.db.read() as s:
                locations = backup_svc.get_backup_settings(s).locations
            return backup_svc.list_backups(ctx.db, ctx.actor), locations

        def done(result: tuple[list[BackupView], list[str]]) -> None:
            rows, locations = result
            self.model.set_rows(rows)
            common.fit_columns(self.form.historyView)
            if keep is not None:
                row = next((i for i, b in enumerate(rows) if b.id == keep.id), -1)
                if row >= 0:
                    self.form.historyView.selectRow(row)
            if not self.form.destEdit.text():
                self.form.destEdit.setText(locations[0] if locations else str(ctx.db.data.backups))
            self._selection_changed()

        self.db_call(work, done, busy=False)

    def selected(self) -> BackupView | None:
        rows = self.form.historyView.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def _selection_changed(self, *_args: object) -> None:
        b = self.selected()
        self.form.verifySelectedButton.setEnabled(b is not None and b.status == "ok")

    # --- backup and verify -----------------------------------------------------------------------
    def choose_destination(self) -> None:
        folder = common.choose_folder(self, "选择备份文件夹", self.form.destEdit.text())
        if folder:
            self.form.destEdit.setText(folder)

    def backup_now(self) -> None:
        if self.busy:
            return
        text = self.form.destEdit.text().strip()
        if not text or not Path(text).is_absolute():
            self.say("请先选择备份文件夹（完整路径，例如 U 盘上的文件夹）。", "error")
            return
        dest = Path(text)
        ctx = self.ctx
        self.say("正在备份…")

        def work(state: TaskState) -> BackupResult:
            return backup_svc.create_backup(ctx.db, ctx.actor, dest, progress=cancellable_until(state, 1000))

        def done(result: BackupResult) -> None:
            self.last_result = result
            self.say(f"备份完成并已校验：{result.path}（{human_size(result.size)}，用时 {result.seconds:.1f} 秒）。", "ok")
            self.refresh()

        def failed(exc: BaseException) -> None:
            self.fail(exc)
            self.refresh()  # a failed attempt is in the history too

        self.long_call("正在备份数据库…", work, done, failed)

    def verify_selected(self) -> None:
        b = self.selected()
        if b is not None:
            self._verify(b.path)

    def verify_file(self) -> None:
        path = common.choose_open_file(self, "选择要校验的备份文件", self.form.destEdit.text(), BACKUP_FILTER)
        if path:
            self._verify(Path(path))

    def _verify(self, path: Path) -> None:
        if self.busy:
            return
        ctx = self.ctx
        self.say(f"正在校验 {path.name}…")

        def work(state: TaskState) -> BackupView | None:
            try:  # another database's backup: say so, rather than "signature mismatch"
                header: BackupHeader | None = restore.peek_backup(path)
            except StorageError:
                header = None  # unreadable: verify_backup_file names why and marks the history row
            if header is not None and header.database_id and header.database_id != ctx.db.database_id:
                raise StorageError(
                    f"此备份来自另一个数据库（网点 {header.branch_code} {header.branch_name}），"
                    "不能用本库密钥校验。如需检查，请用“从备份恢复”并输入该备份的恢复口令（不会立即恢复）。")
            return backup_svc.verify_backup_file(ctx.db, ctx.actor, path, progress=cancellable_until(state, 1000))

        def done(_view: BackupView | None) -> None:
            self.say(f"校验通过：{path}。文件完整，数据库副本检查无误，行数与清单一致。", "ok")
            self.refresh()

        def failed(exc: BaseException) -> None:
            self.fail(exc)
            needs_passphrase = type(exc).__name__ == "BackupNeedsPassphrase"
            if needs_passphrase or "签名校验不通过" in user_message(exc):  # made before a re-key
                self.say(user_message(exc) + "\n如果这是更换数据库密钥之前制作的备份，请用“从备份恢复”并输入"
                         "制作时的恢复口令来检查（验证后可以取消，不会恢复）。", "error")
            self.refresh()

        self.long_call(f"正在校验 {path.name}…", work, done, failed)

    # --- restore ---------------------------------------------------------------------------------
    def restore_from_file(self) -> None:
        if self.busy:
            return
        path = common.choose_open_file(self, "选择要恢复的备份文件", self.form.destEdit.text(), BACKUP_FILTER)
        if not path:
            return
        dlg = RestoreDialog(self, Path(path), str(self.ctx.db.marker.get("branch_code", "")))
        dlg.accepted.connect(lambda: self.run_restore(dlg.path, dlg.passphrase,
                                                      allow_other_branch=dlg.form.allowOtherBranchCheck.isChecked()))
        self.dialog = dlg
        dlg.open()

    def run_restore(self, path: Path, passphrase: str, *, allow_other_branch: bool = False) -> None:
        """Check the permission (audited), then close the database and switch, all on the DB thread."""
        ctx = self.ctx
        expected = str(ctx.db.marker.get("branch_code", "")) or None
        older_passphrase: list[bool] = []

        def work(state: TaskState) -> RestoreResult:
            restore.authorize_restore(ctx.db, ctx.actor)
            older_passphrase.append(restore.passphrase_differs_from_live(ctx.db.data, passphrase))
            ctx.db.close()  # nothing else can run: this is the DB thread
            return restore.restore_backup(
                ctx.db.data, path, passphrase, expected_branch=expected, allow_other_branch=allow_other_branch,
                actor=ctx.actor, progress=cancellable_until(state, RESTORE_POINT_OF_NO_RETURN))

        def done(result: RestoreResult) -> None:
            self.last_restore = result
            info = result.info
            text = (f"已从备份恢复：网点 {info.branch_code}，备份时间 {local_time(info.created_at)}。"
                    f"原数据库已保留在 {result.safety_copy or '（原目录为空，无需保留）'}。"
                    + result.cleanup.message_zh())
            if any(older_passphrase):  # the backup's key slot came back with it
                text += ("注意：恢复后的恢复口令是制作此备份时的口令（即刚才输入的口令），不是恢复前使用的口令；"
                         "如需沿用之后设置的口令，请在“修改恢复口令…”中改回。")
            text += "程序需要重新打开数据库，主窗口将关闭。"
            self.say(text, "ok")
            common.inform(self, "恢复完成", text)
            self.sig_restart_required.emit("restore")

        def failed(exc: BaseException) -> None:
            if isinstance(exc, TaskCancelled):
                self.say("恢复已取消，当前数据库未作任何改动。", "warn")
            else:
                self.say(lock_message(exc), "error")

        self.say("正在恢复…")
        self.long_call("正在从备份恢复…", work, done, failed)

    # --- key management --------------------------------------------------------------------------
    def change_passphrase(self) -> None:
        ctx = self.ctx

        def submit(v: dict[str, str]) -> None:
            keymgmt.change_recovery_passphrase(ctx.db, ctx.actor, v["current"], v["new"])

        dlg = PassphraseDialog(self, PassphraseDialog.CHANGE, submit)
        dlg.accepted.connect(lambda: self.say(
            "恢复口令已修改。请立即做一次备份，并把新口令更新到保险柜中的恢复单；旧备份仍需用旧口令打开。", "ok"))
        self.dialog = dlg
        dlg.open()

    def rekey(self) -> None:
        ctx = self.ctx

        def submit(v: dict[str, str]) -> keymgmt.RekeyResult:
            return keymgmt.rekey_database(ctx.db, ctx.actor, v["current"])

        dlg = PassphraseDialog(self, PassphraseDialog.REKEY, submit)
        dlg.accepted.connect(lambda: self._rekeyed(dlg.result_value))
        self.dialog = dlg
        dlg.open()

    def _rekeyed(self, result: keymgmt.RekeyResult) -> None:
        # The old Database object is closed and its key gone: every tab shares this ctx.
        self.ctx.db = result.database
        self.ctx.extras["reopened_db"] = result.database
        where = "已更新本机凭据管理器" if result.key_in_keyring else "本机没有可用的凭据管理器，下次启动需输入恢复口令"
        self.say(f"数据库密钥已更换（用时 {result.seconds:.1f} 秒，{where}）。请立即做一次备份，"
                 "并点击“打印恢复单…”打印新的恢复单：原恢复单上的恢复密钥已不能打开数据库。", "ok")
        self.refresh()

    def hq_export(self) -> None:
        ctx = self.ctx
        name = keymgmt.hq_export_file_name(str(ctx.db.marker.get("branch_code", "")))  # never an existing file
        start = Path(self.form.destEdit.text() or Path.home()) / name

        def submit(v: dict[str, str]) -> keymgmt.ExportResult:
            return keymgmt.export_for_hq(ctx.db, ctx.actor, v["path"], v["new"])

        dlg = PassphraseDialog(self, PassphraseDialog.EXPORT, submit, str(start))
        dlg.accepted.connect(lambda: self._exported(dlg.result_value))
        self.dialog = dlg
        dlg.open()

    def recovery_sheet(self) -> None:
        ctx = self.ctx
        name = f"LoanDesk-恢复单-{ctx.db.marker.get('branch_code', '')}-{datetime.now(CHINA_TZ):%Y%m%d-%H%M%S}.pdf"
        start = Path.home() / name

        def submit(v: dict[str, str]) -> Path:
            target = Path(v["path"])
            if target.suffix.lower() != ".pdf":
                target = target.with_name(target.name + ".pdf")
            if target.exists():
                raise ServiceError(f"文件已存在：{target}。为防止覆盖，请换一个文件名。", field="path")
            pdf = keymgmt.recovery_sheet_pdf(ctx.db, ctx.actor, v["current"])
            with open(target, "xb") as fh:  # never over an existing file
                fh.write(pdf)
            return target

        dlg = PassphraseDialog(self, PassphraseDialog.SHEET, submit, str(start))
        dlg.accepted.connect(lambda: self.say(
            f"恢复单已保存：{dlg.result_value}。请打印后放入保险柜，并删除 PDF 文件（它含有恢复密钥）。", "ok"))
        self.dialog = dlg
        dlg.open()

    def _exported(self, r: keymgmt.ExportResult) -> None:
        self.say(f"已导出：{r.path}（{human_size(r.size)}，{sum(r.counts.values()):,} 行，SHA-256 {r.sha256[:16]}…）。"
                 "请把导出口令通过另一渠道告知总行。"
                 + (keymgmt.HQ_HALF_WIDTH_NOTE if r.passphrase_normalised else ""), "ok")
