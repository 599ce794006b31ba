"""Finding text the window cuts: a label narrower or shorter than its text, a button, check
box or radio button narrower than its caption, a tab or a column title narrower than its
title, a combo box narrower than its longest item, an English word broken across lines,
a cell whose text is elided with no tooltip to read it whole, or any of these hidden in part
by the widget that holds it (issue 20, point 6).

``cut_texts(widget)`` walks ``widget`` and every visible widget in it and returns what it
found, each as a ``Cut`` saying where, what text, and how much room it has against what it
needs. Room is measured as Qt measures it when it lays the text out: the font metrics of
the text against the rectangle the style draws it in.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractListModel,
    QModelIndex,
    QPoint,
    QRect,
    QSize,
    Qt,
)
from PySide6.QtGui import QFontMetrics, QTextDocument
from PySide6.QtGui import Qt as GuiQt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractScrollArea,
    QCheckBox,
    QComboBox,
    QGroupBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QRadioButton,
    QStyle,
    QStyleOptionButton,
    QStyleOptionTab,
    QTabBar,
    QToolButton,
    QWidget,
)

from vipcrm.ui.widgets import ELIDED_TIPS

SLACK = 1  # pixels of rounding allowed
FAR = 10**6
PATH = re.compile(r"[A-Za-z].*[/\\]|[/\\].*[A-Za-z]|@")  # a path, an address: not words
WRAP = int(Qt.TextFlag.TextWordWrap.value) | int(Qt.AlignmentFlag.AlignLeft.value)


@dataclass(frozen=True)
class Cut:
    where: str
    text: str
    have: QSize
    need: QSize
    why: str

    def __str__(self) -> str:
        return (
            f"{self.where}: {self.text!r} {self.why} "
            f"(has {self.have.width()}×{self.have.height()}, "
            f"needs {self.need.width()}×{self.need.height()})"
        )


def shown_text(text: str) -> str:
    """A caption as drawn: mnemonic ampersands gone (``&&`` is one ``&``)."""
    return re.sub(r"&(.)", r"\1", text)


def plain(label: QLabel) -> str:
    text = label.text()
    if label.textFormat() == Qt.TextFormat.PlainText or (
        label.textFormat() == Qt.TextFormat.AutoText and not GuiQt.mightBeRichText(text)
    ):
        return text
    doc = QTextDocument()
    doc.setHtml(text)
    return doc.toPlainText()


def latin_words(text: str) -> list[str]:
    """The words of Latin letters and digits in ``text`` (with what sticks to them: "3.",
    "(Ctrl+N)"): a line may not break inside one. Paths and addresses are not words: they
    may break at any character (a label cannot be as wide as any path)."""
    words = re.findall(r"[A-Za-z0-9][^\s\u3000-\u9fff\uff00-\uffef]*", text)
    return [w for w in words if not PATH.search(w)]


def describe(widget: QWidget) -> str:
    """``Dialog > QGroupBox > QLabel#name`` (classes, object names where set)."""
    parts = []
    w: QWidget | None = widget
    while w is not None and len(parts) < 4:
        name = type(w).__name__ + (f"#{w.objectName()}" if w.objectName() else "")
        parts.append(name)
        w = w.parentWidget()
    return " < ".join(parts)


def text_width(metrics: QFontMetrics, text: str) -> int:
    return max((metrics.horizontalAdvance(line) for line in text.split("\n")), default=0)


def text_height(metrics: QFontMetrics, text: str) -> int:
    return metrics.lineSpacing() * (text.count("\n") + 1)


