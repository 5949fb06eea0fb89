"""Customer documents: upload with hostile-file checks, thumbnails, watermarked copies, checklists.

Why the file handling is this strict (reliability-notes T27/T28): clerks attach whatever a phone,
a flatbed or a customer's USB stick hands them. Only JPEG, PNG, TIFF (multi-page too) and PDF are
accepted, by their magic bytes, never by the name. Images are decoded with size limits checked
*before* pixels are allocated, re-encoded (which drops EXIF, GPS and any trailing payload),
rotated by EXIF orientation and downscaled. Everything happens on bytes in memory: no temp file,
no path built from the uploaded name.

Split for the GUI: `prepare_upload()` is CPU-only (no database) so the UI runs it on the worker
pool; `attach_document()` then does the short database part on the DB thread. Passing raw bytes
to `attach_document()` also works (it calls `prepare_upload()` itself).

The bytes go to the attachment store first, then the metadata row + audit in the caller's
transaction; a rollback of that transaction deletes the blob again (see store/attachments.py).
"""

from __future__ import annotations

import hashlib
import io
import logging
import math
import re
import warnings
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from PIL import Image, ImageDraw, ImageFont, ImageOps, UnidentifiedImageError
from sqlalchemy import event, select
from sqlalchemy.orm import Session

from loandesk.domain.clock import china_today
from loandesk.domain.documents import (
    CONSENT_FOR_DOC,
    DOC_TYPE_LABELS,
    Checklist,
    ChecklistError,
    DocType,
    DocumentFact,
    ItemStatus,
    doc_type_from_label,
    sanitize_filename,
)
from loandesk.domain.documents import checklist_status as _checklist_status
from loandesk.services import audit
from loandesk.services.context import Actor, NotFound, ServiceError, require
from loandesk.store.attachments import BlobStore
from loandesk.store.models.auth import User
from loandesk.store.models.base import utcnow
from loandesk.store.models.documents import Document

log = logging.getLogger(__name__)

# --- limits ------------------------------------------------------------------------------------

MAX_FILE_BYTES = 20 * 1024 * 1024
MAX_PIXELS = 50_000_000  # per page; a 600 dpi A4 colour scan is ~35 MP
# A JPEG is decoded at 1/2–1/8 scale in the DCT domain (``draft``): a 64 or 108 MP phone photo
# costs a 3000-pixel decode, so it may be larger. Kept under Pillow's own hard limit (~179 MP),
# above which Image.open refuses the file as a decompression bomb.
MAX_JPEG_PIXELS = 170_000_000
MAX_TIFF_PAGES = 100
MAX_TIFF_TOTAL_PIXELS = 400_000_000
MAX_PDF_PAGES = 1000
MAX_LONG_SIDE = 3000  # enough to read an ID number at 1:1 on any screen; ~2–3 MB as JPEG
THUMB_SIDE = 256
JPEG_QUALITY = 85
THUMB_QUALITY = 75
DEFAULT_DPI = 200

JPEG, PNG, TIFF, PDF = "image/jpeg", "image/png", "image/tiff", "application/pdf"
_EXT = {JPEG: "jpg", PNG: "png", TIFF: "tif", PDF: "pdf"}
_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"\xff\xd8\xff", JPEG),
    (b"\x89PNG\r\n\x1a\n", PNG),
    (b"II*\x00", TIFF),
    (b"MM\x00*", TIFF),
    (b"%PDF-", PDF),
)
_PIL_FORMAT = {JPEG: "JPEG", PNG: "PNG", TIFF: "TIFF"}

ACCEPTED_HINT = "仅支持 JPG、PNG、TIFF（可多页）和 PDF 文件"


class DocumentRejected(ServiceError):
    """The uploaded file is refused; the message says why and what to do, in Chinese."""

    def __init__(self, message: str) -> None:
        super().__init__(message, field="file")


# --- sniffing and normalisation (no database) --------------------------------------------------

def sniff(data: bytes) -> str | None:
    """MIME type from the first bytes, or None. The file name and extension are never trusted."""
    for magic, mime in _MAGIC:
        if data.startswith(magic):
            return mime
    return None


@dataclass(frozen=True)
class PreparedUpload:
    """A validated, normalised file ready to store. Produced off the DB thread."""

    display_name: str
    data: bytes
    mime: str
    source_mime: str
    source_sha256: str
    source_size: int
    pages: int
    width: int
    height: int
    thumb: bytes | None


def _describe_unknown(data: bytes) -> str:
    head = data[:512].lstrip().lower()
    if head.startswith((b"<?xml", b"<svg")) or b"<svg" in head:
        return "这是 SVG 矢量图/文本文件，不是扫描图片"
    if head.startswith((b"gif8",)):
        return "这是 GIF 动图，不支持"
    if head.startswith(b"riff") and data[8:12] == b"WEBP":
        return "这是 WebP 图片，不支持，请用画图等软件另存为 JPG 后再上传"
    if head.startswith(b"simple  ="):
        return "这是天文 FITS 文件，不是扫描图片"
    if head.startswith(b"pk\x03\x04"):
        return "这是压缩包或 Office 文档"
    if data[4:12] in (b"ftypheic", b"ftypheix", b"ftypmif1"):
        return "这是 HEIC 照片（苹果手机格式），请在手机上设置为“兼容性最佳”或转换为 JPG 后再上传"
    return "无法识别的文件内容"


