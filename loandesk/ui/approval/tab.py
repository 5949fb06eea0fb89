"""贷款审批 tab: 待审批 (queue + approval screen), 合同与放款, 贷款产品 — each page by permission.

Pages are built when first shown (the main window builds every tab at login), and the user's
rights are read once for the whole tab.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from loandesk.ui.approval import common
from loandesk.ui.context import AppContext
from loandesk.ui.widgets import EmptyState


class ApprovalTab(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.rights = common.rights(ctx, common.ALL_RIGHTS)
        self.pages = QTabWidget()
        self.pages.setObjectName("approvalPages")
        self.pages.setDocumentMode(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.pages)
        self._builders: dict[int, Callable[[], QWidget]] = {}
        self._approval: QWidget | None = None
        self._contracts: QWidget | None = None
        self._products: QWidget | None = None
        if "loan.approve" in self.rights:
            self._add("待审批", self._build_approval)
        if "contract.view" in self.rights:
            self._add("合同与放款", self._build_contracts)
        if "product.view" in self.rights:
            self._add("贷款产品", self._build_products)
        if self.pages.count() == 0:
            self.pages.addTab(EmptyState("贷款审批", "您没有审批或合同相关的权限。"), "贷款审批")
        self.pages.currentChanged.connect(self._materialise)
        self._materialise(self.pages.currentIndex())

    def _add(self, title: str, build: Callable[[], QWidget]) -> None:
        index = self.pages.addTab(QWidget(), title)
        self._builders[index] = build

    def _materialise(self, index: int) -> None:
        build = self._builders.pop(index, None)
        if build is None:
            return
        widget = build()
        title = self.pages.tabText(index)
        self.pages.blockSignals(True)
        current = self.pages.currentIndex()
        placeholder = self.pages.widget(index)
        self.pages.removeTab(index)
        self.pages.insertTab(index, widget, title)
        self.pages.setCurrentIndex(current)
        self.pages.blockSignals(False)
        placeholder.deleteLater()

    def _page(self, title: str) -> QWidget | None:
        for i in range(self.pages.count()):
            if self.pages.tabText(i) == title:
                self._materialise(i)
                return self.pages.widget(i)
        return None

    def _build_approval(self) -> QWidget:
        from loandesk.ui.approval.queue import ApprovalPage

        self._approval = ApprovalPage(self.ctx)
        return self._approval

    def _build_contracts(self) -> QWidget:
        from loandesk.ui.approval.contracts_panel import ContractsPanel

        self._contracts = ContractsPanel(self.ctx, rights=self.rights)
        return self._contracts

    def _build_products(self) -> QWidget:
        from loandesk.ui.approval.products import ProductsWidget

        self._products = ProductsWidget(self.ctx, rights=self.rights)
        return self._products

    # The pages, built on first access (tests and other tabs reach them through these).
    @property
    def approval(self):  # noqa: ANN201 - ApprovalPage | None
        return self._page("待审批") if "loan.approve" in self.rights else None

    @property
    def contracts(self):  # noqa: ANN201 - ContractsPanel | None
        return self._page("合同与放款") if "contract.view" in self.rights else None

    @property
    def products(self):  # noqa: ANN201 - ProductsWidget | None
        return self._page("贷款产品") if "product.view" in self.rights else None


def create_tab(ctx: AppContext) -> QWidget:
    return ApprovalTab(ctx)
