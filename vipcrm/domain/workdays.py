"""The Chinese working-day calendar (SERVICE_RULES.md section 3).

Where the data comes from, for a year
--------------------------------------
1. **Official, shipped**: the State Council's arrangement (days off and make-up working
   days) for every year the ``chinese_calendar`` package held when this version was
   released, shipped as files in ``resources/holidays/official/YYYY.csv`` (each citing its
   notice; ``tools/official_calendar.py`` writes them). vipcrm reads the files, never the
   package, so every laptop of a team answers alike whatever package version it has.
2. **Official, imported**: a year a lead or an administrator imported (Team -> Calendar, or
   ``vipcrm calendar import FILE``), kept in the synchronised ``calendar_days`` table. For a
   shipped year the imported days override it **date by date** (a correction); for any
   other year the file *is* the year.
3. **Provisional**: every other year, from the law (《全国年节及纪念日放假办法》, 2024
   amendment, see :func:`provisional_year`): the statutory days off and the law's 补假,
   never a make-up working day (the State Council's 调休 cannot be known in advance).
   Whoever computes a date from such a year can say so: the calendar records the
   provisional years it was asked about in :attr:`WorkdayCalendar.guessed_years`, and the
   due engine, the plans and ``vipcrm calendar show`` return them, and the edges say so
   (:meth:`vipcrm.texts.Texts.provisional`). Importing the official schedule replaces a provisional
   year entirely, and everything computed from the calendar follows.

Counting rule
-------------
"Within N working days of an event on day D" means by the end of the N-th working day
after D; D itself is never counted, whether or not it is a working day. Assigned Tuesday
2026-09-29, N=3: 09-30 is day 1, 10-01..10-07 is the National Day holiday, 10-08 is day 2,
10-09 is day 3, so the deadline is 2026-10-09.

Import file format (CSV)
------------------------
Text in any encoding :mod:`vipcrm.domain.textfiles` detects (UTF-8, GB18030, Big5 ...);
the first line is the header, columns in this order::

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
from functools import lru_cache
from pathlib import Path
from types import MappingProxyType

from vipcrm.domain.dates import parse_date
from vipcrm.domain.errors import Message, ValidationError, msg
from vipcrm.domain.text import check_name_text
from vipcrm.domain.textfiles import decode_text
from vipcrm.paths import resource_folder

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
#: The shipped official calendars, one file per year (see the module docstring), in
#: the package resources.
OFFICIAL_FOLDER = "holidays/official"

OFFICIAL = "official"
IMPORTED = "imported"
PROVISIONAL = "provisional"


@dataclass(frozen=True)
class YearData:
    """One year's arrangement: days off and make-up working days, with names."""

    holidays: Mapping[date, str] = field(default_factory=dict)
    workdays: Mapping[date, str] = field(default_factory=dict)

    @classmethod
    def coerce(cls, value: YearData | Mapping[str, Mapping[date, str]]) -> YearData:
        """Accept a YearData or a plain ``{"holidays": {...}, "workdays": {...}}`` mapping."""
        if isinstance(value, YearData):
            return value
        return cls(dict(value.get("holidays", {})), dict(value.get("workdays", {})))


CalendarData = Mapping[int, YearData]


@lru_cache(maxsize=1)
def official_years() -> Mapping[int, YearData]:
    """The official calendars shipped with vipcrm (``resources/holidays/official``)."""
    years: dict[int, YearData] = {}
    for path in sorted(resource_folder(OFFICIAL_FOLDER).glob("*.csv")):
        data = read_calendar_file(path)
        if set(data) != {int(path.stem)}:
            raise ValueError(f"{path}: holds {sorted(data)}, expected only {path.stem}")
        years.update(data)
    return MappingProxyType(years)


# -- the provisional calendar from the law ---------------------------------------------------
#: The statutory public holidays of the 2024 amendment, with their days (Article 2).
STATUTORY_DAYS = {
    "元旦": 1,
    "春节": 4,  # 农历除夕 and 正月初一 to 初三
    "清明节": 1,
    "劳动节": 2,
    "端午节": 1,
    "中秋节": 1,
    "国庆节": 3,
}
# What the ``holidays`` package (country CN, zh_CN) calls them; 除夕 is a day of 春节.
_LIBRARY_NAMES = {name: name for name in STATUTORY_DAYS} | {"农历除夕": "春节"}
_ESTIMATED = "（推定）"  # the package's mark of a lunar date beyond its tables
GIVEN_BACK = "（补假）"


