"""The window's backends, one per section, over one database; and the navigation rail's
badges, which count what several sections show. No Qt here."""

from __future__ import annotations

from collections.abc import Callable, Collection
from datetime import date

from vipcrm.domain.values import GiftStatus, Role
from vipcrm.store.db import Database
from vipcrm.ui.backends.base import due_sections, local_today
from vipcrm.ui.backends.cards import CardsBackend
from vipcrm.ui.backends.gifts import GiftsBackend
from vipcrm.ui.backends.members import MembersBackend
from vipcrm.ui.backends.plans import PlansBackend
from vipcrm.ui.backends.team import LeadBackend
from vipcrm.ui.backends.today import TodayBackend
from vipcrm.ui.backends.worklog import WorkLogBackend

#: The sections whose rail badge ``Backends.rail_counts`` counts.
RAIL_SECTIONS = ("today", "cards", "gifts", "plans", "team")


class Backends:
    """Every section's backend, sharing the database (and so the acting user), the clock
    and the language."""

    def __init__(
        self,
        db: Database,
        today: Callable[[], date] = local_today,
        language: str = "zh_CN",
    ) -> None:
        self.db = db
        self.today = TodayBackend(db, today, language)
        self.members = MembersBackend(db, today, language)
        self.cards = CardsBackend(db, today, language)
        self.gifts = GiftsBackend(db, today, language)
        self.plans = PlansBackend(db, today, language)
        self.worklog = WorkLogBackend(db, today, language)
        self.team = LeadBackend(db, today, language)

    @property
    def is_lead(self) -> bool:
        return self.today.is_lead

    def rail_counts(self, wanted: Collection[str] = RAIL_SECTIONS) -> dict[str, int]:
        """The navigation rail's badges, as the sections count them, for the ``wanted`` ones
        of :data:`RAIL_SECTIONS`: what is overdue or due today (Today), cards whose
        follow-up is due (not for an administrator, who works no cards), and for a lead
        what waits for their decision (gifts, plans, both for the Team section)."""
        counts: dict[str, int] = {}
        today = self.today.today()
        actor = self.today.actor
        if "today" in wanted:
            overdue, now, _soon = due_sections(self.today.due(7, today).items, today)
            counts["today"] = len(overdue) + len(now)
        if "cards" in wanted and actor.role is not Role.ADMIN:
            counts["cards"] = sum(
                1
                for i in self.cards.card_followups().values()
                if i.overdue_days or i.due_date <= today
            )
        if self.is_lead and {"gifts", "plans", "team"} & set(wanted):
            pending = len(self.gifts.gifts(GiftStatus.PENDING))
            submitted = len(self.plans.plans_to_approve())
            counts.update(gifts=pending, plans=submitted)
            if actor.role is Role.LEAD:  # an administrator's Team section picks a team
                counts["team"] = pending + submitted
        return {name: n for name, n in counts.items() if name in wanted}
