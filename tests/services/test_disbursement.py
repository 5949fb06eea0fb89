"""Disbursement: only after signing, amount/account/voucher checks, the schedule fixed from the
disbursement date, the loan account it creates, the voucher CSV (documented layout), the notice."""

from __future__ import annotations

import csv
import io
from datetime import timedelta
from decimal import Decimal
from pathlib import Path

import pytest
from pypdf import PdfReader
from sqlalchemy import select

from loandesk.domain.schedule import add_months, build_schedule
from loandesk.services import approval, contracts, disbursement
from loandesk.services.context import PermissionDenied, ServiceError
from loandesk.store.attachments import BlobStore
from loandesk.store.models.applications import Application
from loandesk.store.models.audit import AuditRecord
from loandesk.store.models.loans import Contract, LoanAccount, LoanInstallment
from tests.services.loans_support import CARD, contract_case, signed_case

DOC = Path(__file__).resolve().parents[2] / "docs" / "disbursement_voucher.md"


def test_disbursement_fixes_the_schedule_from_the_disbursement_date(db, actors):
    view = signed_case(db, actors, amount="50000", term=12)
    day = approval.today_china()
    with db.write() as s:
        d = disbursement.disburse(s, actors["clerk"], view.id, disbursed_on=day, account=CARD,
                                  amount=Decimal("50000.00"), voucher_no="")
    assert d.amount == Decimal("50000.00") and d.periods == 12 and d.voucher_no.startswith("3301-JJ-")
    assert d.first_due_date == add_months(day, 1) and d.loan_no.startswith("3301-DK-")
    assert "*" in d.account and CARD not in d.account
    with db.read() as s:
        loan = s.get(LoanAccount, d.loan_id)
        rows = s.scalars(select(LoanInstallment).where(LoanInstallment.loan_id == loan.id)
                         .order_by(LoanInstallment.period)).all()
        c = s.get(Contract, view.id)
        app = s.get(Application, view.application_id)
        expected = build_schedule(Decimal("50000.00"), Decimal(c.annual_rate), 12, "equal_installment",
                                  add_months(day, 1), start_date=day)
        assert loan.start_date == day and loan.principal_fen == loan.outstanding_fen == 5_000_000
        assert [(r.period, r.due_date, r.principal_fen, r.interest_fen, r.payment_fen, r.balance_fen) for r in rows] == [
            (e.period, e.due_date, int(e.principal * 100), int(e.interest * 100), int(e.payment * 100),
             int(e.balance * 100)) for e in expected]
        assert sum(r.principal_fen for r in rows) == 5_000_000
        assert loan.total_interest_fen == sum(r.interest_fen for r in rows)
        assert loan.maturity_date == rows[-1].due_date == add_months(day, 12)
        assert c.status == "effective" and c.effective_on == day and app.state == "disbursed"
        assert s.scalars(select(AuditRecord).where(AuditRecord.action == "loan.disburse")).one().entity_id == loan.id
    with db.read() as s:
        detail = disbursement.loan_detail(s, actors["auditor"], d.loan_id)
        loans = disbursement.list_loans(s, actors["clerk"])
    assert detail.total_principal == Decimal("50000.00") and len(detail.schedule) == 12
    assert detail.loan.next_due_date == add_months(day, 1) and detail.disbursement.voucher_no == d.voucher_no
    assert [x.loan_no for x in loans] == [d.loan_no] and "*" in loans[0].customer_name


def test_a_later_disbursement_date_moves_every_due_date(db, actors):
    """The contract's planned start is replaced by the real one (template: 以借款借据为准)."""
    view = signed_case(db, actors, amount="50000", term=6)
    with db.write() as s:
        c = s.get(Contract, view.id)
        c.signed_on = c.signed_on - timedelta(days=40)  # signed weeks ago, disbursed today
    day = approval.today_china()
    with db.write() as s:
        d = disbursement.disburse(s, actors["clerk"], view.id, disbursed_on=day - timedelta(days=3), account=CARD,
                                  amount=Decimal("50000"))
    assert d.first_due_date == add_months(day - timedelta(days=3), 1)


