"""借款合同 PDF: read the rendered file back and check what the law and the PBOC require."""

from __future__ import annotations

import dataclasses
import io
import re
from decimal import Decimal

import pytest

from loandesk.documents.contract import contract_values, render_contract
from loandesk.documents.fonts import get_fonts
from loandesk.documents.layout import fmt_percent
from loandesk.documents.model import GuaranteeType, Party
from loandesk.documents.samples import sample_contract_data
from loandesk.documents.verification import (
    code_from_fingerprint,
    contract_fingerprint,
    contract_verification_code,
    pdf_sha256,
    qr_payload,
    verify_pdf,
)
from loandesk.domain.money import format_yuan, rmb_upper
from loandesk.domain.rates import apr_for_schedule
from loandesk.domain.schedule import schedule_totals
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


@pytest.fixture(scope="module")
def data():
    return sample_contract_data()


@pytest.fixture(scope="module")
def pdf(data):
    out = render_contract(data)
    review_png(out, "contract-12")
    return out


@pytest.fixture(scope="module")
def long_data():
    return sample_contract_data(months=360, amount=Decimal("500000.00"), annual_rate=Decimal("0.039"))


@pytest.fixture(scope="module")
def long_pdf(long_data):
    out = render_contract(long_data)
    review_png(out, "contract-360")
    return out


def test_contract_states_every_required_element(data, pdf):
    text = all_text(pdf)
    required = [
        "借款合同",
        data.contract_no,
        "借款种类",
        data.loan_kind,
        "币种",
        "人民币",
        "借款用途",
        data.purpose,
        "借款金额",
        "借款期限",
        "12个月",
        "还款方式",
        "等额本息",
        "还款计划",
        "罚息",
        "复利",
        "违约责任",
        "贷后检查",
        "第六百七十二条",
        "提前还款",
        "还款顺序",
        "争议解决",
        "连带责任保证",
        "贷款人（盖章）",
        "借款人（签字/捺印）",
        "共同借款人（签字/捺印）",
        "负责人或授权代理人（签字）",
        "签订日期：2025年3月20日",
    ]
    missing = [r for r in required if flat(r) not in text]
    assert missing == []
    for g in data.guarantors:
        assert flat(f"保证人{g.name}（签字/捺印）") in text
    assert data.borrower.id_number in text and data.spouse.id_number in text


def test_amount_in_figures_and_capitals_match_domain_money(data, pdf):
    text = all_text(pdf)
    capitals = rmb_upper(data.amount, prefix=True)
    assert capitals == "人民币壹拾万元整"
    assert f"借款金额（大写）：{capitals}；（小写）：{format_yuan(data.amount)}" in text


def test_annualised_rate_is_computed_from_cash_flows_and_labelled_simple(data, pdf):
    text = all_text(pdf)
    apr = apr_for_schedule(data.amount, data.schedule, fees=data.fees)
    printed = fmt_percent(apr, 2, 2)
    assert f"年化利率（单利）为{printed}" in text
    assert "年化利率（单利）" + printed in text  # the summary box on page 1
    assert "年利率为4.50%" in text


def test_penalty_and_misuse_rates_are_contract_rate_times_uplift(data, pdf):
    text = all_text(pdf)
    assert "上浮50%（即年利率6.75%）计收罚息" in text  # 4.50% × 1.5
    assert "上浮100%（即年利率9.00%）计收罚息" in text  # 4.50% × 2
    assert "按罚息利率计收复利" in text


def test_fees_raise_the_annualised_rate_and_are_named():
    with_fees = sample_contract_data(fees=Decimal("1000.00"))
    values = contract_values(with_fees)
    plain = contract_values(sample_contract_data())
    assert Decimal(values["apr"].rstrip("%")) > Decimal(plain["apr"].rstrip("%"))
    text = all_text(render_contract(with_fees))
    assert "贷款服务费（合计¥1,000.00）" in text


def test_schedule_rows_sum_to_principal_and_stated_interest(data, pdf):
    rows, totals = schedule_rows(pdf)
    assert [r[0] for r in rows] == list(range(1, 13))
    principal = sum(r[2] for r in rows)
    interest = sum(r[3] for r in rows)
    assert principal == data.amount
    assert totals[0] == data.amount and totals[1] == interest
    assert (principal, interest) == schedule_totals(data.schedule)
    text = all_text(pdf)
    assert f"应还利息合计{format_yuan(interest)}" in text
    assert f"应还本金合计{format_yuan(data.amount)}" in text


