"""The plan calendar: a month (six weeks of seven days) or one week (seven day columns,
Monday to Sunday), with holidays (provisional ones marked), make-up days and, per day, the
saved plan's items (or, before a plan is saved, the rules' proposal laid out as the
printed plan lays it out: working days only). A day holding more calls or SMS than the
daily capacity says so. Plan items dragged from the day list are dropped here onto
another working day."""

from __future__ import annotations

import uuid
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QMimeData,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QFont

from vipcrm.domain.plan_layout import channel, channel_counts
from vipcrm.services.saved_plans import PlanView
from vipcrm.ui.backends.plans import MonthView
from vipcrm.ui.labels import fill, format_date, format_day, weekday_label
from vipcrm.ui.screens.plans.dialogs import due_kind_label, own_kind_label

_Key = QModelIndex | QPersistentModelIndex
DAY_ROLE = Qt.ItemDataRole.UserRole + 1
ITEM_MIME = "application/x-vipcrm-plan-item"
HOLIDAY_BG = QColor("#fde7e7")
MAKEUP_BG = QColor("#e3ecfb")
WEEKEND_BG = QColor("#f5f5f5")
TODAY_BG = QColor("#fff3d6")
OVER_CAPACITY = QColor("#b00020")
VISITS = {"visit", "meeting"}
WEEK_CELL_ITEMS = 12  # items a week column lists (the day list beside it has them all)


def kind_group(kind: str) -> str:
    """call, sms, visit or other: what a calendar cell counts (calls and SMS as the
    daily capacity counts them)."""
    if kind in VISITS:
        return "visit"
    return {"calls": "call", "sms": "sms"}.get(channel(kind) or "", "other")


def item_line(item: Any) -> str:
    """One short line for an item in a week column: who (or the note), and what."""
    mark = "✓ " if item.done else ""
    if item.own:
        what = own_kind_label(item.kind)
        return mark + fill(
            QCoreApplication.translate("PlanCalendar", "%1: %2"),
            what,
            item.member_name or item.note,
        )
    return mark + fill(
        QCoreApplication.translate("PlanCalendar", "%1 · %2"),
        item.member_name,
        due_kind_label(item.kind),
    )


DayKinds = dict[date, tuple[Counter[str], Counter[str]]]


def count_day_kinds(days: Mapping[date, Sequence[Any]]) -> DayKinds:
    """Per day: (the kinds of its items not done, the kinds of all of them), counted."""
    return {
        day: (Counter(i.kind for i in items if not i.done), Counter(i.kind for i in items))
        for day, items in days.items()
    }


@dataclass(frozen=True)
class Arranged:
    """What :meth:`MonthModel.set_view` works out from a period's items, worked out on the
    runner (:func:`arrange`): a lead's month of the team is ~100,000 items, whose counting
    held the window ~50-80 ms in the calendar's first paint."""

    plan_days: dict[date, tuple[Any, ...]]
    kinds: DayKinds


def arrange(view: MonthView, plan: PlanView | None) -> Arranged:
    """The saved plan's items by day and each day's kinds counted (Qt-free: for the runner)."""
    plan_days = plan.by_day() if plan is not None else {}
    return Arranged(plan_days, count_day_kinds(plan_days if plan is not None else view.rows))


