"""The lead's trends: the series the Team section's charts, the printed review's first page
and the dashboard workbook draw (issue 26), as plain values. No Qt, no words.

    team_trends(session, actor, team=None, today=date(...), month=None, months=6) -> TeamTrends

``month`` (YYYY-MM, default ``today``'s) is the last month drawn: the printed review of a
past month draws the trends up to that month; ``today`` still decides what is judged
(overdue, not yet due). A month after ``today``'s is refused.

Scope: a lead sees their own team (``team`` None) or, named, only a team they lead; an
admin a named team, or every team when ``team`` is None (``TeamTrends.team_code`` is
then None). A team's members are those assigned to its managers, as in
:mod:`vipcrm.services.churn` (unassigned new members are nobody's yet).

The four series (each also a function of its own, over a :class:`Scope`)
---------------------------------------------------------------------------
``churn`` (:class:`ChurnTrend`, :func:`churn_trend`)
    The year to date of the month's year, month by month from January through the
    month: one :class:`ChurnPoint` per month with the year-to-date figure of all members
    and of diamond + gold (:class:`~vipcrm.domain.plan_layout.ChurnFigure`: base, left,
    ``rate`` (None for an empty base), ``target`` = the yearly target pro rata through
    that month, ``met``). The yearly targets (``churn_target_all``,
    ``churn_target_diamond_gold``, e.g. 0.035 and 0.02) are on the trend. The figures are
    :func:`vipcrm.domain.churn.year_to_date_churn`'s, so the point of ``today``'s month
    equals ``vipcrm churn``'s year to date (for the current month).

``standard`` (tuple of :class:`ManagerTrend`, :func:`standard_trend`)
    Per manager, the last ``months`` calendar months ending with the month (oldest
    first), each a :class:`ManagerMonth`: the service standard of the month (routine and
    care items due / done / not yet due on ``today``, ``rate`` = done / judged, None when
    nothing was judged), counted as ``vipcrm review`` counts it
    (:func:`vipcrm.services.review.standard_by_month`); and ``overdue``, the items of the
    manager's book overdue at the end of that month (at ``today`` for the current one),
    as the due engine gives them (``due --on``, the lead's review view): the obligations
    that stay due (first contacts, card steps, greetings, retention calls ...); a routine
    period that ended is not carried over by the engine, it is ``missed`` in the month.
    Sorted so the slipping manager comes first (:func:`slipping_first`): lowest rate in the
    last *complete* month that has one (a month before ``today``'s; the current month, partly
    judged, has everyone near 100 % and would hide a fall; only a manager without any judged
    complete month is placed by the current month's rate, and one with none at all comes
    last), then the biggest fall from their first judged month to that rate, then the most
    overdue now, then the code.

``budgets`` (tuple of :class:`ManagerBudget`, :func:`budget_by_manager`)
    Per manager (by code), the gift budget line holding the first day of the month
    (the narrowest of month, quarter, year: the line a new gift draws on, as the review
    shows it): allocated, committed (approved, not yet delivered), spent (delivered), in
    fen. A manager without a line has zeros and ``period`` None. ``left_fen`` =
    allocated - committed - spent.

``flow`` (tuple of :class:`FlowMonth`, :func:`regrading_flow`)
    The re-grading of the last ``months`` months, oldest first: how many of the scope's
    members joined (a tier-history row ``new``: new or back), moved up, down, and left,
    counted from the tier history the monthly import writes. Members are counted with
    their manager now (every team: unassigned members too); a month without any
    re-grading row counts zeros.

The cyclic garbage collector is paused while the four series are gathered
(:func:`vipcrm.store.bulk.gc_paused`: its full collections over the log's objects held the
interpreter lock up to half a second each, freezing the window); the log and the due
engine's rows are fetched a few thousand at a time for the same reason.

Cost: the standard trend reads the scope's log once for the ``months`` months (and the
quarter before them) and runs the due engine once per month; run it on the window's
runner, never on the GUI thread. At team scale (a demo team of 10 managers and 20,000
members, 2026-11) the four series took about 20 s on the development machine (the
standard 16 s of it: the log's half a million rows, the months' counting, six due runs;
churn 4 s; budgets and flow well under a second).
"""

from __future__ import annotations

import uuid
from collections import Counter
from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from vipcrm.domain.actor import Actor
from vipcrm.domain.churn import ClubSpan, months_of_year, year_to_date_churn
from vipcrm.domain.errors import ValidationError, msg
from vipcrm.domain.plan_layout import ChurnFigure, month_period, parse_plan_month
from vipcrm.domain.values import Role, TierChange
from vipcrm.services.budgets import require_lead_of
from vipcrm.services.churn import team_for, team_spans
from vipcrm.services.due import due_for
from vipcrm.services.plan_contents import budget_lines
from vipcrm.services.review import standard_by_month
from vipcrm.store.bulk import gc_paused
from vipcrm.store.models import Manager, Member, Team, TierHistory
from vipcrm.store.queries import chunks
from vipcrm.store.rules_data import rules_in_force


