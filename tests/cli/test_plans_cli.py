"""``vipcrm plans``: generate, show, move, add, submit, approve with the version seen."""

from __future__ import annotations

import json

import pytest

from vipcrm.cli import main


def setup_team(db: list[str]) -> None:
    assert main([*db, "manager", "add", "--code", "A1", "--name", "管理员", "--role", "admin"]) == 0
    for code, role in (("L1", "lead"), ("M1", "manager")):
        args = ["manager", "add", "--code", code, "--name", code, "--team", "T1", "--role", role]
        assert main([*db, "--user", "A1", *args]) == 0
    for phone, tier in (("13800000001", "diamond"), ("13800000002", "gold")):
        args = ["member", "add", "--phone", phone, "--name", f"{tier}会员", "--tier", tier]
        assert main([*db, "--user", "A1", *args, "--manager", "M1"]) == 0


def test_plan_round_trip(tmp_path, capsys):
    db = ["--db", str(tmp_path / "cli.db")]
    setup_team(db)
    m1 = [*db, "--user", "M1", "plans"]
    lead = [*db, "--user", "L1", "plans"]
    capsys.readouterr()
    assert main([*m1, "generate", "--period", "2026-12", "--json"]) == 0
    plan = json.loads(capsys.readouterr().out)
    assert plan["status"] == "draft" and plan["total"] == len(plan["items"]) > 0
    item = plan["items"][0]["id"][:8]
    assert main([*m1, "generate", "--period", "2026-12"]) == 2
    assert "already has a plan" in capsys.readouterr().err
    assert main([*m1, "move", item, "--to", "2026-12-18"]) == 0
    assert main([*m1, "move", item, "--to", "2027-01-02"]) == 2
    add = ["add", "--period", "2026-12", "--on", "2026-12-09", "--member", "13800000001"]
    assert main([*m1, *add, "--note", "上门"]) == 0
    assert main([*m1, "submit", "--period", "2026-12"]) == 0
    assert "submitted, version 1" in capsys.readouterr().out  # the content, not the row
    assert main([*lead, "queue", "--json"]) == 0
    queue = json.loads(capsys.readouterr().out)
    assert [(q["manager_code"], q["version"], q["items"]) for q in queue] == [
        ("M1", 1, plan["total"] + 1)
    ]
    assert main([*m1, "queue"]) == 2  # a manager has no queue
    decide = ["approve", "--manager", "M1", "--period", "2026-12"]
    assert main([*m1, *decide, "--version", "1", "--comment", "好"]) == 2
    with pytest.raises(SystemExit):  # a decision says why
        main([*lead, *decide, "--version", "1"])
    assert "--comment" in capsys.readouterr().err
    assert main([*lead, *decide, "--version", "2", "--comment", "好"]) == 2
    assert "changed since" in capsys.readouterr().err
    assert main([*lead, *decide, "--version", "1", "--comment", "好"]) == 0
    assert "approved by L1: 好" in capsys.readouterr().out
    assert main([*m1, "show", "--period", "2026-12", "--json"]) == 0
    shown = json.loads(capsys.readouterr().out)
    moved = next(i for i in shown["items"] if i["id"].startswith(item))
    assert moved["on"] == "2026-12-18"
    assert [i["kind"] for i in shown["items"] if i["on"] == "2026-12-09"].count("visit") == 1
    visit = next(i for i in shown["items"] if i["kind"] == "visit")["id"][:8]
    assert main([*m1, "done", item]) == 0
    assert main([*m1, "remove", visit]) == 0
    assert main([*m1, "show", "--period", "2026-12"]) == 0
    assert "draft, version 2" in capsys.readouterr().out  # changed after approval
    assert main([*m1, "list", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)[0]["done"] == 1


def test_plan_is_the_old_name_of_plans_print(tmp_path, capsys):
    """``vipcrm plans print`` prints the plan; ``vipcrm plan``, its old name, still does the
    same, and ``--help`` says it is an alias."""
    db = ["--db", str(tmp_path / "cli.db")]
    setup_team(db)
    month = ["--manager", "M1", "--month", "2026-12"]
    capsys.readouterr()
    assert (
        main([*db, "--user", "M1", "plans", "print", *month, "--out", str(tmp_path / "a.pdf")]) == 0
    )
    new = capsys.readouterr().out
    assert main([*db, "--user", "M1", "plan", *month, "--out", str(tmp_path / "b.pdf")]) == 0
    old = capsys.readouterr().out
    assert "item(s)" in new and new.replace("a.pdf", "b.pdf") == old
    assert (
        (tmp_path / "a.pdf").read_bytes()[:5] == (tmp_path / "b.pdf").read_bytes()[:5] == b"%PDF-"
    )
    for argv in (["--help"], ["plans", "--help"], ["plan", "--help"]):
        with pytest.raises(SystemExit):
            main(argv)
        shown = " ".join(capsys.readouterr().out.split())
        assert "old name of `vipcrm plans print`, kept as an alias" in shown, argv
