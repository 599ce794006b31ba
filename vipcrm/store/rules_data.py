"""The service rules and gift caps in force on a date, read from the ``rules`` and
``gift_caps`` tables (per key, the row with the latest ``effective_from`` on or before it)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from vipcrm.domain.errors import Message
from vipcrm.domain.rules import ServiceRules
from vipcrm.domain.values import Occasion, Tier
from vipcrm.store.models import GiftCapRule, RuleSetting


@dataclass(frozen=True)
class CapRow:
    occasion: Occasion
    tier: Tier
    cap_fen: int
    gift_zh: str
    gift_en: str
    effective_from: date


def stored_rule_values(session: Session, on: date) -> dict[str, Any]:
    values: dict[str, Any] = {}
    rows = session.execute(
        select(RuleSetting.key, RuleSetting.value)
        .where(RuleSetting.effective_from <= on, RuleSetting.deleted.is_(False))
        .order_by(RuleSetting.key, RuleSetting.effective_from)
    )
    for key, value in rows:
        values[key] = value  # later rows overwrite earlier ones
    return values


def rules_and_problems(session: Session, on: date) -> tuple[ServiceRules, tuple[Message, ...]]:
    """The rules in force on ``on``, and a sentence per rule whose latest stored value does
    not fit its schema (a value that arrived by sync from an older or tampered client):
    that value is not used, the rule's previous value (or default) is."""
    rows = session.execute(
        select(RuleSetting.key, RuleSetting.value)
        .where(RuleSetting.effective_from <= on, RuleSetting.deleted.is_(False))
        .order_by(RuleSetting.key, RuleSetting.effective_from)
    )
    return ServiceRules.from_stored((key, value) for key, value in rows)


def rules_in_force(session: Session, on: date) -> ServiceRules:
    """The rules in force on ``on`` (stored values that do not fit are left out)."""
    return rules_and_problems(session, on)[0]


def caps_in_force(session: Session, on: date) -> list[CapRow]:
    latest: dict[tuple[Occasion, Tier], CapRow] = {}
    rows = session.scalars(
        select(GiftCapRule)
        .where(GiftCapRule.effective_from <= on, GiftCapRule.deleted.is_(False))
        .order_by(GiftCapRule.effective_from)
    )
    for r in rows:
        latest[(r.occasion, r.tier)] = CapRow(
            r.occasion, r.tier, r.cap_fen, r.gift_zh, r.gift_en, r.effective_from
        )
    return sorted(latest.values(), key=lambda c: (list(Occasion).index(c.occasion), c.tier.rank))


def birthday_caps_in_force(
    session: Session, on: date, occasion: Occasion = Occasion.BIRTHDAY
) -> dict[Tier, int]:
    """Birthday (or key-person birthday) gift caps (fen) by tier in force on ``on``."""
    return {c.tier: c.cap_fen for c in caps_in_force(session, on) if c.occasion is occasion}
