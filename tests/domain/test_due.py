"""The due-date engine (SERVICE_RULES.md §4-§7) around real 2026 dates."""

from __future__ import annotations

import dataclasses
from datetime import UTC, date, datetime, timedelta

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from vipcrm.domain.birthday import Birthday
from vipcrm.domain.due import (
    Attempt,
    CardFacts,
    ContactFacts,
    DueKind,
    DueResult,
    MemberFacts,
    Reason,
    compute_due,
    fold_contacts,
)
from vipcrm.domain.rules import DEFAULT_RULES, ServiceRules
from vipcrm.domain.values import CardState, Channel, MemberStatus, Outcome, Tier
from vipcrm.domain.workdays import WorkdayCalendar, parse_calendar_csv
from vipcrm.texts import Texts

CAL = WorkdayCalendar()
K = DueKind
ZH, EN = Texts("zh_CN").reason, Texts("en").reason  # the sentences the edges write
PHONE, SMS, VISIT = Channel.PHONE, Channel.SMS, Channel.VISIT
REACHED, NO_ANSWER, PHONE_OFF = Outcome.REACHED, Outcome.NO_ANSWER, Outcome.PHONE_OFF


def member(member_id: str = "m1", **fields) -> MemberFacts:
    base = dict(name="王芳", phone="13800138000", tier=Tier.GOLD, manager_code="M001")
    base.update(fields)
    return MemberFacts(member_id=member_id, **base)


def facts(m: MemberFacts, *attempts: tuple[date, Channel, Outcome], gifts=()) -> ContactFacts:
    rows = [Attempt(on, channel, outcome) for on, channel, outcome in attempts]
    return fold_contacts(m.member_id, rows, assigned_on=m.assigned_on, birthday_gifts_on=gifts)


def run(members, contacts=(), cards=(), *, today, horizon=0, **kw) -> DueResult:
    kw.setdefault("rules", DEFAULT_RULES)
    kw.setdefault("calendar", CAL)
    return compute_due(members, contacts, cards, today=today, horizon_days=horizon, **kw)


def kinds(result: DueResult, kind: DueKind | None = None) -> list:
    if kind is None:
        return [i.kind for i in result.items]
    return [i for i in result.items if i.kind is kind]


# -- §4 first contact ---------------------------------------------------------------------------
ASSIGNED = date(2026, 9, 29)  # a Tuesday before the National Day holiday


def test_first_contact_is_due_on_the_third_working_day():
    m = member(assigned_on=ASSIGNED)
    result = run([m], today=ASSIGNED, horizon=14)
    assert kinds(result) == [K.FIRST_CONTACT]  # no routine items on top
    item = result.items[0]
    assert (item.due_date, item.window_start, item.overdue_days) == (date(2026, 10, 9), ASSIGNED, 0)
    assert item.reason == Reason.of(K.FIRST_CONTACT, assigned=ASSIGNED, n=3)
    assert ZH(item.reason) == "首次联系：分配于 2026-09-29，3个工作日内"
    assert (item.member_id, item.member_name, item.tier, item.manager_code) == (
        "m1",
        "王芳",
        Tier.GOLD,
        "M001",
    )
    assert EN(item.reason) == "First contact: assigned 2026-09-29, within 3 working days"
    assert result.guessed_years == frozenset()


def test_first_contact_overdue_counts_calendar_days():
    m = member(assigned_on=ASSIGNED)
    item = run([m], today=date(2026, 10, 12)).items[0]
    assert item.kind is K.FIRST_CONTACT and item.overdue_days == 3


@pytest.mark.parametrize("channel", [PHONE, VISIT, Channel.MEETING])
def test_a_reached_voice_contact_ends_first_contact(channel):
    m = member(assigned_on=ASSIGNED)
    c = facts(m, (date(2026, 9, 30), channel, REACHED))
    assert K.FIRST_CONTACT not in kinds(run([m], [c], today=date(2026, 10, 8), horizon=30))


def test_a_call_before_the_assignment_does_not_count():
    m = member(assigned_on=ASSIGNED)
    c = facts(m, (date(2026, 9, 1), PHONE, REACHED))
    assert kinds(run([m], [c], today=ASSIGNED, horizon=14)) == [K.FIRST_CONTACT]


def test_reached_only_by_sms_after_a_failed_call_needs_a_first_call_within_three_working_days():
    m = member(assigned_on=ASSIGNED)
    c = facts(m, (date(2026, 9, 30), PHONE, NO_ANSWER), (date(2026, 9, 30), SMS, REACHED))
    result = run([m], [c], today=date(2026, 9, 30), horizon=14)
    assert kinds(result) == [K.FIRST_CALL]
    # day 1 10-08, day 2 10-09, day 3 Saturday 10-10 (a make-up working day)
    assert result.items[0].due_date == date(2026, 10, 10)
    assert result.items[0].window_start == date(2026, 9, 30)
    assert ZH(result.items[0].reason) == "首次电话：2026-09-30 已短信联系，3个工作日内电话联系"


# The scenarios of the audit (issue 18), each worked out by hand on the 2026 calendar:
# March 2026 has no holiday; Monday 03-02: day 1 03-03, day 2 03-04, day 3 03-05 (the
# first-contact deadline), day 4 03-06, day 5 Monday 03-09 (the 5-working-day mark).
MON = date(2026, 3, 2)


