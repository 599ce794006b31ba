"""Campaigns and satisfaction call-backs (活动推广 · 满意度回访): a lead's targeted pushes.

    add_campaign(session, actor, NewCampaign(...), today=..., team=None) -> (Campaign, Changes)
    close_campaign(session, actor, "SF2027", team=None)           -> Changes
    edit_campaign(session, actor, "SF2027", CampaignEdit(...), today=...) -> (Campaign, Changes)
    list_campaigns(session, actor, team=None)                     -> [CampaignRow]
    campaign_targets(session, actor, "SF2027", team=None)         -> [TargetRow]
    record_outcome(session, actor, campaign_code=..., member_ref=..., result=...)
    campaign_progress(session, actor, "SF2027" or an id, today=...) -> Progress
    member_campaigns(session, actor, member_ref, today=...)       -> [CampaignRow]

A campaign's code is unique within its team (and among the administrator's campaigns for
every team), not across teams: two teams may both run ``SF2027`` (a code unique across
the central store told a lead which codes other teams use). Each lookup by code
(:func:`find_campaign`) takes the user's team's; an administrator who sees the code in
more than one team names the team (``team=``, ``--team`` on the command line), and lists
hand on the campaign's id, which is never ambiguous.

A campaign is team-level data: its team reads it, only a lead (of that team) or an
administrator adds or closes it. The members it targets are chosen once, when it is added
(``campaign_targets``, a snapshot of the members the lead sees that match); each is then
worked by the member's *current* manager (the due item ``campaign_contact`` follows a
reassignment, and a member who left the club has none), due by the end or by the step the
lead set for the member's tier (``NewCampaign.steps``: diamond members by 5 February, gold
by the end). While it is open the lead may change the steps and the end
(:func:`edit_campaign`, with the checks of adding); the items follow. An outcome is
recorded against a logged contact attempt in the campaign's period; any result but
``unreachable`` needs a reached one, and closes the member's item
(:func:`vipcrm.domain.campaigns.closes_item`). Two outcomes for one member (two laptops)
are both kept; the latest counts.
"""

from __future__ import annotations

import dataclasses
import uuid
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import and_, func, select, true
from sqlalchemy.orm import Session

from vipcrm.domain.actor import Actor
from vipcrm.domain.campaigns import (
    check_outcome,
    check_steps,
    check_template,
    closes_item,
    due_on,
)
from vipcrm.domain.dates import DEFAULT_TZ, utcnow
from vipcrm.domain.due import DueKind
from vipcrm.domain.errors import Message, NotFound, PermissionDenied, ValidationError, msg
from vipcrm.domain.phone import looks_like_phone, normalize_mobile
from vipcrm.domain.values import (
    CAMPAIGN_RESULTS,
    CampaignChannel,
    CampaignKind,
    CampaignResult,
    CampaignStatus,
    GroupClass,
    MemberStatus,
    Outcome,
    PlanStatus,
    Role,
    Tier,
)
from vipcrm.domain.workdays import WorkdayCalendar
from vipcrm.services.context import Changes
from vipcrm.services.directory import check_name, find_team
from vipcrm.services.members import find_visible_member, visible_manager_ids
from vipcrm.services.sheets import read_workbook
from vipcrm.store.due_facts import workday_calendar
from vipcrm.store.models import (
    Campaign,
    CampaignOutcome,
    CampaignTarget,
    ContactAttempt,
    GroupCustomer,
    Manager,
    Member,
    PlanItem,
    ServicePlan,
    Team,
)

CODE_LENGTH = 32
TEXT_LENGTH = 2000
#: Members not yet contacted are flagged when this many working days or fewer are left.
FLAG_WORKING_DAYS = 2
PHONE_HEADERS = ("phone", "mobile", "手机", "手机号", "手机号码", "号码", "电话", "移动电话")


@dataclass(frozen=True)
class NewCampaign:
    code: str
    name: str
    kind: CampaignKind
    starts_on: date
    ends_on: date
    tiers: tuple[Tier, ...] = ()
    group_classes: tuple[GroupClass, ...] = ()
    key_persons: bool = False
    important: bool = False
    members_file: Path | None = None
    channel: CampaignChannel = CampaignChannel.CALL
    sms_template: str = ""
    call_script: str = ""
    #: The lead's steps: (tier, the day its members are due by), each within the period.
    steps: tuple[tuple[Tier, date], ...] = ()


@dataclass(frozen=True)
class CampaignRow:
    id: uuid.UUID
    code: str
    name: str
    kind: CampaignKind
    starts_on: date
    ends_on: date
    channel: CampaignChannel
    status: CampaignStatus
    target: dict[str, Any]
    sms_template: str
    call_script: str
    team_code: str | None
    created_by: str | None
    targeted: int
    steps: dict[Tier, date] = field(default_factory=dict)  # by tier, diamond first

    def due_on(self, tier: Tier) -> date:
        """The day the campaign's members of ``tier`` are due by: its step, else the end."""
        return due_on(self.ends_on, self.steps, tier)


