"""Run every benchmark the current code supports and print figures beside their targets.

    python bench/run.py [--only NAME ...] [--repeat N]     (or: make bench)

Data comes from bench/generate.py (made on first use, reused after). Each benchmark runs
once to warm up, then --repeat times; the table shows median, min and max, the target and
whether it was met, plus the machine. Results also go to bench/results/<timestamp>.json.
Tests never assert timings: this is where speed is measured.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import sqlite3
import statistics
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
# Laptops keep their database encrypted with a key in the OS keyring; the benchmarks do the
# same, with the test keyring named explicitly when no desktop keyring is configured.
os.environ.setdefault("PYTHON_KEYRING_BACKEND", "keyrings.alt.file.PlaintextKeyring")
sys.path.insert(0, str(HERE.parent))

from bench import sync_bench  # noqa: E402
from bench.generate import bill_file, generate, grading_file  # noqa: E402

DATA = HERE / "data"


@dataclass
class Bench:
    name: str
    what: str
    target_ms: float | None
    setup: Callable[[], Callable[[], object]]
    repeat: int | None = None  # at most this many timed runs (slow benchmarks)
    warmup: bool = True  # False: no untimed first run (minutes-long benchmarks)
    # A run may return a dict of figures (e.g. rows/s, a ratio to a baseline); the last
    # one is printed and kept. With no target_ms, its "met" key gives the verdict.


def dataset(scale: str) -> Path:
    path = DATA / f"{scale}.db"
    if not path.exists():
        DATA.mkdir(parents=True, exist_ok=True)
        print(f"generating the {scale} data set ...", file=sys.stderr)
        generate(path, scale)
    return path


def _search(scale: str, texts: list[str]) -> Callable[[], Callable[[], object]]:
    def setup() -> Callable[[], object]:
        from vipcrm.store.db import open_database
        from vipcrm.store.queries import MemberFilter, member_ids, member_rows

        db = open_database(dataset(scale))
        state = {"i": 0}

        def keystroke() -> object:
            text = texts[state["i"] % len(texts)]
            state["i"] += 1
            with db.reading() as s:
                ids = member_ids(s, MemberFilter(text=text))
                return len(member_rows(s, ids[:100]))

        return keystroke

    return setup


def _due(scale: str, user: str | None) -> Callable[[], Callable[[], object]]:
    """End to end: the SQL facts for the scope plus the engine, as `vipcrm due` runs them."""

    def setup() -> Callable[[], object]:
        from bench.generate import TODAY
        from vipcrm.domain.values import Role
        from vipcrm.services.context import Actor, resolve_actor
        from vipcrm.services.due import due_for
        from vipcrm.store.db import open_database

        db = open_database(dataset(scale))

        def run() -> object:
            with db.reading() as s:
                actor = resolve_actor(s, user) if user else Actor(code="admin", role=Role.ADMIN)
                return len(due_for(s, actor, today=TODAY, horizon_days=7).items)

        return run

    return setup


def _grading_import(suffix: str) -> Callable[[], Callable[[], object]]:
    """Import a 100,000-row re-grading file into a fresh database (a copy of an empty one)."""

    def setup() -> Callable[[], object]:
        import shutil
        import tempfile

        from vipcrm import secrets
        from vipcrm.domain.values import Role
        from vipcrm.services.context import resolve_actor
        from vipcrm.services.directory import add_manager
        from vipcrm.services.grading import import_grading
        from vipcrm.store.crypto import key_name
        from vipcrm.store.db import open_database

        source = DATA / f"grading-100k{suffix}"
        if not source.exists():
            print(f"generating {source.name} ...", file=sys.stderr)
            grading_file(source)
        work = Path(tempfile.mkdtemp(prefix="vipcrm-bench-"))
        template = work / "template.db"
        db = open_database(template)
        with db.transaction() as s:
            add_manager(s, resolve_actor(s, "setup"), code="A1", name="admin", role=Role.ADMIN)
        db.dispose()
        db_key = db.key

        def run() -> object:
            target = work / "import.db"
            shutil.copy(template, target)
            if db_key is not None:  # the copy is encrypted with the template's key
                secrets.set_password(key_name(target), db_key)
            fresh = open_database(target)
            with fresh.transaction() as s:
                result, _ = import_grading(s, resolve_actor(s, "A1"), source, month="2026-12")
            fresh.dispose()
            assert result.counts["new"] == 100_000, result.counts
            return result

        return run

    return setup


def _bill_import(suffix: str) -> Callable[[], Callable[[], object]]:
    """Import a 20,000-row phone bill as M0001 of the ``book`` data set (500 members, two
    years of contacts to match against), into a fresh copy of it; only the import is timed."""

    def setup() -> Callable[[], object]:
        import shutil
        import tempfile

        from sqlalchemy import select

        from vipcrm import secrets
        from vipcrm.services.context import resolve_actor
        from vipcrm.services.phone_bill import import_bill
        from vipcrm.store.crypto import key_name
        from vipcrm.store.db import open_database
        from vipcrm.store.models import Manager, Member

        book = dataset("book")
        db = open_database(book)
        with db.reading() as s:
            phones = list(
                s.scalars(
                    select(Member.phone)
                    .join(Manager, Manager.id == Member.manager_id)
                    .where(Manager.code == "M0001")
                )
            )
        db_key = db.key
        db.dispose()
        source = DATA / f"bill-20k{suffix}"
        if not source.exists():
            print(f"generating {source.name} ...", file=sys.stderr)
            bill_file(source, phones)
        work = Path(tempfile.mkdtemp(prefix="vipcrm-bench-"))

        def run() -> object:
            target = work / "bill.db"
            shutil.copy(book, target)
            if db_key is not None:  # the copy is encrypted with the data set's key
                secrets.set_password(key_name(target), db_key)
            fresh = open_database(target)
            started = time.perf_counter()
            with fresh.transaction() as s:
                result, _ = import_bill(s, resolve_actor(s, "M0001"), source)
            elapsed = (time.perf_counter() - started) * 1000
            fresh.dispose()
            assert result.rows == 20_000 and result.logged > 5_000, result
            return {
                "elapsed_ms": elapsed,
                "logged": result.logged,
                "already_logged": result.already_logged,
                "not_in_book": result.not_in_book,
                "ignored": result.ignored,
            }

        return run

    return setup


def _plans(scale: str, team: str | None) -> Callable[[], Callable[[], object]]:
    """Printed monthly plans for December 2026 (data + PDF), as `vipcrm plan` writes them:
    one manager's (``team`` None: M0001) or one per manager of ``team`` (the batch form)."""

    def setup() -> Callable[[], object]:
        import tempfile

        from vipcrm.domain.values import Role
        from vipcrm.reports.printing import plan_data, render_plan_data
        from vipcrm.services.context import Actor
        from vipcrm.services.plan_data import plan_managers
        from vipcrm.store.db import open_database

        db = open_database(dataset(scale))
        actor = Actor(code="admin", role=Role.ADMIN)
        folder = Path(tempfile.mkdtemp(prefix="vipcrm-bench-plans-"))

        def run() -> object:
            rows = 0
            with db.reading() as s:
                codes = plan_managers(s, actor, team) if team else ["M0001"]
                for code in codes:
                    data = plan_data(s, actor, manager=code, period="2026-12")
                    rows += render_plan_data(data, folder / f"plan-2026-12-{code}.pdf").rows
            return rows

        return run

    return setup


