"""The 还款计划表 printed for a loan account (schedule fixed at disbursement) carries the contract's
verification code: a code computed from the re-fixed schedule failed 合同核验 ("可能被替换或篡改")
as soon as the money went out on another day than the contract's planned start."""

from __future__ import annotations

import io
import re
from datetime import timedelta
from decimal import Decimal

from pypdf import PdfReader

from loandesk.services import approval, contracts, disbursement
from tests.services.loans_support import CARD, signed_case


def _text(pdf: bytes) -> str:
    return "".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)


def test_loan_schedule_sheet_verifies_against_its_contract(db, actors):
    today = approval.today_china()
    view = signed_case(db, actors, amount="50000", term=12, start=today + timedelta(days=10))
    with db.write() as s:
        d = disbursement.disburse(s, actors["clerk"], view.id, disbursed_on=today, account=CARD,
                                  amount=Decimal("50000"))
    with db.write() as s:
        text = _text(disbursement.loan_schedule_pdf(s, actors["clerk"], d.loan_id))
    codes = set(re.findall(r"验证码：([0-9A-F]{4}(?:-[0-9A-F]{4}){3})", text))
    assert codes == {view.verification_code}
    assert f"按实际放款日 {today.year}年{today.month}月{today.day}日 确定" in text and d.loan_no in text
    first_due = d.first_due_date.isoformat()
    assert first_due in text  # the schedule is the loan's, from the disbursement date
    with db.write() as s:
        check = contracts.verify_code(s, actors["clerk"], view.contract_no, codes.pop())
    assert check.ok, check.message