def test_a_member_reached_by_sms_is_no_special_case_the_first_call_stays_overdue():
    m = member(assigned_on=MON)
    c = facts(m, (date(2026, 3, 3), PHONE, NO_ANSWER), (date(2026, 3, 4), SMS, REACHED))
    on_mark = run([m], [c], today=date(2026, 3, 9))
    assert [(i.kind, i.due_date, i.overdue_days) for i in on_mark.items] == [
        (K.FIRST_CALL, date(2026, 3, 9), 0)  # 03-04 + 3 working days: 05, 06, 09
    ]
    after = run([m], [c], today=date(2026, 3, 10), horizon=7)
    assert [(i.kind, i.due_date, i.overdue_days) for i in after.items] == [
        (K.FIRST_CALL, date(2026, 3, 9), 1)
    ]
    weeks_later = run([m], [c], today=date(2026, 3, 30))
    assert [(i.kind, i.overdue_days) for i in weeks_later.items] == [(K.FIRST_CALL, 21)]


def test_the_introduction_group_sms_does_not_move_the_first_contact_deadline():
    m = member(assigned_on=MON)
    c = facts(m, (date(2026, 3, 5), SMS, REACHED))  # the group SMS of §4.1, no call yet
    result = run([m], [c], today=date(2026, 3, 6))
    assert [(i.kind, i.due_date, i.overdue_days) for i in result.items] == [
        (K.FIRST_CONTACT, date(2026, 3, 5), 1)
    ]


def test_an_introduction_sms_before_the_failed_call_is_not_the_explaining_sms():
    m = member(assigned_on=MON)
    c = facts(m, (date(2026, 3, 2), SMS, REACHED), (date(2026, 3, 3), PHONE, PHONE_OFF))
    result = run([m], [c], today=date(2026, 3, 5), horizon=3)
    assert [(i.kind, i.due_date) for i in result.items] == [
        (K.FIRST_CONTACT, date(2026, 3, 5)),
        (K.EXPLAIN_SMS, date(2026, 3, 6)),  # the working day after the deadline
    ]
    # The explaining SMS then reaches the member: a first call within 3 working days.
    c2 = facts(
        m,
        (date(2026, 3, 2), SMS, REACHED),
        (date(2026, 3, 3), PHONE, PHONE_OFF),
        (date(2026, 3, 6), SMS, REACHED),
    )
    result = run([m], [c2], today=date(2026, 3, 6), horizon=7)
    assert [(i.kind, i.due_date) for i in result.items] == [(K.FIRST_CALL, date(2026, 3, 11))]


def test_the_explaining_sms_stays_overdue_after_the_mark_beside_the_weekly_retry():
    m = member(assigned_on=MON)
    c = facts(m, (date(2026, 3, 3), PHONE, PHONE_OFF))
    on_mark = run([m], [c], today=date(2026, 3, 9))
    assert [(i.kind, i.due_date, i.overdue_days) for i in on_mark.items] == [
        (K.FIRST_CONTACT, date(2026, 3, 5), 4),
        (K.EXPLAIN_SMS, date(2026, 3, 6), 3),
    ]
    after = run([m], [c], today=date(2026, 3, 10), horizon=5)
    assert [(i.kind, i.due_date, i.window_start, i.overdue_days) for i in after.items] == [
        (K.EXPLAIN_SMS, date(2026, 3, 6), date(2026, 3, 3), 4),
        # the special case from 03-10: one reached call or SMS in the week to Sunday 03-15
        (K.UNREACHABLE_RETRY, date(2026, 3, 15), date(2026, 3, 10), 0),
    ]
    assert (
        ZH(after.items[1].reason)
        == "未联系上：分配于 2026-03-02，自 2026-03-10 起每周电话或短信一次直至联系上"
    )


def test_failed_retries_do_not_satisfy_the_weekly_retry():
    m = member(assigned_on=MON)
    c = facts(
        m,
        (date(2026, 3, 3), PHONE, PHONE_OFF),
        (date(2026, 3, 11), PHONE, Outcome.FORWARDED),
        (date(2026, 3, 12), SMS, Outcome.WRONG_NUMBER),
        (date(2026, 3, 17), PHONE, NO_ANSWER),
    )
    result = run([m], [c], today=date(2026, 3, 20))
    retry = only(result, K.UNREACHABLE_RETRY)
    assert (retry.due_date, retry.overdue_days) == (date(2026, 3, 15), 5)
    # Reached by a call: the new-member phase ends, and with it every one of its items.
    reached = facts(m, (date(2026, 3, 3), PHONE, PHONE_OFF), (date(2026, 3, 18), PHONE, REACHED))
    phase = {K.FIRST_CONTACT, K.FIRST_CALL, K.EXPLAIN_SMS, K.UNREACHABLE_RETRY}
    assert not phase & set(kinds(run([m], [reached], today=date(2026, 3, 20), horizon=30)))


# -- §4.4 unreachable --------------------------------------------------------------------------
# The 5-working-day mark for 09-29: 09-30, 10-08, 10-09, 10-10 (make-up), 10-12.
MARK = date(2026, 10, 12)


def test_unreachable_starts_after_the_five_working_day_mark():
    m = member(assigned_on=ASSIGNED)
    c = facts(m, (date(2026, 9, 30), PHONE, PHONE_OFF))
    assert kinds(run([m], [c], today=MARK)) == [K.FIRST_CONTACT, K.EXPLAIN_SMS]
    result = run([m], [c], today=MARK + timedelta(days=1), horizon=5)
    assert kinds(result) == [K.EXPLAIN_SMS, K.UNREACHABLE_RETRY]
    item = only(result, K.UNREACHABLE_RETRY)
    # from Tuesday 10-13, the week to Sunday 10-18
    assert (item.due_date, item.window_start, item.overdue_days) == (
        date(2026, 10, 18),
        date(2026, 10, 13),
        0,
    )
    # first-contact deadline 10-09; the explaining SMS the working day after: 10-10 (make-up)
    assert only(result, K.EXPLAIN_SMS).due_date == date(2026, 10, 10)


