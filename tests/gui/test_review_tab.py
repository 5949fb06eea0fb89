"""资料审核 tab driven through the real widgets: queue and filters, claim, four-eyes, documents beside
their data, pass with comment, supplement request with the printed notice, reject."""

from __future__ import annotations

import io
from datetime import timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from loandesk.domain.application_states import AppState
from loandesk.domain.review_rules import NeededItem
from loandesk.services import applications as apps
from loandesk.services import auth
from loandesk.store.models.applications import Application, ApplicationFile
from loandesk.ui.context import AppContext
from loandesk.ui.review import common
from loandesk.ui.review.dialogs import SupplementDialog, SupplementRequest
from loandesk.ui.review.tab import ReviewTab, create_tab
from loandesk.ui.tasks import wait_db_idle
from tests.services.applications_support import (
    attach,
    good_case,
    make_application,
    make_customer,
    seed_products,
    years_ago,
)


def make_tab(qtbot, db, actor) -> ReviewTab:
    tab = create_tab(AppContext(db=db, actor=actor, branch_name="测试支行", branch_code="3301"))
    qtbot.addWidget(tab)
    tab.resize(1400, 850)
    tab.show()
    qtbot.waitUntil(lambda: tab.queue.loads >= 1, timeout=10000)
    return tab


def wait_screen(qtbot, tab: ReviewTab, before: int) -> None:
    qtbot.waitUntil(lambda: tab.screen.loads > before, timeout=10000)


def app_state(db, app_id):
    with db.read() as s:
        a = s.get(Application, app_id)
        return a.state, a.assigned_to


@pytest.fixture
def case(db, actors):
    app_id, cid, codes = good_case(db, actors)
    return app_id, cid, codes


def test_queue_lists_waiting_applications_with_age_and_filters(qtbot, db, actors, case):
    app_id, cid, codes = case
    draft = make_application(db, actors["clerk"], cid, codes["NH-XY"], amount=12000)  # not in the queue
    with db.write() as s:
        s.get(Application, app_id).state_changed_at -= timedelta(days=2, hours=3)
    tab = make_tab(qtbot, db, actors["reviewer"])
    rows = tab.queue.model.rows
    assert [r.id for r in rows] == [app_id]
    view = tab.queue.form.queueView
    col = [c.header for c in tab.queue.model.columns].index("等待")
    assert view.model().index(0, col).data() == "2 天 3 小时"
    assert "共 1 笔" in tab.queue.form.countLabel.text()
    # The selected application opens on the right.
    qtbot.waitUntil(lambda: tab.screen.screen is not None, timeout=10000)
    header = tab.screen.form.headerLabel.text()
    assert rows[0].application_no in header and "待审核" in header and "王建华" in header
    # State filter: drafts.
    loads = tab.queue.loads
    tab.queue.form.stateCombo.setCurrentIndex(tab.queue.form.stateCombo.findText("录入（未提交）"))
    qtbot.waitUntil(lambda: tab.queue.loads > loads, timeout=10000)
    assert [r.id for r in tab.queue.model.rows] == [draft]
    # Age filter: back to 待审核, waiting more than 3 days → nothing.
    loads = tab.queue.loads
    tab.queue.form.stateCombo.setCurrentIndex(0)
    tab.queue.form.ageCombo.setCurrentIndex(tab.queue.form.ageCombo.findText("超过 3 天"))
    qtbot.waitUntil(lambda: tab.queue.loads >= loads + 2, timeout=10000)
    wait_db_idle()
    qtbot.wait(50)
    assert tab.queue.model.rows == []
    # Product filter lists the catalogue.
    assert tab.queue.form.productCombo.findText("农户小额信用贷款") > 0


def test_claim_by_enter_and_release(qtbot, db, actors, case):
    app_id, _cid, _codes = case
    tab = make_tab(qtbot, db, actors["reviewer"])
    qtbot.waitUntil(lambda: tab.screen.screen is not None, timeout=10000)
    f = tab.screen.form
    assert f.claimButton.isEnabled() and not f.passButton.isEnabled()
    before = tab.screen.loads
    tab.queue.form.queueView.setFocus()
    qtbot.keyClick(tab.queue.form.queueView, Qt.Key.Key_Return)
    wait_screen(qtbot, tab, before)
    assert app_state(db, app_id) == (AppState.PENDING_REVIEW, actors["reviewer"].user_id)
    assert "领取人：王审核" in f.headerLabel.text()
    assert not f.claimButton.isEnabled() and f.releaseButton.isEnabled() and f.supplementButton.isEnabled()
    qtbot.waitUntil(lambda: bool(tab.queue.model.rows) and tab.queue.model.rows[0].assigned_to_name == "王审核",
                    timeout=10000)
    before = tab.screen.loads
    qtbot.mouseClick(f.releaseButton, Qt.MouseButton.LeftButton)
    wait_screen(qtbot, tab, before)
    assert app_state(db, app_id)[1] is None
    assert "已放回队列" in f.messageLabel.text()


