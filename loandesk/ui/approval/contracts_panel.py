"""合同与放款: approved applications → contract (generate, preview, print, save) → signing → disbursement.

Buttons follow the selected row's stage and the user's permissions; the services check both again.
"""

from __future__ import annotations

from html import escape

from PySide6.QtWidgets import QWidget

from loandesk.domain.money import format_yuan
from loandesk.services import approval, contracts, disbursement
from loandesk.services.contracts import ContractView, PrintJob, WorkItem
from loandesk.ui.approval import common
from loandesk.ui.approval.models import Column, RowsModel, day, local, percent, yuan
from loandesk.ui.approval.preview import Output, PdfPreviewDialog
from loandesk.ui.context import AppContext
from loandesk.ui.forms.ui_approval_contracts_panel import Ui_ApprovalContractsPanel

STAGE_FILTERS: list[tuple[str, tuple[str, ...]]] = [
    ("全部未完成", ("to_generate", "to_sign", "to_disburse")),
    ("待生成合同", ("to_generate",)),
    ("待签署", ("to_sign",)),
    ("待放款", ("to_disburse",)),
    ("已放款", ("disbursed",)),
]
_STAGE_COLORS = {"to_generate": "#8a5300", "to_sign": "#1565c0", "to_disburse": "#6a1b9a", "disbursed": "#1b5e20"}


def _contract_no(item: WorkItem) -> str:
    return item.contract.contract_no if item.contract else ""


COLUMNS: list[Column[WorkItem]] = [
    Column("环节", lambda i: i.stage_label, color=lambda i: _STAGE_COLORS.get(i.stage)),
    Column("申请编号", lambda i: i.application_no),
    Column("借款人", lambda i: i.customer_name),
    Column("产品", lambda i: i.product_name),
    Column("批准金额", lambda i: yuan(i.amount), right=True),
    Column("期限(月)", lambda i: str(i.term_months), right=True),
    Column("担保", lambda i: i.guarantee_label),
    Column("合同编号", _contract_no),
    Column("打印", lambda i: (f"{i.contract.print_count}次" if i.contract else ""), right=True),
    Column("审批人", lambda i: i.approved_by),
    Column("批准时间", lambda i: local(i.approved_at)),
]


