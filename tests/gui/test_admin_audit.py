"""审计日志 panel: search filters, lazy paging, detail, chain verification, export by role."""

from __future__ import annotations

import csv
import io
import json

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import QDate

from loandesk.services import audit, audit_query, auth
from loandesk.services.audit_query import AuditFilters
from loandesk.services.context import ServiceError
from loandesk.store.engine import connect_raw
from loandesk.ui.admin import common
from loandesk.ui.admin.audit_view import AuditPanel
from loandesk.ui.admin.models import AuditTableModel
from loandesk.ui.admin.tab import AdminTab
from loandesk.ui.context import AppContext
from loandesk.ui.tasks import wait_db_idle
from tests.conftest import PASSWORD


@pytest.fixture
def trail(db, actors):
    for _ in range(3):
        with db.write() as s:
            auth.login(s, "clerk", PASSWORD)
    with db.write() as s, pytest.raises(ServiceError):
        auth.login_once(s, "clerk2", "wrong-pass1")
    with db.write() as s:
        audit.record(s, actors["clerk"], "customer.created", entity_type="customer", entity_id="c-42",
                     summary={"name": "张三", "fields": ["phone", "address"]})
    return db


def open_audit(qtbot, db, actor) -> tuple[AdminTab, AuditPanel]:
    tab = AdminTab(AppContext(db=db, actor=actor, branch_name="测试支行", branch_code="3301"))
    qtbot.addWidget(tab)
    tab.resize(1200, 700)
    tab.show()
    panel = tab.show_section("audit")
    qtbot.waitUntil(lambda: panel.model.rowCount() > 0 and panel._choices_loaded, timeout=5000)
    return tab, panel


def search(qtbot, panel) -> None:
    with qtbot.waitSignal(panel.model.sig_loaded, timeout=5000):
        panel.form.searchButton.click()


def shown(panel) -> list[tuple[str, str]]:
    return [(r.username, r.action) for r in panel.model.rows]


def total(db) -> int:
    with db.read() as s:
        return audit.count(s)


def test_search_filters_and_detail(qtbot, trail, actors):
    _tab, panel = open_audit(qtbot, trail, actors["admin"])
    f = panel.form
    assert panel.model.total == total(trail) and "共" in f.countLabel.text()
    assert f.verifyButton.isVisible() and not f.exportButton.isVisible()  # admin: no export
    f.userCombo.setCurrentText("clerk")
    search(qtbot, panel)
    assert shown(panel) and {u for u, _a in shown(panel)} == {"clerk"}
    assert panel.model.total == 4
    f.actionCombo.setCurrentIndex(f.actionCombo.findData("customer.created"))
    assert "新建" in f.actionCombo.currentText() or f.actionCombo.currentText() == "customer.created"
    search(qtbot, panel)
    assert shown(panel) == [("clerk", "customer.created")]
    f.auditView.selectRow(0)
    detail = f.detailEdit.toPlainText()
    assert '"name": "张三"' in detail and "本条哈希" in detail and "c-42" in detail
    # outcome + typed prefix
    panel.clear_filters()
    qtbot.waitUntil(lambda: panel.model.total == total(trail), timeout=5000)
    f.actionCombo.setCurrentText("auth.")
    f.outcomeCombo.setCurrentIndex(f.outcomeCombo.findData("denied"))
    search(qtbot, panel)
    assert shown(panel) == [("clerk2", "auth.login_failed")]
    assert panel.model.index(0, 6).data() == "拒绝"
    # a date range that excludes today finds nothing; a bad range is refused inline
    f.outcomeCombo.setCurrentIndex(0)
    f.toCheck.setChecked(True)
    f.toDate.setDate(QDate.currentDate().addDays(-1))
    search(qtbot, panel)
    assert panel.model.total == 0 and panel.model.rowCount() == 0
    f.fromCheck.setChecked(True)
    f.fromDate.setDate(QDate.currentDate())
    panel.search()
    assert "开始日期不能晚于结束日期" in f.messageLabel.text()
    wait_db_idle()


def test_lazy_paging_fetches_on_demand(qtbot, qtmodeltester, trail, actors):
    _tab, panel = open_audit(qtbot, trail, actors["auditor"])
    n = total(trail)
    assert n > 10  # at least three pages of five
    panel.model.page_size = 5
    search(qtbot, panel)
    assert panel.model.rowCount() == 5 and panel.model.total == n  # the first page only
    # more to come — the shown view may already be asking for it to fill its height (seen in CI)
    assert panel.model.canFetchMore() or panel.model.fetching
    panel.form.auditView.scrollToBottom()  # the view asks for more by itself
    qtbot.waitUntil(lambda: panel.model.rowCount() > 5, timeout=5000)
    # A model of its own, walked to the end page by page, then checked by the Qt model tester.
    model = AuditTableModel(panel.ctx, page_size=5)
    with qtbot.waitSignal(model.sig_loaded, timeout=5000):
        model.search(AuditFilters())
    while model.canFetchMore() or model.fetching:
        if model.canFetchMore():
            model.fetchMore()
        qtbot.waitUntil(lambda: not model.fetching, timeout=5000)
    seqs = [r.seq for r in model.rows]
    assert len(seqs) == n == len(set(seqs)) and seqs == sorted(seqs, reverse=True)
    qtmodeltester.check(model, force_py=True)
    wait_db_idle()


