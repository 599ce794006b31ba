"""The lead's review tells contacts imported from the phone bill from those typed by hand:
in the review's figures, on paper (both languages), in `vipcrm review` and the dashboard."""

from __future__ import annotations

import importlib.util
import json
import shutil
from datetime import date
from pathlib import Path

from vipcrm.cli import main
from vipcrm.services.context import resolve_actor
from vipcrm.services.review import work_review
from vipcrm.store.db import open_database

_here = Path(__file__).resolve().parent
_loaded = {}
for name, path in (("pdfcheck", _here / "pdfcheck.py"), ("bills", _here.parent / "services" / "bills.py")):  # fmt: skip
    spec = importlib.util.spec_from_file_location(name, path)
    _loaded[name] = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(_loaded[name])
pdfcheck, bills = _loaded["pdfcheck"], _loaded["bills"]


def figures(db: list[str]) -> dict[str, tuple[int, int]]:
    database = open_database(db[1])
    try:
        with database.reading() as s:
            review = work_review(
                s, resolve_actor(s, "L01"), team="T01", month="2026-11", today=date(2026, 11, 22)
            )
            return {m.code: (m.logged, m.from_bill) for m in review.managers}
    finally:
        database.dispose()


def test_contacts_from_the_bill_and_by_hand_are_counted_apart(team_db, tmp_path, capsys):
    source = Path(team_db[1])
    for file in source.parent.glob(source.name + "*"):
        shutil.copy(file, tmp_path / file.name)
    db = ["--db", str(tmp_path / source.name)]
    before = figures(db)
    assert all(from_bill == 0 for _, from_bill in before.values())
    capsys.readouterr()
    assert main([*db, "--user", "M001", "member", "list", "--json"]) == 0
    phones = [m["phone"] for m in json.loads(capsys.readouterr().out)][:3]
    rows = [
        bills.call(f"2026-11-{10 + k:02d} 21:0{k}:00", "主叫", phone, "1分")
        for k, phone in enumerate(phones)
    ] + [bills.call("2026-11-12 21:30:00", "主叫", "13512345678", "3分")]
    bill = bills.write_csv(tmp_path / "bill.csv", bills.CALL_HEADER, rows, "gb18030")
    assert main([*db, "--user", "M001", "contact", "import-bill", str(bill)]) == 0
    after = figures(db)
    assert after["M001"] == (before["M001"][0] + 3, 3)
    assert after["M002"] == before["M002"]
    logged, _ = after["M001"]

    capsys.readouterr()
    for lang, sentence in (
        ("zh_CN", f"本月记录联系 {logged} 次（来自话费详单 3 次，手工登记 {logged - 3} 次）"),
        ("en", f"{logged} contact attempts logged in the month (3 from the phone bill, {logged - 3} typed by hand)"),
    ):  # fmt: skip
        out = tmp_path / f"review-{lang}.pdf"
        argv = ["--lang", lang, "--user", "L01", "review", "--team", "T01", "--month", "2026-11"]
        assert main([*db, *argv, "--on", "2026-11-22", "--out", str(out)]) == 0
        printed = capsys.readouterr().out
        assert "M001 " in printed and f"{logged} contact(s) logged (3 from the phone bill, {logged - 3} typed by hand)" in printed  # fmt: skip
        text = " ".join(pdfcheck.pdf_text(out).split())
        assert sentence in text, lang

    assert main([*db, "--user", "L01", "dashboard", "--on", "2026-11-22", "--json"]) == 0
    board = {m["code"]: m for m in json.loads(capsys.readouterr().out)["managers"]}
    assert (board["M001"]["from_bill"], board["M001"]["by_hand"]) == (3, logged - 3)
