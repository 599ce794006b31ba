"""The working-day calendar as data: import a year's official arrangement, show a year."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

from sqlalchemy import extract, select
from sqlalchemy.orm import Session

from vipcrm.domain.errors import msg
from vipcrm.domain.values import Role
from vipcrm.domain.workdays import HOLIDAY, WORKDAY, read_calendar_file
from vipcrm.services.context import Actor, Changes
from vipcrm.store.due_facts import workday_calendar
from vipcrm.store.models import CalendarDay


@dataclass(frozen=True)
class YearImport:
    year: int
    holidays: int
    workdays: int
    removed: int  # imported days of that year that the new file no longer lists


def import_calendar(session: Session, actor: Actor, path: str | Path) -> list[YearImport]:
    """Import a calendar file (format: docs/calendar-format.md); all of it or nothing.

    The file is the whole arrangement for each year it lists: days of those years imported
    before and missing from the file are withdrawn (tombstoned), the others are updated.
    """
    if not actor.bootstrap:
        actor.require(Role.LEAD, Role.ADMIN, action=msg("import the working-day calendar"))
    data = read_calendar_file(path)  # raises ValidationError naming line and column
    existing = {
        row.day: row
        for row in session.scalars(
            select(CalendarDay).where(extract("year", CalendarDay.day).in_(sorted(data)))
        )
    }
    report = []
    for year, year_data in sorted(data.items()):
        wanted = {d: (HOLIDAY, n) for d, n in year_data.holidays.items()}
        wanted.update({d: (WORKDAY, n) for d, n in year_data.workdays.items()})
        for day, (kind, name) in sorted(wanted.items()):
            row = existing.get(day)
            if row is None:
                session.add(CalendarDay(day=day, kind=kind, name=name))
            elif row.deleted or row.kind != kind or row.name != name:
                row.deleted, row.kind, row.name = False, kind, name
        removed = 0
        for day, row in existing.items():
            if day.year == year and day not in wanted and not row.deleted:
                row.deleted = True
                removed += 1
        report.append(YearImport(year, len(year_data.holidays), len(year_data.workdays), removed))
    session.flush()
    return report


def calendar_changes() -> Changes:
    """Imported calendar days change every deadline."""
    return Changes(everything=True)


@dataclass(frozen=True)
class CalendarEntry:
    day: date
    kind: str  # holiday | workday
    name: str


@dataclass(frozen=True)
class YearView:
    year: int
    source: str | None  # library, imported, library+imported, or None: no official data
    entries: tuple[CalendarEntry, ...]


def calendar_year(session: Session, year: int) -> YearView:
    """The days off and make-up working days of ``year``, and where they come from."""
    cal = workday_calendar(session)
    source = cal.source(year)
    entries: list[CalendarEntry] = []
    if source is not None:
        day = date(year, 1, 1)
        while day.year == year:
            off = cal.holiday_name(day)
            on = cal.makeup_day_name(day)
            if off is not None:
                entries.append(CalendarEntry(day, HOLIDAY, off))
            elif on is not None:
                entries.append(CalendarEntry(day, WORKDAY, on))
            day += timedelta(days=1)
    return YearView(year, source, tuple(entries))