def cut_texts(root: QWidget) -> list[Cut]:
    cuts: list[Cut] = []
    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisible() or widget.width() <= 0 or widget.height() <= 0:
            continue
        if isinstance(widget, QLabel):
            cuts += _label(widget)
        elif isinstance(widget, QPushButton):
            cuts += _push_button(widget)
        elif isinstance(widget, QCheckBox | QRadioButton):
            cuts += _check_box(widget)
        elif isinstance(widget, QToolButton):
            cuts += _tool_button(widget)
        elif isinstance(widget, QComboBox):
            cuts += _combo(widget)
        elif isinstance(widget, QTabBar):
            cuts += _tabs(widget)
        elif isinstance(widget, QHeaderView):
            cuts += _header(widget)
        elif isinstance(widget, QGroupBox):
            cuts += _group_box(widget)
        if isinstance(widget, QAbstractItemView) and not isinstance(widget, QHeaderView):
            cuts += _cells(widget)
        if _has_text(widget):
            hidden = _hidden_part(widget)
            if hidden is not None:
                cuts.append(hidden)
    return cuts


# --- labels ----------------------------------------------------------------------------


def _label(label: QLabel) -> list[Cut]:
    text = plain(label)
    if not text.strip() or label.pixmap() is not None and not label.pixmap().isNull():
        return []
    have = label.size()
    if label.wordWrap():
        need = QSize(label.width(), label.heightForWidth(label.width()))
        cuts = []
        if need.height() > have.height() + SLACK:
            cuts.append(Cut(describe(label), text, have, need, "is cut top or bottom"))
        room = label.contentsRect().width() - 2 * label.margin() - 2 * label.indent()
        metrics = label.fontMetrics()
        for word in latin_words(text):
            if metrics.horizontalAdvance(word) > room + SLACK:  # broken mid-word
                need = QSize(metrics.horizontalAdvance(word), need.height())
                cuts.append(Cut(describe(label), word, have, need, "is broken mid-word"))
        return cuts
    need = label.sizeHint()
    if "…" in text and label.toolTip():  # elided on purpose, said whole in the tooltip
        margins = label.contentsMargins()
        width = text_width(label.fontMetrics(), text) + margins.left() + margins.right()
        need = QSize(width, need.height())
    if need.width() > have.width() + SLACK or need.height() > have.height() + SLACK:
        return [Cut(describe(label), text, have, need, "does not fit")]
    return []


# --- buttons ---------------------------------------------------------------------------


def _push_button(button: QPushButton) -> list[Cut]:
    text = shown_text(button.text())
    if not text:
        return []
    size = button.fontMetrics().size(Qt.TextFlag.TextShowMnemonic, button.text())
    width, height = size.width(), size.height()
    if not button.icon().isNull():
        width += button.iconSize().width() + 4
        height = max(height, button.iconSize().height())
    option = QStyleOptionButton()
    button.initStyleOption(option)
    option.text = ""  # the size of the caption only, without the style's minimum width
    if button.menu() is not None:
        width += button.style().pixelMetric(QStyle.PixelMetric.PM_MenuButtonIndicator, option)
    need = button.style().sizeFromContents(
        QStyle.ContentsType.CT_PushButton, option, QSize(width, height), button
    )
    if need.width() > button.width() + SLACK or need.height() > button.height() + SLACK:
        return [Cut(describe(button), text, button.size(), need, "does not fit")]
    return []


def _check_box(button: QAbstractButton) -> list[Cut]:
    text = shown_text(button.text())
    if not text:
        return []
    need = button.sizeHint()  # the indicator, the spacing and the caption
    if need.width() > button.width() + SLACK or need.height() > button.height() + SLACK:
        return [Cut(describe(button), text, button.size(), need, "does not fit")]
    return []


def _tool_button(button: QToolButton) -> list[Cut]:
    text = shown_text(button.text())
    icon_only = button.toolButtonStyle() == Qt.ToolButtonStyle.ToolButtonIconOnly
    if (
        not text
        or (icon_only and not button.icon().isNull())
        or button.arrowType() != Qt.ArrowType.NoArrow
    ):
        return []
    need = button.sizeHint()
    if need.width() > button.width() + SLACK or need.height() > button.height() + SLACK:
        return [Cut(describe(button), text, button.size(), need, "does not fit")]
    return []


def _group_box(box: QGroupBox) -> list[Cut]:
    text = shown_text(box.title())
    if not text:
        return []
    need = QSize(box.fontMetrics().horizontalAdvance(text) + 16, box.fontMetrics().height())
    if need.width() > box.width() + SLACK:
        return [Cut(describe(box), text, box.size(), need, "title does not fit")]
    return []