def test_key_clauses_are_bold(pdf):
    """Civil Code art. 496: key clauses visibly emphasised (bold face, or fill+stroke text)."""
    from pypdf import PdfReader

    page = PdfReader(io.BytesIO(pdf)).pages[0]
    content = page.get_contents().get_data()
    fonts = get_fonts()
    if fonts.fake_bold:
        assert b"2 Tr" in content
    else:
        names = {f["name"].split("+")[-1] for f in pdffonts_names(pdf)}
        assert len(names) >= 2


def pdffonts_names(pdf: bytes) -> list[dict[str, str]]:
    from pypdf import PdfReader

    out = []
    for page in PdfReader(io.BytesIO(pdf)).pages:
        for font in page["/Resources"]["/Font"].values():
            out.append({"name": str(font.get_object()["/BaseFont"])})
    return out


def test_all_fonts_embedded(pdf, long_pdf, tmp_path):
    for doc in (pdf, long_pdf, render_contract(sample_contract_data(), copy=True)):
        fonts = pdffonts(doc, tmp_path)
        assert fonts, "no fonts reported"
        assert [f["name"] for f in fonts if f["emb"] != "yes"] == []
        assert all(f["uni"] == "yes" for f in fonts)  # text stays extractable (ToUnicode)


def test_every_page_numbered_with_total_and_headed_with_contract_no(data, pdf, long_pdf):
    for doc in (pdf, long_pdf):
        texts = page_texts(doc)
        total = len(texts)
        for number, text in enumerate(texts, start=1):
            assert f"第 {number} 页 共 {total} 页" in text
            assert f"合同编号：{data.contract_no}" in text
        assert re.findall(r"共 (\d+) 页", "".join(texts)) == [str(total)] * total


def test_360_month_schedule_paginates_without_losing_rows(long_data, long_pdf):
    texts = page_texts(long_pdf)
    assert len(texts) >= 10
    rows, totals = schedule_rows(long_pdf)
    assert [r[0] for r in rows] == list(range(1, 361))
    assert sum(r[2] for r in rows) == long_data.amount == totals[0]
    assert sum(r[3] for r in rows) == totals[1] == schedule_totals(long_data.schedule)[1]
    assert rows[-1][5] == Decimal("0.00")
    table_pages = [t for t in texts if re.search(r"^\d{1,3} \d{4}-\d{2}-\d{2} ", t, re.M)]
    assert len(table_pages) >= 8
    assert all(HEADER_LINE in " ".join(t.split()) for t in table_pages)  # header repeated


def test_render_is_reproducible(data, pdf):
    assert render_contract(data) == pdf


def test_verification_code_and_qr_bind_pdf_to_stored_contract(data, pdf, tmp_path):
    fingerprint = contract_fingerprint(data)
    code = code_from_fingerprint(fingerprint)
    assert re.fullmatch(r"[0-9A-F]{4}(-[0-9A-F]{4}){3}", code)
    assert code == contract_verification_code(data)
    texts = page_texts(pdf)
    assert all(f"验证码：{code}" in t for t in texts)
    assert f"合同验证码：{code}" in texts[-1]
    assert decode_qr_codes(pdf, tmp_path, len(texts)) == [qr_payload(data.contract_no, code)]
    result = verify_pdf(pdf, fingerprint, pdf_sha256(pdf))
    assert result.ok and result.code_ok and result.hash_ok
    assert result.contract_no == data.contract_no


