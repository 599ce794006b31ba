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
