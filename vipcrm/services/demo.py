"""Realistic, deterministic demo data for an empty database.

Chinese names (Faker ``zh_CN``), valid China Mobile numbers, tiers about 5% diamond /
25% gold / 70% silver, group customers with key persons, six months of contacts, cards
in every state and some gifts within a team budget. The same seed and ``today`` give the
same data, ids included. Demo rows are local only: they are never pushed to the central
store (they are written without outbox entries).

A year of history (:func:`_history`, drawn from a random stream of its own so the rest
is the same with or without it): the re-gradings of the twelve months before ``today``'s
(one ``grading_imports`` row each, without undo data: ``today``'s month is left for the
user to import), with members moving up (about 0.8 % of the book a month) and down
(about 1.2 %, at least four in the latest month, half of whom have not been called since:
their retention calls are due), and members who left: about 3.6 % a year of silver and
2 % of diamond + gold, so the year to date is near the club's targets, every other one
from the first team's second manager (the *slipping* one, over the targets), who
has also made fewer contacts over the last three months. Joiners are the members whose
assignment falls in those months. Leavers are members beyond ``members`` (status left).
"""

from __future__ import annotations

import hashlib
import random
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

from faker import Faker
from sqlalchemy import insert
from sqlalchemy.orm import Session

from vipcrm.domain.dates import DEFAULT_TZ, month_key
from vipcrm.domain.due import VOICE_CHANNELS
from vipcrm.domain.errors import ValidationError, VipcrmError, msg
from vipcrm.domain.phone import normalize_mobile
from vipcrm.domain.pinyin import pinyin_key
from vipcrm.domain.rules import DEFAULT_RULES
from vipcrm.domain.values import (
    CampaignChannel,
    CampaignKind,
    CampaignResult,
    CampaignStatus,
    CardKind,
    CardState,
    Channel,
    DeliveryMethod,
    GiftStatus,
    GroupClass,
    KeyRole,
    MemberStatus,
    Occasion,
    Outcome,
    Role,
    Tier,
    TierChange,
)
from vipcrm.services.context import set_default_user
from vipcrm.store.db import Database
from vipcrm.store.models import (
    Budget,
    Campaign,
    CampaignOutcome,
    CampaignTarget,
    Card,
    CardStep,
    ContactAttempt,
    Gift,
    GradingImport,
    GroupCustomer,
    Manager,
    Member,
    Team,
    TierHistory,
)

Progress = Callable[[int, int], None]

CMCC_PREFIXES = (
    "134 135 136 137 138 139 147 150 151 152 157 158 159 172 178 182 183 184 187 188 195 197 198"
).split()
TEAM_SIZE = 10
# The path each card state is reached by: (step, state) pairs from data_collected.
_PATHS: dict[CardState, list[tuple[str, CardState]]] = {
    CardState.DATA_COLLECTED: [],
    CardState.DATA_SENT: [("data_sent", CardState.DATA_SENT)],
    CardState.ARRIVED: [("data_sent", CardState.DATA_SENT), ("arrived", CardState.ARRIVED)],
}
_PATHS[CardState.NOTIFIED] = [*_PATHS[CardState.ARRIVED], ("notified", CardState.NOTIFIED)]
_PATHS[CardState.MAILED] = [*_PATHS[CardState.NOTIFIED], ("mailed", CardState.MAILED)]
_PATHS[CardState.AWAITING_PICKUP] = [
    *_PATHS[CardState.NOTIFIED],
    ("pickup_chosen", CardState.AWAITING_PICKUP),
]
_PATHS[CardState.DOOR_AGREED] = [
    *_PATHS[CardState.NOTIFIED],
    ("door_agreed", CardState.DOOR_AGREED),
]
_PATHS[CardState.DELIVERED] = [*_PATHS[CardState.DOOR_AGREED], ("delivered", CardState.DELIVERED)]
_PATHS[CardState.RECEIVED] = [*_PATHS[CardState.MAILED], ("received", CardState.RECEIVED)]


@dataclass(frozen=True)
class DemoOptions:
    managers: int = 5
    members: int = 200
    seed: int = 1
    today: date | None = None
    now: datetime | None = None  # nothing is later (default: now, or the end of ``today``)

    def validate(self) -> None:
        if not 1 <= self.managers <= 500:
            raise ValidationError(
                "managers", msg("must be between {low} and {high}", low=1, high=500)
            )
        if not 1 <= self.members <= 200_000:
            raise ValidationError(
                "members", msg("must be between {low} and {high}", low=1, high=200_000)
            )


