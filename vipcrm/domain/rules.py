"""The service regulation as data (SERVICE_RULES.md). Every number here is a default.

The store keeps one row per rule key (JSON value, effective from a date); a lead or an
administrator may change any of them. Code reads rules through :class:`ServiceRules`,
never through literals of its own.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from typing import Any

from vipcrm.domain.errors import ValidationError, msg
from vipcrm.domain.values import GroupClass, KeyRole, Occasion, Tier


@dataclass(frozen=True)
class ServiceRules:
    # 1. Tiers: assessed from yearly points OR monthly spend (fen); the higher tier wins.
    tier_points: dict[str, int] = field(
        default_factory=lambda: {"diamond": 60000, "gold": 30000, "silver": 10000}
    )
    tier_monthly_spend_fen: dict[str, int] = field(
        default_factory=lambda: {"diamond": 100000, "gold": 50000, "silver": 20000}
    )
    # 2. Key persons: tier granted by group class and role.
    key_person_tiers: dict[str, dict[str, str]] = field(
        default_factory=lambda: {
            # senior leaders (decision makers): A diamond, B gold, C silver;
            # division-level cadres (comms managers) gold; contacts: A gold, B-D silver.
            "A": {"decision_maker": "diamond", "comms_manager": "gold", "contact": "gold"},
            "B": {"decision_maker": "gold", "comms_manager": "gold", "contact": "silver"},
            "C": {"decision_maker": "silver", "comms_manager": "gold", "contact": "silver"},
            "D": {"comms_manager": "gold", "contact": "silver"},
        }
    )
    # 4. Newly assigned members.
    first_contact_working_days: int = 3
    first_call_after_sms_working_days: int = 3
    unreachable_after_working_days: int = 5
    unreachable_retry_every_days: int = 7
    # 5. Cards.
    card_notify_days: int = 3
    card_mail_check_days: int = 7
    card_pickup_weekly_for_days: int = 30
    card_pickup_weekly_every_days: int = 7
    card_pickup_monthly_every_days: int = 30
    # Card data collected at first contact goes to the card maker within N working days.
    card_data_send_working_days: int = 1
    # 6. Routine contact and the lead's minimums (months between reached contacts).
    routine_sms_per_week: int = 1
    routine_calls_per_month: int = 1
    minimum_contact_months: dict[str, int] = field(
        default_factory=lambda: {"diamond": 1, "gold": 1, "silver": 3}
    )
    # A minimum-contact period is "at risk" in its last N days without a reached contact.
    minimum_contact_risk_days: int = 7
    # 7. Care: lead time for preparing a birthday gift; holiday greeting window.
    birthday_gift_lead_days: int = 3
    holiday_greeting_window_days: int = 3
    # A missed birthday or holiday greeting (or gift) stays on the list, overdue, N days.
    greeting_late_days: int = 7
    # 1. Club goals.
    churn_target_all: float = 0.035
    churn_target_diamond_gold: float = 0.02
    # Retention calls (客户挽留): a member at risk after a re-grading (tier dropped, or below
    # the minimum contact) gets a call within N days of the re-grading month's first day.
    retention_call_days: int = 7
    # Balanced assignment: weight of a member of each tier in a manager's load.
    assignment_weights: dict[str, int] = field(
        default_factory=lambda: {"diamond": 3, "gold": 2, "silver": 1}
    )
    # 8. Plans: the most calls and SMS a plan puts on one working day (what is carried over
    # is spread within them). 0 derives them from the book: its routine load of the month
    # over the working days, times plan_capacity_percent / 100, at least the minimums
    # (vipcrm.domain.plan.daily_capacity).
    plan_calls_per_day: int = 0
    plan_sms_per_day: int = 0
    plan_capacity_percent: int = 150
    plan_min_calls_per_day: int = 10
    plan_min_sms_per_day: int = 30

    def to_mapping(self) -> dict[str, Any]:
        return dataclasses.asdict(self)

    @classmethod
    def from_mapping(cls, values: dict[str, Any]) -> ServiceRules:
        """Defaults overlaid with stored values; unknown keys and wrong types are refused."""
        known = {f.name: f for f in dataclasses.fields(cls)}
        defaults = cls().to_mapping()
        merged: dict[str, Any] = {}
        for key, value in values.items():
            if key not in known:
                raise ValidationError(key, msg("is not a known service rule"))
            expected = type(defaults[key])
            if expected is float and isinstance(value, int):
                value = float(value)
            if not isinstance(value, expected) or isinstance(value, bool):
                raise ValidationError(
                    key,
                    msg(
                        "must be {expected}, got {value}",
                        expected=expected.__name__,
                        value=repr(value),
                    ),
                )
            merged[key] = value
        return dataclasses.replace(cls(), **merged)

    def key_person_tier(self, group_class: GroupClass, role: KeyRole) -> Tier | None:
        granted = self.key_person_tiers.get(group_class.value, {}).get(role.value)
        return Tier(granted) if granted else None

    def earned_tier(self, points: int, monthly_spend_fen: int) -> Tier | None:
        """The tier earned by points or spend (whichever is higher), or None below silver."""
        for tier in Tier:  # diamond first
            if points >= self.tier_points[tier.value] or (
                monthly_spend_fen >= self.tier_monthly_spend_fen[tier.value]
            ):
                return tier
        return None


DEFAULT_RULES = ServiceRules()


@dataclass(frozen=True)
class GiftCap:
    """The default gift and its cap for one occasion and tier (0 fen = greeting only)."""

    occasion: Occasion
    tier: Tier
    cap_fen: int
    gift_zh: str
    gift_en: str


def _caps() -> list[GiftCap]:
    rows: list[GiftCap] = []
    birthday = {Tier.DIAMOND: 15000, Tier.GOLD: 10000, Tier.SILVER: 0}
    for tier, cap in birthday.items():
        gift = ("书籍+鲜花", "a book + flowers") if cap else ("短信祝福", "SMS greeting")
        rows.append(GiftCap(Occasion.BIRTHDAY, tier, cap, *gift))
        kp = ("短信+鲜花或蛋糕", "SMS + flowers or cake") if cap else ("短信祝福", "SMS greeting")
        rows.append(GiftCap(Occasion.KEY_PERSON_BIRTHDAY, tier, cap, *kp))
    flat = {
        Occasion.FAMILY_HOSPITALISED: ("鲜花+牛奶", "flowers + milk"),
        Occasion.BUSINESS_OPENING: ("花篮", "flower basket"),
        Occasion.CHILDBIRTH: ("婴儿服装", "baby clothes"),
        Occasion.FUNERAL: ("花圈或礼券", "wreath or voucher"),
    }
    for occasion, gift in flat.items():
        for tier in Tier:
            rows.append(GiftCap(occasion, tier, 15000, *gift))
    for tier in Tier:
        rows.append(GiftCap(Occasion.HOLIDAY, tier, 0, "节日问候", "holiday greeting"))
        rows.append(GiftCap(Occasion.OTHER, tier, 0, "其他", "other"))
    return rows


DEFAULT_GIFT_CAPS: tuple[GiftCap, ...] = tuple(_caps())
