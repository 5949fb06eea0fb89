"""Shared page layout for every LoanDesk PDF: styles, header/footer, page numbers, QR codes.

Why one module: all printed documents must look alike (branch header, "第 N 页 共 M 页",
the 副本 mark) and must embed the same CJK font; keeping this here means a renderer only builds
its story of flowables and calls :func:`build_pdf`.
"""

from __future__ import annotations

import io
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import ROUND_HALF_UP, Decimal
from functools import lru_cache
from typing import Any
from xml.sax.saxutils import escape as _xml_escape

from reportlab import rl_config
from reportlab.graphics.barcode import qrencoder
from reportlab.lib import colors
from reportlab.lib import textsplit as _rl_textsplit
from reportlab.lib.enums import TA_CENTER, TA_LEFT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, Paragraph, SimpleDocTemplate, TableStyle
from reportlab.platypus import paragraph as _rl_paragraph

from loandesk.documents.fonts import FontSet, get_fonts

PAGE_SIZE = A4
MARGIN_LEFT = 20 * mm
MARGIN_RIGHT = 20 * mm
MARGIN_TOP = 22 * mm
MARGIN_BOTTOM = 20 * mm
CONTENT_WIDTH = PAGE_SIZE[0] - MARGIN_LEFT - MARGIN_RIGHT

GRID_COLOR = colors.HexColor("#555555")
HEADER_FILL = colors.HexColor("#E6E6E6")
ZEBRA_FILL = colors.HexColor("#F5F5F5")
COPY_MARK = "副本"
# Paragraph markup collapses runs of whitespace, including U+3000; non-breaking spaces survive.
GAP = "&nbsp;" * 6
SEP = "&nbsp;" * 3
DATE_BLANK = "＿＿＿＿年＿＿月＿＿日"

_CN_DIGITS = "零一二三四五六七八九"

# reportlab's CJK line breaker knows the Japanese "cannot start a line" set but not the
# full-width Chinese comma, semicolon, colon etc., so a line could start with "，".  Extend the
# set once (process-wide; it only ever makes line breaks more correct for CJK text).
_CN_CANNOT_START = "，；：！？》」』”’…％"
for _module in (_rl_paragraph, _rl_textsplit):  # both line breakers keep their own copy
    _missing = "".join(ch for ch in _CN_CANNOT_START if ch not in _module.ALL_CANNOT_START)
    if _missing:
        _module.ALL_CANNOT_START += _missing

# Streams are Flate-compressed; the extra ASCII85 layer (a 7-bit-mail habit) costs ~25 % of a
# contract's render time in pure Python and makes files bigger.  Process-wide, like the above.
rl_config.useA85 = 0


def esc(value: object) -> str:
    """Escape a value for reportlab Paragraph markup (names may contain '&' or '<')."""
    return _xml_escape(str(value))


def cn_ordinal(n: int) -> str:
    """1 → 一, 12 → 十二, 21 → 二十一: article numbers (第十二条), not amount capitals."""
    if not 0 < n < 100:
        raise ValueError(f"条款序号超出范围：{n}")
    tens, ones = divmod(n, 10)
    if tens == 0:
        return _CN_DIGITS[ones]
    head = "" if tens == 1 else _CN_DIGITS[tens]
    return head + "十" + (_CN_DIGITS[ones] if ones else "")


def fmt_date(d: date | datetime) -> str:
    """2025年3月1日 — the form clerks and courts expect on contracts."""
    return f"{d.year}年{d.month}月{d.day}日"


def fmt_datetime(d: datetime) -> str:
    return f"{fmt_date(d)} {d.hour:02d}:{d.minute:02d}"


def fmt_money(amount: Decimal) -> str:
    """Thousands-separated figure with two decimals (no currency sign)."""
    q = Decimal(amount).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
    return f"{q:,.2f}"


def fmt_percent(fraction: Decimal, min_places: int = 2, max_places: int = 4) -> str:
    """0.0435 → '4.35%', 0.04125 → '4.125%'; trailing zeros trimmed down to ``min_places``."""
    pct = (Decimal(fraction) * 100).quantize(Decimal(1).scaleb(-max_places), rounding=ROUND_HALF_UP)
    text = f"{pct:.{max_places}f}"
    whole, _, frac = text.partition(".")
    frac = frac.rstrip("0")
    if len(frac) < min_places:
        frac = frac.ljust(min_places, "0")
    return f"{whole}.{frac}%" if frac else f"{whole}%"


