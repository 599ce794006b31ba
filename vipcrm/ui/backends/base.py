"""What every section's backend shares: the database, the acting user, today, the language,
and the few reads and writes more than one section offers. No Qt here.

A backend (one per section, ``vipcrm/ui/backends/<section>.py``) is the door from that
section's widgets to the services and query functions: plain values in, plain values
out. Each method opens one short session (a read, or one write transaction) and returns
dataclasses, never ORM objects. Screens do not call it directly on the GUI thread for
anything slow: they hand the call to the runner (``ui/ops.py``). Writes return the
``Changes`` the service reported, which the signal hub passes on to every screen.

Every backend of a window reads the same ``Database`` and so the same acting user
(``Database.actor``, set once by the window: ``store/db.acting``).
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta

from vipcrm.domain.actor import Actor
from vipcrm.domain.dates import DEFAULT_TZ
from vipcrm.domain.due import DueItem
from vipcrm.domain.values import CampaignResult, Channel, GiftStatus, Outcome, Role
from vipcrm.services import campaigns, contacts, gifts, profile, worklog
from vipcrm.services.context import Changes
from vipcrm.services.directory import ManagerInfo, list_managers
from vipcrm.services.members import scope_filter, visible_manager_ids
from vipcrm.services.profile import MemberProfile
from vipcrm.store.db import Database, acting
from vipcrm.store.queries import count_members
from vipcrm.store.timeline import EventKind, TimelineEvent


def local_today() -> date:
    return datetime.now(DEFAULT_TZ).date()


@dataclass(frozen=True)
class BookState:
    """Whether the user has members to work with (what an empty list says next)."""

    members: int  # the members the user may see, in the club or not
    database_empty: bool  # no member at all: demo data may be loaded


class SectionBackend:
    """The acting user's view of one database, as one section of the window sees it."""

    def __init__(
        self,
        db: Database,
        today: Callable[[], date] = local_today,
        language: str = "zh_CN",
    ) -> None:
        self.db = db
        self.today = today
        self.language = language

    @property
    def actor(self) -> Actor:
        """Who acts: the database's one acting user (``Database.actor``, set by the window)."""
        return acting(self.db)

    @property
    def is_lead(self) -> bool:
        return self.actor.role in (Role.LEAD, Role.ADMIN)

    def managers(self) -> dict[str, ManagerInfo]:
        with self.db.reading() as s:
            return {m.code: m for m in list_managers(s)}

    def visible_manager_ids(self) -> frozenset[uuid.UUID] | None:
        with self.db.reading() as s:
            return visible_manager_ids(s, self.actor)


# --- what more than one section offers ---------------------------------------------------


@dataclass(frozen=True)
class CampaignAnswer:
    """What a targeted member said in a campaign's contact (recorded with the attempt)."""

    campaign: campaigns.CampaignRef  # the campaign's id (or its code, within the team)
    result: CampaignResult
    score: int | None = None  # a survey's 1-5
    note: str = ""


class LogsContacts(SectionBackend):
    """Logging a contact and reading the book's size (Today, Members)."""

    def open_campaigns(self, member_id: uuid.UUID | str) -> list[campaigns.CampaignRow]:
        """The member's open campaigns whose results the log dialog offers."""
        with self.db.reading() as s:
            return campaigns.member_campaigns(s, self.actor, str(member_id), today=self.today())

    def log_contact(
        self,
        member_id: uuid.UUID | str,
        channel: Channel,
        outcome: Outcome,
        note: str = "",
        group_sms: bool = False,
        campaign: CampaignAnswer | None = None,
    ) -> Changes:
        """Log the attempt and, with ``campaign``, its outcome against it: both or neither
        (a result but unreachable needs the attempt reached)."""
        with self.db.transaction() as s:
            attempt, changes = contacts.log_contact(
                s,
                self.actor,
                member_ref=str(member_id),
                channel=channel,
                outcome=outcome,
                note=note,
                group_sms=group_sms,
            )
            if campaign is not None:
                campaigns.record_outcome(
                    s,
                    self.actor,
                    campaign_code=campaign.campaign,
                    member_ref=str(member_id),
                    result=campaign.result,
                    score=campaign.score,
                    note=campaign.note,
                    contact_id=attempt.id,
                )
            return changes

    def book_state(self) -> BookState:
        with self.db.reading() as s:
            seen = count_members(s, replace(scope_filter(s, self.actor), status=None))
        return BookState(seen, seen == 0 and self.db.is_empty())


class ReadsMembers(SectionBackend):
    """A member's profile and timeline (Members, the gift request, the Team's drill-down)."""

    def profile(self, member_id: uuid.UUID) -> MemberProfile:
        with self.db.reading() as s:
            return profile.load_profile(s, self.actor, member_id)

    def timeline(
        self, member_id: uuid.UUID, kinds: frozenset[EventKind] | None = None
    ) -> list[TimelineEvent]:
        with self.db.reading() as s:
            return profile.member_events(s, self.actor, member_id, kinds)


class ReadsWorkLogs(SectionBackend):
    """Work logs and whose the actor may read (Work log, Members, Plans, Team)."""

    def work_log(
        self,
        start: date,
        end: date,
        channel: Channel | None = None,
        outcome: Outcome | None = None,
        manager_code: str | None = None,
    ) -> worklog.WorkLog:
        with self.db.reading() as s:
            return worklog.work_log(
                s,
                self.actor,
                start=start,
                end=end,
                channel=channel,
                outcome=outcome,
                manager_code=manager_code,
            )

    def log_keepers(self) -> list[ManagerInfo]:
        """Whose work log the actor may read: their own, and a lead's team managers."""
        with self.db.reading() as s:
            visible = visible_manager_ids(s, self.actor)
            return [
                m
                for m in list_managers(s)
                if m.id == self.actor.manager_id
                or (self.actor.role is not Role.MANAGER and (visible is None or m.id in visible))
            ]


class DecidesGifts(SectionBackend):
    """The gift list and a lead's decisions (Gifts, Team)."""

    def gifts(self, status: GiftStatus | None = None) -> list[gifts.GiftRow]:
        with self.db.reading() as s:
            return gifts.list_gifts(s, self.actor, status=status)

    def approve_gift(self, gift_id: uuid.UUID, comment: str) -> Changes:
        with self.db.transaction() as s:
            return gifts.approve_gift(s, self.actor, gift_id.hex, comment=comment)[1]

    def reject_gift(self, gift_id: uuid.UUID, comment: str) -> Changes:
        with self.db.transaction() as s:
            return gifts.reject_gift(s, self.actor, gift_id.hex, comment=comment)[1]


def due_sections(
    items: tuple[DueItem, ...] | list[DueItem], today: date, days: int = 7
) -> tuple[list[DueItem], list[DueItem], list[DueItem]]:
    """Split due items into overdue, due today and due in the next ``days`` days."""
    end = today + timedelta(days=days)
    overdue = [i for i in items if i.due_date < today]
    now = [i for i in items if i.due_date == today]
    soon = [i for i in items if today < i.due_date <= end]
    return overdue, now, soon
