"""The data model (SQLAlchemy 2 typed declarative), sync-ready from day one.

Every synchronised table mixes in :class:`Synced`: a UUID primary key created where the
row is born, a ``version`` bumped on each change (also the optimistic-lock column),
``updated_at`` in UTC and a ``deleted`` tombstone instead of hard deletes. The outbox
(:class:`OutboxEntry`) is filled by :mod:`vipcrm.store.outbox` in the same transaction as
each change. Local-only tables (outbox, sync state, local settings) do not mix it in.
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from datetime import date, datetime
from enum import Enum
from typing import TYPE_CHECKING, Any, ClassVar

from sqlalchemy import (
    JSON,
    Boolean,
    CheckConstraint,
    Date,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    UniqueConstraint,
    Uuid,
    text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, declared_attr, mapped_column, relationship
from sqlalchemy.sql import FromClause

from vipcrm.domain.dates import utcnow
from vipcrm.domain.values import (
    BenefitPeriod,
    CampaignChannel,
    CampaignKind,
    CampaignResult,
    CampaignStatus,
    CardKind,
    CardState,
    Channel,
    ContactSource,
    DeliveryMethod,
    GiftStatus,
    GroupClass,
    KeyRole,
    MemberStatus,
    Occasion,
    Outcome,
    PlanKind,
    PlanStatus,
    Role,
    Tier,
    TierChange,
)
from vipcrm.store.types import EnumText, UTCDateTime

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


def table_of(model: type[Base] | type[Synced]) -> Table:
    """The table a model is mapped to (``__table__``, typed as the Table it is here)."""
    return Base.metadata.tables[model.__tablename__]


def enum_check(column: str, enum: type[Enum], name: str | None = None) -> CheckConstraint:
    values = ", ".join(f"'{e.value}'" for e in enum)
    return CheckConstraint(f"{column} IN ({values})", name=name or column)


class Synced:
    """Columns every synchronised row carries."""

    if TYPE_CHECKING:  # what declarative mapping gives each synchronised model (as Base)
        __tablename__: Any
        __table__: ClassVar[FromClause]

    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True, default=uuid.uuid4)
    version: Mapped[int] = mapped_column(Integer, nullable=False, default=1)
    updated_at: Mapped[datetime] = mapped_column(
        UTCDateTime, nullable=False, default=utcnow, onupdate=utcnow
    )
    deleted: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)

    @declared_attr.directive
    def __mapper_args__(cls) -> dict[str, Any]:
        return {"version_id_col": cls.__table__.c.version}


# --- people and organisation -------------------------------------------------------


class Team(Synced, Base):
    __tablename__ = "teams"

    code: Mapped[str] = mapped_column(String(32), unique=True)
    name: Mapped[str] = mapped_column(String(100))
    lead_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("managers.id", use_alter=True, name="fk_teams_lead_id_managers")
    )


class Manager(Synced, Base):
    """An account manager (客户经理), team lead or administrator: one login each."""

    __tablename__ = "managers"
    __table_args__ = (enum_check("role", Role),)

    code: Mapped[str] = mapped_column(String(32), unique=True)
    name: Mapped[str] = mapped_column(String(100))
    phone: Mapped[str | None] = mapped_column(String(20))
    team_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("teams.id"), index=True)
    role: Mapped[Role] = mapped_column(EnumText(Role), default=Role.MANAGER)
    active: Mapped[bool] = mapped_column(Boolean, default=True)

    team: Mapped[Team | None] = relationship(foreign_keys=[team_id])


class GroupCustomer(Synced, Base):
    """A group customer (集团客户), classed A–D."""

    __tablename__ = "group_customers"
    __table_args__ = (enum_check("group_class", GroupClass),)

    code: Mapped[str] = mapped_column(String(32), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    group_class: Mapped[GroupClass] = mapped_column(EnumText(GroupClass))


# --- members --------------------------------------------------------------------------


class Member(Synced, Base):
    __tablename__ = "members"
    __table_args__ = (
        enum_check("tier", Tier),
        enum_check("status", MemberStatus),
        enum_check("key_role", KeyRole),
        CheckConstraint("points >= 0", name="points_nonnegative"),
        CheckConstraint("monthly_spend_fen >= 0", name="spend_nonnegative"),
        CheckConstraint(
            "birth_calendar IS NULL OR birth_calendar IN ('solar', 'lunar')", name="birth_calendar"
        ),
        # A mobile number is unique among active members (a number can be re-issued).
        Index(
            "uq_members_active_phone",
            "phone",
            unique=True,
            sqlite_where=text("status = 'active' AND deleted = 0"),
            postgresql_where=text("status = 'active' AND NOT deleted"),
        ),
        Index("ix_members_manager_tier", "manager_id", "tier"),
        # The due engine's member rows in id order without touching the table: id first
        # (unique; the order of ix_contact_attempts_due), then every column it reads.
        Index(
            "ix_members_due",
            "id",
            "deleted",
            "status",
            "manager_id",
            "assigned_on",
            "tier",
            "name",
            "phone",
            "birth_calendar",
            "birth_year",
            "birth_month",
            "birth_day",
            "birth_leap_month",
            "key_role",
            "important",
        ),
    )

    phone: Mapped[str] = mapped_column(String(20), index=True)
    name: Mapped[str] = mapped_column(String(100))
    name_pinyin: Mapped[str] = mapped_column(String(400), default="")  # full + initials
    tier: Mapped[Tier] = mapped_column(EnumText(Tier))
    points: Mapped[int] = mapped_column(Integer, default=0)
    monthly_spend_fen: Mapped[int] = mapped_column(Integer, default=0)
    birth_calendar: Mapped[str | None] = mapped_column(String(8))  # solar | lunar
    birth_year: Mapped[int | None] = mapped_column(Integer)
    birth_month: Mapped[int | None] = mapped_column(Integer)
    birth_day: Mapped[int | None] = mapped_column(Integer)
    birth_leap_month: Mapped[bool] = mapped_column(Boolean, default=False)
    landline: Mapped[str | None] = mapped_column(String(30))
    address: Mapped[str | None] = mapped_column(String(300))
    important: Mapped[bool] = mapped_column(Boolean, default=False)
    group_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("group_customers.id"))
    key_role: Mapped[KeyRole | None] = mapped_column(EnumText(KeyRole))
    manager_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("managers.id"))
    assigned_on: Mapped[date | None] = mapped_column(Date)
    status: Mapped[MemberStatus] = mapped_column(
        EnumText(MemberStatus), default=MemberStatus.ACTIVE
    )
    joined_month: Mapped[str | None] = mapped_column(String(7))
    left_month: Mapped[str | None] = mapped_column(String(7))
    notes: Mapped[str] = mapped_column(Text, default="")

    manager: Mapped[Manager | None] = relationship()
    group: Mapped[GroupCustomer | None] = relationship()


class TierHistory(Synced, Base):
    """The member's tier as graded for one month (升降级)."""

    __tablename__ = "tier_history"
    __table_args__ = (
        UniqueConstraint("member_id", "month", name="uq_tier_history_member_month"),
        enum_check("tier", Tier),
        enum_check("change", TierChange),
    )

    member_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("members.id"))
    month: Mapped[str] = mapped_column(String(7))
    tier: Mapped[Tier | None] = mapped_column(EnumText(Tier))
    change: Mapped[TierChange] = mapped_column(EnumText(TierChange))
    points: Mapped[int] = mapped_column(Integer, default=0)
    monthly_spend_fen: Mapped[int] = mapped_column(Integer, default=0)


