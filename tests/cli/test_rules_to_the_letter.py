"""The service regulation to the letter (issue 18), from the command line, on a fresh
database with a lead L1 and a manager M1.

Every expected date is worked out by hand from SERVICE_RULES.md on the 2026 official
calendar: March 2026 has no public holiday and begins on a Sunday, so Monday 03-02 is
followed by working days 03-03 (1), 03-04 (2), 03-05 (3), 03-06 (4), 03-09 (5), 03-10 (6).
"""

from __future__ import annotations

import json
from datetime import date, timedelta

import pytest
from sqlalchemy import func, select

from vipcrm.cli import main
from vipcrm.store.db import open_database
from vipcrm.store.models import ContactAttempt, Gift, Member, OutboxEntry, RuleSetting

KEY = "13800000001"  # key person (A-class decision maker), added as silver
NEW = "13800000002"  # assigned Monday 2026-03-02
OLD = "13800000003"  # routine phase: assigned 2026-01-05, reached 01-06
CARD = "13800000004"  # a card awaiting pick-up
SILVER_KP = "13800000005"  # a silver key person with a birthday


@pytest.fixture
def club(tmp_path):
    path = str(tmp_path / "club.db")

    def ok(*args: str, user: str | None = "A1") -> None:
        who = ["--user", user] if user else []
        assert main(["--db", path, *who, *args]) == 0, args

    ok("manager", "add", "--code", "A1", "--name", "管理员", "--role", "admin", user=None)
    ok("manager", "add", "--code", "L1", "--name", "组长", "--role", "lead", "--team", "T1")
    ok("manager", "add", "--code", "M1", "--name", "王经理", "--team", "T1")
    return path


def run(path: str, capsys, *args: str, user: str = "M1") -> tuple[int, str, str]:
    capsys.readouterr()
    try:
        code = main(["--db", path, "--user", user, *args])
    except SystemExit as exc:  # argparse's own exit
        code = int(exc.code or 0)
    out = capsys.readouterr()
    return code, out.out, out.err


def ok(path: str, capsys, *args: str, user: str = "M1") -> str:
    code, out, err = run(path, capsys, *args, user=user)
    assert code == 0, (args, err)
    return out


def due(path: str, capsys, on: str, *args: str, user: str = "M1") -> list[dict]:
    out = ok(path, capsys, "due", "--json", "--on", on, *args, user=user)
    return json.loads(out)["items"]


def _due_en(path: str, capsys, on: str, *args: str) -> list[dict]:
    out = ok(path, capsys, "--lang", "en", "due", "--json", "--on", on, *args)
    return json.loads(out)["items"]


def mine(items: list[dict], phone: str, kind: str | None = None) -> list[tuple]:
    return [
        (i["kind"], i["due_date"], i["overdue_days"])
        for i in items
        if i["phone"] == phone and (kind is None or i["kind"] == kind)
    ]


def add(path: str, capsys, phone: str, *args: str, user: str = "L1") -> None:
    ok(path, capsys, "member", "add", "--phone", phone, "--name", phone[-4:], *args, user=user)


def log(path: str, capsys, phone: str, channel: str, outcome: str, at: str, *more: str) -> str:
    return ok(
        path, capsys, "contact", "log", "--member", phone, "--channel", channel,
        "--outcome", outcome, "--at", at, *more,
    )  # fmt: skip


def tier_of(path: str, capsys, phone: str) -> str:
    rows = json.loads(ok(path, capsys, "member", "list", "--json", user="L1"))
    return next(r["tier"] for r in rows if r["phone"] == phone)


def counts(path: str) -> dict[str, int]:
    db = open_database(path)
    try:
        with db.reading() as s:
            return {
                m.__tablename__: s.scalar(select(func.count()).select_from(m))
                for m in (Member, ContactAttempt, Gift, RuleSetting, OutboxEntry)
            }
    finally:
        db.dispose()


# -- 1. key-person tiers on every path ----------------------------------------------------------
def test_the_tier_held_is_the_highest_of_given_earned_and_key_role(club, capsys):
    ok(club, capsys, "group", "add", "--code", "GA", "--name", "甲集团", "--class", "A", user="L1")
    add(club, capsys, KEY, "--tier", "silver", "--manager", "M1", "--group", "GA",
        "--key-role", "decision_maker")  # fmt: skip
    assert tier_of(club, capsys, KEY) == "diamond"  # §2: A-class senior leader
    add(club, capsys, "13800000011", "--tier", "silver", "--points", "65000", "--manager", "M1")
    assert tier_of(club, capsys, "13800000011") == "diamond"  # 65,000 >= 60,000 points
    add(club, capsys, "13800000012", "--tier", "silver", "--monthly-spend", "600")
    assert tier_of(club, capsys, "13800000012") == "gold"  # ¥600 >= ¥500 a month
    add(club, capsys, "13800000013", "--tier", "gold", "--points", "100")
    assert tier_of(club, capsys, "13800000013") == "gold"  # a given tier is never lowered