# --- combo boxes -----------------------------------------------------------------------


def _combo(combo: QComboBox) -> list[Cut]:
    """As wide as its longest item needs (a fresh combo box with the same items asks for
    that), so whichever item is chosen shows whole."""
    if combo.count() == 0:
        return []
    fresh = QComboBox()
    fresh.setFont(combo.font())
    fresh.setIconSize(combo.iconSize())
    fresh.setStyleSheet(combo.styleSheet())
    for i in range(combo.count()):
        fresh.addItem(combo.itemIcon(i), combo.itemText(i))
    need = fresh.sizeHint()
    fresh.deleteLater()
    if need.width() > combo.width() + SLACK:
        longest = max((combo.itemText(i) for i in range(combo.count())), key=len)
        return [Cut(describe(combo), longest, combo.size(), need, "is wider than the box")]
    return []


# --- tabs and column titles -----------------------------------------------------------


def _tabs(bar: QTabBar) -> list[Cut]:
    cuts = []
    metrics = bar.fontMetrics()
    for i in range(bar.count()):
        if not bar.isTabVisible(i):
            continue
        text = shown_text(bar.tabText(i))
        rect = bar.tabRect(i)
        option = QStyleOptionTab()
        option.initFrom(bar)
        space = bar.style().pixelMetric(QStyle.PixelMetric.PM_TabBarTabHSpace, option, bar)
        width = metrics.horizontalAdvance(text) + space
        if not bar.tabIcon(i).isNull():
            width += bar.iconSize().width() + 4
        need = QSize(width, rect.height())
        if need.width() > rect.width() + SLACK:
            cuts.append(Cut(describe(bar), text, rect.size(), need, "tab is elided"))
        elif rect.right() > bar.width() or rect.left() < 0:
            cuts.append(Cut(describe(bar), text, rect.size(), need, "tab is scrolled out"))
    return cuts


def _header(header: QHeaderView) -> list[Cut]:
    if header.orientation() != Qt.Orientation.Horizontal:
        return []
    model = header.model()
    if model is None:
        return []
    cuts = []
    for i in range(header.count()):
        if header.isSectionHidden(i) or header.sectionSize(i) == 0:
            continue
        title = model.headerData(i, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole)
        if not title:
            continue
        need = header.sectionSizeFromContents(i)
        have = QSize(header.sectionSize(i), header.height())
        if need.width() > have.width() + SLACK:
            cuts.append(Cut(describe(header), str(title), have, need, "column title is cut"))
        elif need.height() > have.height() + SLACK:
            cuts.append(Cut(describe(header), str(title), have, need, "column title is cut"))
    return cuts


# --- cells -----------------------------------------------------------------------------


def _cells(view: QAbstractItemView) -> list[Cut]:
    """Cells in sight whose text is elided (or cut) with no tooltip to read it."""
    model = view.model()
    if model is None:
        return []
    if view.property(ELIDED_TIPS):
        return []  # a cell elided shows its text whole in a tooltip (vipcrm.ui.widgets)
    cuts: list[Cut] = []
    viewport = view.viewport().rect()
    wraps = bool(getattr(view, "wordWrap", lambda: False)())

    def walk(parent: QModelIndex) -> None:
        for row in range(model.rowCount(parent)):
            for col in range(columns(model, parent)):
                index = model.index(row, col, parent)
                rect = view.visualRect(index)
                if rect.isEmpty() or not rect.intersects(viewport):
                    continue
                text = index.data(Qt.ItemDataRole.DisplayRole)
                if not isinstance(text, str) or not text:
                    continue
                if index.data(Qt.ItemDataRole.ToolTipRole):
                    continue  # elided, but a tooltip says it whole
                why = _cell_cut(view, index, rect, text, wraps)
                if why is not None:
                    cuts.append(Cut(describe(view), text, rect.size(), why[0], why[1]))
            first = model.index(row, 0, parent)
            expanded = getattr(view, "isExpanded", lambda _i: False)
            if not isinstance(model, QAbstractListModel) and expanded(first):
                walk(first)

    walk(QModelIndex())
    return cuts