def prepare_upload(filename: str, data: bytes) -> PreparedUpload:
    """Validate and normalise one uploaded file; raise DocumentRejected with a Chinese reason.

    CPU only, safe to run on a worker thread. Never writes anything anywhere.
    """
    name = sanitize_filename(filename)
    if not isinstance(data, bytes | bytearray | memoryview):
        raise DocumentRejected("文件内容无效。")
    data = bytes(data)
    if not data:
        raise DocumentRejected(f"“{name}”是空文件（0 字节），请重新扫描或选择正确的文件。")
    if len(data) > MAX_FILE_BYTES:
        raise DocumentRejected(
            f"“{name}”太大（{len(data) / 1048576:.1f} MB），单个文件不能超过 {MAX_FILE_BYTES // 1048576} MB。"
            "请降低扫描分辨率（300dpi 即可）或拆分后再上传。"
        )
    mime = sniff(data)
    if mime is None:
        raise DocumentRejected(f"“{name}”不是可接受的文件：{_describe_unknown(data)}。{ACCEPTED_HINT}。")
    source_sha = hashlib.sha256(data).hexdigest()
    if mime == PDF:
        pages = _check_pdf(name, data)
        return PreparedUpload(name, data, PDF, PDF, source_sha, len(data), pages, 0, 0, None)
    pages_img = _decode_pages(name, data, mime)
    first = pages_img[0]
    thumb = _thumbnail(first)
    if len(pages_img) == 1:
        out, out_mime = _encode_single(first, prefer_png=(mime == PNG or first.mode == "1"))
    else:
        out, out_mime = _encode_pdf(pages_img), PDF
    if len(out) > MAX_FILE_BYTES:  # cannot really happen at 3000 px, but never store more than we accept
        raise DocumentRejected(f"“{name}”处理后仍超过 {MAX_FILE_BYTES // 1048576} MB，请降低分辨率后再上传。")
    return PreparedUpload(name, out, out_mime, mime, source_sha, len(data), len(pages_img),
                          first.width, first.height, thumb)


def _bomb(name: str, w: int, h: int, fmt: str = "") -> DocumentRejected:
    if fmt == "JPEG":  # most likely a phone photo taken in its highest-resolution mode
        return DocumentRejected(
            f"“{name}”的像素尺寸过大（{w}×{h}，约 {w * h / 1e6:.0f} 百万像素），超过 "
            f"{MAX_JPEG_PIXELS // 1_000_000} 百万像素的上限，也可能是异常或恶意文件。手机照片请在相机设置中"
            "改用较低像素（如 1200 万像素）重新拍摄，扫描件请用 300dpi 重新扫描后再上传。"
        )
    return DocumentRejected(
        f"“{name}”的像素尺寸过大（{w}×{h}，约 {w * h / 1e6:.0f} 百万像素），超过 {MAX_PIXELS // 1_000_000} 百万像素的上限，"
        "可能是异常或恶意文件。请用 300dpi 重新扫描后再上传。"
    )


def _pixels_ok(fmt: str, w: int, h: int) -> bool:
    if w <= 0 or h <= 0:
        return False
    return w * h <= (MAX_JPEG_PIXELS if fmt == "JPEG" else MAX_PIXELS)


def _broken(name: str) -> DocumentRejected:
    return DocumentRejected(f"“{name}”已损坏或不完整（可能是未下载完或传输中断），无法读取。请重新扫描或重新拷贝后再上传。")


def decode_image(data: bytes, name: str = "图片") -> Image.Image:
    """First page of an acceptable image (JPEG/PNG/TIFF), EXIF-rotated and ≤ MAX_LONG_SIDE.

    The same checks as uploads (size, magic bytes, pixel limits); for OCR and previews.
    """
    if not data:
        raise DocumentRejected(f"“{name}”是空文件（0 字节）。")
    if len(data) > MAX_FILE_BYTES:
        raise DocumentRejected(f"“{name}”太大，单个文件不能超过 {MAX_FILE_BYTES // 1048576} MB。")
    mime = sniff(data)
    if mime not in _PIL_FORMAT:
        raise DocumentRejected(f"“{name}”不是可识别的图片：{_describe_unknown(data)}。请使用 JPG、PNG 或 TIFF 图片。")
    return _decode_pages(name, data, mime, first_only=True)[0]


