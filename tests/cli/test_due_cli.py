"""`vipcrm due`, `vipcrm card ...` and `vipcrm calendar ...`: the issue's "done when" scenarios."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest
from sqlalchemy import func, select

from vipcrm.cli import main
from vipcrm.store.db import open_database
from vipcrm.store.models import CalendarDay, Card, CardStep, OutboxEntry

ZHANG = "13800138000"  # assigned Tuesday 2026-09-29, just before the National Day week
LI = "13900139000"  # M002's member (same team)
ZHAO = "13700137000"  # M003's member (another team)
MOON = "13600136000"  # lunar birthday: the 15th of the 8th month


@pytest.fixture
def book(tmp_path):
    path = str(tmp_path / "due.db")

    def ok(*args: str) -> None:
        assert main(["--db", path, *args]) == 0, args

    ok("manager", "add", "--code", "A1", "--name", "管理员", "--role", "admin")
    ok(
        "--user",
        "A1",
        "manager",
        "add",
        "--code",
        "L1",
        "--name",
        "组长",
        "--role",
        "lead",
        "--team",
        "T1",
    )
    ok("--user", "A1", "manager", "add", "--code", "M001", "--name", "王经理", "--team", "T1")
    ok("--user", "A1", "manager", "add", "--code", "M002", "--name", "李经理", "--team", "T1")
    ok("--user", "A1", "manager", "add", "--code", "M003", "--name", "赵经理", "--team", "T2")
    for phone, name, manager in (
        (ZHANG, "张伟", "M001"),
        (LI, "李娜", "M002"),
        (ZHAO, "赵敏", "M003"),
    ):
        ok(
            "--user", "A1", "member", "add", "--phone", phone, "--name", name, "--tier", "gold",
            "--manager", manager, "--assigned-on", "2026-09-29",
        )  # fmt: skip
    return path


def due(path: str, capsys, *args: str, user: str = "M001") -> dict:
    capsys.readouterr()
    assert main(["--db", path, "--user", user, "due", "--json", *args]) == 0
    return json.loads(capsys.readouterr().out)


def items(result: dict, kind: str | None = None, phone: str | None = None) -> list[dict]:
    return [
        i
        for i in result["items"]
        if (kind is None or i["kind"] == kind) and (phone is None or i["phone"] == phone)
    ]


def log(path: str, *args: str, user: str = "M001") -> None:
    assert main(["--db", path, "--user", user, "contact", "log", *args]) == 0


def counts(path: str) -> dict[str, int]:
    db = open_database(path)
    with db.reading() as s:
        out = {
            m.__tablename__: s.scalar(select(func.count()).select_from(m))
            for m in (Card, CardStep, CalendarDay, OutboxEntry)
        }
    db.dispose()
    return out


def test_first_contact_deadline_skips_the_national_day_holiday(book, capsys):
    result = due(book, capsys, "--on", "2026-09-29", "--horizon", "10")
    (first,) = items(result, "first_contact", ZHANG)
    assert first["due_date"] == "2026-10-09"  # 09-30, (10-01..07 off), 10-08, 10-09
    assert first["window_start"] == "2026-09-29"
    assert first["overdue_days"] == 0
    assert first["tier"] == "gold" and first["manager_code"] == "M001"
    assert "首次联系" in first["reason"] and "2026-09-29" in first["reason"]
    assert result["warnings"] == []
    # With the default horizon (7 days, to 10-06) the deadline is not due yet.
    assert items(due(book, capsys, "--on", "2026-09-29"), "first_contact") == []
    # The day before, it is listed; the day after, it is overdue.
    assert items(due(book, capsys, "--on", "2026-10-08"), "first_contact", ZHANG)
    (late,) = items(due(book, capsys, "--on", "2026-10-10"), "first_contact", ZHANG)
    assert late["overdue_days"] == 1


def test_logging_a_reached_call_removes_the_first_contact(book, capsys):
    assert items(due(book, capsys, "--on", "2026-10-08"), "first_contact", ZHANG)
    log(
        book,
        "--member",
        ZHANG,
        "--channel",
        "phone",
        "--outcome",
        "no_answer",
        "--at",
        "2026-10-08T09:00",
    )
    assert items(
        due(book, capsys, "--on", "2026-10-08"), "first_contact", ZHANG
    )  # failed: still due
    log(
        book,
        "--member",
        ZHANG,
        "--channel",
        "phone",
        "--outcome",
        "reached",
        "--at",
        "2026-10-08T10:00",
    )
    after = due(book, capsys, "--on", "2026-10-08")
    assert [i["kind"] for i in items(after, phone=ZHANG)] == ["routine_sms"]  # routine from now on


def test_an_unreachable_member_gets_weekly_retries_after_five_working_days(book, capsys):
    log(
        book,
        "--member",
        ZHANG,
        "--channel",
        "phone",
        "--outcome",
        "phone_off",
        "--at",
        "2026-09-30T10:00",
    )
    # Five working days after 09-29: 09-30, 10-08, 10-09, 10-10 (a make-up Saturday), 10-12.
    # The first-contact deadline is 10-09; the explaining SMS (§4.3) the working day after.
    before = due(book, capsys, "--on", "2026-10-12")
    assert [(i["kind"], i["due_date"], i["overdue_days"]) for i in items(before, phone=ZHANG)] == [
        ("first_contact", "2026-10-09", 3),
        ("explain_sms", "2026-10-10", 2),
    ]
    after = due(book, capsys, "--on", "2026-10-13")
    (retry,) = items(after, "unreachable_retry", ZHANG)
    # the week from Tuesday 10-13 to Sunday 10-18
    assert (retry["due_date"], retry["window_start"], retry["overdue_days"]) == (
        "2026-10-18",
        "2026-10-13",
        0,
    )
    assert items(after, "first_contact", ZHANG) == []
    assert items(after, "explain_sms", ZHANG)  # still owed, overdue
    log(
        book,
        "--member",
        ZHANG,
        "--channel",
        "phone",
        "--outcome",
        "forwarded",
        "--at",
        "2026-10-13T10:00",
    )
    # A failed retry satisfies nothing (§6): the week's retry stays, then is overdue.
    (retry,) = items(due(book, capsys, "--on", "2026-10-19"), "unreachable_retry", ZHANG)
    assert (retry["due_date"], retry["overdue_days"]) == ("2026-10-18", 1)


def test_a_mailed_card_gets_its_receipt_check_seven_days_after_posting(book, capsys):
    def step(name: str, on: str) -> None:
        assert (
            main(
                [
                    "--db",
                    book,
                    "--user",
                    "M001",
                    "card",
                    "step",
                    "--member",
                    ZHANG,
                    "--step",
                    name,
                    "--on",
                    on,
                ]
            )
            == 0
        )

    assert (
        main(
            [
                "--db",
                book,
                "--user",
                "M001",
                "card",
                "start",
                "--member",
                ZHANG,
                "--on",
                "2026-10-08",
            ]
        )
        == 0
    )
    (data,) = items(due(book, capsys, "--on", "2026-10-08"), "card_data", ZHANG)
    assert data["due_date"] == "2026-10-09"
    step("data_sent", "2026-10-09")
    step("arrived", "2026-11-02")
    (notify,) = items(due(book, capsys, "--on", "2026-11-02"), "card_notify", ZHANG)
    assert notify["due_date"] == "2026-11-05"
    step("notified", "2026-11-03")
    step("mailed", "2026-11-04")
    (check,) = items(due(book, capsys, "--on", "2026-11-04"), "card_receipt_check", ZHANG)
    assert check["due_date"] == "2026-11-11" and check["window_start"] == "2026-11-11"
    assert check["card_id"]
    step("received", "2026-11-11")
    assert items(due(book, capsys, "--on", "2026-11-11"), "card_receipt_check") == []
    capsys.readouterr()
    assert (
        main(["--db", book, "--user", "M001", "card", "list", "--state", "received", "--json"]) == 0
    )
    (card,) = json.loads(capsys.readouterr().out)
    assert card["phone"] == ZHANG and card["delivery_method"] == "mail"
    db = open_database(book)
    with db.reading() as s:
        trail = s.execute(select(CardStep.step, CardStep.on).order_by(CardStep.on)).all()
    db.dispose()
    assert [t.step for t in trail] == [
        "data_collected", "data_sent", "arrived", "notified", "mailed", "received",
    ]  # fmt: skip


def test_a_lunar_birthday_shows_on_this_years_solar_date(book, capsys):
    assert main(
        [
            "--db", book, "--user", "M001", "member", "add", "--phone", MOON, "--name", "月娥",
            "--tier", "diamond", "--lunar-birthday", "1970-08-15",
        ]
    ) == 0  # fmt: skip
    result = due(book, capsys, "--on", "2026-09-20")
    (greeting,) = items(result, "birthday_greeting", MOON)
    assert greeting["due_date"] == "2026-09-25"  # 农历八月十五 2026
    assert "农历八月十五" in greeting["reason"]
    (gift,) = items(result, "birthday_gift", MOON)
    assert gift["due_date"] == "2026-09-22" and "150.00" in gift["reason"]
    capsys.readouterr()
    assert (
        main(
            [
                "--db",
                book,
                "--lang",
                "en",
                "--user",
                "M001",
                "due",
                "--on",
                "2026-09-20",
                "--kind",
                "birthday_greeting",
            ]
        )
        == 0
    )
    out = capsys.readouterr().out
    assert "Birthday greeting" in out and "2026-09-25" in out and "首次联系" not in out


def test_a_year_without_an_official_schedule_is_provisional_and_says_so(book, capsys, tmp_path):
    assert main(
        [
            "--db", book, "--user", "M001", "member", "add", "--phone", MOON, "--name", "月娥",
            "--tier", "gold", "--manager", "M001", "--assigned-on", "2026-12-30",
        ]
    ) == 0  # fmt: skip
    result = due(book, capsys, "--on", "2026-12-28", "--horizon", "14")
    assert result["guessed_years"] == [2027]
    assert len(result["warnings"]) == 1 and "2027" in result["warnings"][0]
    assert "vipcrm calendar import" in result["warnings"][0]
    (first,) = items(result, "first_contact", MOON)
    # Wed 12-30: 12-31 day 1; 元旦 (the law) and a weekend; 01-04 day 2, 01-05 day 3
    assert first["due_date"] == "2027-01-05" and first["provisional"]
    capsys.readouterr()
    assert (
        main(
            [
                "--db",
                book,
                "--lang",
                "en",
                "--user",
                "M001",
                "due",
                "--on",
                "2026-12-28",
                "--horizon",
                "14",
            ]
        )
        == 0
    )
    out, err = capsys.readouterr()
    assert err.count("vipcrm: warning:") == 1  # once per provisional year
    assert err.startswith(
        "vipcrm: warning: Provisional calendar (no official schedule for 2027 yet)"
    )
    assert "2027-01-05 (provisional)" in out
    # The year's arrangement, once imported, is used and the warning goes away (a made-up
    # notice here: 01-01 to 01-04 off).
    notice = tmp_path / "2027.csv"
    notice.write_text(
        "date,type,name\n" + "".join(f"2027-01-0{d},holiday,元旦\n" for d in range(1, 5)),
        encoding="utf-8",
    )
    assert main(["--db", book, "--user", "L1", "calendar", "import", str(notice)]) == 0
    assert "replaces the provisional calendar" in capsys.readouterr().out
    result = due(book, capsys, "--on", "2026-12-28", "--horizon", "14")
    assert result["warnings"] == [] and result["guessed_years"] == []
    (first,) = items(result, "first_contact", MOON)
    assert first["due_date"] == "2027-01-06" and not first["provisional"]


def test_each_user_sees_the_due_items_of_the_members_they_may_see(book, capsys):
    def phones(user: str, *args: str) -> set[str]:
        return {
            i["phone"] for i in due(book, capsys, "--on", "2026-10-08", *args, user=user)["items"]
        }

    assert phones("M001") == {ZHANG}
    assert phones("L1") == {ZHANG, LI}
    assert phones("A1") == {ZHANG, LI, ZHAO}
    assert phones("L1", "--manager", "M002") == {LI}
    assert phones("A1", "--manager", "M003") == {ZHAO}
    capsys.readouterr()
    for user, manager in (("M001", "M002"), ("L1", "M003"), ("M003", "M001")):
        assert main(["--db", book, "--user", user, "due", "--manager", manager]) == 2
        err = capsys.readouterr().err.strip()
        assert err.startswith("vipcrm: error: manager:") and len(err.splitlines()) == 1
    assert main(["--db", book, "--user", "nobody", "due"]) == 2


def test_an_invalid_card_step_is_refused_naming_the_allowed_steps(book, capsys):
    assert (
        main(
            [
                "--db",
                book,
                "--user",
                "M001",
                "card",
                "start",
                "--member",
                ZHANG,
                "--on",
                "2026-10-08",
            ]
        )
        == 0
    )
    before = counts(book)
    capsys.readouterr()
    code = main(
        ["--db", book, "--user", "M001", "card", "step", "--member", ZHANG, "--step", "mailed"]
    )
    err = capsys.readouterr().err.strip()
    assert code == 2
    assert err == (
        "vipcrm: error: card step 'mailed' is not possible from 'data_collected'; "
        "allowed next steps: data_sent"
    )
    assert counts(book) == before
    for bad in (
        ["--step", "data_sent", "--on", "2026-10-01"],  # before the card data was collected
        ["--step", "data_sent", "--agreed-date", "2026-10-20"],  # only with door_agreed
    ):
        assert main(["--db", book, "--user", "M001", "card", "step", "--member", ZHANG, *bad]) == 2
    capsys.readouterr()
    with pytest.raises(SystemExit) as exit_:  # argparse: not a step at all
        main(
            [
                "--db",
                book,
                "--user",
                "M001",
                "card",
                "step",
                "--member",
                ZHANG,
                "--step",
                "teleported",
            ]
        )
    assert exit_.value.code == 2
    assert "'teleported' is not one of data_sent, arrived" in capsys.readouterr().err
    assert (
        main(
            [
                "--db",
                book,
                "--user",
                "M003",
                "card",
                "step",
                "--member",
                ZHANG,
                "--step",
                "data_sent",
            ]
        )
        == 2
    )
    assert (
        main(["--db", book, "--user", "M001", "card", "start", "--member", ZHANG]) == 2
    )  # one open card
    assert counts(book) == before


def test_calendar_import_validates_and_writes_nothing_on_error(book, capsys, tmp_path):
    bad = tmp_path / "bad.csv"
    bad.write_text(
        "date,type,name\n2027-01-01,holiday,元旦\n2027-02-31,holiday,春节\n", encoding="utf-8"
    )
    before = counts(book)
    capsys.readouterr()
    assert main(["--db", book, "--user", "A1", "calendar", "import", str(bad)]) == 2
    err = capsys.readouterr().err.strip()
    assert err.startswith("vipcrm: error: line 3, date:") and len(err.splitlines()) == 1
    assert counts(book) == before
    assert (
        main(["--db", book, "--user", "M001", "calendar", "import", str(bad)]) == 2
    )  # a manager may not
    capsys.readouterr()
    assert main(["--db", book, "calendar", "show", "--year", "2027"]) == 0
    out, err = capsys.readouterr()
    assert "2027: PROVISIONAL calendar from the law" in out
    assert "2027-02-09  Tue      holiday 休 (provisional 暂定)  春节（补假）" in out
    assert err.count("vipcrm: warning:") == 1 and "2027" in err


def test_calendar_show_and_the_sample_file(book, capsys):
    sample = os.path.join(
        os.path.dirname(__file__), "..", "..", "resources", "holidays", "2027-sample.csv"
    )
    capsys.readouterr()
    assert main(["--db", book, "calendar", "show", "--year", "2026"]) == 0
    out = capsys.readouterr().out
    assert (
        "official data shipped with vipcrm" in out and "2026-10-01" in out and "2026-10-10" in out
    )
    assert main(["--db", book, "--user", "A1", "calendar", "import", sample]) == 0
    assert "imported 2027" in capsys.readouterr().out
    assert main(["--db", book, "calendar", "show", "--year", "2027", "--json"]) == 0
    shown = json.loads(capsys.readouterr().out)
    assert shown["source"] == "imported" and shown["entries"] and not shown["provisional"]
    assert shown["warnings"] == []


def test_due_through_the_installed_command(book):
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "vipcrm",
            "--db",
            book,
            "--user",
            "M001",
            "due",
            "--on",
            "2026-10-08",
        ],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    assert "first_contact" in done.stdout and "张伟" in done.stdout
    assert "1 item(s) due by 2026-10-15, 0 overdue" in done.stdout