def test_refused_or_wrong_number_is_not_the_unreachable_case():
    m = member(assigned_on=ASSIGNED)
    c = facts(m, (date(2026, 9, 30), PHONE, Outcome.REFUSED))
    assert kinds(run([m], [c], today=date(2026, 10, 20))) == [K.FIRST_CONTACT]


# -- §4.5 the 12580 check ------------------------------------------------------------------------
def _group_sms(m, on: date, confirmed: bool = False, attempt_id: str = "a1") -> ContactFacts:
    attempt = Attempt(on, SMS, REACHED, None, True, confirmed, attempt_id)
    return fold_contacts(m.member_id, [attempt], assigned_on=m.assigned_on)


@pytest.mark.parametrize(
    ("sent", "due"),
    [
        (date(2026, 3, 5), date(2026, 3, 6)),  # Thursday: Friday
        (date(2026, 3, 6), date(2026, 3, 9)),  # Friday: Monday
        (date(2026, 9, 30), date(2026, 10, 8)),  # before National Day: after the holiday
        (date(2026, 10, 9), date(2026, 10, 10)),  # Friday: the make-up Saturday
    ],
)
def test_a_group_sms_is_checked_the_next_working_day(sent, due):
    m = member()
    result = run([m], [_group_sms(m, sent)], today=sent, horizon=10)
    check = only(result, K.GROUP_SMS_CHECK)
    assert (check.due_date, check.window_start, check.contact_id) == (due, sent, "a1")
    later = run([m], [_group_sms(m, sent)], today=due + timedelta(days=30))
    assert only(later, K.GROUP_SMS_CHECK).overdue_days == 30  # until confirmed
    done = run([m], [_group_sms(m, sent, confirmed=True)], today=due, horizon=10)
    assert kinds(done, K.GROUP_SMS_CHECK) == []


def test_the_group_sms_check_applies_to_new_members_too():
    m = member(assigned_on=MON)
    result = run([m], [_group_sms(m, MON)], today=MON, horizon=3)
    assert [(i.kind, i.due_date) for i in result.items] == [
        (K.GROUP_SMS_CHECK, date(2026, 3, 3)),
        (K.FIRST_CONTACT, date(2026, 3, 5)),
    ]


# -- §6 routine contact ------------------------------------------------------------------------
WED = date(2026, 11, 18)


def test_weekly_sms_due_sunday_unless_one_was_sent_this_week():
    m = member()  # no assignment date: routine phase
    result = run([m], today=WED, horizon=4)
    (item,) = kinds(result, K.ROUTINE_SMS)
    assert (item.due_date, item.window_start) == (date(2026, 11, 22), date(2026, 11, 16))
    assert ZH(item.reason) == "每周短信：2026-11-16 至 2026-11-22 一周一条"
    group_sms = facts(m, (date(2026, 11, 16), SMS, REACHED))
    assert kinds(run([m], [group_sms], today=WED, horizon=4), K.ROUTINE_SMS) == []
    last_week = facts(m, (date(2026, 11, 15), SMS, REACHED))
    assert len(kinds(run([m], [last_week], today=WED, horizon=4), K.ROUTINE_SMS)) == 1
    # Only a reached SMS counts (§6): a wrong number or an unanswered one does not.
    for outcome in (Outcome.WRONG_NUMBER, NO_ANSWER):
        failed_sms = facts(m, (date(2026, 11, 17), SMS, outcome))
        assert len(kinds(run([m], [failed_sms], today=WED, horizon=4), K.ROUTINE_SMS)) == 1


def test_weekly_sms_beyond_the_horizon_is_not_listed_and_future_weeks_are():
    m = member()
    assert kinds(run([m], today=WED, horizon=3), K.ROUTINE_SMS) == []
    c = facts(m, (date(2026, 11, 16), SMS, REACHED))
    weeks = kinds(run([m], [c], today=WED, horizon=11), K.ROUTINE_SMS)
    assert [i.due_date for i in weeks] == [date(2026, 11, 29)]


def test_monthly_call_due_on_the_last_day_unless_reached_this_month():
    m = member()
    today = date(2026, 11, 20)
    (item,) = kinds(run([m], today=today, horizon=10), K.ROUTINE_CALL)
    assert (item.due_date, item.window_start) == (date(2026, 11, 30), date(2026, 11, 1))
    assert ZH(item.reason) == "每月电话：2026-11 每月一次"
    reached = facts(m, (date(2026, 11, 2), PHONE, REACHED))
    assert kinds(run([m], [reached], today=today, horizon=10), K.ROUTINE_CALL) == []
    failed = facts(m, (date(2026, 11, 19), PHONE, NO_ANSWER))
    assert len(kinds(run([m], [failed], today=today, horizon=10), K.ROUTINE_CALL)) == 1
    last_month = facts(m, (date(2026, 10, 31), PHONE, REACHED))
    assert len(kinds(run([m], [last_month], today=today, horizon=10), K.ROUTINE_CALL)) == 1


def test_routine_rules_can_be_switched_off():
    rules = ServiceRules.from_mapping({"routine_sms_per_week": 0, "routine_calls_per_month": 0})
    result = run([member()], today=date(2026, 11, 20), horizon=14, rules=rules)
    assert kinds(result, K.ROUTINE_SMS) == [] and kinds(result, K.ROUTINE_CALL) == []