def test_refusals(db, actors):
    unsigned = contract_case(db, actors)
    with pytest.raises(ServiceError, match="须先登记借款人签署"), db.write() as s:
        disbursement.disburse(s, actors["clerk"], unsigned.id, disbursed_on=approval.today_china(), account=CARD,
                              amount=Decimal("50000"))
    view = signed_case(db, actors, name="郑小红", mobile="13700137001")
    day = approval.today_china()
    bad = [
        (dict(amount=Decimal("49000")), "须等于合同金额"),
        (dict(amount=Decimal("50000"), account="6228480402564890026"), "不一致"),
        (dict(amount=Decimal("50000"), account="12ab"), "8–30 位数字"),
        (dict(amount=Decimal("50000"), disbursed_on=day + timedelta(days=1)), "不能晚于今天"),
        (dict(amount=Decimal("50000"), disbursed_on=day - timedelta(days=1)), "不能早于合同签署日期"),
        (dict(amount=Decimal("50000"), voucher_no="坏*号"), "凭证号"),
    ]
    for over, message in bad:
        kw = {"disbursed_on": day, "account": CARD, **over}
        with pytest.raises(ServiceError, match=message), db.write() as s:
            disbursement.disburse(s, actors["clerk"], view.id, **kw)
    with pytest.raises(PermissionDenied), db.write() as s:
        disbursement.disburse(s, actors["approver"], view.id, disbursed_on=day, account=CARD, amount=Decimal("50000"))
    with db.write() as s:
        disbursement.disburse(s, actors["clerk"], view.id, disbursed_on=day, account=CARD[:4] + " " + CARD[4:],
                              amount=Decimal("50000"), voucher_no="hx-2026-0001")
    with pytest.raises(ServiceError, match="不能重复放款"), db.write() as s:
        disbursement.disburse(s, actors["clerk"], view.id, disbursed_on=day, account=CARD, amount=Decimal("50000"))
    # nothing half-written by the refused attempts
    with db.read() as s:
        assert len(s.scalars(select(LoanAccount)).all()) == 1


def test_voucher_file_layout_matches_the_document(db, actors):
    v1 = signed_case(db, actors, amount="50000", term=12)
    v2 = signed_case(db, actors, amount="30000", term=6, name="周海燕", mobile="13700137002")
    day = approval.today_china()
    with db.write() as s:
        disbursement.disburse(s, actors["clerk"], v1.id, disbursed_on=day, account=CARD, amount=Decimal("50000"),
                              voucher_no="HX20260001")
        disbursement.disburse(s, actors["clerk"], v2.id, disbursed_on=day, account=CARD, amount=Decimal("30000"),
                              voucher_no="HX20260002")
    with db.write() as s:
        export = disbursement.export_vouchers(s, actors["clerk"], date_from=day, date_to=day)
    assert export.count == 2 and export.total == Decimal("80000.00") and export.filename.endswith(".csv")
    assert export.data.startswith("\ufeff".encode())  # UTF-8 BOM: Excel opens it correctly
    assert b"\r\n" in export.data
    rows = list(csv.reader(io.StringIO(export.data.decode("utf-8-sig"))))
    header, details, trailer = rows[0], rows[1:-1], rows[-1]
    # the documented column list is the exported one, in order
    doc = DOC.read_text(encoding="utf-8").split("## Detail row")[1].split("## Trailer")[0]
    documented = [line.split("|")[2].strip() for line in doc.splitlines()
                  if line.startswith("| ") and line.split("|")[1].strip().isdigit()]
    assert header == list(disbursement.VOUCHER_COLUMNS) == documented
    assert [d[2] for d in details] == ["HX20260001", "HX20260002"]
    first = dict(zip(header, details[0], strict=True))
    assert first["记录类型"] == "D" and first["网点代码"] == "3301" and first["金额"] == "50000.00"
    assert first["放款日期"] == day.strftime("%Y%m%d") and first["币种"] == "CNY" and first["证件类型"] == "01"
    assert first["入账账号"] == CARD and len(first["证件号码"]) == 18 and first["期限月数"] == "12"
    assert first["审批人"] == "赵行长" and first["经办人"] == "张客户经理" and first["产品代码"] == "NH-XY"
    assert trailer[:5] == ["T", "3301", disbursement.VOUCHER_LAYOUT_VERSION, "2", "80000.00"]
    with db.read() as s:
        rec = s.scalars(select(AuditRecord).where(AuditRecord.action == "loan.voucher_export")).one()
        assert "HX20260001" in rec.summary and CARD not in rec.summary
        assert all(d.exported_at is not None for d in disbursement.list_disbursements(s, actors["clerk"]))
    with pytest.raises(ServiceError, match="没有放款记录"), db.write() as s:
        disbursement.export_vouchers(s, actors["clerk"], date_from=day, date_to=day, only_unexported=True)
    with pytest.raises(PermissionDenied), db.write() as s:
        disbursement.export_vouchers(s, actors["auditor"], date_from=day, date_to=day)


