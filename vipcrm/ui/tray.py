"""The tray icon and the morning digest.

The window's one scheduler (:mod:`vipcrm.ui.scheduler`) calls :meth:`MorningDigest.check`
at the digest time and every few minutes, so a laptop that slept through the morning
still gets the digest when it wakes; the counting goes through the one runner. Whether the
digest is due is decided from the data: the time, a working day, and the day it was last
shown (kept in the settings).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime, time

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QMenu, QSystemTrayIcon

from vipcrm.domain.dates import DEFAULT_TZ
from vipcrm.ui.backends.today import DigestCounts
from vipcrm.ui.labels import fill
from vipcrm.ui.ops import Ops
from vipcrm.ui.scheduler import parse_clock_time
from vipcrm.ui.settings import AppSettings

log = logging.getLogger(__name__)


def parse_digest_time(text: str) -> time:
    """The digest time from the settings (08:30 when unreadable)."""
    return parse_clock_time(text, AppSettings.digest_time.default)


def digest_is_due(settings: AppSettings, now: datetime) -> bool:
    """On or after the digest time, and not yet shown today (working day checked later)."""
    if not settings.digest_enabled:
        return False
    if now.time() < parse_digest_time(settings.digest_time):
        return False
    return settings.digest_last_day != now.date().isoformat()


class MorningDigest(QObject):
    show_today = Signal()

    def __init__(
        self,
        settings: AppSettings,
        ops: Ops,
        digest: Callable[[], DigestCounts],
        icon: QIcon | None = None,
        clock: Callable[[], datetime] = lambda: datetime.now(DEFAULT_TZ),
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.settings = settings
        self.ops = ops
        self.digest = digest
        self.clock = clock
        self.last_message: tuple[str, str] | None = None
        self.tray = QSystemTrayIcon(icon or QIcon(), self)
        self.tray.setToolTip(self.tr("VIP Club CRM"))
        self.menu = QMenu()
        self.menu.addAction(self.tr("Open Today"), self.show_today.emit)
        self.menu.addAction(self.tr("Show the digest now"), lambda: self.check(force=True))
        self.tray.setContextMenu(self.menu)
        self.tray.messageClicked.connect(self.show_today.emit)
        self.tray.activated.connect(self._activated)

    def start(self) -> None:
        """Show the tray icon, and the digest now if it is due (started after its time)."""
        if QSystemTrayIcon.isSystemTrayAvailable():
            self.tray.show()
        self.check()

    def stop(self) -> None:
        self.tray.hide()

    def _activated(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        if reason == QSystemTrayIcon.ActivationReason.Trigger:
            self.show_today.emit()

    def check(self, force: bool = False) -> None:
        """GUI thread: count today's items (through the runner) if the digest is due."""
        now = self.clock()
        if not force and not digest_is_due(self.settings, now):
            return
        self.ops.read(
            self.digest,
            lambda counts: self._show(counts, force),
            on_error=lambda exc: log.warning("digest failed: %s", exc),
        )

    def _show(self, counts: DigestCounts, force: bool) -> None:
        if not counts.workday and not force:
            self.settings.digest_last_day = counts.day.isoformat()
            return
        title = self.tr("Good morning: today's work")
        if counts.overdue or counts.today:
            text = fill(
                self.tr("%1 overdue, %2 due today, %3 in the next 7 days. Click to open Today."),
                counts.overdue,
                counts.today,
                counts.next_days,
            )
        else:
            text = fill(
                self.tr("Nothing overdue or due today; %1 in the next 7 days."), counts.next_days
            )
        self.last_message = (title, text)
        self.settings.digest_last_day = counts.day.isoformat()
        if self.tray.isVisible():
            self.tray.showMessage(title, text, QSystemTrayIcon.MessageIcon.Information, 15_000)