def test_minimum_contact_only_at_risk_for_the_manager_always_in_review():
    m = member(tier=Tier.GOLD)
    # 10 days left in November: not at risk yet
    calm = date(2026, 11, 20)
    assert kinds(run([m], today=calm, horizon=10), K.MINIMUM_CONTACT) == []
    (item,) = kinds(run([m], today=calm, horizon=10, review=True), K.MINIMUM_CONTACT)
    assert (item.due_date, item.window_start, item.at_risk) == (
        date(2026, 11, 30),
        date(2026, 11, 1),
        False,
    )
    # 5 days left: at risk, shown to the manager too
    risky = date(2026, 11, 25)
    (item,) = kinds(run([m], today=risky, horizon=5), K.MINIMUM_CONTACT)
    assert (
        item.at_risk
        and ZH(item.reason) == "最低联系：金卡会员 2026-11-01 至 2026-11-30 至少联系一次"
    )
    wechat = facts(m, (date(2026, 11, 3), Channel.WECHAT, REACHED))  # any reached channel
    assert kinds(run([m], [wechat], today=risky, horizon=5, review=True), K.MINIMUM_CONTACT) == []


def test_minimum_contact_for_silver_is_per_quarter():
    m = member(tier=Tier.SILVER, important=True)
    today = date(2026, 12, 28)
    (item,) = kinds(run([m], today=today, horizon=3), K.MINIMUM_CONTACT)
    assert (item.window_start, item.due_date, item.at_risk) == (
        date(2026, 10, 1),
        date(2026, 12, 31),
        True,
    )
    assert ZH(item.reason).endswith("重要客户，宜面访")
    october = facts(m, (date(2026, 10, 5), SMS, REACHED))
    assert kinds(run([m], [october], today=today, horizon=3), K.MINIMUM_CONTACT) == []
    september = facts(m, (date(2026, 9, 30), PHONE, REACHED))
    assert len(kinds(run([m], [september], today=today, horizon=3), K.MINIMUM_CONTACT)) == 1


def test_review_lists_future_periods_within_the_horizon_unflagged():
    m = member(tier=Tier.DIAMOND)
    c = facts(m, (date(2026, 11, 2), PHONE, REACHED))
    items = kinds(
        run([m], [c], today=date(2026, 11, 20), horizon=45, review=True), K.MINIMUM_CONTACT
    )
    assert [(i.due_date, i.at_risk) for i in items] == [(date(2026, 12, 31), False)]


def test_new_members_get_no_routine_or_minimum_items():
    m = member(assigned_on=date(2026, 11, 24), tier=Tier.DIAMOND)
    result = run([m], today=date(2026, 11, 25), horizon=6, review=True)
    assert kinds(result) == [K.FIRST_CONTACT]


# -- §5 cards -----------------------------------------------------------------------------------
def card(state: CardState, since: date, **kw) -> CardFacts:
    return CardFacts(card_id="c1", member_id="m1", state=state, since=since, **kw)


def only(result: DueResult, kind: DueKind):
    (item,) = kinds(result, kind)
    return item


def test_card_data_goes_to_the_card_maker_the_next_working_day():
    m = member()
    item = only(
        run(
            [m],
            cards=[card(CardState.DATA_COLLECTED, date(2026, 9, 30))],
            today=date(2026, 9, 30),
            horizon=10,
        ),
        K.CARD_DATA,
    )
    assert (item.due_date, item.card_id) == (date(2026, 10, 8), "c1")


def test_card_notify_within_three_calendar_days_of_arrival():
    m = member()
    item = only(
        run([m], cards=[card(CardState.ARRIVED, ASSIGNED)], today=ASSIGNED, horizon=5),
        K.CARD_NOTIFY,
    )
    assert (item.due_date, item.window_start) == (date(2026, 10, 2), ASSIGNED)
    assert "2026-09-29" in ZH(item.reason) and "3天内" in ZH(item.reason)


def test_mailed_card_receipt_check_after_seven_days():
    m = member()
    item = only(
        run([m], cards=[card(CardState.MAILED, date(2026, 11, 10))], today=date(2026, 11, 20)),
        K.CARD_RECEIPT_CHECK,
    )
    assert (item.due_date, item.window_start, item.overdue_days) == (
        date(2026, 11, 17),
        date(2026, 11, 17),
        3,
    )


# A notice on Monday 2026-11-02: weekly reminders in the weeks from 11-09 whose Monday is
# on or before 12-02 (the same date a month on): to 11-15, 11-22, 11-29, 12-06; then the
# rest of December (12-07..12-31), then each calendar month.
@pytest.mark.parametrize(
    ("reached", "due", "window"),
    [
        (None, date(2026, 11, 15), date(2026, 11, 9)),
        (date(2026, 10, 30), date(2026, 11, 15), date(2026, 11, 9)),  # before the notice
        (date(2026, 11, 8), date(2026, 11, 15), date(2026, 11, 9)),  # in the notice's week
        (date(2026, 11, 9), date(2026, 11, 22), date(2026, 11, 16)),
        (date(2026, 11, 30), date(2026, 12, 31), date(2026, 12, 7)),  # last weekly one
        (date(2026, 12, 30), date(2027, 1, 31), date(2027, 1, 1)),
        (date(2027, 1, 1), date(2027, 2, 28), date(2027, 2, 1)),
    ],
)
def test_pickup_reminders_every_week_of_the_first_month_then_every_calendar_month(
    reached, due, window
):
    m = member()
    c = ContactFacts("m1", last_voice_reached_on=reached, last_reached_on=reached)
    cards = [card(CardState.AWAITING_PICKUP, date(2026, 11, 2))]
    item = only(run([m], [c], cards, today=date(2026, 11, 2), horizon=120), K.CARD_PICKUP_REMINDER)
    assert (item.due_date, item.window_start) == (due, window)