def test_flipped_bytes_fail_verification(data, pdf):
    fingerprint, stored_hash = contract_fingerprint(data), pdf_sha256(pdf)
    damaged = bytearray(pdf)
    damaged[len(damaged) // 2] ^= 0xFF
    result = verify_pdf(bytes(damaged), fingerprint, stored_hash)
    assert not result.ok and not result.hash_ok
    assert any("哈希" in m for m in result.messages)


def test_edited_amount_fails_verification_even_with_the_code_intact(data, pdf):
    from pypdf import PdfReader, PdfWriter
    from pypdf.generic import NameObject, StreamObject

    fingerprint, stored_hash = contract_fingerprint(data), pdf_sha256(pdf)
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(pdf)))
    edited = False
    for page in writer.pages:
        raw = page.get_contents().get_data()
        if b"(8,162.85)" in raw:
            stream = StreamObject()
            stream.set_data(raw.replace(b"(8,162.85)", b"(9,162.85)"))
            page[NameObject("/Contents")] = writer._add_object(stream)
            edited = True
    assert edited, "schedule amount not found in any content stream"
    out = io.BytesIO()
    writer.write(out)
    forged = out.getvalue()
    assert "9,162.85" in "".join(page_texts(forged))
    result = verify_pdf(forged, fingerprint, stored_hash)
    assert result.code_ok  # the printed code alone cannot detect this ...
    assert not result.hash_ok and not result.ok  # ... the stored PDF hash does


def test_pdf_of_another_contract_fails_code_check(data, pdf):
    other = dataclasses.replace(data, purpose="购买农机")
    other_pdf = render_contract(other)
    result = verify_pdf(other_pdf, contract_fingerprint(data), pdf_sha256(other_pdf))
    assert result.hash_ok and not result.code_ok and not result.ok
    assert any("验证码" in m for m in result.messages)


def test_fingerprint_is_canonical_and_content_sensitive(data):
    same = dataclasses.replace(data, amount=Decimal("100000"))
    assert contract_fingerprint(same) == contract_fingerprint(data)
    assert contract_fingerprint(
        dataclasses.replace(data, annual_rate=Decimal("0.0450"))
    ) == contract_fingerprint(data)
    changed = dataclasses.replace(data, borrower=dataclasses.replace(data.borrower, phone="13800000001"))
    assert contract_fingerprint(changed) != contract_fingerprint(data)


def test_stale_verification_code_refuses_to_print(data):
    stale = dataclasses.replace(data, verification_code="0000-0000-0000-0000")
    with pytest.raises(ValueError, match="验证码与合同内容不一致"):
        render_contract(stale)
    good = dataclasses.replace(data, verification_code=contract_verification_code(data))
    assert render_contract(good) == render_contract(data)


def test_copy_is_marked_on_every_page(data, pdf):
    copy_pdf = render_contract(data, copy=True)
    review_png(copy_pdf, "contract-12-copy")
    texts = page_texts(copy_pdf)
    assert len(texts) == len(page_texts(pdf))
    assert all("副本" in t for t in texts)
    assert not any("副本" in t for t in page_texts(pdf))
    assert verify_pdf(copy_pdf, contract_fingerprint(data), pdf_sha256(copy_pdf)).ok


@pytest.mark.parametrize(
    ("guarantee", "expected", "absent"),
    [
        (
            GuaranteeType.GROUP,
            ["农户联保贷款", "连带责任保证", "《农户联保协议》", "联保小组成员赵四海（签字/捺印）"],
            [],
        ),
        (GuaranteeType.CREDIT, ["信用借款，不设担保"], ["连带责任保证", "保证人（1）"]),
        (GuaranteeType.MORTGAGE, ["抵押担保", "抵押登记", "不动产权证号"], ["连带责任保证"]),
        (GuaranteeType.PLEDGE, ["质押担保", "定期存单"], ["连带责任保证"]),
    ],
)
def test_guarantee_clause_follows_guarantee_type(guarantee, expected, absent):
    doc = render_contract(sample_contract_data(guarantee=guarantee, spouse=False))
    review_png(doc, f"contract-{guarantee.value}")
    text = all_text(doc)
    assert [e for e in expected if flat(e) not in text] == []
    assert [a for a in absent if flat(a) in text] == []
    assert "共同借款人" not in text


def test_article_numbers_are_consecutive_after_conditional_articles():
    for kwargs in ({}, {"spouse": False}, {"extra_clauses": ("借款人同意短信提示还款。",)}):
        text = all_text(render_contract(sample_contract_data(**kwargs)))
        numbers = re.findall(r"第([一二三四五六七八九十]+)条", text)
        expected = "一 二 三 四 五 六 七 八 九 十 十一 十二 十三 十四 十五 十六 十七 十八 十九 二十".split()
        assert numbers == expected[: len(numbers)] and len(numbers) >= 15


