"""Demo data with a history (issue 26): a year of re-gradings, so every chart and list of
the Team section shows something on first run."""

from __future__ import annotations

from collections import Counter
from datetime import date

import pytest
from sqlalchemy import func, select

from vipcrm.domain.churn import year_to_date_churn
from vipcrm.domain.due import DueKind
from vipcrm.services.churn import churn_report, team_spans
from vipcrm.services.context import resolve_actor
from vipcrm.services.demo import DemoOptions, generate_demo, history_months
from vipcrm.services.due import due_for
from vipcrm.services.team_trends import team_trends
from vipcrm.store.db import open_database
from vipcrm.store.models import GradingImport, Member
from vipcrm.store.rules_data import rules_in_force

TODAY = date(2026, 11, 22)


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    database = open_database(tmp_path_factory.mktemp("demo") / "demo.db")
    generate_demo(database, DemoOptions(members=500, today=TODAY))
    yield database
    database.dispose()


def test_twelve_months_of_regradings_before_todays_month(demo):
    months = history_months(TODAY)
    assert months[0] == "2025-11" and months[-1] == "2026-10"
    with demo.reading() as s:
        imported = s.scalars(select(GradingImport.month).order_by(GradingImport.month)).all()
        active = s.scalar(select(func.count()).where(Member.status == "active"))
    assert imported == months  # November's file is left for the user to import
    assert active == 500  # leavers are members beyond the book asked for
    with demo.reading() as s:
        flow = team_trends(s, resolve_actor(s, "L01"), today=TODAY, month="2026-10").flow
    assert sum(f.up for f in flow) > 0 and sum(f.down for f in flow) > 0
    assert sum(f.left for f in flow) > 0 and sum(f.joined for f in flow) > 0
    assert flow[-1].down >= 4  # the latest re-grading moved members down: at risk


def test_year_to_date_churn_is_near_the_targets_and_one_manager_is_above_them(demo):
    with demo.reading() as s:
        lead = resolve_actor(s, "L01")
        trends = team_trends(s, lead, today=TODAY)
        report = churn_report(s, lead, today=TODAY)
    now = trends.churn.points[-1]
    assert 0 < now.all.left and 0 < now.diamond_gold.left
    # near the targets pro rata (3.5 % and 2 % a year, 11/12 of them by November)
    assert 0.5 * now.all.target < now.all.rate < 1.5 * now.all.target
    assert 0.5 * now.diamond_gold.target < now.diamond_gold.rate < 1.5 * now.diamond_gold.target
    # the slipping manager (M002) loses the most members, over the target for all
    leavers = Counter(x.manager_code for x in report.leavers)
    assert leavers.most_common(1)[0][0] == "M002"
    with demo.reading() as s:
        rules = rules_in_force(s, TODAY)
        rows = team_spans(s, resolve_actor(s, "L01").team_id)
    own = year_to_date_churn([r.span for r in rows if r.manager_code == "M002"], "2026-11", rules)
    assert own["all"].rate > own["all"].target
    m002 = next(t for t in trends.standard if t.code == "M002")
    assert trends.standard[0] is m002  # and is the one slipping in the service standard
    assert m002.latest_rate is not None and m002.fall > 0.1


def test_retention_calls_are_due_and_budgets_are_used(demo):
    with demo.reading() as s:
        lead = resolve_actor(s, "L01")
        due = due_for(s, lead, today=TODAY, horizon_days=7, kinds={DueKind.RETENTION_CALL})
        trends = team_trends(s, lead, today=TODAY)
    assert len(due.items) >= 2
    assert all(b.allocated_fen > 0 and b.spent_fen + b.committed_fen > 0 for b in trends.budgets)


def test_the_spring_festival_campaign_tells_the_diamond_members_first(demo):
    """The demo's marketing campaign has a diamond step: the diamond members are due by it,
    the gold ones by the end (the CLI, the Campaigns tab and Today show both)."""
    from datetime import timedelta

    from vipcrm.domain.values import Tier
    from vipcrm.services.campaigns import campaign_progress

    with demo.reading() as s:
        lead = resolve_actor(s, "L01")
        progress = campaign_progress(s, lead, "SF2026-01", today=TODAY)
        items = due_for(s, lead, today=TODAY, horizon_days=14, kinds=[DueKind.CAMPAIGN_CONTACT])
    step, end = TODAY + timedelta(days=2), progress.campaign.ends_on
    assert progress.campaign.steps == {Tier.DIAMOND: step} and step < end
    spring = [i for i in items.items if i.reason.get("campaign") == "SF2026-01"]
    assert {i.due_date for i in spring if i.tier is Tier.DIAMOND} == {step}
    assert {i.due_date for i in spring if i.tier is Tier.GOLD} == {end}
    assert all(i.reason.get("step") == step for i in spring if i.tier is Tier.DIAMOND)
