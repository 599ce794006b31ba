"""The central store holds against its own users (DESIGN.md decision 12, docs/security.md).

The attacker is a legitimate user with ``psql`` and their own password: manager A (team
T1), L2 (the lead of the other team) and ADM (an administrator). Each probe is counted in
:data:`~tests.pg.hostile_world.TALLY`; the run prints ``hostile-user suite: N probes,
M leaks`` and any leak fails its test. One database for the whole module; every probe that
writes runs in a transaction that is rolled back, so each sees the same world.

    .venv/bin/python -m pytest tests/pg/test_hostile.py -q
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import psycopg
import pytest

from tests.pg.conftest import copy_central
from tests.pg.hostile_world import (
    ATTACKERS,
    DIRECTORY,
    ROLE,
    TALLY,
    TEAM,
    Fact,
    World,
    insert_sql,
    may_insert,
    may_update,
    sees,
)
from vipcrm.sync.central_schema import GRANTED_FUNCTIONS, text_columns
from vipcrm.sync.tables import SERVER_FIELDS, SYNC_TABLES, table

CENTRAL_TABLES = ("sync_changes", "sync_applied_ops", "central_meta", "central_logins")


@pytest.fixture(scope="module")
def world(pg_cluster: Any, central_template: str) -> Iterator[World]:
    name = f"hostile_{uuid.uuid4().hex[:8]}"
    built = World(copy_central(pg_cluster, central_template, name)).build()
    try:
        yield built
    finally:
        built.close()
        with psycopg.connect(pg_cluster.dsn(), autocommit=True) as conn:
            conn.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")


@pytest.fixture(scope="module")
def users(world: World) -> Iterator[dict[str, psycopg.Connection[Any]]]:
    conns = {code: world.c.connect_as(code) for code in ("A", "B", "C", "L1", "L2", "ADM")}
    yield conns
    for conn in conns.values():
        conn.close()


def attempt(conn: psycopg.Connection[Any], query: str, params: Any = ()) -> tuple[bool, int, str]:
    """Run ``query`` and the deferred checks, then roll back: (went through, rowcount, error)."""
    try:
        with conn.transaction(force_rollback=True):
            cur = conn.execute(query, params)
            count = cur.rowcount
            conn.execute("SET CONSTRAINTS ALL IMMEDIATE")
            return True, count, ""
    except psycopg.Error as exc:
        return False, 0, str(exc).strip().splitlines()[0]


@contextmanager
def rolled_back(conn: psycopg.Connection[Any]) -> Iterator[psycopg.Connection[Any]]:
    with conn.transaction(force_rollback=True):
        yield conn


def refused(conn: psycopg.Connection[Any], query: str, params: Any = ()) -> bool:
    went, count, _ = attempt(conn, query, params)
    return not went


def check(name: str, leaked: bool) -> None:
    TALLY.check(name, leaked)


def assert_no_leaks(before: int) -> None:
    leaks = TALLY.leaks[before:]
    assert leaks == [], f"{len(leaks)} leak(s): " + "; ".join(leaks[:30])


# --- the matrix: every table, every row, read / update / delete / insert ------------------------


def _facts(world: World, name: str) -> list[Fact]:
    return [f for f in world.facts if f.table == name]


@pytest.mark.parametrize("who", ATTACKERS)
def test_the_matrix_over_every_table(world: World, users: dict, who: str) -> None:
    """Each row of each synchronised table: may ``who`` read it, change it, delete it, or
    write a row like it (pointing at what it points at)? Exactly what the rules say."""
    conn = users[who]
    before = len(TALLY.leaks)
    wrong: list[str] = []  # refused what the rules allow: not a leak, still a failure
    assert {f.table for f in world.facts} == set(SYNC_TABLES)
    for name in SYNC_TABLES:
        facts = _facts(world, name)
        seen = {r[0] for r in conn.execute(f"SELECT id FROM {name}")}
        for f in facts:
            allowed = sees(who, f)
            check(f"{who} reads {name} {f.id}", f.id in seen and not allowed)
            if allowed and f.id not in seen:
                wrong.append(f"{who} cannot read {name} {f.id}")
            went, count, why = attempt(
                conn, f"UPDATE {name} SET updated_at = updated_at WHERE id = %s", (f.id,)
            )
            changed = went and count > 0
            check(f"{who} updates {name} {f.id}", changed and not may_update(who, f))
            if may_update(who, f) and not changed:
                wrong.append(f"{who} cannot update {name} {f.id}: {why}")
            if name == "campaigns" and TEAM[who] is not None:
                # a campaign moved into one's own team (an administrator's, another team's)
                went, count, _ = attempt(
                    conn,
                    "UPDATE campaigns SET team_id = %s WHERE id = %s",
                    (world.team_id(TEAM[who]), f.id),
                )
                check(
                    f"{who} moves campaign {f.id} into its team",
                    went and count > 0 and not may_update(who, f),
                )
            went, count, _ = attempt(conn, f"DELETE FROM {name} WHERE id = %s", (f.id,))
            check(f"{who} deletes {name} {f.id}", went and count > 0)
            went, count, why = attempt(conn, *insert_sql(name, world.clone(f)))
            check(f"{who} inserts into {name} like {f.id}", went and not may_insert(who, f))
            if may_insert(who, f) and not went:
                wrong.append(f"{who} cannot insert into {name} like {f.id}: {why}")
        # nothing else is visible than the rows the world holds (and what the server made)
    assert_no_leaks(before)
    assert wrong == []


@pytest.mark.parametrize("who", ATTACKERS)
def test_a_row_cannot_be_pointed_at_what_its_writer_cannot_see(
    world: World, users: dict, who: str
) -> None:
    """Every reference column of every row the user may change, set to a row of the same
    parent table the user cannot see: refused (probe 4: a plan item moved onto another
    manager's member, a contact onto another's member ...)."""
    conn = users[who]
    before = len(TALLY.leaks)
    for name in SYNC_TABLES:
        for fk in table(name).foreign_keys:
            column, parent = fk.parent.name, fk.column.table.name
            if column in SERVER_FIELDS.get(name, ()) or parent in DIRECTORY:
                continue
            hidden = [p.id for p in _facts(world, parent) if not sees(who, p)]
            mine = [f for f in _facts(world, name) if may_update(who, f)]
            for f, target in zip(mine, hidden, strict=False):
                went, count, _ = attempt(
                    conn, f'UPDATE {name} SET "{column}" = %s WHERE id = %s', (target, f.id)
                )
                check(f"{who} points {name}.{column} at a hidden {parent}", went and count > 0)
    # the audit trail has no foreign key: an entry about a member one cannot see
    hidden_members = [f.id for f in _facts(world, "members") if not sees(who, f)]
    for member in hidden_members:
        went, _, _ = attempt(
            conn,
            "INSERT INTO audit_log (id, at, actor_code, device, table_name, row_id, member_id, "
            "op, changes, version, updated_at, deleted) VALUES (gen_random_uuid(), now(), 'x', "
            "'x', 'members', %s, %s, 'update', '{}', 1, now(), false)",
            (member, member),
        )
        check(f"{who} writes an audit entry about a hidden member", went)
    assert_no_leaks(before)


@pytest.mark.parametrize("who", ATTACKERS)
def test_the_central_tables(world: World, users: dict, who: str) -> None:
    conn = users[who]
    before = len(TALLY.leaks)
    for name in CENTRAL_TABLES:
        check(f"{who} deletes from {name}", not refused(conn, f"DELETE FROM {name}"))
    check(f"{who} reads central_logins", not refused(conn, "SELECT * FROM central_logins"))
    check(f"{who} reads alembic_version", not refused(conn, "SELECT * FROM alembic_version"))
    check(
        f"{who} writes the change log",
        not refused(
            conn,
            "INSERT INTO sync_changes (table_name, row_id, op) VALUES ('members', %s, 'x')",
            (uuid.uuid4(),),
        ),
    )
    check(
        f"{who} moves the log horizon",
        not refused(conn, "UPDATE central_meta SET log_horizon = '1'"),
    )
    check(
        f"{who} writes an applied operation for another login",
        not refused(
            conn,
            "INSERT INTO sync_applied_ops (op_id, login) VALUES (%s, 'postgres')",
            (uuid.uuid4(),),
        ),
    )
    others = conn.execute(
        "SELECT count(*) FROM sync_applied_ops WHERE login <> session_user"
    ).fetchone()[0]
    check(f"{who} reads another login's applied operations", others > 0)
    # the change log: an entry for each row the user may see, none for the others
    entries = conn.execute("SELECT table_name, row_id FROM sync_changes").fetchall()
    by_id = {f.id: f for f in world.facts}
    for name, row_id in entries:
        f = by_id.get(row_id)
        check(f"{who} sees a change to {name} {row_id}", f is None or not sees(who, f))
    logged = {row_id for _, row_id in entries}
    everyone = {r[0] for r in world.conn.execute("SELECT row_id FROM sync_changes")}
    missing = [f for f in world.facts if sees(who, f) and f.id in everyone - logged]
    assert_no_leaks(before)
    assert missing == []


# --- the probes, one by one ---------------------------------------------------------------


def test_functions_cannot_be_tricked_by_temporary_objects(world: World, users: dict) -> None:
    """Probes 1 and 2, and more: PUBLIC may not create temporary tables; and even where an
    operator granted it, no function of ours reads a temporary table or calls a temporary
    function in place of its own."""
    a = users["A"]
    before = len(TALLY.leaks)
    names = sorted({*SYNC_TABLES, *CENTRAL_TABLES})
    for name in names:
        check(
            f"A creates a temporary table {name}",
            not refused(a, f"CREATE TEMP TABLE {name} (id uuid, manager_id uuid)"),
        )
    check("A creates a table in the schema", not refused(a, "CREATE TABLE public.x (id int)"))
    check("A creates a schema", not refused(a, "CREATE SCHEMA x"))
    check(
        "A creates a function",
        not refused(a, "CREATE FUNCTION public.x() RETURNS int LANGUAGE sql AS 'SELECT 1'"),
    )
    c_member = world.member_of["C"][0]
    a_member = world.member_of["A"][0]
    a_card = world.card_of[a_member]
    login = world.c.logins["A"]
    world.conn.execute(f"GRANT TEMPORARY ON DATABASE {world.c.dbname} TO {login}")
    try:
        with psycopg.connect(world.c.dsn("A"), password=world.c.passwords["A"]) as shadow:
            for name in names:  # every table any function touches, shadowed
                cols = (
                    ", ".join(f'"{c.name}" text' for c in table(name).columns if c.name != "id")
                    if name in SYNC_TABLES
                    else "x text"
                )
                shadow.execute(f"CREATE TEMP TABLE {name} (id uuid, {cols})")
            shadow.execute(
                "INSERT INTO pg_temp.members (id, manager_id) VALUES (%s, %s)",
                (a_member, world.mid("C")),
            )
            shadow.execute(  # and the functions a guard calls, by name
                "CREATE FUNCTION pg_temp.vipcrm_my_id() RETURNS uuid LANGUAGE sql "
                f"AS $$ SELECT '{world.mid('C')}'::uuid $$"
            )
            shadow.execute(
                "CREATE FUNCTION pg_temp.vipcrm_trusted() RETURNS boolean LANGUAGE sql "
                "AS $$ SELECT true $$"
            )
            shadow.commit()
            # probe 1: a ¥100 birthday gift for A's own member goes against A's line
            gift = uuid.uuid4()
            row = {**world.row(_gift_fact(world, "A")), "id": gift}
            shadow.execute(*insert_sql("public.gifts", row))
            line = shadow.execute("SELECT budget_id FROM public.gifts WHERE id = %s", (gift,))
            line_id = line.fetchone()[0]
            check(
                "a shadowed members table charges a gift to another team's line",
                line_id not in (None, world.line_of[("T1", "A")]),
            )
            check(
                "a shadowed gift is about another manager's member",
                shadow.execute(
                    "SELECT manager_id FROM public.gifts WHERE id = %s", (gift,)
                ).fetchone()[0]
                != world.mid("A"),
            )
            shadow.rollback()
            # and a gift for C's member is still refused
            row = {**world.row(_gift_fact(world, "A")), "id": uuid.uuid4(), "member_id": c_member}
            check(
                "a shadowed guard lets A give C's member a gift",
                not refused(shadow, *insert_sql("public.gifts", row)),
            )
            # probe 2: the card path with shadowed cards and card_steps
            went, _, _ = attempt(
                shadow, "UPDATE public.cards SET state = 'received' WHERE id = %s", (a_card,)
            )
            check("a shadowed card path lets a card jump to received", went)
            # the change log stamped by the real tables
            with rolled_back(shadow):
                shadow.execute("UPDATE public.members SET notes = 'n' WHERE id = %s", (a_member,))
                audience = shadow.execute(
                    "SELECT audience FROM public.sync_changes WHERE row_id = %s "
                    "ORDER BY seq DESC LIMIT 1",
                    (a_member,),
                ).fetchone()
                check(
                    "a shadowed change log entry misses its owner",
                    audience is None or f"m:{world.mid('A')}" not in audience[0],
                )
    finally:
        world.conn.execute(f"REVOKE TEMPORARY ON DATABASE {world.c.dbname} FROM {login}")
    assert_no_leaks(before)


def _gift_fact(world: World, owner: str) -> Fact:
    gift = world.gift_of[owner]
    return next(f for f in world.facts if f.id == gift)


def test_a_lead_allocates_only_to_the_managers_of_the_team(world: World, users: dict) -> None:
    """Probe 3: L1 opens a budget line in T1 for C (of T2), or in T2."""
    l1 = users["L1"]
    before = len(TALLY.leaks)
    for team, manager in (("T1", "C"), ("T2", "C"), ("T2", None), ("T1", "L2")):
        went, _, _ = attempt(
            l1,
            "INSERT INTO budgets (id, team_id, manager_id, period, allocated_fen, committed_fen, "
            "spent_fen, version, updated_at, deleted) VALUES (gen_random_uuid(), %s, %s, "
            "'2026-12', 0, 0, 0, 1, now(), false)",
            (world.team_id(team), world.mid(manager) if manager else None),
        )
        check(f"L1 opens a {team} budget line for {manager}", went)
    went, _, why = attempt(
        l1,
        "INSERT INTO budgets (id, team_id, manager_id, period, allocated_fen, committed_fen, "
        "spent_fen, version, updated_at, deleted) VALUES (gen_random_uuid(), %s, %s, "
        "'2027-01', 0, 0, 0, 1, now(), false)",
        (world.team_id("T1"), world.mid("B")),
    )
    assert went, why  # within the team it works
    assert_no_leaks(before)


def test_the_audit_trail_is_stamped_by_the_server(world: World, users: dict) -> None:
    """Probe 4: an entry about a member A sees, claiming another actor, device and time:
    the server records who really sent it, when it arrived and from where."""
    a = users["A"]
    before = len(TALLY.leaks)
    member = world.member_of["A"][0]
    with rolled_back(a):
        entry = uuid.uuid4()
        a.execute(
            "INSERT INTO audit_log (id, at, actor_code, device, table_name, row_id, member_id, "
            "op, changes, received_at, received_from, version, updated_at, deleted) VALUES "
            "(%s, '2001-01-01', 'C', 'C的电脑', 'members', %s, %s, 'update', '{}', "
            "'2001-01-01', 'C@10.0.0.9', 1, now(), false)",
            (entry, member, member),
        )
        actor, device, received_at, received_from = a.execute(
            "SELECT actor_code, device, extract(year FROM received_at), received_from "
            "FROM audit_log WHERE id = %s",
            (entry,),
        ).fetchone()
    check("an audit entry keeps the actor it claims", actor != "A")
    check("an audit entry keeps the arrival time it claims", received_at < 2025)
    check(
        "an audit entry keeps the origin it claims",
        not received_from.startswith(world.c.logins["A"] + "@"),
    )
    assert device == "C的电脑"  # the laptop's claim stays, as a note
    assert_no_leaks(before)


def test_a_gift_holding_budget_is_cancelled_never_deleted(world: World, users: dict) -> None:
    """Probe 4: A tombstones an approved gift (leaving ¥100 committed for ever)."""
    a = users["A"]
    before = len(TALLY.leaks)
    gift = world.gift_of["A"]
    went, count, why = attempt(a, "UPDATE gifts SET deleted = true WHERE id = %s", (gift,))
    check("A deletes an approved gift", went and count > 0)
    assert "cancel it" in why
    with rolled_back(a):
        line = world.line_of[("T1", "A")]
        committed = a.execute("SELECT committed_fen FROM budgets WHERE id = %s", (line,))
        before_fen = committed.fetchone()[0]
        a.execute("SELECT vipcrm_close_gift(%s, 'cancelled')", (gift,))
        after = a.execute("SELECT committed_fen FROM budgets WHERE id = %s", (line,)).fetchone()[0]
        assert after == before_fen - 10_000  # cancelling releases it
    assert_no_leaks(before)


#: What a user might rewrite in a recorded fact: column → a value it does not hold.
REWRITES = {
    "contact_attempts": {
        "source": "bill",
        "outcome": "no_answer",
        "channel": "visit",
        "note": "改",
        "at": "2026-10-01",
        "group_sms": True,
        "member_id": None,  # another member the user sees (filled in below)
        "deleted": True,
    },
    "member_notes": {"text": "改", "at": "2026-10-01", "member_id": None, "deleted": True},
    "card_steps": {"note": "改", "on": "2026-10-01", "deleted": True},
    "benefit_uses": {"benefit": "改", "note": "改", "used_on": "2026-10-01", "deleted": True},
    "campaign_outcomes": {
        "result": "declined",
        "score": 3,
        "note": "改",
        "at": "2026-10-01",
        "member_id": None,
        "deleted": True,
    },
    "campaign_targets": {"member_id": None, "deleted": True},
}


@pytest.mark.parametrize("who", ATTACKERS)
def test_recorded_facts_stay_as_they_were_written(world: World, users: dict, who: str) -> None:
    """Contacts, notes, card steps and benefit uses are added, never rewritten: not in one's
    own book either (the server stamps their author: a rewritten contact would say its
    author wrote what they did not), not the source of a contact (typed or from the phone
    bill), not a 12580 confirmation once it is set. Setting it once is what a user does."""
    conn = users[who]
    before = len(TALLY.leaks)
    wrong: list[str] = []
    for name, rewrites in REWRITES.items():
        for f in _facts(world, name):
            row = world.row(f)
            own = [m for m in world.member_of.get(f.owner, []) if m != f.member]
            for column, value in rewrites.items():
                if column == "member_id":
                    value = own[0] if own else uuid.uuid4()
                if row[column] == value:
                    continue
                went, count, _ = attempt(
                    conn, f'UPDATE {name} SET "{column}" = %s WHERE id = %s', (value, f.id)
                )
                check(f"{who} rewrites {name}.{column} of {f.id}", went and count > 0)
        if name != "contact_attempts":
            continue
        for f in _facts(world, name):  # the 12580 confirmation: once, by those who see it
            if not world.row(f)["group_sms"]:
                continue
            with rolled_back(conn):
                went, count, why = attempt(
                    conn,
                    "UPDATE contact_attempts SET sent_confirmed_at = now() WHERE id = %s",
                    (f.id,),
                )
                check(
                    f"{who} confirms a hidden SMS {f.id}", went and count > 0 and not sees(who, f)
                )
                if not sees(who, f):
                    continue
                if not (went and count == 1):
                    wrong.append(f"{who} cannot confirm the SMS {f.id}: {why}")
                conn.execute(
                    "UPDATE contact_attempts SET sent_confirmed_at = now() WHERE id = %s", (f.id,)
                )
                went, count, _ = attempt(
                    conn,
                    "UPDATE contact_attempts SET sent_confirmed_at = now() - interval '1 day' "
                    "WHERE id = %s",
                    (f.id,),
                )
                check(f"{who} confirms an SMS a second time", went and count > 0)
                went, count, _ = attempt(
                    conn,
                    "UPDATE contact_attempts SET sent_confirmed_at = NULL WHERE id = %s",
                    (f.id,),
                )
                check(f"{who} takes back a confirmation", went and count > 0)
    assert_no_leaks(before)
    assert wrong == []


def test_the_tier_history_is_the_regradings_record(world: World, users: dict) -> None:
    """Churn is counted from the tier history the lead's re-grading import writes: a
    manager adds only the first row of a member they add (change 'new'), and rewrites
    none ('down' made 'same' would hide a leaver from the churn figures)."""
    before = len(TALLY.leaks)
    a, l1 = users["A"], users["L1"]
    member = world.member_of["A"][0]
    row = next(f for f in _facts(world, "tier_history") if f.member == member)

    def add(conn: psycopg.Connection[Any], change: str) -> tuple[bool, int, str]:
        return attempt(
            conn,
            "INSERT INTO tier_history (id, member_id, month, tier, change, points, "
            "monthly_spend_fen, version, updated_at, deleted) VALUES (gen_random_uuid(), %s, "
            "'2031-01', 'gold', %s, 0, 0, 1, now(), false)",
            (member, change),
        )

    went, _, why = add(a, "new")
    assert went, why  # what adding a member writes
    for change in ("up", "down", "same", "left"):
        went, _, _ = add(a, change)
        check(f"A writes a tier history row '{change}'", went)
    for column, value in (("change", "same"), ("tier", "gold"), ("deleted", True)):
        went, count, _ = attempt(
            a, f"UPDATE tier_history SET {column} = %s WHERE id = %s", (value, row.id)
        )
        check(f"A rewrites the tier history's {column}", went and count > 0)
    went, count, why = attempt(
        l1, "UPDATE tier_history SET change = 'down' WHERE id = %s", (row.id,)
    )
    assert went and count == 1, why  # the lead's re-grading does
    assert_no_leaks(before)


def test_decisions_and_accounts_are_not_written_by_hand(world: World, users: dict) -> None:
    """A manager inserting a plan already approved (by their lead, say); a lead tombstoning
    a budget line that holds committed money; anyone switching the triggers off."""
    before = len(TALLY.leaks)
    a, l1 = users["A"], users["L1"]
    went, _, _ = attempt(
        a,
        "INSERT INTO service_plans (id, manager_id, kind, period, status, decided_by_id, "
        "approved_version, submitted_version, decision_comment, version, updated_at, deleted) "
        "VALUES (gen_random_uuid(), %s, 'month', '2027-01', 'approved', %s, 1, 1, '', 1, now(), "
        "false)",
        (world.mid("A"), world.mid("L1")),
    )
    check("A inserts a plan already approved", went)
    with rolled_back(a):
        plan = uuid.uuid4()
        a.execute(
            "INSERT INTO service_plans (id, manager_id, kind, period, status, decided_by_id, "
            "decision_comment, version, updated_at, deleted) VALUES (%s, %s, 'month', '2027-02', "
            "'submitted', %s, '', 1, now(), false)",
            (plan, world.mid("A"), world.mid("L1")),
        )
        decided = a.execute("SELECT decided_by_id FROM service_plans WHERE id = %s", (plan,))
        check("A's new plan names a decider", decided.fetchone()[0] is not None)
    with rolled_back(a):  # a decision written onto one's own plan without one
        plan = world.plan_of["A"]
        a.execute(
            "UPDATE service_plans SET decided_by_id = %s, decided_at = now(), "
            "decision_comment = '同意', approved_version = version WHERE id = %s",
            (world.mid("L1"), plan),
        )
        decision = a.execute(
            "SELECT decided_by_id, decided_at, decision_comment, approved_version "
            "FROM service_plans WHERE id = %s",
            (plan,),
        ).fetchone()
        check("A writes a lead's decision onto a plan", decision != (None, None, "", None))
    with rolled_back(a):  # the items of a submitted plan changed by hand: back to draft
        plan = world.plan_of["A"]
        item = next(f.id for f in _facts(world, "plan_items") if f.plan == plan)
        a.execute("UPDATE service_plans SET status = 'submitted' WHERE id = %s", (plan,))
        a.execute("UPDATE plan_items SET done = true WHERE id = %s", (item,))
        status = a.execute("SELECT status FROM service_plans WHERE id = %s", (plan,)).fetchone()
        assert status == ("submitted",)  # ticking an item done is the work, not a change
        for change in (
            ("UPDATE plan_items SET \"on\" = '2026-12-04' WHERE id = %s", (item,)),
            ("UPDATE plan_items SET deleted = true WHERE id = %s", (item,)),
            (
                'INSERT INTO plan_items (id, plan_id, member_id, "on", kind, note, done, '
                "version, updated_at, deleted) VALUES (gen_random_uuid(), %s, %s, '2026-12-07', "
                "'visit', '', false, 1, now(), false)",
                (plan, world.member_of["A"][0]),
            ),
        ):
            with rolled_back(a):
                a.execute(*change)
                status = a.execute("SELECT status FROM service_plans WHERE id = %s", (plan,))
                check(f"A changes a submitted plan: {change[0]}", status.fetchone() != ("draft",))
    for team, manager in (("T1", None), ("T1", "A")):
        line = world.line_of[(team, manager)]
        went, count, _ = attempt(l1, "UPDATE budgets SET deleted = true WHERE id = %s", (line,))
        check(f"L1 deletes the {team} line of {manager} holding money", went and count > 0)
    for who in ATTACKERS:
        went, _, _ = attempt(users[who], "SET session_replication_role = replica")
        check(f"{who} switches the triggers off", went)
    assert_no_leaks(before)


def test_the_decision_functions_treat_a_hidden_gift_as_none(world: World, users: dict) -> None:
    """Calling the self-authorising functions on a gift one cannot see answers exactly as
    for a gift that does not exist (no oracle for ids)."""
    before = len(TALLY.leaks)
    for who, owner in (("A", "C"), ("L2", "A"), ("A", "B")):
        conn = users[who]
        gift = world.gift_of[owner]
        for call in (
            "SELECT vipcrm_close_gift(%s, 'cancelled')",
            "SELECT vipcrm_decide_gift(%s, 'approved', 'ok')",
        ):
            _, _, hidden = attempt(conn, call, (gift,))
            _, _, nothing = attempt(conn, call, (uuid.uuid4(),))
            uuids = r"[0-9a-f]{8}-[0-9a-f-]{27}"
            check(
                f"{who} tells {owner}'s gift from none: {call}",
                re.sub(uuids, "?", hidden) != re.sub(uuids, "?", nothing),
            )
    assert_no_leaks(before)


def test_a_taken_number_answers_as_not_allowed(world: World, users: dict) -> None:
    """Probe 5: adding a member with a number another team's (or colleague's) member has
    answers exactly like a row-level security refusal: nothing says whose number it is."""
    before = len(TALLY.leaks)
    phone_of = {
        owner: world.row(next(f for f in world.facts if f.id == ids[0]))["phone"]
        for owner, ids in world.member_of.items()
    }

    def add(conn: psycopg.Connection[Any], phone: str, manager: uuid.UUID | None) -> tuple:
        return attempt(
            conn,
            "INSERT INTO members (id, phone, name, name_pinyin, tier, points, monthly_spend_fen, "
            "birth_leap_month, important, status, notes, manager_id, version, updated_at, deleted) "
            "VALUES (gen_random_uuid(), %s, '新', '', 'gold', 0, 0, false, false, 'active', '', %s, "
            "1, now(), false)",
            (phone, manager),
        )

    # what a plain refusal looks like: L1 adding a member to C's book
    _, _, refusal = add(users["L1"], "13700000001", world.mid("C"))
    assert "row-level security" in refusal
    for who, owner in (
        ("A", "C"),
        ("A", "B"),
        ("A", "L2"),
        ("A", None),
        ("L1", "C"),
        ("L2", "A"),
        ("L2", "B"),
    ):
        went, _, answer = add(users[who], phone_of[owner], world.mid(who))
        check(f"{who} learns that {owner}'s member has a number", answer != refusal)
        assert not went
    # nor by giving one's own member that number
    mine = world.member_of["A"][1]
    for owner in ("C", "B", None):
        went, _, answer = attempt(
            users["A"], "UPDATE members SET phone = %s WHERE id = %s", (phone_of[owner], mine)
        )
        check(
            f"A learns that {owner}'s member has a number by changing a number", answer != refusal
        )
        assert not went
    # nor silently, as "nothing inserted"
    _, _, answer = attempt(
        users["A"],
        "INSERT INTO members (id, phone, name, name_pinyin, tier, points, monthly_spend_fen, "
        "birth_leap_month, important, status, notes, manager_id, version, updated_at, deleted) "
        "VALUES (gen_random_uuid(), %s, '新', '', 'gold', 0, 0, false, false, 'active', '', %s, "
        "1, now(), false) ON CONFLICT DO NOTHING",
        (phone_of["C"], world.mid("A")),
    )
    check("A learns of C's number through ON CONFLICT DO NOTHING", answer != refusal)
    # a number one may see answers plainly; a free number goes in
    went, _, answer = add(users["L1"], phone_of["B"], world.mid("L1"))
    assert not went and "uq_members_active_phone" in answer
    went, _, answer = add(users["A"], "13700000002", world.mid("A"))
    assert went, answer
    assert_no_leaks(before)


@pytest.mark.parametrize(
    ("text", "column"),
    [
        ("\x1b[31m王伟", "name"),
        ("王\u202e伟", "name"),
        ("王\u200b伟", "name"),
        ("王\u2066伟", "name"),
        ("王\n伟", "name"),
        ("记\x1b[2J", "notes"),
        ("记\u202e", "notes"),
        ("记\x07", "notes"),
    ],
)
def test_names_and_notes_are_clean_even_from_psql(
    world: World, users: dict, text: str, column: str
) -> None:
    """Probe 6: control characters, direction overrides, zero-width characters (in names)."""
    before = len(TALLY.leaks)
    member = world.member_of["A"][0]
    went, _, _ = attempt(
        users["A"], f"UPDATE members SET {column} = %s WHERE id = %s", (text, member)
    )
    check(f"A stores {text!r} as a member's {column}", went)
    assert_no_leaks(before)


def test_every_text_column_of_every_table_is_held_to_the_rule(world: World, users: dict) -> None:
    """Each name and note column (new ones too: a contact's source, the phone bill's notes)
    has its CHECK constraint, and an administrator writing an ESC into it is refused."""
    adm = users["ADM"]
    before = len(TALLY.leaks)
    missing = []
    for name in SYNC_TABLES:
        columns = text_columns(name)
        have = {
            r[0]
            for r in world.conn.execute(
                "SELECT conname FROM pg_constraint WHERE conrelid = %s::regclass",
                (f"public.{name}",),
            )
        }
        missing += [f"{name}.{c}" for c, _ in columns if f"vipcrm_clean_{c}" not in have]
        target = next((f for f in _facts(world, name) if may_update("ADM", f)), None)
        for column, _ in columns if target else ():
            try:
                with rolled_back(adm):
                    adm.execute(
                        f'UPDATE {name} SET "{column}" = %s WHERE id = %s', ("a\x1b[2Jb", target.id)
                    )
                    adm.execute("SET CONSTRAINTS ALL IMMEDIATE")
                    stored = adm.execute(
                        f'SELECT "{column}" FROM {name} WHERE id = %s', (target.id,)
                    ).fetchone()[0]
            except psycopg.Error:
                stored = None
            check(f"ADM stores an ESC in {name}.{column}", "\x1b" in (stored or ""))
    assert missing == []
    assert_no_leaks(before)


def test_notes_keep_their_lines_and_tabs(world: World, users: dict) -> None:
    member = world.member_of["A"][0]
    went, _, why = attempt(
        users["A"], "UPDATE members SET notes = %s WHERE id = %s", ("一行\n\t二行\r\n", member)
    )
    assert went, why
    went, _, why = attempt(
        users["A"], "UPDATE members SET notes = %s WHERE id = %s", ("\x00", member)
    )
    assert not went  # NUL: PostgreSQL text cannot hold it


# --- the rest of what a login can reach --------------------------------------------------------


@pytest.mark.parametrize("who", ATTACKERS)
def test_roles_catalogue_and_server_files(world: World, users: dict, who: str) -> None:
    conn = users[who]
    before = len(TALLY.leaks)
    for statement in (
        "SET ROLE vipcrm_owner",
        "SET ROLE vipcrm_admin" if ROLE[who] != "admin" else "SET ROLE vipcrm_lead",
        "SET SESSION AUTHORIZATION postgres",
        "ALTER TABLE members DISABLE ROW LEVEL SECURITY",
        "ALTER TABLE members NO FORCE ROW LEVEL SECURITY",
        "DROP POLICY vipcrm_manager_read ON members",
        "ALTER FUNCTION vipcrm_my_id() RESET search_path",
        "TRUNCATE members",
        "GRANT vipcrm_admin TO CURRENT_USER",
        "ALTER ROLE CURRENT_USER BYPASSRLS",
        "ALTER ROLE CURRENT_USER CREATEROLE",
        "CREATE EXTENSION IF NOT EXISTS dblink",
        "SELECT * FROM pg_authid",
        "SELECT pg_read_file('pg_hba.conf')",
        "SELECT pg_ls_dir('.')",
        "SELECT lo_import('/etc/passwd')",
        "SELECT * FROM pg_largeobject",
        "COPY members TO '/tmp/vipcrm-members.txt'",
        "COPY (SELECT 1) TO PROGRAM 'true'",
        "SELECT nextval('sync_changes_seq_seq')",
        "SELECT setval('sync_changes_seq_seq', 1)",
        "SELECT last_value FROM sync_changes_seq_seq",
        "SELECT current_setting('data_directory')",
        "CREATE PUBLICATION p FOR ALL TABLES",
        "REINDEX TABLE members",
        "COMMENT ON TABLE members IS 'x'",
    ):
        went, _, _ = attempt(conn, statement)
        check(f"{who}: {statement}", went)
    # without row-level security a query fails; it is never run unfiltered
    try:
        with conn.transaction(force_rollback=True):
            conn.execute("SET LOCAL row_security = off")
            rows = conn.execute("SELECT id FROM members").fetchall()
    except psycopg.Error:
        rows = []
    check(f"{who}: row_security = off", bool(rows))
    # COPY: in refused, out shows what SELECT shows
    try:
        with conn.transaction(force_rollback=True), conn.cursor() as cur:
            with cur.copy("COPY members (id) FROM STDIN") as copy:
                copy.write_row((uuid.uuid4(),))
        copied_in = True
    except psycopg.Error:
        copied_in = False
    check(f"{who}: COPY members FROM STDIN", copied_in)
    with conn.cursor() as cur, cur.copy("COPY members (id) TO STDOUT") as copy:
        copied = {uuid.UUID(r[0]) for r in copy.rows()}
    seen = {r[0] for r in conn.execute("SELECT id FROM members")}
    check(f"{who}: COPY TO STDOUT shows more than SELECT", copied != seen)
    # a login may take its own group role: nothing changes
    with conn.transaction(force_rollback=True):
        conn.execute(f"SET LOCAL ROLE vipcrm_{ROLE[who]}")
        as_group = {r[0] for r in conn.execute("SELECT id FROM members")}
    check(f"{who}: SET ROLE to its own group shows more", as_group != seen)
    assert_no_leaks(before)


def test_every_function_answers_only_those_it_is_for(world: World, users: dict) -> None:
    """Each function of our schema: a login may call only the granted ones; the trigger
    functions (definer or not) cannot be called at all."""
    before = len(TALLY.leaks)
    functions = world.conn.execute(
        "SELECT p.oid::regprocedure::text, p.prorettype = 'trigger'::regtype, p.prosecdef "
        "FROM pg_proc p WHERE p.pronamespace = 'public'::regnamespace"
    ).fetchall()
    granted = {f.replace(" ", "") for f in GRANTED_FUNCTIONS}
    for who in ATTACKERS:
        conn = users[who]
        for signature, is_trigger, _definer in functions:
            may = conn.execute(
                "SELECT has_function_privilege(%s::regprocedure, 'EXECUTE')", (signature,)
            ).fetchone()[0]
            meant = not is_trigger and signature.replace(" ", "") in granted
            check(f"{who} may call {signature}", may and not meant)
            if meant:
                assert may, signature
    assert len(functions) > 30
    assert_no_leaks(before)


def test_other_sessions_queries_and_statistics_stay_hidden(world: World, users: dict) -> None:
    """pg_stat_activity shows another login's query text only to that login (a query can
    hold a member's number); pg_stats shows no values of a table under row-level security."""
    before = len(TALLY.leaks)
    b = users["B"]
    b.execute("SELECT '13999999999 王秘密' AS secret")
    world.conn.execute("ANALYZE")
    for who in ATTACKERS:  # an admin's login is no superuser either
        conn = users[who]
        texts = [
            r[0]
            for r in conn.execute(
                "SELECT query FROM pg_stat_activity WHERE usename = %s", (world.c.logins["B"],)
            )
        ]
        check(f"{who} reads B's query text", any("13999999999" in (t or "") for t in texts))
        stats = conn.execute(
            "SELECT count(*) FROM pg_stats WHERE schemaname = 'public' AND tablename = ANY(%s)",
            (list(SYNC_TABLES),),
        ).fetchone()[0]
        check(f"{who} reads the statistics of a table under row-level security", stats > 0)
    for who in ("A", "L2"):
        went, _, _ = attempt(
            users[who],
            "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE usename = %s",
            (world.c.logins["B"],),
        )
        alive = b.execute("SELECT 1").fetchone()[0] == 1
        check(f"{who} ends B's session", went or not alive)
    assert_no_leaks(before)