@dataclass(frozen=True)
class TargetRow:
    member_id: uuid.UUID
    phone: str
    name: str
    tier: Tier
    status: MemberStatus
    manager_code: str | None
    manager_name: str | None  # the display name (the window shows it, not the code)
    contacted: bool  # any attempt logged in the campaign's period
    reached: bool  # a reached attempt in the period
    result: CampaignResult | None  # the latest outcome
    score: int | None
    note: str
    outcomes: int  # how many were recorded (two laptops: two)
    flagged: bool  # not contacted, and the member's due date is near (FLAG_WORKING_DAYS)
    due_on: date  # the member's tier's step, else the end


@dataclass
class Tally:
    """Counts of one group of targeted members (all, one manager's, one tier's)."""

    targeted: int = 0
    contacted: int = 0
    reached: int = 0
    flagged: int = 0
    results: Counter[str] = field(default_factory=Counter)
    scores: list[int] = field(default_factory=list)

    def add(self, row: TargetRow) -> None:
        self.targeted += 1
        self.contacted += row.contacted
        self.reached += row.reached
        self.flagged += row.flagged
        if row.result is not None:
            self.results[row.result.value] += 1
        if row.score is not None:
            self.scores.append(row.score)

    @property
    def average_score(self) -> float | None:
        return round(sum(self.scores) / len(self.scores), 2) if self.scores else None

    def to_json(self, kind: CampaignKind) -> dict[str, Any]:
        out: dict[str, Any] = {
            "targeted": self.targeted,
            "contacted": self.contacted,
            "reached": self.reached,
            "not_contacted": self.targeted - self.contacted,
            "flagged": self.flagged,
        }
        for result in CAMPAIGN_RESULTS[kind]:
            out[result.value] = self.results.get(result.value, 0)
        if kind is CampaignKind.SURVEY:
            out["average_score"] = self.average_score
        return out


@dataclass(frozen=True)
class Progress:
    campaign: CampaignRow
    today: date
    working_days_left: int
    overall: Tally
    by_manager: dict[str, Tally]  # manager code ("" for unassigned members)
    by_tier: dict[Tier, Tally]
    targets: tuple[TargetRow, ...]

    @property
    def manager_names(self) -> dict[str, str]:
        """Each manager's display name by code (the keys of ``by_manager``)."""
        return {t.manager_code: t.manager_name or "" for t in self.targets if t.manager_code}

    def to_json(self) -> dict[str, Any]:
        c, kind = self.campaign, self.campaign.kind
        return {
            "code": c.code,
            "name": c.name,
            "kind": kind.value,
            "from": c.starts_on.isoformat(),
            "to": c.ends_on.isoformat(),
            "status": c.status.value,
            "channel": c.channel.value,
            "target": c.target,
            "sms_template": c.sms_template,
            "call_script": c.call_script,
            "team": c.team_code,
            "created_by": c.created_by,
            "steps": {tier.value: day.isoformat() for tier, day in c.steps.items()},
            "today": self.today.isoformat(),
            "working_days_left": self.working_days_left,
            "overall": self.overall.to_json(kind),
            "by_manager": {k: t.to_json(kind) for k, t in sorted(self.by_manager.items())},
            "by_tier": {
                tier.value: {**t.to_json(kind), "due": c.due_on(tier).isoformat()}
                for tier, t in sorted(self.by_tier.items(), key=lambda kv: kv[0].rank)
            },
            "flagged": [
                {
                    "member": str(r.member_id),
                    "phone": r.phone,
                    "name": r.name,
                    "tier": r.tier.value,
                    "manager": r.manager_code,
                    "due": r.due_on.isoformat(),
                }
                for r in self.targets
                if r.flagged
            ],
        }


# -- times ------------------------------------------------------------------------------------
def day_start_utc(day: date) -> datetime:
    """The UTC moment the local (Asia/Shanghai) ``day`` starts."""
    return datetime.combine(day, time(), DEFAULT_TZ).astimezone(UTC)


def campaign_period(campaign: Campaign | CampaignRow) -> tuple[datetime, datetime]:
    """The campaign's period in UTC: from its first day's start to the end of its last."""
    return day_start_utc(campaign.starts_on), day_start_utc(campaign.ends_on + timedelta(days=1))


# -- finding ----------------------------------------------------------------------------------
#: ``--team -``: the administrator's campaign for every team (``team_id`` NULL).
NO_TEAM = "-"

CampaignRef = str | uuid.UUID  # a code (within the user's team), or a campaign's id


def _sees(actor: Actor, campaign: Campaign) -> bool:
    if actor.role is Role.ADMIN or actor.bootstrap:
        return True
    return campaign.team_id is None or campaign.team_id == actor.team_id


