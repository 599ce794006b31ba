"""Member benefits (SERVICE_RULES.md section 9) as data: which tiers have each benefit, the
yearly allowance where one is set, and what a member has used and has left in their year.

Pure values and rules. The store keeps one row per benefit and date it applies from
(``benefits``, seeded from :data:`DEFAULT_BENEFITS`, changed by a lead or an administrator)
and one row per use (``benefit_uses``). How vipcrm reads the regulation here (the user
guide, "How we read the regulation", says the same):

- **Tiers.** The regulation names the tiers of one benefit, the priority 10086 line
  (diamond and gold); every other benefit it lists is every tier's.
- **Allowances.** It gives no yearly number for any benefit, so none is set: a benefit is
  "no yearly limit set" until a lead sets one per tier (``vipcrm rules benefit``).
- **The year.** A benefit counts by the calendar year, or by the *membership year*: twelve
  months from the first day of the month the member joined the club (``joined_month``:
  the re-grading month they joined in, or the month they were added; a member who left
  and came back starts again from the month they came back), renewed on each anniversary.
  A member whose joining month is not on file counts by the calendar year, and the
  window and the command line say so.
- **The tier.** A use is judged by the tier in force on its day: a re-grading's tier from
  its month on (the tier history), the member's current tier from the latest re-grading on.
  The allowance of a year is that tier's; every use of the year counts against it, also
  those made under an earlier tier (an upgrade adds the difference, a downgrade can leave
  nothing, never less than nothing).
- **Exceptions.** A use beyond the allowance, or of a benefit the tier does not have, is
  refused; a lead (or an administrator) may record it as an exception, with a reason. It
  counts as used.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from enum import StrEnum

from vipcrm.domain.dates import month_key
from vipcrm.domain.errors import ValidationError, msg
from vipcrm.domain.values import BenefitPeriod, Tier

#: A benefit's code: what the command line and the stored uses name it by.
CODE_PATTERN = re.compile(r"^[a-z][a-z0-9_]{1,39}$")
#: The schema of an allowance: uses a year (a whole number; "no limit" is no number at all).
ALLOWANCE_RANGE = (1, 1000)
NAME_LENGTH = 100


@dataclass(frozen=True)
class Benefit:
    """One benefit as defined from ``effective_from`` on."""

    code: str
    name_zh: str
    name_en: str
    tiers: frozenset[Tier]
    #: uses a year, by tier; a tier that has the benefit but no entry: no yearly limit set
    allowances: Mapping[Tier, int] = field(default_factory=dict)
    period: BenefitPeriod = BenefitPeriod.CALENDAR_YEAR
    position: int = 0  # where it is listed (the regulation's order)
    effective_from: date | None = None

    def name(self, language: str) -> str:
        return self.name_zh if language.lower().startswith("zh") else self.name_en

    def entitled(self, tier: Tier | None) -> bool:
        return tier is not None and tier in self.tiers

    def allowance(self, tier: Tier | None) -> int | None:
        """Uses a year for ``tier``; None when the tier has no yearly limit set (or lacks
        the benefit: ask :meth:`entitled` first)."""
        return self.allowances.get(tier) if tier is not None else None


_DEFAULTS: tuple[tuple[str, str, str, frozenset[Tier]], ...] = (
    (
        "priority_10086",
        "10086优先服务",
        "Priority 10086 line",
        frozenset({Tier.DIAMOND, Tier.GOLD}),
    ),
    (
        "hall_priority",
        "营业厅优先及预约服务",
        "Priority and reserved service in halls",
        frozenset(Tier),
    ),
    ("airport_lounge", "机场贵宾服务", "Airport VIP lounge", frozenset(Tier)),
    ("spare_sim", "备用SIM卡", "Spare SIM card", frozenset(Tier)),
    ("delayed_suspension", "延期停机", "Delayed suspension", frozenset(Tier)),
    ("credit_startup", "信用开机", "Credit start-up", frozenset(Tier)),
    ("points_redemption", "积分兑换", "Points redemption", frozenset(Tier)),
    ("phone_repair", "手机维修", "Phone repair", frozenset(Tier)),
    ("partner_merchants", "合作商户优惠", "Partner merchants", frozenset(Tier)),
    ("vip_ecard", "VIP电子会员卡", "VIP e-card", frozenset(Tier)),
)

#: The benefits of SERVICE_RULES.md section 9 (and the VIP e-card), in its order, with no
#: yearly limit set: the regulation gives none.
DEFAULT_BENEFITS: tuple[Benefit, ...] = tuple(
    Benefit(code, zh, en, tiers, {}, BenefitPeriod.CALENDAR_YEAR, position)
    for position, (code, zh, en, tiers) in enumerate(_DEFAULTS, start=1)
)


# -- what people type ------------------------------------------------------------------------
def check_code(code: str, field_name: str = "benefit") -> str:
    code = (code or "").strip()
    if not CODE_PATTERN.match(code):
        raise ValidationError(
            field_name,
            msg(
                "'{code}' is not a benefit code (lower-case letters, digits and _, "
                "starting with a letter, e.g. airport_lounge)",
                code=code,
            ),
        )
    return code


def parse_tiers(text: str) -> frozenset[Tier]:
    """``diamond,gold`` → the tiers; ``none`` (or nothing) → no tier has it."""
    parts = [p.strip().lower() for p in re.split(r"[,，\s]+", text or "") if p.strip()]
    if parts == ["none"]:
        return frozenset()
    bad = [p for p in parts if p not in Tier._value2member_map_]
    if bad:
        raise ValidationError(
            "tiers",
            msg(
                "'{text}' is not a tier ({tiers}); separate tiers with commas",
                text=bad[0],
                tiers=[t.value for t in Tier],
            ),
        )
    return frozenset(Tier(p) for p in parts)


def parse_allowance(text: str) -> tuple[Tier, int | None]:
    """``gold=6`` → (gold, 6); ``gold=none`` → (gold, None): no yearly limit set."""
    tier_text, sep, value = (text or "").partition("=")
    tier_text, value = tier_text.strip().lower(), value.strip().lower()
    if not sep or tier_text not in Tier._value2member_map_:
        raise ValidationError(
            "allowance",
            msg(
                "'{text}' is not TIER=N (e.g. gold=6, or gold=none for no yearly limit)",
                text=text,
            ),
        )
    if value == "none":
        return Tier(tier_text), None
    if not value.isdigit():
        raise ValidationError(
            "allowance",
            msg("'{text}': the allowance is a whole number of uses a year, or none", text=text),
        )
    return Tier(tier_text), check_allowance(Tier(tier_text), int(value))


def check_allowance(tier: Tier, value: object) -> int:
    low, high = ALLOWANCE_RANGE
    if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
        raise ValidationError(
            "allowance",
            msg(
                "{tier}: {value} is outside {low}..{high} uses a year",
                tier=tier,
                value=value,
                low=low,
                high=high,
            ),
        )
    return value


def check_benefit(b: Benefit) -> Benefit:
    """``b`` if it is a benefit a rules table may hold; else a :class:`ValidationError`."""
    check_code(b.code)
    for name, text in (("name-zh", b.name_zh), ("name-en", b.name_en)):
        if not text.strip():
            raise ValidationError(name, msg("a benefit needs a name in Chinese and in English"))
        if len(text) > NAME_LENGTH:
            raise ValidationError(name, msg("is longer than {n} characters", n=NAME_LENGTH))
    for tier, value in b.allowances.items():
        if tier not in b.tiers:
            raise ValidationError(
                "allowance",
                msg(
                    "{tier} members do not have {benefit}: an allowance is set only for the "
                    "tiers that have it ({tiers})",
                    tier=tier,
                    benefit=b.code,
                    tiers=sorted(b.tiers, key=lambda t: t.rank),
                ),
            )
        check_allowance(tier, value)
    return b


# -- as stored ---------------------------------------------------------------------------------
def tiers_value(tiers: Iterable[Tier]) -> list[str]:
    """The stored form of a set of tiers (a JSON list, diamond first)."""
    return [t.value for t in sorted(set(tiers), key=lambda t: t.rank)]


def allowances_value(allowances: Mapping[Tier, int]) -> dict[str, int]:
    return {t.value: allowances[t] for t in sorted(allowances, key=lambda t: t.rank)}


def from_stored(
    *,
    code: str,
    name_zh: str,
    name_en: str,
    tiers: object,
    allowances: object,
    period: str,
    position: int,
    effective_from: date | None,
) -> Benefit:
    """A stored row (perhaps brought by sync from an older or tampered client) as a
    :class:`Benefit`; a row that does not fit raises :class:`ValidationError`."""
    if not isinstance(tiers, list) or any(t not in Tier._value2member_map_ for t in tiers):
        raise ValidationError("tiers", msg("must be a list of tiers"))
    if not isinstance(allowances, dict) or any(
        t not in Tier._value2member_map_ for t in allowances
    ):
        raise ValidationError("allowance", msg("must map tiers to uses a year"))
    if period not in BenefitPeriod._value2member_map_:
        raise ValidationError("period", msg("must be calendar_year or membership_year"))
    return check_benefit(
        Benefit(
            code=code,
            name_zh=name_zh,
            name_en=name_en,
            tiers=frozenset(Tier(t) for t in tiers),
            allowances={Tier(t): v for t, v in allowances.items()},
            period=BenefitPeriod(period),
            position=position,
            effective_from=effective_from,
        )
    )


# -- the member's year -------------------------------------------------------------------------
@dataclass(frozen=True)
class BenefitYear:
    """The days an allowance counts over."""

    start: date
    end: date
    period: BenefitPeriod
    #: a membership year whose joining month is not on file: counted by the calendar year
    calendar_assumed: bool = False

    def __contains__(self, day: object) -> bool:
        return isinstance(day, date) and self.start <= day <= self.end

    @property
    def next_start(self) -> date:
        return self.end + timedelta(days=1)


def _joined(joined_month: str | None) -> int | None:
    m = re.match(r"^\d{4}-(\d{2})$", joined_month or "")
    return int(m.group(1)) if m and 1 <= int(m.group(1)) <= 12 else None


def _one_year_from(start: date) -> date:
    return date(start.year + 1, start.month, 1) - timedelta(days=1)


def benefit_year(period: BenefitPeriod, day: date, joined_month: str | None) -> BenefitYear:
    """The year holding ``day`` for a benefit counted by ``period``."""
    month = _joined(joined_month) if period is BenefitPeriod.MEMBERSHIP_YEAR else None
    if month is None:
        start = date(day.year, 1, 1)
        return BenefitYear(
            start,
            date(day.year, 12, 31),
            period,
            calendar_assumed=period is BenefitPeriod.MEMBERSHIP_YEAR,
        )
    start = date(day.year, month, 1)
    if start > day:
        start = date(day.year - 1, month, 1)
    return BenefitYear(start, _one_year_from(start), period)


def benefit_year_of(period: BenefitPeriod, year: int, joined_month: str | None) -> BenefitYear:
    """The year that begins in ``year`` (``--year``): January, or the joining month."""
    month = _joined(joined_month) if period is BenefitPeriod.MEMBERSHIP_YEAR else None
    return benefit_year(period, date(year, month or 1, 1), joined_month)


# -- the tier of a day -------------------------------------------------------------------------
def tier_on(
    day: date, history: Sequence[tuple[str, Tier | None]], current: Tier | None
) -> Tier | None:
    """The tier in force on ``day``: the tier history's row for the latest month up to the
    day's month, the member's current tier from the latest month on file onward (it holds
    any change made since), and before the first month on file the first tier on file."""
    rows = sorted(history, key=lambda r: r[0])
    key = month_key(day)
    if not rows or key >= rows[-1][0]:
        return current
    before = [tier for month, tier in rows if month <= key]
    return before[-1] if before else rows[0][1]


def tier_changes(
    history: Sequence[tuple[str, Tier | None]], year: BenefitYear
) -> list[tuple[str, Tier | None]]:
    """The re-gradings within ``year`` that changed the tier: (month, new tier)."""
    rows = sorted(history, key=lambda r: r[0])
    out = []
    for (_, before), (month, tier) in zip(rows, rows[1:], strict=False):
        if tier != before and year.start <= date.fromisoformat(f"{month}-01") <= year.end:
            out.append((month, tier))
    return out


# -- used and left -----------------------------------------------------------------------------
class UseProblem(StrEnum):
    """Why a use is refused (a lead may record it as an exception)."""

    NOT_ENTITLED = "not_entitled"
    ALLOWANCE_USED = "allowance_used"


@dataclass(frozen=True)
class Standing:
    """A member's position on one benefit for one year."""

    benefit: Benefit
    tier: Tier | None  # the tier the year is judged by
    year: BenefitYear
    used: int  # every use in the year, exceptions included
    exceptions: int  # of those, recorded by a lead as an exception

    @property
    def entitled(self) -> bool:
        return self.benefit.entitled(self.tier)

    @property
    def allowance(self) -> int | None:
        return self.benefit.allowance(self.tier) if self.entitled else None

    @property
    def limited(self) -> bool:
        return self.allowance is not None

    @property
    def left(self) -> int | None:
        """Uses left this year (never below 0); None: no yearly limit set, or not entitled."""
        allowance = self.allowance
        return None if allowance is None else max(0, allowance - self.used)

    @property
    def problem(self) -> UseProblem | None:
        """What stops one more use now (None: it may be recorded)."""
        if not self.entitled:
            return UseProblem.NOT_ENTITLED
        left = self.left
        if left is not None and left <= 0:
            return UseProblem.ALLOWANCE_USED
        return None

    def runs_low(self, low_left: int) -> bool:
        """A limited benefit with ``low_left`` or fewer uses left (and some used)."""
        left = self.left
        return left is not None and self.used > 0 and left <= low_left

    def renews_between(self, start: date, end: date) -> bool:
        """The next year begins on a day from ``start`` to ``end``."""
        return start <= self.year.next_start <= end