def _decode_pages(name: str, data: bytes, mime: str, *, first_only: bool = False) -> list[Image.Image]:
    """Decode every page with limits checked from the header before any pixel is allocated."""
    fmt = _PIL_FORMAT[mime]
    out: list[Image.Image] = []
    total = 0
    with warnings.catch_warnings():
        # Pillow warns above ~89 MP; a JPEG is checked against MAX_JPEG_PIXELS below instead
        warnings.simplefilter("ignore" if fmt == "JPEG" else "error", Image.DecompressionBombWarning)
        try:
            im = Image.open(io.BytesIO(data), formats=[fmt])
        except (Image.DecompressionBombError, Image.DecompressionBombWarning):
            raise DocumentRejected(f"“{name}”的像素尺寸过大，可能是异常或恶意文件。请用 300dpi 重新扫描后再上传。") from None
        except (UnidentifiedImageError, OSError, SyntaxError, ValueError, EOFError):
            raise _broken(name) from None
        try:
            for index in range(MAX_TIFF_PAGES + 1):
                if index:
                    try:
                        im.seek(index)
                    except EOFError:
                        break
                    if index == MAX_TIFF_PAGES:
                        raise DocumentRejected(f"“{name}”页数过多（超过 {MAX_TIFF_PAGES} 页），请拆分后再上传。")
                w, h = im.size
                if not _pixels_ok(fmt, w, h):
                    raise _bomb(name, w, h, fmt)
                total += w * h
                if total > MAX_TIFF_TOTAL_PIXELS:
                    raise DocumentRejected(f"“{name}”各页合计像素过大，请降低分辨率或拆分后再上传。")
                out.append(_normalise_frame(im))
                if fmt != "TIFF" or first_only:
                    break
        except DocumentRejected:
            raise
        except MemoryError:
            raise DocumentRejected(f"“{name}”解码所需内存过大，请降低分辨率后再上传。") from None
        except (Image.DecompressionBombError, Image.DecompressionBombWarning):
            raise DocumentRejected(f"“{name}”的像素尺寸过大，可能是异常或恶意文件。请用 300dpi 重新扫描后再上传。") from None
        except Exception:  # hostile input: any decoder failure means "unreadable"
            raise _broken(name) from None
        finally:
            im.close()
    return out


def _fit(w: int, h: int, side: int) -> tuple[int, int]:
    scale = min(1.0, side / max(w, h))
    return max(1, round(w * scale)), max(1, round(h * scale))


def _normalise_frame(im: Image.Image) -> Image.Image:
    """Decode one frame: JPEG draft scaling, EXIF rotation, downscale, a mode we can encode."""
    original_long = max(im.size)
    dpi = _dpi(im)
    if im.format == "JPEG" and original_long > MAX_LONG_SIDE:
        im.draft(None, _fit(im.width, im.height, MAX_LONG_SIDE))  # DCT-domain downscale: fast, little memory
    im.load()
    frame = ImageOps.exif_transpose(im)
    if frame is None or frame is im:
        frame = im.copy()
    frame = _to_encodable_mode(frame)
    if max(frame.size) > MAX_LONG_SIDE:
        if frame.mode == "1":
            frame = frame.convert("L")
        frame.thumbnail((MAX_LONG_SIDE, MAX_LONG_SIDE), Image.Resampling.LANCZOS, reducing_gap=3.0)
    # Keep the physical page size when pixels were dropped (PDF page size, printing at 1:1).
    out_dpi = max(1.0, dpi * max(frame.size) / original_long)
    frame.info = {"dpi": (out_dpi, out_dpi)}
    return frame


def _dpi(im: Image.Image) -> float:
    raw = im.info.get("dpi")
    try:
        value = float(raw[0]) if raw else 0.0
    except (TypeError, ValueError, IndexError):
        value = 0.0
    return value if 50 <= value <= 2400 else DEFAULT_DPI


def _to_encodable_mode(im: Image.Image) -> Image.Image:
    """Reduce to 1, L, RGB or RGBA: the modes JPEG/PNG/PDF writers handle without surprises."""
    mode = im.mode
    if mode in ("1", "L", "RGB", "RGBA"):
        return im
    if mode in ("P", "PA"):
        return im.convert("RGBA" if ("transparency" in im.info or mode == "PA") else "RGB")
    if mode == "LA":
        return im.convert("RGBA")
    if mode.startswith("I;16") or mode in ("I", "F"):
        # 16-bit/float greyscale scans: scale to 8 bits rather than clip at 255 (which is white).
        return im.convert("I").point(lambda v: v * (1 / 256)).convert("L") if mode != "F" else im.convert("L")
    return im.convert("RGB")  # CMYK, YCbCr, LAB, HSV …


def _flatten(im: Image.Image) -> Image.Image:
    if im.mode == "RGBA":
        bg = Image.new("RGB", im.size, (255, 255, 255))
        bg.paste(im, mask=im.getchannel("A"))
        return bg
    if im.mode == "1":
        return im.convert("L")
    return im


def _encode_single(im: Image.Image, *, prefer_png: bool) -> tuple[bytes, str]:
    dpi = im.info.get("dpi", (DEFAULT_DPI, DEFAULT_DPI))
    buf = io.BytesIO()
    if prefer_png or im.mode == "RGBA":
        im.save(buf, "PNG", compress_level=6, dpi=dpi)
        if buf.tell() <= MAX_FILE_BYTES or im.mode not in ("RGB", "L"):
            return buf.getvalue(), PNG
        buf = io.BytesIO()
    _flatten(im).save(buf, "JPEG", quality=JPEG_QUALITY, optimize=True, dpi=tuple(round(d) for d in dpi))
    return buf.getvalue(), JPEG


