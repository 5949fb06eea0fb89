"""借款合同 PDF.

The clause wording lives in ``resources/contract/loan_contract.json``; this module fills in the
figures (amount in capitals, annualised rate from the cash flows, penalty rates, schedule),
decides which conditional clauses apply (guarantee type, spouse, fees) and lays out the parties,
the signature blocks and the verification code/QR that binds the paper to the stored record.
"""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Spacer, Table

from loandesk.documents.figures import amount_capitals, annualised_rate, method_label, money_figure
from loandesk.documents.layout import (
    CONTENT_WIDTH,
    DATE_BLANK,
    GAP,
    GRID_COLOR,
    HEADER_FILL,
    SEP,
    PageDecor,
    PdfMeta,
    Styles,
    build_pdf,
    cn_ordinal,
    esc,
    fmt_date,
    fmt_percent,
    get_styles,
    key_para,
    para,
    qr_drawing,
    table_style,
)
from loandesk.documents.model import GUARANTEE_LABELS, ContractData, GuaranteeType, Guarantor
from loandesk.documents.schedule_sheet import build_schedule_table, schedule_totals
from loandesk.documents.templates import CONTRACT_TEMPLATE, TemplateError, load_template
from loandesk.documents.verification import (
    CODE_LABEL,
    VerificationResult,
    contract_fingerprint,
    contract_verification_code,
    pdf_sha256,
    qr_payload,
    verify_pdf,
)

__all__ = [
    "VerificationResult",
    "contract_fingerprint",
    "contract_values",
    "contract_verification_code",
    "pdf_sha256",
    "render_contract",
    "verify_pdf",
]

_GUARANTOR_MODE = {
    GuaranteeType.GUARANTOR: "连带责任保证",
    GuaranteeType.GROUP: "联保（连带责任保证）",
    GuaranteeType.MORTGAGE: "抵押",
    GuaranteeType.PLEDGE: "质押",
    GuaranteeType.CREDIT: "—",
}
_BLANK = "＿＿＿＿＿＿＿＿＿＿＿"


def _signers(data: ContractData) -> str:
    who = ["借款人"]
    if data.spouse is not None:
        who.append("共同借款人")
    if data.guarantors:
        who.append("联保小组成员" if data.guarantee_type is GuaranteeType.GROUP else "保证人")
    return "、".join(who)


def contract_values(data: ContractData) -> dict[str, str]:
    """Placeholder values for the clause template, already escaped for Paragraph markup.

    Public so tests (and a preview) can see exactly which figures the contract states.
    """
    apr = annualised_rate(data)
    principal, interest, payment = schedule_totals(data.schedule)
    rate = Decimal(data.annual_rate)
    penalty_rate = rate * (1 + Decimal(data.penalty_uplift))
    misuse_rate = rate * (1 + Decimal(data.misuse_uplift))
    if data.fees > 0:
        what = f"{data.fee_description}" if data.fee_description else "与借款直接相关的费用"
        fees_text = f"及借款人需承担的{what}（合计{money_figure(data.fees)}）"
    else:
        fees_text = "（借款人无需承担其他费用）"
    if data.rate_adjustment.strip():
        adjust = f"本合同为浮动利率借款，利率调整方式：{data.rate_adjustment.strip()}。"
    else:
        adjust = "借款期限内利率固定不变。"
    if data.guarantors:
        names = "、".join(g.name for g in data.guarantors)
    elif data.guarantee_type is GuaranteeType.GROUP:
        names = "全体成员（名单见《农户联保协议》）"
    else:
        names = ""
    raw: dict[str, Any] = {
        "lender": data.lender_name,
        "branch_name": data.branch.name,
        "borrower_name": data.borrower.name,
        "loan_kind": data.loan_kind,
        "product_name": data.product_name,
        "currency": data.currency,
        "purpose": data.purpose,
        "amount_upper": amount_capitals(data.amount),
        "amount_figure": money_figure(data.amount),
        "term_months": data.term_months,
        "start_date": fmt_date(data.start_date),
        "maturity_date": fmt_date(data.maturity_date),
        "annual_rate": fmt_percent(rate),
        "monthly_rate": fmt_percent(rate / 12, 2, 4),
        "rate_basis": data.rate_basis,
        "rate_adjustment_text": adjust,
        "apr": fmt_percent(apr, 2, 2),
        "fees_text": fees_text,
        "method_label": method_label(data.repayment_method),
        "repayment_account": data.repayment_account or data.disbursement_account,
        "disbursement_account": data.disbursement_account,
        "periods": len(data.schedule),
        "principal_total": money_figure(principal),
        "interest_total": money_figure(interest),
        "payment_total": money_figure(payment),
        "penalty_uplift": fmt_percent(data.penalty_uplift, 0, 2),
        "penalty_rate": fmt_percent(penalty_rate, 2, 4),
        "misuse_uplift": fmt_percent(data.misuse_uplift, 0, 2),
        "misuse_rate": fmt_percent(misuse_rate, 2, 4),
        "allocation_order": "→".join(data.allocation_order),
        "guarantor_names": names,
        "guarantee_period": data.guarantee_period,
        "guarantee_label": GUARANTEE_LABELS[data.guarantee_type],
        "collateral": data.collateral,
        "spouse_name": data.spouse.name if data.spouse else "",
        "dispute_court": data.dispute_court,
        "copies": data.copies,
        "signers": _signers(data),
    }
    # fees_text / rate_adjustment_text are built here from escaped-safe pieces; escape all
    # caller-supplied text uniformly (names or purposes may contain '&' or '<').
    return {k: esc(v) for k, v in raw.items()}


