"""Campaigns from the command line (issue 25): a lead defines one for the team's diamond
and gold members, managers record what members said against logged contacts, and
`campaign show --json` counts each result under its own key, overall, per manager and per
tier. Every bad input is one line, exit 2, and nothing is written."""

from __future__ import annotations

import json
from datetime import timedelta

import pytest

from vipcrm.cli import main
from vipcrm.commands.common import today

GOLD1, GOLD2, SILVER, DIAMOND, OTHER_TEAM = (
    "13800000001",
    "13800000002",
    "13800000003",
    "13800000004",
    "13800000005",
)


def book(path):
    db = ["--db", str(path)]
    assert main([*db, "manager", "add", "--code", "A1", "--name", "管理员", "--role", "admin"]) == 0
    for code, role, team in (
        ("L1", "lead", "T1"),
        ("M1", "manager", "T1"),
        ("M2", "manager", "T1"),
        ("L2", "lead", "T2"),
        ("M3", "manager", "T2"),
    ):
        add = ["manager", "add", "--code", code, "--name", code, "--team", team, "--role", role]
        assert main([*db, "--user", "A1", *add]) == 0
    for phone, name, tier, manager in (
        (GOLD1, "金一", "gold", "M1"),
        (GOLD2, "金二", "gold", "M1"),
        (SILVER, "银三", "silver", "M1"),
        (DIAMOND, "钻四", "diamond", "M2"),
        (OTHER_TEAM, "金五", "gold", "M3"),
    ):
        member = ["member", "add", "--phone", phone, "--name", name, "--tier", tier]
        assert main([*db, "--user", "A1", *member, "--manager", manager]) == 0
    return db


def period(before: int = 3, after: int = 10) -> list[str]:
    day = today()
    return ["--from", str(day - timedelta(days=before)), "--to", str(day + timedelta(days=after))]


def spring(db, *extra: str, code: str = "SF", user: str = "L1") -> int:
    add = ["campaign", "add", "--code", code, "--name", "春节回馈", "--kind", "marketing"]
    return main([*db, "--user", user, *add, *period(), *extra])


def show(db, capsys, code: str = "SF", user: str = "L1") -> dict:
    capsys.readouterr()
    assert main([*db, "--user", user, "campaign", "show", "--code", code, "--json"]) == 0
    return json.loads(capsys.readouterr().out)


def log(db, user: str, phone: str, outcome: str, channel: str = "phone") -> None:
    contact = ["contact", "log", "--member", phone, "--channel", channel, "--outcome", outcome]
    assert main([*db, "--user", user, *contact]) == 0


def outcome(db, user: str, phone: str, *extra: str, code: str = "SF") -> int:
    return main(
        [*db, "--user", user, "campaign", "outcome", "--campaign", code, "--member", phone, *extra]
    )


def test_a_lead_targets_diamond_and_gold_and_sees_each_result(tmp_path, capsys):
    db = book(tmp_path / "c.db")
    sms = [
        "--channel",
        "both",
        "--sms",
        "{name}您好，我是您的客户经理{manager}，{tier}会员春节礼遇",
    ]
    assert spring(db, "--tiers", "diamond,gold", *sms, user="M1") == 2
    assert "needs the role lead or admin" in capsys.readouterr().err
    assert spring(db, "--tiers", "diamond,gold", *sms) == 0
    # the team's diamond and gold members: not the silver one, not another team's
    assert "3 member(s) targeted" in capsys.readouterr().out

    log(db, "M1", GOLD1, "reached")
    assert outcome(db, "M1", GOLD1, "--result", "accepted", "--note", "要了礼包") == 0
    log(db, "M1", GOLD2, "no_answer")
    assert outcome(db, "M1", GOLD2, "--result", "unreachable") == 0

    shown = show(db, capsys)
    assert shown["overall"] == {
        "targeted": 3,
        "contacted": 2,
        "reached": 1,
        "not_contacted": 1,
        "flagged": 0,
        "interested": 0,
        "accepted": 1,
        "declined": 0,
        "unreachable": 1,
    }
    assert shown["by_manager"]["M1"]["accepted"] == 1
    assert shown["by_manager"]["M1"]["targeted"] == 2
    assert shown["by_manager"]["M2"]["not_contacted"] == 1
    assert shown["by_tier"]["diamond"]["targeted"] == 1
    assert shown["by_tier"]["gold"]["unreachable"] == 1
    assert shown["sms_template"].startswith("{name}")
    capsys.readouterr()
    assert main([*db, "--user", "L1", "campaign", "show", "--code", "SF"]) == 0
    text = capsys.readouterr().out
    assert "SMS: {name}您好" in text
    assert "manager M2" in text and "tier diamond" in text
    assert main([*db, "--user", "M1", "campaign", "targets", "--code", "SF"]) == 0
    text = capsys.readouterr().out
    assert GOLD1 in text and "accepted" in text and DIAMOND not in text  # M1's own only

    # the other team's lead does not see it; its manager cannot record against it
    assert main([*db, "--user", "L2", "campaign", "show", "--code", "SF"]) == 2
    assert "no campaign SF" in capsys.readouterr().err
    assert main([*db, "--user", "M2", "campaign", "list"]) == 0
    assert "春节回馈" in capsys.readouterr().out

    assert main([*db, "--user", "M1", "campaign", "close", "--code", "SF"]) == 2
    capsys.readouterr()
    assert main([*db, "--user", "L1", "campaign", "close", "--code", "SF"]) == 0
    log(db, "M1", GOLD2, "reached")
    assert outcome(db, "M1", GOLD2, "--result", "declined") == 2
    assert "SF is closed" in capsys.readouterr().err