def _encode_pdf(pages: list[Image.Image]) -> bytes:
    """Multi-page TIFF → one PDF (JPEG or CCITT pages): one format the viewer pages through."""
    flat = [p if p.mode in ("1", "L", "RGB") else _flatten(p) for p in pages]
    dpi = flat[0].info.get("dpi", (DEFAULT_DPI, DEFAULT_DPI))
    # Bilevel pages go in as CCITT G4, whose encoder refuses a JPEG quality setting.
    extra = {} if any(p.mode == "1" for p in flat) else {"quality": JPEG_QUALITY}
    buf = io.BytesIO()
    flat[0].save(buf, "PDF", save_all=True, append_images=flat[1:], resolution=float(dpi[0]),
                 producer="LoanDesk", creator="LoanDesk", **extra)
    return buf.getvalue()


def _thumbnail(im: Image.Image) -> bytes:
    t = _flatten(im.copy())
    if t.mode not in ("L", "RGB"):
        t = t.convert("RGB")
    t.thumbnail((THUMB_SIDE, THUMB_SIDE), Image.Resampling.LANCZOS)
    buf = io.BytesIO()
    t.save(buf, "JPEG", quality=THUMB_QUALITY)
    return buf.getvalue()


def _check_pdf(name: str, data: bytes) -> int:
    """Page count of an acceptable PDF; refuse truncated, unreadable and password-protected ones.

    PDFs are stored as uploaded (re-writing would break signed credit reports and e-statements).
    """
    if b"%%EOF" not in data[-4096:]:
        raise _broken(name)
    try:
        from pypdf import PdfReader
    except ImportError:
        return _count_pdf_pages_minimal(name, data)
    logging.getLogger("pypdf").setLevel(logging.ERROR)  # its warnings name nothing personal, but are noise
    try:
        reader = PdfReader(io.BytesIO(data), strict=False)
        if reader.is_encrypted:
            try:
                ok = reader.decrypt("")
            except Exception:  # unsupported crypto etc.
                ok = 0
            if not ok:
                raise DocumentRejected(f"“{name}”是设有打开密码的 PDF，无法查看和打印。请提供未加密的文件。")
        n = len(reader.pages)
    except DocumentRejected:
        raise
    except Exception:  # hostile input
        raise _broken(name) from None
    if n <= 0:
        raise _broken(name)
    if n > MAX_PDF_PAGES:
        raise DocumentRejected(f"“{name}”页数过多（{n} 页），请拆分后再上传。")
    return n


def _count_pdf_pages_minimal(name: str, data: bytes) -> int:
    """Fallback without pypdf: count page objects; enough to refuse obvious garbage."""
    n = len(re.findall(rb"/Type\s*/Page(?![a-zA-Z])", data))
    if n == 0:
        raise _broken(name)
    if b"/Encrypt" in data:
        raise DocumentRejected(f"“{name}”是加密的 PDF，请提供未加密的文件。")
    return n


# --- views -------------------------------------------------------------------------------------

STATUS_LABELS = {"active": "有效", "void": "已作废"}


@dataclass(frozen=True)
class DocumentView:
    id: str
    customer_id: str
    doc_type: DocType
    doc_type_label: str
    status: str  # active | void
    status_label: str
    original_name: str
    download_name: str  # display stem + the extension of what is actually stored
    mime: str
    source_mime: str
    pages: int
    width: int
    height: int
    size: int
    sha256: str
    issued_on: date | None
    valid_until: date | None
    uploaded_by: str  # display name
    uploaded_at: datetime
    note: str
    void_reason: str

    @property
    def is_pdf(self) -> bool:
        return self.mime == PDF

    @property
    def copy_format(self) -> str:
        """What render_watermarked_copy returns: "png" for images, "pdf" for PDFs."""
        return "pdf" if self.mime == PDF else "png"


def _user_names(session: Session, ids: Iterable[str | None]) -> dict[str, str]:
    wanted = {i for i in ids if i}
    if not wanted:
        return {}
    rows = session.execute(select(User.id, User.display_name, User.username).where(User.id.in_(wanted)))
    return {r[0]: r[1] or r[2] for r in rows}


def _view(doc: Document, names: Mapping[str, str]) -> DocumentView:
    dt = DocType(doc.doc_type)
    stem = doc.original_name.rsplit(".", 1)[0] if "." in doc.original_name else doc.original_name
    return DocumentView(
        id=doc.id, customer_id=doc.customer_id, doc_type=dt, doc_type_label=DOC_TYPE_LABELS[dt], status=doc.status,
        status_label=STATUS_LABELS.get(doc.status, doc.status), original_name=doc.original_name,
        download_name=f"{stem or DOC_TYPE_LABELS[dt]}.{_EXT.get(doc.mime, 'bin')}", mime=doc.mime,
        source_mime=doc.source_mime, pages=doc.pages, width=doc.width, height=doc.height, size=doc.size,
        sha256=doc.sha256, issued_on=doc.issued_on, valid_until=doc.valid_until,
        uploaded_by=names.get(doc.uploaded_by or "", ""), uploaded_at=doc.uploaded_at, note=doc.note,
        void_reason=doc.void_reason,
    )


