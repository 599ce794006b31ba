"""A progress indicator for work that takes longer than half a second.

``TrackedRunner`` wraps the one runner: it counts the jobs in flight and, when one has
been running for ``DELAY_MS``, shows the indicator (a busy bar in the status bar, or the
job's own progress when it reports some). Nothing flickers for quick jobs.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QProgressBar, QWidget

from vipcrm.ui.runner import Job, OnDone, OnError, OnProgress, Runner

DELAY_MS = 500


class TrackedRunner(QObject):
    """Same interface as ``Runner``; emits ``busy_changed`` and ``progress``."""

    busy_changed = Signal(bool)
    progress = Signal(int, int)

    def __init__(self, inner: Runner, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.inner = inner
        self.running = 0
        self.shown = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DELAY_MS)
        self._timer.timeout.connect(self._show)

    def run(
        self,
        job: Job,
        *,
        on_done: OnDone | None = None,
        on_error: OnError | None = None,
        on_progress: OnProgress | None = None,
    ) -> None:
        self.running += 1
        if self.running == 1:
            self._timer.start()

        def finish() -> None:
            self.running -= 1
            if self.running == 0:
                self._timer.stop()
                if self.shown:
                    self.shown = False
                    self.busy_changed.emit(False)

        def done(result: Any) -> None:
            finish()
            if on_done is not None:
                on_done(result)

        def failed(exc: BaseException) -> None:
            finish()
            if on_error is not None:
                on_error(exc)
            else:
                self.inner_default_error(exc)

        def step(done_count: int, total: int) -> None:
            self.progress.emit(done_count, total)
            if on_progress is not None:
                on_progress(done_count, total)

        self.inner.run(job, on_done=done, on_error=failed, on_progress=step)

    def inner_default_error(self, exc: BaseException) -> None:
        handler = getattr(self.inner, "_default_on_error", None)
        if handler is not None:
            handler(exc)

    def _show(self) -> None:
        if self.running and not self.shown:
            self.shown = True
            self.busy_changed.emit(True)

    def shutdown(self) -> None:
        self.inner.shutdown()


class BusyBar(QProgressBar):
    """The status bar's indicator: hidden when idle, a busy bar or the job's progress."""

    def __init__(self, runner: TrackedRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setMaximumWidth(160)
        self.setMaximumHeight(14)
        self.setTextVisible(False)
        self.setRange(0, 0)
        self.hide()
        self.setToolTip(self.tr("Working…"))
        runner.busy_changed.connect(self._busy)
        runner.progress.connect(self._progress)

    def _busy(self, busy: bool) -> None:
        self.setRange(0, 0)
        self.setVisible(busy)

    def _progress(self, done: int, total: int) -> None:
        if total > 0:
            self.setRange(0, total)
            self.setValue(min(done, total))
