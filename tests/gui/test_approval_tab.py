"""The 贷款审批 tab driven through its widgets: queue, approval screen, escalation, maker-checker,
the contract → signing → disbursement flow through the dialogs, the loan list, products."""

from __future__ import annotations

from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from loandesk.services import approval, contracts, disbursement, products
from loandesk.store.models.applications import Application
from loandesk.ui.approval import common
from loandesk.ui.approval.dialogs import DisburseDialog, GenerateDialog, SignDialog
from loandesk.ui.approval.preview import PdfPreviewDialog
from loandesk.ui.approval.products import ProductsWidget, ProductVersionDialog
from loandesk.ui.approval.tab import ApprovalTab
from loandesk.ui.context import AppContext
from loandesk.ui.postloan.tab import PostloanTab
from loandesk.ui.tasks import wait_db_idle
from tests.services.applications_support import png
from tests.services.loans_support import CARD, add_approver, approved_case, pending_case


def ctx_for(db, actor) -> AppContext:
    return AppContext(db=db, actor=actor, branch_name="测试支行", branch_code="3301")


@pytest.fixture
def dialogs(monkeypatch):
    """Replace modal exec(): each dialog is handed to a driver registered per type."""
    drivers: dict[type, object] = {}
    seen: list[QDialog] = []

    def run(dlg: QDialog) -> bool:
        seen.append(dlg)
        for cls, drive in drivers.items():
            if isinstance(dlg, cls):
                return drive(dlg)
        return True

    monkeypatch.setattr(common, "run_dialog", run)
    monkeypatch.setattr(common, "confirm", lambda *a, **k: True)
    return drivers, seen


def submit_dialog(qtbot, dlg) -> bool:
    """Press OK the way the user does and wait for the service call to finish."""
    dlg._try()
    qtbot.waitUntil(lambda: dlg.result() == QDialog.DialogCode.Accepted or (
        dlg.form.buttonBox.isEnabled() and dlg.form.messageLabel.text() not in ("", "正在处理…")), timeout=20000)
    return dlg.result() == QDialog.DialogCode.Accepted


def open_tab(qtbot, db, actor) -> ApprovalTab:
    tab = ApprovalTab(ctx_for(db, actor))
    qtbot.addWidget(tab)
    tab.resize(1300, 760)
    tab.show()
    return tab


def test_approver_decides_from_the_queue(qtbot, db, actors, dialogs):
    app_id, _cid, _ = pending_case(db, actors)
    tab = open_tab(qtbot, db, actors["approver"])
    queue, case = tab.approval.queue, tab.approval.case
    qtbot.waitUntil(lambda: queue.model.rowCount() == 1, timeout=10000)
    qtbot.waitUntil(lambda: case.case is not None, timeout=10000)
    f = case.form
    assert "*" in f.headerLabel.text() and "待审批" in f.headerLabel.text()
    assert "审核通过" in f.reviewBrowser.toPlainText()
    assert "评分" in f.riskBrowser.toPlainText() and "各项特征得分贡献" in f.riskBrowser.toPlainText()
    assert f.documentsTable.rowCount() >= 5 and f.decisionBox.isEnabled()
    header = f.historyTable.horizontalHeader()  # no decision yet: the headers stay readable
    assert header.sectionResizeMode(0) != header.ResizeMode.Stretch
    assert header.sectionResizeMode(f.historyTable.columnCount() - 1) == header.ResizeMode.Stretch
    # no choice, then no opinion: answered at once, nothing written
    f.submitButton.click()
    assert "请选择审批结论" in f.messageLabel.text()
    f.approveRadio.setChecked(True)
    f.submitButton.click()
    assert "请填写审批意见" in f.messageLabel.text()
    f.opinionEdit.insertPlainText("收入稳定，征信良好，同意发放。")  # IME commits whole strings
    f.submitButton.click()
    qtbot.waitUntil(lambda: "已批准" in f.messageLabel.text(), timeout=10000)
    with db.read() as s:
        assert s.get(Application, app_id).state == "approved"
    qtbot.waitUntil(lambda: f.historyTable.rowCount() == 1, timeout=10000)
    assert not f.decisionBox.isEnabled()  # decided: nothing more to do here
    qtbot.waitUntil(lambda: queue.model.rowCount() == 0, timeout=10000)


