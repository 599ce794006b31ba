"""Campaigns and satisfaction call-backs (活动推广 · 满意度回访): the pure rules.

The SMS template's fields, what a campaign of each kind records, and when a targeted
member counts as done (see :func:`closes_item`).
"""

from __future__ import annotations

from string import Formatter

from vipcrm.domain.errors import ValidationError, msg
from vipcrm.domain.values import CAMPAIGN_RESULTS, CampaignKind, CampaignResult

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