def test_notice_and_fixed_schedule_sheet(db, actors):
    view = signed_case(db, actors, amount="50000", term=12)
    day = approval.today_china()
    with db.write() as s:
        d = disbursement.disburse(s, actors["clerk"], view.id, disbursed_on=day, account=CARD, amount=Decimal("50000"),
                                  voucher_no="HX20260009")
    with db.write() as s:
        notice = disbursement.notice_pdf(s, actors["clerk"], d.id)
        sheet = disbursement.loan_schedule_pdf(s, actors["clerk"], d.loan_id)
        with db.read() as r:
            idno = r.get(Contract, view.id).snapshot
    text = "\n".join(p.extract_text() for p in PdfReader(io.BytesIO(notice)).pages)
    flat = text.replace("\n", "")
    assert "放款通知书" in flat and "HX20260009" in flat and "人民币伍万元整" in flat and view.contract_no in flat
    assert CARD in flat.replace(" ", "")  # the counter credits this account
    import json

    assert json.loads(idno)["borrower"]["id_number"] not in flat  # ID number masked on the notice
    sheet_text = "\n".join(p.extract_text() for p in PdfReader(io.BytesIO(sheet)).pages)
    assert add_months(day, 1).isoformat() in sheet_text and "还款计划表" in sheet_text


def test_contract_effective_only_through_disbursement(db, actors):
    view = signed_case(db, actors)
    with db.read() as s:
        assert contracts.get_contract(s, actors["clerk"], view.id).status_label == "已签署"
    with db.write() as s:
        disbursement.disburse(s, actors["clerk"], view.id, disbursed_on=approval.today_china(), account=CARD,
                              amount=Decimal("50000"))
    with db.read() as s:
        after = contracts.get_contract(s, actors["clerk"], view.id)
    assert after.status_label == "已生效" and after.effective_on == approval.today_china()
    with db.write() as s:
        with pytest.raises(ServiceError, match="只有待签署"):
            contracts.register_signing(s, actors["clerk"], view.id, signed_on=approval.today_china(), scan_name="x.png",
                                       scan=b"x", blobs=BlobStore.of(db))


def test_demo_seeder_carries_approved_applications_through(db, actors, tmp_path):
    """demo_contracts.seed_demo: one approved case stays 待生成合同, one waits for 放款, the rest
    are disbursed; it refuses a real (non-demo) database."""
    from loandesk.services import demo_contracts
    from tests.services.loans_support import approved_case

    with pytest.raises(RuntimeError):
        demo_contracts.seed_demo(db)
    for name, mobile in (("甲一", "13700000011"), ("乙二", "13700000012"), ("丙三", "13700000013")):
        approved_case(db, actors, name=name, mobile=mobile)
    db.marker["demo"] = True  # the same database, now flagged as a demo (as ensure_demo's are)
    demo_contracts.seed_demo(db)
    with db.read() as s:
        stages = sorted(i.stage for i in contracts.contract_worklist(
            s, actors["approver"], stages=("to_generate", "to_sign", "to_disburse", "disbursed")))
        assert stages == ["disbursed", "to_disburse", "to_generate"]
        assert len(disbursement.list_loans(s, actors["clerk"])) == 1