def _get(session: Session, document_id: str) -> Document:
    doc = session.get(Document, document_id)
    if doc is None:
        raise NotFound("资料不存在或已被删除。")
    return doc


def _customer_model() -> Any:
    from loandesk.store.models.customers import Customer  # the customer area owns this model

    return Customer


def _check_customer(session: Session, customer_id: str) -> Any:
    customer = session.get(_customer_model(), customer_id)
    if customer is None:
        raise NotFound("客户不存在。")
    if getattr(customer, "status", "active") == "archived":
        raise ServiceError("该客户已归档，不能再上传资料。如需继续办理，请先恢复客户。")
    return customer


_CONSENT_MISSING = {
    "pi_sensitive": "“{label}”属于敏感个人信息，须先登记客户签署的《个人敏感信息处理单独同意书》"
                    "（客户资料 → 授权 页签，可先上传同意书扫描件），再上传。",
    "credit_query": "上传征信报告前，须先登记客户签署的《征信查询授权书》"
                    "（客户资料 → 授权 页签，可先上传授权书扫描件）。",
}


def consent_missing_message(dt: DocType, missing: Iterable[str]) -> str | None:
    """Why a scan of type ``dt`` cannot be stored while the consents ``missing`` are not on
    record (``CustomerView.consents.missing``), or None when it can. The screen asks before
    reading any file; `attach_document` enforces it."""
    kind = CONSENT_FOR_DOC.get(dt)
    if kind is None or kind not in set(missing):
        return None
    return _CONSENT_MISSING[kind].format(label=DOC_TYPE_LABELS[dt])


def _check_consent(customer: Any, dt: DocType) -> None:
    """Sensitive scans only with the customer's consent on record (PIPL art. 29; 征信业管理条例
    art. 18): the same rule the customer form applies to the bank account and credit summary."""
    missing = [k for k, on in (("pi_sensitive", customer.pi_consent_on), ("credit_query", customer.credit_consent_on))
               if on is None]
    message = consent_missing_message(dt, missing)
    if message is not None:
        raise ServiceError(message, field="doc_type")


_CTRL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f\u202a-\u202e\u2066-\u2069]")


def _clean_text(text: str | None, limit: int, what: str) -> str:
    t = _CTRL.sub("", (text or "")).strip()
    if len(t) > limit:
        raise ServiceError(f"{what}不能超过 {limit} 个字。", field=what)
    return t


# --- blob cleanup on rollback ------------------------------------------------------------------

_PENDING = "loandesk.pending_blobs"


def _track_blob(session: Session, blobs: BlobStore, blob_id: str) -> None:
    """Delete the blob again if this session's transaction rolls back (cancel, error, refusal)."""
    pending = session.info.get(_PENDING)
    if pending is None:
        pending = session.info[_PENDING] = []

        def _after_commit(sess: Session) -> None:
            sess.info.get(_PENDING, []).clear()

        def _after_rollback(sess: Session) -> None:
            items = list(sess.info.get(_PENDING, []))
            sess.info.get(_PENDING, []).clear()
            for store, bid in items:
                try:
                    store.delete([bid])
                except Exception:  # an orphan blob is harmless; sweep() removes it
                    log.warning("could not delete orphan blob after rollback")

        event.listen(session, "after_commit", _after_commit)
        event.listen(session, "after_rollback", _after_rollback)
    pending.append((blobs, blob_id))


# --- service functions -------------------------------------------------------------------------