class GradingImport(Synced, Base):
    """One applied monthly re-grading file (升降级): what it changed, who imported it."""

    __tablename__ = "grading_imports"
    __table_args__ = (UniqueConstraint("month", "sha256", name="uq_grading_imports_month_file"),)

    month: Mapped[str] = mapped_column(String(7), index=True)
    file_name: Mapped[str] = mapped_column(String(260))
    sha256: Mapped[str] = mapped_column(String(64))
    counts: Mapped[Any] = mapped_column(JSON)
    imported_by_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("managers.id"))
    imported_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class MemberNote(Synced, Base):
    """A dated note on a member (append-only; shown in the timeline)."""

    __tablename__ = "member_notes"

    member_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("members.id"), index=True)
    manager_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("managers.id"))
    at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    text: Mapped[str] = mapped_column(Text)


class ContactAttempt(Synced, Base):
    """One call, SMS, visit ... and its outcome. Append-only (never conflicts)."""

    __tablename__ = "contact_attempts"
    __table_args__ = (
        enum_check("channel", Channel),
        enum_check("outcome", Outcome),
        enum_check("source", ContactSource),
        Index("ix_contact_attempts_member_at", "member_id", "at"),
        Index("ix_contact_attempts_manager_at", "manager_id", "at"),
        # The due engine's facts: per member, walk back from the newest row (covering).
        Index("ix_contact_attempts_due", "member_id", "deleted", "at", "channel", "outcome"),
        # The 12580 checks: group SMS by confirmation (the unconfirmed ones come first).
        Index(
            "ix_contact_attempts_group_sms",
            "sent_confirmed_at",
            "member_id",
            "at",
            sqlite_where=text("group_sms = 1 AND deleted = 0 AND channel = 'sms'"),
            postgresql_where=text("group_sms AND NOT deleted AND channel = 'sms'"),
        ),
    )

    member_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("members.id"))
    manager_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("managers.id"))
    at: Mapped[datetime] = mapped_column(UTCDateTime)
    channel: Mapped[Channel] = mapped_column(EnumText(Channel))
    outcome: Mapped[Outcome] = mapped_column(EnumText(Outcome))
    group_sms: Mapped[bool] = mapped_column(Boolean, default=False)  # sent via 12580
    note: Mapped[str] = mapped_column(Text, default="")
    # A group SMS: when the manager confirmed it was really sent (§4.3, the 12580 check).
    # Last, where the revision that added it put it in every table (sort_order).
    sent_confirmed_at: Mapped[datetime | None] = mapped_column(UTCDateTime, sort_order=1)
    # added by a later revision: last, as in the migrated tables (laptop and central store)
    source: Mapped[ContactSource] = mapped_column(
        EnumText(ContactSource),
        default=ContactSource.HAND,
        server_default=ContactSource.HAND.value,
        sort_order=2,
    )