def _applies(when: Mapping[str, Any] | None, data: ContractData) -> bool:
    if not when:
        return True
    types = when.get("guarantee")
    if types is not None and data.guarantee_type.value not in types:
        return False
    has = when.get("has")
    if has is not None:
        if has == "fees":
            return data.fees > 0
        if not hasattr(data, has):
            raise TemplateError(f"合同模板条件引用了未知字段：{has}")
        if not getattr(data, has):
            return False
    return True


def _fill(text: str, values: Mapping[str, str]) -> str:
    try:
        return text.format_map(values)
    except KeyError as exc:
        raise TemplateError(f"合同模板引用了未知占位符：{exc.args[0]}") from None


def _parties_table(data: ContractData, styles: Styles) -> Table:
    """贷款人 / 借款人 / 共同借款人 / 保证人 with identity details, one row per party."""
    cell, bold = styles.cell, styles.cell_bold
    b = data.borrower
    rows: list[list[Any]] = [
        [
            para("贷款人", bold),
            para(
                f"{esc(data.lender_name)}（{esc(data.branch.name)}，机构代码 {esc(data.branch.code)}）<br/>"
                f"住所：{esc(data.branch.address)}{SEP}负责人：{esc(data.branch.legal_representative)}"
                + (f"{SEP}电话：{esc(data.branch.phone)}" if data.branch.phone else ""),
                cell,
            ),
        ],
        [
            para("借款人", bold),
            para(
                f"{esc(b.name)}{SEP}身份证号码：{esc(b.id_number)}{SEP}联系电话：{esc(b.phone)}<br/>住址：{esc(b.address)}",
                cell,
            ),
        ],
    ]
    if data.spouse is not None:
        s = data.spouse
        rows.append(
            [
                para("共同借款人<br/>（共同还款人）", bold),
                para(
                    f"{esc(s.name)}（借款人配偶）{SEP}身份证号码：{esc(s.id_number)}{SEP}联系电话：{esc(s.phone)}"
                    f"<br/>住址：{esc(s.address)}",
                    cell,
                ),
            ]
        )
    label = "联保小组成员" if data.guarantee_type is GuaranteeType.GROUP else "保证人"
    for i, g in enumerate(data.guarantors, start=1):
        rows.append([para(f"{label}（{i}）", bold), para(_guarantor_text(g), cell)])
    table = Table(rows, colWidths=[28 * mm, CONTENT_WIDTH - 28 * mm], hAlign="LEFT")
    table.setStyle(
        table_style(
            ("GRID", (0, 0), (-1, -1), 0.4, GRID_COLOR),
            ("BACKGROUND", (0, 0), (0, -1), HEADER_FILL),
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ("TOPPADDING", (0, 0), (-1, -1), 3),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
        )
    )
    return table


