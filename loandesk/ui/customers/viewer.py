"""The document viewer: zoom, rotate, page through PDFs, print or export a watermarked copy.

Why it is built this way:

* **Nothing touches the disk.** The stored bytes come from ``documents.document_content`` (which
  audits the view) straight into memory: images through ``QImage.fromData``, PDFs through a
  QPdfDocument reading a QBuffer. Printing paints those images onto the QPrinter; exporting
  writes only the watermarked copy, only where the user chose.
* **Decoding is image work**, so it runs on the worker pool (``run_cpu``); a 3000 px scan or a
  PDF page never stalls the window. QImage (unlike QPixmap) may be built off the GUI thread.
* **Copies carry the watermark** ("仅供本行贷款业务使用 + 日期", editable per copy) rendered by
  the service, which checks ``document.print`` and audits the copy. The view's rotation is
  applied to what is printed or exported, because a sideways phone photo should come out upright.
* **ID cards print at their real size** (85.6 × 54 mm), as a photocopy would, instead of being
  blown up to fill an A4 page.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta, timezone
from typing import Any

import shiboken6
from PySide6.QtCore import QBuffer, QByteArray, QEvent, QIODevice, QObject, QRect, QSize, Qt, Signal
from PySide6.QtGui import (
    QGuiApplication,
    QImage,
    QKeySequence,
    QPainter,
    QPixmap,
    QShortcut,
    QTransform,
    QWheelEvent,
)
from PySide6.QtWidgets import QDialog, QGraphicsPixmapItem, QGraphicsScene, QWidget

from loandesk.domain.documents import DocType
from loandesk.services import documents as docs
from loandesk.services.context import ServiceError
from loandesk.services.documents import DocumentView
from loandesk.store.attachments import BlobStore
from loandesk.ui.context import AppContext
from loandesk.ui.customers import export as files
from loandesk.ui.errors import user_message
from loandesk.ui.forms.ui_customer_doc_viewer import Ui_CustomerDocViewer
from loandesk.ui.tasks import run_cpu, run_db

PDF_VIEW_LONG_SIDE = 2000  # pixels of a rendered PDF page on screen: sharp at 100 % on any monitor
PRINT_DPI = 200  # PDF pages are rendered at min(printer, this) for printing
TITLE_BAR = 32  # the frame is not known before the window is shown: Windows 10 at 100 % scaling
WINDOW_BORDER = 8
ID_CARD_MM = (85.6, 54.0)
ZOOM_STEP = 1.25
ZOOM_MIN, ZOOM_MAX = 0.05, 8.0
_CHINA = timezone(timedelta(hours=8))
_COLORS = {"error": "#b00020", "ok": "#1b5e20", "info": "#37474f", "warn": "#8a5300"}


# --- pure helpers (any thread) --------------------------------------------------------------------

class UnreadableContent(ServiceError):
    def __init__(self) -> None:
        super().__init__("该资料的内容无法显示（文件可能已损坏）。请重新上传该资料。")


def decode_image(data: bytes) -> QImage:
    """A QImage from stored image bytes; safe on a worker thread."""
    image = QImage.fromData(QByteArray(data))
    if image.isNull():
        raise UnreadableContent()
    return image


def _open_pdf(data: bytes) -> tuple[Any, QBuffer]:
    from PySide6.QtPdf import QPdfDocument

    buffer = QBuffer()
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    doc = QPdfDocument()
    doc.load(buffer)
    if doc.status() != QPdfDocument.Status.Ready or doc.pageCount() < 1:
        raise UnreadableContent()
    return doc, buffer


def render_pdf_page(data: bytes, index: int, long_side: int = PDF_VIEW_LONG_SIDE) -> tuple[QImage, int]:
    """Page ``index`` of a PDF as an image (long side ``long_side`` px) and the page count.

    Creates its own QPdfDocument, so it can run on a worker thread; the document and its buffer
    belong to that thread and die with this call.
    """
    doc, buffer = _open_pdf(data)
    try:
        count = doc.pageCount()
        index = max(0, min(index, count - 1))
        points = doc.pagePointSize(index)
        w, h = max(1.0, points.width()), max(1.0, points.height())
        scale = long_side / max(w, h)
        image = doc.render(index, QSize(max(1, round(w * scale)), max(1, round(h * scale))))
        if image.isNull():
            raise UnreadableContent()
        return image.convertToFormat(QImage.Format.Format_RGB32), count
    finally:
        doc.close()
        buffer.close()


def rotated(image: QImage, degrees: int) -> QImage:
    if degrees % 360 == 0:
        return image
    return image.transformed(QTransform().rotate(degrees), Qt.TransformationMode.SmoothTransformation)


def png_bytes(image: QImage) -> bytes:
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(buffer.data().data())


def is_card_shaped(size: QSize) -> bool:
    """Landscape or portrait with the ID-1 card's aspect ratio (1.586), give or take a margin."""
    w, h = size.width(), size.height()
    if min(w, h) <= 0:
        return False
    ratio = max(w, h) / min(w, h)
    return 1.45 <= ratio <= 1.75


