"""系统设置 and 运行状况 panels: values saved through the services (audited), health shown."""

from __future__ import annotations

import json

import pytest

from loandesk.services import backup as backup_svc
from loandesk.services import settings
from loandesk.services.audit_query import AuditFilters, search_audit
from loandesk.ui.admin import common
from loandesk.ui.admin.tab import AdminTab
from loandesk.ui.context import AppContext
from loandesk.ui.tasks import wait_db_idle


def open_section(qtbot, db, actor, key: str):
    tab = AdminTab(AppContext(db=db, actor=actor, branch_name="测试支行", branch_code="3301"))
    qtbot.addWidget(tab)
    tab.resize(1100, 760)
    tab.show()
    return tab, tab.show_section(key)


@pytest.fixture
def panel(qtbot, db, actors):
    tab, p = open_section(qtbot, db, actors["admin"], "settings")
    qtbot.waitUntil(lambda: p.loaded is not None, timeout=5000)
    yield p
    tab.shutdown()
    wait_db_idle()


def audit_rows(db, actors, **kw):
    with db.read() as s:
        return search_audit(s, actors["auditor"], AuditFilters(**kw), limit=100).rows


def test_shows_current_values(panel, db):
    f = panel.form
    assert f.branchCodeValue.text() == "3301" and f.branchNameValue.text() == "测试支行"
    assert f.databaseIdValue.text() == db.database_id
    assert f.idleSpin.value() == 10
    assert (f.idPrefixSpin.value(), f.idSuffixSpin.value()) == (1, 1)
    assert f.idExample.text() == "1****************6" and f.phoneExample.text() == "138****5678"
    assert f.scheduleCombo.currentData() == "daily" and f.keepDailySpin.value() == 7
    assert f.atExitCheck.isChecked() and f.locationsList.count() == 0


def test_save_settings_in_one_audited_transaction(qtbot, panel, db, actors, tmp_path, monkeypatch):
    f = panel.form
    usb = tmp_path / "U盘"
    monkeypatch.setattr(common, "choose_folder", lambda *a, **k: str(usb))
    f.addLocationButton.click()
    f.addLocationButton.click()  # the same folder twice is listed once
    assert panel.locations() == [str(usb)]
    f.idleSpin.setValue(25)
    f.idPrefixSpin.setValue(3)
    f.idSuffixSpin.setValue(4)
    assert f.idExample.text() == "110***********2316"
    f.scheduleCombo.setCurrentIndex(f.scheduleCombo.findData("weekly"))
    f.keepDailySpin.setValue(10)
    f.atExitCheck.setChecked(False)
    before = len(audit_rows(db, actors, action="settings.changed"))
    f.saveButton.click()
    qtbot.waitUntil(lambda: "已保存" in f.messageLabel.text(), timeout=5000)
    assert "自动锁屏" in f.messageLabel.text() and "屏蔽规则" in f.messageLabel.text()
    with db.read() as s:
        assert settings.get(s, "idle_lock_minutes") == 25
        assert settings.get(s, "mask.id_keep") == [3, 4]
        assert settings.get(s, "mask.phone_keep") == [3, 4]  # unchanged, not rewritten
        conf = backup_svc.get_backup_settings(s)
    assert conf.locations == [str(usb)] and conf.schedule == "weekly"
    assert conf.keep == {"daily": 10, "weekly": 4, "monthly": 12} and conf.at_exit is False
    changed = audit_rows(db, actors, action="settings.changed")
    keys = {r.entity_id for r in changed[: len(changed) - before]}
    assert keys == {"idle_lock_minutes", "mask.id_keep", "backup.locations", "backup.schedule", "backup.keep",
                    "backup.at_exit"}
    assert json.loads(changed[0].summary)["after"]
    # Saving again with nothing changed writes nothing.
    qtbot.waitUntil(lambda: panel.loaded is not None and panel.loaded.idle_minutes == 25, timeout=5000)
    f.saveButton.click()
    qtbot.waitUntil(lambda: "没有需要保存的修改" in f.messageLabel.text(), timeout=5000)
    assert len(audit_rows(db, actors, action="settings.changed")) == len(changed)


def test_remove_location_and_revert(qtbot, panel, db, tmp_path, monkeypatch):
    f = panel.form
    monkeypatch.setattr(common, "choose_folder", lambda *a, **k: str(tmp_path / "a"))
    f.addLocationButton.click()
    f.locationsList.setCurrentRow(0)
    f.locationsList.item(0).setSelected(True)
    f.removeLocationButton.click()
    assert panel.locations() == []
    f.idleSpin.setValue(99)
    f.revertButton.click()
    qtbot.waitUntil(lambda: f.idleSpin.value() == 10, timeout=5000)


def test_idle_minutes_follow_in_the_running_window(qtbot, db, actors):
    from loandesk.ui.main_window import MainWindow

    ctx = AppContext(db=db, actor=actors["admin"], branch_name="测试支行", branch_code="3301")
    win = MainWindow(ctx)
    qtbot.addWidget(win)
    win.show()
    tab = win.tab_widgets["admin"]
    p = tab.show_section("settings")
    qtbot.waitUntil(lambda: p.loaded is not None, timeout=5000)
    p.form.idleSpin.setValue(3)
    p.form.saveButton.click()
    qtbot.waitUntil(lambda: "已保存" in p.form.messageLabel.text(), timeout=5000)
    assert win.idle._timer.interval() == 3 * 60_000
    win.close()
    wait_db_idle()


def test_health_panel_and_integrity_check(qtbot, db, actors, monkeypatch):
    tab, p = open_section(qtbot, db, actors["admin"], "health")
    qtbot.waitUntil(lambda: p.report is not None, timeout=10000)
    f = p.form
    assert f.appVersionValue.text() and "/" in f.cipherValue.text()
    assert "（最新）" in f.schemaValue.text() and f.migrationsEdit.toPlainText().startswith("✓ ")
    assert str(db.data.root) in f.dataDirValue.text() and "KB" in f.dbSizeValue.text()
    assert "还没有成功的备份" in f.summaryLabel.text() and "还没有成功的备份" in f.lastBackupValue.text()
    assert f.keyringValue.text() == "已保存在本机凭据管理器"
    f.integrityButton.click()
    qtbot.waitUntil(lambda: p.report is not None and p.report.integrity is not None, timeout=20000)
    assert f.integrityValue.text().startswith("通过")
    opened = []
    db.data.logs.mkdir(exist_ok=True)
    monkeypatch.setattr(common, "open_folder", lambda path: opened.append(path) or True)
    f.refreshButton.click()
    qtbot.waitUntil(lambda: f.openLogsButton.isEnabled(), timeout=5000)
    f.openLogsButton.click()
    assert opened == [db.data.logs]
    with db.read() as s:
        rows = search_audit(s, actors["auditor"], AuditFilters(action="health.integrity_check"), limit=5).rows
    assert rows and json.loads(rows[0].summary)["ok"] is True
    tab.shutdown()
    wait_db_idle()
