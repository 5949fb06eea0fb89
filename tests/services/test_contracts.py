"""Contracts end to end through the service: generate from an approved application, read the PDF
back, check every required element and figure, fonts, page numbers, verification, reprints
(副本), signing, voiding. The renderer itself is tested by the documents module."""

from __future__ import annotations

import io
import re
import shutil
import subprocess
from dataclasses import replace
from datetime import timedelta
from decimal import Decimal

import pytest
from pypdf import PdfReader, PdfWriter
from sqlalchemy import select

from loandesk.documents.verification import contract_fingerprint
from loandesk.domain.money import rmb_upper
from loandesk.domain.rates import apr_for_schedule
from loandesk.domain.schedule import add_months
from loandesk.services import applications as apps
from loandesk.services import approval, contracts
from loandesk.services.applications import PartyInput
from loandesk.services.context import PermissionDenied, ServiceError
from loandesk.store.attachments import BlobStore
from loandesk.store.models.applications import Application
from loandesk.store.models.audit import AuditRecord
from loandesk.store.models.customers import Customer
from loandesk.store.models.documents import Document
from loandesk.store.models.loans import Contract, ContractPrint
from tests.services.applications_support import id_number, png, years_ago
from tests.services.loans_support import CARD, OPINION, approved_case, contract_case, guarantor, pending_case

SPOUSE = PartyInput(role="co_borrower", name="李秀英", id_number=id_number(years_ago(38), male=False),
                    relation="配偶", phone="13900139000", credit_auth=True)


def pages_text(pdf: bytes) -> list[str]:
    return [p.extract_text() or "" for p in PdfReader(io.BytesIO(pdf)).pages]


def original(db, view) -> bytes:
    return BlobStore.of(db).get(view_row(db, view.id).pdf_blob_id)


def view_row(db, contract_id) -> Contract:
    with db.read() as s:
        c = s.get(Contract, contract_id)
        s.expunge(c)
        return c


def money(text: str) -> Decimal:
    return Decimal(text.replace(",", "").replace("¥", ""))


ROW = re.compile(r"^(\d+) (\d{4}-\d{2}-\d{2}) ([\d,]+\.\d\d) ([\d,]+\.\d\d) ([\d,]+\.\d\d) ([\d,]+\.\d\d)$", re.M)


def schedule_rows(text: str) -> list[tuple[int, str, Decimal, Decimal, Decimal, Decimal]]:
    return [(int(m[1]), m[2], money(m[3]), money(m[4]), money(m[5]), money(m[6])) for m in ROW.finditer(text)]


@pytest.fixture
def guaranteed(db, actors):
    """A 保证 loan with a co-borrowing spouse: the fullest contract (NH-SC, 8万, 24 months)."""
    return contract_case(db, actors, product="NH-SC", amount="80000", term=24, guarantee="guarantor",
                         parties=(guarantor("赵志刚"), SPOUSE))