def test_every_function_has_a_fixed_search_path_and_names_its_objects(world: World) -> None:
    """Each function of our schema runs with search_path pg_catalog, the schema, pg_temp
    last, whatever the caller set; its body names our tables with their schema."""
    rows = world.conn.execute(
        "SELECT p.oid::regprocedure::text, p.proconfig, p.prosrc FROM pg_proc p "
        "WHERE p.pronamespace = 'public'::regnamespace ORDER BY 1"
    ).fetchall()
    assert len(rows) > 30
    tables = "|".join(sorted({*SYNC_TABLES, *CENTRAL_TABLES}, key=len, reverse=True))
    unqualified = re.compile(
        rf"\b(?:FROM|JOIN|UPDATE|INTO|TABLE)\s+(?!public\.)(?:{tables})\b", re.IGNORECASE
    )
    problems = []
    for signature, config, source in rows:
        paths = [c for c in config or [] if c.startswith("search_path=")]
        if paths != ["search_path=pg_catalog, public, pg_temp"]:
            problems.append(f"{signature}: {paths or 'no search_path'}")
        found = unqualified.search(source)
        if found:
            problems.append(f"{signature}: unqualified '{found.group(0)}'")
    assert problems == []
    public_may = world.conn.execute(
        "SELECT has_database_privilege('public', current_database(), 'TEMPORARY'), "
        "has_database_privilege('public', current_database(), 'CREATE'), "
        "has_schema_privilege('public', 'public', 'CREATE')"
    ).fetchone()
    assert public_may == (False, False, False)


