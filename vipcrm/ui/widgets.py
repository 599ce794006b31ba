"""Small widgets shared by the screens: count pills, empty states, section headers."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QLabel, QTableView, QWidget

PILL_STYLE = (
    "QLabel {{ background: {bg}; color: {fg}; border-radius: 9px; padding: 2px 10px;"
    " font-weight: bold; }}"
)
PILL_COLOURS = {
    "red": ("#fde7e7", "#b71c1c"),
    "blue": ("#e3ecfb", "#1a3d8f"),
    "grey": ("#eceff1", "#37474f"),
    "green": ("#e3f4e5", "#1b5e20"),
    "amber": ("#fff3d6", "#7a4f01"),
}


ERROR_COLOUR = "#b71c1c"


class CountPill(QLabel):
    """``Overdue 5`` in a rounded, coloured label; hidden while it has no text (before a
    count is known), so no blank coloured box shows."""

    def __init__(self, colour: str = "grey", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.set_colour(colour)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._blank = True
        self.hide()

    def setText(self, text: str) -> None:
        super().setText(text)
        if not text:
            self._blank = True
            self.hide()
        elif self._blank:  # shown again when it has something to say
            self._blank = False
            self.show()

    def set_colour(self, colour: str) -> None:
        bg, fg = PILL_COLOURS[colour]
        self.setStyleSheet(PILL_STYLE.format(bg=bg, fg=fg))


class EmptyState(QLabel):
    """A calm message that says what to do when a list is empty; its links (rich text)
    are emitted by ``linkActivated`` (commands, see ``ui/empty_book.py``)."""

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self.setWordWrap(True)
        self.setOpenExternalLinks(False)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.LinksAccessibleByMouse)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setStyleSheet("QLabel { color: #546e7a; font-size: 11pt; padding: 40px; }")


class Heading(QLabel):
    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self.setStyleSheet("QLabel { font-size: 13pt; font-weight: bold; color: #1c2b4a; }")


class InlineError(QLabel):
    """A field's error shown right under it, in red; hidden when there is none. It may also
    show a note about the value in another colour (``show_note``)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.hide()

    def show_error(self, text: str | None) -> None:
        self.show_note(text, ERROR_COLOUR)

    def show_note(self, text: str | None, colour: str) -> None:
        self.setStyleSheet(f"QLabel {{ color: {colour}; }}")
        self.setText(text or "")
        self.setVisible(bool(text))
        fit_height(self)


def fit_height(widget: QWidget) -> None:
    """Make ``widget``'s window as tall as what its layout now holds needs at its width.

    A label that wraps needs more height when its text grows or it appears (an error under
    a field); a window already shown does not grow by itself, and the label would be cut
    off top and bottom. It shrinks back when the text does."""
    window = widget.window()
    layout = window.layout()
    if layout is None or not window.isVisible():
        return
    layout.activate()
    width = window.width()
    need = (
        layout.totalHeightForWidth(width)
        if layout.hasHeightForWidth()
        else layout.totalSizeHint().height()
    )
    if need > 0 and window.height() != need:
        window.resize(width, max(need, layout.totalMinimumSize().height()))


class Notice(QLabel):
    """A warning band (e.g. a year without official working-day data)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setStyleSheet(
            "QLabel { background: #fff8e1; color: #6d4c00; border: 1px solid #f3d27a;"
            " border-radius: 4px; padding: 6px; }"
        )
        self.hide()

    def show_text(self, text: str) -> None:
        self.setText(text)
        self.setVisible(bool(text))


def tidy_table(view: QTableView) -> QTableView:
    """The house look of a read-only table: whole rows, compact rows, no row numbers."""
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    view.verticalHeader().setVisible(False)
    view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 10)
    return view