def attach_document(
    session: Session,
    actor: Actor,
    customer_id: str,
    doc_type: DocType | str,
    filename: str,
    data: bytes | PreparedUpload,
    *,
    blobs: BlobStore,
    issued_on: date | None = None,
    valid_until: date | None = None,
    note: str = "",
    allow_duplicate: bool = False,
) -> DocumentView:
    """Validate, normalise and store one document for a customer, audited, in one transaction.

    ``data`` may be the raw upload or the result of `prepare_upload()` (done on a worker thread).
    The same file uploaded twice as the same type is refused unless ``allow_duplicate``.
    """
    require(session, actor, "document.attach", entity_type="customer", entity_id=customer_id)
    try:
        dt = doc_type if isinstance(doc_type, DocType) else doc_type_from_label(str(doc_type))
    except ChecklistError as exc:
        raise ServiceError(str(exc), field="doc_type") from None
    if issued_on and valid_until and valid_until < issued_on:
        raise ServiceError("有效期截止日不能早于签发/出具日期。", field="valid_until")
    if issued_on and issued_on > china_today():
        raise ServiceError("签发/出具日期不能晚于今天。", field="issued_on")
    note = _clean_text(note, 200, "备注")
    _check_consent(_check_customer(session, customer_id), dt)
    prepared = data if isinstance(data, PreparedUpload) else prepare_upload(filename, data)
    if not allow_duplicate:
        dup = session.scalar(select(Document).where(
            Document.customer_id == customer_id, Document.doc_type == dt.value, Document.status == "active",
            Document.source_sha256 == prepared.source_sha256,
        ).limit(1))
        if dup is not None:
            raise DocumentRejected(
                f"这份文件已作为“{DOC_TYPE_LABELS[dt]}”上传过（{dup.uploaded_at.date().isoformat()}），无需重复上传。"
            )
    ref = blobs.put(prepared.data, prepared.mime, prepared.thumb)
    _track_blob(session, blobs, ref.id)
    doc = Document(
        customer_id=customer_id, doc_type=dt.value, status="active", original_name=prepared.display_name,
        mime=prepared.mime, source_mime=prepared.source_mime, pages=prepared.pages, width=prepared.width,
        height=prepared.height, size=ref.size, sha256=ref.sha256, source_sha256=prepared.source_sha256,
        blob_id=ref.id, issued_on=issued_on, valid_until=valid_until, uploaded_by=actor.user_id or None,
        uploaded_at=utcnow(), note=note, void_reason="",
    )
    session.add(doc)
    session.flush()
    summary = {"customer_id": customer_id, "doc_type": dt.value, "mime": prepared.mime, "pages": prepared.pages,
               "size": ref.size, "sha256": ref.sha256}
    audit.record(session, actor, "document.attach", entity_type="document", entity_id=doc.id, summary=summary)
    audit.outbox(session, "document", doc.id, {**summary, "original_name": prepared.display_name,
                                               "uploaded_at": doc.uploaded_at.isoformat()})
    return _view(doc, _user_names(session, [doc.uploaded_by]))


def get_document(session: Session, actor: Actor, document_id: str) -> DocumentView:
    require(session, actor, "document.view", entity_type="document", entity_id=document_id)
    doc = _get(session, document_id)
    return _view(doc, _user_names(session, [doc.uploaded_by]))


def list_documents(session: Session, actor: Actor, customer_id: str, *, include_void: bool = False,
                   doc_type: DocType | None = None) -> list[DocumentView]:
    """A customer's documents, newest first; voided ones only when asked."""
    require(session, actor, "document.view", entity_type="customer", entity_id=customer_id)
    q = select(Document).where(Document.customer_id == customer_id)
    if not include_void:
        q = q.where(Document.status == "active")
    if doc_type is not None:
        q = q.where(Document.doc_type == DocType(doc_type).value)
    docs = list(session.scalars(q.order_by(Document.uploaded_at.desc(), Document.id)))
    names = _user_names(session, [d.uploaded_by for d in docs])
    return [_view(d, names) for d in docs]


def thumbnail(session: Session, actor: Actor, document_id: str, *, blobs: BlobStore) -> bytes | None:
    """JPEG thumbnail (≤ 256 px) or None for PDFs; not audited (too small to read an ID from)."""
    require(session, actor, "document.view", entity_type="document", entity_id=document_id)
    return blobs.get_thumb(_get(session, document_id).blob_id)


def document_content(session: Session, actor: Actor, document_id: str, *, blobs: BlobStore) -> bytes:
    """The stored bytes for the viewer (in memory only). Audited: ID scans are sensitive (PIPL 28).

    Needs a write session because the view is recorded in the audit log.
    """
    require(session, actor, "document.view", entity_type="document", entity_id=document_id)
    doc = _get(session, document_id)
    data = blobs.get(doc.blob_id)
    audit.record(session, actor, "document.view", entity_type="document", entity_id=doc.id,
                 summary={"customer_id": doc.customer_id, "doc_type": doc.doc_type})
    return data


def void_document(session: Session, actor: Actor, document_id: str, reason: str) -> DocumentView:
    """Mark a wrong upload as void. Nothing is deleted (AML retention); checklists ignore it."""
    require(session, actor, "document.attach", entity_type="document", entity_id=document_id)
    reason = _clean_text(reason, 200, "作废原因")
    if not reason:
        raise ServiceError("请填写作废原因。", field="reason")
    doc = _get(session, document_id)
    if doc.status == "void":
        raise ServiceError("该资料已作废。")
    doc.status, doc.voided_by, doc.voided_at, doc.void_reason = "void", actor.user_id or None, utcnow(), reason
    session.flush()
    audit.record(session, actor, "document.void", entity_type="document", entity_id=doc.id,
                 summary={"customer_id": doc.customer_id, "doc_type": doc.doc_type, "reason": reason})
    audit.outbox(session, "document", doc.id, {"status": "void", "reason": reason})
    return _view(doc, _user_names(session, [doc.uploaded_by]))


