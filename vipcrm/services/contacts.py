"""Logging contact attempts (calls, SMS, visits ...) with their outcome."""

from __future__ import annotations

import uuid
from datetime import datetime, timedelta

from sqlalchemy.orm import Session

from vipcrm.domain.actor import Actor
from vipcrm.domain.dates import local_date, utcnow
from vipcrm.domain.errors import NotFound, ValidationError, msg
from vipcrm.domain.values import Channel, MemberStatus, Outcome
from vipcrm.services.context import Changes
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


def confirm_group_sms(
    session: Session, actor: Actor, contact_ref: str, *, at: datetime | None = None
) -> tuple[ContactAttempt, Changes]:
    """Record that an SMS sent through the 12580 group platform was really sent (§4.3):
    the due item ``group_sms_check`` for it is closed. Once per SMS."""
    try:
        contact_id = uuid.UUID(str(contact_ref).strip())
    except ValueError:
        raise ValidationError(
            "contact",
            msg(
                "'{ref}' is not a contact id (the contact_id of the item in 'vipcrm due --json')",
                ref=contact_ref,
            ),
        ) from None
    attempt = session.get(ContactAttempt, contact_id)
    if attempt is None or attempt.deleted:
        raise NotFound(msg("{field}: no contact with id {ref}", field="contact", ref=contact_ref))
    member = find_visible_member(session, actor, str(attempt.member_id))
    if attempt.channel is not Channel.SMS or not attempt.group_sms:
        raise ValidationError(
            "contact", msg("this contact is not an SMS sent through the 12580 group platform")
        )
    if attempt.sent_confirmed_at is not None:
        raise ValidationError(
            "contact",
            msg(
                "this SMS was already confirmed as sent on {day}",
                day=local_date(attempt.sent_confirmed_at),
            ),
        )
    when = at or utcnow()
    if when > utcnow().replace(microsecond=0) + _GRACE:
        raise ValidationError("at", msg("a confirmation cannot be in the future"))
    if when < attempt.at:
        raise ValidationError("at", msg("an SMS cannot be confirmed before it was sent"))
    attempt.sent_confirmed_at = when
    session.flush()
    return attempt, Changes(members=frozenset({member.id}), contacts=True)
