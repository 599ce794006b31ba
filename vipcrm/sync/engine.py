"""One sync: check versions, push the outbox, pull what changed (or the initial copy).

:func:`sync` is what ``vipcrm sync`` and (later) the GUI's scheduler call; it takes the
central store as a :class:`~vipcrm.sync.protocol.Central`, so tests and a future HTTP
gateway plug in the same way. :func:`sync_status` answers the status bar without
touching the network.

Order and crash safety (DESIGN.md decision 4): push first, in batches; each batch is one
central transaction that records its operation ids, then one local transaction marks the
entries with their results. A crash between the two is answered on the next push from
the stored results. Then pull: each page is applied in one local transaction together
with the new cursor. The first pull is an initial copy, table by table in id order,
resumable after a crash (its progress is saved with each page). A fresh copy (the log
was pruned past the cursor) also removes what is no longer visible: after it the laptop
holds what its user may see centrally, plus its own unsent changes.
"""

from __future__ import annotations

import json
import re
import uuid
from collections import Counter
from collections.abc import Collection, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from vipcrm.domain.dates import utcnow
from vipcrm.domain.errors import msg
from vipcrm.domain.values import Tier
from vipcrm.store.db import Database
from vipcrm.store.models import Campaign, OutboxEntry, SyncConflict
from vipcrm.sync import replica
from vipcrm.sync.faults import crash_point
from vipcrm.sync.protocol import (
    CLIENT_VERSION,
    NEEDS_SCHEMA,
    STEP_OUTSIDE_PERIOD,
    VISIBLE_RESULTS,
    Central,
    Cursor,
    Row,
    ServerInfo,
    VersionSkew,
)
from vipcrm.sync.tables import OWNED_CHILDREN, SYNC_TABLES, id_index


@dataclass(frozen=True)
class Refusal:
    """A pushed change the central store did not take as sent (shown to the user)."""

    seq: int
    table: str
    row_id: uuid.UUID
    op: str
    status: str  # refused | overruled | conflict
    reason: str
    sent_at: datetime | None


@dataclass
class SyncReport:
    login: str = ""
    user: str | None = None
    role: str | None = None
    pushed: int = 0
    outcomes: dict[str, int] = field(default_factory=dict)
    refusals: list[Refusal] = field(default_factory=list)
    conflicts: int = 0
    pulled: int = 0
    removed: int = 0
    initial: bool = False
    pages: int = 0
    cursor: str = ""
    pending: int = 0


@dataclass(frozen=True)
class CheckState:
    """The last comparison with the central store (``sync verify``; the app's own checks)."""

    at: datetime
    equal: bool  # after the repair, if one was made
    repaired: int  # rows written or removed to mend it
    tables: tuple[str, ...]  # the tables that differed


@dataclass(frozen=True)
class SyncStatus:
    """What the status bar shows; read from the local database only."""

    connected: bool
    target: str | None
    user: str | None
    last_sync_at: datetime | None
    last_error: str | None
    pending: int
    unresolved_conflicts: int
    refusals: tuple[Refusal, ...]
    initial_done: bool
    last_check: CheckState | None = None


def check_versions(info: ServerInfo, pending: int) -> None:
    kept = (
        msg("your {count} change(s) stay in the outbox on this laptop", count=pending)
        if pending
        else msg("nothing on this laptop is lost")
    )
    if CLIENT_VERSION < info.min_client_version:
        raise VersionSkew(
            msg(
                "this vipcrm (sync protocol {client}) is too old for the central store, "
                "which needs protocol {needed} or newer: update vipcrm; {kept}",
                client=CLIENT_VERSION,
                needed=info.min_client_version,
                kept=kept,
            )
        )
    if info.schema_version < NEEDS_SCHEMA:
        raise VersionSkew(
            msg(
                "the central store has schema {schema}, older than this vipcrm needs "
                "({needed}); it will not write to it. The operator runs 'vipcrm central "
                "init' with this version; {kept}",
                schema=info.schema_version,
                needed=NEEDS_SCHEMA,
                kept=kept,
            )
        )
    if info.user_code is None:
        raise VersionSkew(
            msg(
                "the login {login} is not linked to a vipcrm user; {kept}",
                login=info.login,
                kept=kept,
            )
        )


