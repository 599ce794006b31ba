"""The re-grading can never silently empty a book (issue 17), on the command line.

On demo data (200 members) the project's own 5-row sample is refused by default; the exact
number of leavers applies it; ``--undo`` brings every member back as they were, compared
field by field. Undo is refused while a later month builds on the month, and where its
undo data is not; ``assign --unassigned`` gives every waiting member an owner.
"""

from __future__ import annotations

import json
import sqlite3
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import delete

from vipcrm.cli import main
from vipcrm.services.demo import DemoOptions, generate_demo
from vipcrm.store.db import open_database
from vipcrm.store.models import GradingUndo

SAMPLE = Path(__file__).resolve().parents[2] / "docs" / "samples" / "grading-2026-12.csv"
DAY = date(2026, 11, 22)
MEMBER_FIELDS = (
    "id, phone, name, name_pinyin, tier, points, monthly_spend_fen, birth_calendar, "
    "birth_year, birth_month, birth_day, birth_leap_month, landline, address, important, "
    "group_id, key_role, manager_id, assigned_on, status, joined_month, left_month, notes, deleted"
)


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("demo") / "demo.db"
    db = open_database(path)
    generate_demo(db, DemoOptions(members=200, today=DAY))
    db.dispose()
    return path


@pytest.fixture
def demo(demo_file, tmp_path) -> Path:
    copy = tmp_path / "demo.db"
    copy.write_bytes(demo_file.read_bytes())
    return copy


def rows(path: Path, sql: str) -> list[tuple]:
    con = sqlite3.connect(path)
    try:
        return con.execute(sql).fetchall()
    finally:
        con.close()


def book(path: Path) -> list[tuple]:
    """Every member as stored (all fields but the version and time stamp), and the tier
    history that is not a tombstone."""
    members = rows(path, f"SELECT {MEMBER_FIELDS} FROM members WHERE deleted = 0 ORDER BY id")
    history = rows(
        path,
        "SELECT id, member_id, month, tier, change, points, monthly_spend_fen FROM tier_history "
        "WHERE deleted = 0 ORDER BY id",
    )
    return [*members, *history]


def vipcrm(path: Path, *args: str) -> int:
    return main(["--db", str(path), "--user", "L01", *args])


