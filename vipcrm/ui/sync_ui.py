"""Sync in the window: the status bar label, "Sync now", and the periodic sync.

``SyncController`` runs every sync on a worker of its own (:class:`NetworkRunner`, never
the GUI thread, never the runner the screens read and write through: they do not wait
for a slow or hanging central store) and reads the state for the label
(``engine.sync_status``: local tables only) after each sync and on every hub change. The
window's one scheduler (:mod:`vipcrm.ui.scheduler`) calls :meth:`SyncController.sync_now`
every ``sync_minutes``. Offline or failing syncs show in the label (the error in its
tooltip); nothing pops up. Changes the central store refused are counted in the label; a click (or
its context menu's "Refused changes…") lists them to read and dismiss.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QAction, QMouseEvent
from PySide6.QtWidgets import QLabel, QMainWindow, QWidget

from vipcrm.domain.dates import DEFAULT_TZ
from vipcrm.services.context import Changes
from vipcrm.sync.engine import CheckState, SyncStatus
from vipcrm.ui.errors import message_text
from vipcrm.ui.hub import SignalHub
from vipcrm.ui.labels import fill, format_datetime
from vipcrm.ui.ops import Ops
from vipcrm.ui.runner import Runner
from vipcrm.ui.settings import AppSettings
from vipcrm.ui.sync_backend import SyncBackend, SyncOutcome, error_sentence

if TYPE_CHECKING:  # the dialogs load on first use
    from vipcrm.ui.conflicts_dialog import ConflictsDialog, RefusalsDialog

log = logging.getLogger(__name__)


class SyncLabel(QLabel):
    """The status bar's sync state; a click asks for the obvious next step."""

    clicked = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        # the latest sync's error as it was raised: shown translated while it is the one
        # recorded (the database keeps the English text)
        self.latest_error: str | None = None
        self.show_state(None)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self.clicked.emit()
        super().mousePressEvent(event)

    def show_state(
        self,
        status: SyncStatus | None,
        *,
        running: bool = False,
        offline: bool = False,
        now: datetime | None = None,
    ) -> None:
        if status is None or not status.connected:
            self.setText(self.tr("Local only (not synchronised)"))
            self.setToolTip(
                self.tr("This laptop is not connected to a central store (vipcrm connect).")
            )
            return
        now = now or datetime.now(DEFAULT_TZ)
        if running:
            head = self.tr("Synchronising…")
        elif status.last_error:
            head = self.tr("Offline") if offline else self.tr("Sync failed")
        elif status.last_sync_at is None:
            head = self.tr("Not synchronised yet")
        else:
            head = fill(self.tr("Synced %1"), self._when(status.last_sync_at, now))
        parts = [head, self.tr("%n change(s) waiting", "", status.pending)]
        if status.unresolved_conflicts:
            parts.append(self.tr("%n conflict(s) to resolve", "", status.unresolved_conflicts))
        if status.refusals:
            parts.append(self.tr("%n refused", "", len(status.refusals)))
        check = status.last_check
        if check is not None and not check.equal:
            parts.append(self.tr("differs from the central store"))
        elif check is not None and check.repaired:
            parts.append(self.tr("%n row(s) repaired", "", check.repaired))
        self.setText(" · ".join(parts))
        tips = [fill(self.tr("Central store: %1 as %2"), status.target or "", status.user or "")]
        if status.last_sync_at is not None:
            tips.append(
                fill(self.tr("Last sync: %1"), self._when(status.last_sync_at, now, full=True))
            )
        if status.last_error:
            error = status.last_error
            if self.latest_error is not None and str(self.latest_error) == error:
                error = message_text(self.latest_error)
            tips.append(fill(self.tr("Last error: %1"), error))
        if status.refusals:
            tips.append(
                self.tr("%n change(s) refused by the central store", "", len(status.refusals))
            )
        if check is not None:
            tips.append(self._check_tip(check, now))
        if status.unresolved_conflicts:
            tips.append(self.tr("Click to resolve the conflicts."))
        elif status.refusals:
            tips.append(self.tr("Click to see the refused changes; F5 syncs now."))
        else:
            tips.append(self.tr("Click to sync now (F5)."))
        self.setToolTip("\n".join(tips))

    def _check_tip(self, check: CheckState, now: datetime) -> str:
        when = self._when(check.at, now, full=True)
        tables = ", ".join(check.tables)
        if not check.equal:
            return fill(
                self.tr(
                    "Checked against the central store %1: this laptop differs (%2), even "
                    "after a repair; make a fresh copy: vipcrm sync --fresh"
                ),
                when,
                tables,
            )
        if check.repaired:
            return fill(
                self.tr(
                    "Checked against the central store %1: %2 row(s) differed (%3) and "
                    "were repaired"
                ),
                when,
                str(check.repaired),
                tables,
            )
        return fill(self.tr("Checked against the central store %1: equal"), when)

    @staticmethod
    def _when(at: datetime, now: datetime, full: bool = False) -> str:
        local = at.astimezone(DEFAULT_TZ)
        if not full and local.date() == now.astimezone(DEFAULT_TZ).date():
            return local.strftime("%H:%M")
        return format_datetime(at)