def sync(
    db: Database,
    central: Central,
    *,
    batch: int = 500,
    page: int = 2000,
    snapshot_page: int = 5000,
    fresh: bool = False,
) -> SyncReport:
    """Push the outbox, then pull; ``fresh``: pull a fresh copy of everything instead of the
    changes since the cursor (what the laptop holds that it may not see goes; its unsent
    changes stay and go up)."""
    report = SyncReport()
    info = _hello(db, central, report)
    crash_point("before_push")
    _push(db, central, report, batch)
    if fresh:
        forget_position(db)
    _pull(db, central, info, report, page, snapshot_page, batch)
    with replica.replica_transaction(db) as conn:
        replica.set_state(conn, replica.LAST_SYNC_KEY, utcnow().isoformat())
        replica.set_state(conn, replica.LAST_ERROR_KEY, None)
        since = int(replica.get_state(conn, replica.SYNCS_SINCE_CHECK_KEY) or 0)
        replica.set_state(conn, replica.SYNCS_SINCE_CHECK_KEY, str(since + 1))
    report.pending = replica.pending_count(db)
    return report


def catch_up(db: Database, central: Central, *, page: int = 2000) -> SyncReport:
    """Pull what changed since the cursor (no push): before and during verification."""
    report = SyncReport()
    info = _hello(db, central, report)
    _pull(db, central, info, report, page, page)
    return report


def forget_position(db: Database) -> None:
    """The next pull is a fresh copy (the cursor and any unfinished copy are dropped)."""
    with replica.replica_transaction(db) as conn:
        replica.set_state(conn, replica.CURSOR_KEY, None)
        replica.set_state(conn, replica.SNAPSHOT_KEY, None)


def _hello(db: Database, central: Central, report: SyncReport) -> ServerInfo:
    info = central.hello()
    report.login, report.user, report.role = info.login, info.user_code, info.role
    check_versions(info, replica.pending_count(db))
    return info


def _push(db: Database, central: Central, report: SyncReport, batch: int) -> None:
    outcomes: Counter[str] = Counter(report.outcomes)
    replica.collapse_unclaimed(db)
    while True:
        ops = replica.claim_batch(db, batch)
        if not ops:
            break
        reply = central.push(ops)
        crash_point("after_server_commit")
        gone = {
            t: [i for i, row in answer.items() if row is None] for t, answer in reply.rows.items()
        }
        kept = _still_seen(db, central, gone)
        with replica.replica_transaction(db) as conn:
            summary = replica.record_push(conn, ops, reply)
            summary.removed -= replica.apply_rows(conn, kept)[0]
            crash_point("mid_push_record")
        crash_point("after_local_mark")
        report.pushed += summary.marked
        outcomes.update(summary.statuses)
        report.conflicts += summary.conflicts
        report.removed += summary.removed
        report.refusals += refusals(db, limit=len(ops), op_ids={op.op_id for op in ops})
    report.outcomes = dict(outcomes)


def _pull(
    db: Database,
    central: Central,
    info: ServerInfo,
    report: SyncReport,
    page: int,
    snapshot_page: int,
    batch: int = 500,
) -> None:
    with db.engine.connect() as conn:
        cursor = replica.get_cursor(conn)
    ahead = cursor is not None and info.next_xid and cursor.xid > info.next_xid
    if cursor is None or cursor.xid < info.log_horizon or ahead:
        # never copied; the log pruned past the cursor; or a cursor ahead of the store
        # itself (restored to an earlier point): a fresh copy
        report.initial = True
        cursor = _initial_copy(db, central, report, snapshot_page, info.log_horizon, batch)
    while True:
        result = central.pull(cursor, page)
        fresh: dict[str, list[uuid.UUID]] = {}
        owned: dict[str, list[Any]] = {}
        if result.rows:
            with db.engine.connect() as conn:
                fresh = replica.new_parents(conn, result.rows)
            for table, ids in fresh.items():
                for child, rows in central.owned(table, ids).items():
                    owned.setdefault(child, []).extend(rows)
        kept = _still_seen(db, central, result.gone)
        with replica.replica_transaction(db) as conn:
            count, _ = replica.apply_rows(conn, result.rows)
            extra, _ = replica.apply_rows(conn, owned)
            for table, gone in result.gone.items():
                report.removed += replica.purge(conn, table, replica.held(conn, table, gone))
            report.removed -= replica.apply_rows(conn, kept)[0]
            replica.set_state(conn, replica.CURSOR_KEY, result.cursor.to_text())
            crash_point("mid_pull_page")
        crash_point("after_pull_page")
        report.pulled += count + extra
        report.pages += 1
        cursor = result.cursor
        if not result.more:
            break
    report.cursor = cursor.to_text()