def find_campaign(
    session: Session,
    actor: Actor,
    ref: CampaignRef,
    field_name: str = "code",
    *,
    team: str | None = None,
) -> Campaign:
    """The campaign ``ref`` names: its id, or its code. A code is unique per team (and
    among the administrator's campaigns for every team), so two teams may share one: a
    manager's or a lead's is their team's (before an administrator's of the same code);
    an administrator who sees it in more than one team names the team (``team``, a team's
    code, or :data:`NO_TEAM`), else the error names the teams."""
    if isinstance(ref, uuid.UUID):
        by_id = session.get(Campaign, ref)
        if by_id is None or by_id.deleted or not _sees(actor, by_id):
            raise NotFound(msg("{field}: no campaign {code}", field=field_name, code=ref))
        return by_id
    code = (ref or "").strip()
    query = _visible_campaigns(session, actor).where(Campaign.code == code)
    if team is not None and team.strip() == NO_TEAM:
        query = query.where(Campaign.team_id.is_(None))
    elif team is not None:
        query = query.where(Campaign.team_id == find_team(session, team.strip()).id)
    found: list[Campaign] = list(session.scalars(query.order_by(Campaign.id)))
    if len(found) > 1 and not (actor.role is Role.ADMIN or actor.bootstrap):
        # the team's own and one for every team (two laptops offline): the team's
        found = [c for c in found if c.team_id == actor.team_id] or found
    if not found:
        raise NotFound(msg("{field}: no campaign {code}", field=field_name, code=code))
    if len(found) > 1:
        teams = {tid: tcode for tid, tcode in session.execute(select(Team.id, Team.code))}
        named = sorted(teams.get(c.team_id, NO_TEAM) if c.team_id else NO_TEAM for c in found)
        raise ValidationError(
            "team",
            msg(
                "campaign {code} is run by more than one team ({teams}); name one with --team",
                code=code,
                teams=", ".join(named),
            ),
        )
    return found[0]


def _visible_campaigns(session: Session, actor: Actor) -> Any:
    query = select(Campaign).where(Campaign.deleted.is_(False))
    if not (actor.role is Role.ADMIN or actor.bootstrap):
        query = query.where((Campaign.team_id.is_(None)) | (Campaign.team_id == actor.team_id))
    return query


def team_view(session: Session, actor: Actor, team: str | None) -> Actor:
    """What an administrator sees of one team's campaigns: what its lead sees (the team's
    and the administrator's, with the team's members only). Anyone else, or no ``team``:
    the actor as it is."""
    if team is None or not (actor.role is Role.ADMIN or actor.bootstrap):
        return actor
    return dataclasses.replace(
        actor, role=Role.LEAD, team_id=find_team(session, team).id, bootstrap=False
    )


def _in_scope(session: Session, actor: Actor) -> Any:
    """SQL: a member the actor counts in a campaign (their own; a lead's team's and the
    members not assigned; an administrator's: all) — the scope of :func:`_target_rows`."""
    scope = visible_manager_ids(session, actor)
    if scope is None:
        return true()
    mine = Member.manager_id.in_(scope)
    return (mine | Member.manager_id.is_(None)) if actor.role is Role.LEAD else mine


def _row(session: Session, c: Campaign, actor: Actor) -> CampaignRow:
    """The campaign as a value; ``targeted`` counts the targets ``actor`` sees (a lead:
    their team's members of an administrator's campaign for every team, not the region's)."""
    targeted = session.scalar(
        select(func.count())
        .select_from(CampaignTarget)
        .join(Member, Member.id == CampaignTarget.member_id)
        .where(
            CampaignTarget.campaign_id == c.id,
            CampaignTarget.deleted.is_(False),
            _in_scope(session, actor),
        )
    )
    team_code = session.scalar(select(Team.code).where(Team.id == c.team_id)) if c.team_id else None
    creator = session.scalar(select(Manager.code).where(Manager.id == c.created_by_id))
    return CampaignRow(
        id=c.id,
        code=c.code,
        name=c.name,
        kind=c.kind,
        starts_on=c.starts_on,
        ends_on=c.ends_on,
        channel=c.channel,
        status=c.status,
        target=dict(c.target or {}),
        sms_template=c.sms_template,
        call_script=c.call_script,
        team_code=team_code,
        created_by=creator,
        targeted=int(targeted or 0),
        steps=c.steps,
    )


def list_campaigns(session: Session, actor: Actor, *, team: str | None = None) -> list[CampaignRow]:
    """The campaigns the actor's team runs (and the administrator's), newest first; an
    administrator's every team's, or with ``team`` what that team's lead sees."""
    actor.require(Role.MANAGER, Role.LEAD, Role.ADMIN, action=msg("list campaigns"))
    scoped = team_view(session, actor, team)
    found = session.scalars(
        _visible_campaigns(session, scoped).order_by(
            Campaign.starts_on.desc(), Campaign.code, Campaign.team_id
        )
    ).all()
    return [_row(session, c, scoped) for c in found]


