"""The window's menu bar: File, Edit, View, Tools and Help, every command with its shortcut.

An item runs the command its section's button runs (the section is shown first, and built
if it was not yet); the sections (View, Ctrl+1..7) put the keyboard focus in the section,
where its own keys work. Items a user's role has no use for are hidden: importing the
re-grading or a working-day calendar and exporting the dashboard are for leads and admins,
importing phone records for users with a book. The window wires the commands it owns; the
application (``vipcrm/app.py``) connects Settings, Sync now, Back up and Quit.

Help → Keyboard shortcuts lists what is here and the keys a section has of its own
(:data:`SECTION_KEYS`), so the list cannot drift from the menus.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QMenu

from vipcrm.ui.labels import fill
from vipcrm.ui.screens.base import Section

if TYPE_CHECKING:
    from vipcrm.ui.main_window import MainWindow


def plain(text: str) -> str:
    """A menu text without its mnemonic: ``&File`` → File, ``文件(&F)`` → 文件."""
    return re.sub(r"\(&\w\)|&(?=\S)", "", text)


def section_keys() -> list[tuple[str, str]]:
    """Keys a section has of its own (not menu items): where, key, what it does."""
    return [
        (
            QCoreApplication.translate("Shortcuts", "Enter"),
            QCoreApplication.translate("Shortcuts", "Today, Members: open the selected member"),
        ),
        (
            QCoreApplication.translate("Shortcuts", "Esc"),
            QCoreApplication.translate("Shortcuts", "Members: close the member page"),
        ),
        (
            QCoreApplication.translate("Shortcuts", "Enter"),
            QCoreApplication.translate("Shortcuts", "Log a contact: log it as reached"),
        ),
        (
            QCoreApplication.translate("Shortcuts", "Ctrl+D"),
            QCoreApplication.translate("Shortcuts", "Gifts: mark the selected gift delivered"),
        ),
        (
            QCoreApplication.translate("Shortcuts", "Ctrl+Shift+X"),
            QCoreApplication.translate("Shortcuts", "Gifts: cancel the selected gift"),
        ),
        (
            QCoreApplication.translate("Shortcuts", "Alt+letter"),
            QCoreApplication.translate(
                "Shortcuts", "the button or field whose letter is underlined"
            ),
        ),
    ]


class WindowMenus(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        bar = window.menuBar()

        file = bar.addMenu(self.tr("&File"))
        self.import_bill = self._add(file, self.tr("Import &phone records…"), self._import_bill)
        self.import_grading = self._add(
            file, self.tr("Import the &re-grading file…"), self._import_grading
        )
        self.import_calendar = self._add(
            file, self.tr("Import a working-day &calendar…"), self._import_calendar
        )
        self.load_demo = self._add(file, self.tr("Load &demo data…"))
        self.load_demo.setVisible(False)  # an empty database only (vipcrm/app.py)
        file.addSeparator()
        self.export_dashboard = self._add(
            file, self.tr("&Export the dashboard to Excel…"), self._export_dashboard
        )
        self.print_plan = self._add(
            file, self.tr("&Print the plan…"), self._print_plan, QKeySequence.StandardKey.Print
        )
        file.addSeparator()
        self.backup = self._add(file, self.tr("&Back up now…"))
        file.addSeparator()
        self.quit = self._add(file, self.tr("&Quit"), None, QKeySequence("Ctrl+Q"))
        self.quit.setMenuRole(QAction.MenuRole.QuitRole)

        edit = bar.addMenu(self.tr("&Edit"))
        edit.aboutToShow.connect(self._name_new_item)
        self.new_item = self._add(edit, self.tr("&New…"), window.new_item, QKeySequence("Ctrl+N"))
        self.log_contact = self._add(
            edit, self.tr("&Log contact…"), window.log_contact, QKeySequence("Ctrl+L")
        )
        self.find_member = self._add(
            edit, self.tr("&Find a member…"), window.focus_search, QKeySequence.StandardKey.Find
        )

        self.view = bar.addMenu(self.tr("&View"))
        self.sections: dict[Section, QAction] = {}
        self._section_group = QActionGroup(self)

        tools = bar.addMenu(self.tr("&Tools"))
        self.sync_now = self._add(tools, self.tr("&Sync now"))
        self.sync_now.setShortcuts([QKeySequence(Qt.Key.Key_F5), QKeySequence("Ctrl+R")])
        self.conflicts = self._add(tools, self.tr("Sync &conflicts…"))
        self.calendar = self._add(tools, self.tr("Working-day &calendar"), self._show_calendar)
        tools.addSeparator()
        self.settings = self._add(tools, self.tr("S&ettings…"), None, QKeySequence("Ctrl+,"))
        self.settings.setMenuRole(QAction.MenuRole.PreferencesRole)

        help_menu = bar.addMenu(self.tr("&Help"))
        self.user_guide = self._add(
            help_menu,
            self.tr("&User guide"),
            window.show_user_guide,
            QKeySequence.StandardKey.HelpContents,
        )
        self.shortcuts = self._add(help_menu, self.tr("&Keyboard shortcuts"), window.show_shortcuts)
        help_menu.addSeparator()
        self.about = self._add(help_menu, self.tr("&About vipcrm…"), window.show_about)
        self.about.setMenuRole(QAction.MenuRole.AboutRole)

        self.lead_only = [
            self.import_grading,
            self.import_calendar,
            self.export_dashboard,
            self.calendar,
        ]

    def _add(
        self,
        menu: QMenu,
        text: str,
        slot: Callable[[], Any] | None = None,
        shortcut: QKeySequence | QKeySequence.StandardKey | None = None,
    ) -> QAction:
        action = QAction(text, self.window)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        if slot is not None:
            action.triggered.connect(lambda _checked=False: slot())
        menu.addAction(action)
        self.window.addAction(action)  # its shortcut works while the menu bar is hidden too
        return action

    # --- sections (View) ---------------------------------------------------------------

    def add_section(self, section: Section, title: str) -> None:
        action = self._add(
            self.view,
            title,
            lambda: self.window.show_section(section, focus=True),
            QKeySequence(f"Ctrl+{section + 1}"),
        )
        action.setCheckable(True)
        self._section_group.addAction(action)
        self.sections[section] = action

    def section_shown(self, section: Section) -> None:
        action = self.sections.get(section)
        if action is not None:
            action.setChecked(True)
        self._name_new_item()

    def _name_new_item(self) -> None:
        """Edit → New… says what Ctrl+N adds in the section showing."""
        text = self.window.current_screen().new_item_text()
        self.new_item.setText(text or self.tr("&New…"))

    def update_roles(self, has_team: bool, has_book: bool) -> None:
        """Show what the user's role may use (the Team section for leads and admins; phone
        records for a user with a book)."""
        for action in self.lead_only:
            action.setVisible(has_team)
        self.import_bill.setVisible(has_book)

    # --- commands of a section ---------------------------------------------------------

    def _team(self, tab: str) -> Any:
        lead: Any = self.window.show_section(Section.TEAM, focus=True)
        panel = getattr(lead, tab)
        lead.show_tab(lead.tabs.indexOf(panel))
        return panel

    def _import_bill(self) -> None:
        worklog: Any = self.window.show_section(Section.WORKLOG, focus=True)
        worklog.import_phone_records()

    def _import_grading(self) -> None:
        self._team("regrading").choose_file()

    def _import_calendar(self) -> None:
        self._team("calendar").choose_file()

    def _show_calendar(self) -> None:
        self._team("calendar")

    def _export_dashboard(self) -> None:
        panel = self._team("dashboard")
        if panel.dashboard is None:
            self.window.statusBar().showMessage(
                self.tr("The dashboard is still being counted; try again in a moment."), 5000
            )
            return
        panel.export()

    def _print_plan(self) -> None:
        plans: Any = self.window.show_section(Section.PLANS, focus=True)
        plans.print_plan()


def shortcut_rows(window: MainWindow) -> list[tuple[str, str]]:
    """(key, what it does) for every menu item with a key, then the sections' own keys."""
    rows: list[tuple[str, str]] = []

    def walk(menu: QMenu, path: str) -> None:
        for action in menu.actions():
            sub = action.menu()
            if isinstance(sub, QMenu):
                walk(sub, path)
            elif action.isVisible() and not action.isSeparator():
                keys = [
                    k.toString(QKeySequence.SequenceFormat.NativeText) for k in action.shortcuts()
                ]
                if keys:
                    what = fill(
                        QCoreApplication.translate("Shortcuts", "%1 → %2"),
                        path,
                        plain(action.text()),
                    )
                    rows.append((QCoreApplication.translate("Shortcuts", " or ").join(keys), what))

    for top in window.menuBar().actions():
        menu = top.menu()
        if isinstance(menu, QMenu):
            walk(menu, plain(top.text()))
    return rows + section_keys()
