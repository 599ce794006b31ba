"""Make the sample PDFs and page images shown in docs/printing.md.

    .venv/bin/python docs/printing/make_samples.py [--keep DIR]

Demo data as of 2026-11-22 (seed 1, 500 members, team T01 of five managers), plus what a
team would have by then: a December gift budget with two gifts, a member whose name has a
rare character (刘䶮), and November's re-grading file in which three members left the
club. The October plan (holidays and make-up days) is printed from the same demo as of
2026-09-25, before the month began. Then every printed document is written and its pages
rendered at 80 dpi with pdftoppm into this folder (PNG). The January 2027 plan, printed
in November 2026, shows the provisional calendar (no official schedule for 2027 yet).
Needs poppler-utils.
"""

from __future__ import annotations

import argparse
import csv
import json
import subprocess
import sys
import tempfile
from contextlib import redirect_stdout
from datetime import date
from io import StringIO
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from vipcrm.cli import main  # noqa: E402
from vipcrm.services.demo import DemoOptions, generate_demo  # noqa: E402
from vipcrm.store.db import open_database  # noqa: E402

HERE = Path(__file__).resolve().parent
TODAY = date(2026, 11, 22)
TIER_ZH = {"diamond": "钻卡", "gold": "金卡", "silver": "银卡"}
OCTOBER = date(2026, 9, 25)

# (file stem, pages to show, argv after --db/--lang/--user)
DOCUMENTS = [
    (
        "plan-month-zh",
        [1, 2, -1],
        "zh_CN",
        "M001",
        ["plan", "--manager", "M001", "--month", "2026-12"],
    ),
    ("plan-month-en", [1], "en", "M001", ["plan", "--manager", "M001", "--month", "2026-12"]),
    ("plan-october-zh", [1], "zh_CN", "M001", ["plan", "--manager", "M001", "--month", "2026-10"]),
    # January 2027 printed in November 2026: no official schedule for 2027 yet (provisional)
    ("plan-january-zh", [1], "zh_CN", "M001", ["plan", "--manager", "M001", "--month", "2027-01"]),
    ("plan-january-en", [1], "en", "M001", ["plan", "--manager", "M001", "--month", "2027-01"]),
    # (the October plan is printed from the data set as of 2026-09-25, see OCTOBER)
    ("plan-week-zh", [1, 2], "zh_CN", "M001", ["plan", "--manager", "M001", "--week", "2026-W50"]),
    ("plan-year-zh", [1], "zh_CN", "M001", ["plan", "--manager", "M001", "--year", "2026"]),
    (
        "review-zh",
        [1, 4],  # the trends and the summary; the first manager's section
        "zh_CN",
        "L01",
        ["review", "--team", "T01", "--month", "2026-11", "--on", "2026-11-22"],
    ),
    (
        "review-en",
        [1],
        "en",
        "L01",
        ["review", "--team", "T01", "--month", "2026-11", "--on", "2026-11-22"],
    ),
    ("ledger-zh", [1], "zh_CN", "L01", ["ledger", "--team", "T01", "--period", "2026-12"]),
]


def run(db: list[str], *argv: str) -> str:
    out = StringIO()
    with redirect_stdout(out):
        code = main([*db, *argv])
    if code != 0:
        raise SystemExit(f"failed: {' '.join(argv)}")
    return out.getvalue()


def make_data(folder: Path) -> list[str]:
    path = folder / "samples.db"
    database = open_database(path)
    generate_demo(database, DemoOptions(managers=5, members=500, seed=1, today=TODAY))
    database.dispose()
    db = ["--db", str(path)]
    lead = [*db, "--user", "L01"]
    run(
        lead,
        *("member", "add", "--phone", "13900000001", "--name", "刘䶮", "--tier", "gold"),
        *("--manager", "M001", "--assigned-on", "2025-01-06", "--birthday", "1980-12-10"),
    )
    run(
        [*db, "--user", "M001"],
        *("contact", "log", "--member", "13900000001", "--channel", "phone"),
        *("--outcome", "reached", "--at", "2026-11-20T10:00", "--note", "首次联系，已收集生日"),
    )
    run(lead, "budget", "set", "--team", "T01", "--period", "2026-12", "--amount", "4000")
    for k in range(1, 6):
        run(lead, "budget", "set", "--manager", f"M00{k}", "--period", "2026-12", "--amount", "600")
    m1 = [*db, "--user", "M001", "gift", "request", "--member", "13900000001"]
    run(m1, "--occasion", "birthday", "--amount", "100", "--on", "2026-12-07")
    run(m1, "--occasion", "business_opening", "--amount", "180", "--on", "2026-12-15")
    # M001 saves December's plan, moves an item, adds a visit and submits it: the December
    # samples print the saved plan (the week, with no plan of its own, its days of it)
    plans = [*db, "--user", "M001", "plans"]
    saved = json.loads(run(plans, "generate", "--period", "2026-12", "--json"))
    run(plans, "move", saved["items"][0]["id"], "--to", "2026-12-02")
    run(
        plans,
        *("add", "--period", "2026-12", "--on", "2026-12-09", "--member", "13900000001"),
        *("--note", "上门送生日贺卡"),
    )
    run(plans, "submit", "--period", "2026-12")
    # November's re-grading: everyone keeps their tier, except three members who left
    members = sorted(json.loads(run(lead, "member", "list", "--json")), key=lambda m: m["phone"])
    gold = [m["phone"] for m in members if m["tier"] == "gold"][:1]
    silver = [m["phone"] for m in members if m["tier"] == "silver"][:2]
    leavers = set(gold + silver)
    grading = folder / "grading-2026-11.csv"
    with grading.open("w", encoding="utf-8", newline="") as f:
        writer = csv.writer(f)
        writer.writerow(["手机号码", "姓名", "级别"])
        for m in members:
            if m["phone"] not in leavers:
                writer.writerow([m["phone"], m["name"], TIER_ZH[m["tier"]]])
    run(lead, "import-grading", str(grading), "--month", "2026-11", "--skip-invalid")
    return db


def main_samples() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--keep", type=Path, help="keep the database and PDFs in this folder")
    parser.add_argument("--dpi", type=int, default=80)
    args = parser.parse_args()
    work = args.keep or Path(tempfile.mkdtemp(prefix="vipcrm-samples-"))
    work.mkdir(parents=True, exist_ok=True)
    for old in (*work.glob("*.db"), *work.glob("*.db-*")):
        old.unlink()  # demo data goes only into an empty database
    db = make_data(work)
    october = work / "october.db"
    database = open_database(october)
    generate_demo(database, DemoOptions(managers=5, members=500, seed=1, today=OCTOBER))
    database.dispose()
    for old in HERE.glob("*.png"):
        old.unlink()
    for stem, pages, lang, user, argv in DOCUMENTS:
        pdf = work / f"{stem}.pdf"
        source = ["--db", str(october)] if "2026-10" in argv else db
        print(run([*source, "--lang", lang, "--user", user], *argv, "--out", str(pdf)).strip())
        total = int(
            next(
                line.split()[-1]
                for line in subprocess.run(
                    ["pdfinfo", str(pdf)], capture_output=True, text=True, check=True
                ).stdout.splitlines()
                if line.startswith("Pages:")
            )
        )
        for page in pages:
            n = total if page == -1 else page
            target = HERE / f"{stem}-p{n}"
            subprocess.run(
                ["pdftoppm", "-r", str(args.dpi), "-png", "-singlefile", "-f", str(n), "-l", str(n)]
                + [str(pdf), str(target)],
                check=True,
            )
    print(f"page images in {HERE}; PDFs in {work}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main_samples())
