"""影像资料: attach (files, drag and drop, scan folder), hostile files, checklist, viewer, watermarked copies.

Real SQLCipher databases, real images made with Pillow and real PDFs; only file choosers, the
printer dialog and the void-reason question are replaced (no modal dialog ever opens).
"""

from __future__ import annotations

import io
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

import pytest
from PIL import Image
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QTransform
from PySide6.QtWidgets import QApplication

from loandesk.domain.documents import DocStatus, DocType
from loandesk.services import customers as svc
from loandesk.services import documents as docs
from loandesk.store.attachments import BlobStore
from loandesk.ui.context import AppContext
from loandesk.ui.customers import documents as panel_mod
from loandesk.ui.customers import export as files
from loandesk.ui.customers import viewer as viewer_mod
from loandesk.ui.customers.documents import DocumentsPanel
from loandesk.ui.customers.viewer import DocumentViewer
from loandesk.ui.tasks import wait_db_idle
from tests.gui.customer_helpers import CONSENTS, audits_since, create, last_audit_seq
from tests.services._fixtures_documents import (
    files_changed_since,
    files_containing,
    gif_bytes,
    jpeg_bytes,
    pdf_bytes,
    png_bomb,
    png_bytes,
    tiff_multipage,
)


@pytest.fixture
def customer(db, actors):
    return create(db, actors["clerk"], consents=CONSENTS)


def make_panel(qtbot, db, actor, customer_id: str | None) -> DocumentsPanel:
    ctx = AppContext(db=db, actor=actor, branch_name="测试支行", branch_code="3301")
    panel = DocumentsPanel(ctx, None)
    qtbot.addWidget(panel)
    panel.resize(1100, 650)
    panel.show()
    if customer_id is None:
        panel.set_customer(None)
    else:
        with qtbot.waitSignal(panel.sig_loaded, timeout=10000):
            panel.set_customer(customer_id)
    return panel


def attach(qtbot, panel: DocumentsPanel, paths: list[Path], doc_type: DocType | None = None):
    if doc_type is not None:
        panel.set_doc_type(doc_type)
    with qtbot.waitSignal(panel.sig_attach_finished, timeout=30000) as blocker:
        assert panel.attach_files([str(p) for p in paths])
    report = blocker.args[0]
    if report.attached:
        qtbot.waitUntil(lambda: not panel.loading, timeout=10000)
    return report


def write(tmp_path: Path, name: str, data: bytes) -> Path:
    p = tmp_path / name
    p.write_bytes(data)
    return p


def checklist_rows(panel: DocumentsPanel) -> dict[str, tuple[str, str, str]]:
    t = panel.form.checklistTable
    return {t.item(r, 0).text(): (t.item(r, 1).text(), t.item(r, 2).text(), t.item(r, 3).text())
            for r in range(t.rowCount())}


def stored_count(db, actor, customer_id: str) -> int:
    """Documents on file for the customer, voided ones included (nothing is ever deleted)."""
    wait_db_idle()
    with db.read() as s:
        return len(docs.list_documents(s, actor, customer_id, include_void=True))


# --- attaching --------------------------------------------------------------------------------------

