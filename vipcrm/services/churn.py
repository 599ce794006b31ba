"""Churn against the club's targets, recent leavers and the members to call for retention
(客户挽留), for a team lead (SERVICE_RULES.md section 1).

    churn_report(session, actor, team="T01", year=2026, today=date(...)) -> ChurnReport

The maths is :mod:`vipcrm.domain.churn`; this module reads the rows. A team's members
are those assigned to its managers (unassigned new members are nobody's churn yet).
The year runs through December for a past year and through the month of ``today`` for
the current one; a later year is refused.

At-risk members are the ones the due engine gives a ``retention_call``
(:func:`latest_regrading` + :func:`vipcrm.domain.churn.mark_retention`), so the lead's
list and the managers' Today lists always agree.
"""

from __future__ import annotations

import uuid
from collections import defaultdict
from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from vipcrm.domain.actor import Actor
from vipcrm.domain.churn import (
    ClubSpan,
    mark_retention,
    month_churn,
    months_of_year,
    tier_before,
    year_to_date_churn,
)
from vipcrm.domain.dates import month_key
from vipcrm.domain.errors import ValidationError, msg
from vipcrm.domain.plan_layout import ChurnFigure
from vipcrm.domain.rules import ServiceRules
from vipcrm.domain.values import MemberStatus, Tier, TierChange
from vipcrm.services.budgets import require_lead_of
from vipcrm.services.directory import find_team
from vipcrm.store.due_facts import member_and_contact_facts
from vipcrm.store.models import GradingImport, Manager, Member, Team, TierHistory
from vipcrm.store.queries import chunks
from vipcrm.store.rules_data import rules_in_force

GROUPS = ("all", "diamond_gold", *(t.value for t in Tier))


@dataclass(frozen=True)
class Regrading:
    """The latest applied re-grading: its month and the members whose tier dropped in it."""

    month: str  # YYYY-MM
    start: date  # the month's first day
    dropped: frozenset[str]  # member ids (text)


@dataclass(frozen=True)
class Leaver:
    member_id: uuid.UUID
    name: str
    phone: str
    tier: Tier  # at the start of the month they left
    left_month: str
    manager_code: str
    manager_name: str


@dataclass(frozen=True)
class AtRiskMember:
    member_id: uuid.UUID
    name: str
    phone: str
    tier: Tier
    previous_tier: Tier | None  # before the re-grading, when it dropped
    manager_code: str
    manager_name: str
    causes: tuple[str, ...]  # tier_down, below_minimum
    last_reached: date | None
    called_on: date | None  # a reached call since the re-grading month began: done
    due_date: date


@dataclass(frozen=True)
class ChurnReport:
    team_code: str
    team_name: str
    year: int
    through: str  # the last month counted (YYYY-MM)
    months: tuple[tuple[str, dict[str, ChurnFigure]], ...]  # January .. through
    ytd: dict[str, ChurnFigure]
    target_all: float  # yearly, from the rules
    target_diamond_gold: float
    regrading_month: str | None
    retention_call_days: int
    leavers: tuple[Leaver, ...]  # left in the year, newest first
    at_risk: tuple[AtRiskMember, ...]

    def left_in(self, month: str, group: str = "all") -> int:
        return dict(self.months)[month][group].left


# -- reading ---------------------------------------------------------------------------------
def team_for(session: Session, actor: Actor, team: str | None, action: str) -> Team:
    """The team named (or the lead's own), once the actor may lead it (``action``: a msg())."""
    if team is None:
        if actor.team_id is None:
            raise ValidationError("team", msg("name the team (--team T)"))
        row = session.get(Team, actor.team_id)
        if row is None:
            raise ValidationError("team", msg("name the team (--team T)"))
    else:
        row = find_team(session, team)
    require_lead_of(actor, row.id, action)
    return row


@dataclass(frozen=True)
class _Row:
    id: uuid.UUID
    name: str
    phone: str
    manager_code: str
    manager_name: str
    span: ClubSpan


def team_spans(session: Session, team_id: uuid.UUID) -> list[_Row]:
    """The members assigned to the team's managers, with their tier history."""
    rows = session.execute(
        select(
            Member.id,
            Member.name,
            Member.phone,
            Member.tier,
            Member.joined_month,
            Member.left_month,
            Manager.code,
            Manager.name,
        )
        .join(Manager, Manager.id == Member.manager_id)
        .where(Manager.team_id == team_id, Member.deleted.is_(False))
        .order_by(Member.name, Member.id)
    ).all()
    ids = [r[0] for r in rows]
    history: dict[uuid.UUID, list[tuple[str, Tier | None]]] = defaultdict(list)
    for chunk in chunks(ids):
        for member_id, month, tier in session.execute(
            select(TierHistory.member_id, TierHistory.month, TierHistory.tier).where(
                TierHistory.member_id.in_(chunk), TierHistory.deleted.is_(False)
            )
        ):
            history[member_id].append((month, tier))
    return [
        _Row(
            mid,
            name,
            phone,
            code,
            manager_name,
            ClubSpan(tier, joined, left, tuple(history.get(mid, ()))),
        )
        for mid, name, phone, tier, joined, left, code, manager_name in rows
    ]


def latest_regrading(session: Session, as_of: date | None = None) -> Regrading | None:
    """The latest imported month and who dropped a tier in it (None before any import);
    ``as_of``: the latest one of that day's month or before (a re-grading is the billing
    system's at the start of its month, whenever the file was imported)."""
    query = select(GradingImport.month).where(GradingImport.deleted.is_(False))
    if as_of is not None:
        query = query.where(GradingImport.month <= month_key(as_of))
    month = session.scalar(query.order_by(GradingImport.month.desc()).limit(1))
    if month is None:
        return None
    dropped = frozenset(
        str(member_id)
        for member_id in session.scalars(
            select(TierHistory.member_id).where(
                TierHistory.month == month,
                TierHistory.change == TierChange.DOWN,
                TierHistory.deleted.is_(False),
            )
        )
    )
    return Regrading(month, date(int(month[:4]), int(month[5:7]), 1), dropped)


