"""bench/run.py's summary, as ./dev bench prints it: every figure with its floor and ratio.

On the small ``book`` scale (made on first use in a temporary folder): the benchmark with a
floor shows the floor and the product/floor ratio in its line and again in the closing
ratios, the one without says so, and the machine and the load close the summary. No
timings are asserted (speed is the harness's business, not the tests').
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_summary_lists_floor_ratio_machine_and_load(tmp_path: Path) -> None:
    out = tmp_path / "results.json"
    env = {**os.environ, "VIPCRM_BENCH_DATA": str(tmp_path / "data")}
    done = subprocess.run(
        [
            sys.executable,
            str(ROOT / "bench" / "run.py"),
            "--only",
            "due_book",
            "member_search_book",
            "--repeat",
            "1",
            "--out",
            str(out),
        ],  # fmt: skip
        env=env,
        capture_output=True,
        text=True,
        timeout=900,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    assert (tmp_path / "data" / "book.db").exists()  # generated on first use
    saved = json.loads(out.read_text())
    due = next(r for r in saved["results"] if r["name"] == "due_book")
    search = next(r for r in saved["results"] if r["name"] == "member_search_book")
    assert due["floor_median_ms"] > 0 and due["ratio"] > 0
    assert "ratio" not in search  # no floor: no ratio made up

    summary = done.stdout.split("\n\n", 1)[1]  # after the lines printed as each one ends
    due_line = next(line for line in summary.splitlines() if line.startswith("due_book "))
    assert f"{due['floor_median_ms']:.1f} ms" in due_line
    assert f"{due['ratio']:.2f}×" in due_line
    ratios = summary[summary.index("product / floor") :]
    assert any(
        line.split()[:2] == ["due_book", f"{due['ratio']:.2f}×"] for line in ratios.splitlines()
    )
    assert "no floor (judged on their targets): member_search_book" in ratios
    assert "machine: python=" in ratios and "cores=" in ratios
    assert "load (1, 5, 15 min): [" in ratios
    assert saved["load"]["start"] and saved["load"]["end"]
    assert f"written: {out}" in done.stdout
