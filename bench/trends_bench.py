"""The Team section's trends at team scale (issue 26): is the UI thread ever stalled while
the lead opens the section, the series are gathered and the charts drawn?

    python bench/generate.py team --out bench/data/team.db
    python bench/trends_bench.py --db bench/data/team.db          # the lead of T01

A heartbeat timer ticks every 5 ms on the GUI thread; a gap between two ticks longer than
that is a stall of the UI thread (nothing else can paint or take a key meanwhile). The
window opens on Today, then the Team section is shown (its first tab is the trends,
gathered on the window's runner) and the bench waits until the charts are drawn, then
shows each other tab of the section and comes back (a tab is built and loaded when first
shown, so each is measured then). Prints one JSON line: ``open_ms`` (the click that
shows the section, on the GUI thread), ``trends_ms`` (Team shown → charts drawn), ``draw_ms`` (series arrived → the last chart drawn: one
chart per turn of the event loop),
``stall_max_ms`` and ``stall_p99_ms`` (of the heartbeat's gaps beyond its 5 ms) over the
Team visit, ``stalls_over_100ms`` (how many), ``stall_max_<phase>_ms`` (the longest while the
section opened, the series were gathered, the charts drawn and painted, the other tabs
shown), ``managers`` and ``rss_mb``. The bench data
sets have managers only; a lead ``L0001`` of the first team is added if missing.

The bench caches bytecode whatever ``PYTHONDONTWRITEBYTECODE`` says (a user's installed
app has its modules compiled: compiling them on the first click is not the window's cost;
the first run after a change of the sources pays it once, so run twice).

``--json-stalls`` adds, after the summary line, one JSON line per stall of the heartbeat
longer than ``--stall-ms`` (its phase and when it ended). ``--sample`` also runs a sampler
thread (every ``--sample-ms``) that reads every thread's Python stack and each thread's
``/proc/self/task/*/schedstat`` (CPU time and time waiting for a CPU): per stall it says
how much of it the GUI thread ran (its own work), waited for a CPU (the machine's load)
or neither (blocked: waiting for the interpreter lock), what the other threads ran, the
stacks seen, and the sampler's own longest gap (a thread holding the interpreter lock in
one C call keeps the sampler out too). The sampler costs the GUI thread a little.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import sys
import tempfile
import threading
import time
from collections import Counter
from pathlib import Path
from typing import Any

sys.dont_write_bytecode = False  # cache bytecode, as an installed app has it
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("VIPCRM_ENCRYPTION", "off")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

TICK_MS = 5
HERE = str(Path(__file__).resolve().parents[1])


def where(frame: Any, depth: int = 10) -> str:
    """The innermost ``depth`` frames of a stack, innermost first, as ``file:line fn``."""
    parts = []
    while frame is not None and len(parts) < depth:
        code = frame.f_code
        name = code.co_filename
        name = name[len(HERE) + 1 :] if name.startswith(HERE) else name.rsplit("/", 2)[-1]
        parts.append(f"{name}:{frame.f_lineno} {code.co_name}")
        frame = frame.f_back
    return " < ".join(parts)


def schedstat(tid: str) -> tuple[int, int]:
    """(ns on a CPU, ns runnable waiting for a CPU) of one thread of this process."""
    try:
        with open(f"/proc/self/task/{tid}/schedstat") as f:
            run, wait, _slices = f.read().split()
        return int(run), int(wait)
    except (OSError, ValueError):
        return 0, 0


def machine() -> tuple[int, int, int, int, int]:
    """The whole machine's (busy, idle, stolen) CPU time so far, in ms, and this process's
    (minor, major) page faults."""
    with open("/proc/stat") as f:
        fields = [int(v) for v in f.readline().split()[1:9]]
    with open("/proc/self/stat") as f:
        own = f.read().rsplit(")", 1)[1].split()
    tick = 1000 / os.sysconf("SC_CLK_TCK")
    user, nice, system, idle, iowait, irq, softirq, steal = fields
    busy = user + nice + system + irq + softirq
    faults = int(own[7]), int(own[9])  # minflt, majflt (fields 10 and 12 of stat)
    return round(busy * tick), round((idle + iowait) * tick), round(steal * tick), *faults


class Sampler(threading.Thread):
    """Every thread's stack and every task's schedstat, every ``period`` seconds."""

    def __init__(self, gui_ident: int, period: float) -> None:
        super().__init__(daemon=True, name="bench-sampler")
        self.gui_ident = gui_ident
        self.period = period
        self.stop = threading.Event()
        self.samples: list[
            tuple[float, dict[int, str], dict[str, tuple[int, ...]], tuple[int, ...]]
        ] = []
        self.tid = ""

    def run(self) -> None:
        self.tid = str(threading.get_native_id())
        while not self.stop.is_set():
            now = time.perf_counter()
            stacks = {
                ident: where(frame)
                for ident, frame in sys._current_frames().items()
                if ident != self.ident
            }
            tids = [t for t in os.listdir("/proc/self/task") if t != self.tid]
            self.samples.append((now, stacks, {t: schedstat(t) for t in tids}, machine()))
            time.sleep(self.period)

    def explain(self, start: float, end: float, gui_tid: str) -> dict[str, Any]:
        """What the threads did between ``start`` and ``end`` (perf_counter seconds)."""
        inside = [s for s in self.samples if start <= s[0] <= end]
        before = [s for s in self.samples if s[0] < start][-1:]
        after = [s for s in self.samples if s[0] > end][:1]
        span = before + inside + after
        out: dict[str, Any] = {"samples": len(inside)}
        if len(span) >= 2:
            first, last = span[0], span[-1]
            out["window_ms"] = round((last[0] - first[0]) * 1000, 1)
            gaps = [b[0] - a[0] for a, b in zip(span, span[1:], strict=False)]
            out["sampler_gap_max_ms"] = round(max(gaps) * 1000, 1)
            threads = {}
            for tid, (run, wait) in last[2].items():
                run0, wait0 = first[2].get(tid, (run, wait))
                cpu, queued = (run - run0) / 1e6, (wait - wait0) / 1e6
                if cpu >= 1 or queued >= 1:
                    name = "gui" if tid == gui_tid else tid
                    threads[name] = {"cpu_ms": round(cpu, 1), "runqueue_ms": round(queued, 1)}
            out["threads"] = threads
            busy, idle, steal, minor, major = (
                b - a for a, b in zip(first[3], last[3], strict=True)
            )
            out["machine_ms"] = {"busy": busy, "idle": idle, "steal": steal}  # both CPUs
            out["page_faults"] = {"minor": minor, "major": major}
        gui: Counter[str] = Counter()
        others: Counter[str] = Counter()
        for _t, stacks, _s, _m in inside:
            for ident, text in stacks.items():
                if ident == self.gui_ident:
                    gui[text] += 1
                elif "threading.py" not in text.split(" < ")[0]:  # an idle thread waits
                    others[text] += 1
        out["gui_stacks"] = gui.most_common(3)
        out["other_stacks"] = others.most_common(4)
        return out


def ensure_lead(db_path: Path, code: str) -> None:
    from sqlalchemy import select

    from vipcrm.domain.values import Role
    from vipcrm.store.db import open_database
    from vipcrm.store.models import Manager, Team

    db = open_database(db_path)
    with db.transaction() as s:
        if s.scalar(select(Manager).where(Manager.code == code)) is None:
            team = s.scalars(select(Team).order_by(Team.code)).first()
            assert team is not None, "no team in the data set"
            s.add(Manager(code=code, name="团队长", role=Role.LEAD, team_id=team.id))
    db.dispose()


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--db", required=True, type=Path)
    parser.add_argument("--user", default="L0001")
    parser.add_argument("--json-stalls", action="store_true", help="a JSON line per stall")
    parser.add_argument("--stall-ms", type=float, default=50.0, help="stalls listed from")
    parser.add_argument("--sample", action="store_true", help="sample the threads")
    parser.add_argument("--sample-ms", type=float, default=3.0)
    args = parser.parse_args()
    ensure_lead(args.db, args.user)

    from PySide6.QtCore import QElapsedTimer, QEventLoop, QTimer
    from PySide6.QtWidgets import QApplication

    from vipcrm.app import build_gui
    from vipcrm.store.db import open_database
    from vipcrm.ui.screens.base import Section
    from vipcrm.ui.settings import AppSettings

    _app = QApplication.instance() or QApplication([])  # kept alive to the end
    ini = Path(tempfile.mkdtemp(prefix="vipcrm-bench-trends-")) / "settings.ini"
    db = open_database(args.db)
    gui = build_gui(db, AppSettings.in_file(str(ini)), user=args.user, language="zh_CN")
    if gui is None:
        print(json.dumps({"error": f"unknown user {args.user}"}))
        return 2
    gui.window.resize(1180, 720)
    gui.window.show()

    def wait(condition, timeout_ms: int = 600_000) -> None:
        loop = QEventLoop()
        poll = QTimer()
        poll.timeout.connect(lambda: condition() and loop.quit())
        poll.start(20)
        QTimer.singleShot(timeout_ms, loop.quit)
        loop.exec()
        poll.stop()

    today = gui.screens.today
    wait(lambda: today.model.rowCount() > 0, 60_000)  # Today painted with its list
    wait(lambda: False, 1_500)  # the deferred start-up jobs (schedules, badges) settle

    gaps: list[float] = []
    stalls: list[tuple[float, float, str]] = []  # (ended, gap ms, phase)
    phase = {"now": "open"}
    by_phase: dict[str, list[float]] = {}
    clock = QElapsedTimer()
    beat = QTimer()
    beat.setTimerType(beat.timerType().PreciseTimer)

    def tick() -> None:
        gap = max(0.0, clock.nsecsElapsed() / 1e6 - TICK_MS)
        gaps.append(gap)
        if gap > args.stall_ms:
            stalls.append((time.perf_counter(), gap, phase["now"]))
        by_phase.setdefault(phase["now"], []).append(gap)
        clock.restart()

    beat.timeout.connect(tick)
    sampler = Sampler(threading.get_ident(), args.sample_ms / 1000) if args.sample else None
    if sampler is not None:
        sampler.start()
        wait(lambda: False, 100)
    clock.start()
    beat.start(TICK_MS)

    result: dict[str, float] = {}
    from vipcrm.ui.screens.lead.trends import TrendsPanel

    show = TrendsPanel.show_trends
    arrived: list[float] = []

    def timed_show(self, trends) -> None:  # the series arrive from the runner
        arrived.append(time.perf_counter())
        phase["now"] = "draw"
        show(self, trends)

    TrendsPanel.show_trends = timed_show  # type: ignore[method-assign]
    began = time.perf_counter()
    lead = gui.window.show_section(Section.TEAM)  # builds the section: it opens on the trends
    result["open_ms"] = (time.perf_counter() - began) * 1000
    wait(lambda: False, 1)  # the click's own gap is the open phase's
    phase["now"] = "gather"  # the series are read on the runner
    panel = lead.trends
    wait(lambda: panel.drawn)
    drawn_at = time.perf_counter()
    wait(lambda: False, 200)  # the first paint of the charts
    result["trends_ms"] = (drawn_at - began) * 1000
    result["draw_ms"] = (drawn_at - arrived[0]) * 1000 if arrived else -1
    phase["now"] = "tabs"
    for index in range(1, lead.tabs.count()):  # every other tab (built on first show), back
        phase["now"] = f"tab{index}"
        lead.show_tab(index)
        wait(lambda: False, 3_000)
    phase["now"] = "tabs"
    lead.show_tab(0)
    wait(lambda: False, 500)
    beat.stop()
    ordered = sorted(gaps)
    result["stall_max_ms"] = ordered[-1] if ordered else 0.0
    result["stall_p99_ms"] = ordered[int(len(ordered) * 0.99) - 1] if ordered else 0.0
    result["stalls_over_100ms"] = sum(1 for g in gaps if g > 100)
    tabs = [v for name, values in by_phase.items() if name.startswith("tab") for v in values]
    for name, values in by_phase.items():
        if not name.startswith("tab"):
            result[f"stall_max_{name}_ms"] = max(values, default=0.0)
    result["stall_max_tabs_ms"] = max(tabs, default=0.0)
    result["managers"] = len(panel.trends.standard) if panel.trends else 0
    result["rss_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    result["load_1min"] = os.getloadavg()[0]
    if sampler is not None:
        sampler.stop.set()
        sampler.join()
    gui.close()
    print(json.dumps({k: round(v, 1) for k, v in result.items()}))
    if args.json_stalls:
        gui_tid = str(threading.get_native_id())
        for ended, gap, name in stalls:
            line: dict[str, Any] = {"stall_ms": round(gap, 1), "phase": name}
            line["ended_s"] = round(ended - began, 3)
            if sampler is not None:
                line.update(sampler.explain(ended - (gap + TICK_MS) / 1000, ended, gui_tid))
            print(json.dumps(line, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