def campaign_row(
    session: Session, actor: Actor, ref: CampaignRef, *, team: str | None = None
) -> CampaignRow:
    actor.require(Role.MANAGER, Role.LEAD, Role.ADMIN, action=msg("show a campaign"))
    return _row(session, find_campaign(session, actor, ref, team=team), actor)


def member_campaigns(
    session: Session, actor: Actor, member_ref: str, *, today: date
) -> list[CampaignRow]:
    """The open campaigns that target the member and have started by ``today`` (what
    logging a contact with them offers to record), the earliest end first."""
    actor.require(Role.MANAGER, Role.LEAD, Role.ADMIN, action=msg("show a campaign"))
    member = find_visible_member(session, actor, member_ref)
    found = session.scalars(
        _visible_campaigns(session, actor)
        .join(CampaignTarget, CampaignTarget.campaign_id == Campaign.id)
        .where(
            CampaignTarget.member_id == member.id,
            CampaignTarget.deleted.is_(False),
            Campaign.status == CampaignStatus.OPEN,
            Campaign.starts_on <= today,
        )
        .order_by(Campaign.ends_on, Campaign.code)
    ).all()
    return [_row(session, c, actor) for c in found]


# -- adding -----------------------------------------------------------------------------------
def add_campaign(
    session: Session, actor: Actor, new: NewCampaign, *, today: date, team: str | None = None
) -> tuple[Campaign, Changes]:
    """Add a campaign and its targets (the members the actor sees that match, active).

    A lead's is the team's. An administrator's is for every team (``team_id`` NULL), or
    with ``team`` (a team's code) that team's, targeting its members as its lead would.
    A code is unique within the team, and against the campaigns for every team (which the
    team sees); another team's code is free (and never told)."""
    actor.require(Role.LEAD, Role.ADMIN, action=msg("add a campaign"))
    if team is not None and team.strip() == NO_TEAM:
        team = None
    if team is not None and not (actor.role is Role.ADMIN or actor.bootstrap):
        if find_team(session, team.strip()).id != actor.team_id:
            raise PermissionDenied(msg("a lead adds campaigns to their own team only"))
        team = None
    actor = team_view(session, actor, team.strip() if team else None)
    code = check_name(new.code, "code", CODE_LENGTH)
    name = check_name(new.name, "name", 200)
    team_id = None if actor.role is Role.ADMIN else actor.team_id
    clash = select(Campaign.id).where(Campaign.code == code)
    if team_id is not None:  # the team's, or one for every team (the team sees both)
        clash = clash.where((Campaign.team_id == team_id) | Campaign.team_id.is_(None))
    if session.scalar(clash.limit(1)) is not None:
        raise ValidationError("code", msg("a campaign {code} already exists", code=code))
    if new.ends_on < new.starts_on:
        raise ValidationError(
            "to",
            msg("the end {end} is before the start {start}", end=new.ends_on, start=new.starts_on),
        )
    steps = check_steps(new.steps, starts_on=new.starts_on, ends_on=new.ends_on, tiers=new.tiers)
    template = check_template(new.sms_template.strip(), "sms")
    if new.channel is not CampaignChannel.CALL and not template:
        raise ValidationError("sms", msg("a campaign by SMS needs its SMS template"))
    script = new.call_script.strip()
    for text, name_of in ((template, "sms"), (script, "script")):
        if len(text) > TEXT_LENGTH:
            raise ValidationError(
                name_of, msg("is longer than {limit} characters", limit=TEXT_LENGTH)
            )
    listed = _members_in_file(session, actor, new.members_file) if new.members_file else None
    member_ids = _matching_members(session, actor, new, listed)
    if not member_ids:
        raise ValidationError(
            "target", msg("no member matches the campaign's target; nothing was written")
        )
    target: dict[str, Any] = {
        "tiers": [t.value for t in new.tiers],
        "group_classes": [g.value for g in new.group_classes],
        "key_persons": new.key_persons,
        "important": new.important,
    }
    if new.members_file is not None:
        target["file"] = new.members_file.name
        target["listed"] = len(listed or ())
    campaign = Campaign(
        code=code,
        name=name,
        kind=new.kind,
        starts_on=new.starts_on,
        ends_on=new.ends_on,
        target=target,
        channel=new.channel,
        sms_template=template,
        call_script=script,
        status=CampaignStatus.OPEN,
        team_id=team_id,
        created_by_id=actor.manager_id,
    )
    campaign.set_steps(steps)
    session.add(campaign)
    session.flush()
    session.add_all(CampaignTarget(campaign_id=campaign.id, member_id=m) for m in member_ids)
    session.flush()
    return campaign, Changes(members=frozenset(member_ids), contacts=True)


