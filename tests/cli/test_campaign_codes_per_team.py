"""A campaign's code is unique per team (issue 25, hole 4): two teams may both run SF. Each
command finds a manager's or a lead's own team's; an administrator, who sees both, names
the team with --team, and without it gets one line naming the teams, exit 2."""

from __future__ import annotations

import json

from tests.cli.test_campaign_cli import (
    DIAMOND,
    GOLD1,
    OTHER_TEAM,
    book,
    log,
    outcome,
    period,
    show,
    spring,
)
from vipcrm.cli import main


def run(db, capsys, user: str, *argv: str) -> tuple[int, str, str]:
    capsys.readouterr()
    code = main([*db, "--user", user, *argv])
    out, err = capsys.readouterr()
    return code, out, err


def two_teams(tmp_path, capsys):
    db = book(tmp_path / "c.db")
    assert spring(db, "--tiers", "diamond,gold", user="L1") == 0
    assert spring(db, "--tiers", "gold", user="L2") == 0  # T1's code, refused before
    return db


def test_two_teams_run_the_same_code_each_its_own(tmp_path, capsys):
    db = two_teams(tmp_path, capsys)
    # each lead and manager finds the team's: T1's targets 3 members, T2's one
    assert show(db, capsys, user="L1")["overall"]["targeted"] == 3
    assert show(db, capsys, user="L2")["overall"]["targeted"] == 1
    assert show(db, capsys, user="L2")["team"] == "T2"
    log(db, "M3", OTHER_TEAM, "reached")
    assert outcome(db, "M3", OTHER_TEAM, "--result", "accepted") == 0
    log(db, "M2", DIAMOND, "reached")
    assert outcome(db, "M2", DIAMOND, "--result", "declined") == 0
    assert show(db, capsys, user="L2")["overall"]["accepted"] == 1
    assert show(db, capsys, user="L1")["overall"]["declined"] == 1
    assert show(db, capsys, user="L1")["overall"]["accepted"] == 0
    # closing T1's leaves T2's open
    assert main([*db, "--user", "L1", "campaign", "close", "--code", "SF"]) == 0
    assert show(db, capsys, user="L2")["status"] == "open"
    # still unique within a team
    code, _, err = run(
        db,
        capsys,
        "L1",
        "campaign",
        "add",
        "--code",
        "SF",
        "--name",
        "x",
        "--kind",
        "marketing",
        *period(),
    )
    assert code == 2 and "a campaign SF already exists" in err
    # a lead's --team is their own team: another team's campaign stays unseen
    code, _, err = run(db, capsys, "L1", "campaign", "show", "--code", "SF", "--team", "T2")
    assert code == 2 and "no campaign SF" in err


def test_an_administrator_names_the_team_when_two_share_a_code(tmp_path, capsys):
    db = two_teams(tmp_path, capsys)
    for argv in (
        ("campaign", "show", "--code", "SF"),
        ("campaign", "targets", "--code", "SF"),
        ("campaign", "close", "--code", "SF"),
        ("campaign", "outcome", "--campaign", "SF", "--member", GOLD1, "--result", "accepted"),
    ):
        code, out, err = run(db, capsys, "A1", *argv)
        assert code == 2, argv
        assert err.strip().count("\n") == 0, err
        assert "SF is run by more than one team (T1, T2)" in err and "--team" in err
    code, out, _ = run(
        db, capsys, "A1", "campaign", "show", "--code", "SF", "--team", "T2", "--json"
    )
    assert code == 0
    shown = json.loads(out)
    assert (shown["team"], shown["overall"]["targeted"]) == ("T2", 1)
    code, out, _ = run(
        db, capsys, "A1", "campaign", "targets", "--code", "SF", "--team", "T1", "--json"
    )
    assert code == 0 and len(json.loads(out)) == 3
    assert main([*db, "--user", "A1", "campaign", "close", "--code", "SF", "--team", "T1"]) == 0
    assert show(db, capsys, user="L1")["status"] == "closed"
    assert show(db, capsys, user="L2")["status"] == "open"
    # the list tells them apart by team
    code, out, _ = run(db, capsys, "A1", "campaign", "list", "--json")
    assert sorted((c["code"], c["team"]) for c in json.loads(out)) == [("SF", "T1"), ("SF", "T2")]
    # a bill attached to SF: the same one line before anything is read
    code, _, err = run(
        db, capsys, "A1", "contact", "import-bill", str(tmp_path / "none.csv"), "--campaign", "SF"
    )
    assert code == 2 and "SF is run by more than one team (T1, T2)" in err


