"""What the Today section asks of the application: what is due, the morning digest, the
12580 check, logging a contact. No Qt here (see :mod:`vipcrm.ui.backends.base`)."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date

from vipcrm.domain.due import DueResult
from vipcrm.services import contacts
from vipcrm.services.context import Changes
from vipcrm.services.due import due_for
from vipcrm.store.due_facts import workday_calendar
from vipcrm.ui.backends.base import LogsContacts, due_sections


@dataclass(frozen=True)
class DigestCounts:
    """What the morning digest says."""

    day: date
    workday: bool
    overdue: int
    today: int
    next_days: int


class TodayBackend(LogsContacts):
    def due(self, horizon_days: int = 7, today: date | None = None) -> DueResult:
        with self.db.reading() as s:
            return due_for(
                s,
                self.actor,
                today=today or self.today(),
                horizon_days=horizon_days,
            )

    def digest(self) -> DigestCounts:
        today = self.today()
        with self.db.reading() as s:
            workday = workday_calendar(s).is_workday(today)
        overdue, now, soon = due_sections(self.due(7, today).items, today)
        return DigestCounts(today, workday, len(overdue), len(now), len(soon))

    def overdue_member_ids(self) -> frozenset[uuid.UUID]:
        return frozenset(
            uuid.UUID(str(i.member_id)) for i in self.due(0).items if i.overdue_days > 0
        )

    def confirm_group_sms(self, contact_id: str) -> Changes:
        """The 12580 check of a Today item: the SMS was really sent."""
        with self.db.transaction() as s:
            _, changes = contacts.confirm_group_sms(s, self.actor, contact_id)
            return changes