def _matching_members(
    session: Session, actor: Actor, new: NewCampaign, listed: Sequence[uuid.UUID] | None
) -> list[uuid.UUID]:
    query = select(Member.id).where(Member.deleted.is_(False), Member.status == MemberStatus.ACTIVE)
    scope = visible_manager_ids(session, actor)
    if scope is not None:
        owned = Member.manager_id.in_(scope)
        query = query.where(
            owned | Member.manager_id.is_(None) if actor.role is Role.LEAD else owned
        )
    if new.tiers:
        query = query.where(Member.tier.in_(new.tiers))
    if new.group_classes:
        query = query.join(GroupCustomer, GroupCustomer.id == Member.group_id).where(
            GroupCustomer.group_class.in_(new.group_classes)
        )
    if new.key_persons:
        query = query.where(Member.key_role.is_not(None))
    if new.important:
        query = query.where(Member.important.is_(True))
    found = list(session.scalars(query.order_by(Member.id)))
    if listed is not None:
        wanted = set(listed)
        found = [m for m in found if m in wanted]
    return found


def _members_in_file(session: Session, actor: Actor, path: Path) -> list[uuid.UUID]:
    """The members a CSV/XLSX file lists by mobile number (one column; a header naming it,
    or none). A row that names no member the actor sees is refused: file, row, field."""
    book = read_workbook(path)
    file = path.name
    found: list[uuid.UUID] = []
    scope = visible_manager_ids(session, actor)
    for sheet in book.sheets:
        column: int | None = None
        for number, cells in sheet.rows:
            if not any(c.strip() for c in cells):
                continue
            if column is None:
                column = _phone_column(cells)
                if column is None:
                    raise ValidationError(
                        "members",
                        msg(
                            "{file}: row {row}: no column of mobile numbers (a header such as "
                            "'phone' or '手机号码', or the numbers themselves)",
                            file=file,
                            row=number,
                        ),
                    )
                if not looks_like_phone(cells[column]):
                    continue  # the header
            text = cells[column].strip() if column < len(cells) else ""
            if not text:
                continue
            try:
                phone = normalize_mobile(text, "phone")
            except ValidationError as exc:
                raise ValidationError(
                    "members",
                    msg(
                        "{file}: row {row}, {column}: {reason}",
                        file=file,
                        row=number,
                        column="phone",
                        reason=exc.message,
                    ),
                ) from None
            member = session.scalars(
                select(Member).where(
                    Member.phone == phone,
                    Member.deleted.is_(False),
                    Member.status == MemberStatus.ACTIVE,
                )
            ).first()
            visible = member is not None and (
                scope is None
                or member.manager_id in scope
                or (member.manager_id is None and actor.role is Role.LEAD)
            )
            if member is None or not visible:
                raise ValidationError(
                    "members",
                    msg(
                        "{file}: row {row}, {column}: no active member with mobile number "
                        "{phone} in your book",
                        file=file,
                        row=number,
                        column="phone",
                        phone=phone,
                    ),
                )
            found.append(member.id)
    return found


def _phone_column(cells: Sequence[str]) -> int | None:
    for i, cell in enumerate(cells):
        if cell.strip().lower() in PHONE_HEADERS:
            return i
    for i, cell in enumerate(cells):
        if cell.strip() and looks_like_phone(cell):
            return i
    return None


# -- closing ----------------------------------------------------------------------------------
def close_campaign(
    session: Session, actor: Actor, ref: CampaignRef, *, team: str | None = None
) -> Changes:
    actor.require(Role.LEAD, Role.ADMIN, action=msg("close a campaign"))
    campaign = find_campaign(session, actor, ref, team=team)
    code = campaign.code
    if actor.role is Role.LEAD and campaign.team_id != actor.team_id:
        raise PermissionDenied(
            msg(
                "{code} is the administrator's campaign; only an administrator closes it", code=code
            )
        )
    if campaign.status is CampaignStatus.CLOSED:
        raise ValidationError("code", msg("{code} is already closed", code=campaign.code))
    campaign.status = CampaignStatus.CLOSED
    campaign.closed_at = utcnow()
    session.flush()
    return Changes(contacts=True)


# -- changing the steps and the end -----------------------------------------------------------
@dataclass(frozen=True)
class CampaignEdit:
    """What a lead changes in an open campaign: the end (None: kept), the steps to set (a
    tier's step replaced), the tiers whose step goes (they are due by the end again). A
    step neither set nor cleared stays."""

    ends_on: date | None = None
    steps: tuple[tuple[Tier, date], ...] = ()
    clear_steps: tuple[Tier, ...] = ()

    @property
    def empty(self) -> bool:
        return self.ends_on is None and not self.steps and not self.clear_steps


def _targeted_tiers(campaign: Campaign) -> tuple[Tier, ...]:
    """The tiers the campaign was added for (none named: every tier)."""
    return tuple(Tier(t) for t in (campaign.target or {}).get("tiers", ()) or ())


