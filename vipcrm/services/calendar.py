"""The working-day calendar as data: import a year's official arrangement, show a year.

Importing writes the synchronised ``calendar_days`` table: through the central store every
laptop of the team has the year at its next sync. A preview (``dry_run``) checks the file
and reports what it would do, writing nothing.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

from sqlalchemy import extract, select
from sqlalchemy.orm import Session

from vipcrm.domain.actor import Actor
from vipcrm.domain.errors import msg
from vipcrm.domain.values import Role
from vipcrm.domain.workdays import (
    HOLIDAY,
    PROVISIONAL,
    WORKDAY,
    read_calendar_file,
)
from vipcrm.services.context import Changes
from vipcrm.store.due_facts import workday_calendar
from vipcrm.store.models import CalendarDay


@dataclass(frozen=True)
class CalendarEntry:
    day: date
    kind: str  # holiday | workday
    name: str


@dataclass(frozen=True)
class YearImport:
    year: int
    holidays: int
    workdays: int
    removed: int  # imported days of that year that the new file no longer lists
    replaces: str  # the year's source before: official, imported, ... or provisional


@dataclass(frozen=True)
class CalendarImport:
    years: tuple[YearImport, ...]
    entries: tuple[CalendarEntry, ...]  # the file's days, by date


def import_calendar(
    session: Session, actor: Actor, path: str | Path, *, dry_run: bool = False
) -> CalendarImport:
    """Import a calendar file (format: docs/calendar-format.md); all of it or nothing.

    The file is the whole arrangement for each year it lists: days of those years imported
    before and missing from the file are withdrawn (tombstoned), the others are updated.
    A year that was provisional is then official: the law's estimate is gone entirely.
    ``dry_run``: check the file and say what it would do, write nothing (a preview).
    """
    if not actor.bootstrap:
        actor.require(Role.LEAD, Role.ADMIN, action=msg("import the working-day calendar"))
    data = read_calendar_file(path)  # raises ValidationError naming line and column
    before = workday_calendar(session)
    existing = {
        row.day: row
        for row in session.scalars(
            select(CalendarDay).where(extract("year", CalendarDay.day).in_(sorted(data)))
        )
    }
    report = []
    entries: list[CalendarEntry] = []
    for year, year_data in sorted(data.items()):
        wanted = {d: (HOLIDAY, n) for d, n in year_data.holidays.items()}
        wanted.update({d: (WORKDAY, n) for d, n in year_data.workdays.items()})
        for day, (kind, name) in sorted(wanted.items()):
            entries.append(CalendarEntry(day, kind, name))
            row = existing.get(day)
            if dry_run:
                continue
            if row is None:
                session.add(CalendarDay(day=day, kind=kind, name=name))
            elif row.deleted or row.kind != kind or row.name != name:
                row.deleted, row.kind, row.name = False, kind, name
        removed = 0
        for day, row in existing.items():
            if day.year == year and day not in wanted and not row.deleted:
                removed += 1
                if not dry_run:
                    row.deleted = True
        report.append(
            YearImport(
                year,
                len(year_data.holidays),
                len(year_data.workdays),
                removed,
                before.source(year),
            )
        )
    if not dry_run:
        session.flush()
    return CalendarImport(tuple(report), tuple(entries))


def calendar_changes() -> Changes:
    """Imported calendar days change every deadline."""
    return Changes(everything=True)


@dataclass(frozen=True)
class YearView:
    year: int
    source: str  # official, imported, official+imported, or provisional (from the law)
    entries: tuple[CalendarEntry, ...]

    @property
    def provisional(self) -> bool:
        return self.source == PROVISIONAL


def calendar_year(session: Session, year: int) -> YearView:
    """The days off and make-up working days of ``year``, and where they come from."""
    cal = workday_calendar(session)
    entries: list[CalendarEntry] = []
    day = date(year, 1, 1)
    while day.year == year:
        off = cal.holiday_name(day)
        on = cal.makeup_day_name(day)
        if off is not None:
            entries.append(CalendarEntry(day, HOLIDAY, off))
        elif on is not None:
            entries.append(CalendarEntry(day, WORKDAY, on))
        day += timedelta(days=1)
    return YearView(year, cal.source(year), tuple(entries))