def test_an_administrators_campaign_for_one_team(tmp_path, capsys):
    db = book(tmp_path / "c.db")
    # for T1: T1's gold and diamond members, as its lead would target them
    assert spring(db, "--tiers", "diamond,gold", "--team", "T1", user="A1") == 0
    assert "3 member(s) targeted" in capsys.readouterr().out
    assert show(db, capsys, user="L1")["team"] == "T1"
    code, _, err = run(db, capsys, "L2", "campaign", "show", "--code", "SF")
    assert code == 2 and "no campaign SF" in err  # T2 does not see it
    # T2 may use the code; a campaign for every team may not (T1 and T2 would see both)
    assert spring(db, "--tiers", "gold", "--team", "T2", user="A1") == 0
    assert spring(db, "--tiers", "gold", user="A1") == 2
    assert "a campaign SF already exists" in capsys.readouterr().err
    # nor may a team take the code of a campaign for every team (the team sees that one)
    assert spring(db, "--tiers", "gold", code="ALL", user="A1") == 0
    assert spring(db, "--tiers", "gold", code="ALL", user="L1") == 2
    assert "a campaign ALL already exists" in capsys.readouterr().err
    # a lead adds to the team they lead only
    assert spring(db, "--tiers", "gold", "--team", "T2", code="MINE", user="L1") == 2
    assert "own team only" in capsys.readouterr().err
    # an unknown team is one line
    assert spring(db, "--tiers", "gold", "--team", "T9", code="X", user="A1") == 2
    assert "no team with code 'T9'" in capsys.readouterr().err


def test_the_team_less_campaign_is_named_with_a_dash(tmp_path, capsys):
    """Two laptops offline: a lead's SF and the administrator's SF for every team both
    reach the central store. The lead's commands take the team's; the administrator names
    the team-less one with --team -."""
    db = book(tmp_path / "c.db")
    assert spring(db, "--tiers", "gold", code="SF", user="A1") == 0
    # the lead's laptop had not seen it yet: written here as sync would bring it
    import sqlite3

    path = db[1]
    conn = sqlite3.connect(path)
    try:
        row = conn.execute("SELECT id FROM campaigns WHERE code = 'SF'").fetchone()
        conn.execute("UPDATE campaigns SET code = 'TMP' WHERE id = ?", row)
        conn.commit()
    finally:
        conn.close()
    assert spring(db, "--tiers", "diamond", code="SF", user="L1") == 0
    conn = sqlite3.connect(path)
    try:
        conn.execute("UPDATE campaigns SET code = 'SF' WHERE id = ?", row)
        conn.commit()
    finally:
        conn.close()
    assert show(db, capsys, user="L1")["team"] == "T1"
    assert show(db, capsys, user="L2")["team"] is None
    code, _, err = run(db, capsys, "A1", "campaign", "show", "--code", "SF")
    assert code == 2 and "(-, T1)" in err
    code, out, _ = run(
        db, capsys, "A1", "campaign", "show", "--code", "SF", "--team", "-", "--json"
    )
    assert code == 0 and json.loads(out)["team"] is None


def test_the_list_says_whose_each_campaign_is(tmp_path, capsys):
    db = two_teams(tmp_path, capsys)
    assert spring(db, "--tiers", "gold", code="ALL", user="A1") == 0
    code, out, _ = run(db, capsys, "A1", "campaign", "list")
    assert code == 0
    rows = sorted(tuple(line.split()[:2]) for line in out.splitlines()[2:] if line.strip())
    assert rows == [("ALL", "-"), ("SF", "T1"), ("SF", "T2")]
