"""The rail's badges are right from the first paint and after every change, whatever
section is open (issue 20, point 1)."""

from __future__ import annotations

from datetime import UTC, date, datetime

from PySide6.QtWidgets import QApplication

from tests.ui.conftest import actor_for
from tests.ui.test_plans_screen import december_plan, plans_of
from vipcrm.domain.due import DueKind
from vipcrm.domain.values import Channel, Outcome
from vipcrm.services.contacts import log_contact
from vipcrm.services.context import Changes
from vipcrm.services.due import due_for
from vipcrm.ui.backends.base import due_sections
from vipcrm.ui.screens.base import Section

LATER = date(2026, 12, 1)  # the members' first calls (assigned on 22 Nov) are overdue


def due_items(db, code: str, today: date):
    with db.reading() as s:
        return due_for(s, actor_for(db, code), today=today, horizon_days=7).items


def due_now(db, code: str, today: date) -> int:
    """What Today counts on its badge: overdue and due today (read here, not by the rail)."""
    overdue, now, _ = due_sections(due_items(db, code, today), today)
    return len(overdue) + len(now)


def test_today_has_its_badge_when_the_window_reopens_on_another_section(
    make_gui, team_db, settings, job_errors
):
    expected = due_now(team_db, "M001", LATER)
    assert expected > 0
    settings.last_section = int(Section.MEMBERS)  # closed on Members last time
    gui = make_gui("M001", today=LATER)
    assert gui.window.current_section() is Section.MEMBERS
    gui.badges.refresh()  # what the app runs once the window is shown
    assert gui.window.rail.badge(Section.TODAY) == expected
    assert not gui.window.screens.is_built(Section.TODAY)  # counted without building it
    today = gui.window.show_section(Section.TODAY)
    assert today.model.rowCount() and gui.window.rail.badge(Section.TODAY) == expected
    assert job_errors == []


def test_the_team_badge_drops_when_a_plan_is_approved_in_plans(make_gui, job_errors, qtbot):
    plans = december_plan(make_gui("M001"))
    plans.submit_button.click()
    lead = make_gui("L001")
    rail = lead.window.rail
    lead.window.show_section(Section.TEAM)  # built and counted: one plan waits
    qtbot.waitUntil(lambda: rail.badge(Section.TEAM) == 1)  # the approvals: the turn after
    queue = plans_of(lead)
    assert rail.badge(Section.PLANS) == 1
    queue.ask_comment = lambda *args: "同意"
    queue.approvals.approve_button.click()
    assert rail.badge(Section.PLANS) == 0  # the screen showing counts itself
    QApplication.processEvents()  # the rail's one read for the burst of changes
    assert rail.badge(Section.TEAM) == 0  # without reopening Team
    assert job_errors == []


def test_a_contact_logged_away_from_today_updates_its_badge(make_gui, team_db, job_errors):
    gui = make_gui("M001", today=LATER)  # Today shows and counts itself
    rail = gui.window.rail
    before = rail.badge(Section.TODAY)
    assert before == due_now(team_db, "M001", LATER) > 0
    gui.window.show_section(Section.MEMBERS)
    late = next(
        i
        for i in due_items(team_db, "M001", LATER)
        if i.due_date < LATER and i.kind is DueKind.FIRST_CONTACT
    )

    def call() -> Changes:  # reached on the morning of LATER (the window's clock is fixed)
        with team_db.transaction() as s:
            return log_contact(
                s,
                gui.actor,
                member_ref=str(late.member_id),
                channel=Channel.PHONE,
                outcome=Outcome.REACHED,
                at=datetime(2026, 12, 1, 1, 0, tzinfo=UTC),
            )[1]

    gui.ops.write(call)
    QApplication.processEvents()
    assert rail.badge(Section.TODAY) == due_now(team_db, "M001", LATER) < before
    assert job_errors == []
