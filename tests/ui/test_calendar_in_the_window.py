"""Working days in the window (issue 19): Team → Calendar (choose the file, preview the
days, apply); the provisional calendar said on the Today and Plans screens."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from sqlalchemy import select

from vipcrm.domain.values import Tier
from vipcrm.services.context import resolve_actor
from vipcrm.services.members import NewMember, add_member
from vipcrm.store.models import CalendarDay
from vipcrm.ui.screens.base import Section

# a made-up notice for the tests (not the State Council's 2027 schedule)
NOTICE = (
    "date,type,name\n2027-01-01,holiday,元旦\n2027-01-02,holiday,元旦\n"
    "2027-01-03,holiday,元旦\n2027-02-20,workday,春节\n"
)


def calendar_tab(gui):
    screen = gui.window.show_section(Section.TEAM)
    screen.show_tab(screen.tabs.indexOf(screen.calendar))
    return screen.calendar


def test_a_lead_previews_and_applies_the_official_schedule(make_gui, team_db, tmp_path):
    gui = make_gui("L001", today=date(2026, 12, 5))
    panel = calendar_tab(gui)
    years = [panel.years.row_value(r) for r in range(panel.years.rowCount())]
    assert [(y.year, y.source) for y in years] == [
        (2026, "official"),
        (2027, "provisional"),
        (2028, "provisional"),
    ]
    assert "no official schedule for 2027 yet" in panel.notice.text()
    assert panel.notice.isVisible()

    bad = tmp_path / "bad.csv"
    bad.write_text("date,type,name\n2027-01-01,holiday,元旦\n2027-02-30,holiday,春节\n")
    panel.ask_open_path = lambda *_: str(bad)
    panel.browse_button.click()
    assert "bad.csv: line 3, date" in panel.file_error.text() and panel.file_error.isVisible()
    assert not panel.apply_button.isEnabled()

    good = tmp_path / "2027.csv"
    good.write_text(NOTICE, encoding="utf-8")
    panel.ask_open_path = lambda *_: str(good)
    panel.browse_button.click()
    assert not panel.file_error.isVisible()
    assert panel.days.rowCount() == 4  # the file's days, shown before anything is written
    assert "2027: 3 day(s) off, 1 make-up working day(s)" in panel.summary.text()
    assert "replaces the provisional calendar" in panel.summary.text()
    with team_db.reading() as s:
        assert s.scalars(select(CalendarDay)).first() is None  # a preview writes nothing
    panel.apply_button.click()
    with team_db.reading() as s:
        assert {r.day for r in s.scalars(select(CalendarDay))} >= {date(2027, 1, 1)}
    years = [panel.years.row_value(r) for r in range(panel.years.rowCount())]
    assert [(y.year, y.source) for y in years][1] == (2027, "imported")
    assert "2027" not in panel.notice.text()
    assert panel.days.rowCount() == 0 and not panel.apply_button.isEnabled()
    # the plan follows: January 2027 is official now, Saturday 2 Jan still off (the notice)
    plans = gui.window.show_section(Section.PLANS)
    plans.shift(1)
    assert plans.period == "2027-01"
    assert "2027" not in plans.notice.text()
    info = plans.model.view.days[date(2027, 1, 2)]
    assert info.holiday == "元旦" and not info.provisional


def test_a_manager_sees_the_provisional_calendar_on_today_and_plans(make_gui, team_db):
    with team_db.transaction() as s:
        add_member(
            s,
            resolve_actor(s, "L001"),
            NewMember(phone="13700137009", name="月娥", tier=Tier.GOLD, manager="M001"),
            date(2026, 12, 30),
        )
    gui = make_gui("M001", today=date(2026, 12, 30))
    today = gui.window.show_section(Section.TODAY)
    # the first contact of a member assigned Wed 30 December: 2027-01-05 (元旦 by the law)
    assert "Provisional calendar (no official schedule for 2027 yet)" in today.notice.text()
    assert today.notice.isVisible()
    plans = gui.window.show_section(Section.PLANS)
    plans.shift(1)  # January 2027
    assert "Provisional calendar (no official schedule for 2027 yet)" in plans.notice.text()
    view = plans.model.view
    assert view.days[date(2027, 1, 1)].provisional and not view.days[date(2027, 1, 1)].workday
    assert not view.rows.get(date(2027, 1, 1))  # nothing on New Year's Day
    cell = plans.model.data(plans.model.index_of(date(2027, 1, 1)), Qt.ItemDataRole.DisplayRole)
    assert cell.startswith("1  元旦 (off, provisional)")
    first = [r for rows in view.rows.values() for r in rows if r.kind == "first_contact"]
    assert any(r.member_name == "月娥" and r.due_date == date(2027, 1, 5) for r in first)