def test_a_survey_scores_and_averages(tmp_path, capsys):
    db = book(tmp_path / "c.db")
    add = ["campaign", "add", "--code", "SAT", "--name", "满意度回访", "--kind", "survey"]
    assert main([*db, "--user", "L1", *add, *period(), "--script", "您对服务满意吗？"]) == 0
    for phone, user, score in ((GOLD1, "M1", "5"), (DIAMOND, "M2", "4")):
        log(db, user, phone, "reached")
        assert outcome(db, user, phone, "--score", score, code="SAT") == 0
    # the same member again (another laptop, later): both kept, the latest counts
    assert outcome(db, "M1", GOLD1, "--result", "answered", "--score", "3", code="SAT") == 0
    shown = show(db, capsys, "SAT")
    assert shown["overall"]["answered"] == 2 and shown["overall"]["average_score"] == 3.5
    assert shown["by_manager"]["M1"]["average_score"] == 3
    capsys.readouterr()
    assert main([*db, "--user", "L1", "campaign", "targets", "--code", "SAT", "--json"]) == 0
    rows = {r["phone"]: r for r in json.loads(capsys.readouterr().out)}
    assert rows[GOLD1]["outcomes"] == 2 and rows[GOLD1]["score"] == 3
    assert rows[SILVER]["result"] is None and not rows[SILVER]["contacted"]


def one_line_error(capsys, main_args) -> str:
    capsys.readouterr()
    try:
        code = main(main_args)
    except SystemExit as exc:  # argparse's own refusals
        code = exc.code
    err = capsys.readouterr().err
    assert code == 2, err
    assert err.startswith("vipcrm: error: ") and err.count("\n") == 1, err
    assert "Traceback" not in err
    return err


def listed(db, capsys, user: str = "L1") -> list:
    capsys.readouterr()
    assert main([*db, "--user", user, "campaign", "list", "--json"]) == 0
    return json.loads(capsys.readouterr().out)


def test_bad_campaigns_are_one_line_and_write_nothing(tmp_path, capsys):
    db = book(tmp_path / "c.db")
    add = [*db, "--user", "L1", "campaign", "add", "--code", "X", "--name", "x", "--kind"]
    day = str(today())
    cases = {
        "no member matches": [*add, "marketing", *period(), "--key-persons"],
        "before the start": [
            *add,
            "marketing",
            "--from",
            day,
            "--to",
            str(today() - timedelta(days=1)),
        ],
        "'phone' is not a template field": [*add, "marketing", *period(), "--sms", "{phone}"],
        "a brace without its pair": [*add, "marketing", *period(), "--sms", "您好{name"],
        "not one of": [*add, "campaign", *period()],
        "'platinum' is not one of": [*add, "marketing", *period(), "--tiers", "platinum"],
    }
    for expected, args in cases.items():
        assert expected in one_line_error(capsys, args)
    assert listed(db, capsys) == []