def test_contract_reads_back_with_every_required_element(db, actors, guaranteed):
    view = guaranteed
    pdf = original(db, view)
    pages = pages_text(pdf)
    text = "\n".join(pages)
    flat = text.replace("\n", "")
    with db.read() as s:
        c = s.get(Contract, view.id)
        snapshot = c.snapshot
        customer = s.get(Customer, c.customer_id)
        name, idno = customer.name, customer.id_number
        app = s.get(Application, c.application_id)
        app_rate = Decimal(app.annual_rate)
    # Civil Code art. 668 / 商业银行法 art. 37 elements
    for needle in ("借款合同", f"合同编号：{view.contract_no}", "借款种类：农户生产经营贷款", "币种：人民币",
                   "借款用途：购买茶苗和化肥", "借款期限为24个月", "还款方式：等额本息", "违约责任", "罚息",
                   "复利", "贷后检查", "还款顺序", "提前还款", "争议解决", "借款人（签字/捺印）",
                   "贷款人（盖章）", "共同借款人（签字/捺印）", "保证人 赵志刚（签字/捺印）", "合同验证码"):
        assert needle in flat, needle
    # guarantee explicit: 连带责任保证 (otherwise the law presumes 一般保证, 民法典 art. 686)
    assert "由保证人赵志刚提供连带责任保证" in flat and "一般保证" not in flat
    assert "保证期间为" in flat
    # parties unmasked in the contract itself (by necessity)
    assert name in flat and idno in flat and "李秀英" in flat and SPOUSE.id_number in flat
    # the amount in capitals matches the figure
    m = re.search(r"借款金额（大写）：(人民币\S+?)；（小写）：(¥[\d,]+\.\d\d)", flat)
    assert m is not None
    assert m[1] == rmb_upper(money(m[2]), prefix=True) == "人民币捌万元整" and money(m[2]) == Decimal("80000.00")
    # the annual rate and the 年化利率 from the cash flows (PBOC 〔2021〕 No.3)
    data = contracts.contract_data_from_snapshot(snapshot)
    apr = apr_for_schedule(data.amount, list(data.schedule))
    pct = f"{(apr * 100).quantize(Decimal('0.01'))}%"
    assert f"年化利率（单利）为{pct}" in flat and view.apr.quantize(Decimal("0.0001")) == apr.quantize(Decimal("0.0001"))
    assert data.annual_rate == app_rate and f"{(app_rate * 100).quantize(Decimal('0.01'))}%" in flat
    # the schedule table: all 24 rows, sums equal the principal and the stated interest
    rows = schedule_rows(text)
    assert [r[0] for r in rows] == list(range(1, 25))
    assert sum(r[2] for r in rows) == Decimal("80000.00")
    interest = sum(r[3] for r in rows)
    stated = re.search(r"应还本金合计(¥[\d,]+\.\d\d)，应还利息合计(¥[\d,]+\.\d\d)", flat)
    assert stated is not None and money(stated[1]) == Decimal("80000.00") and money(stated[2]) == interest
    assert interest == view.total_interest
    assert all(r[4] == r[2] + r[3] for r in rows) and rows[-1][5] == Decimal("0.00")
    # the view is masked everywhere else
    assert name not in view.borrower_name and "*" in view.borrower_name and idno not in view.borrower_id_number
    assert CARD not in view.disbursement_account and CARD[-4:] in view.disbursement_account
    assert view.status == "pending_sign" and view.status_label == "待签署" and view.periods == 24


def test_fonts_are_embedded_and_pages_numbered(db, actors, guaranteed, tmp_path):
    pdf = original(db, guaranteed)
    pages = pages_text(pdf)
    n = len(pages)
    assert n >= 3
    for i, page in enumerate(pages, 1):
        assert f"第 {i} 页 共 {n} 页" in page
        assert f"验证码：{guaranteed.verification_code}" in page
    if shutil.which("pdffonts") is None:
        pytest.skip("pdffonts (poppler-utils) not installed")
    path = tmp_path / "c.pdf"
    path.write_bytes(pdf)
    out = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True, check=True).stdout
    lines = out.splitlines()[2:]
    assert lines, out
    for line in lines:
        cols = line.split()
        # name type encoding emb sub uni object ID: 'emb' is the 5th field from the right
        assert cols[-5] == "yes", f"font not embedded: {line}"


def test_fingerprint_snapshot_and_stored_hash_agree(db, actors, guaranteed):
    c = view_row(db, guaranteed.id)
    data = contracts.contract_data_from_snapshot(c.snapshot)
    assert contract_fingerprint(data) == c.fingerprint
    assert c.verification_code.replace("-", "") == c.fingerprint[:16].upper()
    import hashlib

    assert hashlib.sha256(original(db, guaranteed)).hexdigest() == c.pdf_sha256


