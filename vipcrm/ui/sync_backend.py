"""What the status bar and the Conflicts view ask of the sync layer. No Qt here.

Like :class:`vipcrm.ui.backend.Backend`: plain values in and out, one short session per
call, run through the one runner (``ui/ops.py``). :meth:`SyncBackend.sync` never raises
for the expected failures (offline, not connected, version skew, a refused login): it
records the error where ``sync_status`` reads it and returns a :class:`SyncOutcome`, so a
background sync never pops up a message box.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

from vipcrm.services.context import Changes
from vipcrm.store.db import Database
from vipcrm.sync import engine
from vipcrm.sync.conflicts import ConflictRow, list_conflicts, resolve_conflict
from vipcrm.sync.link import NotConnected, open_central
from vipcrm.sync.pgconn import CentralUnreachable

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class SyncOutcome:
    """How one sync ended: a report, or why there is none."""

    report: engine.SyncReport | None = None
    offline: bool = False
    not_connected: bool = False
    error: str | None = None

    @property
    def changed_data(self) -> bool:
        """Whether rows on this laptop changed (screens must re-read)."""
        r = self.report
        return r is not None and bool(r.pulled or r.removed or r.conflicts or r.refusals)


class SyncBackend:
    def __init__(self, db: Database) -> None:
        self.db = db

    def status(self) -> engine.SyncStatus:
        return engine.sync_status(self.db)

    def sync(self) -> SyncOutcome:
        """Push and pull once (worker thread); failures become a recorded, visible state."""
        try:
            central = open_central(self.db)
        except NotConnected as exc:
            return SyncOutcome(not_connected=True, error=str(exc))
        except CentralUnreachable as exc:
            return self._failed(exc, offline=True)
        except Exception as exc:
            return self._failed(exc)
        try:
            return SyncOutcome(report=engine.sync(self.db, central))
        except CentralUnreachable as exc:
            return self._failed(exc, offline=True)
        except Exception as exc:  # version skew, login refused, a bug: shown, not raised
            return self._failed(exc)
        finally:
            central.close()

    def _failed(self, exc: Exception, offline: bool = False) -> SyncOutcome:
        if not offline:
            log.warning("sync failed", exc_info=exc)
        message = str(exc) or type(exc).__name__
        try:
            engine.record_error(self.db, message)
        except Exception:  # the local database itself failing: still report the sync error
            log.exception("could not record the sync error")
        return SyncOutcome(offline=offline, error=message)

    def conflicts(self) -> list[ConflictRow]:
        with self.db.reading() as session:
            return list_conflicts(session)

    def resolve(self, conflict_id: int, keep: str) -> Changes:
        with self.db.transaction() as session:
            return resolve_conflict(session, conflict_id, keep)