def test_extra_clauses_and_markup_characters_are_printed_verbatim():
    odd = Party(name="欧阳<娜>&", id_number="411526198503120018", phone="13800000000", address="A&B村")
    data = dataclasses.replace(
        sample_contract_data(extra_clauses=("借款人同意<短信>提示还款 & 对账。",)), borrower=odd
    )
    text = all_text(render_contract(data))
    assert "欧阳<娜>&" in text and "A&B村" in text
    assert "其他约定" in text and "借款人同意<短信>提示还款&对账。" in text


def test_inconsistent_contract_data_is_rejected(data):
    with pytest.raises(ValueError, match="还款计划本金合计"):
        dataclasses.replace(data, amount=Decimal("99999.00"))
    with pytest.raises(ValueError, match="保证借款须列明保证人"):
        dataclasses.replace(data, guarantors=())
    with pytest.raises(ValueError, match="担保财产"):
        dataclasses.replace(data, guarantee_type=GuaranteeType.MORTGAGE)


def test_concurrent_renders_match_sequential_ones():
    """PDFs are rendered on a worker pool; shared font state must not mix documents."""
    from concurrent.futures import ThreadPoolExecutor

    datas = [sample_contract_data(contract_no=f"411526001-JK-2025-{n:06d}") for n in range(1, 5)]
    expected = [render_contract(d) for d in datas]
    with ThreadPoolExecutor(max_workers=4) as pool:
        got = list(pool.map(render_contract, datas * 2))
    assert got == expected * 2


@pytest.mark.parametrize("method", ["equal_installment", "equal_principal", "interest_only", "bullet"])
def test_every_repayment_method_renders_with_its_label(method):
    from loandesk.domain.schedule import METHOD_LABELS

    data = sample_contract_data(method=method, months=12, spouse=False)
    doc = render_contract(data)
    text = all_text(doc)
    assert f"还款方式：{flat(METHOD_LABELS[method])}" in text
    rows, totals = schedule_rows(doc)
    assert [r[0] for r in rows] == [i.period for i in data.schedule]
    assert sum(r[2] for r in rows) == data.amount == totals[0]


def test_fingerprint_covers_the_template_version(data, tmp_path, monkeypatch):
    import json

    from loandesk.documents.templates import (
        CONTRACT_TEMPLATE,
        ENV_TEMPLATES,
        clear_template_cache,
        find_template,
    )

    original = json.loads(find_template(CONTRACT_TEMPLATE).read_text(encoding="utf-8"))
    before = contract_fingerprint(data)
    revised = {**original, "template_version": original["template_version"] + "-rev"}
    (tmp_path / CONTRACT_TEMPLATE).write_text(json.dumps(revised, ensure_ascii=False), encoding="utf-8")
    monkeypatch.setenv(ENV_TEMPLATES, str(tmp_path))
    clear_template_cache()
    try:
        assert contract_fingerprint(data) != before
    finally:
        monkeypatch.delenv(ENV_TEMPLATES)
        clear_template_cache()
    assert contract_fingerprint(data) == before


@pytest.mark.parametrize(
    ("mutate", "message"),
    [
        (lambda t: t.update(schema="other"), "版本不受支持"),
        (lambda t: t["articles"][0]["items"].append({"text": "{no_such_value}"}), "未知占位符"),
        (lambda t: t["articles"][0]["items"].append({"block": "nonsense"}), "未知的块"),
        (lambda t: t["articles"].append({"title": "空"}), "格式错误"),
    ],
)
def test_broken_template_gives_a_clear_error(data, tmp_path, monkeypatch, mutate, message):
    import json

    from loandesk.documents.templates import (
        CONTRACT_TEMPLATE,
        ENV_TEMPLATES,
        TemplateError,
        clear_template_cache,
        find_template,
    )

    template = json.loads(find_template(CONTRACT_TEMPLATE).read_text(encoding="utf-8"))
    mutate(template)
    (tmp_path / CONTRACT_TEMPLATE).write_text(json.dumps(template, ensure_ascii=False), encoding="utf-8")
    monkeypatch.setenv(ENV_TEMPLATES, str(tmp_path))
    clear_template_cache()
    try:
        with pytest.raises(TemplateError, match=message):
            render_contract(data)
    finally:
        monkeypatch.delenv(ENV_TEMPLATES)
        clear_template_cache()
