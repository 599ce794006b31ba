"""Read-side queries for the member page: the timeline and the tier history, as plain values.

The timeline is everything that happened to one member, newest first: contact attempts,
membership-card steps, gifts (requested, decided, delivered), tier changes and notes.
Each event is a small frozen dataclass with structured fields; screens turn them into
text in the user's language.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import UTC, date, datetime, time
from enum import StrEnum
from functools import partial

from sqlalchemy import select
from sqlalchemy.orm import Session

from vipcrm.domain.dates import DEFAULT_TZ
from vipcrm.domain.values import (
    CardState,
    Channel,
    GiftStatus,
    Occasion,
    Outcome,
    Tier,
    TierChange,
)
from vipcrm.store.models import (
    AuditEntry,
    Card,
    CardStep,
    ContactAttempt,
    Gift,
    Manager,
    MemberNote,
    TierHistory,
)


class EventKind(StrEnum):
    CONTACT = "contact"
    CARD = "card"
    GIFT = "gift"
    TIER = "tier"
    NOTE = "note"
    CHANGE = "change"  # a profile field changed (from the audit trail)


@dataclass(frozen=True)
class TimelineEvent:
    """One thing that happened. ``at`` is UTC; only the fields of its kind are set."""

    at: datetime
    kind: EventKind
    by: str | None = None  # the manager's name, when known
    channel: Channel | None = None
    outcome: Outcome | None = None
    group_sms: bool = False
    card_step: str | None = None
    card_state: CardState | None = None
    occasion: Occasion | None = None
    gift_status: GiftStatus | None = None
    amount_fen: int = 0
    tier: Tier | None = None
    tier_change: TierChange | None = None
    month: str | None = None
    text: str = ""


@dataclass(frozen=True)
class TierMonth:
    month: str
    tier: Tier | None
    change: TierChange
    points: int
    monthly_spend_fen: int


def _day_start(d: date) -> datetime:
    """A calendar date's local midnight as a UTC moment (for dated, untimed events)."""
    return datetime.combine(d, time(0), DEFAULT_TZ).astimezone(UTC)


def _aware(moment: datetime) -> datetime:
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=UTC)


def _manager_names(session: Session) -> dict[uuid.UUID, str]:
    return {mid: name for mid, name in session.execute(select(Manager.id, Manager.name))}


def member_timeline(
    session: Session,
    member_id: uuid.UUID,
    kinds: frozenset[EventKind] | None = None,
    limit: int | None = None,
) -> list[TimelineEvent]:
    """Everything that happened to ``member_id``, newest first (``kinds`` None: all)."""
    wanted = kinds or frozenset(EventKind)
    names = _manager_names(session)
    events: list[TimelineEvent] = []
    if EventKind.CONTACT in wanted:
        for c in session.scalars(
            select(ContactAttempt).where(
                ContactAttempt.member_id == member_id, ContactAttempt.deleted.is_(False)
            )
        ):
            events.append(
                TimelineEvent(
                    at=_aware(c.at),
                    kind=EventKind.CONTACT,
                    by=names.get(c.manager_id) if c.manager_id else None,
                    channel=c.channel,
                    outcome=c.outcome,
                    group_sms=c.group_sms,
                    text=c.note,
                )
            )
    if EventKind.CARD in wanted:
        steps = session.scalars(
            select(CardStep)
            .join(Card, CardStep.card_id == Card.id)
            .where(Card.member_id == member_id, CardStep.deleted.is_(False))
        )
        for s in steps:
            events.append(
                TimelineEvent(
                    at=_aware(s.at),
                    kind=EventKind.CARD,
                    by=names.get(s.manager_id) if s.manager_id else None,
                    card_step=s.step,
                    card_state=s.state,
                    text=s.note,
                )
            )
    if EventKind.GIFT in wanted:
        events.extend(_gift_events(session, member_id, names))
    if EventKind.TIER in wanted:
        for t in tier_history(session, member_id):
            year, month = (int(p) for p in t.month.split("-"))
            events.append(
                TimelineEvent(
                    at=_day_start(date(year, month, 1)),
                    kind=EventKind.TIER,
                    tier=t.tier,
                    tier_change=t.change,
                    month=t.month,
                )
            )
    if EventKind.NOTE in wanted:
        for n in session.scalars(
            select(MemberNote).where(
                MemberNote.member_id == member_id, MemberNote.deleted.is_(False)
            )
        ):
            events.append(
                TimelineEvent(
                    at=_aware(n.at),
                    kind=EventKind.NOTE,
                    by=names.get(n.manager_id) if n.manager_id else None,
                    text=n.text,
                )
            )
    if EventKind.CHANGE in wanted:
        for a in session.scalars(
            select(AuditEntry).where(
                AuditEntry.table_name == "members",
                AuditEntry.row_id == member_id,
                AuditEntry.op == "update",
            )
        ):
            fields = "; ".join(
                f"{k}: {b or '—'} → {v or '—'}" for k, (b, v) in sorted(a.changes.items())
            )
            events.append(
                TimelineEvent(at=_aware(a.at), kind=EventKind.CHANGE, by=a.actor_code, text=fields)
            )
    events.sort(key=lambda e: e.at, reverse=True)
    return events[:limit] if limit is not None else events


def _gift_events(
    session: Session, member_id: uuid.UUID, names: dict[uuid.UUID, str]
) -> list[TimelineEvent]:
    out = []
    for g in session.scalars(
        select(Gift).where(Gift.member_id == member_id, Gift.deleted.is_(False))
    ):
        event = partial(
            TimelineEvent, kind=EventKind.GIFT, occasion=g.occasion, amount_fen=g.amount_fen
        )
        out.append(
            event(
                at=_aware(g.requested_at),
                by=names.get(g.requested_by_id) if g.requested_by_id else None,
                gift_status=GiftStatus.PENDING,
                text=g.items,
            )
        )
        decided = g.status in (GiftStatus.APPROVED, GiftStatus.REJECTED, GiftStatus.DELIVERED)
        if g.decided_at is not None and decided and g.decided_at != g.requested_at:
            status = GiftStatus.REJECTED if g.status is GiftStatus.REJECTED else GiftStatus.APPROVED
            out.append(
                event(
                    at=_aware(g.decided_at),
                    by=names.get(g.decided_by_id) if g.decided_by_id else None,
                    gift_status=status,
                    text=g.decision_comment,
                )
            )
        if g.status is GiftStatus.DELIVERED and g.delivered_on is not None:
            out.append(
                event(
                    at=_aware(g.closed_at) if g.closed_at else _day_start(g.delivered_on),
                    by=names.get(g.closed_by_id) if g.closed_by_id else None,
                    gift_status=GiftStatus.DELIVERED,
                    text=g.delivered_how,
                )
            )
        if g.status is GiftStatus.CANCELLED and g.closed_at is not None:
            out.append(
                event(
                    at=_aware(g.closed_at),
                    by=names.get(g.closed_by_id) if g.closed_by_id else None,
                    gift_status=GiftStatus.CANCELLED,
                )
            )
    return out


def tier_history(session: Session, member_id: uuid.UUID) -> list[TierMonth]:
    """The member's grading month by month, newest first."""
    rows = session.scalars(
        select(TierHistory)
        .where(TierHistory.member_id == member_id, TierHistory.deleted.is_(False))
        .order_by(TierHistory.month.desc())
    )
    return [
        TierMonth(
            month=t.month,
            tier=t.tier,
            change=t.change,
            points=t.points,
            monthly_spend_fen=t.monthly_spend_fen,
        )
        for t in rows
    ]