class BenefitUse(Synced, Base):
    """A member's use of a benefit (airport lounge, spare SIM ...), counted against the
    yearly allowance of the member's tier where one is set. Append-only (never conflicts)."""

    __tablename__ = "benefit_uses"
    __table_args__ = (
        # what the allowance check counts: the uses of one benefit by one member in a year
        Index("ix_benefit_uses_member_benefit", "member_id", "benefit", "used_on"),
    )

    member_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("members.id"), index=True)
    benefit: Mapped[str] = mapped_column(String(40))  # a code of the benefits table
    used_on: Mapped[date] = mapped_column(Date)
    note: Mapped[str] = mapped_column(Text, default="")
    # added by a later revision: last, as in the migrated tables (laptop and central store)
    # who recorded the use
    manager_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("managers.id"), sort_order=1)
    # a use beyond the allowance, or of a benefit the tier lacks, recorded by a lead: why
    exception_reason: Mapped[str] = mapped_column(Text, default="", server_default="", sort_order=2)


# --- membership cards -------------------------------------------------------------------


class Card(Synced, Base):
    __tablename__ = "cards"
    __table_args__ = (
        enum_check("kind", CardKind),
        enum_check("state", CardState),
        enum_check("delivery_method", DeliveryMethod),
    )

    member_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("members.id"), index=True)
    kind: Mapped[CardKind] = mapped_column(EnumText(CardKind), default=CardKind.NEW)
    state: Mapped[CardState] = mapped_column(EnumText(CardState))
    state_since: Mapped[date] = mapped_column(Date)
    delivery_method: Mapped[DeliveryMethod | None] = mapped_column(EnumText(DeliveryMethod))
    agreed_date: Mapped[date | None] = mapped_column(Date)

    member: Mapped[Member] = relationship()


