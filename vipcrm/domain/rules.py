"""The service regulation as data (SERVICE_RULES.md). Every number here is a default.

The store keeps one row per rule key (JSON value, effective from a date); a lead or an
administrator may change any of them. Code reads rules through :class:`ServiceRules`,
never through literals of its own.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from vipcrm.domain.errors import Message, ValidationError, msg
from vipcrm.domain.values import GroupClass, KeyRole, Occasion, Tier

#: Every tier, diamond first, with its key in the rules' tables (looked up once per row of a
#: re-grading file: not through the enum's ``value`` property).
_TIERS_WITH_KEYS = tuple((tier, tier.value) for tier in Tier)


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
    # 4.3: calls tried and the first-contact deadline passed: the explaining SMS is due
    # this many working days after that deadline.
    explain_sms_working_days: int = 1
    first_call_after_sms_working_days: int = 3
    unreachable_after_working_days: int = 5
    # 4.5: an SMS sent through the 12580 group platform is checked after N working days.
    group_sms_check_working_days: int = 1
    # 5. Cards. A self pick-up is reminded every week (Monday-Sunday) for this many
    # calendar months after the notice, then every calendar month.
    card_notify_days: int = 3
    card_mail_check_days: int = 7
    card_pickup_weekly_months: int = 1
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
    # The monthly re-grading: a file that would mark more than this share of the book as
    # left (a share from 0 to 1; 0.1 = 10 %) is refused unless the user confirms that
    # number of leavers (``--accept-leavers N``, or the window's confirmation).
    regrading_leave_share_guard: float = 0.10
    # Balanced assignment: weight of a member of each tier in a manager's load.
    assignment_weights: dict[str, int] = field(
        default_factory=lambda: {"diamond": 3, "gold": 2, "silver": 1}
    )
    # 8. Plans: the most calls and SMS a plan puts on one working day (what is carried over
    # is spread within them). 0 derives them from the book: its routine load of the month
    # over the working days, times plan_capacity_percent / 100, at least the minimums
    # (vipcrm.domain.plan_layout.daily_capacity).
    plan_calls_per_day: int = 0
    plan_sms_per_day: int = 0
    plan_capacity_percent: int = 150
    plan_min_calls_per_day: int = 10
    plan_min_sms_per_day: int = 30
    # 9. Benefits: the printed monthly plan lists a member's benefit with a yearly allowance
    # when this many uses or fewer are left (the allowances themselves: the benefits table).
    benefit_low_left: int = 1

    def to_mapping(self) -> dict[str, Any]:
        return dataclasses.asdict(self)

    @classmethod
    def from_mapping(cls, values: Mapping[str, Any]) -> ServiceRules:
        """Defaults overlaid with ``values``; an unknown key or a value outside its rule's
        schema (:data:`RULE_SPECS`) is refused with a :class:`ValidationError`."""
        merged = {key: check_rule(key, value) for key, value in values.items()}
        return dataclasses.replace(cls(), **merged)

    @classmethod
    def from_stored(
        cls, rows: Iterable[tuple[str, Any]]
    ) -> tuple[ServiceRules, tuple[Message, ...]]:
        """The rules from stored ``(key, value)`` rows, oldest first, and one sentence per
        rule whose latest row does not fit its schema: that row is not used (the rule's
        latest row that fits, or its default, applies). Stored rows are also what a sync
        brought from the central store, so reading them never fails."""
        merged: dict[str, Any] = {}
        problems: dict[str, Message] = {}
        for key, value in rows:
            try:
                merged[key] = check_rule(key, value)
            except ValidationError as exc:
                problems[key] = msg(
                    "the stored rule {rule} is not used: {problem}", rule=key, problem=exc.message
                )
            else:
                problems.pop(key, None)
        return dataclasses.replace(cls(), **merged), tuple(problems.values())

    def key_person_tier(self, group_class: GroupClass, role: KeyRole) -> Tier | None:
        granted = self.key_person_tiers.get(group_class.value, {}).get(role.value)
        return Tier(granted) if granted else None

    def earned_tier(self, points: int, monthly_spend_fen: int) -> Tier | None:
        """The tier earned by points or spend (whichever is higher), or None below silver."""
        by_points, by_spend = self.tier_points, self.tier_monthly_spend_fen
        for tier, key in _TIERS_WITH_KEYS:  # diamond first
            if points >= by_points[key] or monthly_spend_fen >= by_spend[key]:
                return tier
        return None

    def member_tier(
        self,
        given: Tier | None,
        *,
        points: int = 0,
        monthly_spend_fen: int = 0,
        group_class: GroupClass | None = None,
        key_role: KeyRole | None = None,
    ) -> Tier | None:
        """The tier a member holds (SERVICE_RULES.md §1, §2): the highest of the tier given
        (by the user or the billing file), the tier earned by points or spend, and for a key
        person the tier their role in a group of that class grants. None below silver."""
        found = [given, self.earned_tier(points, monthly_spend_fen)]
        if group_class is not None and key_role is not None:
            found.append(self.key_person_tier(group_class, key_role))
        tiers = [t for t in found if t is not None]
        return min(tiers, key=lambda t: t.rank) if tiers else None


# -- the schema of every rule ------------------------------------------------------------------
class RuleUnit(StrEnum):
    """What a rule's number counts (shown after its range when a value is refused)."""

    WORKING_DAYS = "working days"
    DAYS = "days"
    MONTHS = "months"
    PER_WEEK = "per week"
    PER_MONTH = "per month"
    PER_DAY = "per day"
    PERCENT = "%"
    POINTS = "points"
    FEN = "fen"
    SHARE = "(a share: 0.035 is 3.5 %)"
    WEIGHT = "weight"
    TIER = "tier"
    USES = "uses"


