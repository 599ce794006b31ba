"""What every section of the main window has in common, and what it is given."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from enum import IntEnum
from typing import Any, Generic, TypeVar

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QAbstractItemView, QWidget

from vipcrm.ui.hub import SignalHub
from vipcrm.ui.ops import Ops
from vipcrm.ui.settings import AppSettings


class Section(IntEnum):
    """The navigation rail's order (Ctrl+1 .. Ctrl+7). TEAM, the lead's workspace, is last
    and only there for team leads and administrators."""

    TODAY = 0
    MEMBERS = 1
    CARDS = 2
    GIFTS = 3
    PLANS = 4
    WORKLOG = 5
    TEAM = 6


B = TypeVar("B")
B2 = TypeVar("B2")


@dataclass
class UiContext(Generic[B]):
    """The collaborators every screen gets (built in vipcrm.app; no globals): its own
    section's backend (``UiContext[CardsBackend]`` ...: vipcrm/ui/backends), and the
    runner, the hub and the settings every section shares."""

    backend: B
    ops: Ops
    hub: SignalHub
    settings: AppSettings

    def with_backend(self, backend: B2) -> UiContext[B2]:
        """The same collaborators for another section's backend."""
        return UiContext(backend, self.ops, self.hub, self.settings)


class Screen(QWidget):
    """A section. Loads lazily on first show; refreshes on the hub's Changes it cares for."""

    open_member = Signal(object)  # uuid.UUID
    badge_changed = Signal(int)  # a count for the navigation rail (0: none)
    message = Signal(str)  # a short status-bar message
    command = Signal(str)  # a window command (an empty state's link: ui/empty_book.py)

    ctx: UiContext[Any]  # each section narrows it to its own backend

    def __init__(self, ctx: UiContext[Any]) -> None:
        super().__init__()
        self.ctx = ctx
        self.setFocusPolicy(Qt.FocusPolicy.ClickFocus)  # a click on its blank space too
        self._ever_shown = False
        self._stale = True

    def activate(self) -> None:
        """Called when the section is shown: load (once) or refresh if something changed."""
        if self._stale:
            self._stale = False
            self._ever_shown = True
            self.refresh()

    def mark_stale(self) -> None:
        """Something this screen shows changed: refresh now if visible, else on next show."""
        if self.isVisible():
            self._stale = False
            self.refresh()
        else:
            self._stale = True

    def refresh(self) -> None:  # pragma: no cover - every screen overrides it
        pass

    def log_contact_shortcut(self) -> bool:
        """Ctrl+L: log a contact for what is selected; False when nothing is."""
        return False

    def escape(self) -> bool:
        """Esc: close what is open inside the screen; False when there is nothing."""
        return False

    def focus_search(self) -> bool:
        return False

    def new_item_text(self) -> str | None:
        """The Edit menu's text for Ctrl+N here ("Add member…"); None: nothing to add."""
        return None

    def new_item(self) -> bool:
        """Ctrl+N: add what this section adds; False when it adds nothing."""
        return False

    def focus_target(self) -> QWidget | None:
        """Where the keyboard focus goes when the section is shown by its key: its main
        list or board (default: the first item view showing)."""
        return next((v for v in self.findChildren(QAbstractItemView) if v.isVisible()), None)

    def take_focus(self) -> None:
        """Put the keyboard focus in this section, where its own keys work: where it was
        last in it, else on :meth:`focus_target`, else on the section itself."""
        last = self.focusWidget()
        if last is not None and last.isVisible() and self.isAncestorOf(last):
            target: QWidget = last
        else:
            target = self.focus_target() or self
        target.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def open_member_page(self, member_id: uuid.UUID) -> None:  # pragma: no cover
        pass


ScreenMaker = Callable[[], Screen]


class LazyScreens:
    """One screen per section, each built the first time it is asked for (start-up builds
    only the section shown first). ``on_built(section, screen)`` runs once per screen.

    Indexing builds; ``built()`` lists only the screens that exist, and iterating walks
    those too, so saving state never builds a screen just to save it. (Not a Sequence on
    purpose: ``in`` and iteration must not build every screen.)
    """

    def __init__(self, makers: Sequence[ScreenMaker]) -> None:
        self._makers: list[ScreenMaker] = list(makers)
        self._screens: list[Screen | None] = [None] * len(self._makers)
        self.on_built: list[Callable[[int, Screen], None]] = []

    def add(self, maker: ScreenMaker) -> int:
        """A section added while the app runs (the Team section once a lead is acting)."""
        self._makers.append(maker)
        self._screens.append(None)
        return len(self._makers) - 1

    def is_built(self, index: int) -> bool:
        return self._screens[index] is not None

    def built(self) -> list[Screen]:
        return [s for s in self._screens if s is not None]

    def __getitem__(self, index: int) -> Screen:
        screen = self._screens[index]
        if screen is None:
            screen = self._makers[index]()
            self._screens[index] = screen
            for callback in self.on_built:
                callback(index, screen)
        return screen

    def __len__(self) -> int:
        return len(self._makers)

    def __iter__(self) -> Iterator[Screen]:
        return iter(self.built())