class CardStep(Synced, Base):
    """One step of a card's path (痕迹管理: who, when, how, outcome). Append-only."""

    __tablename__ = "card_steps"
    __table_args__ = (enum_check("state", CardState),)

    card_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("cards.id"), index=True)
    step: Mapped[str] = mapped_column(String(32))
    state: Mapped[CardState] = mapped_column(EnumText(CardState))  # state after the step
    on: Mapped[date] = mapped_column(Date)
    at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    manager_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("managers.id"))
    agreed_date: Mapped[date | None] = mapped_column(Date)
    note: Mapped[str] = mapped_column(Text, default="")


# --- care gifts and budgets --------------------------------------------------------------


class GiftCapRule(Synced, Base):
    """The default gift and cap per occasion and tier, effective from a date."""

    __tablename__ = "gift_caps"
    __table_args__ = (
        UniqueConstraint("occasion", "tier", "effective_from", name="uq_gift_caps_effective"),
        enum_check("occasion", Occasion),
        enum_check("tier", Tier),
        CheckConstraint("cap_fen >= 0", name="cap_nonnegative"),
    )

    occasion: Mapped[Occasion] = mapped_column(EnumText(Occasion))
    tier: Mapped[Tier] = mapped_column(EnumText(Tier))
    cap_fen: Mapped[int] = mapped_column(Integer)
    gift_zh: Mapped[str] = mapped_column(String(100))
    gift_en: Mapped[str] = mapped_column(String(100))
    effective_from: Mapped[date] = mapped_column(Date)


class Budget(Synced, Base):
    """A gift budget for a period (``2026-12``, ``2026-Q4`` or ``2026``).

    ``manager_id`` NULL is the team's total; the team reserve is the total less what is
    allocated to managers. Balances never go below zero (CHECK constraints).
    """

    __tablename__ = "budgets"
    __table_args__ = (
        UniqueConstraint("team_id", "manager_id", "period", name="uq_budgets_owner_period"),
        CheckConstraint("allocated_fen >= 0", name="allocated_nonnegative"),
        CheckConstraint("committed_fen >= 0", name="committed_nonnegative"),
        CheckConstraint("spent_fen >= 0", name="spent_nonnegative"),
        CheckConstraint("allocated_fen - committed_fen - spent_fen >= 0", name="never_overspent"),
    )

    team_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("teams.id"))
    manager_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("managers.id"))
    period: Mapped[str] = mapped_column(String(7))
    allocated_fen: Mapped[int] = mapped_column(Integer, default=0)
    committed_fen: Mapped[int] = mapped_column(Integer, default=0)
    spent_fen: Mapped[int] = mapped_column(Integer, default=0)


class BudgetAdjustment(Synced, Base):
    """Money moved between budgets (allocation, reserve top-up), with who and why."""

    __tablename__ = "budget_adjustments"
    __table_args__ = (CheckConstraint("amount_fen > 0", name="amount_positive"),)

    from_budget_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("budgets.id"))
    to_budget_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("budgets.id"))
    amount_fen: Mapped[int] = mapped_column(Integer)
    reason: Mapped[str] = mapped_column(Text, default="")
    gift_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("gifts.id"))
    by_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("managers.id"))
    at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class Gift(Synced, Base):
    __tablename__ = "gifts"
    __table_args__ = (
        enum_check("occasion", Occasion),
        enum_check("status", GiftStatus),
        CheckConstraint("amount_fen >= 0", name="amount_nonnegative"),
        Index("ix_gifts_manager_status", "manager_id", "status"),
    )

    member_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("members.id"), index=True)
    manager_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("managers.id"))
    budget_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("budgets.id"))
    occasion: Mapped[Occasion] = mapped_column(EnumText(Occasion))
    items: Mapped[str] = mapped_column(Text, default="")
    amount_fen: Mapped[int] = mapped_column(Integer)
    cap_fen: Mapped[int] = mapped_column(Integer)  # the cap in force when requested
    planned_on: Mapped[date | None] = mapped_column(Date)
    note: Mapped[str] = mapped_column(Text, default="")
    status: Mapped[GiftStatus] = mapped_column(EnumText(GiftStatus))
    pending_reason: Mapped[str] = mapped_column(Text, default="")
    requested_by_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("managers.id"))
    requested_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    decided_by_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("managers.id"))
    decided_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    decision_comment: Mapped[str] = mapped_column(Text, default="")
    delivered_on: Mapped[date | None] = mapped_column(Date)
    delivered_how: Mapped[str] = mapped_column(String(40), default="")
    proof_note: Mapped[str] = mapped_column(Text, default="")
    closed_by_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("managers.id"))
    closed_at: Mapped[datetime | None] = mapped_column(UTCDateTime)


