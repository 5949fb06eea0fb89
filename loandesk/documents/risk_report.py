"""One-page risk report (贷款风险评估报告): score, grade, PD, per-feature points, reasons, hard rules.

Why one page: the approver reads it next to the application and files it with the loan; a
report that spills onto a second page loses its hard-rule block at the bottom. Tables shrink to
fit; long hard-rule messages are clipped to the rule title when space runs out.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepInFrame, Paragraph, Spacer, Table, TableStyle

from loandesk.documents.layout import (
    CONTENT_WIDTH,
    GRID_COLOR,
    HEADER_FILL,
    MARGIN_BOTTOM,
    MARGIN_TOP,
    PAGE_SIZE,
    PageDecor,
    PdfMeta,
    build_pdf,
    esc,
    fmt_datetime,
    get_styles,
)

__all__ = ["RiskReportData", "render_risk_report_pdf"]

GRADE_COLORS = {"A": "#2E7D32", "B": "#7CB342", "C": "#F9A825", "D": "#EF6C00", "E": "#C62828"}
_CHINA = timezone(timedelta(hours=8))


@dataclass(frozen=True)
class RiskReportData:
    """Everything the report prints, as plain values (built by services.risk_assessment)."""

    branch_name: str
    application_no: str
    application_lines: tuple[tuple[str, str], ...]
    score: int
    pd: float
    grade: str
    grade_label: str
    score_min: int
    score_max: int
    grade_bounds: tuple[tuple[str, int], ...]  # (grade, min score) for A..D
    contributions: tuple[tuple[str, str, int, int], ...]  # (feature label, bin label, points, max points)
    reasons: tuple[str, ...]
    hard_rules: tuple[tuple[str, str, str, str, str], ...]  # (code, title, outcome, severity, message)
    credit_lines: tuple[tuple[str, str], ...]
    debt_lines: tuple[tuple[str, str], ...]
    dti_text: str
    suggestion_label: str
    suggestion_text: str
    pack_label: str
    rule_set_label: str
    assessed_by: str
    assessed_at: datetime
    warnings: tuple[str, ...] = field(default=())


class ScoreBar(Flowable):
    """Horizontal score scale coloured by grade band, with a marker at the applicant's score."""

    def __init__(self, data: RiskReportData, width: float, height: float = 15 * mm) -> None:
        super().__init__()
        self.d = data
        self.width = width
        self.height = height

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        d, c = self.d, self.canv
        fonts = get_styles().fonts
        lo, hi = d.score_min, max(d.score_max, d.score_min + 1)
        bar_y, bar_h = 5 * mm, 4 * mm

        def x(score: float) -> float:
            return (min(max(score, lo), hi) - lo) / (hi - lo) * self.width

        # Bands from E (low) to A (high).
        edges = sorted(((m, g) for g, m in d.grade_bounds), key=lambda t: t[0])
        start, grade_below = lo, "E"
        for m, g in edges:
            c.setFillColor(colors.HexColor(GRADE_COLORS.get(grade_below, "#999999")))
            c.rect(x(start), bar_y, x(m) - x(start), bar_h, stroke=0, fill=1)
            start, grade_below = m, g
        c.setFillColor(colors.HexColor(GRADE_COLORS.get(grade_below, "#999999")))
        c.rect(x(start), bar_y, x(hi) - x(start), bar_h, stroke=0, fill=1)
        c.setFont(fonts.regular, 7)
        c.setFillColor(colors.black)
        c.drawString(0, 1.2 * mm, str(lo))
        c.drawRightString(self.width, 1.2 * mm, str(hi))
        for m, _g in edges:
            c.drawCentredString(x(m), 1.2 * mm, str(m))
        # Marker.
        mx = x(d.score)
        c.setStrokeColor(colors.black)
        c.setLineWidth(1.2)
        c.line(mx, bar_y - 1 * mm, mx, bar_y + bar_h + 1.5 * mm)
        c.setFont(fonts.bold, 8.5)
        label = f"{d.score} 分"
        c.drawCentredString(min(max(mx, 10 * mm), self.width - 10 * mm), bar_y + bar_h + 2.5 * mm, label)