def test_a_regrading_file_without_the_role_keeps_a_key_persons_tier(club, capsys, tmp_path):
    ok(club, capsys, "group", "add", "--code", "GA", "--name", "甲集团", "--class", "A", user="L1")
    add(club, capsys, KEY, "--tier", "silver", "--manager", "M1", "--group", "GA",
        "--key-role", "decision_maker")  # fmt: skip
    billing = tmp_path / "grading.csv"
    billing.write_text(
        "手机号码,姓名,级别,积分\n"
        f"{KEY},关键人,银卡,100\n"
        "13800000021,新会员,,65000\n"  # no tier given: the points earn diamond
        "13800000022,降级会员,银卡,65000\n",  # billing's tier is its assessment
        encoding="utf-8",
    )
    ok(club, capsys, "import-grading", str(billing), "--month", "2026-12", user="L1")
    assert tier_of(club, capsys, KEY) == "diamond"
    assert tier_of(club, capsys, "13800000021") == "diamond"
    assert tier_of(club, capsys, "13800000022") == "silver"  # billing re-graded it down


# -- 2. only a reached contact satisfies an obligation ----------------------------------------
def test_a_failed_sms_does_not_count_as_the_weekly_sms(club, capsys):
    add(club, capsys, OLD, "--tier", "gold", "--manager", "M1", "--assigned-on", "2026-01-05")
    log(club, capsys, OLD, "phone", "reached", "2026-01-06T10:00")
    # Wednesday 03-25: the week 03-23..03-29 owes one SMS, due Sunday 03-29.
    week = ("routine_sms", "2026-03-29", 0)
    assert mine(due(club, capsys, "2026-03-25", "--kind", "routine_sms"), OLD) == [week]
    log(club, capsys, OLD, "sms", "wrong_number", "2026-03-24T10:00")
    assert mine(due(club, capsys, "2026-03-25", "--kind", "routine_sms"), OLD) == [week]
    log(club, capsys, OLD, "sms", "no_answer", "2026-03-25T09:00")
    assert mine(due(club, capsys, "2026-03-25", "--kind", "routine_sms"), OLD) == [week]
    log(club, capsys, OLD, "sms", "reached", "2026-03-25T10:00")
    assert mine(due(club, capsys, "2026-03-25", "--kind", "routine_sms"), OLD) == []


def test_a_birthday_greeting_needs_a_reached_contact(club, capsys):
    add(club, capsys, OLD, "--tier", "silver", "--manager", "M1", "--assigned-on", "2026-01-05",
        "--birthday", "03-20")  # fmt: skip
    log(club, capsys, OLD, "phone", "reached", "2026-01-06T10:00")
    greeting = [("birthday_greeting", "2026-03-20", 0)]
    assert mine(due(club, capsys, "2026-03-20", "--kind", "birthday_greeting"), OLD) == greeting
    log(club, capsys, OLD, "sms", "wrong_number", "2026-03-20T09:00")
    assert mine(due(club, capsys, "2026-03-20", "--kind", "birthday_greeting"), OLD) == greeting
    log(club, capsys, OLD, "sms", "reached", "2026-03-20T09:30")
    assert mine(due(club, capsys, "2026-03-20", "--kind", "birthday_greeting"), OLD) == []


# -- 3. and 4. first contact, first call, the explaining SMS -----------------------------------
def test_a_first_call_after_an_sms_reach_stays_overdue_past_the_five_day_mark(club, capsys):
    add(club, capsys, NEW, "--tier", "gold", "--manager", "M1", "--assigned-on", "2026-03-02")
    log(club, capsys, NEW, "phone", "no_answer", "2026-03-03T10:00")
    log(club, capsys, NEW, "sms", "reached", "2026-03-04T10:00")
    # reached by SMS on 03-04: the first call within 3 working days, 03-09
    assert mine(due(club, capsys, "2026-03-09"), NEW) == [("first_call", "2026-03-09", 0)]
    assert mine(due(club, capsys, "2026-03-10"), NEW) == [("first_call", "2026-03-09", 1)]


