"""补件通知书: tells a customer exactly which documents are missing or unusable, and by when.

Why itemised reasons: a farmer travelling to the branch should bring the right paper the first
time; "材料不全" alone costs a second trip.
"""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Spacer, Table

from loandesk.documents.layout import (
    CONTENT_WIDTH,
    DATE_BLANK,
    GAP,
    GRID_COLOR,
    HEADER_FILL,
    PageDecor,
    PdfMeta,
    build_pdf,
    esc,
    fmt_date,
    get_styles,
    key_para,
    para,
    table_style,
)
from loandesk.documents.model import SupplementNoticeData

__all__ = ["render_supplement_notice"]


def render_supplement_notice(data: SupplementNoticeData) -> bytes:
    """A customer-facing notice listing each missing/invalid item with its reason."""
    styles = get_styles()
    cell, bold = styles.cell, styles.cell_bold
    rows: list[list[Flowable]] = [
        [para(h, bold) for h in ("序号", "材料名称", "问题", "补充要求")],
    ]
    for i, item in enumerate(data.items, start=1):
        rows.append(
            [
                para(str(i), cell),
                para(esc(item.name), cell),
                para(esc(item.reason), cell),
                para(esc(item.note) or "提供原件及复印件", cell),
            ]
        )
    widths = [12 * mm, 52 * mm, 46 * mm]
    widths.append(CONTENT_WIDTH - sum(widths))
    table = Table(rows, colWidths=widths, repeatRows=1, hAlign="LEFT")
    table.setStyle(
        table_style(
            ("GRID", (0, 0), (-1, -1), 0.4, GRID_COLOR),
            ("BACKGROUND", (0, 0), (-1, 0), HEADER_FILL),
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ("TOPPADDING", (0, 0), (-1, -1), 3),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
        )
    )
    b = data.branch
    head = f"申请编号：{esc(data.application_no)}"
    if data.notice_no:
        head += f"{GAP}通知书编号：{esc(data.notice_no)}"
    story: list[Flowable] = [
        para("补件通知书", styles.title),
        para(head, styles.subtitle),
        para(f"尊敬的{esc(data.customer_name)}：", styles.body),
        para(
            f"您在我行（社）办理的贷款申请（申请编号：{esc(data.application_no)}）经审核，尚需补充或更正以下"
            f"{len(data.items)}项材料：",
            styles.body_indent,
        ),
    ]
    for label, value in data.extra:
        story.append(para(f"{esc(label)}：{esc(value)}", styles.body_indent))
    story += [
        Spacer(1, 2 * mm),
        table,
        Spacer(1, 4 * mm),
        key_para(
            f"请于{fmt_date(data.deadline)}前携带上述材料到{esc(b.name)}（地址：{esc(b.address)}）办理补件。"
            "逾期未补充的，您的申请将无法继续办理，需要时可重新申请。",
            styles,
            styles.key_indent,
        ),
        para(
            f"如有疑问，请联系：{esc(data.contact_name)}，电话：{esc(data.contact_phone)}。",
            styles.body_indent,
        ),
    ]
    if data.remarks:
        story.append(para(f"备注：{esc(data.remarks)}", styles.body_indent))
    story.append(Spacer(1, 10 * mm))
    story.append(
        KeepTogether(
            [
                para(f"{esc(b.name)}（盖章）", styles.body),
                para(fmt_date(data.issued), styles.body),
                Spacer(1, 10 * mm),
                para(f"客户签收：＿＿＿＿＿＿＿＿{GAP}签收日期：{DATE_BLANK}", styles.body),
            ]
        )
    )
    decor = PageDecor(
        header_left=f"{b.name}　补件通知书",
        header_right=f"申请编号：{data.application_no}",
    )
    meta = PdfMeta(
        title=f"补件通知书 {data.application_no}", subject="补件通知书", author=b.name, created=data.issued
    )
    return build_pdf(story, decor, meta)
