"""Each section's first build on the UI thread (issue 22 point 5), one section at a time.

    python bench/section_builds.py --db bench/data/region.db --user A0001 [--profile 25]
    python bench/section_builds.py --db bench/data/team.db --user L0001

Opens the real main window (offscreen, as ``bench/ui_heartbeat.py`` does), waits for Today,
then shows every other section once, each after the workers are idle. Per section it
prints the UI thread's CPU time in the call that shows it (``build_ms``: building the
screen and asking for its data), and from then until the workers are idle and 300 ms
more (its data arrived, laid out and painted), the longest gap between two beats of a 10 ms heartbeat
(``longest_gap_ms``) with the UI thread's own CPU in that gap (``gap_cpu_ms``). With
``--profile N`` the top N functions (cumulative) of each build, and by own time of what
follows, go to stderr. One JSON line a section on stdout.
"""

from __future__ import annotations

import sys

sys.dont_write_bytecode = False  # as an installed app: compiled bytecode (ui_heartbeat.py)

import argparse  # noqa: E402
import compileall  # noqa: E402
import json  # noqa: E402
import os  # noqa: E402
import tempfile  # noqa: E402
import time  # noqa: E402
from pathlib import Path  # noqa: E402

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("PYTHON_KEYRING_BACKEND", "keyrings.alt.file.PlaintextKeyring")
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--db", required=True, type=Path)
    parser.add_argument("--user", required=True)
    parser.add_argument("--profile", type=int, default=0, metavar="N")
    args = parser.parse_args()
    compileall.compile_dir(ROOT / "vipcrm", quiet=1, workers=1)

    from PySide6.QtCore import QElapsedTimer, QEventLoop, Qt, QTimer
    from PySide6.QtWidgets import QApplication

    from bench.ui_heartbeat import ensure_lead
    from vipcrm.app import build_gui, tune_interpreter
    from vipcrm.ui.screens.base import Section
    from vipcrm.ui.settings import AppSettings

    app = QApplication.instance() or QApplication([])  # noqa: F841 (kept alive)
    settings = AppSettings.in_file(
        str(Path(tempfile.mkdtemp(prefix="vipcrm-bench-build-")) / "settings.ini")
    )
    if args.user.startswith("A"):
        from bench.gui_bench import ensure_admin

        ensure_admin(args.db, args.user)
    elif args.user.startswith("L"):
        ensure_lead(args.db, args.user)
    from vipcrm.store.db import open_database

    gui = build_gui(open_database(args.db), settings, user=args.user, language="zh_CN")
    assert gui is not None
    tune_interpreter()  # as vipcrm.app.run_gui does
    window = gui.window
    window.show()

    def wait(ms: int) -> None:
        loop = QEventLoop()
        QTimer.singleShot(ms, loop.quit)
        loop.exec()

    def settle() -> None:
        while gui.runner.running or getattr(gui.model, "pending", False):
            wait(20)
        wait(300)

    clock = QElapsedTimer()
    clock.start()
    beats: list[tuple[float, float]] = []  # (time ms, UI thread CPU s)

    def beat() -> None:
        beats.append((clock.nsecsElapsed() / 1e6, time.thread_time()))

    heart = QTimer()
    heart.setTimerType(Qt.TimerType.PreciseTimer)
    heart.setInterval(10)
    heart.timeout.connect(beat)
    heart.start()
    wait(1500)
    settle()
    for section in Section:
        if section is Section.TODAY or not window.has_section(section):
            continue
        import cProfile
        import pstats

        profiler = cProfile.Profile() if args.profile else None
        beats.clear()
        beat()
        load = os.getloadavg()[0]
        cpu = time.thread_time()
        if profiler:
            profiler.enable()
        window.show_section(section)
        build_ms = (time.thread_time() - cpu) * 1000
        if profiler:
            profiler.disable()
            print(f"=== build {section.name}", file=sys.stderr)
            pstats.Stats(profiler, stream=sys.stderr).sort_stats("cumulative").print_stats(
                args.profile
            )
            profiler = cProfile.Profile()
            profiler.enable()
        wait(300)
        settle()  # its data arrived, shown and painted
        if profiler:
            profiler.disable()
            print(f"=== after building {section.name}, until its data is shown", file=sys.stderr)
            pstats.Stats(profiler, stream=sys.stderr).sort_stats("tottime").print_stats(
                args.profile
            )
        gaps = [(b[0] - a[0], (b[1] - a[1]) * 1000) for a, b in zip(beats, beats[1:], strict=False)]
        longest, gap_cpu = max(gaps, default=(0.0, 0.0))
        print(
            json.dumps(
                {
                    "section": section.name,
                    "build_ms": round(build_ms, 1),
                    "longest_gap_ms": round(longest, 1),
                    "gap_cpu_ms": round(gap_cpu, 1),
                    "gaps_over_100ms": sum(1 for g, _ in gaps if g > 100),
                    "load": round(load, 2),
                }
            ),
            flush=True,
        )
        settle()
    gui.close()
    os._exit(0)


if __name__ == "__main__":
    main()