# --- campaigns and satisfaction call-backs (活动推广 · 满意度回访) -------------------------


def step_check(column: str) -> str:
    """SQL: a campaign's step is empty or a day of its period (the CHECK on both sides)."""
    return f"{column} IS NULL OR ({column} >= starts_on AND {column} <= ends_on)"


class Campaign(Synced, Base):
    """A lead's campaign or survey round: team-level data, written by leads and admins.

    ``target`` keeps how the members were chosen (JSON: ``tiers``, ``group_classes``,
    ``key_persons``, ``important``, ``file``); the members themselves are the
    :class:`CampaignTarget` rows written when the campaign is added (a snapshot).
    ``team_id`` NULL: an administrator's campaign for every team. ``code`` is unique per
    team (and among the team-less ones), not across teams.
    ``<tier>_due_on``: the lead's steps, the day that tier's members are due by (NULL: the
    end), in the period.
    """

    __tablename__ = "campaigns"
    __table_args__ = (
        enum_check("kind", CampaignKind),
        enum_check("channel", CampaignChannel),
        enum_check("status", CampaignStatus),
        CheckConstraint("ends_on >= starts_on", name="period"),
        # A code is unique within its team (two teams may both run SF2027: a code unique
        # across the store answered another team's with a unique violation, an oracle),
        # and among the administrator's campaigns for every team (team_id NULL).
        UniqueConstraint("team_id", "code", name="uq_campaigns_team_code"),
        Index(
            "uq_campaigns_code_no_team",
            "code",
            unique=True,
            sqlite_where=text("team_id IS NULL"),
            postgresql_where=text("team_id IS NULL"),
        ),
        *(
            CheckConstraint(step_check(f"{tier.value}_due_on"), name=f"{tier.value}_due_on")
            for tier in Tier
        ),
    )

    code: Mapped[str] = mapped_column(String(32))
    name: Mapped[str] = mapped_column(String(200))
    kind: Mapped[CampaignKind] = mapped_column(EnumText(CampaignKind))
    starts_on: Mapped[date] = mapped_column(Date)
    ends_on: Mapped[date] = mapped_column(Date)
    target: Mapped[Any] = mapped_column(JSON)
    channel: Mapped[CampaignChannel] = mapped_column(EnumText(CampaignChannel))
    sms_template: Mapped[str] = mapped_column(Text, default="")
    call_script: Mapped[str] = mapped_column(Text, default="")
    status: Mapped[CampaignStatus] = mapped_column(
        EnumText(CampaignStatus), default=CampaignStatus.OPEN
    )
    team_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("teams.id"), index=True)
    created_by_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("managers.id"))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    closed_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    diamond_due_on: Mapped[date | None] = mapped_column(Date, default=None)
    gold_due_on: Mapped[date | None] = mapped_column(Date, default=None)
    silver_due_on: Mapped[date | None] = mapped_column(Date, default=None)

    @property
    def steps(self) -> dict[Tier, date]:
        """The steps set, by tier (diamond first)."""
        found = {tier: getattr(self, f"{tier.value}_due_on") for tier in Tier}
        return {tier: day for tier, day in found.items() if day is not None}

    def set_steps(self, steps: Mapping[Tier, date]) -> None:
        for tier in Tier:
            setattr(self, f"{tier.value}_due_on", steps.get(tier))


