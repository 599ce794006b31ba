"""The Team section's trends at team scale (issue 26): is the UI thread ever stalled while
the lead opens the section, the series are gathered and the charts drawn?

    python bench/generate.py team --out bench/data/team.db
    python bench/trends_bench.py --db bench/data/team.db          # the lead of T01

A heartbeat timer ticks every 5 ms on the GUI thread; a gap between two ticks longer than
that is a stall of the UI thread (nothing else can paint or take a key meanwhile). The
window opens on Today, then the Team section is shown (its first tab is the trends,
gathered on the window's runner) and the bench waits until the charts are drawn, then
shows each other tab of the section and comes back. Prints one JSON line: ``trends_ms``
(Team shown → charts drawn), ``draw_ms`` (series arrived → the last chart drawn: one
chart per turn of the event loop),
``stall_max_ms`` and ``stall_p99_ms`` (of the heartbeat's gaps beyond its 5 ms) over the
Team visit, ``stalls_over_100ms`` (how many), ``stall_max_<phase>_ms`` (the longest while the
section opened, the series were gathered, the charts drawn and painted, the other tabs
shown), ``managers`` and ``rss_mb``. The bench data
sets have managers only; a lead ``L0001`` of the first team is added if missing.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("VIPCRM_ENCRYPTION", "off")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

TICK_MS = 5


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
    phase = {"now": "open"}
    by_phase: dict[str, list[float]] = {}
    clock = QElapsedTimer()
    beat = QTimer()
    beat.setTimerType(beat.timerType().PreciseTimer)

    def tick() -> None:
        gap = max(0.0, clock.nsecsElapsed() / 1e6 - TICK_MS)
        gaps.append(gap)
        by_phase.setdefault(phase["now"], []).append(gap)
        clock.restart()

    beat.timeout.connect(tick)
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
    lead = gui.window.show_section(Section.TEAM)  # builds the section: it opens on the trends
    phase["now"] = "gather"  # the series are read on the runner
    began = time.perf_counter()
    panel = lead.trends
    wait(lambda: panel.drawn)
    drawn_at = time.perf_counter()
    wait(lambda: False, 200)  # the first paint of the charts
    result["trends_ms"] = (drawn_at - began) * 1000
    result["draw_ms"] = (drawn_at - arrived[0]) * 1000 if arrived else -1
    phase["now"] = "tabs"
    for index in range(1, lead.tabs.count()):  # every other tab, then back
        lead.show_tab(index)
        wait(lambda: False, 3_000)
    lead.show_tab(0)
    wait(lambda: False, 500)
    beat.stop()
    ordered = sorted(gaps)
    result["stall_max_ms"] = ordered[-1] if ordered else 0.0
    result["stall_p99_ms"] = ordered[int(len(ordered) * 0.99) - 1] if ordered else 0.0
    result["stalls_over_100ms"] = sum(1 for g in gaps if g > 100)
    for name, values in by_phase.items():
        result[f"stall_max_{name}_ms"] = max(values, default=0.0)
    result["managers"] = len(panel.trends.standard) if panel.trends else 0
    result["rss_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    gui.close()
    print(json.dumps({k: round(v, 1) for k, v in result.items()}))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
