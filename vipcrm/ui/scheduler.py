"""The one scheduler of the window: every timed job, one APScheduler ``QtScheduler``.

DESIGN.md decision 7: APScheduler only triggers; whether anything is due is decided from
what is stored (the last digest day in the settings, the newest daily backup in the
backups folder), so a laptop that slept through a time catches up when it wakes. Jobs
only emit a queued Qt signal: whatever thread APScheduler fires on, the work starts on the
GUI thread, and goes off it through a runner.

The jobs (:class:`vipcrm.app.Gui` adds them):

``sync``    every ``sync_minutes`` (none at 0: only at start and F5)
``digest``  at the digest time, every day (the tray's morning digest)
``backup``  at the backup time, every day
``wake``    every :data:`WAKE_MINUTES`: the digest and the backup again, for a laptop
            that was asleep or off at their time
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import time
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal

from vipcrm.domain.dates import DEFAULT_TZ

log = logging.getLogger(__name__)
#: How often the jobs of a set time look again (a laptop waking up catches up within it).
WAKE_MINUTES = 10


def parse_clock_time(text: str, default: str) -> time:
    """``08:30`` -> 08:30 (a time the settings hold as text); unreadable: ``default``."""
    for candidate in (text, default):
        try:
            hours, minutes = (int(p) for p in candidate.strip().split(":"))
            return time(hours, minutes)
        except (ValueError, TypeError):
            continue
    raise ValueError(f"not a time of day: {default!r}")


class Schedule(QObject):
    """Named jobs that call back on the GUI thread: daily at a time, or every N minutes."""

    _fire = Signal(str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.scheduler: Any = None  # the QtScheduler, made on start (APScheduler loads then)
        self._callbacks: dict[str, Callable[[], None]] = {}
        self._triggers: dict[str, dict[str, Any]] = {}
        self._fire.connect(self._run, Qt.ConnectionType.QueuedConnection)

    def daily(self, name: str, at: time, callback: Callable[[], None]) -> None:
        """``callback`` every day at ``at`` (Asia/Shanghai); replaces a job of that name."""
        self._set(name, callback, {"trigger": "cron", "hour": at.hour, "minute": at.minute})

    def every(self, name: str, minutes: int, callback: Callable[[], None]) -> None:
        """``callback`` every ``minutes``; 0 or less removes the job."""
        if minutes <= 0:
            self.remove(name)
            return
        self._set(name, callback, {"trigger": "interval", "minutes": minutes})

    def remove(self, name: str) -> None:
        self._callbacks.pop(name, None)
        self._triggers.pop(name, None)
        if self.scheduler is not None and self.scheduler.get_job(name) is not None:
            self.scheduler.remove_job(name)

    def jobs(self) -> dict[str, Any]:
        """The running scheduler's jobs by name (empty before :meth:`start`)."""
        if self.scheduler is None:
            return {}
        return {job.id: job for job in self.scheduler.get_jobs()}

    def start(self) -> None:
        from apscheduler.schedulers.qt import QtScheduler

        self.scheduler = QtScheduler(timezone=DEFAULT_TZ)
        for name, trigger in self._triggers.items():
            self._add(name, trigger)
        self.scheduler.start()

    def stop(self) -> None:
        if self.scheduler is not None and self.scheduler.running:
            self.scheduler.shutdown(wait=False)
        self.scheduler = None

    def _set(self, name: str, callback: Callable[[], None], trigger: dict[str, Any]) -> None:
        self._callbacks[name] = callback
        self._triggers[name] = trigger
        if self.scheduler is not None:
            if self.scheduler.get_job(name) is not None:
                self.scheduler.remove_job(name)
            self._add(name, trigger)

    def _add(self, name: str, trigger: dict[str, Any]) -> None:
        self.scheduler.add_job(self._fire.emit, args=[name], id=name, **trigger)

    def _run(self, name: str) -> None:  # GUI thread
        callback = self._callbacks.get(name)
        if callback is not None:
            callback()
