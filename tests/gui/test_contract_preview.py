"""The in-app PDF preview (QPdfView from a QBuffer): no temporary file, printing through a QPrinter,
save-as, original first then 副本, every output counted and audited; cancel counts nothing."""

from __future__ import annotations

import hashlib
import io
import os
import tempfile

import pytest
from pypdf import PdfReader
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrinter
from sqlalchemy import select

from loandesk.services import contracts
from loandesk.store.attachments import BlobStore
from loandesk.store.models.audit import AuditRecord
from loandesk.ui.approval import common
from loandesk.ui.approval.contracts_panel import ContractsPanel
from loandesk.ui.approval.preview import PdfPreviewDialog, load_document, print_pdf
from loandesk.ui.context import AppContext
from loandesk.ui.tasks import wait_db_idle
from tests.services.loans_support import contract_case


def ctx_for(db, actor) -> AppContext:
    return AppContext(db=db, actor=actor, branch_name="测试支行", branch_code="3301")


def open_preview(qtbot, db, actors, monkeypatch) -> tuple[ContractsPanel, PdfPreviewDialog]:
    """The clerk's contracts panel with its one contract previewed (the dialog is not run modally)."""
    panel = ContractsPanel(ctx_for(db, actors["clerk"]))
    qtbot.addWidget(panel)
    panel.show()
    qtbot.waitUntil(lambda: panel.model.rowCount() == 1, timeout=10000)
    panel.form.workView.selectRow(0)
    opened: list[PdfPreviewDialog] = []
    monkeypatch.setattr(common, "run_dialog", lambda dlg: opened.append(dlg) or True)
    panel.form.previewButton.click()
    qtbot.waitUntil(lambda: bool(opened), timeout=20000)
    qtbot.addWidget(opened[0])
    return panel, opened[0]


def pdf_pages(data: bytes) -> list[str]:
    return [p.extract_text() or "" for p in PdfReader(io.BytesIO(data)).pages]


def files_under(*roots: str) -> set[str]:
    out = set()
    for root in roots:
        for dirpath, _dirs, files in os.walk(root):
            out.update(os.path.join(dirpath, f) for f in files)
    return out


@pytest.fixture
def contract(db, actors):
    return contract_case(db, actors)


def printer_to(path) -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    printer.setResolution(150)
    return printer


def test_preview_loads_from_memory_without_any_file(qtbot, db, actors, contract, monkeypatch, tmp_path):
    with db.write() as s:
        pdf = contracts.preview_pdf(s, actors["approver"], contract.id, blobs=BlobStore.of(db))
    private_tmp = tmp_path / "tmp"  # a temp folder of our own: Qt and Python would put temp files here
    private_tmp.mkdir()
    monkeypatch.setenv("TMPDIR", str(private_tmp))
    monkeypatch.setattr(tempfile, "tempdir", str(private_tmp))
    watched = (str(private_tmp), str(db.data.root))
    before = files_under(*watched)
    dlg = PdfPreviewDialog(None, pdf, title="借款合同", name="c.pdf")
    qtbot.addWidget(dlg)
    dlg.show()
    qtbot.waitExposed(dlg)
    view = dlg.findChild(QPdfView, "pdfView")
    assert view is not None and view.document() is dlg.doc
    assert dlg.doc.status() == QPdfDocument.Status.Ready
    assert dlg.page_count == len(pdf_pages(pdf)) and f"共 {dlg.page_count} 页" in dlg.form.pageLabel.text()
    dlg.form.zoomInButton.click()
    assert view.zoomMode() == QPdfView.ZoomMode.Custom and view.zoomFactor() > 1.0
    dlg.form.fitButton.click()
    assert view.zoomMode() == QPdfView.ZoomMode.FitToWidth
    new = {f for f in files_under(*watched) - before if not f.endswith(("-wal", "-shm", "-journal"))}
    assert not new, new
    dlg.close()


def test_garbage_is_refused_with_a_message():
    with pytest.raises(ValueError, match="无法打开"):
        load_document(b"not a pdf at all")


def test_print_pdf_paints_every_page(qtbot, tmp_path, db, actors, contract):
    with db.write() as s:
        pdf = contracts.preview_pdf(s, actors["approver"], contract.id, blobs=BlobStore.of(db))
    out = tmp_path / "printed.pdf"
    pages = print_pdf(pdf, printer_to(out))
    assert pages == len(pdf_pages(pdf)) and len(PdfReader(str(out)).pages) == pages


