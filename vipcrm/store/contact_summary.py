"""The per-member contact summary: what the due engine reads from the contact log, one row
per member, kept by SQLite triggers.

``contact_summary`` holds, per member, the latest non-deleted attempt (``last_at``), the
latest reached SMS, voice contact and contact of any channel, and the failed-call facts of
:class:`~vipcrm.domain.due.ContactFacts` relative to the member's ``assigned_on`` (copied
into the row): the latest failed call before the day of assignment as the database
compares it (``failed_before_at``), the first one on or after it (``failed_after_at``) and
the first reached contact not before that one (``reached_after_failed_at``) — exactly the
values :mod:`vipcrm.store.due_facts` otherwise seeks per member in ``contact_attempts``.
Timestamps are the stored UTC text, so the summary does not depend on a time zone.

It is derived, local data: every laptop keeps its own (never synchronised, not in the
outbox, not on PostgreSQL). Triggers keep it in the same transaction as every change, so
every path that writes attempts is covered without code of its own — a contact logged,
a phone bill imported, demo data, rows pulled by sync or copied afresh:

- an attempt inserted: folded into its member's row (a handful of comparisons; one seek
  when it becomes the first failed call since assignment);
- an attempt replacing a row of the same id with other values (``INSERT OR REPLACE``, as
  sync writes): the old member's row is recomputed without it first;
- an attempt changed (``deleted``, ``at``, channel, outcome, member) or hard-deleted:
  its member's row is recomputed from the log;
- a member's ``assigned_on`` changed, or a member arriving with another one than its
  row was made for: that member's row is recomputed.

A member with no row has no attempt (or only deleted ones). :func:`rebuild` recomputes
the whole table (``vipcrm reindex``; the revision that creates it). :mod:`vipcrm.store.due_facts`
reads it for the current facts and falls back to the seeks, member by member, where a
row cannot answer (attempts after the day asked about, a different ``assigned_on``).
"""

from __future__ import annotations

from collections.abc import Iterable
from enum import StrEnum

from sqlalchemy import Connection

from vipcrm.domain.due import UNREACHABLE_OUTCOMES, VOICE_CHANNELS
from vipcrm.domain.values import Channel, Outcome
from vipcrm.store.models import ContactSummary, table_of

TABLE = ContactSummary.__tablename__
COLUMNS = tuple(c.name for c in ContactSummary.__table__.columns)
#: Before any day of assignment, as SQLite compares dates (``date.min``).
_DAWN = "'0001-01-01'"


def _quoted(values: Iterable[StrEnum]) -> str:
    return "(" + ", ".join(f"'{v}'" for v in sorted(v.value for v in values)) + ")"


def _conditions(c: str) -> dict[str, str]:
    """The filters of the summary's columns over the attempt alias (or NEW/OLD) ``c``."""
    reached = f"{c}.outcome = '{Outcome.REACHED}'"
    return {
        "sms": f"{c}.channel = '{Channel.SMS}' AND {reached}",
        "voice": f"{c}.channel IN {_quoted(VOICE_CHANNELS)} AND {reached}",
        "reached": reached,
        "failed": f"{c}.channel = '{Channel.PHONE}' AND {c}.outcome IN {_quoted(UNREACHABLE_OUTCOMES)}",
    }


_C = _conditions("c")
_NEW = _conditions("NEW")


def _seek(member: str, where: str, *, first: bool = False, skip: str | None = None) -> str:
    """The member's newest (``first``: oldest) live attempt ``at`` matching ``where``."""
    without = f" AND c.id <> {skip}" if skip else ""
    order = "ASC" if first else "DESC"
    return (
        f"(SELECT c.at FROM contact_attempts c WHERE c.member_id = {member} AND c.deleted = 0"
        f"{without} AND {where} ORDER BY c.at {order} LIMIT 1)"
    )


