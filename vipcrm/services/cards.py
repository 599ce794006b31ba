"""Membership cards: start one, record each step on its way to the member (痕迹管理).

Every step is a ``card_steps`` row (who, when, the step, the state it led to, a note), and
the card row keeps the current state, since when, the delivery method and the agreed date
that the due engine reads. All in the caller's transaction.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import ColumnElement, Select, select
from sqlalchemy.orm import Session

from vipcrm.domain.actor import Actor
from vipcrm.domain.cards import CardStep as Step
from vipcrm.domain.cards import apply_step, delivery_method_for, initial_state
from vipcrm.domain.errors import ValidationError, msg
from vipcrm.domain.values import CardKind, CardState, DeliveryMethod, MemberStatus, Role, Tier
from vipcrm.services.context import Changes
from vipcrm.services.members import find_visible_member, visible_manager_ids
from vipcrm.store.models import Card, CardStep, Manager, Member

#: The step name recorded when a card is started (new: data collected; re-made: arrived).
START_STEPS = {CardKind.NEW: "data_collected", CardKind.REMAKE: "remake_arrived"}


def _require(actor: Actor, action: str) -> None:
    if not actor.bootstrap:
        actor.require(Role.MANAGER, Role.LEAD, Role.ADMIN, action=action)


def latest_card(session: Session, member: Member) -> Card | None:
    """The member's most recently changed card, whatever its state."""
    return session.scalar(
        select(Card)
        .where(Card.member_id == member.id, Card.deleted.is_(False))
        .order_by(Card.updated_at.desc(), Card.state_since.desc())
        .limit(1)
    )


def open_card(session: Session, member: Member) -> Card | None:
    """The member's card that is not yet confirmed received (the newest, if several)."""
    return session.scalar(
        select(Card)
        .where(
            Card.member_id == member.id,
            Card.deleted.is_(False),
            Card.state != CardState.RECEIVED,
        )
        .order_by(Card.state_since.desc(), Card.updated_at.desc())
        .limit(1)
    )


def start_card(
    session: Session,
    actor: Actor,
    member_ref: str,
    on: date,
    *,
    remake: bool = False,
    note: str = "",
) -> Changes:
    """Record the card data collected at first contact (or a re-made card that arrived)."""
    _require(actor, msg("start a card"))
    member = find_visible_member(session, actor, member_ref)
    if member.status is not MemberStatus.ACTIVE:
        raise ValidationError("member", msg("{phone} has left the club", phone=member.phone))
    current = open_card(session, member)
    if current is not None:
        raise ValidationError(
            "member",
            msg(
                "{phone} already has a card on its way (state {state} since {since}); "
                "record its next step with 'vipcrm card step'",
                phone=member.phone,
                state=current.state,
                since=current.state_since,
            ),
        )
    kind = CardKind.REMAKE if remake else CardKind.NEW
    _new_card(session, actor, member, kind, on, note)
    session.flush()
    return Changes(members=frozenset({member.id}), cards=True)


def _new_card(
    session: Session, actor: Actor, member: Member, kind: CardKind, on: date, note: str
) -> Card:
    state = initial_state(kind)
    card = Card(id=uuid.uuid4(), member_id=member.id, kind=kind, state=state, state_since=on)
    session.add(card)
    session.add(
        CardStep(
            card_id=card.id,
            step=START_STEPS[kind],
            state=state,
            on=on,
            manager_id=actor.manager_id,
            note=note.strip(),
        )
    )
    return card


