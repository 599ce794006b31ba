"""Churn (离网率) and retention (客户挽留): pure maths over plain rows. No Qt, no SQL.

Churn
-----
The monthly re-grading sets a member's ``joined_month`` and ``left_month`` and keeps one
tier-history row per month. A month's churn is the members in the club at its start
(joined before it, not left before it), by their tier then (the latest tier-history row
before the month, else the current tier), and how many of them left in the month. The
year to date is the same from the start of January to the end of a month. The targets
are yearly (``churn_target_all``, ``churn_target_diamond_gold``): a month is judged
against a twelfth of them, the year to date pro rata (through March: 3/12 of them).

Retention
---------
After a re-grading, a member of a manager's book is *at risk* (:func:`retention_causes`)
when their tier dropped in it (``tier_down``) or they are below the minimum contact
(``below_minimum``): no reached contact since the start of the tier's minimum-contact
period holding the day before the re-grading month (see :func:`below_minimum`; a member
assigned in that period is new, not behind). Such a member gets a ``retention_call``
due item (:mod:`vipcrm.domain.due`).
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Mapping
from dataclasses import dataclass, replace
from datetime import date, timedelta

from vipcrm.domain.due import ContactFacts, MemberFacts
from vipcrm.domain.plan_layout import ChurnFigure, below_minimum, churn_figures, minimum_period
from vipcrm.domain.rules import ServiceRules
from vipcrm.domain.values import Tier

TIER_DOWN = "tier_down"
BELOW_MINIMUM = "below_minimum"


@dataclass(frozen=True, slots=True)
class ClubSpan:
    """A member's time in the club as the re-grading recorded it."""

    tier: Tier  # the current tier
    joined_month: str | None  # YYYY-MM; None: before the first import
    left_month: str | None = None
    history: tuple[tuple[str, Tier | None], ...] = ()  # (month, tier) rows, any order


def tier_before(span: ClubSpan, month: str) -> Tier:
    """The tier of the latest history row before ``month``, else the current tier."""
    earlier = [(m, t) for m, t in span.history if m < month and t is not None]
    return max(earlier)[1] if earlier else span.tier


def in_club_at_start(span: ClubSpan, month: str) -> bool:
    joined, left = span.joined_month, span.left_month
    return (joined is None or joined < month) and (left is None or left >= month)


def month_churn(
    spans: Iterable[ClubSpan], month: str, rules: ServiceRules
) -> dict[str, ChurnFigure]:
    """Churn in ``month`` (YYYY-MM) by group, judged against a twelfth of the yearly targets."""
    pairs = [
        (tier_before(s, month), s.left_month == month) for s in spans if in_club_at_start(s, month)
    ]
    return churn_figures(
        pairs,
        target_all=rules.churn_target_all / 12,
        target_diamond_gold=rules.churn_target_diamond_gold / 12,
    )


def year_to_date_churn(
    spans: Iterable[ClubSpan], month: str, rules: ServiceRules
) -> dict[str, ChurnFigure]:
    """Churn from January to the end of ``month``, against the targets pro rata."""
    january = f"{month[:4]}-01"
    pairs = [
        (tier_before(s, january), s.left_month is not None and january <= s.left_month <= month)
        for s in spans
        if in_club_at_start(s, january)
    ]
    share = int(month[5:7]) / 12
    return churn_figures(
        pairs,
        target_all=rules.churn_target_all * share,
        target_diamond_gold=rules.churn_target_diamond_gold * share,
    )


def months_of_year(year: int, through: int = 12) -> list[str]:
    return [f"{year:04d}-{m:02d}" for m in range(1, through + 1)]


# -- retention ---------------------------------------------------------------------------------
def retention_causes(
    tier: Tier,
    *,
    dropped: bool,
    last_reached: date | None,
    assigned_on: date | None,
    regrading_start: date,
    rules: ServiceRules,
) -> tuple[str, ...]:
    """Why a member is at risk after the re-grading of the month starting ``regrading_start``
    (empty: not at risk). ``last_reached`` is the latest reached contact of any channel."""
    causes = []
    if dropped:
        causes.append(TIER_DOWN)
    as_of = regrading_start - timedelta(days=1)
    if below_minimum(tier, last_reached, as_of, rules, assigned_on):
        causes.append(BELOW_MINIMUM)
    return tuple(causes)


def mark_retention(
    members: list[MemberFacts],
    contacts: Mapping[str, ContactFacts],
    *,
    dropped: Collection[str],
    regrading_start: date,
    rules: ServiceRules,
) -> list[MemberFacts]:
    """The members with ``retention_from`` / ``retention_causes`` set for those at risk.

    ``dropped`` holds the ids of the members whose tier dropped in the re-grading. The
    same answer as :func:`retention_causes` member by member, with the minimum-contact
    periods computed once (this runs over a region's members); members not at risk are
    the same objects.
    """
    as_of = regrading_start - timedelta(days=1)
    starts: dict[Tier, date | None] = {}
    for tier in Tier:
        months = rules.minimum_contact_months.get(tier.value, 0)
        starts[tier] = minimum_period(as_of, months)[0] if months > 0 else None
    out = []
    for m in members:
        start = starts[m.tier]
        below = False
        if start is not None and (m.assigned_on is None or m.assigned_on < start):
            facts = contacts.get(m.member_id)
            last = facts.last_reached_on if facts is not None else None
            below = last is None or last < start
        down = m.member_id in dropped
        if not (down or below):
            out.append(m)
            continue
        causes = (TIER_DOWN,) * down + (BELOW_MINIMUM,) * below
        out.append(replace(m, retention_from=regrading_start, retention_causes=causes))
    return out
