"""The world the hostile-user suite attacks: two teams, every synchronised table filled.

Built once per module, as the superuser (trusted), in its own database. Every row is
recorded with the facts that decide who may see it (its member's or plan's owner, a budget
line's team and manager, an audit entry's actor), and :func:`sees` / :func:`may_insert` /
:func:`may_update` say — from the service rules, not from the schema's own SCOPES — what
each user may do with it. The suite compares what PostgreSQL lets them do with that.

    T1: lead L1, managers A and B          T2: lead L2, manager C        ADM: admin
"""

from __future__ import annotations

import itertools
import uuid
from dataclasses import dataclass, field, replace
from datetime import date
from typing import Any

import psycopg
from psycopg.types.json import Json
from sqlalchemy import JSON

from vipcrm.domain.cards import initial_state
from vipcrm.domain.values import CardKind
from vipcrm.services.cards import START_STEPS
from vipcrm.sync.tables import table

TEAM = {"L1": "T1", "A": "T1", "B": "T1", "L2": "T2", "C": "T2", "ADM": None}
ROLE = {"L1": "lead", "A": "manager", "B": "manager", "L2": "lead", "C": "manager", "ADM": "admin"}
#: The attackers of the matrix: a manager, the lead of the other team, an admin.
ATTACKERS = ("A", "L2", "ADM")
#: Member owners (None: unassigned); every owner gets a full set of rows.
OWNERS = ("A", "B", "C", "L2", None)

DIRECTORY = (
    "teams",
    "managers",
    "group_customers",
    "rules",
    "gift_caps",
    "benefits",
    "calendar_days",
)
MEMBER_BOUND = ("tier_history", "member_notes", "contact_attempts", "benefit_uses", "cards")


@dataclass(frozen=True)
class Fact:
    """One row and what decides who may see it."""

    table: str
    id: uuid.UUID
    owner: str | None = None  # the member's (or plan's) manager; None: unassigned
    member: uuid.UUID | None = None  # the member the row is about
    plan: uuid.UUID | None = None
    team: str | None = None  # budgets: the line's team
    manager: str | None = None  # budgets: the line's manager (None: the team line)
    actor: str | None = None  # audit_log: who wrote it
    sides: tuple[tuple[str, str | None], ...] = ()  # budget_adjustments: (team, manager) lines
    campaign_team: str | None = None  # campaigns (and their targets): the team (None: admin's)
    blank_card: uuid.UUID | None = None  # card_steps: a card of the same member with no step
    extra: dict[str, Any] = field(default_factory=dict, compare=False)


# --- the rules, as the service regulation says them -----------------------------------------


def sees_owner(who: str, owner: str | None) -> bool:
    role = ROLE[who]
    if role == "admin":
        return True
    if role == "manager":
        return owner == who
    return owner is None or TEAM[owner] == TEAM[who]


def sees_line(who: str, team: str, manager: str | None) -> bool:
    role = ROLE[who]
    if role == "admin":
        return True
    if role == "manager":
        return team == TEAM[who] and manager in (who, None)
    return team == TEAM[who]


def sees(who: str, f: Fact) -> bool:
    """May ``who`` read this row?"""
    if f.table in DIRECTORY:
        return True
    if f.table == "grading_imports":
        return ROLE[who] != "manager"
    if f.table == "budgets":
        return sees_line(who, f.team, f.manager)  # type: ignore[arg-type]
    if f.table == "budget_adjustments":
        return any(sees_line(who, t, m) for t, m in f.sides)
    if f.table == "campaigns":  # team-level: the team's, and the administrator's
        return ROLE[who] == "admin" or f.campaign_team in (None, TEAM[who])
    if f.table == "audit_log":
        about = f.member is not None and sees_owner(who, f.owner)
        role = ROLE[who]
        mine = role == "admin" or (
            f.actor == who if role == "manager" else TEAM.get(f.actor or "") == TEAM[who]
        )
        return about or mine
    # members, plans and what belongs to them
    return sees_owner(who, f.owner)