def test_above_limit_is_announced_and_escalated(qtbot, db, actors, dialogs):
    junior = add_approver(db, "junior", 30_000, "孙副行长")
    app_id, _cid, _ = pending_case(db, actors, amount="80000")
    tab = open_tab(qtbot, db, junior)
    case = tab.approval.case
    qtbot.waitUntil(lambda: case.case is not None, timeout=10000)
    f = case.form
    f.approveRadio.setChecked(True)
    assert "超出您的授权额度" in f.authorityLabel.text()
    f.amountEdit.setText("30000")
    f.amountEdit.textEdited.emit("30000")
    case._choice_changed()
    assert "超出" not in f.authorityLabel.text()  # within the limit after lowering the amount
    f.amountEdit.setText("80000")
    f.opinionEdit.setPlainText("经营稳定，建议批准，报上级审批。")
    f.submitButton.click()
    qtbot.waitUntil(lambda: "报上级审批" in f.messageLabel.text(), timeout=10000)
    qtbot.waitUntil(lambda: case.case is not None and not f.decisionBox.isEnabled(), timeout=10000)
    assert "已在本轮审批中签署过意见" in f.authorityLabel.text()
    with db.read() as s:
        assert s.get(Application, app_id).state == "pending_approval"
        history = approval.decision_history(s, actors["approver"], app_id)
    assert [h.decision for h in history] == ["recommend"]
    # the next level sees the recommendation and level 2
    senior = open_tab(qtbot, db, actors["approver"])
    qtbot.waitUntil(lambda: senior.approval.queue.model.rowCount() == 1, timeout=10000)
    row = senior.approval.queue.model.row(0)
    assert row.level == 2 and row.may_decide and "建议批准" in row.last_opinion


def test_a_refused_decision_keeps_the_opinion_and_the_reason(qtbot, db, actors, monkeypatch):
    """The service refuses (below the product minimum): the reason stays on screen and the typed
    opinion, choice and amount survive the reload; 0 and more than requested are answered at once."""
    app_id, _cid, _ = pending_case(db, actors, amount="50000")
    asked: list[str] = []
    monkeypatch.setattr(common, "confirm", lambda _p, _t, text, **_k: asked.append(text) or True)
    tab = open_tab(qtbot, db, actors["approver"])
    case = tab.approval.case
    qtbot.waitUntil(lambda: case.case is not None, timeout=10000)
    f = case.form
    f.approveRadio.setChecked(True)
    opinion = "经营稳定，压降额度后同意发放。"
    f.opinionEdit.setPlainText(opinion)
    for typed, shown in (("0", "必须大于零"), ("6万", "不能高于申请金额")):
        f.amountEdit.setText(typed)
        f.submitButton.click()
        assert shown in f.messageLabel.text() and not asked  # before any confirmation
    f.amountEdit.setText("1,000")  # the product's minimum is 3,000
    f.submitButton.click()
    assert "¥1,000.00" in asked[-1] and "12 个月" in asked[-1]
    qtbot.waitUntil(lambda: "低于产品最低金额" in f.messageLabel.text() and f.submitButton.isEnabled(),
                    timeout=10000)
    qtbot.wait(300)  # the reload of the case has landed
    assert "低于产品最低金额" in f.messageLabel.text()
    assert f.opinionEdit.toPlainText() == opinion and f.approveRadio.isChecked() and f.amountEdit.text() == "1,000"
    with db.read() as s:
        assert s.get(Application, app_id).state == "pending_approval"
    f.amountEdit.setText("30000")
    f.submitButton.click()
    assert "批准金额 ¥30,000.00，期限 12 个月（申请 ¥50,000.00 / 12 个月）" in asked[-1]
    qtbot.waitUntil(lambda: "已批准" in f.messageLabel.text(), timeout=10000)
    qtbot.waitUntil(lambda: f.historyTable.rowCount() == 1, timeout=10000)
    assert "已批准" in f.messageLabel.text()  # the outcome survives the reload too