def test_verification_passes_for_the_original_and_fails_for_a_changed_pdf(db, actors, guaranteed):
    pdf = original(db, guaranteed)
    with db.write() as s:
        ok = contracts.verify_contract_pdf(s, actors["auditor"], pdf)
    assert ok.ok and ok.code_ok and ok.hash_ok and not ok.is_copy and ok.contract_no == guaranteed.contract_no
    # 1. the same pages re-written (e.g. edited in a PDF tool): code still printed, bytes differ
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(pdf)))
    writer.add_metadata({"/Title": "改过的合同"})
    buf = io.BytesIO()
    writer.write(buf)
    with db.write() as s:
        changed = contracts.verify_contract_pdf(s, actors["auditor"], buf.getvalue())
    assert not changed.ok and changed.code_ok and not changed.hash_ok
    assert "可能被编辑过" in changed.message
    # 2. a contract re-rendered with a changed amount under the same number: code mismatch
    from loandesk.documents.contract import render_contract

    data = contracts.contract_data_from_snapshot(view_row(db, guaranteed.id).snapshot)
    forged_rows = [replace(r) for r in data.schedule]
    forged_rows[0] = replace(forged_rows[0], principal=forged_rows[0].principal + 1, balance=forged_rows[0].balance)
    forged_rows[-1] = replace(forged_rows[-1], principal=forged_rows[-1].principal)
    forged = replace(data, amount=data.amount + 1, schedule=tuple(forged_rows))
    with db.write() as s:
        bad = contracts.verify_contract_pdf(s, actors["auditor"], render_contract(forged))
    assert not bad.ok and not bad.code_ok and not bad.hash_ok
    # 3. a scan (no text) cannot be read: the message says to type the code
    with db.write() as s:
        unreadable = contracts.verify_contract_pdf(s, actors["auditor"], _image_pdf())
    assert not unreadable.ok and "按验证码核验" in unreadable.message
    with db.read() as s:
        n = len(s.scalars(select(AuditRecord).where(AuditRecord.action == "contract.verify")).all())
    assert n == 4


def _image_pdf() -> bytes:
    from PIL import Image

    buf = io.BytesIO()
    Image.new("RGB", (200, 280), "white").save(buf, "PDF")
    return buf.getvalue()


def test_verify_by_typed_code(db, actors, guaranteed):
    code = guaranteed.verification_code
    with db.write() as s:
        assert contracts.verify_code(s, actors["clerk"], guaranteed.contract_no, code.lower().replace("-", " ")).ok
        wrong = contracts.verify_code(s, actors["clerk"], guaranteed.contract_no, "0000-0000-0000-0000")
        missing = contracts.verify_code(s, actors["clerk"], "NO-SUCH", code)
    assert not wrong.ok and "不一致" in wrong.message
    assert not missing.ok and "没有编号" in missing.message


def test_first_print_is_the_original_then_copies_marked_and_audited(db, actors, guaranteed):
    blobs = BlobStore.of(db)
    stored = original(db, guaranteed)
    with db.write() as s:
        preview = contracts.preview_pdf(s, actors["approver"], guaranteed.id, blobs=blobs)
        first = contracts.issue_print(s, actors["clerk"], guaranteed.id, blobs=blobs)
    assert preview == stored and first.pdf == stored and not first.copy and first.print_no == 1
    assert "副本" not in "".join(pages_text(first.pdf))
    with db.write() as s:
        preview2 = contracts.preview_pdf(s, actors["clerk"], guaranteed.id, blobs=blobs)
        second = contracts.issue_print(s, actors["clerk"], guaranteed.id, blobs=blobs)
        saved = contracts.issue_print(s, actors["approver"], guaranteed.id, blobs=blobs, channel="file")
    assert second.copy and saved.copy and second.print_no == 2 and saved.print_no == 3
    assert second.pdf != stored and preview2 == second.pdf  # reproducible copies
    assert second.suggested_name.endswith("_副本.pdf")
    text = "\n".join(pages_text(second.pdf))
    assert text.count("副本") >= len(pages_text(second.pdf))  # the mark is on every page
    assert f"验证码：{guaranteed.verification_code}" in text  # same content, same code
    with db.write() as s:
        check = contracts.verify_contract_pdf(s, actors["auditor"], second.pdf)
        view = contracts.get_contract(s, actors["auditor"], guaranteed.id)
    assert check.ok and check.is_copy and "第 2 次" in check.message
    assert view.print_count == 3 and view.copy_count == 2
    with db.read() as s:
        actions = [r.action for r in s.scalars(select(AuditRecord).where(AuditRecord.entity_id == guaranteed.id))]
        prints = s.scalars(select(ContractPrint).order_by(ContractPrint.print_no)).all()
        assert [(p.copy, p.channel) for p in prints] == [(False, "print"), (True, "print"), (True, "file")]
    assert actions.count("contract.print") == 2 and actions.count("contract.export") == 1
    assert actions.count("contract.preview") == 2 and "contract.generate" in actions


