"""The one way to run work off the GUI thread.

A job is a plain function ``fn(progress) -> result``; ``progress(done, total)`` may be
called from the worker. Results, progress and errors are delivered on the GUI thread.
Jobs run one at a time (a single worker), so database writes are serialised.
``SyncRunner`` has the same interface and runs jobs inline: tests use it.

Work that waits on the network (the sync with the central store) has a worker of its own,
:class:`NetworkRunner`, so the screens' reads and writes never queue behind a slow or
hanging connection; it is a daemon thread, so a central store that stops answering never
keeps the window from closing.
"""

from __future__ import annotations

import logging
import queue
import threading
from collections.abc import Callable
from typing import Any, Protocol

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal

log = logging.getLogger(__name__)

Progress = Callable[[int, int], None]
Job = Callable[[Progress], Any]
OnDone = Callable[[Any], None]
OnError = Callable[[BaseException], None]
OnProgress = Callable[[int, int], None]


class Runner(Protocol):
    def run(
        self,
        job: Job,
        *,
        on_done: OnDone | None = None,
        on_error: OnError | None = None,
        on_progress: OnProgress | None = None,
    ) -> None: ...

    def shutdown(self) -> None: ...


def _log_error(exc: BaseException) -> None:
    log.error("background job failed", exc_info=exc)


class _Callbacks:
    def __init__(self, on_done: OnDone | None, on_error: OnError, on_progress: OnProgress | None):
        self.on_done = on_done
        self.on_error = on_error
        self.on_progress = on_progress


class _Job(QRunnable):
    def __init__(self, runner: BackgroundRunner, job: Job, callbacks: _Callbacks) -> None:
        super().__init__()
        self._runner = runner
        self._job = job
        self._callbacks = callbacks

    def run(self) -> None:  # worker thread
        _execute(self._job, self._callbacks, self._runner._event.emit)


def _execute(job: Job, callbacks: _Callbacks, emit: Callable[..., None]) -> None:
    """Run ``job`` on a worker thread; its progress, result or error go to ``emit``."""

    def progress(done: int, total: int) -> None:
        emit(callbacks, "progress", (done, total))

    try:
        result = job(progress)
    except Exception as exc:  # delivered to the GUI thread, handled in one place
        emit(callbacks, "error", exc)
    else:
        emit(callbacks, "done", result)


def _deliver(callbacks: _Callbacks, kind: str, payload: Any) -> None:  # GUI thread
    if kind == "progress":
        if callbacks.on_progress is not None:
            callbacks.on_progress(*payload)
    elif kind == "error":
        callbacks.on_error(payload)
    elif callbacks.on_done is not None:
        callbacks.on_done(payload)


class BackgroundRunner(QObject):
    """A single worker thread; callbacks run on the thread that owns this object (GUI)."""

    _event = Signal(object, str, object)

    def __init__(self, on_error: OnError = _log_error, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._default_on_error = on_error
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._event.connect(_deliver, Qt.ConnectionType.QueuedConnection)

    def run(
        self,
        job: Job,
        *,
        on_done: OnDone | None = None,
        on_error: OnError | None = None,
        on_progress: OnProgress | None = None,
    ) -> None:
        callbacks = _Callbacks(on_done, on_error or self._default_on_error, on_progress)
        self._pool.start(_Job(self, job, callbacks))

    def wait(self, msecs: int = -1) -> bool:
        return self._pool.waitForDone(msecs)

    def shutdown(self) -> None:
        self._pool.clear()
        self._pool.waitForDone()


class NetworkRunner(QObject):
    """A single worker of its own, a daemon thread: for the sync with the central store.

    Same interface as :class:`BackgroundRunner`. :meth:`shutdown` waits ``wait_seconds`` at
    most for the job in flight (a hung connection may never end), then lets it go.
    """

    _event = Signal(object, str, object)

    def __init__(
        self,
        on_error: OnError = _log_error,
        wait_seconds: float = 3.0,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._default_on_error = on_error
        self._wait = wait_seconds
        self._jobs: queue.SimpleQueue[tuple[Job, _Callbacks] | None] = queue.SimpleQueue()
        self._pending = 0
        self._lock = threading.Condition()
        self._event.connect(_deliver, Qt.ConnectionType.QueuedConnection)
        self._thread = threading.Thread(target=self._work, name="vipcrm-network", daemon=True)
        self._thread.start()

    def run(
        self,
        job: Job,
        *,
        on_done: OnDone | None = None,
        on_error: OnError | None = None,
        on_progress: OnProgress | None = None,
    ) -> None:
        with self._lock:
            self._pending += 1
        self._jobs.put((job, _Callbacks(on_done, on_error or self._default_on_error, on_progress)))

    def _work(self) -> None:  # the worker thread
        while (item := self._jobs.get()) is not None:
            _execute(*item, self._event.emit)
            with self._lock:
                self._pending -= 1
                self._lock.notify_all()

    def wait(self, seconds: float | None = None) -> bool:
        """Whether the jobs given so far have ended (within ``seconds``)."""
        with self._lock:
            return self._lock.wait_for(lambda: self._pending == 0, seconds)

    def shutdown(self) -> None:
        self._jobs.put(None)
        self._thread.join(self._wait)


class SyncRunner:
    """Runs each job inline and calls back at once: deterministic flows for tests."""

    def __init__(self, on_error: OnError = _log_error) -> None:
        self._default_on_error = on_error

    def run(
        self,
        job: Job,
        *,
        on_done: OnDone | None = None,
        on_error: OnError | None = None,
        on_progress: OnProgress | None = None,
    ) -> None:
        def progress(done: int, total: int) -> None:
            if on_progress is not None:
                on_progress(done, total)

        try:
            result = job(progress)
        except Exception as exc:
            (on_error or self._default_on_error)(exc)
        else:
            if on_done is not None:
                on_done(result)

    def shutdown(self) -> None:
        pass