class CampaignTarget(Synced, Base):
    """One member a campaign targets (the snapshot taken when it was added).

    Belongs to the member (it travels, and is reassigned, with the member); written by
    the lead who adds the campaign. Who works it is the member's current manager.
    """

    __tablename__ = "campaign_targets"
    __table_args__ = (
        UniqueConstraint("campaign_id", "member_id", name="uq_campaign_targets_member"),
        Index("ix_campaign_targets_member_id", "member_id"),
    )

    campaign_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("campaigns.id"))
    member_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("members.id"))


class CampaignOutcome(Synced, Base):
    """What a targeted member said, recorded against the contact attempt it came from.
    Append-only: two laptops recording one member both keep theirs; the latest counts."""

    __tablename__ = "campaign_outcomes"
    __table_args__ = (
        enum_check("result", CampaignResult),
        CheckConstraint("score IS NULL OR score BETWEEN 1 AND 5", name="score"),
        Index("ix_campaign_outcomes_member", "member_id", "campaign_id", "at"),
    )

    campaign_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("campaigns.id"), index=True)
    member_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("members.id"))
    contact_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("contact_attempts.id"))
    result: Mapped[CampaignResult] = mapped_column(EnumText(CampaignResult))
    score: Mapped[int | None] = mapped_column(Integer)
    note: Mapped[str] = mapped_column(Text, default="")
    at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    manager_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("managers.id"))


# --- plans ----------------------------------------------------------------------------


class ServicePlan(Synced, Base):
    """A yearly, monthly or weekly service plan; approval binds to the version seen."""

    __tablename__ = "service_plans"
    __table_args__ = (
        UniqueConstraint("manager_id", "kind", "period", name="uq_service_plans_period"),
        enum_check("kind", PlanKind),
        enum_check("status", PlanStatus),
    )

    manager_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("managers.id"))
    kind: Mapped[PlanKind] = mapped_column(EnumText(PlanKind))
    period: Mapped[str] = mapped_column(String(8))  # 2026 | 2026-12 | 2026-W49
    status: Mapped[PlanStatus] = mapped_column(EnumText(PlanStatus), default=PlanStatus.DRAFT)
    submitted_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    submitted_version: Mapped[int | None] = mapped_column(Integer)
    decided_by_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("managers.id"))
    decided_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    approved_version: Mapped[int | None] = mapped_column(Integer)
    decision_comment: Mapped[str] = mapped_column(Text, default="")

    @property
    def content_version(self) -> int:
        """The version users see and the lead decides on: the plan's content, numbered
        from 1. Submitting, approving or rejecting keeps it; the first change of content
        after a submission (the plan back to draft) makes the next one. (``version`` is
        the row's, bumped by every write: the optimistic lock sync counts.)"""
        submitted = self.submitted_version or 0
        draft = self.status in (None, PlanStatus.DRAFT)  # None: new, not flushed yet
        return submitted + 1 if draft else submitted


class PlanItem(Synced, Base):
    __tablename__ = "plan_items"

    plan_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("service_plans.id"), index=True)
    member_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("members.id"))
    on: Mapped[date] = mapped_column(Date)
    kind: Mapped[str] = mapped_column(String(32))  # a due-item kind, or "visit", "meeting", "note"
    note: Mapped[str] = mapped_column(Text, default="")  # what the manager wrote (own items)
    done: Mapped[bool] = mapped_column(Boolean, default=False)
    # Rule items: the day it was due when carried over into the plan; why it is due, as the
    # values of vipcrm.domain.due.Reason (last in the model as in the migrated table).
    carried_from: Mapped[date | None] = mapped_column(Date, default=None)
    reason: Mapped[Any] = mapped_column(JSON(none_as_null=True), nullable=True, default=None)


# --- rules and calendar as data ---------------------------------------------------------


