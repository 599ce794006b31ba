"""The service rules and gift caps as data: read what is in force on a date, change them.

Changes apply from a date (``effective_from``) and never rewrite the past: a gift keeps
the cap it was requested under, and a due date computed for an earlier day uses the rules
of that day. Only a lead or an administrator may change rules.
"""

from __future__ import annotations

import json
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from vipcrm.domain.actor import Actor
from vipcrm.domain.errors import ValidationError, msg
from vipcrm.domain.rules import ServiceRules
from vipcrm.domain.values import Occasion, Role, Tier
from vipcrm.services.context import Changes
from vipcrm.store.models import GiftCapRule, RuleSetting
from vipcrm.store.rules_data import (
    CapRow,
    caps_in_force,
    rules_and_problems,
    rules_in_force,
    stored_rule_values,
)

__all__ = [
    "CapRow",
    "caps_in_force",
    "rules_and_problems",
    "rules_in_force",
    "set_gift_cap",
    "set_rule",
    "stored_rule_values",
]


def set_rule(
    session: Session, actor: Actor, *, key: str, value_text: str, effective_from: date
) -> Changes:
    """Set one rule from ``effective_from`` on; ``value_text`` is JSON (``5``, ``{"gold": 2}``).

    The value must fit the rule's schema (type, range, unit: :data:`RULE_SPECS`); a value
    that does not is refused with a sentence naming the range, and nothing is written.
    """
    actor.require(Role.LEAD, Role.ADMIN, action=msg("change a service rule"))
    try:
        value = json.loads(value_text)
    except json.JSONDecodeError:
        raise ValidationError(
            key,
            msg(
                "'{text}' is not a JSON value (e.g. 5 or {example})",
                text=value_text,
                example='{"gold": 1}',
            ),
        ) from None
    current = ServiceRules().to_mapping()
    if key in current and isinstance(current[key], dict) and isinstance(value, dict):
        value = {**stored_rule_values(session, effective_from).get(key, current[key]), **value}
    value = ServiceRules.from_mapping({key: value}).to_mapping()[key]  # the rule's schema
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
    actor.require(Role.LEAD, Role.ADMIN, action=msg("change a gift cap"))
    if cap_fen < 0:
        raise ValidationError("amount", msg("a cap cannot be negative"))
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
