"""Start-up builds only the section shown; an administrator's Today and Team sections work a
team at a time (no error for an administrator in no team); the Team section appears as soon
as demo data makes a lead the acting user."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from tests.ui.conftest import TODAY
from vipcrm import app as app_module
from vipcrm.domain.values import Role
from vipcrm.services.context import resolve_actor
from vipcrm.services.dashboard import team_dashboard
from vipcrm.services.demo import DemoOptions
from vipcrm.services.due import due_for
from vipcrm.store.db import open_database
from vipcrm.store.models import Manager
from vipcrm.ui.backends.base import due_sections
from vipcrm.ui.demo_flow import load_demo
from vipcrm.ui.runner import SyncRunner
from vipcrm.ui.screens.base import Section
from vipcrm.ui.screens.today.model import SummaryCol, item_key


def add_admin(db, code: str = "A001") -> None:
    with db.transaction() as s:
        s.add(Manager(code=code, name="管理员", role=Role.ADMIN))  # in no team


def test_start_builds_the_first_section_only_and_the_others_on_first_show(make_gui, qtbot):
    gui = make_gui("L001")
    screens = gui.window.screens
    assert screens.is_built(Section.TODAY)
    assert [screens.is_built(s) for s in list(Section)[1:]] == [False] * 6
    assert not isinstance(gui.window.stack.widget(Section.CARDS), type(screens[Section.TODAY]))
    qtbot.keyClick(gui.window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    assert screens.is_built(Section.CARDS)
    assert gui.window.stack.currentWidget() is screens[Section.CARDS]
    assert gui.window.stack.count() == len(Section)  # the placeholder made way
    assert not screens.is_built(Section.GIFTS)
    gui.window.save_state()  # saving state does not build the other screens
    assert not screens.is_built(Section.GIFTS)


def test_demo_data_on_the_first_run_shows_the_team_section_at_once(
    qtbot, tmp_path, settings, job_errors
):
    db = open_database(tmp_path / "empty.db")
    try:
        gui = app_module.build_gui(
            db, settings, runner=SyncRunner(on_error=job_errors.append), language="en"
        )
        assert gui is not None and gui.first_run
        qtbot.addWidget(gui.window)
        gui.window.show()
        gui.window.windowHandle().requestActivate()
        qtbot.waitUntil(lambda: gui.window.isActiveWindow())
        assert not gui.window.has_section(Section.TEAM)  # nobody acts yet: no Team section
        seen = []
        load_demo(
            gui.window,
            db,
            gui.runner,
            lambda summary: (seen.append(summary), gui.demo_loaded(summary)),
            DemoOptions(managers=3, members=40, seed=7),
        )
        assert seen and gui.backends.is_lead  # the demo's team lead acts now
        window = gui.window
        assert window.has_section(Section.TEAM)
        assert window.rail.count() == 7 and window.rail.item(Section.TEAM).text() == "Team"
        qtbot.keyClick(window, Qt.Key.Key_7, Qt.KeyboardModifier.ControlModifier)
        assert window.current_section() is Section.TEAM
        lead = gui.screens.lead
        assert lead is not None and window.current_screen() is lead
        assert window.stack.currentWidget() is lead
        assert lead.body.currentWidget() is lead.tabs
        assert lead.tabs.currentWidget() is lead.trends  # the charts first
        lead.show_tab(lead.tabs.indexOf(lead.dashboard))
        assert lead.dashboard.model.rowCount() == 3  # the demo team's three managers
        qtbot.keyClick(window, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
        assert window.current_section() is Section.TODAY
        assert job_errors == []
        gui.schedule.stop()
        gui.digest.stop()
    finally:
        db.dispose()


def test_an_admin_in_no_team_chooses_a_team_instead_of_getting_an_error(
    make_gui, team_db, qtbot, job_errors, message_boxes
):
    add_admin(team_db)
    gui = make_gui("A001")
    qtbot.keyClick(gui.window, Qt.Key.Key_7, Qt.KeyboardModifier.ControlModifier)
    lead = gui.screens.lead
    assert lead is not None and gui.window.current_screen() is lead
    assert job_errors == [] and message_boxes == []
    assert lead.body.currentWidget() is lead.empty.parentWidget()
    assert "Choose a team" in lead.empty.text()
    # the working-day calendar is everyone's: open before a team is chosen
    assert lead.calendar_button.isVisible()
    lead.calendar_button.click()
    assert lead.body.currentWidget() is lead.tabs and lead.tabs.currentWidget() is lead.calendar
    assert not lead.tabs.isTabEnabled(0) and lead.calendar.years.rowCount() == 3
    assert lead.team_combo.isVisible()
    assert [lead.team_combo.itemData(i) for i in range(lead.team_combo.count())] == [None, "T1"]
    lead.team_combo.setCurrentIndex(1)
    lead.team_combo.activated.emit(1)
    assert lead.body.currentWidget() is lead.tabs
    assert lead.tabs.currentWidget() is lead.trends and lead.trends.trends is not None
    assert lead.trends.trends.team_code == "T1"
    lead.show_tab(lead.tabs.indexOf(lead.dashboard))
    with team_db.reading() as s:
        expected = team_dashboard(s, resolve_actor(s, "A001"), team="T1", today=TODAY)
    rows = lead.dashboard.model
    assert [rows.row_value(r) for r in range(rows.rowCount())] == list(expected.managers)
    lead.show_tab(lead.tabs.indexOf(lead.churn))  # churn and retention: the chosen team's too
    assert job_errors == [] and message_boxes == []


def test_a_lead_has_no_team_picker(make_gui, qtbot):
    gui = make_gui("L001")
    gui.window.show_section(Section.TEAM)
    lead = gui.screens.lead
    assert not lead.team_combo.isVisible()
    assert lead.body.currentWidget() is lead.tabs


def test_an_admins_today_opens_on_a_summary_per_team_and_a_team_on_demand(
    make_gui, team_db, qtbot, job_errors
):
    add_admin(team_db)
    with team_db.reading() as s:
        lead_due = due_for(s, resolve_actor(s, "L001"), today=TODAY, horizon_days=7)
    overdue, now, soon = due_sections(lead_due.items, TODAY)
    assert lead_due.items  # the fixture has work due
    gui = make_gui("A001")
    today = gui.screens.today
    assert today.region and today.scope_combo.isVisible()
    assert today.body.currentWidget() is today.summary_view
    summary = today.summary
    assert summary.rowCount() == 1 and summary.complete()
    cells = [summary.index(0, c).data() for c in SummaryCol]
    assert "T1" in cells[0] and cells[1] == "3"  # the lead and two managers
    assert cells[2:] == [str(len(overdue)), str(len(now)), str(len(soon))]
    assert today.model.items() == []  # no item of the whole region was loaded
    assert gui.window.rail.badge(Section.TODAY) == len(overdue) + len(now)
    today.summary_view.activated.emit(summary.index(0, 0))  # Enter on the team's row
    assert today.scope_team() == "T1"
    assert today.body.currentWidget() is today.tree
    assert sorted(map(item_key, today.model.items())) == sorted(
        map(item_key, [*overdue, *now, *soon])
    )
    today.show_team(None)
    assert today.body.currentWidget() is today.summary_view
    assert job_errors == []


def test_a_managers_today_has_no_summary(make_gui):
    today = make_gui("M001").screens.today
    assert not today.region and not today.scope_combo.isVisible()
    assert isinstance(today.body.currentWidget(), QWidget)
    assert today.body.currentWidget() is not today.summary_view


def test_the_rail_counts_what_waits_in_sections_not_opened_yet(make_gui, team_db, qtbot):
    """A lead sees the waiting gift on Gifts and Team before opening either; once a section
    is built its screen keeps its own badge; a change is counted again."""
    from tests.ui.test_gift_card_actions import gift_setup

    gift_setup(team_db)  # one ¥200 gift over its cap waits for the lead
    gui = make_gui("L001")
    rail, screens = gui.window.rail, gui.window.screens
    assert rail.badge(Section.GIFTS) == 0  # nothing counted before the first read
    gui.badges.refresh()
    assert rail.badge(Section.GIFTS) == 1 and rail.badge(Section.TEAM) == 1
    assert rail.badge(Section.PLANS) == 0
    assert not screens.is_built(Section.GIFTS) and not screens.is_built(Section.TEAM)

    gifts = gui.window.show_section(Section.GIFTS)  # built: its own count from now on
    gui.ops.write(
        lambda: gui.backends.gifts.approve_gift(gifts.model.gift(0).id, "同意"),
        lambda _changes: None,
    )
    assert rail.badge(Section.GIFTS) == 0
    # counted again after the change (one read for a burst), the Team section still unbuilt
    qtbot.waitUntil(lambda: rail.badge(Section.TEAM) == 0, timeout=2000)
    assert not screens.is_built(Section.TEAM)
