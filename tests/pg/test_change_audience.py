"""Each login sees the changes to rows it may see — and what a pull needs still arrives.

The change log's entries carry their audience (who could see the row before and after the
change); a reassignment reaches the old owner (whose laptop removes the member) and the new
one (whose laptop fetches it), nobody else. A change written to a member's row while the
member was being reassigned still reaches the new owner (the entry's parent is visible to
them now). A pull that found nothing more moves its cursor past the others' entries.
"""

from __future__ import annotations

from contextlib import closing

from vipcrm.services.profile import ProfileEdit, load_profile, update_profile
from vipcrm.sync import admin
from vipcrm.sync.pg import PgCentral


def _entries(org, code: str, row_id) -> list[str]:
    with org.connect_as(code) as conn:
        return [
            r[0]
            for r in conn.execute(
                "SELECT op FROM sync_changes WHERE row_id = %s ORDER BY seq", (row_id,)
            )
        ]


def test_a_reassignment_reaches_the_old_and_the_new_owner_and_nobody_else(org):
    member = org.add_member("13800000001", "A")
    with org.connect_as("L1") as lead:
        lead.execute(
            "UPDATE members SET manager_id = %s WHERE id = %s", (org.manager_id("B"), member)
        )
    for code in ("A", "B", "L1", "ADM"):
        assert _entries(org, code, member)[-1] == "update", code
    for code in ("C", "L2"):
        assert _entries(org, code, member) == [], code


def test_a_change_written_during_a_reassignment_reaches_the_new_owner(org):
    member = org.add_member("13800000001", "A")
    contact = org.add_contact(member, "A")  # logged for A (and the lead of T1)
    assert _entries(org, "B", contact) == []
    org.sql("UPDATE members SET manager_id = %s WHERE id = %s", (org.manager_id("B"), member))
    assert _entries(org, "B", contact) == ["insert"]  # the member is B's now
    assert _entries(org, "A", contact) == ["insert"]  # A could see it when it was written
    assert _entries(org, "C", contact) == []


def test_a_pull_moves_past_the_entries_of_others(org):
    org.add_member("13800000001", "A")
    with closing(PgCentral(org.dsn("A"), org.passwords["A"])) as a:
        start = a.begin_snapshot()
        for i in range(5):  # C's team works; A sees none of it
            org.add_contact(org.add_member(f"1380000010{i}", "C"), "C")
        page = a.pull(start, 100)
        assert page.changes == 0 and not page.rows
        end = org.one("SELECT max(xid)::text FROM sync_changes")
        assert page.cursor > start and page.cursor.xid == int(end)
        again = a.pull(page.cursor, 100)
        assert again.changes == 0 and again.cursor == page.cursor


def test_entries_logged_before_the_upgrade_get_their_audience(org):
    mine = org.add_member("13800000001", "A")
    theirs = org.add_member("13800000002", "C")
    org.sql(
        "UPDATE sync_changes SET audience = '{}', parent = NULL"
    )  # as central schema 3 left them
    assert _entries(org, "A", mine) == []
    admin.init_central(org.admin_dsn)
    assert _entries(org, "A", mine) == ["insert"]
    assert _entries(org, "A", theirs) == []
    assert _entries(org, "L2", theirs) == ["insert"]


def test_the_laptop_gets_the_servers_stamps_on_its_audit_entries(org, laptops):
    member = org.add_member("13800000001", "A")
    a = laptops("A")
    a.sync()
    with a.work() as (s, actor):
        profile = load_profile(s, actor, member)
        update_profile(
            s,
            actor,
            member,
            ProfileEdit(
                name="张伟",
                landline=profile.landline,
                address="新地址",
                important=profile.important,
                notes=profile.notes,
            ),
        )
    a.sync()
    login = org.logins["A"]
    assert a.count("audit_log") >= 1
    assert a.count("audit_log", f"received_from LIKE '{login}@%'") == a.count("audit_log")
    assert a.count("audit_log", "received_at IS NULL") == 0
    assert org.one("SELECT count(*) FROM audit_log WHERE received_at IS NULL") == 0
