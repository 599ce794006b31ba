"""The main window: the navigation rail, the sections, the menu bar and the status bar.

Each section is its own ``Screen`` (``ui/screens``); the window only switches between
them and routes the window-wide commands of the menu bar (``ui/menus.py``: Ctrl+1..6,
Ctrl+7 for a lead's Team section, Ctrl+N, Ctrl+F, Ctrl+L, F5 / Ctrl+R syncs …; Esc) to
the one that is showing. A section shown by its key, its View item or a click on the rail
takes the keyboard focus, so its own keys (Ctrl+D on Gifts …) work at once. A manager's
window has no Team section at all.
A section's screen is built the first time it is shown (``LazyScreens``): start-up builds
Today only; until then the stack holds an empty placeholder.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence

from PySide6.QtCore import QByteArray, Qt
from PySide6.QtGui import QCloseEvent, QIcon, QKeySequence, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QLabel, QMainWindow, QStackedWidget, QWidget

from vipcrm.domain.actor import Actor
from vipcrm.ui.empty_book import ADD_MEMBER, IMPORT_GRADING, LOAD_DEMO
from vipcrm.ui.labels import fill, role_label
from vipcrm.ui.menus import WindowMenus, shortcut_rows
from vipcrm.ui.nav_rail import NavigationRail
from vipcrm.ui.screens.base import LazyScreens, Screen, ScreenMaker, Section
from vipcrm.ui.settings import AppSettings
from vipcrm.ui.sync_ui import SyncLabel
from vipcrm.ui.widgets import ElidedLabel

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
        self._has_book = False  # the acting user has a book of members
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
        self.menus = WindowMenus(self)
        for section in self.sections:
            self._add_rail_row(section)
        self.rail.currentRowChanged.connect(self._switch)
        self.rail.clicked.connect(lambda _index: self.current_screen().take_focus())

        central = QWidget()
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.rail)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)

        self.user_label = QLabel()
        self.database_label = ElidedLabel()  # a long path gives way in the middle
        self.sync_label = SyncLabel()
        self.statusBar().addWidget(self.user_label)
        if busy_widget is not None:
            self.statusBar().addPermanentWidget(busy_widget)
        self.statusBar().addPermanentWidget(self.sync_label)
        self.statusBar().addPermanentWidget(self.database_label)
        self.show_actor(actor)
        self.set_database_name(database_name)
        escape = QShortcut(QKeySequence(Qt.Key.Key_Escape), self)
        escape.setContext(Qt.ShortcutContext.WindowShortcut)
        escape.activated.connect(self.escape)
        # the application connects these (vipcrm/app.py)
        self.settings_action = self.menus.settings
        self.sync_action = self.menus.sync_now
        self.conflicts_action = self.menus.conflicts
        self.about_action = self.menus.about
        self.sync_label.addActions([self.sync_action, self.conflicts_action])
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
        screen.command.connect(self.run_command)

    def add_section(self, section: Section, maker: ScreenMaker) -> None:
        """Add the next section while the window is open (the Team section once the acting
        user is a lead, e.g. after demo data was loaded on the first run)."""
        if self.has_section(section) or section != len(self.sections):
            return
        self.screens.add(maker)
        self.sections.append(section)
        self._add_rail_row(section)
        self._roles_changed()

    def _add_rail_row(self, section: Section) -> None:
        title = self.section_titles()[section]
        self.rail.add_section(title, ICONS[section], fill(self.tr("Ctrl+%1"), section + 1))
        self.stack.addWidget(QWidget())  # the screen takes its place when first shown
        self.menus.add_section(section, title)

    def _roles_changed(self) -> None:
        self.menus.update_roles(
            has_team=self.has_section(Section.TEAM),
            has_book=self._has_book,
        )

    def show_about(self) -> None:
        from vipcrm.ui.about import AboutBox

        AboutBox(self.database_name, self).exec()

    def show_user_guide(self) -> None:
        from vipcrm.ui.help import UserGuide

        UserGuide.show_for(self)

    def show_shortcuts(self) -> None:
        from vipcrm.ui.help import ShortcutsDialog

        ShortcutsDialog(shortcut_rows(self), self).exec()

    def has_section(self, section: Section) -> bool:
        return section in self.sections

    def show_section(self, section: Section, focus: bool = False) -> Screen:
        """Show (and build) a section; with ``focus`` (its key, its View item) the keyboard
        focus goes into it, where its own keys work."""
        if not self.has_section(section):
            raise ValueError(f"no {section.name} section for this user")
        self.rail.setCurrentRow(int(section))
        screen = self.screens[section]
        if focus:
            screen.take_focus()
        return screen

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
        self.menus.section_shown(Section(row))
        self._settings.last_section = row

    def open_member(self, member_id: uuid.UUID) -> None:
        members = self.show_section(Section.MEMBERS)
        members.open_member_page(member_id)

    def focus_search(self) -> None:
        self.show_section(Section.MEMBERS).focus_search()

    def log_contact(self) -> None:
        if not self.current_screen().log_contact_shortcut():
            self.statusBar().showMessage(self.tr("Select a member or a due item first."), 5000)

    def run_command(self, name: str) -> None:
        """A command asked from a section (the links of an empty state)."""
        if name == ADD_MEMBER:
            self.show_section(Section.MEMBERS, focus=True).new_item()
        elif name == IMPORT_GRADING:
            self.menus.import_grading.trigger()
        elif name == LOAD_DEMO:
            self.menus.load_demo.trigger()

    def new_item(self) -> None:
        """Ctrl+N: what the section showing adds (a member, a card, a visit)."""
        screen = self.current_screen()
        if screen.new_item_text() is None:
            self.statusBar().showMessage(
                self.tr("Ctrl+N adds a member on Members, a card on Cards, a visit on Plans."),
                5000,
            )
        else:
            screen.new_item()

    def escape(self) -> None:
        self.current_screen().escape()

    # --- identity shown in the status bar --------------------------------------------

    def show_actor(self, actor: Actor) -> None:
        """Show who acts (the status bar, the menus a role may use); the actor itself is
        ``Database.actor``, not kept here."""
        self._has_book = actor.manager_id is not None
        self._roles_changed()
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
