"""One call per printed document, for the GUI's Print/Export actions and the CLI.

Run these off the GUI thread (through the runner) with a reading session::

    from vipcrm.reports.printing import print_plan, print_review

    with db.reading() as session:
        printed = print_plan(session, actor, manager="M001", period="2026-12",
                             out=path, lang="zh_CN")
    printed.path, printed.rows, printed.pages

``period`` is a month ``2026-12`` (monthly plan), an ISO week ``2026-W49`` (weekly plan)
or a year ``2026`` (yearly plan). A manager may print their own plan, a team lead the
plans of the team and its review; anything else raises
:class:`~vipcrm.domain.errors.PermissionDenied` before a file is written. Both return
the written path with the number of rows listed and of pages.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session

from vipcrm.domain.actor import Actor
from vipcrm.domain.errors import ValidationError, msg
from vipcrm.domain.plan_layout import PlanPeriod, parse_plan_month, parse_plan_week, parse_plan_year
from vipcrm.services.plan_contents import PlanData, YearPlanData, month_plan, week_plan, year_plan
from vipcrm.services.review import Review


@dataclass(frozen=True)
class Printed:
    path: Path
    rows: int  # plan: due items listed (yearly: months); review: managers
    pages: int
    review: Review | None = None  # the review's figures, for the command line's summary


def parse_plan_period(text: str, field: str = "period") -> PlanPeriod:
    """``2026-12`` (month), ``2026-W49`` (ISO week) or ``2026`` (year)."""
    raw = (text or "").strip()
    if re.fullmatch(r"\d{4}", raw):
        return parse_plan_year(raw, field)
    if "w" in raw.lower():
        return parse_plan_week(raw, field)
    if re.fullmatch(r"\d{4}-\d{1,2}", raw):
        return parse_plan_month(raw, field)
    raise ValidationError(
        field, msg("'{text}' is not a month, ISO week or year (2026-12, 2026-W49, 2026)", text=text)
    )


def plan_data(
    session: Session, actor: Actor, *, manager: str, period: PlanPeriod | str
) -> PlanData | YearPlanData:
    p = period if isinstance(period, PlanPeriod) else parse_plan_period(period)
    if p.kind == "year":
        return year_plan(session, actor, manager=manager, year=p)
    if p.kind == "week":
        return week_plan(session, actor, manager=manager, week=p)
    return month_plan(session, actor, manager=manager, month=p)


def render_plan_data(
    data: PlanData | YearPlanData, out: Path | str, lang: str = "zh_CN"
) -> Printed:
    from vipcrm.reports.plan_report import render_plan, render_year_plan

    if isinstance(data, YearPlanData):
        path = render_year_plan(data, out, lang)
        return Printed(path, len(data.months), _pages(path))
    path = render_plan(data, out, lang)
    return Printed(path, data.total, _pages(path))


def print_plan(
    session: Session,
    actor: Actor,
    *,
    manager: str,
    period: PlanPeriod | str,
    out: Path | str,
    lang: str = "zh_CN",
) -> Printed:
    """Gather and write one manager's monthly, weekly or yearly plan."""
    return render_plan_data(plan_data(session, actor, manager=manager, period=period), out, lang)


def print_review(
    session: Session,
    actor: Actor,
    *,
    team: str,
    month: str,
    out: Path | str,
    lang: str = "zh_CN",
    today: date | None = None,
) -> Printed:
    """Gather and write a team's monthly work-log review (a lead of the team, or an admin),
    the trends up to the month drawn on its first page."""
    from vipcrm.reports.review import render_review
    from vipcrm.services.review import work_review
    from vipcrm.services.team_trends import team_trends

    data = work_review(session, actor, team=team, month=month, today=today)
    trends = team_trends(
        session, actor, team=data.team_code, today=data.today, month=data.period.key
    )
    campaigns = _review_campaigns(session, actor, data)
    path = render_review(data, out, lang, trends, campaigns=campaigns)
    return Printed(path, len(data.managers), _pages(path), data)


def _review_campaigns(session: Session, actor: Actor, data: Any) -> list[Any]:
    """The team's campaigns that ran in the review's month, with their progress as of the
    month's end (or today, in the current month): the team's members' progress only (an
    administrator's campaign for every team counts the team's targets)."""
    from vipcrm.services.campaigns import campaign_progress, list_campaigns, team_view

    p = data.period
    as_of = min(data.today, p.end)
    viewer = team_view(session, actor, data.team_code)
    return [
        campaign_progress(session, viewer, row.id, today=as_of)
        for row in list_campaigns(session, viewer)
        if row.team_code in (data.team_code, None)
        and row.starts_on <= p.end
        and row.ends_on >= p.start
    ]


def _pages(path: Path) -> int:
    """Pages of a PDF we wrote (ReportLab writes ``/Count N`` in the page tree)."""
    counts = re.findall(rb"/Count (\d+)", path.read_bytes())
    return max((int(c) for c in counts), default=0)