def test_a_hard_rule_block_is_said_where_the_approver_decides(qtbot, db, actors, monkeypatch):
    """The failed hard rules sat on the 风险评估 tab only: approving never mentioned them."""
    import json

    from sqlalchemy import select

    from loandesk.store.models.applications import RiskAssessment

    app_id, _cid, _ = pending_case(db, actors)
    with db.write() as s:
        row = s.scalars(select(RiskAssessment).where(RiskAssessment.application_id == app_id)).one()
        row.hard_block, row.suggestion = True, "decline"
        row.hard_rules = json.dumps([{"code": "H06", "title": "负债收入比不超过产品上限", "outcome": "fail",
                                      "severity": "block", "message": "负债收入比 74.6%"}], ensure_ascii=False)
    asked: list[str] = []
    monkeypatch.setattr(common, "confirm", lambda _p, _t, text, **_k: asked.append(text) or False)
    tab = open_tab(qtbot, db, actors["approver"])
    case = tab.approval.case
    qtbot.waitUntil(lambda: case.case is not None, timeout=10000)
    f = case.form
    queue = tab.approval.queue.model  # the queue says it too, beside the grade
    grade = queue.index(0, [c.header for c in queue.columns].index("等级"))
    assert grade.data().endswith("·拒") and grade.data(Qt.ItemDataRole.ToolTipRole) == "建议拒绝"
    assert grade.data(Qt.ItemDataRole.ForegroundRole) is not None
    assert "硬规则" not in f.authorityLabel.text()  # nothing chosen yet
    f.approveRadio.setChecked(True)
    assert "未通过硬规则（负债收入比不超过产品上限）" in f.authorityLabel.text()
    f.opinionEdit.setPlainText("收入另有租金，经核实负债可控，同意。")
    f.submitButton.click()
    assert "负债收入比不超过产品上限" in asked[-1] and "系统建议拒绝" in asked[-1]
    f.rejectRadio.setChecked(True)
    assert "硬规则" not in f.authorityLabel.text()


def test_maker_checker_disables_the_decision(qtbot, db, actors):
    app_id, _cid, _ = pending_case(db, actors)
    with db.write() as s:
        s.get(Application, app_id).reviewed_by = actors["approver"].user_id
    tab = open_tab(qtbot, db, actors["approver"])
    case = tab.approval.case
    qtbot.waitUntil(lambda: case.case is not None, timeout=10000)
    assert not case.form.decisionBox.isEnabled()
    assert "由您审核" in case.form.authorityLabel.text()
    assert tab.approval.queue.model.row(0).may_decide is False
    tab.approval.queue.form.mineOnlyCheck.setChecked(True)
    assert tab.approval.queue.model.rowCount() == 0