def _card_rect(image: QSize, target: QRect, dpi: int) -> QRect:
    long_mm, short_mm = ID_CARD_MM
    px_long, px_short = round(long_mm / 25.4 * dpi), round(short_mm / 25.4 * dpi)
    size = QSize(px_long, px_short) if image.width() >= image.height() else QSize(px_short, px_long)
    rect = QRect(target.topLeft(), size)
    rect.moveLeft(target.left() + (target.width() - size.width()) // 2)
    rect.moveTop(target.top() + round(20 / 25.4 * dpi))  # 2 cm from the top, like a photocopy
    return rect


def paint_pages(printer: Any, pages: Iterator[QImage], *, card: bool = False) -> int:
    """Paint images onto a configured QPrinter, one per page; returns the number of pages.

    ``card`` prints card-shaped images at the real size of an ID card; everything else is fitted
    to the printable area, centred.
    """
    painter = QPainter()
    if not painter.begin(printer):
        raise ServiceError("无法连接打印机，请检查打印机是否就绪后重试。")
    n = 0
    try:
        dpi = printer.resolution()
        target = printer.pageLayout().paintRectPixels(dpi)
        target.moveTopLeft(QRect().topLeft())  # the painter's origin is the printable area's corner
        for image in pages:
            if n:
                printer.newPage()
            if card and is_card_shaped(image.size()):
                rect = _card_rect(image.size(), target, dpi)
            else:
                scaled = image.size().scaled(target.size(), Qt.AspectRatioMode.KeepAspectRatio)
                rect = QRect(target.topLeft(), scaled)
                rect.moveCenter(target.center())
            painter.drawImage(rect, image)
            n += 1
    finally:
        painter.end()
    return n


def pdf_print_pages(data: bytes, dpi: int, degrees: int) -> Iterator[QImage]:
    """Each page rendered just before it is printed: memory stays at one page."""
    doc, buffer = _open_pdf(data)
    try:
        for i in range(doc.pageCount()):
            points = doc.pagePointSize(i)
            size = QSize(max(1, round(points.width() / 72 * dpi)), max(1, round(points.height() / 72 * dpi)))
            yield rotated(doc.render(i, size), degrees)
    finally:
        doc.close()
        buffer.close()


# --- questions a test replaces --------------------------------------------------------------------

def ask_printer(parent: QWidget | None, title: str) -> Any:
    """A configured QPrinter, or None when the clerk cancelled the print dialog."""
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setDocName(title)
    dlg = QPrintDialog(printer, parent)
    dlg.setWindowTitle(title)
    return printer if dlg.exec() == QDialog.DialogCode.Accepted else None


# --- the viewer -----------------------------------------------------------------------------------

class DocumentViewer(QDialog):
    """One document, shown from memory. Non-modal: the clerk can keep typing in the form."""

    sig_loaded = Signal()
    sig_copy_done = Signal(str)  # "print" | "export"

    def __init__(self, ctx: AppContext, doc: DocumentView, parent: QWidget | None = None, *,
                 data: bytes | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.doc = doc
        self.form = Ui_CustomerDocViewer()
        self.form.setupUi(self)
        self.setWindowFlag(Qt.WindowType.WindowMaximizeButtonHint, True)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        self.data: bytes | None = None
        self.image: QImage | None = None
        self.page = 0
        self.page_count = 1
        self.zoom = 1.0
        self.rotation = 0
        self.fit_mode = True
        self.busy = False
        self._page_request = 0
        self.scene = QGraphicsScene(self)
        self.item = QGraphicsPixmapItem()
        self.item.setTransformationMode(Qt.TransformationMode.SmoothTransformation)
        self.scene.addItem(self.item)
        f = self.form
        f.view.setScene(self.scene)
        f.view.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, True)
        f.view.viewport().installEventFilter(self)
        title = f"{doc.doc_type_label}：{doc.original_name}"
        self.setWindowTitle(f"查看资料 - {doc.doc_type_label}")
        extra = f"，{doc.pages} 页" if doc.pages > 1 else ""
        f.titleLabel.setText(f"{title}（{doc.uploaded_at.astimezone(_CHINA):%Y-%m-%d} 上传{extra}）")
        f.watermarkEdit.setText(docs.default_watermark_text())
        self._connect()
        self._resize_within_screen(980, 720)
        self._update_controls()
        if data is not None:
            self.set_content(data)
        else:
            self._load()

    def _resize_within_screen(self, width: int, height: int) -> None:
        """The preferred size, but never taller than the screen above the taskbar: on a 1366×768
        branch PC 720 px plus the title bar put 打印/导出 under the taskbar."""
        anchor = self.parentWidget()
        screen = (anchor.screen() if anchor is not None else None) or QGuiApplication.primaryScreen()
        if screen is not None:
            avail = screen.availableGeometry()
            width = min(width, avail.width() - 2 * WINDOW_BORDER)
            height = min(height, avail.height() - TITLE_BAR - 2 * WINDOW_BORDER)
        hint = self.minimumSizeHint()
        self.resize(max(width, hint.width()), max(height, hint.height()))

    # --- wiring -----------------------------------------------------------------------------
    def _connect(self) -> None:
        f = self.form
        f.zoomInButton.clicked.connect(self.zoom_in)
        f.zoomOutButton.clicked.connect(self.zoom_out)
        f.fitButton.clicked.connect(self.fit)
        f.actualButton.clicked.connect(self.actual_size)
        f.rotateLeftButton.clicked.connect(self.rotate_left)
        f.rotateRightButton.clicked.connect(self.rotate_right)
        f.prevButton.clicked.connect(self.prev_page)
        f.nextButton.clicked.connect(self.next_page)
        f.printButton.clicked.connect(self.print_copy)
        f.exportButton.clicked.connect(self.export_copy)
        f.closeButton.clicked.connect(self.close)
        for keys, slot in (("Ctrl++", self.zoom_in), ("Ctrl+=", self.zoom_in), ("Ctrl+-", self.zoom_out),
                           ("Ctrl+0", self.fit), ("Ctrl+1", self.actual_size), ("Ctrl+L", self.rotate_left),
                           ("Ctrl+R", self.rotate_right), ("PgUp", self.prev_page), ("PgDown", self.next_page),
                           ("Ctrl+P", self.print_copy)):
            QShortcut(QKeySequence(keys), self, slot)

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Wheel and isinstance(event, QWheelEvent) \
                and event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            (self.zoom_in if event.angleDelta().y() > 0 else self.zoom_out)()
            return True
        return super().eventFilter(obj, event)

    def resizeEvent(self, event: Any) -> None:
        super().resizeEvent(event)
        if self.fit_mode:
            self._apply_view()

    def _say(self, text: str, kind: str = "info") -> None:
        label = self.form.messageLabel
        label.setStyleSheet(f"color: {_COLORS.get(kind, _COLORS['info'])};")
        label.setText(text)

    def message(self) -> str:
        return self.form.messageLabel.text()

    # --- loading ----------------------------------------------------------------------------
    def _load(self) -> None:
        """The stored bytes, audited as a view (a write session: the audit record is written)."""
        ctx, doc_id = self.ctx, self.doc.id
        self.busy = True
        self._say("正在读取资料…")

        def work() -> bytes:
            with ctx.db.write() as s:
                return docs.document_content(s, ctx.actor, doc_id, blobs=BlobStore.of(ctx.db))

        run_db(work, self._loaded, self._failed)

    def _loaded(self, data: bytes) -> None:
        if shiboken6.isValid(self):
            self.set_content(data)

    def _failed(self, exc: BaseException) -> None:
        if not shiboken6.isValid(self):
            return
        self.busy = False
        self._update_controls()
        self._say(user_message(exc), "error")

    def set_content(self, data: bytes) -> None:
        """Show ``data`` (the stored bytes); decoding happens on the worker pool."""
        self.data = data
        self.page = 0
        self._show_page(0)

    @property
    def is_pdf(self) -> bool:
        return self.doc.is_pdf

    def _show_page(self, index: int) -> None:
        data = self.data
        if data is None:
            return
        self.busy = True
        self._update_controls()
        self._page_request += 1
        request = self._page_request
        pdf = self.is_pdf
        if pdf:
            self._say(f"正在显示第 {index + 1} 页…")

        def work(_state: object) -> tuple[QImage, int]:
            if pdf:
                return render_pdf_page(data, index)
            return decode_image(data), 1

        def done(result: tuple[QImage, int]) -> None:
            if not shiboken6.isValid(self) or request != self._page_request:
                return
            image, count = result
            self.image = image
            self.page_count = count
            self.page = min(index, count - 1)
            self.item.setPixmap(QPixmap.fromImage(image))
            self.scene.setSceneRect(self.item.boundingRect())
            self.busy = False
            self._say("")
            self._apply_view()
            self._update_controls()
            self.sig_loaded.emit()

        run_cpu(work, done, self._failed)

    # --- view operations --------------------------------------------------------------------
    def _rotated_size(self) -> tuple[float, float]:
        r = self.item.boundingRect()
        return (r.height(), r.width()) if self.rotation % 180 else (r.width(), r.height())

    def _fit_zoom(self) -> float:
        w, h = self._rotated_size()
        vp = self.form.view.viewport().size()
        if w <= 0 or h <= 0:
            return 1.0
        return max(ZOOM_MIN, min(ZOOM_MAX, min((vp.width() - 8) / w, (vp.height() - 8) / h)))

    def _apply_view(self) -> None:
        if self.image is None:
            return
        if self.fit_mode:
            self.zoom = self._fit_zoom()
        self.form.view.setTransform(QTransform().rotate(self.rotation).scale(self.zoom, self.zoom))
        if self.fit_mode:
            self.form.view.centerOn(self.item)
        self.form.zoomLabel.setText(f"{round(self.zoom * 100)}%")

    def set_zoom(self, zoom: float) -> None:
        self.fit_mode = False
        self.zoom = max(ZOOM_MIN, min(ZOOM_MAX, zoom))
        self._apply_view()

    def zoom_in(self) -> None:
        self.set_zoom(self.zoom * ZOOM_STEP)

    def zoom_out(self) -> None:
        self.set_zoom(self.zoom / ZOOM_STEP)

    def fit(self) -> None:
        self.fit_mode = True
        self._apply_view()

    def actual_size(self) -> None:
        self.set_zoom(1.0)

    def rotate_left(self) -> None:
        self.rotation = (self.rotation - 90) % 360
        self._apply_view()

    def rotate_right(self) -> None:
        self.rotation = (self.rotation + 90) % 360
        self._apply_view()

    def next_page(self) -> None:
        if self.page + 1 < self.page_count and not self.busy:
            self._show_page(self.page + 1)

    def prev_page(self) -> None:
        if self.page > 0 and not self.busy:
            self._show_page(self.page - 1)

    def _update_controls(self) -> None:
        f = self.form
        ready = self.image is not None
        for b in (f.zoomInButton, f.zoomOutButton, f.fitButton, f.actualButton, f.rotateLeftButton,
                  f.rotateRightButton):
            b.setEnabled(ready)
        multi = self.is_pdf and self.page_count > 1
        for w in (f.prevButton, f.nextButton, f.pageLabel):
            w.setVisible(multi)
        f.prevButton.setEnabled(multi and self.page > 0 and not self.busy)
        f.nextButton.setEnabled(multi and self.page + 1 < self.page_count and not self.busy)
        f.pageLabel.setText(f"第 {self.page + 1} / {self.page_count} 页")
        printable = self.doc.status == "active"
        for b in (f.printButton, f.exportButton):
            b.setEnabled(ready and printable)
            if not printable:
                b.setToolTip("该资料已作废，不能打印或导出。")

    # --- watermarked copies -----------------------------------------------------------------
    def watermark_text(self) -> str | None:
        """None means the service's default (仅供本行贷款业务使用 + today)."""
        text = self.form.watermarkEdit.text().strip()
        return text or None

    def _fetch_copy(self, then: Any) -> None:
        ctx, doc_id, text = self.ctx, self.doc.id, self.watermark_text()
        self._say("正在生成加水印的复印件…")
        for b in (self.form.printButton, self.form.exportButton):
            b.setEnabled(False)

        def work() -> bytes:
            with ctx.db.write() as s:  # audited: document.print
                return docs.render_watermarked_copy(s, ctx.actor, doc_id, text, blobs=BlobStore.of(ctx.db))

        def done(data: bytes) -> None:
            if shiboken6.isValid(self):
                self._update_controls()
                then(data)

        run_db(work, done, self._copy_failed)

    def _copy_failed(self, exc: BaseException) -> None:
        if shiboken6.isValid(self):
            self._update_controls()
            self._say(user_message(exc), "error")

    def print_copy(self) -> None:
        if self.image is None or self.doc.status != "active":
            return
        printer = ask_printer(self, f"打印复印件 - {self.doc.doc_type_label}")
        if printer is None:
            return
        degrees = self.rotation
        card = self.doc.doc_type in (DocType.ID_FRONT, DocType.ID_BACK)

        def got(data: bytes) -> None:
            if self.doc.copy_format == "pdf":
                self._print_pdf(data, printer, degrees)
                return

            def prepare(_state: object) -> QImage:
                return rotated(decode_image(data), degrees)

            def paint(image: QImage) -> None:
                if not shiboken6.isValid(self):
                    return
                try:
                    paint_pages(printer, iter([image]), card=card)
                except Exception as exc:  # printer refused: say so, never a traceback
                    self._say(user_message(exc), "error")
                    return
                self._say("已发送到打印机（加水印复印件，已记录审计）。", "ok")
                self.sig_copy_done.emit("print")

            run_cpu(prepare, paint, self._copy_failed)

        self._fetch_copy(got)

    def _print_pdf(self, data: bytes, printer: Any, degrees: int) -> None:
        """PDF pages are rendered one by one while printing (QPdfDocument lives on this thread)."""
        try:
            dpi = min(int(printer.resolution()), PRINT_DPI)
            n = paint_pages(printer, pdf_print_pages(data, dpi, degrees))
        except Exception as exc:
            self._say(user_message(exc), "error")
            return
        self._say(f"已发送到打印机（{n} 页，加水印复印件，已记录审计）。", "ok")
        self.sig_copy_done.emit("print")

    def export_copy(self) -> None:
        if self.image is None or self.doc.status != "active":
            return
        fmt = self.doc.copy_format
        stem = self.doc.download_name.rsplit(".", 1)[0]
        filters = "PNG 图片 (*.png)" if fmt == "png" else "PDF 文件 (*.pdf)"
        path = files.choose_save_file(self, "导出加水印的复印件", f"{stem}_复印件.{fmt}", filters)
        if not path:
            return
        path = files.with_suffix(path, fmt)
        degrees = self.rotation

        def got(data: bytes) -> None:
            def prepare(_state: object) -> bytes:
                if fmt == "png" and degrees:
                    return png_bytes(rotated(decode_image(data), degrees))
                return data

            def write(out: bytes) -> None:
                if not shiboken6.isValid(self):
                    return
                files.save_bytes(self, out, path, self._exported, self._copy_failed)

            run_cpu(prepare, write, self._copy_failed)

        self._fetch_copy(got)

    def _exported(self, path: str) -> None:
        note = "（PDF 按原方向导出）" if self.doc.copy_format == "pdf" and self.rotation else ""
        self._say(f"已导出加水印的复印件：{path}{note}", "ok")
        self.sig_copy_done.emit("export")


def open_viewer(ctx: AppContext, doc: DocumentView, parent: QWidget | None = None) -> DocumentViewer:
    """Show the viewer (non-modal) and return it; the content loads in the background."""
    viewer = DocumentViewer(ctx, doc, parent)
    viewer.setWindowModality(Qt.WindowModality.NonModal)
    viewer.show()
    return viewer