@dataclass(frozen=True)
class Styles:
    """Paragraph styles bound to the registered CJK fonts."""

    fonts: FontSet
    title: ParagraphStyle
    subtitle: ParagraphStyle
    heading: ParagraphStyle
    body: ParagraphStyle
    body_indent: ParagraphStyle
    key: ParagraphStyle
    key_indent: ParagraphStyle
    small: ParagraphStyle
    cell: ParagraphStyle
    cell_bold: ParagraphStyle
    mono_large: ParagraphStyle
    centered: ParagraphStyle


@lru_cache(maxsize=8)
def _styles_for(fonts: FontSet) -> Styles:
    reg, bold = fonts.regular, fonts.bold
    common: dict[str, Any] = {"wordWrap": "CJK", "textColor": colors.black}
    body = ParagraphStyle("ld-body", fontName=reg, fontSize=10.5, leading=17, spaceAfter=2, **common)
    return Styles(
        fonts=fonts,
        title=ParagraphStyle(
            "ld-title", fontName=bold, fontSize=22, leading=30, alignment=TA_CENTER, spaceAfter=4, **common
        ),
        subtitle=ParagraphStyle(
            "ld-subtitle",
            fontName=reg,
            fontSize=10.5,
            leading=15,
            alignment=TA_CENTER,
            spaceAfter=10,
            **common,
        ),
        heading=ParagraphStyle(
            "ld-heading", fontName=bold, fontSize=11.5, leading=18, spaceBefore=8, spaceAfter=3, **common
        ),
        body=body,
        body_indent=ParagraphStyle("ld-body-indent", parent=body, firstLineIndent=21),
        key=ParagraphStyle("ld-key", parent=body, fontName=bold),
        key_indent=ParagraphStyle("ld-key-indent", parent=body, fontName=bold, firstLineIndent=21),
        small=ParagraphStyle("ld-small", fontName=reg, fontSize=8.5, leading=12, **common),
        cell=ParagraphStyle("ld-cell", fontName=reg, fontSize=9.5, leading=13, alignment=TA_LEFT, **common),
        cell_bold=ParagraphStyle("ld-cell-bold", fontName=bold, fontSize=9.5, leading=13, **common),
        mono_large=ParagraphStyle(
            "ld-mono", fontName=fonts.mono, fontSize=20, leading=30, alignment=TA_CENTER, **common
        ),
        centered=ParagraphStyle("ld-centered", parent=body, alignment=TA_CENTER),
    )


def table_style(*commands: tuple[Any, ...]) -> TableStyle:
    """TableStyle whose cell font is the CJK font.

    Why: platypus.Table selects each cell's font even when the cell holds a Paragraph, and its
    default is Helvetica, a standard-14 font that is never embedded.  Every table goes through
    here so no PDF ever references a non-embedded font.
    """
    return TableStyle([("FONT", (0, 0), (-1, -1), get_fonts().regular, 9), *commands])


def get_styles() -> Styles:
    """Styles for the process-wide fonts (raises FontNotFound if there is no CJK font)."""
    return _styles_for(get_fonts())


class FakeBoldParagraph(Paragraph):
    """Paragraph drawn with text render mode 2 (fill + stroke).

    Why: the only CJK font on many Linux/older Windows PCs has no bold face, but Civil Code
    art. 496 wants key clauses visibly emphasised.  Stroking the glyph outline thickens it
    like a bold face, keeps the text extractable and costs nothing at render time.
    """

    stroke_width = 0.32

    def draw(self) -> None:
        canv = self.canv
        canv.saveState()
        canv.setLineWidth(self.stroke_width)
        canv.setStrokeColor(self.style.textColor)
        canv.addLiteral("2 Tr")
        try:
            super().draw()
        finally:
            canv.restoreState()