def test_attach_good_files_of_every_accepted_kind(qtbot, db, actors, customer, tmp_path):
    panel = make_panel(qtbot, db, actors["clerk"], customer.id)
    assert panel.form.addButton.isEnabled()
    # ID types inherit the card's validity from the customer file.
    assert panel.doc_type() == DocType.ID_FRONT and panel.form.validEdit.text() == "2036-04-01"
    front = write(tmp_path, "身份证正面.jpg", jpeg_bytes(1600, 1000, exif_orientation=6))
    report = attach(qtbot, panel, [front])
    assert [o.name for o in report.attached] == ["身份证正面.jpg"] and not report.failed
    assert "已添加 1 份“身份证正面”" in panel.message()
    hukou = [write(tmp_path, "户口本.tif", tiff_multipage(3)), write(tmp_path, "户口本2.png", png_bytes(alpha=True))]
    report = attach(qtbot, panel, hukou, DocType.HUKOU)
    assert len(report.attached) == 2
    credit = write(tmp_path, "征信报告.pdf", pdf_bytes(2))
    attach(qtbot, panel, [credit], DocType.CREDIT_REPORT)
    data = panel.data
    assert len(data.documents) == 4
    by_name = {d.original_name: d for d in data.documents}
    assert by_name["户口本.tif"].is_pdf and by_name["户口本.tif"].pages == 3  # multi-page TIFF → one PDF
    assert by_name["身份证正面.jpg"].valid_until == date(2036, 4, 1)
    # EXIF orientation 6 (rotate 90°) was applied on upload: the stored scan is portrait.
    assert (by_name["身份证正面.jpg"].width, by_name["身份证正面.jpg"].height) == (1000, 1600)
    assert data.thumbs[by_name["身份证正面.jpg"].id] is not None and by_name["征信报告.pdf"].id not in data.thumbs
    lst = panel.form.docList
    assert lst.count() == 4 and panel.form.docsLabel.text() == "已上传资料（4 份）"
    assert all(not lst.item(i).icon().isNull() for i in range(lst.count()))
    assert "身份证正面" in lst.item(lst.count() - 1).text()  # newest first
    assert "征信报告.pdf" in lst.item(0).toolTip() and "2 页" in lst.item(0).toolTip()
    wait_db_idle()


HOSTILE = [
    ("空文件.jpg", b"", "空文件（0 字节）"),
    ("截断.jpg", jpeg_bytes(1200, 800)[:1500], "已损坏或不完整"),
    ("炸弹.png", png_bomb(), "像素尺寸过大"),
    ("随机.jpg", bytes(range(256)) * 40, "不是可接受的文件"),
    ("动图.jpg", gif_bytes(), "GIF"),
]


def test_bad_files_are_refused_by_name_and_good_ones_in_the_batch_still_attach(qtbot, db, actors, customer, tmp_path):
    panel = make_panel(qtbot, db, actors["clerk"], customer.id)
    paths = [write(tmp_path, name, data) for name, data, _ in HOSTILE]
    good = write(tmp_path, "正常.jpg", jpeg_bytes())
    report = attach(qtbot, panel, [*paths, good])
    assert [o.name for o in report.attached] == ["正常.jpg"]
    reasons = {o.name: o.error for o in report.failed}
    for name, _data, expected in HOSTILE:
        assert expected in reasons[name], (name, reasons[name])
        assert f"“{name}”" in panel.message()  # each refusal names its file, in Chinese
    assert f"{len(HOSTILE)} 个文件未添加" in panel.message()
    assert stored_count(db, actors["clerk"], customer.id) == 1
    # Too big: refused from its size, before it is read into memory.
    big = tmp_path / "巨大.pdf"
    with open(big, "wb") as fh:
        fh.truncate(docs.MAX_FILE_BYTES + 1)
    report = attach(qtbot, panel, [big, tmp_path])
    assert "太大" in report.failed[0].error and "文件夹" in report.failed[1].error
    # The same file twice as the same type is refused with the date of the first upload.
    report = attach(qtbot, panel, [good])
    assert "已作为“身份证正面”上传过" in report.failed[0].error
    assert stored_count(db, actors["clerk"], customer.id) == 1
    wait_db_idle()