class ContractsPanel(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None, *, rights: set[str] | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.form = Ui_ApprovalContractsPanel()
        self.form.setupUi(self)
        f = self.form
        self.rights = rights if rights is not None else common.rights(ctx, common.ALL_RIGHTS)
        self.model: RowsModel[WorkItem] = RowsModel(COLUMNS, self)
        f.workView.setModel(self.model)
        common.setup_table(f.workView)
        for label, _stages in STAGE_FILTERS:
            f.stageCombo.addItem(label)
        f.stageCombo.currentIndexChanged.connect(lambda _i: self.refresh())
        f.refreshButton.clicked.connect(self.refresh)
        f.workView.selectionModel().currentRowChanged.connect(lambda *_: self._selection_changed())
        f.workView.doubleClicked.connect(lambda _i: self.preview())
        f.generateButton.clicked.connect(self.generate)
        f.previewButton.clicked.connect(self.preview)
        f.scheduleButton.clicked.connect(self.schedule_sheet)
        f.signButton.clicked.connect(self.sign)
        f.disburseButton.clicked.connect(self.disburse)
        f.noticeButton.clicked.connect(self.notice)
        f.voidButton.clicked.connect(self.void)
        f.verifyButton.clicked.connect(self.verify)
        f.exportButton.clicked.connect(self.export)
        f.exportButton.setVisible("loan.disburse" in self.rights)
        ctx.signals.sig_application_changed.connect(lambda _id: self.refresh())
        self._selection_changed()
        self._loaded = False

    # --- list --------------------------------------------------------------------------------
    def showEvent(self, event: object) -> None:
        super().showEvent(event)  # type: ignore[arg-type]
        if not self._loaded:
            self._loaded = True
            self.refresh()

    def refresh(self, select_app: str | None = None) -> None:
        stages = STAGE_FILTERS[max(0, self.form.stageCombo.currentIndex())][1]
        keep = select_app or (self.current().application_id if self.current() else None)

        def done(items: list[WorkItem]) -> None:
            self.model.set_rows(items)
            common.fit_columns(self.form.workView)
            for i, item in enumerate(items):
                if item.application_id == keep:
                    self.form.workView.selectRow(i)
                    break
            self._selection_changed()

        common.call(self.ctx, self, lambda s: contracts.contract_worklist(s, self.ctx.actor, stages=stages), done,
                    label=self.form.messageLabel)

    def current(self) -> WorkItem | None:
        index = self.form.workView.currentIndex()
        return self.model.row(index.row()) if index.isValid() else None

    def _selection_changed(self) -> None:
        f = self.form
        item = self.current()
        stage = item.stage if item else ""
        has_contract = item is not None and item.contract is not None
        f.generateButton.setEnabled(stage == "to_generate" and "contract.generate" in self.rights)
        f.previewButton.setEnabled(has_contract)
        f.scheduleButton.setEnabled(has_contract and "contract.print" in self.rights)
        f.signButton.setEnabled(stage == "to_sign" and "contract.sign" in self.rights)
        f.disburseButton.setEnabled(stage == "to_disburse" and "loan.disburse" in self.rights)
        f.noticeButton.setEnabled(stage == "disbursed" and "loan.view" in self.rights)
        f.voidButton.setEnabled(stage == "to_sign" and "contract.generate" in self.rights)
        f.detailLabel.setText(self._detail(item))

    @staticmethod
    def _detail(item: WorkItem | None) -> str:
        if item is None:
            return ""
        c = item.contract
        if c is None:
            return (f"申请 <b>{escape(item.application_no)}</b> 已于 {local(item.approved_at)} 由 "
                    f"{escape(item.approved_by)} 批准，尚未生成合同。")
        parts = [f"合同 <b>{escape(c.contract_no)}</b>（{escape(c.status_label)}）",
                 f"{format_yuan(c.amount)}，{c.term_months} 个月，{escape(c.method_label)}",
                 f"年利率 {percent(c.annual_rate)}，年化利率（单利）{percent(c.apr)}",
                 f"{day(c.start_date)} 至 {day(c.maturity_date)}，共 {c.periods} 期，利息合计 {format_yuan(c.total_interest)}",
                 f"验证码 {escape(c.verification_code)}",
                 f"已打印 {c.print_count} 次（其中副本 {c.copy_count} 次）"]
        if c.signed_on:
            parts.append(f"签署日期 {day(c.signed_on)}")
        if c.effective_on:
            parts.append(f"放款/生效日期 {day(c.effective_on)}")
        return " · ".join(parts)

    def _msg(self, text: str, kind: str = "info") -> None:
        common.show_message(self.form.messageLabel, text, kind)

    # --- actions -----------------------------------------------------------------------------
    def generate(self) -> None:
        from loandesk.ui.approval.dialogs import GenerateDialog

        item = self.current()
        if item is None:
            return
        dlg = GenerateDialog(self.ctx, item, approval.today_china(), self)
        if common.run_dialog(dlg) and dlg.result_value is not None:
            view: ContractView = dlg.result_value
            self._msg(f"已生成合同 {view.contract_no}（待签署）。请预览后打印原件，交借款人面签。", "ok")
            self.refresh(item.application_id)
            self.ctx.signals.sig_application_changed.emit(item.application_id)

    def preview(self) -> None:
        item = self.current()
        if item is None or item.contract is None:
            return
        c = item.contract
        actor, store = self.ctx.actor, common.blobs(self.ctx)

        def show(pdf: bytes) -> None:
            copy = c.print_count > 0
            notice = (f"<span style='color:#8a5300'>本合同已打印/导出 {c.print_count} 次：再次打印或另存均为"
                      "<b>副本</b>（每页标注“副本”），并记入审计日志。</span>" if copy else
                      "<span style='color:#1b5e20'>首次打印或另存为合同<b>原件</b>；之后的打印均为副本。</span>")
            dlg = PdfPreviewDialog(self, pdf, title=f"借款合同 {c.contract_no}", notice=notice,
                                   name=f"借款合同_{c.contract_no}.pdf", fetch=self._fetch(c),
                                   can_print="contract.print" in self.rights)
            dlg.sig_output.connect(lambda *_: self.refresh(item.application_id))
            common.run_dialog(dlg)

        common.call(self.ctx, self, lambda s: contracts.preview_pdf(s, actor, c.id, blobs=store), show, write=True,
                    label=self.form.messageLabel)

    def _fetch(self, c: ContractView):
        def fetch(channel: str, on_done, on_error) -> None:  # noqa: ANN001
            actor, store = self.ctx.actor, common.blobs(self.ctx)

            def done(job: PrintJob) -> None:
                note = "（副本已记入审计日志）" if job.copy else "（原件）"
                on_done(Output(job.pdf, job.suggested_name, job.copy, note))

            common.call(self.ctx, self, lambda s: contracts.issue_print(s, actor, c.id, blobs=store, channel=channel),
                        done, write=True, on_error=on_error)

        return fetch

    def schedule_sheet(self) -> None:
        item = self.current()
        if item is None or item.contract is None:
            return
        c = item.contract
        actor = self.ctx.actor

        def show(pdf: bytes) -> None:
            common.run_dialog(PdfPreviewDialog(self, pdf, title=f"还款计划表 {c.contract_no}",
                                               name=f"还款计划表_{c.contract_no}.pdf"))

        if item.stage == "disbursed":
            def work(s):  # noqa: ANN001 - the schedule fixed at disbursement
                d = disbursement.disbursement_for_contract(s, actor, c.id)
                return disbursement.loan_schedule_pdf(s, actor, d.loan_id) if d else contracts.schedule_sheet_pdf(
                    s, actor, c.id)
        else:
            def work(s):  # noqa: ANN001
                return contracts.schedule_sheet_pdf(s, actor, c.id)
        common.call(self.ctx, self, work, show, write=True, label=self.form.messageLabel)

    def sign(self) -> None:
        from loandesk.ui.approval.dialogs import SignDialog

        item = self.current()
        if item is None or item.contract is None:
            return
        dlg = SignDialog(self.ctx, item.contract, approval.today_china(), self)
        if common.run_dialog(dlg) and dlg.result_value is not None:
            self._msg(f"合同 {item.contract.contract_no} 已登记签署，可以登记放款。", "ok")
            self.refresh(item.application_id)
            self.ctx.signals.sig_application_changed.emit(item.application_id)

    def disburse(self) -> None:
        from loandesk.ui.approval.dialogs import DisburseDialog

        item = self.current()
        if item is None or item.contract is None:
            return
        c = item.contract

        def open_dialog(defaults: disbursement.DisbursementDefaults) -> None:
            dlg = DisburseDialog(self.ctx, c, defaults, self)
            if common.run_dialog(dlg) and dlg.result_value is not None:
                d = dlg.result_value
                self._msg(f"已登记放款：凭证号 {d.voucher_no}，贷款账号 {d.loan_no}，首期还款日 {day(d.first_due_date)}，"
                          f"共 {d.periods} 期。可打印放款通知书。", "ok")
                self.refresh(item.application_id)
                self.ctx.signals.sig_application_changed.emit(item.application_id)
                self.ctx.signals.sig_loan_changed.emit(d.loan_id)

        common.call(self.ctx, self, lambda s: disbursement.disbursement_defaults(s, self.ctx.actor, c.id), open_dialog,
                    label=self.form.messageLabel)

    def notice(self) -> None:
        item = self.current()
        if item is None or item.contract is None:
            return
        c = item.contract
        actor = self.ctx.actor

        def work(s):  # noqa: ANN001
            d = disbursement.disbursement_for_contract(s, actor, c.id)
            if d is None:
                from loandesk.services.context import ServiceError

                raise ServiceError("本合同尚无放款记录。")
            return d, disbursement.notice_pdf(s, actor, d.id)

        def show(result) -> None:  # noqa: ANN001
            d, pdf = result
            common.run_dialog(PdfPreviewDialog(self, pdf, title=f"放款通知书 {d.voucher_no}",
                                               name=f"放款通知书_{d.voucher_no}.pdf"))

        common.call(self.ctx, self, work, show, write=True, label=self.form.messageLabel)

    def void(self) -> None:
        item = self.current()
        if item is None or item.contract is None:
            return
        c = item.contract
        reason = common.ask_text(self, "作废合同", f"作废合同 {c.contract_no} 的原因（如放款账户变更）：")
        if reason is None:
            return
        if c.print_count and not common.confirm(
                self, "作废合同", f"合同 {c.contract_no} 已打印 {c.print_count} 次，请收回并销毁已打印的文本。确认作废？",
                danger=True):
            return

        def done(view: ContractView) -> None:
            self._msg(f"合同 {view.contract_no} 已作废，可重新生成合同。", "ok")
            self.refresh(item.application_id)

        common.call(self.ctx, self, lambda s: contracts.void_contract(s, self.ctx.actor, c.id, reason), done,
                    write=True, label=self.form.messageLabel)

    def verify(self) -> None:
        from loandesk.ui.approval.dialogs import VerifyDialog

        common.run_dialog(VerifyDialog(self.ctx, self))

    def export(self) -> None:
        from loandesk.ui.approval.dialogs import ExportDialog

        dlg = ExportDialog(self.ctx, approval.today_china(), self)
        if not (common.run_dialog(dlg) and dlg.result_value is not None):
            return
        export: disbursement.VoucherExport = dlg.result_value
        path = common.choose_save_file(self, "保存放款凭证文件", export.filename, "CSV 文件 (*.csv)")
        if not path:
            self._msg("已取消保存：这些放款未标记为已导出，可重新导出。", "warn")
            return
        try:
            common.write_file(path, export.data)
        except OSError as exc:
            from loandesk.ui.errors import user_message

            self._msg(user_message(exc) + "这些放款未标记为已导出，可重新导出。", "error")
            return
        import hashlib

        digest = hashlib.sha256(export.data).hexdigest()
        actor = self.ctx.actor
        self._msg(f"已保存 {path}，正在标记为已导出…", "info")

        def marked(_n: int) -> None:
            self._msg(f"已导出 {export.count} 笔放款，合计 {format_yuan(export.total)}：{path}", "ok")

        common.call(self.ctx, self, lambda s: disbursement.mark_vouchers_exported(s, actor, export.vouchers,
                                                                                    sha256=digest),
                    marked, write=True, label=self.form.messageLabel)
