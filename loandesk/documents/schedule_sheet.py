"""还款计划表: the repayment schedule as a table, inside the contract and as its own sheet.

Why plain-string cells: a 30-year monthly loan has 360 rows; Paragraph cells would cost a
layout pass each, plain strings keep the whole contract well under the 300 ms budget.
"""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.platypus import Flowable, KeepTogether, Spacer, Table

from loandesk.documents.figures import amount_capitals, annualised_rate, method_label
from loandesk.documents.figures import money as _money
from loandesk.documents.fonts import FontSet
from loandesk.documents.layout import (
    CONTENT_WIDTH,
    DATE_BLANK,
    GAP,
    GRID_COLOR,
    HEADER_FILL,
    ZEBRA_FILL,
    PageDecor,
    PdfMeta,
    Styles,
    build_pdf,
    esc,
    fmt_date,
    fmt_percent,
    get_styles,
    para,
    table_style,
)
from loandesk.documents.model import ContractData

if TYPE_CHECKING:
    from loandesk.domain.schedule import Installment

__all__ = ["SCHEDULE_HEADERS", "build_schedule_table", "render_schedule_sheet", "schedule_totals"]

SCHEDULE_HEADERS: tuple[str, ...] = ("期数", "还款日", "应还本金", "应还利息", "应还合计", "剩余本金")
TOTAL_LABEL = "合计"
# Byte → PDF literal-string form: printable ASCII as is, ( ) \ and the rest octal-escaped.
_PDF_ESCAPES = {b: (chr(b) if 32 <= b < 127 and chr(b) not in "()\\" else f"\\{b:03o}") for b in range(256)}


def schedule_totals(installments: Sequence[Installment]) -> tuple[Decimal, Decimal, Decimal]:
    """(principal, interest, payment) sums, as printed in the totals row."""
    principal = sum((Decimal(i.principal) for i in installments), Decimal(0))
    interest = sum((Decimal(i.interest) for i in installments), Decimal(0))
    payment = sum((Decimal(i.payment) for i in installments), Decimal(0))
    return principal, interest, payment