def test_print_and_save_from_the_preview_original_then_copies(qtbot, db, actors, contract, tmp_path, monkeypatch):
    """Through the contracts panel: preview → 打印 (original) → 另存为 (副本) → cancelled print (nothing)."""
    panel, dlg = open_preview(qtbot, db, actors, monkeypatch)
    assert "原件" in dlg.form.noticeLabel.text()
    # 1. print: the stored original goes to the printer
    printed = tmp_path / "printer1.pdf"
    monkeypatch.setattr(common, "ask_printer", lambda *a: printer_to(printed))
    dlg.form.printButton.click()
    qtbot.waitUntil(lambda: "已发送打印" in dlg.form.messageLabel.text(), timeout=20000)
    assert "副本" not in dlg.form.messageLabel.text()
    assert len(PdfReader(str(printed)).pages) == dlg.page_count
    # 2. save as: now a 副本, marked on every page, and its bytes are logged
    target = tmp_path / "copy.pdf"
    monkeypatch.setattr(common, "choose_save_file", lambda *a, **k: str(target))
    dlg.form.saveButton.click()
    qtbot.waitUntil(lambda: target.exists() and "已保存" in dlg.form.messageLabel.text(), timeout=20000)
    assert "副本" in dlg.form.messageLabel.text()
    pages = pdf_pages(target.read_bytes())
    assert all("副本" in p for p in pages)
    # 3. the print dialog cancelled: nothing is fetched, counted or audited
    monkeypatch.setattr(common, "ask_printer", lambda *a: None)
    dlg.form.printButton.click()
    wait_db_idle()
    with db.read() as s:
        view = contracts.get_contract(s, actors["clerk"], contract.id)
        actions = [r.action for r in s.scalars(select(AuditRecord).where(AuditRecord.entity_id == contract.id))]
    assert view.print_count == 2 and view.copy_count == 1
    assert actions.count("contract.print") == 1 and actions.count("contract.export") == 1
    assert actions.count("contract.preview") == 1
    with db.write() as s:
        check = contracts.verify_contract_pdf(s, actors["auditor"], target.read_bytes())
    assert check.ok and check.is_copy
    assert hashlib.sha256(target.read_bytes()).hexdigest() != view.pdf_sha256
    # the panel shows the counts after the dialog reported its outputs
    qtbot.waitUntil(lambda: panel.current() is not None and panel.current().contract.print_count == 2,
                    timeout=10000)
    assert "已打印 2 次（其中副本 1 次）" in panel.form.detailLabel.text()


def test_a_user_without_print_right_can_only_look(qtbot, db, actors, contract):
    with db.write() as s:
        pdf = contracts.preview_pdf(s, actors["auditor"], contract.id, blobs=BlobStore.of(db))
    dlg = PdfPreviewDialog(None, pdf, title="借款合同", can_print=False)
    qtbot.addWidget(dlg)
    assert not dlg.form.printButton.isEnabled() and not dlg.form.saveButton.isEnabled()


def test_a_failed_print_says_the_output_was_counted(qtbot, db, actors, contract, monkeypatch):
    """The printer refuses after the original was handed out and audited: the message says so,
    instead of a bare 打印失败 followed by a 副本 the clerk cannot explain."""
    from loandesk.ui.approval import preview

    _panel, dlg = open_preview(qtbot, db, actors, monkeypatch)
    monkeypatch.setattr(common, "ask_printer", lambda *a: QPrinter())

    def offline(_pdf: bytes, _printer: object) -> int:
        raise OSError("无法连接打印机，请检查打印机是否就绪。")

    monkeypatch.setattr(preview, "print_pdf", offline)
    dlg.form.printButton.click()
    qtbot.waitUntil(lambda: "打印失败" in dlg.form.messageLabel.text(), timeout=20000)
    text = dlg.form.messageLabel.text()
    assert "按原件登记并记入审计日志" in text and "将标注“副本”" in text
    with db.read() as s:
        assert contracts.get_contract(s, actors["clerk"], contract.id).print_count == 1


def test_preview_fits_a_1366x768_screen(qtbot, db, actors, contract, monkeypatch):
    """1366×768 with a taskbar leaves ~728 pixels: the buttons under the PDF must stay on screen."""
    from PySide6.QtCore import QRect

    monkeypatch.setattr(common, "available_geometry", lambda _w: QRect(0, 0, 1366, 728))
    with db.write() as s:
        pdf = contracts.preview_pdf(s, actors["approver"], contract.id, blobs=BlobStore.of(db))
    dlg = PdfPreviewDialog(None, pdf, title="借款合同")
    qtbot.addWidget(dlg)
    assert dlg.height() + common.FRAME_ALLOWANCE <= 728 and dlg.width() <= 1366
    dlg.show()
    qtbot.waitExposed(dlg)
    bottom = dlg.form.closeButton.mapTo(dlg, dlg.form.closeButton.rect().bottomLeft()).y()
    assert bottom <= dlg.height()