# -- values ----------------------------------------------------------------------------------
@dataclass(frozen=True)
class Scope:
    """The teams whose trends are drawn and their account managers."""

    team_code: str | None  # None: every team (an admin)
    team_name: str | None
    team_ids: tuple[uuid.UUID, ...]
    managers: tuple[tuple[uuid.UUID, str, str], ...]  # (id, code, name), by code


@dataclass(frozen=True)
class ChurnPoint:
    month: str  # YYYY-MM
    all: ChurnFigure  # year to date through the month; target pro rata
    diamond_gold: ChurnFigure


@dataclass(frozen=True)
class ChurnTrend:
    year: int
    target_all: float  # yearly, from the rules (0.035 = 3.5 %)
    target_diamond_gold: float
    points: tuple[ChurnPoint, ...]  # January .. the month


@dataclass(frozen=True)
class ManagerMonth:
    month: str  # YYYY-MM
    due: int  # routine and care items of the month
    done: int
    open: int  # not yet due on today
    overdue: int  # items overdue at the month's end (today for the current month)

    @property
    def missed(self) -> int:
        return self.due - self.done - self.open

    @property
    def rate(self) -> float | None:
        judged = self.due - self.open
        return self.done / judged if judged > 0 else None


@dataclass(frozen=True)
class ManagerTrend:
    code: str
    name: str
    months: tuple[ManagerMonth, ...]  # oldest first

    @property
    def latest_rate(self) -> float | None:
        rates = [m.rate for m in self.months if m.rate is not None]
        return rates[-1] if rates else None

    @property
    def fall(self) -> float:
        """How far the rate fell from the first judged month to the latest (0: no fall)."""
        rates = [m.rate for m in self.months if m.rate is not None]
        return max(0.0, rates[0] - rates[-1]) if rates else 0.0


@dataclass(frozen=True)
class ManagerBudget:
    code: str
    name: str
    period: str | None  # the budget line's period (YYYY-MM, YYYY-Qn, YYYY); None: no line
    allocated_fen: int
    committed_fen: int
    spent_fen: int

    @property
    def left_fen(self) -> int:
        return self.allocated_fen - self.committed_fen - self.spent_fen


@dataclass(frozen=True)
class FlowMonth:
    month: str  # YYYY-MM
    joined: int
    up: int
    down: int
    left: int


@dataclass(frozen=True)
class TeamTrends:
    team_code: str | None  # None: every team
    team_name: str | None
    today: date
    month: str  # the last month drawn (YYYY-MM)
    churn: ChurnTrend
    standard: tuple[ManagerTrend, ...]  # the slipping manager first
    budgets: tuple[ManagerBudget, ...]  # by manager code
    flow: tuple[FlowMonth, ...]  # oldest first


# -- scope -----------------------------------------------------------------------------------
def trend_scope(session: Session, actor: Actor, team: str | None = None) -> Scope:
    """The team named (or the lead's own); an admin without a team: every team."""
    action = msg("see the team's trends")
    if team is None and actor.role is Role.ADMIN:
        require_lead_of(actor, None, action)
        teams = list(session.scalars(select(Team).where(Team.deleted.is_(False))))
        code = name = None
    else:
        row = team_for(session, actor, team, action)
        teams, code, name = [row], row.code, row.name
    team_ids = tuple(t.id for t in teams)
    managers = tuple(
        (manager_id, code, name)
        for manager_id, code, name in session.execute(
            select(Manager.id, Manager.code, Manager.name)
            .where(
                Manager.team_id.in_(team_ids),
                Manager.role == Role.MANAGER,
                Manager.deleted.is_(False),
            )
            .order_by(Manager.code)
        )
    )
    return Scope(code, name, team_ids, managers)


def last_months(day: date, months: int) -> list[str]:
    """The ``months`` calendar months ending with ``day``'s, oldest first (YYYY-MM)."""
    out = []
    year, month = day.year, day.month
    for _ in range(months):
        out.append(f"{year:04d}-{month:02d}")
        year, month = (year, month - 1) if month > 1 else (year - 1, 12)
    return out[::-1]


# -- the series ------------------------------------------------------------------------------
def churn_trend(session: Session, scope: Scope, last: date) -> ChurnTrend:
    """January to ``last``'s month (``last``: a day of the last month drawn)."""
    rules = rules_in_force(session, last.replace(day=1))
    spans: list[ClubSpan] = [r.span for t in scope.team_ids for r in team_spans(session, t)]
    points = []
    for month in months_of_year(last.year, last.month):
        ytd = year_to_date_churn(spans, month, rules)
        points.append(ChurnPoint(month, ytd["all"], ytd["diamond_gold"]))
    return ChurnTrend(
        year=last.year,
        target_all=rules.churn_target_all,
        target_diamond_gold=rules.churn_target_diamond_gold,
        points=tuple(points),
    )


