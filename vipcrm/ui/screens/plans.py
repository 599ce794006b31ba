"""Plans (服务计划): the month as a calendar with holidays, make-up working days and what
the rules make due on each day.

Building, moving and submitting plan items needs the plan service, which does not exist
yet; until then this screen shows the month as the rules engine sees it (no dead buttons,
and no print action: printing comes with the printing issue).
"""

from __future__ import annotations

from collections import Counter
from datetime import date, timedelta
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from vipcrm.domain.due import DueItem, DueKind
from vipcrm.ui.backend import MonthView
from vipcrm.ui.errors import show_error
from vipcrm.ui.labels import fill, format_day, weekday_label
from vipcrm.ui.screens.base import Screen, UiContext
from vipcrm.ui.widgets import Heading, Notice

_Key = QModelIndex | QPersistentModelIndex
DAY_ROLE = Qt.ItemDataRole.UserRole + 1
HOLIDAY_BG = QColor("#fde7e7")
MAKEUP_BG = QColor("#e3ecfb")
WEEKEND_BG = QColor("#f5f5f5")
TODAY_BG = QColor("#fff3d6")
CALLS = {
    DueKind.FIRST_CONTACT,
    DueKind.FIRST_CALL,
    DueKind.UNREACHABLE_RETRY,
    DueKind.ROUTINE_CALL,
    DueKind.MINIMUM_CONTACT,
}
SMS = {DueKind.ROUTINE_SMS, DueKind.BIRTHDAY_GREETING, DueKind.HOLIDAY_GREETING}