def edit_campaign(
    session: Session,
    actor: Actor,
    ref: CampaignRef,
    edit: CampaignEdit,
    *,
    today: date,
    team: str | None = None,
) -> tuple[Campaign, Changes]:
    """Change an open campaign's steps and its end, with the checks of
    :func:`add_campaign`: each step a day of the (new) period, for a tier the campaign
    targets; the end not before the start, and a new end not before ``today`` (the contacts
    already logged stay in the period). A step kept must still fall in the period. A
    closed campaign is not changed; a lead changes their team's, an administrator any.
    The members' items follow: they are computed from the campaign's row, which syncs."""
    actor.require(Role.LEAD, Role.ADMIN, action=msg("change a campaign"))
    campaign = find_campaign(session, actor, ref, team=team)
    code = campaign.code
    if actor.role is Role.LEAD and campaign.team_id != actor.team_id:
        raise PermissionDenied(
            msg(
                "{code} is the administrator's campaign; only an administrator changes it",
                code=code,
            )
        )
    if campaign.status is CampaignStatus.CLOSED:
        raise ValidationError(
            "code", msg("{code} is closed; a closed campaign is not changed", code=code)
        )
    if edit.empty:
        raise ValidationError(
            "step", msg("nothing to change: give a new end, a step or a step to clear")
        )
    end = campaign.ends_on if edit.ends_on is None else edit.ends_on
    if end != campaign.ends_on:
        if end < campaign.starts_on:
            raise ValidationError(
                "to",
                msg("the end {end} is before the start {start}", end=end, start=campaign.starts_on),
            )
        if end < today:
            raise ValidationError(
                "to", msg("the end {end} is before today {today}", end=end, today=today)
            )
    current = campaign.steps
    given = {tier for tier, _day in edit.steps}
    cleared: set[Tier] = set()
    for tier in edit.clear_steps:
        if tier in given:
            raise ValidationError(
                "step", msg("{tier} is given a step and cleared at once", tier=tier)
            )
        if tier not in current:
            raise ValidationError("clear-step", msg("{tier} has no step to clear", tier=tier))
        cleared.add(tier)
    kept = [(t, d) for t, d in current.items() if t not in given and t not in cleared]
    steps = check_steps(
        [*kept, *edit.steps],
        starts_on=campaign.starts_on,
        ends_on=end,
        tiers=_targeted_tiers(campaign),
    )
    if end == campaign.ends_on and steps == current:
        return campaign, Changes()  # as it was: nothing written
    campaign.ends_on = end
    campaign.set_steps(steps)
    session.flush()
    return campaign, Changes(contacts=True)


@dataclass(frozen=True)
class KeptPlan:
    """A saved plan, not yet approved, holding a campaign's items that are not done."""

    manager_code: str
    manager_name: str
    period: str  # 2026-12, 2026-W49
    status: PlanStatus
    items: int


def plans_keeping_old_days(session: Session, campaign: Campaign) -> list[KeptPlan]:
    """The saved plans not yet approved (draft, submitted, rejected) that hold the
    campaign's items not done: generated before its steps or end changed, they keep the
    days they were spread over (new plans are spread up to the new days).

    They are not re-spread here: a plan is its manager's (only they, or an administrator,
    generate and edit it, SERVICE_RULES §8 and :mod:`vipcrm.services.saved_plans`), and the
    lead approves the version they see. Its manager generates it again (Plans → Generate
    again…, ``vipcrm plans generate --period P --replace``): the rule items not done are
    re-spread, their own items and what is done are kept. An item whose member is due by
    the same day as before (another tier's step moved) is spread as it would be again: its
    plan is not listed for it."""
    found: Counter[tuple[str, str, str, PlanStatus]] = Counter()
    rows = session.execute(
        select(
            Manager.code,
            Manager.name,
            ServicePlan.period,
            ServicePlan.status,
            PlanItem.reason,
            Member.tier,
        )
        .join(ServicePlan, ServicePlan.id == PlanItem.plan_id)
        .join(Manager, Manager.id == ServicePlan.manager_id)
        .join(Member, Member.id == PlanItem.member_id)
        .join(
            CampaignTarget,
            and_(
                CampaignTarget.member_id == PlanItem.member_id,
                CampaignTarget.campaign_id == campaign.id,
                CampaignTarget.deleted.is_(False),
            ),
        )
        .where(
            PlanItem.kind == DueKind.CAMPAIGN_CONTACT.value,
            PlanItem.deleted.is_(False),
            PlanItem.done.is_(False),
            ServicePlan.deleted.is_(False),
            ServicePlan.status != PlanStatus.APPROVED,
        )
    )
    end, steps = campaign.ends_on.isoformat(), campaign.steps
    for code, name, period, status, reason, tier in rows:
        if not isinstance(reason, dict) or reason.get("campaign") != campaign.code:
            continue
        due = due_on(campaign.ends_on, steps, tier)  # what Generate again spreads it up to
        step = due.isoformat() if due != campaign.ends_on else None
        if reason.get("end") != end or reason.get("step") != step:
            found[(code, name, period, status)] += 1
    return [
        KeptPlan(code, name, period, status, items)
        for (code, name, period, status), items in sorted(found.items())
    ]