class ScheduleTable(Flowable):
    """The schedule grid, drawn directly: one path for fills, one for rules, one text block.

    Why not ``platypus.Table``: for 360 rows Table spends most of the contract's render time
    measuring and drawing cells one by one (pure-Python number formatting per cell).  Here the
    rows are fixed-height, so splitting is arithmetic and drawing is a few string joins; the
    whole 360-row contract stays far below the 300 ms budget even on old branch PCs.
    The header row repeats on every page and the totals row is never separated from the rows
    above it.
    """

    row_height = 13.0
    font_size = 9.0
    baseline = 3.8  # from the bottom of a row
    padding = 4.0

    def __init__(
        self,
        rows: Sequence[Sequence[str]],
        totals: Sequence[str] | None,
        fonts: FontSet,
        *,
        header: Sequence[str] = SCHEDULE_HEADERS,
        col_widths: Sequence[float] | None = None,
        aligns: Sequence[str] = ("C", "C", "R", "R", "R", "R"),
        zebra_offset: int = 0,
        cache: dict[tuple[str, str], tuple[int, int, float]] | None = None,
    ) -> None:
        super().__init__()
        self.rows = [tuple(r) for r in rows]
        self.totals = tuple(totals) if totals is not None else None
        self.fonts = fonts
        self.header = tuple(header)
        if col_widths is None:
            fixed = [13 * mm, 25 * mm]
            rest = (CONTENT_WIDTH - sum(fixed)) / (len(self.header) - 2)
            col_widths = fixed + [rest] * (len(self.header) - 2)
        self.col_widths = list(col_widths)
        self.aligns = tuple(aligns)
        self.zebra_offset = zebra_offset
        self._cache = cache if cache is not None else {}
        self.width = sum(self.col_widths)
        self.hAlign = "CENTER"

    def _line_count(self) -> int:
        return 1 + len(self.rows) + (1 if self.totals is not None else 0)

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self.height = self._line_count() * self.row_height
        return self.width, self.height

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        fit = int((availHeight + 1e-6) // self.row_height) - 1  # body lines below the header
        body = len(self.rows)
        needed = body + (1 if self.totals is not None else 0)
        if fit >= needed:
            return [self]
        if fit < 3 or body == 0:
            return []  # too little room: start on the next page rather than leave a stub
        take = min(fit, body)
        if self.totals is not None and take == body:
            take = body - 1  # keep at least one row with the totals line
        kw = {
            "header": self.header,
            "col_widths": self.col_widths,
            "aligns": self.aligns,
            "cache": self._cache,
        }
        first = ScheduleTable(self.rows[:take], None, self.fonts, zebra_offset=self.zebra_offset, **kw)
        rest = ScheduleTable(
            self.rows[take:], self.totals, self.fonts, zebra_offset=self.zebra_offset + take, **kw
        )
        return [first, rest]

    def _glyph(self, font_name: str, ch: str) -> tuple[int, int, float]:
        """(subset, code, width) of one character in this document's font subset."""
        key = (font_name, ch)
        hit = self._cache.get(key)
        if hit is None:
            font = pdfmetrics.getFont(font_name)
            parts = font.splitString(ch, self.canv._doc)
            subset, raw = parts[0] if parts else (0, b"\x00")
            hit = (subset, raw[0], pdfmetrics.stringWidth(ch, font_name, self.font_size))
            self._cache[key] = hit
        return hit

    def _text_op(self, font_name: str, text: str) -> tuple[float, str]:
        """(width, PDF text-showing operators) for ``text``.

        Encoded per character (cells use a dozen distinct characters but ~2,000 distinct
        strings), which keeps reportlab's per-string subsetting work out of the hot loop.
        """
        doc = self.canv._doc
        font = pdfmetrics.getFont(font_name)
        cache = self._cache
        glyphs = [cache.get((font_name, ch)) or self._glyph(font_name, ch) for ch in text]
        width = sum(g[2] for g in glyphs)
        first = glyphs[0][0] if glyphs else 0
        if all(g[0] == first for g in glyphs):  # the usual case: one subset
            return width, self._show(font, first, [g[1] for g in glyphs], doc)
        ops: list[str] = []
        cur_subset = -1
        codes: list[int] = []
        for subset, code, _w in glyphs:
            if subset != cur_subset and codes:
                ops.append(self._show(font, cur_subset, codes, doc))
                codes = []
            cur_subset = subset
            codes.append(code)
        if codes:
            ops.append(self._show(font, cur_subset, codes, doc))
        return width, " ".join(ops)

    def _show(self, font: Any, subset: int, codes: list[int], doc: Any) -> str:
        name = font.getSubsetInternalName(subset, doc)
        return f"{name} {self.font_size:g} Tf ({bytes(codes).decode('latin-1').translate(_PDF_ESCAPES)}) Tj"

    def _cells(
        self,
        out: list[str],
        cells: Sequence[str],
        y: float,
        font_name: str,
        spans: bool,
        header: bool = False,
    ) -> None:
        x = 0.0
        widths = self.col_widths
        i = 0
        while i < len(cells):
            text = cells[i]
            w = widths[i]
            align = "C" if header or i == 0 else self.aligns[i]
            if spans and i == 0 and len(cells) > 1 and cells[1] == "":
                w += widths[1]  # totals label spans 期数 + 还款日
                i += 1
                align = "C"
            if text:
                tw, ops = self._text_op(font_name, text)
                if align == "R":
                    tx = x + w - self.padding - tw
                elif align == "L":
                    tx = x + self.padding
                else:
                    tx = x + (w - tw) / 2
                out.append(f"1 0 0 1 {tx:.2f} {y:.2f} Tm {ops}")
            x += w
            i += 1

    def draw(self) -> None:
        canv = self.canv
        rh = self.row_height
        lines = self._line_count()
        height = lines * rh
        width = self.width
        canv.saveState()
        # Fills: header, zebra rows, totals.
        canv.setFillColor(HEADER_FILL)
        fills = canv.beginPath()
        fills.rect(0, height - rh, width, rh)
        if self.totals is not None:
            fills.rect(0, 0, width, rh)
        canv.drawPath(fills, stroke=0, fill=1)
        zebra = canv.beginPath()
        has_zebra = False
        for i in range(len(self.rows)):
            if (self.zebra_offset + i) % 2 == 1:
                zebra.rect(0, height - (i + 2) * rh, width, rh)
                has_zebra = True
        if has_zebra:
            canv.setFillColor(ZEBRA_FILL)
            canv.drawPath(zebra, stroke=0, fill=1)
        # Rules.
        canv.setStrokeColor(GRID_COLOR)
        canv.setLineWidth(0.4)
        grid = canv.beginPath()
        for k in range(lines + 1):
            grid.moveTo(0, k * rh)
            grid.lineTo(width, k * rh)
        x = 0.0
        for i, w in enumerate([0.0, *self.col_widths]):
            x += w
            top_only = i == 1 and self.totals is not None  # no rule inside the spanned totals label
            grid.moveTo(x, rh if top_only else 0)
            grid.lineTo(x, height)
        canv.drawPath(grid, stroke=1, fill=0)
        # Text, one BT..ET block.
        canv.setFillColor(colors.black)
        canv.setStrokeColor(colors.black)
        canv.setLineWidth(0.25)
        fake = self.fonts.fake_bold
        bold_on, bold_off = ("2 Tr", "0 Tr") if fake else ("", "")  # see FakeBoldParagraph
        out: list[str] = ["BT", bold_on]
        b = self.baseline
        self._cells(out, self.header, height - rh + b, self.fonts.bold, spans=False, header=True)
        out.append(bold_off)
        for i, row in enumerate(self.rows):
            self._cells(out, row, height - (i + 2) * rh + b, self.fonts.regular, spans=False)
        if self.totals is not None:
            out.append(bold_on)
            self._cells(out, self.totals, b, self.fonts.bold, spans=True)
            out.append(bold_off)
        out.append("ET")
        canv.addLiteral("\n".join(out))
        canv.restoreState()


def build_schedule_table(installments: Sequence[Installment], styles: Styles) -> ScheduleTable:
    """Full schedule with a repeated header row on every page and a totals row at the end."""
    rows = [
        (
            str(inst.period),
            inst.due_date.isoformat(),
            _money(inst.principal),
            _money(inst.interest),
            _money(inst.payment),
            _money(inst.balance),
        )
        for inst in installments
    ]
    principal, interest, payment = schedule_totals(installments)
    totals = (TOTAL_LABEL, "", _money(principal), _money(interest), _money(payment), "")
    return ScheduleTable(rows, totals, styles.fonts)


def info_table(pairs: Sequence[tuple[str, str]], styles: Styles, label_width: float = 30 * mm) -> Table:
    """Two-column label/value block used at the top of sheets and notices."""
    data = [[para(esc(label), styles.cell_bold), para(value, styles.cell)] for label, value in pairs]
    table = Table(data, colWidths=[label_width, CONTENT_WIDTH - label_width], hAlign="LEFT")
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


def render_schedule_sheet(data: ContractData, *, contract_code: str | None = None, basis: str = "") -> bytes:
    """Printable 还款计划表 for the borrower, bound to the contract by number and code.

    ``contract_code``: the issued contract's verification code, for a sheet whose schedule was
    fixed again at disbursement. Its content is no longer the contract's, so a code taken from it
    would fail 合同核验 and brand a genuine sheet as forged. ``basis`` says where the figures come
    from (e.g. the actual disbursement date), printed under the title.
    """
    from loandesk.documents.verification import contract_verification_code

    styles = get_styles()
    code = contract_code.strip().upper() if contract_code else contract_verification_code(data)
    principal, interest, payment = schedule_totals(data.schedule)
    pairs = [
        ("合同编号", esc(data.contract_no)),
        ("借款人", esc(data.borrower.name)),
        ("借款金额", f"{esc(amount_capitals(data.amount))}（¥{_money(data.amount)}）"),
        (
            "借款期限",
            f"{data.term_months}个月（{fmt_date(data.start_date)}至{fmt_date(data.maturity_date)}）",
        ),
        ("还款方式", esc(method_label(data.repayment_method))),
        ("年利率", f"{fmt_percent(data.annual_rate)}（{esc(data.rate_basis)}）"),
        ("年化利率（单利）", fmt_percent(annualised_rate(data), 2, 2)),
        ("还款账户", esc(data.repayment_account or data.disbursement_account)),
    ]
    story: list[Flowable] = [
        para("还款计划表", styles.title),
        para(f"合同编号：{esc(data.contract_no)}", styles.subtitle),
        *([para(esc(basis), styles.small), Spacer(1, 2 * mm)] if basis else []),
        info_table(pairs, styles),
        Spacer(1, 4 * mm),
        para(
            f"共{len(data.schedule)}期；应还本金合计 ¥{_money(principal)}，应还利息合计 ¥{_money(interest)}，"
            f"应还本息合计 ¥{_money(payment)}。",
            styles.body,
        ),
        Spacer(1, 2 * mm),
        build_schedule_table(data.schedule, styles),
        Spacer(1, 4 * mm),
        KeepTogether(
            [
                para(
                    f"本表为《借款合同》（编号：{esc(data.contract_no)}）的组成部分。实际放款日与计划起始日不一致的，"
                    "以借款借据和贷款人按合同约定重新计算的还款计划为准。请于每期还款日前将应还款项足额存入还款账户。",
                    styles.small,
                ),
                Spacer(1, 8 * mm),
                para(
                    f"借款人（签字/捺印）：＿＿＿＿＿＿＿＿＿＿{GAP}日期：{DATE_BLANK}",
                    styles.body,
                ),
            ]
        ),
    ]
    decor = PageDecor(
        header_left=f"{data.branch.name}　还款计划表",
        header_right=f"合同编号：{data.contract_no}",
        footer_left=f"验证码：{code}",
    )
    meta = PdfMeta(
        title=f"还款计划表 {data.contract_no}",
        subject="还款计划表",
        author=data.branch.name,
        created=data.created,
    )
    return build_pdf(story, decor, meta)
