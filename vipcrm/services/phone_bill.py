"""Contacts logged from the itemised bill of the manager's own phone (通话详单 / 短信详单).

    import_bill(session, actor, "详单-2026-11.xlsx") -> (BillResult, Changes)

The acting manager's bill: every call and SMS record whose other party is one of the
manager's active members becomes a contact attempt (``source`` = bill; outcomes as
:mod:`vipcrm.domain.phone_bill` decides). Every row lands in exactly one count:

- ``logged``: written now;
- ``already_logged``: the same member, channel and second came from a bill before (the
  same file again, overlapping months), or a contact typed by hand for the same member
  and channel lies within :data:`HAND_TYPED_WINDOW` (each typed contact answers for one
  bill record, the nearest);
- ``duplicates``: the same member, channel and second twice in this file;
- ``ignored``: a member's record that is no contact (an SMS received, a forwarded or a
  missed call);
- ``not_in_book``: the other party is not one of the manager's members. These rows are
  counted and dropped: their numbers are never written anywhere (database, audit trail,
  log, messages);
- ``refused``: bad rows (row, column, reason). By default nothing is written when there is
  one; ``skip_invalid`` writes the rest.

With a campaign (``campaign="SF2027"``, an open one the manager sees: the team's, or with
``campaign_team`` the one of that team; or the campaign's id), the import is
attached to it: the logged contacts with the campaign's targeted members inside its period
are the campaign's contacts (its progress counts them as contacted, and reached when
answered), and the result says how many, with the reached members that still await a
result: their ``campaign_contact`` item stays open until the result is recorded
(``vipcrm campaign outcome``). A campaign that is not open, or not seen, is refused before
anything is read or written.

One transaction: the contacts, their audit entries and their outbox rows (they travel to
the central store like any contact).
"""

from __future__ import annotations

import bisect
import uuid
from collections import Counter, defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from vipcrm.domain.actor import Actor
from vipcrm.domain.dates import utcnow
from vipcrm.domain.errors import (
    Lines,
    Message,
    PermissionDenied,
    ValidationError,
    VipcrmError,
    msg,
)
from vipcrm.domain.phone_bill import (
    BillKind,
    BillLayout,
    BillProblem,
    BillRecord,
    find_layout,
    is_record,
    not_a_bill,
    read_record,
)
from vipcrm.domain.values import CampaignStatus, Channel, ContactSource, MemberStatus, Outcome
from vipcrm.services.campaigns import CampaignRef, campaign_period, find_campaign
from vipcrm.services.context import Changes
from vipcrm.services.sheets import Workbook, read_workbook
from vipcrm.store.audit import audit_bulk_inserts
from vipcrm.store.bulk import bulk_writes, insert_rows, new_ids
from vipcrm.store.models import Campaign, CampaignOutcome, CampaignTarget, ContactAttempt, Member
from vipcrm.store.queries import chunks

#: A contact typed by hand this close to a bill record (same member and channel) is the same contact.
HAND_TYPED_WINDOW = timedelta(minutes=10)
_FUTURE_GRACE = timedelta(minutes=5)  # clocks differ a little; a bill never lies ahead
SHOWN_PROBLEMS = 20  # bad rows named in the refusal's sentence (the result lists them all)
_PROGRESS_EVERY = 1000

Progress = Callable[[int, int], None]


class BillRefused(VipcrmError):
    """Bad rows (and no ``skip_invalid``), or a file that is no bill: nothing was written."""

    def __init__(self, message: Message, result: BillResult | None = None) -> None:
        super().__init__(message)
        self.result = result  # what was read, with every bad row (None: not a bill)


@dataclass
class BillResult:
    file: str
    encoding: str | None
    kinds: list[BillKind] = field(default_factory=list)  # calls, sms (one per sheet read)
    rows: int = 0  # records read below the header (blank rows, totals and notes not counted)
    logged: int = 0
    already_logged: int = 0
    duplicates: int = 0
    ignored: int = 0
    not_in_book: int = 0
    refused: list[BillProblem] = field(default_factory=list)
    logged_by: dict[str, int] = field(default_factory=dict)  # "phone reached": 12 ...
    members: int = 0  # members the logged contacts are with
    first: datetime | None = None  # the earliest and latest record read (UTC)
    last: datetime | None = None
    dry_run: bool = False
    written: bool = False
    campaign: str | None = None  # the campaign the import is attached to
    campaign_contacts: int = 0  # logged contacts with its targets inside its period
    campaign_members: int = 0  # targeted members those contacts are with
    campaign_reached: int = 0  # of them, reached
    campaign_awaiting: int = 0  # reached, no result recorded yet (the item stays open)

    def problems(self) -> list[Message]:
        return [p.where(self.file) for p in self.refused]