# Styles that are bold by design; with no bold face they are drawn as FakeBoldParagraph.
BOLD_STYLES = frozenset({"ld-title", "ld-heading", "ld-key", "ld-key-indent", "ld-cell-bold"})


def para(text: str, style: ParagraphStyle) -> Paragraph:
    """Paragraph factory every renderer uses, so bold styles stay bold without a bold face."""
    if style.name in BOLD_STYLES and get_fonts().fake_bold:
        return FakeBoldParagraph(text, style)
    return Paragraph(text, style)


def key_para(text: str, styles: Styles, style: ParagraphStyle | None = None) -> Paragraph:
    """A key clause (Civil Code art. 496): bold, real or fake."""
    st = style or styles.key
    if styles.fonts.fake_bold:
        return FakeBoldParagraph(text, st)
    return Paragraph(text, st)


class QrFlowable(Flowable):
    """A QR code drawn as one filled path (no Drawing/renderPDF overhead, no font).

    Uses reportlab's own encoder (``reportlab.graphics.barcode.qrencoder``) — no extra
    dependency.  Run-length rectangles per row keep the content stream small.  ``border`` is the
    quiet zone in modules (the standard asks for 4; 2 is enough on white paper and saves room).
    """

    def __init__(self, value: str, size: float, level: str = "M", border: int = 2) -> None:
        super().__init__()
        qr = qrencoder.QRCode(None, getattr(qrencoder.QRErrorCorrectLevel, level))
        qr.addData(value)
        qr.make()
        self.value = value
        self.size = size
        self.border = border
        self.modules: list[list[bool]] = [[bool(m) for m in row] for row in qr.modules]
        self.width = self.height = size

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        return self.size, self.size

    def draw(self) -> None:
        n = len(self.modules)
        box = self.size / (n + 2 * self.border)
        canv = self.canv
        path = canv.beginPath()
        for r, row in enumerate(self.modules):
            y = self.size - (r + self.border + 1) * box
            c = 0
            while c < n:
                if row[c]:
                    start = c
                    while c < n and row[c]:
                        c += 1
                    path.rect((start + self.border) * box, y, (c - start) * box, box)
                else:
                    c += 1
        canv.saveState()
        canv.setFillColor(colors.black)
        canv.drawPath(path, stroke=0, fill=1)
        canv.restoreState()


def qr_drawing(value: str, size: float, level: str = "M") -> QrFlowable:
    """Square QR code flowable of ``size`` points (kept name: used by every renderer)."""
    return QrFlowable(value, size, level)


@dataclass
class PageDecor:
    """What every page carries besides the story.

    ``header_left``/``header_right`` print above a rule (e.g. branch name / 合同编号),
    ``footer_left`` below the body (e.g. the verification code); ``copy`` adds the 副本 mark.
    """

    header_left: str
    header_right: str = ""
    footer_left: str = ""
    footer_right: str = ""
    copy: bool = False
    extra: Callable[[Canvas, int, int], None] | None = field(default=None, repr=False)

    def draw(self, canv: Canvas, page: int, total: int, fonts: FontSet) -> None:
        width, height = PAGE_SIZE
        canv.saveState()
        canv.setFillColor(colors.black)
        canv.setStrokeColor(GRID_COLOR)
        canv.setLineWidth(0.6)
        top = height - MARGIN_TOP + 6 * mm
        canv.setFont(fonts.regular, 9)
        canv.drawString(MARGIN_LEFT, top + 2, self.header_left)
        if self.header_right:
            canv.drawRightString(width - MARGIN_RIGHT, top + 2, self.header_right)
        canv.line(MARGIN_LEFT, top - 2, width - MARGIN_RIGHT, top - 2)
        bottom = MARGIN_BOTTOM - 8 * mm
        canv.line(MARGIN_LEFT, bottom + 11, width - MARGIN_RIGHT, bottom + 11)
        canv.drawCentredString(width / 2, bottom, f"第 {page} 页 共 {total} 页")
        canv.setFont(fonts.regular, 8)
        if self.footer_left:
            canv.drawString(MARGIN_LEFT, bottom, self.footer_left)
        if self.footer_right:
            canv.drawRightString(width - MARGIN_RIGHT, bottom, self.footer_right)
        if self.copy:
            self._draw_copy_mark(canv, fonts)
        if self.extra is not None:
            self.extra(canv, page, total)
        canv.restoreState()

    @staticmethod
    def _draw_copy_mark(canv: Canvas, fonts: FontSet) -> None:
        """A diagonal translucent 副本 plus a boxed one in the header corner.

        Drawn on top of the content (at save time) so it cannot be hidden by a full-page table,
        but translucent so the text under it stays legible.
        """
        width, height = PAGE_SIZE
        canv.saveState()
        canv.setFillColor(colors.Color(0.55, 0.55, 0.55, alpha=0.16))
        canv.setFont(fonts.bold, 120)
        canv.translate(width / 2, height / 2)
        canv.rotate(35)
        canv.drawCentredString(0, -40, COPY_MARK)
        canv.restoreState()
        canv.saveState()
        canv.setStrokeColor(colors.HexColor("#B00000"))
        canv.setFillColor(colors.HexColor("#B00000"))
        canv.setLineWidth(1.2)
        bw, bh = 18 * mm, 8 * mm
        x = (width - bw) / 2
        y = height - 5 * mm - bh  # above the header line, clear of the header texts
        canv.rect(x, y, bw, bh)
        canv.setFont(fonts.bold, 13)
        canv.drawCentredString(width / 2, y + 2.4 * mm, COPY_MARK)
        canv.restoreState()


