"""What is due, for whom, by when: the due engine over the members the actor may see."""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import replace
from datetime import date

from sqlalchemy.orm import Session

from vipcrm.domain.actor import Actor
from vipcrm.domain.churn import mark_retention
from vipcrm.domain.due import DueKind, DueResult, compute_due
from vipcrm.domain.errors import NotFound, PermissionDenied, ValidationError, msg
from vipcrm.domain.values import Role
from vipcrm.services.churn import latest_regrading
from vipcrm.services.directory import find_manager, find_team
from vipcrm.services.members import visible_manager_ids
from vipcrm.store.bulk import gc_paused
from vipcrm.store.due_facts import load_due_facts, open_campaign_facts

MAX_HORIZON_DAYS = 366


def due_for(
    session: Session,
    actor: Actor,
    *,
    today: date,
    horizon_days: int = 7,
    manager_code: str | None = None,
    kinds: Collection[DueKind] | None = None,
    review: bool = False,
    summary: bool = True,
    card_holders_only: bool = False,
) -> DueResult:
    """Items due by ``today + horizon_days`` (overdue ones included) for the actor's members.

    A manager sees their own book, a lead the team's, an admin everyone's; ``manager_code``
    narrows to one manager's book and is refused when the actor may not see it.
    Unassigned members are nobody's task yet and are not listed. ``kinds`` keeps only
    those kinds (the calendar warnings still cover the whole computation). ``summary``
    False reads the contact facts with the seeks, not the contact summary (a check).
    ``card_holders_only`` reads and works out the members with a card on its way and no
    one else (their facts are read by id after the cards): their items are the same (a
    member's items depend on that member only), the card screen's follow-ups for a region
    cost a few thousand members, not 100,000; the calendar warnings then cover those
    members' items only.
    """
    if not actor.bootstrap:
        actor.require(Role.MANAGER, Role.LEAD, Role.ADMIN, action=msg("list what is due"))
    if not 0 <= horizon_days <= MAX_HORIZON_DAYS:
        raise ValidationError(
            "horizon",
            msg("{days} is outside 0..{most} days", days=horizon_days, most=MAX_HORIZON_DAYS),
        )
    scope = visible_manager_ids(session, actor)
    if manager_code:
        manager = find_manager(session, manager_code)
        if scope is not None and manager.id not in scope:
            raise PermissionDenied(
                msg(
                    "{field}: {manager}'s members are not visible to {user}",
                    field="manager",
                    manager=manager_code,
                    user=actor.code,
                )
            )
        scope = frozenset({manager.id})
    with gc_paused():
        facts = load_due_facts(
            session,
            manager_ids=scope,
            today=today,
            summary=summary,
            card_holders_only=card_holders_only,
        )
        members = facts.members
        regrading = latest_regrading(session, as_of=today)
        if regrading is not None:  # retention calls for the members at risk after it
            members = mark_retention(
                members,
                facts.contacts,
                dropped=regrading.dropped,
                regrading_start=regrading.start,
                rules=facts.rules,
            )
        campaigns = open_campaign_facts(session, as_of=today)
        if campaigns:  # the open campaigns' members: each item follows the current manager
            members = [
                replace(m, campaigns=found) if (found := campaigns.get(m.member_id)) else m
                for m in members
            ]
        result = compute_due(
            members,
            facts.contacts,
            facts.cards,
            rules=facts.rules,
            calendar=facts.calendar,
            today=today,
            horizon_days=horizon_days,
            birthday_caps_fen=facts.birthday_caps_fen,
            key_person_birthday_caps_fen=facts.key_person_birthday_caps_fen,
            review=review,
        )
        if facts.rule_problems:  # a stored rule that does not fit its schema: said, not used
            result = replace(result, problems=tuple(facts.rule_problems))
        del facts, members  # freed before the collector resumes: it then only walks the items
    if kinds:
        wanted = frozenset(kinds)
        result = replace(result, items=tuple(i for i in result.items if i.kind in wanted))
    return result


def team_due_for(
    session: Session,
    actor: Actor,
    team_code: str,
    *,
    today: date,
    horizon_days: int,
) -> DueResult:
    """What one team's lead sees due, for an administrator looking at that team."""
    if actor.role is not Role.ADMIN:
        raise PermissionDenied(msg("only an administrator looks at another team's items"))
    try:
        team = find_team(session, team_code)
    except NotFound:  # removed since the summary listed it: nothing due
        return DueResult(items=(), guessed_years=frozenset())
    scope = replace(actor, role=Role.LEAD, team_id=team.id)
    return due_for(session, scope, today=today, horizon_days=horizon_days)