def kept_plans_notice(plans: Sequence[KeptPlan], code: str) -> Message | None:
    """One line for the lead who changed a campaign: which plans keep the old days, and
    how they are spread again."""
    if not plans:
        return None
    return msg(
        "{count} saved plan(s) not yet approved keep {code}'s items on their old days "
        "({plans}); a plan is its manager's: they spread it again with Plans → Generate "
        "again… (vipcrm plans generate --period P --replace)",
        count=len(plans),
        code=code,
        plans=[f"{p.manager_name} ({p.manager_code}) {p.period}" for p in plans],
    )


# -- outcomes ---------------------------------------------------------------------------------
def record_outcome(
    session: Session,
    actor: Actor,
    *,
    campaign_code: CampaignRef,
    member_ref: str,
    result: CampaignResult | None,
    score: int | None = None,
    note: str = "",
    contact_id: uuid.UUID | None = None,
    now: datetime | None = None,
    campaign_team: str | None = None,
) -> tuple[CampaignOutcome, Changes]:
    """Record what a targeted member said, against a contact logged in the period (the
    given one, else the latest fitting one: reached, unless the result is unreachable)."""
    actor.require(Role.MANAGER, Role.LEAD, Role.ADMIN, action=msg("record a campaign outcome"))
    campaign = find_campaign(session, actor, campaign_code, "campaign", team=campaign_team)
    if campaign.status is CampaignStatus.CLOSED:
        raise ValidationError("campaign", msg("{code} is closed", code=campaign.code))
    member = find_visible_member(session, actor, member_ref)
    targeted = session.scalar(
        select(CampaignTarget.id).where(
            CampaignTarget.campaign_id == campaign.id,
            CampaignTarget.member_id == member.id,
            CampaignTarget.deleted.is_(False),
        )
    )
    if targeted is None:
        raise ValidationError(
            "member",
            msg("{phone} is not in campaign {code}", phone=member.phone, code=campaign.code),
        )
    chosen = check_outcome(campaign.kind, result, score)
    note = note.strip()
    if len(note) > TEXT_LENGTH:
        raise ValidationError("note", msg("is longer than {limit} characters", limit=TEXT_LENGTH))
    start, end = campaign_period(campaign)
    end = min(end, (now or utcnow()) + timedelta(minutes=5))
    in_period = and_(
        ContactAttempt.member_id == member.id,
        ContactAttempt.deleted.is_(False),
        ContactAttempt.at >= start,
        ContactAttempt.at < end,
    )
    need_reached = closes_item(chosen)
    if contact_id is not None:
        attempt = session.get(ContactAttempt, contact_id)
        if attempt is None or attempt.deleted or attempt.member_id != member.id:
            raise NotFound(
                msg("{field}: no contact with id {ref}", field="contact", ref=contact_id)
            )
    else:
        query = select(ContactAttempt).where(in_period)
        if need_reached:
            query = query.where(ContactAttempt.outcome == Outcome.REACHED)
        attempt = session.scalars(query.order_by(ContactAttempt.at.desc())).first()
        if attempt is None:
            raise ValidationError(
                "member",
                msg(
                    "{phone} was not reached between {start} and {end}; log the reached "
                    "call or SMS first (or record unreachable)",
                    phone=member.phone,
                    start=campaign.starts_on,
                    end=campaign.ends_on,
                )
                if need_reached
                else msg(
                    "no contact with {phone} is logged between {start} and {end}; log the "
                    "call or SMS first",
                    phone=member.phone,
                    start=campaign.starts_on,
                    end=campaign.ends_on,
                ),
            )
    if need_reached and attempt.outcome is not Outcome.REACHED:
        raise ValidationError("contact", msg("a {result} needs a reached contact", result=chosen))
    outcome = CampaignOutcome(
        campaign_id=campaign.id,
        member_id=member.id,
        contact_id=attempt.id,
        result=chosen,
        score=score,
        note=note,
        at=now or utcnow(),
        manager_id=actor.manager_id or member.manager_id,
    )
    session.add(outcome)
    session.flush()
    return outcome, Changes(members=frozenset({member.id}), contacts=True)


# -- progress ---------------------------------------------------------------------------------
def campaign_targets(
    session: Session, actor: Actor, ref: CampaignRef, *, today: date, team: str | None = None
) -> tuple[CampaignRow, list[TargetRow]]:
    """The campaign's members the actor sees, with what was done (tier, name order)."""
    actor.require(Role.MANAGER, Role.LEAD, Role.ADMIN, action=msg("show a campaign"))
    campaign = find_campaign(session, actor, ref, team=team)
    row = _row(session, campaign, actor)
    return row, _target_rows(session, actor, campaign, today)


