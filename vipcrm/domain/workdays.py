"""The official Chinese working-day calendar (SERVICE_RULES.md section 3).

Where the data comes from
-------------------------
1. The ``chinese_calendar`` package: the State Council's holiday notices for the years it
   ships (1.11: 2004-2026).
2. Year data a user imports (``vipcrm calendar import FILE``) for a year the package does
   not know yet, or to correct it. Imported entries override the package **date by date**:
   a date listed in the file takes the file's type and name, every other date keeps what
   the package says (or the weekend rule for a year the package does not know).

A year is *known* when either source has data for it. For a year that is not known the
calendar falls back to weekends-only (Monday-Friday on, Saturday-Sunday off) **and
records the year** in :attr:`WorkdayCalendar.guessed_years`, so that whoever computed a
deadline can say plainly that it was a guess (the due-date engine turns these into
warnings). With ``strict=True`` it raises :class:`CalendarDataMissing` instead.

Counting rule
-------------
"Within N working days of an event on day D" means by the end of the N-th working day
after D; D itself is never counted, whether or not it is a working day. Assigned Tuesday
2026-09-29, N=3: 09-30 is day 1, 10-01..10-07 is the National Day holiday, 10-08 is day 2,
10-09 is day 3, so the deadline is 2026-10-09.

Import file format (CSV)
------------------------
UTF-8 (with or without BOM) or GB18030 text; the first line is the header, columns in
this order::

    date,type,name
    2027-01-01,holiday,元旦
    2027-02-06,holiday,春节
    2027-02-07,workday,春节

- ``date``: ``YYYY-MM-DD`` (also ``2027/2/6``, ``2027年2月6日``, ``20270206``);
- ``type``: ``holiday`` (or ``休``) for a day off, ``workday`` (or ``班``) for a make-up
  working day (调休) that falls on a Saturday or Sunday;
- ``name``: the holiday the line belongs to (元旦, 春节 ...), required, shown to users.

Blank lines and lines starting with ``#`` are ignored. A date may appear only once. A
``workday`` on Monday-Friday is refused (it is a working day anyway, so the line is a
mistake). Errors raise :class:`~vipcrm.domain.errors.ValidationError` whose field names
the line and column, e.g. ``line 4, date``.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path
from types import MappingProxyType

import chinese_calendar

from vipcrm.domain.dates import parse_date
from vipcrm.domain.errors import Message, ValidationError, VipcrmError, msg
from vipcrm.domain.textfiles import decode_text

HOLIDAY = "holiday"
WORKDAY = "workday"
_TYPE_ALIASES = {
    "holiday": HOLIDAY,
    "休": HOLIDAY,
    "off": HOLIDAY,
    "workday": WORKDAY,
    "班": WORKDAY,
}
_HEADER = ("date", "type", "name")

# The package names holidays in English; users read Chinese.
_LIBRARY_NAMES_ZH = {h.value: h.chinese for h in chinese_calendar.Holiday}


class CalendarDataMissing(VipcrmError, LookupError):
    """A strict calendar was asked about a year it has no official data for."""

    def __init__(self, year: int) -> None:
        super().__init__(
            msg(
                "no official working-day calendar for {year}; import the State Council "
                "notice for {year} (vipcrm calendar import FILE)",
                year=year,
            )
        )
        self.year = year


@dataclass(frozen=True)
class YearData:
    """One year's official arrangement: days off and make-up working days, with names."""

    holidays: Mapping[date, str] = field(default_factory=dict)
    workdays: Mapping[date, str] = field(default_factory=dict)

    @classmethod
    def coerce(cls, value: YearData | Mapping[str, Mapping[date, str]]) -> YearData:
        """Accept a YearData or a plain ``{"holidays": {...}, "workdays": {...}}`` mapping."""
        if isinstance(value, YearData):
            return value
        return cls(dict(value.get("holidays", {})), dict(value.get("workdays", {})))


CalendarData = Mapping[int, YearData]


class _Tables:
    """The merged, read-only day tables shared by every view of one calendar."""

    def __init__(self, extra: Mapping[int, YearData], use_library: bool) -> None:
        self.off: dict[date, str] = {}
        self.on: dict[date, str] = {}
        self.library_years: frozenset[int] = frozenset()
        if use_library:
            for d, name in chinese_calendar.holidays.items():
                self.off[d] = _LIBRARY_NAMES_ZH.get(name, name)
            for d, name in chinese_calendar.workdays.items():
                self.on[d] = _LIBRARY_NAMES_ZH.get(name, name)
            self.library_years = frozenset(
                range(min(chinese_calendar.holidays).year, max(chinese_calendar.holidays).year + 1)
            )
        self.imported_years = frozenset(extra)
        for year_data in extra.values():
            for d, name in year_data.holidays.items():
                self.on.pop(d, None)
                self.off[d] = name
            for d, name in year_data.workdays.items():
                self.off.pop(d, None)
                self.on[d] = name
        self.known_years = self.library_years | self.imported_years
        # add_working_days memo: (start, n) -> (deadline, years guessed on the way)
        self.memo: dict[tuple[date, int], tuple[date, frozenset[int]]] = {}


class WorkdayCalendar:
    """Working days from the package plus imported year data.

    A calendar is cheap to copy with :meth:`tracked`, which shares the data and starts an
    empty log of guessed years: give each computation its own tracked view and read
    :attr:`guessed_years` afterwards.
    """

    def __init__(
        self,
        extra: Mapping[int, YearData | Mapping[str, Mapping[date, str]]] | None = None,
        *,
        use_library: bool = True,
        strict: bool = False,
    ) -> None:
        data = {int(y): YearData.coerce(v) for y, v in (extra or {}).items()}
        self._tables = _Tables(data, use_library)
        self._strict = strict
        self._guessed: set[int] = set()

    def tracked(self, *, strict: bool | None = None) -> WorkdayCalendar:
        """A view over the same data with its own, empty, guessed-years log."""
        view = object.__new__(WorkdayCalendar)
        view._tables = self._tables
        view._strict = self._strict if strict is None else strict
        view._guessed = set()
        return view

    # -- what the calendar knows -------------------------------------------------------
    @property
    def known_years(self) -> frozenset[int]:
        return self._tables.known_years

    def has_data(self, year: int) -> bool:
        """True when official data (package or imported) covers ``year``."""
        return year in self._tables.known_years

    def source(self, year: int) -> str | None:
        """``"library"``, ``"imported"``, ``"library+imported"``, or None (no data)."""
        parts = [
            name
            for name, years in (
                ("library", self._tables.library_years),
                ("imported", self._tables.imported_years),
            )
            if year in years
        ]
        return "+".join(parts) or None

    @property
    def guessed_years(self) -> frozenset[int]:
        """Years this view answered with the weekends-only fallback."""
        return frozenset(self._guessed)

    def _check(self, d: date) -> None:
        if d.year not in self._tables.known_years:
            if self._strict:
                raise CalendarDataMissing(d.year)
            self._guessed.add(d.year)

    # -- questions about one day -------------------------------------------------------
    def is_workday(self, d: date) -> bool:
        """Official working day? Make-up days are on, holidays off, else Mon-Fri."""
        self._check(d)
        tables = self._tables
        if d in tables.on:
            return True
        if d in tables.off:
            return False
        return d.weekday() < 5

    def holiday_name(self, d: date) -> str | None:
        """The holiday a day off belongs to (e.g. ``国庆节``), or None."""
        self._check(d)
        return self._tables.off.get(d)

    def makeup_day_name(self, d: date) -> str | None:
        """The holiday a make-up working day (调休) belongs to, or None."""
        self._check(d)
        return self._tables.on.get(d)

    # -- counting ----------------------------------------------------------------------
    def add_working_days(self, d: date, n: int) -> date:
        """The end of the ``n``-th working day after ``d`` (``d`` itself not counted).

        ``n == 0`` returns ``d``. Negative ``n`` is refused.
        """
        if n < 0:
            raise ValueError("n must be zero or more")
        key = (d, n)
        hit = self._tables.memo.get(key)
        if hit is None:
            probe = self.tracked()
            day, left = d, n
            while left:
                day += timedelta(days=1)
                if probe.is_workday(day):
                    left -= 1
            hit = (day, probe.guessed_years)
            self._tables.memo[key] = hit
        if hit[1]:
            if self._strict:
                raise CalendarDataMissing(min(hit[1]))
            self._guessed.update(hit[1])
        return hit[0]

    def working_days_between(self, start: date, end: date) -> int:
        """Working days in ``(start, end]``: the count :meth:`add_working_days` inverts."""
        return sum(
            1 for i in range(1, (end - start).days + 1) if self.is_workday(start + timedelta(i))
        )