def test_the_introduction_group_sms_leaves_the_first_contact_deadline(club, capsys):
    add(club, capsys, NEW, "--tier", "gold", "--manager", "M1", "--assigned-on", "2026-03-02")
    log(club, capsys, NEW, "sms", "reached", "2026-03-05T09:00", "--group-sms")
    items = due(club, capsys, "2026-03-06")
    assert mine(items, NEW, "first_contact") == [("first_contact", "2026-03-05", 1)]
    assert mine(items, NEW, "first_call") == []


def test_phone_off_the_explaining_sms_then_weekly_retries(club, capsys):
    add(club, capsys, NEW, "--tier", "gold", "--manager", "M1", "--assigned-on", "2026-03-02")
    log(club, capsys, NEW, "phone", "phone_off", "2026-03-03T10:00")
    assert mine(due(club, capsys, "2026-03-05", "--horizon", "1"), NEW) == [
        ("first_contact", "2026-03-05", 0),
        ("explain_sms", "2026-03-06", 0),  # not reached by phone by 03-05: next working day
    ]
    # After the 5-working-day mark (03-09): the weekly retry replaces the first contact;
    # the explaining SMS is still owed.
    assert mine(due(club, capsys, "2026-03-10", "--horizon", "5"), NEW) == [
        ("explain_sms", "2026-03-06", 4),
        ("unreachable_retry", "2026-03-15", 0),
    ]
    log(club, capsys, NEW, "phone", "forwarded", "2026-03-16T10:00")
    assert mine(due(club, capsys, "2026-03-17"), NEW, "unreachable_retry") == [
        ("unreachable_retry", "2026-03-15", 2)  # a failed retry satisfies nothing
    ]


# -- 5. calendar periods ---------------------------------------------------------------------------
def _card_awaiting_pickup(club, capsys) -> None:
    add(club, capsys, CARD, "--tier", "gold", "--manager", "M1", "--assigned-on", "2026-01-05")
    log(club, capsys, CARD, "phone", "reached", "2026-01-06T10:00")
    ok(club, capsys, "card", "start", "--member", CARD, "--on", "2026-01-06")
    for step, on in (
        ("data_sent", "2026-01-07"),
        ("arrived", "2026-02-10"),
        ("notified", "2026-02-17"),
        ("pickup_chosen", "2026-02-17"),
    ):
        ok(club, capsys, "card", "step", "--member", CARD, "--step", step, "--on", on)


def test_pickup_reminders_run_in_calendar_weeks_then_calendar_months(club, capsys):
    _card_awaiting_pickup(club, capsys)
    kind = ("--kind", "card_pickup_reminder", "--horizon", "60")
    # Notice Tuesday 02-17: a reminder each Monday-Sunday week after it, the first due 03-01.
    assert mine(due(club, capsys, "2026-02-18", *kind), CARD) == [
        ("card_pickup_reminder", "2026-03-01", 0)
    ]
    log(club, capsys, CARD, "phone", "no_answer", "2026-02-25T10:00")  # not a reminder
    assert mine(due(club, capsys, "2026-03-02", *kind), CARD) == [
        ("card_pickup_reminder", "2026-03-01", 1)
    ]
    log(club, capsys, CARD, "phone", "reached", "2026-03-18T10:00")
    # The week of 03-16 was the last that starts within the first month (to 03-17); then
    # calendar months: the rest of March first, due 03-31 (not 30 days on).
    assert mine(due(club, capsys, "2026-03-18", *kind), CARD) == [
        ("card_pickup_reminder", "2026-03-31", 0)
    ]


# -- 6. the 12580 check ------------------------------------------------------------------------
def test_a_group_sms_is_checked_the_next_working_day_until_confirmed(club, capsys):
    add(club, capsys, OLD, "--tier", "gold", "--manager", "M1", "--assigned-on", "2026-01-05")
    log(club, capsys, OLD, "phone", "reached", "2026-01-06T10:00")
    said = log(club, capsys, OLD, "sms", "reached", "2026-03-06T09:00", "--group-sms")
    assert "vipcrm contact confirm-sent" in said
    items = due(club, capsys, "2026-03-06", "--horizon", "3", "--kind", "group_sms_check")
    (check,) = [i for i in items if i["phone"] == OLD]
    assert (check["due_date"], check["window_start"]) == ("2026-03-09", "2026-03-06")  # Fri→Mon
    assert mine(due(club, capsys, "2026-03-20", "--kind", "group_sms_check"), OLD) == [
        ("group_sms_check", "2026-03-09", 11)
    ]
    ok(club, capsys, "contact", "confirm-sent", check["contact_id"])  # confirmed now
    # asked after the confirmation (a day later than today anywhere: Beijing is ahead of UTC)
    later = (date.today() + timedelta(days=2)).isoformat()
    assert mine(due(club, capsys, later, "--kind", "group_sms_check"), OLD) == []
    # once only; a plain SMS is not checked; nothing is written by a refusal
    before = counts(club)
    code, _, err = run(club, capsys, "contact", "confirm-sent", check["contact_id"])
    assert code == 2 and err.count("\n") == 1 and "already confirmed" in err
    code, _, err = run(club, capsys, "contact", "confirm-sent", "not-an-id")
    assert code == 2 and err.startswith("vipcrm: error: contact: ")
    assert counts(club) == before


