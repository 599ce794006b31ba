"""The rail's badges for sections whose screen is not built yet.

Screens are built the first time they are shown (``LazyScreens``); a built screen sets its
own badge whenever it loads. Until then this reads the same counts in one background read
(``Backend.rail_counts``) after the window first paints and after every change, so a lead
sees the gifts and plans waiting without opening those sections.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, QTimer

from vipcrm.services.context import Changes
from vipcrm.ui.backend import Backend
from vipcrm.ui.hub import SignalHub
from vipcrm.ui.main_window import MainWindow
from vipcrm.ui.ops import Ops
from vipcrm.ui.screens.base import Section

log = logging.getLogger(__name__)

SECTIONS = {
    "cards": Section.CARDS,
    "gifts": Section.GIFTS,
    "plans": Section.PLANS,
    "team": Section.TEAM,
}


class RailBadges(QObject):
    def __init__(self, backend: Backend, ops: Ops, hub: SignalHub, window: MainWindow) -> None:
        super().__init__(window)
        self.backend = backend
        self.ops = ops
        self.window = window
        self._pending = False
        hub.changed.connect(self._changed)

    def _unbuilt(self) -> list[Section]:
        return [
            s
            for s in SECTIONS.values()
            if self.window.has_section(s) and not self.window.screens.is_built(s)
        ]

    def _changed(self, _changes: Changes) -> None:
        if not self._pending:  # one read for a burst of changes
            self._pending = True
            QTimer.singleShot(0, self.refresh)

    def refresh(self) -> None:
        self._pending = False
        if self._unbuilt():
            self.ops.read(self.backend.rail_counts, self._loaded, on_error=self._failed)

    def _failed(self, exc: BaseException) -> None:
        log.warning("rail badges not counted: %s", exc)  # the sections count when opened

    def _loaded(self, counts: dict[str, int]) -> None:
        unbuilt = self._unbuilt()
        for name, count in counts.items():
            section = SECTIONS[name]
            if section in unbuilt:
                self.window.rail.set_badge(int(section), count)
