"""GUI benchmarks in a fresh process: cold start to a painted Today, a search keystroke to an
updated member list, and resident memory.

    python bench/gui_bench.py --db bench/data/book.db --user M0001
    python bench/gui_bench.py --db bench/data/region.db --user A0001   # admin: all 100,000

Prints one JSON line: ``start_ms`` (from ``--launched``, the caller's clock when it started
this process, or else from this process's first line, to Today painted with its
list loaded — for an administrator the region summary's list of teams, whose counts then
fill in a team at a time; bench/run.py times this figure, not the whole process),
``summary_ms`` (administrators: from the same start until every team is counted and shown),
``search_ms`` (median of keystrokes typed into the member search until the list shows the
result), ``rss_mb`` (peak resident memory). Run by bench/run.py; Qt runs offscreen.
"""

from __future__ import annotations

import time

STARTED = time.perf_counter()

import argparse  # noqa: E402
import faulthandler  # noqa: E402
import json  # noqa: E402
import os  # noqa: E402
import statistics  # noqa: E402
import sys  # noqa: E402
import tempfile  # noqa: E402
from pathlib import Path  # noqa: E402

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("VIPCRM_ENCRYPTION", "off")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.procstat import peak_rss_mb  # noqa: E402


def ensure_admin(db_path: Path, code: str) -> None:
    """Bench data sets have managers only; an admin sees the whole region."""
    from vipcrm.domain.values import Role
    from vipcrm.store.db import open_database
    from vipcrm.store.models import Manager

    db = open_database(db_path)
    with db.transaction() as s:
        if not s.query(Manager).filter(Manager.code == code).first():
            s.add(Manager(code=code, name="管理员", role=Role.ADMIN))
    db.dispose()


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--db", required=True, type=Path)
    parser.add_argument("--user", required=True)
    parser.add_argument(
        "--launched", type=float, help="time.time() when the caller started this process"
    )
    parser.add_argument("--searches", nargs="*", default=["z", "zh", "zhang", "张", "138", "1380"])
    args = parser.parse_args()
    faulthandler.dump_traceback_later(120, exit=True)  # a hung benchmark says where

    from PySide6.QtCore import QEventLoop, QTimer
    from PySide6.QtWidgets import QApplication

    from vipcrm.app import build_gui
    from vipcrm.store.db import open_database
    from vipcrm.ui.screens.base import Section
    from vipcrm.ui.settings import AppSettings

    app = QApplication.instance() or QApplication([])
    ini = Path(tempfile.mkdtemp(prefix="vipcrm-bench-gui-")) / "settings.ini"
    settings = AppSettings.in_file(str(ini))  # fresh settings: the window opens on Today
    db = open_database(args.db)
    gui = build_gui(db, settings, user=args.user, language="zh_CN")
    if gui is None:
        print(json.dumps({"error": f"unknown user {args.user}"}))
        return 2
    result: dict[str, float] = {}
    today = gui.screens.today

    def painted(key: str, done: bool) -> None:
        gui.window.grab()  # forces a full paint
        if args.launched:  # from the caller's launch: the interpreter's own start included
            result[key] = (time.time() - args.launched) * 1000
        else:
            result[key] = (time.perf_counter() - STARTED) * 1000
        if done:
            app.quit()

    region = getattr(today, "region", False)  # an administrator's summary (newer code)
    loaded = getattr(today, "loaded", today.model.modelReset)  # (older code: the tree's reset)
    loaded.connect(lambda: QTimer.singleShot(0, lambda: painted("start_ms", not region)))
    if region:
        today.summary_done.connect(
            lambda: QTimer.singleShot(0, lambda: painted("summary_ms", True))
        )
    gui.window.show()
    app.exec()

    page = gui.screens.members.list_page
    gui.window.show_section(Section.MEMBERS)
    model = gui.model
    timings = []
    for text in args.searches:
        done = {"reset": False}
        loop = QEventLoop()

        def reset(done: dict = done, loop: QEventLoop = loop) -> None:
            done["reset"] = True
            loop.quit()

        model.modelReset.connect(reset)
        page.search_box.setText(text)  # as typed (the debounce timer starts) ...
        began = time.perf_counter()
        page._apply_search()  # ... and fires now: measured is the query, the model and the paint
        if not done["reset"]:  # a model that loads in the background: wait for it
            QTimer.singleShot(10_000, loop.quit)
            loop.exec()
        model.modelReset.disconnect(reset)
        model.data(model.index(0, 0))
        gui.window.grab()
        timings.append((time.perf_counter() - began) * 1000)
    result["search_ms"] = statistics.median(timings)
    result["rss_mb"] = peak_rss_mb()
    gui.close()
    print(json.dumps(result))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
