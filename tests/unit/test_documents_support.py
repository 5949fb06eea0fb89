"""Helpers for the document tests: read PDFs back (pypdf, pdffonts, pdftoppm, OpenCV QR).

Named test_documents_* so it lives with the tests it serves; it defines no tests itself.
"""

from __future__ import annotations

import functools
import io
import os
import re
import shutil
import subprocess
from decimal import Decimal
from pathlib import Path

import pytest

REVIEW_DIR = Path("/tmp/loandesk-pdf-review")
ROW_RE = re.compile(
    r"^(\d{1,3}) (\d{4}-\d{2}-\d{2}) ([\d,]+\.\d{2}) ([\d,]+\.\d{2}) ([\d,]+\.\d{2}) ([\d,]+\.\d{2})$"
)
TOTAL_RE = re.compile(r"^合计 ([\d,]+\.\d{2}) ([\d,]+\.\d{2}) ([\d,]+\.\d{2})$")
HEADER_LINE = "期数 还款日 应还本金 应还利息 应还合计 剩余本金"


@functools.lru_cache(maxsize=16)
def page_texts(pdf: bytes) -> tuple[str, ...]:
    """Text of each page (cached: pypdf's CJK extraction is the slow part of these tests)."""
    from pypdf import PdfReader

    return tuple(p.extract_text() or "" for p in PdfReader(io.BytesIO(pdf)).pages)


def flat(text: str) -> str:
    """Text without any whitespace: line breaks may fall anywhere inside a CJK paragraph."""
    return "".join(text.split())


def all_text(pdf: bytes) -> str:
    return flat("".join(page_texts(pdf)))


def dec(figure: str) -> Decimal:
    return Decimal(figure.replace(",", ""))


def schedule_rows(
    pdf: bytes,
) -> tuple[list[tuple[int, str, Decimal, Decimal, Decimal, Decimal]], list[Decimal]]:
    """Rows of the schedule table parsed back from the PDF text, plus the totals row."""
    rows = []
    totals: list[Decimal] = []
    for text in page_texts(pdf):
        for line in text.splitlines():
            line = " ".join(line.split())
            m = ROW_RE.match(line)
            if m:
                rows.append((int(m[1]), m[2], dec(m[3]), dec(m[4]), dec(m[5]), dec(m[6])))
                continue
            t = TOTAL_RE.match(line)
            if t:
                totals = [dec(t[1]), dec(t[2]), dec(t[3])]
    return rows, totals


def pdffonts(pdf: bytes, tmp_path: Path) -> list[dict[str, str]]:
    """Fonts as reported by poppler's pdffonts; skips when poppler-utils is missing."""
    exe = shutil.which("pdffonts")
    if exe is None:
        pytest.skip("pdffonts (poppler-utils) is not installed; cannot check font embedding")
    path = tmp_path / "fonts-check.pdf"
    path.write_bytes(pdf)
    out = subprocess.run([exe, str(path)], capture_output=True, text=True, check=True).stdout
    fonts = []
    for line in out.splitlines()[2:]:
        parts = line.split()
        if len(parts) >= 7:
            fonts.append({"name": parts[0], "emb": parts[-5], "sub": parts[-4], "uni": parts[-3]})
    return fonts


def review_png(pdf: bytes, name: str, dpi: int = 60) -> list[Path]:
    """With LOANDESK_PDF_REVIEW=1, render pages to /tmp/loandesk-pdf-review for a human look.

    Off by default so a normal test run leaves nothing behind; never committed.
    """
    exe = shutil.which("pdftoppm")
    if exe is None or os.environ.get("LOANDESK_PDF_REVIEW") != "1":
        return []
    REVIEW_DIR.mkdir(parents=True, exist_ok=True)
    src = REVIEW_DIR / f"{name}.pdf"
    src.write_bytes(pdf)
    for old in REVIEW_DIR.glob(f"{name}-*.png"):
        old.unlink()
    subprocess.run([exe, "-r", str(dpi), "-png", str(src), str(REVIEW_DIR / name)], check=True)
    return sorted(REVIEW_DIR.glob(f"{name}-*.png"))


def decode_qr_codes(pdf: bytes, tmp_path: Path, page: int) -> list[str]:
    """Decode QR codes on one page (1-based) with OpenCV; skips when OpenCV/pdftoppm are missing."""
    cv2 = pytest.importorskip("cv2")
    exe = shutil.which("pdftoppm")
    if exe is None:
        pytest.skip("pdftoppm (poppler-utils) is not installed; cannot rasterise the QR code")
    src = tmp_path / "qr.pdf"
    src.write_bytes(pdf)
    prefix = tmp_path / "qr"
    subprocess.run(
        [exe, "-r", "200", "-f", str(page), "-l", str(page), "-png", "-singlefile", str(src), str(prefix)],
        check=True,
    )
    image = cv2.imread(str(prefix) + ".png")
    detector = cv2.QRCodeDetector()
    ok, values, _points, _ = detector.detectAndDecodeMulti(image)
    if ok:
        return [v for v in values if v]
    value, _pts, _ = detector.detectAndDecode(image)
    return [value] if value else []