class RuleSetting(Synced, Base):
    """One service rule (see vipcrm.domain.rules.ServiceRules) as JSON, from a date."""

    __tablename__ = "rules"
    __table_args__ = (UniqueConstraint("key", "effective_from", name="uq_rules_key_effective"),)

    key: Mapped[str] = mapped_column(String(64))
    value: Mapped[Any] = mapped_column(JSON)
    effective_from: Mapped[date] = mapped_column(Date)


class BenefitRule(Synced, Base):
    """One member benefit (SERVICE_RULES.md section 9) as defined from a date: its names,
    the tiers that have it, the yearly allowance by tier where one is set, and whether the
    allowance counts by calendar year or membership year (vipcrm.domain.benefits)."""

    __tablename__ = "benefits"
    __table_args__ = (
        UniqueConstraint("code", "effective_from", name="uq_benefits_code_effective"),
        enum_check("period", BenefitPeriod),
    )

    code: Mapped[str] = mapped_column(String(40))
    name_zh: Mapped[str] = mapped_column(String(100))
    name_en: Mapped[str] = mapped_column(String(100))
    tiers: Mapped[Any] = mapped_column(JSON)  # ["diamond", "gold"]
    allowances: Mapped[Any] = mapped_column(JSON)  # {"gold": 6}; a tier absent: no limit set
    period: Mapped[BenefitPeriod] = mapped_column(EnumText(BenefitPeriod))
    position: Mapped[int] = mapped_column(Integer, default=0)
    effective_from: Mapped[date] = mapped_column(Date)


class CalendarDay(Synced, Base):
    """An official holiday or make-up working day added by a user for a year."""

    __tablename__ = "calendar_days"
    __table_args__ = (CheckConstraint("kind IN ('holiday', 'workday')", name="kind"),)

    day: Mapped[date] = mapped_column(Date, unique=True)
    kind: Mapped[str] = mapped_column(String(8))
    name: Mapped[str] = mapped_column(String(40), default="")


# --- the audit trail (痕迹管理) -----------------------------------------------------------


class AuditEntry(Synced, Base):
    """Who changed what, when, from which device: append-only (database triggers refuse
    updates and deletes), written in the same transaction as the change, synchronised.
    On the central store the server stamps who pushed it, when and from where."""

    __tablename__ = "audit_log"
    __table_args__ = (
        Index("ix_audit_log_member_at", "member_id", "at"),
        Index("ix_audit_log_row", "table_name", "row_id"),
    )

    at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    actor_code: Mapped[str] = mapped_column(String(32), default="")
    device: Mapped[str] = mapped_column(String(100), default="")
    table_name: Mapped[str] = mapped_column(String(64))
    row_id: Mapped[uuid.UUID] = mapped_column(Uuid)
    member_id: Mapped[uuid.UUID | None] = mapped_column(Uuid)
    op: Mapped[str] = mapped_column(String(8))  # insert | update | delete
    changes: Mapped[Any] = mapped_column(JSON)  # {field: [before, after]}
    # Stamped by the central store when the entry reaches it (``at`` and ``device`` are
    # what the laptop says; ``actor_code`` is the login that pushed it): when, and which
    # login from which address. Empty until the entry has been pushed and pulled back.
    # Last, where the revision that added them put them in every table (sort_order).
    received_at: Mapped[datetime | None] = mapped_column(UTCDateTime, sort_order=1)
    received_from: Mapped[str | None] = mapped_column(String(120), sort_order=2)


# --- local only: outbox, sync state, laptop settings -------------------------------------


class OutboxEntry(Base):
    """A local change waiting to be pushed, written in the same transaction as the change."""

    __tablename__ = "outbox"

    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    op_id: Mapped[uuid.UUID] = mapped_column(Uuid, unique=True, default=uuid.uuid4)
    table_name: Mapped[str] = mapped_column(String(64))
    row_id: Mapped[uuid.UUID] = mapped_column(Uuid)
    op: Mapped[str] = mapped_column(String(8))  # insert | update | delete
    base_version: Mapped[int | None] = mapped_column(Integer)
    payload: Mapped[Any] = mapped_column(JSON)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    sent_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    result: Mapped[str | None] = mapped_column(Text)
    # One id per local transaction: the central store applies them all or none.
    txn_id: Mapped[uuid.UUID | None] = mapped_column(Uuid)