def test_sensitive_scans_need_the_signed_consent_first(qtbot, db, actors, tmp_path):
    """Issue 3 §8 / PIPL art. 29: an ID scan waits for the 个人敏感信息单独同意, a credit report for the
    征信查询授权 — said as soon as the type is chosen, and no file is read; the signed forms themselves
    and other papers go in at once. Once the consent is saved the scans go in."""
    bare = create(db, actors["clerk"])  # no consent on record
    panel = make_panel(qtbot, db, actors["clerk"], bare.id)
    assert panel.doc_type() == DocType.ID_FRONT and "个人敏感信息处理单独同意书" in panel.message()  # the default
    read: list[str] = []
    real_read = panel_mod.read_upload
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(panel_mod, "read_upload", lambda path: read.append(path) or real_read(path))
        assert not panel.attach_files([str(write(tmp_path, "正面.jpg", jpeg_bytes()))])
        assert "个人敏感信息处理单独同意书" in panel.message() and "授权 页签" in panel.message()
        panel.set_doc_type(DocType.CREDIT_REPORT)
        assert "征信查询授权书" in panel.message()
        assert not panel.attach_files([str(write(tmp_path, "征信.pdf", pdf_bytes(1)))])
        panel.set_doc_type(DocType.INCOME)
        assert panel.message() == ""  # nothing to wait for: the warning goes
        assert read == [] and stored_count(db, actors["clerk"], bare.id) == 0
        report = attach(qtbot, panel, [write(tmp_path, "同意书.jpg", jpeg_bytes(color=(7, 7, 7)))], DocType.PI_CONSENT)
    assert [o.name for o in report.attached] == ["同意书.jpg"]
    with db.write() as s:  # the clerk registers the signed form; the form's save refreshes the panel
        svc.record_consent(s, actors["clerk"], bare.id, "pi_sensitive", "2024-05-01", "贷款业务")
    with qtbot.waitSignal(panel.sig_loaded, timeout=10000):
        panel.set_customer(bare.id)
    report = attach(qtbot, panel, [write(tmp_path, "正面.jpg", jpeg_bytes())], DocType.ID_FRONT)
    assert [o.name for o in report.attached] == ["正面.jpg"]
    assert stored_count(db, actors["clerk"], bare.id) == 2
    wait_db_idle()


def test_dates_are_checked_before_anything_is_read(qtbot, db, actors, customer, tmp_path):
    panel = make_panel(qtbot, db, actors["clerk"], customer.id)
    panel.form.issuedEdit.setText("2024-13-45")
    assert not panel.attach_files([str(write(tmp_path, "a.jpg", jpeg_bytes()))])
    assert "出具日期" in panel.message() and "不是真实的日期" in panel.message()
    wait_db_idle()