def _gui(scale: str, user: str) -> Callable[[], Callable[[], object]]:
    """A fresh GUI process (bench/gui_bench.py): its wall time is the cold start to a painted
    Today; it reports the search keystroke time and its peak resident memory as figures."""

    def setup() -> Callable[[], object]:
        import subprocess

        db = dataset(scale)
        if user.startswith("A"):
            from bench.gui_bench import ensure_admin

            ensure_admin(db, user)

        def run() -> object:
            done = subprocess.run(
                [sys.executable, str(HERE / "gui_bench.py"), "--db", str(db), "--user", user]
                + ["--launched", repr(time.time())],
                capture_output=True,
                text=True,
                timeout=600,
                check=True,
            )
            figures = json.loads(done.stdout.strip().splitlines()[-1])
            summary = (
                {"summary_ms": round(figures["summary_ms"], 1)} if "summary_ms" in figures else {}
            )
            return {
                "elapsed_ms": figures["start_ms"],  # the timed figure: launch to Today painted
                **summary,  # an administrator's Today: every team counted
                "search_ms": round(figures["search_ms"], 1),
                "rss_mb": round(figures["rss_mb"], 1),
                "search_met": figures["search_ms"] <= 100,
                "rss_met": figures["rss_mb"] <= 400,
            }

        return run

    return setup


