"""A campaign's items reach Today and the morning digest (issue 25), through the Today
section's backend the window uses."""

from __future__ import annotations

from datetime import date

from tests.services.test_campaigns import MID, add, team  # noqa: F401  (the fixture)
from vipcrm.domain.due import DueKind
from vipcrm.domain.values import Tier
from vipcrm.services.context import resolve_actor
from vipcrm.ui.backends.today import TodayBackend


def test_the_campaign_item_is_on_today_and_counted_in_the_digest(team):  # noqa: F811
    with team.reading() as s:
        team.actor = resolve_actor(s, "M1")
    backend = TodayBackend(team, today=lambda: MID)
    before = backend.digest()
    add(team, tiers=(Tier.GOLD,))
    after = backend.digest()
    assert after.next_days == before.next_days + 1  # 金一's, due on Friday 23 October
    assert (after.overdue, after.today) == (before.overdue, before.today)
    items = [i for i in backend.due().items if i.kind is DueKind.CAMPAIGN_CONTACT]
    assert [(i.member_name, i.due_date) for i in items] == [("金一", date(2026, 10, 23))]
