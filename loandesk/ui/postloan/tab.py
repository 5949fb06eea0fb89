"""贷后管理 tab, first cut: the loan accounts created at disbursement and their fixed schedules.

Read-only and honest about it: repayments, overdue tracking, classification and collection are
the post-loan module's (a later issue); nothing here pretends to know what was repaid.
"""

from __future__ import annotations

from decimal import Decimal
from html import escape

from PySide6.QtWidgets import QWidget

from loandesk.domain.money import format_yuan
from loandesk.services import disbursement
from loandesk.services.disbursement import InstallmentRow, LoanDetail, LoanRow
from loandesk.ui.approval import common
from loandesk.ui.approval.models import Column, RowsModel, day, percent, yuan
from loandesk.ui.context import AppContext
from loandesk.ui.forms.ui_postloan_tab import Ui_PostloanTab

LOAN_COLUMNS: list[Column[LoanRow]] = [
    Column("贷款账号", lambda r: r.loan_no),
    Column("借款人", lambda r: r.customer_name),
    Column("产品", lambda r: r.product_name),
    Column("本金", lambda r: yuan(r.principal), right=True),
    Column("年利率", lambda r: percent(r.annual_rate), right=True),
    Column("还款方式", lambda r: r.method_label),
    Column("期限", lambda r: f"{r.term_months}个月", right=True),
    Column("放款日", lambda r: day(r.start_date)),
    Column("到期日", lambda r: day(r.maturity_date)),
    Column("下一还款日", lambda r: day(r.next_due_date)),
    Column("下期应还", lambda r: yuan(r.next_payment), right=True),
    Column("状态", lambda r: r.status_label),
]
SCHEDULE_COLUMNS: list[Column[InstallmentRow]] = [
    Column("期数", lambda i: str(i.period), right=True),
    Column("还款日", lambda i: day(i.due_date)),
    Column("应还本金", lambda i: yuan(i.principal), right=True),
    Column("应还利息", lambda i: yuan(i.interest), right=True),
    Column("应还合计", lambda i: yuan(i.payment), right=True),
    Column("剩余本金", lambda i: yuan(i.balance), right=True),
    Column("计息天数", lambda i: "" if i.days is None else str(i.days), right=True),
]


class PostloanTab(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.form = Ui_PostloanTab()
        self.form.setupUi(self)
        f = self.form
        self.loans: RowsModel[LoanRow] = RowsModel(LOAN_COLUMNS, self)
        self.schedule: RowsModel[InstallmentRow] = RowsModel(SCHEDULE_COLUMNS, self)
        f.loansView.setModel(self.loans)
        f.scheduleView.setModel(self.schedule)
        common.setup_table(f.loansView)
        common.setup_table(f.scheduleView, stretch_last=False)
        f.refreshButton.clicked.connect(self.refresh)
        f.sheetButton.clicked.connect(self.sheet)
        f.loansView.selectionModel().currentRowChanged.connect(lambda *_: self._selected())
        ctx.signals.sig_loan_changed.connect(lambda _id: self.refresh() if self._loaded else None)
        self.detail: LoanDetail | None = None
        self._loaded = False
        self._selected()

    def showEvent(self, event: object) -> None:
        super().showEvent(event)  # type: ignore[arg-type]
        if not self._loaded:
            self._loaded = True
            self.refresh()

    def current(self) -> LoanRow | None:
        index = self.form.loansView.currentIndex()
        return self.loans.row(index.row()) if index.isValid() else None

    def refresh(self) -> None:
        keep = self.current().id if self.current() else None

        def done(rows: list[LoanRow]) -> None:
            self.loans.set_rows(rows)
            common.fit_columns(self.form.loansView, max_width=220)
            total = sum((r.principal for r in rows), Decimal(0))
            self.form.countLabel.setText(f"共 {len(rows)} 笔贷款，放款本金合计 {format_yuan(total)}" if rows
                                         else "尚无贷款账户：合同签署并登记放款后，贷款账户显示在这里。")
            for i, r in enumerate(rows):
                if r.id == keep or keep is None:
                    self.form.loansView.selectRow(i)
                    break
            self._selected()

        common.call(self.ctx, self, lambda s: disbursement.list_loans(s, self.ctx.actor), done,
                    label=self.form.messageLabel)

    def _selected(self) -> None:
        row = self.current()
        self.form.sheetButton.setEnabled(row is not None)
        if row is None:
            self.schedule.set_rows([])
            self.form.summaryLabel.clear()
            return

        def done(detail: LoanDetail) -> None:
            now = self.current()
            if now is None or now.id != row.id:
                return  # the selection moved on meanwhile
            self.detail = detail
            self.schedule.set_rows(detail.schedule)
            common.fit_columns(self.form.scheduleView)
            d = detail.disbursement
            loan = detail.loan
            parts = [f"<b>{escape(loan.loan_no)}</b> · 合同 {escape(loan.contract_no)} · {escape(loan.customer_name)}",
                     f"本金 {format_yuan(detail.total_principal)}，利息合计 {format_yuan(detail.total_interest)}，"
                     f"本息合计 {format_yuan(detail.total_payment)}，共 {len(detail.schedule)} 期"]
            if d is not None:
                parts.append(f"放款 {day(d.disbursed_on)}，凭证号 {escape(d.voucher_no)}，入账账户 {escape(d.account)}")
            self.form.summaryLabel.setText(" · ".join(parts))

        common.call(self.ctx, self, lambda s: disbursement.loan_detail(s, self.ctx.actor, row.id), done,
                    label=self.form.messageLabel)

    def sheet(self) -> None:
        row = self.current()
        if row is None:
            return
        from loandesk.ui.approval.preview import PdfPreviewDialog

        def show(pdf: bytes) -> None:
            common.run_dialog(PdfPreviewDialog(self, pdf, title=f"还款计划表 {row.loan_no}",
                                               name=f"还款计划表_{row.loan_no}.pdf"))

        common.call(self.ctx, self, lambda s: disbursement.loan_schedule_pdf(s, self.ctx.actor, row.id), show,
                    write=True, label=self.form.messageLabel)


def create_tab(ctx: AppContext) -> QWidget:
    return PostloanTab(ctx)
