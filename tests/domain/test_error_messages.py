"""The domain's error sentences are msg() templates: English text kept, values kept typed."""

from __future__ import annotations

from datetime import date

import pytest

from vipcrm.domain.birthday import parse_birthday
from vipcrm.domain.cards import CardStep, InvalidCardStep, apply_step
from vipcrm.domain.dates import parse_date, parse_month, parse_timestamp
from vipcrm.domain.errors import Message, ValidationError
from vipcrm.domain.grading import RowReader, duplicate, map_headers, positions
from vipcrm.domain.money import parse_money
from vipcrm.domain.periods import parse_period
from vipcrm.domain.phone import normalize_mobile
from vipcrm.domain.plan_layout import parse_plan_month, parse_plan_week, parse_plan_year
from vipcrm.domain.rules import ServiceRules
from vipcrm.domain.values import CardState, Tier, parse_enum
from vipcrm.domain.workdays import parse_calendar_csv


def _refusal(call) -> ValidationError:  # noqa: ANN001
    with pytest.raises(ValidationError) as refused:
        call()
    return refused.value


@pytest.mark.parametrize(
    "call",
    [
        lambda: parse_money(""),
        lambda: parse_money("-5"),
        lambda: parse_money("1.234"),
        lambda: parse_money("abc"),
        lambda: parse_date("2026-02-30"),
        lambda: parse_date("soon"),
        lambda: parse_month("2026-13"),
        lambda: parse_timestamp("noon"),
        lambda: parse_birthday("x"),
        lambda: parse_birthday("x", lunar=True),
        lambda: parse_birthday("04-12L"),
        lambda: parse_birthday("1850-01-01"),
        lambda: parse_birthday("13-01", lunar=True),
        lambda: parse_birthday("2023-02-30"),
        lambda: parse_period("2026-13"),
        lambda: parse_period("soon"),
        lambda: normalize_mobile(""),
        lambda: normalize_mobile("12345"),
        lambda: normalize_mobile("10000000000"),
        lambda: parse_plan_month("2026"),
        lambda: parse_plan_week("2026"),
        lambda: parse_plan_year("26"),
        lambda: parse_enum(Tier, "platinum", "tier"),
        lambda: ServiceRules.from_mapping({"no_such_rule": 1}),
        lambda: parse_calendar_csv(""),
        lambda: parse_calendar_csv("date,kind\n"),
        lambda: parse_calendar_csv("date,type,name\n"),
        lambda: parse_calendar_csv("date,type,name\n2027-01-01,holiday\n"),
        lambda: parse_calendar_csv("date,type,name\n2027-01-01,bogus,元旦\n"),
        lambda: parse_calendar_csv("date,type,name\n2027-01-01,holiday,\n"),
    ],
)
def test_every_refusal_is_a_message_whose_text_is_its_filled_template(call):
    refusal = _refusal(call)
    assert isinstance(refusal.message, Message)
    assert refusal.text is refusal.message
    assert str(refusal) == f"{refusal.field}: {refusal.message}"
    assert "{" not in str(refusal.message)


def test_the_english_text_stays_what_the_command_line_printed():
    assert str(_refusal(lambda: parse_money("-5", "cap"))) == (
        "cap: '-5' is negative; amounts are zero or more"
    )
    assert str(_refusal(lambda: parse_plan_week("2025-W53"))) == (
        "week: '2025-W53': 2025 has no week 53"
    )
    leap = _refusal(lambda: parse_birthday("2024-02-01L", lunar=True))
    assert str(leap) == "birthday: '2024-02-01L': lunar year 2024 has no day 1 in leap month 2"
    plain = _refusal(lambda: parse_birthday("2025-02-30", lunar=True))
    assert str(plain) == "birthday: '2025-02-30': lunar year 2025 has no day 30 in month 2"
    assert leap.message.template != plain.message.template


def test_choices_are_kept_as_lists_of_values():
    refusal = _refusal(lambda: parse_enum(Tier, "platinum", "tier"))
    assert refusal.message.params["allowed"] == list(Tier)
    assert str(refusal.message) == "'platinum' is not one of diamond, gold, silver"


def test_a_workday_on_a_weekday_keeps_the_date_as_a_date():
    refusal = _refusal(lambda: parse_calendar_csv("date,type,name\n2027-01-04,workday,元旦\n"))
    assert refusal.field == "line 2, type"
    assert refusal.message.params["day"] == date(2027, 1, 4)
    assert str(refusal.message).startswith("2027-01-04 is a weekday;")
    assert "Saturday or Sunday" in str(refusal.message)


def test_an_invalid_card_step_keeps_step_state_and_allowed_typed():
    with pytest.raises(InvalidCardStep) as refused:
        apply_step(CardState.NOTIFIED, "received")
    text = refused.value.text
    assert isinstance(text, Message)
    assert text.params["step"] is CardStep.RECEIVED
    assert text.params["state"] is CardState.NOTIFIED
    assert text.params["allowed"] == [CardStep.MAILED, CardStep.PICKUP_CHOSEN, CardStep.DOOR_AGREED]
    assert str(refused.value) == (
        "card step 'received' is not possible from 'notified'; "
        "allowed next steps: mailed, pickup_chosen, door_agreed"
    )


def test_an_unknown_card_step_is_shown_as_typed():
    with pytest.raises(InvalidCardStep) as refused:
        apply_step(CardState.DATA_COLLECTED, "teleported")
    assert refused.value.text.params["step"] == "teleported"
    assert not isinstance(refused.value.text.params["step"], CardStep)
    assert refused.value.step == "teleported"


def test_a_received_card_has_its_own_sentence():
    with pytest.raises(InvalidCardStep) as refused:
        apply_step(CardState.RECEIVED, "received")
    text = refused.value.text
    assert text.params["allowed"] == []
    assert "{allowed}" not in text.template
    assert str(text) == (
        "card step 'received' is not possible from 'received'; "
        "the card is confirmed received; no further steps"
    )


def test_grading_problems_are_messages():
    mapping, problems = map_headers(["姓名", "积分"])
    assert problems and all(isinstance(p.reason, Message) for p in problems)
    assert str(problems[0].reason).startswith("no 'phone' column (one of: 手机号码 / ")
    headers = ["手机号码", "姓名", "积分"]
    mapping, _ = map_headers(headers)
    reader = RowReader(mapping, positions(headers, mapping), ServiceRules())
    row, phone, problems = reader.read(2, ["13800138000", "", "x"])
    assert row is None and phone == "13800138000"
    problems.append(duplicate(3, "手机号码", "13800138000", 2))
    reasons = [str(p.reason) for p in problems]
    assert "the name is empty" in reasons
    assert "'x' is not a whole number of points" in reasons
    assert "13800138000 is also on row 2" in reasons
    assert all(isinstance(p.reason, Message) for p in problems)
