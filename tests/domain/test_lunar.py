"""Lunar birthdays and lunar greeting holidays, with independently known dates."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from vipcrm.domain.birthday import Birthday
from vipcrm.domain.lunar import (
    GreetingHoliday,
    birthday_in_year,
    dragon_boat,
    greeting_holidays,
    greeting_holidays_between,
    holiday_date,
    lunar_label,
    mid_autumn,
    next_birthday,
    occurrences_between,
    previous_birthday,
    spring_festival,
)
from vipcrm.texts import Texts


def lunar(month: int, day: int, leap: bool = False, year: int | None = None) -> Birthday:
    return Birthday(month=month, day=day, year=year, lunar=True, leap=leap)


# -- holidays (published dates) ---------------------------------------------------------------
@pytest.mark.parametrize(
    ("year", "spring", "dragon", "autumn"),
    [
        (2025, date(2025, 1, 29), date(2025, 5, 31), date(2025, 10, 6)),
        (2026, date(2026, 2, 17), date(2026, 6, 19), date(2026, 9, 25)),
    ],
)
def test_lunar_holidays(year, spring, dragon, autumn):
    assert spring_festival(year) == spring
    assert dragon_boat(year) == dragon
    assert mid_autumn(year) == autumn


def test_greeting_holidays_of_2026_in_date_order():
    assert greeting_holidays(2026) == [
        (date(2026, 1, 1), GreetingHoliday.NEW_YEAR),
        (date(2026, 2, 17), GreetingHoliday.SPRING_FESTIVAL),
        (date(2026, 6, 19), GreetingHoliday.DRAGON_BOAT),
        (date(2026, 9, 25), GreetingHoliday.MID_AUTUMN),
    ]
    assert holiday_date(GreetingHoliday.NEW_YEAR, 2027) == date(2027, 1, 1)
    assert Texts("zh_CN").holiday(GreetingHoliday.MID_AUTUMN) == "中秋节"
    assert Texts("en").holiday(GreetingHoliday.DRAGON_BOAT) == "Dragon Boat Festival"


def test_greeting_holidays_across_a_year_end():
    found = greeting_holidays_between(date(2026, 9, 1), date(2027, 1, 10))
    assert found == [
        (date(2026, 9, 25), GreetingHoliday.MID_AUTUMN),
        (date(2027, 1, 1), GreetingHoliday.NEW_YEAR),
    ]


# -- birthdays ----------------------------------------------------------------------------------
def test_solar_birthday_is_the_same_day():
    assert birthday_in_year(Birthday(11, 25), 2026) == date(2026, 11, 25)


def test_solar_feb_29_is_kept_on_feb_28_in_a_common_year():
    born = Birthday(2, 29, year=1980)
    assert birthday_in_year(born, 2027) == date(2027, 2, 28)
    assert birthday_in_year(born, 2028) == date(2028, 2, 29)
    assert birthday_in_year(born, 2100) == date(2100, 2, 28)  # not a leap year
    assert birthday_in_year(born, 2000) == date(2000, 2, 29)


def test_lunar_birthday_without_a_year():
    assert birthday_in_year(lunar(8, 15), 2026) == date(2026, 9, 25)  # 中秋
    assert birthday_in_year(lunar(8, 15, year=1970), 2026) == date(2026, 9, 25)


def test_leap_month_birthday_in_a_year_with_that_leap_month():
    # 2025 has 闰六月, which began on 2025-07-25; 闰六月初十 is 2025-08-03.
    assert birthday_in_year(lunar(6, 10, leap=True), 2025) == date(2025, 8, 3)


def test_leap_month_birthday_in_a_year_without_it_uses_the_ordinary_month():
    # 2026 has no leap month: 六月初十 of 2026 (六月初一 is 2026-07-14).
    assert birthday_in_year(lunar(6, 10, leap=True), 2026) == date(2026, 7, 23)
    assert birthday_in_year(lunar(6, 10, leap=True), 2026) == birthday_in_year(lunar(6, 10), 2026)


def test_ordinary_month_birthday_stays_in_the_ordinary_month_of_a_leap_year():
    # 2025: ordinary 六月初十 is 2025-07-04, before the leap month.
    assert birthday_in_year(lunar(6, 10), 2025) == date(2025, 7, 4)


def test_day_30_in_a_29_day_month_is_the_last_day():
    # Lunar 2025's 腊月 has 29 days: 2026 has no 年三十, 除夕 is 2026-02-16.
    assert birthday_in_year(lunar(12, 30), 2025) == date(2026, 2, 16)
    # 2025's 闰六月 has 29 days and ends 2025-08-22 (七月初一 is 2025-08-23).
    assert birthday_in_year(lunar(6, 30, leap=True), 2025) == date(2025, 8, 22)


def test_day_30_in_a_30_day_month_is_day_30():
    # Lunar 2026's 十月 has 30 days.
    assert birthday_in_year(lunar(10, 30), 2026) - birthday_in_year(lunar(10, 1), 2026) == (
        timedelta(days=29)
    )


@given(st.integers(min_value=1901, max_value=2097))
def test_a_last_day_of_the_year_birthday_is_always_new_years_eve(year):
    # 除夕 is the last day of 腊月, whether it has 29 or 30 days.
    assert birthday_in_year(lunar(12, 30), year) == spring_festival(year + 1) - timedelta(days=1)


def test_a_solar_year_can_hold_two_or_no_lunar_birthdays():
    born = lunar(11, 20)
    assert occurrences_between(born, date(2026, 1, 1), date(2026, 12, 31)) == [
        date(2026, 1, 8),
        date(2026, 12, 28),
    ]
    assert occurrences_between(born, date(2025, 1, 1), date(2025, 12, 31)) == []


def test_next_and_previous_birthday():
    born = lunar(8, 15)
    assert next_birthday(born, date(2026, 9, 25)) == date(2026, 9, 25)
    assert next_birthday(born, date(2026, 9, 26)) == date(2027, 9, 15)
    assert previous_birthday(born, date(2026, 9, 25)) == date(2025, 10, 6)
    assert next_birthday(Birthday(2, 29), date(2026, 3, 1)) == date(2027, 2, 28)


@given(
    st.integers(1, 12),
    st.integers(1, 30),
    st.booleans(),
    st.dates(min_value=date(1950, 1, 1), max_value=date(2090, 1, 1)),
)
def test_next_lunar_birthday_is_on_or_after_and_within_a_year_and_a_bit(month, day, leap, start):
    found = next_birthday(lunar(month, day, leap), start)
    assert start <= found <= start + timedelta(days=385)


def test_lunar_labels():
    assert lunar_label(8, 15) == "八月十五"
    assert lunar_label(4, 12, leap=True) == "闰四月十二"
    assert lunar_label(12, 30) == "腊月三十"
    assert lunar_label(1, 1) == "正月初一"
    assert lunar_label(11, 21) == "冬月廿一"
    assert lunar_label(3, 20) == "三月二十"
    assert lunar_label(3, 10) == "三月初十"