@dataclass(frozen=True)
class RuleSpec:
    """A rule's schema: a number of ``unit`` within ``low``..``high`` (a whole number unless
    the unit is a share), per tier when ``per_tier`` (every tier given, and with
    ``descending`` diamond's value at least gold's, gold's at least silver's); the key-person
    table (group class → role → tier) when the unit is :attr:`RuleUnit.TIER`."""

    unit: RuleUnit
    low: int | float = 0
    high: int | float = 0
    per_tier: bool = False
    descending: bool = False


_WD, _D = RuleUnit.WORKING_DAYS, RuleUnit.DAYS
#: The schema of every rule of :class:`ServiceRules` (a test checks none is missing).
RULE_SPECS: Mapping[str, RuleSpec] = {
    "tier_points": RuleSpec(RuleUnit.POINTS, 0, 10**9, per_tier=True, descending=True),
    "tier_monthly_spend_fen": RuleSpec(RuleUnit.FEN, 0, 10**10, per_tier=True, descending=True),
    "key_person_tiers": RuleSpec(RuleUnit.TIER),
    "first_contact_working_days": RuleSpec(_WD, 1, 30),
    "explain_sms_working_days": RuleSpec(_WD, 0, 30),
    "first_call_after_sms_working_days": RuleSpec(_WD, 1, 30),
    "unreachable_after_working_days": RuleSpec(_WD, 1, 60),
    "group_sms_check_working_days": RuleSpec(_WD, 0, 30),
    "card_notify_days": RuleSpec(_D, 0, 60),
    "card_mail_check_days": RuleSpec(_D, 1, 60),
    "card_pickup_weekly_months": RuleSpec(RuleUnit.MONTHS, 0, 12),
    "card_data_send_working_days": RuleSpec(_WD, 0, 30),
    # The engine asks for at least one when the count is 1 and switches the item off at 0.
    "routine_sms_per_week": RuleSpec(RuleUnit.PER_WEEK, 0, 1),
    "routine_calls_per_month": RuleSpec(RuleUnit.PER_MONTH, 0, 1),
    "minimum_contact_months": RuleSpec(RuleUnit.MONTHS, 1, 12, per_tier=True),
    "minimum_contact_risk_days": RuleSpec(_D, 0, 92),
    "birthday_gift_lead_days": RuleSpec(_D, 0, 60),
    "holiday_greeting_window_days": RuleSpec(_D, 0, 30),
    "greeting_late_days": RuleSpec(_D, 0, 60),
    "churn_target_all": RuleSpec(RuleUnit.SHARE, 0, 1),
    "churn_target_diamond_gold": RuleSpec(RuleUnit.SHARE, 0, 1),
    "retention_call_days": RuleSpec(_D, 0, 60),
    "regrading_leave_share_guard": RuleSpec(RuleUnit.SHARE, 0, 1),
    "assignment_weights": RuleSpec(RuleUnit.WEIGHT, 1, 100, per_tier=True),
    # A plan's daily capacity: 0 derives it from the book (see ServiceRules, section 8).
    "plan_calls_per_day": RuleSpec(RuleUnit.PER_DAY, 0, 1000),
    "plan_sms_per_day": RuleSpec(RuleUnit.PER_DAY, 0, 10000),
    "plan_capacity_percent": RuleSpec(RuleUnit.PERCENT, 10, 1000),
    "plan_min_calls_per_day": RuleSpec(RuleUnit.PER_DAY, 1, 1000),
    "plan_min_sms_per_day": RuleSpec(RuleUnit.PER_DAY, 1, 10000),
    "benefit_low_left": RuleSpec(RuleUnit.USES, 0, 100),
}


