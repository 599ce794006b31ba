"""The lead's review and dashboard count the benefit uses of each manager's members in the
month: in the review's figures, on paper (both languages), `vipcrm review`, the dashboard
(JSON and XLSX)."""

from __future__ import annotations

import importlib.util
import json
import shutil
from pathlib import Path

from openpyxl import load_workbook

from vipcrm.cli import main

_spec = importlib.util.spec_from_file_location("pdfcheck", Path(__file__).parent / "pdfcheck.py")
pdfcheck = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(pdfcheck)


def board(db, capsys) -> dict[str, dict]:
    capsys.readouterr()
    assert main([*db, "--user", "L01", "dashboard", "--on", "2026-11-22", "--json"]) == 0
    return {m["code"]: m for m in json.loads(capsys.readouterr().out)["managers"]}


def test_benefit_uses_by_manager_in_the_review_and_dashboard(team_db, tmp_path, capsys):
    source = Path(team_db[1])
    for file in source.parent.glob(source.name + "*"):
        shutil.copy(file, tmp_path / file.name)
    db = ["--db", str(tmp_path / source.name)]
    before = board(db, capsys)
    assert main([*db, "--user", "M001", "member", "list", "--json"]) == 0
    phones = [m["phone"] for m in json.loads(capsys.readouterr().out)][:2]
    for phone, day in (
        (phones[0], "2026-11-03"),
        (phones[1], "2026-11-20"),
        (phones[0], "2026-10-31"),
    ):
        use = ["benefit", "use", "--member", phone, "--benefit", "airport_lounge", "--on", day]
        assert main([*db, "--user", "M001", *use]) == 0
    after = board(db, capsys)
    assert after["M001"]["benefit_uses"] == before["M001"]["benefit_uses"] + 2  # not October's
    assert after["M002"]["benefit_uses"] == before["M002"]["benefit_uses"]
    uses = after["M001"]["benefit_uses"]

    for lang, sentence in (
        ("zh_CN", f"会员使用权益 {uses} 次"),
        ("en", f"{uses} benefit use(s) by the members"),
    ):
        out = tmp_path / f"review-{lang}.pdf"
        argv = ["--lang", lang, "--user", "L01", "review", "--team", "T01", "--month", "2026-11"]
        assert main([*db, *argv, "--on", "2026-11-22", "--out", str(out)]) == 0
        assert f"{uses} benefit use(s)" in capsys.readouterr().out
        assert sentence in " ".join(pdfcheck.pdf_text(out).split()), lang

    xlsx = tmp_path / "board.xlsx"
    argv = ["--user", "L01", "dashboard", "--on", "2026-11-22", "--xlsx", str(xlsx)]
    assert main([*db, *argv]) == 0
    rows = list(load_workbook(xlsx).active.values)
    header = next(r for r in rows if r and "权益使用" in r)
    column = header.index("权益使用")
    (m001,) = [r for r in rows if r and r[0] == "M001"]
    assert m001[column] == uses


def test_the_printed_plan_lists_allowances_running_low_and_renewing(team_db, tmp_path, capsys):
    source = Path(team_db[1])
    for file in source.parent.glob(source.name + "*"):
        shutil.copy(file, tmp_path / file.name)
    db = ["--db", str(tmp_path / source.name)]
    assert main([*db, "--user", "M001", "member", "list", "--json"]) == 0
    listed = json.loads(capsys.readouterr().out)
    used, untouched = listed[0]["name"], listed[1]["name"]
    allowances = [f"--allowance={t}=2" for t in ("diamond", "gold", "silver")]
    rule = ["rules", "benefit", "airport_lounge", "--from", "2026-01-01", *allowances]
    assert main([*db, "--user", "L01", *rule]) == 0
    use = ["benefit", "use", "--member", listed[0]["phone"], "--benefit", "airport_lounge"]
    assert main([*db, "--user", "M001", *use, "--on", "2026-11-03"]) == 0

    texts = {}
    for month in ("2026-12", "2027-01"):
        out = tmp_path / f"plan-{month}.pdf"
        argv = ["--lang", "zh_CN", "--user", "M001", "plan", "--manager", "M001"]
        assert main([*db, *argv, "--month", month, "--out", str(out)]) == 0
        texts[month] = " ".join(pdfcheck.pdf_text(out).split())
    december, january = texts["2026-12"], texts["2027-01"]
    assert "会员权益：额度重置或即将用完" in december
    section = december.split("会员权益：额度重置或即将用完")[1]
    assert used in section and "1/2" in section.replace(" ", "") and "额度将尽" in section
    assert "起重置" in january and used in january  # the new year's allowance
    assert untouched not in december.split("会员权益：额度重置或即将用完")[1]
