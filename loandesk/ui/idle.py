"""Idle lock: after N quiet minutes the window is covered by a password prompt; nothing on screen is lost."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QTimer, Signal


class IdleWatcher(QObject):
    """Application-wide event filter; any key or mouse input restarts the countdown."""

    sig_idle = Signal()
    _INPUT = {
        QEvent.Type.KeyPress,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
    }

    def __init__(self, minutes: float, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.sig_idle)
        self.set_minutes(minutes)
        self.paused = False

    def set_minutes(self, minutes: float) -> None:
        self._timer.setInterval(max(1, int(minutes * 60_000)))
        self._timer.start()

    def restart(self) -> None:
        if not self.paused:
            self._timer.start()

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if event.type() in self._INPUT and not self.paused:
            self._timer.start()
        return False
