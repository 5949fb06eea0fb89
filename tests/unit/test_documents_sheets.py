"""Schedule sheet, disbursement notice, supplement notice and key-recovery sheet, read back."""

from __future__ import annotations

import dataclasses
import io
import re
from datetime import datetime
from decimal import Decimal

import pytest
from pypdf import PdfReader

from loandesk.documents.disbursement_notice import render_disbursement_notice
from loandesk.documents.layout import cn_ordinal, fmt_percent
from loandesk.documents.model import SupplementNoticeData
from loandesk.documents.recovery_sheet import group_key, render_recovery_sheet
from loandesk.documents.samples import sample_contract_data, sample_notice_data, sample_supplement_data
from loandesk.documents.schedule_sheet import render_schedule_sheet
from loandesk.documents.supplement_notice import render_supplement_notice
from loandesk.documents.verification import contract_verification_code
from loandesk.domain.money import format_yuan, rmb_upper
from tests.unit.test_documents_support import (
    HEADER_LINE,
    all_text,
    decode_qr_codes,
    flat,
    page_texts,
    pdffonts,
    review_png,
    schedule_rows,
)

RECOVERY_KEY = "K7QM3XWT9PZR4HNB2VDC8JFG6LSA5YEU"


def _assert_numbered_and_embedded(pdf: bytes, tmp_path) -> None:
    texts = page_texts(pdf)
    for number, text in enumerate(texts, start=1):
        assert f"第 {number} 页 共 {len(texts)} 页" in text
    fonts = pdffonts(pdf, tmp_path)
    assert fonts and all(f["emb"] == "yes" for f in fonts)


def test_schedule_sheet_360_rows_repeated_header(tmp_path):
    data = sample_contract_data(months=360, amount=Decimal("500000.00"), annual_rate=Decimal("0.039"))
    pdf = render_schedule_sheet(data)
    review_png(pdf, "schedule-360")
    texts = page_texts(pdf)
    assert len(texts) >= 8
    rows, totals = schedule_rows(pdf)
    assert [r[0] for r in rows] == list(range(1, 361))
    assert sum(r[2] for r in rows) == data.amount == totals[0]
    assert all(HEADER_LINE in " ".join(t.split()) for t in texts)
    text = all_text(pdf)
    assert "还款计划表" in text and data.contract_no in text
    assert rmb_upper(data.amount, prefix=True) in text
    assert f"验证码：{contract_verification_code(data)}" in text
    assert "年化利率（单利）" in text
    _assert_numbered_and_embedded(pdf, tmp_path)


def test_disbursement_notice(tmp_path):
    data = sample_notice_data()
    pdf = render_disbursement_notice(data)
    review_png(pdf, "notice")
    text = all_text(pdf)
    for expected in (
        "放款通知书",
        data.contract_no,
        data.borrower_name,
        data.borrower_id_number,
        rmb_upper(data.amount, prefix=True),
        format_yuan(data.amount),
        flat(data.account),
        "2025年3月21日",
        data.voucher_no,
        f"审批人{data.approver}",
        "审批人（签字）",
        "会计主管（签字）",
    ):
        assert flat(expected) in text, expected
    _assert_numbered_and_embedded(pdf, tmp_path)
    with pytest.raises(ValueError, match="放款金额必须大于零"):
        render_disbursement_notice(dataclasses.replace(data, amount=Decimal("0")))


def test_supplement_notice_lists_items_with_reasons(tmp_path):
    data = sample_supplement_data()
    pdf = render_supplement_notice(data)
    review_png(pdf, "supplement")
    text = all_text(pdf)
    assert "补件通知书" in text and data.application_no in text and data.customer_name in text
    for item in data.items:
        assert flat(item.name) in text and flat(item.reason) in text
    assert "请于2025年4月10日前" in text
    assert data.contact_name in text and data.contact_phone in text
    assert f"尚需补充或更正以下{len(data.items)}项材料" in text
    _assert_numbered_and_embedded(pdf, tmp_path)
    with pytest.raises(ValueError, match="至少需要列明一项"):
        SupplementNoticeData(
            **{**{f.name: getattr(data, f.name) for f in dataclasses.fields(data)}, "items": ()}
        )


def test_recovery_sheet_key_groups_qr_and_warning(tmp_path):
    created = datetime(2025, 3, 1, 9, 30)
    pdf = render_recovery_sheet("示例支行", "411526001", "6f1c2a9e-3b7d", RECOVERY_KEY, created)
    review_png(pdf, "recovery")
    texts = page_texts(pdf)
    assert len(texts) == 1
    text = texts[0]
    lines = [" ".join(line.split()) for line in text.splitlines()]
    key_lines = [ln for ln in lines if ln.startswith(("K7QM", "6LSA")) or "K7QM" in ln]
    assert key_lines and key_lines[0].startswith("K7QM 3XWT 9PZR 4HNB 2VDC 8JFG")
    assert "".join("".join(lines).split()).count("K7QM3XWT9PZR4HNB2VDC8JFG6LSA5YEU") == 1
    flat_text = flat(text)
    for expected in (
        "数据库密钥恢复单",
        "保险柜",
        "严禁拍照",
        "示例支行",
        "411526001",
        "6f1c2a9e-3b7d",
        "2025年3月1日09:30",
    ):
        assert expected in flat_text, expected
    assert decode_qr_codes(pdf, tmp_path, 1) == [RECOVERY_KEY]
    fonts = pdffonts(pdf, tmp_path)
    assert all(f["emb"] == "yes" for f in fonts)
    assert len({f["name"].split("+")[-1] for f in fonts}) >= 2  # the key is set in a monospace face
    # the key never leaks into the document info
    info = PdfReader(io.BytesIO(pdf)).metadata or {}
    assert all(RECOVERY_KEY not in str(v) for v in info.values())


def test_group_key_keeps_existing_grouping_and_rejects_empty():
    assert group_key("ABCDEFGHIJ") == ["ABCD", "EFGH", "IJ"]
    assert group_key("abcde-fghij-klmno") == ["abcde", "fghij", "klmno"]
    with pytest.raises(ValueError):
        group_key("   ")


def test_layout_helpers():
    assert [cn_ordinal(n) for n in (1, 9, 10, 11, 19, 20, 21, 99)] == [
        "一",
        "九",
        "十",
        "十一",
        "十九",
        "二十",
        "二十一",
        "九十九",
    ]
    assert fmt_percent(Decimal("0.0435")) == "4.35%"
    assert fmt_percent(Decimal("0.04125")) == "4.125%"
    assert fmt_percent(Decimal("0.5"), 0, 2) == "50%"
    assert fmt_percent(Decimal("0.00375"), 2, 4) == "0.375%"
    assert re.fullmatch(r"\d+\.\d{2}%", fmt_percent(Decimal("0.128049"), 2, 2))