def record_card_step(
    session: Session,
    actor: Actor,
    *,
    member_ref: str,
    step: Step | str,
    on: date,
    agreed_date: date | None = None,
    note: str = "",
    today: date | None = None,
) -> Changes:
    """Apply ``step`` to the member's open card; invalid steps name the allowed ones.

    A member with no open card whose step is ``data_sent`` gets a new card whose data
    counts as collected that day (the manager skipped ``card start``); any other step on
    a member without an open card is refused. ``door_agreed`` needs the agreed date.
    """
    _require(actor, msg("record a card step"))
    member = find_visible_member(session, actor, member_ref)
    if today is not None and on > today:
        raise ValidationError(
            "on", msg("{on} is in the future; record a step once it happened", on=on)
        )
    card = open_card(session, member)
    if card is None:
        if str(step) != Step.DATA_SENT.value:
            raise ValidationError(
                "member",
                msg(
                    "{phone} has no card on its way; start one with "
                    "'vipcrm card start --member ...' (--remake for a re-made card)",
                    phone=member.phone,
                ),
            )
        if member.status is not MemberStatus.ACTIVE:
            raise ValidationError("member", msg("{phone} has left the club", phone=member.phone))
        card = _new_card(session, actor, member, CardKind.NEW, on, "")
    new_state = apply_step(card.state, step)
    parsed = Step(str(step).strip().lower())
    if on < card.state_since:
        raise ValidationError(
            "on",
            msg(
                "{on} is before the card became {state} on {since}",
                on=on,
                state=card.state,
                since=card.state_since,
            ),
        )
    if parsed is Step.DOOR_AGREED:
        if agreed_date is None:
            raise ValidationError(
                "agreed-date",
                msg("{step} needs the date agreed with the member", step=Step.DOOR_AGREED),
            )
        if agreed_date < on:
            raise ValidationError(
                "agreed-date",
                msg("{agreed} is before the agreement ({on})", agreed=agreed_date, on=on),
            )
    elif agreed_date is not None:
        raise ValidationError(
            "agreed-date", msg("only goes with the step {step}", step=Step.DOOR_AGREED)
        )
    session.add(
        CardStep(
            card_id=card.id,
            step=parsed.value,
            state=new_state,
            on=on,
            manager_id=actor.manager_id,
            agreed_date=agreed_date,
            note=note.strip(),
        )
    )
    card.state = new_state
    card.state_since = on
    method = delivery_method_for(parsed)
    if method is not None:
        card.delivery_method = method
    if agreed_date is not None:
        card.agreed_date = agreed_date
    session.flush()
    return Changes(members=frozenset({member.id}), cards=True)


@dataclass(frozen=True)
class CardRow:
    """One card as the card list shows it."""

    card_id: uuid.UUID
    member_id: uuid.UUID
    member_name: str
    phone: str
    tier: Tier
    manager_code: str | None
    kind: CardKind
    state: CardState
    since: date
    delivery_method: DeliveryMethod | None
    agreed_date: date | None


def card_rows_statement(state: CardState | None = None) -> Select[*tuple[Any, ...]]:
    """Cards with their member and manager, oldest step first: those on their way
    (``state`` None: every state but received) or those in ``state``."""
    stmt = (
        select(
            Card.id,
            Member.id,
            Member.name,
            Member.phone,
            Member.tier,
            Manager.code,
            Card.kind,
            Card.state,
            Card.state_since,
            Card.delivery_method,
            Card.agreed_date,
        )
        .join(Member, Member.id == Card.member_id)
        .outerjoin(Manager, Manager.id == Member.manager_id)
        .where(Card.deleted.is_(False), Member.deleted.is_(False))
        .order_by(Card.state_since, Member.name, Card.id)
    )
    return stmt.where(Card.state != CardState.RECEIVED if state is None else Card.state == state)


def list_cards(
    session: Session,
    actor: Actor,
    *,
    state: CardState | None = None,
    since: date | None = None,
) -> list[CardRow]:
    """Cards of the members the actor may see: those on their way, or those in ``state``
    (only those in their state since ``since`` or later, when given)."""
    _require(actor, msg("list cards"))
    stmt = card_rows_statement(state)
    if since is not None:
        stmt = stmt.where(Card.state_since >= since)
    stmt = _in_scope(session, actor, stmt)
    return [CardRow(*row) for row in session.execute(stmt)]


def _in_scope(
    session: Session, actor: Actor, stmt: Select[*tuple[Any, ...]]
) -> Select[*tuple[Any, ...]]:
    """Only members of the books the actor sees (a lead also sees the unassigned)."""
    scope = visible_manager_ids(session, actor)
    if scope is None:
        return stmt
    owned: ColumnElement[bool] = Member.manager_id.in_(sorted(scope))
    if actor.role is Role.LEAD:
        owned = owned | Member.manager_id.is_(None)
    return stmt.where(owned)


@dataclass(frozen=True)
class CardStarter:
    """An active member the actor may see who has no card on its way (may start one)."""

    member_id: uuid.UUID
    name: str
    phone: str
    tier: Tier
    had_card: bool  # a card was received before: a new one is usually a re-made card


def card_starters(session: Session, actor: Actor) -> list[CardStarter]:
    """Who a card can be started for: visible active members without a card on its way."""
    _require(actor, msg("start a card"))
    open_cards = select(Card.member_id).where(
        Card.deleted.is_(False), Card.state != CardState.RECEIVED
    )
    had = select(Card.member_id).where(Card.deleted.is_(False), Card.state == CardState.RECEIVED)
    stmt = (
        select(Member.id, Member.name, Member.phone, Member.tier, Member.id.in_(had))
        .where(
            Member.deleted.is_(False),
            Member.status == MemberStatus.ACTIVE,
            Member.id.not_in(open_cards),
        )
        .order_by(Member.name_pinyin, Member.phone)
    )
    stmt = _in_scope(session, actor, stmt)
    return [CardStarter(*row) for row in session.execute(stmt)]
