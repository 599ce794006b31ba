"""Which tables travel, in which order, who owns whom, and how values look on the wire.

Both sides use the same catalogue: the synchronised tables are the models that mix in
:class:`~vipcrm.store.models.Synced`, in foreign-key order. A row travels in *storage
form* — exactly what the local SQLite file holds (UUIDs as 32 hex digits, UTC timestamps
as ``YYYY-MM-DD HH:MM:SS.ffffff``, dates ``YYYY-MM-DD``, booleans 0/1, JSON as text) — so
the central store renders it in SQL and the laptop writes it with one ``executemany``.
Pushed changes travel in the outbox's JSON form (:func:`vipcrm.store.outbox.to_json`) and
are turned back into typed values with :func:`typed`.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import JSON, Boolean, Date, Integer, Table, Uuid

from vipcrm.store.models import SYNCED_MODELS, Base
from vipcrm.store.types import UTCDateTime

#: Synchronised tables in foreign-key order (parents first).
SYNC_TABLES: tuple[str, ...] = tuple(
    t.name
    for t in Base.metadata.sorted_tables
    if t.name in {m.__tablename__ for m in SYNCED_MODELS}
)

MODEL_BY_TABLE = {m.__tablename__: m for m in SYNCED_MODELS}

#: Rows that belong to a parent row: when the parent leaves a laptop (reassigned, another
#: team), these go with it; when it arrives, they are fetched with it.
OWNED_CHILDREN: Mapping[str, tuple[tuple[str, str], ...]] = {
    "members": (
        ("tier_history", "member_id"),
        ("member_notes", "member_id"),
        ("contact_attempts", "member_id"),
        ("benefit_uses", "member_id"),
        ("cards", "member_id"),
        ("gifts", "member_id"),
        ("audit_log", "member_id"),  # before/after values of the member's fields
        ("campaign_targets", "member_id"),  # a campaign's members move with the member
        ("campaign_outcomes", "member_id"),
    ),
    "cards": (("card_steps", "card_id"),),
    "service_plans": (("plan_items", "plan_id"),),
}

#: Readable by every user (no member data): the directory, the rules, the calendar.
DIRECTORY_TABLES = (
    "teams",
    "managers",
    "group_customers",
    "rules",
    "gift_caps",
    "benefits",
    "calendar_days",
)

#: Append-only facts: never edited after the fact, so never in conflict.
APPEND_ONLY = (
    "contact_attempts",
    "card_steps",
    "member_notes",
    "benefit_uses",
    "audit_log",
    "campaign_targets",  # the members a campaign targets, written once when it is added
    "campaign_outcomes",  # two laptops' outcomes for one member are both kept
)

#: Fields only the server sets (its own accounting); a laptop's value is not applied.
SERVER_FIELDS: Mapping[str, frozenset[str]] = {
    "gifts": frozenset(
        {
            "manager_id",
            "budget_id",
            "cap_fen",
            "pending_reason",
            "requested_by_id",
            "decided_by_id",
            "decided_at",
            "closed_by_id",
            "closed_at",
        }
    ),
    "budgets": frozenset({"committed_fen", "spent_fen"}),
}

#: Fields where the server is the authority: a laptop's edit made from a value the server
#: no longer holds is refused (not a conflict to pick from).
AUTHORITATIVE_FIELDS: Mapping[str, frozenset[str]] = {
    "members": frozenset({"manager_id", "tier"}),
    "gifts": frozenset({"status", "amount_fen", "member_id"}),
    "cards": frozenset({"state", "kind", "member_id"}),
    "contact_attempts": frozenset({"sent_confirmed_at"}),  # set once (a 12580 confirmation)
    "service_plans": frozenset({"status", "submitted_version", "approved_version"}),
    "budgets": frozenset({"team_id", "manager_id", "period"}),
}

#: Counters that merge as differences (new - base), never as absolute values.
COUNTER_FIELDS: Mapping[str, frozenset[str]] = {"budgets": frozenset({"allocated_fen"})}

#: Status changes that are decisions: valid only for the row version the decider saw.
DECISIONS: Mapping[str, tuple[str, frozenset[str]]] = {
    "gifts": ("status", frozenset({"approved", "rejected"})),
    "service_plans": ("status", frozenset({"approved", "rejected"})),
}

#: Fields derived from another field on the laptop (not recorded as conflicts of their own).
DERIVED_FIELDS: Mapping[str, Mapping[str, str]] = {"members": {"name_pinyin": "name"}}

#: Rows that ride along with a change (the audit trail): not counted as changes for people.
BOOKKEEPING_TABLES = ("audit_log",)

#: Tables the server writes itself; a laptop's rows are answered, never applied.
SERVER_TABLES = ("budget_adjustments",)


def table(name: str) -> Table:
    return Base.metadata.tables[name]


@dataclass(frozen=True)
class Column:
    name: str
    kind: str  # uuid | timestamp | date | bool | json | int | text


def _kind(col: Any) -> str:
    t = col.type
    if isinstance(t, Uuid):
        return "uuid"
    if isinstance(t, UTCDateTime):
        return "timestamp"
    if isinstance(t, Date):
        return "date"
    if isinstance(t, Boolean):
        return "bool"
    if isinstance(t, JSON):
        return "json"
    if isinstance(t, Integer):
        return "int"
    return "text"


def columns(name: str) -> tuple[Column, ...]:
    return tuple(Column(c.name, _kind(c)) for c in table(name).columns)


def column_kinds(name: str) -> dict[str, str]:
    return {c.name: c.kind for c in columns(name)}


def pg_storage_select(name: str, alias: str = "") -> str:
    """The SQL select list that renders a PostgreSQL row in storage form."""
    prefix = f"{alias}." if alias else ""
    parts = []
    for c in columns(name):
        ref = f'{prefix}"{c.name}"'
        if c.kind == "uuid":
            parts.append(f"replace({ref}::text, '-', '')")
        elif c.kind == "timestamp":
            parts.append(f"to_char({ref} AT TIME ZONE 'UTC', 'YYYY-MM-DD HH24:MI:SS.US')")
        elif c.kind == "date":
            parts.append(f"to_char({ref}, 'YYYY-MM-DD')")
        elif c.kind == "bool":
            parts.append(f"{ref}::int")
        elif c.kind == "json":
            parts.append(f"{ref}::text")
        else:
            parts.append(ref)
    return ", ".join(parts)


def typed(kind: str, value: Any) -> Any:
    """A value in the outbox's JSON form → the Python value (UUID, aware datetime, date ...)."""
    if value is None:
        return None
    if kind == "uuid":
        return value if isinstance(value, uuid.UUID) else uuid.UUID(str(value))
    if kind == "timestamp":
        return value if isinstance(value, datetime) else datetime.fromisoformat(value)
    if kind == "date":
        return value if isinstance(value, date) else date.fromisoformat(value)
    if kind == "bool":
        return bool(value)
    if kind == "int":
        return int(value)
    return value


def same(kind: str, a: Any, b: Any) -> bool:
    """Equal as values (``'2026-11-22T10:00:00+00:00'`` equals the datetime it names)."""
    if kind == "json":
        return json.dumps(a, sort_keys=True) == json.dumps(b, sort_keys=True)
    return bool(typed(kind, a) == typed(kind, b))


def id_index(name: str) -> int:
    """Where ``id`` sits in a storage-form row of ``name``."""
    return [c.name for c in columns(name)].index("id")