def standard_trend(
    session: Session, actor: Actor, scope: Scope, last: date, today: date, months: int = 6
) -> tuple[ManagerTrend, ...]:
    """The ``months`` months ending with ``last``'s, judged on ``today``."""
    ids = [m[0] for m in scope.managers]
    codes = {m[1] for m in scope.managers}
    rows: dict[str, list[ManagerMonth]] = {code: [] for code in codes}
    periods = [month_period(int(m[:4]), int(m[5:7])) for m in last_months(last, months)]
    for month, period, tallies in zip(
        last_months(last, months),
        periods,
        standard_by_month(session, ids, periods, today),
        strict=True,
    ):
        as_of = min(today, period.end)
        overdue = Counter(
            i.manager_code
            for i in due_for(session, actor, today=as_of, horizon_days=0, review=True).items
            if i.overdue_days > 0 and i.manager_code in codes
        )
        for manager_id, code, _name in scope.managers:
            t = tallies[manager_id]
            rows[code].append(ManagerMonth(month, t.due, t.done, t.open, overdue[code]))
    trends = [ManagerTrend(code, name, tuple(rows[code])) for _id, code, name in scope.managers]
    return slipping_first(trends, today)


def slipping_first(trends: list[ManagerTrend], today: date) -> tuple[ManagerTrend, ...]:
    """The slipping manager first: lowest rate in the last complete month (before
    ``today``'s) that has one, else the current month's; none at all last; then the biggest
    fall from the first judged month to that rate, the most overdue now, the code."""
    current = f"{today.year:04d}-{today.month:02d}"
    return tuple(sorted(trends, key=lambda t: _slipping_key(t, current)))


def _slipping_key(t: ManagerTrend, current: str) -> tuple[bool, float, float, int, str]:
    judged = [(m.month, rate) for m in t.months if (rate := m.rate) is not None]
    complete = [rate for month, rate in judged if month < current]
    last = complete[-1] if complete else (judged[-1][1] if judged else None)
    fall = max(0.0, judged[0][1] - last) if judged and last is not None else 0.0
    now = t.months[-1].overdue if t.months else 0
    return (last is None, last if last is not None else 0.0, -fall, -now, t.code)


def budget_by_manager(session: Session, scope: Scope, last: date) -> tuple[ManagerBudget, ...]:
    period = month_period(last.year, last.month)
    out = []
    for manager_id, code, name in scope.managers:
        lines = budget_lines(session, manager_id, period)
        if lines:
            b = lines[0]
            out.append(
                ManagerBudget(code, name, b.period, b.allocated_fen, b.committed_fen, b.spent_fen)
            )
        else:
            out.append(ManagerBudget(code, name, None, 0, 0, 0))
    return tuple(out)


def regrading_flow(
    session: Session, scope: Scope, last: date, months: int = 6
) -> tuple[FlowMonth, ...]:
    wanted = last_months(last, months)
    counts: Counter[tuple[str, TierChange]] = Counter()
    query = (
        select(TierHistory.month, TierHistory.change, func.count())
        .join(Member, Member.id == TierHistory.member_id)
        .where(
            TierHistory.month >= wanted[0],
            TierHistory.month <= wanted[-1],
            TierHistory.deleted.is_(False),
            Member.deleted.is_(False),
            TierHistory.change != TierChange.SAME,
        )
        .group_by(TierHistory.month, TierHistory.change)
    )
    if scope.team_code is None:
        for month, change, n in session.execute(query):
            counts[(month, change)] += n
    else:
        for chunk in chunks([m[0] for m in scope.managers]):
            for month, change, n in session.execute(query.where(Member.manager_id.in_(chunk))):
                counts[(month, change)] += n
    return tuple(
        FlowMonth(
            m,
            joined=counts[(m, TierChange.NEW)],
            up=counts[(m, TierChange.UP)],
            down=counts[(m, TierChange.DOWN)],
            left=counts[(m, TierChange.LEFT)],
        )
        for m in wanted
    )


def team_trends(
    session: Session,
    actor: Actor,
    *,
    team: str | None = None,
    today: date,
    month: str | None = None,
    months: int = 6,
) -> TeamTrends:
    """All four series for the scope (see the module's docstring)."""
    scope = trend_scope(session, actor, team)
    last = today.replace(day=1) if month is None else parse_plan_month(month).start
    if last > today:
        raise ValidationError("month", msg("{month} has not begun yet", month=month))
    with gc_paused():
        return TeamTrends(
            team_code=scope.team_code,
            team_name=scope.team_name,
            today=today,
            month=f"{last.year:04d}-{last.month:02d}",
            churn=churn_trend(session, scope, last),
            standard=standard_trend(session, actor, scope, last, today, months),
            budgets=budget_by_manager(session, scope, last),
            flow=regrading_flow(session, scope, last, months),
        )
