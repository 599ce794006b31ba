"""Does this laptop hold exactly what its user may see centrally? Verify, and repair.

A replica is verified, not trusted (DESIGN.md decision 14). For every synchronised table
both sides compute a :class:`~vipcrm.sync.protocol.Digest` — the row count and an
order-free sum of ``md5(id:version)`` — over exactly what the user may see (the central
store through row-level security). Equal tables are done with one number each. Where they
differ, the id range is split by the ids' leading hex digits and only the differing
ranges are asked again, down to single rows: a few round trips and no row transfer,
whatever the table's size.

Rows with changes still waiting in the outbox are this laptop's own news; they are not
divergences (``waiting``). Rows centrally changed since the last pull are not either: the
check catches up with a pull first and asks once more about the rows found different.

:func:`repair` writes the central rows found missing or stale and removes the rows the
user may not see (any more), in one local transaction (unsent changes rebased, kept), and
checks again.
"""

from __future__ import annotations

import json
import uuid
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Connection, select

from vipcrm.domain.dates import utcnow
from vipcrm.store.db import Database
from vipcrm.store.models import OutboxEntry
from vipcrm.sync import replica
from vipcrm.sync.engine import catch_up, forget_position
from vipcrm.sync.protocol import Central, Digest, Row, id_range, row_hash
from vipcrm.sync.tables import SYNC_TABLES, columns, id_index

#: the id's length in hex digits: a range this wide is one row
LEAF = 32
#: how many more leading digits each split uses (16^2 = 256 sub-ranges)
STEP = 2
#: differing ranges holding at most this many rows are compared row by row at once
LEAF_ROWS = 2_000
#: differing ranges holding more rows than this after the second split (16^4 ranges): the
#: table is far from the central one; a repair makes a fresh copy instead of mending row by
#: row. (After the first split, 100 rows lost at random from a million already touch a third
#: of the 256 ranges, some 300,000 rows: too coarse to judge by.)
WHOLESALE_ROWS = 50_000
WHOLESALE_WIDTH = 2 * STEP


@dataclass
class TableCheck:
    table: str
    local: Digest  # this laptop's rows (those with unsent changes included)
    central: Digest  # what the user may see centrally
    missing: list[uuid.UUID] = field(default_factory=list)  # central, not here
    extra: list[uuid.UUID] = field(default_factory=list)  # here, not visible centrally
    stale: list[uuid.UUID] = field(default_factory=list)  # both, another version here
    waiting: int = 0  # different only because their changes wait to go up
    wholesale: bool = False  # too different to list row by row

    @property
    def equal(self) -> bool:
        return not (self.missing or self.extra or self.stale or self.wholesale)

    @property
    def differing(self) -> int:
        return len(self.missing) + len(self.extra) + len(self.stale)


@dataclass
class VerifyReport:
    user: str | None = None
    tables: list[TableCheck] = field(default_factory=list)
    pulled: int = 0  # rows the catching-up pulls brought
    repaired: int = 0  # rows written or removed by a repair
    #: what differed before a repair (empty when nothing was repaired)
    found: list[TableCheck] = field(default_factory=list)

    @property
    def equal(self) -> bool:
        return all(t.equal for t in self.tables)

    @property
    def differing(self) -> list[TableCheck]:
        return [t for t in self.tables if not t.equal]

    @property
    def rows(self) -> int:
        return sum(t.central.count for t in self.tables)

    @property
    def waiting(self) -> int:
        return sum(t.waiting for t in self.tables)

    def to_json(self) -> dict[str, Any]:
        def table(t: TableCheck) -> dict[str, Any]:
            return {
                "table": t.table,
                "equal": t.equal,
                "local": {"count": t.local.count, "hash": t.local.hex},
                "central": {"count": t.central.count, "hash": t.central.hex},
                "missing": [str(i) for i in t.missing],
                "extra": [str(i) for i in t.extra],
                "stale": [str(i) for i in t.stale],
                "waiting": t.waiting,
                "wholesale": t.wholesale,
            }

        return {
            "user": self.user,
            "equal": self.equal,
            "rows": self.rows,
            "waiting": self.waiting,
            "pulled": self.pulled,
            "repaired": self.repaired,
            "differing": [t.table for t in self.differing],
            "tables": [table(t) for t in self.tables],
            "found": [table(t) for t in self.found],
        }


