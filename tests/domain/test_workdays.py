"""The working-day calendar: shipped official years, imported ones, the provisional
calendar from the law for the others, and the counting rule (§3)."""

from __future__ import annotations

from datetime import date, timedelta

import holidays
import pytest
from hypothesis import given
from hypothesis import strategies as st
from lunardate import LunarDate

from vipcrm.domain.errors import ValidationError
from vipcrm.domain.workdays import (
    OFFICIAL_FOLDER,
    WorkdayCalendar,
    YearData,
    add_days,
    format_calendar_csv,
    official_years,
    parse_calendar_csv,
    provisional_year,
    read_calendar_file,
)
from vipcrm.paths import resource_folder

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


# -- where a year comes from -------------------------------------------------------------------
def test_known_years_and_sources():
    assert CAL.has_data(2004) and CAL.has_data(2026)
    assert not CAL.has_data(2027) and CAL.is_provisional(2027)
    assert CAL.source(2026) == "official"
    assert CAL.source(2027) == "provisional"


def test_every_shipped_year_cites_its_notice_and_parses():
    files = sorted(resource_folder(OFFICIAL_FOLDER).glob("*.csv"))
    assert [int(f.stem) for f in files] == list(range(2004, 2027))
    for path in files:
        head = path.read_text(encoding="utf-8").splitlines()[:6]
        assert any(f"关于{path.stem}年部分节假日安排的通知" in line for line in head), path
    assert set(official_years()) == set(range(2004, 2027))


def test_the_shipped_years_are_the_calendar_packages():
    """The files are what the chinese_calendar package says (tools/official_calendar.py);
    vipcrm reads the files, so a laptop's package version does not matter."""
    chinese_calendar = pytest.importorskip("chinese_calendar")
    for day, _name in chinese_calendar.holidays.items():
        assert not CAL.is_workday(day), day
    for day, _name in chinese_calendar.workdays.items():
        assert CAL.is_workday(day) and CAL.makeup_day_name(day), day
    for year, data in official_years().items():
        for day in data.holidays:
            assert chinese_calendar.is_holiday(day), (year, day)
        for day in data.workdays:
            assert chinese_calendar.is_workday(day), (year, day)


# -- the provisional calendar from the law (years without an official schedule) ----------------
def provisional_days(year: int) -> dict[date, str]:
    return dict(provisional_year(year).holidays)


def test_provisional_2027_from_the_law():
    days = provisional_days(2027)
    assert days == {
        date(2027, 1, 1): "元旦",  # a Friday
        # 除夕 Fri 02-05, 初一..初三 Sat-Mon: two on the weekend, given back Tue and Wed
        date(2027, 2, 5): "春节",
        date(2027, 2, 6): "春节",
        date(2027, 2, 7): "春节",
        date(2027, 2, 8): "春节",
        date(2027, 2, 9): "春节（补假）",
        date(2027, 2, 10): "春节（补假）",
        date(2027, 4, 5): "清明节",
        date(2027, 5, 1): "劳动节",  # Sat and Sun: given back Mon and Tue
        date(2027, 5, 2): "劳动节",
        date(2027, 5, 3): "劳动节（补假）",
        date(2027, 5, 4): "劳动节（补假）",
        date(2027, 6, 9): "端午节",  # 五月初五
        date(2027, 9, 15): "中秋节",  # 八月十五
        date(2027, 10, 1): "国庆节",  # Fri; Sat and Sun given back Mon and Tue
        date(2027, 10, 2): "国庆节",
        date(2027, 10, 3): "国庆节",
        date(2027, 10, 4): "国庆节（补假）",
        date(2027, 10, 5): "国庆节（补假）",
    }
    assert provisional_year(2027).workdays == {}  # 调休 cannot be known in advance


def test_provisional_2028_from_the_law():
    days = provisional_days(2028)
    assert days == {
        date(2028, 1, 1): "元旦",  # a Saturday: given back Monday 01-03
        date(2028, 1, 3): "元旦（补假）",
        date(2028, 1, 25): "春节",  # 除夕 Tue, 初一..初三 Wed-Fri
        date(2028, 1, 26): "春节",
        date(2028, 1, 27): "春节",
        date(2028, 1, 28): "春节",
        date(2028, 4, 4): "清明节",
        date(2028, 5, 1): "劳动节",
        date(2028, 5, 2): "劳动节",
        date(2028, 5, 28): "端午节",  # a Sunday (五月初五): given back Monday
        date(2028, 5, 29): "端午节（补假）",
        date(2028, 10, 1): "国庆节",  # a Sunday: 10-02 and 10-03 are holidays, so Wed 10-04
        date(2028, 10, 2): "国庆节",
        date(2028, 10, 3): "中秋节、国庆节",  # 八月十五 on a 国庆 weekday: nothing given back
        date(2028, 10, 4): "国庆节（补假）",
    }


