"""The sections' modules imported ahead of their first click, while the window is idle.

A section is built the first time it is shown (:class:`~vipcrm.ui.screens.base.LazyScreens`),
and importing its modules was up to half of that click's time on the UI thread: reading
the bytecode, running the module (its classes; PySide6 makes each Qt enum a Python enum
on its first use, hundreds of members for some) — 10-28 ms a section, in the same turn of
the event loop as building the screen. Imported ahead, one module a turn, and only while
no background job runs, the click is left with building the screen (issue 22 point 5,
docs/benchmarks.md). Nothing is built ahead: no screen, no read.
"""

from __future__ import annotations

import importlib
import logging
from collections.abc import Callable, Sequence

from PySide6.QtCore import QObject, QTimer

log = logging.getLogger(__name__)

START_MS = 1500  # after the window opens: its first section first
GAP_MS = 100  # between two modules (or until the background work is done)

# Each section's modules, in the rail's order (the Team section's: the tabs its click shows).
SECTION_MODULES = (
    "vipcrm.ui.screens.members",
    "vipcrm.ui.screens.cards",
    "vipcrm.ui.screens.gifts",
    "vipcrm.ui.screens.plans",
    "vipcrm.ui.screens.worklog",
)
LEAD_MODULES = (
    "vipcrm.ui.screens.lead",
    "vipcrm.ui.screens.lead.trends",
    "vipcrm.ui.screens.lead.approvals",
)


class ImportAhead(QObject):
    """Imports ``modules`` one per turn of the event loop, ``GAP_MS`` apart, each when
    ``busy()`` says no background job is running (a job's results come first)."""

    def __init__(
        self,
        modules: Sequence[str],
        busy: Callable[[], bool],
        parent: QObject | None = None,
        start_ms: int = START_MS,
    ) -> None:
        super().__init__(parent)
        self.left = list(modules)
        self._busy = busy
        QTimer.singleShot(start_ms, self, self._next)

    def _next(self) -> None:
        if not self.left:
            return
        if not self._busy():
            name = self.left.pop(0)
            try:
                importlib.import_module(name)
            except Exception:  # a build without that part, or a broken one: its click says so
                log.warning("could not import %s ahead", name, exc_info=True)
        if self.left:
            QTimer.singleShot(GAP_MS, self, self._next)