def test_bad_outcomes_are_one_line_and_write_nothing(tmp_path, capsys):
    db = book(tmp_path / "c.db")
    assert spring(db, "--tiers", "gold") == 0
    survey = ["campaign", "add", "--code", "SAT", "--name", "回访", "--kind", "survey"]
    assert main([*db, "--user", "L1", *survey, *period(), "--tiers", "gold"]) == 0
    base = [*db, "--user", "M1", "campaign", "outcome", "--member"]
    # no attempt logged yet
    err = one_line_error(capsys, [*base, GOLD1, "--campaign", "SF", "--result", "unreachable"])
    assert "no contact with 13800000001 is logged" in err
    log(db, "M1", GOLD1, "no_answer")
    err = one_line_error(capsys, [*base, GOLD1, "--campaign", "SF", "--result", "accepted"])
    assert "was not reached" in err
    log(db, "M1", GOLD1, "reached")
    cases = {
        "is not in campaign SF": [*base, SILVER, "--campaign", "SF", "--result", "accepted"],
        "6 is outside 1..5": [*base, GOLD1, "--campaign", "SAT", "--score", "6"],
        "0 is outside 1..5": [*base, GOLD1, "--campaign", "SAT", "--score", "0"],
        "only a survey's answer has a score": [
            *base,
            GOLD1,
            "--campaign",
            "SF",
            "--result",
            "accepted",
            "--score",
            "3",
        ],
        "a marketing campaign records": [*base, GOLD1, "--campaign", "SF", "--result", "answered"],
        "needs a score": [*base, GOLD1, "--campaign", "SAT", "--result", "answered"],
        "no campaign NOPE": [*base, GOLD1, "--campaign", "NOPE", "--result", "accepted"],
    }
    for expected, args in cases.items():
        assert expected in one_line_error(capsys, args)
    targets = show(db, capsys, "SF")["overall"]
    assert targets["accepted"] == targets["unreachable"] == 0
    assert show(db, capsys, "SAT")["overall"]["answered"] == 0


def test_members_from_a_file_by_phone(tmp_path, capsys):
    db = book(tmp_path / "c.db")
    good = tmp_path / "名单.csv"
    good.write_bytes("手机号码,姓名\n138 0000 0001,金一\n+86 13800000003,银三\n".encode("gb18030"))
    assert spring(db, "--members", str(good)) == 0
    assert "2 member(s) targeted" in capsys.readouterr().out
    # the file and the tiers together: only the listed gold member
    assert spring(db, "--members", str(good), "--tiers", "gold", code="SF2") == 0
    assert "1 member(s) targeted" in capsys.readouterr().out

    bad = tmp_path / "bad.csv"
    bad.write_text("phone\n13800000001\n1380000\n", encoding="utf-8")
    err = one_line_error(
        capsys,
        [
            *db,
            "--user",
            "L1",
            "campaign",
            "add",
            "--code",
            "B",
            "--name",
            "b",
            "--kind",
            "marketing",
            *period(),
            "--members",
            str(bad),
        ],
    )
    assert "bad.csv: row 3, phone:" in err
    other = tmp_path / "other.csv"
    other.write_text(f"{OTHER_TEAM}\n", encoding="utf-8")
    err = one_line_error(
        capsys,
        [
            *db,
            "--user",
            "L1",
            "campaign",
            "add",
            "--code",
            "B",
            "--name",
            "b",
            "--kind",
            "marketing",
            *period(),
            "--members",
            str(other),
        ],
    )
    assert "other.csv: row 1, phone: no active member with mobile number 13800000005" in err
    assert [c["code"] for c in listed(db, capsys)] == ["SF", "SF2"]


@pytest.mark.parametrize("user", ["L1", "A1"])
def test_a_lead_or_admin_may_add(tmp_path, capsys, user):
    db = book(tmp_path / "c.db")
    assert spring(db, "--tiers", "gold", user=user) == 0
    targeted = 2 if user == "L1" else 3  # the administrator's reaches every team
    assert f"{targeted} member(s) targeted" in capsys.readouterr().out


