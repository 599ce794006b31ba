"""What the status bar and the Conflicts view ask of the sync layer. No Qt here.

Like the sections' backends (:mod:`vipcrm.ui.backends`): plain values in and out, one
short session per call, run through the one runner (``ui/ops.py``).
:meth:`SyncBackend.sync` never raises for the expected failures (offline, not connected,
version skew, a refused login): it records the error where ``sync_status`` reads it and
returns a :class:`SyncOutcome`, so a background sync never pops up a message box.
"""

from __future__ import annotations

import json
import logging
import uuid
from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from vipcrm.domain.errors import VipcrmError
from vipcrm.services.context import Changes
from vipcrm.store.db import Database
from vipcrm.store.models import Card, Member, OutboxEntry, SyncState
from vipcrm.sync import engine
from vipcrm.sync import verify as verification
from vipcrm.sync.conflicts import ConflictRow, list_conflicts, resolve_conflict
from vipcrm.sync.tables import MODEL_BY_TABLE
from vipcrm.sync.verify import VerifyReport

#: The ``sync_state`` key holding the outbox seqs of the refusals the user dismissed (JSON).
DISMISSED_KEY = "refusals_dismissed"
#: How many refusals the list and the status bar consider (newest first).
REFUSAL_LIMIT = 500

log = logging.getLogger(__name__)


def error_sentence(exc: BaseException) -> str:
    """What to record and show of a failed sync: the Message itself when it is one."""
    if isinstance(exc, VipcrmError) and exc.text is not None:
        return exc.text
    return str(exc) or type(exc).__name__


@dataclass(frozen=True)
class SyncOutcome:
    """How one sync ended: a report, or why there is none."""

    report: engine.SyncReport | None = None
    offline: bool = False
    not_connected: bool = False
    error: str | None = None
    #: the comparison with the central store made after this sync (and the repair), if due
    check: VerifyReport | None = None

    @property
    def changed_data(self) -> bool:
        """Whether rows on this laptop changed (screens must re-read)."""
        r = self.report
        repaired = self.check is not None and bool(self.check.repaired or self.check.pulled)
        return repaired or (
            r is not None and bool(r.pulled or r.removed or r.conflicts or r.refusals)
        )


@dataclass(frozen=True)
class RefusalRow:
    """A change the central store refused (or decided otherwise), as the list shows it."""

    seq: int  # the outbox entry's number: what dismissing remembers
    table: str
    row_id: uuid.UUID
    op: str  # insert | update | delete
    status: str  # refused | overruled | conflict
    reason: str  # the central store's words (a Message where vipcrm knows the refusal)
    sent_at: datetime | None
    member_name: str | None  # the member the change was about, where known


def _member_of(session: Session, table: str, row_id: uuid.UUID, payload: Any) -> str | None:
    """The name of the member a changed row belongs to, from the row here or the change sent."""
    sent = (payload.get("row") or payload.get("changes") or {}) if isinstance(payload, dict) else {}
    model = MODEL_BY_TABLE.get(table)
    row = session.get(model, row_id) if model is not None else None
    if table == "members":
        return getattr(row, "name", None) if row is not None else sent.get("name")
    if table == "card_steps":
        card_id = getattr(row, "card_id", None) if row is not None else sent.get("card_id")
        card = session.get(Card, uuid.UUID(str(card_id))) if card_id else None
        member_id = card.member_id if card is not None else None
    else:
        member_id = getattr(row, "member_id", None) or sent.get("member_id")
    if not member_id:
        return None
    try:
        member = session.get(Member, uuid.UUID(str(member_id)))
    except ValueError:
        return None
    return member.name if member is not None else None


