"""Screenshots of the 客户资料 tab on the demo database, for a person to look at (never committed).

    QT_QPA_PLATFORM=offscreen python -m tests.gui.customer_screenshots /tmp/shots

Builds the demo database in a temporary folder (loandesk.demo.ensure_demo), opens the tab as the
demo clerk and saves: the list, a search, the new-customer form with validation errors on several
section tabs, an existing customer in the form, and the masked read-only form of a reviewer.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path


def main(out: Path) -> list[Path]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QEventLoop, QSettings
    from PySide6.QtWidgets import QApplication
    from sqlalchemy import select

    from loandesk.demo import DEMO_BRANCH, ensure_demo
    from loandesk.services import auth
    from loandesk.store.database import DataDir
    from loandesk.store.models.auth import User
    from loandesk.ui.context import AppContext
    from loandesk.ui.customers.tab import CustomerTab
    from loandesk.ui.tasks import wait_db_idle

    app = QApplication.instance() or QApplication(sys.argv[:1])
    out.mkdir(parents=True, exist_ok=True)
    saved: list[Path] = []

    def pump(seconds: float = 0.4, until=None) -> None:
        start = time.perf_counter()
        while True:
            app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 20)
            elapsed = time.perf_counter() - start
            if elapsed >= seconds and (until is None or until()):
                return
            if elapsed > seconds + 20:
                raise TimeoutError("the screen did not settle")
            time.sleep(0.01)

    def shot(widget, name: str) -> None:
        pump(0.3)
        path = out / f"{name}.png"
        widget.grab().save(str(path))
        saved.append(path)

    with tempfile.TemporaryDirectory(prefix="ld-shots-") as tmp:
        db = ensure_demo(DataDir(Path(tmp) / "demo"))
        with db.read() as s:
            users = {u.username: auth.actor_for(u) for u in s.scalars(select(User))}
        settings = QSettings(str(Path(tmp) / "ui.ini"), QSettings.Format.IniFormat)
        ctx = AppContext(db=db, actor=users["clerk"], branch_name=DEMO_BRANCH[1], branch_code=DEMO_BRANCH[0])
        tab = CustomerTab(ctx, settings=settings)
        tab.resize(1366, 768)
        tab.show()
        pump(1.0, until=lambda: tab.model.loaded and tab.detail is not None)
        shot(tab, "customer_list")
        tab.panel.searchEdit.insert("王")
        pump(1.0, until=lambda: tab.model.loaded and tab.model.query.text == "王" and tab.detail is not None)
        shot(tab, "customer_search")

        tab.new_customer()
        form = tab.form
        f = form.form
        f.nameEdit.insert("张三丰")
        f.idNumberEdit.insert("330106198503121230")  # wrong check character
        f.idValidFromEdit.insert("2016-04-01")
        f.mobileEdit.insert("1381234567")  # ten digits
        f.monthlyIncomeEdit.insert("5千元")
        f.accountNoEdit.insert("6222021234567890")  # fails Luhn
        form.touched.update({"name", "id_number", "id_valid_from", "mobile", "income.monthly_income",
                             "bank.account_no"})
        form.save()  # refused: every problem shows
        pump(0.5)
        shot(tab, "customer_form_errors_basic")
        for page, name in ((f.pageId, "customer_form_errors_id"), (f.pageContact, "customer_form_errors_contact"),
                           (f.pageAssets, "customer_form_errors_assets"), (f.pageConsent, "customer_form_consent")):
            f.sectionTabs.setCurrentWidget(page)
            shot(tab, name)
        form.baseline = None  # discard without the question
        form.request_close()

        first = tab.model.row_at(0)
        assert first is not None
        tab.open_customer(first.id)
        pump(1.0, until=lambda: form.view is not None)
        shot(tab, "customer_form_edit")
        f.sectionTabs.setCurrentWidget(f.pageContacts)
        shot(tab, "customer_form_contacts")
        form.request_close()

        rctx = AppContext(db=db, actor=users["reviewer"], branch_name=DEMO_BRANCH[1], branch_code=DEMO_BRANCH[0])
        rtab = CustomerTab(rctx, settings=settings)
        rtab.resize(1366, 768)
        rtab.show()
        pump(1.0, until=lambda: rtab.model.loaded)
        rtab.open_customer(first.id)
        pump(1.0, until=lambda: rtab.form.view is not None)
        shot(rtab, "customer_form_reviewer_masked")
        for w in (tab, rtab):
            w.shutdown()
            w.close()
        wait_db_idle()
        db.close()
    return saved


if __name__ == "__main__":
    for p in main(Path(sys.argv[1] if len(sys.argv) > 1 else "customer-shots")):
        print(p)
