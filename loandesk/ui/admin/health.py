"""运行状况: sizes, versions, migrations, key storage, last backup, logs, integrity check.

The integrity check reads every page (seconds on a large attachment file), so it runs on the DB
thread behind a busy button; the report itself is cheap and loads when the section is shown.
"""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from loandesk.services import health as health_svc
from loandesk.services.health import HealthReport
from loandesk.ui.admin import common
from loandesk.ui.admin.common import Panel, human_size, local_time
from loandesk.ui.context import AppContext
from loandesk.ui.forms.ui_admin_health_panel import Ui_AdminHealthPanel


class HealthPanel(Panel):
    title = "运行状况"

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.form = Ui_AdminHealthPanel()
        self.form.setupUi(self)
        self.report: HealthReport | None = None
        f = self.form
        f.refreshButton.clicked.connect(self.refresh)
        f.integrityButton.clicked.connect(self.check_integrity)
        f.openLogsButton.clicked.connect(self.open_logs)

    def refresh(self) -> None:
        self._load(False)

    def check_integrity(self) -> None:
        self._load(True)

    def _load(self, integrity: bool) -> None:
        if self.busy:
            return
        ctx = self.ctx
        f = self.form
        f.integrityButton.setEnabled(False)
        f.refreshButton.setEnabled(False)
        if integrity:
            f.integrityValue.setText("正在检查，请稍候…（大数据库可能需要几十秒，期间其他操作会稍慢）")
            self.say("")

        def done(report: HealthReport) -> None:
            f.integrityButton.setEnabled(True)
            f.refreshButton.setEnabled(True)
            self._show(report)

        def failed(exc: BaseException) -> None:
            f.integrityButton.setEnabled(True)
            f.refreshButton.setEnabled(True)
            if integrity:
                f.integrityValue.setText("检查未完成")
            self.fail(exc)

        # The report reads the live database (pooled Session + fresh connections): DB thread.
        self.db_call(lambda: health_svc.health_report(ctx.db, ctx.actor, check_integrity=integrity), done, failed)

    def _show(self, r: HealthReport) -> None:
        self.report = r
        f = self.form
        if r.ok:
            f.summaryLabel.setText("运行正常。")
            f.summaryLabel.setStyleSheet("color: #1b5e20; font-weight: bold;")
        else:
            f.summaryLabel.setText("需要注意：\n" + "\n".join(f"• {p}" for p in r.problems))
            f.summaryLabel.setStyleSheet("color: #8a5300;")
        f.dataDirValue.setText(str(r.data_dir))
        f.dbSizeValue.setText(human_size(r.db_size))
        f.walSizeValue.setText(human_size(r.wal_size))
        f.attachSizeValue.setText(human_size(r.attachments_size) if r.attachments_size else "（尚无附件）")
        f.freeDiskValue.setText(human_size(r.free_disk))
        f.keyringValue.setText({True: "已保存在本机凭据管理器",
                                False: "凭据管理器中没有本库密钥（启动时需输入恢复口令）",
                                None: "本机没有可用的凭据管理器（启动时需输入恢复口令）"}[r.key_in_keyring])
        last = r.last_backup
        f.lastBackupValue.setText("还没有成功的备份" if last is None else
                                  f"{local_time(last.created_at)}　{last.file_name}\n{last.location}")
        if r.integrity is not None:
            bad = {k: v for k, v in r.integrity.items() if v}
            if not bad:
                f.integrityValue.setText(f"通过（{'、'.join('核心库' if k == 'core' else '附件库' for k in r.integrity)}，"
                                         f"用时 {r.integrity_seconds:.1f} 秒）")
                f.integrityValue.setStyleSheet("color: #1b5e20;")
            else:
                f.integrityValue.setText("未通过：" + "；".join(p for v in bad.values() for p in v[:2]) +
                                         "。请停止录入并从备份恢复。")
                f.integrityValue.setStyleSheet("color: #b00020;")
        f.appVersionValue.setText(r.app_version)
        f.cipherValue.setText(f"{r.cipher_version} / {r.sqlite_version}")
        schema = r.schema_revision or "未知"
        f.schemaValue.setText(schema + ("（最新）" if r.schema_revision == r.head_revision
                                        else f"（程序最新为 {r.head_revision}）"))
        lines = [f"✓ {m}" for m in r.migrations_applied] + [f"… {m}（待执行）" for m in r.migrations_pending]
        f.migrationsEdit.setPlainText("\n".join(lines))
        f.logDirValue.setText(f"日志文件夹：{r.log_dir}")
        if r.log_files:
            f.logFilesValue.setText("\n".join(f"{x.name}　{human_size(x.size)}　{local_time(x.modified)}"
                                              for x in r.log_files[:8]))
        else:
            f.logFilesValue.setText("（暂无日志文件）")
        f.openLogsButton.setEnabled(r.log_dir.is_dir())

    def open_logs(self) -> None:
        if self.report is None:
            return
        if not common.open_folder(self.report.log_dir):
            self.say(f"无法打开文件夹，请手动打开：{self.report.log_dir}", "warn")
