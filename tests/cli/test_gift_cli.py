"""Gifts and budgets from the command line, including two processes racing for one budget."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from vipcrm.cli import main


def setup_book(path):
    db = ["--db", str(path)]
    assert main([*db, "manager", "add", "--code", "A1", "--name", "管理员", "--role", "admin"]) == 0
    for code, role in (("L1", "lead"), ("M1", "manager")):
        assert (
            main(
                [
                    *db,
                    "--user",
                    "A1",
                    "manager",
                    "add",
                    "--code",
                    code,
                    "--name",
                    code,
                    "--team",
                    "T1",
                    "--role",
                    role,
                ]
            )
            == 0
        )
    for phone, tier in (
        ("13800000001", "diamond"),
        ("13800000002", "gold"),
        ("13800000003", "silver"),
    ):
        assert (
            main(
                [
                    *db,
                    "--user",
                    "A1",
                    "member",
                    "add",
                    "--phone",
                    phone,
                    "--name",
                    f"{tier}会员",
                    "--tier",
                    tier,
                    "--manager",
                    "M1",
                ]
            )
            == 0
        )
    assert (
        main(
            [
                *db,
                "--user",
                "L1",
                "budget",
                "set",
                "--team",
                "T1",
                "--period",
                "2026-11",
                "--amount",
                "１０００",
            ]
        )
        == 0
    )
    assert (
        main(
            [
                *db,
                "--user",
                "L1",
                "budget",
                "set",
                "--manager",
                "M1",
                "--period",
                "2026-11",
                "--amount",
                "¥200",
            ]
        )
        == 0
    )
    return db


def test_gift_flow_and_refusals(tmp_path, capsys):
    db = setup_book(tmp_path / "g.db")
    capsys.readouterr()
    args = [
        *db,
        "--user",
        "M1",
        "gift",
        "request",
        "--occasion",
        "birthday",
        "--on",
        "2026-11-28",
        "--json",
    ]
    assert main([*args, "--member", "13800000001", "--amount", "150"]) == 0
    assert json.loads(capsys.readouterr().out)["status"] == "approved"
    assert main([*args, "--member", "13800000002", "--amount", "150"]) == 0
    pending = json.loads(capsys.readouterr().out)
    assert pending["status"] == "pending"
    assert pending["reason"] == "超出上限 ¥50.00；超出预算 ¥100.00"  # ¥50 of ¥200 was left
    short = pending["id"][:8]
    assert main([*db, "--user", "M1", "gift", "approve", short, "--comment", "x"]) == 2
    assert "needs the role lead or admin" in capsys.readouterr().err
    with pytest.raises(SystemExit) as exit_:
        main(
            [
                *db,
                "--user",
                "M1",
                "gift",
                "request",
                "--member",
                "13800000002",
                "--occasion",
                "birthday",
                "--amount",
                "1.234",
            ]
        )
    assert exit_.value.code == 2
    assert "more than two decimals" in capsys.readouterr().err
    assert main([*db, "--user", "L1", "gift", "approve", short, "--comment", "同意"]) == 0
    capsys.readouterr()
    assert main([*db, "--user", "L1", "budget", "show", "--json"]) == 0
    (team,) = json.loads(capsys.readouterr().out)
    assert team["total_fen"] == 100000
    assert team["total_fen"] == team["reserve_fen"] + sum(
        m["allocated_fen"] for m in team["managers"]
    )
    (m1,) = team["managers"]
    assert m1["allocated_fen"] == m1["committed_fen"] + m1["spent_fen"] + m1["left_fen"]
    assert (m1["committed_fen"], m1["left_fen"]) == (30000, 0)
    assert team["reserve_fen"] == 100000 - 30000


def test_two_processes_racing_for_the_last_money(tmp_path):
    db = setup_book(tmp_path / "race.db")
    env = {**os.environ, "VIPCRM_USER": "M1"}
    cmd = [
        sys.executable,
        "-m",
        "vipcrm",
        *db,
        "gift",
        "request",
        "--occasion",
        "funeral",
        "--amount",
        "150",
        "--on",
        "2026-11-20",
        "--json",
        "--member",
    ]
    procs = [
        subprocess.Popen(
            [*cmd, phone], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env
        )
        for phone in ("13800000002", "13800000003")
    ]
    outs = [p.communicate(timeout=120) for p in procs]
    assert [p.returncode for p in procs] == [0, 0], [o[1] for o in outs]
    statuses = sorted(json.loads(o[0])["status"] for o in outs)
    assert statuses == ["approved", "pending"]