def _still_seen(
    db: Database, central: Central, gone: Mapping[str, Collection[uuid.UUID]]
) -> dict[str, list[Row]]:
    """What the user still sees of the rows owned by rows leaving this laptop (a manager's
    own audit entries about a member reassigned away): put back after the purge."""
    out: dict[str, list[Row]] = {}
    with db.engine.connect() as conn:
        for table, ids in gone.items():
            here = replica.held(conn, table, ids) if table in OWNED_CHILDREN else []
            for child, rows in (central.owned(table, here) if here else {}).items():
                out.setdefault(child, []).extend(rows)
    return out


def _initial_copy(
    db: Database,
    central: Central,
    report: SyncReport,
    limit: int,
    horizon: int = 0,
    batch: int = 500,
) -> Cursor:
    """Copy every visible row, table by table, in pages; resumes where a crash stopped it.

    A page is every visible row of its id range, so local rows in that range it did not
    bring were deleted centrally or left the user's sight (their log entries may be pruned
    long since): they go, as a pulled removal does. Changes made here meanwhile are pushed
    before each page, so the page shows them; rows still holding unsent changes stay.
    """
    with db.engine.connect() as conn:
        saved = replica.get_state(conn, replica.SNAPSHOT_KEY)
    if saved and Cursor.from_text(json.loads(saved)["start"]).xid < horizon:
        saved = None  # the log was pruned past where that copy began: begin again
    if saved:
        state = json.loads(saved)
    else:
        state = {
            "start": central.begin_snapshot().to_text(),
            "table": SYNC_TABLES[0],
            "after": None,
        }
        with replica.replica_transaction(db) as conn:
            replica.set_state(conn, replica.SNAPSHOT_KEY, json.dumps(state))
    tables = list(SYNC_TABLES)
    position = tables.index(state["table"]) if state["table"] in tables else 0
    for table in tables[position:]:
        after = (
            uuid.UUID(hex=state["after"]) if state["table"] == table and state["after"] else None
        )
        index = id_index(table)
        while True:
            if replica.pending_ops(db, 1):
                _push(db, central, report, batch)  # edited during the copy: up first
            rows = central.snapshot(table, after, limit)
            done = len(rows) < limit
            start = after
            if rows:
                after = uuid.UUID(hex=str(rows[-1][index]))
            following = tables[tables.index(table) + 1] if table != tables[-1] else None
            state = (
                {"start": state["start"], "table": following, "after": None}
                if done
                else {
                    "start": state["start"],
                    "table": table,
                    "after": after.hex if after else None,
                }
            )
            with replica.replica_transaction(db) as conn:
                report.pulled += replica.upsert_rows(conn, table, rows)
                replica.rebase(conn, table, [uuid.UUID(hex=str(r[index])) for r in rows])
                report.removed += replica.purge_missing(
                    conn, table, rows, start, None if done else after, tables[: tables.index(table)]
                )
                if done and following is None:
                    replica.set_state(conn, replica.SNAPSHOT_KEY, None)
                    replica.set_state(conn, replica.CURSOR_KEY, state["start"])
                else:
                    replica.set_state(conn, replica.SNAPSHOT_KEY, json.dumps(state))
                crash_point("mid_snapshot_page")
            crash_point("after_snapshot_page")
            report.pages += 1
            if done:
                break
    return Cursor.from_text(state["start"])


