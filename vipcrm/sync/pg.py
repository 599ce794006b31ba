"""The central store reached directly over libpq: the :class:`~vipcrm.sync.protocol.Central`
implementation used today.

Everything runs as the user's own login role, so row-level security decides what is seen
and written; the server's triggers and functions (vipcrm.sync.central_schema) decide what
is allowed. A push is one transaction; each laptop transaction inside it is applied under
a savepoint (all of its operations or none), and every operation id is recorded in
``sync_applied_ops`` in the same transaction with its result, so a replay is answered
from there and never applied twice.
"""

from __future__ import annotations

import functools
import re
import uuid
from collections import defaultdict
from collections.abc import Callable, Collection, Iterator, Mapping, Sequence
from typing import Any, TypeVar

import psycopg
from psycopg.types.json import Json, Jsonb

from vipcrm.domain.errors import msg
from vipcrm.domain.money import format_fen
from vipcrm.store.outbox import to_json
from vipcrm.sync import pgconn
from vipcrm.sync.protocol import (
    STEP_OUTSIDE_PERIOD,
    Cursor,
    Digest,
    OpResult,
    PullPage,
    PushOp,
    PushReply,
    Row,
    ServerInfo,
    VersionSkew,
    id_range,
)
from vipcrm.sync.tables import (
    AUTHORITATIVE_FIELDS,
    COUNTER_FIELDS,
    DECISIONS,
    DERIVED_FIELDS,
    OWNED_CHILDREN,
    SERVER_FIELDS,
    SERVER_TABLES,
    SYNC_TABLES,
    column_kinds,
    id_index,
    pg_storage_select,
    same,
    typed,
)

T = TypeVar("T")
#: protocol.row_hash in SQL: md5 of "<id hex>:<version>", its first 8 bytes as a bigint
ROW_HASH = (
    "('x' || left(md5(replace(t.id::text, '-', '') || ':' || t.version::text), 16))"
    "::bit(64)::bigint"
)
KINDS = {t: column_kinds(t) for t in SYNC_TABLES}
SELECTS = {t: pg_storage_select(t) for t in SYNC_TABLES}
ID_AT = {t: id_index(t) for t in SYNC_TABLES}
#: tables with deferred constraint triggers (checked at the end of each laptop transaction)
DEFERRED_CHECKS = ("cards", "card_steps")


class _Refused(Exception):
    """This operation cannot be applied; ``str()`` says why, for the user."""


class _GroupRefused(Exception):
    def __init__(
        self,
        op: PushOp,
        reason: str,
        why: str | None = None,
        params: Mapping[str, Any] | None = None,
    ) -> None:
        super().__init__(reason)
        self.op = op
        self.reason = reason
        self.why = why
        self.params = dict(params or {})


#: a campaign's step CHECK (vipcrm.store.models.step_check): ck_campaigns_<tier>_due_on
_STEP_CHECK = re.compile(r"ck_campaigns_(diamond|gold|silver)_due_on")


def _known_refusal(op: PushOp, exc: psycopg.Error) -> _GroupRefused | None:
    """A refusal the laptop says in the user's words (OpResult.why): a campaign's step
    outside its period. Two laptops changed one campaign at once (one moved the end, the
    other a step); merged field by field, the step would fall outside the period, and the
    central store's CHECK refuses the second."""
    diag = getattr(exc, "diag", None)
    name = (diag.constraint_name if diag is not None else None) or ""
    found = _STEP_CHECK.fullmatch(name)
    if op.table != "campaigns" or not isinstance(exc, psycopg.errors.CheckViolation) or not found:
        return None
    tier = found.group(1)
    fields = op.payload.get("changes") or op.payload.get("row") or {}
    sent = fields.get(f"{tier}_due_on")
    step = str(sent) if sent is not None else ""
    if not step and fields.get("ends_on"):  # it moved the end before the other laptop's step
        reason = (
            f"the new end {fields['ends_on']} falls before the {tier} step set on another "
            "laptop and was not saved; sync, then move the step earlier and the end again"
        )
    else:
        reason = (
            f"the {tier} step {step} falls outside the campaign's period after an edit on "
            "another laptop and was not saved; sync, then set the step again"
        )
    return _GroupRefused(op, reason, STEP_OUTSIDE_PERIOD, {"tier": tier, "step": step})


