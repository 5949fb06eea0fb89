"""放款凭证 export in two steps: the file is built (audited), and the rows are stamped exported only
after the file was written. Stamped first, a cancelled save or a failed write dropped those
disbursements from every later "only unexported" file: the core system never booked them."""

from __future__ import annotations

from decimal import Decimal

import pytest
from sqlalchemy import select

from loandesk.services import approval, disbursement
from loandesk.services.context import PermissionDenied, ServiceError
from loandesk.store.models.audit import AuditRecord
from tests.services.loans_support import CARD, signed_case


def _disbursed(db, actors) -> str:
    view = signed_case(db, actors, amount="50000", term=12)
    with db.write() as s:
        return disbursement.disburse(s, actors["clerk"], view.id, disbursed_on=approval.today_china(), account=CARD,
                                     amount=Decimal("50000")).voucher_no


def test_rows_stay_unexported_until_the_file_is_written(db, actors):
    voucher = _disbursed(db, actors)
    day = approval.today_china()
    with db.write() as s:
        first = disbursement.export_vouchers(s, actors["clerk"], date_from=day, date_to=day, only_unexported=True,
                                             mark=False)
    assert first.vouchers == (voucher,) and first.count == 1
    # the save was cancelled: the next "only unexported" file still has the disbursement
    with db.write() as s:
        again = disbursement.export_vouchers(s, actors["clerk"], date_from=day, date_to=day, only_unexported=True,
                                             mark=False)
        assert again.data == first.data
        assert disbursement.mark_vouchers_exported(s, actors["clerk"], again.vouchers, sha256="ab" * 32) == 1
    with db.read() as s:
        assert all(d.exported_at is not None for d in disbursement.list_disbursements(s, actors["clerk"]))
        marks = s.scalars(select(AuditRecord).where(AuditRecord.action == "loan.voucher_marked")).all()
        exports = s.scalars(select(AuditRecord).where(AuditRecord.action == "loan.voucher_export")).all()
    assert len(marks) == 1 and len(exports) == 2  # each generated file is audited
    with pytest.raises(ServiceError, match="没有放款记录"), db.write() as s:
        disbursement.export_vouchers(s, actors["clerk"], date_from=day, date_to=day, only_unexported=True)
    with db.write() as s:  # marking twice keeps the first time
        assert disbursement.mark_vouchers_exported(s, actors["clerk"], [voucher]) == 0
    with pytest.raises(ServiceError, match="不存在"), db.write() as s:
        disbursement.mark_vouchers_exported(s, actors["clerk"], ["NO-SUCH-1"])
    with pytest.raises(PermissionDenied), db.write() as s:
        disbursement.mark_vouchers_exported(s, actors["auditor"], [voucher])