@dataclass(frozen=True)
class PdfMeta:
    """Document info.  Keep personal data out: metadata is shown by every viewer and indexer."""

    title: str
    subject: str = ""
    author: str = ""
    created: date | datetime | None = None


def _pdf_date(created: date | datetime | None) -> Callable[..., str]:
    """Date formatter for /CreationDate: the business date, so output is reproducible."""
    if created is None:
        return lambda *a: "D:20000101000000+08'00'"
    if isinstance(created, datetime):
        stamp = created.strftime("%Y%m%d%H%M%S")
    else:
        stamp = created.strftime("%Y%m%d") + "000000"
    return lambda *a: f"D:{stamp}+08'00'"


def _canvas_class(decor: PageDecor, fonts: FontSet, meta: PdfMeta) -> type[Canvas]:
    """Canvas that holds pages back until save() so each can print the total page count."""

    class NumberedCanvas(Canvas):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._held_pages: list[dict[str, Any]] = []
            self.setDateFormatter(_pdf_date(meta.created))

        def showPage(self) -> None:
            self._held_pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._held_pages)
            for number, state in enumerate(self._held_pages, start=1):
                self.__dict__.update(state)
                decor.draw(self, number, total, fonts)
                Canvas.showPage(self)
            Canvas.save(self)

    return NumberedCanvas


# reportlab's TrueType objects are shared by every document in the process and their subsetting
# reads the font file through shared state: two documents built at once corrupt each other
# (KeyError in makeSubset, or wrong glyphs).  Renders take ~0.1-0.3 s, so serialise them.
_RENDER_LOCK = threading.Lock()


def build_pdf(story: Sequence[Flowable], decor: PageDecor, meta: PdfMeta) -> bytes:
    """Lay out ``story`` on A4 with the shared header/footer and return the PDF bytes.

    ``invariant=1`` plus the business date as /CreationDate make the output byte-for-byte
    reproducible, so re-rendering the same stored data yields the same SHA-256.
    """
    fonts = get_fonts()
    buf = io.BytesIO()
    doc = SimpleDocTemplate(
        buf,
        pagesize=PAGE_SIZE,
        leftMargin=MARGIN_LEFT,
        rightMargin=MARGIN_RIGHT,
        topMargin=MARGIN_TOP,
        bottomMargin=MARGIN_BOTTOM,
        title=meta.title,
        subject=meta.subject,
        author=meta.author,
        creator="LoanDesk",
        producer="LoanDesk (reportlab)",
        invariant=1,
        initialFontName=fonts.regular,
        pageCompression=1,
    )
    with _RENDER_LOCK:
        doc.build(list(story), canvasmaker=_canvas_class(decor, fonts, meta))
    return buf.getvalue()
