"""资料审核 tab: the queue on the left, the review screen of the selected application on the right."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QHBoxLayout, QSplitter, QWidget

from loandesk.ui.context import AppContext
from loandesk.ui.review.queue import ReviewQueuePanel
from loandesk.ui.review.screen import ReviewScreenPanel


class ReviewTab(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.queue = ReviewQueuePanel(ctx)
        self.screen = ReviewScreenPanel(ctx)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.queue)
        splitter.addWidget(self.screen)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([640, 860])
        layout = QHBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(splitter)
        self.splitter = splitter
        self.queue.form.queueView.selectionModel().currentRowChanged.connect(lambda *_: self._selected())
        self.queue.sig_claim.connect(self.screen.claim)
        ctx.signals.sig_application_changed.connect(self._changed_elsewhere)
        self._loaded = False

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._loaded:
            self.start()

    def start(self) -> None:
        """First load (on first show, or called directly by tests and screenshots)."""
        self._loaded = True
        self.queue.load_choices()
        self.queue.refresh()

    def _selected(self) -> None:
        app_id = self.queue.current_id()
        if app_id is None:
            self.screen.clear()
        elif self.screen.screen is None or self.screen.screen.application.id != app_id:
            self.screen.load(app_id)

    def _changed_elsewhere(self, app_id: str) -> None:
        """A decision here (the screen emits it too) or in another tab: refresh the queue."""
        if self._loaded:
            self.queue.refresh(keep=self.queue.current_id() or app_id)


def create_tab(ctx: AppContext) -> QWidget:
    return ReviewTab(ctx)