def _guarantor_text(g: Guarantor) -> str:
    mode = _GUARANTOR_MODE.get(g.guarantee_type, GUARANTEE_LABELS[g.guarantee_type])
    text = f"{esc(g.name)}{SEP}身份证号码：{esc(g.id_number)}{SEP}与借款人关系：{esc(g.relation)}{SEP}担保方式：{mode}"
    extra = SEP.join(
        x
        for x in (
            f"联系电话：{esc(g.phone)}" if g.phone else "",
            f"住址：{esc(g.address)}" if g.address else "",
        )
        if x
    )
    return text + (f"<br/>{extra}" if extra else "")


def _summary_table(data: ContractData, values: Mapping[str, str], styles: Styles) -> Table:
    """Key terms up front; the 年化利率 is at least as prominent as the nominal rate (PBOC 2021 No.3)."""
    cell, bold = styles.cell, styles.cell_bold
    rows = [
        ("借款金额", f"{values['amount_upper']}（{values['amount_figure']}）"),
        ("借款期限", f"{values['term_months']}个月（{values['start_date']}至{values['maturity_date']}）"),
        ("年化利率（单利）", f"{values['apr']}"),
        ("年利率", f"{values['annual_rate']}（{values['rate_basis']}）"),
        ("还款方式", values["method_label"]),
        ("担保方式", values["guarantee_label"]),
    ]
    data_rows = [[para(k, bold), para(v, bold if k.startswith("年化") else cell)] for k, v in rows]
    table = Table(data_rows, colWidths=[32 * mm, CONTENT_WIDTH - 32 * mm], hAlign="LEFT")
    table.setStyle(
        table_style(
            ("BOX", (0, 0), (-1, -1), 1.2, GRID_COLOR),
            ("INNERGRID", (0, 0), (-1, -1), 0.4, GRID_COLOR),
            ("BACKGROUND", (0, 0), (0, -1), HEADER_FILL),
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ("TOPPADDING", (0, 0), (-1, -1), 3),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
        )
    )
    return table


def _articles(
    data: ContractData, template: Mapping[str, Any], values: Mapping[str, str], styles: Styles
) -> list[list[Flowable]]:
    """One list of flowables per printed article (numbered after conditions are applied)."""
    out: list[list[Flowable]] = []
    number = 0
    for art in template["articles"]:
        if not _applies(art.get("when"), data):
            continue
        items: list[Mapping[str, Any]] = [it for it in art["items"] if _applies(it.get("when"), data)]
        numbered = sum(1 for it in items if "text" in it) > 1
        heading = para(f"第{cn_ordinal(number + 1)}条{SEP}{esc(art['title'])}", styles.heading)
        body: list[Flowable] = []
        n = 0
        for it in items:
            block = it.get("block")
            if block == "schedule_table":
                body.append(Spacer(1, 1.5 * mm))
                body.append(build_schedule_table(data.schedule, styles))
                body.append(Spacer(1, 1.5 * mm))
                continue
            if block == "extra_clauses":
                for clause in data.extra_clauses:
                    n += 1
                    body.append(para(f"{n}. {esc(clause)}", styles.body_indent))
                continue
            if block is not None:
                raise TemplateError(f"合同模板含未知的块：{block}")
            n += 1
            text = _fill(it["text"], values)
            if numbered:
                text = f"{n}. {text}"
            body.append(
                key_para(text, styles, styles.key_indent) if it.get("key") else para(text, styles.body_indent)
            )
        if body:
            number += 1
            # Keep the heading with its first paragraph so no article title ends a page.
            out.append([KeepTogether([heading, body[0]]), *body[1:]])
    return out


