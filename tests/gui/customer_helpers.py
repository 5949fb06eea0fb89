"""Shared helpers for the 客户资料 GUI tests: valid customers, the tab, waiting on the DB thread."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date
from pathlib import Path

from PySide6.QtCore import QSettings
from sqlalchemy import func, select

from loandesk.domain.idcard import compute_check_digit
from loandesk.domain.validators import compute_uscc_check
from loandesk.services import customers as svc
from loandesk.services.context import Actor
from loandesk.services.customers import AddressInput, ConsentInput, CustomerInput, CustomerView
from loandesk.store.database import Database
from loandesk.store.models.audit import AuditRecord
from loandesk.ui.context import AppContext
from loandesk.ui.customers.tab import CustomerTab
from loandesk.ui.tasks import wait_db_idle

SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗"
GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超霞平刚"


def id_number(birth: str = "19850312", seq: int = 123, region: str = "330106") -> str:
    first17 = f"{region}{birth}{seq:03d}"
    return first17 + compute_check_digit(first17)


def uscc(body: str = "92330106MA2AB3C4D") -> str:
    return body + compute_uscc_check(body)


def valid_input(**over: object) -> CustomerInput:
    """A customer the service accepts: card issued 2016 at 31 → valid 20 years."""
    base = CustomerInput(kind="farmer", name="张三丰", id_number=id_number(), ethnicity="汉", id_issuer="杭州市公安局西湖分局",
                         id_valid_from=date(2016, 4, 1), id_valid_to=date(2036, 4, 1), mobile="13812345678",
                         address=AddressInput(hukou_region_code="330106", hukou_address="留下街道东岳村 3 组 12 号"))
    return replace(base, **over)  # type: ignore[arg-type]


# Both signed consents, which ID scans, bank statements and credit reports need on record.
CONSENTS = (ConsentInput(kind="pi_sensitive", signed_on=date(2024, 1, 2), scope="贷款业务"),
            ConsentInput(kind="credit_query", signed_on=date(2024, 1, 2), scope="贷款审批"))


def create(db: Database, actor: Actor, **over: object) -> CustomerView:
    with db.write() as s:
        return svc.create_customer(s, actor, valid_input(**over))


def bulk(db: Database, actor: Actor, n: int, *, start: int = 0) -> None:
    """``n`` distinct valid customers in one transaction (the import path: fast)."""
    items = []
    for i in range(start, start + n):
        birth = f"{1960 + i % 40}{i % 12 + 1:02d}{i % 28 + 1:02d}"
        name = SURNAMES[i % len(SURNAMES)] + GIVEN[(i // 7) % len(GIVEN)] + GIVEN[(i // 3) % len(GIVEN)]
        items.append(valid_input(name=name, id_number=id_number(birth, i % 1000, "330106" if i < 1000 else "330108"),
                                 mobile=f"139{i:08d}"))
    with db.write() as s:
        svc.create_customers_bulk(s, actor, items)


def settings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat)


def open_tab(qtbot, db: Database, actor: Actor, tmp_path: Path) -> CustomerTab:
    ctx = AppContext(db=db, actor=actor, branch_name="测试支行", branch_code="3301")
    tab = CustomerTab(ctx, settings=settings(tmp_path))
    qtbot.addWidget(tab)
    tab.resize(1366, 768)
    tab.show()
    qtbot.waitUntil(lambda: tab.model.loaded, timeout=5000)
    return tab


def search(qtbot, tab: CustomerTab, text: str) -> list:
    """Type into the search box like a clerk (IME commit for Chinese) and wait for the rows."""
    edit = tab.panel.searchEdit
    edit.clear()
    edit.insert(text)
    qtbot.waitUntil(lambda: tab.model.loaded and tab.model.query.text == text, timeout=5000)
    return list(tab.model.rows)


def last_audit_seq(db: Database) -> int:
    with db.read() as s:
        return int(s.scalar(select(func.coalesce(func.max(AuditRecord.seq), 0))) or 0)


def audits_since(db: Database, seq: int, action: str) -> list[tuple[str, dict]]:
    """(entity id, summary) of the audit records with ``action`` written after ``seq``."""
    wait_db_idle()
    with db.read() as s:
        rows = s.execute(select(AuditRecord.entity_id, AuditRecord.summary)
                         .where(AuditRecord.seq > seq, AuditRecord.action == action).order_by(AuditRecord.seq)).all()
    return [(r[0], json.loads(r[1] or "{}")) for r in rows]