class SyncBackend:
    def __init__(self, db: Database) -> None:
        self.db = db
        self._checked = False  # compared with the central store since the app started
        # the refused changes as of the newest sent outbox entry: results change only when a
        # push marks entries sent, while the status bar re-reads after every local change
        self._refusals: tuple[int | None, tuple[engine.Refusal, ...]] | None = None

    def status(self) -> engine.SyncStatus:
        """The status bar's state; refusals the user dismissed are not counted."""
        status = engine.sync_status(self.db, refusal_limit=0)
        dismissed = self._dismissed()
        refused = self._current_refusals()
        return replace(status, refusals=tuple(r for r in refused if r.seq not in dismissed))

    def _current_refusals(self) -> tuple[engine.Refusal, ...]:
        """engine.refusals, read again only when entries were sent since the last read."""
        with self.db.reading() as session:
            newest = session.scalar(
                select(OutboxEntry.seq)
                .where(OutboxEntry.sent_at.is_not(None))
                .order_by(OutboxEntry.seq.desc())
                .limit(1)
            )
        if self._refusals is None or self._refusals[0] != newest:
            self._refusals = (newest, tuple(engine.refusals(self.db, limit=REFUSAL_LIMIT)))
        return self._refusals[1]

    # --- refused changes ---------------------------------------------------------------

    def _dismissed(self) -> set[int]:
        with self.db.reading() as session:
            state = session.get(SyncState, DISMISSED_KEY)
            return set(json.loads(state.value)) if state is not None else set()

    def refusals(self) -> list[RefusalRow]:
        """The refused changes not yet dismissed, newest first (local rows only)."""
        dismissed = self._dismissed()
        found = [r for r in engine.refusals(self.db, limit=REFUSAL_LIMIT) if r.seq not in dismissed]
        with self.db.reading() as session:
            rows = []
            for r in found:
                entry = session.get(OutboxEntry, r.seq)
                payload = entry.payload if entry is not None else None
                rows.append(
                    RefusalRow(
                        seq=r.seq,
                        table=r.table,
                        row_id=r.row_id,
                        op=r.op,
                        status=r.status,
                        reason=r.reason,
                        sent_at=r.sent_at,
                        member_name=_member_of(session, r.table, r.row_id, payload),
                    )
                )
        return rows

    def dismiss_refusals(self, seqs: Iterable[int]) -> Changes:
        """Remember that the user has read these refusals (kept on this laptop only)."""
        still = {r.seq for r in engine.refusals(self.db, limit=REFUSAL_LIMIT)}
        with self.db.transaction() as session:
            state = session.get(SyncState, DISMISSED_KEY)
            known = set(json.loads(state.value)) if state is not None else set()
            value = json.dumps(sorted((known | set(seqs)) & still))
            if state is None:
                session.add(SyncState(key=DISMISSED_KEY, value=value))
            else:
                state.value = value
        return Changes()

    def sync(self, verify_every: int = 0) -> SyncOutcome:
        """Push and pull once (worker thread); failures become a recorded, visible state.

        After the first successful sync since the app started, and then every
        ``verify_every`` syncs, the laptop is compared with the central store and mended
        where it differs (:mod:`vipcrm.sync.verify`; said in the log and the status bar).
        """
        from vipcrm.sync.link import NotConnected, open_central  # psycopg: not at start-up
        from vipcrm.sync.pgconn import CentralUnreachable

        try:
            central = open_central(self.db)
        except NotConnected as exc:
            return SyncOutcome(not_connected=True, error=error_sentence(exc))
        except CentralUnreachable as exc:
            return self._failed(exc, offline=True)
        except Exception as exc:
            return self._failed(exc)
        try:
            report = engine.sync(self.db, central)
        except CentralUnreachable as exc:
            central.close()
            return self._failed(exc, offline=True)
        except Exception as exc:  # version skew, login refused, a bug: shown, not raised
            central.close()
            return self._failed(exc)
        try:
            return SyncOutcome(report=report, check=self._check(central, verify_every))
        finally:
            central.close()

    def _check(self, central: Any, every: int) -> VerifyReport | None:
        """Compare with the central store when due (at start, then every ``every`` syncs)
        and repair what differs; a failing check is logged, the sync stands."""
        if not verification.check_due(self.db, every, checked_since_start=self._checked):
            return None
        try:
            report = verification.verify(self.db, central, repair=True, up_to_date=True)
            verification.record_check(self.db, report)
        except Exception:
            log.warning("the check against the central store failed", exc_info=True)
            return None
        self._checked = True
        if report.found:
            log.warning(
                "this laptop differed from the central store in %s (%d row(s)); repaired%s",
                ", ".join(t.table for t in report.found),
                report.repaired,
                "" if report.equal else ", but it still differs",
            )
        else:
            log.info("checked against the central store: equal (%d rows)", report.rows)
        return report

    def _failed(self, exc: Exception, offline: bool = False) -> SyncOutcome:
        if not offline:
            log.warning("sync failed", exc_info=exc)
        message = error_sentence(exc)
        try:
            engine.record_error(self.db, str(message))  # the English text
        except Exception:  # the local database itself failing: still report the sync error
            log.exception("could not record the sync error")
        return SyncOutcome(offline=offline, error=message)

    def conflicts(self) -> list[ConflictRow]:
        with self.db.reading() as session:
            return list_conflicts(session)

    def resolve(self, conflict_id: int, keep: str) -> Changes:
        with self.db.transaction() as session:
            return resolve_conflict(session, conflict_id, keep)