def may_insert(who: str, f: Fact) -> bool:
    """May ``who`` write a new row like ``f`` (pointing at what ``f`` points at)?"""
    role = ROLE[who]
    if f.table in ("teams", "managers"):
        return role == "admin"
    if f.table == "group_customers":
        return True
    if f.table in ("rules", "gift_caps", "benefits", "calendar_days", "grading_imports"):
        return role != "manager"
    if f.table == "budgets":
        if role == "manager":
            return False
        return role == "admin" or (
            f.team == TEAM[who] and (f.manager is None or TEAM[f.manager] == TEAM[who])
        )
    if f.table == "budget_adjustments":
        return False  # the server's own
    if f.table == "campaigns":  # a lead's, for the lead's own team
        return role == "admin" or (role == "lead" and f.campaign_team == TEAM[who])
    if f.table == "campaign_targets":  # the lead chooses, in the team's own campaigns
        own = role == "admin" or (role == "lead" and f.campaign_team == TEAM[who])
        return own and sees_owner(who, f.owner)
    if f.table == "audit_log":
        return f.member is None or sees_owner(who, f.owner)
    if f.table == "gifts":
        return sees_owner(who, f.owner) and f.owner is not None
    if f.table == "plan_items":
        member_ok = f.member is None or sees_owner(who, f.extra.get("member_owner"))
        return sees_owner(who, f.owner) and member_ok
    if f.table == "members" and role == "manager":
        return f.owner == who
    if f.table == "tier_history" and role == "manager":
        return False  # the re-grading's record; a manager only adds a new member's first row
    return sees_owner(who, f.owner)


def may_update(who: str, f: Fact) -> bool:
    role = ROLE[who]
    if f.table in ("teams", "managers"):
        return role == "admin"
    directory = ("group_customers", "rules", "gift_caps", "benefits", "calendar_days")
    if f.table in (*directory, "grading_imports"):
        return role != "manager"
    if f.table in ("budget_adjustments", "audit_log"):
        return False
    if f.table in ("budgets", "tier_history"):
        return role != "manager" and sees(who, f)
    if f.table in ("campaigns", "campaign_targets"):
        return may_insert(who, f)
    return sees(who, f)


# --- building it ---------------------------------------------------------------------------------