# --- this laptop's side ----------------------------------------------------------------


def local_digest(
    conn: Connection, table: str, prefixes: Sequence[str], width: int
) -> dict[str, Digest]:
    """:meth:`Central.digest` over this laptop's rows."""
    counts: dict[str, int] = defaultdict(int)
    totals: dict[str, int] = defaultdict(int)
    cursor = conn.connection.dbapi_connection.cursor()  # type: ignore[union-attr]
    try:
        between = f"SELECT id, version FROM {table} WHERE id BETWEEN ? AND ?"
        queries: Iterable[tuple[str, Sequence[str]]] = (
            [(between, id_range(p)) for p in prefixes]
            if prefixes
            else [(f"SELECT id, version FROM {table}", ())]
        )
        for sql, params in queries:
            for id_hex, version in cursor.execute(sql, params):
                bucket = id_hex[:width]
                counts[bucket] += 1
                totals[bucket] += row_hash(id_hex, version)
    finally:
        cursor.close()
    return {b: Digest(n, totals[b] % 2**64) for b, n in counts.items()}


def _versions(conn: Connection, table: str, ids: Sequence[uuid.UUID]) -> dict[uuid.UUID, int]:
    out: dict[uuid.UUID, int] = {}
    cursor = conn.connection.dbapi_connection.cursor()  # type: ignore[union-attr]
    try:
        for start in range(0, len(ids), 500):
            chunk = [i.hex for i in ids[start : start + 500]]
            marks = ", ".join("?" * len(chunk))
            cursor.execute(f"SELECT id, version FROM {table} WHERE id IN ({marks})", chunk)
            out.update({uuid.UUID(hex=i): int(v) for i, v in cursor.fetchall()})
    finally:
        cursor.close()
    return out


def _waiting(conn: Connection) -> dict[str, set[uuid.UUID]]:
    """Rows with changes not pushed yet, by table."""
    out: dict[str, set[uuid.UUID]] = defaultdict(set)
    for table, row_id in conn.execute(
        select(OutboxEntry.table_name, OutboxEntry.row_id).where(OutboxEntry.sent_at.is_(None))
    ):
        out[table].add(row_id)
    return out


# --- comparing -----------------------------------------------------------------------------


def _differing(a: Mapping[str, Digest], b: Mapping[str, Digest]) -> list[str]:
    return sorted(k for k in set(a) | set(b) if a.get(k, Digest()) != b.get(k, Digest()))


def _candidates(
    conn: Connection, central: Central, table: str, local: Digest, remote: Digest
) -> set[uuid.UUID] | None:
    """Ids whose rows differ, found by splitting only the id ranges that differ; None when
    more than :data:`WHOLESALE_ROWS` rows lie in differing ranges once they are
    :data:`WHOLESALE_WIDTH` digits wide (the table is copied)."""
    if local == remote:
        return set()
    width = 0
    here: Mapping[str, Digest] = {"": local}
    there: Mapping[str, Digest] = {"": remote}
    differing = [""]
    while True:
        rows = sum(
            max(here.get(b, Digest()).count, there.get(b, Digest()).count) for b in differing
        )
        if width >= WHOLESALE_WIDTH and rows > WHOLESALE_ROWS:
            return None
        width = LEAF if rows <= LEAF_ROWS or width + STEP >= LEAF else width + STEP
        prefixes = [b for b in differing if b]
        here = local_digest(conn, table, prefixes, width)
        there = central.digest(table, prefixes, width)
        differing = _differing(here, there)
        if width == LEAF:
            return {uuid.UUID(hex=b) for b in differing}


def _settle(
    conn: Connection,
    central: Central,
    check: TableCheck,
    ids: set[uuid.UUID],
    waiting: set[uuid.UUID],
) -> list[Row]:
    """Sort the differing ids into missing, extra and stale (rows with changes waiting to go
    up aside); returns the central rows of the missing and stale ones."""
    check.waiting = len(ids & waiting)
    todo = sorted(ids - waiting)
    if not todo:
        return []
    index, version = id_index(check.table), _VERSION_AT[check.table]
    theirs = {uuid.UUID(hex=str(r[index])): r for r in central.rows(check.table, todo)}
    mine = _versions(conn, check.table, todo)
    wanted: list[Row] = []
    for i in todo:
        row = theirs.get(i)
        if row is None:
            if i in mine:
                check.extra.append(i)
        elif i not in mine:
            check.missing.append(i)
            wanted.append(row)
        elif int(row[version]) != mine[i]:
            check.stale.append(i)
            wanted.append(row)
    return wanted