def check_rule(key: str, value: Any) -> Any:
    """``value`` if it fits the schema of rule ``key``; else a :class:`ValidationError`
    naming the rule and the range (a share given as an integer comes back as a float)."""
    spec = RULE_SPECS.get(key)
    if spec is None:
        raise ValidationError(key, msg("is not a known service rule"))
    if spec.unit is RuleUnit.TIER:
        return _check_key_person_tiers(key, value)
    if not spec.per_tier:
        return _check_number(key, value, spec)
    tiers = [t.value for t in Tier]
    if not isinstance(value, dict) or set(value) != set(tiers):
        raise ValidationError(
            key,
            msg(
                "must give each tier ({tiers}) a number of {unit}, e.g. {example}",
                tiers=tiers,
                unit=spec.unit,
                example='{"diamond": 3, "gold": 2, "silver": 1}',
            ),
        )
    checked = {tier: _check_number(key, value[tier], spec, tier=Tier(tier)) for tier in tiers}
    if spec.descending:
        for higher, lower in zip(Tier, list(Tier)[1:], strict=False):
            if checked[higher.value] < checked[lower.value]:
                raise ValidationError(
                    key,
                    msg(
                        "{higher} needs at least as much as {lower} ({high} < {low})",
                        higher=higher,
                        lower=lower,
                        high=checked[higher.value],
                        low=checked[lower.value],
                    ),
                )
    return checked


def _check_number(key: str, value: Any, spec: RuleSpec, tier: Tier | None = None) -> Any:
    share = spec.unit is RuleUnit.SHARE
    number = isinstance(value, int | float) if share else isinstance(value, int)
    if isinstance(value, bool) or not number:
        if share:
            text = msg("must be a number {unit}", unit=spec.unit)
        else:
            text = msg("must be a whole number of {unit}", unit=spec.unit)
        raise ValidationError(key, msg("{tier}: {text}", tier=tier, text=text) if tier else text)
    if not spec.low <= value <= spec.high:
        text = msg(
            "{value} is outside {low}..{high} {unit}",
            value=value,
            low=spec.low,
            high=spec.high,
            unit=spec.unit,
        )
        raise ValidationError(key, msg("{tier}: {text}", tier=tier, text=text) if tier else text)
    return float(value) if share else value


def _check_key_person_tiers(key: str, value: Any) -> dict[str, dict[str, str]]:
    shape = msg(
        "must map group classes ({classes}) to key-person roles and tiers, e.g. {example}",
        classes=[c.value for c in GroupClass],
        example='{"A": {"decision_maker": "diamond", "contact": "gold"}}',
    )
    if not isinstance(value, dict):
        raise ValidationError(key, shape)
    checked: dict[str, dict[str, str]] = {}
    for group_class, roles in value.items():
        if group_class not in GroupClass._value2member_map_ or not isinstance(roles, dict):
            raise ValidationError(key, shape)
        for role, tier in roles.items():
            if role not in KeyRole._value2member_map_:
                raise ValidationError(
                    key,
                    msg(
                        "'{role}' is not a key-person role ({roles})",
                        role=role,
                        roles=[r.value for r in KeyRole],
                    ),
                )
            if tier not in Tier._value2member_map_:
                raise ValidationError(
                    key,
                    msg(
                        "'{tier}' is not a tier ({tiers})",
                        tier=tier,
                        tiers=[t.value for t in Tier],
                    ),
                )
        checked[group_class] = dict(roles)
    return checked


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
    # Key persons get flowers or a cake on their birthday (§2): as the birthday cap, and a
    # silver key person as much as gold (§7: its own row, editable like every cap).
    key_person = {**birthday, Tier.SILVER: birthday[Tier.GOLD]}
    for tier, cap in birthday.items():
        gift = ("书籍+鲜花", "a book + flowers") if cap else ("短信祝福", "SMS greeting")
        rows.append(GiftCap(Occasion.BIRTHDAY, tier, cap, *gift))
    for tier, cap in key_person.items():
        kp = ("短信+鲜花或蛋糕", "SMS + flowers or cake")
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
