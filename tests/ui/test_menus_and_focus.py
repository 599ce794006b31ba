"""The menu bar and the keyboard (issue 20, points 3 and 4): a section's key puts the focus
where its keys work (Ctrl+3 then Ctrl+N starts a card); File, Edit, View, Tools and Help
with what a desktop user expects, hidden where the role has no use for it; the tray's menu
has Settings and Quit, the same actions as the window's."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from vipcrm.ui.menus import plain
from vipcrm.ui.screens.base import Section


def press(qtbot, key, modifier=Qt.KeyboardModifier.ControlModifier) -> None:
    """A key as the user presses it: to the widget that has the focus."""
    qtbot.keyClick(QApplication.focusWidget(), key, modifier)


def menu_texts(window) -> dict[str, list[str]]:
    return {
        plain(top.text()): [
            plain(a.text()) for a in top.menu().actions() if a.isVisible() and not a.isSeparator()
        ]
        for top in window.menuBar().actions()
    }


def test_ctrl_3_then_ctrl_n_starts_a_card_without_a_click(make_gui, qtbot, job_errors):
    gui = make_gui("M001")
    window = gui.window
    window.rail.setFocus()  # where a click on the rail leaves the focus
    press(qtbot, Qt.Key.Key_3)
    board = window.current_screen()
    assert window.current_section() is Section.CARDS
    assert board.isAncestorOf(QApplication.focusWidget())
    asked = []
    board.ask_start = lambda parent, starters, today: asked.append(len(starters))
    press(qtbot, Qt.Key.Key_N)
    assert asked and asked[0] > 0  # the Start a card dialog, with the members to choose
    assert job_errors == []


def test_every_section_key_puts_the_focus_in_its_section(make_gui, qtbot):
    gui = make_gui("L001")
    window = gui.window
    for section in Section:
        press(qtbot, Qt.Key(Qt.Key.Key_1 + section))
        screen = window.current_screen()
        assert window.current_section() is section
        focus = QApplication.focusWidget()
        assert focus is screen or screen.isAncestorOf(focus), (section, focus)
    gifts = window.show_section(Section.GIFTS)
    assert gifts.table.hasFocus() or gifts.isAncestorOf(QApplication.focusWidget())


def test_a_click_on_the_rail_puts_the_focus_in_the_section(make_gui, qtbot):
    gui = make_gui("M001")
    rail = gui.window.rail
    rect = rail.visualItemRect(rail.item(Section.CARDS))
    qtbot.mouseClick(rail.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    board = gui.window.current_screen()
    assert gui.window.current_section() is Section.CARDS
    assert board.isAncestorOf(QApplication.focusWidget())


def test_a_managers_menus(make_gui):
    window = make_gui("M001").window
    menus = menu_texts(window)
    assert list(menus) == ["File", "Edit", "View", "Tools", "Help"]
    assert menus["File"] == ["Import phone records…", "Print the plan…", "Back up now…", "Quit"]
    assert menus["Edit"] == ["New…", "Log contact…", "Find a member…"]
    assert menus["View"] == ["Today", "Members", "Cards", "Gifts", "Plans", "Work log"]
    assert menus["Tools"] == ["Sync now", "Sync conflicts…", "Settings…"]
    assert menus["Help"] == ["User guide", "Keyboard shortcuts", "About vipcrm…"]
    keys = {plain(a.text()): a.shortcut().toString() for a in window.actions()}
    assert keys["Quit"] == "Ctrl+Q" and keys["Settings…"] == "Ctrl+,"
    assert keys["Cards"] == "Ctrl+3" and keys["Find a member…"] == "Ctrl+F"
    assert keys["Print the plan…"] == "Ctrl+P" and keys["User guide"] == "F1"


def test_a_leads_menus_import_export_and_the_calendar(make_gui, tmp_path, job_errors):
    gui = make_gui("L001")
    window = gui.window
    menus = menu_texts(window)
    assert menus["File"] == [
        "Import phone records…",
        "Import the re-grading file…",
        "Import a working-day calendar…",
        "Export the dashboard to Excel…",
        "Print the plan…",
        "Back up now…",
        "Quit",
    ]
    assert menus["View"][-1] == "Team" and "Working-day calendar" in menus["Tools"]
    lead = window.show_section(Section.TEAM)
    asked = []
    lead.regrading.ask_open_path = lambda parent, title: asked.append("grading") or ""
    lead.calendar.ask_open_path = lambda parent, title: asked.append("calendar") or ""
    lead.dashboard.ask_save_path = lambda parent, title, name: str(tmp_path / name)
    window.menus.import_grading.trigger()
    assert lead.tabs.currentWidget() is lead.regrading
    window.menus.import_calendar.trigger()
    assert lead.tabs.currentWidget() is lead.calendar and asked == ["grading", "calendar"]
    window.menus.export_dashboard.trigger()
    assert list(tmp_path.glob("dashboard-*.xlsx"))  # written, as the tab's own button does
    window.menus.calendar.trigger()
    assert lead.tabs.currentWidget() is lead.calendar
    assert job_errors == []


def test_edit_new_says_what_ctrl_n_adds_in_the_section(make_gui, qtbot):
    gui = make_gui("M001")
    window = gui.window
    new = window.menus.new_item
    window.show_section(Section.MEMBERS, focus=True)
    assert plain(new.text()) == "Add member…"
    window.show_section(Section.CARDS, focus=True)
    assert plain(new.text()) == "Start a card…"
    window.show_section(Section.GIFTS, focus=True)
    assert plain(new.text()) == "New…"
    press(qtbot, Qt.Key.Key_N)
    assert "Ctrl+N adds a member" in window.statusBar().currentMessage()


def test_quit_saves_the_window_and_the_tray_has_settings_and_quit(make_gui, qtbot, settings):
    gui = make_gui("M001")
    window = gui.window
    tray = [plain(a.text()) for a in gui.digest.menu.actions() if not a.isSeparator()]
    assert tray[-2:] == ["Settings…", "Quit"]
    assert gui.digest.menu.actions()[-1] is window.menus.quit  # the very same actions
    window.show_section(Section.GIFTS, focus=True)
    press(qtbot, Qt.Key.Key_Q)
    assert not window.isVisible()
    assert settings.last_section == Section.GIFTS


def test_keyboard_shortcuts_lists_the_menus_keys_and_the_sections_own(make_gui, monkeypatch):
    from vipcrm.ui.help import ShortcutsDialog

    gui = make_gui("L001")
    shown = []
    monkeypatch.setattr(ShortcutsDialog, "exec", lambda self: shown.append(self.rows()))
    gui.window.menus.shortcuts.trigger()
    rows = dict(shown[0])
    assert rows["Ctrl+7"] == "View → Team"
    assert rows["Ctrl+Q"] == "File → Quit"
    assert rows["F5 or Ctrl+R"] == "Tools → Sync now"
    assert rows["Ctrl+D"] == "Gifts: mark the selected gift delivered"


def test_the_user_guide_opens_with_its_pictures(make_gui):
    from vipcrm.ui.help import UserGuide

    gui = make_gui("M001")
    gui.window.menus.user_guide.trigger()
    guide = gui.window.findChild(UserGuide)
    assert guide is not None and guide.isVisible()
    text = guide.browser.toPlainText()
    assert "user guide" in text and "Keyboard" in text
    assert guide.browser.document().resource(1, "screenshots/today-zh.png") is not None
    gui.window.menus.user_guide.trigger()  # the same window again, not a second one
    assert len(gui.window.findChildren(UserGuide)) == 1
    guide.close()


def test_back_up_now_writes_a_verified_copy_where_the_user_chooses(make_gui, tmp_path, job_errors):
    gui = make_gui("M001")
    asked = []
    gui.ask_backup_path = lambda parent, suggested: (
        asked.append(suggested) or str(tmp_path / "copy.db")
    )
    gui.window.menus.backup.trigger()
    assert "backups" in asked[0]  # suggested: the backups folder beside the database
    assert (tmp_path / "copy.db").is_file()
    assert "verified" in gui.window.statusBar().currentMessage()
    assert job_errors == []