class MonthModel(QAbstractTableModel):
    """Six weeks of seven days (Monday first) around the month; or, for a week plan, one
    row of seven days."""

    item_dropped = Signal(object, object)  # plan item id (uuid.UUID), day (date)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.view: MonthView | None = None
        self.plan: PlanView | None = None
        self.editable = False  # plan items may be dropped onto days
        self._plan_days: dict[date, tuple[Any, ...]] = {}
        # Per day: how many items of each kind (not done, all): counted once per view, not
        # at every paint (an administrator's month of the region is ~470,000 items).
        self._kinds: dict[date, tuple[Counter[str], Counter[str]]] = {}
        self._first_monday = date.today()
        self.week = False  # one row of seven days
        self.first = self.last = self._first_monday  # the days of the period shown
        self._bold = QFont()
        self._bold.setBold(True)

    def set_view(
        self,
        view: MonthView,
        plan: PlanView | None = None,
        editable: bool = False,
        arranged: Arranged | None = None,
    ) -> None:
        """Show the period of ``view``: a month, or a week (one row of seven days).
        ``arranged`` is :func:`arrange`'s answer for them, worked out off the UI thread;
        without it the items are arranged here and each day counted at its first paint."""
        self.beginResetModel()
        self.view = view
        self.plan = plan
        self.editable = editable and plan is not None
        self._kinds.clear()
        if arranged is not None:
            self._plan_days = arranged.plan_days
            self._kinds.update(arranged.kinds)
        else:
            self._plan_days = plan.by_day() if plan is not None else {}
        self.week = view.period.kind == "week"
        self.first, self.last = view.period.start, view.period.end
        self._first_monday = self.first - timedelta(days=self.first.weekday())
        self.endResetModel()

    def in_period(self, day: date) -> bool:
        return self.first <= day <= self.last

    def day_at(self, row: int, column: int) -> date:
        return self._first_monday + timedelta(days=row * 7 + column)

    def index_of(self, day: date) -> QModelIndex:
        offset = (day - self._first_monday).days
        return self.index(offset // 7, offset % 7)

    def rowCount(self, parent: _Key = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid() or self.view is None:
            return 0
        return 1 if self.week else 6

    def columnCount(self, parent: _Key = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 7

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            if self.week:
                day = self._first_monday + timedelta(days=section)
                return fill(self.tr("%1\n%2"), weekday_label(day), format_date(day))
            return weekday_label(date(2026, 11, 16) + timedelta(days=section))  # a Monday
        return None

    def items_on(self, day: date) -> tuple[Any, ...]:
        """The saved plan's items of a day (PlanItemRow), or without one what the plan
        shows (PlanRow: the rules' proposal, or a week's saved months)."""
        if self.plan is not None:
            return self._plan_days.get(day, ())
        return self.view.rows.get(day, ()) if self.view is not None else ()

    def _kinds_on(self, day: date) -> tuple[Counter[str], Counter[str]]:
        """(the kinds of the day's items not done, the kinds of all of them), counted."""
        found = self._kinds.get(day)
        if found is None:
            found = count_day_kinds({day: self.items_on(day)})[day]
            self._kinds[day] = found
        return found

    def over_capacity(self, day: date) -> bool:
        """More calls or SMS on the day than the daily capacity (none: a team's view)."""
        info = self.view.days.get(day) if self.view is not None else None
        if info is None or info.capacity is None:
            return False
        calls = sms = 0
        for kind, n in self._kinds_on(day)[1].items():  # each kind's channel once
            kind_calls, kind_sms = channel_counts([kind])
            calls += n * kind_calls
            sms += n * kind_sms
        return info.capacity.over(calls, sms)

    def counts_text(self, kinds: Iterable[str], done: int = 0) -> list[str]:
        return self._counts_text(Counter(kinds), done)

    def _counts_text(self, kinds: Counter[str], done: int) -> list[str]:
        groups: Counter[str] = Counter()
        for kind, n in kinds.items():  # a dozen kinds at most, however many items
            groups[kind_group(kind)] += n
        parts = []
        if groups["call"]:
            parts.append(self.tr("%n call(s)", "", groups["call"]))
        if groups["sms"]:
            parts.append(self.tr("%n SMS", "", groups["sms"]))
        if groups["visit"]:
            parts.append(self.tr("%n visit(s)", "", groups["visit"]))
        if groups["other"]:
            parts.append(self.tr("%n other", "", groups["other"]))
        if done:
            parts.append(self.tr("✓ %n done", "", done))
        return parts

    def _day_note(self, day: date) -> str:
        """ "  元旦 (off)", "  春节 make-up day" or ""."""
        info = self.view.days.get(day) if self.view is not None else None
        if info is not None and info.holiday:
            text = self.tr("%1 (off, provisional)") if info.provisional else self.tr("%1 (off)")
            return "  " + fill(text, info.holiday)
        if info is not None and info.makeup:
            return "  " + fill(self.tr("%1 make-up day"), info.makeup)
        return ""

    def _day_counts(self, day: date) -> list[str]:
        undone, every = self._kinds_on(day)
        parts = self._counts_text(undone, every.total() - undone.total())
        if self.over_capacity(day):
            parts.append(self.tr("⚠ over capacity"))
        return parts

    def data(self, index: _Key, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or self.view is None:
            return None
        view = self.view
        day = self.day_at(index.row(), index.column())
        in_month = self.in_period(day)
        if role == DAY_ROLE:
            return day
        info = view.days.get(day)
        if role == Qt.ItemDataRole.DisplayRole:
            lines = [str(day.day) + self._day_note(day)]
            if in_month:
                lines.extend(self._day_counts(day))
            if in_month and self.week:
                items = self.items_on(day)
                lines.append("")
                lines.extend(item_line(i) for i in items[:WEEK_CELL_ITEMS])
                if len(items) > WEEK_CELL_ITEMS:
                    lines.append(self.tr("… %n more", "", len(items) - WEEK_CELL_ITEMS))
            return "\n".join(lines)
        if role == Qt.ItemDataRole.ToolTipRole and in_month:
            # the whole cell: a line too long for its column is elided, not broken
            items = self.items_on(day)
            tip = fill(self.tr("%1: %n item(s) planned", "", len(items)), format_day(day))
            tip += self._day_note(day)
            if self.week and items:
                tip += "\n" + "\n".join(item_line(i) for i in items)
            if info is not None and info.capacity is not None and self.over_capacity(day):
                calls, sms = channel_counts(i.kind for i in items)
                tip += "\n" + fill(
                    self.tr("Over the daily capacity: %1 of %2 calls, %3 of %4 SMS"),
                    calls,
                    info.capacity.calls,
                    sms,
                    info.capacity.sms,
                )
            if info is not None and info.provisional and info.holiday:
                tip += "\n" + self.tr(
                    "Provisional: from the law, no official schedule for this year yet"
                )
            return tip
        if role == Qt.ItemDataRole.BackgroundRole:
            if day == view.today:
                return QBrush(TODAY_BG)
            if info is not None and info.holiday:
                return QBrush(HOLIDAY_BG)
            if info is not None and info.makeup:
                return QBrush(MAKEUP_BG)
            if day.weekday() >= 5:
                return QBrush(WEEKEND_BG)
        if role == Qt.ItemDataRole.ForegroundRole and not in_month:
            return QBrush(QColor("#9e9e9e"))
        if role == Qt.ItemDataRole.ForegroundRole and self.over_capacity(day):
            return QBrush(OVER_CAPACITY)
        if role == Qt.ItemDataRole.FontRole and day == view.today:
            return self._bold
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft
        return None

    # --- dropping plan items onto a day ------------------------------------------------

    def _droppable(self, index: _Key) -> bool:
        """A working day of the saved plan (a plan puts no work on a day off)."""
        if not (self.editable and index.isValid() and self.plan is not None):
            return False
        day = self.day_at(index.row(), index.column())
        info = self.view.days.get(day) if self.view is not None else None
        workday = info is not None and info.workday
        return self.plan.start <= day <= self.plan.end and self.in_period(day) and workday

    def flags(self, index: _Key) -> Qt.ItemFlag:
        flags = super().flags(index)
        if self._droppable(index):
            flags |= Qt.ItemFlag.ItemIsDropEnabled
        return flags

    def mimeTypes(self) -> list[str]:
        return [ITEM_MIME]

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.CopyAction | Qt.DropAction.MoveAction

    def canDropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: _Key
    ) -> bool:
        return data.hasFormat(ITEM_MIME) and self._droppable(parent)

    def dropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: _Key
    ) -> bool:
        if not self.canDropMimeData(data, action, row, column, parent):
            return False
        item_id = uuid.UUID(bytes(data.data(ITEM_MIME).data()).decode())
        self.item_dropped.emit(item_id, self.day_at(parent.row(), parent.column()))
        return True