def test_four_eyes_the_entering_clerk_cannot_claim(qtbot, db, actors):
    codes = seed_products(db)
    cid = make_customer(db, actors["clerk2"])
    attach(db, actors["clerk2"], cid)
    app_id = make_application(db, actors["clerk2"], cid, codes["NH-XY"])
    with db.write() as s:
        apps.submit(s, actors["clerk2"], app_id)
        auth.update_user(s, actors["admin"], actors["clerk2"].user_id, role="reviewer")
    tab = make_tab(qtbot, db, actors["clerk2"])
    qtbot.waitUntil(lambda: tab.screen.screen is not None, timeout=10000)
    f = tab.screen.form
    assert not f.claimButton.isEnabled()
    assert "四眼原则" in f.claimButton.toolTip()
    # Double-click goes to the service, which refuses; the message says why.
    tab.screen.claim(app_id)
    qtbot.waitUntil(lambda: "四眼原则" in f.messageLabel.text(), timeout=10000)
    assert app_state(db, app_id)[1] is None


def test_documents_beside_their_data_with_thumbnails(qtbot, db, actors, case, monkeypatch):
    tab = make_tab(qtbot, db, actors["reviewer"])
    qtbot.waitUntil(lambda: len(tab.screen.cards) == 7, timeout=10000)
    cards = {c.doc.doc_type: c for c in tab.screen.cards}
    front = cards["id_front"]
    supports = front.findChild(type(front.thumb), "supports").text()
    assert "王建华" in supports and "*" in supports
    qtbot.waitUntil(lambda: all(c.thumb.pixmap() is not None and not c.thumb.pixmap().isNull()
                                for c in tab.screen.cards), timeout=10000)
    assert [c.doc.doc_type for c in tab.screen.cards][:3] == ["id_front", "id_back", "hukou"]  # checklist order
    assert "户口本" in tab.screen.form.checklistLabel.text()
    shown = []
    monkeypatch.setattr(common, "show_document", lambda parent, data, title: shown.append((title, data[:4])))
    front.findChildren(type(tab.screen.form.claimButton))[0].click()
    qtbot.waitUntil(lambda: bool(shown), timeout=10000)
    assert shown[0][0] == "身份证正面" and shown[0][1] == b"\x89PNG"


def test_pass_needs_a_comment_when_rules_warn(qtbot, db, actors, case):
    app_id, _cid, _codes = case
    tab = make_tab(qtbot, db, actors["reviewer"])
    qtbot.waitUntil(lambda: tab.screen.screen is not None, timeout=10000)
    before = tab.screen.loads
    tab.screen.form.claimButton.click()
    wait_screen(qtbot, tab, before)
    f = tab.screen.form
    assert f.passButton.isEnabled()
    assert "项提示" in f.rulesSummaryLabel.text()
    f.passButton.click()
    assert "请在审核意见中说明" in f.messageLabel.text()
    assert app_state(db, app_id)[0] == AppState.PENDING_REVIEW
    f.commentEdit.insertPlainText("可选资料客户暂无，已电话核实")  # IME commits arrive whole
    before = tab.screen.loads
    f.passButton.click()
    wait_screen(qtbot, tab, before)
    assert app_state(db, app_id) == (AppState.PENDING_ASSESSMENT, None)
    assert "已转风险评估" in f.messageLabel.text()
    qtbot.waitUntil(lambda: tab.queue.model.rows == [], timeout=10000)  # it left the queue


def test_blocking_rule_disables_pass(qtbot, db, actors):
    codes = seed_products(db)
    cid = make_customer(db, actors["clerk"], birth=years_ago(35))
    attach(db, actors["clerk"], cid, ())  # no documents at all
    app_id = make_application(db, actors["clerk"], cid, codes["NH-XY"])
    with db.write() as s:
        apps.submit(s, actors["clerk"], app_id)
        apps.claim(s, actors["reviewer"], app_id)
    tab = make_tab(qtbot, db, actors["reviewer"])
    qtbot.waitUntil(lambda: tab.screen.screen is not None, timeout=10000)
    f = tab.screen.form
    assert not f.passButton.isEnabled() and "R101" in f.passButton.toolTip()
    assert "阻断" in f.rulesSummaryLabel.text()
    assert f.rulesTable.item(0, 0).text() == "R101"  # failures first


