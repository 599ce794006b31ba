"""The gift list (a team's gifts: a few hundred rows at most, all loaded)."""

from __future__ import annotations

from enum import IntEnum
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush

from vipcrm.domain.values import GiftStatus
from vipcrm.services.gifts import GiftRow
from vipcrm.ui.labels import (
    fill,
    format_date,
    format_money,
    gift_status_label,
    occasion_label,
    tier_label,
)
from vipcrm.ui.tiers import OVERDUE_COLOUR, TIER_BACKGROUND, TIER_FOREGROUND

_Key = QModelIndex | QPersistentModelIndex
GIFT_ROLE = Qt.ItemDataRole.UserRole + 1


class GCol(IntEnum):
    PLANNED = 0
    MEMBER = 1
    TIER = 2
    OCCASION = 3
    ITEMS = 4
    AMOUNT = 5
    STATUS = 6
    REASON = 7
    MANAGER = 8


class GiftsModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[GiftRow] = []

    def set_rows(self, rows: list[GiftRow]) -> None:
        self.beginResetModel()
        self._rows = sorted(
            rows,
            key=lambda g: (g.status is not GiftStatus.PENDING, g.planned_on or g.delivered_on),
        )
        self.endResetModel()

    def gift(self, row: int) -> GiftRow | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def rows(self) -> list[GiftRow]:
        return list(self._rows)

    def rowCount(self, parent: _Key = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Key = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(GCol)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return {
            GCol.PLANNED: self.tr("Planned for"),
            GCol.MEMBER: self.tr("Member"),
            GCol.TIER: self.tr("Tier"),
            GCol.OCCASION: self.tr("Occasion"),
            GCol.ITEMS: self.tr("Gift"),
            GCol.AMOUNT: self.tr("Amount / cap"),
            GCol.STATUS: self.tr("Status"),
            GCol.REASON: self.tr("Why waiting / decision"),
            GCol.MANAGER: self.tr("Manager"),
        }.get(GCol(section))

    def data(self, index: _Key, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        g = self.gift(index.row()) if index.isValid() else None
        if g is None:
            return None
        col = GCol(index.column())
        if role == GIFT_ROLE:
            return g
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(g, col)
        if col is GCol.MANAGER and role == Qt.ItemDataRole.ToolTipRole:
            return g.manager_code
        if col is GCol.TIER:
            if role == Qt.ItemDataRole.BackgroundRole:
                return QBrush(TIER_BACKGROUND[g.tier])
            if role == Qt.ItemDataRole.ForegroundRole:
                return QBrush(TIER_FOREGROUND[g.tier])
        if col is GCol.STATUS and role == Qt.ItemDataRole.ForegroundRole:
            if g.status is GiftStatus.PENDING:
                return QBrush(OVERDUE_COLOUR)
        if col is GCol.AMOUNT and role == Qt.ItemDataRole.TextAlignmentRole:
            return Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        return None

    def reason_text(self, g: GiftRow) -> str:
        parts = []
        if g.over_cap_fen:
            parts.append(fill(self.tr("over cap by %1"), format_money(g.over_cap_fen)))
        if g.over_budget_fen:
            parts.append(fill(self.tr("over budget by %1"), format_money(g.over_budget_fen)))
        if g.status is GiftStatus.PENDING:
            return self.tr("; ").join(parts)
        if g.status is GiftStatus.DELIVERED and g.delivered_on is not None:
            return fill(self.tr("delivered on %1"), format_date(g.delivered_on))
        if g.status is GiftStatus.CANCELLED:
            reason = g.note.strip().splitlines()[-1] if g.note.strip() else ""
            return fill(self.tr("cancelled: %1"), reason) if reason else self.tr("cancelled")
        if g.decision_comment.startswith("auto:"):
            return self.tr("approved at once: within cap and budget")
        return g.decision_comment

    def _display(self, g: GiftRow, col: GCol) -> str:
        if col is GCol.PLANNED:
            return format_date(g.planned_on) if g.planned_on else ""
        if col is GCol.MEMBER:
            return g.member_name
        if col is GCol.TIER:
            return tier_label(g.tier)
        if col is GCol.OCCASION:
            return occasion_label(g.occasion)
        if col is GCol.ITEMS:
            return g.items
        if col is GCol.AMOUNT:
            return fill(self.tr("%1 / %2"), format_money(g.amount_fen), format_money(g.cap_fen))
        if col is GCol.STATUS:
            return gift_status_label(g.status)
        if col is GCol.REASON:
            return self.reason_text(g)
        return g.manager_name or g.manager_code