@lru_cache(maxsize=64)
def provisional_year(year: int) -> YearData:
    """The days off the law gives in ``year``, before the State Council's notice.

    《全国年节及纪念日放假办法》 as amended in 2024: 元旦 1 day; 春节 4 days (除夕 and 正月
    初一 to 初三); 清明 1 day; 劳动节 2 days (05-01, 05-02); 端午 1 day; 中秋 1 day; 国庆 3
    days (10-01 to 10-03); a holiday falling on a Saturday or Sunday is given back (补假)
    on a working day: here, as the State Council does, the next weekday that is not itself
    a holiday or already given back, in date order. No make-up working days (调休).

    The statutory dates (lunar ones and 清明 included) come from the ``holidays`` package,
    which implements this law for CN. Two thin corrections keep the result the law's and
    the same whatever version of the package is installed: only the statutory holidays
    are taken (a version that already knows a year's notice adds its 调休 days off, which
    are the State Council's, not the law's, and comes without the make-up working days
    that go with them), and 补假 is given here from those days (the package's own 补假
    would step around such days). Where the package has no notice for a year, both agree
    (tests/domain/test_workdays.py). When two holidays fall on one weekday (中秋 on
    2028-10-03, a 国庆 day) the law gives nothing back and neither does this.
    """
    import holidays  # ~0.1 s to import: paid only when a provisional year is asked about

    listed = holidays.country_holidays("CN", years=year, language="zh_CN", observed=False)
    days: dict[date, list[str]] = {}
    for day in sorted(listed):
        for label in listed.get_list(day):
            name = _LIBRARY_NAMES.get(label.removesuffix(_ESTIMATED))
            if name is not None and name not in days.get(day, ()):
                days.setdefault(day, []).append(name)
    found = [name for names in days.values() for name in names]
    if sorted(found) != sorted(n for n, k in STATUTORY_DAYS.items() for _ in range(k)):
        # a package version that names them otherwise: refuse rather than drop holidays
        raise RuntimeError(f"the holidays package gave {found} for {year}, not the law's days")
    off = {day: "、".join(names) for day, names in days.items()}
    for day, names in days.items():
        for name in names:
            if day.weekday() < 5:
                continue
            back = day + timedelta(days=1)
            while back.weekday() >= 5 or back in off:
                back += timedelta(days=1)
            off[back] = name + GIVEN_BACK
    return YearData(MappingProxyType(dict(sorted(off.items()))), MappingProxyType({}))


# -- the calendar ----------------------------------------------------------------------------
class _Tables:
    """The merged, read-only day tables shared by every view of one calendar."""

    def __init__(self, official: Mapping[int, YearData], imported: Mapping[int, YearData]):
        self.off: dict[date, str] = {}
        self.on: dict[date, str] = {}
        self.official_years = frozenset(official)
        self.imported_years = frozenset(imported)
        for year_data in (*official.values(), *imported.values()):
            for d, name in year_data.holidays.items():
                self.on.pop(d, None)
                self.off[d] = name
            for d, name in year_data.workdays.items():
                self.off.pop(d, None)
                self.on[d] = name
        self.known_years = self.official_years | self.imported_years
        self.provisional_loaded: set[int] = set()
        # add_working_days memo: (start, n) -> (deadline, provisional years on the way)
        self.memo: dict[tuple[date, int], tuple[date, frozenset[int]]] = {}

    def load_provisional(self, year: int) -> None:
        if year not in self.provisional_loaded:
            self.off.update(provisional_year(year).holidays)
            self.provisional_loaded.add(year)


class WorkdayCalendar:
    """Working days from the official data, else from the law (provisional).

    A calendar is cheap to copy with :meth:`tracked`, which shares the data and starts an
    empty log of provisional years: give each computation its own tracked view and read
    :attr:`guessed_years` afterwards.
    """

    def __init__(
        self,
        extra: Mapping[int, YearData | Mapping[str, Mapping[date, str]]] | None = None,
        *,
        official: Mapping[int, YearData] | None = None,
    ) -> None:
        """``extra``: the imported years; ``official``: the shipped ones (default: all)."""
        imported = {int(y): YearData.coerce(v) for y, v in (extra or {}).items()}
        self._tables = _Tables(official_years() if official is None else official, imported)
        self._guessed: set[int] = set()

    def tracked(self) -> WorkdayCalendar:
        """A view over the same data with its own, empty, log of provisional years."""
        view = object.__new__(WorkdayCalendar)
        view._tables = self._tables
        view._guessed = set()
        return view

    # -- what the calendar knows -------------------------------------------------------
    @property
    def known_years(self) -> frozenset[int]:
        """The years with official data (shipped or imported)."""
        return self._tables.known_years

    def has_data(self, year: int) -> bool:
        """True when official data (shipped or imported) covers ``year``."""
        return year in self._tables.known_years

    def is_provisional(self, year: int) -> bool:
        return year not in self._tables.known_years

    def source(self, year: int) -> str:
        """``official``, ``imported``, ``official+imported`` or ``provisional``."""
        tables = self._tables
        parts = [
            name
            for name, years in (
                (OFFICIAL, tables.official_years),
                (IMPORTED, tables.imported_years),
            )
            if year in years
        ]
        return "+".join(parts) or PROVISIONAL

    @property
    def guessed_years(self) -> frozenset[int]:
        """The provisional years this view was asked about (a date depends on them)."""
        return frozenset(self._guessed)

    def _check(self, d: date) -> None:
        year = d.year
        if year not in self._tables.known_years:
            self._tables.load_provisional(year)
            self._guessed.add(year)

    # -- questions about one day -------------------------------------------------------
    def is_workday(self, d: date) -> bool:
        """A working day? Make-up days are on, holidays off, else Monday-Friday."""
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
    check_name_text(raw_name, _column(line_no, "name"))
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
