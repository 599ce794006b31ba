"""Row-level security with plain SQL: a manager sees only their book, even with psql."""

from __future__ import annotations

import psycopg
import pytest

from vipcrm.cli import main
from vipcrm.sync.central_schema import SCOPES, missing_scopes
from vipcrm.sync.tables import OWNED_CHILDREN, SYNC_TABLES

MEMBER_TABLES = (
    "members",
    "tier_history",
    "member_notes",
    "contact_attempts",
    "benefit_uses",
    "cards",
    "card_steps",
    "gifts",
    "budgets",
    "budget_adjustments",
    "service_plans",
    "plan_items",
)


@pytest.fixture
def book(org):
    """Members: a1, a2 (A), b1 (B), c1 (C, other team), u1 (unassigned); one call each."""
    ids = {
        "a1": org.add_member("13800000001", "A"),
        "a2": org.add_member("13800000002", "A"),
        "b1": org.add_member("13800000003", "B"),
        "c1": org.add_member("13800000004", "C"),
        "u1": org.add_member("13800000005", None),
    }
    for member_id in ids.values():
        org.add_contact(member_id)
    org.ids = ids
    return org


def _phones(conn, table="members"):
    return sorted(r[0] for r in conn.execute(f"SELECT phone FROM {table}"))


def test_every_synchronised_table_has_a_declared_scope():
    assert missing_scopes() == []
    assert set(MEMBER_TABLES) <= set(SCOPES)
    assert {c for children in OWNED_CHILDREN.values() for c, _ in children} <= set(SCOPES)


def test_every_member_table_has_row_level_security_enabled_and_forced(central):
    rows = central.sql(
        "SELECT relname, relrowsecurity, relforcerowsecurity FROM pg_class "
        "WHERE relname = ANY(%s) AND relkind = 'r'",
        (list(SYNC_TABLES),),
    )
    flags = {name: (enabled, forced) for name, enabled, forced in rows}
    assert set(flags) == set(SYNC_TABLES)
    for table in MEMBER_TABLES:
        assert flags[table] == (True, True), table
    assert all(flags[t] == (True, True) for t in SYNC_TABLES)


def test_login_roles_own_nothing_and_never_bypass_rls(org):
    logins = list(org.logins.values())
    rows = org.sql(
        "SELECT rolname, rolbypassrls, rolsuper, rolcreaterole, rolcreatedb FROM pg_roles "
        "WHERE rolname = ANY(%s)",
        (logins,),
    )
    assert len(rows) == len(logins)
    assert all(not any(flags) for _, *flags in rows)
    owners = {
        r[0]
        for r in org.sql("SELECT DISTINCT tableowner FROM pg_tables WHERE schemaname = 'public'")
    }
    assert owners == {"vipcrm_owner"}
    assert org.one("SELECT rolcanlogin FROM pg_roles WHERE rolname = 'vipcrm_owner'") is False


def test_a_manager_reads_only_their_members_and_their_rows(book):
    with book.connect_as("A") as a:
        assert _phones(a) == ["13800000001", "13800000002"]
        seen = {r[0] for r in a.execute("SELECT member_id FROM contact_attempts")}
        assert seen == {book.ids["a1"], book.ids["a2"]}
        # the directory is visible (names and teams, no member data)
        assert {r[0] for r in a.execute("SELECT code FROM managers")} >= {"A", "B", "C"}


def test_a_manager_cannot_change_or_add_to_another_managers_book(book):
    with book.connect_as("A") as a:
        cur = a.execute("UPDATE members SET name = 'hacked' WHERE id = %s", (book.ids["b1"],))
        assert cur.rowcount == 0
        cur = a.execute("UPDATE members SET name = 'hacked' WHERE true")
        assert cur.rowcount == 2  # only A's own two
        with pytest.raises(psycopg.Error):
            a.execute(
                "INSERT INTO members (id, phone, name, name_pinyin, tier, points, monthly_spend_fen, "
                "birth_leap_month, important, status, notes, manager_id, version, updated_at, deleted) "
                "VALUES (gen_random_uuid(), '13900000009', 'x', '', 'gold', 0, 0, false, false, "
                "'active', '', %s, 1, now(), false)",
                (book.manager_id("B"),),
            )
        with pytest.raises(psycopg.Error):
            a.execute(
                "INSERT INTO contact_attempts (id, member_id, at, channel, outcome, group_sms, note, "
                "version, updated_at, deleted) VALUES (gen_random_uuid(), %s, now(), 'phone', "
                "'reached', false, '', 1, now(), false)",
                (book.ids["b1"],),
            )
        with pytest.raises(psycopg.Error):
            a.execute("DELETE FROM members")
    assert book.one("SELECT name FROM members WHERE id = %s", (book.ids["b1"],)) == "会员"