class GradingUndo(Base):
    """What one member was before a re-grading import changed them: local to the laptop
    that imported (never synchronised), written in the import's transaction, read by its
    undo (``vipcrm import-grading --undo``) and deleted by it.

    ``member_before`` / ``member_after`` hold the member fields the import set (outbox JSON
    form); ``member_before`` NULL: the import created the member. ``history_before`` holds
    the month's tier-history row as it was; NULL: the import created that row.
    """

    __tablename__ = "grading_undo"
    # Read an import's rows in ``id`` order (the primary key); found by member for an import
    # replacing the month's earlier one.
    __table_args__ = (Index("ix_grading_undo_member_id", "member_id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    # No foreign keys: the rows are written before the import's own row (which carries the
    # counts they add up to), and sync may take a member off this laptop.
    import_id: Mapped[uuid.UUID] = mapped_column(Uuid)
    member_id: Mapped[uuid.UUID] = mapped_column(Uuid)
    member_before: Mapped[Any] = mapped_column(JSON(none_as_null=True), nullable=True)
    member_after: Mapped[Any] = mapped_column(JSON(none_as_null=True), nullable=True)
    history_id: Mapped[uuid.UUID] = mapped_column(Uuid)
    history_before: Mapped[Any] = mapped_column(JSON(none_as_null=True), nullable=True)


class SyncConflict(Base):
    """The same field changed here and on the central store: the server's value was kept."""

    __tablename__ = "sync_conflicts"
    __table_args__ = (
        CheckConstraint("resolved IS NULL OR resolved IN ('mine', 'theirs')", name="resolved"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    op_id: Mapped[uuid.UUID] = mapped_column(Uuid)
    table_name: Mapped[str] = mapped_column(String(64))
    row_id: Mapped[uuid.UUID] = mapped_column(Uuid, index=True)
    field: Mapped[str] = mapped_column(String(64))
    mine: Mapped[Any] = mapped_column(JSON, nullable=True)
    theirs: Mapped[Any] = mapped_column(JSON, nullable=True)
    base: Mapped[Any] = mapped_column(JSON, nullable=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    resolved: Mapped[str | None] = mapped_column(String(8))
    resolved_at: Mapped[datetime | None] = mapped_column(UTCDateTime)


class ContactSummary(Base):
    """Per member, what the due engine reads from the contact log (derived, local only).

    Kept by SQLite triggers in the same transaction as every change to ``contact_attempts``
    or to a member's ``assigned_on`` (:mod:`vipcrm.store.contact_summary`); every laptop
    derives its own, so it is never synchronised, and the central store has none. No
    foreign key: a partial replica may hold attempts of a member it does not hold.
    Timestamps are the stored UTC text of the attempts.
    """

    __tablename__ = "contact_summary"
    __table_args__ = {"sqlite_with_rowid": False}

    member_id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True)
    last_at: Mapped[datetime | None] = mapped_column(UTCDateTime)  # any live attempt
    last_sms_reached_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    last_voice_reached_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    last_reached_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    # The member's assigned_on the three failed-call columns are relative to.
    assigned_on: Mapped[date | None] = mapped_column(Date)
    failed_before_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    failed_after_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    reached_after_failed_at: Mapped[datetime | None] = mapped_column(UTCDateTime)


class SyncState(Base):
    """Pull cursor and other sync bookkeeping (key/value)."""

    __tablename__ = "sync_state"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class LocalSetting(Base):
    """Settings of this laptop's database (e.g. the default acting user)."""

    __tablename__ = "local_settings"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


SYNCED_MODELS: tuple[type[Synced], ...] = tuple(
    m.class_ for m in Base.registry.mappers if issubclass(m.class_, Synced)
)
