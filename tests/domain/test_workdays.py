"""The official working-day calendar, imported year data and the counting rule (§3)."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from vipcrm.domain.errors import ValidationError
from vipcrm.domain.workdays import (
    CalendarDataMissing,
    WorkdayCalendar,
    YearData,
    add_days,
    format_calendar_csv,
    parse_calendar_csv,
    read_calendar_file,
)

CAL = WorkdayCalendar()


# -- the official 2026 calendar -----------------------------------------------------------------
def test_the_example_of_the_regulation_national_day_2026():
    # Tue 09-29: day 1 is 09-30, 10-01..10-07 off, day 2 is 10-08, day 3 is 10-09.
    assert CAL.add_working_days(date(2026, 9, 29), 3) == date(2026, 10, 9)


def test_national_day_2026_days_off_and_make_up_days():
    for day in range(1, 8):
        assert not CAL.is_workday(date(2026, 10, day))
        assert CAL.holiday_name(date(2026, 10, day)) == "国庆节"
    assert CAL.is_workday(date(2026, 9, 20))  # Sunday, make-up working day
    assert CAL.is_workday(date(2026, 10, 10))  # Saturday, make-up working day
    assert CAL.makeup_day_name(date(2026, 10, 10)) == "国庆节"
    assert CAL.makeup_day_name(date(2026, 10, 8)) is None
    assert not CAL.is_workday(date(2026, 10, 11))  # an ordinary Sunday


def test_spring_festival_2026_with_its_make_up_saturdays():
    assert date(2026, 2, 14).weekday() == 5 and CAL.is_workday(date(2026, 2, 14))
    assert date(2026, 2, 28).weekday() == 5 and CAL.is_workday(date(2026, 2, 28))
    assert CAL.makeup_day_name(date(2026, 2, 14)) == "春节"
    assert all(not CAL.is_workday(date(2026, 2, d)) for d in range(15, 24))
    assert CAL.holiday_name(date(2026, 2, 17)) == "春节"
    # Fri 02-13: day 1 is Sat 02-14 (make-up), then 02-24 and 02-25.
    assert CAL.add_working_days(date(2026, 2, 13), 3) == date(2026, 2, 25)


def test_the_event_day_is_not_counted_even_when_it_is_a_day_off():
    assert CAL.add_working_days(date(2026, 10, 3), 1) == date(2026, 10, 8)
    assert CAL.add_working_days(date(2026, 10, 8), 1) == date(2026, 10, 9)
    assert CAL.add_working_days(date(2026, 10, 9), 1) == date(2026, 10, 10)  # make-up Sat
    assert CAL.add_working_days(date(2026, 10, 9), 0) == date(2026, 10, 9)
    with pytest.raises(ValueError):
        CAL.add_working_days(date(2026, 10, 9), -1)


def test_calendar_days_do_not_skip_holidays():
    assert add_days(date(2026, 9, 29), 3) == date(2026, 10, 2)


def test_working_days_between_inverts_add_working_days():
    assert CAL.working_days_between(date(2026, 9, 29), date(2026, 10, 9)) == 3


# -- years without data -------------------------------------------------------------------------
def test_known_years_and_sources():
    assert CAL.has_data(2004) and CAL.has_data(2026)
    assert not CAL.has_data(2027)
    assert CAL.source(2026) == "library"
    assert CAL.source(2027) is None


def test_a_year_without_data_falls_back_to_weekends_and_is_recorded():
    view = CAL.tracked()
    # 12-31 is day 1; 2027-01-01 (a Friday, surely a holiday, but no data) counts as day 2.
    assert view.add_working_days(date(2026, 12, 30), 3) == date(2027, 1, 4)
    assert view.guessed_years == {2027}
    assert view.is_workday(date(2027, 1, 1))
    assert not view.is_workday(date(2027, 1, 2))


def test_each_tracked_view_has_its_own_log_even_with_the_memo():
    first, second = CAL.tracked(), CAL.tracked()
    first.add_working_days(date(2026, 12, 29), 4)
    assert first.guessed_years == {2027}
    assert second.guessed_years == frozenset()
    second.add_working_days(date(2026, 12, 29), 4)  # answered from the shared memo
    assert second.guessed_years == {2027}
    third = CAL.tracked()
    third.add_working_days(date(2026, 9, 29), 3)
    assert third.guessed_years == frozenset()


def test_a_strict_calendar_says_so_instead_of_guessing():
    strict = CAL.tracked(strict=True)
    with pytest.raises(CalendarDataMissing, match="2027"):
        strict.is_workday(date(2027, 3, 1))
    with pytest.raises(CalendarDataMissing) as err:
        strict.add_working_days(date(2026, 12, 30), 3)
    assert err.value.year == 2027
    assert strict.add_working_days(date(2026, 9, 29), 3) == date(2026, 10, 9)


# -- user-supplied year data --------------------------------------------------------------------
# A made-up 2027 arrangement (the real one is not published in the test data).
CSV_2027 = """date,type,name
# 元旦
2027-01-01,holiday,元旦
2027-01-02,holiday,元旦
2027-01-03,holiday,元旦
2027-02-20,workday,春节
"""


def test_imported_year_is_known_and_used():
    cal = WorkdayCalendar(parse_calendar_csv(CSV_2027))
    view = cal.tracked()
    assert view.has_data(2027) and view.source(2027) == "imported"
    assert view.add_working_days(date(2026, 12, 30), 3) == date(2027, 1, 5)
    assert view.holiday_name(date(2027, 1, 1)) == "元旦"
    assert view.is_workday(date(2027, 2, 20)) and view.makeup_day_name(date(2027, 2, 20)) == "春节"
    assert view.guessed_years == frozenset()


def test_imported_days_override_the_library_date_by_date():
    cal = WorkdayCalendar({2026: {"holidays": {date(2026, 10, 9): "调整"}, "workdays": {}}})
    assert cal.source(2026) == "library+imported"
    assert not cal.is_workday(date(2026, 10, 9))
    assert cal.holiday_name(date(2026, 10, 9)) == "调整"
    assert cal.is_workday(date(2026, 10, 10))  # the library's make-up day is kept
    assert cal.add_working_days(date(2026, 9, 29), 3) == date(2026, 10, 10)
    # and a library holiday can be turned into a working day
    cal2 = WorkdayCalendar({2026: YearData(workdays={date(2026, 10, 3): "调整"})})
    assert cal2.is_workday(date(2026, 10, 3))
    assert cal2.holiday_name(date(2026, 10, 3)) is None


def test_without_the_library_only_imported_years_are_known():
    cal = WorkdayCalendar(parse_calendar_csv(CSV_2027), use_library=False)
    assert cal.known_years == {2027}
    view = cal.tracked()
    assert view.is_workday(date(2026, 10, 1))  # a weekday, no data: a guess
    assert view.guessed_years == {2026}


def test_parser_accepts_bom_blank_lines_and_chinese_type_aliases():
    text = "\ufeffdate,type,name\n\n2027-01-01,休,元旦\n2027/2/20,班,春节\n"
    data = parse_calendar_csv(text)
    assert data[2027].holidays == {date(2027, 1, 1): "元旦"}
    assert data[2027].workdays == {date(2027, 2, 20): "春节"}


def test_format_round_trips():
    data = parse_calendar_csv(CSV_2027)
    again = parse_calendar_csv(format_calendar_csv(data))
    assert dict(again[2027].holidays) == dict(data[2027].holidays)
    assert dict(again[2027].workdays) == dict(data[2027].workdays)


def test_read_file_in_gb18030(tmp_path):
    path = tmp_path / "2027.csv"
    path.write_bytes(CSV_2027.encode("gb18030"))
    assert read_calendar_file(path)[2027].holidays[date(2027, 1, 1)] == "元旦"


@pytest.mark.parametrize(
    ("text", "field", "words"),
    [
        ("", "line 1", "empty"),
        ("day,kind,label\n2027-01-01,holiday,元旦\n", "line 1", "header"),
        ("date,type,name\n", "line 1", "no days"),
        ("date,type,name\n2027-01-01,holiday,元旦\n2027-13-01,holiday,x\n", "line 3, date", "date"),
        ("date,type,name\n2027-01-01,vacation,元旦\n", "line 2, type", "vacation"),
        ("date,type,name\n2027-01-01,holiday,\n", "line 2, name", "required"),
        ("date,type,name\n2027-01-01,holiday\n", "line 2", "3 columns"),
        ("date,type,name\n2027-01-04,workday,元旦\n", "line 2, type", "Saturday or Sunday"),
        (
            "date,type,name\n2027-01-01,holiday,元旦\n# x\n2027-01-01,holiday,元旦\n",
            "line 4, date",
            "line 2",
        ),
    ],
)
def test_parser_names_line_and_field(text, field, words):
    with pytest.raises(ValidationError) as err:
        parse_calendar_csv(text)
    assert err.value.field == field
    assert words in err.value.message


# -- properties ---------------------------------------------------------------------------------
dates_with_data = st.dates(min_value=date(2004, 1, 1), max_value=date(2026, 9, 1))
any_dates = st.dates(min_value=date(2004, 1, 1), max_value=date(2030, 12, 1))


@given(any_dates, st.integers(min_value=1, max_value=30))
def test_a_working_day_deadline_is_never_a_day_off(start, n):
    view = CAL.tracked()
    deadline = view.add_working_days(start, n)
    assert deadline > start
    assert view.is_workday(deadline)
    assert view.working_days_between(start, deadline) == n
    assert view.working_days_between(start, deadline - timedelta(days=1)) == n - 1


@given(dates_with_data, st.integers(min_value=0, max_value=20))
def test_within_the_data_nothing_is_guessed(start, n):
    view = CAL.tracked()
    view.add_working_days(start, n)
    assert view.guessed_years == frozenset()


@given(dates_with_data, st.integers(min_value=0, max_value=15), st.integers(0, 15))
def test_more_working_days_never_end_earlier(start, n, extra):
    assert CAL.add_working_days(start, n) <= CAL.add_working_days(start, n + extra)
