"""A small read-only table model for the lead's lists (tens to a few hundred rows, all
loaded, sorted by a proxy on :data:`SORT_ROLE`), and the figures' text forms."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QHeaderView, QTableView

from vipcrm.ui.labels import format_money
from vipcrm.ui.widgets import tidy_table

_Key = QModelIndex | QPersistentModelIndex
ROW_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2
NONE_SORTS_FIRST = -1.0


@dataclass(frozen=True)
class Column:
    """A column: its header, the text of a row's cell, and what it sorts by."""

    header: str
    text: Callable[[Any], str]
    sort: Callable[[Any], Any] | None = None  # default: the text
    number: bool = False  # right-aligned
    foreground: Callable[[Any], QColor | None] | None = None
    background: Callable[[Any], QColor | None] | None = None
    tip: str = ""  # the header's tooltip: what the figure means


class RowsModel(QAbstractTableModel):
    def __init__(self, columns: Sequence[Column], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.columns = list(columns)
        self._rows: list[Any] = []

    def set_rows(self, rows: Sequence[Any]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rows(self) -> list[Any]:
        return list(self._rows)

    def row_value(self, row: int) -> Any:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def rowCount(self, parent: _Key = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Key = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.columns[section].header
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.columns[section].tip or None
        return None

    def text(self, row: int, column: int) -> str:
        return self.columns[column].text(self._rows[row])

    def data(self, index: _Key, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        value, col = self._rows[index.row()], self.columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return col.text(value)
        if role == SORT_ROLE:
            return col.sort(value) if col.sort is not None else col.text(value)
        if role == ROW_ROLE:
            return value
        if role == Qt.ItemDataRole.TextAlignmentRole and col.number:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and col.foreground is not None:
            colour = col.foreground(value)
            return QBrush(colour) if colour is not None else None
        if role == Qt.ItemDataRole.BackgroundRole and col.background is not None:
            colour = col.background(value)
            return QBrush(colour) if colour is not None else None
        return None


def sorted_proxy(model: RowsModel, parent: QObject | None = None) -> QSortFilterProxyModel:
    proxy = QSortFilterProxyModel(parent)
    proxy.setSourceModel(model)
    proxy.setSortRole(SORT_ROLE)
    return proxy


def percent(value: float | None, digits: int = 1) -> str:
    return "—" if value is None else f"{value * 100:.{digits}f}%"


def sort_rate(value: float | None) -> float:
    return NONE_SORTS_FIRST if value is None else value


def money(fen: int | None) -> str:
    return "—" if fen is None else format_money(fen)


def money_short(fen: int | None) -> str:
    """¥600 for whole yuan, else ¥600.50 (tables where width counts)."""
    if fen is None:
        return "—"
    text = format_money(fen)
    return text[:-3] if text.endswith(".00") else text


def rows_table(model: RowsModel) -> QTableView:
    """A read-only table over ``model``: columns sized to their content, the last stretched."""
    view = tidy_table(QTableView())
    view.setModel(model)
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setStretchLastSection(True)
    return view