def _cell_cut(
    view: QAbstractItemView, index: QModelIndex, rect: QRect, text: str, wraps: bool
) -> tuple[QSize, str] | None:
    """(what the cell needs, why) when its text does not fit its rectangle."""
    if not wraps:
        need = view.sizeHintForIndex(index)
        if need.width() > rect.width() + SLACK or need.height() > rect.height() + SLACK:
            return need, "cell is cut, no tooltip"
        return None
    # wrapped: as tall as the lines at the cell's width, no word wider than the cell
    style = view.style()
    margin = style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, view) + 1
    room = rect.width() - 2 * margin
    if index.data(Qt.ItemDataRole.DecorationRole) is not None:
        room -= view.iconSize().width() + 4
    metrics = QFontMetrics(index.data(Qt.ItemDataRole.FontRole) or view.font())
    lines = metrics.boundingRect(QRect(0, 0, max(room, 1), FAR), WRAP, text)
    need = QSize(rect.width(), lines.height())
    if need.height() > rect.height() + SLACK:
        return need, "cell is cut top or bottom, no tooltip"
    for word in latin_words(text):
        if metrics.horizontalAdvance(word) > room + SLACK:
            return QSize(metrics.horizontalAdvance(word), need.height()), "cell breaks a word"
    return None


def columns(model: QAbstractItemModel, parent: QModelIndex) -> int:
    if isinstance(model, QAbstractListModel):  # (its columnCount is private in PySide6)
        return 0 if parent.isValid() else 1
    return model.columnCount(parent)


# --- hidden by what holds it -----------------------------------------------------------


def _has_text(widget: QWidget) -> bool:
    if isinstance(widget, QLabel):
        return bool(plain(widget).strip())
    if isinstance(widget, QAbstractButton):
        return bool(widget.text())
    return isinstance(widget, QComboBox) and widget.count() > 0


def _hidden_part(widget: QWidget) -> Cut | None:
    """Part of the widget outside the widgets that hold it (a window too small, a frame of
    fixed size), unless a scroll bar can bring it into sight."""
    rect = QRect(QPoint(0, 0), widget.size())
    shown = QRect(rect)
    scrolls_x = scrolls_y = False  # inside a scroll area: what is out of sight scrolls in
    parent = widget.parentWidget()
    while parent is not None:
        area = _scroll_area_of_viewport(parent)
        if area is not None:
            off = Qt.ScrollBarPolicy.ScrollBarAlwaysOff
            scrolls_x = scrolls_x or area.horizontalScrollBarPolicy() != off
            scrolls_y = scrolls_y or area.verticalScrollBarPolicy() != off
        in_parent = QRect(widget.mapTo(parent, QPoint(0, 0)), widget.size())
        bounds = QRect(parent.rect())
        if scrolls_x:
            bounds.setLeft(-FAR)
            bounds.setRight(FAR)
        if scrolls_y:
            bounds.setTop(-FAR)
            bounds.setBottom(FAR)
        shown = shown.intersected(in_parent.intersected(bounds).translated(-in_parent.topLeft()))
        if parent.isWindow():
            break
        parent = parent.parentWidget()
    if shown.width() + SLACK < rect.width() or shown.height() + SLACK < rect.height():
        if isinstance(widget, QLabel):
            text = plain(widget)
        elif isinstance(widget, QAbstractButton):
            text = widget.text()
        else:
            text = widget.currentText() if isinstance(widget, QComboBox) else ""
        return Cut(describe(widget), text, shown.size(), rect.size(), "is hidden in part")
    return None


def _scroll_area_of_viewport(widget: QWidget) -> QAbstractScrollArea | None:
    """The scroll area whose viewport ``widget`` is (a QScrollArea's contents live there)."""
    area = widget.parentWidget()
    if isinstance(area, QAbstractScrollArea) and area.viewport() is widget:
        return area
    return None
