"""Document upload, hostile files, normalisation, watermarking and checklists on real SQLCipher files."""

from __future__ import annotations

import io
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

import numpy as np
import pytest
from PIL import Image
from pypdf import PdfReader
from sqlalchemy import func, select

from loandesk.domain.documents import DEFAULT_CHECKLISTS, DocStatus, DocType
from loandesk.services import documents as docs
from loandesk.services.context import PermissionDenied, ServiceError
from loandesk.store.attachments import BlobStore
from loandesk.store.models.audit import AuditRecord, OutboxEntry
from loandesk.store.models.customers import Customer
from loandesk.store.models.documents import Document
from tests.services._fixtures_documents import (
    files_changed_since,
    files_containing,
    gif_bytes,
    jpeg_bytes,
    make_customer,
    pdf_bytes,
    png_bomb,
    png_bytes,
    tiff_multipage,
)


@pytest.fixture
def blobs(db) -> BlobStore:
    return BlobStore.of(db)


@pytest.fixture
def customer(db, actors) -> str:
    return make_customer(db, actors["clerk"], name="李四")


def attach(db, actor, customer, doc_type, name, data, blobs, **kw):
    with db.write() as s:
        return docs.attach_document(s, actor, customer, doc_type, name, data, blobs=blobs, **kw)


def doc_count(db) -> int:
    with db.read() as s:
        return s.scalar(select(func.count()).select_from(Document)) or 0


# --- consent -----------------------------------------------------------------------------------------

def test_sensitive_scans_are_refused_until_the_consent_is_on_record(db, actors, blobs):
    """ID scans and bank statements need the 个人敏感信息单独同意, the credit report the 征信查询授权
    (issue 3 §8, PIPL art. 29, 征信业管理条例 art. 18); nothing is stored when refused, and a
    withdrawn consent closes the door again."""
    from loandesk.services import customers as cs

    clerk = actors["clerk"]
    cid = make_customer(db, clerk, name="王五", consents=False)
    refused = {DocType.ID_FRONT: "个人敏感信息处理单独同意书", DocType.ID_BACK: "个人敏感信息处理单独同意书",
               DocType.BANK_STATEMENT: "个人敏感信息处理单独同意书", DocType.DEPOSIT: "个人敏感信息处理单独同意书",
               DocType.CREDIT_REPORT: "征信查询授权书"}
    for i, (dt, needed) in enumerate(refused.items()):
        with pytest.raises(ServiceError) as exc:
            attach(db, clerk, cid, dt, "scan.jpg", jpeg_bytes(color=(i, 1, 1)), blobs)
        assert needed in exc.value.message and exc.value.field == "doc_type"
    assert doc_count(db) == 0
    # the signed forms themselves, and papers without sensitive data, go in at once
    for i, dt in enumerate((DocType.PI_CONSENT, DocType.CREDIT_AUTH, DocType.INCOME)):
        attach(db, clerk, cid, dt, "form.jpg", jpeg_bytes(color=(1, i, 1)), blobs)
    with db.write() as s:
        pi = cs.record_consent(s, clerk, cid, "pi_sensitive", "2024-01-02", "贷款业务")
    attach(db, clerk, cid, DocType.ID_FRONT, "id.jpg", jpeg_bytes(color=(2, 2, 2)), blobs)
    with pytest.raises(ServiceError, match="征信查询授权书"):  # one consent does not stand in for the other
        attach(db, clerk, cid, DocType.CREDIT_REPORT, "cr.pdf", pdf_bytes(1), blobs)
    with db.write() as s:
        cs.revoke_consent(s, clerk, pi.id, reason="客户书面撤回")
    with pytest.raises(ServiceError, match="单独同意书"):
        attach(db, clerk, cid, DocType.ID_BACK, "back.jpg", jpeg_bytes(color=(3, 3, 3)), blobs)
    assert doc_count(db) == 4


# --- good files ------------------------------------------------------------------------------------