def test_a_manager_cannot_reassign_a_member_or_change_its_tier(book):
    with book.connect_as("A") as a:
        with pytest.raises(psycopg.errors.InsufficientPrivilege, match="lead or an administrator"):
            a.execute(
                "UPDATE members SET manager_id = %s WHERE id = %s",
                (book.manager_id("B"), book.ids["a1"]),
            )
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            a.execute("UPDATE members SET tier = 'diamond' WHERE id = %s", (book.ids["a1"],))


def test_a_manager_cannot_escape_through_roles_or_internals(book):
    with book.connect_as("A") as a:
        for statement in (
            "SET ROLE vipcrm_owner",
            "SET ROLE vipcrm_admin",
            "SELECT * FROM central_logins",
            "SELECT vipcrm_budget_line(gen_random_uuid(), current_date)",
            "INSERT INTO sync_changes (table_name, row_id, op) VALUES ('members', gen_random_uuid(), 'x')",
            "ALTER TABLE members DISABLE ROW LEVEL SECURITY",
        ):
            with pytest.raises(psycopg.Error):
                a.execute(statement)
    team = book.one("SELECT id FROM teams WHERE code = 'T1'")
    book.sql(
        "INSERT INTO budgets (id, team_id, manager_id, period, allocated_fen, committed_fen, "
        "spent_fen, version, updated_at, deleted) VALUES (gen_random_uuid(), %s, %s, '2026-12', "
        "10000, 0, 0, 1, now(), false)",
        (team, book.manager_id("A")),
    )
    with book.connect_as("A") as a:
        assert a.execute("SELECT count(*) FROM budgets").fetchone()[0] == 1  # their own line
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            a.execute("UPDATE budgets SET allocated_fen = 10000000")
    with book.connect_as("L1") as lead, pytest.raises(psycopg.Error, match="kept by the server"):
        lead.execute("UPDATE budgets SET committed_fen = 0, spent_fen = 5")


def test_a_lead_sees_the_team_and_unassigned_members_and_nothing_else(book):
    with book.connect_as("L1") as lead:
        assert _phones(lead) == ["13800000001", "13800000002", "13800000003", "13800000005"]
        assert lead.execute("SELECT count(*) FROM contact_attempts").fetchone()[0] == 4
    with book.connect_as("L2") as lead:
        assert _phones(lead) == ["13800000004", "13800000005"]


def test_a_lead_assigns_within_the_team_only(book):
    with book.connect_as("L1") as lead:
        lead.execute(
            "UPDATE members SET manager_id = %s WHERE id = %s",
            (book.manager_id("B"), book.ids["a1"]),
        )
        lead.execute(
            "UPDATE members SET manager_id = %s WHERE id = %s",
            (book.manager_id("A"), book.ids["u1"]),
        )
        with pytest.raises(psycopg.errors.InsufficientPrivilege, match="own team"):
            lead.execute(
                "UPDATE members SET manager_id = %s WHERE id = %s",
                (book.manager_id("C"), book.ids["b1"]),
            )
    with book.connect_as("A") as a:
        assert _phones(a) == ["13800000002", "13800000005"]


def test_an_admin_sees_and_assigns_across_teams(book):
    with book.connect_as("ADM") as adm:
        assert len(_phones(adm)) == 5
        adm.execute(
            "UPDATE members SET manager_id = %s WHERE id = %s",
            (book.manager_id("C"), book.ids["a1"]),
        )
    with book.connect_as("C") as c:
        assert _phones(c) == ["13800000001", "13800000004"]


