"""从身份证识别: fill the customer form from a scan of the ID card's front, after the clerk confirms.

Why it is built this way:

* **Offline and optional.** ``id_ocr.ocr_available()`` is a cheap check (no model import); without
  the extra the button stays visible but disabled, with the install hint as tooltip, so clerks
  know the feature exists and why it is off.
* **Never on the GUI thread.** Recognition takes seconds (more on a busy PC): it runs on the
  worker pool with a progress dialog whose 取消 stops it at the next step.
* **Proposals, not facts.** The confirm dialog shows the card image beside every proposed value
  with its confidence; only ticked values reach the form, which validates them like typed input.
  The ID number is offered only when its check digit passes (the service guarantees it; the
  dialog checks again, because a wrong number would derive a wrong birth date and gender).
* **The image source.** A saved customer with an ID-front scan on file can use it directly;
  otherwise the clerk picks an image file. Either way the bytes stay in memory.

Integration contract (the form owns the layout): ``OcrFillAction(ctx, form, on_proposal)`` is
the QPushButton itself — ``.button`` returns it — and ``on_proposal`` receives an
:class:`OcrProposal` whose attributes are plain values or None.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

import shiboken6
from PySide6.QtCore import QByteArray, Qt
from PySide6.QtGui import QBrush, QColor, QImage, QPixmap
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QMessageBox,
    QPushButton,
    QTableWidgetItem,
    QWidget,
)

from loandesk.domain.documents import DocType
from loandesk.domain.idcard import InvalidIdNumber, parse_id_number
from loandesk.services import documents as docs
from loandesk.services import id_ocr
from loandesk.services.id_ocr import FieldProposal, IdCardProposals
from loandesk.store.attachments import BlobStore
from loandesk.ui.context import AppContext
from loandesk.ui.customers import export as files
from loandesk.ui.errors import user_message
from loandesk.ui.forms.ui_customer_ocr_confirm_dialog import Ui_CustomerOcrConfirmDialog
from loandesk.ui.tasks import TaskCancelled, TaskState, run_cpu, run_db

log = logging.getLogger(__name__)

BUTTON_TEXT = "从身份证识别"
IMAGE_FILTER = "身份证正面图片 (*.jpg *.jpeg *.png *.tif *.tiff);;所有文件 (*)"
LOW_CONFIDENCE = 0.8  # shown in amber: check this one with extra care
UNTICK_BELOW = 0.5  # below this a value is shown but not ticked
PREVIEW_SIDE = 360
GENDER_WORDS = {"male": "男", "female": "女"}
FIELDS: tuple[tuple[str, str], ...] = (
    ("name", "姓名"), ("gender", "性别"), ("ethnicity", "民族"), ("birth_date", "出生日期"),
    ("address", "住址"), ("id_number", "公民身份号码"),
)


@dataclass(frozen=True)
class OcrProposal:
    """What the clerk accepted. ``gender`` is "male"/"female"; every attribute may be None."""

    name: str | None = None
    gender: str | None = None
    ethnicity: str | None = None
    birth_date: date | None = None
    address: str | None = None
    id_number: str | None = None

    def filled(self) -> list[str]:
        return [label for key, label in FIELDS if getattr(self, key) is not None]


@dataclass(frozen=True)
class OcrOutcome:
    """The recognition result plus a small preview of the card for the confirm dialog."""

    proposals: IdCardProposals
    preview: QImage


def display_value(key: str, value: Any) -> str:
    if value is None:
        return ""
    if key == "gender":
        return GENDER_WORDS.get(str(value), str(value))
    if key == "birth_date" and isinstance(value, date):
        return f"{value.year}年{value.month}月{value.day}日"
    return str(value)


def checked_id_number(value: Any) -> str | None:
    """The number again through the check-digit test; None if it fails (never offered then)."""
    try:
        return parse_id_number(str(value)).number
    except (InvalidIdNumber, ValueError):
        return None


def recognise(data: bytes, state: TaskState | None = None) -> OcrOutcome:
    """Worker-pool job: OCR the card and make a preview image. Raises TaskCancelled on 取消."""
    progress = state.progress if state is not None else None
    proposals = id_ocr.recognise_id_front(data, progress=progress)
    preview = QImage.fromData(QByteArray(data))
    if not preview.isNull() and max(preview.width(), preview.height()) > PREVIEW_SIDE * 2:
        preview = preview.scaled(PREVIEW_SIDE * 2, PREVIEW_SIDE * 2, Qt.AspectRatioMode.KeepAspectRatio,
                                 Qt.TransformationMode.SmoothTransformation)
    return OcrOutcome(proposals, preview)


# --- questions a test replaces --------------------------------------------------------------------

def choose_image(parent: QWidget | None) -> str:
    return files.choose_open_file(parent, "选择身份证正面（人像面）的图片", IMAGE_FILTER)


def ask_source(parent: QWidget | None, doc_label: str) -> str | None:
    """"stored" (use the ID-front scan on file), "file" (pick an image), or None (cancel)."""
    box = QMessageBox(QMessageBox.Icon.Question, "从身份证识别",
                      f"该客户已上传“{doc_label}”。\n用已上传的扫描件识别，还是另选图片文件？", parent=parent)
    stored = box.addButton("用已上传的扫描件", QMessageBox.ButtonRole.AcceptRole)
    other = box.addButton("选择图片文件…", QMessageBox.ButtonRole.ActionRole)
    box.addButton("取消", QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(stored)
    box.exec()
    clicked = box.clickedButton()
    return "stored" if clicked is stored else "file" if clicked is other else None


def confirm(parent: QWidget | None, outcome: OcrOutcome) -> OcrProposal | None:
    """Show the confirm dialog; the accepted proposal or None."""
    dlg = OcrConfirmDialog(parent, outcome)
    return dlg.proposal() if dlg.exec() == QDialog.DialogCode.Accepted else None


def inform(parent: QWidget | None, title: str, text: str) -> None:
    files.inform(parent, title, text)


def warn(parent: QWidget | None, title: str, text: str) -> None:
    files.warn(parent, title, text)


# --- the confirm dialog ---------------------------------------------------------------------------

class OcrConfirmDialog(QDialog):
    """Card image on the left, proposals with confidence on the right; ticked ones are filled in."""

    COL_USE, COL_FIELD, COL_VALUE, COL_CONF, COL_NOTE = range(5)

    def __init__(self, parent: QWidget | None, outcome: OcrOutcome) -> None:
        super().__init__(parent)
        self.form = Ui_CustomerOcrConfirmDialog()
        self.form.setupUi(self)
        self.outcome = outcome
        self.checks: dict[str, QCheckBox] = {}
        self.values: dict[str, Any] = {}
        f = self.form
        f.buttonBox.button(QDialogButtonBox.StandardButton.Ok).setText("填入表单")
        f.buttonBox.button(QDialogButtonBox.StandardButton.Cancel).setText("取消")
        f.buttonBox.accepted.connect(self.accept)
        f.buttonBox.rejected.connect(self.reject)
        f.linesCheck.toggled.connect(f.linesEdit.setVisible)
        self._fill()
        self.resize(980, 440)

    def _fill(self) -> None:
        f = self.form
        p = self.outcome.proposals
        image = self.outcome.preview
        if not image.isNull():
            f.imageLabel.setPixmap(QPixmap.fromImage(image).scaled(
                PREVIEW_SIDE, PREVIEW_SIDE, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation))
        else:
            f.imageLabel.setText("（无法显示图片）")
        t = f.fieldTable
        t.setColumnCount(5)
        t.setHorizontalHeaderLabels(["填入", "项目", "识别结果", "可信度", "说明"])
        t.verticalHeader().setVisible(False)
        t.setRowCount(len(FIELDS))
        fm = t.fontMetrics()
        t.verticalHeader().setMinimumSectionSize(fm.height() + 12)
        warnings = list(p.warnings)
        for row, (key, label) in enumerate(FIELDS):
            prop: FieldProposal | None = getattr(p, key)
            value = prop.value if prop is not None else None
            note = prop.note if prop is not None else "未识别到"
            if key == "id_number" and value is not None and checked_id_number(value) is None:
                value, note = None, "未通过校验位检查，未提供"
                warnings.append("识别到的身份证号码未通过校验位检查，请手工录入。")
            check = QCheckBox(t)
            conf = prop.confidence if prop is not None and value is not None else 0.0
            check.setChecked(value is not None and conf >= UNTICK_BELOW)
            check.setEnabled(value is not None)
            holder = QWidget(t)
            lay = QHBoxLayout(holder)
            lay.setContentsMargins(0, 0, 0, 0)
            lay.addWidget(check, alignment=Qt.AlignmentFlag.AlignCenter)
            t.setCellWidget(row, self.COL_USE, holder)
            self.checks[key] = check
            self.values[key] = value
            cells = [label, display_value(key, value) or "—", f"{round(conf * 100)}%" if value is not None else "",
                     note]
            for col, text in enumerate(cells, start=1):
                item = QTableWidgetItem(text)
                if value is None:
                    item.setForeground(QBrush(QColor("#888888")))
                elif col == self.COL_CONF and conf < LOW_CONFIDENCE:
                    item.setForeground(QBrush(QColor("#b35c00")))
                    item.setToolTip("可信度较低，请特别核对")
                t.setItem(row, col, item)
        header = t.horizontalHeader()
        for col, sample in ((self.COL_USE, "填入"), (self.COL_FIELD, "公民身份号码"), (self.COL_CONF, "可信度")):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.Fixed)
            t.setColumnWidth(col, fm.horizontalAdvance(sample) + 24)
        header.setSectionResizeMode(self.COL_VALUE, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(self.COL_NOTE, QHeaderView.ResizeMode.ResizeToContents)
        t.resizeRowsToContents()
        f.warningsLabel.setText("\n".join(f"注意：{w}" for w in dict.fromkeys(warnings)))
        f.warningsLabel.setVisible(bool(warnings))
        f.linesEdit.setPlainText("\n".join(p.lines))
        f.linesEdit.setVisible(False)
        f.linesCheck.setVisible(bool(p.lines))

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        self.form.fieldTable.resizeRowsToContents()  # now that the value column has its real width

    def set_checked(self, key: str, on: bool) -> None:
        self.checks[key].setChecked(on)

    def proposal(self) -> OcrProposal:
        kept = {k: (v if self.checks[k].isChecked() else None) for k, v in self.values.items()}
        if kept.get("id_number") is not None:
            kept["id_number"] = checked_id_number(kept["id_number"])
        return OcrProposal(**kept)


# --- the button -----------------------------------------------------------------------------------

class OcrFillAction(QPushButton):
    """The 从身份证识别 button: pick the image, recognise off-thread, confirm, hand over."""

    def __init__(self, ctx: AppContext, parent_form_widget: QWidget,
                 on_proposal: Callable[[OcrProposal], None]) -> None:
        super().__init__(BUTTON_TEXT, parent_form_widget)
        self.ctx = ctx
        self.form_widget = parent_form_widget
        self.on_proposal = on_proposal
        self.state: TaskState | None = None
        self.phase = ""  # "" | "source" | "reading" | "recognising"
        self.busy: files.Busy | None = None
        self.last_outcome: OcrOutcome | None = None
        self.available = id_ocr.ocr_available()
        if self.available:
            self.setToolTip("识别身份证正面（人像面）的扫描件或照片，核对后填入姓名、性别、民族、出生日期、住址和身份证号。"
                            "离线识别，影像不离开本机。")
        else:
            self.setEnabled(False)
            self.setToolTip(id_ocr.OCR_MISSING_HINT)
        self.clicked.connect(self.start)

    @property
    def button(self) -> QPushButton:
        """The agreed integration point: the widget to place in the form."""
        return self

    def setEnabled(self, enabled: bool) -> None:  # without the extra the button never comes on
        super().setEnabled(enabled and self.available)

    @property
    def running(self) -> bool:
        return bool(self.phase)

    def _set_phase(self, phase: str) -> None:
        self.phase = phase
        if shiboken6.isValid(self):
            super().setEnabled(self.available and not phase)

    def _customer_id(self) -> str | None:
        cid = getattr(self.form_widget, "customer_id", None)
        return cid if isinstance(cid, str) and cid else None

    def start(self) -> None:
        """Find the image: the ID-front scan on file (if the clerk wants it) or a file."""
        if self.running or not self.available:
            return
        cid = self._customer_id()
        if cid is None:
            self._from_file()
            return
        ctx = self.ctx
        self._set_phase("source")

        def work() -> docs.DocumentView | None:
            with ctx.db.read() as s:
                found = docs.list_documents(s, ctx.actor, cid, doc_type=DocType.ID_FRONT)
            return next((d for d in found if not d.is_pdf), None)

        def done(doc: docs.DocumentView | None) -> None:
            if not shiboken6.isValid(self):
                return
            self._set_phase("")
            if doc is None:
                self._from_file()
                return
            choice = ask_source(self.window(), doc.doc_type_label)
            if choice == "stored":
                self._from_stored(doc.id)
            elif choice == "file":
                self._from_file()

        def failed(_exc: BaseException) -> None:
            if shiboken6.isValid(self):
                self._set_phase("")
                self._from_file()

        run_db(work, done, failed)

    def _from_file(self) -> None:
        path = choose_image(self.window())
        if not path:
            return
        self._set_phase("reading")

        def read(_state: TaskState) -> bytes:
            p = Path(path)
            if p.stat().st_size > docs.MAX_FILE_BYTES:
                raise docs.DocumentRejected(f"“{p.name}”太大，单个文件不能超过 {docs.MAX_FILE_BYTES // 1048576} MB。")
            return p.read_bytes()

        run_cpu(read, self._read_done, self._failed)

    def _read_done(self, data: bytes) -> None:
        if shiboken6.isValid(self):
            self._set_phase("")
            self.recognise_bytes(data)

    def _from_stored(self, document_id: str) -> None:
        ctx = self.ctx
        self._set_phase("reading")

        def work() -> bytes:
            with ctx.db.write() as s:  # audited: the scan is read
                return docs.document_content(s, ctx.actor, document_id, blobs=BlobStore.of(ctx.db))

        run_db(work, self._read_done, self._failed)

    def recognise_bytes(self, data: bytes) -> None:
        """Run the OCR on ``data`` with a progress dialog; then the confirm dialog."""
        if self.running:
            return
        self.busy = files.Busy(self.window(), "从身份证识别", "正在读取图片…")
        self._set_phase("recognising")
        self.state = run_cpu(lambda state: recognise(data, state), self._recognised, self._failed,
                             self.busy.progress)
        self.busy.attach(self.state)

    def cancel(self) -> None:
        if self.busy is not None:
            self.busy.cancel()

    def _finish(self) -> None:
        self.state = None
        if self.busy is not None:
            self.busy.close()
            self.busy = None
        self._set_phase("")

    def _recognised(self, outcome: OcrOutcome) -> None:
        self._finish()
        if not shiboken6.isValid(self):
            return
        self.last_outcome = outcome
        if not outcome.proposals.found_anything:
            inform(self.window(), "未能识别", "\n".join(outcome.proposals.warnings)
                   or "未能识别出身份证信息，请手工录入。")
            return
        accepted = confirm(self.window(), outcome)
        if accepted is not None and shiboken6.isValid(self):
            self.on_proposal(accepted)

    def _failed(self, exc: BaseException) -> None:
        self._finish()
        if not shiboken6.isValid(self):
            return
        if isinstance(exc, TaskCancelled):
            return  # the clerk pressed 取消: nothing to say
        warn(self.window(), "无法识别", user_message(exc))