def test_the_pickup_month_is_the_calendar_month_and_an_unanswered_reminder_is_not_one():
    """The audit's case: notified Tuesday 02-17, the first month runs to 03-17."""
    m = member()
    cards = [card(CardState.AWAITING_PICKUP, date(2026, 2, 17))]
    weeks = [date(2026, 3, 1), date(2026, 3, 8), date(2026, 3, 15), date(2026, 3, 22)]
    reached = [None, date(2026, 2, 25), date(2026, 3, 2), date(2026, 3, 10)]
    for last, due in zip(reached, weeks, strict=True):
        c = ContactFacts("m1", last_voice_reached_on=last)
        item = only(
            run([m], [c], cards, today=date(2026, 2, 18), horizon=60), K.CARD_PICKUP_REMINDER
        )
        assert item.due_date == due, last
    # Reached in the week of 03-16 (the last that starts within the month): then the rest
    # of March, not 30 days on.
    c = ContactFacts("m1", last_voice_reached_on=date(2026, 3, 18))
    item = only(run([m], [c], cards, today=date(2026, 3, 18), horizon=60), K.CARD_PICKUP_REMINDER)
    assert (item.due_date, item.window_start) == (date(2026, 3, 31), date(2026, 3, 23))
    # A reminder call nobody answered leaves the week's reminder due, then overdue.
    missed = facts(m, (date(2026, 2, 25), PHONE, NO_ANSWER))
    item = only(run([m], [missed], cards, today=date(2026, 3, 4)), K.CARD_PICKUP_REMINDER)
    assert (item.due_date, item.overdue_days) == (date(2026, 3, 1), 3)


def test_door_delivery_on_the_agreed_date():
    m = member()
    cards = [card(CardState.DOOR_AGREED, date(2026, 11, 20), agreed_on=date(2026, 11, 28))]
    item = only(run([m], cards=cards, today=date(2026, 11, 20), horizon=8), K.CARD_DELIVERY)
    assert item.due_date == date(2026, 11, 28)
    assert kinds(run([m], cards=cards, today=date(2026, 11, 20), horizon=7), K.CARD_DELIVERY) == []


@pytest.mark.parametrize(
    "state", [CardState.DATA_SENT, CardState.NOTIFIED, CardState.DELIVERED, CardState.RECEIVED]
)
def test_waiting_states_need_nothing(state):
    m = member()
    result = run([m], cards=[card(state, date(2026, 11, 1))], today=date(2026, 12, 1), horizon=30)
    assert all(i.card_id is None for i in result.items)


def test_cards_of_members_who_left_or_are_unknown_are_ignored():
    gone = member(status=MemberStatus.LEFT)
    cards = [card(CardState.ARRIVED, date(2026, 11, 1))]
    assert run([gone], cards=cards, today=date(2026, 11, 20), horizon=30).items == ()
    assert run([], cards=cards, today=date(2026, 11, 20), horizon=30).items == ()


# -- §7 care ------------------------------------------------------------------------------------
def test_birthday_greeting_for_all_and_gift_for_gold_and_diamond():
    today = date(2026, 11, 20)
    members = [
        member("g", tier=Tier.GOLD, birthday=Birthday(11, 25), name="金"),
        member("d", tier=Tier.DIAMOND, birthday=Birthday(11, 25), name="钻"),
        member("s", tier=Tier.SILVER, birthday=Birthday(11, 25), name="银"),
    ]
    result = run(
        members,
        today=today,
        horizon=7,
        rules=ServiceRules.from_mapping({"routine_sms_per_week": 0, "routine_calls_per_month": 0}),
    )
    gifts = kinds(result, K.BIRTHDAY_GIFT)
    assert [(i.member_id, i.due_date) for i in gifts] == [
        ("d", date(2026, 11, 22)),
        ("g", date(2026, 11, 22)),
    ]
    assert ZH(gifts[0].reason) == "生日礼品：生日 2026-11-25，提前3天准备，限额 ¥150.00"
    assert "¥100.00" in ZH(gifts[1].reason)
    greetings = kinds(result, K.BIRTHDAY_GREETING)
    assert [i.member_id for i in greetings] == ["d", "g", "s"]
    assert {i.due_date for i in greetings} == {date(2026, 11, 25)}
    with_caps = run(members, today=today, horizon=7, birthday_caps_fen={Tier.SILVER: 5000})
    assert [i.member_id for i in kinds(with_caps, K.BIRTHDAY_GIFT)] == ["s"]


def test_birthday_greeting_done_by_a_message_on_the_day_and_overdue_for_a_week():
    m = member(tier=Tier.SILVER, birthday=Birthday(11, 25))
    sms = facts(m, (date(2026, 11, 25), SMS, REACHED))
    assert kinds(run([m], [sms], today=date(2026, 11, 25)), K.BIRTHDAY_GREETING) == []
    early = facts(m, (date(2026, 11, 24), SMS, REACHED))
    assert len(kinds(run([m], [early], today=date(2026, 11, 25)), K.BIRTHDAY_GREETING)) == 1
    late = only(run([m], today=date(2026, 11, 27)), K.BIRTHDAY_GREETING)
    assert late.overdue_days == 2
    assert kinds(run([m], today=date(2026, 12, 3)), K.BIRTHDAY_GREETING) == []


def test_birthday_gift_is_done_by_a_gift_since_the_previous_birthday():
    m = member(tier=Tier.GOLD, birthday=Birthday(11, 25))
    this_year = facts(m, gifts=[date(2026, 11, 20)])
    assert kinds(run([m], [this_year], today=date(2026, 11, 21), horizon=7), K.BIRTHDAY_GIFT) == []
    last_year = facts(m, gifts=[date(2025, 11, 24)])
    assert (
        len(kinds(run([m], [last_year], today=date(2026, 11, 21), horizon=7), K.BIRTHDAY_GIFT)) == 1
    )