def test_the_sample_is_refused_the_exact_number_applies_it_and_undo_brings_all_back(demo, capsys):
    before = book(demo)
    outbox = rows(demo, "SELECT count(*) FROM outbox")[0][0]
    assert rows(demo, "SELECT count(*) FROM members WHERE status = 'active'") == [(200,)]

    assert vipcrm(demo, "import-grading", str(SAMPLE), "--month", "2026-12") == 2
    err = capsys.readouterr().err
    first = err.splitlines()[0]
    assert first.startswith("vipcrm: error: grading-2026-12.csv would mark 200 of the 200 ")
    assert "--accept-leavers 200" in first and "nothing was written" in first
    assert "M001 " in err and " of 40 leave (" in err  # a sample of names per manager
    assert book(demo) == before and rows(demo, "SELECT count(*) FROM outbox")[0][0] == outbox

    assert (
        vipcrm(demo, "import-grading", str(SAMPLE), "--month", "2026-12", "--dry-run", "--json")
        == 0
    )
    preview = json.loads(capsys.readouterr().out)
    assert preview["counts"] == {
        "new": 5,
        "reactivated": 0,
        "up": 0,
        "down": 0,
        "unchanged": 0,
        "left": 200,
    }
    assert preview["needs_confirmation"] and preview["book"] == 200
    assert len(preview["members"]["left"]) == 200

    wrong = ["import-grading", str(SAMPLE), "--month", "2026-12", "--accept-leavers", "195"]
    assert vipcrm(demo, *wrong) == 2
    err = capsys.readouterr().err
    assert err.startswith(
        "vipcrm: error: --accept-leavers 195 does not match: grading-2026-12.csv would mark "
        "200 member(s) as left; nothing was written"
    )
    assert book(demo) == before

    right = ["import-grading", str(SAMPLE), "--month", "2026-12", "--accept-leavers", "200"]
    assert vipcrm(demo, *right) == 0
    assert "5 new, 0 back, 0 up, 0 down, 0 unchanged, 200 left — written" in capsys.readouterr().out
    assert rows(demo, "SELECT count(*) FROM members WHERE status = 'active'") == [(5,)]
    applied = rows(demo, "SELECT count(*) FROM outbox")[0][0]

    assert vipcrm(demo, "import-grading", "--undo", "--month", "2026-12", "--dry-run") == 0
    out = capsys.readouterr().out
    assert "200 member(s) restored, 5 removed, 0 kept as left — nothing written (dry run)" in out
    assert rows(demo, "SELECT count(*) FROM members WHERE status = 'active'") == [(5,)]

    assert vipcrm(demo, "import-grading", "--undo", "--month", "2026-12") == 0
    assert "200 member(s) restored, 5 removed" in capsys.readouterr().out
    assert book(demo) == before  # tiers, owners, statuses ... field by field
    # The undo travels as ordinary changes, and is in the audit trail.
    assert rows(demo, "SELECT count(*) FROM outbox")[0][0] > applied
    trail = rows(
        demo,
        "SELECT op, actor_code, changes FROM audit_log WHERE table_name = 'grading_imports' "
        "ORDER BY at",
    )
    assert [op for op, _who, _changes in trail] == ["insert", "delete"]
    assert trail[-1][1] == "L01" and '"undone": {"restored": 200' in trail[-1][2]
    assert rows(demo, "SELECT count(*) FROM grading_undo") == [(0,)]
    assert vipcrm(demo, "import-grading", "--undo", "--month", "2026-12") == 2
    assert "2026-12 has no import to undo" in capsys.readouterr().err