def import_bill(
    session: Session,
    actor: Actor,
    path: str | Path,
    *,
    dry_run: bool = False,
    skip_invalid: bool = False,
    encoding: str | None = None,
    now: datetime | None = None,
    progress: Progress | None = None,
    campaign: CampaignRef | None = None,
    campaign_team: str | None = None,
) -> tuple[BillResult, Changes]:
    if actor.manager_id is None:
        raise PermissionDenied(
            msg(
                "import a phone bill: user '{user}' is not in this database; pass --user CODE",
                user=actor.code,
            )
        )
    chosen = (
        _open_campaign(session, actor, campaign, campaign_team) if campaign is not None else None
    )
    path = Path(path)
    workbook = read_workbook(path, encoding)
    result = BillResult(file=path.name, encoding=workbook.encoding, dry_run=dry_run)
    records = _read(workbook, result, now or utcnow(), progress)
    if result.refused and not (skip_invalid or dry_run):
        raise BillRefused(_refusal(result), result)
    contacts = _match(session, actor, records, result)
    if chosen is not None:
        _attach(session, chosen, contacts, result)
    if dry_run:
        return result, Changes()
    result.written = True
    if not contacts:
        return result, Changes()
    rows = [
        {
            "id": row_id,
            "member_id": member_id,
            "manager_id": actor.manager_id,
            "at": r.at,
            "channel": r.channel,
            "outcome": r.outcome,
            "group_sms": False,
            "note": r.note,
            "source": ContactSource.BILL,
        }
        for row_id, (member_id, r) in zip(new_ids(len(contacts)), contacts, strict=True)
    ]
    with bulk_writes(session):
        insert_rows(session, ContactAttempt, rows)
        audit_bulk_inserts(session, ContactAttempt, rows)
    if progress is not None:
        progress(result.rows, result.rows)
    return result, Changes(members=frozenset(m for m, _ in contacts), contacts=True)


# -- the campaign ----------------------------------------------------------------------------
def _open_campaign(session: Session, actor: Actor, ref: CampaignRef, team: str | None) -> Campaign:
    found = find_campaign(session, actor, ref, "--campaign", team=team)
    if found.status is not CampaignStatus.OPEN:
        raise ValidationError(
            "campaign", msg("{code} is closed; only an open campaign takes a bill", code=found.code)
        )
    return found


def _attach(
    session: Session,
    campaign: Campaign,
    contacts: list[tuple[uuid.UUID, BillRecord]],
    result: BillResult,
) -> None:
    """Count the contacts that are the campaign's: with its targets, inside its period."""
    result.campaign = campaign.code
    start, end = campaign_period(campaign)
    targets = set(
        session.scalars(
            select(CampaignTarget.member_id).where(
                CampaignTarget.campaign_id == campaign.id, CampaignTarget.deleted.is_(False)
            )
        )
    )
    answered = set(
        session.scalars(
            select(CampaignOutcome.member_id).where(
                CampaignOutcome.campaign_id == campaign.id, CampaignOutcome.deleted.is_(False)
            )
        )
    )
    ours = [(m, r) for m, r in contacts if m in targets and start <= r.at < end]
    reached = {m for m, r in ours if r.outcome is Outcome.REACHED}
    result.campaign_contacts = len(ours)
    result.campaign_members = len({m for m, _ in ours})
    result.campaign_reached = len(reached)
    result.campaign_awaiting = len(reached - answered)


# -- reading -----------------------------------------------------------------------------------
def _read(
    workbook: Workbook, result: BillResult, now: datetime, progress: Progress | None
) -> list[BillRecord]:
    name = workbook.path.name
    found: list[tuple[str, BillLayout, list[tuple[int, list[str]]]]] = []
    reasons: list[Message] = []
    for sheet in workbook.sheets:
        layout = find_layout(sheet.rows)
        if isinstance(layout, BillLayout):
            below = [(n, c) for n, c in sheet.rows if n > layout.header_row]
            found.append((sheet.name if len(workbook.sheets) > 1 else "", layout, below))
        elif layout is not None:
            reasons.append(layout)
    if not found:
        sentence = not_a_bill(name)
        if reasons:
            sentence = msg("{sentence} ({reason})", sentence=sentence, reason=reasons[0])
        raise BillRefused(sentence)
    total = sum(len(rows) for _, _, rows in found)
    done = 0
    records: list[BillRecord] = []
    latest = now + _FUTURE_GRACE
    for sheet_name, layout, rows in found:
        result.kinds.append(layout.kind)
        for number, cells in rows:
            done += 1
            if progress is not None and done % _PROGRESS_EVERY == 0:
                progress(done, total)
            if not is_record(cells, layout):
                continue
            result.rows += 1
            record = read_record(number, cells, layout, sheet_name)
            if isinstance(record, list):
                result.refused.extend(record)
            elif record.at > latest:
                result.refused.append(
                    BillProblem(
                        number, layout.header("time"), msg("the time is in the future"), sheet_name
                    )
                )
            else:
                records.append(record)
                if result.first is None or record.at < result.first:
                    result.first = record.at
                if result.last is None or record.at > result.last:
                    result.last = record.at
    return records