def checklist_status(session: Session, actor: Actor, customer_id: str, checklist: Checklist, *,
                     today: date | None = None,
                     max_age_days: Mapping[DocType, int | None] | None = None) -> list[ItemStatus]:
    """已收/缺失/过期 per checklist item for one customer (the review module's input)."""
    require(session, actor, "document.view", entity_type="customer", entity_id=customer_id)
    rows = session.execute(
        select(Document.id, Document.doc_type, Document.uploaded_at, Document.issued_on, Document.valid_until,
               Document.status).where(Document.customer_id == customer_id)
    )
    facts = [
        DocumentFact(r[0], DocType(r[1]), _local_date(r[2]), r[3], r[4], r[5] != "active") for r in rows
    ]
    return _checklist_status(checklist, facts, today or china_today(), max_age_days)


def _local_date(at: datetime) -> date:
    """Upload day in China time (UTC+8, no DST), which is what a clerk would call "that day"."""
    from datetime import timedelta, timezone

    return at.astimezone(timezone(timedelta(hours=8))).date()


def sweep_orphan_blobs(session: Session, blobs: BlobStore, *, older_than_hours: float = 1.0) -> int:
    """Maintenance (startup/backup): remove blobs nothing references. Returns the count.

    Documents are not the only owners: stored contract PDFs and application files (risk reports,
    补件通知书) live in the same store and must survive the sweep.
    """
    from datetime import timedelta

    from loandesk.store.models.applications import ApplicationFile
    from loandesk.store.models.loans import Contract

    keep = set(session.scalars(select(Document.blob_id)))
    keep |= set(session.scalars(select(ApplicationFile.blob_id)))
    keep |= set(session.scalars(select(Contract.pdf_blob_id)))
    return blobs.sweep(keep, older_than=timedelta(hours=older_than_hours))


# --- watermarked copies ------------------------------------------------------------------------

WATERMARK_DEFAULT = "仅供本行贷款业务使用"


def default_watermark_text(today: date | None = None) -> str:
    d = today or china_today()
    return f"{WATERMARK_DEFAULT} {d.year}年{d.month:02d}月{d.day:02d}日"


def render_watermarked_copy(session: Session, actor: Actor, document_id: str, text: str | None = None, *,
                            blobs: BlobStore, today: date | None = None) -> bytes:
    """A copy for printing or handing out, with a diagonal repeated watermark, audited.

    Returns PNG bytes for image documents and PDF bytes for PDFs (and multi-page scans), see
    `DocumentView.copy_format`. ``text`` replaces the whole default text
    ("仅供本行贷款业务使用 YYYY年MM月DD日"). Built in memory; never touches the disk.
    """
    require(session, actor, "document.print", entity_type="document", entity_id=document_id)
    doc = _get(session, document_id)
    if doc.status != "active":
        raise ServiceError("该资料已作废，不能打印或导出。")
    wm = default_watermark_text(today) if text is None else _clean_text(text, 60, "水印文字")
    if not wm:
        raise ServiceError("水印文字不能为空。", field="text")
    data = blobs.get(doc.blob_id)
    if doc.mime == PDF:
        out = watermark_pdf(data, wm)
        fmt = "pdf"
    else:
        out = watermark_image(data, wm)
        fmt = "png"
    audit.record(session, actor, "document.print", entity_type="document", entity_id=doc.id,
                 summary={"customer_id": doc.customer_id, "doc_type": doc.doc_type, "format": fmt,
                          "watermark": wm})
    return out


WATERMARK_RGB = (200, 30, 30)
WATERMARK_ALPHA = 0.30
WATERMARK_ANGLE = 30


def _cjk_font_path() -> tuple[str, str]:
    """(path for Pillow, registered reportlab font name) from the shared font finder."""
    try:
        from loandesk.documents.fonts import FontNotFound, get_fonts
    except ImportError as exc:  # pragma: no cover - documents package is part of the app
        raise ServiceError("缺少中文字体组件，无法生成水印。") from exc
    try:
        fonts = get_fonts()
    except FontNotFound as exc:
        raise ServiceError(str(exc)) from None
    return fonts.regular_path, fonts.regular


def watermark_image(data: bytes, text: str) -> bytes:
    """Tile ``text`` diagonally over an image; PNG out. Pure function on bytes."""
    with Image.open(io.BytesIO(data), formats=["JPEG", "PNG"]) as src:
        base = _flatten(_to_encodable_mode(src.copy())).convert("RGB")
    w, h = base.size
    size = max(14, round(min(w, h) / 14))
    font = ImageFont.truetype(_cjk_font_path()[0], size, index=0)
    diag = int(math.hypot(w, h)) + size * 2
    layer = Image.new("L", (diag, diag), 0)
    draw = ImageDraw.Draw(layer)
    tw = draw.textlength(text, font=font)
    step_x, step_y = int(tw + size * 3), int(size * 4)
    for row, y in enumerate(range(0, diag, step_y)):
        offset = (row % 2) * step_x // 2
        for x in range(-step_x + offset, diag, step_x):
            draw.text((x, y), text, font=font, fill=255)
    layer = layer.rotate(WATERMARK_ANGLE, resample=Image.Resampling.BICUBIC)
    left, top = (diag - w) // 2, (diag - h) // 2
    mask = layer.crop((left, top, left + w, top + h)).point(lambda v: round(v * WATERMARK_ALPHA))
    base.paste(Image.new("RGB", (w, h), WATERMARK_RGB), (0, 0), mask)
    out = io.BytesIO()
    base.save(out, "PNG", compress_level=6)
    return out.getvalue()


