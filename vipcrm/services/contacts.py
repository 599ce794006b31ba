"""Logging contact attempts (calls, SMS, visits ...) with their outcome."""

from __future__ import annotations

from datetime import datetime, timedelta

from sqlalchemy.orm import Session

from vipcrm.domain.dates import utcnow
from vipcrm.domain.errors import ValidationError, msg
from vipcrm.domain.values import Channel, MemberStatus, Outcome
from vipcrm.services.context import Actor, Changes
from vipcrm.services.members import find_visible_member
from vipcrm.store.models import ContactAttempt

_GRACE = timedelta(minutes=5)  # clocks differ a little; the future does not


def log_contact(
    session: Session,
    actor: Actor,
    *,
    member_ref: str,
    channel: Channel,
    outcome: Outcome,
    at: datetime | None = None,
    note: str = "",
    group_sms: bool = False,
) -> tuple[ContactAttempt, Changes]:
    """Record one attempt; only a reached contact resets the cadence (the rules engine decides)."""
    member = find_visible_member(session, actor, member_ref)
    if member.status is not MemberStatus.ACTIVE:
        raise ValidationError(
            "member",
            msg("{phone} has left the club; contacts are no longer logged", phone=member.phone),
        )
    when = at or utcnow()
    if when > utcnow().replace(microsecond=0) + _GRACE:
        raise ValidationError("at", msg("a contact cannot be logged in the future"))
    if group_sms and channel is not Channel.SMS:
        raise ValidationError("group-sms", msg("only an SMS can go through the group platform"))
    attempt = ContactAttempt(
        member_id=member.id,
        manager_id=actor.manager_id or member.manager_id,
        at=when,
        channel=channel,
        outcome=outcome,
        group_sms=group_sms,
        note=note.strip(),
    )
    session.add(attempt)
    session.flush()
    return attempt, Changes(members=frozenset({member.id}), contacts=True)