def test_a_phone_bill_import_attached_to_an_open_campaign(tmp_path, capsys):
    """`contact import-bill --campaign SF`: the calls with SF's targets in its period are
    its contacts (counted in its progress); a reached one awaits its result, its item open
    until it is recorded. A closed or unseen campaign: one line, exit 2, nothing written."""
    import importlib.util
    from pathlib import Path

    spec = importlib.util.spec_from_file_location(
        "bills", Path(__file__).resolve().parents[1] / "services" / "bills.py"
    )
    assert spec is not None and spec.loader is not None
    bills = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(bills)

    db = book(tmp_path / "c.db")
    assert spring(db, "--tiers", "diamond,gold") == 0
    day = today() - timedelta(days=1)
    rows = [
        bills.call(f"{day} 10:15:32", "主叫", GOLD1, "1分23秒"),  # reached
        bills.call(f"{day} 10:20:00", "主叫", GOLD2, "0秒"),  # not answered
        bills.call(f"{day} 10:25:00", "主叫", SILVER, "2分"),  # not targeted
        bills.call(f"{today() - timedelta(days=9)} 10:00:00", "主叫", GOLD2, "2分"),  # before
    ]
    path = str(bills.write_csv(tmp_path / "calls.csv", bills.CALL_HEADER, rows, "gb18030"))

    def imp(*extra: str, user: str = "M1") -> tuple[int, str, str]:
        capsys.readouterr()
        code = main([*db, "--user", user, "contact", "import-bill", path, *extra])
        out, err = capsys.readouterr()
        return code, out, err

    code, _, err = imp("--campaign", "NOPE")
    assert code == 2 and err.strip().count("\n") == 0 and "no campaign NOPE" in err
    code, _, err = imp("--campaign", "SF", user="M3")  # another team's manager
    assert code == 2 and "no campaign SF" in err
    assert show(db, capsys)["overall"]["contacted"] == 0  # nothing written

    code, out, _ = imp("--campaign", "SF", "--json")
    assert code == 0
    answer = json.loads(out)
    assert answer["logged"] == 4
    assert answer["campaign"] == {
        "code": "SF",
        "contacts": 2,
        "members": 2,
        "reached": 1,
        "awaiting_result": 1,
    }
    overall = show(db, capsys)["overall"]
    assert (overall["contacted"], overall["reached"]) == (2, 1)
    assert outcome(db, "M1", GOLD1, "--result", "accepted") == 0

    assert spring(db, "--tiers", "gold", code="OLD") == 0
    assert main([*db, "--user", "L1", "campaign", "close", "--code", "OLD"]) == 0
    code, _, err = imp("--campaign", "OLD")
    assert code == 2 and "OLD is closed" in err and err.strip().count("\n") == 0


def test_a_lead_sets_a_step_for_the_diamond_members(tmp_path, capsys):
    db = book(tmp_path / "c.db")
    step = today() + timedelta(days=4)  # the end is ten days away
    assert spring(db, "--tiers", "diamond,gold", "--step", f"diamond={step}") == 0
    shown = show(db, capsys)
    assert shown["steps"] == {"diamond": step.isoformat()}
    assert shown["by_tier"]["diamond"]["due"] == step.isoformat()
    assert shown["by_tier"]["gold"]["due"] == shown["to"]
    capsys.readouterr()
    assert main([*db, "--user", "L1", "campaign", "show", "--code", "SF"]) == 0
    text = capsys.readouterr().out
    assert f"steps: diamond by {step}; the other tiers by the end" in text
    # the diamond member's item is due by the step, the gold ones' by the end
    for user, phone, due_by in (("M2", DIAMOND, step), ("M1", GOLD1, today() + timedelta(10))):
        assert main([*db, "--user", user, "due", "--json", "--horizon", "14"]) == 0
        items = json.loads(capsys.readouterr().out)["items"]
        items = [i for i in items if i["kind"] == "campaign_contact" and i["phone"] == phone]
        assert [i["due_date"] for i in items] == [due_by.isoformat()]
    assert main([*db, "--user", "L1", "campaign", "targets", "--code", "SF", "--json"]) == 0
    due = {r["phone"]: r["due"] for r in json.loads(capsys.readouterr().out)}
    assert due[DIAMOND] == step.isoformat() and due[GOLD1] == shown["to"]
    # several steps, one per tier; without --tiers any tier may have one
    gold = today() + timedelta(days=6)
    assert spring(db, "--step", f"diamond={step}", "--step", f"gold={gold}", code="SF2") == 0
    assert show(db, capsys, "SF2")["steps"] == {
        "diamond": step.isoformat(),
        "gold": gold.isoformat(),
    }