# -- 7. a day in the past reads as it was ---------------------------------------------------------
def test_due_on_a_past_day_ignores_what_was_logged_after_it(club, capsys):
    add(club, capsys, NEW, "--tier", "gold", "--manager", "M1", "--assigned-on", "2026-03-02")
    said = log(club, capsys, NEW, "sms", "reached", "2026-03-02T09:00", "--group-sms")
    contact_id = said.split("confirm-sent ")[1].split()[0]
    log(club, capsys, NEW, "phone", "reached", "2026-03-20T10:00")
    ok(club, capsys, "contact", "confirm-sent", contact_id, "--at", "2026-03-12T10:00")
    ok(club, capsys, "card", "start", "--member", NEW, "--on", "2026-03-20")
    # As of 03-10 the call of 03-20 had not been made, the SMS not confirmed, no card begun.
    assert mine(due(club, capsys, "2026-03-10"), NEW) == [
        ("group_sms_check", "2026-03-03", 7),
        ("first_contact", "2026-03-05", 5),
    ]
    # As of 03-20 all of it is known.
    kinds = [k for k, _, _ in mine(due(club, capsys, "2026-03-20"), NEW)]
    assert "first_contact" not in kinds and "group_sms_check" not in kinds
    assert "card_data" in kinds


def test_a_card_reads_as_it_was_on_a_past_day(club, capsys):
    _card_awaiting_pickup(club, capsys)
    # On 02-12 the card had arrived (02-10) and was not notified yet: notify within 3 days.
    assert mine(due(club, capsys, "2026-02-12", "--kind", "card_notify"), CARD) == [
        ("card_notify", "2026-02-13", 0)
    ]
    assert mine(due(club, capsys, "2026-02-12", "--kind", "card_pickup_reminder"), CARD) == []


# -- 8. rules refused outside their schema -----------------------------------------------------
@pytest.mark.parametrize(
    ("key", "value", "said"),
    [
        ("first_contact_working_days", "-1", "-1 is outside 1..30 working days"),
        ("card_notify_days", "-3", "-3 is outside 0..60 days"),
        ("minimum_contact_months", '{"gold": -1}', "gold: -1 is outside 1..12 months"),
        ("first_contact_working_days", "2.5", "must be a whole number of working days"),
        ("churn_target_all", "3.5", "3.5 is outside 0..1"),
        ("no_such_rule", "1", "is not a known service rule"),
    ],
)
def test_a_rule_outside_its_schema_is_refused_in_one_line(club, capsys, key, value, said):
    before = counts(club)
    code, _, err = run(club, capsys, "rules", "set", key, value, user="L1")
    assert code == 2
    assert err == f"vipcrm: error: {key}: {said}\n" or (said in err and err.count("\n") == 1)
    assert counts(club) == before
    ok(club, capsys, "due", "--on", "2026-03-10")  # and nothing broke


def test_a_misfit_rule_that_arrived_by_sync_is_flagged_and_not_used(club, capsys):
    from datetime import date

    add(club, capsys, NEW, "--tier", "gold", "--manager", "M1", "--assigned-on", "2026-03-02")
    db = open_database(club)
    with db.transaction() as s:  # as a pull writes it: straight into the table
        s.info["no_outbox"] = True
        s.add(
            RuleSetting(key="first_contact_working_days", value=-1, effective_from=date(2026, 3, 1))
        )
    db.dispose()
    code, out, err = run(club, capsys, "due", "--on", "2026-03-03", "--horizon", "7")
    assert code == 0
    assert "first_contact_working_days is not used: -1 is outside 1..30 working days" in err
    assert "2026-03-05" in out  # the default, 3 working days, still applies
    code, out, err = run(club, capsys, "rules", "show", "--json")
    assert code == 0 and json.loads(out)["first_contact_working_days"] == 3
    assert "is not used" in err


# -- 9. money ----------------------------------------------------------------------------------------
@pytest.mark.parametrize("amount", ["1,5", "1,50", "12,34,5", "0,500", "1,0000", "100,"])
def test_a_comma_is_only_a_thousands_separator(club, capsys, amount):
    add(club, capsys, OLD, "--tier", "gold", "--manager", "M1")
    before = counts(club)
    code, _, err = run(
        club, capsys, "gift", "request", "--member", OLD, "--occasion", "funeral",
        "--amount", amount,
    )  # fmt: skip
    assert code == 2 and err.startswith("vipcrm: error: amount: ") and err.count("\n") == 1
    assert "comma" in err
    assert counts(club) == before


