"""放款通知书: the approved instruction from the credit side to the counter to credit the loan.

Why a separate document: the counter books the disbursement from this paper (segregation of
duties), so it repeats the amount in figures and capitals and names the approver.
"""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer, Table

from loandesk.documents.figures import amount_capitals, money_figure
from loandesk.documents.layout import (
    CONTENT_WIDTH,
    DATE_BLANK,
    PageDecor,
    PdfMeta,
    build_pdf,
    esc,
    fmt_date,
    fmt_percent,
    get_styles,
    key_para,
    para,
    table_style,
)
from loandesk.documents.model import NoticeData
from loandesk.documents.schedule_sheet import info_table

__all__ = ["render_disbursement_notice"]


def render_disbursement_notice(data: NoticeData) -> bytes:
    """One-page 放款通知书; amount printed as 人民币 capitals and ¥ figures."""
    if data.amount <= 0:
        raise ValueError("放款金额必须大于零")
    styles = get_styles()
    pairs: list[tuple[str, str]] = [
        ("合同编号", esc(data.contract_no)),
        ("借款借据/凭证号", esc(data.voucher_no)),
        ("借款人", esc(data.borrower_name)),
        ("身份证号码", esc(data.borrower_id_number)),
    ]
    if data.product_name:
        pairs.append(("贷款产品", esc(data.product_name)))
    pairs += [
        ("放款金额（大写）", esc(amount_capitals(data.amount))),
        ("放款金额（小写）", esc(money_figure(data.amount))),
        ("入账账户", esc(data.account)),
        ("放款日期", fmt_date(data.disbursement_date)),
    ]
    if data.maturity_date is not None:
        pairs.append(("到期日期", fmt_date(data.maturity_date)))
    if data.annual_rate is not None:
        pairs.append(("年利率", fmt_percent(data.annual_rate)))
    pairs.append(("审批人", esc(data.approver)))
    if data.loan_officer:
        pairs.append(("客户经理", esc(data.loan_officer)))
    if data.remarks:
        pairs.append(("备注", esc(data.remarks)))

    sign_rows = [
        ["审批人（签字）：", "", "会计主管（签字）：", ""],
        ["经办柜员（签字）：", "", "日期：", DATE_BLANK],
    ]
    sign = Table(
        [[para(c, styles.body) for c in row] for row in sign_rows],
        colWidths=[34 * mm, 46 * mm, 34 * mm, CONTENT_WIDTH - 114 * mm],
        hAlign="LEFT",
    )
    sign.setStyle(
        table_style(
            ("TOPPADDING", (0, 0), (-1, -1), 12),
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ("LINEBELOW", (1, 0), (1, -1), 0.5, "#555555"),
            ("LINEBELOW", (3, 0), (3, 0), 0.5, "#555555"),
        )
    )
    story: list[Flowable] = [
        para("放款通知书", styles.title),
        para(f"合同编号：{esc(data.contract_no)}", styles.subtitle),
        para(f"{esc(data.branch.name)}营业部（会计/柜面）：", styles.body),
        para(
            f"借款人{esc(data.borrower_name)}的借款申请已经审批同意，借款合同（编号：{esc(data.contract_no)}）"
            "已签订且放款条件已落实。请按下列信息办理放款入账：",
            styles.body_indent,
        ),
        Spacer(1, 3 * mm),
        info_table(pairs, styles, label_width=36 * mm),
        Spacer(1, 4 * mm),
        key_para(
            "请核对借款人身份、账户名与借款人一致后入账；放款金额不得扣除任何利息或费用（《民法典》第六百七十条）。",
            styles,
        ),
        Spacer(1, 6 * mm),
        sign,
        Spacer(1, 10 * mm),
        para(f"{esc(data.branch.name)}（业务专用章）", styles.body),
    ]
    decor = PageDecor(
        header_left=f"{data.branch.name}　放款通知书",
        header_right=f"合同编号：{data.contract_no}",
    )
    meta = PdfMeta(
        title=f"放款通知书 {data.contract_no}",
        subject="放款通知书",
        author=data.branch.name,
        created=data.disbursement_date,
    )
    return build_pdf(story, decor, meta)
