"""The main window: the navigation rail, the sections, the status bar and the shortcuts.

Each section is its own ``Screen`` (``ui/screens``); the window only switches between
them and routes the window-wide shortcuts (Ctrl+1..6, Ctrl+7 for a lead's Team section, Ctrl+F,
Ctrl+L, Esc) to the one that is showing; F5 / Ctrl+R syncs (``ui/sync_ui.py``). A manager's window has no Team section at all.
A section's screen is built the first time it is shown (``LazyScreens``): start-up builds
Today only; until then the stack holds an empty placeholder.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence

from PySide6.QtCore import QByteArray, Qt
from PySide6.QtGui import QAction, QCloseEvent, QIcon, QKeySequence, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QLabel, QMainWindow, QStackedWidget, QWidget

from vipcrm.services.context import Actor
from vipcrm.ui.labels import fill, role_label
from vipcrm.ui.nav_rail import NavigationRail
from vipcrm.ui.screens.base import LazyScreens, Screen, ScreenMaker, Section
from vipcrm.ui.settings import AppSettings
from vipcrm.ui.sync_ui import SyncLabel

ICONS = {
    Section.TODAY: "today",
    Section.MEMBERS: "members",
    Section.CARDS: "cards",
    Section.GIFTS: "gifts",
    Section.PLANS: "plans",
    Section.WORKLOG: "worklog",
    Section.TEAM: "team",
}


def _made(screen: Screen) -> ScreenMaker:
    """A maker for a screen built already."""
    return lambda: screen


class MainWindow(QMainWindow):
    def __init__(
        self,
        screens: Sequence[Screen] | LazyScreens,
        settings: AppSettings,
        actor: Actor,
        database_name: str,
        icon: QIcon | None = None,
        busy_widget: QWidget | None = None,
    ) -> None:
        super().__init__()
        if len(screens) not in (len(Section), len(Section) - 1):
            raise ValueError("one screen per section (the team section only for leads)")
        self._settings = settings
        if not isinstance(screens, LazyScreens):
            screens = LazyScreens([_made(s) for s in screens])
        self.screens = screens
        self.screens.on_built.append(self._screen_built)
        self.sections = list(Section)[: len(self.screens)]
        self.setWindowTitle(self.tr("VIP Club CRM"))
        if icon is not None:
            self.setWindowIcon(icon)

        self.rail = NavigationRail()
        self.stack = QStackedWidget()
        titles = self.section_titles()
        for section in self.sections:
            self.rail.add_section(
                titles[section], ICONS[section], fill(self.tr("Ctrl+%1"), section + 1)
            )
            self.stack.addWidget(QWidget())  # the screen takes its place when first shown
        self.rail.currentRowChanged.connect(self._switch)

        central = QWidget()
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.rail)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)

        self.user_label = QLabel()
        self.database_label = QLabel()
        self.sync_label = SyncLabel()
        self.statusBar().addWidget(self.user_label)
        if busy_widget is not None:
            self.statusBar().addPermanentWidget(busy_widget)
        self.statusBar().addPermanentWidget(self.sync_label)
        self.statusBar().addPermanentWidget(self.database_label)
        self.set_actor(actor)
        self.set_database_name(database_name)
        self._shortcuts()
        self._restore_state()

    def section_titles(self) -> dict[Section, str]:
        return {
            Section.TODAY: self.tr("Today"),
            Section.MEMBERS: self.tr("Members"),
            Section.CARDS: self.tr("Cards"),
            Section.GIFTS: self.tr("Gifts"),
            Section.PLANS: self.tr("Plans"),
            Section.WORKLOG: self.tr("Work log"),
            Section.TEAM: self.tr("Team"),
        }

    # --- sections --------------------------------------------------------------------

    def _screen_built(self, row: int, screen: Screen) -> None:
        placeholder = self.stack.widget(row)
        self.stack.insertWidget(row, screen)
        if placeholder is not None:
            self.stack.removeWidget(placeholder)
            placeholder.deleteLater()
        screen.open_member.connect(self.open_member)
        screen.badge_changed.connect(lambda n, s=row: self.rail.set_badge(s, n))
        screen.message.connect(lambda text: self.statusBar().showMessage(text, 8000))

    def add_section(self, section: Section, maker: ScreenMaker) -> None:
        """Add the next section while the window is open (the Team section once the acting
        user is a lead, e.g. after demo data was loaded on the first run)."""
        if self.has_section(section) or section != len(self.sections):
            return
        self.screens.add(maker)
        self.sections.append(section)
        self.rail.add_section(
            self.section_titles()[section], ICONS[section], fill(self.tr("Ctrl+%1"), section + 1)
        )
        self.stack.addWidget(QWidget())
        self._section_shortcut(section)

    def _section_shortcut(self, section: Section) -> None:
        shortcut = QShortcut(QKeySequence(f"Ctrl+{section + 1}"), self)
        shortcut.activated.connect(lambda s=section: self.show_section(s))

    def _shortcuts(self) -> None:
        for section in self.sections:
            self._section_shortcut(section)
        QShortcut(QKeySequence.StandardKey.Find, self).activated.connect(self.focus_search)
        QShortcut(QKeySequence("Ctrl+L"), self).activated.connect(self.log_contact)
        escape = QShortcut(QKeySequence(Qt.Key.Key_Escape), self)
        escape.setContext(Qt.ShortcutContext.WindowShortcut)
        escape.activated.connect(self.escape)
        settings_action = QAction(self.tr("Settings…"), self)
        settings_action.setShortcut(QKeySequence("Ctrl+,"))
        self.addAction(settings_action)
        self.settings_action = settings_action
        sync_action = QAction(self.tr("Sync now"), self)
        sync_action.setShortcuts([QKeySequence(Qt.Key.Key_F5), QKeySequence("Ctrl+R")])
        self.addAction(sync_action)
        self.sync_action = sync_action
        conflicts_action = QAction(self.tr("Sync conflicts…"), self)
        self.addAction(conflicts_action)
        self.conflicts_action = conflicts_action
        self.sync_label.addActions([sync_action, conflicts_action])
        about_action = QAction(self.tr("&About vipcrm…"), self)
        about_action.setMenuRole(QAction.MenuRole.AboutRole)
        about_action.triggered.connect(self.show_about)
        self.menuBar().addMenu(self.tr("&Help")).addAction(about_action)
        self.about_action = about_action

    def show_about(self) -> None:
        from vipcrm.ui.about import AboutBox

        AboutBox(self.database_name, self).exec()

    def has_section(self, section: Section) -> bool:
        return section in self.sections

    def show_section(self, section: Section) -> Screen:
        if not self.has_section(section):
            raise ValueError(f"no {section.name} section for this user")
        self.rail.setCurrentRow(int(section))
        return self.screens[section]

    def current_section(self) -> Section:
        return Section(max(self.rail.currentRow(), 0))

    def current_screen(self) -> Screen:
        return self.screens[self.current_section()]

    def _switch(self, row: int) -> None:
        if row < 0:
            return
        screen = self.screens[row]  # built on first show
        self.stack.setCurrentWidget(screen)
        screen.activate()
        self._settings.last_section = row

    def open_member(self, member_id: uuid.UUID) -> None:
        members = self.show_section(Section.MEMBERS)
        members.open_member_page(member_id)

    def focus_search(self) -> None:
        self.show_section(Section.MEMBERS).focus_search()

    def log_contact(self) -> None:
        if not self.current_screen().log_contact_shortcut():
            self.statusBar().showMessage(self.tr("Select a member or a due item first."), 5000)

    def escape(self) -> None:
        self.current_screen().escape()

    # --- identity shown in the status bar --------------------------------------------

    def set_actor(self, actor: Actor) -> None:
        name = actor.name or actor.code
        self.user_label.setText(
            fill(self.tr("User: %1 (%2, %3)"), name, actor.code, role_label(actor.role))
        )

    def set_database_name(self, name: str) -> None:
        self.database_name = name
        self.database_label.setText(fill(self.tr("Database: %1"), name))
        self.database_label.setToolTip(name)

    # --- state kept between runs -----------------------------------------------------

    def _restore_state(self) -> None:
        geometry = self._settings.main_window_geometry
        if not geometry or not self.restoreGeometry(QByteArray(geometry)):
            self.resize(1180, 720)
        last = self._settings.last_section
        self.show_section(Section(last) if 0 <= last < len(self.sections) else Section.TODAY)

    def save_state(self) -> None:
        self._settings.main_window_geometry = bytes(self.saveGeometry().data())
        for screen in self.screens:
            save = getattr(screen, "save_state", None)
            if save is not None:
                save()
        self._settings.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_state()
        super().closeEvent(event)