def test_signing_needs_a_print_then_a_scan_and_moves_the_application(db, actors, guaranteed):
    blobs = BlobStore.of(db)
    today = approval.today_china()
    with pytest.raises(ServiceError, match="尚未打印"), db.write() as s:
        contracts.register_signing(s, actors["clerk"], guaranteed.id, signed_on=today, scan_name="s.png",
                                   scan=png("signed"), blobs=blobs)
    with db.write() as s:
        contracts.issue_print(s, actors["clerk"], guaranteed.id, blobs=blobs)
    with pytest.raises(ServiceError, match="不能晚于今天"), db.write() as s:
        contracts.register_signing(s, actors["clerk"], guaranteed.id, signed_on=today + timedelta(days=1),
                                   scan_name="s.png", scan=png("signed"), blobs=blobs)
    with pytest.raises(PermissionDenied), db.write() as s:
        contracts.register_signing(s, actors["approver"], guaranteed.id, signed_on=today, scan_name="s.png",
                                   scan=png("signed"), blobs=blobs)
    with db.write() as s:
        view = contracts.register_signing(s, actors["clerk"], guaranteed.id, signed_on=today, scan_name="签署件.png",
                                          scan=png("signed copy"), blobs=blobs)
    assert view.status == "signed" and view.status_label == "已签署" and view.signed_on == today
    with db.read() as s:
        doc = s.get(Document, view.signed_document_id)
        assert doc is not None and guaranteed.contract_no in doc.note and doc.customer_id == view.customer_id
        assert s.get(Application, view.application_id).state == "signed"
    with pytest.raises(ServiceError, match="只有待签署"), db.write() as s:
        contracts.register_signing(s, actors["clerk"], guaranteed.id, signed_on=today, scan_name="s2.png",
                                   scan=png("again"), blobs=blobs)


def test_generation_refusals_and_void_then_regenerate(db, actors):
    app_id, _cid, _ = pending_case(db, actors)
    blobs = BlobStore.of(db)
    with pytest.raises(ServiceError, match="只有已批准"), db.write() as s:
        contracts.generate_contract(s, actors["approver"], app_id, blobs=blobs)
    with db.write() as s:
        approval.decide(s, actors["approver"], app_id, "approve", OPINION)
    with pytest.raises(PermissionDenied), db.write() as s:
        contracts.generate_contract(s, actors["clerk"], app_id, blobs=blobs)
    with db.write() as s:
        first = contracts.generate_contract(s, actors["approver"], app_id, blobs=blobs)
    with pytest.raises(ServiceError, match="已有合同"), db.write() as s:
        contracts.generate_contract(s, actors["approver"], app_id, blobs=blobs)
    with pytest.raises(ServiceError, match="作废原因"), db.write() as s:
        contracts.void_contract(s, actors["approver"], first.id, "")
    with db.write() as s:
        voided = contracts.void_contract(s, actors["approver"], first.id, "放款账户变更")
        second = contracts.generate_contract(s, actors["approver"], app_id, blobs=blobs,
                                             disbursement_account=f"示例农商银行 {CARD[:-1]}7（借款人本人账户）")
    assert voided.status == "void" and second.contract_no != first.contract_no
    assert second.contract_no.endswith("000002") and "-JK-" in second.contract_no
    with db.write() as s:
        assert contracts.contract_for_application(s, actors["clerk"], app_id).id == second.id
        with pytest.raises(ServiceError, match="已作废"):
            contracts.issue_print(s, actors["clerk"], first.id, blobs=blobs)
        check = contracts.verify_code(s, actors["clerk"], first.contract_no, first.verification_code)
    assert not check.ok and "已作废" in check.message


def test_contract_uses_approved_lower_amount_and_shorter_term(db, actors):
    app_id, _cid, _ = pending_case(db, actors, amount="60000", term=24)
    with db.write() as s:
        approval.decide(s, actors["approver"], app_id, "approve", "压降至四万元十二个月后同意。",
                        amount=Decimal("40000"), term_months=12)
        view = contracts.generate_contract(s, actors["approver"], app_id, blobs=BlobStore.of(db))
    assert view.amount == Decimal("40000.00") and view.term_months == 12 and view.periods == 12
    flat = "".join(pages_text(original(db, view))).replace("\n", "")
    assert "人民币肆万元整" in flat and "借款期限为12个月" in flat