def _overlay_pdf(width: float, height: float, text: str) -> bytes:
    from reportlab.pdfgen import canvas

    _, font_name = _cjk_font_path()
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=(width, height), pageCompression=1)
    size = max(10.0, min(width, height) / 16)
    c.setFont(font_name, size)
    c.setFillColorRGB(*(v / 255 for v in WATERMARK_RGB))
    c.setFillAlpha(WATERMARK_ALPHA)
    tw = c.stringWidth(text, font_name, size)
    diag = math.hypot(width, height)
    c.translate(width / 2, height / 2)
    c.rotate(WATERMARK_ANGLE)
    step_x, step_y = tw + size * 3, size * 4
    rows = int(diag / step_y) + 2
    cols = int(diag / step_x) + 2
    for r in range(-rows // 2 - 1, rows // 2 + 2):
        offset = (r % 2) * step_x / 2
        for k in range(-cols // 2 - 1, cols // 2 + 2):
            c.drawString(k * step_x + offset - tw / 2, r * step_y, text)
    c.showPage()
    c.save()
    return buf.getvalue()


def watermark_pdf(data: bytes, text: str) -> bytes:
    """Stamp every page with the watermark as a Form XObject appended to the page contents.

    The original content streams are neither decoded nor parsed (they may be large or hostile);
    they are wrapped in q/Q and the stamp is drawn on top, upright for any /Rotate.
    """
    try:
        from pypdf import PdfReader, PdfWriter
        from pypdf.generic import (
            ArrayObject,
            DecodedStreamObject,
            DictionaryObject,
            FloatObject,
            IndirectObject,
            NameObject,
        )
    except ImportError as exc:
        raise ServiceError("缺少 PDF 处理组件（pypdf），无法生成带水印的 PDF。请联系系统管理员。") from exc
    reader = PdfReader(io.BytesIO(data), strict=False)
    if reader.is_encrypted:
        reader.decrypt("")
    writer = PdfWriter()
    forms: dict[tuple[float, float], Any] = {}
    for src_page in reader.pages:
        page = writer.add_page(src_page)
        box = page.cropbox
        llx, lly, urx, ury = (float(v) for v in (box.left, box.bottom, box.right, box.top))
        rotate = int(page.get("/Rotate", 0) or 0) % 360
        pw, ph = urx - llx, ury - lly
        vw, vh = (ph, pw) if rotate in (90, 270) else (pw, ph)
        key = (round(vw, 1), round(vh, 1))
        if key not in forms:
            ov = PdfReader(io.BytesIO(_overlay_pdf(vw, vh, text))).pages[0]
            form = DecodedStreamObject()
            form.set_data(ov.get_contents().get_data())
            form[NameObject("/Type")] = NameObject("/XObject")
            form[NameObject("/Subtype")] = NameObject("/Form")
            form[NameObject("/BBox")] = ArrayObject([FloatObject(0), FloatObject(0), FloatObject(vw), FloatObject(vh)])
            form[NameObject("/Resources")] = ov["/Resources"].get_object().clone(writer)
            forms[key] = writer._add_object(form)
        matrix = {
            0: (1, 0, 0, 1, llx, lly),
            90: (0, 1, -1, 0, urx, lly),
            180: (-1, 0, 0, -1, urx, ury),
            270: (0, -1, 1, 0, llx, ury),
        }.get(rotate, (1, 0, 0, 1, llx, lly))
        res_obj = page.get("/Resources")
        resources = res_obj.get_object() if res_obj is not None else DictionaryObject()
        if res_obj is None:
            page[NameObject("/Resources")] = resources
        xobj_raw = resources.get("/XObject")
        xobjects = xobj_raw.get_object() if xobj_raw is not None else DictionaryObject()
        if xobj_raw is None:
            resources[NameObject("/XObject")] = xobjects
        name = "/LDWatermark"
        while name in xobjects and xobjects[name] != forms[key]:
            name += "X"
        xobjects[NameObject(name)] = forms[key]
        head = DecodedStreamObject()
        head.set_data(b"q\n")
        tail = DecodedStreamObject()
        tail.set_data(("\nQ\nq " + " ".join(f"{v:.4f}" for v in matrix) + f" cm {name} Do Q\n").encode("ascii"))
        contents = page.get("/Contents")
        parts: list[Any] = []
        if contents is not None:
            obj = contents.get_object()
            if isinstance(obj, ArrayObject):
                parts = list(obj)
            else:
                parts = [contents if isinstance(contents, IndirectObject) else writer._add_object(obj)]
        page[NameObject("/Contents")] = ArrayObject([writer._add_object(head), *parts, writer._add_object(tail)])
    writer.add_metadata({"/Producer": "LoanDesk"})
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()
