"""Lunar (农历) dates: when a birthday falls, and the lunar greeting holidays.

Conversion uses ``lunardate`` (lunar years 1900-2099).

Rules for the solar date of a birthday
--------------------------------------
- Solar birthday: the same month and day; **02-29 falls on 02-28 in a common year** (the
  day before rather than 03-01, so the greeting stays in the birthday month).
- Lunar birthday, ordinary month: the same month and day of the lunar year, in the
  ordinary month even when that year also has a leap month of the same number.
- Lunar birthday in a leap month (闰月): in the leap month when the lunar year has that
  leap month, otherwise in the ordinary month of the same number.
- Lunar day 30 in a month that has only 29 days that year: the 29th, the month's last day.
- The birth year is not needed and not used; year-less birthdays work the same way.

A lunar year starts at the Spring Festival, so the birthday of lunar year ``Y`` can fall
in January or February of solar year ``Y + 1`` (a 腊月 birthday). A solar year can hold
zero, one or two occurrences of a lunar birthday; use :func:`occurrences_between` or
:func:`next_birthday` when a solar range is meant.
"""

from __future__ import annotations

from datetime import date, timedelta
from enum import StrEnum
from functools import lru_cache
from typing import Any

from lunardate import LunarDate

from vipcrm.domain.birthday import Birthday

_MONTHS_ZH = ["正", "二", "三", "四", "五", "六", "七", "八", "九", "十", "冬", "腊"]
_DIGITS_ZH = "一二三四五六七八九十"


def _solar(lunar: Any) -> date:
    """The solar date of a ``LunarDate`` (the lunardate package has no types)."""
    solar: date = lunar.to_solar_date()
    return solar


def birthday_in_year(birthday: Birthday, year: int) -> date:
    """The solar date of ``birthday`` in ``year``: the solar year for a solar birthday,
    the lunar year (starting at that year's Spring Festival) for a lunar one."""
    return _occurrence(birthday.month, birthday.day, birthday.lunar, birthday.leap, year)


@lru_cache(maxsize=65536)
def _occurrence(month: int, day: int, lunar: bool, leap: bool, year: int) -> date:
    if not lunar:
        if month == 2 and day == 29 and not _is_leap_year(year):
            return date(year, 2, 28)
        return date(year, month, day)
    in_leap = leap and LunarDate.leap_month_for_year(year) == month
    try:
        return _solar(LunarDate(year, month, day, in_leap))
    except ValueError:
        if day == 30:  # a 29-day month this year: its last day
            return _solar(LunarDate(year, month, 29, in_leap))
        raise


def _is_leap_year(year: int) -> bool:
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


def occurrences_between(birthday: Birthday, start: date, end: date) -> list[date]:
    """Solar dates of ``birthday`` in ``[start, end]``, ascending (empty if none)."""
    first = start.year - 1 if birthday.lunar else start.year
    found = (birthday_in_year(birthday, y) for y in range(first, end.year + 1))
    return sorted(d for d in found if start <= d <= end)


def next_birthday(birthday: Birthday, on_or_after: date) -> date:
    """The first occurrence of ``birthday`` on or after ``on_or_after``."""
    return occurrences_between(birthday, on_or_after, on_or_after + timedelta(days=400))[0]


def previous_birthday(birthday: Birthday, before: date) -> date:
    """The last occurrence of ``birthday`` strictly before ``before``."""
    return occurrences_between(birthday, before - timedelta(days=400), before - timedelta(1))[-1]


def lunar_label(month: int, day: int, leap: bool = False) -> str:
    """``八月十五``, ``闰四月十二``, ``腊月三十``: a lunar month and day in Chinese."""
    return f"{'闰' if leap else ''}{_MONTHS_ZH[month - 1]}月{_lunar_day_zh(day)}"


def _lunar_day_zh(day: int) -> str:
    if day <= 10:
        return "初" + _DIGITS_ZH[day - 1]
    if day < 20:
        return "十" + _DIGITS_ZH[day - 11]
    if day == 20:
        return "二十"
    if day < 30:
        return "廿" + _DIGITS_ZH[day - 21]
    return "三十"


class GreetingHoliday(StrEnum):
    """Holidays on which key persons get a greeting (SERVICE_RULES.md section 2)."""

    NEW_YEAR = "new_year"  # 元旦, 1 January
    SPRING_FESTIVAL = "spring_festival"  # 春节, lunar 1/1
    DRAGON_BOAT = "dragon_boat"  # 端午, lunar 5/5
    MID_AUTUMN = "mid_autumn"  # 中秋, lunar 8/15


_LUNAR_HOLIDAYS = {
    GreetingHoliday.SPRING_FESTIVAL: (1, 1),
    GreetingHoliday.DRAGON_BOAT: (5, 5),
    GreetingHoliday.MID_AUTUMN: (8, 15),
}


@lru_cache(maxsize=1024)
def holiday_date(holiday: GreetingHoliday, year: int) -> date:
    """The solar date of a greeting holiday in solar year ``year``.

    The three lunar holidays always fall in the solar year of their lunar year (the
    Spring Festival is between 21 January and 20 February).
    """
    if holiday is GreetingHoliday.NEW_YEAR:
        return date(year, 1, 1)
    month, day = _LUNAR_HOLIDAYS[holiday]
    return _solar(LunarDate(year, month, day))


def spring_festival(year: int) -> date:
    return holiday_date(GreetingHoliday.SPRING_FESTIVAL, year)


def dragon_boat(year: int) -> date:
    return holiday_date(GreetingHoliday.DRAGON_BOAT, year)


def mid_autumn(year: int) -> date:
    return holiday_date(GreetingHoliday.MID_AUTUMN, year)


def greeting_holidays(year: int) -> list[tuple[date, GreetingHoliday]]:
    """The four greeting holidays of a solar year, by date."""
    return sorted((holiday_date(h, year), h) for h in GreetingHoliday)


def greeting_holidays_between(start: date, end: date) -> list[tuple[date, GreetingHoliday]]:
    """Greeting holidays with ``start <= date <= end``, by date."""
    return [
        (d, h)
        for y in range(start.year, end.year + 1)
        for d, h in greeting_holidays(y)
        if start <= d <= end
    ]