BENCHES = [
    Bench(
        "gui_start_book",
        "cold start to a painted Today: a new process, a manager's 500-member book "
        "(figures: member search keystroke to updated list, peak RSS)",
        1_500,
        _gui("book", "M0001"),
        repeat=3,
    ),
    Bench(
        "gui_start_region",
        "cold start to a painted Today as an admin over 100,000 members (figures: search, RSS ≤ 400 MB)",
        3_000,
        _gui("region", "A0001"),
        repeat=3,
    ),
    Bench(
        "import_grading_csv",
        "monthly re-grading: 100,000-row GB18030 CSV into a fresh database (parse, validate, write, outbox)",
        10_000,
        _grading_import(".csv"),
        repeat=3,
    ),
    Bench(
        "import_grading_xlsx",
        "the same 100,000 rows from XLSX",
        30_000,
        _grading_import(".xlsx"),
        repeat=3,
    ),
    Bench(
        "import_bill_csv",
        "phone bill: 20,000 call records (GB18030 CSV, half with the manager's 500 members) "
        "matched, de-duplicated against two years of contacts, logged with audit and outbox",
        3_000,
        _bill_import(".csv"),
        repeat=5,
    ),
    Bench(
        "import_bill_xlsx",
        "the same 20,000 call records from XLSX",
        6_000,
        _bill_import(".xlsx"),
        repeat=3,
    ),
    Bench(
        "member_search_region",
        "search keystroke → ids in SQL order + first 100 rows, 100,000 members (name, pinyin, digits)",
        100,
        _search("region", ["z", "zw", "zhang", "张", "张伟", "138", "1380", "13800", "w", "wang"]),
    ),
    Bench(
        "member_search_book",
        "search keystroke on a 500-member book",
        100,
        _search("book", ["z", "zw", "张", "138", "w"]),
    ),
    Bench(
        "due_book",
        "due items, one manager's 500-member book (2 years of contacts), horizon 7, SQL facts + engine",
        20,
        _due("book", "M0001"),
    ),
    Bench(
        "due_region",
        "due items, 100,000 members / 1,000,000 contacts, admin scope, horizon 7, SQL facts + engine",
        1000,
        _due("region", None),
    ),
    Bench(
        "plan_book",
        "printed monthly plan (data + A4 PDF), one manager's 500-member book, ~2,500 rows",
        2000,
        _plans("book", None),
    ),
    Bench(
        "plan_team_batch",
        "printed monthly plans, one PDF per manager, 50 managers × 400 members (~98,600 rows)",
        60_000,
        _plans("team", "T01"),
        repeat=3,
    ),
    Bench(
        "sync_initial_region",
        "first sync of a new laptop, whole region as admin (1,111,138 rows) from a local "
        "PostgreSQL; verdict: rows/s ≥ 25% of raw COPY TO STDOUT → SQLite executemany",
        None,
        sync_bench.initial_sync(DATA / "region.db"),
        repeat=1,
        warmup=False,
    ),
    Bench(
        "sync_noop",
        "vipcrm sync with nothing to do, a manager's laptop (connect, check, push, pull)",
        200,
        sync_bench.noop_sync(DATA / "region.db"),
    ),
    Bench(
        "verify_region_manager",
        "sync verify of an up-to-date manager's laptop (count + hash per table, both sides)",
        1000,
        sync_bench.verify_region(DATA / "region.db", sync_bench.MANAGER_CODE),
        repeat=5,
    ),
    Bench(
        "verify_region_admin",
        "sync verify of an up-to-date administrator's laptop, 1.1 million rows",
        10_000,
        sync_bench.verify_region(DATA / "region.db", sync_bench.ADMIN_CODE),
        repeat=3,
    ),
    Bench(
        "verify_repair_100",
        "the administrator's laptop missing 100 scattered contacts: found and repaired",
        15_000,
        sync_bench.verify_region(DATA / "region.db", sync_bench.ADMIN_CODE, lose=100),
        repeat=3,
    ),
    Bench(
        "sync_push_1000",
        "push 1,000 logged contacts (1,000 local transactions) and record the results",
        2000,
        sync_bench.push_1000(DATA / "region.db", runs=6),
        repeat=5,
    ),
]


