"""What people type: mobile numbers, money, dates and birthdays."""

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from vipcrm.domain.birthday import parse_birthday
from vipcrm.domain.dates import parse_date, parse_timestamp
from vipcrm.domain.errors import ValidationError
from vipcrm.domain.money import format_fen, parse_money
from vipcrm.domain.phone import normalize_mobile
from vipcrm.domain.pinyin import pinyin_key
from vipcrm.domain.values import Tier, parse_enum


@pytest.mark.parametrize(
    "typed",
    [
        "13800138000",
        "138 0013 8000",
        "138-0013-8000",
        "+86 138 0013 8000",
        "0086 13800138000",
        "１３８００１３８０００",
    ],
)
def test_mobile_numbers_are_normalised(typed):
    assert normalize_mobile(typed) == "13800138000"


@pytest.mark.parametrize(
    "typed", ["", "1380013800", "23800138000", "12345678901", "abc", "010-12345678"]
)
def test_invalid_mobile_numbers_name_the_field(typed):
    with pytest.raises(ValidationError) as err:
        normalize_mobile(typed, "phone")
    assert err.value.field == "phone"


@pytest.mark.parametrize(
    "typed, fen",
    [
        ("150", 15000),
        ("150.5", 15050),
        ("150.00", 15000),
        ("¥150", 15000),
        ("１５０", 15000),
        ("0.01", 1),
        ("1,200", 120000),
        ("12,345.50", 1234550),
        ("1,000,000", 100000000),
        ("１，０００", 100000),  # a full-width comma is a comma
    ],
)
def test_money_is_parsed_exactly(typed, fen):
    assert parse_money(typed) == fen


@pytest.mark.parametrize(
    "typed",
    # a comma only between groups of three digits: 1,5 is neither 15 nor 1.5
    ["", "-5", "1.234", "abc", "1e3", "¥", "NaN", "0x10", "1,5", "1,50", "12,34,5", "0,500",
     "1,0000", ",100", "100,", "1,000.123"],
)  # fmt: skip
def test_bad_money_is_refused(typed):
    with pytest.raises(ValidationError):
        parse_money(typed)


@given(st.integers(min_value=0, max_value=10**12))
def test_money_round_trips_through_its_display(fen):
    assert parse_money(format_fen(fen)) == fen


def test_money_display():
    assert format_fen(15000) == "¥150.00"
    assert format_fen(5) == "¥0.05"
    assert format_fen(-5050) == "-¥50.50"


@pytest.mark.parametrize(
    "typed", ["2026-03-05", "2026/3/5", "2026年3月5日", "20260305", "2026.3.5"]
)
def test_dates_in_common_forms(typed):
    assert parse_date(typed) == date(2026, 3, 5)


@pytest.mark.parametrize("typed", ["2026-02-30", "2026-13-01", "yesterday", "05/03/2026"])
def test_impossible_dates_are_refused(typed):
    with pytest.raises(ValidationError):
        parse_date(typed, "assigned-on")


def test_timestamp_without_offset_is_local_shanghai_time():
    assert parse_timestamp("2026-11-22T09:30").isoformat() == "2026-11-22T01:30:00+00:00"


def test_birthdays_solar_lunar_leap_and_yearless():
    assert parse_birthday("02-29").year is None  # a year-less Feb 29 is a real birthday
    lunar = parse_birthday("2020-04-12L", lunar=True)
    assert (lunar.lunar, lunar.leap, lunar.month, lunar.day) == (True, True, 4, 12)
    with pytest.raises(ValidationError, match="no day 12 in leap month 4"):
        parse_birthday("2021-04-12L", lunar=True)  # 2021 has no leap 4th month
    with pytest.raises(ValidationError, match="not a real date"):
        parse_birthday("1981-02-29")
    with pytest.raises(ValidationError, match="leap month"):
        parse_birthday("04-12L")  # L only makes sense for a lunar birthday


def test_enum_errors_list_what_is_allowed():
    assert parse_enum(Tier, " Gold ", "tier") is Tier.GOLD
    with pytest.raises(ValidationError, match="diamond, gold, silver"):
        parse_enum(Tier, "platinum", "tier")


def test_pinyin_keys_hold_full_spelling_and_initials():
    assert pinyin_key("张伟") == "zhangwei zw"


@given(st.from_regex(r"1[0-9]{10}", fullmatch=True))
def test_the_prefix_check_agrees_with_a_full_phonenumbers_check(digits):
    import phonenumbers

    try:
        number = phonenumbers.parse(digits, "CN")
    except phonenumbers.NumberParseException:  # e.g. 110... reads as a short code
        expected = False
    else:
        expected = phonenumbers.is_valid_number(number) and phonenumbers.number_type(number) in (
            phonenumbers.PhoneNumberType.MOBILE,
            phonenumbers.PhoneNumberType.FIXED_LINE_OR_MOBILE,
        )
    try:
        normalize_mobile(digits)
        accepted = True
    except ValidationError:
        accepted = False
    assert accepted == expected