@dataclass(frozen=True)
class DemoSummary:
    teams: int
    managers: int
    members: int
    contacts: int
    cards: int
    gifts: int
    default_user: str


class _Gen:
    def __init__(self, seed: int, today: date, now: datetime) -> None:
        self.rng = random.Random(seed)
        self.fake = Faker("zh_CN")
        self.fake.seed_instance(seed)
        self.today = today
        self.now = now  # nothing happened later than this (UTC)
        self.phones: set[str] = set()

    def uid(self) -> uuid.UUID:
        return uuid.UUID(int=self.rng.getrandbits(128), version=4)

    def phone(self) -> str:
        while True:
            digits = self.rng.choice(CMCC_PREFIXES) + f"{self.rng.randrange(10**8):08d}"
            if digits in self.phones:
                continue
            try:
                normalize_mobile(digits)
            except ValidationError:
                continue
            self.phones.add(digits)
            return digits

    def moment(self, day: date, start_hour: int = 9, end_hour: int = 18) -> datetime:
        local = datetime.combine(
            day, time(self.rng.randrange(start_hour, end_hour), self.rng.randrange(60))
        )
        return local.replace(tzinfo=DEFAULT_TZ).astimezone(UTC)

    def past_moment(self, day: date) -> datetime:
        """A moment of ``day``'s working hours, but no later than now (a step of today)."""
        return min(self.moment(day), self.now)

    def tier(self) -> Tier:
        x = self.rng.random()
        return Tier.DIAMOND if x < 0.05 else Tier.GOLD if x < 0.30 else Tier.SILVER

    def points_and_spend(self, tier: Tier) -> tuple[int, int]:
        low = DEFAULT_RULES.tier_points[tier.value]
        high = {Tier.DIAMOND: 150000, Tier.GOLD: 59999, Tier.SILVER: 29999}[tier]
        spend_low = DEFAULT_RULES.tier_monthly_spend_fen[tier.value] // 2
        return self.rng.randint(low, high), self.rng.randrange(spend_low, spend_low * 3, 100)


