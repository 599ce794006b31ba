"""The member timeline as a table: when, what, details, by whom (newest first)."""

from __future__ import annotations

from datetime import tzinfo
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from vipcrm.domain.dates import DEFAULT_TZ
from vipcrm.store.timeline import EventKind, TimelineEvent
from vipcrm.ui.labels import (
    card_step_label,
    channel_label,
    fill,
    format_date,
    format_datetime,
    format_money,
    gift_status_label,
    occasion_label,
    outcome_label,
    tier_change_label,
    tier_label,
)

_Key = QModelIndex | QPersistentModelIndex
EVENT_ROLE = Qt.ItemDataRole.UserRole + 1


class TCol(IntEnum):
    WHEN = 0
    WHAT = 1
    DETAILS = 2
    BY = 3


class TimelineModel(QAbstractTableModel):
    def __init__(self, tz: tzinfo = DEFAULT_TZ, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._events: list[TimelineEvent] = []
        self._tz = tz

    def set_events(self, events: list[TimelineEvent]) -> None:
        self.beginResetModel()
        self._events = list(events)
        self.endResetModel()

    def events(self) -> list[TimelineEvent]:
        return list(self._events)

    def rowCount(self, parent: _Key = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._events)

    def columnCount(self, parent: _Key = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(TCol)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return {
            TCol.WHEN: self.tr("When"),
            TCol.WHAT: self.tr("What"),
            TCol.DETAILS: self.tr("Details"),
            TCol.BY: self.tr("By"),
        }.get(TCol(section))

    def data(self, index: _Key, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._events):
            return None
        event = self._events[index.row()]
        if role == EVENT_ROLE:
            return event
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        col = TCol(index.column())
        if col is TCol.WHEN:
            local = event.at.astimezone(self._tz)
            if event.kind is EventKind.TIER:
                return event.month or format_date(local.date())
            return format_datetime(event.at, self._tz)
        if col is TCol.WHAT:
            return self.what(event)
        if col is TCol.DETAILS:
            return self.details(event)
        return event.by or ""

    def what(self, e: TimelineEvent) -> str:
        if e.kind is EventKind.CONTACT and e.channel and e.outcome:
            text = fill(self.tr("%1: %2"), channel_label(e.channel), outcome_label(e.outcome))
            return text + (self.tr(" (group SMS)") if e.group_sms else "")
        if e.kind is EventKind.CARD:
            return fill(self.tr("Card: %1"), card_step_label(e.card_step or ""))
        if e.kind is EventKind.GIFT and e.occasion and e.gift_status:
            if e.gift_status.value == "pending":
                status = self.tr("requested")
            else:
                status = gift_status_label(e.gift_status)
            return fill(self.tr("Gift (%1): %2"), occasion_label(e.occasion), status)
        if e.kind is EventKind.TIER and e.tier_change:
            tier = tier_label(e.tier) if e.tier else ""
            return fill(self.tr("Tier: %1 %2"), tier, tier_change_label(e.tier_change)).strip()
        if e.kind is EventKind.CHANGE:
            return self.tr("Profile changed")
        return self.tr("Note")

    def details(self, e: TimelineEvent) -> str:
        if e.kind is EventKind.GIFT:
            parts = [format_money(e.amount_fen)] + ([e.text] if e.text else [])
            return " · ".join(parts)
        return e.text