def _rows_file(path: Path, lines: list[str]) -> Path:
    path.write_text("手机号码,姓名,级别\n" + "\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_undo_is_refused_while_a_later_month_builds_on_it(demo, tmp_path, capsys):
    phones = [r[0] for r in rows(demo, "SELECT phone FROM members ORDER BY phone")]
    everyone = [f"{p},会员,金卡" for p in phones]
    dec = _rows_file(tmp_path / "dec.csv", everyone)
    jan = _rows_file(tmp_path / "jan.csv", everyone[:-1])  # one leaves: under 10 %
    assert vipcrm(demo, "import-grading", str(dec), "--month", "2026-12") == 0
    assert vipcrm(demo, "import-grading", str(jan), "--month", "2027-01") == 0
    capsys.readouterr()
    assert vipcrm(demo, "import-grading", "--undo", "--month", "2026-12") == 2
    err = capsys.readouterr().err
    assert err.strip() == (
        "vipcrm: error: month: the import of 2026-12 cannot be undone: the import of 2027-01 "
        "builds on it (undo 2027-01 first)"
    )
    assert vipcrm(demo, "import-grading", "--undo", "--month", "2027-01") == 0
    # December's undo data went when January was imported (January built on it).
    assert vipcrm(demo, "import-grading", "--undo", "--month", "2026-12") == 2
    assert "until a later month is imported there" in capsys.readouterr().err


def test_undo_where_the_undo_data_is_not_names_the_laptop(demo, tmp_path, capsys):
    phones = [r[0] for r in rows(demo, "SELECT phone FROM members ORDER BY phone")]
    dec = _rows_file(tmp_path / "dec.csv", [f"{p},会员,金卡" for p in phones])
    assert vipcrm(demo, "import-grading", str(dec), "--month", "2026-12") == 0
    db = open_database(demo)
    with db.transaction() as s:  # as on another laptop: the import synced, its undo data not
        s.execute(delete(GradingUndo))
    db.dispose()
    capsys.readouterr()
    assert vipcrm(demo, "import-grading", "--undo", "--month", "2026-12") == 2
    err = capsys.readouterr().err
    assert "cannot be undone on this laptop: its undo data is kept only on the laptop" in err
    device = rows(demo, "SELECT device FROM audit_log WHERE table_name = 'grading_imports'")
    assert f"({device[0][0]})" in err and len(err.strip().splitlines()) == 1


def test_undo_keeps_a_created_member_something_refers_to_and_says_so(demo, tmp_path, capsys):
    phones = [r[0] for r in rows(demo, "SELECT phone FROM members ORDER BY phone")]
    dec = _rows_file(
        tmp_path / "dec.csv", [*(f"{p},会员,金卡" for p in phones), "13512345678,新人,银卡"]
    )
    assert vipcrm(demo, "import-grading", str(dec), "--month", "2026-12") == 0
    assert vipcrm(demo, "assign", "--unassigned") == 0
    owner = rows(
        demo,
        "SELECT managers.code FROM members JOIN managers ON managers.id = members.manager_id "
        "WHERE members.phone = '13512345678'",
    )[0][0]
    log = ["contact", "log", "--member", "13512345678", "--channel", "phone"]
    log += ["--outcome", "reached", "--at", "2026-12-02T10:00"]
    assert main(["--db", str(demo), "--user", owner, *log]) == 0
    capsys.readouterr()
    assert vipcrm(demo, "import-grading", "--undo", "--month", "2026-12") == 0
    out = capsys.readouterr().out
    assert "0 removed, 1 kept as left" in out
    assert (
        "kept as left, because contacts, notes, cards, gifts or plans refer to them: 13512345678"
        in out
    )
    assert rows(
        demo, "SELECT status, left_month, deleted FROM members WHERE phone = '13512345678'"
    ) == [("left", "2026-12", 0)]


def test_assign_unassigned_gives_every_waiting_member_an_owner(demo, tmp_path, capsys):
    phones = [r[0] for r in rows(demo, "SELECT phone FROM members ORDER BY phone")]
    nov = _rows_file(
        tmp_path / "nov.csv", [*(f"{p},会员,金卡" for p in phones), "13512345671,甲,银卡"]
    )
    dec = _rows_file(
        tmp_path / "dec.csv",
        [*(f"{p},会员,金卡" for p in phones), "13512345671,甲,银卡", "13512345672,乙,钻卡"],
    )
    assert vipcrm(demo, "import-grading", str(nov), "--month", "2026-11") == 0
    assert vipcrm(demo, "import-grading", str(dec), "--month", "2026-12") == 0
    assert vipcrm(demo, "assign", "--month", "2026-12", "--dry-run", "--json") == 0
    capsys.readouterr()
    assert vipcrm(demo, "assign", "--unassigned", "--month", "2026-12") == 2
    assert "not both" in capsys.readouterr().err
    assert vipcrm(demo, "assign", "--unassigned", "--dry-run") == 0
    assert "would assign 2 unassigned member(s)" in capsys.readouterr().out
    assert vipcrm(demo, "assign", "--unassigned") == 0
    assert "assigned 2 unassigned member(s)" in capsys.readouterr().out
    assert rows(
        demo, "SELECT count(*) FROM members WHERE manager_id IS NULL AND status = 'active'"
    ) == [(0,)]


def test_undo_takes_no_file_and_no_import_options(demo, capsys):
    assert vipcrm(demo, "import-grading", str(SAMPLE), "--undo", "--month", "2026-12") == 2
    assert "--undo takes no FILE" in capsys.readouterr().err
    assert (
        vipcrm(demo, "import-grading", "--undo", "--month", "2026-12", "--accept-leavers", "3") == 2
    )
    assert "--accept-leavers is for importing" in capsys.readouterr().err
    assert vipcrm(demo, "import-grading", "--month", "2026-12") == 2
    assert "give the FILE" in capsys.readouterr().err