def generate_demo(
    db: Database, options: DemoOptions = DemoOptions(), progress: Progress | None = None
) -> DemoSummary:
    """Fill an empty database with demo data in one transaction (all or nothing)."""
    options.validate()
    if not db.is_empty():
        raise VipcrmError(
            msg("demo data goes only into an empty database; this one already has members")
        )
    now = options.now or datetime.now(UTC)
    today = options.today or now.astimezone(DEFAULT_TZ).date()
    if options.today is not None and options.now is None:  # a whole day given
        now = datetime.combine(today, time.max).replace(tzinfo=DEFAULT_TZ).astimezone(UTC)
    g = _Gen(options.seed, today, now.astimezone(UTC))
    report = progress or (lambda done, total: None)
    total = options.members
    with db.transaction() as s:
        s.info["no_outbox"] = True
        admin = Manager(
            id=g.uid(), code="A001", name="系统管理员", role=Role.ADMIN, phone=g.phone()
        )
        s.add(admin)
        teams: list[Team] = []
        managers: list[Manager] = []
        n_teams = (options.managers + TEAM_SIZE - 1) // TEAM_SIZE
        for t in range(n_teams):
            team = Team(id=g.uid(), code=f"T{t + 1:02d}", name=f"VIP客户经理{_ordinal(t + 1)}组")
            lead = Manager(
                id=g.uid(),
                code=f"L{t + 1:02d}",
                name=g.fake.name(),
                role=Role.LEAD,
                team_id=team.id,
                phone=g.phone(),
            )
            s.add(team)
            s.flush()
            s.add(lead)
            s.flush()
            team.lead_id = lead.id
            teams.append(team)
        s.flush()
        for i in range(options.managers):
            team = teams[i // TEAM_SIZE]
            managers.append(
                Manager(
                    id=g.uid(),
                    code=f"M{i + 1:03d}",
                    name=g.fake.name(),
                    role=Role.MANAGER,
                    team_id=team.id,
                    phone=g.phone(),
                )
            )
        s.add_all(managers)
        groups = [
            GroupCustomer(id=g.uid(), code=f"G{k + 1:03d}", name=g.fake.company(), group_class=cls)
            for k, cls in enumerate(
                [GroupClass.A, GroupClass.B, GroupClass.B, GroupClass.C, GroupClass.D]
            )
        ]
        s.add_all(groups)
        s.flush()

        members: list[Member] = []
        contacts: list[dict[str, Any]] = []
        history: list[TierHistory] = []
        for k in range(total):
            members.append(_member(g, managers[k % len(managers)], groups, history))
            if k % 100 == 99:
                report(k + 1, total)
        s.add_all(members)
        s.flush()
        for m in members:
            contacts.extend(_contacts(g, m))
        history_gen = _Gen(options.seed + 7919, today, now.astimezone(UTC))
        history_gen.phones = g.phones
        leavers = _history(history_gen, s, members, managers, groups, history, contacts, admin)
        s.add_all(leavers)
        s.flush()
        s.add_all(history)
        for chunk in range(0, len(contacts), 5000):
            s.execute(insert(ContactAttempt), contacts[chunk : chunk + 5000])
        cards = _cards(g, members)
        s.add_all(cards)
        s.flush()
        gifts, budgets = _gifts(g, members, managers, teams, s)
        gifts += _care_gifts(history_gen, s, members, budgets)
        _campaigns(g, s, teams, managers, members, contacts)
        set_default_user(s, teams[0].code.replace("T", "L"))
        report(total, total)
    return DemoSummary(
        teams=len(teams),
        managers=len(managers),
        members=len(members),
        contacts=len(contacts),
        cards=sum(isinstance(c, Card) for c in cards),
        gifts=gifts,
        default_user=teams[0].code.replace("T", "L"),
    )


def _campaigns(
    g: _Gen,
    s: Session,
    teams: list[Team],
    managers: list[Manager],
    members: list[Member],
    contacts: list[dict[str, Any]],
) -> None:
    """Per team, a Spring Festival marketing campaign for its diamond and gold members (the
    diamond members with a step: due four days before the end) and a satisfaction
    call-back round for its important members, both running today, with outcomes recorded
    for the members reached in their period so far."""
    reached: dict[uuid.UUID, dict[str, Any]] = {}
    for c in contacts:  # each member's latest reached contact
        if c["outcome"] == Outcome.REACHED.value and c["at"] <= g.now:
            best = reached.get(c["member_id"])
            if best is None or c["at"] > best["at"]:
                reached[c["member_id"]] = c
    results = [CampaignResult.INTERESTED, CampaignResult.ACCEPTED, CampaignResult.DECLINED]
    for n, team in enumerate(teams, start=1):
        own = {mgr.id for mgr in managers if mgr.team_id == team.id}
        book = [m for m in members if m.status is MemberStatus.ACTIVE and m.manager_id in own]
        for code, name, kind, start, end, who, extra in (
            (
                f"SF{g.today.year}-{n:02d}",
                "春节回馈",
                CampaignKind.MARKETING,
                g.today - timedelta(days=5),
                g.today + timedelta(days=6),
                [m for m in book if m.tier in (Tier.DIAMOND, Tier.GOLD)],
                {
                    "tiers": ["diamond", "gold"],
                    "channel": CampaignChannel.BOTH,
                    "sms": "{name}您好，我是您的客户经理{manager}。春节将至，{tier}会员专享新春回馈"
                    "礼包已为您预留，欢迎回电了解。",
                    "script": "问候新春；介绍回馈礼包及领取方式；询问是否需要，记录意向。",
                },
            ),
            (
                f"SAT{g.today.year}-{n:02d}",
                "重要客户满意度回访",
                CampaignKind.SURVEY,
                g.today - timedelta(days=3),
                g.today + timedelta(days=25),
                [m for m in book if m.important],
                {
                    "tiers": [],
                    "channel": CampaignChannel.CALL,
                    "sms": "",
                    "script": "请会员为近三个月的服务打分（1-5分），并记录意见和建议。",
                },
            ),
        ):
            if not who:
                continue
            campaign = Campaign(
                id=g.uid(),
                code=code,
                name=name,
                kind=kind,
                starts_on=start,
                ends_on=end,
                target={
                    "tiers": extra["tiers"],
                    "group_classes": [],
                    "key_persons": False,
                    "important": kind is CampaignKind.SURVEY,
                },
                channel=extra["channel"],
                sms_template=extra["sms"],
                call_script=extra["script"],
                status=CampaignStatus.OPEN,
                team_id=team.id,
                created_by_id=team.lead_id,
                created_at=datetime.combine(start, time(9)).replace(tzinfo=DEFAULT_TZ),
            )
            if kind is CampaignKind.MARKETING:  # the diamond members told first
                campaign.set_steps({Tier.DIAMOND: g.today + timedelta(days=2)})
            s.add(campaign)
            s.flush()
            s.add_all(
                CampaignTarget(id=g.uid(), campaign_id=campaign.id, member_id=m.id) for m in who
            )
            first = datetime.combine(start, time()).replace(tzinfo=DEFAULT_TZ)
            for m in who:
                contact = reached.get(m.id)
                if contact is None or contact["at"] < first or g.rng.random() < 0.3:
                    continue  # not reached in the period yet, or the outcome not recorded yet
                survey = kind is CampaignKind.SURVEY
                s.add(
                    CampaignOutcome(
                        id=g.uid(),
                        campaign_id=campaign.id,
                        member_id=m.id,
                        contact_id=contact["id"],
                        result=CampaignResult.ANSWERED if survey else g.rng.choice(results),
                        score=g.rng.choice([3, 4, 4, 5, 5]) if survey else None,
                        note=g.rng.choice(["", "满意", "希望多些积分活动"]) if survey else "",
                        at=contact["at"] + timedelta(minutes=5),
                        manager_id=contact["manager_id"],
                    )
                )
    s.flush()


def _ordinal(n: int) -> str:
    digits = "零一二三四五六七八九十"
    return digits[n] if n <= 10 else str(n)


def _member(
    g: _Gen, manager: Manager, groups: list[GroupCustomer], history: list[TierHistory]
) -> Member:
    tier = g.tier()
    group = key_role = None
    if g.rng.random() < 0.06:
        group = g.rng.choice(groups)
        key_role = g.rng.choice(list(KeyRole))
        granted = DEFAULT_RULES.key_person_tier(group.group_class, key_role)
        if granted is not None and granted.rank < tier.rank:
            tier = granted
    points, spend = g.points_and_spend(tier)
    name = g.fake.name()
    # Most members were assigned long ago; a few this week (first contact due).
    if g.rng.random() < 0.05:
        assigned = g.today - timedelta(days=g.rng.randrange(0, 8))
    else:
        assigned = g.today - timedelta(days=g.rng.randrange(60, 720))
    birthday = None
    if g.rng.random() < 0.85:
        lunar = g.rng.random() < 0.25
        year = g.rng.randrange(1950, 2000) if g.rng.random() < 0.8 else None
        month = g.rng.randrange(1, 13)
        day = g.rng.randrange(1, 29 if lunar else 29)
        birthday = (lunar, year, month, day)
    member = Member(
        id=g.uid(),
        phone=g.phone(),
        name=name,
        name_pinyin=pinyin_key(name),
        tier=tier,
        points=points,
        monthly_spend_fen=spend,
        birth_calendar=("lunar" if birthday[0] else "solar") if birthday else None,
        birth_year=birthday[1] if birthday else None,
        birth_month=birthday[2] if birthday else None,
        birth_day=birthday[3] if birthday else None,
        birth_leap_month=False,
        landline=f"0{g.rng.choice(['10', '21', '20', '755', '571'])}-{g.rng.randrange(10**7, 10**8)}"
        if g.rng.random() < 0.4
        else None,
        address=g.fake.address() if g.rng.random() < 0.7 else None,
        important=tier is Tier.DIAMOND and g.rng.random() < 0.5,
        group_id=group.id if group else None,
        key_role=key_role,
        manager_id=manager.id,
        assigned_on=assigned,
        status=MemberStatus.ACTIVE,
        joined_month=month_key(assigned),
        notes="",
    )
    history.append(
        TierHistory(
            id=g.uid(),
            member_id=member.id,
            month=month_key(assigned),
            tier=tier,
            change=TierChange.NEW,
            points=points,
            monthly_spend_fen=spend,
        )
    )
    return member


def _contacts(g: _Gen, m: Member) -> list[dict[str, Any]]:
    """About six months of weekly SMS and monthly calls (some missed, some failed)."""
    rows: list[dict[str, Any]] = []
    assigned = _assigned(m)
    start = max(assigned, g.today - timedelta(days=182))
    recent = (g.today - assigned).days < 8
    if recent:
        # Newly assigned: nothing yet, a group SMS only, or failed calls.
        fate = g.rng.random()
        if fate < 0.4:
            return rows
        rows.append(
            _attempt(g, m, assigned + timedelta(days=1), Channel.SMS, Outcome.REACHED, True)
        )
        if fate > 0.7:
            rows.append(
                _attempt(
                    g,
                    m,
                    assigned + timedelta(days=1),
                    Channel.PHONE,
                    g.rng.choice([Outcome.NO_ANSWER, Outcome.PHONE_OFF, Outcome.FORWARDED]),
                )
            )
        return [r for r in rows if r["at"] <= g.now]
    day = start
    while day <= g.today:
        if g.rng.random() < 0.85:
            rows.append(
                _attempt(
                    g,
                    m,
                    day + timedelta(days=g.rng.randrange(0, 5)),
                    Channel.SMS,
                    Outcome.REACHED,
                    g.rng.random() < 0.5,
                )
            )
        day += timedelta(days=7)
    month_start = date(start.year, start.month, 1)
    while month_start <= g.today:
        if g.rng.random() < 0.8:
            call_day = month_start + timedelta(days=g.rng.randrange(0, 25))
            outcome = (
                Outcome.REACHED
                if g.rng.random() < 0.8
                else g.rng.choice([Outcome.NO_ANSWER, Outcome.PHONE_OFF, Outcome.REFUSED])
            )
            rows.append(_attempt(g, m, call_day, Channel.PHONE, outcome))
            if outcome is not Outcome.REACHED and g.rng.random() < 0.6:
                rows.append(
                    _attempt(g, m, call_day + timedelta(days=2), Channel.PHONE, Outcome.REACHED)
                )
        if m.important and g.rng.random() < 0.3:
            rows.append(
                _attempt(g, m, month_start + timedelta(days=10), Channel.VISIT, Outcome.REACHED)
            )
        month_start = date(
            month_start.year + (month_start.month == 12), month_start.month % 12 + 1, 1
        )
    return [
        r for r in rows if assigned <= r["at"].astimezone(DEFAULT_TZ).date() and r["at"] <= g.now
    ]


def _assigned(m: Member) -> date:
    """The day a demo member was assigned (every demo member is)."""
    assert m.assigned_on is not None
    return m.assigned_on


def _attempt(
    g: _Gen, m: Member, day: date, channel: Channel, outcome: Outcome, group_sms: bool = False
) -> dict[str, Any]:
    notes = {
        Outcome.REACHED: ["", "", "客户满意", "已告知积分兑换", "询问机场贵宾厅"],
        Outcome.NO_ANSWER: ["无人接听"],
        Outcome.PHONE_OFF: ["关机"],
        Outcome.FORWARDED: ["呼叫转移"],
        Outcome.REFUSED: ["客户表示忙，稍后再联系"],
        Outcome.WRONG_NUMBER: ["号码错误"],
    }
    at = g.moment(day)
    row: dict[str, Any] = {
        "id": g.uid(),
        "member_id": m.id,
        "manager_id": m.manager_id,
        "at": at,
        "channel": channel.value,
        "outcome": outcome.value,
        "group_sms": group_sms,
        # The 12580 checks of all but the last two days are done (a few stay on Today).
        "sent_confirmed_at": None,
        "note": g.rng.choice(notes[outcome]) if channel is not Channel.SMS else "",
        "version": 1,
        "updated_at": g.past_moment(day),
        "deleted": False,
    }
    if group_sms and day + timedelta(days=1) < g.today:
        row["sent_confirmed_at"] = at + timedelta(days=1)
    return row


def _cards(g: _Gen, members: list[Member]) -> list[Card | CardStep]:
    """Cards in every state, for the most recently assigned members first."""
    states = list(CardState)
    recent = sorted(members, key=_assigned, reverse=True)
    rows: list[Card | CardStep] = []
    for k, m in enumerate(recent[: max(len(states), len(members) // 8)]):
        state = states[k % len(states)]
        path = _PATHS[state]
        day = max(_assigned(m), g.today - timedelta(days=3 * len(path) + 2))
        card = Card(id=g.uid(), member_id=m.id, kind=CardKind.NEW, state=state, state_since=day)
        rows.append(card)
        rows.append(
            CardStep(
                id=g.uid(),
                card_id=card.id,
                step="data_collected",
                state=CardState.DATA_COLLECTED,
                on=day,
                at=g.past_moment(day),
                manager_id=m.manager_id,
            )
        )
        for step, reached in path:
            day = min(g.today, day + timedelta(days=g.rng.randrange(1, 4)))
            agreed = day + timedelta(days=3) if reached is CardState.DOOR_AGREED else None
            rows.append(
                CardStep(
                    id=g.uid(),
                    card_id=card.id,
                    step=step,
                    state=reached,
                    on=day,
                    at=g.past_moment(day),
                    manager_id=m.manager_id,
                    agreed_date=agreed,
                )
            )
            if agreed:
                card.agreed_date = agreed
        card.state_since = day
        card.delivery_method = (
            DeliveryMethod.MAIL
            if state in (CardState.MAILED, CardState.RECEIVED)
            else DeliveryMethod.PICKUP
            if state is CardState.AWAITING_PICKUP
            else DeliveryMethod.DOOR
            if state in (CardState.DOOR_AGREED, CardState.DELIVERED)
            else None
        )
    return rows


def _gifts(
    g: _Gen, members: list[Member], managers: list[Manager], teams: list[Team], s: Session
) -> tuple[int, dict[uuid.UUID, Budget]]:
    """A month's budget per team, allocated to managers; birthday gifts within it."""
    period = month_key(g.today)
    budgets: dict[uuid.UUID, Budget] = {}
    for team in teams:
        team_managers = [m for m in managers if m.team_id == team.id]
        per_manager = 60000  # ¥600 each, plus a reserve of ¥1,000
        s.add(
            Budget(
                id=g.uid(),
                team_id=team.id,
                manager_id=None,
                period=period,
                # the team's line: its total; committed_fen is what managers were given
                allocated_fen=per_manager * len(team_managers) + 100000,
                committed_fen=per_manager * len(team_managers),
            )
        )
        for manager in team_managers:
            budgets[manager.id] = Budget(
                id=g.uid(),
                team_id=team.id,
                manager_id=manager.id,
                period=period,
                allocated_fen=per_manager,
            )
    s.add_all(budgets.values())
    s.flush()
    caps = {Tier.DIAMOND: 15000, Tier.GOLD: 10000, Tier.SILVER: 0}
    statuses = [GiftStatus.DELIVERED, GiftStatus.APPROVED, GiftStatus.PENDING, GiftStatus.DELIVERED]
    count = 0
    for m in members:
        month, day_of_month = m.birth_month, m.birth_day
        if caps[m.tier] == 0 or m.birth_calendar != "solar" or not (month and day_of_month):
            continue
        year = g.today.year + (month < g.today.month)
        day = date(year, month, day_of_month)
        if month != g.today.month or m.manager_id is None:  # this month's gifts, in a book
            continue
        budget = budgets[m.manager_id]
        status = statuses[count % len(statuses)]
        amount = caps[m.tier] if status is not GiftStatus.PENDING else caps[m.tier] + 5000
        left = budget.allocated_fen - budget.committed_fen - budget.spent_fen
        if status is not GiftStatus.PENDING and amount > left:
            continue
        gift = Gift(
            id=g.uid(),
            member_id=m.id,
            manager_id=m.manager_id,
            budget_id=budget.id,
            occasion=Occasion.BIRTHDAY,
            items="书籍+鲜花",
            amount_fen=amount,
            cap_fen=caps[m.tier],
            planned_on=day,
            status=status,
            requested_by_id=m.manager_id,
            requested_at=g.past_moment(day - timedelta(days=5)),
            pending_reason="over_cap=5000;over_budget=0" if status is GiftStatus.PENDING else "",
        )
        if status is GiftStatus.DELIVERED and day > g.today:
            status = gift.status = GiftStatus.APPROVED
        if status is GiftStatus.DELIVERED:
            budget.spent_fen += amount
            gift.delivered_on = min(day, g.today)
            gift.delivered_how = "上门送达"
        elif status is GiftStatus.APPROVED:
            budget.committed_fen += amount
        if status is not GiftStatus.PENDING:
            gift.decided_at = gift.requested_at
            gift.decision_comment = "auto: within cap and budget"
        s.add(gift)
        count += 1
    return count, budgets


# -- a year of re-gradings ----------------------------------------------------------------------
#: Yearly leaving rates of the demo's history (the club's targets are 3.5 % and 2 %).
LEAVE_RATE_SILVER = 0.036
LEAVE_RATE_DIAMOND_GOLD = 0.02
UP_SHARE, DOWN_SHARE = 0.008, 0.012  # of the book, each month
_HIGHER = {Tier.SILVER: Tier.GOLD, Tier.GOLD: Tier.DIAMOND}
_LOWER = {Tier.DIAMOND: Tier.GOLD, Tier.GOLD: Tier.SILVER}


def history_months(today: date, count: int = 12) -> list[str]:
    """The ``count`` months before ``today``'s, oldest first (YYYY-MM)."""
    out = []
    year, month = today.year, today.month
    for _ in range(count):
        year, month = (year, month - 1) if month > 1 else (year - 1, 12)
        out.append(f"{year:04d}-{month:02d}")
    return out[::-1]


def slipping_manager(managers: list[Manager]) -> Manager | None:
    """The first team's second manager, whose book the demo's history makes slip."""
    return managers[1] if len(managers) > 1 and managers[1].team_id == managers[0].team_id else None


def _history(
    g: _Gen,
    s: Session,
    members: list[Member],
    managers: list[Manager],
    groups: list[GroupCustomer],
    history: list[TierHistory],
    contacts: list[dict[str, Any]],
    admin: Manager,
) -> list[Member]:
    """Twelve months of re-gradings: tier moves, leavers (returned, not yet added), the
    months' import rows; the slipping manager's recent contacts thinned and the latest
    month's dropped members partly not yet called (``contacts`` is edited in place)."""
    months = history_months(g.today)
    joined_row = {h.member_id: h for h in history}
    moved: set[uuid.UUID] = set()
    dropped_last: list[Member] = []
    rows: list[TierHistory] = []
    for k, month in enumerate(months):
        eligible = [
            m
            for m in members
            if m.joined_month is not None
            and m.joined_month < month
            and m.key_role is None
            and m.id not in moved
        ]
        g.rng.shuffle(eligible)
        n_up = int(len(eligible) * UP_SHARE + g.rng.random())
        n_down = int(len(eligible) * DOWN_SHARE + g.rng.random())
        if k == len(months) - 1:
            n_down = max(n_down, 4)
        ups = [m for m in eligible if m.tier in _LOWER][:n_up]
        downs = [m for m in eligible if m.tier in _HIGHER and m not in ups][:n_down]
        for m, change, before in (
            *((m, TierChange.UP, _LOWER[m.tier]) for m in ups),
            *((m, TierChange.DOWN, _HIGHER[m.tier]) for m in downs),
        ):
            moved.add(m.id)
            joined_row[m.id].tier = before  # the tier they joined with
            rows.append(
                TierHistory(
                    id=g.uid(),
                    member_id=m.id,
                    month=month,
                    tier=m.tier,
                    change=change,
                    points=m.points,
                    monthly_spend_fen=m.monthly_spend_fen,
                )
            )
        if k == len(months) - 1:
            dropped_last = downs
    leavers = _leavers(g, members, managers, groups, months, rows)
    history.extend(rows)
    # Half the latest month's dropped members have not been called since it began.
    start = date(int(months[-1][:4]), int(months[-1][5:7]), 1)
    since = datetime.combine(start, time(0)).replace(tzinfo=DEFAULT_TZ).astimezone(UTC)
    not_called = {m.id for m in dropped_last[: (len(dropped_last) + 1) // 2]}
    voice = {c.value for c in VOICE_CHANNELS}
    slipping = slipping_manager(managers)
    recent = datetime.combine(g.today - timedelta(days=90), time(0)).replace(tzinfo=DEFAULT_TZ)
    kept = []
    for c in contacts:
        if c["member_id"] in not_called and c["at"] >= since and c["channel"] in voice:
            continue
        if (
            slipping is not None
            and c["manager_id"] == slipping.id
            and c["at"] >= recent
            and g.rng.random() < 0.45
        ):
            continue
        kept.append(c)
    contacts[:] = kept
    for m in leavers:
        contacts.extend(_leaver_contacts(g, m))
    _imports(g, s, months, history, [*members, *leavers], admin)
    return leavers


def _leavers(
    g: _Gen,
    members: list[Member],
    managers: list[Manager],
    groups: list[GroupCustomer],
    months: list[str],
    rows: list[TierHistory],
) -> list[Member]:
    """Members who left in ``months`` (their NEW and LEFT rows appended to ``rows``)."""
    # The club a year ago: the members who had joined before the first month.
    base = [m for m in members if m.joined_month is not None and m.joined_month < months[0]]
    silver = sum(1 for m in base if m.tier is Tier.SILVER)
    quotas = (
        (Tier.SILVER, round(silver * LEAVE_RATE_SILVER)),
        (None, round((len(base) - silver) * LEAVE_RATE_DIAMOND_GOLD)),
    )
    slipping = slipping_manager(managers)
    others = [m for m in managers if m is not slipping]
    g.rng.shuffle(others)
    # Whose member leaves, in turn: the slipping manager every other time, the rest in turn.
    turns: list[Manager] = []
    for other in others:
        turns.extend([slipping, other] if slipping is not None else [other])
    turns = turns or managers
    n = 0
    out: list[Member] = []
    for tier, count in quotas:
        for k in range(count):
            month = months[int((k + 0.5) * len(months) / count)]
            start = date(int(month[:4]), int(month[5:7]), 1)
            manager = turns[n % len(turns)]
            n += 1
            scratch: list[TierHistory] = []
            m = _member(g, manager, groups, scratch)
            m.key_role = m.group_id = None
            m.important = False
            m.tier = tier or (Tier.DIAMOND if g.rng.random() < 0.2 else Tier.GOLD)
            m.assigned_on = start - timedelta(days=g.rng.randrange(60, 720))
            m.joined_month = month_key(m.assigned_on)
            m.status = MemberStatus.LEFT
            m.left_month = month
            for change, when in ((TierChange.NEW, m.joined_month), (TierChange.LEFT, month)):
                rows.append(
                    TierHistory(
                        id=g.uid(),
                        member_id=m.id,
                        month=when,
                        tier=m.tier,
                        change=change,
                        points=m.points,
                        monthly_spend_fen=m.monthly_spend_fen,
                    )
                )
            out.append(m)
    return out


def _leaver_contacts(g: _Gen, m: Member) -> list[dict[str, Any]]:
    """A reached call in each of the six months before the member left."""
    assert m.left_month is not None
    year, month = int(m.left_month[:4]), int(m.left_month[5:7])
    rows = []
    for _ in range(6):
        year, month = (year, month - 1) if month > 1 else (year - 1, 12)
        day = date(year, month, g.rng.randrange(1, 28))
        if day > _assigned(m):
            rows.append(_attempt(g, m, day, Channel.PHONE, Outcome.REACHED))
    return rows


def _imports(
    g: _Gen,
    s: Session,
    months: list[str],
    history: list[TierHistory],
    members: list[Member],
    admin: Manager,
) -> None:
    """One re-grading import row per month, with the counts its history rows make."""
    counts: dict[str, dict[str, int]] = {m: {} for m in months}
    for h in history:
        if h.month in counts:
            counts[h.month][h.change.value] = counts[h.month].get(h.change.value, 0) + 1
    for month in months:
        listed = sum(
            1
            for m in members
            if m.joined_month is not None
            and m.joined_month < month
            and (m.left_month is None or m.left_month > month)
        )
        c = counts[month]
        c["unchanged"] = listed - c.get("up", 0) - c.get("down", 0)
        day = date(int(month[:4]), int(month[5:7]), 2)
        s.add(
            GradingImport(
                id=g.uid(),
                month=month,
                file_name=f"升降级{month.replace('-', '')}.csv",
                sha256=hashlib.sha256(f"demo {month}".encode()).hexdigest(),
                counts=counts[month],
                imported_by_id=admin.id,
                imported_at=g.moment(day),
            )
        )


def _care_gifts(
    g: _Gen, s: Session, members: list[Member], budgets: dict[uuid.UUID, Budget]
) -> int:
    """One to three care gifts (hospital, opening, birth, funeral) per manager this month,
    delivered or approved within their budget: the budget chart has something to stack."""
    first = g.today.replace(day=1)
    occasions = [
        (Occasion.FAMILY_HOSPITALISED, "鲜花+牛奶"),
        (Occasion.BUSINESS_OPENING, "花篮"),
        (Occasion.CHILDBIRTH, "婴儿服装"),
        (Occasion.FUNERAL, "花圈"),
    ]
    books: dict[uuid.UUID, list[Member]] = {}
    for m in members:
        if m.manager_id is not None and m.status is MemberStatus.ACTIVE:
            books.setdefault(m.manager_id, []).append(m)
    count = 0
    for manager_id, budget in budgets.items():
        book = books.get(manager_id)
        if not book:
            continue
        for _ in range(g.rng.randint(1, 3)):
            occasion, items = g.rng.choice(occasions)
            amount = g.rng.randrange(8000, 15001, 1000)
            if amount > budget.allocated_fen - budget.committed_fen - budget.spent_fen:
                break
            day = first + timedelta(days=g.rng.randrange((g.today - first).days + 1))
            delivered = day < g.today - timedelta(days=1)
            member = g.rng.choice(book)
            gift = Gift(
                id=g.uid(),
                member_id=member.id,
                manager_id=manager_id,
                budget_id=budget.id,
                occasion=occasion,
                items=items,
                amount_fen=amount,
                cap_fen=15000,
                planned_on=day,
                status=GiftStatus.DELIVERED if delivered else GiftStatus.APPROVED,
                requested_by_id=manager_id,
                requested_at=g.past_moment(max(first, day - timedelta(days=1))),
                pending_reason="",
                decision_comment="auto: within cap and budget",
            )
            gift.decided_at = gift.requested_at
            if delivered:
                budget.spent_fen += amount
                gift.delivered_on = day
                gift.delivered_how = "上门送达"
            else:
                budget.committed_fen += amount
            s.add(gift)
            count += 1
    return count
