"""The rail's badges, right from the first paint and after every change, whatever section
is open.

A section's screen counts its own badge when it loads, but only the section showing
reloads on a change (the others are marked stale, or not built yet: ``LazyScreens``).
So after the window first paints and after every change (one read for a burst of them)
this reads the counts of every other section in the background (``Backends.rail_counts``,
which counts as the screens do): 今日 shows its count when the window reopens on
another section, and the Team badge drops as soon as a plan is approved in Plans.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, QTimer

from vipcrm.services.context import Changes
from vipcrm.ui.backends.window import Backends
from vipcrm.ui.hub import SignalHub
from vipcrm.ui.main_window import MainWindow
from vipcrm.ui.ops import Ops
from vipcrm.ui.screens.base import Section

log = logging.getLogger(__name__)

SECTIONS = {
    "today": Section.TODAY,
    "cards": Section.CARDS,
    "gifts": Section.GIFTS,
    "plans": Section.PLANS,
    "team": Section.TEAM,
}


class RailBadges(QObject):
    def __init__(self, backend: Backends, ops: Ops, hub: SignalHub, window: MainWindow) -> None:
        super().__init__(window)
        self.backend = backend
        self.ops = ops
        self.window = window
        self._pending = False
        hub.changed.connect(self._changed)

    def _counted_here(self) -> dict[str, Section]:
        """The sections whose badge the rail counts: all but the one showing, whose screen
        reloads (and counts) itself."""
        shown = self.window.current_section()
        built = self.window.screens.is_built
        return {
            name: s
            for name, s in SECTIONS.items()
            if self.window.has_section(s) and not (s == shown and built(s))
        }

    def _changed(self, _changes: Changes) -> None:
        if not self._pending:  # one read for a burst of changes
            self._pending = True
            QTimer.singleShot(0, self.refresh)

    def refresh(self) -> None:
        self._pending = False
        wanted = tuple(self._counted_here())
        if wanted:
            self.ops.read(
                lambda: self.backend.rail_counts(wanted), self._loaded, on_error=self._failed
            )

    def _failed(self, exc: BaseException) -> None:
        log.warning("rail badges not counted: %s", exc)  # the sections count when opened

    def _loaded(self, counts: dict[str, int]) -> None:
        counted = self._counted_here()  # the section showing may have changed meanwhile
        for name, count in counts.items():
            if name in counted:
                self.window.rail.set_badge(int(counted[name]), count)