def test_the_planners_estimates_tell_nothing_of_hidden_rows(world: World, users: dict) -> None:
    """EXPLAIN shows estimates made from column statistics, even for rows row-level
    security hides: with them a manager could binary-search other teams' numbers (the
    histogram of members.phone) or count a colleague's book. The columns keep none."""
    before = len(TALLY.leaks)
    world.conn.execute("ANALYZE")
    phones = sorted(world.row(f)["phone"] for f in world.facts if f.table == "members")
    probes = {
        "members.phone": [
            f"phone < '{p}'" for p in (phones[1], phones[len(phones) // 2], phones[-1])
        ],
        "members.status": ["status = 'active'", "status = 'left'"],
        "members.tier": ["tier = 'diamond'", "tier = 'silver'"],
        "members.manager_id": [
            f"manager_id = '{world.mid('C')}'",
            f"manager_id = '{uuid.uuid4()}'",
        ],
        "members.name": ["name < '会员3'", "name < '会员9'"],
    }
    for who in ATTACKERS:
        conn = users[who]
        for column, conditions in probes.items():
            estimates = {
                conn.execute(
                    f"EXPLAIN (FORMAT JSON) SELECT * FROM {column.split('.')[0]} WHERE {c}"
                ).fetchone()[0][0]["Plan"]["Plan Rows"]
                for c in conditions
            }
            check(f"{who} reads the distribution of {column} from EXPLAIN", len(estimates) > 1)
        kept = conn.execute(
            "SELECT count(*) FROM pg_stats WHERE schemaname = 'public' "
            "AND tablename = 'members' AND attname <> 'id'"
        ).fetchone()[0]
        check(f"{who} reads members' statistics", kept > 0)
    assert_no_leaks(before)