def _refusal(result: BillResult) -> Message:
    problems = result.problems()
    shown = problems[:SHOWN_PROBLEMS]
    if len(problems) > len(shown):
        shown.append(msg("... and {count} more", count=len(problems) - len(shown)))
    return msg(
        "{count} bad row(s) in {file}; nothing was written "
        "(fix them, or --skip-invalid to import the good rows):\n{problems}",
        count=len(problems),
        file=result.file,
        problems=Lines(shown),
    )


# -- matching ----------------------------------------------------------------------------------
def _book(session: Session, actor: Actor) -> dict[str, uuid.UUID]:
    """The acting manager's active members by mobile number."""
    return dict(
        session.execute(
            select(Member.phone, Member.id).where(
                Member.manager_id == actor.manager_id,
                Member.status == MemberStatus.ACTIVE,
                Member.deleted.is_(False),
            )
        ).all()
    )


def _match(
    session: Session, actor: Actor, records: list[BillRecord], result: BillResult
) -> list[tuple[uuid.UUID, BillRecord]]:
    """The records to log, each with its member; every record counted once."""
    book = _book(session, actor)
    mine: list[tuple[uuid.UUID, BillRecord]] = []
    for r in records:
        member_id = book.get(r.number)
        if member_id is None:
            result.not_in_book += 1  # counted; the number goes no further
        elif not r.is_contact:
            result.ignored += 1
        else:
            mine.append((member_id, r))
    mine.sort(key=lambda pair: pair[1].at)
    from_bills, by_hand = _logged_before(session, mine)
    seen: set[tuple[uuid.UUID, Channel, datetime]] = set()
    new: list[tuple[uuid.UUID, BillRecord]] = []
    for member_id, r in mine:
        key = (member_id, r.channel, r.at)
        if key in seen:
            result.duplicates += 1
        elif key in from_bills or _take_nearest(by_hand[(member_id, r.channel)], r.at):
            seen.add(key)
            result.already_logged += 1
        else:
            seen.add(key)
            new.append((member_id, r))
    result.logged = len(new)
    result.members = len({m for m, _ in new})
    counts = Counter(f"{r.channel.value} {r.outcome.value}" for _, r in new if r.outcome)
    result.logged_by = dict(sorted(counts.items()))
    return new


def _logged_before(
    session: Session, mine: list[tuple[uuid.UUID, BillRecord]]
) -> tuple[
    set[tuple[uuid.UUID, Channel, datetime]], dict[tuple[uuid.UUID, Channel], list[datetime]]
]:
    """Contacts already logged for these members around the bill's times: from bills (by
    member, channel and second) and typed by hand (sorted times per member and channel)."""
    from_bills: set[tuple[uuid.UUID, Channel, datetime]] = set()
    by_hand: dict[tuple[uuid.UUID, Channel], list[datetime]] = defaultdict(list)
    if not mine:
        return from_bills, by_hand
    lo = mine[0][1].at - HAND_TYPED_WINDOW
    hi = mine[-1][1].at + HAND_TYPED_WINDOW
    ids = sorted({m for m, _ in mine})
    ca = ContactAttempt
    for chunk in chunks(ids):
        rows = session.execute(
            select(ca.member_id, ca.channel, ca.at, ca.source).where(
                ca.member_id.in_(chunk),
                ca.deleted.is_(False),
                ca.at >= lo,
                ca.at <= hi,
            )
        )
        for member_id, channel, at, source in rows:
            if source is ContactSource.BILL:
                from_bills.add((member_id, channel, at.replace(microsecond=0)))
            else:
                by_hand[(member_id, channel)].append(at)
    for times in by_hand.values():
        times.sort()
    return from_bills, by_hand


def _take_nearest(times: list[datetime], at: datetime) -> bool:
    """Remove and report the typed contact nearest to ``at`` within the window, if any."""
    if not times:
        return False
    i = bisect.bisect_left(times, at)
    best = min(
        (j for j in (i - 1, i) if 0 <= j < len(times)),
        key=lambda j: abs(times[j] - at),
    )
    if abs(times[best] - at) > HAND_TYPED_WINDOW:
        return False
    del times[best]
    return True
