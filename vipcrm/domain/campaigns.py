"""Campaigns and satisfaction call-backs (活动推广 · 满意度回访): the pure rules.

The SMS template's fields, what a campaign of each kind records, when a targeted
member counts as done (see :func:`closes_item`), and the lead's per-tier steps: an
earlier date within the period by which a tier's members are to be contacted (diamond
members by 5 February, gold by the end), see :func:`check_steps` and :func:`due_on`.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import date
from string import Formatter

from vipcrm.domain.errors import ValidationError, msg
from vipcrm.domain.values import CAMPAIGN_RESULTS, CampaignKind, CampaignResult, Tier

#: A campaign's steps: per tier, the day its members are due by (a tier without one: the end).
Steps = Mapping[Tier, date]

#: The fields an SMS template may name: the member's name, their manager, their tier.
TEMPLATE_FIELDS = ("name", "manager", "tier")
SCORES = range(1, 6)


def check_template(text: str, field: str = "sms") -> str:
    """The template, or a ValidationError naming an unknown or malformed field."""
    try:
        parts = list(Formatter().parse(text))
    except ValueError:
        raise ValidationError(
            field, msg("a brace without its pair; fields are written {fields}", fields=_shown())
        ) from None
    for _literal, name, spec, conversion in parts:
        if name is None:
            continue
        if name not in TEMPLATE_FIELDS or spec or conversion:
            raise ValidationError(
                field,
                msg(
                    "'{name}' is not a template field; the fields are {fields}",
                    name=name or "{}",
                    fields=_shown(),
                ),
            )
    return text


def _shown() -> list[str]:
    return ["{" + f + "}" for f in TEMPLATE_FIELDS]


def fill_template(text: str, *, name: str, manager: str, tier: str) -> str:
    """The SMS for one member (the template checked by :func:`check_template`)."""
    return text.format(name=name, manager=manager, tier=tier)


def check_outcome(
    kind: CampaignKind, result: CampaignResult | None, score: int | None
) -> CampaignResult:
    """The result to record: a survey with a score and no result is ``answered``.

    A marketing campaign records interested / accepted / declined / unreachable and no
    score; a survey records answered with a 1-5 score, or unreachable."""
    if result is None:
        if kind is CampaignKind.SURVEY and score is not None:
            result = CampaignResult.ANSWERED
        else:
            raise ValidationError(
                "result", msg("name a result: {allowed}", allowed=list(CAMPAIGN_RESULTS[kind]))
            )
    if result not in CAMPAIGN_RESULTS[kind]:
        raise ValidationError(
            "result",
            msg(
                "a {kind} campaign records {allowed}, not {result}",
                kind=kind,
                allowed=list(CAMPAIGN_RESULTS[kind]),
                result=result,
            ),
        )
    if score is not None:
        if result is not CampaignResult.ANSWERED:
            raise ValidationError("score", msg("only a survey's answer has a score"))
        if score not in SCORES:
            raise ValidationError("score", msg("{score} is outside 1..5", score=score))
    elif result is CampaignResult.ANSWERED:
        raise ValidationError("score", msg("a survey's answer needs a score from 1 to 5"))
    return result


def closes_item(result: CampaignResult) -> bool:
    """Whether an outcome ends the member's campaign item: any result but unreachable.

    Every such result needs a reached contact logged in the campaign's period (the
    service checks it), so the item is done when the member was reached in the period
    and what they said is recorded. ``unreachable`` keeps the item due: a later reached
    contact and outcome may still come before the end."""
    return result is not CampaignResult.UNREACHABLE


def check_steps(
    steps: Iterable[tuple[Tier, date]],
    *,
    starts_on: date,
    ends_on: date,
    tiers: Iterable[Tier] = (),
) -> dict[Tier, date]:
    """The steps by tier (diamond first), or a ValidationError: a tier given twice, a day
    outside the period, or a tier the campaign does not target (when it names its tiers)."""
    targeted = frozenset(tiers)
    found: dict[Tier, date] = {}
    for tier, day in steps:
        if tier in found:
            raise ValidationError("step", msg("{tier} has two steps", tier=tier))
        if not starts_on <= day <= ends_on:
            raise ValidationError(
                "step",
                msg(
                    "{tier}: {day} is outside the campaign's period {start} to {end}",
                    tier=tier,
                    day=day,
                    start=starts_on,
                    end=ends_on,
                ),
            )
        if targeted and tier not in targeted:
            raise ValidationError(
                "step",
                msg(
                    "{tier}: the campaign targets {tiers} only",
                    tier=tier,
                    tiers=[t.value for t in sorted(targeted, key=lambda t: t.rank)],
                ),
            )
        found[tier] = day
    return dict(sorted(found.items(), key=lambda kv: kv[0].rank))


def due_on(ends_on: date, steps: Steps, tier: Tier) -> date:
    """The day a member of ``tier`` is due by: the tier's step if the lead set one, else
    the campaign's end."""
    return steps.get(tier, ends_on)