# -- the report ------------------------------------------------------------------------------
def churn_through(year: int | None, today: date) -> str:
    """The last month a churn report for ``year`` counts (refuses a year to come)."""
    year = year or today.year
    if year > today.year:
        raise ValidationError("year", msg("{year} has not begun yet", year=year))
    if year < 2000:
        raise ValidationError("year", msg("{year} is not a year of the club's data", year=year))
    return f"{year:04d}-{(today.month if year == today.year else 12):02d}"


def churn_report(
    session: Session,
    actor: Actor,
    *,
    team: str | None = None,
    year: int | None = None,
    today: date,
) -> ChurnReport:
    team_row = team_for(session, actor, team, msg("see the team's churn"))
    through = churn_through(year, today)
    first_of_through = date(int(through[:4]), int(through[5:7]), 1)
    rules = rules_in_force(session, first_of_through)
    rows = team_spans(session, team_row.id)
    spans = [r.span for r in rows]
    months = tuple(
        (m, month_churn(spans, m, rules))
        for m in months_of_year(int(through[:4]), int(through[5:7]))
    )
    january = f"{through[:4]}-01"
    leavers = sorted(
        (
            Leaver(
                r.id,
                r.name,
                r.phone,
                tier_before(r.span, r.span.left_month),
                r.span.left_month,
                r.manager_code,
                r.manager_name,
            )
            for r in rows
            if r.span.left_month is not None and january <= r.span.left_month <= through
        ),
        key=lambda x: (x.left_month, -x.tier.rank, x.name),
        reverse=True,
    )
    regrading = latest_regrading(session)
    return ChurnReport(
        team_code=team_row.code,
        team_name=team_row.name,
        year=int(through[:4]),
        through=through,
        months=months,
        ytd=year_to_date_churn(spans, through, rules),
        target_all=rules.churn_target_all,
        target_diamond_gold=rules.churn_target_diamond_gold,
        regrading_month=regrading.month if regrading else None,
        retention_call_days=rules_in_force(session, today).retention_call_days,
        leavers=tuple(leavers),
        at_risk=_at_risk(session, team_row.id, rows, regrading, rules_in_force(session, today)),
    )


def _at_risk(
    session: Session,
    team_id: uuid.UUID,
    rows: list[_Row],
    regrading: Regrading | None,
    rules: ServiceRules,
) -> tuple[AtRiskMember, ...]:
    if regrading is None:
        return ()
    managers = frozenset(session.scalars(select(Manager.id).where(Manager.team_id == team_id)))
    members, contacts = member_and_contact_facts(session, manager_ids=managers)
    marked = mark_retention(
        members,
        contacts,
        dropped=regrading.dropped,
        regrading_start=regrading.start,
        rules=rules,
    )
    by_id = {str(r.id): r for r in rows}
    out = []
    for m in marked:
        if m.retention_from is None or m.status is not MemberStatus.ACTIVE:
            continue
        row = by_id[m.member_id]
        facts = contacts.get(m.member_id)
        voice = facts.last_voice_reached_on if facts else None
        previous = (
            tier_before(row.span, regrading.month) if "tier_down" in m.retention_causes else None
        )
        out.append(
            AtRiskMember(
                member_id=row.id,
                name=m.name,
                phone=m.phone,
                tier=m.tier,
                previous_tier=previous,
                manager_code=row.manager_code,
                manager_name=row.manager_name,
                causes=m.retention_causes,
                last_reached=facts.last_reached_on if facts else None,
                called_on=voice if voice is not None and voice >= regrading.start else None,
                due_date=regrading.start + timedelta(days=rules.retention_call_days),
            )
        )
    out.sort(key=lambda a: (a.called_on is not None, a.tier.rank, a.manager_code, a.name))
    return tuple(out)


def figure_json(figure: ChurnFigure) -> dict[str, object]:
    """A figure as the CLI's ``--json`` (and the dashboard export) give it."""
    return {
        "base": figure.base,
        "left": figure.left,
        "rate": figure.rate,
        "target": figure.target,
        "met": figure.met,
    }


def report_json(report: ChurnReport) -> dict[str, object]:
    return {
        "team": report.team_code,
        "year": report.year,
        "through": report.through,
        "targets": {"all": report.target_all, "diamond_gold": report.target_diamond_gold},
        "year_to_date": {g: figure_json(f) for g, f in report.ytd.items()},
        "months": {m: {g: figure_json(f) for g, f in figs.items()} for m, figs in report.months},
        "regrading_month": report.regrading_month,
        "leavers": [
            {
                "member_id": str(x.member_id),
                "name": x.name,
                "phone": x.phone,
                "tier": x.tier.value,
                "left_month": x.left_month,
                "manager": x.manager_code,
            }
            for x in report.leavers
        ],
        "at_risk": [
            {
                "member_id": str(a.member_id),
                "name": a.name,
                "phone": a.phone,
                "tier": a.tier.value,
                "previous_tier": a.previous_tier.value if a.previous_tier else None,
                "manager": a.manager_code,
                "causes": list(a.causes),
                "last_reached": a.last_reached.isoformat() if a.last_reached else None,
                "called_on": a.called_on.isoformat() if a.called_on else None,
                "due": a.due_date.isoformat(),
            }
            for a in report.at_risk
        ],
    }
