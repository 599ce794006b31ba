"""The main window as the app builds it: sections, shortcuts, status bar, state kept."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from vipcrm import app as app_module
from vipcrm.services.demo import DemoOptions
from vipcrm.store.db import open_database
from vipcrm.ui.demo_flow import load_demo, offer_demo
from vipcrm.ui.runner import SyncRunner
from vipcrm.ui.screens.base import Section
from vipcrm.ui.settings import AppSettings


def test_rail_has_six_sections_and_ctrl_digits_switch(make_gui, qtbot, job_errors):
    gui = make_gui()
    window = gui.window
    assert [window.rail.item(r).text() for r in range(window.rail.count())] == [
        "Today",
        "Members",
        "Cards",
        "Gifts",
        "Plans",
        "Work log",
    ]
    assert window.current_section() is Section.TODAY  # the default first section
    assert window.sections == list(Section)[:6]  # a manager has no team section
    for section in window.sections:
        qtbot.keyClick(window, Qt.Key(Qt.Key.Key_1 + section), Qt.KeyboardModifier.ControlModifier)
        assert window.current_section() is section
        assert window.stack.currentWidget() is window.screens[section]
    assert job_errors == []


def test_status_bar_shows_user_database_and_sync_state(make_gui, team_db):
    window = make_gui("L001").window
    assert "陈静" in window.user_label.text() and "L001" in window.user_label.text()
    assert "team lead" in window.user_label.text()
    assert team_db.display_name in window.database_label.text()
    assert "not synchronised" in window.sync_label.text()


def test_ctrl_f_goes_to_the_member_search(make_gui, qtbot):
    gui = make_gui()
    qtbot.keyClick(gui.window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert gui.window.current_section() is Section.MEMBERS
    assert gui.screens.members.list_page.search_box.hasFocus()


def test_section_and_geometry_are_kept_between_runs(make_gui, qtbot, settings):
    gui = make_gui()
    gui.window.show_section(Section.GIFTS)
    gui.window.resize(850, 450)
    qtbot.waitUntil(lambda: gui.window.height() == 450)
    gui.window.close()
    assert settings.last_section == Section.GIFTS
    assert settings.main_window_geometry
    again = make_gui()
    assert again.window.current_section() is Section.GIFTS
    assert again.window.height() == 450  # (the offscreen screen is too narrow to test width)


def test_first_run_loads_demo_data_through_the_runner(qtbot, tmp_path, settings):
    db = open_database(tmp_path / "empty.db")
    try:
        gui = app_module.build_gui(db, settings, runner=SyncRunner(), language="en")
        assert gui is not None and gui.first_run
        qtbot.addWidget(gui.window)
        assert gui.model.rowCount() == 0
        assert not offer_demo(gui.window, db, gui.runner, gui.demo_loaded, ask=lambda _: False)
        seen = []
        dialog = load_demo(
            gui.window,
            db,
            gui.runner,
            lambda summary: (seen.append(summary), gui.demo_loaded(summary)),
            DemoOptions(managers=3, members=40, seed=7),
        )
        assert seen and seen[0].members == 40
        assert dialog.maximum() == 40 and not dialog.isVisible()
        assert gui.actor.code == seen[0].default_user  # the demo's team lead now acts
        assert gui.backends.today.actor.code == seen[0].default_user
        assert gui.model.rowCount() == 40
        assert seen[0].default_user in gui.window.user_label.text()
        gui.schedule.stop()
        gui.digest.stop()
    finally:
        db.dispose()


def test_demo_refused_on_a_database_with_members_shows_the_error(team_db, message_boxes):
    load_demo(None, team_db, SyncRunner(), lambda s: pytest.fail("loaded"))
    assert message_boxes and "empty database" in message_boxes[0][1]


def test_unknown_user_is_refused_with_a_message(team_db, settings, message_boxes):
    assert app_module.build_gui(team_db, settings, user="X999") is None
    assert "X999" in message_boxes[0][1]


def test_run_gui_explains_a_database_it_cannot_open(tmp_path, monkeypatch, qapp):
    shown = []
    monkeypatch.setattr(QMessageBox, "critical", lambda *a: shown.append(a[2]))
    folder = tmp_path / "a-folder"
    folder.mkdir()
    assert app_module.run_gui(str(folder), lang="en") == 2
    assert "folder" in shown[0]
    assert AppSettings.for_user().version == AppSettings.VERSION


def test_help_about_shows_version_licence_and_the_data_and_log_folders(
    make_gui, team_db, monkeypatch, tmp_path
):
    import importlib.metadata

    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from vipcrm.ui.about import AboutBox

    monkeypatch.setenv("VIPCRM_LOG_DIR", str(tmp_path / "logs here"))
    window = make_gui().window
    help_menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "&Help")
    assert window.about_action in help_menu.actions()
    seen = {}

    def look():
        box = QApplication.activeModalWidget()
        assert isinstance(box, AboutBox)
        seen.update(title=box.windowTitle(), text=box.text(), folders=box.data_folder)
        box.close()

    QTimer.singleShot(0, look)
    window.about_action.trigger()
    text = seen["text"]
    assert seen["title"] == "About vipcrm"
    assert importlib.metadata.version("vipcrm") in text
    assert importlib.metadata.metadata("vipcrm")["License-Expression"] in text
    assert str(seen["folders"]) in text  # the data folder
    assert str(tmp_path / "logs here") in text and team_db.display_name in text
    assert 'href="file://' in text  # each folder opens in the file manager
