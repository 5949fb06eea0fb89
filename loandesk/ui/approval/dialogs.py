"""Dialogs of the contract and disbursement steps: generate, sign, disburse, verify, export.

Each dialog collects input, then runs its service call on the DB thread; on a refusal it stays
open with the Chinese message at the bottom, so nothing typed is lost. ``result_value`` holds
what the service returned once the dialog is accepted.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from html import escape
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QScrollArea, QVBoxLayout, QWidget

from loandesk.domain.money import format_yuan, parse_amount
from loandesk.services import contracts, disbursement
from loandesk.services.contracts import ContractCheck, ContractView, WorkItem
from loandesk.services.disbursement import DisbursementDefaults
from loandesk.ui.approval import common
from loandesk.ui.context import AppContext
from loandesk.ui.errors import user_message
from loandesk.ui.forms.ui_approval_disburse_dialog import Ui_ApprovalDisburseDialog
from loandesk.ui.forms.ui_approval_export_dialog import Ui_ApprovalExportDialog
from loandesk.ui.forms.ui_approval_generate_dialog import Ui_ApprovalGenerateDialog
from loandesk.ui.forms.ui_approval_sign_dialog import Ui_ApprovalSignDialog
from loandesk.ui.forms.ui_approval_verify_dialog import Ui_ApprovalVerifyDialog

MAX_SCAN_BYTES = 20 * 1024 * 1024


def qdate(d: date) -> QDate:
    return QDate(d.year, d.month, d.day)


def pydate(q: QDate) -> date:
    return date(q.year(), q.month(), q.day())


class _ServiceDialog(QDialog):
    """OK runs ``self.work(session)`` in a write session; errors stay in the dialog."""

    form: Any

    def __init__(self, ctx: AppContext, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.result_value: Any = None

    def _wire(self, ok_text: str) -> None:
        box = self.form.buttonBox
        box.button(QDialogButtonBox.StandardButton.Ok).setText(ok_text)
        box.button(QDialogButtonBox.StandardButton.Cancel).setText("取消")
        box.accepted.connect(self._try)
        box.rejected.connect(self.reject)

    def prepare(self) -> Callable[[Any], Any]:
        """Parse the fields and return the service call; raise ValueError with a message."""
        raise NotImplementedError

    def _try(self) -> None:
        try:
            work = self.prepare()
        except ValueError as exc:
            common.show_message(self.form.messageLabel, str(exc), "error")
            return
        self.form.buttonBox.setEnabled(False)
        common.show_message(self.form.messageLabel, "正在处理…", "info")

        def done(result: Any) -> None:
            self.form.buttonBox.setEnabled(True)
            self.result_value = result
            self.accept()

        def failed(exc: BaseException) -> None:
            self.form.buttonBox.setEnabled(True)
            common.show_message(self.form.messageLabel, user_message(exc), "error")

        common.call(self.ctx, self, work, done, write=True, on_error=failed)


class GenerateDialog(_ServiceDialog):
    def __init__(self, ctx: AppContext, item: WorkItem, today: date, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.form = Ui_ApprovalGenerateDialog()
        self.form.setupUi(self)
        self.item = item
        f = self.form
        f.summaryLabel.setText(
            f"申请 <b>{escape(item.application_no)}</b> · 借款人 {escape(item.customer_name)} · "
            f"{escape(item.product_name)}<br>批准金额 <b>{format_yuan(item.amount)}</b>，期限 {item.term_months} 个月，"
            f"担保方式 {escape(item.guarantee_label)}（审批人 {escape(item.approved_by)}）")
        f.startDate.setMinimumDate(qdate(today))
        f.startDate.setDate(qdate(today))
        secured = item.guarantee_type in ("mortgage", "pledge")
        f.collateralEdit.setEnabled(secured)
        f.collateralLabel.setEnabled(secured)
        self._wire("生成合同")

    def prepare(self) -> Callable[[Any], ContractView]:
        f = self.form
        collateral = f.collateralEdit.text().strip()
        if self.item.guarantee_type in ("mortgage", "pledge") and not collateral:
            raise ValueError("抵押/质押贷款须写明担保财产（名称、权证号）。")
        start = pydate(f.startDate.date())
        account = f.accountEdit.text().strip() or None
        place = f.placeEdit.text().strip() or None
        app_id = self.item.application_id
        actor = self.ctx.actor
        store = common.blobs(self.ctx)
        return lambda s: contracts.generate_contract(s, actor, app_id, blobs=store, start_date=start,
                                                     collateral=collateral, disbursement_account=account,
                                                     signing_place=place)


class SignDialog(_ServiceDialog):
    def __init__(self, ctx: AppContext, contract: ContractView, today: date, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.form = Ui_ApprovalSignDialog()
        self.form.setupUi(self)
        self.contract = contract
        self.scan: bytes | None = None
        self.scan_name = ""
        f = self.form
        f.summaryLabel.setText(f"合同 <b>{escape(contract.contract_no)}</b> · 借款人 {escape(contract.borrower_name)} · "
                               f"{format_yuan(contract.amount)} / {contract.term_months} 个月")
        f.signedDate.setMaximumDate(qdate(today))
        f.signedDate.setMinimumDate(qdate(contract.generated_at.date()))
        f.signedDate.setDate(qdate(today))
        f.chooseButton.clicked.connect(self.choose)
        self._wire("登记签署")

    def choose(self) -> None:
        path = common.choose_open_file(self, "选择已签署合同的扫描件",
                                       "扫描件 (*.jpg *.jpeg *.png *.tif *.tiff *.pdf);;所有文件 (*)")
        if path:
            self.set_scan(path)

    def set_scan(self, path: str) -> None:
        p = Path(path)
        try:
            if p.stat().st_size > MAX_SCAN_BYTES:
                raise ValueError("文件超过 20 MB，请以 200–300 dpi 重新扫描。")
            self.scan = p.read_bytes()
        except (OSError, ValueError) as exc:
            common.show_message(self.form.messageLabel, user_message(exc) if isinstance(exc, OSError) else str(exc),
                                "error")
            return
        self.scan_name = p.name
        self.form.fileEdit.setText(p.name)

    def prepare(self) -> Callable[[Any], ContractView]:
        if not self.scan:
            raise ValueError("请选择已签署合同的扫描件。")
        signed_on = pydate(self.form.signedDate.date())
        cid, actor, scan, name, store = self.contract.id, self.ctx.actor, self.scan, self.scan_name, common.blobs(self.ctx)
        return lambda s: contracts.register_signing(s, actor, cid, signed_on=signed_on, scan_name=name, scan=scan,
                                                    blobs=store)


class DisburseDialog(_ServiceDialog):
    def __init__(self, ctx: AppContext, contract: ContractView, defaults: DisbursementDefaults,
                 parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.form = Ui_ApprovalDisburseDialog()
        self.form.setupUi(self)
        self.contract = contract
        f = self.form
        f.summaryLabel.setText(
            f"合同 <b>{escape(contract.contract_no)}</b>（{escape(defaults.status_label)}）· 借款人 "
            f"{escape(defaults.borrower_name)}<br>合同金额 <b>{format_yuan(defaults.amount)}</b>；合同约定放款账户 "
            f"{escape(defaults.account_hint)}")
        f.disbursedDate.setMaximumDate(qdate(defaults.today))
        f.disbursedDate.setMinimumDate(qdate(defaults.earliest))
        f.disbursedDate.setDate(qdate(defaults.today))
        f.amountEdit.setText(f"{defaults.amount:f}")
        f.accountEdit.setPlaceholderText(f"请照存折/卡号输入（合同账户 {defaults.account_hint}）")
        self._wire("登记放款")

    def prepare(self) -> Callable[[Any], Any]:
        f = self.form
        try:
            amount = parse_amount(f.amountEdit.text())
        except ValueError as exc:
            raise ValueError(f"放款金额：{exc}") from None
        account = f.accountEdit.text().strip()
        if not account:
            raise ValueError("请输入入账账号。")
        day = pydate(f.disbursedDate.date())
        voucher, note = f.voucherEdit.text().strip(), f.noteEdit.text().strip()
        cid, actor = self.contract.id, self.ctx.actor
        return lambda s: disbursement.disburse(s, actor, cid, disbursed_on=day, account=account, amount=amount,
                                               voucher_no=voucher, note=note)


class ExportDialog(_ServiceDialog):
    def __init__(self, ctx: AppContext, today: date, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.form = Ui_ApprovalExportDialog()
        self.form.setupUi(self)
        self.form.fromDate.setDate(qdate(today))
        self.form.toDate.setDate(qdate(today))
        self._wire("导出…")

    def prepare(self) -> Callable[[Any], Any]:
        f = self.form
        start, end = pydate(f.fromDate.date()), pydate(f.toDate.date())
        if end < start:
            raise ValueError("结束日期不能早于开始日期。")
        only_new, actor = f.unexportedCheck.isChecked(), self.ctx.actor
        # Marked as exported only once the file is written (ContractsPanel.export).
        return lambda s: disbursement.export_vouchers(s, actor, date_from=start, date_to=end,
                                                      only_unexported=only_new, mark=False)


class VerifyDialog(QDialog):
    """合同核验: a PDF file byte-compared, or the number + code typed from paper."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.form = Ui_ApprovalVerifyDialog()
        self.form.setupUi(self)
        self.last: ContractCheck | None = None
        f = self.form
        f.buttonBox.button(QDialogButtonBox.StandardButton.Close).setText("关闭")
        f.buttonBox.rejected.connect(self.reject)
        f.chooseFileButton.clicked.connect(self.choose_file)
        f.checkCodeButton.clicked.connect(self.check_code)

    def choose_file(self) -> None:
        path = common.choose_open_file(self, "选择合同 PDF", "PDF 文件 (*.pdf)")
        if not path:
            return
        try:
            data = Path(path).read_bytes()
        except OSError as exc:
            self._show(None, user_message(exc))
            return
        self.check_pdf(data)

    def check_pdf(self, data: bytes) -> None:
        actor = self.ctx.actor
        common.call(self.ctx, self, lambda s: contracts.verify_contract_pdf(s, actor, data), self._result, write=True,
                    on_error=lambda exc: self._show(None, user_message(exc)))

    def check_code(self) -> None:
        number, code, actor = self.form.numberEdit.text(), self.form.codeEdit.text(), self.ctx.actor
        common.call(self.ctx, self, lambda s: contracts.verify_code(s, actor, number, code), self._result, write=True,
                    on_error=lambda exc: self._show(None, user_message(exc)))

    def _result(self, check: ContractCheck) -> None:
        self.last = check
        self._show(check, check.message)

    def _show(self, check: ContractCheck | None, text: str) -> None:
        ok = check is not None and check.ok
        head = "✔" if ok else "✘"
        if check is not None and check.status_label:
            head += f" 合同状态：{check.status_label}"
        self.form.resultLabel.setText(f"{head}\n{text}")
        self.form.resultLabel.setStyleSheet(f"color: {'#1b5e20' if ok else '#b00020'}; font-size: 11pt;")


def show_document(parent: QWidget | None, data: bytes, title: str) -> None:
    """A stored document on screen, from memory (images scaled to fit, PDFs in the PDF viewer)."""
    if data.startswith(b"%PDF-"):
        from loandesk.ui.approval.preview import PdfPreviewDialog

        common.run_dialog(PdfPreviewDialog(parent, data, title=title, can_print=False))
        return
    image = QImage.fromData(data)
    dlg = QDialog(parent)
    dlg.setWindowTitle(title)
    layout = QVBoxLayout(dlg)
    area = QScrollArea()
    label = QLabel()
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    if image.isNull():
        label.setText("无法显示该文件。")
    else:
        pix = QPixmap.fromImage(image)
        label.setPixmap(pix.scaled(900, 1200, Qt.AspectRatioMode.KeepAspectRatio,
                                   Qt.TransformationMode.SmoothTransformation)
                        if pix.width() > 900 or pix.height() > 1200 else pix)
    area.setWidget(label)
    area.setWidgetResizable(True)
    layout.addWidget(area)
    common.fit_to_screen(dlg, 960, 800)
    common.run_dialog(dlg)