class SyncController(QObject):
    """Runs syncs on the runner, keeps the label current, opens the Conflicts view."""

    status_changed = Signal(object)  # SyncStatus
    synced = Signal(object)  # SyncOutcome

    def __init__(
        self,
        backend: SyncBackend,
        ops: Ops,
        hub: SignalHub,
        settings: AppSettings,
        label: SyncLabel,
        dialog_parent: Callable[[], QWidget | None] = lambda: None,
        parent: QObject | None = None,
        worker: Runner | None = None,
    ) -> None:
        super().__init__(parent)
        self.backend = backend
        self.ops = ops
        self.worker = worker or ops.runner  # the sync's own (the app's: a NetworkRunner)
        self.hub = hub
        self.settings = settings
        self.label = label
        self.dialog_parent = dialog_parent
        self.status: SyncStatus | None = None
        self.running = False
        self.offline = False
        self.last_outcome: SyncOutcome | None = None
        self.dialog: ConflictsDialog | None = None
        self.refusals_dialog: RefusalsDialog | None = None
        self.refusals_action = QAction(self.tr("Refused changes…"), self)
        self.refusals_action.triggered.connect(self.open_refusals)
        label.addAction(self.refusals_action)  # the label's context menu
        hub.changed.connect(self._on_changes)
        label.clicked.connect(self._label_clicked)

    # --- state ----------------------------------------------------------------------

    def refresh(self) -> None:
        self.ops.read(
            self.backend.status,
            self._show,
            on_error=lambda exc: log.warning("sync status failed: %s", exc),
        )

    def _show(self, status: SyncStatus) -> None:
        self.status = status
        self.label.show_state(status, running=self.running, offline=self.offline)
        self.status_changed.emit(status)

    def _on_changes(self, changes: Changes) -> None:
        self.refresh()

    # --- syncing --------------------------------------------------------------------

    def sync_now(self) -> None:
        """Start a sync on the runner unless one is running; returns at once."""
        if self.running:
            return
        self.running = True
        if self.status is not None:
            self.label.show_state(self.status, running=True)
        every = self.settings.verify_every
        self.worker.run(
            lambda _progress: self.backend.sync(verify_every=every),
            on_done=self._synced,
            on_error=self._crashed,
        )

    def sync_asked(self) -> None:
        """Sync now as the user asks it (F5, Ctrl+R, Tools → Sync now): unlike the periodic
        sync, a laptop not connected says so in the status bar."""
        if self.status is not None and not self.status.connected:
            window = self.dialog_parent()
            if isinstance(window, QMainWindow):
                window.statusBar().showMessage(
                    self.tr(
                        "Nothing to sync: this laptop is not connected to a central store "
                        "(vipcrm connect; the user guide says how)."
                    ),
                    10_000,
                )
        self.sync_now()

    def _synced(self, outcome: SyncOutcome) -> None:
        self.running = False
        self.last_outcome = outcome
        self.label.latest_error = outcome.error
        self.offline = outcome.offline
        self.synced.emit(outcome)
        if outcome.changed_data:
            self.hub.publish(Changes(everything=True))  # screens re-read; the label too
        else:
            self.refresh()

    def _crashed(self, exc: BaseException) -> None:  # SyncBackend.sync catches; belt and braces
        log.warning("sync job failed: %s", exc)
        self._synced(SyncOutcome(error=error_sentence(exc)))

    # --- conflicts ------------------------------------------------------------------

    def _label_clicked(self) -> None:
        if self.status is not None and self.status.unresolved_conflicts:
            self.open_conflicts()
        elif self.status is not None and self.status.refusals:
            self.open_refusals()
        elif self.status is not None and self.status.connected:
            self.sync_now()

    def open_conflicts(self) -> ConflictsDialog:
        from vipcrm.ui.conflicts_dialog import ConflictsDialog

        if self.dialog is None:
            self.dialog = ConflictsDialog(self.backend, self.ops, self.dialog_parent())
            self.dialog.resolved.connect(self.refresh)
        self.dialog.reload()
        self.dialog.show()
        self.dialog.raise_()
        return self.dialog

    def open_refusals(self) -> RefusalsDialog:
        """The changes the central store refused, to read and dismiss (local rows only)."""
        from vipcrm.ui.conflicts_dialog import RefusalsDialog

        if self.refusals_dialog is None:
            self.refusals_dialog = RefusalsDialog(self.backend, self.ops, self.dialog_parent())
            self.refusals_dialog.dismissed.connect(self.refresh)  # the label's count
        self.refusals_dialog.reload()
        self.refusals_dialog.show()
        self.refusals_dialog.raise_()
        return self.refusals_dialog
