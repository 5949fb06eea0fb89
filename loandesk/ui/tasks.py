"""Background work for the GUI: one serial database thread, a free pool for CPU/file work.

SQLite connections belong to the thread that uses them, so everything touching a Session runs
on the single DB executor; results come back to the GUI thread through a queued signal. Hand the
UI plain dataclasses, never live ORM objects.

    run_db(lambda: svc.search(...), on_done=self.show, on_error=self.fail)
    op = Task(fn, progress=True).start()   # fn(state) may call state.progress(i, n) / state.cancelled
"""

from __future__ import annotations

import itertools
import logging
import threading
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal, Slot

log = logging.getLogger(__name__)

_db_executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="loandesk-db")
_pool = ThreadPoolExecutor(max_workers=2, thread_name_prefix="loandesk-work")
_ids = itertools.count(1)


class TaskCancelled(Exception):
    """Raised inside a task when the user pressed 取消; the transaction is rolled back."""


class TaskState:
    """Passed to long tasks: report progress (throttled by the receiver) and poll for cancel."""

    def __init__(self, relay: _Relay, task_id: int) -> None:
        self._relay = relay
        self._id = task_id
        self._cancel = threading.Event()

    def progress(self, done: int, total: int, text: str = "") -> None:
        self._relay.sig_progress.emit(self._id, done, total, text)
        if self._cancel.is_set():
            raise TaskCancelled()

    def cancel(self) -> None:
        self._cancel.set()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def check(self) -> None:
        if self._cancel.is_set():
            raise TaskCancelled()


class _Relay(QObject):
    """Lives in the GUI thread; worker threads emit, Qt queues the call into the GUI thread."""

    sig_done = Signal(int, object)
    sig_failed = Signal(int, object)
    sig_progress = Signal(int, int, int, str)

    def __init__(self) -> None:
        super().__init__()
        self.callbacks: dict[int, tuple[Callable | None, Callable | None, Callable | None]] = {}
        self.sig_done.connect(self._done, Qt.ConnectionType.QueuedConnection)
        self.sig_failed.connect(self._failed, Qt.ConnectionType.QueuedConnection)
        self.sig_progress.connect(self._progress, Qt.ConnectionType.QueuedConnection)

    @Slot(int, object)
    def _done(self, task_id: int, result: object) -> None:
        on_done, _, _ = self.callbacks.pop(task_id, (None, None, None))
        if on_done is not None:
            on_done(result)

    @Slot(int, object)
    def _failed(self, task_id: int, exc: object) -> None:
        _, on_error, _ = self.callbacks.pop(task_id, (None, None, None))
        if on_error is not None:
            on_error(exc)
        else:
            from loandesk.ui.errors import show_error

            show_error(None, exc)  # type: ignore[arg-type]

    @Slot(int, int, int, str)
    def _progress(self, task_id: int, done: int, total: int, text: str) -> None:
        cbs = self.callbacks.get(task_id)
        if cbs and cbs[2] is not None:
            cbs[2](done, total, text)


_relay: _Relay | None = None


def relay() -> _Relay:
    global _relay
    if _relay is None:
        _relay = _Relay()
    return _relay


def _submit(executor: ThreadPoolExecutor, fn: Callable[..., Any], with_state: bool,
            on_done: Callable[[Any], None] | None, on_error: Callable[[BaseException], None] | None,
            on_progress: Callable[[int, int, str], None] | None) -> tuple[Future, TaskState]:
    r = relay()
    task_id = next(_ids)
    state = TaskState(r, task_id)
    r.callbacks[task_id] = (on_done, on_error, on_progress)

    def work() -> None:
        try:
            result = fn(state) if with_state else fn()
        except BaseException as exc:  # delivered to the GUI thread, never swallowed
            if not isinstance(exc, TaskCancelled):
                log.debug("task %s failed: %s", task_id, type(exc).__name__)
            r.sig_failed.emit(task_id, exc)
            return
        r.sig_done.emit(task_id, result)

    return executor.submit(work), state


def run_db(fn: Callable[[], Any], on_done: Callable[[Any], None] | None = None,
           on_error: Callable[[BaseException], None] | None = None) -> Future:
    """Run a short database call off the GUI thread, in order with every other DB call."""
    return _submit(_db_executor, fn, False, on_done, on_error, None)[0]


def run_db_long(fn: Callable[[TaskState], Any], on_done: Callable[[Any], None] | None = None,
                on_error: Callable[[BaseException], None] | None = None,
                on_progress: Callable[[int, int, str], None] | None = None) -> TaskState:
    """A long DB job (import, backup …) that reports progress and can be cancelled."""
    return _submit(_db_executor, fn, True, on_done, on_error, on_progress)[1]


def run_cpu(fn: Callable[[TaskState], Any], on_done: Callable[[Any], None] | None = None,
            on_error: Callable[[BaseException], None] | None = None,
            on_progress: Callable[[int, int, str], None] | None = None) -> TaskState:
    """PDF rendering, OCR, image work, hashing: the free pool, never touching a Session."""
    return _submit(_pool, fn, True, on_done, on_error, on_progress)[1]


def wait_db_idle(timeout: float = 30.0) -> None:
    """Block until every queued DB job has run (used at shutdown and in tests)."""
    _db_executor.submit(lambda: None).result(timeout=timeout)