def test_changes_are_stamped_by_the_server_not_the_laptop(book):
    with book.connect_as("A") as a:
        a.execute(
            "UPDATE members SET name = '新名', version = 99, updated_at = '2001-01-01' WHERE id = %s",
            (book.ids["a1"],),
        )
    version, year = book.sql(
        "SELECT version, extract(year FROM updated_at) FROM members WHERE id = %s",
        (book.ids["a1"],),
    )[0]
    assert version == 2 and year >= 2025


def test_central_commands_set_up_and_report(central, capsys):
    dsn = central.admin_dsn
    assert main(["central", "init", "--dsn", dsn]) == 0
    assert "forced row-level security" in capsys.readouterr().out
    assert main(["central", "team", "add", "--dsn", dsn, "--code", "T9", "--name", "九组"]) == 0
    login = f"m9_{central.dbname}"
    args = ["central", "user", "add", "--dsn", dsn, "--code", "M9", "--name", "王九"]
    assert main([*args, "--role", "manager", "--team", "T9", "--login", login]) == 0
    out = capsys.readouterr().out
    assert "one-time password" in out
    password = out.split("is not stored): ")[1].split()[0]
    with psycopg.connect(
        central.cluster.dsn(central.dbname, user=login), password=password
    ) as conn:
        assert conn.execute("SELECT code, role FROM vipcrm_me()").fetchone() == ("M9", "manager")
    # the same code twice is refused, plainly
    assert main([*args, "--role", "manager", "--team", "T9", "--login", login + "x"]) == 2
    assert "already exists" in capsys.readouterr().err
    assert main(["central", "status", "--dsn", dsn]) == 0
    out = capsys.readouterr().out
    assert "1 teams, 1 users (1 logins)" in out and "no login owns or bypasses" in out


def test_user_add_reads_the_password_from_stdin(central, capsys, monkeypatch):
    import io

    central.add_team("T1")
    login = f"s1_{central.dbname}"
    monkeypatch.setattr("sys.stdin", io.StringIO("correct horse battery\n"))
    code = main(
        ["central", "user", "add", "--dsn", central.admin_dsn, "--code", "S1", "--name", "甲",
         "--role", "lead", "--team", "T1", "--login", login, "--password-stdin"]
    )  # fmt: skip
    assert code == 0
    assert "one-time password" not in capsys.readouterr().out
    dsn = central.cluster.dsn(central.dbname, user=login)
    with psycopg.connect(dsn, password="correct horse battery") as conn:
        assert conn.execute("SELECT role FROM vipcrm_me()").fetchone() == ("lead",)
    assert central.one("SELECT c.code FROM teams c JOIN managers m ON m.id = c.lead_id") == "T1"


def test_the_central_store_records_who_really_wrote_an_audit_entry(book):
    with book.connect_as("A") as a:
        a.execute(
            "INSERT INTO audit_log (id, at, actor_code, device, table_name, row_id, member_id, op, "
            "changes, version, updated_at, deleted) VALUES (gen_random_uuid(), now(), 'L1', 'pc', "
            "'members', %s, %s, 'update', '{}', 1, now(), false)",
            (book.ids["a1"], book.ids["a1"]),
        )
        with pytest.raises(psycopg.errors.InsufficientPrivilege):  # and a trigger behind it
            a.execute("UPDATE audit_log SET actor_code = 'L1'")
    assert book.one("SELECT actor_code FROM audit_log") == "A"
    with book.connect_as("C") as c:
        assert c.execute("SELECT count(*) FROM audit_log").fetchone()[0] == 0


def test_init_drops_statistics_gathered_before_the_columns_kept_none(book):
    from vipcrm.sync import admin

    book.sql("ALTER TABLE members ALTER COLUMN phone SET STATISTICS -1")  # as before schema 3
    book.sql("ANALYZE members")
    stored = "SELECT count(*) FROM pg_stats WHERE tablename = 'members' AND attname = 'phone'"
    assert book.one(stored) == 1
    admin.init_central(book.admin_dsn)
    book.sql("ANALYZE members")
    assert book.one(stored) == 0