def test_supplement_request_and_printed_notice(qtbot, db, actors, case, monkeypatch):
    app_id, _cid, _codes = case
    tab = make_tab(qtbot, db, actors["reviewer"])
    qtbot.waitUntil(lambda: tab.screen.screen is not None, timeout=10000)
    before = tab.screen.loads
    tab.screen.form.claimButton.click()
    wait_screen(qtbot, tab, before)
    seen = []

    def ask(cls, parent, suggested, application_no=""):
        seen.append((list(suggested), application_no))
        from datetime import date

        return SupplementRequest((NeededItem("近6个月银行流水", "收入无法核实", "加盖银行业务章"),
                                  NeededItem("土地承包经营权证", "缺失")), date.today() + timedelta(days=10),
                                 "请一周内补齐")

    monkeypatch.setattr(SupplementDialog, "ask", classmethod(ask))
    before = tab.screen.loads
    tab.screen.form.supplementButton.click()
    wait_screen(qtbot, tab, before)
    # Suggested items came from the rule results (optional documents missing → none demanded; the
    # dialog still opened with the application number).
    assert seen and seen[0][1].startswith("SQ3301")
    assert app_state(db, app_id)[0] == AppState.SUPPLEMENT
    f = tab.screen.form
    assert f.noticeButton.isEnabled() and "已退回补件（2 项）" in f.messageLabel.text()
    assert "近6个月银行流水" in f.dataBrowser.toHtml()
    shown = []
    monkeypatch.setattr(common, "show_pdf", lambda parent, pdf, title, name: shown.append((pdf, name)))
    f.noticeButton.click()
    qtbot.waitUntil(lambda: bool(shown), timeout=20000)
    pdf, name = shown[0]
    from pypdf import PdfReader

    text = "".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf)).pages).replace(" ", "").replace("\n", "")
    assert "补件通知书" in text and "近6个月银行流水" in text and "收入无法核实" in text
    assert name.startswith("补件通知书_SQ3301")
    with db.read() as s:
        assert s.query(ApplicationFile).filter_by(application_id=app_id, kind="supplement_notice").count() == 1


def test_supplement_dialog_prefills_and_validates(qtbot):
    dlg = SupplementDialog(None, [NeededItem("户口本", "缺失", "户主页和本人页")], "SQ1")
    qtbot.addWidget(dlg)
    assert dlg.items() == (NeededItem("户口本", "缺失", "户主页和本人页"),)
    dlg.form.itemsTable.selectRow(0)
    dlg.remove_selected()
    dlg.form.buttonBox.button(QDialogButtonBox.StandardButton.Ok).click()
    assert "至少填写一项" in dlg.form.messageLabel.text() and dlg.result() == 0
    dlg.add_item(NeededItem("结婚证", "", ""))
    dlg.form.buttonBox.button(QDialogButtonBox.StandardButton.Ok).click()
    assert dlg.result_request is not None and dlg.result_request.items == (NeededItem("结婚证", "缺失", ""),)
    assert dlg.result_request.deadline > __import__("datetime").date.today()


def test_reject_needs_a_reason_and_confirmation(qtbot, db, actors, case, monkeypatch):
    app_id, _cid, _codes = case
    with db.write() as s:
        apps.claim(s, actors["reviewer"], app_id)
    tab = make_tab(qtbot, db, actors["reviewer"])
    qtbot.waitUntil(lambda: tab.screen.screen is not None and tab.screen.form.rejectButton.isEnabled(),
                    timeout=10000)
    f = tab.screen.form
    f.rejectButton.click()
    assert "写明原因" in f.messageLabel.text()
    f.commentEdit.setPlainText("申请人提供的收入证明系伪造")
    monkeypatch.setattr(common, "confirm", lambda *a, **k: False)
    f.rejectButton.click()
    assert app_state(db, app_id)[0] == AppState.PENDING_REVIEW
    monkeypatch.setattr(common, "confirm", lambda *a, **k: True)
    before = tab.screen.loads
    f.rejectButton.click()
    wait_screen(qtbot, tab, before)
    assert app_state(db, app_id)[0] == AppState.REJECTED


def test_statement_income_saved_from_the_screen(qtbot, db, actors, case):
    app_id, _cid, _codes = case
    with db.write() as s:
        apps.claim(s, actors["reviewer"], app_id)
    tab = make_tab(qtbot, db, actors["reviewer"])
    qtbot.waitUntil(lambda: tab.screen.screen is not None and tab.screen.form.statementSaveButton.isEnabled(),
                    timeout=10000)
    f = tab.screen.form
    f.statementEdit.setText("１２，５００")  # full-width digits from an IME
    before = tab.screen.loads
    f.statementSaveButton.click()
    wait_screen(qtbot, tab, before)
    with db.read() as s:
        assert s.get(Application, app_id).statement_monthly_income_fen == 1_250_000
    f.statementEdit.setText("abc")
    f.statementSaveButton.click()
    assert "流水月均入账" in f.messageLabel.text()
