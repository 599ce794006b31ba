"""Which events cost the UI thread's CPU: wraps another GUI benchmark (issue 22 point 5).

    python bench/ui_events.py bench/ui_heartbeat.py --db bench/data/team.db --user L0001
    python bench/ui_events.py bench/section_builds.py --db bench/data/region.db --user A0001

Runs the script named first with its arguments, in a ``QApplication`` whose ``notify``
times every top-level event (not the events sent while one is handled: those are in its
time) in the UI thread's own CPU time. After the script, writes to stderr each event
over ``--over`` ms (10): its CPU, when (ms since the start), its type, the receiver's class,
the section shown last (``MainWindow.show_section``), and for a runner's answer the
callback it delivered. With ``VIPCRM_EVENTS_PROFILE=1`` each such event also gets its
top functions by cumulative time (cProfile on the UI thread: several times slower, so
only for where, not how long). The heartbeat's gaps can hold several events (posted
events are handled together): this says which of them took the time.
"""

from __future__ import annotations

import cProfile
import os
import pstats
import runpy
import sys
import time
from pathlib import Path
from typing import Any

sys.dont_write_bytecode = False  # as an installed app (ui_heartbeat.py)
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("PYTHON_KEYRING_BACKEND", "keyrings.alt.file.PlaintextKeyring")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from PySide6.QtCore import QElapsedTimer, QEvent, QObject  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

import vipcrm.ui.main_window as main_window  # noqa: E402
import vipcrm.ui.runner as runner  # noqa: E402

PROFILE = bool(os.environ.get("VIPCRM_EVENTS_PROFILE"))
OVER_MS = float(os.environ.get("VIPCRM_EVENTS_OVER_MS", "10"))
records: list[tuple[float, float, str, str, str, str, str]] = []
clock = QElapsedTimer()
clock.start()
now = {"section": "start", "delivered": ""}

_deliver = runner._deliver


def deliver(callbacks: Any, kind: str, payload: Any) -> None:
    done = {"done": callbacks.on_done, "progress": callbacks.on_progress}
    fn = done.get(kind, callbacks.on_error)
    now["delivered"] = f"{kind}: {getattr(fn, '__qualname__', repr(fn))}"
    _deliver(callbacks, kind, payload)


runner._deliver = deliver  # before the window's runners connect to it
_show = main_window.MainWindow.show_section


def show_section(self: Any, section: Any, *args: Any, **kwargs: Any) -> Any:
    now["section"] = section.name
    return _show(self, section, *args, **kwargs)


main_window.MainWindow.show_section = show_section  # type: ignore[method-assign]


class TimedApplication(QApplication):
    depth = 0

    def notify(self, receiver: QObject, event: QEvent) -> bool:
        if TimedApplication.depth:
            return super().notify(receiver, event)
        TimedApplication.depth = 1
        now["delivered"] = ""
        profiler = cProfile.Profile(time.thread_time) if PROFILE else None
        began = time.thread_time()
        if profiler is not None:
            profiler.enable()
        try:
            return super().notify(receiver, event)
        finally:
            if profiler is not None:
                profiler.disable()
            TimedApplication.depth = 0
            cpu = (time.thread_time() - began) * 1000
            if cpu > OVER_MS:
                top = ""
                if profiler is not None:
                    stats = pstats.Stats(profiler).stats  # type: ignore[attr-defined]
                    ranked = sorted(stats.items(), key=lambda kv: -kv[1][3])[:10]
                    top = " | ".join(
                        f"{name}@{Path(file).name}:{line} {row[3] * 1000:.1f}"
                        for (file, line, name), row in ranked
                    )
                records.append(
                    (
                        round(cpu, 1),
                        round(clock.nsecsElapsed() / 1e6),
                        event.type().name,
                        type(receiver).__name__,
                        now["section"],
                        now["delivered"],
                        top,
                    )
                )


def report() -> None:
    print(f"events over {OVER_MS:g} ms of the UI thread's CPU:", file=sys.stderr)
    for cpu, at, kind, receiver, section, delivered, top in records:
        print(
            f"{cpu:7.1f} ms at {at:6d} ms {kind} {receiver} [{section}] {delivered}",
            file=sys.stderr,
        )
        if top:
            print(f"        {top}", file=sys.stderr)
    sys.stderr.flush()


def main() -> None:
    app = TimedApplication([])  # the benchmark finds it (QApplication.instance())
    exit_now = os._exit

    def exit_after_report(code: int) -> None:  # the benchmarks end with os._exit
        report()
        exit_now(code)

    os._exit = exit_after_report  # type: ignore[assignment]
    script, *sys.argv[1:] = sys.argv[1:]
    sys.argv[0] = script
    try:
        runpy.run_path(script, run_name="__main__")
    finally:
        report()
        del app


if __name__ == "__main__":
    main()
