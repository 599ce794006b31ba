"""The sections' modules are imported ahead of their first click while the window is idle
(one a turn, never while a background job runs); no section is built nor read ahead."""

from __future__ import annotations

import sys

from vipcrm.ui.import_ahead import LEAD_MODULES, SECTION_MODULES, ImportAhead
from vipcrm.ui.screens.base import Section


def test_modules_are_imported_one_a_turn_and_only_while_no_job_runs(qtbot, tmp_path, monkeypatch):
    for name in ("ahead_one", "ahead_two"):
        (tmp_path / f"{name}.py").write_text("LOADED = True\n")
    monkeypatch.syspath_prepend(str(tmp_path))
    busy = {"job": True}
    ahead = ImportAhead(["ahead_one", "ahead_two"], lambda: busy["job"], start_ms=0)
    qtbot.wait(250)  # a job runs: nothing imported meanwhile
    assert "ahead_one" not in sys.modules and ahead.left == ["ahead_one", "ahead_two"]
    busy["job"] = False
    qtbot.waitUntil(lambda: "ahead_one" in sys.modules)
    assert ahead.left == ["ahead_two"]  # one a turn
    qtbot.waitUntil(lambda: not ahead.left)
    assert sys.modules["ahead_two"].LOADED
    for name in ("ahead_one", "ahead_two"):
        monkeypatch.delitem(sys.modules, name)


def test_a_module_that_will_not_import_is_left_to_its_click(qtbot, caplog):
    ahead = ImportAhead(["vipcrm.ui.no_such_section", "json"], lambda: False, start_ms=0)
    qtbot.waitUntil(lambda: not ahead.left)
    assert "vipcrm.ui.no_such_section" in caplog.text


def test_the_window_imports_its_sections_ahead_and_builds_none_of_them(make_gui, qtbot):
    gui = make_gui("L001")
    ahead = gui.import_ahead
    assert ahead is not None and ahead.left == [*SECTION_MODULES, *LEAD_MODULES]
    qtbot.waitUntil(lambda: not ahead.left, timeout=10_000)
    screens = gui.window.screens
    assert [screens.is_built(s) for s in list(Section)[1:]] == [False] * 6  # nothing shown
    screen = gui.window.show_section(Section.CARDS)  # and each still opens on its click
    assert screen.isVisible() and screens.is_built(Section.CARDS)


def test_a_manager_imports_no_team_section(make_gui):
    gui = make_gui("M001")
    assert gui.import_ahead is not None and gui.import_ahead.left == list(SECTION_MODULES)


def test_a_module_that_fails_on_import_does_not_stop_the_others(qtbot, tmp_path, monkeypatch):
    (tmp_path / "ahead_broken.py").write_text("raise RuntimeError('half installed')\n")
    (tmp_path / "ahead_after.py").write_text("LOADED = True\n")
    monkeypatch.syspath_prepend(str(tmp_path))
    ahead = ImportAhead(["ahead_broken", "ahead_after"], lambda: False, start_ms=0)
    qtbot.waitUntil(lambda: not ahead.left)
    qtbot.waitUntil(lambda: "ahead_after" in sys.modules)
    assert sys.modules["ahead_after"].LOADED
    monkeypatch.delitem(sys.modules, "ahead_after")