def test_contract_signing_and_disbursement_through_the_dialogs(qtbot, db, actors, dialogs, tmp_path, monkeypatch):
    drivers, seen = dialogs
    app_id = approved_case(db, actors)
    # the approver generates the contract
    tab = open_tab(qtbot, db, actors["approver"])
    tab.pages.setCurrentWidget(tab.contracts)
    panel = tab.contracts
    qtbot.waitUntil(lambda: panel.model.rowCount() == 1, timeout=10000)
    panel.form.workView.selectRow(0)
    assert panel.form.generateButton.isEnabled() and not panel.form.signButton.isEnabled()
    drivers[GenerateDialog] = lambda dlg: submit_dialog(qtbot, dlg)
    panel.form.generateButton.click()
    qtbot.waitUntil(lambda: "已生成合同" in panel.form.messageLabel.text(), timeout=20000)
    qtbot.waitUntil(lambda: panel.current() is not None and panel.current().stage == "to_sign", timeout=10000)
    contract_no = panel.current().contract.contract_no
    # the clerk previews (in-app viewer), prints the original, registers the signing and disburses
    clerk = open_tab(qtbot, db, actors["clerk"])
    assert clerk.approval is None and clerk.contracts is not None  # no approval page for a clerk
    cp = clerk.contracts
    qtbot.waitUntil(lambda: cp.model.rowCount() == 1, timeout=10000)
    cp.form.workView.selectRow(0)
    assert not cp.form.generateButton.isEnabled() and cp.form.signButton.isEnabled()
    saved = tmp_path / "saved.pdf"
    monkeypatch.setattr(common, "choose_save_file", lambda *a, **k: str(saved))

    def drive_preview(dlg: PdfPreviewDialog) -> bool:
        assert dlg.page_count >= 3 and "原件" in dlg.form.noticeLabel.text()
        dlg.save()
        qtbot.waitUntil(lambda: saved.exists(), timeout=20000)
        return True

    drivers[PdfPreviewDialog] = drive_preview
    cp.form.previewButton.click()
    qtbot.waitUntil(lambda: saved.exists(), timeout=20000)
    wait_db_idle()
    with db.read() as s:
        view = contracts.contract_for_application(s, actors["clerk"], app_id)
    assert view.print_count == 1 and saved.read_bytes()[:5] == b"%PDF-"
    import hashlib

    assert hashlib.sha256(saved.read_bytes()).hexdigest() == view.pdf_sha256  # the original, unchanged
    scan = tmp_path / "signed.png"
    scan.write_bytes(png("signed contract"))

    def drive_sign(dlg: SignDialog) -> bool:
        dlg.set_scan(str(scan))
        return submit_dialog(qtbot, dlg)

    drivers[SignDialog] = drive_sign
    qtbot.waitUntil(lambda: cp.current() is not None and cp.form.signButton.isEnabled(), timeout=10000)
    cp.form.signButton.click()
    qtbot.waitUntil(lambda: "已登记签署" in cp.form.messageLabel.text(), timeout=20000)
    qtbot.waitUntil(lambda: cp.current() is not None and cp.current().stage == "to_disburse", timeout=10000)

    def drive_disburse(dlg: DisburseDialog) -> bool:
        assert dlg.form.amountEdit.text() == "50000.00"
        assert CARD not in dlg.form.summaryLabel.text() and CARD[-4:] in dlg.form.summaryLabel.text()
        dlg.form.accountEdit.setText("1234 5678 9012")
        assert not submit_dialog(qtbot, dlg)  # the wrong account is refused, the dialog stays open
        assert "不一致" in dlg.form.messageLabel.text()
        dlg.form.accountEdit.setText(CARD)
        dlg.form.voucherEdit.setText("HX20260101")
        return submit_dialog(qtbot, dlg)

    drivers[DisburseDialog] = drive_disburse
    cp.form.disburseButton.click()
    qtbot.waitUntil(lambda: "已登记放款" in cp.form.messageLabel.text(), timeout=20000)
    assert "HX20260101" in cp.form.messageLabel.text()
    with db.read() as s:
        assert s.get(Application, app_id).state == "disbursed"
        loans = disbursement.list_loans(s, actors["clerk"])
    assert len(loans) == 1 and loans[0].contract_no == contract_no
    # 放款通知书 opens in the viewer
    cp.form.stageCombo.setCurrentIndex(4)  # 已放款
    qtbot.waitUntil(lambda: cp.model.rowCount() == 1 and cp.model.row(0).stage == "disbursed", timeout=10000)
    cp.form.workView.selectRow(0)
    assert cp.form.noticeButton.isEnabled()
    before = len(seen)
    drivers[PdfPreviewDialog] = lambda dlg: True
    cp.form.noticeButton.click()
    qtbot.waitUntil(lambda: len(seen) > before, timeout=20000)
    assert "放款通知书" in seen[-1].windowTitle()