def machine() -> dict[str, object]:
    facts: dict[str, object] = {
        "python": platform.python_version(),
        "platform": platform.platform(),
        "cores": os.cpu_count(),
        "sqlite": sqlite3.sqlite_version,
    }
    try:
        cpu = next(
            line.split(":", 1)[1].strip()
            for line in Path("/proc/cpuinfo").read_text().splitlines()
            if line.startswith("model name")
        )
        facts["cpu"] = cpu
        mem_kb = int(
            next(
                line.split()[1]
                for line in Path("/proc/meminfo").read_text().splitlines()
                if line.startswith("MemTotal")
            )
        )
        facts["memory_gib"] = round(mem_kb / 1024 / 1024, 1)
    except (OSError, StopIteration):
        pass
    try:
        import PySide6

        facts["qt"] = PySide6.__version__
    except ImportError:
        pass
    return facts


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--only", nargs="*", help="benchmark names to run")
    parser.add_argument("--repeat", type=int, default=10)
    args = parser.parse_args()
    results = []
    for bench in BENCHES:
        if args.only and bench.name not in args.only:
            continue
        run = bench.setup()
        if bench.warmup:
            run()  # warm-up
        times = []
        figures = None
        for _ in range(min(args.repeat, bench.repeat or args.repeat)):
            started = time.perf_counter()
            out = run()
            elapsed = (time.perf_counter() - started) * 1000
            if isinstance(out, dict) and "elapsed_ms" in out:  # the run timed itself
                elapsed = out.pop("elapsed_ms")
            times.append(elapsed)
            figures = out if isinstance(out, dict) else figures
        median = statistics.median(times)
        met = None if bench.target_ms is None else median <= bench.target_ms
        if met is None and figures is not None and "met" in figures:
            met = bool(figures["met"])
        results.append(
            {
                "name": bench.name,
                "what": bench.what,
                "median_ms": round(median, 2),
                "min_ms": round(min(times), 2),
                "max_ms": round(max(times), 2),
                "target_ms": bench.target_ms,
                "met": met,
                **({"figures": figures} if figures is not None else {}),
            }
        )
    facts = machine()
    print(f"{'benchmark':<24} {'median':>10} {'min':>10} {'max':>10} {'target':>10}  verdict")
    for r in results:
        target = f"≤{r['target_ms']:.0f} ms" if r["target_ms"] else "-"
        verdict = {True: "met", False: "MISSED", None: ""}[r["met"]]
        print(
            f"{r['name']:<24} {r['median_ms']:>7.1f} ms {r['min_ms']:>7.1f} ms {r['max_ms']:>7.1f} ms {target:>10}  {verdict}"
        )
    for r in results:
        if "figures" in r:
            print(f"{r['name']}: " + ", ".join(f"{k}={v}" for k, v in r["figures"].items()))
    print("machine: " + ", ".join(f"{k}={v}" for k, v in facts.items()))
    out = HERE / "results" / f"{datetime.now(UTC):%Y%m%dT%H%M%SZ}.json"
    out.parent.mkdir(exist_ok=True)
    out.write_text(json.dumps({"machine": facts, "results": results}, ensure_ascii=False, indent=2))
    print(f"written: {out.relative_to(HERE.parent)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