class PointsBar(Flowable):
    """A small bar: points earned out of the feature's best bin."""

    def __init__(self, points: int, max_points: int, scale: int, width: float, height: float = 3.2 * mm) -> None:
        super().__init__()
        self.points, self.max_points, self.scale = points, max_points, max(scale, 1)
        self.width, self.height = width, height

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        c = self.canv
        full = self.max_points / self.scale * self.width
        got = max(self.points, 0) / self.scale * self.width
        c.setFillColor(colors.HexColor("#E0E0E0"))
        c.rect(0, 0, full, self.height, stroke=0, fill=1)
        c.setFillColor(colors.HexColor("#1565C0") if self.points >= self.max_points else colors.HexColor("#64B5F6"))
        c.rect(0, 0, got, self.height, stroke=0, fill=1)


def _table(rows: list[list[object]], widths: list[float], *, header: bool = True, size: float = 8) -> Table:
    t = Table(rows, colWidths=widths, hAlign="LEFT")
    style = [
        ("GRID", (0, 0), (-1, -1), 0.35, GRID_COLOR),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("TOPPADDING", (0, 0), (-1, -1), 1.2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 1.8),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
    ]
    if header:
        style.append(("BACKGROUND", (0, 0), (-1, 0), HEADER_FILL))
    t.setStyle(TableStyle(style))
    return t


