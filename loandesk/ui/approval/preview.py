"""PDF preview inside the application (QtPdf's QPdfView), printing and saving.

The bytes go from the service straight into a QBuffer: no temporary file is ever written for
viewing or printing (DESIGN: "No plaintext copy is written to disk"). Printing renders each page
to an image at the printer's resolution (capped at 300 dpi) and paints it onto the QPrinter.

For contracts the bytes to print or save come from ``contracts.issue_print`` *at the moment of
printing* (``fetch``): the first one is the stored original, every later one a 副本, each counted
and audited. Other documents (schedule sheet, 放款通知书) print the bytes shown.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRect, QSize, Qt, Signal
from PySide6.QtGui import QImage, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import QDialog, QWidget

from loandesk.ui.approval import common
from loandesk.ui.errors import user_message
from loandesk.ui.forms.ui_approval_preview_dialog import Ui_ApprovalPreviewDialog

MAX_PRINT_DPI = 300


@dataclass(frozen=True)
class Output:
    """What a fetch hands back for printing or saving."""

    pdf: bytes
    name: str
    copy: bool = False
    note: str = ""


Fetch = Callable[[str, Callable[[Output], None], Callable[[BaseException], None]], None]


def load_document(pdf: bytes, parent: QWidget | None = None) -> tuple[QPdfDocument, QBuffer]:
    """A QPdfDocument reading from memory; keep the buffer alive as long as the document."""
    buffer = QBuffer(parent)
    buffer.setData(QByteArray(pdf))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    doc = QPdfDocument(parent)
    doc.load(buffer)
    if doc.status() != QPdfDocument.Status.Ready:
        raise ValueError("PDF 文件无法打开（文件损坏或不是 PDF）。")
    return doc, buffer


def print_pdf(pdf: bytes, printer: object) -> int:
    """Paint every page of ``pdf`` onto ``printer`` (a configured QPrinter); returns pages printed."""
    from PySide6.QtPrintSupport import QPrinter

    assert isinstance(printer, QPrinter)
    doc, buffer = load_document(pdf)
    try:
        dpi = min(printer.resolution(), MAX_PRINT_DPI)
        painter = QPainter()
        if not painter.begin(printer):
            raise OSError("无法连接打印机，请检查打印机是否就绪。")
        try:
            target = printer.pageLayout().paintRectPixels(printer.resolution())
            for i in range(doc.pageCount()):
                if i:
                    printer.newPage()
                points = doc.pagePointSize(i)
                size = QSize(max(1, round(points.width() / 72 * dpi)), max(1, round(points.height() / 72 * dpi)))
                image: QImage = doc.render(i, size)
                scaled = size.scaled(target.size(), Qt.AspectRatioMode.KeepAspectRatio)
                rect = QRect(target.topLeft(), scaled)
                rect.moveCenter(target.center())
                painter.drawImage(rect, image)
        finally:
            painter.end()
        return doc.pageCount()
    finally:
        doc.close()
        buffer.close()


class PdfPreviewDialog(QDialog):
    """Shows a PDF; 打印/另存为 go through ``fetch`` when given (contracts), else use the bytes shown."""

    sig_output = Signal(str, bool)  # channel (print|file), copy

    def __init__(self, parent: QWidget | None, pdf: bytes, *, title: str, notice: str = "",
                 name: str = "文件.pdf", fetch: Fetch | None = None, can_print: bool = True) -> None:
        super().__init__(parent)
        self.form = Ui_ApprovalPreviewDialog()
        self.form.setupUi(self)
        self.setWindowTitle(title)
        self.pdf = pdf
        self.name = name
        self.fetch = fetch
        self.doc, self.buffer = load_document(pdf, self)
        self.view = QPdfView(self.form.viewHost)
        self.view.setObjectName("pdfView")
        self.view.setDocument(self.doc)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.form.viewLayout.addWidget(self.view)
        f = self.form
        f.noticeLabel.setText(notice)
        f.noticeLabel.setVisible(bool(notice))
        f.pageLabel.setText(f"共 {self.doc.pageCount()} 页")
        f.zoomInButton.clicked.connect(lambda: self._zoom(1.25))
        f.zoomOutButton.clicked.connect(lambda: self._zoom(0.8))
        f.fitButton.clicked.connect(lambda: self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth))
        f.printButton.clicked.connect(self.print_)
        f.saveButton.clicked.connect(self.save)
        f.closeButton.clicked.connect(self.accept)
        f.printButton.setEnabled(can_print)
        f.saveButton.setEnabled(can_print)
        common.fit_to_screen(self, 900, 760)

    @property
    def page_count(self) -> int:
        return self.doc.pageCount()

    def _zoom(self, factor: float) -> None:
        self.view.setZoomMode(QPdfView.ZoomMode.Custom)
        self.view.setZoomFactor(max(0.25, min(4.0, self.view.zoomFactor() * factor)))

    def _output(self, channel: str, then: Callable[[Output], None]) -> None:
        if self.fetch is None:
            then(Output(self.pdf, self.name))
            return
        self.form.printButton.setEnabled(False)
        self.form.saveButton.setEnabled(False)

        def done(out: Output) -> None:
            if not common.alive(self):
                return
            self.form.printButton.setEnabled(True)
            self.form.saveButton.setEnabled(True)
            then(out)
            self.sig_output.emit(channel, out.copy)

        def failed(exc: BaseException) -> None:
            if not common.alive(self):
                return
            self.form.printButton.setEnabled(True)
            self.form.saveButton.setEnabled(True)
            common.show_message(self.form.messageLabel, user_message(exc), "error")

        self.fetch(channel, done, failed)

    def print_(self) -> None:
        printer = common.ask_printer(self, self.windowTitle())
        if printer is None:
            return

        def go(out: Output) -> None:
            try:
                pages = print_pdf(out.pdf, printer)
            except (OSError, ValueError) as exc:
                text = f"打印失败：{exc}"
                if self.fetch is not None:
                    # The output was already counted and audited: say so, or the next try comes
                    # out marked 副本 without the clerk knowing why.
                    text += (f"\n本次输出已按{'副本' if out.copy else '原件'}登记并记入审计日志；"
                             "排除故障后再次打印将标注“副本”。")
                common.show_message(self.form.messageLabel, text, "error")
                return
            common.show_message(self.form.messageLabel,
                                f"已发送打印：共 {pages} 页{'（副本）' if out.copy else ''}。{out.note}", "ok")

        self._output("print", go)

    def save(self) -> None:
        path = common.choose_save_file(self, "另存为", self.name, "PDF 文件 (*.pdf)")
        if not path:
            return
        if not path.lower().endswith(".pdf"):
            path += ".pdf"

        def go(out: Output) -> None:
            try:
                common.write_file(path, out.pdf)
            except OSError as exc:
                common.show_message(self.form.messageLabel, user_message(exc), "error")
                return
            common.show_message(self.form.messageLabel,
                                f"已保存{'（副本）' if out.copy else ''}：{path}。{out.note}", "ok")

        self._output("file", go)

    def closeEvent(self, event: object) -> None:
        self.view.setDocument(None)
        self.doc.close()
        self.buffer.close()
        super().closeEvent(event)  # type: ignore[arg-type]
