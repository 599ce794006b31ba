"""Default rules and gift caps as rows, with ids every installation derives the same way.

Seeded ids are UUIDv5 of a fixed namespace and the row's natural key, so every laptop
and the central store hold the same default rows (no sync conflict between installs).
"""

from __future__ import annotations

import uuid
from datetime import date
from typing import Any

from vipcrm.domain.benefits import DEFAULT_BENEFITS, allowances_value, tiers_value
from vipcrm.domain.rules import DEFAULT_GIFT_CAPS, DEFAULT_RULES

SEED_NAMESPACE = uuid.UUID("5d1f2a8e-6b1c-4c53-9a5e-2f0d8a7c9b10")
SEED_FROM = date(2000, 1, 1)


def seed_id(*parts: str) -> uuid.UUID:
    return uuid.uuid5(SEED_NAMESPACE, "/".join(parts))


def default_rule_rows(now: Any) -> list[dict[str, Any]]:
    return [
        {
            "id": seed_id("rules", key),
            "key": key,
            "value": value,
            "effective_from": SEED_FROM,
            "version": 1,
            "updated_at": now,
            "deleted": False,
        }
        for key, value in DEFAULT_RULES.to_mapping().items()
    ]


def default_gift_cap_rows(now: Any) -> list[dict[str, Any]]:
    return [
        {
            "id": seed_id("gift_caps", cap.occasion.value, cap.tier.value),
            "occasion": cap.occasion.value,
            "tier": cap.tier.value,
            "cap_fen": cap.cap_fen,
            "gift_zh": cap.gift_zh,
            "gift_en": cap.gift_en,
            "effective_from": SEED_FROM,
            "version": 1,
            "updated_at": now,
            "deleted": False,
        }
        for cap in DEFAULT_GIFT_CAPS
    ]


def default_benefit_rows(now: Any) -> list[dict[str, Any]]:
    return [
        {
            "id": seed_id("benefits", b.code),
            "code": b.code,
            "name_zh": b.name_zh,
            "name_en": b.name_en,
            "tiers": tiers_value(b.tiers),
            "allowances": allowances_value(b.allowances),
            "period": b.period.value,
            "position": b.position,
            "effective_from": SEED_FROM,
            "version": 1,
            "updated_at": now,
            "deleted": False,
        }
        for b in DEFAULT_BENEFITS
    ]