def test_drag_and_drop_files(qtbot, db, actors, customer, tmp_path):
    panel = make_panel(qtbot, db, actors["clerk"], customer.id)
    panel.set_doc_type(DocType.ID_BACK)
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(write(tmp_path, "back.jpg", jpeg_bytes(color=(10, 10, 10)))))])
    enter = QDragEnterEvent(QPoint(50, 50), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                            Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(panel, enter)
    assert enter.isAccepted()
    drop = QDropEvent(QPointF(50, 50), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                      Qt.KeyboardModifier.NoModifier)
    with qtbot.waitSignal(panel.sig_attach_finished, timeout=30000):
        QApplication.sendEvent(panel, drop)
    assert drop.isAccepted()
    qtbot.waitUntil(lambda: not panel.loading and len(panel.document_ids()) == 1, timeout=10000)
    assert panel.data.documents[0].doc_type == DocType.ID_BACK
    assert panel.status_of(DocType.ID_BACK) is DocStatus.RECEIVED
    # Text or a web image is not a file: refused, with a word why.
    text = QMimeData()
    text.setText("张三")
    enter = QDragEnterEvent(QPoint(5, 5), Qt.DropAction.CopyAction, text, Qt.MouseButton.LeftButton,
                            Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(panel, enter)
    assert not enter.isAccepted()
    assert not panel.handle_drop(text) and "只能拖放文件" in panel.message()
    wait_db_idle()


def test_watch_folder_picks_up_new_scans_only_and_removes_the_plaintext(qtbot, db, actors, customer, tmp_path,
                                                                         monkeypatch):
    folder = tmp_path / "scanner"
    folder.mkdir()
    old = write(folder, "yesterday.jpg", jpeg_bytes(color=(1, 2, 3)))
    monkeypatch.setattr(panel_mod, "choose_watch_folder", lambda _p, _start: str(folder))
    panel = make_panel(qtbot, db, actors["clerk"], customer.id)
    panel.set_doc_type(DocType.HUKOU)
    panel.form.watchFolderButton.click()
    assert panel.form.watchCheck.isChecked() and panel.watch.active
    assert "正在监视扫描文件夹" in panel.message()
    qtbot.wait(300)  # the baseline listing (yesterday.jpg is old)
    with qtbot.waitSignal(panel.sig_attach_finished, timeout=30000) as blocker:
        write(folder, "scan0001.jpg", jpeg_bytes(color=(200, 100, 50)))
        write(folder, "scan0002.jpg", b"garbage, not a scan")
        (folder / "notes.txt").write_text("ignored")
    report = blocker.args[0]
    assert [o.name for o in report.attached] == ["scan0001.jpg"]
    assert "不是可接受的文件" in report.failed[0].error
    assert "从扫描文件夹添加 1 份“户口本”" in panel.message()
    qtbot.waitUntil(lambda: not (folder / "scan0001.jpg").exists(), timeout=5000)  # plaintext removed
    assert old.exists() and (folder / "scan0002.jpg").exists()  # old and refused files stay
    qtbot.waitUntil(lambda: not panel.loading, timeout=5000)
    assert [d.original_name for d in panel.data.documents] == ["scan0001.jpg"]
    panel.form.watchCheck.setChecked(False)
    assert not panel.watch.active
    wait_db_idle()


def test_no_customer_yet_and_read_only_roles(qtbot, db, actors, customer, tmp_path):
    panel = make_panel(qtbot, db, actors["clerk"], None)
    assert not panel.form.addButton.isEnabled() and "请先保存客户资料" in panel.message()
    assert not panel.attach_files([str(write(tmp_path, "a.jpg", jpeg_bytes()))])
    # An auditor reads, never attaches or prints.
    with db.write() as s:
        docs.attach_document(s, actors["clerk"], customer.id, DocType.ID_FRONT, "f.jpg", jpeg_bytes(),
                             blobs=BlobStore.of(db))
    audit = make_panel(qtbot, db, actors["auditor"], customer.id)
    f = audit.form
    assert not f.addButton.isEnabled() and "权限" in f.addButton.toolTip()
    assert f.printButton.isHidden() and f.voidButton.isHidden()
    f.docList.setCurrentRow(0)
    assert f.viewButton.isEnabled()
    wait_db_idle()


# --- checklist --------------------------------------------------------------------------------------

def test_checklist_statuses_received_missing_expired(qtbot, db, actors, customer, tmp_path):
    today = date.today()
    with db.write() as s:
        store = BlobStore.of(db)
        clerk = actors["clerk"]
        docs.attach_document(s, clerk, customer.id, DocType.ID_FRONT, "f.jpg", jpeg_bytes(color=(9, 9, 9)),
                             blobs=store, valid_until=today + timedelta(days=400))
        docs.attach_document(s, clerk, customer.id, DocType.ID_BACK, "b.jpg", jpeg_bytes(color=(8, 8, 8)),
                             blobs=store, valid_until=today - timedelta(days=1))  # the card has expired
        docs.attach_document(s, clerk, customer.id, DocType.CREDIT_REPORT, "c.pdf", pdf_bytes(1), blobs=store,
                             issued_on=today - timedelta(days=45))  # older than 30 days
    panel = make_panel(qtbot, db, actors["clerk"], customer.id)
    f = panel.form
    assert f.checklistCombo.currentData() == "std:farmer_credit"  # the customer is a farmer
    rows = checklist_rows(panel)
    assert rows["身份证正面"][:2] == ("必需", "已收")
    assert (today + timedelta(days=400)).isoformat() in rows["身份证正面"][2]
    assert rows["身份证反面"][1] == "过期" and "有效期至" in rows["身份证反面"][2]
    assert rows["征信报告"][1] == "过期" and "超过 30 天" in rows["征信报告"][2]
    assert rows["户口本"][1] == "缺失" and rows["户口本"][2] == "户主页和本人页"
    assert rows["结婚证"][:2] == ("可选", "缺失")
    assert "已收 1" in f.summaryLabel.text() and "过期 2" in f.summaryLabel.text()
    assert "缺失 3" in f.summaryLabel.text()
    # Clicking a missing line selects that type for the next file.
    row = next(r for r in range(f.checklistTable.rowCount()) if f.checklistTable.item(r, 0).text() == "户口本")
    f.checklistTable.selectRow(row)
    assert panel.doc_type() == DocType.HUKOU and panel.form.validEdit.text() == ""
    # Another product's checklist.
    with qtbot.waitSignal(panel.sig_loaded, timeout=10000):
        f.checklistCombo.setCurrentIndex(f.checklistCombo.findData("std:business"))
    rows = checklist_rows(panel)
    assert rows["营业执照"][:2] == ("必需", "缺失") and "结婚证" in rows
    # A fresh credit report makes the item 已收 again.
    report = attach(qtbot, panel, [write(tmp_path, "新征信.pdf", pdf_bytes(1, text="fresh"))], DocType.CREDIT_REPORT)
    assert report.attached
    qtbot.waitUntil(lambda: panel.status_of(DocType.CREDIT_REPORT) is DocStatus.RECEIVED, timeout=10000)
    assert f.checklistCombo.currentData() == "std:business"  # the clerk's choice stays
    wait_db_idle()


def test_checklist_of_a_loan_product_drives_the_statuses(qtbot, db, actors, customer):
    """The branch's products are offered next to the standard lists; a product's own items count."""
    from loandesk.services import products

    with db.write() as s:
        group = next(p for p in products.seed_default_products(s) if p.code == "NH-LB")
    panel = make_panel(qtbot, db, actors["clerk"], customer.id)
    f = panel.form
    index = f.checklistCombo.findData(f"product:{group.id}")
    assert index >= 0 and f.checklistCombo.itemText(index) == "产品：农户联保贷款"
    assert "担保人资料" not in checklist_rows(panel)  # the standard farmer list has no such item
    with qtbot.waitSignal(panel.sig_loaded, timeout=10000):
        f.checklistCombo.setCurrentIndex(index)
    rows = checklist_rows(panel)
    assert rows["担保人资料"][:2] == ("必需", "缺失") and "联保协议" in rows["担保人资料"][2]
    assert panel.status_of(DocType.GUARANTOR) is DocStatus.MISSING
    wait_db_idle()


def test_void_a_wrong_upload(qtbot, db, actors, customer, tmp_path, monkeypatch):
    panel = make_panel(qtbot, db, actors["clerk"], customer.id)
    attach(qtbot, panel, [write(tmp_path, "wrong.jpg", jpeg_bytes())])
    assert panel.status_of(DocType.ID_FRONT) is DocStatus.RECEIVED
    monkeypatch.setattr(panel_mod, "ask_void_reason", lambda _p, label: "传错了客户的证件")
    panel.form.docList.setCurrentRow(0)
    assert panel.form.voidButton.isEnabled()
    with qtbot.waitSignal(panel.sig_loaded, timeout=10000):
        panel.form.voidButton.click()
    assert "已作废“身份证正面”" in panel.message()
    assert panel.document_ids() == [] and panel.status_of(DocType.ID_FRONT) is DocStatus.MISSING
    with qtbot.waitSignal(panel.sig_loaded, timeout=10000):
        panel.form.showVoidCheck.setChecked(True)
    assert len(panel.document_ids()) == 1 and "已作废：传错了客户的证件" in panel.form.docList.item(0).toolTip()
    panel.form.docList.setCurrentRow(0)
    assert not panel.form.voidButton.isEnabled() and not panel.form.printButton.isEnabled()
    assert stored_count(db, actors["clerk"], customer.id) == 1  # never deleted
    wait_db_idle()


# --- viewer and copies ------------------------------------------------------------------------------

def open_viewer(qtbot, panel: DocumentsPanel, doc_id: str) -> DocumentViewer:
    panel.select_document(doc_id)
    viewer = panel.view_selected()
    assert viewer is not None  # parented to the panel and deleted on close: not registered with qtbot
    qtbot.waitUntil(lambda: viewer.image is not None, timeout=15000)
    return viewer


def test_viewer_zoom_rotate_and_pages_with_audit(qtbot, db, actors, customer, tmp_path):
    panel = make_panel(qtbot, db, actors["clerk"], customer.id)
    attach(qtbot, panel, [write(tmp_path, "front.jpg", jpeg_bytes(1200, 800))])
    attach(qtbot, panel, [write(tmp_path, "hukou.tif", tiff_multipage(3))], DocType.HUKOU)
    by_name = {d.original_name: d for d in panel.data.documents}
    seq = last_audit_seq(db)
    v = open_viewer(qtbot, panel, by_name["front.jpg"].id)
    f = v.form
    assert (v.image.width(), v.image.height()) == (1200, 800)
    assert v.fit_mode and 0.05 < v.zoom < 1.0  # fitted into the window
    assert f.zoomLabel.text() == f"{round(v.zoom * 100)}%"
    assert f.prevButton.isHidden() and f.nextButton.isHidden()  # a single image has no pages
    f.actualButton.click()
    assert v.zoom == 1.0 and not v.fit_mode
    f.zoomInButton.click()
    assert v.zoom == pytest.approx(1.25) and f.zoomLabel.text() == "125%"
    f.zoomOutButton.click()
    f.zoomOutButton.click()
    assert v.zoom == pytest.approx(0.8)
    f.rotateRightButton.click()
    assert v.rotation == 90
    t: QTransform = f.view.transform()
    assert t.m12() == pytest.approx(0.8) and t.m21() == pytest.approx(-0.8)  # rotated 90° and scaled
    f.rotateLeftButton.click()
    f.rotateLeftButton.click()
    assert v.rotation == 270
    f.fitButton.click()
    assert v.fit_mode
    # In fit mode a portrait rotation of a landscape scan fits its height.
    vp = f.view.viewport().size()
    assert 800 * v.zoom <= vp.width() and 1200 * v.zoom <= vp.height() + 1
    assert [e for e, _ in audits_since(db, seq, "document.view")] == [by_name["front.jpg"].id]
    v.close()
    # A multi-page scan pages through.
    tv = open_viewer(qtbot, panel, by_name["hukou.tif"].id)
    assert tv.page_count == 3 and tv.form.pageLabel.text() == "第 1 / 3 页"
    assert not tv.form.prevButton.isEnabled() and tv.form.nextButton.isEnabled()
    with qtbot.waitSignal(tv.sig_loaded, timeout=15000):
        tv.form.nextButton.click()
    assert tv.page == 1 and tv.form.pageLabel.text() == "第 2 / 3 页"
    tv.close()
    wait_db_idle()


def red_share(png: bytes) -> float:
    """Share of clearly red pixels: the watermark's colour on a grey/red/blue test scan."""
    import numpy as np

    a = np.asarray(Image.open(io.BytesIO(png)).convert("RGB")).astype(int)
    r, g, b = a[..., 0], a[..., 1], a[..., 2]
    return float(((r > g + 40) & (r > b + 40)).mean())


def test_watermarked_copy_export_and_print_without_plaintext_temp_files(qtbot, db, actors, customer, tmp_path,
                                                                         monkeypatch):
    panel = make_panel(qtbot, db, actors["clerk"], customer.id)
    original = jpeg_bytes(1200, 800, color=(235, 235, 235))
    attach(qtbot, panel, [write(tmp_path, "front.jpg", original)])
    doc = panel.data.documents[0]
    with db.read() as s:
        stored = BlobStore.of(db).get(s.get(docs.Document, doc.id).blob_id)
    since = time.time()
    out = tmp_path / "out"
    out.mkdir()
    monkeypatch.setattr(files, "choose_save_file", lambda _p, _t, name, _f: str(out / name))
    seq = last_audit_seq(db)
    v = open_viewer(qtbot, panel, doc.id)
    f = v.form
    assert f.watermarkEdit.text().startswith("仅供本行贷款业务使用 ")
    assert f"{date.today().year}年" in f.watermarkEdit.text()
    f.rotateRightButton.click()  # a copy comes out the way the clerk turned it
    with qtbot.waitSignal(v.sig_copy_done, timeout=20000):
        f.exportButton.click()
    copy = out / "front_复印件.png"
    assert copy.exists() and "已导出加水印的复印件" in v.message()
    img = Image.open(copy)
    assert img.size == (800, 1200)  # rotated 90°
    assert red_share(copy.read_bytes()) > 0.01  # the red watermark is on it
    assert not list(out.glob("*.part"))
    # Print: a real QPrinter writing a PDF (the test's stand-in for the printer driver).
    from PySide6.QtPrintSupport import QPrinter

    printed = out / "printed.pdf"

    def printer(_parent, _title):
        p = QPrinter(QPrinter.PrinterMode.HighResolution)
        p.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        p.setOutputFileName(str(printed))
        return p

    monkeypatch.setattr(viewer_mod, "ask_printer", printer)
    f.watermarkEdit.setText("仅供XX信用社贷款使用")
    with qtbot.waitSignal(v.sig_copy_done, timeout=20000):
        f.printButton.click()
    assert "已发送到打印机" in v.message()
    from pypdf import PdfReader

    assert len(PdfReader(str(printed)).pages) == 1
    prints = audits_since(db, seq, "document.print")
    assert [e for e, _ in prints] == [doc.id, doc.id]
    assert prints[1][1]["watermark"] == "仅供XX信用社贷款使用"
    v.close()
    wait_db_idle()
    # Nothing with the scan's bytes was written outside the outputs the user chose.
    roots = [Path(tempfile.gettempdir()), Path.home() / ".cache"]
    changed = [p for p in files_changed_since(roots, since) if out not in p.parents and tmp_path not in p.parents]
    assert files_containing(changed, stored[2000:2064]) == []


def test_print_a_multi_page_pdf_and_refuse_a_cancelled_printer(qtbot, db, actors, customer, tmp_path, monkeypatch):
    panel = make_panel(qtbot, db, actors["clerk"], customer.id)
    attach(qtbot, panel, [write(tmp_path, "流水.pdf", pdf_bytes(3))], DocType.BANK_STATEMENT)
    doc = panel.data.documents[0]
    v = open_viewer(qtbot, panel, doc.id)
    monkeypatch.setattr(viewer_mod, "ask_printer", lambda *_a: None)  # 取消 in the print dialog
    seq = last_audit_seq(db)
    v.form.printButton.click()
    wait_db_idle()
    assert audits_since(db, seq, "document.print") == []  # nothing printed, nothing recorded
    from PySide6.QtPrintSupport import QPrinter

    printed = tmp_path / "p.pdf"

    def printer(_parent, _title):
        p = QPrinter(QPrinter.PrinterMode.ScreenResolution)
        p.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        p.setOutputFileName(str(printed))
        return p

    monkeypatch.setattr(viewer_mod, "ask_printer", printer)
    with qtbot.waitSignal(v.sig_copy_done, timeout=30000):
        v.form.printButton.click()
    assert "3 页" in v.message()
    from pypdf import PdfReader

    assert len(PdfReader(str(printed)).pages) == 3
    v.close()
    wait_db_idle()


def test_copies_from_the_list_open_the_viewer_first(qtbot, db, actors, customer, tmp_path, monkeypatch):
    panel = make_panel(qtbot, db, actors["reviewer"], customer.id)
    with db.write() as s:
        docs.attach_document(s, actors["clerk"], customer.id, DocType.ID_FRONT, "f.jpg", jpeg_bytes(),
                             blobs=BlobStore.of(db))
    with qtbot.waitSignal(panel.sig_loaded, timeout=10000):
        panel.refresh()
    out = tmp_path / "copy.png"
    monkeypatch.setattr(files, "choose_save_file", lambda *_a: str(out))
    panel.form.docList.setCurrentRow(0)
    assert panel.form.exportButton.isEnabled() and not panel.form.addButton.isEnabled()  # reviewers print only
    panel.form.exportButton.click()
    qtbot.waitUntil(lambda: out.exists(), timeout=20000)
    assert panel.viewers and "已导出" in panel.viewers[-1].message()
    panel.viewers[-1].close()
    wait_db_idle()


def test_unreadable_content_is_a_message_not_a_crash(qtbot, db, actors, customer):
    with db.write() as s:
        view = docs.attach_document(s, actors["clerk"], customer.id, DocType.ID_FRONT, "f.jpg", jpeg_bytes(),
                                    blobs=BlobStore.of(db))
    ctx = AppContext(db=db, actor=actors["clerk"])
    v = DocumentViewer(ctx, view, None, data=b"\xff\xd8\xff\x00 broken")
    qtbot.addWidget(v)
    qtbot.waitUntil(lambda: "无法显示" in v.message(), timeout=10000)
    assert v.image is None and not v.form.printButton.isEnabled() and not v.form.zoomInButton.isEnabled()
    wait_db_idle()
