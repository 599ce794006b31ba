"""A million-row re-grading file: the peak memory and time of each step, as a lead runs them.

    python bench/regrading_big.py [--rows 1000000] [--plain]

Makes two GB18030 exports in bench/data (written as they are made): the first month's
(``--rows`` members, all new) and the next month's (the same members, 1 % gone, 2 % a tier
higher or lower, 1 % new). Then runs, each in its own process as ``vipcrm`` on a fresh
database (SQLCipher-encrypted as laptops keep it, unless ``--plain``):

1. import the first month (every member new),
2. preview the next month (``--dry-run``),
3. import it (``--accept-leavers`` with the previewed number),
4. undo it.

For each: wall time and the process's peak resident memory (``ru_maxrss`` of the child),
against the target of 500 MB. Results go to bench/results/<timestamp>-regrading.json.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
os.environ.setdefault("PYTHON_KEYRING_BACKEND", "keyrings.alt.file.PlaintextKeyring")
sys.path.insert(0, str(ROOT))

from bench.generate import grading_file, grading_rows  # noqa: E402

TARGET_MB = 500
HIGHER = {"银卡": "金卡", "金卡": "钻卡", "钻卡": "钻卡"}
LOWER = {"钻卡": "金卡", "金卡": "银卡", "银卡": "银卡"}


def next_month(rows: int, seed: int) -> Iterator[list[str]]:
    """The first month's members again: every 100th gone, every 50th moved, 1 % new."""
    for k, row in enumerate(grading_rows(rows, seed)):
        if k % 100 == 0:
            continue  # left the club
        if k % 50 == 25:
            row = [*row]
            row[2] = HIGHER[row[2]] if k % 100 == 25 else LOWER[row[2]]
        yield row
    for k in range(rows // 100):
        yield [f"199{k:08d}", "新会员", "银卡", "12000", "250.00", "", "", "", ""]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=1_000_000)
    parser.add_argument("--plain", action="store_true", help="an unencrypted database")
    parser.add_argument("--seed", type=int, default=11)
    args = parser.parse_args()
    data = HERE / "data"
    first = data / f"grading-{args.rows}-m1.csv"
    second = data / f"grading-{args.rows}-m2.csv"
    if not first.exists():
        print(f"writing {first.name} ...", file=sys.stderr)
        grading_file(first, args.rows, args.seed)
    if not second.exists():
        print(f"writing {second.name} ...", file=sys.stderr)
        grading_file(second, data=next_month(args.rows, args.seed))
    work = Path(tempfile.mkdtemp(prefix="vipcrm-regrading-"))
    db = ["--db", str(work / "big.db"), "--user", "A1"]
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    if args.plain:
        env["VIPCRM_ENCRYPTION"] = "off"
    subprocess.run(
        [sys.executable, "-m", "vipcrm", "--db", str(work / "big.db"), "manager", "add"]
        + ["--code", "A1", "--name", "admin", "--role", "admin"],
        check=True,
        env=env,
        stdout=subprocess.DEVNULL,
    )
    steps = [
        ("import month 1 (all new)", ["import-grading", str(first), "--month", "2026-11"]),
        (
            "preview month 2",
            ["import-grading", str(second), "--month", "2026-12", "--dry-run", "--json"],
        ),
    ]
    results = []
    for step, command in steps:
        results.append(measure(step, [*db, *command], env))
    leavers = json.loads(results[-1].pop("output"))["counts"]["left"]
    results[-1]["said"] = f"{leavers} would leave"
    more = [
        (
            "import month 2",
            ["import-grading", str(second), "--month", "2026-12", "--accept-leavers", str(leavers)],
        ),
        ("undo month 2", ["import-grading", "--undo", "--month", "2026-12"]),
    ]
    for step, command in more:
        results.append(measure(step, [*db, *command], env))
    for r in results:
        r.pop("output", None)
    print(f"{'step':28} {'time':>9} {'peak RSS':>10}  target  said")
    for r in results:
        verdict = "met" if r["peak_mb"] < TARGET_MB else "MISSED"
        print(
            f"{r['step']:28} {r['seconds']:>8.1f}s {r['peak_mb']:>7.0f} MB  {verdict:6}  {r['said'][:90]}"
        )
    facts = {
        "python": platform.python_version(),
        "platform": platform.platform(),
        "cores": os.cpu_count(),
        "rows": args.rows,
        "encrypted": not args.plain,
        "load_average": os.getloadavg(),
    }
    out = HERE / "results" / f"{datetime.now(UTC):%Y%m%dT%H%M%SZ}-regrading.json"
    out.parent.mkdir(exist_ok=True)
    out.write_text(json.dumps({"machine": facts, "results": results}, ensure_ascii=False, indent=2))
    print(f"written: {out.relative_to(ROOT)}")
    return 0


def measure(step: str, args: list[str], env: dict[str, str]) -> dict:
    """Run one ``vipcrm`` process to its end: wall time and its own peak RSS (wait4)."""
    started = time.perf_counter()
    with tempfile.TemporaryFile() as errors:
        proc = subprocess.Popen(
            [sys.executable, "-m", "vipcrm", *args],
            stdout=subprocess.PIPE,
            stderr=errors,
            env=env,
        )
        out = proc.stdout.read() if proc.stdout else b""
        _pid, status, usage = os.wait4(proc.pid, 0)
        code = os.waitstatus_to_exitcode(status)
        proc.returncode = code
        seconds = time.perf_counter() - started
        if code != 0:
            errors.seek(0)
            raise SystemExit(f"{step}: exit {code}: {errors.read().decode('utf-8', 'replace')}")
    text = out.decode("utf-8", "replace")
    lines = text.strip().splitlines()
    return {
        "step": step,
        "seconds": round(seconds, 1),
        "peak_mb": round(usage.ru_maxrss / 1024, 1),
        "said": lines[-1] if lines else "",
        "output": text,
    }


if __name__ == "__main__":
    raise SystemExit(main())