def _signature_block(data: ContractData, styles: Styles) -> Table:
    """Signature and seal lines; every signer has a blank line and a hand-written date."""
    body = styles.body
    date_text = f"日期：{DATE_BLANK}"
    rows: list[list[Any]] = []

    def signer(label: str) -> None:
        rows.append([para(label, body), para(_BLANK, body), para(date_text, body)])

    signer("借款人（签字/捺印）：")
    if data.spouse is not None:
        signer("共同借款人（签字/捺印）：")
    label = "联保小组成员" if data.guarantee_type is GuaranteeType.GROUP else "保证人"
    for g in data.guarantors:
        signer(f"{label} {esc(g.name)}（签字/捺印）：")
    lender_row = len(rows)
    rows.append([para(f"贷款人（盖章）：{esc(data.lender_name)}", body), "", ""])
    signer("负责人或授权代理人（签字）：")
    place_row = len(rows)
    rows.append(
        [
            para(
                f"签订地点：{esc(data.signing_place)}{GAP}签订日期：{fmt_date(data.created)}",
                body,
            ),
            "",
            "",
        ]
    )
    widths = [60 * mm, 48 * mm, CONTENT_WIDTH - 108 * mm]
    table = Table(rows, colWidths=widths, hAlign="LEFT")
    table.setStyle(
        table_style(
            ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
            ("TOPPADDING", (0, 0), (-1, -1), 10),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ("SPAN", (0, lender_row), (-1, lender_row)),
            ("SPAN", (0, place_row), (-1, place_row)),
            ("TOPPADDING", (0, lender_row), (-1, lender_row), 18),
        )
    )
    return table


def _verification_block(data: ContractData, code: str, note: str, styles: Styles) -> Table:
    qr = qr_drawing(qr_payload(data.contract_no, code), 26 * mm)
    text = [
        para(f"{CODE_LABEL}：{code}", styles.heading),
        para(esc(note), styles.small),
        para(f"合同编号：{esc(data.contract_no)}{SEP}生成日期：{fmt_date(data.created)}", styles.small),
    ]
    table = Table([[qr, text]], colWidths=[30 * mm, CONTENT_WIDTH - 30 * mm], hAlign="LEFT")
    table.setStyle(
        table_style(
            ("BOX", (0, 0), (-1, -1), 0.6, GRID_COLOR),
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ("LEFTPADDING", (0, 0), (0, 0), 2),
        )
    )
    return table


def render_contract(data: ContractData, *, copy: bool = False) -> bytes:
    """Render the 借款合同 and return the PDF bytes.

    The output is reproducible (same data → same bytes), so the caller stores
    ``contract_fingerprint(data)`` and ``pdf_sha256(pdf)`` once and can verify later.
    ``copy=True`` marks every page 副本 (its bytes differ, so store its hash separately if
    copies need verifying by hash).
    """
    template = load_template(CONTRACT_TEMPLATE)
    styles = get_styles()
    code = contract_verification_code(data)
    values = contract_values(data)
    story: list[Flowable] = [
        para(esc(template.get("title", "借款合同")), styles.title),
        para(f"合同编号：{esc(data.contract_no)}", styles.subtitle),
        _parties_table(data, styles),
        Spacer(1, 3 * mm),
        para(_fill(template.get("preamble", ""), values), styles.body_indent),
        Spacer(1, 2 * mm),
        para(esc(template.get("summary_title", "主要借款要素")), styles.heading),
        _summary_table(data, values, styles),
    ]
    articles = _articles(data, template, values, styles)
    for group in articles[:-1]:
        story.extend(group)
    # The last article travels with the signatures: a signature page that carries no clause
    # text could be stapled to another contract.
    last = articles[-1] if articles else []
    story.append(
        KeepTogether(
            [
                *last,
                Spacer(1, 3 * mm),
                para(esc(template.get("closing", "（以下无正文）")), styles.centered),
                _signature_block(data, styles),
                Spacer(1, 5 * mm),
                _verification_block(data, code, template.get("verification_note", ""), styles),
            ]
        )
    )
    decor = PageDecor(
        header_left=f"{data.branch.name}　借款合同",
        header_right=f"合同编号：{data.contract_no}",
        footer_left=f"验证码：{code}",
        copy=copy,
    )
    meta = PdfMeta(
        title=f"借款合同 {data.contract_no}" + ("（副本）" if copy else ""),
        subject="借款合同",
        author=data.branch.name,
        created=data.created,
    )
    return build_pdf(story, decor, meta)