def test_bad_steps_are_one_line_and_write_nothing(tmp_path, capsys):
    db = book(tmp_path / "c.db")
    add = [*db, "--user", "L1", "campaign", "add", "--code", "X", "--name", "x"]
    add += ["--kind", "marketing", *period(3, 10)]
    inside = str(today() + timedelta(days=2))
    cases = {
        "'platinum' is not one of": ["--step", f"platinum={inside}"],
        "is not TIER=YYYY-MM-DD": ["--step", "diamond"],
        "outside the campaign's period": ["--step", f"gold={today() + timedelta(days=11)}"],
        "the campaign targets diamond, gold only": [
            "--tiers",
            "gold,diamond",
            "--step",
            f"silver={inside}",
        ],
        "gold has two steps": ["--step", f"gold={inside}", "--step", f"gold={today()}"],
    }
    for expected, extra in cases.items():
        assert expected in one_line_error(capsys, [*add, *extra])
    assert listed(db, capsys) == []


def edit(db, *extra: str, code: str = "SF", user: str = "L1") -> int:
    return main([*db, "--user", user, "campaign", "edit", "--code", code, *extra])


def test_a_lead_fixes_a_wrong_step_and_moves_the_end(tmp_path, capsys):
    db = book(tmp_path / "c.db")
    wrong, right = today() + timedelta(days=8), today() + timedelta(days=4)
    assert spring(db, "--tiers", "diamond,gold", "--step", f"diamond={wrong}") == 0
    # M2's plan for the month, saved before the change: the lead is told it keeps the old days
    for month in sorted({today().strftime("%Y-%m"), wrong.strftime("%Y-%m")}):  # month ends
        assert main([*db, "--user", "M2", "plans", "generate", "--period", month]) == 0
    capsys.readouterr()
    assert edit(db, "--step", f"diamond={right}", "--step", f"gold={wrong}") == 0
    out = capsys.readouterr().out
    assert f"campaign SF changed: ends {today() + timedelta(days=10)}" in out
    assert f"diamond by {right}, gold by {wrong}" in out
    assert "saved plan(s) not yet approved keep SF's items on their old days (" in out
    assert "(M2) 20" in out and "a plan is its manager's" in out
    assert "vipcrm plans generate --period P --replace" in out
    shown = show(db, capsys)
    assert shown["steps"] == {"diamond": right.isoformat(), "gold": wrong.isoformat()}
    # the managers' items follow
    assert main([*db, "--user", "M2", "due", "--json", "--horizon", "14"]) == 0
    items = json.loads(capsys.readouterr().out)["items"]
    assert [i["due_date"] for i in items if i["kind"] == "campaign_contact"] == [right.isoformat()]
    # a later end, and the gold step dropped: gold is due by the new end
    end = today() + timedelta(days=12)
    assert edit(db, "--to", str(end), "--clear-step", "gold") == 0
    shown = show(db, capsys)
    assert (shown["to"], shown["steps"]) == (end.isoformat(), {"diamond": right.isoformat()})
    assert shown["by_tier"]["gold"]["due"] == end.isoformat()


def test_bad_changes_are_one_line_exit_2_and_write_nothing(tmp_path, capsys):
    db = book(tmp_path / "c.db")
    inside = today() + timedelta(days=2)
    assert spring(db, "--tiers", "diamond,gold", "--step", f"diamond={inside}") == 0
    assert spring(db, code="DONE") == 0
    assert main([*db, "--user", "L1", "campaign", "close", "--code", "DONE"]) == 0
    before = show(db, capsys)
    base = [*db, "--user", "L1", "campaign", "edit", "--code", "SF"]
    cases = {
        "outside the campaign's period": ["--step", f"gold={today() + timedelta(days=11)}"],
        "the campaign targets diamond, gold only": ["--step", f"silver={inside}"],
        "is not TIER=YYYY-MM-DD": ["--step", "gold"],
        "'platinum' is not one of": ["--clear-step", "platinum"],
        "gold has no step to clear": ["--clear-step", "gold"],
        "is before today": ["--to", str(today() - timedelta(days=1))],
        "before the start": ["--to", str(today() - timedelta(days=4))],
        # the diamond step kept would fall after the new end
        "diamond: ": ["--to", str(today() + timedelta(days=1))],
        "nothing to change": [],
        "no campaign NOPE": ["--code", "NOPE", "--step", f"gold={inside}"],
    }
    for expected, extra in cases.items():
        assert expected in one_line_error(capsys, [*base, *extra])
    closed = [*db, "--user", "L1", "campaign", "edit", "--code", "DONE", "--step", f"gold={inside}"]
    assert "DONE is closed" in one_line_error(capsys, closed)
    manager = [*db, "--user", "M1", "campaign", "edit", "--code", "SF", "--step", f"gold={inside}"]
    capsys.readouterr()
    assert main(manager) != 0
    assert show(db, capsys) == before