class World:
    """The rows of every synchronised table, for both teams, with their facts."""

    def __init__(self, central: Any) -> None:
        self.c = central
        self.facts: list[Fact] = []
        self.conn = psycopg.connect(central.admin_dsn, autocommit=True)
        self.member_of: dict[str | None, list[uuid.UUID]] = {}
        self.plan_of: dict[str, uuid.UUID] = {}
        self.line_of: dict[tuple[str, str | None], uuid.UUID] = {}
        self.gift_of: dict[str, uuid.UUID] = {}
        self.card_of: dict[uuid.UUID, uuid.UUID] = {}
        self.blank_of: dict[uuid.UUID, uuid.UUID] = {}
        self._phones = itertools.count(13900000001)
        self._n = itertools.count(1)

    def close(self) -> None:
        self.conn.close()

    def mid(self, code: str) -> uuid.UUID:
        return self.c.manager_id(code)

    def team_id(self, code: str) -> uuid.UUID:
        return self.c.one("SELECT id FROM teams WHERE code = %s", (code,))

    def phone(self) -> str:
        return str(next(self._phones))

    def put(self, table: str, fact: Fact | None = None, **values: Any) -> uuid.UUID:
        values.setdefault("id", uuid.uuid4())
        values.setdefault("version", 1)
        values.setdefault("deleted", False)
        values.setdefault("updated_at", date(2026, 11, 1))
        self.conn.execute(*insert_sql(table, values))
        self.facts.append(replace(fact or Fact(table, values["id"]), table=table, id=values["id"]))
        return values["id"]

    def build(self) -> World:
        c = self.c
        c.add_team("T1")
        c.add_team("T2")
        for code in ("L1", "A", "B", "L2", "C"):
            c.add_user(code, ROLE[code], TEAM[code])
        c.add_user("ADM", "admin")
        for row_id, name in self.conn.execute(
            "SELECT id, 'teams' FROM teams UNION ALL SELECT id, 'managers' FROM managers "
            "UNION ALL SELECT id, 'rules' FROM rules UNION ALL SELECT id, 'gift_caps' FROM gift_caps "
            "UNION ALL SELECT id, 'benefits' FROM benefits"
        ):
            self.facts.append(Fact(name, row_id))
        self.put("group_customers", code="G1", name="集团一", group_class="A")
        self.put("calendar_days", day=date(2026, 10, 1), kind="holiday", name="国庆")
        for lead in ("L1", "L2"):
            self.put(
                "grading_imports",
                month="2026-10",
                file_name=f"{lead}.csv",
                sha256=f"{lead}".ljust(64, "0"),
                counts={"up": 1},
                imported_by_id=self.mid(lead),
                imported_at=date(2026, 10, 2),
            )
        self._budgets()
        self._campaigns()
        for owner in OWNERS:
            for _ in range(2):
                self._member(owner)
        for owner in ("A", "B", "C", "L2"):
            self._plan(owner)
        for actor in ("A", "B", "C"):  # an audit entry about no member
            self.put(
                "audit_log",
                Fact("audit_log", uuid.uuid4(), actor=actor),
                at=date(2026, 11, 1),
                actor_code=actor,
                device="pc",
                table_name="managers",
                row_id=self.mid(actor),
                member_id=None,
                op="update",
                changes={"phone": [None, "x"]},
            )
        return self

    def _budgets(self) -> None:
        for team, managers in (("T1", ("A", "B")), ("T2", ("C",))):
            line = self.put(
                "budgets",
                Fact("budgets", uuid.uuid4(), team=team, manager=None),
                team_id=self.team_id(team),
                manager_id=None,
                period="2026-12",
                allocated_fen=100_000,
                committed_fen=30_000 * len(managers),
                spent_fen=0,
            )
            self.line_of[(team, None)] = line
            for code in managers:
                self.line_of[(team, code)] = self.put(
                    "budgets",
                    Fact("budgets", uuid.uuid4(), team=team, manager=code),
                    team_id=self.team_id(team),
                    manager_id=self.mid(code),
                    period="2026-12",
                    allocated_fen=30_000,
                    committed_fen=20_000,  # the two approved gifts of the manager's members
                    spent_fen=0,
                )
            first = managers[0]
            self.put(
                "budget_adjustments",
                Fact("budget_adjustments", uuid.uuid4(), sides=((team, None), (team, first))),
                from_budget_id=line,
                to_budget_id=self.line_of[(team, first)],
                amount_fen=30_000,
                reason="allocation",
                by_id=self.mid("L1" if team == "T1" else "L2"),
                at=date(2026, 11, 1),
            )

    def _campaigns(self) -> None:
        """Two campaigns per team (T1 by L1, T2 by L2) and two of the administrator's."""
        self.campaign_of: dict[str | None, list[uuid.UUID]] = {}
        for team, lead in (("T1", "L1"), ("T2", "L2"), (None, "ADM")):
            for k in range(2):
                self.campaign_of.setdefault(team, []).append(
                    self.put(
                        "campaigns",
                        Fact("campaigns", uuid.uuid4(), campaign_team=team),
                        code=f"{team or 'ADM'}-{k}",
                        name="春节回馈",
                        kind="marketing",
                        starts_on=date(2026, 11, 1),
                        ends_on=date(2026, 11, 30),
                        target={"tiers": ["diamond"]},
                        channel="call",
                        sms_template="",
                        call_script="",
                        status="open",
                        team_id=self.team_id(team) if team else None,
                        created_by_id=self.mid(lead),
                        created_at=date(2026, 11, 1),
                    )
                )

    def _member(self, owner: str | None) -> None:
        mgr = self.mid(owner) if owner else None
        member_fact = Fact("members", uuid.uuid4(), owner=owner)
        member = self.put(
            "members",
            member_fact,
            phone=self.phone(),
            name=f"会员{next(self._n)}",
            name_pinyin="",
            tier="diamond",
            points=0,
            monthly_spend_fen=0,
            birth_leap_month=False,
            important=False,
            status="active",
            notes="",
            manager_id=mgr,
        )
        self.member_of.setdefault(owner, []).append(member)
        below = Fact("", uuid.uuid4(), owner=owner, member=member)
        n = next(self._n)
        self.put(
            "tier_history",
            below,
            member_id=member,
            month="2026-10",
            tier="diamond",
            change="same",
            points=0,
            monthly_spend_fen=0,
        )
        self.put(
            "member_notes", below, member_id=member, manager_id=mgr, at=date(2026, 11, 1), text="记"
        )
        call = self.put(
            "contact_attempts",
            below,
            member_id=member,
            manager_id=mgr,
            at=date(2026, 11, 1),
            channel="phone",
            outcome="reached",
            group_sms=False,
            note="",
        )
        lead = "L2" if owner is not None and TEAM[owner] == "T2" else "L1"
        self.put(  # a group SMS the lead sent, not confirmed yet (12580)
            "contact_attempts",
            below,
            member_id=member,
            manager_id=self.mid(lead),
            at=date(2026, 11, 2),
            channel="sms",
            outcome="reached",
            group_sms=True,
            note="",
            source="hand",
            sent_confirmed_at=None,
        )
        team = TEAM[owner] if owner is not None else None
        campaign = self.campaign_of[team][0]
        self.put(
            "campaign_targets",
            replace(below, campaign_team=team, extra={"alt": self.campaign_of[team][1]}),
            campaign_id=campaign,
            member_id=member,
        )
        self.put(
            "campaign_outcomes",
            below,
            campaign_id=campaign,
            member_id=member,
            contact_id=call,
            result="accepted",
            score=None,
            note="",
            at=date(2026, 11, 1),
            manager_id=mgr,
        )
        self.put(
            "benefit_uses",
            below,
            member_id=member,
            benefit="airport_lounge",  # a seeded benefit, no yearly limit set
            used_on=date(2026, 11, 1),
            note="",
        )
        kind = CardKind.NEW
        card, blank = (  # one with its first step, one with none yet
            self.put(
                "cards",
                below,
                member_id=member,
                kind=kind.value,
                state=initial_state(kind).value,
                state_since=date(2026, 11, 1),
            )
            for _ in range(2)
        )
        self.card_of[member] = card
        self.blank_of[member] = blank
        self.put(
            "card_steps",
            replace(below, blank_card=blank),
            card_id=card,
            step=START_STEPS[kind],
            state=initial_state(kind).value,
            on=date(2026, 11, 1),
            at=date(2026, 11, 1),
            manager_id=mgr,
            note="",
        )
        if owner is not None:
            team = TEAM[owner]
            line = self.line_of.get((team, owner))
            gift = self.put(
                "gifts",
                below,
                member_id=member,
                manager_id=mgr,
                budget_id=line,
                occasion="birthday",
                items="果篮",
                amount_fen=10_000,
                cap_fen=15_000,
                planned_on=date(2026, 12, 5),
                note="",
                status="approved" if line else "pending",
                pending_reason="",
                requested_at=date(2026, 11, 1),
                decision_comment="",
                delivered_how="",
                proof_note="",
            )
            self.gift_of.setdefault(owner, gift)
        self.put(
            "audit_log",
            Fact("audit_log", uuid.uuid4(), owner=owner, member=member, actor=owner or "L1"),
            at=date(2026, 11, 1),
            actor_code=owner or "L1",
            device="pc",
            table_name="members",
            row_id=member,
            member_id=member,
            op="update",
            changes={"name": ["甲", f"会员{n}"]},
        )

    def _plan(self, owner: str) -> None:
        plan = self.put(
            "service_plans",
            Fact("service_plans", uuid.uuid4(), owner=owner),
            manager_id=self.mid(owner),
            kind="month",
            period="2026-12",
            status="draft",
            decision_comment="",
        )
        self.plan_of[owner] = plan
        member = self.member_of[owner][0]
        self.put(
            "plan_items",
            Fact(
                "plan_items",
                uuid.uuid4(),
                owner=owner,
                plan=plan,
                member=member,
                extra={"member_owner": owner},
            ),
            plan_id=plan,
            member_id=member,
            on=date(2026, 12, 3),
            kind="visit",
            note="",
            done=False,
        )

    # --- what the suite writes as an attacker -----------------------------------------------

    def row(self, f: Fact) -> dict[str, Any]:
        cur = self.conn.execute(f"SELECT * FROM {f.table} WHERE id = %s", (f.id,))
        names = [d.name for d in cur.description]  # type: ignore[union-attr]
        return dict(zip(names, cur.fetchone(), strict=True))  # type: ignore[arg-type]

    def clone(self, f: Fact) -> dict[str, Any]:
        """A new row like ``f``'s, pointing at what it points at, with fresh unique values."""
        row = self.row(f)
        row["id"] = uuid.uuid4()
        n = next(self._n)
        fresh = {
            "members": {"phone": self.phone()},
            "tier_history": {"month": f"2025-{n % 12 + 1:02d}"},
            "service_plans": {"period": f"2030-{n % 12 + 1:02d}"},
            "budgets": {"period": f"2031-{n % 12 + 1:02d}", "allocated_fen": 0},
            "rules": {"effective_from": date(2040, 1, 1 + n % 28)},
            "gift_caps": {"effective_from": date(2040, 1, 1 + n % 28)},
            "benefits": {"effective_from": date(2040, 1 + n % 12, 1 + n % 28)},
            "calendar_days": {"day": date(2041, 1 + n % 12, 1 + n % 28)},
            "teams": {"code": f"X{n}"},
            "managers": {"code": f"X{n}"},
            "group_customers": {"code": f"X{n}"},
            "grading_imports": {"sha256": f"{n}".ljust(64, "f")},
            "card_steps": {"card_id": f.blank_card},
            "campaigns": {"code": f"X{n}"},
            "campaign_targets": {"campaign_id": f.extra.get("alt")},
        }
        if f.table == "cards":
            fresh["cards"] = {"state": initial_state(CardKind(row["kind"])).value}
        row.update(fresh.get(f.table, {}))
        return row


def insert_sql(name: str, row: dict[str, Any]) -> tuple[str, list[Any]]:
    """``INSERT INTO name (...) VALUES (...)`` for ``row`` (``name`` may carry its schema)."""
    json = {c.name for c in table(name.split(".")[-1]).columns if isinstance(c.type, JSON)}
    cols = ", ".join('"' + c + '"' for c in row)
    marks = ", ".join(["%s"] * len(row))
    return (
        f"INSERT INTO {name} ({cols}) VALUES ({marks})",
        [Json(v) if c in json else v for c, v in row.items()],
    )


# --- keeping count ---------------------------------------------------------------------------------


@dataclass
class Tally:
    """Every probe the suite ran, and the ones that got through (printed at the end of the
    run by tests/pg/conftest.py, recorded in docs/security.md)."""

    probes: int = 0
    leaks: list[str] = field(default_factory=list)

    def check(self, name: str, leaked: bool) -> None:
        self.probes += 1
        if leaked:
            self.leaks.append(name)


TALLY = Tally()
