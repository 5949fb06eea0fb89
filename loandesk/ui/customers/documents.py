"""影像资料: a customer's ID scans and documents, the checklist status, attach/drop/scan folder.

Why it is built this way:

* **Hostile files are the norm** (phones, flatbeds, customers' USB sticks). Every file goes
  through ``documents.prepare_upload`` (magic bytes, size and pixel limits, re-encoding) on the
  worker pool, and only then ``attach_document`` stores it, one short write transaction per file
  on the DB thread. A refused file gets the service's Chinese reason, named by file; the good
  files of the same batch are still attached.
* **No plaintext copy.** Files are read into memory, thumbnails arrive as bytes and are shown
  with ``QImage.fromData``; the viewer does the same with the full document.
* **The checklist answers "what is missing"** for the chosen product (standard checklists and
  the branch's products): 已收 / 缺失 / 过期, computed by the service from the stored documents;
  clicking a line selects that type for the next file.
* **Scanner/camera folder.** Files that appear in the watched folder while a customer is open
  are attached to that customer as the selected type, once their size has stopped changing (a
  scanner writes in bursts). Files already there when the customer was opened are never picked
  up, so yesterday's scans cannot land on today's customer. After a successful attach the
  plaintext original is deleted from the folder (default on, see the checkbox).
"""

from __future__ import annotations

import logging
import os
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta, timezone
from pathlib import Path
from typing import Any

import shiboken6
from PySide6.QtCore import QFileSystemWatcher, QMimeData, QObject, QSettings, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QBrush, QColor, QDragEnterEvent, QDropEvent, QFont, QIcon, QImage, QPainter, QPixmap
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QListWidgetItem, QTableWidgetItem, QWidget

from loandesk.domain.documents import (
    DEFAULT_CHECKLISTS,
    DOC_TYPE_LABELS,
    Checklist,
    DocStatus,
    DocType,
    ItemStatus,
)
from loandesk.services import customers as cs
from loandesk.services import documents as docs
from loandesk.services import products
from loandesk.services.context import ServiceError, can
from loandesk.services.documents import DocumentRejected, DocumentView, PreparedUpload
from loandesk.store.attachments import BlobStore
from loandesk.ui.context import AppContext
from loandesk.ui.customers import export as files
from loandesk.ui.customers import viewer as viewer_mod
from loandesk.ui.errors import user_message
from loandesk.ui.forms.ui_customer_doc_panel import Ui_CustomerDocPanel
from loandesk.ui.tasks import TaskState, run_cpu, run_db

log = logging.getLogger(__name__)

_CHINA = timezone(timedelta(hours=8))
_COLORS = {"error": "#b00020", "ok": "#1b5e20", "info": "#37474f", "warn": "#8a5300"}
STATUS_COLORS = {DocStatus.RECEIVED: "#1b5e20", DocStatus.MISSING: "#b00020", DocStatus.EXPIRED: "#b35c00"}
OPTIONAL_MISSING_COLOR = "#777777"
ACCEPTED_SUFFIXES = (".jpg", ".jpeg", ".png", ".tif", ".tiff", ".pdf")
# Phone formats the store refuses: the scanner folder still picks them up, so the clerk reads why
# (and how to convert) instead of waiting for a photo that never appears.
REFUSED_PHOTO_SUFFIXES = (".heic", ".heif", ".webp")
FILE_FILTER = "扫描件和 PDF (*.jpg *.jpeg *.png *.tif *.tiff *.pdf);;所有文件 (*)"
WATCH_POLL_MS = 1000
SETTINGS_WATCH_DIR = "documents/watch_dir"
SETTINGS_DELETE_AFTER = "documents/delete_after"
THUMB_SIDE = 128
ID_TYPES = (DocType.ID_FRONT, DocType.ID_BACK)


# --- questions a test replaces (callers use the module attribute) ----------------------------------

def choose_files(parent: QWidget | None) -> list[str]:
    return files.choose_open_files(parent, "选择要添加的资料文件", FILE_FILTER)


def choose_watch_folder(parent: QWidget | None, start: str) -> str:
    return files.choose_folder(parent, "选择扫描仪/相机存放文件的文件夹", start)


def ask_void_reason(parent: QWidget | None, label: str) -> str | None:
    from PySide6.QtWidgets import QInputDialog

    text, ok = QInputDialog.getText(parent, "作废资料", f"作废“{label}”的原因（资料不会删除，清单不再计入）：")
    return text.strip() if ok and text.strip() else None


# --- data handed from the DB thread to the panel --------------------------------------------------

@dataclass(frozen=True)
class ChecklistChoice:
    key: str
    label: str
    checklist: Checklist


@dataclass(frozen=True)
class PanelData:
    """Everything the panel shows for one customer: plain values, read in one session."""

    customer_id: str
    customer_label: str
    kind: str
    archived: bool
    id_valid_to: date | None
    documents: tuple[DocumentView, ...]
    thumbs: dict[str, bytes | None]
    checklist_key: str
    statuses: tuple[ItemStatus, ...]
    can_attach: bool
    can_print: bool
    choices: tuple[ChecklistChoice, ...] = ()
    consents_missing: tuple[str, ...] = ()  # consent kinds not on record (ID scans, credit report need them)