def test_lunar_birthday_greeting_on_this_years_lunar_day():
    m = member(tier=Tier.SILVER, birthday=Birthday(8, 15, lunar=True))
    item = only(run([m], today=date(2026, 9, 20), horizon=7), K.BIRTHDAY_GREETING)
    assert item.due_date == date(2026, 9, 25)
    assert ZH(item.reason) == "生日祝福：生日 2026-09-25（农历八月十五）"


def test_leap_month_birthday_in_the_engine():
    m = member(tier=Tier.SILVER, birthday=Birthday(6, 10, lunar=True, leap=True))
    assert only(run([m], today=date(2025, 8, 1), horizon=5), K.BIRTHDAY_GREETING).due_date == date(
        2025, 8, 3
    )
    assert only(run([m], today=date(2026, 7, 20), horizon=5), K.BIRTHDAY_GREETING).due_date == date(
        2026, 7, 23
    )


@pytest.mark.parametrize(
    ("today", "day", "label"),
    [
        (date(2026, 2, 10), date(2026, 2, 17), "春节"),
        (date(2026, 6, 15), date(2026, 6, 19), "端午节"),
        (date(2026, 9, 20), date(2026, 9, 25), "中秋节"),
        (date(2026, 12, 28), date(2027, 1, 1), "元旦"),
    ],
)
def test_holiday_greetings_for_key_persons(today, day, label):
    kp = member("kp", is_key_person=True)
    plain = member("p")
    result = run([kp, plain], today=today, horizon=7)
    (item,) = kinds(result, K.HOLIDAY_GREETING)
    assert (item.member_id, item.due_date, item.window_start) == ("kp", day, day - timedelta(3))
    assert label in ZH(item.reason)


def test_holiday_greeting_done_within_the_window_only():
    kp = member(is_key_person=True)
    before = facts(kp, (date(2026, 9, 21), SMS, REACHED))
    inside = facts(kp, (date(2026, 9, 22), SMS, REACHED))
    today = date(2026, 9, 23)
    assert len(kinds(run([kp], [before], today=today, horizon=3), K.HOLIDAY_GREETING)) == 1
    assert kinds(run([kp], [inside], today=today, horizon=3), K.HOLIDAY_GREETING) == []


# -- the run as a whole -------------------------------------------------------------------------
def test_members_who_left_get_nothing():
    gone = member(
        status=MemberStatus.LEFT, assigned_on=ASSIGNED, birthday=Birthday(10, 1), is_key_person=True
    )
    assert run([gone], today=ASSIGNED, horizon=60).items == ()


def test_year_end_2026_counts_2027_by_the_provisional_calendar_and_says_so():
    m = member(assigned_on=date(2026, 12, 30))  # a Wednesday
    result = run([m], today=date(2026, 12, 30), horizon=10)
    # 12-31 day 1; 01-01 元旦 (the law), 01-02/03 a weekend; 01-04 day 2, 01-05 day 3
    assert only(result, K.FIRST_CONTACT).due_date == date(2027, 1, 5)
    assert result.guessed_years == {2027}


def test_after_the_spring_festival_of_2027_and_its_days_given_back():
    m = member(assigned_on=date(2027, 2, 3))  # a Wednesday
    result = run([m], today=date(2027, 2, 3), horizon=15)
    # 02-04 day 1; 除夕 02-05 to 初三 02-08, 补假 02-09 and 02-10; 02-11 day 2, 02-12 day 3
    assert only(result, K.FIRST_CONTACT).due_date == date(2027, 2, 12)
    assert result.guessed_years == {2027}


def test_the_official_schedule_once_imported_replaces_the_provisional_year():
    m = member(assigned_on=date(2027, 2, 3))
    # a made-up notice: 02-05..02-11 off, Sunday 02-14 a make-up working day
    notice = "date,type,name\n" + "".join(f"2027-02-{d:02d},holiday,春节\n" for d in range(5, 12))
    imported = WorkdayCalendar(parse_calendar_csv(notice + "2027-02-14,workday,春节\n"))
    fixed = run([m], today=date(2027, 2, 3), horizon=15, calendar=imported)
    # 02-04 day 1, 02-12 day 2, Sunday 02-14 (make-up) day 3
    assert only(fixed, K.FIRST_CONTACT).due_date == date(2027, 2, 14)
    assert fixed.guessed_years == frozenset()


def test_warnings_belong_to_one_run_not_to_the_shared_calendar():
    m = member(assigned_on=date(2026, 12, 30))
    run([m], today=date(2026, 12, 30))
    assert CAL.guessed_years == frozenset()
    assert run([member(assigned_on=ASSIGNED)], today=ASSIGNED).guessed_years == frozenset()


def test_items_are_sorted_by_due_date_tier_then_name():
    today = date(2026, 9, 29)
    members = [
        # same date and tier: by name (code-point order; here also pinyin order li < wang)
        member("a", name="王芳", tier=Tier.SILVER, assigned_on=today),
        member("b", name="李强", tier=Tier.SILVER, assigned_on=today),
        member("c", name="丙", tier=Tier.DIAMOND, assigned_on=today),
        member("d", name="丁", tier=Tier.GOLD, assigned_on=date(2026, 9, 28)),
    ]
    result = run(members, today=today, horizon=14)
    assert [i.member_id for i in result.items] == ["d", "c", "b", "a"]
    # 09-28 + 3 working days = 10-08; the others 10-09
    assert [i.due_date for i in result.items] == [date(2026, 10, 8)] + [date(2026, 10, 9)] * 3


def test_horizon_excludes_later_items_and_keeps_overdue_ones():
    overdue = member("o", assigned_on=date(2026, 9, 1))
    later = member("l", assigned_on=date(2026, 11, 19))
    result = run([overdue, later], today=date(2026, 11, 20))
    assert [i.member_id for i in result.items] == ["o"]
    assert result.items[0].overdue_days > 0
    with pytest.raises(ValueError):
        run([overdue], today=date(2026, 11, 20), horizon=-1)


