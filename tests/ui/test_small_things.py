"""The small things that looked careless (issue 20, point 10): plurals, grouped numbers,
no blank pills or empty coloured boxes, no placeholder dash in a sentence."""

from __future__ import annotations

from sqlalchemy import select, update

from tests.ui.conftest import TODAY
from vipcrm.domain.values import Occasion
from vipcrm.services import budgets, gifts
from vipcrm.services.context import resolve_actor
from vipcrm.store.models import Member
from vipcrm.ui.screens.base import Section


def test_the_team_totals_count_in_the_singular_and_plural(make_gui, team_db):
    with team_db.transaction() as s:
        lead = resolve_actor(s, "L001")
        budgets.set_team_budget(s, lead, team="T1", period="2026-11", amount_fen=100000)
        budgets.set_manager_budget(s, lead, manager="M001", period="2026-11", amount_fen=100)
        gifts.request_gift(  # over the manager's budget: waits for the lead
            s,
            resolve_actor(s, "M001"),
            member_ref="13800138000",
            occasion=Occasion.BIRTHDAY,
            amount_fen=15000,
            today=TODAY,
        )
    gui = make_gui("L001")
    screen = gui.window.show_section(Section.TEAM)
    screen.show_tab(screen.tabs.indexOf(screen.dashboard))
    totals = screen.dashboard.totals.text()
    assert "1 gift waiting" in totals, totals
    assert "gifts waiting" not in totals and " members" in totals


def test_points_are_grouped_as_the_locale_writes_them(make_gui, team_db):
    with team_db.transaction() as s:
        s.execute(update(Member).where(Member.name == "张伟").values(points=52296))
        zhang = s.scalar(select(Member.id).where(Member.name == "张伟"))
    gui = make_gui("M001")
    gui.window.show_section(Section.MEMBERS)
    gui.window.open_member(zhang)
    text = gui.screens.members.page.fact_labels["points"].text()
    assert text.startswith("52,296 points"), text


def test_no_blank_pill_or_empty_boxes_before_there_is_something_to_count(make_gui, qtbot):
    gui = make_gui("M002")  # no contacts in the book yet
    screen = gui.window.show_section(Section.WORKLOG)
    assert screen.total_pill.isHidden()
    assert screen.channel_counts.isHidden() and screen.outcome_counts.isHidden()
    dialog = screen.import_phone_records()
    qtbot.addWidget(dialog)
    assert all(p.isHidden() for p in dialog.pills.values())  # before any preview
    dialog.close()


def test_the_churn_tab_says_no_regrading_yet_without_a_placeholder_dash(make_gui):
    gui = make_gui("L001")  # no re-grading imported in this team
    screen = gui.window.show_section(Section.TEAM)
    screen.show_tab(screen.tabs.indexOf(screen.churn))
    text = screen.churn.at_risk_label.text()
    assert "—" not in text and "none known yet" in text, text
    assert all(p.isHidden() for p in screen.regrading.pills.values())
