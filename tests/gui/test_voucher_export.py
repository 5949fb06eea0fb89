"""导出放款凭证 from the 合同与放款 page: a cancelled save leaves the disbursements unexported (they
come again with "仅未导出"); a written file stamps them."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtWidgets import QDialog

from loandesk.services import approval, disbursement
from loandesk.ui.approval import common
from loandesk.ui.approval.contracts_panel import ContractsPanel
from loandesk.ui.approval.dialogs import ExportDialog
from loandesk.ui.context import AppContext
from loandesk.ui.tasks import wait_db_idle
from tests.services.loans_support import CARD, signed_case


def _exported(db, actors) -> list[bool]:
    with db.read() as s:
        return [d.exported_at is not None for d in disbursement.list_disbursements(s, actors["clerk"])]


def test_cancelled_save_leaves_vouchers_unexported(qtbot, db, actors, monkeypatch, tmp_path):
    view = signed_case(db, actors, amount="50000", term=12)
    with db.write() as s:
        disbursement.disburse(s, actors["clerk"], view.id, disbursed_on=approval.today_china(), account=CARD,
                              amount=Decimal("50000"))
    panel = ContractsPanel(AppContext(db=db, actor=actors["clerk"], branch_name="测试支行", branch_code="3301"))
    qtbot.addWidget(panel)
    panel.show()

    def drive(dlg: QDialog) -> bool:
        assert isinstance(dlg, ExportDialog) and dlg.form.unexportedCheck.isChecked()
        dlg._try()
        qtbot.waitUntil(lambda: dlg.result() == QDialog.DialogCode.Accepted, timeout=20000)
        return True

    monkeypatch.setattr(common, "run_dialog", drive)
    monkeypatch.setattr(common, "choose_save_file", lambda *a, **k: "")  # 取消 in the save dialog
    panel.form.exportButton.click()
    assert "未标记为已导出" in panel.form.messageLabel.text()
    wait_db_idle()
    assert _exported(db, actors) == [False]

    target = tmp_path / "vouchers.csv"
    monkeypatch.setattr(common, "choose_save_file", lambda *a, **k: str(target))
    panel.form.exportButton.click()  # "仅未导出" still finds it
    qtbot.waitUntil(lambda: "已导出 1 笔放款" in panel.form.messageLabel.text(), timeout=20000)
    assert target.read_bytes().startswith(b"\xef\xbb\xbf") and _exported(db, actors) == [True]