def test_thousands_separators_in_the_right_places_are_read(club, capsys):
    add(club, capsys, OLD, "--tier", "gold", "--manager", "M1")
    ok(club, capsys, "gift", "request", "--member", OLD, "--occasion", "funeral",
       "--amount", "1,000.50")  # fmt: skip
    (gift,) = json.loads(ok(club, capsys, "gift", "list", "--json"))
    assert gift["amount_fen"] == 100050


# -- 10. one-line argument errors ------------------------------------------------------------
@pytest.mark.parametrize(
    "args",
    [
        ["member", "add", "--phone", NEW, "--name", "x", "--tier", "gold", "--birthday",
         "2026-02-30"],
        ["member", "add", "--phone", NEW, "--name", "x", "--tier", "gold", "--lunar-birthday",
         "13-01"],
        ["due", "--horizon", "-1"],
        ["due", "--on", "2026-13-01"],
        ["due", "--kind", "nope"],
        ["gift", "request", "--member", NEW, "--occasion", "funeral", "--amount", "1e3"],
        ["gift", "request", "--member", NEW, "--occasion", "funeral", "--amount", "NaN"],
        ["gift", "request", "--member", NEW, "--occasion", "funeral", "--amount", "0x10"],
        ["member", "add", "--phone", NEW, "--name", "x", "--tier", "platinum"],
        ["due", "--no-such-option"],
        ["--lang", "fr", "due"],
        ["member", "add", "--phone", NEW],
    ],
)  # fmt: skip
def test_argument_errors_are_one_line_naming_the_field(club, capsys, args):
    before = counts(club)
    code, out, err = run(club, capsys, *args)
    assert code == 2
    assert err.startswith("vipcrm: error: ") and err.count("\n") == 1, err
    assert "usage:" not in err and "argument " not in err
    assert counts(club) == before


def test_the_usage_is_for_help_and_a_missing_sub_command(club, capsys):
    code, out, _ = run(club, capsys, "due", "--help")
    assert code == 0 and out.startswith("usage: vipcrm due")
    code, _, err = run(club, capsys, "rules")
    assert code == 2 and err.startswith("usage: vipcrm rules")
    assert err.splitlines()[-1] == "vipcrm: error: the following arguments are required: ACTION"


def test_a_field_error_names_the_field(club, capsys):
    _, _, err = run(club, capsys, "due", "--horizon", "-1")
    assert err == "vipcrm: error: horizon: -1 is outside 0..366\n"
    _, _, err = run(club, capsys, "due", "--on", "2026-02-30")
    assert err.startswith("vipcrm: error: on: ")


# -- 11. key-person birthdays ------------------------------------------------------------------
def test_a_silver_key_persons_birthday_has_its_own_cap(club, capsys):
    caps = json.loads(ok(club, capsys, "rules", "caps", "--json"))
    cap = {(c["occasion"], c["tier"]): c["cap_fen"] for c in caps}
    assert cap[("key_person_birthday", "silver")] == 10000
    assert cap[("birthday", "silver")] == 0  # a silver member's birthday: an SMS greeting
    ok(club, capsys, "group", "add", "--code", "GC", "--name", "丙集团", "--class", "C", user="L1")
    add(club, capsys, SILVER_KP, "--tier", "silver", "--manager", "M1", "--group", "GC",
        "--key-role", "decision_maker", "--assigned-on", "2026-01-05", "--birthday", "03-20")  # fmt: skip
    assert tier_of(club, capsys, SILVER_KP) == "silver"  # C-class senior leader: silver
    # §2: flowers or a cake; prepared 3 days ahead, within ¥100.00
    items = _due_en(club, capsys, "2026-03-17", "--kind", "birthday_gift")
    (gift,) = [i for i in items if i["phone"] == SILVER_KP]
    assert gift["due_date"] == "2026-03-17" and "cap ¥100.00" in gift["reason"]
    # editable like every cap
    ok(club, capsys, "rules", "cap", "--occasion", "key_person_birthday", "--tier", "silver",
       "--amount", "80", "--from", "2026-03-01", user="L1")  # fmt: skip
    items = _due_en(club, capsys, "2026-03-17", "--kind", "birthday_gift")
    (gift,) = [i for i in items if i["phone"] == SILVER_KP]
    assert "cap ¥80.00" in gift["reason"]