def render_risk_report_pdf(data: RiskReportData) -> bytes:
    """Render the report; always one A4 page (content scaled down if it would overflow)."""
    styles = get_styles()
    from reportlab.lib.styles import ParagraphStyle

    cell = ParagraphStyle("rr-cell", parent=styles.cell, fontSize=8, leading=10)
    bold = ParagraphStyle("rr-cell-b", parent=styles.cell_bold, fontSize=8, leading=10)
    small = ParagraphStyle("rr-small", parent=styles.small, fontSize=7.5, leading=9.5)
    head = ParagraphStyle("rr-head", parent=styles.heading, fontSize=10, leading=13, spaceBefore=4, spaceAfter=2)
    big = ParagraphStyle("rr-big", parent=styles.cell_bold, fontSize=20, leading=24,
                         textColor=colors.HexColor(GRADE_COLORS.get(data.grade, "#000000")))

    def p(text: object, st: ParagraphStyle = cell) -> Paragraph:
        return Paragraph(esc(text), st)

    half = (CONTENT_WIDTH - 4 * mm) / 2
    # Application facts, two label/value pairs per row.
    facts = list(data.application_lines)
    rows = []
    for i in range(0, len(facts), 2):
        pair = facts[i:i + 2] + ([("", "")] if len(facts[i:i + 2]) == 1 else [])
        rows.append([p(pair[0][0], bold), p(pair[0][1]), p(pair[1][0], bold), p(pair[1][1])])
    info = _table(rows, [26 * mm, half - 26 * mm, 26 * mm, half - 26 * mm + 4 * mm], header=False)

    score_box = _table(
        [[p("评分", bold), p("风险等级", bold), p("违约概率 PD", bold), p("负债收入比", bold), p("系统建议", bold)],
         [Paragraph(str(data.score), big), Paragraph(esc(data.grade_label), ParagraphStyle(
             "rr-grade", parent=bold, fontSize=11, leading=14,
             textColor=colors.HexColor(GRADE_COLORS.get(data.grade, "#000000")))),
          Paragraph(f"{data.pd * 100:.2f}%", ParagraphStyle("rr-pd", parent=bold, fontSize=11, leading=14)),
          p(data.dti_text), Paragraph(esc(data.suggestion_label), ParagraphStyle(
              "rr-sugg", parent=bold, fontSize=11, leading=14))]],
        [28 * mm, 34 * mm, 30 * mm, 38 * mm, CONTENT_WIDTH - 130 * mm])

    scale = max((m for _l, _b, _p, m in data.contributions), default=1)
    bar_w = 34 * mm
    crow: list[list[object]] = [[p("评分因素", bold), p("申请人所在档次", bold), p("得分", bold), p("得分/该项满分", bold)]]
    for label, bin_label, points, max_points in data.contributions:
        crow.append([p(label), p(bin_label), p(f"{points} / {max_points}"),
                     PointsBar(points, max_points, scale, bar_w)])
    contrib = _table(crow, [32 * mm, CONTENT_WIDTH - 32 * mm - 20 * mm - bar_w - 6 * mm, 20 * mm, bar_w + 6 * mm])

    reasons = [Paragraph(f"{i}. {esc(r)}", cell) for i, r in enumerate(data.reasons, 1)] or [p("无")]

    hrow: list[list[object]] = [[p("规则", bold), p("检查项", bold), p("结果", bold), p("说明", bold)]]
    fails = 0
    for code, title, outcome, severity, message in data.hard_rules:
        bad = outcome not in ("通过", "不适用")
        fails += bad
        res = f"{outcome}（{severity}）" if bad else outcome
        hrow.append([p(code), p(title), Paragraph(esc(res), bold if bad else cell), p(message if bad else "")])
    hard = _table(hrow, [12 * mm, 42 * mm, 24 * mm, CONTENT_WIDTH - 78 * mm])
    hard_style = [("TEXTCOLOR", (2, i), (2, i), colors.HexColor("#C62828"))
                  for i, r in enumerate(data.hard_rules, 1) if r[2] not in ("通过", "不适用")]
    if hard_style:
        hard.setStyle(TableStyle(hard_style))

    credit = _table([[p(k, bold), p(v)] for k, v in data.credit_lines], [24 * mm, half - 24 * mm], header=False)
    debts = _table([[p(k, bold), p(v)] for k, v in data.debt_lines], [22 * mm, half - 22 * mm], header=False)
    side = Table([[Paragraph("征信报告摘要", head), Paragraph("现有负债与收入", head)], [credit, debts]],
                 colWidths=[half + 4 * mm, half], hAlign="LEFT")
    side.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                              ("RIGHTPADDING", (0, 0), (-1, -1), 0), ("TOPPADDING", (0, 0), (-1, -1), 0),
                              ("BOTTOMPADDING", (0, 0), (-1, -1), 0)]))

    at = data.assessed_at.astimezone(_CHINA) if data.assessed_at.tzinfo else data.assessed_at
    story: list[Flowable] = [
        Paragraph("贷款风险评估报告", styles.title),
        Paragraph(f"申请编号：{esc(data.application_no)}　评估时间：{fmt_datetime(at)}　评估人：{esc(data.assessed_by)}",
                  styles.subtitle),
        info,
        Spacer(1, 2 * mm),
        score_box,
        Spacer(1, 1 * mm),
        ScoreBar(data, CONTENT_WIDTH),
        Paragraph(f"建议说明：{esc(data.suggestion_text)}", cell),
        Paragraph(f"评分卡各因素得分（基础分之外；共 {len(data.contributions)} 项）", head),
        contrib,
        Paragraph("主要扣分原因", head),
        *reasons,
        Paragraph(f"风险硬规则（{fails} 项未通过）", head),
        hard,
        side,
    ]
    if data.warnings:
        story.append(Paragraph("数据提示：" + esc("；".join(data.warnings)), small))
    story += [
        Spacer(1, 2 * mm),
        Paragraph(f"评分卡：{esc(data.pack_label)}　审核规则：{esc(data.rule_set_label)}。"
                  "性别、民族、婚姻状况等受保护属性不作为评分输入。本报告为辅助决策参考，最终由有权审批人决定"
                  "（《个人信息保护法》第二十四条：个人有权要求说明自动化决策，并拒绝仅通过自动化决策作出的决定）。",
                  small),
    ]
    frame_h = PAGE_SIZE[1] - MARGIN_TOP - MARGIN_BOTTOM - 2 * mm
    one_page = KeepInFrame(CONTENT_WIDTH, frame_h, story, mode="shrink")
    decor = PageDecor(header_left=f"{data.branch_name}　贷款风险评估报告", header_right=f"申请编号：{data.application_no}",
                      footer_left="内部资料 · 含个人信用信息，注意保密")
    meta = PdfMeta(title=f"贷款风险评估报告 {data.application_no}", subject="贷款风险评估报告", author=data.branch_name,
                   created=at)
    return build_pdf([one_page], decor, meta)