def test_postloan_tab_shows_the_fixed_schedule(qtbot, db, actors):
    from tests.services.loans_support import signed_case

    view = signed_case(db, actors, amount="50000", term=12)
    with db.write() as s:
        disbursement.disburse(s, actors["clerk"], view.id, disbursed_on=approval.today_china(), account=CARD,
                              amount=Decimal("50000"))
    tab = PostloanTab(ctx_for(db, actors["auditor"]))
    qtbot.addWidget(tab)
    tab.show()
    qtbot.waitUntil(lambda: tab.loans.rowCount() == 1, timeout=10000)
    qtbot.waitUntil(lambda: tab.schedule.rowCount() == 12, timeout=10000)
    assert "共 1 笔贷款" in tab.form.countLabel.text()
    assert "*" in tab.loans.row(0).customer_name
    assert "本金 ¥50,000.00" in tab.form.summaryLabel.text()
    first = tab.schedule.row(0)
    from loandesk.domain.schedule import add_months

    assert first.due_date == add_months(approval.today_china(), 1)


def test_products_widget_writes_a_new_version(qtbot, db, actors, dialogs):
    drivers, _seen = dialogs
    from tests.services.applications_support import seed_products

    seed_products(db)
    w = ProductsWidget(ctx_for(db, actors["admin"]))
    qtbot.addWidget(w)
    w.show()
    qtbot.waitUntil(lambda: w.products.rowCount() == 5, timeout=10000)
    w.form.productsView.selectRow(w.products.rows.index(next(p for p in w.products.rows if p.code == "NH-XY")))
    qtbot.waitUntil(lambda: w.versions.rowCount() == 1, timeout=10000)
    assert "农户小额信用贷款" in w.form.termsBrowser.toPlainText()

    def drive(dlg: ProductVersionDialog) -> bool:
        assert dlg.form.codeEdit.isReadOnly() and dlg.form.codeEdit.text() == "NH-XY"
        dlg.form.noteEdit.clear()
        assert not submit_dialog(qtbot, dlg)
        assert "修改的说明" in dlg.form.messageLabel.text()
        dlg.form.spreadSpin.setValue(230)
        dlg.form.noteEdit.setText("加点下调 20BP")
        return submit_dialog(qtbot, dlg)

    drivers[ProductVersionDialog] = drive
    w.form.newVersionButton.click()
    qtbot.waitUntil(lambda: w.versions.rowCount() == 2, timeout=10000)
    assert "第 2 版" in w.form.messageLabel.text()
    with db.read() as s:
        p = next(p for p in products.list_products(s, actors["admin"]) if p.code == "NH-XY")
    assert p.current.version_no == 2 and p.current.terms.spread_bp == 230
    # a clerk sees the catalogue read-only
    ro = ProductsWidget(ctx_for(db, actors["clerk"]))
    qtbot.addWidget(ro)
    assert not ro.form.newVersionButton.isVisibleTo(ro) and not ro.form.newProductButton.isVisibleTo(ro)


def test_pages_follow_permissions(qtbot, db, actors):
    titles = {}
    for who in ("approver", "clerk", "auditor", "reviewer"):
        tab = ApprovalTab(ctx_for(db, actors[who]))
        qtbot.addWidget(tab)
        titles[who] = [tab.pages.tabText(i) for i in range(tab.pages.count())]
    assert titles["approver"] == ["待审批", "合同与放款", "贷款产品"]
    assert titles["clerk"] == ["合同与放款", "贷款产品"]
    assert titles["auditor"] == ["合同与放款", "贷款产品"]