def test_rules_are_read_not_hard_coded():
    rules = ServiceRules.from_mapping({"first_contact_working_days": 5, "card_notify_days": 1})
    m = member(assigned_on=ASSIGNED)
    cards = [card(CardState.ARRIVED, ASSIGNED)]
    result = run([m], cards=cards, today=ASSIGNED, horizon=20, rules=rules)
    assert only(result, K.FIRST_CONTACT).due_date == MARK
    assert only(result, K.CARD_NOTIFY).due_date == date(2026, 9, 30)


def test_fold_contacts_is_the_reference_aggregate():
    at = lambda d, h: datetime(d.year, d.month, d.day, h, tzinfo=UTC)  # noqa: E731
    attempts = [
        Attempt(date(2026, 9, 28), SMS, REACHED, at(date(2026, 9, 28), 2)),  # before assignment
        Attempt(date(2026, 9, 28), PHONE, PHONE_OFF, at(date(2026, 9, 28), 3)),  # same
        Attempt(date(2026, 9, 30), SMS, REACHED, at(date(2026, 9, 30), 2), True, True, "g1"),
        Attempt(date(2026, 10, 8), SMS, Outcome.WRONG_NUMBER, at(date(2026, 10, 8), 2)),
        Attempt(date(2026, 10, 8), SMS, REACHED, at(date(2026, 10, 8), 1), True, False, "g2"),
        Attempt(date(2026, 10, 9), PHONE, NO_ANSWER, at(date(2026, 10, 9), 5)),
        Attempt(date(2026, 10, 9), SMS, REACHED, at(date(2026, 10, 9), 4)),  # before the call
        Attempt(date(2026, 10, 11), Channel.WECHAT, REACHED, at(date(2026, 10, 11), 2)),
        Attempt(date(2026, 10, 12), PHONE, PHONE_OFF, at(date(2026, 10, 12), 2)),
    ]
    got = fold_contacts("m1", attempts, assigned_on=ASSIGNED, birthday_gifts_on=[date(2026, 5, 1)])
    assert got == ContactFacts(
        member_id="m1",
        last_sms_reached_on=date(2026, 10, 9),
        last_voice_reached_on=None,
        last_reached_on=date(2026, 10, 11),
        first_failed_call_on=date(2026, 10, 9),
        first_reached_after_failed_call_on=date(2026, 10, 11),
        unconfirmed_group_sms_on=date(2026, 10, 8),
        unconfirmed_group_sms_id="g2",
        last_birthday_gift_on=date(2026, 5, 1),
    )
    # Reached by a visit since the assignment: no longer new, no failed-call facts.
    visit = Attempt(date(2026, 10, 10), VISIT, REACHED, at(date(2026, 10, 10), 2))
    got = fold_contacts("m1", [*attempts, visit], assigned_on=ASSIGNED)
    assert got.last_voice_reached_on == date(2026, 10, 10)
    assert (got.first_failed_call_on, got.first_reached_after_failed_call_on) == (None, None)


# -- properties ---------------------------------------------------------------------------------
TODAYS = st.dates(min_value=date(2025, 1, 10), max_value=date(2026, 12, 20))
ATTEMPT = st.tuples(
    st.integers(min_value=0, max_value=120),
    st.sampled_from(list(Channel)),
    st.sampled_from(list(Outcome)),
)
BIRTHDAYS = st.one_of(
    st.none(),
    st.builds(lambda m, d: Birthday(m, d), st.integers(1, 12), st.integers(1, 28)),
    st.builds(
        lambda m, d, leap: Birthday(m, d, lunar=True, leap=leap),
        st.integers(1, 12),
        st.integers(1, 30),
        st.booleans(),
    ),
)


@st.composite
def scenarios(draw):
    today = draw(TODAYS)
    count = draw(st.integers(min_value=1, max_value=6))
    members, contacts, cards = [], [], []
    for i in range(count):
        assigned = draw(st.one_of(st.none(), st.integers(0, 60)))
        m = MemberFacts(
            member_id=f"m{i}",
            name=draw(st.sampled_from(["王芳", "李强", "张伟"])),
            phone="13800138000",
            tier=draw(st.sampled_from(list(Tier))),
            manager_code="M001",
            status=draw(st.sampled_from([MemberStatus.ACTIVE] * 4 + [MemberStatus.LEFT])),
            assigned_on=None if assigned is None else today - timedelta(days=assigned),
            birthday=draw(BIRTHDAYS),
            is_key_person=draw(st.booleans()),
            important=draw(st.booleans()),
        )
        members.append(m)
        rows = [
            Attempt(today - timedelta(days=ago), channel, outcome)
            for ago, channel, outcome in draw(st.lists(ATTEMPT, max_size=5))
        ]
        gifts = [today - timedelta(days=d) for d in draw(st.lists(st.integers(0, 400), max_size=1))]
        contacts.append(
            fold_contacts(m.member_id, rows, assigned_on=m.assigned_on, birthday_gifts_on=gifts)
        )
        for j in range(draw(st.integers(0, 2))):
            cards.append(
                CardFacts(
                    card_id=f"c{i}-{j}",
                    member_id=m.member_id,
                    state=draw(st.sampled_from(list(CardState))),
                    since=today - timedelta(days=draw(st.integers(0, 90))),
                    agreed_on=draw(st.one_of(st.none(), st.just(today + timedelta(days=2)))),
                )
            )
    horizon = draw(st.integers(min_value=0, max_value=40))
    review = draw(st.booleans())
    return today, horizon, review, members, contacts, cards


PROPERTY_SETTINGS = settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)


