"""The UI thread's heartbeat through a tour of the window (issue 22 points 5 and 6).

    python bench/ui_heartbeat.py --db bench/data/region.db --user A0001   # admin, 100,000
    python bench/ui_heartbeat.py --db bench/data/team.db --user L0001     # a team's lead

Opens the real main window (offscreen) and runs a heartbeat on the UI thread: a
``QTimer`` every 10 ms records when it fires. A gap between two beats longer than the
interval is time the UI thread could not answer (a stall). Meanwhile a driver, itself on
the UI thread as a user's clicks are, tours the window: open Members, sort two columns,
type search texts key by key (a key every 300 ms, so each key's search runs: the list
waits 200 ms after the last key), clear the search, scroll the list to the end, open
every section, open a member, and wait. Each step waits until the background worker is
idle and 300 ms more before the next.

Prints one JSON line: ``longest_ms`` (the longest gap), ``longest_action`` (the step under
way when it ended), ``p99_ms`` (99th percentile of the gaps), ``stalls`` (gaps over
100 ms, per step), ``rss_max_mb`` (peak: ``VmHWM``) and ``rss_now_mb`` (current, after the
tour), ``tour_s``; to say where a stall's time went: ``stalled_in_collector_ms`` (the
garbage collector's passes, on any thread: a pass holds the interpreter lock),
``stalled_ui_thread_cpu_ms`` (the UI thread's own CPU time in the stalls; the rest is
waiting for the lock or for a core), the collector's longest passes with their thread,
and ``rss_after_step_mb``. ``--json-stalls`` lists every gap over 50 ms with its step, the UI thread's CPU in it and
its time waiting for a core (the rest: asleep, mostly waiting for the interpreter lock).
"""

from __future__ import annotations

import argparse
import faulthandler
import gc
import json
import os
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from pathlib import Path

# A user's installed app runs compiled bytecode: without this, PYTHONDONTWRITEBYTECODE=1 in
# the environment (as on the bench machine) made each first import compile its source,
# inflating each section's first build by up to ~90 ms. The package is compiled before the
# window opens (a no-op once it is), so even the first run after a change measures that.
sys.dont_write_bytecode = False
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("PYTHON_KEYRING_BACKEND", "keyrings.alt.file.PlaintextKeyring")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.procstat import peak_rss_mb  # noqa: E402

BEAT_MS = 10
KEY_MS = 300  # between keys: longer than the search's 200 ms wait, so each key searches
SETTLE_MS = 300
STALL_MS = 100


def ensure_lead(db_path: Path, code: str, team_code: str = "T01") -> None:
    """Bench data sets have managers only: ``code`` becomes the lead of ``team_code``."""
    from vipcrm.domain.values import Role
    from vipcrm.store.db import open_database
    from vipcrm.store.models import Manager, Team

    db = open_database(db_path)
    with db.transaction() as s:
        team = s.query(Team).filter(Team.code == team_code).one()
        lead = s.query(Manager).filter(Manager.code == code).first()
        if lead is None:
            lead = Manager(code=code, name="组长", role=Role.LEAD, team_id=team.id)
            s.add(lead)
            s.flush()
        team.lead_id = lead.id
    db.dispose()


def rss_now_mb() -> float:
    pages = int(Path("/proc/self/statm").read_text().split()[1])
    return pages * os.sysconf("SC_PAGE_SIZE") / 2**20


def run_delay_ms() -> float:
    """The calling thread's time so far waiting on a run queue for a core (Linux
    ``schedstat``'s second field), in ms; 0 where there is none."""
    try:
        with open("/proc/thread-self/schedstat") as f:
            return int(f.read().split()[1]) / 1e6
    except (OSError, IndexError, ValueError):
        return 0.0


