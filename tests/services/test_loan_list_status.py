"""The 贷后管理 list: an open account reads 未结清 (not 正常, which is also a 五级分类 class the system has
not assessed), and periods already due are counted instead of being skipped silently."""

from __future__ import annotations

from datetime import timedelta
from decimal import Decimal

from sqlalchemy import select

from loandesk.domain.schedule import add_months
from loandesk.services import approval, disbursement
from loandesk.store.models.loans import LoanInstallment
from tests.services.loans_support import CARD, signed_case


def test_open_loan_status_and_periods_fallen_due(db, actors):
    view = signed_case(db, actors, amount="50000", term=12)
    today = approval.today_china()
    with db.write() as s:
        d = disbursement.disburse(s, actors["clerk"], view.id, disbursed_on=today, account=CARD,
                                  amount=Decimal("50000"))
    with db.read() as s:
        row = disbursement.list_loans(s, actors["clerk"])[0]
    assert row.status_label == "未结清" and row.next_due_date == add_months(today, 1)
    # three months on: periods 1–2 are behind us, 3 is due today
    with db.write() as s:
        for inst in s.scalars(select(LoanInstallment).where(LoanInstallment.loan_id == d.loan_id)):
            inst.due_date -= timedelta(days=add_months(today, 3).toordinal() - today.toordinal())
    with db.read() as s:
        row = disbursement.list_loans(s, actors["clerk"])[0]
        detail = disbursement.loan_detail(s, actors["clerk"], d.loan_id)
    assert "正常" not in row.status_label and "已到期 2 期" in row.status_label
    assert row.next_due_date == today and detail.loan.status_label == row.status_label