@dataclass
class FileOutcome:
    """One file of an attach batch: what became of it, in the clerk's words."""

    path: str
    name: str
    prepared: PreparedUpload | None = None
    error: str = ""
    document: DocumentView | None = None


@dataclass
class AttachReport:
    outcomes: list[FileOutcome] = field(default_factory=list)

    @property
    def attached(self) -> list[FileOutcome]:
        return [o for o in self.outcomes if o.document is not None]

    @property
    def failed(self) -> list[FileOutcome]:
        return [o for o in self.outcomes if o.document is None]


def default_checklist_key(kind: str) -> str:
    """A sensible first checklist for the customer's kind; the clerk can pick another."""
    return {"business": "std:business", "farmer": "std:farmer_credit"}.get(kind, "std:personal")


def standard_choices() -> list[ChecklistChoice]:
    return [ChecklistChoice(f"std:{code}", f"标准清单：{c.name}", c) for code, c in DEFAULT_CHECKLISTS.items()]


def read_upload(path: str) -> FileOutcome:
    """Read one local file into memory and prepare it (CPU work). Never raises: errors go in the outcome."""
    p = Path(path)
    name = p.name
    out = FileOutcome(path, name)
    try:
        if p.is_dir():
            out.error = f"“{name}”是文件夹，不是文件。请打开文件夹后选择其中的扫描件。"
            return out
        size = p.stat().st_size
        if size > docs.MAX_FILE_BYTES:  # refuse before reading gigabytes into memory
            out.error = (f"“{name}”太大（{size / 1048576:.1f} MB），单个文件不能超过 "
                         f"{docs.MAX_FILE_BYTES // 1048576} MB。请降低扫描分辨率（300dpi 即可）或拆分后再上传。")
            return out
        data = p.read_bytes()
    except FileNotFoundError:
        out.error = f"“{name}”已不存在（可能已被移动或删除）。"
        return out
    except OSError as exc:
        out.error = f"“{name}”无法读取：{exc.strerror or '未知错误'}。请检查文件是否被其他程序占用。"
        return out
    try:
        out.prepared = docs.prepare_upload(name, data)
    except DocumentRejected as exc:
        out.error = exc.message
    except Exception as exc:  # anything else from a hostile file: refuse it, name it, carry on
        out.error = f"“{name}”无法处理：{user_message(exc)}"
    return out


# --- the scanner/camera folder --------------------------------------------------------------------

