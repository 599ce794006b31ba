"""What the Gifts section (and the gift request, from a member's page or a birthday item)
asks of the application: the list, the budget meter, a request, its decision, delivery
and cancelling. No Qt here (see :mod:`vipcrm.ui.backends.base`)."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date

from vipcrm.domain.dates import month_key
from vipcrm.domain.values import GiftStatus, Occasion, Role
from vipcrm.services import budgets, gifts
from vipcrm.services.context import Changes
from vipcrm.services.gifts import GiftTerms
from vipcrm.ui.backends.base import DecidesGifts, ReadsMembers


@dataclass(frozen=True)
class BudgetMeter:
    """The gift budget of a period as the meter shows it (fen)."""

    period: str
    owner: str  # the manager's or the team's code
    allocated_fen: int
    committed_fen: int
    spent_fen: int
    left_fen: int
    reserve_fen: int | None = None  # the team reserve (leads only)


@dataclass(frozen=True)
class GiftRequestResult:
    gift_id: uuid.UUID
    status: GiftStatus
    over_cap_fen: int
    over_budget_fen: int


class GiftsBackend(DecidesGifts, ReadsMembers):
    def gift_terms(
        self, member_id: uuid.UUID | str, occasion: Occasion, on: date | None = None
    ) -> GiftTerms:
        """The cap and the budget left for a gift to the member planned ``on`` (a quick read:
        the request dialog asks as the occasion or the date changes)."""
        with self.db.reading() as s:
            return gifts.gift_terms(
                s, self.actor, member_ref=str(member_id), occasion=occasion, day=on or self.today()
            )

    def budget_meter(self, on: date | None = None) -> BudgetMeter | None:
        """This month's budget: the manager's own line, or the team's for a lead."""
        period = month_key(on or self.today())
        with self.db.reading() as s:
            if self.actor.role is Role.LEAD and self.actor.team_id is not None:
                teams = budgets.show_team(s, self.actor, period=period)
                if not teams:
                    return None
                t = teams[0]
                return BudgetMeter(
                    period=period,
                    owner=t.team_code,
                    allocated_fen=t.total_fen,
                    committed_fen=sum(m.committed_fen for m in t.managers),
                    spent_fen=sum(m.spent_fen for m in t.managers),
                    left_fen=t.reserve_fen + sum(m.left_fen for m in t.managers),
                    reserve_fen=t.reserve_fen,
                )
            if self.actor.manager_id is None:
                return None
            lines = budgets.show_manager(s, self.actor, period=period)
            if not lines:
                return None
            b = lines[0]
            return BudgetMeter(
                period=period,
                owner=b.manager_code or "",
                allocated_fen=b.allocated_fen,
                committed_fen=b.committed_fen,
                spent_fen=b.spent_fen,
                left_fen=b.left_fen,
            )

    def request_gift(
        self,
        member_id: uuid.UUID | str,
        occasion: Occasion,
        amount_fen: int,
        items: str = "",
        planned_on: date | None = None,
        note: str = "",
    ) -> tuple[GiftRequestResult, Changes]:
        with self.db.transaction() as s:
            gift, changes = gifts.request_gift(
                s,
                self.actor,
                member_ref=str(member_id),
                occasion=occasion,
                amount_fen=amount_fen,
                today=self.today(),
                items=items,
                planned_on=planned_on,
                note=note,
            )
            over_cap, over_budget = gifts.parse_reason(gift.pending_reason)
            return GiftRequestResult(gift.id, gift.status, over_cap, over_budget), changes

    def deliver_gift(
        self, gift_id: uuid.UUID, on: date | None = None, how: str = "", proof: str = ""
    ) -> Changes:
        with self.db.transaction() as s:
            return gifts.deliver_gift(
                s, self.actor, gift_id.hex, on=on or self.today(), how=how, proof=proof
            )[1]

    def cancel_gift(self, gift_id: uuid.UUID, reason: str) -> Changes:
        with self.db.transaction() as s:
            return gifts.cancel_gift(s, self.actor, gift_id.hex, note=reason)[1]
