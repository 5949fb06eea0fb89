"""贷款审批 tab: 待审批 (queue + approval screen), 合同与放款, 贷款产品 — each page by permission."""

from __future__ import annotations

from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from loandesk.ui.context import AppContext
from loandesk.ui.widgets import EmptyState


class ApprovalTab(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.pages = QTabWidget()
        self.pages.setObjectName("approvalPages")
        self.pages.setDocumentMode(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.pages)
        self.approval = self.contracts = self.products = None
        if ctx.can("loan.approve"):
            from loandesk.ui.approval.queue import ApprovalPage

            self.approval = ApprovalPage(ctx)
            self.pages.addTab(self.approval, "待审批")
        if ctx.can("contract.view"):
            from loandesk.ui.approval.contracts_panel import ContractsPanel

            self.contracts = ContractsPanel(ctx)
            self.pages.addTab(self.contracts, "合同与放款")
        if ctx.can("product.view"):
            from loandesk.ui.approval.products import ProductsWidget

            self.products = ProductsWidget(ctx)
            self.pages.addTab(self.products, "贷款产品")
        if self.pages.count() == 0:
            self.pages.addTab(EmptyState("贷款审批", "您没有审批或合同相关的权限。"), "贷款审批")


def create_tab(ctx: AppContext) -> QWidget:
    return ApprovalTab(ctx)