@pytest.mark.parametrize("year", range(2027, 2061))
def test_provisional_lunar_holidays_and_the_weekend_rule(year):
    """An independent check: the lunar dates by the lunardate package, and one day given
    back on the next free weekday for each statutory day on a weekend."""
    days = provisional_days(year)
    new_year = LunarDate(year, 1, 1).to_solar_date()
    spring = [new_year + timedelta(days=k) for k in (-1, 0, 1, 2)]
    lunar = {
        "端午节": LunarDate(year, 5, 5).to_solar_date(),
        "中秋节": LunarDate(year, 8, 15).to_solar_date(),
    }
    statutory = [date(year, 1, 1), *spring, date(year, 5, 1), date(year, 5, 2)]
    statutory += [date(year, 10, d) for d in (1, 2, 3)] + list(lunar.values())
    for day in spring:
        assert "春节" in days[day]
    for name, day in lunar.items():
        assert name in days[day]
    qingming = [d for d, n in days.items() if n == "清明节"]
    assert len(qingming) == 1 and qingming[0].month == 4 and 4 <= qingming[0].day <= 6
    statutory.append(qingming[0])
    weekend = sum(1 for d in statutory if d.weekday() >= 5)
    given_back = [d for d, n in days.items() if n.endswith("（补假）")]
    assert len(given_back) == weekend
    assert all(d.weekday() < 5 for d in given_back)
    assert set(days) == set(statutory) | set(given_back)


@pytest.mark.parametrize("year", range(2027, 2061))
def test_provisional_days_are_the_holidays_packages_where_it_has_no_notice(year):
    """Our 补假 (the thin correction of provisional_year) equals the package's own."""
    package = holidays.country_holidays("CN", years=year, language="zh_CN")
    assert set(provisional_days(year)) == set(package)


def test_a_provisional_year_is_used_and_recorded():
    view = CAL.tracked()
    # 12-31 is day 1; 01-01 is 元旦 (law), 01-02/03 a weekend: day 2 is 01-04, day 3 01-05.
    assert view.add_working_days(date(2026, 12, 30), 3) == date(2027, 1, 5)
    assert view.guessed_years == {2027}
    assert not view.is_workday(date(2027, 1, 1)) and view.holiday_name(date(2027, 1, 1)) == "元旦"
    assert not view.is_workday(date(2027, 2, 10))  # 春节（补假）
    assert view.makeup_day_name(date(2027, 2, 20)) is None


def test_after_the_spring_festival_and_its_days_given_back():
    view = CAL.tracked()
    # Wed 02-03: day 1 Thu 02-04; 02-05..02-10 off (02-09 and 02-10 given back); 02-11, 02-12
    assert view.add_working_days(date(2027, 2, 3), 3) == date(2027, 2, 12)
    assert view.guessed_years == {2027}


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


# -- user-supplied year data --------------------------------------------------------------------
# A made-up 2027 arrangement (the real one is not published in the test data).
CSV_2027 = """date,type,name
# 元旦
2027-01-01,holiday,元旦
2027-01-02,holiday,元旦
2027-01-03,holiday,元旦
2027-02-20,workday,春节
"""


def test_an_imported_year_replaces_the_provisional_one_entirely():
    cal = WorkdayCalendar(parse_calendar_csv(CSV_2027))
    view = cal.tracked()
    assert view.has_data(2027) and view.source(2027) == "imported"
    # the law's days the file does not list are gone (05-03 was a provisional 补假)
    assert view.is_workday(date(2027, 5, 3)) and view.holiday_name(date(2027, 2, 9)) is None
    assert view.add_working_days(date(2026, 12, 30), 3) == date(2027, 1, 5)
    assert view.holiday_name(date(2027, 1, 1)) == "元旦"
    assert view.is_workday(date(2027, 2, 20)) and view.makeup_day_name(date(2027, 2, 20)) == "春节"
    assert view.guessed_years == frozenset()


def test_imported_days_override_the_shipped_year_date_by_date():
    cal = WorkdayCalendar({2026: {"holidays": {date(2026, 10, 9): "调整"}, "workdays": {}}})
    assert cal.source(2026) == "official+imported"
    assert not cal.is_workday(date(2026, 10, 9))
    assert cal.holiday_name(date(2026, 10, 9)) == "调整"
    assert cal.is_workday(date(2026, 10, 10))  # the shipped make-up day is kept
    assert cal.add_working_days(date(2026, 9, 29), 3) == date(2026, 10, 10)
    # and a shipped holiday can be turned into a working day
    cal2 = WorkdayCalendar({2026: YearData(workdays={date(2026, 10, 3): "调整"})})
    assert cal2.is_workday(date(2026, 10, 3))
    assert cal2.holiday_name(date(2026, 10, 3)) is None


def test_without_shipped_data_only_imported_years_are_official():
    cal = WorkdayCalendar(parse_calendar_csv(CSV_2027), official={})
    assert cal.known_years == {2027}
    view = cal.tracked()
    assert not view.is_workday(date(2026, 10, 1))  # no data: the law's 国庆节
    assert view.is_workday(date(2026, 10, 7))  # the notice's extra days are not the law's
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
        ("date,type,name\n2027-01-01,holiday,元\u202e旦\n", "line 2, name", "U+202E"),
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
def test_within_the_official_data_nothing_is_provisional(start, n):
    view = CAL.tracked()
    view.add_working_days(start, n)
    assert view.guessed_years == frozenset()


@given(dates_with_data, st.integers(min_value=0, max_value=15), st.integers(0, 15))
def test_more_working_days_never_end_earlier(start, n, extra):
    assert CAL.add_working_days(start, n) <= CAL.add_working_days(start, n + extra)