def percentile(values: list[float], p: float) -> float:
    if not values:
        return 0.0
    ordered = sorted(values)
    k = min(len(ordered) - 1, max(0, round(p / 100 * (len(ordered) - 1))))
    return ordered[k]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--db", required=True, type=Path)
    parser.add_argument("--user", required=True)
    parser.add_argument("--texts", nargs="*", default=["zhang", "138", "w", "张伟"])
    parser.add_argument("--json-stalls", action="store_true", help="every gap over 50 ms")
    parser.add_argument(
        "--profile", metavar="STEP", help="profile the UI thread in the steps named so (stderr)"
    )
    args = parser.parse_args()
    faulthandler.dump_traceback_later(400, exit=True)  # a hung benchmark says where
    import compileall

    compileall.compile_dir(Path(__file__).resolve().parents[1] / "vipcrm", quiet=1, workers=1)

    from PySide6.QtCore import QElapsedTimer, Qt, QTimer
    from PySide6.QtWidgets import QApplication

    from vipcrm.app import build_gui
    from vipcrm.store.db import open_database
    from vipcrm.ui.members_model import Column
    from vipcrm.ui.screens.base import Section
    from vipcrm.ui.settings import AppSettings

    app = QApplication.instance() or QApplication([])
    ini = Path(tempfile.mkdtemp(prefix="vipcrm-bench-beat-")) / "settings.ini"
    settings = AppSettings.in_file(str(ini))  # fresh settings: the window opens on Today
    if args.user.startswith("A"):  # bench data sets have managers only
        from bench.gui_bench import ensure_admin

        ensure_admin(args.db, args.user)
    elif args.user.startswith("L"):
        ensure_lead(args.db, args.user)
    db = open_database(args.db)
    gui = build_gui(db, settings, user=args.user, language="zh_CN")
    if gui is None:
        print(json.dumps({"error": f"unknown user {args.user}"}))
        sys.exit(2)
    try:  # as vipcrm.app.run_gui does (newer code; older: only the collector, or nothing)
        from vipcrm.app import tune_interpreter
    except ImportError:
        try:
            from vipcrm.app import tune_collector
        except ImportError:
            pass
        else:
            tune_collector()
    else:
        tune_interpreter()

    clock = QElapsedTimer()
    clock.start()
    state = {"action": "start", "last": 0.0}
    gaps: list[tuple[float, str, float]] = []  # (gap, step, when it ended)

    cpu = {"last": time.thread_time(), "queued": run_delay_ms()}
    busy: list[float] = []  # the UI thread's own CPU time in each gap (ms)
    queued: list[float] = []  # the UI thread's time waiting for a core in each gap (ms)

    def beat() -> None:
        now = clock.nsecsElapsed() / 1e6
        used = time.thread_time()
        waited = run_delay_ms()
        gaps.append((now - state["last"], state["action"], now))
        busy.append((used - cpu["last"]) * 1000)
        queued.append(waited - cpu["queued"])
        state["last"] = now
        cpu["last"] = used
        cpu["queued"] = waited

    # The collector's passes, with the thread that ran them: a pass on a worker holds the
    # GIL, so the UI thread waits for it too.
    collections: list[tuple[float, float, int, str]] = []  # (start, end, generation, thread)
    collecting = {"t": 0.0}

    def collector(phase: str, info: dict[str, int]) -> None:
        now = clock.nsecsElapsed() / 1e6
        if phase == "start":
            collecting["t"] = now
        else:
            thread = "ui" if threading.current_thread() is threading.main_thread() else "worker"
            collections.append((collecting["t"], now, info["generation"], thread))

    gc.callbacks.append(collector)

    heart = QTimer()
    heart.setTimerType(Qt.TimerType.PreciseTimer)
    heart.setInterval(BEAT_MS)
    heart.timeout.connect(beat)

    window = gui.window
    steps: list[tuple[str, Callable[[], None], int]] = []  # (action, do, wait after in ms)

    def members_screen():  # type: ignore[no-untyped-def]
        return gui.screens.members

    def step(action: str, wait_ms: int = SETTLE_MS) -> Callable[[Callable[[], None]], None]:
        def add(fn: Callable[[], None]) -> None:
            steps.append((action, fn, wait_ms))

        return add

    step("open Members")(lambda: window.show_section(Section.MEMBERS))

    def sort(column: int, order: Qt.SortOrder) -> Callable[[], None]:
        return lambda: members_screen().list_page.table.sortByColumn(column, order)

    step("sort by name")(sort(Column.NAME, Qt.SortOrder.AscendingOrder))
    step("sort by mobile, descending")(sort(Column.PHONE, Qt.SortOrder.DescendingOrder))
    step("sort by tier")(sort(Column.TIER, Qt.SortOrder.AscendingOrder))
    for text in args.texts:
        for i, char in enumerate(text):
            typed = text[: i + 1]

            def key(char: str = char) -> None:
                box = members_screen().list_page.search_box
                box.setFocus()
                box.insert(char)  # as a key press types it (textChanged, the wait)

            step(f"type {typed!r}", KEY_MS)(key)
        step(f"clear the search after {text!r}")(
            lambda: members_screen().list_page.search_box.clear()
        )

    def scroll_to(fraction: float) -> Callable[[], None]:
        def do() -> None:
            bar = members_screen().list_page.table.verticalScrollBar()
            bar.setValue(int(bar.maximum() * fraction))

        return do

    for n in range(1, 11):
        step("scroll the list", 50)(scroll_to(n / 10))
    step("scroll the list")(scroll_to(0))
    sections = [s for s in Section if s is not Section.MEMBERS]
    for section in sections:
        if section is Section.TEAM and not gui.backends.is_lead:
            continue
        step(f"open {section.name.title()}", 1000)(lambda s=section: window.show_section(s))
    step("back to Members")(lambda: window.show_section(Section.MEMBERS))

    def open_member() -> None:
        page = members_screen().list_page
        page.open_requested.emit(page._model.member_id(0))

    step("open a member", 1000)(open_member)
    step("back to the list")(lambda: members_screen().close_page())
    step("idle", 3000)(lambda: None)

    profiler = None
    if args.profile:
        import cProfile

        profiler = cProfile.Profile()
    runner = gui.runner
    rss_at: dict[str, int] = {}
    position = {"i": 0}
    began = {"t": 0.0}

    def next_step() -> None:
        if runner.running or getattr(gui.model, "pending", False):  # the step is not over
            QTimer.singleShot(20, next_step)
            return
        i = position["i"]
        if i == len(steps):
            app.quit()
            return
        action, do, wait = steps[i]
        position["i"] += 1
        if profiler is not None:
            if args.profile and action.startswith(args.profile):
                profiler.enable()
            else:
                profiler.disable()
        if not action.startswith(("type", "scroll")):
            rss_at.setdefault(state["action"], round(rss_now_mb()))  # after the step before
        state["action"] = action
        do()
        QTimer.singleShot(wait, next_step)

    today = gui.screens.today

    def start_tour() -> None:
        began["t"] = time.perf_counter()
        QTimer.singleShot(SETTLE_MS, next_step)

    loaded = getattr(today, "loaded", None)
    if loaded is not None:
        loaded.connect(lambda: QTimer.singleShot(0, start_tour) if not began["t"] else None)
    else:
        QTimer.singleShot(1000, start_tour)
    state["action"] = "start: Today"
    state["last"] = clock.nsecsElapsed() / 1e6
    heart.start()
    window.show()
    app.exec()
    heart.stop()
    tour_s = time.perf_counter() - began["t"]

    gc.callbacks.remove(collector)
    ui_busy = 0.0  # of the stalls' time, how much the UI thread spent running
    for (g, a, _t), b in zip(gaps, busy, strict=True):
        if g > STALL_MS and not a.startswith("start"):
            ui_busy += b
    tour = [(g, a, t) for g, a, t in gaps if not a.startswith("start")]
    values = [g for g, _, _ in tour]
    longest, longest_action, _ = max(tour, default=(0.0, "", 0.0))
    stalls: dict[str, list[float]] = {}
    in_collector = 0.0  # of the stalls' time, how much the collector's passes took
    stalled = 0.0
    for g, a, t in tour:
        if g > STALL_MS:
            stalls.setdefault(a, []).append(round(g, 1))
            stalled += g
            for start, end, _gen, _thread in collections:
                in_collector += max(0.0, min(end, t) - max(start, t - g))
    passes = [(end - start, gen, thread) for start, end, gen, thread in collections]
    result: dict[str, object] = {
        "longest_ms": round(longest, 1),
        "longest_action": longest_action,
        "p99_ms": round(percentile(values, 99), 1),
        "beats": len(values),
        "stalls_over_100ms": stalls,
        "stalled_ms": round(stalled),
        "stalled_in_collector_ms": round(in_collector),
        "stalled_ui_thread_cpu_ms": round(ui_busy),
        "collector_passes_over_50ms": sorted(
            ((round(d), gen, th) for d, gen, th in passes if d > 50), reverse=True
        )[:20],
        "start_longest_ms": round(
            max((g for g, a, _ in gaps if a.startswith("start")), default=0), 1
        ),
        "rss_max_mb": round(peak_rss_mb(), 1),
        "rss_now_mb": round(rss_now_mb(), 1),
        "tour_s": round(tour_s, 1),
        "rss_after_step_mb": rss_at,
    }
    if args.json_stalls:
        # (gap, step, the UI thread's own CPU in it, its wait for a core in it), ms; the
        # rest of a gap is the UI thread asleep: waiting for the interpreter lock, or idle
        # until the beat's timer (up to its 10 ms)
        result["gaps_over_50ms"] = [
            (round(g, 1), a, round(b, 1), round(q, 1))
            for (g, a, _t), b, q in zip(gaps, busy, queued, strict=True)
            if g > 50 and not a.startswith("start")
        ]
    if profiler is not None:
        import pstats

        profiler.disable()
        pstats.Stats(profiler, stream=sys.stderr).sort_stats("cumulative").print_stats(30)
    gui.close()
    print(json.dumps(result, ensure_ascii=False), flush=True)
    os._exit(0)  # no interpreter teardown: the collector finalising Qt objects can abort


if __name__ == "__main__":
    main()
