"""One column of the card board: the cards in one state, with their next follow-up."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QMimeData,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush

from vipcrm.domain.due import DueItem
from vipcrm.domain.values import CardState
from vipcrm.services.cards import CardRow
from vipcrm.ui.labels import fill, format_date, reason_text, tier_label
from vipcrm.ui.tiers import TIER_BACKGROUND, TIER_FOREGROUND

_Key = QModelIndex | QPersistentModelIndex
CARD_ROLE = Qt.ItemDataRole.UserRole + 1
MIME_TYPE = "application/x-vipcrm-card"


class CardColumnModel(QAbstractListModel):
    def __init__(self, state: CardState, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self._cards: list[CardRow] = []
        self._followups: dict[str, DueItem] = {}
        self.today = date.today()

    def set_cards(self, cards: list[CardRow], followups: dict[str, DueItem], today: date) -> None:
        self.beginResetModel()
        self.today = today
        self._followups = followups
        self._cards = sorted(
            (c for c in cards if c.state is self.state),
            key=lambda c: (self.followup_date(c) or date.max, c.member_name),
        )
        self.endResetModel()

    def cards(self) -> list[CardRow]:
        return list(self._cards)

    def tile_text(self, card: CardRow) -> str:
        """What a card's tile says: who, the tier, and the follow-up (two lines)."""
        return fill(
            self.tr("%1 · %2\n%3"),
            card.member_name,
            tier_label(card.tier),
            self.followup_text(card),
        )

    def tile_lines(self) -> set[str]:
        """Every distinct line of the column's tiles."""
        return {line for card in self._cards for line in self.tile_text(card).split("\n")}

    def card(self, row: int) -> CardRow | None:
        return self._cards[row] if 0 <= row < len(self._cards) else None

    def followup(self, card: CardRow) -> DueItem | None:
        return self._followups.get(str(card.card_id))

    def followup_date(self, card: CardRow) -> date | None:
        item = self.followup(card)
        return item.due_date if item else None

    def followup_text(self, card: CardRow) -> str:
        if card.state is CardState.RECEIVED:
            return fill(self.tr("received %1"), format_date(card.since))
        item = self.followup(card)
        if item is None:
            return self.tr("no follow-up due")
        if item.overdue_days:
            return self.tr("follow-up %n day(s) overdue", "", item.overdue_days)
        if item.due_date == self.today:
            return self.tr("follow up today")
        return fill(self.tr("follow up by %1"), format_date(item.due_date))

    def rowCount(self, parent: _Key = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._cards)

    def data(self, index: _Key, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        card = self.card(index.row()) if index.isValid() else None
        if card is None:
            return None
        if role == CARD_ROLE:
            return card
        if role == Qt.ItemDataRole.DisplayRole:
            return self.tile_text(card)
        if role == Qt.ItemDataRole.ToolTipRole:
            item = self.followup(card)
            if item is not None:
                return reason_text(item.reason)
            return fill(self.tr("since %1"), format_date(card.since))
        if role == Qt.ItemDataRole.BackgroundRole:
            return QBrush(TIER_BACKGROUND[card.tier])
        if role == Qt.ItemDataRole.ForegroundRole:
            item = self.followup(card)
            if item is not None and item.overdue_days:
                return QBrush(Qt.GlobalColor.darkRed)
            return QBrush(TIER_FOREGROUND[card.tier])
        return None

    def flags(self, index: _Key) -> Qt.ItemFlag:
        base = super().flags(index)
        if index.isValid():
            return base | Qt.ItemFlag.ItemIsDragEnabled
        return base | Qt.ItemFlag.ItemIsDropEnabled

    def mimeTypes(self) -> list[str]:
        return [MIME_TYPE]

    def mimeData(self, indexes: list[QModelIndex]) -> QMimeData:  # type: ignore[override]
        data = QMimeData()
        card = self.card(indexes[0].row()) if indexes else None
        if card is not None:
            data.setData(MIME_TYPE, str(card.card_id).encode())
        return data

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction
