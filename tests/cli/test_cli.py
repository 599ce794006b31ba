"""The `vipcrm` command through its real entry point: outputs, errors, nothing half-written."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import UTC, datetime

import pytest
from sqlalchemy import func, select

from vipcrm.cli import main
from vipcrm.domain.dates import DEFAULT_TZ
from vipcrm.store.db import open_database
from vipcrm.store.models import ContactAttempt, Manager, Member, OutboxEntry


def run(*args: str, env: dict | None = None) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "vipcrm", *args],
        capture_output=True,
        text=True,
        env={**os.environ, **(env or {})},
        timeout=120,
    )


def counts(path) -> dict[str, int]:
    db = open_database(path)
    with db.reading() as s:
        result = {
            m.__tablename__: s.scalar(select(func.count()).select_from(m))
            for m in (Member, Manager, ContactAttempt, OutboxEntry)
        }
    db.dispose()
    return result


@pytest.fixture
def demo_db(tmp_path):
    path = tmp_path / "demo.db"
    assert (
        main(["--db", str(path), "demo", "--seed", "1", "--members", "60", "--managers", "3"]) == 0
    )
    return path


def test_demo_then_member_list_json_through_the_installed_command(tmp_path):
    path = tmp_path / "x.db"
    done = run("--db", str(path), "demo", "--seed", "1", "--members", "80")
    assert done.returncode == 0, done.stderr
    listed = run("--db", str(path), "member", "list", "--json")
    assert listed.returncode == 0, listed.stderr
    members = json.loads(listed.stdout)
    assert len(members) == 80  # the demo acts as the team lead: the whole team's book
    assert {m["tier"] for m in members} <= {"diamond", "gold", "silver"}
    assert all(len(m["phone"]) == 11 for m in members)
    tiers = [m["tier"] for m in members]
    assert tiers == sorted(tiers, key=["diamond", "gold", "silver"].index)


def test_demo_is_deterministic_for_a_seed(tmp_path):
    outputs = []
    for name in ("a.db", "b.db"):
        path = tmp_path / name
        assert main(["--db", str(path), "demo", "--seed", "7", "--members", "40"]) == 0
        db = open_database(path)
        with db.reading() as s:
            outputs.append(
                sorted(s.execute(select(Member.id, Member.name, Member.phone, Member.tier)).all())
            )
        db.dispose()
    assert outputs[0] == outputs[1]


def test_demo_data_is_realistic(demo_db):
    db = open_database(demo_db)
    with db.reading() as s:
        members = s.scalars(select(Member)).all()
        assert any(m.group_id for m in members) or len(members) < 40
        assert any(m.birth_calendar == "lunar" for m in members)
        assert s.scalar(select(func.count(ContactAttempt.id))) > len(members) * 10
        from vipcrm.store.models import Card

        states = set(s.scalars(select(Card.state)))
    db.dispose()
    from vipcrm.domain.values import CardState

    assert states == set(CardState)


def test_demo_data_has_nothing_later_than_now(tmp_path):
    """Started at 10:00 Beijing time, the demo's contacts, card steps and gift requests
    are all earlier (not at 15:00 of today)."""
    from vipcrm.services.demo import DemoOptions, generate_demo
    from vipcrm.store.models import CardStep, Gift

    now = datetime(2026, 12, 3, 10, 0, tzinfo=DEFAULT_TZ)
    db = open_database(tmp_path / "now.db")
    generate_demo(db, DemoOptions(members=80, now=now))
    with db.reading() as s:
        latest = [
            s.scalar(select(func.max(ContactAttempt.at))),
            s.scalar(select(func.max(CardStep.at))),
            s.scalar(select(func.max(Gift.requested_at))),
        ]
        today = s.scalar(
            select(func.count(ContactAttempt.id)).where(
                ContactAttempt.at >= now.replace(hour=0).astimezone(UTC)
            )
        )
    db.dispose()
    assert all(t is not None and t <= now for t in latest), latest
    assert today > 0  # this morning's contacts are there


def test_bad_input_is_a_one_line_error_with_exit_2_and_no_traceback(demo_db):
    before = counts(demo_db)
    cases = [
        ["member", "add", "--phone", "123", "--name", "x", "--tier", "gold"],
        ["member", "add", "--phone", "13800138000", "--name", "x", "--tier", "platinum"],
        [
            "member",
            "add",
            "--phone",
            "13800138000",
            "--name",
            "x",
            "--tier",
            "gold",
            "--birthday",
            "1981-02-29",
        ],
        ["contact", "log", "--member", "13900000000", "--channel", "phone", "--outcome", "reached"],
        ["contact", "log", "--member", "13800138000", "--channel", "fax", "--outcome", "reached"],
        ["manager", "add", "--code", "M001", "--name", "dup"],
        ["--user", "M001", "manager", "add", "--code", "M099", "--name", "x"],
        ["group", "add", "--code", "G9", "--name", "x", "--class", "E"],
        ["demo"],
    ]
    for args in cases:
        done = run("--db", str(demo_db), *args)
        assert done.returncode == 2, (args, done.stderr)
        assert "Traceback" not in done.stderr
        assert done.stderr.strip().splitlines()[-1].startswith("vipcrm"), done.stderr
    assert counts(demo_db) == before


def test_field_is_named_in_the_error(demo_db, capsys):
    assert (
        main(
            [
                "--db",
                str(demo_db),
                "member",
                "add",
                "--phone",
                "12",
                "--name",
                "x",
                "--tier",
                "gold",
            ]
        )
        == 2
    )
    assert "phone:" in capsys.readouterr().err
    with pytest.raises(SystemExit) as exit_:
        main(
            [
                "--db",
                str(demo_db),
                "member",
                "add",
                "--phone",
                "13800138000",
                "--name",
                "x",
                "--tier",
                "gold",
                "--lunar-birthday",
                "2021-04-12L",
            ]
        )
    assert exit_.value.code == 2
    # one line, the field named as the README promises (vipcrm: error: FIELD: ...)
    assert capsys.readouterr().err == (
        "vipcrm: error: lunar-birthday: '2021-04-12L': lunar year 2021 has no day 12 "
        "in leap month 4\n"
    )


def test_member_add_and_contact_log_as_a_manager(demo_db, capsys):
    db_arg = ["--db", str(demo_db), "--user", "M001"]
    assert (
        main(
            [
                *db_arg,
                "member",
                "add",
                "--phone",
                "+86 139 1234 5678",
                "--name",
                "王芳",
                "--tier",
                "gold",
                "--lunar-birthday",
                "1980-08-15",
                "--json",
            ]
        )
        == 0
    )
    added = json.loads(capsys.readouterr().out)
    assert added["phone"] == "13912345678"
    assert (
        main(
            [
                *db_arg,
                "contact",
                "log",
                "--member",
                "13912345678",
                "--channel",
                "phone",
                "--outcome",
                "reached",
                "--at",
                "2026-11-20T10:00",
                "--note",
                "首次联系",
            ]
        )
        == 0
    )
    capsys.readouterr()
    assert main([*db_arg, "member", "list", "--json", "--search", "wf"]) == 0
    found = json.loads(capsys.readouterr().out)
    assert [m["name"] for m in found] == ["王芳"]
    assert found[0]["manager_code"] == "M001"
    assert found[0]["last_reached_on"] == "2026-11-20"


def test_a_manager_sees_only_their_own_members(demo_db, capsys):
    assert main(["--db", str(demo_db), "--user", "M002", "member", "list", "--json"]) == 0
    mine = json.loads(capsys.readouterr().out)
    assert mine and {m["manager_code"] for m in mine} == {"M002"}
    assert (
        main(["--db", str(demo_db), "--user", "M002", "member", "list", "--manager", "M001"]) == 2
    )
    other = next(
        m
        for m in json.loads(run("--db", str(demo_db), "member", "list", "--json").stdout)
        if m["manager_code"] == "M001"
    )
    assert (
        main(
            [
                "--db",
                str(demo_db),
                "--user",
                "M002",
                "contact",
                "log",
                "--member",
                other["phone"],
                "--channel",
                "sms",
                "--outcome",
                "reached",
            ]
        )
        == 2
    )


def test_bootstrap_on_an_empty_database(tmp_path, capsys):
    db_arg = ["--db", str(tmp_path / "fresh.db")]
    assert main([*db_arg, "init"]) == 0
    assert (
        main([*db_arg, "manager", "add", "--code", "A1", "--name", "管理员", "--role", "admin"])
        == 0
    )
    assert (
        main(
            [
                *db_arg,
                "--user",
                "A1",
                "manager",
                "add",
                "--code",
                "M1",
                "--name",
                "李娜",
                "--team",
                "T1",
            ]
        )
        == 0
    )
    assert (
        main(
            [
                *db_arg,
                "--user",
                "A1",
                "group",
                "add",
                "--code",
                "G1",
                "--name",
                "某集团",
                "--class",
                "a",
            ]
        )
        == 0
    )
    assert (
        main(
            [
                *db_arg,
                "--user",
                "A1",
                "member",
                "add",
                "--phone",
                "13800138000",
                "--name",
                "赵强",
                "--tier",
                "diamond",
                "--manager",
                "M1",
                "--group",
                "G1",
                "--key-role",
                "decision_maker",
                "--assigned-on",
                "2026-09-29",
            ]
        )
        == 0
    )
    # once users exist, an unknown user cannot act
    assert main([*db_arg, "--user", "nobody", "manager", "add", "--code", "X", "--name", "x"]) == 2
    capsys.readouterr()
    assert main([*db_arg, "--user", "A1", "manager", "list", "--json"]) == 0
    managers = json.loads(capsys.readouterr().out)
    assert [(m["code"], m["role"], m["team_code"]) for m in managers] == [
        ("A1", "admin", None),
        ("M1", "manager", "T1"),
    ]


def test_every_sub_command_has_help():
    for args in (
        ["--help"],
        ["init", "--help"],
        ["demo", "--help"],
        ["manager", "add", "--help"],
        ["member", "add", "--help"],
        ["member", "list", "--help"],
        ["contact", "log", "--help"],
        ["group", "add", "--help"],
    ):
        with pytest.raises(SystemExit) as exit_:
            main(args)
        assert exit_.value.code == 0


def test_vipcrm_db_environment_variable_is_honoured(tmp_path):
    path = tmp_path / "env.db"
    done = run("init", env={"VIPCRM_DB": str(path)})
    assert done.returncode == 0, done.stderr
    assert path.exists() and str(path) in done.stdout


def test_an_unknown_user_sees_no_members(demo_db, capsys):
    assert main(["--db", str(demo_db), "--user", "stranger", "member", "list", "--json"]) == 2
    assert "stranger" in capsys.readouterr().err