def _recompute(source: str, member: str, *, skip: str | None = None, where: str = "") -> str:
    """(Re)write from the log the rows of the members ``member`` ranges over in ``source``
    (a FROM clause; ``where`` narrows it); ``skip``: an attempt id left out (the row
    being replaced)."""
    x = "x"
    return (
        f"INSERT OR REPLACE INTO {TABLE} ({', '.join(COLUMNS)}) "
        f"SELECT {x}.member_id, {_seek(f'{x}.member_id', '1', skip=skip)}, "
        f"{_seek(f'{x}.member_id', _C['sms'], skip=skip)}, "
        f"{_seek(f'{x}.member_id', _C['voice'], skip=skip)}, "
        f"{_seek(f'{x}.member_id', _C['reached'], skip=skip)}, "
        f"{x}.assigned_on, "
        f"{_seek(f'{x}.member_id', _C['failed'] + f' AND c.at < {x}.assigned_on', skip=skip)}, "
        f"{x}.failed_after_at, "
        f"{_seek(f'{x}.member_id', _C['reached'] + f' AND c.at >= {x}.failed_after_at', first=True, skip=skip)} "
        f"FROM (SELECT {member} AS member_id, a.assigned_on AS assigned_on, "
        f"{_seek(member, _C['failed'] + f' AND c.at >= coalesce(a.assigned_on, {_DAWN})', first=True, skip=skip)}"
        f" AS failed_after_at "
        f"FROM {source} LEFT JOIN members a ON a.id = {member}{where}) {x}"
    )


def _fold_new_attempt() -> str:
    """Fold the attempt NEW (not deleted) into its member's row (created when missing)."""
    n = _NEW
    failed_after = (
        f"{n['failed']} AND NEW.at >= coalesce(assigned_on, {_DAWN}) "
        "AND (failed_after_at IS NULL OR NEW.at < failed_after_at)"
    )

    def later(column: str, condition: str) -> str:
        return (
            f"{column} = CASE WHEN {condition} AND ({column} IS NULL OR NEW.at > {column}) "
            f"THEN NEW.at ELSE {column} END"
        )

    return (
        f"INSERT INTO {TABLE} ({', '.join(COLUMNS)}) "
        f"SELECT NEW.member_id, NEW.at, "
        f"CASE WHEN {n['sms']} THEN NEW.at END, "
        f"CASE WHEN {n['voice']} THEN NEW.at END, "
        f"CASE WHEN {n['reached']} THEN NEW.at END, "
        "a.assigned_on, "
        f"CASE WHEN {n['failed']} AND NEW.at < a.assigned_on THEN NEW.at END, "
        f"CASE WHEN {n['failed']} AND NEW.at >= coalesce(a.assigned_on, {_DAWN}) THEN NEW.at END, "
        "NULL "
        "FROM (SELECT (SELECT assigned_on FROM members WHERE id = NEW.member_id) AS assigned_on) a "
        "WHERE true "  # (an upsert's SELECT needs a WHERE before ON CONFLICT)
        "ON CONFLICT (member_id) DO UPDATE SET "
        + ", ".join(
            [
                later("last_at", "1"),
                later("last_sms_reached_at", n["sms"]),
                later("last_voice_reached_at", n["voice"]),
                later("last_reached_at", n["reached"]),
                later("failed_before_at", f"{n['failed']} AND NEW.at < assigned_on"),
                f"failed_after_at = CASE WHEN {failed_after} THEN NEW.at ELSE failed_after_at END",
                # A new first failed call: the first reached contact after it is sought
                # again; a reached contact after the first failed call may be the first.
                "reached_after_failed_at = CASE "
                f"WHEN {failed_after} THEN "
                f"{_seek('NEW.member_id', _C['reached'] + ' AND c.at >= NEW.at', first=True)} "
                f"WHEN {n['reached']} AND NEW.at >= failed_after_at AND "
                "(reached_after_failed_at IS NULL OR NEW.at < reached_after_failed_at) THEN NEW.at "
                "ELSE reached_after_failed_at END",
            ]
        )
    )


def _one(member: str) -> str:
    """A FROM clause of the one member ``member`` (for :func:`_recompute`)."""
    return f"(SELECT {member} AS member_id) one"