def test_verify_intact_then_tampered(qtbot, trail, actors, data_dir):
    _tab, panel = open_audit(qtbot, trail, actors["admin"])
    panel.form.verifyButton.click()
    qtbot.waitUntil(lambda: panel.last_report is not None, timeout=5000)
    assert panel.last_report.ok and "审计日志完整" in panel.form.messageLabel.text()
    conn = connect_raw(data_dir.db, trail.key_hex())
    try:
        conn.execute("UPDATE audit_log SET summary = '{\"name\": \"李四\"}' WHERE action = 'customer.created'")
        bad_seq = conn.execute("SELECT seq FROM audit_log WHERE action = 'customer.created'").fetchone()[0]
    finally:
        conn.close()
    panel.last_report = None
    panel.form.verifyButton.click()
    qtbot.waitUntil(lambda: panel.last_report is not None, timeout=5000)
    text = panel.form.messageLabel.text()
    assert not panel.last_report.ok and f"第 {bad_seq} 条" in text and "被篡改" in text
    assert "b00020" in panel.form.messageLabel.styleSheet()
    with trail.read() as s:
        last = audit_query.search_audit(s, actors["auditor"], AuditFilters(action="audit.verified"), limit=1)
    assert json.loads(last.rows[0].summary)["first_bad_seq"] == bad_seq


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_export_as_auditor_contains_the_rows(qtbot, trail, actors, tmp_path, monkeypatch, suffix):
    _tab, panel = open_audit(qtbot, trail, actors["auditor"])
    f = panel.form
    assert f.exportButton.isVisible() and f.verifyButton.isVisible()
    target = tmp_path / f"审计{suffix}"
    monkeypatch.setattr(common, "choose_save_file", lambda *a, **k: str(target))
    f.userCombo.setCurrentText("clerk")
    search(qtbot, panel)
    f.exportButton.click()
    qtbot.waitUntil(lambda: panel.last_export is not None, timeout=5000)
    assert "已导出到" in f.messageLabel.text()
    if suffix == ".csv":
        rows = list(csv.reader(io.StringIO(target.read_bytes().decode("utf-8-sig"))))
    else:
        rows = [list(r) for r in load_workbook(target, read_only=True)["审计日志"].iter_rows(values_only=True)]
    body = rows[1:]
    assert len(body) == 4 and {r[2] for r in body} == {"clerk"}
    assert any(r[3] == "customer.created" and "张三" in r[8] for r in body)
    assert not list(tmp_path.glob("*.part"))
    with trail.read() as s:
        rec = audit_query.search_audit(s, actors["auditor"], AuditFilters(action="audit.exported"), limit=1).rows[0]
    assert rec.username == "auditor" and json.loads(rec.summary)["rows"] == 4


def test_export_to_a_place_that_cannot_be_written_says_so_and_is_not_recorded_as_exported(
        qtbot, trail, actors, tmp_path, monkeypatch):
    """The export was recorded before the panel wrote the file; a U-disk path that had become a
    file (or was gone) left "导出审计日志" in the trail and a raw OS error on screen."""
    _tab, panel = open_audit(qtbot, trail, actors["auditor"])
    (tmp_path / "U盘").write_text("a file, not a folder", encoding="utf-8")
    target = tmp_path / "U盘" / "审计.xlsx"
    monkeypatch.setattr(common, "choose_save_file", lambda *a, **k: str(target))
    panel.form.exportButton.click()
    qtbot.waitUntil(lambda: "审计日志未导出" in panel.form.messageLabel.text(), timeout=5000)
    text = panel.form.messageLabel.text()
    assert "导出位置不存在或不可用" in text and "已导出到" not in text and panel.last_export is None
    assert not panel.busy
    wait_db_idle()
    with trail.read() as s:
        rows = audit_query.search_audit(s, actors["auditor"], AuditFilters(entity_type="audit_log")).rows
    assert [(r.action, r.outcome) for r in rows if r.action.startswith("audit.export")] == [
        ("audit.export_failed", "failed")]


def test_export_refused_for_clerk(qtbot, trail, actors, tmp_path, monkeypatch):
    # A clerk has no 系统管理 tab at all; even a panel built by mistake gets the service's refusal.
    assert AdminTab(AppContext(db=trail, actor=actors["clerk"])).section_titles() == []
    panel = AuditPanel(AppContext(db=trail, actor=actors["clerk"]), can_export=True)
    qtbot.addWidget(panel)
    target = tmp_path / "x.csv"
    monkeypatch.setattr(common, "choose_save_file", lambda *a, **k: str(target))
    panel.form.exportButton.click()
    qtbot.waitUntil(lambda: "权限" in panel.form.messageLabel.text(), timeout=5000)
    assert "导出审计日志" in panel.form.messageLabel.text() and not target.exists()
    wait_db_idle()
    with trail.read() as s:
        last = audit_query.search_audit(s, actors["auditor"], AuditFilters(username="clerk"), limit=1).rows[0]
    assert last.action == "permission.denied" and json.loads(last.summary) == {"permission": "audit.export"}


def test_default_dates_are_china_dates(qtbot, trail, actors, tmp_path, monkeypatch):
    """The table shows Beijing time and the filter takes Beijing days, but the default range ended
    on the PC's own date: on a PC set to UTC, between 00:00 and 08:00 Beijing time, today's rows
    were outside the range an auditor ticked."""
    from datetime import date

    from loandesk.ui.admin import audit_view

    monkeypatch.setattr(audit_view, "china_today", lambda: date(2030, 1, 15))
    _tab, panel = open_audit(qtbot, trail, actors["auditor"])
    f = panel.form
    assert f.toDate.date() == QDate(2030, 1, 15) and f.fromDate.date() == QDate(2029, 12, 16)
    offered: list[str] = []
    monkeypatch.setattr(common, "choose_save_file", lambda _p, _t, start, _f: offered.append(start) or "")
    f.exportButton.click()
    assert offered and offered[0].endswith("审计日志-3301-20300115.xlsx")