class WatchFolder(QObject):
    """New, finished files in one folder. Emits ``sig_ready`` with their paths.

    A file counts as finished when its size and modification time are the same on two scans a
    second apart. ``reset_baseline()`` marks everything present as already seen.
    """

    sig_ready = Signal(list)
    sig_error = Signal(str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.path = ""
        self.active = False
        self._seen: set[str] = set()
        self._pending: dict[str, tuple[int, float]] = {}
        self._watcher = QFileSystemWatcher(self)
        self._watcher.directoryChanged.connect(lambda _p: self.scan_soon())
        self._timer = QTimer(self)
        self._timer.setInterval(WATCH_POLL_MS)
        self._timer.timeout.connect(self.scan)
        self._scanning = False
        self._baseline_wanted = False

    def start(self, path: str) -> None:
        self.stop()
        self.path = path
        self.active = True
        if path not in self._watcher.directories():
            self._watcher.addPath(path)
        self.reset_baseline()
        self._timer.start()  # also polls: network folders and some scanners never notify

    def stop(self) -> None:
        self.active = False
        self._timer.stop()
        dirs = self._watcher.directories()
        if dirs:
            self._watcher.removePaths(dirs)
        self._pending.clear()

    def reset_baseline(self) -> None:
        """Everything in the folder now is old: only files arriving later are picked up."""
        self._pending.clear()
        self._baseline_wanted = True
        self.scan()

    def mark_seen(self, paths: Iterable[str]) -> None:
        self._seen.update(os.path.basename(p) for p in paths)

    def forget(self, paths: Iterable[str]) -> None:
        """Offer these files again on the next scan (they arrived while the panel was busy)."""
        self._seen.difference_update(os.path.basename(p) for p in paths)

    def scan_soon(self) -> None:
        if self.active:
            QTimer.singleShot(200, self.scan)

    @staticmethod
    def _list(path: str) -> dict[str, tuple[int, float]]:
        out: dict[str, tuple[int, float]] = {}
        with os.scandir(path) as it:
            for entry in it:
                name = entry.name
                if name.startswith((".", "~$")) or not name.lower().endswith(ACCEPTED_SUFFIXES + REFUSED_PHOTO_SUFFIXES):
                    continue
                try:
                    if entry.is_file():
                        st = entry.stat()
                        out[name] = (st.st_size, st.st_mtime)
                except OSError:
                    continue
        return out

    def scan(self) -> None:
        """List the folder on the worker pool; decide on the GUI thread."""
        if not self.active or self._scanning:
            return
        self._scanning = True
        path = self.path

        def done(listing: dict[str, tuple[int, float]]) -> None:
            self._scanning = False
            if not shiboken6.isValid(self) or not self.active or path != self.path:
                return
            self._decide(listing)

        def failed(exc: BaseException) -> None:
            self._scanning = False
            if shiboken6.isValid(self) and self.active:
                self.sig_error.emit(f"扫描文件夹无法读取：{user_message(exc)}")

        run_cpu(lambda _s: self._list(path), done, failed)

    def _decide(self, listing: dict[str, tuple[int, float]]) -> None:
        if self._baseline_wanted:
            self._seen = set(listing)
            self._baseline_wanted = False
            return
        # A name leaves "seen" once its file is gone, so a scanner that reuses "scan0001.jpg" works.
        self._seen = {n for n in self._seen if n in listing}
        ready = []
        for name, stat in listing.items():
            if name in self._seen:
                continue
            if self._pending.get(name) == stat:
                ready.append(os.path.join(self.path, name))
                self._seen.add(name)
                self._pending.pop(name, None)
            else:
                self._pending[name] = stat
        for name in list(self._pending):
            if name not in listing:
                del self._pending[name]
        if ready:
            self.sig_ready.emit(sorted(ready))


# --- the panel ------------------------------------------------------------------------------------

class DocumentsPanel(QWidget):
    """The 影像资料 page of the customer form. ``set_customer(None)`` for an unsaved customer."""

    sig_changed = Signal(str)  # customer id, after an attach or a void
    sig_loaded = Signal()
    sig_attach_finished = Signal(object)  # AttachReport

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.form = Ui_CustomerDocPanel()
        self.form.setupUi(self)
        self.setAcceptDrops(True)
        self.customer_id: str | None = None
        self.data: PanelData | None = None
        self.choices: tuple[ChecklistChoice, ...] = ()
        self.checklist_key: str | None = None  # the clerk's choice; None = by customer kind
        self.loading = False
        self.attaching = False
        self._generation = 0
        self._auto_valid: str | None = None
        self.viewers: list[viewer_mod.DocumentViewer] = []
        self.watch = WatchFolder(self)
        self.watch.sig_ready.connect(self._watched_files)
        self.watch.sig_error.connect(lambda text: self._say(text, "warn"))
        self.settings = self._find_settings(parent)
        self._setup()
        self._update_controls()

    def _find_settings(self, parent: QWidget | None) -> QSettings | None:
        s = getattr(parent, "settings", None)
        if isinstance(s, QSettings):
            return s
        s = self.ctx.extras.get("qsettings")
        return s if isinstance(s, QSettings) else None

    def _setup(self) -> None:
        f = self.form
        for dt in DocType:
            f.typeCombo.addItem(DOC_TYPE_LABELS[dt], dt.value)
        f.typeCombo.setCurrentIndex(f.typeCombo.findData(DocType.ID_FRONT.value))
        t = f.checklistTable
        t.setColumnCount(4)
        t.setHorizontalHeaderLabels(["资料", "要求", "状态", "说明"])
        t.verticalHeader().setVisible(False)
        t.verticalHeader().setDefaultSectionSize(t.fontMetrics().height() + 10)
        header = t.horizontalHeader()
        fm = t.fontMetrics()
        for col, sample in enumerate(["征信查询授权书", "必需", "已收"]):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.Fixed)
            t.setColumnWidth(col, fm.horizontalAdvance(sample) + 28)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        header.setHighlightSections(False)
        f.splitter.setStretchFactor(0, 2)
        f.splitter.setStretchFactor(1, 3)
        f.splitter.setSizes([460, 640])
        f.docList.setIconSize(QSize(THUMB_SIDE, THUMB_SIDE))
        f.docList.setGridSize(QSize(THUMB_SIDE + 40, THUMB_SIDE + fm.height() * 3 + 12))
        f.docList.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        f.docList.setAcceptDrops(False)  # drops are handled by the panel itself
        f.progressBar.setVisible(False)
        f.checklistCombo.currentIndexChanged.connect(self._checklist_chosen)
        f.checklistTable.itemSelectionChanged.connect(self._checklist_row_chosen)
        f.docList.itemDoubleClicked.connect(lambda _item: self.view_selected())
        f.docList.itemActivated.connect(lambda _item: self.view_selected())
        f.docList.itemSelectionChanged.connect(self._update_controls)
        f.viewButton.clicked.connect(self.view_selected)
        f.printButton.clicked.connect(lambda: self._copy_selected("print"))
        f.exportButton.clicked.connect(lambda: self._copy_selected("export"))
        f.voidButton.clicked.connect(self.void_selected)
        f.addButton.clicked.connect(self.choose_and_attach)
        f.refreshButton.clicked.connect(self.refresh)
        f.showVoidCheck.toggled.connect(lambda _on: self.refresh())
        f.typeCombo.currentIndexChanged.connect(self._type_changed)
        f.watchFolderButton.clicked.connect(self.choose_watch_folder)
        f.watchCheck.toggled.connect(self._watch_toggled)
        f.deleteAfterCheck.toggled.connect(self._remember_delete_after)
        if self.settings is not None:
            folder = str(self.settings.value(SETTINGS_WATCH_DIR, "") or "")
            if folder and os.path.isdir(folder):
                self._set_watch_path(folder)
            delete_after = self.settings.value(SETTINGS_DELETE_AFTER, None)
            if delete_after is not None:
                f.deleteAfterCheck.setChecked(str(delete_after).lower() in ("true", "1"))

    # --- public API -------------------------------------------------------------------------
    def set_customer(self, customer_id: str | None) -> None:
        """Show this customer's documents (None: nothing to attach to until the form is saved)."""
        changed = customer_id != self.customer_id
        self.customer_id = customer_id
        if changed:
            self.checklist_key = None  # each customer starts with the checklist for its kind
            self.form.docList.clear()
            self.form.checklistTable.setRowCount(0)
            self.data = None
            self._say("")
            if self.watch.active:
                self.watch.reset_baseline()
        if customer_id is None:
            self._generation += 1
            self.loading = False
            self.form.summaryLabel.setText("")
            self._say("请先保存客户资料，再上传身份证扫描件等影像资料。", "info")
            self._update_controls()
            return
        self.refresh()

    def refresh(self) -> None:
        cid = self.customer_id
        if cid is None:
            return
        self._generation += 1
        gen = self._generation
        self.loading = True
        self._update_controls()
        ctx, actor = self.ctx, self.ctx.actor
        include_void = self.form.showVoidCheck.isChecked()
        known = self.choices
        wanted = self.checklist_key

        def work() -> PanelData:
            store = BlobStore.of(ctx.db)
            with ctx.db.read() as s:
                customer = cs.get_customer(s, actor, cid)
                documents = docs.list_documents(s, actor, cid, include_void=include_void)
                thumbs: dict[str, bytes | None] = {}
                for d in documents:
                    if not d.is_pdf:
                        try:
                            thumbs[d.id] = docs.thumbnail(s, actor, d.id, blobs=store)
                        except Exception:  # a missing blob shows as a broken tile, not a failed page
                            thumbs[d.id] = None
                choices = known
                if not choices:
                    found = standard_choices()
                    if can(s, actor, "product.view"):
                        for p in products.list_products(s, actor):
                            cl = p.current.terms.checklist
                            if cl.items:
                                found.append(ChecklistChoice(f"product:{p.id}", f"产品：{p.current.name}", cl))
                    choices = tuple(found)
                by_key = {c.key: c for c in choices}
                key = wanted if wanted in by_key else default_checklist_key(customer.kind)
                key = key if key in by_key else choices[0].key
                statuses = docs.checklist_status(s, actor, cid, by_key[key].checklist)
                return PanelData(
                    customer_id=cid, customer_label=f"{customer.name}（{customer.customer_no}）", kind=customer.kind,
                    archived=customer.status == "archived", id_valid_to=customer.id_valid_to,
                    documents=tuple(documents), thumbs=thumbs, checklist_key=key, statuses=tuple(statuses),
                    can_attach=can(s, actor, "document.attach"), can_print=can(s, actor, "document.print"),
                    choices=choices, consents_missing=tuple(customer.consents.missing),
                )

        def done(data: PanelData) -> None:
            if not shiboken6.isValid(self) or gen != self._generation:
                return
            self.loading = False
            self._show(data)
            self.sig_loaded.emit()

        def failed(exc: BaseException) -> None:
            if not shiboken6.isValid(self) or gen != self._generation:
                return
            self.loading = False
            self._update_controls()
            self._say(user_message(exc), "error")

        run_db(work, done, failed)

    def message(self) -> str:
        return self.form.messageLabel.text()

    def document_ids(self) -> list[str]:
        return [d.id for d in self.data.documents] if self.data else []

    def status_of(self, doc_type: DocType) -> DocStatus | None:
        if self.data is None:
            return None
        return next((st.status for st in self.data.statuses if st.doc_type == doc_type), None)

    def selected_document(self) -> DocumentView | None:
        items = self.form.docList.selectedItems()
        if not items or self.data is None:
            return None
        doc_id = items[0].data(Qt.ItemDataRole.UserRole)
        return next((d for d in self.data.documents if d.id == doc_id), None)

    def select_document(self, doc_id: str) -> None:
        lst = self.form.docList
        for i in range(lst.count()):
            if lst.item(i).data(Qt.ItemDataRole.UserRole) == doc_id:
                lst.setCurrentRow(i)
                return

    def set_doc_type(self, doc_type: DocType) -> None:
        self.form.typeCombo.setCurrentIndex(self.form.typeCombo.findData(DocType(doc_type).value))

    def doc_type(self) -> DocType:
        return DocType(self.form.typeCombo.currentData())

    # --- showing ----------------------------------------------------------------------------
    def _show(self, data: PanelData) -> None:
        self.data = data
        f = self.form
        if data.choices and data.choices != self.choices:
            self.choices = data.choices
            f.checklistCombo.blockSignals(True)
            f.checklistCombo.clear()
            for c in data.choices:
                f.checklistCombo.addItem(c.label, c.key)
            f.checklistCombo.blockSignals(False)
        f.checklistCombo.blockSignals(True)
        f.checklistCombo.setCurrentIndex(max(0, f.checklistCombo.findData(data.checklist_key)))
        f.checklistCombo.blockSignals(False)
        self._show_checklist(data.statuses)
        self._show_documents(data)
        self._prefill_validity()
        self._update_controls()
        if data.archived:
            self._say("该客户已归档：资料可以查看，不能再上传。", "warn")
        elif not self.form.messageLabel.text():  # keep the last attach report if one is shown
            self._warn_consent()

    def _show_checklist(self, statuses: Sequence[ItemStatus]) -> None:
        t = self.form.checklistTable
        t.blockSignals(True)
        t.setRowCount(len(statuses))
        counts = {s: 0 for s in DocStatus}
        for row, st in enumerate(statuses):
            if st.required:
                counts[st.status] += 1
            color = STATUS_COLORS[st.status]
            if st.status is DocStatus.MISSING and not st.required:
                color = OPTIONAL_MISSING_COLOR
            if st.status is DocStatus.RECEIVED:
                until = f"有效至 {(st.expires_on - timedelta(days=1)).isoformat()}" if st.expires_on else ""
                note = "；".join(x for x in (until, st.hint) if x)
            elif st.status is DocStatus.EXPIRED:
                note = st.reason
            else:
                note = st.hint
            cells = [st.label, "必需" if st.required else "可选", st.status.value, note]
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, st.doc_type.value)
                item.setToolTip(st.reason or note or text)
                if col == 2:
                    item.setForeground(QBrush(QColor(color)))
                    bold = QFont(item.font())
                    bold.setBold(True)
                    item.setFont(bold)
                t.setItem(row, col, item)
        t.blockSignals(False)
        parts = [f"<span style='color:{STATUS_COLORS[s]}'>{s.value} {counts[s]}</span>" for s in DocStatus]
        self.form.summaryLabel.setText("必需资料：" + "　".join(parts))

    def _placeholder(self, doc: DocumentView) -> QPixmap:
        """A tile for PDFs and unreadable thumbnails: a page with the format and page count."""
        pm = QPixmap(THUMB_SIDE, THUMB_SIDE)
        pm.fill(Qt.GlobalColor.transparent)
        p = QPainter(pm)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.setBrush(QColor("#ffffff"))
        p.setPen(QColor("#9e9e9e"))
        p.drawRect(22, 6, THUMB_SIDE - 44, THUMB_SIDE - 12)
        font = QFont(self.font())
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        p.setFont(font)
        p.setPen(QColor("#c62828") if doc.is_pdf else QColor("#757575"))
        p.drawText(pm.rect(), Qt.AlignmentFlag.AlignCenter, "PDF" if doc.is_pdf else "?")
        if doc.pages > 1:
            small = QFont(self.font())
            p.setFont(small)
            p.setPen(QColor("#424242"))
            p.drawText(pm.rect().adjusted(0, 0, 0, -14), Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom,
                       f"{doc.pages} 页")
        p.end()
        return pm

    def _tile(self, doc: DocumentView, thumb: bytes | None) -> QPixmap:
        """A square tile (every item the same size, captions never clipped) with the scan centred."""
        image = QImage.fromData(thumb) if thumb else QImage()
        if image.isNull():
            pm = self._placeholder(doc)
        else:
            scaled = image.scaled(THUMB_SIDE - 2, THUMB_SIDE - 2, Qt.AspectRatioMode.KeepAspectRatio,
                                  Qt.TransformationMode.SmoothTransformation)
            pm = QPixmap(THUMB_SIDE, THUMB_SIDE)
            pm.fill(Qt.GlobalColor.transparent)
            p = QPainter(pm)
            x, y = (THUMB_SIDE - scaled.width()) // 2, (THUMB_SIDE - scaled.height()) // 2
            p.drawImage(x, y, scaled)
            p.setPen(QColor("#b0b0b0"))
            p.drawRect(x - 1, y - 1, scaled.width() + 1, scaled.height() + 1)
            p.end()
        if doc.status == "void":
            canvas = QPixmap(pm.size())
            canvas.fill(Qt.GlobalColor.transparent)
            p = QPainter(canvas)
            p.setOpacity(0.35)
            p.drawPixmap(0, 0, pm)
            p.setOpacity(1.0)
            p.setPen(QColor("#b00020"))
            font = QFont(self.font())
            font.setBold(True)
            p.setFont(font)
            p.drawText(canvas.rect(), Qt.AlignmentFlag.AlignCenter, "已作废")
            p.end()
            pm = canvas
        return pm

    def _show_documents(self, data: PanelData) -> None:
        lst = self.form.docList
        keep = self.selected_document()
        lst.clear()
        for d in data.documents:
            day = d.uploaded_at.astimezone(_CHINA).date().isoformat()
            item = QListWidgetItem(QIcon(self._tile(d, data.thumbs.get(d.id))), f"{d.doc_type_label}\n{day}")
            item.setData(Qt.ItemDataRole.UserRole, d.id)
            item.setTextAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
            item.setToolTip(self._describe(d))
            lst.addItem(item)
        if keep is not None:
            self.select_document(keep.id)
        self.form.docsLabel.setText(f"已上传资料（{sum(1 for d in data.documents if d.status == 'active')} 份）")

    @staticmethod
    def _describe(d: DocumentView) -> str:
        lines = [f"{d.doc_type_label}：{d.original_name}",
                 f"上传：{d.uploaded_at.astimezone(_CHINA):%Y-%m-%d %H:%M} {d.uploaded_by}",
                 f"格式：{'PDF' if d.is_pdf else '图片'}，{d.pages} 页，{d.size / 1024:.0f} KB"]
        if d.issued_on:
            lines.append(f"出具日期：{d.issued_on.isoformat()}")
        if d.valid_until:
            lines.append(f"有效期至：{d.valid_until.isoformat()}")
        if d.note:
            lines.append(f"备注：{d.note}")
        if d.status == "void":
            lines.append(f"已作废：{d.void_reason}")
        return "\n".join(lines)

    def _say(self, text: str, kind: str = "info") -> None:
        label = self.form.messageLabel
        label.setStyleSheet(f"color: {_COLORS.get(kind, _COLORS['info'])};")
        label.setText(text)

    def _update_controls(self) -> None:
        f = self.form
        data = self.data
        has_customer = data is not None and data.customer_id == self.customer_id
        attach_ok = bool(has_customer and data and data.can_attach and not data.archived)
        for w in (f.typeCombo, f.issuedEdit, f.validEdit, f.addButton):
            w.setEnabled(attach_ok and not self.attaching)
        if data is not None and not data.can_attach:
            why = "您没有上传影像资料的权限。"
        elif data is not None and data.archived:
            why = "该客户已归档，不能再上传资料。"
        elif not has_customer:
            why = "请先保存客户资料，再上传影像资料。"
        else:
            why = "选择 JPG、PNG、TIFF（可多页）或 PDF 文件，可一次选多个"
        f.addButton.setToolTip(why)
        selected = self.selected_document()
        f.viewButton.setEnabled(selected is not None)
        can_copy = bool(selected is not None and data and data.can_print and selected.status == "active")
        f.printButton.setEnabled(can_copy)
        f.exportButton.setEnabled(can_copy)
        f.voidButton.setEnabled(bool(selected is not None and data and data.can_attach and selected.status == "active"))
        f.printButton.setVisible(bool(data is None or data.can_print))
        f.exportButton.setVisible(bool(data is None or data.can_print))
        f.voidButton.setVisible(bool(data is None or data.can_attach))
        f.checklistCombo.setEnabled(has_customer)
        f.refreshButton.setEnabled(self.customer_id is not None and not self.loading)

    # --- choices ----------------------------------------------------------------------------
    def _checklist_chosen(self, _index: int) -> None:
        key = self.form.checklistCombo.currentData()
        if key and self.data is not None and key != self.data.checklist_key:
            self.checklist_key = str(key)
            self.refresh()

    def _checklist_row_chosen(self) -> None:
        items = self.form.checklistTable.selectedItems()
        if items:
            self.set_doc_type(DocType(items[0].data(Qt.ItemDataRole.UserRole)))

    def _type_changed(self, _index: int) -> None:
        self._prefill_validity()
        self._warn_consent()

    def _warn_consent(self) -> None:
        """Say at once when the chosen type waits for a consent (the clerk scans the form first)."""
        data = self.data
        if data is None or data.customer_id != self.customer_id or not data.can_attach:
            return
        message = docs.consent_missing_message(self.doc_type(), data.consents_missing)
        if message is not None:
            self._say(message, "warn")
        elif self.form.messageLabel.text() in self._consent_messages():
            self._say("")

    @staticmethod
    def _consent_messages() -> set[str]:
        return {m for dt in DocType if (m := docs.consent_missing_message(dt, ("pi_sensitive", "credit_query")))}

    def _prefill_validity(self) -> None:
        """ID scans inherit the card's validity from the customer file; other types start empty."""
        edit = self.form.validEdit
        current = edit.text().strip()
        if current and current != self._auto_valid:
            return  # the clerk typed something: leave it
        value = ""
        if self.doc_type() in ID_TYPES and self.data is not None and self.data.id_valid_to is not None:
            value = self.data.id_valid_to.isoformat()
        edit.setText(value)
        self._auto_valid = value or None

    def _dates(self) -> tuple[date | None, date | None] | None:
        f = self.form
        try:
            issued = cs.parse_date(f.issuedEdit.text())
        except ValueError as exc:
            self._say(f"出具日期：{exc}", "error")
            f.issuedEdit.setFocus()
            return None
        try:
            valid = cs.parse_date(f.validEdit.text())
        except ValueError as exc:
            self._say(f"有效期至：{exc}", "error")
            f.validEdit.setFocus()
            return None
        return issued, valid

    # --- attaching --------------------------------------------------------------------------
    def choose_and_attach(self) -> None:
        paths = choose_files(self)
        if paths:
            self.attach_files(paths)

    def attach_files(self, paths: Sequence[str], *, from_watch: bool = False) -> bool:
        """Prepare every file on the worker pool, then store the good ones, one transaction each.

        Returns False when nothing was started (no customer, no permission, bad dates, busy).
        """
        data = self.data
        cid = self.customer_id
        if not paths:
            return False
        if cid is None or data is None or data.customer_id != cid:
            self._say("请先保存客户资料并等待资料页加载完成，再添加影像资料。", "warn")
            return False
        if not data.can_attach:
            self._say("您没有上传影像资料的权限。", "error")
            return False
        if data.archived:
            self._say("该客户已归档，不能再上传资料。如需继续办理，请先恢复客户。", "error")
            return False
        if self.attaching:
            self._say("正在添加上一批文件，请稍候再试。", "warn")
            return False
        refused = docs.consent_missing_message(self.doc_type(), data.consents_missing)
        if refused is not None:  # said before any file is read (attach_document enforces it too)
            self._say(refused, "error")
            return False
        dates = self._dates()
        if dates is None:
            return False
        issued, valid = dates
        doc_type = self.doc_type()
        ctx, actor = self.ctx, self.ctx.actor
        paths = list(dict.fromkeys(str(p) for p in paths))
        self.attaching = True
        self._update_controls()
        bar = self.form.progressBar
        bar.setRange(0, len(paths))
        bar.setValue(0)
        bar.setVisible(True)
        self._say(f"正在检查 {len(paths)} 个文件…")

        def prepare(state: TaskState) -> AttachReport:
            report = AttachReport()
            for i, path in enumerate(paths):
                state.progress(i, len(paths), f"正在检查 {os.path.basename(path)}")
                report.outcomes.append(read_upload(path))
            return report

        def store(report: AttachReport) -> AttachReport:
            blobs = BlobStore.of(ctx.db)
            for o in report.outcomes:
                if o.prepared is None:
                    continue
                try:
                    with ctx.db.write() as s:
                        o.document = docs.attach_document(s, actor, cid, doc_type, o.name, o.prepared, blobs=blobs,
                                                          issued_on=issued, valid_until=valid)
                except ServiceError as exc:
                    o.error = exc.message
                except Exception as exc:
                    o.error = f"“{o.name}”未能保存：{user_message(exc)}"
                o.prepared = None  # release the bytes as soon as they are stored
            return report

        def prepared(report: AttachReport) -> None:
            if not shiboken6.isValid(self):
                return
            bar.setValue(len(paths))
            self._say("正在保存…")
            run_db(lambda: store(report), stored, failed)

        def stored(report: AttachReport) -> None:
            if not shiboken6.isValid(self):
                return
            self._finish_attach(report, doc_type, from_watch, cid, data.customer_label)

        def failed(exc: BaseException) -> None:
            if not shiboken6.isValid(self):
                return
            self.attaching = False
            bar.setVisible(False)
            self._update_controls()
            self._say(user_message(exc), "error")

        def progress(done: int, total: int, _text: str) -> None:
            if shiboken6.isValid(self):
                bar.setValue(done)

        run_cpu(prepare, prepared, failed, progress)
        return True

    def _finish_attach(self, report: AttachReport, doc_type: DocType, from_watch: bool, cid: str,
                       customer_label: str) -> None:
        self.attaching = False
        self.form.progressBar.setVisible(False)
        label = DOC_TYPE_LABELS[doc_type]
        lines = []
        moved_on = cid != self.customer_id  # the clerk opened another customer meanwhile
        if moved_on:
            lines.append(f"上一位客户 {customer_label} 的资料已处理完：")
        ok = report.attached
        bad = report.failed
        if ok:
            where = "从扫描文件夹" if from_watch else ""
            lines.append(f"已{where}添加 {len(ok)} 份“{label}”：" + "、".join(o.name for o in ok))
        if bad:
            lines.append(f"{len(bad)} 个文件未添加：")
            lines.extend(f"• {o.error}" for o in bad)
        self._say("\n".join(lines), ("warn" if ok else "error") if bad else "ok")
        if from_watch and self.form.deleteAfterCheck.isChecked() and ok:
            self._delete_originals([o.path for o in ok])
        if ok and moved_on:
            self.sig_changed.emit(cid)
            self._update_controls()
        elif ok and self.customer_id is not None:
            self.form.issuedEdit.clear()
            self.sig_changed.emit(self.customer_id)
            self.refresh()
        else:
            self._update_controls()
        self.sig_attach_finished.emit(report)

    def _delete_originals(self, paths: Sequence[str]) -> None:
        """The scan is now encrypted in the database: remove the plaintext from the scan folder."""

        def work(_state: object) -> list[str]:
            left = []
            for p in paths:
                try:
                    os.remove(p)
                except FileNotFoundError:
                    pass
                except OSError:
                    left.append(os.path.basename(p))
            return left

        def done(left: list[str]) -> None:
            if left and shiboken6.isValid(self):
                self._say(self.message() + "\n扫描文件夹中的原文件未能删除（可能被占用）：" + "、".join(left)
                          + "。请手工删除，身份证扫描件不宜留在电脑上。", "warn")

        run_cpu(work, done, lambda _exc: None)

    # --- drag and drop ----------------------------------------------------------------------
    @staticmethod
    def _local_paths(mime: QMimeData) -> list[str]:
        if not mime.hasUrls():
            return []
        return [u.toLocalFile() for u in mime.urls() if u.isLocalFile() and u.toLocalFile()]

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self._local_paths(event.mimeData()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event: Any) -> None:
        if self._local_paths(event.mimeData()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        if self.handle_drop(event.mimeData()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def handle_drop(self, mime: QMimeData) -> bool:
        """Files dropped from Explorer (or a phone's folder): attach them as the selected type."""
        paths = self._local_paths(mime)
        if not paths:
            self._say("只能拖放文件（JPG、PNG、TIFF 或 PDF），不能拖放网页图片或文字。", "warn")
            return False
        return self.attach_files(paths)

    # --- watch folder -----------------------------------------------------------------------
    def choose_watch_folder(self) -> None:
        folder = choose_watch_folder(self, self.watch.path)
        if not folder:
            return
        self._set_watch_path(folder)
        if self.settings is not None:
            self.settings.setValue(SETTINGS_WATCH_DIR, folder)
        self.form.watchCheck.setChecked(True)
        if self.watch.active:
            self.watch.start(folder)

    def _set_watch_path(self, folder: str) -> None:
        self.watch.path = folder
        label = self.form.watchPathLabel
        label.setText(folder)
        label.setToolTip(folder)

    def _watch_toggled(self, on: bool) -> None:
        if on:
            folder = self.watch.path
            if not folder or not os.path.isdir(folder):
                self.form.watchCheck.blockSignals(True)
                self.form.watchCheck.setChecked(False)
                self.form.watchCheck.blockSignals(False)
                self._say("请先点“选择文件夹…”指定扫描仪或手机存放文件的文件夹。", "warn")
                return
            self.watch.start(folder)
            self._say(f"正在监视扫描文件夹：{folder}。新出现的文件将作为“{DOC_TYPE_LABELS[self.doc_type()]}”"
                      "添加给当前客户（文件夹中已有的文件不会添加）。", "info")
        else:
            self.watch.stop()
        self._update_controls()

    def _remember_delete_after(self, on: bool) -> None:
        if self.settings is not None:
            self.settings.setValue(SETTINGS_DELETE_AFTER, "true" if on else "false")

    def _watched_files(self, paths: list[str]) -> None:
        if self.customer_id is None or self.data is None:
            self._say("扫描文件夹中有新文件，但还没有打开（已保存的）客户，文件未添加。请打开客户后用“添加文件…”选择。", "warn")
            return
        if self.attaching:  # try again on the next scan
            self.watch.forget(paths)
            return
        self.attach_files(paths, from_watch=True)

    # --- viewing and copies -----------------------------------------------------------------
    def view_selected(self) -> viewer_mod.DocumentViewer | None:
        doc = self.selected_document()
        if doc is None:
            return None
        return self.open_viewer(doc)

    def open_viewer(self, doc: DocumentView) -> viewer_mod.DocumentViewer:
        v = viewer_mod.open_viewer(self.ctx, doc, self)
        self.viewers = [x for x in self.viewers if shiboken6.isValid(x)] + [v]
        return v

    def _copy_selected(self, what: str) -> None:
        """Print or export from the list: the viewer does it, so the clerk sees what goes out."""
        doc = self.selected_document()
        if doc is None:
            return
        v = self.open_viewer(doc)

        def go() -> None:
            if shiboken6.isValid(v):
                (v.print_copy if what == "print" else v.export_copy)()

        v.sig_loaded.connect(go, Qt.ConnectionType.SingleShotConnection)

    def void_selected(self) -> None:
        doc = self.selected_document()
        if doc is None or doc.status != "active":
            return
        reason = ask_void_reason(self, doc.doc_type_label)
        if not reason:
            return
        ctx, cid = self.ctx, self.customer_id

        def work() -> DocumentView:
            with ctx.db.write() as s:
                return docs.void_document(s, ctx.actor, doc.id, reason)

        def done(view: DocumentView) -> None:
            if not shiboken6.isValid(self):
                return
            self._say(f"已作废“{view.doc_type_label}”（{view.original_name}），资料仍保留备查。", "ok")
            if cid:
                self.sig_changed.emit(cid)
            self.refresh()

        run_db(work, done, lambda exc: shiboken6.isValid(self) and self._say(user_message(exc), "error"))

    def closeEvent(self, event: Any) -> None:
        self.watch.stop()
        super().closeEvent(event)

