"""Small widgets shared by the screens: count pills, empty states, section headers; text
that does not fit shown whole (column titles) or elided with a tooltip (cells, a path)."""

from __future__ import annotations

import re

from PySide6.QtCore import QEvent, QModelIndex, QObject, QPersistentModelIndex, QSize, Qt
from PySide6.QtGui import QFontMetrics, QHelpEvent, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHeaderView,
    QLabel,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QToolTip,
    QTreeView,
    QWidget,
)

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
    """Make ``widget``'s dialog as tall as what its layout now holds needs at its width.

    A label that wraps needs more height when its text grows or it appears (an error under
    a field); a dialog already shown does not grow by itself, and the label would be cut
    off top and bottom. It shrinks back when the text does. Only a dialog: the main window
    keeps the size its user gave it (its layouts make room for a panel's error)."""
    window = widget.window()
    layout = window.layout()
    if layout is None or not window.isVisible() or not isinstance(window, QDialog):
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
    """The house look of a read-only table: whole rows, compact rows, no row numbers; its
    column titles whole and a cell's text that does not fit in a tooltip."""
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    view.verticalHeader().setVisible(False)
    view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 10)
    keep_titles_whole(view)
    tip_elided_cells(view)
    return view


# --- text that does not fit -----------------------------------------------------------

ELIDED_TIPS = "tipsElidedCells"  # a view's property: its elided cells have a tooltip


def tip_elided_cells(view: QAbstractItemView) -> QAbstractItemView:
    """A cell whose text the view elides shows it whole in a tooltip (unless the model
    gives the cell a tooltip of its own)."""
    view.viewport().installEventFilter(_ElidedCellTips(view))
    view.setProperty(ELIDED_TIPS, True)
    return view


def cell_is_elided(view: QAbstractItemView, index: QModelIndex) -> bool:
    """Does the cell's text need more room than the cell has (the view elides it)?"""
    rect = view.visualRect(index)
    need = view.sizeHintForIndex(index)
    if getattr(view, "wordWrap", lambda: False)():  # (a table, a tree, a list)
        text = index.data(Qt.ItemDataRole.DisplayRole)
        if not isinstance(text, str):
            return False
        metrics = QFontMetrics(index.data(Qt.ItemDataRole.FontRole) or view.font())
        flags = Qt.TextFlag.TextWordWrap | Qt.AlignmentFlag.AlignLeft
        lines = metrics.boundingRect(0, 0, max(rect.width() - 8, 1), 10**6, flags, text)
        return lines.height() > rect.height()
    return need.width() > rect.width() or need.height() > rect.height()


class _ElidedCellTips(QObject):
    def __init__(self, view: QAbstractItemView) -> None:
        super().__init__(view)
        self.view = view

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.ToolTip or not isinstance(event, QHelpEvent):
            return False
        index = self.view.indexAt(event.pos())
        if not index.isValid() or index.data(Qt.ItemDataRole.ToolTipRole):
            return False  # the model's own tooltip, or none
        text = index.data(Qt.ItemDataRole.DisplayRole)
        if isinstance(text, str) and text and cell_is_elided(self.view, index):
            rect = self.view.visualRect(index)
            QToolTip.showText(event.globalPos(), text, self.view.viewport(), rect)
        else:
            QToolTip.hideText()
        return True


def keep_titles_whole(view: QTableView | QTreeView) -> None:
    """A stretched column (the one that takes the room left, or the last one) never gets
    narrower than its title: when the room left is too small for it, it keeps its title's
    width and the table scrolls sideways; it stretches again when there is room."""
    _TitlesWhole(view)


class _TitlesWhole(QObject):
    def __init__(self, view: QTableView | QTreeView) -> None:
        super().__init__(view)
        self.view = view
        self.header: QHeaderView = (
            view.header() if isinstance(view, QTreeView) else view.horizontalHeader()
        )
        self.held: set[int] = set()  # stretched columns held at their titles' width
        self.last_held = False
        self.busy = False
        view.viewport().installEventFilter(self)
        self.header.sectionResized.connect(lambda *_: self.fit())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            self.fit()
        return False

    def stretched(self) -> list[int]:
        header = self.header
        shown = [i for i in range(header.count()) if not header.isSectionHidden(i)]
        found = [
            i
            for i in shown
            if i in self.held or header.sectionResizeMode(i) == QHeaderView.ResizeMode.Stretch
        ]
        last = max(shown, key=header.visualIndex, default=None)
        if (
            last is not None
            and last not in found
            and (header.stretchLastSection() or self.last_held)
        ):
            found.append(last)
        return found

    def fit(self) -> None:
        header = self.header
        if self.busy or header.model() is None or header.count() == 0:
            return
        self.busy = True
        try:
            stretched = self.stretched()
            others = sum(
                header.sectionSize(i)
                for i in range(header.count())
                if not header.isSectionHidden(i) and i not in stretched
            )
            need = {i: header.sectionSizeFromContents(i).width() for i in stretched}
            if self.view.viewport().width() - others >= sum(need.values()):
                self._stretch_again()
                return
            for i, width in need.items():
                if header.sectionResizeMode(i) == QHeaderView.ResizeMode.Stretch:
                    header.setSectionResizeMode(i, QHeaderView.ResizeMode.Interactive)
                    self.held.add(i)
                elif i not in self.held and header.stretchLastSection():
                    header.setStretchLastSection(False)
                    self.last_held = True
                if header.sectionSize(i) < width:
                    header.resizeSection(i, width)
        finally:
            self.busy = False

    def _stretch_again(self) -> None:
        for i in self.held:
            self.header.setSectionResizeMode(i, QHeaderView.ResizeMode.Stretch)
        self.held.clear()
        if self.last_held:
            self.header.setStretchLastSection(True)
            self.last_held = False


WORD_JOINER = "\u2060"  # no line break here (invisible, zero width)


def whole_words(text: str) -> str:
    """``text`` that wraps only between words (at spaces): Chinese breaks between any two
    characters, so "12580核实" could lose its last character to the next line. A word
    wider than the line still breaks (anywhere)."""
    return re.sub(r"\S{2,}", lambda m: WORD_JOINER.join(m.group(0)), text)


class WholeWordsDelegate(QStyledItemDelegate):
    """Cells whose wrapped lines break between words, never inside one."""

    def initStyleOption(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        super().initStyleOption(option, index)
        option.text = whole_words(option.text)


class ElidedLabel(QLabel):
    """A label that may be narrower than its text (a file's path in the status bar): the
    middle of the text gives way to "…", and the tooltip says it whole."""

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.full_text = ""
        self.setText(text)

    def setText(self, text: str) -> None:
        self.full_text = text
        self._elide()

    def sizeHint(self) -> QSize:
        margins = self.contentsMargins()
        width = self.fontMetrics().horizontalAdvance(self.full_text) + 1  # (rounding)
        return QSize(width + margins.left() + margins.right(), super().sizeHint().height())

    def minimumSizeHint(self) -> QSize:
        return QSize(self.fontMetrics().averageCharWidth() * 12, super().minimumSizeHint().height())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._elide()

    def _elide(self) -> None:
        room = self.contentsRect().width()
        shown = self.fontMetrics().elidedText(self.full_text, Qt.TextElideMode.ElideMiddle, room)
        if shown != super().text():
            super().setText(shown)
        if shown != self.full_text:
            self.setToolTip(self.full_text)
