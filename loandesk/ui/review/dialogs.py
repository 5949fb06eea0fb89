"""退回补件: the list of what the customer must bring, prefilled from the rule results."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QHeaderView, QTableWidgetItem, QWidget

from loandesk.domain.review_rules import NeededItem
from loandesk.services.applications import SUPPLEMENT_DAYS, china_today
from loandesk.ui.forms.ui_review_supplement_dialog import Ui_ReviewSupplementDialog


@dataclass(frozen=True)
class SupplementRequest:
    items: tuple[NeededItem, ...]
    deadline: date
    comment: str


class SupplementDialog(QDialog):
    def __init__(self, parent: QWidget | None, suggested: Sequence[NeededItem], application_no: str = "") -> None:
        super().__init__(parent)
        self.form = Ui_ReviewSupplementDialog()
        self.form.setupUi(self)
        f = self.form
        if application_no:
            self.setWindowTitle(f"退回补件 — {application_no}")
        header = f.itemsTable.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        f.itemsTable.setColumnWidth(0, 230)
        f.itemsTable.setColumnWidth(1, 230)
        for item in suggested:
            self.add_item(item)
        if not suggested:
            self.add_item(NeededItem("", "", ""))
        today = china_today()
        f.deadlineEdit.setMinimumDate(QDate(today.year, today.month, today.day))
        d = today + timedelta(days=SUPPLEMENT_DAYS)
        f.deadlineEdit.setDate(QDate(d.year, d.month, d.day))
        f.addButton.clicked.connect(lambda: self.add_item(NeededItem("", "", ""), edit=True))
        f.removeButton.clicked.connect(self.remove_selected)
        f.buttonBox.button(QDialogButtonBox.StandardButton.Ok).setText("确定退回")
        f.buttonBox.button(QDialogButtonBox.StandardButton.Cancel).setText("取消")
        f.buttonBox.accepted.connect(self.accept)
        f.buttonBox.rejected.connect(self.reject)
        self.result_request: SupplementRequest | None = None

    def add_item(self, item: NeededItem, *, edit: bool = False) -> None:
        t = self.form.itemsTable
        row = t.rowCount()
        t.insertRow(row)
        for col, text in enumerate((item.name, item.reason, item.note)):
            t.setItem(row, col, QTableWidgetItem(text))
        if edit:
            t.setCurrentCell(row, 0)
            t.editItem(t.item(row, 0))

    def remove_selected(self) -> None:
        rows = sorted({i.row() for i in self.form.itemsTable.selectedIndexes()}, reverse=True)
        for row in rows:
            self.form.itemsTable.removeRow(row)

    def items(self) -> tuple[NeededItem, ...]:
        t = self.form.itemsTable
        out = []
        for row in range(t.rowCount()):
            cells = [(t.item(row, c).text().strip() if t.item(row, c) else "") for c in range(3)]
            if cells[0]:
                out.append(NeededItem(cells[0], cells[1] or "缺失", cells[2]))
        return tuple(out)

    def request(self) -> SupplementRequest:
        q = self.form.deadlineEdit.date()
        return SupplementRequest(self.items(), date(q.year(), q.month(), q.day()),
                                 self.form.commentEdit.toPlainText().strip())

    def accept(self) -> None:
        if not self.items():
            self.form.messageLabel.setText("请至少填写一项需补充的材料名称。")
            return
        self.result_request = self.request()
        super().accept()

    @classmethod
    def ask(cls, parent: QWidget | None, suggested: Sequence[NeededItem],
            application_no: str = "") -> SupplementRequest | None:
        """Modal; tests patch this classmethod instead of driving a real modal loop."""
        dlg = cls(parent, suggested, application_no)
        return dlg.result_request if dlg.exec() == QDialog.DialogCode.Accepted else None
