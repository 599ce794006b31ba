"""The gift ledger: every gift listed with its approval, totals reconciling with the budget."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

from vipcrm.cli import main

_spec = importlib.util.spec_from_file_location("pdfcheck", Path(__file__).with_name("pdfcheck.py"))
pdfcheck = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(pdfcheck)


@pytest.fixture
def team_db(tmp_path, capsys):
    db = ["--db", str(tmp_path / "l.db")]
    assert main([*db, "manager", "add", "--code", "A1", "--name", "管理员", "--role", "admin"]) == 0
    for code, role, name in (
        ("L1", "lead", "周队长"),
        ("M1", "manager", "李欣"),
        ("M2", "manager", "王芳"),
    ):
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
                    name,
                    "--team",
                    "T1",
                    "--role",
                    role,
                ]
            )
            == 0
        )
    members = [
        ("13800000001", "diamond", "M1", "赵钻石"),
        ("13800000002", "gold", "M1", "钱黄金"),
        ("13800000003", "gold", "M2", "刘䶮𪚥"),
    ]  # rare characters must not break the layout
    for phone, tier, manager, name in members:
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
                    name,
                    "--tier",
                    tier,
                    "--manager",
                    manager,
                ]
            )
            == 0
        )
    lead = [*db, "--user", "L1"]
    assert (
        main([*lead, "budget", "set", "--team", "T1", "--period", "2026-12", "--amount", "1000"])
        == 0
    )
    assert (
        main([*lead, "budget", "set", "--manager", "M1", "--period", "2026-12", "--amount", "300"])
        == 0
    )
    assert (
        main([*lead, "budget", "set", "--manager", "M2", "--period", "2026-12", "--amount", "200"])
        == 0
    )
    m1 = [
        *db,
        "--user",
        "M1",
        "gift",
        "request",
        "--occasion",
        "birthday",
        "--on",
        "2026-12-05",
        "--json",
    ]
    assert main([*m1, "--member", "13800000001", "--amount", "150"]) == 0
    assert main([*m1, "--member", "13800000002", "--amount", "150"]) == 0  # ¥50 over cap: pending
    capsys.readouterr()
    assert main([*db, "--user", "M1", "gift", "list", "--status", "pending", "--json"]) == 0
    import json

    pending = json.loads(capsys.readouterr().out)[0]["id"][:8]
    assert main([*lead, "gift", "approve", pending, "--comment", "重要客户，同意"]) == 0
    assert (
        main(
            [
                *db,
                "--user",
                "M2",
                "gift",
                "request",
                "--occasion",
                "funeral",
                "--member",
                "13800000003",
                "--amount",
                "80",
                "--on",
                "2026-12-10",
            ]
        )
        == 0
    )
    capsys.readouterr()
    assert main([*db, "--user", "M2", "gift", "list", "--json"]) == 0
    delivered = json.loads(capsys.readouterr().out)[0]["id"][:8]
    assert (
        main(
            [
                *db,
                "--user",
                "M2",
                "gift",
                "deliver",
                delivered,
                "--on",
                "2026-12-10",
                "--how",
                "上门",
            ]
        )
        == 0
    )
    capsys.readouterr()
    return db


@pytest.mark.parametrize(
    "lang, words",
    [
        ("zh_CN", ["礼品台账", "团队预留", "一致", "重要客户，同意"]),
        ("en", ["Gift ledger", "Team reserve", "reconciled", "Page 1 of 1"]),
    ],
)
def test_ledger_lists_every_gift_and_reconciles(team_db, tmp_path, capsys, lang, words):
    out = tmp_path / f"ledger-{lang}.pdf"
    assert (
        main(
            [
                *team_db,
                "--lang",
                lang,
                "--user",
                "L1",
                "ledger",
                "--team",
                "T1",
                "--period",
                "2026-12",
                "--out",
                str(out),
            ]
        )
        == 0
    )
    assert "reconciles" in capsys.readouterr().out
    text = pdfcheck.pdf_text(out)
    for word in [
        *words,
        "赵钻石",
        "钱黄金",
        "刘䶮",
        "¥150.00",
        "¥80.00",
        "¥1,000.00",
        "2026-12-05",
    ]:
        assert word in text, word
    # the reserve is what the lead did not allocate (M1 could carry the over-cap gift itself)
    assert "¥500.00" in text
    fonts = pdfcheck.pdf_fonts(out)
    assert fonts and all(f["emb"] == "yes" for f in fonts), fonts
    # 䶮 (extension A) and 𪚥 (extension B) are not in the main font: set in the fallback.
    # (pdftotext misreads astral characters from ReportLab's ToUnicode map; the glyph is right.)
    assert any("HanaMin" in f["name"] for f in fonts), fonts


def test_only_a_lead_prints_the_ledger(team_db, tmp_path, capsys):
    out = tmp_path / "no.pdf"
    assert (
        main(
            [
                *team_db,
                "--user",
                "M1",
                "ledger",
                "--team",
                "T1",
                "--period",
                "2026-12",
                "--out",
                str(out),
            ]
        )
        == 2
    )
    assert not out.exists()