_VERSION_AT = {t: [c.name for c in columns(t)].index("version") for t in SYNC_TABLES}


def _check(
    db: Database, central: Central, report: VerifyReport
) -> tuple[list[TableCheck], dict[str, list[Row]]]:
    checks: list[TableCheck] = []
    candidates: dict[str, set[uuid.UUID]] = {}
    with db.engine.connect() as conn:
        for table in SYNC_TABLES:
            check = TableCheck(
                table,
                local_digest(conn, table, (), 0).get("", Digest()),
                central.digest(table, (), 0).get("", Digest()),
            )
            checks.append(check)
            ids = _candidates(conn, central, table, check.local, check.central)
            if ids is None:
                check.wholesale = True
            elif ids:
                candidates[table] = ids
    if not candidates:
        return checks, {}
    # changed centrally since the last pull? Catch up, then look at those rows again
    report.pulled += catch_up(db, central).pulled
    wanted: dict[str, list[Row]] = {}
    with db.engine.connect() as conn:
        waiting = _waiting(conn)
        for check in checks:
            ids = candidates.get(check.table)
            if not ids:
                continue
            wanted[check.table] = _settle(conn, central, check, ids, waiting[check.table])
            check.local = local_digest(conn, check.table, (), 0).get("", Digest())
            check.central = central.digest(check.table, (), 0).get("", Digest())
    return checks, wanted


def verify(
    db: Database, central: Central, *, repair: bool = False, up_to_date: bool = False
) -> VerifyReport:
    """Compare this laptop with what its user may see centrally (after a pull, unless it is
    ``up_to_date``: a sync just ended); with ``repair``, mend what differs and check again.

    A repair writes the central rows found missing or stale and removes the rows not
    visible centrally, in one local transaction (unsent changes are rebased on top and
    kept); a table too different to mend row by row gets a fresh copy of everything.
    """
    report = VerifyReport()
    if up_to_date:
        report.user = central.hello().user_code
    else:
        caught = catch_up(db, central)
        report.user, report.pulled = caught.user, caught.pulled
    report.tables, wanted = _check(db, central, report)
    if not repair or report.equal:
        return report
    found = report.differing
    if any(t.wholesale for t in found):
        forget_position(db)
        report.pulled += catch_up(db, central).pulled
    else:
        with replica.replica_transaction(db) as conn:
            for table, rows in wanted.items():
                replica.upsert_rows(conn, table, rows)
                replica.rebase(conn, table, [uuid.UUID(hex=str(r[id_index(table)])) for r in rows])
            keep = replica.unsent_rows(conn)  # and the rows owning them: they go up first
            for check in found:
                extra = [i for i in check.extra if i not in keep.get(check.table, ())]
                replica.purge(conn, check.table, replica.existing_ids(conn, check.table, extra))
    again = VerifyReport(user=report.user, pulled=report.pulled, found=found)
    again.repaired = sum(
        t.differing if not t.wholesale else max(t.local.count, t.central.count) for t in found
    )
    again.tables, _ = _check(db, central, again)
    return again


# --- the app's own checks -------------------------------------------------------------------


def check_due(db: Database, every: int, *, checked_since_start: bool) -> bool:
    """Whether the app checks after this sync: the first sync since it started, then after
    every ``every`` syncs (0: only the first)."""
    if not checked_since_start:
        return True
    since = int(replica.read_state(db, replica.SYNCS_SINCE_CHECK_KEY) or 0)
    return every > 0 and since >= every


def record_check(db: Database, report: VerifyReport) -> None:
    """Keep the outcome where the status bar reads it (engine.last_check); the count of
    syncs since the last check starts again."""
    state = {
        "at": utcnow().isoformat(),
        "equal": report.equal,
        "repaired": report.repaired,
        "tables": [t.table for t in (report.found or report.differing)],
    }
    with replica.replica_transaction(db) as conn:
        replica.set_state(conn, replica.LAST_CHECK_KEY, json.dumps(state))
        replica.set_state(conn, replica.SYNCS_SINCE_CHECK_KEY, "0")
