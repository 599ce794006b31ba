"""The work log (工作日志): a manager's own contact attempts by day or week, with counts.

A manager sees their own log; a team lead may also read the log of a manager in their
team (for the periodic review), an administrator anyone's. Days are local calendar days
in the configured time zone; the attempts are stored in UTC.
"""

from __future__ import annotations

import uuid
from collections import Counter
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta, tzinfo

from sqlalchemy import select
from sqlalchemy.orm import Session

from vipcrm.domain.actor import Actor
from vipcrm.domain.dates import DEFAULT_TZ, local_date, week_start
from vipcrm.domain.errors import PermissionDenied, ValidationError, msg
from vipcrm.domain.values import Channel, ContactSource, Outcome, Role, Tier
from vipcrm.services.directory import find_manager
from vipcrm.store.models import ContactAttempt, Manager, Member
from vipcrm.store.queries import referenced

MAX_DAYS = 366


@dataclass(frozen=True)
class LogEntry:
    at: datetime  # UTC
    day: date  # local
    member_id: uuid.UUID
    member_name: str
    phone: str
    tier: Tier
    channel: Channel
    outcome: Outcome
    group_sms: bool
    note: str
    source: ContactSource = ContactSource.HAND  # typed, or imported from the phone bill


@dataclass(frozen=True)
class WorkLog:
    manager_code: str
    manager_name: str
    start: date
    end: date
    entries: tuple[LogEntry, ...]  # newest first, after the channel/outcome filter
    by_channel: dict[Channel, int]  # over the whole period (unfiltered)
    by_outcome: dict[Outcome, int]
    by_day: dict[date, int]
    total: int


def week_of(day: date) -> tuple[date, date]:
    """Monday and Sunday of the calendar week holding ``day``."""
    start = week_start(day)
    return start, start + timedelta(days=6)


def _whose(session: Session, actor: Actor, manager_code: str | None) -> Manager:
    if manager_code is None or manager_code == actor.code:
        if actor.manager_id is None:
            raise ValidationError("manager", msg("name a manager: this user keeps no work log"))
        return referenced(session, Manager, actor.manager_id)
    who = find_manager(session, manager_code)
    if actor.role is Role.ADMIN or (actor.role is Role.LEAD and actor.team_id == who.team_id):
        return who
    raise PermissionDenied(
        msg(
            "{field}: {actor} may not read {manager}'s work log",
            field="manager",
            actor=actor.code,
            manager=who.code,
        )
    )


def work_log(
    session: Session,
    actor: Actor,
    *,
    start: date,
    end: date,
    manager_code: str | None = None,
    channel: Channel | None = None,
    outcome: Outcome | None = None,
    tz: tzinfo = DEFAULT_TZ,
) -> WorkLog:
    """The attempts logged by the manager on local days ``start``..``end`` (inclusive)."""
    if end < start:
        raise ValidationError("end", msg("the period ends before it starts"))
    if (end - start).days >= MAX_DAYS:
        raise ValidationError("end", msg("a work log covers at most {days} days", days=MAX_DAYS))
    who = _whose(session, actor, manager_code)
    since = datetime.combine(start, time(0), tz).astimezone(UTC)
    until = datetime.combine(end + timedelta(days=1), time(0), tz).astimezone(UTC)
    rows = session.execute(
        select(ContactAttempt, Member.name, Member.phone, Member.tier)
        .join(Member, ContactAttempt.member_id == Member.id)
        .where(
            ContactAttempt.manager_id == who.id,
            ContactAttempt.deleted.is_(False),
            ContactAttempt.at >= since,
            ContactAttempt.at < until,
        )
        .order_by(ContactAttempt.at.desc(), ContactAttempt.id)
    ).all()
    all_entries = [
        LogEntry(
            at=c.at if c.at.tzinfo else c.at.replace(tzinfo=UTC),
            day=local_date(c.at, tz),
            member_id=c.member_id,
            member_name=name,
            phone=phone,
            tier=tier,
            channel=c.channel,
            outcome=c.outcome,
            group_sms=c.group_sms,
            note=c.note,
            source=c.source,
        )
        for c, name, phone, tier in rows
    ]
    shown = tuple(
        e
        for e in all_entries
        if (channel is None or e.channel is channel) and (outcome is None or e.outcome is outcome)
    )
    return WorkLog(
        manager_code=who.code,
        manager_name=who.name,
        start=start,
        end=end,
        entries=shown,
        by_channel=dict(Counter(e.channel for e in all_entries)),
        by_outcome=dict(Counter(e.outcome for e in all_entries)),
        by_day=dict(Counter(e.day for e in all_entries)),
        total=len(all_entries),
    )
