"""Benefits from the command line: a lead sets an allowance, a manager records uses, the
refusal is one line with exit 2 and nothing written, `benefit show --json` has entitled,
allowance, used and left per benefit."""

from __future__ import annotations

import json

import pytest

from vipcrm.cli import main
from vipcrm.commands.common import today


def book(path):
    db = ["--db", str(path)]
    assert main([*db, "manager", "add", "--code", "A1", "--name", "管理员", "--role", "admin"]) == 0
    for code, role in (("L1", "lead"), ("M1", "manager")):
        add = ["manager", "add", "--code", code, "--name", code, "--team", "T1", "--role", role]
        assert main([*db, "--user", "A1", *add]) == 0
    member = ["member", "add", "--phone", "13800000002", "--name", "金卡会员", "--tier", "gold"]
    assert main([*db, "--user", "A1", *member, "--manager", "M1"]) == 0
    return db


def test_benefit_use_and_show(tmp_path, capsys):
    db = book(tmp_path / "b.db")
    year = str(today().year)
    rule = ["rules", "benefit", "airport_lounge", "--from", f"{year}-01-01"]
    assert main([*db, "--user", "M1", *rule, "--allowance", "gold=1"]) == 2
    assert "needs the role lead or admin" in capsys.readouterr().err
    assert main([*db, "--user", "L1", *rule, "--allowance", "gold=1"]) == 0
    use = ["benefit", "use", "--member", "13800000002", "--benefit", "airport_lounge"]
    assert main([*db, "--user", "M1", *use, "--note", "首都机场T3"]) == 0
    assert "0 of 1 left" in capsys.readouterr().out

    assert main([*db, "--user", "M1", *use]) == 2
    err = capsys.readouterr().err
    assert err.startswith("vipcrm: error: ") and err.count("\n") == 1
    assert "has used 1 of the 1 a gold member has" in err and "Traceback" not in err

    assert main([*db, "--user", "L1", *use, "--exception", "航班延误补偿"]) == 0
    capsys.readouterr()
    assert main([*db, "--user", "M1", "benefit", "show", "--member", "13800000002", "--json"]) == 0
    shown = {b["benefit"]: b for b in json.loads(capsys.readouterr().out)["benefits"]}
    lounge = shown["airport_lounge"]
    assert (lounge["entitled"], lounge["allowance"], lounge["used"], lounge["left"]) == (
        True,
        1,
        2,
        0,
    )
    assert lounge["exceptions"] == 1
    assert shown["spare_sim"]["allowance"] is None and shown["spare_sim"]["entitled"]
    assert main([*db, "--user", "M1", "benefit", "show", "--member", "13800000002"]) == 0
    assert "no yearly limit set" in capsys.readouterr().out


def test_bad_benefit_input_is_one_line(tmp_path, capsys):
    db = book(tmp_path / "b.db")
    capsys.readouterr()
    use = ["--user", "M1", "benefit", "use", "--member", "13800000002"]
    for bad in (
        ["--benefit", "golf"],
        ["--benefit", "Airport"],
        ["--benefit", "spare_sim", "--on", "2099-01-01"],
    ):
        assert main([*db, *use, *bad]) == 2
        err = capsys.readouterr().err
        assert err.startswith("vipcrm: error: ") and err.count("\n") == 1, err
    with pytest.raises(SystemExit) as bad_allowance:
        main([*db, "--user", "L1", "rules", "benefit", "golf", "--allowance", "gold=x"])
    assert bad_allowance.value.code == 2
    assert "'gold=x': the allowance is a whole number" in capsys.readouterr().err
