"""GUI smoke tests: the main window on a temp database, driven like a user would."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from tests.ui.conftest import actor_for
from vipcrm import app as app_module
from vipcrm.domain.values import Tier
from vipcrm.services.demo import DemoOptions
from vipcrm.store.db import open_database
from vipcrm.ui.demo_flow import load_demo, offer_demo
from vipcrm.ui.main_window import SEARCH_DELAY_MS, MainWindow
from vipcrm.ui.member_source import MemberSource
from vipcrm.ui.members_model import Column, MembersModel
from vipcrm.ui.runner import SyncRunner
from vipcrm.ui.settings import AppSettings


def names(model: MembersModel) -> list[str]:
    return [
        model.data(model.index(r, Column.NAME), Qt.ItemDataRole.DisplayRole)
        for r in range(model.rowCount())
    ]


@pytest.fixture
def window(qtbot, team_db, settings):
    actor = actor_for(team_db, "L001")
    model = MembersModel(MemberSource(team_db, actor))
    win = MainWindow(model, settings, actor, team_db.display_name)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    return win


def test_window_shows_the_team_and_who_is_acting(window, team_db):
    model = window.table.model()
    assert model.rowCount() == 4
    assert window.count_label.text() == "4 members"
    assert "陈静" in window.user_label.text()
    assert "L001" in window.user_label.text()
    assert "team lead" in window.user_label.text()
    assert team_db.display_name in window.database_label.text()
    assert window.tier_combo.count() == 1 + len(Tier)


def test_search_as_you_type_is_debounced(window, qtbot):
    model = window.table.model()
    qtbot.keyClicks(window.search_box, "wang")
    assert model.rowCount() == 4  # not yet: the search waits for a pause in typing
    qtbot.waitUntil(lambda: model.rowCount() == 1, timeout=SEARCH_DELAY_MS * 10)
    assert names(model) == ["王芳"]
    assert window.count_label.text() == "1 member"

    window.search_box.clear()
    qtbot.keyClicks(window.search_box, "1390013")
    qtbot.keyClick(window.search_box, Qt.Key.Key_Return)  # Enter searches at once
    assert names(model) == ["李娜"]


def test_tier_filter_narrows_the_list_and_is_remembered(window, qtbot, team_db, settings):
    model = window.table.model()
    window.tier_combo.setCurrentIndex(window.tier_combo.findData(Tier.SILVER.value))
    assert sorted(names(model)) == sorted(["王芳", "刘洋"])
    assert window.count_label.text() == "2 members"
    assert settings.tier_filter == "silver"
    window.tier_combo.setCurrentIndex(0)
    assert model.rowCount() == 4

    window.tier_combo.setCurrentIndex(window.tier_combo.findData(Tier.DIAMOND.value))
    actor = actor_for(team_db, "L001")
    again = MainWindow(MembersModel(MemberSource(team_db, actor)), settings, actor, "x")
    qtbot.addWidget(again)
    assert again.tier_combo.currentData() == "diamond"
    assert names(again.table.model()) == ["李娜"]


def test_geometry_is_saved_on_close_and_restored(window, qtbot, team_db, settings):
    window.resize(700, 450)
    qtbot.waitUntil(lambda: window.width() == 700)
    window.close()
    assert settings.main_window_geometry
    actor = actor_for(team_db, "L001")
    again = MainWindow(MembersModel(MemberSource(team_db, actor)), settings, actor, "x")
    qtbot.addWidget(again)
    assert (again.width(), again.height()) == (700, 450)


def test_header_click_sorts_through_the_model(window):
    model = window.table.model()
    window.table.sortByColumn(Column.NAME, Qt.SortOrder.AscendingOrder)
    assert names(model) == ["李娜", "刘洋", "王芳", "张伟"]


def test_first_run_loads_demo_data_through_the_runner(qtbot, tmp_path, settings):
    db = open_database(tmp_path / "empty.db")
    try:
        gui = app_module.build_gui(db, settings, runner=SyncRunner())
        assert gui is not None and gui.first_run
        qtbot.addWidget(gui.window)
        assert gui.model.rowCount() == 0
        assert not offer_demo(gui.window, db, gui.runner, gui.demo_loaded, ask=lambda _: False)
        assert gui.model.rowCount() == 0

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
        assert gui.model.rowCount() == 40
        assert seen[0].default_user in gui.window.user_label.text()
    finally:
        db.dispose()


def test_demo_refused_on_a_database_with_members_shows_the_error(
    qtbot, team_db, settings, monkeypatch
):
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: shown.append(a[2]))
    load_demo(None, team_db, SyncRunner(), lambda s: pytest.fail("loaded"))
    assert shown and "empty database" in shown[0]


def test_unknown_user_is_refused_with_a_message(team_db, settings, monkeypatch):
    shown = []
    monkeypatch.setattr(QMessageBox, "critical", lambda *a: shown.append(a[2]))
    assert app_module.build_gui(team_db, settings, user="X999") is None
    assert "X999" in shown[0]


def test_run_gui_explains_a_database_it_cannot_open(tmp_path, monkeypatch, qapp):
    shown = []
    monkeypatch.setattr(QMessageBox, "critical", lambda *a: shown.append(a[2]))
    folder = tmp_path / "a-folder"
    folder.mkdir()
    assert app_module.run_gui(str(folder), lang="en") == 2
    assert "folder" in shown[0]
    assert AppSettings.for_user().version == AppSettings.VERSION