def _target_rows(
    session: Session, actor: Actor, campaign: Campaign, today: date
) -> list[TargetRow]:
    query = (
        select(
            Member.id,
            Member.phone,
            Member.name,
            Member.tier,
            Member.status,
            Manager.code,
            Member.manager_id,
            Manager.name,
        )
        .join(CampaignTarget, CampaignTarget.member_id == Member.id)
        .outerjoin(Manager, Manager.id == Member.manager_id)
        .where(
            CampaignTarget.campaign_id == campaign.id,
            CampaignTarget.deleted.is_(False),
            _in_scope(session, actor),
        )
    )
    members = session.execute(query).all()
    ids = [r[0] for r in members]
    start, end = campaign_period(campaign)
    contacted: set[uuid.UUID] = set()
    reached: set[uuid.UUID] = set()
    for chunk in _chunks(ids):
        for member_id, outcome in session.execute(
            select(ContactAttempt.member_id, ContactAttempt.outcome)
            .where(
                ContactAttempt.member_id.in_(chunk),
                ContactAttempt.deleted.is_(False),
                ContactAttempt.at >= start,
                ContactAttempt.at < end,
            )
            .distinct()
        ):
            contacted.add(member_id)
            if outcome is Outcome.REACHED:
                reached.add(member_id)
    latest: dict[uuid.UUID, tuple[Any, ...]] = {}
    counts: Counter[uuid.UUID] = Counter()
    for member_id, result, score, note in session.execute(
        select(
            CampaignOutcome.member_id,
            CampaignOutcome.result,
            CampaignOutcome.score,
            CampaignOutcome.note,
        )
        .where(CampaignOutcome.campaign_id == campaign.id, CampaignOutcome.deleted.is_(False))
        .order_by(CampaignOutcome.at, CampaignOutcome.id)
    ):
        latest[member_id] = (result, score, note)  # the latest wins (ordered by time)
        counts[member_id] += 1
    steps = campaign.steps
    calendar = workday_calendar(session) if campaign.status is CampaignStatus.OPEN else None
    near: dict[date, bool] = {}  # per due date (the end, each step): is it near?

    def is_near(due: date) -> bool:
        if due not in near:
            near[due] = (
                calendar is not None
                and today >= campaign.starts_on
                and _working_days_to(calendar, due, today) <= FLAG_WORKING_DAYS
            )
        return near[due]

    rows = []
    for member_id, phone, name, tier, status, manager_code, _manager_id, manager_name in members:
        result, score, note = latest.get(member_id, (None, None, ""))
        due = due_on(campaign.ends_on, steps, tier)
        rows.append(
            TargetRow(
                member_id=member_id,
                phone=phone,
                name=name,
                tier=tier,
                status=status,
                manager_code=manager_code,
                manager_name=manager_name,
                contacted=member_id in contacted,
                reached=member_id in reached,
                result=result,
                score=score,
                note=note,
                outcomes=counts[member_id],
                flagged=is_near(due)
                and status is MemberStatus.ACTIVE
                and manager_code is not None
                and member_id not in contacted,
                due_on=due,
            )
        )
    rows.sort(key=lambda r: (r.tier.rank, r.name, str(r.member_id)))
    return rows


def _working_days_left(session: Session, campaign: Campaign | CampaignRow, today: date) -> int:
    return _working_days_to(workday_calendar(session), campaign.ends_on, today)


def _working_days_to(calendar: WorkdayCalendar, day: date, today: date) -> int:
    """Working days after ``today`` up to ``day`` (0 once it has passed)."""
    return 0 if today > day else calendar.working_days_between(today, day)


def _chunks(ids: Sequence[uuid.UUID], size: int = 500) -> Iterable[Sequence[uuid.UUID]]:
    for i in range(0, len(ids), size):
        yield ids[i : i + size]


def campaign_progress(
    session: Session, actor: Actor, ref: CampaignRef, *, today: date, team: str | None = None
) -> Progress:
    """Targeted, contacted, reached, each result and the average score: overall, per
    manager and per tier; the members not contacted when two working days or fewer are
    left before their own due date (their tier's step, else the end). ``ref`` is a code
    (an administrator names the ``team`` when two teams share it) or a campaign's id (what
    a list of campaigns hands on: never ambiguous)."""
    row, targets = campaign_targets(session, actor, ref, today=today, team=team)
    overall = Tally()
    by_manager: dict[str, Tally] = {}
    by_tier: dict[Tier, Tally] = {}
    for target in targets:
        overall.add(target)
        by_manager.setdefault(target.manager_code or "", Tally()).add(target)
        by_tier.setdefault(target.tier, Tally()).add(target)
    return Progress(
        campaign=row,
        today=today,
        working_days_left=_working_days_left(session, row, today),
        overall=overall,
        by_manager=by_manager,
        by_tier=by_tier,
        targets=tuple(targets),
    )