def _changed(old: str) -> str:
    """The attempt ``old`` and NEW differ in a column the summary reads."""
    columns = ("member_id", "deleted", "at", "channel", "outcome")
    return " OR ".join(f"{old}.{c} IS NOT NEW.{c}" for c in columns)


#: name -> CREATE TRIGGER statement.
TRIGGERS: dict[str, str] = {
    "contact_summary_attempt_added": (
        "CREATE TRIGGER contact_summary_attempt_added AFTER INSERT ON contact_attempts "
        f"WHEN NEW.deleted = 0 BEGIN {_fold_new_attempt()}; END"
    ),
    "contact_summary_attempt_replaced": (
        "CREATE TRIGGER contact_summary_attempt_replaced BEFORE INSERT ON contact_attempts "
        "WHEN EXISTS (SELECT 1 FROM contact_attempts o WHERE o.id = NEW.id "
        f"AND o.deleted = 0 AND ({_changed('o')})) BEGIN "
        + _recompute(
            _one("(SELECT member_id FROM contact_attempts WHERE id = NEW.id)"),
            "one.member_id",
            skip="NEW.id",
        )
        + "; END"
    ),
    "contact_summary_attempt_changed": (
        "CREATE TRIGGER contact_summary_attempt_changed AFTER UPDATE OF "
        f"member_id, deleted, at, channel, outcome ON contact_attempts WHEN {_changed('OLD')} BEGIN "
        f"{_recompute(_one('OLD.member_id'), 'one.member_id')}; "
        f"{_recompute(_one('NEW.member_id'), 'one.member_id', where=' WHERE NEW.member_id IS NOT OLD.member_id')}; "
        "END"
    ),
    "contact_summary_attempt_removed": (
        "CREATE TRIGGER contact_summary_attempt_removed AFTER DELETE ON contact_attempts "
        f"WHEN OLD.deleted = 0 BEGIN {_recompute(_one('OLD.member_id'), 'one.member_id')}; END"
    ),
    "contact_summary_member_assigned": (
        "CREATE TRIGGER contact_summary_member_assigned AFTER UPDATE OF assigned_on ON members "
        "WHEN OLD.assigned_on IS NOT NEW.assigned_on "
        f"AND EXISTS (SELECT 1 FROM {TABLE} WHERE member_id = NEW.id) BEGIN "
        f"{_recompute(_one('NEW.id'), 'one.member_id')}; END"
    ),
    "contact_summary_member_arrived": (
        "CREATE TRIGGER contact_summary_member_arrived AFTER INSERT ON members "
        f"WHEN EXISTS (SELECT 1 FROM {TABLE} WHERE member_id = NEW.id "
        "AND assigned_on IS NOT NEW.assigned_on) BEGIN "
        f"{_recompute(_one('NEW.id'), 'one.member_id')}; END"
    ),
}


def install(connection: Connection) -> None:
    """Create the table (when missing) and its triggers, and fill it from the log. SQLite
    only: the central PostgreSQL store has no use for it."""
    if connection.dialect.name != "sqlite":
        return
    table_of(ContactSummary).create(connection, checkfirst=True)
    drop_triggers(connection)
    for sql in TRIGGERS.values():
        connection.exec_driver_sql(sql)
    rebuild(connection)


def drop_triggers(connection: Connection) -> None:
    for name in TRIGGERS:
        connection.exec_driver_sql(f"DROP TRIGGER IF EXISTS {name}")


#: Recompute every row from the log (``vipcrm reindex``, the revision that creates it).
REBUILD = (
    f"DELETE FROM {TABLE}",
    _recompute(
        "(SELECT DISTINCT member_id FROM contact_attempts WHERE deleted = 0) live",
        "live.member_id",
    ),
)


def rebuild(connection: Connection) -> None:
    """:data:`REBUILD` in the caller's transaction."""
    for sql in REBUILD:
        connection.exec_driver_sql(sql)
