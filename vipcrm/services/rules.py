"""The service rules and gift caps as data: read what is in force on a date, change them.

Changes apply from a date (``effective_from``) and never rewrite the past: a gift keeps
the cap it was requested under, and a due date computed for an earlier day uses the rules
of that day. Only a lead or an administrator may change rules.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from vipcrm.domain.errors import ValidationError
from vipcrm.domain.rules import ServiceRules
from vipcrm.domain.values import Occasion, Role, Tier
from vipcrm.services.context import Actor, Changes
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
    """For each rule key, the stored value with the latest ``effective_from`` on or before ``on``."""
    values: dict[str, Any] = {}
    rows = session.execute(
        select(RuleSetting.key, RuleSetting.value)
        .where(RuleSetting.effective_from <= on, RuleSetting.deleted.is_(False))
        .order_by(RuleSetting.key, RuleSetting.effective_from)
    )
    for key, value in rows:
        values[key] = value  # later rows overwrite earlier ones
    return values


def rules_in_force(session: Session, on: date) -> ServiceRules:
    return ServiceRules.from_mapping(stored_rule_values(session, on))


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


def set_rule(
    session: Session, actor: Actor, *, key: str, value_text: str, effective_from: date
) -> Changes:
    """Set one rule from ``effective_from`` on; ``value_text`` is JSON (``5``, ``{"gold": 2}``)."""
    actor.require(Role.LEAD, Role.ADMIN, action="change a service rule")
    try:
        value = json.loads(value_text)
    except json.JSONDecodeError:
        raise ValidationError(
            key, f"'{value_text}' is not a JSON value (e.g. 5 or {{\"gold\": 1}})"
        ) from None
    current = ServiceRules().to_mapping()
    if key in current and isinstance(current[key], dict) and isinstance(value, dict):
        value = {**stored_rule_values(session, effective_from).get(key, current[key]), **value}
    ServiceRules.from_mapping({key: value})  # validates key and type
    row = session.scalar(
        select(RuleSetting).where(
            RuleSetting.key == key, RuleSetting.effective_from == effective_from
        )
    )
    if row is None:
        session.add(RuleSetting(key=key, value=value, effective_from=effective_from))
    else:
        row.value = value
    session.flush()
    return Changes(everything=True)


def set_gift_cap(
    session: Session,
    actor: Actor,
    *,
    occasion: Occasion,
    tier: Tier,
    cap_fen: int,
    effective_from: date,
    gift_zh: str | None = None,
    gift_en: str | None = None,
) -> Changes:
    actor.require(Role.LEAD, Role.ADMIN, action="change a gift cap")
    if cap_fen < 0:
        raise ValidationError("amount", "a cap cannot be negative")
    current = {(c.occasion, c.tier): c for c in caps_in_force(session, effective_from)}.get(
        (occasion, tier)
    )
    row = session.scalar(
        select(GiftCapRule).where(
            GiftCapRule.occasion == occasion,
            GiftCapRule.tier == tier,
            GiftCapRule.effective_from == effective_from,
        )
    )
    zh = gift_zh or (current.gift_zh if current else "")
    en = gift_en or (current.gift_en if current else "")
    if row is None:
        session.add(
            GiftCapRule(
                occasion=occasion,
                tier=tier,
                cap_fen=cap_fen,
                gift_zh=zh,
                gift_en=en,
                effective_from=effective_from,
            )
        )
    else:
        row.cap_fen, row.gift_zh, row.gift_en = cap_fen, zh, en
    session.flush()
    return Changes(gifts=True)
