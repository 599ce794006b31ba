"""One column of the card board: the cards in one state, with their next follow-up."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QMimeData,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QFont, QFontMetrics

from vipcrm.domain.due import DueItem
from vipcrm.domain.values import CardState
from vipcrm.services.cards import CardRow
from vipcrm.ui.labels import fill, format_date, reason_text, tier_label
from vipcrm.ui.tiers import TIER_BACKGROUND, TIER_FOREGROUND

_Key = QModelIndex | QPersistentModelIndex
CARD_ROLE = Qt.ItemDataRole.UserRole + 1
MIME_TYPE = "application/x-vipcrm-card"


@dataclass(frozen=True)
class Tiles:
    """What the board's tiles say, given the follow-ups and the day: no Qt object, so the
    runner works a board's texts out off the UI thread (``arrange``)."""

    followups: dict[str, DueItem]
    today: date

    def followup(self, card: CardRow) -> DueItem | None:
        return self.followups.get(str(card.card_id))

    def followup_date(self, card: CardRow) -> date | None:
        item = self.followup(card)
        return item.due_date if item else None

    def followup_text(self, card: CardRow) -> str:
        if card.state is CardState.RECEIVED:
            return fill(
                QCoreApplication.translate("CardColumnModel", "received %1"),
                format_date(card.since),
            )
        item = self.followup(card)
        if item is None:
            return QCoreApplication.translate("CardColumnModel", "no follow-up due")
        if item.overdue_days:
            return QCoreApplication.translate(
                "CardColumnModel", "follow-up %n day(s) overdue", "", item.overdue_days
            )
        if item.due_date == self.today:
            return QCoreApplication.translate("CardColumnModel", "follow up today")
        return fill(
            QCoreApplication.translate("CardColumnModel", "follow up by %1"),
            format_date(item.due_date),
        )

    def tile_text(self, card: CardRow) -> str:
        """What a card's tile says: who, the tier, and the follow-up (two lines)."""
        return fill(
            QCoreApplication.translate("CardColumnModel", "%1 · %2\n%3"),
            card.member_name,
            tier_label(card.tier),
            self.followup_text(card),
        )


@dataclass(frozen=True)
class Column:
    """One column's cards in order (the first follow-up first), their tiles' texts and
    the distinct lines of those texts (what the column's width is measured on)."""

    cards: list[CardRow]
    texts: list[str]
    lines: frozenset[str]
    widest: int | None = None  # the widest line in pixels, measured in the font keyed so:
    font_key: str = ""


def widest_line(lines: Iterable[str], font: QFont) -> int:
    """The widest of ``lines`` set in ``font``, in pixels. ``QFontMetrics`` works off the
    UI thread too (as painting text on a ``QImage`` does)."""
    metrics = QFontMetrics(font)
    return max((metrics.horizontalAdvance(line) for line in lines), default=0)


def arrange(
    cards: list[CardRow],
    followups: dict[str, DueItem],
    today: date,
    font: QFont | None = None,
) -> dict[CardState, Column]:
    """The board's columns, sorted and their texts made: ~10,000 cards at region scale
    take ~0.2 s, so the runner does it with the read (issue 22 point 5). Given the
    columns' ``font``, each column's widest line is measured here too (~9,500 distinct
    lines at region scale: ~25 ms that were the UI thread's)."""
    tiles = Tiles(followups, today)
    by_state: dict[CardState, list[CardRow]] = {state: [] for state in CardState}
    for card in cards:
        by_state[card.state].append(card)
    columns = {}
    for state, held in by_state.items():
        held.sort(key=lambda c: (tiles.followup_date(c) or date.max, c.member_name))
        texts = [tiles.tile_text(c) for c in held]
        lines = frozenset(line for text in texts for line in text.split("\n"))
        if font is None:
            columns[state] = Column(held, texts, lines)
        else:
            columns[state] = Column(held, texts, lines, widest_line(lines, font), font.key())
    return columns


class CardColumnModel(QAbstractListModel):
    def __init__(self, state: CardState, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self._column = Column([], [], frozenset())
        self._tiles = Tiles({}, date.today())

    def set_cards(self, cards: list[CardRow], followups: dict[str, DueItem], today: date) -> None:
        """Sort and word the cards here (on the UI thread: tests, small boards)."""
        self.set_column(arrange(cards, followups, today)[self.state], followups, today)

    def set_column(self, column: Column, followups: dict[str, DueItem], today: date) -> None:
        """Show a column arranged already (``arrange``, on the runner)."""
        self.beginResetModel()
        self._tiles = Tiles(followups, today)
        self._column = column
        self.endResetModel()

    @property
    def today(self) -> date:
        return self._tiles.today

    def cards(self) -> list[CardRow]:
        return list(self._column.cards)

    def tile_text(self, card: CardRow) -> str:
        return self._tiles.tile_text(card)

    def tile_lines(self) -> frozenset[str]:
        """Every distinct line of the column's tiles."""
        return self._column.lines

    def widest_line(self, font: QFont) -> int:
        """The widest line of the column's tiles in ``font``: measured with the read if it
        was in that font, else here."""
        column = self._column
        if column.widest is not None and column.font_key == font.key():
            return column.widest
        return widest_line(column.lines, font)

    def card(self, row: int) -> CardRow | None:
        cards = self._column.cards
        return cards[row] if 0 <= row < len(cards) else None

    def followup(self, card: CardRow) -> DueItem | None:
        return self._tiles.followup(card)

    def followup_date(self, card: CardRow) -> date | None:
        return self._tiles.followup_date(card)

    def followup_text(self, card: CardRow) -> str:
        return self._tiles.followup_text(card)

    def rowCount(self, parent: _Key = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._column.cards)

    def data(self, index: _Key, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        card = self.card(index.row()) if index.isValid() else None
        if card is None:
            return None
        if role == CARD_ROLE:
            return card
        if role == Qt.ItemDataRole.DisplayRole:
            return self._column.texts[index.row()]
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
