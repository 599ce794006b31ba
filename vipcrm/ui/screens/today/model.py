"""The Today tree: three sections (overdue, today, next days) with the due items under them."""

from __future__ import annotations

from datetime import date
from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QFont

from vipcrm.domain.due import DueItem
from vipcrm.domain.values import Tier
from vipcrm.services.directory import TeamRow
from vipcrm.ui.backends.base import due_sections
from vipcrm.ui.errors import message_text
from vipcrm.ui.labels import fill, format_date, format_mobile, reason_text, texts, tier_label
from vipcrm.ui.region import TeamCounts
from vipcrm.ui.tiers import OVERDUE_COLOUR, TIER_BACKGROUND, TIER_FOREGROUND


class Part(IntEnum):
    OVERDUE = 0
    TODAY = 1
    SOON = 2


class Col(IntEnum):
    MEMBER = 0
    TIER = 1
    PHONE = 2
    WHY = 3
    DUE = 4


ITEM_ROLE = Qt.ItemDataRole.UserRole + 1  # the DueItem of a row (None for a section)
PART_ROLE = Qt.ItemDataRole.UserRole + 2  # the Part of a section row

_Key = QModelIndex | QPersistentModelIndex
_NO_PARENT = 0xFFFFFFFF  # internal id of section rows
_COLUMNS = len(Col)
_NO_FLAGS = Qt.ItemFlag.NoItemFlags
_SECTION_FLAGS = Qt.ItemFlag.ItemIsEnabled
_ITEM_FLAGS = (  # never a parent: the tree's layout then does not ask each for its rows
    Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren
)


def item_key(item: DueItem) -> tuple[str, str, date, str]:
    return (str(item.member_id), str(item.kind), item.due_date, str(item.card_id or ""))


class TodayModel(QAbstractItemModel):
    """Grouped due items; the view shows the sections expanded."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.today = date.today()
        self._parts: list[list[DueItem]] = [[], [], []]
        self._bold = QFont()
        self._bold.setBold(True)

    # --- content -------------------------------------------------------------------

    def set_items(self, items: tuple[DueItem, ...] | list[DueItem], today: date) -> None:
        self.beginResetModel()
        self.today = today
        self._parts = [list(p) for p in due_sections(items, today)]
        self.endResetModel()

    def remove(self, item: DueItem) -> bool:
        """Take ``item`` off the list at once (it was handled)."""
        key = item_key(item)
        for part, rows in enumerate(self._parts):
            for row, candidate in enumerate(rows):
                if item_key(candidate) == key:
                    parent = self.index(part, 0)
                    self.beginRemoveRows(parent, row, row)
                    del rows[row]
                    self.endRemoveRows()
                    self.dataChanged.emit(parent, self.index(part, len(Col) - 1))
                    return True
        return False

    def count(self, part: Part) -> int:
        return len(self._parts[part])

    def items(self, part: Part | None = None) -> list[DueItem]:
        if part is not None:
            return list(self._parts[part])
        return [i for rows in self._parts for i in rows]

    def item(self, index: _Key) -> DueItem | None:
        if not index.isValid() or index.internalId() == _NO_PARENT:
            return None
        rows = self._parts[index.internalId()]
        return rows[index.row()] if 0 <= index.row() < len(rows) else None

    def section_title(self, part: Part) -> str:
        return {
            Part.OVERDUE: self.tr("Overdue"),
            Part.TODAY: self.tr("Due today"),
            Part.SOON: self.tr("Next 7 days"),
        }[part]

    # --- Qt model interface --------------------------------------------------------

    def index(self, row: int, column: int, parent: _Key = QModelIndex()) -> QModelIndex:  # noqa: B008
        # Bounds checked here, not with hasIndex: that calls back into rowCount and
        # columnCount, and the tree's layout asks for every row of a lead's list (tens of
        # thousands) each time the list is reset.
        if not 0 <= column < _COLUMNS:
            return QModelIndex()
        if not parent.isValid():
            return (
                self.createIndex(row, column, _NO_PARENT) if 0 <= row < len(Part) else QModelIndex()
            )
        if parent.internalId() != _NO_PARENT or parent.column() != 0:
            return QModelIndex()
        part = parent.row()
        if 0 <= row < len(self._parts[part]):
            return self.createIndex(row, column, part)
        return QModelIndex()

    def parent(self, index: _Key = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        if not index.isValid() or index.internalId() == _NO_PARENT:
            return QModelIndex()
        return self.createIndex(int(index.internalId()), 0, _NO_PARENT)

    def rowCount(self, parent: _Key = QModelIndex()) -> int:  # noqa: B008
        if not parent.isValid():
            return len(Part)
        if parent.internalId() == _NO_PARENT and parent.column() == 0:
            return len(self._parts[parent.row()])
        return 0

    def columnCount(self, parent: _Key = QModelIndex()) -> int:  # noqa: B008
        return len(Col)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return {
            Col.MEMBER: self.tr("Member"),
            Col.TIER: self.tr("Tier"),
            Col.PHONE: self.tr("Mobile"),
            Col.WHY: self.tr("Why"),
            Col.DUE: self.tr("Due"),
        }.get(Col(section))

    def flags(self, index: _Key) -> Qt.ItemFlag:
        # Constants, not ``a | b`` here: the tree asks twice for each of a lead's tens of
        # thousands of rows when it lays them out, and an enum's ``|`` is Python.
        if not index.isValid():
            return _NO_FLAGS
        if index.internalId() == _NO_PARENT:
            return _SECTION_FLAGS
        return _ITEM_FLAGS

    def data(self, index: _Key, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if index.internalId() == _NO_PARENT:
            return self._section_data(Part(index.row()), Col(index.column()), role)
        item = self.item(index)
        if item is None:
            return None
        return self._item_data(item, Col(index.column()), role)

    def _section_data(self, part: Part, col: Col, role: int) -> Any:
        if role == PART_ROLE:
            return part
        if col is not Col.MEMBER:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return fill(self.tr("%1 · %2"), self.section_title(part), self.count(part))
        if role == Qt.ItemDataRole.FontRole:
            return self._bold
        if role == Qt.ItemDataRole.ForegroundRole and part is Part.OVERDUE and self.count(part):
            return QBrush(OVERDUE_COLOUR)
        return None

    def _item_data(self, item: DueItem, col: Col, role: int) -> Any:
        if role == ITEM_ROLE:
            return item
        if role == Qt.ItemDataRole.DisplayRole:
            if col is Col.MEMBER:
                return item.member_name
            if col is Col.TIER:
                return tier_label(item.tier)
            if col is Col.PHONE:
                return format_mobile(item.phone)
            if col is Col.WHY:
                return reason_text(item.reason)
            if item.overdue_days:
                return self.tr("%n day(s) overdue", "", item.overdue_days)
            if item.due_date == self.today:
                return self.tr("today")
            return format_date(item.due_date)
        if role == Qt.ItemDataRole.ToolTipRole and col is Col.WHY:
            return reason_text(item.reason)
        if col is Col.TIER:
            if role == Qt.ItemDataRole.BackgroundRole:
                return QBrush(TIER_BACKGROUND[item.tier])
            if role == Qt.ItemDataRole.ForegroundRole:
                return QBrush(TIER_FOREGROUND[item.tier])
            if role == Qt.ItemDataRole.TextAlignmentRole:
                return Qt.AlignmentFlag.AlignCenter
        if role == Qt.ItemDataRole.FontRole and item.tier is Tier.DIAMOND and col is Col.MEMBER:
            return self._bold
        if role == Qt.ItemDataRole.ForegroundRole and col is Col.DUE and item.overdue_days:
            return QBrush(OVERDUE_COLOUR)
        return None


class SummaryCol(IntEnum):
    TEAM = 0
    MANAGERS = 1
    OVERDUE = 2
    TODAY = 3
    SOON = 4


TEAM_ROLE = Qt.ItemDataRole.UserRole + 3  # the team code of a summary row


class RegionSummaryModel(QAbstractTableModel):
    """An administrator's Today: one row per team with its counts (filled in as each team
    is counted; a dash until then)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._teams: list[TeamRow] = []
        self._counts: dict[str, TeamCounts] = {}

    def set_teams(self, teams: list[TeamRow]) -> None:
        self.beginResetModel()
        self._teams = list(teams)
        self._counts = {}
        self.endResetModel()

    def set_counts(self, counts: TeamCounts) -> None:
        self._counts[counts.code] = counts
        for row, team in enumerate(self._teams):
            if team.code == counts.code:
                self.dataChanged.emit(self.index(row, 0), self.index(row, len(SummaryCol) - 1))

    def team_codes(self) -> list[str]:
        return [t.code for t in self._teams]

    def counted(self) -> int:
        return len(self._counts)

    def complete(self) -> bool:
        return all(t.code in self._counts for t in self._teams)

    def total(self, part: Part) -> int:
        attr = {Part.OVERDUE: "overdue", Part.TODAY: "today", Part.SOON: "soon"}[part]
        return sum(getattr(c, attr) for c in self._counts.values())

    def warnings(self) -> list[str]:
        """Rules left out and provisional calendars, once each, in the window's language."""
        problems: dict[str, None] = {}
        years: set[int] = set()
        for c in self._counts.values():
            problems.update(dict.fromkeys(message_text(p) for p in c.problems))
            years.update(c.provisional_years)
        return [*problems, *texts().provisional_years(years)]

    def rowCount(self, parent: _Key = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._teams)

    def columnCount(self, parent: _Key = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(SummaryCol)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return {
            SummaryCol.TEAM: self.tr("Team"),
            SummaryCol.MANAGERS: self.tr("Managers"),
            SummaryCol.OVERDUE: self.tr("Overdue"),
            SummaryCol.TODAY: self.tr("Due today"),
            SummaryCol.SOON: self.tr("Next 7 days"),
        }.get(SummaryCol(section))

    def data(self, index: _Key, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._teams):
            return None
        team = self._teams[index.row()]
        col = SummaryCol(index.column())
        if role == TEAM_ROLE:
            return team.code
        counts = self._counts.get(team.code)
        if role == Qt.ItemDataRole.TextAlignmentRole and col is not SummaryCol.TEAM:
            return Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        if role == Qt.ItemDataRole.ForegroundRole and col is SummaryCol.OVERDUE:
            return QBrush(OVERDUE_COLOUR) if counts and counts.overdue else None
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if col is SummaryCol.TEAM:
            return fill(self.tr("%1 (%2)"), team.name, team.code) if team.name else team.code
        if col is SummaryCol.MANAGERS:
            return str(team.managers)
        if counts is None:
            return "…"
        return str(
            {
                SummaryCol.OVERDUE: counts.overdue,
                SummaryCol.TODAY: counts.today,
                SummaryCol.SOON: counts.soon,
            }[col]
        )