class MonthModel(QAbstractTableModel):
    """Six weeks of seven days (Monday first) around the month."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.view: MonthView | None = None
        self._first_monday = date.today()
        self._bold = QFont()
        self._bold.setBold(True)

    def set_view(self, view: MonthView) -> None:
        self.beginResetModel()
        self.view = view
        first = date(view.year, view.month, 1)
        self._first_monday = first - timedelta(days=first.weekday())
        self.endResetModel()

    def day_at(self, row: int, column: int) -> date:
        return self._first_monday + timedelta(days=row * 7 + column)

    def rowCount(self, parent: _Key = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() or self.view is None else 6

    def columnCount(self, parent: _Key = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 7

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return weekday_label(date(2026, 11, 16) + timedelta(days=section))  # a Monday
        return None

    def counts_text(self, items: tuple[DueItem, ...]) -> list[str]:
        kinds = Counter(
            "call" if i.kind in CALLS else "sms" if i.kind in SMS else "other" for i in items
        )
        parts = []
        if kinds["call"]:
            parts.append(self.tr("%n call(s)", "", kinds["call"]))
        if kinds["sms"]:
            parts.append(self.tr("%n SMS", "", kinds["sms"]))
        if kinds["other"]:
            parts.append(self.tr("%n other", "", kinds["other"]))
        return parts

    def data(self, index: _Key, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or self.view is None:
            return None
        view = self.view
        day = self.day_at(index.row(), index.column())
        in_month = day.month == view.month
        if role == DAY_ROLE:
            return day
        if role == Qt.ItemDataRole.DisplayRole:
            lines = [str(day.day)]
            if day in view.holidays:
                lines[0] += "  " + fill(self.tr("%1 (off)"), view.holidays[day])
            elif day in view.workdays:
                lines[0] += "  " + fill(self.tr("%1 make-up day"), view.workdays[day])
            if in_month:
                lines.extend(self.counts_text(view.due.get(day, ())))
            return "\n".join(lines)
        if role == Qt.ItemDataRole.ToolTipRole and in_month:
            items = view.due.get(day, ())
            return fill(self.tr("%1: %n item(s) due", "", len(items)), format_day(day))
        if role == Qt.ItemDataRole.BackgroundRole:
            if day == view.today:
                return QBrush(TODAY_BG)
            if day in view.holidays:
                return QBrush(HOLIDAY_BG)
            if day in view.workdays:
                return QBrush(MAKEUP_BG)
            if day.weekday() >= 5:
                return QBrush(WEEKEND_BG)
        if role == Qt.ItemDataRole.ForegroundRole and not in_month:
            return QBrush(QColor("#9e9e9e"))
        if role == Qt.ItemDataRole.FontRole and day == view.today:
            return self._bold
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft
        return None


class PlansScreen(Screen):
    def __init__(self, ctx: UiContext) -> None:
        super().__init__(ctx)
        today = ctx.backend.today()
        self.year, self.month = today.year, today.month
        self.model = MonthModel(self)
        self.title = Heading()
        self.previous_button = QPushButton(self.tr("◀ &Previous month"))
        self.next_button = QPushButton(self.tr("&Next month ▶"))
        self.this_button = QPushButton(self.tr("This &month"))
        self.previous_button.clicked.connect(lambda: self.shift(-1))
        self.next_button.clicked.connect(lambda: self.shift(1))
        self.this_button.clicked.connect(self.this_month)
        self.legend = QLabel(
            self.tr(
                "<span style='background:#fde7e7'>&nbsp;holiday&nbsp;</span> "
                "<span style='background:#e3ecfb'>&nbsp;make-up working day&nbsp;</span> "
                "<span style='background:#fff3d6'>&nbsp;today&nbsp;</span>"
            )
        )
        self.notice = Notice()
        self.info = QLabel(
            self.tr(
                "The calendar shows what the service rules make due each day (overdue items "
                "on today). Building the month's plan, moving items and submitting it for "
                "approval come with the plan service."
            )
        )
        self.info.setWordWrap(True)
        self.info.setStyleSheet("QLabel { color: #546e7a; }")

        self.grid = QTableView()
        self.grid.setModel(self.model)
        self.grid.setWordWrap(True)
        self.grid.verticalHeader().setVisible(False)
        self.grid.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.grid.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.grid.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.grid.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.grid.selectionModel().currentChanged.connect(lambda cur, _prev: self._day(cur))
        self.day_title = QLabel()
        self.day_title.setStyleSheet("QLabel { font-weight: bold; }")
        self.day_items = QListWidget()  # one day's items: a few dozen lines at most
        self.day_items.setWordWrap(True)
        self.day_items.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.day_items.itemActivated.connect(self._open_item)
        side = QWidget()
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        side_layout.addWidget(self.day_title)
        side_layout.addWidget(self.day_items, 1)
        splitter = QSplitter()
        splitter.addWidget(self.grid)
        splitter.addWidget(side)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)

        top = QHBoxLayout()
        top.addWidget(self.title)
        top.addStretch(1)
        top.addWidget(self.previous_button)
        top.addWidget(self.this_button)
        top.addWidget(self.next_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.legend)
        layout.addWidget(self.notice)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.info)
        ctx.hub.changed.connect(lambda changes: self.mark_stale())

    def shift(self, months: int) -> None:
        index = self.year * 12 + (self.month - 1) + months
        self.year, self.month = divmod(index, 12)
        self.month += 1
        self.refresh()

    def this_month(self) -> None:
        today = self.ctx.backend.today()
        self.year, self.month = today.year, today.month
        self.refresh()

    def refresh(self) -> None:
        year, month, backend = self.year, self.month, self.ctx.backend
        self.title.setText(fill(self.tr("Service plan %1-%2"), year, f"{month:02d}"))
        self.ctx.ops.read(
            lambda: backend.month(year, month),
            self._loaded,
            on_error=lambda exc: show_error(self, exc),
        )

    def _loaded(self, view: MonthView) -> None:
        self.model.set_view(view)
        warnings = list(view.warnings)
        if view.source is None:
            warnings.insert(
                0,
                fill(
                    self.tr(
                        "No official working-day calendar for %1: holidays and make-up days "
                        "are not shown (import the State Council notice: vipcrm calendar import)."
                    ),
                    view.year,
                ),
            )
        self.notice.show_text("\n".join(warnings))
        focus = (
            view.today if (view.today.year, view.today.month) == (view.year, view.month) else None
        )
        first = focus or date(view.year, view.month, 1)
        offset = (first - self.model.day_at(0, 0)).days
        self.grid.setCurrentIndex(self.model.index(offset // 7, offset % 7))

    def _day(self, index: QModelIndex) -> None:
        self.day_items.clear()
        view = self.model.view
        if not index.isValid() or view is None:
            return
        day = index.data(DAY_ROLE)
        items = view.due.get(day, ())
        self.day_title.setText(fill(self.tr("%1: %n item(s)", "", len(items)), format_day(day)))
        for item in items:
            self.day_items.addItem(fill(self.tr("%1 — %2"), item.member_name, item.reason))
            self.day_items.item(self.day_items.count() - 1).setData(
                Qt.ItemDataRole.UserRole, str(item.member_id)
            )

    def _open_item(self, entry: Any) -> None:
        import uuid

        value = entry.data(Qt.ItemDataRole.UserRole)
        if value:
            self.open_member.emit(uuid.UUID(value))
