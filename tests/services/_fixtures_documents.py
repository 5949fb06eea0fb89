"""Helpers for the document, OCR and import/export tests: real files made with Pillow/reportlab.

Customers are inserted straight through the ORM here so these tests do not depend on the
customer service's validation rules; the import tests use the real service.
"""

from __future__ import annotations

import io
import itertools
import os
import struct
import time
import zlib
from collections.abc import Iterable
from datetime import date
from pathlib import Path

from PIL import Image, ImageDraw

from loandesk.domain.idcard import compute_check_digit
from loandesk.services.context import Actor
from loandesk.store.database import Database
from loandesk.store.models.customers import Customer, CustomerConsent

_seq = itertools.count(1)


def valid_id(region: str = "330106", birth: str = "19900307", seq: str = "123") -> str:
    first = region + birth + seq
    return first + compute_check_digit(first)


CONSENTED_ON = date(2024, 1, 2)


def make_customer(db: Database, actor: Actor, *, name: str = "张三", id_number: str | None = None,
                  consents: bool = True) -> str:
    """``consents``: the signed 个人敏感信息单独同意 and 征信查询授权 on record, which ID scans, bank
    statements and credit reports need before they can be attached (``consents=False``: none)."""
    n = next(_seq)
    idno = id_number or valid_id(seq=f"{n % 1000:03d}", birth=f"1980{(n % 12) + 1:02d}15")
    signed = CONSENTED_ON if consents else None
    with db.write() as s:
        sn = (s.query(Customer.sn).order_by(Customer.sn.desc()).limit(1).scalar() or 0) + 1
        c = Customer(sn=sn, customer_no=f"3301{sn:08d}", kind="individual", name=name, gender="male",
                     birth_date=date(1980, (n % 12) + 1, 15), id_number=idno, created_by=actor.user_id,
                     pi_consent_on=signed, credit_consent_on=signed)
        s.add(c)
        s.flush()
        if consents:
            for kind in ("pi_sensitive", "credit_query"):
                s.add(CustomerConsent(customer_id=c.id, kind=kind, signed_on=CONSENTED_ON, scope="贷款业务",
                                      recorded_by=actor.user_id))
        return c.id


# --- image factories -----------------------------------------------------------------------------

def jpeg_bytes(w: int = 1200, h: int = 800, *, color: tuple[int, int, int] = (230, 230, 230),
               exif_orientation: int | None = None, quality: int = 90) -> bytes:
    im = Image.new("RGB", (w, h), color)
    d = ImageDraw.Draw(im)
    d.rectangle((0, 0, w // 4, h), fill=(220, 0, 0))  # red band on the left edge
    d.rectangle((w - w // 4, 0, w, h), fill=(0, 0, 220))  # blue band on the right edge
    buf = io.BytesIO()
    kw = {}
    if exif_orientation is not None:
        ex = Image.Exif()
        ex[0x0112] = exif_orientation
        ex[0x010F] = "SentinelCam"  # Make: must be gone after re-encoding
        kw["exif"] = ex
    im.save(buf, "JPEG", quality=quality, **kw)
    return buf.getvalue()


def png_bytes(w: int = 600, h: int = 400, *, alpha: bool = False, text_chunk: bytes | None = None) -> bytes:
    im = Image.new("RGBA" if alpha else "RGB", (w, h), (255, 255, 255, 128) if alpha else (255, 255, 255))
    ImageDraw.Draw(im).ellipse((10, 10, w - 10, h - 10), outline=(0, 0, 0), width=5)
    buf = io.BytesIO()
    if text_chunk:
        from PIL.PngImagePlugin import PngInfo

        info = PngInfo()
        info.add_text("Comment", text_chunk.decode("latin-1"))
        im.save(buf, "PNG", pnginfo=info)
    else:
        im.save(buf, "PNG")
    return buf.getvalue()


def tiff_multipage(pages: int = 3, w: int = 850, h: int = 1100) -> bytes:
    frames = [Image.new("L", (w, h), 255) for _ in range(pages)]
    for i, f in enumerate(frames):
        ImageDraw.Draw(f).text((50, 50), f"page {i + 1}", fill=0)
    buf = io.BytesIO()
    frames[0].save(buf, "TIFF", save_all=True, append_images=frames[1:], compression="tiff_deflate", dpi=(300, 300))
    return buf.getvalue()


def pdf_bytes(pages: int = 2, *, text: str = "statement", encrypt_password: str | None = None,
              rotate: int = 0) -> bytes:
    from reportlab.pdfgen import canvas

    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=(595, 842), pageCompression=0)
    for i in range(pages):
        c.drawString(72, 720, f"{text} page {i + 1}")
        c.showPage()
    c.save()
    data = buf.getvalue()
    if encrypt_password is not None or rotate:
        from pypdf import PdfReader, PdfWriter

        w = PdfWriter()
        for p in PdfReader(io.BytesIO(data)).pages:
            page = w.add_page(p)
            if rotate:
                page.rotate(rotate)
        if encrypt_password is not None:
            w.encrypt(user_password=encrypt_password, owner_password="owner-" + encrypt_password)
        out = io.BytesIO()
        w.write(out)
        data = out.getvalue()
    return data


def _png_chunk(kind: bytes, data: bytes) -> bytes:
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)


def png_bomb(w: int = 50_000, h: int = 50_000) -> bytes:
    """A few hundred bytes that declare a gigapixel image."""
    header = struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0)
    body = zlib.compress(b"\x00" * 65536, 9)
    return b"\x89PNG\r\n\x1a\n" + _png_chunk(b"IHDR", header) + _png_chunk(b"IDAT", body) + _png_chunk(b"IEND", b"")


def gif_bytes() -> bytes:
    buf = io.BytesIO()
    Image.new("P", (10, 10)).save(buf, "GIF")
    return buf.getvalue()


# --- leak scanning ----------------------------------------------------------------------------------

def files_changed_since(roots: Iterable[Path], since: float) -> list[Path]:
    out = []
    for root in roots:
        if not root.exists():
            continue
        for dirpath, _dirs, files in os.walk(root):
            for f in files:
                p = Path(dirpath) / f
                try:
                    if p.stat().st_mtime >= since - 1 and p.is_file():
                        out.append(p)
                except OSError:
                    continue
    return out


def files_containing(paths: Iterable[Path], needle: bytes) -> list[Path]:
    hits = []
    for p in paths:
        try:
            if p.stat().st_size > 200 * 1024 * 1024:
                continue
            if needle in p.read_bytes():
                hits.append(p)
        except OSError:
            continue
    return hits


def now() -> float:
    return time.time()