def add_days(d: date, n: int) -> date:
    """Within N (calendar) days of D: D is not counted, so the deadline is D + N."""
    return d + timedelta(days=n)


# -- import file ---------------------------------------------------------------------------
def parse_calendar_csv(text: str) -> dict[int, YearData]:
    """Parse the import format described in the module docstring into per-year data.

    Raises ValidationError naming the line (1-based, the header is line 1) and column.
    """
    rows = list(csv.reader(io.StringIO(text.lstrip("\ufeff"))))
    lines = [(i, row) for i, row in enumerate(rows, start=1) if _meaningful(row)]
    if not lines:
        raise ValidationError(
            msg("line {line}", line=1), msg("the file is empty; expected the header date,type,name")
        )
    header_no, header = lines[0]
    if tuple(c.strip().lower() for c in header) != _HEADER:
        raise ValidationError(
            msg("line {line}", line=header_no),
            msg("the header must be date,type,name, got {header}", header=",".join(header)),
        )
    seen: dict[date, int] = {}
    years: dict[int, tuple[dict[date, str], dict[date, str]]] = {}
    for line_no, row in lines[1:]:
        day, kind, name = _parse_row(line_no, row)
        if day in seen:
            raise ValidationError(
                msg("line {line}, {column}", line=line_no, column="date"),
                msg("{day} is already given on line {line}", day=day, line=seen[day]),
            )
        seen[day] = line_no
        off, on = years.setdefault(day.year, ({}, {}))
        (off if kind == HOLIDAY else on)[day] = name
    if not years:
        raise ValidationError(
            msg("line {line}", line=header_no), msg("the file has a header but no days")
        )
    return {
        y: YearData(MappingProxyType(off), MappingProxyType(on)) for y, (off, on) in years.items()
    }


def _meaningful(row: list[str]) -> bool:
    return bool(row) and any(c.strip() for c in row) and not row[0].lstrip().startswith("#")


def _column(line_no: int, column: str) -> Message:
    """Where in the file: the field of a calendar error (the file's own column names)."""
    return msg("line {line}, {column}", line=line_no, column=column)


def _parse_row(line_no: int, row: list[str]) -> tuple[date, str, str]:
    where = msg("line {line}", line=line_no)
    if len(row) != 3:
        raise ValidationError(
            where, msg("expected 3 columns date,type,name, got {count}", count=len(row))
        )
    raw_date, raw_type, raw_name = (c.strip() for c in row)
    day = parse_date(raw_date, field=_column(line_no, "date"))
    kind = _TYPE_ALIASES.get(raw_type.lower())
    if kind is None:
        raise ValidationError(
            _column(line_no, "type"), msg("'{text}' is not holiday or workday", text=raw_type)
        )
    if not raw_name:
        raise ValidationError(
            _column(line_no, "name"), msg("the holiday name is required (e.g. 春节)")
        )
    if kind == WORKDAY and day.weekday() < 5:
        raise ValidationError(
            _column(line_no, "type"),
            msg(
                "{day} is a weekday; a make-up working day (workday) must be a Saturday or Sunday",
                day=day,
            ),
        )
    return day, kind, raw_name


def read_calendar_file(path: str | Path) -> dict[int, YearData]:
    """Read and parse an import file (its encoding detected: UTF-8, GB18030 ...)."""
    path = Path(path)
    return parse_calendar_csv(decode_text(path.read_bytes(), path.name, field=str(path)).text)


def format_calendar_csv(data: CalendarData) -> str:
    """Write year data in the import format (round-trips through :func:`parse_calendar_csv`)."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(_HEADER)
    for day, kind, name in sorted(_entries(data.values())):
        writer.writerow([day.isoformat(), kind, name])
    return out.getvalue()


def _entries(years: Iterable[YearData]) -> Iterable[tuple[date, str, str]]:
    for year_data in years:
        yield from ((d, HOLIDAY, n) for d, n in year_data.holidays.items())
        yield from ((d, WORKDAY, n) for d, n in year_data.workdays.items())