def test_credit_and_group_loans_state_their_guarantee(db, actors):
    credit = contract_case(db, actors)
    flat = "".join(pages_text(original(db, credit))).replace("\n", "")
    assert "本合同项下借款为信用借款，不设担保" in flat
    members = tuple(PartyInput(role="group_member", name=n, id_number=id_number(years_ago(40 + i)), relation="联保小组成员",
                               phone="13600000000", credit_auth=True) for i, n in enumerate(("周大海", "吴小芳", "郑三")))
    group = contract_case(db, actors, product="NH-LB", amount="30000", guarantee="group", parties=members,
                          name="冯建设", mobile="13500135000")
    flat = "".join(pages_text(original(db, group))).replace("\n", "")
    assert "联保小组成员周大海、吴小芳、郑三" in flat and "承担连带责任保证" in flat


def test_360_month_contract_paginates_with_every_row(db, actors, tmp_path):
    start = add_months(approval.today_china(), 1)
    view = contract_case(db, actors, product="ZF-30", amount="300000", term=360, start=start)
    pdf = original(db, view)
    pages = pages_text(pdf)
    rows = schedule_rows("\n".join(pages))
    assert [r[0] for r in rows] == list(range(1, 361))  # none lost at a page break, none repeated
    assert sum(r[2] for r in rows) == Decimal("300000.00")
    assert len(pages) >= 10 and all(f"共 {len(pages)} 页" in p for p in pages)
    # the header row is repeated on each page the table continues on
    table_pages = [p for p in pages if ROW.search(p)]
    assert len(table_pages) >= 8 and all("期数" in p for p in table_pages)
    assert rows[0][1] == add_months(start, 1).isoformat()


def test_missing_account_is_refused_with_a_clear_message(db, actors):
    from loandesk.services.customers import BankAccountInput

    app_id, _cid, _ = pending_case(db, actors, bank=BankAccountInput())
    with db.write() as s:
        approval.decide(s, actors["approver"], app_id, "approve", OPINION)
    with pytest.raises(ServiceError, match="没有登记收款账户") as err, db.write() as s:
        contracts.generate_contract(s, actors["approver"], app_id, blobs=BlobStore.of(db))
    assert err.value.field == "disbursement_account"


def test_contract_pdf_is_never_kept_outside_the_encrypted_stores(db, actors, tmp_path):
    """The PDF lives in attachments.db (SQLCipher): nothing readable lands in the data folder."""
    view = contract_case(db, actors)
    needle = view.contract_no.encode()
    for path in db.data.root.rglob("*"):
        if path.is_file():
            assert needle not in path.read_bytes(), path


def test_schedule_sheet_is_bound_to_the_contract(db, actors, guaranteed):
    with db.write() as s:
        pdf = contracts.schedule_sheet_pdf(s, actors["clerk"], guaranteed.id)
    text = "\n".join(pages_text(pdf))
    assert "还款计划表" in text and guaranteed.contract_no in text and guaranteed.verification_code in text
    assert len(schedule_rows(text)) == 24


def test_approved_application_is_not_changed_by_the_contract(db, actors):
    app_id = approved_case(db, actors)
    with db.read() as s:
        before = s.get(Application, app_id).state
    with db.write() as s:
        contracts.generate_contract(s, actors["approver"], app_id, blobs=BlobStore.of(db))
    with db.read() as s:
        assert s.get(Application, app_id).state == before == "approved"
        events = apps.get_application(s, actors["approver"], app_id).events
    assert events[-1].to_state == "approved"


@pytest.mark.parametrize("method,months,fees", [("equal_installment", 360, "0"), ("equal_principal", 120, "0"),
                                                ("bullet", 12, "0"), ("interest_only", 24, "0"),
                                                ("equal_installment", 12, "1000")])
def test_stored_apr_is_the_domain_annualised_rate(method, months, fees):
    from loandesk.documents.samples import sample_contract_data

    data = sample_contract_data(months=months, method=method, fees=Decimal(fees))
    fast = contracts.contract_apr(data)
    exact = apr_for_schedule(data.amount, list(data.schedule), fees=data.fees)
    assert abs(fast - exact) < Decimal("1e-18")