def _q(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _message(exc: psycopg.Error) -> str:
    diag = getattr(exc, "diag", None)
    primary = diag.message_primary if diag is not None else None
    text = primary or str(exc).strip().splitlines()[0]
    if isinstance(exc, psycopg.errors.UniqueViolation):
        if diag is not None and (diag.constraint_name or "").startswith("pk_"):
            return "this row already exists on the central store"
        return f"it would duplicate a row on the central store ({diag.constraint_name if diag else text})"
    if isinstance(exc, psycopg.errors.InsufficientPrivilege) and "row-level security" in text:
        return "not yours to change (row-level security)"
    if isinstance(exc, psycopg.errors.ForeignKeyViolation):
        return f"it refers to a row the central store does not have ({text})"
    return text


def _groups(ops: Sequence[PushOp]) -> Iterator[list[PushOp]]:
    """Consecutive operations of the same local transaction travel together."""
    group: list[PushOp] = []
    for op in ops:
        if group and (op.txn_id is None or op.txn_id != group[-1].txn_id):
            yield group
            group = []
        group.append(op)
    if group:
        yield group


def _param(kind: str, value: Any) -> Any:
    value = typed(kind, value)
    if kind == "json" and value is not None:
        return Json(value)
    return value


def _storage_id(table: str, row: Row) -> uuid.UUID:
    return uuid.UUID(hex=str(row[ID_AT[table]]))


def _pending_reason(text: str) -> str:
    values = dict(part.split("=", 1) for part in (text or "").split(";") if "=" in part)
    parts = []
    if int(values.get("over_cap", 0)):
        parts.append(f"over the cap by {format_fen(int(values['over_cap']))}")
    if int(values.get("over_budget", 0)):
        parts.append(f"over the budget by {format_fen(int(values['over_budget']))}")
    return "; ".join(parts)


def _check_order(cursor: Cursor, entries: Sequence[Row]) -> None:
    """Entries must come in strictly increasing (xid, seq) order after the cursor: anything
    else would move the cursor past entries never read (a bug, never a user's mistake)."""
    previous = (cursor.xid, cursor.seq)
    for entry in entries:
        position = (int(entry[0]), int(entry[1]))
        if position <= previous:
            raise RuntimeError(
                f"the central store returned change {position} after {previous}: "
                "out of order, nothing applied"
            )
        previous = position


def _online(method: Callable[..., T]) -> Callable[..., T]:
    """A connection lost half-way is "offline" (CentralUnreachable), like one never made."""

    @functools.wraps(method)
    def wrapper(self: PgCentral, *args: Any, **kw: Any) -> T:
        try:
            return method(self, *args, **kw)
        except psycopg.OperationalError as exc:
            if not (self.conn.broken or self.conn.closed):
                raise
            raise pgconn.CentralUnreachable(
                msg(
                    "the connection to {target} was lost during sync ({reason})",
                    target=pgconn.describe(self.dsn),
                    reason=str(exc),
                )
            ) from None

    return wrapper


class PgCentral:
    """A connection to the central PostgreSQL store as one user's login role."""

    def __init__(self, dsn: str, password: str | None = None, *, connect_timeout: int = 10) -> None:
        self.dsn = dsn
        self.conn = pgconn.connect(
            dsn,
            password=password,
            autocommit=True,
            application_name="vipcrm sync",
            connect_timeout=connect_timeout,
        )

    def close(self) -> None:
        self.conn.close()

    # --- hello ------------------------------------------------------------------------

    @_online
    def hello(self) -> ServerInfo:
        try:
            meta = self.conn.execute(
                "SELECT schema_version, min_client_version, log_horizon::text, "
                "pg_snapshot_xmax(pg_current_snapshot())::text FROM central_meta"
            ).fetchone()
        except (psycopg.errors.UndefinedTable, psycopg.errors.InsufficientPrivilege):
            raise VersionSkew(
                msg(
                    "{target} is not a vipcrm central store (or this login may "
                    "not use it); the operator runs 'vipcrm central init'",
                    target=pgconn.describe(self.dsn),
                )
            ) from None
        me = self.conn.execute(
            "SELECT session_user, manager_id, role, team_id, code FROM vipcrm_me()"
        ).fetchone()
        return ServerInfo(
            schema_version=int(meta[0]),
            min_client_version=int(meta[1]),
            log_horizon=int(meta[2]),
            login=me[0],
            manager_id=me[1],
            role=me[2],
            team_id=me[3],
            user_code=me[4],
            next_xid=int(meta[3]),
        )

    # --- push -------------------------------------------------------------------------

    @_online
    def push(self, ops: Sequence[PushOp]) -> PushReply:
        results: dict[uuid.UUID, OpResult] = {}
        with self.conn.transaction():
            claimed = self._claim(ops)
            for group in _groups(ops):
                todo = [op for op in group if op.op_id in claimed]
                if todo:
                    results.update(self._apply_group(todo))
            if claimed:
                done = [op.op_id for op in ops if op.op_id in claimed]
                self.conn.execute(
                    "UPDATE sync_applied_ops a SET result = v.result "
                    "FROM unnest(%s::uuid[], %s::jsonb[]) AS v(op_id, result) "
                    "WHERE a.op_id = v.op_id",
                    (done, [Jsonb(results[i].to_json()) for i in done]),
                )
            answered = [op.op_id for op in ops if op.op_id not in claimed]
            if answered:  # applied before (a replay): the stored answer
                for op_id, result in self.conn.execute(
                    "SELECT op_id, result FROM sync_applied_ops WHERE op_id = ANY(%s)",
                    (answered,),
                ):
                    results[op_id] = OpResult.from_json(result) if result else OpResult("refused")
                for op_id in answered:
                    results.setdefault(
                        op_id, OpResult("refused", "this operation id is someone else's")
                    )
            wanted: dict[str, set[uuid.UUID]] = defaultdict(set)
            for op in ops:
                if results[op.op_id].status != "applied" and op.table in KINDS:
                    wanted[op.table].add(op.row_id)
            rows = self._current_rows(wanted)
        return PushReply(results, rows)

    def _claim(self, ops: Sequence[PushOp]) -> set[uuid.UUID]:
        """Record the operation ids (waiting for a concurrent push of the same ids to end);
        the ones recorded before are answered, not applied again."""
        return {
            r[0]
            for r in self.conn.execute(
                "INSERT INTO sync_applied_ops (op_id, table_name, row_id) "
                "SELECT * FROM unnest(%s::uuid[], %s::text[], %s::uuid[]) "
                "ON CONFLICT (op_id) DO NOTHING RETURNING op_id",
                ([op.op_id for op in ops], [op.table for op in ops], [op.row_id for op in ops]),
            )
        }

    def _apply_group(self, todo: list[PushOp]) -> dict[uuid.UUID, OpResult]:
        gift_group = any(op.table == "gifts" for op in todo)
        results: dict[uuid.UUID, OpResult] = {}
        try:
            with self.conn.transaction():  # a savepoint: this laptop transaction, all or none
                for op in todo:
                    try:
                        results[op.op_id] = self._apply(op, gift_group)
                    except psycopg.Error as exc:
                        raise _known_refusal(op, exc) or _GroupRefused(op, _message(exc)) from None
                    except _Refused as exc:
                        raise _GroupRefused(op, str(exc)) from None
                cards = [op for op in todo if op.table in DEFERRED_CHECKS]
                if cards:  # the deferred checks (card paths) now, while we can still refuse
                    try:
                        self.conn.execute("SET CONSTRAINTS ALL IMMEDIATE")
                        self.conn.execute("SET CONSTRAINTS ALL DEFERRED")
                    except psycopg.Error as exc:
                        raise _GroupRefused(cards[0], _message(exc)) from None
        except _GroupRefused as refusal:
            return {
                op.op_id: OpResult(
                    "refused", refusal.reason, why=refusal.why, params=refusal.params
                )
                if op is refusal.op
                else OpResult(
                    "refused",
                    f"not applied: made together with a refused change ({refusal.reason})",
                    because=str(refusal.op.op_id),
                )
                for op in todo
            }
        return results

    def _apply(self, op: PushOp, gift_group: bool) -> OpResult:
        if op.table not in KINDS:
            raise _Refused(f"the central store has no table {op.table}")
        if op.table in SERVER_TABLES or (gift_group and op.table == "budgets"):
            return OpResult("server", "kept by the central store itself")
        if op.op == "insert":
            return self._insert(op)
        if op.op in ("update", "delete"):
            return self._update(op)
        raise _Refused(f"unknown operation {op.op}")

    def _insert(self, op: PushOp) -> OpResult:
        table, kinds = op.table, KINDS[op.table]
        row = dict(op.payload.get("row") or {})
        unknown = sorted(set(row) - set(kinds))
        if unknown:
            raise _Refused(f"the central store has no field {', '.join(unknown)} in {table}")
        if str(row.get("id")) != str(op.row_id):
            raise _Refused("the row's id does not match the operation")
        cols = list(row)
        self.conn.execute(
            f"INSERT INTO {table} ({', '.join(_q(c) for c in cols)}) "
            f"VALUES ({', '.join(['%s'] * len(cols))})",
            [_param(kinds[c], row[c]) for c in cols],
        )
        if table == "gifts":
            status, reason = self.conn.execute(
                "SELECT status, pending_reason FROM gifts WHERE id = %s", (op.row_id,)
            ).fetchone()
            if status != row.get("status"):
                why = _pending_reason(reason)
                return OpResult(
                    "overruled",
                    f"the gift request is {status} on the central store"
                    + (f" ({why}); it waits for the lead" if status == "pending" and why else ""),
                    fields={"status": {"mine": row.get("status"), "theirs": status}},
                )
        if table in SERVER_FIELDS:
            return OpResult("merged")
        return OpResult("applied")

    def _update(self, op: PushOp) -> OpResult:
        table, kinds = op.table, KINDS[op.table]
        changes: Mapping[str, Any] = op.payload.get("changes") or {}
        base: Mapping[str, Any] = op.payload.get("base") or {}
        unknown = sorted(set(changes) - set(kinds))
        if unknown:
            raise _Refused(f"the central store has no field {', '.join(unknown)} in {table}")
        names = list(kinds)
        found = self.conn.execute(
            f"SELECT {', '.join(_q(n) for n in names)} FROM {table} WHERE id = %s FOR UPDATE",
            (op.row_id,),
        ).fetchone()
        if found is None:
            raise _Refused(f"this {table} row is not on the central store or no longer yours")
        cur = dict(zip(names, found, strict=True))
        server_fields = SERVER_FIELDS.get(table, frozenset())
        authoritative = AUTHORITATIVE_FIELDS.get(table, frozenset())
        counters = COUNTER_FIELDS.get(table, frozenset())
        derived = DERIVED_FIELDS.get(table, {})
        apply: dict[str, Any] = {}
        deltas: dict[str, int] = {}
        conflicts: list[dict[str, Any]] = []
        exact = True
        for name, new in changes.items():
            kind = kinds[name]
            if name in server_fields:
                exact = False
                continue
            if name in counters:
                delta = int(new or 0) - int(base.get(name) or 0)
                if delta:
                    deltas[name] = delta
                exact = exact and same(kind, cur[name], base.get(name))
                continue
            if same(kind, cur[name], new):
                exact = False  # already so on the server
            elif same(kind, cur[name], base.get(name)):
                apply[name] = new
            elif name in authoritative:
                raise _Refused(
                    f"{table}.{name} is now {to_json(cur[name])!r} on the central store "
                    f"(this laptop changed it from {base.get(name)!r} to {new!r})"
                )
            elif name in derived:
                exact = False  # follows its source field
            else:
                conflicts.append(
                    {
                        "field": name,
                        "mine": new,
                        "theirs": to_json(cur[name]),
                        "base": base.get(name),
                    }
                )
        decision = DECISIONS.get(table)
        if decision and apply.get(decision[0]) in decision[1]:
            seen = op.base_version
            if seen is not None and seen != cur["version"]:
                raise _Refused(
                    f"the {table[:-1].replace('_', ' ')} changed since it was looked at (version "
                    f"{seen}, now {cur['version']}); look at it again before deciding"
                )
        gift_status = apply.pop("status", None) if table == "gifts" else None
        comment = None
        if gift_status in ("approved", "rejected"):
            apply.pop("decision_comment", None)
            comment = changes.get("decision_comment", cur.get("decision_comment"))
        if apply or deltas:
            sets = [f"{_q(n)} = %s" for n in apply] + [f"{_q(n)} = {_q(n)} + %s" for n in deltas]
            params = [_param(kinds[n], v) for n, v in apply.items()] + list(deltas.values())
            self.conn.execute(
                f"UPDATE {table} SET {', '.join(sets)} WHERE id = %s", [*params, op.row_id]
            )
        elif gift_status is None:
            exact = False  # nothing to write: the laptop's copy needs the server's row
        if gift_status is not None:
            if gift_status in ("approved", "rejected"):
                self.conn.execute(
                    "SELECT vipcrm_decide_gift(%s, %s, %s)", (op.row_id, gift_status, comment or "")
                )
            elif gift_status in ("delivered", "cancelled"):
                self.conn.execute("SELECT vipcrm_close_gift(%s, %s)", (op.row_id, gift_status))
            else:
                raise _Refused(f"a gift cannot be set to {gift_status}")
            exact = False
        if conflicts:
            return OpResult("conflict", conflicts=tuple(conflicts))
        return OpResult("applied" if exact else "merged")

    def _current_rows(
        self, wanted: Mapping[str, Collection[uuid.UUID]]
    ) -> dict[str, dict[uuid.UUID, Row | None]]:
        out: dict[str, dict[uuid.UUID, Row | None]] = {}
        for table in SYNC_TABLES:
            ids = wanted.get(table)
            if not ids:
                continue
            found = {_storage_id(table, r): r for r in self._rows(table, ids)}
            out[table] = {i: found.get(i) for i in ids}
        return out

    def _rows(self, table: str, ids: Collection[uuid.UUID], column: str = "id") -> list[Row]:
        return self.conn.execute(
            f"SELECT {SELECTS[table]} FROM {table} WHERE {_q(column)} = ANY(%s)", (list(ids),)
        ).fetchall()

    # --- pull -------------------------------------------------------------------------

    @_online
    def pull(self, cursor: Cursor, limit: int) -> PullPage:
        with self.conn.transaction():
            xmin = self.conn.execute(
                "SELECT pg_snapshot_xmin(pg_current_snapshot())::text"
            ).fetchone()[0]
            # ORDER BY names the table's columns: a bare "xid" would be the text output
            # column, and '1001' < '938' would fill a page with the wrong entries
            entries = self.conn.execute(
                "SELECT sync_changes.xid::text AS xid_text, seq, table_name, row_id "
                "FROM sync_changes "
                "WHERE (xid, seq) > (%s::xid8, %s) AND xid < %s::xid8 "
                "ORDER BY sync_changes.xid, sync_changes.seq LIMIT %s",
                (str(cursor.xid), cursor.seq, xmin, limit),
            ).fetchall()
            _check_order(cursor, entries)
            changed: dict[str, set[uuid.UUID]] = defaultdict(set)
            for _, _, table, row_id in entries:
                if table in KINDS:
                    changed[table].add(row_id)
            rows: dict[str, list[Row]] = {}
            gone: dict[str, list[uuid.UUID]] = {}
            for table in SYNC_TABLES:
                ids = changed.get(table)
                if not ids:
                    continue
                rows[table] = self._rows(table, ids)
                seen = {_storage_id(table, r) for r in rows[table]}
                gone[table] = [i for i in ids if i not in seen]
            end = None
            if len(entries) < limit:  # all this login may see: past others' entries for good
                end = self.conn.execute(
                    "SELECT xid::text, seq FROM vipcrm_log_position(%s::xid8)", (xmin,)
                ).fetchone()
        last = Cursor(int(entries[-1][0]), int(entries[-1][1])) if entries else cursor
        if end is not None and end[0] is not None:
            last = max(last, Cursor(int(end[0]), int(end[1])))
        return PullPage(rows, gone, last, len(entries), len(entries) == limit)

    @_online
    def begin_snapshot(self) -> Cursor:
        """The newest entry of a finished transaction (every older one has finished too).

        Not the snapshot's xmin itself: ids at and above the newest one written to the WAL
        can be handed out again after a crash, and a cursor there would pass their entries.
        """
        with self.conn.transaction():
            xmin, horizon = self.conn.execute(
                "SELECT pg_snapshot_xmin(pg_current_snapshot())::text, log_horizon::text "
                "FROM central_meta"
            ).fetchone()
            last = self.conn.execute(
                "SELECT xid::text, seq FROM vipcrm_log_position(%s::xid8)", (xmin,)
            ).fetchone()
        return (
            Cursor(int(last[0]), int(last[1])) if last[0] is not None else Cursor(int(horizon), 0)
        )

    @_online
    def snapshot(self, table: str, after: uuid.UUID | None, limit: int) -> list[Row]:
        if after is None:
            return self.conn.execute(
                f"SELECT {SELECTS[table]} FROM {table} ORDER BY id LIMIT %s", (limit,)
            ).fetchall()
        return self.conn.execute(
            f"SELECT {SELECTS[table]} FROM {table} WHERE id > %s ORDER BY id LIMIT %s",
            (after, limit),
        ).fetchall()

    @_online
    def owned(self, table: str, ids: Collection[uuid.UUID]) -> dict[str, list[Row]]:
        out: dict[str, list[Row]] = defaultdict(list)

        def walk(parent: str, parent_ids: Collection[uuid.UUID]) -> None:
            for child, column in OWNED_CHILDREN.get(parent, ()):
                rows = self._rows(child, parent_ids, column)
                out[child].extend(rows)
                if rows and child in OWNED_CHILDREN:
                    walk(child, [_storage_id(child, r) for r in rows])

        if ids:
            walk(table, ids)
        return dict(out)

    @_online
    def digest(self, table: str, prefixes: Sequence[str], width: int) -> dict[str, Digest]:
        if table not in KINDS:
            raise ValueError(f"not a synchronised table: {table}")
        ranges = [id_range(p) for p in prefixes]
        within = (
            "JOIN unnest(%s::uuid[], %s::uuid[]) AS r(lo, hi) ON t.id BETWEEN r.lo AND r.hi "
            if prefixes
            else ""
        )
        params: list[Any] = [[lo for lo, _ in ranges], [hi for _, hi in ranges]] if prefixes else []
        found = self.conn.execute(
            f"SELECT left(replace(t.id::text, '-', ''), %s) AS bucket, count(*), "
            f"sum({ROW_HASH})::text FROM {table} t {within}GROUP BY bucket",
            [width, *params],
        ).fetchall()
        return {bucket: Digest(int(n), int(total) % 2**64) for bucket, n, total in found}

    @_online
    def rows(self, table: str, ids: Collection[uuid.UUID]) -> list[Row]:
        if table not in KINDS:
            raise ValueError(f"not a synchronised table: {table}")
        return self._rows(table, ids) if ids else []