def refusals(
    db: Database, *, limit: int = 50, op_ids: set[uuid.UUID] | None = None
) -> list[Refusal]:
    """Pushed changes the central store refused or decided otherwise, newest first."""
    visible = or_(*(OutboxEntry.result.like(f'{{"status": "{s}"%') for s in VISIBLE_RESULTS))
    stmt = select(OutboxEntry).where(OutboxEntry.sent_at.is_not(None), visible)
    if op_ids is not None:
        stmt = stmt.where(OutboxEntry.op_id.in_(op_ids))
    out = []
    with db.reading() as session:
        for entry in session.scalars(stmt.order_by(OutboxEntry.seq.desc())):
            result = json.loads(entry.result or "{}")
            if result.get("status") not in VISIBLE_RESULTS or result.get("because"):
                continue
            reason = _known_reason(session, entry, result) or (
                result.get("reason")
                or "; ".join(
                    f"{c['field']}: kept {c.get('theirs')!r}, yours {c.get('mine')!r}"
                    for c in result.get("conflicts", ())
                )
            )
            out.append(
                Refusal(
                    entry.seq,
                    entry.table_name,
                    entry.row_id,
                    entry.op,
                    result["status"],
                    reason,
                    entry.sent_at,
                )
            )
            if len(out) >= limit:
                break
    return out


_STEP_CHECK = re.compile(r"ck_campaigns_(diamond|gold|silver)_due_on")


def _known_reason(session: Session, entry: OutboxEntry, result: Mapping[str, Any]) -> str | None:
    """A refusal the central store answered with a code (``OpResult.why``), as a sentence
    the window shows in the user's language: which campaign, what was not saved and what to
    do. A campaign's step refused by the central store's CHECK before the code existed
    (its text names the constraint) reads the same."""
    why, params = result.get("why"), dict(result.get("params") or {})
    if why is None and entry.table_name == "campaigns":
        found = _STEP_CHECK.search(str(result.get("reason") or ""))
        if found:
            why, params = STEP_OUTSIDE_PERIOD, {"tier": found.group(1)}
    if why != STEP_OUTSIDE_PERIOD:
        return None
    tier = Tier(params["tier"])
    changes = (entry.payload or {}).get("changes") or {}
    step = params.get("step") or changes.get(f"{tier.value}_due_on")
    campaign = session.get(Campaign, entry.row_id)  # the central store's row, as pushed back
    if campaign is None:
        return None
    if not step and changes.get("ends_on"):
        # this change moved the end, not the tier's step: the step the other laptop set
        # went first, and the end before it is what was not saved
        return msg(
            "campaign {code} {name}: the new end {end} was not saved: after an edit on "
            "another laptop the {tier} step {step} falls after it; sync, then move the step "
            "earlier and the end again (Edit steps)",
            code=campaign.code,
            name=campaign.name,
            end=date.fromisoformat(str(changes["ends_on"])),
            tier=tier,
            step=campaign.steps.get(tier, ""),
        )
    return msg(
        "campaign {code} {name}: the {tier} step {step} was not saved: after an edit on "
        "another laptop it falls outside the campaign's period ({start} – {end}); sync, "
        "then set the step again (Edit steps)",
        code=campaign.code,
        name=campaign.name,
        tier=tier,
        step=date.fromisoformat(str(step)) if step else "",
        start=campaign.starts_on,
        end=campaign.ends_on,
    )


def record_error(db: Database, message: str) -> None:
    with replica.replica_transaction(db) as conn:
        replica.set_state(conn, replica.LAST_ERROR_KEY, message)


def sync_status(db: Database, *, refusal_limit: int = 20) -> SyncStatus:
    from vipcrm.sync.link import load_link

    link = load_link(db)
    last = replica.read_state(db, replica.LAST_SYNC_KEY)
    with db.reading() as session:
        unresolved = session.scalar(
            select(func.count()).select_from(SyncConflict).where(SyncConflict.resolved.is_(None))
        )
    return SyncStatus(
        connected=link is not None,
        target=link.target if link else None,
        user=link.user if link else None,
        last_sync_at=datetime.fromisoformat(last) if last else None,
        last_error=replica.read_state(db, replica.LAST_ERROR_KEY),
        pending=replica.pending_count(db),
        unresolved_conflicts=int(unresolved or 0),
        refusals=tuple(refusals(db, limit=refusal_limit)) if refusal_limit > 0 else (),
        initial_done=replica.read_state(db, replica.CURSOR_KEY) is not None,
        last_check=last_check(db),
    )


def last_check(db: Database) -> CheckState | None:
    text = replica.read_state(db, replica.LAST_CHECK_KEY)
    if not text:
        return None
    data = json.loads(text)
    return CheckState(
        at=datetime.fromisoformat(data["at"]),
        equal=bool(data["equal"]),
        repaired=int(data["repaired"]),
        tables=tuple(data["tables"]),
    )
