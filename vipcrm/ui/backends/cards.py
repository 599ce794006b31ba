"""What the Cards section asks of the application: the board, who may start a card, the
next follow-up of each card, a card's steps. No Qt here (see
:mod:`vipcrm.ui.backends.base`)."""

from __future__ import annotations

import uuid
from datetime import date, timedelta

from vipcrm.domain.due import DueItem, DueKind
from vipcrm.domain.values import CardState
from vipcrm.services.cards import (
    CardRow,
    CardStarter,
    card_starters,
    list_cards,
    record_card_step,
    start_card,
)
from vipcrm.services.context import Changes
from vipcrm.services.due import due_for
from vipcrm.ui.backends.base import SectionBackend


class CardsBackend(SectionBackend):
    def cards(self) -> list[CardRow]:
        with self.db.reading() as s:
            return list_cards(s, self.actor)

    def received_cards(self, days: int = 30) -> list[CardRow]:
        """Cards the members confirmed received in the last ``days`` days."""
        since = self.today() - timedelta(days=days)
        with self.db.reading() as s:
            return list_cards(s, self.actor, state=CardState.RECEIVED, since=since)

    def card_starters(self) -> list[CardStarter]:
        """The visible active members with no card on its way (who may start one)."""
        with self.db.reading() as s:
            return card_starters(s, self.actor)

    def start_card(
        self, member_id: uuid.UUID, remake: bool = False, on: date | None = None, note: str = ""
    ) -> Changes:
        with self.db.transaction() as s:
            return start_card(
                s, self.actor, str(member_id), on or self.today(), remake=remake, note=note
            )

    def card_followups(self, horizon_days: int = 60) -> dict[str, DueItem]:
        """The next card item due for each card (keyed by the card id's text)."""
        kinds = {
            DueKind.CARD_DATA,
            DueKind.CARD_NOTIFY,
            DueKind.CARD_RECEIPT_CHECK,
            DueKind.CARD_PICKUP_REMINDER,
            DueKind.CARD_DELIVERY,
        }
        with self.db.reading() as s:
            result = due_for(
                s,
                self.actor,
                today=self.today(),
                horizon_days=horizon_days,
                kinds=kinds,
                card_holders_only=True,
            )
        out: dict[str, DueItem] = {}
        for item in result.items:
            if item.card_id is not None:
                out.setdefault(str(uuid.UUID(str(item.card_id))), item)
        return out

    def move_card(
        self,
        member_id: uuid.UUID,
        step: str,
        on: date | None = None,
        agreed_date: date | None = None,
        note: str = "",
    ) -> Changes:
        today = self.today()
        with self.db.transaction() as s:
            return record_card_step(
                s,
                self.actor,
                member_ref=str(member_id),
                step=step,
                on=on or today,
                agreed_date=agreed_date,
                note=note,
                today=today,
            )