def test_attach_jpeg_normalises_downscales_and_audits(db, actors, customer, blobs):
    big = jpeg_bytes(4800, 3200, exif_orientation=1)
    v = attach(db, actors["clerk"], customer, DocType.ID_FRONT, "身份证正面.jpg", big, blobs)
    assert v.mime == docs.JPEG and v.source_mime == docs.JPEG
    assert (v.width, v.height) == (3000, 2000)
    assert v.doc_type_label == "身份证正面" and v.uploaded_by == "张客户经理"
    with db.write() as s:
        stored = docs.document_content(s, actors["clerk"], v.id, blobs=blobs)
        thumb = docs.thumbnail(s, actors["clerk"], v.id, blobs=blobs)
    im = Image.open(io.BytesIO(stored))
    assert im.format == "JPEG" and im.size == (3000, 2000)
    assert b"SentinelCam" not in stored and not im.getexif()  # EXIF stripped by re-encoding
    t = Image.open(io.BytesIO(thumb))
    assert t.format == "JPEG" and max(t.size) == docs.THUMB_SIDE
    with db.read() as s:
        actions = [r.action for r in s.scalars(select(AuditRecord).order_by(AuditRecord.seq))]
        assert "document.attach" in actions and "document.view" in actions
        assert s.scalar(select(func.count()).select_from(OutboxEntry).where(OutboxEntry.entity_type == "document")) == 1
        row = s.get(Document, v.id)
        assert row.blob_id and row.sha256 == v.sha256


def test_attach_png_with_alpha_stays_png(db, actors, customer, blobs):
    v = attach(db, actors["clerk"], customer, "户口本", "hukou.png", png_bytes(alpha=True), blobs)
    assert v.mime == docs.PNG and v.doc_type is DocType.HUKOU
    with db.write() as s:
        im = Image.open(io.BytesIO(docs.document_content(s, actors["clerk"], v.id, blobs=blobs)))
    assert im.format == "PNG" and im.mode == "RGBA"


def test_multipage_tiff_becomes_pdf_with_all_pages(db, actors, customer, blobs):
    v = attach(db, actors["clerk"], customer, DocType.BANK_STATEMENT, "流水.tif", tiff_multipage(3), blobs)
    assert (v.mime, v.source_mime, v.pages) == (docs.PDF, docs.TIFF, 3)
    assert v.download_name == "流水.pdf"
    with db.write() as s:
        data = docs.document_content(s, actors["clerk"], v.id, blobs=blobs)
    reader = PdfReader(io.BytesIO(data))
    assert len(reader.pages) == 3
    # 850 px at 300 dpi -> 204 pt: the physical page size survives
    assert round(float(reader.pages[0].mediabox.width)) == 204


def test_pdf_is_stored_as_uploaded(db, actors, customer, blobs):
    raw = pdf_bytes(4)
    v = attach(db, actors["clerk"], customer, DocType.CREDIT_REPORT, "征信.pdf", raw, blobs)
    assert (v.mime, v.pages) == (docs.PDF, 4)
    with db.write() as s:
        assert docs.document_content(s, actors["clerk"], v.id, blobs=blobs) == raw
        assert docs.thumbnail(s, actors["clerk"], v.id, blobs=blobs) is None


def test_pdf_with_empty_user_password_is_accepted(db, actors, customer, blobs):
    v = attach(db, actors["clerk"], customer, DocType.BANK_STATEMENT, "e.pdf", pdf_bytes(2, encrypt_password=""),
               blobs)
    assert v.pages == 2


def test_exif_orientation_is_applied(db, actors, customer, blobs):
    # Orientation 6: the camera was turned; viewers rotate 90° clockwise, so the red left band
    # of the stored pixels must end up at the top.
    v = attach(db, actors["clerk"], customer, DocType.ID_BACK, "r.jpg", jpeg_bytes(400, 200, exif_orientation=6),
               blobs)
    assert (v.width, v.height) == (200, 400)
    with db.write() as s:
        im = Image.open(io.BytesIO(docs.document_content(s, actors["clerk"], v.id, blobs=blobs))).convert("RGB")
    top, bottom = im.getpixel((100, 20)), im.getpixel((100, 380))
    assert top[0] > 180 and top[2] < 80, top
    assert bottom[2] > 180 and bottom[0] < 80, bottom


# --- hostile files ----------------------------------------------------------------------------------