@PROPERTY_SETTINGS
@given(scenarios(), st.randoms(use_true_random=False))
def test_results_do_not_depend_on_input_order(scenario, rnd):
    today, horizon, review, members, contacts, cards = scenario
    first = run(members, contacts, cards, today=today, horizon=horizon, review=review)
    for seq in (members, contacts, cards):
        rnd.shuffle(seq)
    second = run(
        members,
        {c.member_id: c for c in contacts},
        cards,
        today=today,
        horizon=horizon,
        review=review,
    )
    assert first == second


@PROPERTY_SETTINGS
@given(scenarios())
def test_logging_a_reached_call_leaves_no_call_due_this_month(scenario):
    today, horizon, review, members, contacts, cards = scenario
    called = [
        dataclasses.replace(c, last_voice_reached_on=today, last_reached_on=today) for c in contacts
    ]
    result = run(members, called, cards, today=today, horizon=horizon, review=review)
    first_phase = {K.FIRST_CONTACT, K.FIRST_CALL, K.EXPLAIN_SMS, K.UNREACHABLE_RETRY}
    for item in result.items:
        assert item.kind not in first_phase
        if item.kind is K.ROUTINE_CALL:
            assert (item.due_date.year, item.due_date.month) != (today.year, today.month)


@PROPERTY_SETTINGS
@given(scenarios())
def test_every_item_is_within_the_horizon_and_well_formed(scenario):
    today, horizon, review, members, contacts, cards = scenario
    result = run(members, contacts, cards, today=today, horizon=horizon, review=review)
    gone = {m.member_id for m in members if m.status is MemberStatus.LEFT}
    view = CAL.tracked()
    for item in result.items:
        assert item.due_date <= today + timedelta(days=horizon)
        assert item.overdue_days == max(0, (today - item.due_date).days)
        assert item.window_start <= item.due_date
        assert item.member_id not in gone
        assert item.reason
        if item.kind in {K.FIRST_CONTACT, K.FIRST_CALL, K.CARD_DATA}:
            assert view.is_workday(item.due_date)
        if item.kind is K.MINIMUM_CONTACT and not review:
            assert item.at_risk
    keys = [(i.due_date, i.tier.rank, i.member_name) for i in result.items]
    assert keys == sorted(keys)


# -- one member at a time ----------------------------------------------------------------------
# The engine shares work between members (a run's routine items, a new member's items per
# (day of assignment, first failed call, first reached contact after it), birthday
# occurrences, deadlines). Sharing must not change anything: a crowd's items are each
# member's own items, run alone, in the documented order.
FEW_DAYS = st.sampled_from([0, 1, 3, 9, 20, 40])


@st.composite
def crowds(draw):
    """Many members drawn from few values, so that they share facts (and the engine's
    memos) often, with a few cards each and any status."""
    today = draw(TODAYS)
    members, contacts, cards = [], [], []
    for i in range(draw(st.integers(min_value=2, max_value=25))):
        assigned = draw(st.one_of(st.none(), FEW_DAYS))
        m = MemberFacts(
            member_id=f"m{i:02d}",
            name=draw(st.sampled_from(["王芳", "李强", "张伟"])),
            phone="13800138000",
            tier=draw(st.sampled_from(list(Tier))),
            manager_code="M001",
            status=draw(st.sampled_from([MemberStatus.ACTIVE] * 6 + [MemberStatus.LEFT])),
            assigned_on=None if assigned is None else today - timedelta(days=assigned),
            birthday=draw(st.sampled_from([None, Birthday(today.month, today.day)]) | BIRTHDAYS),
            is_key_person=draw(st.booleans()),
            important=draw(st.booleans()),
            retention_from=draw(st.sampled_from([None, today.replace(day=1)])),
            retention_causes=("tier_down",),
        )
        members.append(m)
        # Facts drawn field by field from few days (not all of them from one log: the
        # engine takes any facts), so that members share them often.
        day = st.one_of(st.none(), FEW_DAYS.map(lambda ago: today - timedelta(days=ago)))
        found = ContactFacts(
            member_id=m.member_id,
            last_sms_reached_on=draw(day),
            last_voice_reached_on=draw(day),
            last_reached_on=draw(day),
            first_failed_call_on=draw(day),
            first_reached_after_failed_call_on=draw(day),
            unconfirmed_group_sms_on=(sent := draw(day)),
            unconfirmed_group_sms_id=None if sent is None else f"g{i}",
            last_birthday_gift_on=draw(day),
        )
        contacts.append(found)
        for j in range(draw(st.integers(0, 2))):
            cards.append(
                CardFacts(
                    card_id=f"c{i}-{j}",
                    member_id=m.member_id,
                    state=draw(st.sampled_from(list(CardState))),
                    since=today - timedelta(days=draw(FEW_DAYS)),
                    agreed_on=draw(st.one_of(st.none(), st.just(today + timedelta(days=2)))),
                )
            )
    return today, draw(st.integers(0, 40)), draw(st.booleans()), members, contacts, cards


def _result_order(item):
    return (
        item.due_date,
        item.tier.rank,
        item.member_name,
        item.member_id,
        list(DueKind).index(item.kind),
        item.card_id or "",
    )


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(crowds())
def test_a_crowd_gets_what_each_member_gets_alone(crowd):
    today, horizon, review, members, contacts, cards = crowd
    together = run(members, contacts, cards, today=today, horizon=horizon, review=review)
    alone, years = [], set()
    for m, c in zip(members, contacts, strict=True):
        own = [card for card in cards if card.member_id == m.member_id]
        result = run([m], [c], own, today=today, horizon=horizon, review=review)
        alone.extend(result.items)
        years |= result.guessed_years
    assert together.items == tuple(sorted(alone, key=_result_order))
    assert together.guessed_years == years