def _truncated_jpeg() -> bytes:
    data = jpeg_bytes(800, 600)
    return data[: len(data) // 2]


@pytest.mark.parametrize(
    ("name", "make", "needle"),
    [
        ("empty.jpg", lambda: b"", "空文件"),
        ("truncated.jpg", _truncated_jpeg, "损坏或不完整"),
        ("bomb.png", png_bomb, "像素尺寸过大"),
        ("bomb-small.png", lambda: png_bomb(9000, 9000), "像素尺寸过大"),
        ("huge.jpg", lambda: b"\xff\xd8\xff\xe0" + b"\x00" * (20 * 1024 * 1024 + 1), "不能超过 20 MB"),
        ("vector.jpg", lambda: b'<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg"/>', "SVG"),
        ("notes.jpg", lambda: "这是一段文本，不是图片".encode(), "无法识别"),
        ("random.png", lambda: bytes((i * 7919 + 13) % 256 for i in range(50_000)), "无法识别"),
        ("anim.jpg", gif_bytes, "GIF"),
        ("cut.pdf", lambda: pdf_bytes(3)[:-200], "损坏或不完整"),
        ("locked.pdf", lambda: pdf_bytes(1, encrypt_password="secret"), "密码"),
        ("fake.pdf", lambda: b"%PDF-1.7\n garbage garbage\n%%EOF\n", "损坏或不完整"),
    ],
)
def test_hostile_files_rejected_quickly_and_nothing_stored(db, actors, customer, blobs, name, make, needle):
    data = make()
    t0 = time.perf_counter()
    with pytest.raises(docs.DocumentRejected) as info:
        attach(db, actors["clerk"], customer, DocType.OTHER, name, data, blobs)
    assert time.perf_counter() - t0 < 2.0
    assert needle in str(info.value), str(info.value)
    assert info.value.field == "file"
    assert doc_count(db) == 0
    assert blobs.stats() == (0, 0)


@pytest.mark.parametrize(
    ("given", "shown"),
    [
        ("..\\..\\Windows\\win.ini", "win.ini"),
        ("C:\\x.jpg", "x.jpg"),
        ("/etc/passwd", "passwd"),
        ("CON.jpg", "_CON.jpg"),
        ("a.jpg:ads", "a.jpg"),
        ("\u202egpj.exe", "gpj.exe"),
        ("x" * 300 + ".jpg", "x" * 96 + ".jpg"),
    ],
)
def test_odd_names_are_sanitised_and_nothing_written_outside_the_store(db, actors, customer, blobs, tmp_path,
                                                                        given, shown):
    before = {p for p in tmp_path.rglob("*") if p.is_file()}
    v = attach(db, actors["clerk"], customer, DocType.OTHER, given, jpeg_bytes(300, 200), blobs)
    assert v.original_name == shown
    after = {p for p in tmp_path.rglob("*") if p.is_file()}
    new = {p.name for p in after - before}
    assert new <= {"attachments.db", "attachments.db-wal", "attachments.db-shm"}, new
    assert not (Path("/etc") / "passwd.jpg").exists()


def test_no_plaintext_copy_anywhere(db, actors, customer, blobs, tmp_path):
    sentinel = b"SENTINEL-7f3c2a9e-PLAINTEXT-LEAK"
    start = time.time()
    raw_pdf = pdf_bytes(2, text=sentinel.decode())
    assert sentinel in raw_pdf  # uncompressed page content
    png = png_bytes(text_chunk=sentinel)
    assert sentinel in png
    v = attach(db, actors["clerk"], customer, DocType.INCOME, "收入证明.pdf", raw_pdf, blobs)
    attach(db, actors["clerk"], customer, DocType.OTHER, "other.png", png, blobs)
    with db.write() as s:
        assert sentinel in docs.document_content(s, actors["clerk"], v.id, blobs=blobs)
        docs.render_watermarked_copy(s, actors["clerk"], v.id, blobs=blobs)
    db.close()  # checkpoint WAL into the files, then look at every byte on disk
    changed = files_changed_since([Path(tempfile.gettempdir()), tmp_path], start)
    assert any(p.name == "attachments.db" for p in changed)
    assert files_containing(changed, sentinel) == []


# --- rollback and permissions -------------------------------------------------------------------------

def test_rollback_of_the_core_transaction_removes_the_blob(db, actors, customer, blobs):
    with pytest.raises(RuntimeError), db.write() as s:
        docs.attach_document(s, actors["clerk"], customer, DocType.OTHER, "a.jpg", jpeg_bytes(), blobs=blobs)
        assert blobs.stats()[0] == 1
        raise RuntimeError("cancelled after the upload")
    assert doc_count(db) == 0
    assert blobs.stats() == (0, 0)


def test_orphan_sweep_keeps_referenced_blobs(db, actors, customer, blobs):
    v = attach(db, actors["clerk"], customer, DocType.OTHER, "a.jpg", jpeg_bytes(), blobs)
    orphan = blobs.put(b"left by a crash", "application/octet-stream")
    with db.read() as s:
        assert docs.sweep_orphan_blobs(s, blobs, older_than_hours=0) == 1
    assert not blobs.exists(orphan.id)
    with db.read() as s:
        assert blobs.exists(s.get(Document, v.id).blob_id)


def test_permissions(db, actors, customer, blobs):
    with pytest.raises(PermissionDenied):
        attach(db, actors["auditor"], customer, DocType.OTHER, "a.jpg", jpeg_bytes(), blobs)
    v = attach(db, actors["clerk"], customer, DocType.OTHER, "a.jpg", jpeg_bytes(), blobs)
    with db.read() as s:
        assert [d.id for d in docs.list_documents(s, actors["auditor"], customer)] == [v.id]
    with pytest.raises(PermissionDenied), db.write() as s:
        docs.list_documents(s, actors["admin"], customer)
    with pytest.raises(PermissionDenied), db.write() as s:
        docs.render_watermarked_copy(s, actors["auditor"], v.id, blobs=blobs)
    with db.read() as s:
        denied = s.scalars(select(AuditRecord).where(AuditRecord.outcome == "denied")).all()
    assert len(denied) == 3


def test_duplicate_upload_refused_and_void_hides(db, actors, customer, blobs):
    data = jpeg_bytes()
    v = attach(db, actors["clerk"], customer, DocType.OTHER, "a.jpg", data, blobs)
    with pytest.raises(docs.DocumentRejected, match="上传过"):
        attach(db, actors["clerk"], customer, DocType.OTHER, "copy.jpg", data, blobs)
    with db.write() as s:
        voided = docs.void_document(s, actors["clerk"], v.id, "扫描歪了")
    assert voided.status == "void"
    with db.read() as s:
        assert docs.list_documents(s, actors["clerk"], customer) == []
        assert len(docs.list_documents(s, actors["clerk"], customer, include_void=True)) == 1
    attach(db, actors["clerk"], customer, DocType.OTHER, "again.jpg", data, blobs)  # allowed after void


def test_unknown_customer_and_bad_dates(db, actors, customer, blobs):
    with pytest.raises(ServiceError, match="客户不存在"):
        attach(db, actors["clerk"], "no-such-customer", DocType.OTHER, "a.jpg", jpeg_bytes(), blobs)
    with pytest.raises(ServiceError, match="有效期"):
        attach(db, actors["clerk"], customer, DocType.ID_FRONT, "a.jpg", jpeg_bytes(), blobs,
               issued_on=date(2020, 1, 1), valid_until=date(2019, 1, 1))
    with pytest.raises(ServiceError, match="未知的资料类型"):
        attach(db, actors["clerk"], customer, "驾驶证", "a.jpg", jpeg_bytes(), blobs)
    with db.write() as s:
        s.get(Customer, customer).status = "archived"
    with pytest.raises(ServiceError, match="已归档"):
        attach(db, actors["clerk"], customer, DocType.OTHER, "a.jpg", jpeg_bytes(), blobs)
    assert blobs.stats() == (0, 0)


# --- watermark ------------------------------------------------------------------------------------------

def _reddish(im: Image.Image) -> int:
    a = np.asarray(im.convert("RGB")).astype(int)
    r, g, b = a[..., 0], a[..., 1], a[..., 2]
    return int(((r > g + 25) & (r > b + 25)).sum())


def test_watermarked_image_copy(db, actors, customer, blobs):
    white = Image.new("RGB", (1200, 800), (255, 255, 255))
    buf = io.BytesIO()
    white.save(buf, "PNG")
    v = attach(db, actors["clerk"], customer, DocType.ID_FRONT, "id.png", buf.getvalue(), blobs)
    with db.write() as s:
        out = docs.render_watermarked_copy(s, actors["clerk"], v.id, blobs=blobs, today=date(2026, 3, 1))
    im = Image.open(io.BytesIO(out))
    assert im.format == "PNG" and im.size == (1200, 800) and v.copy_format == "png"
    share = _reddish(im) / (1200 * 800)
    assert 0.02 < share < 0.5, share  # visible, tiled across the page, but the scan stays readable
    # tiled: every quarter of the page carries some of it
    for box in ((0, 0, 600, 400), (600, 0, 1200, 400), (0, 400, 600, 800), (600, 400, 1200, 800)):
        assert _reddish(im.crop(box)) > 500
    with db.read() as s:
        rec = s.scalars(select(AuditRecord).where(AuditRecord.action == "document.print")).one()
        assert "仅供本行贷款业务使用 2026年03月01日" in rec.summary and v.id == rec.entity_id


def test_watermarked_pdf_copy_has_text_on_every_page(db, actors, customer, blobs):
    v = attach(db, actors["clerk"], customer, DocType.CREDIT_REPORT, "r.pdf", pdf_bytes(3, rotate=90), blobs)
    with db.write() as s:
        out = docs.render_watermarked_copy(s, actors["reviewer"], v.id, "仅供测试农商银行贷款使用", blobs=blobs)
    reader = PdfReader(io.BytesIO(out))
    assert len(reader.pages) == 3
    for page in reader.pages:
        text = page.extract_text()
        assert "仅供测试农商银行贷款使用" in text
        assert "statement page" in text  # original content kept
    pdfium = pytest.importorskip("pypdfium2")
    rendered = pdfium.PdfDocument(out)[0].render(scale=1).to_pil()
    assert _reddish(rendered) > 1000


def test_void_document_cannot_be_printed(db, actors, customer, blobs):
    v = attach(db, actors["clerk"], customer, DocType.ID_FRONT, "id.jpg", jpeg_bytes(), blobs)
    with db.write() as s:
        docs.void_document(s, actors["clerk"], v.id, "错传")
    with pytest.raises(ServiceError, match="作废"), db.write() as s:
        docs.render_watermarked_copy(s, actors["clerk"], v.id, blobs=blobs)


# --- checklist ------------------------------------------------------------------------------------------

def test_checklist_status_from_stored_documents(db, actors, customer, blobs):
    today = date.today()
    clerk = actors["clerk"]
    attach(db, clerk, customer, DocType.ID_FRONT, "f.jpg", jpeg_bytes(color=(1, 2, 3)), blobs,
           valid_until=today - timedelta(days=1))  # card expired yesterday
    attach(db, clerk, customer, DocType.ID_BACK, "b.jpg", jpeg_bytes(color=(4, 5, 6)), blobs,
           valid_until=today + timedelta(days=3650))
    attach(db, clerk, customer, DocType.CREDIT_REPORT, "c.pdf", pdf_bytes(1, text="c1"), blobs,
           issued_on=today - timedelta(days=40))  # older than 30 days
    attach(db, clerk, customer, DocType.BANK_STATEMENT, "s.pdf", pdf_bytes(1, text="s1"), blobs,
           issued_on=today - timedelta(days=10))
    wrong = attach(db, clerk, customer, DocType.INCOME, "i.pdf", pdf_bytes(1, text="i1"), blobs)
    with db.write() as s:
        docs.void_document(s, clerk, wrong.id, "传错客户")
        result = {i.doc_type: i for i in docs.checklist_status(s, actors["reviewer"], customer,
                                                              DEFAULT_CHECKLISTS["personal"])}
    assert result[DocType.ID_FRONT].status is DocStatus.EXPIRED
    assert "有效期至" in result[DocType.ID_FRONT].reason
    assert result[DocType.ID_BACK].status is DocStatus.RECEIVED
    assert result[DocType.CREDIT_REPORT].status is DocStatus.EXPIRED
    assert "30 天" in result[DocType.CREDIT_REPORT].reason
    assert result[DocType.BANK_STATEMENT].status is DocStatus.RECEIVED
    assert result[DocType.BANK_STATEMENT].expires_on == today - timedelta(days=10) + timedelta(days=91)
    assert result[DocType.HUKOU].status is DocStatus.MISSING
    assert result[DocType.INCOME].status is DocStatus.MISSING  # the only one was voided
    assert result[DocType.HUKOU].reason.startswith("缺少户口本")


def test_orphan_sweep_keeps_blobs_owned_by_application_files(db, blobs):
    """Risk reports and 补件通知书 share the blob store: the sweep must not take them."""
    from loandesk.store.engine import connect_raw

    kept = blobs.put(b"%PDF-1.4 risk report", "application/pdf")
    orphan = blobs.put(b"left by a crash", "application/octet-stream")
    conn = connect_raw(db.data.db, db.key_hex())
    conn.execute("PRAGMA foreign_keys = OFF")  # a bare row is enough to own the blob
    conn.execute("INSERT INTO application_files (id, application_id, kind, title, blob_id, sha256, size, mime, "
                 "created_at) VALUES ('f1', 'a1', 'risk_report', 't', ?, '0', 1, 'application/pdf', "
                 "'2026-01-01 00:00:00')", (kept.id,))
    conn.close()
    with db.read() as s:
        assert docs.sweep_orphan_blobs(s, blobs, older_than_hours=0) == 1
    assert blobs.exists(kept.id) and not blobs.exists(orphan.id)


# --- phone photos in their highest-resolution mode ---------------------------------------------------

def _big_jpeg(w: int, h: int) -> bytes:
    """A real w×h JPEG (grey with a dark band: little memory to build, a few hundred KB)."""
    im = Image.new("L", (w, h), 200)
    im.paste(40, (0, 0, w // 5, h))
    buf = io.BytesIO()
    im.save(buf, "JPEG", quality=60)
    return buf.getvalue()


def _jpeg_claiming(w: int, h: int) -> bytes:
    """A small JPEG whose frame header (SOF0) claims w×h: a decompression bomb by its header."""
    data = bytearray(jpeg_bytes(64, 48))
    sof = data.index(b"\xff\xc0")
    data[sof + 5:sof + 7] = h.to_bytes(2, "big")
    data[sof + 7:sof + 9] = w.to_bytes(2, "big")
    return bytes(data)


def test_108_megapixel_phone_photo_is_accepted_and_downscaled(db, actors, customer, blobs):
    data = _big_jpeg(12_000, 9_000)  # 108 MP: over MAX_PIXELS and over Pillow's 89 MP warning
    assert 12_000 * 9_000 > docs.MAX_PIXELS and len(data) < docs.MAX_FILE_BYTES
    v = attach(db, actors["clerk"], customer, DocType.OTHER, "手机拍摄.jpg", data, blobs)
    assert max(v.width, v.height) == docs.MAX_LONG_SIDE and (v.width, v.height) == (3000, 2250)


def test_jpeg_above_the_phone_photo_limit_says_what_to_do(db, actors, customer, blobs):
    with pytest.raises(docs.DocumentRejected) as info:  # 175 MP: ours refuses it, Pillow would open it
        attach(db, actors["clerk"], customer, DocType.OTHER, "超大.jpg", _jpeg_claiming(15_300, 11_450), blobs)
    assert "像素尺寸过大" in str(info.value) and "较低像素" in str(info.value)
    t0 = time.perf_counter()
    with pytest.raises(docs.DocumentRejected) as info:  # 3.6 GP by its header: refused before decoding
        attach(db, actors["clerk"], customer, DocType.OTHER, "炸弹.jpg", _jpeg_claiming(60_000, 60_000), blobs)
    assert "像素尺寸过大" in str(info.value) and time.perf_counter() - t0 < 2.0
    with db.read() as s:
        assert s.scalar(select(func.count()).select_from(Document)) == 0


def test_webp_refusal_says_how_to_convert():
    webp = b"RIFF\x24\x00\x00\x00WEBPVP8 " + b"\x00" * 40
    with pytest.raises(docs.DocumentRejected) as info:
        docs.prepare_upload("照片.webp", webp)
    assert "WebP" in str(info.value) and "另存为 JPG" in str(info.value)
