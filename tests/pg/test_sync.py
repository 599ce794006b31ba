"""Push and pull between laptops (SQLite) and one central PostgreSQL."""

from __future__ import annotations

import psycopg
import pytest

from vipcrm.domain.values import Channel, Outcome
from vipcrm.services.contacts import log_contact
from vipcrm.services.profile import ProfileEdit, load_profile, update_profile
from vipcrm.store.models import Member
from vipcrm.sync.tables import DIRECTORY_TABLES, SYNC_TABLES


@pytest.fixture
def book(org):
    org.ids = {
        "a1": org.add_member("13800000001", "A", name="张伟"),
        "a2": org.add_member("13800000002", "A", name="李娜"),
        "b1": org.add_member("13800000003", "B", name="王芳"),
        "c1": org.add_member("13800000004", "C", name="赵敏"),
    }
    for key in ("a1", "b1", "c1"):
        org.add_contact(org.ids[key])
    return org


def _edit(laptop, phone, **fields):
    with laptop.work() as (s, actor):
        member = s.query(Member).filter_by(phone=phone).one()
        profile = load_profile(s, actor, member.id)
        edit = {
            "name": profile.name,
            "landline": profile.landline,
            "address": profile.address,
            "important": profile.important,
            "notes": profile.notes,
        }
        edit.update(fields)
        update_profile(s, actor, member.id, ProfileEdit(**edit))


def _call(laptop, phone, outcome=Outcome.REACHED):
    with laptop.work() as (s, actor):
        log_contact(s, actor, member_ref=phone, channel=Channel.PHONE, outcome=outcome)


def test_the_first_sync_copies_the_users_book_and_the_directory(book, laptops):
    a = laptops("A")
    report = a.sync()
    assert report.initial and report.pulled > 0
    with a.db.reading() as s:
        assert sorted(m.phone for m in s.query(Member)) == ["13800000001", "13800000002"]
    assert a.count("contact_attempts") == 1
    assert a.count("managers") == 6 and a.count("teams") == 2
    # nothing to do the second time
    again = a.sync()
    assert not again.initial and again.pushed == 0 and again.pulled == 0


def test_two_laptops_work_offline_and_end_identical_where_they_share_data(book, laptops):
    a, lead = laptops("A"), laptops("L1")
    a.sync()
    lead.sync()
    # offline on both
    _call(a, "13800000001")
    _call(a, "13800000002", Outcome.NO_ANSWER)
    _edit(a, "13800000002", address="北京市朝阳区1号")
    _call(lead, "13800000003")
    _edit(lead, "13800000001", notes="喜欢早上联系")
    assert a.pending() == 3 and lead.pending() == 2
    a.sync()
    lead.sync()
    a.sync()
    assert a.pending() == lead.pending() == 0
    shared = [t for t in SYNC_TABLES if t not in DIRECTORY_TABLES]
    for table in shared:
        mine, theirs = a.rows(table), lead.rows(table)
        for row_id, row in mine.items():
            assert theirs.get(row_id) == row, (table, row_id)
    assert a.count("contact_attempts") == 3  # a1 twice, a2 once
    assert lead.count("contact_attempts") == 5  # and b1 twice
    assert book.one("SELECT count(*) FROM contact_attempts") == 6
    assert book.one("SELECT notes FROM members WHERE phone = '13800000001'") == "喜欢早上联系"
    assert book.one("SELECT address FROM members WHERE phone = '13800000002'") == "北京市朝阳区1号"
    for table in DIRECTORY_TABLES:  # the directory and the rules: the same everywhere
        assert a.rows(table) == lead.rows(table), table


def test_offline_sync_says_so_and_keeps_the_outbox(book, laptops, capsys, tmp_path):
    from vipcrm.cli import main
    from vipcrm.store.models import LocalSetting
    from vipcrm.sync.throwaway import free_port

    a = laptops("A")
    a.sync()
    _call(a, "13800000001")
    with a.db.transaction() as s:
        setting = s.get(LocalSetting, "central.dsn")
        setting.value = setting.value.replace(f"port={book.cluster.port}", f"port={free_port()}")
    from vipcrm import keyring_store
    from vipcrm.sync.link import load_link

    # the same login, a new port
    keyring_store.set_password(load_link(a.db).keyring_key, book.passwords["A"])
    assert main(["--db", str(a.path), "sync"]) == 3
    err = capsys.readouterr().err
    assert "offline" in err and "1 change(s) wait in the outbox" in err
    assert a.pending() == 1
    assert main(["--db", str(a.path), "sync", "status"]) == 0
    out = capsys.readouterr().out
    assert "waiting in the outbox: 1" in out and "cannot be reached" in out


def test_a_transaction_that_commits_late_is_still_pulled(book, laptops):
    a = laptops("A")
    a.sync()
    early = psycopg.connect(book.admin_dsn)  # takes the lower transaction id, commits last
    early.execute("UPDATE members SET notes = 'early' WHERE phone = '13800000001'")
    book.sql("UPDATE members SET notes = 'late' WHERE phone = '13800000002'")
    a.sync()
    notes = {r[1]: r for r in a.rows("members").values()}
    assert book.one("SELECT notes FROM members WHERE phone = '13800000002'") == "late"
    early.commit()
    early.close()
    a.sync()
    with a.db.reading() as s:
        got = {m.phone: m.notes for m in s.query(Member)}
    assert got == {"13800000001": "early", "13800000002": "late"}
    assert notes  # the first pull waited for the early transaction


def test_reassignment_removes_the_member_from_the_old_managers_laptop(book, laptops):
    a, b, lead = laptops("A"), laptops("B"), laptops("L1")
    for laptop in (a, b, lead):
        laptop.sync()
    assert a.count("members") == 2 and b.count("members") == 1
    _edit(a, "13800000001", address="旧地址")  # leaves an audit entry with the address
    a.sync()
    _edit(lead, "13800000001", notes="组长写的")  # the lead's entry about A's member
    lead.sync()
    a.sync()
    a1 = book.ids["a1"].hex
    assert a.count("audit_log", f"member_id = '{a1}'") == 2
    with lead.work() as (s, _):
        s.query(Member).filter_by(phone="13800000001").one().manager_id = book.manager_id("B")
    lead.sync()
    a.sync()
    b.sync()
    assert a.count("members") == 1 and a.count("contact_attempts") == 0
    # the lead's entry left (append-only, yet it left); A's own stays: A may still read
    # what A wrote (row-level security on the audit trail), so the laptop keeps it
    assert a.count("audit_log", f"member_id = '{a1}'") == 1
    assert a.count("audit_log", f"member_id = '{a1}' AND actor_code = 'A'") == 1
    assert b.count("members") == 2 and b.count("contact_attempts") == 2
    assert b.count("audit_log", f"member_id = '{a1}'") == 3  # A's edit, L1's edit and move


def test_a_team_change_revokes_rows_from_the_old_lead_and_gives_them_to_the_new(book, laptops):
    l1, l2 = laptops("L1"), laptops("L2")
    l1.sync()
    l2.sync()
    assert l1.count("members") == 3 and l2.count("members") == 1
    with book.connect_as("ADM") as adm:
        adm.execute(
            "UPDATE managers SET team_id = (SELECT id FROM teams WHERE code = 'T2') WHERE code = 'B'"
        )
    l1.sync()
    l2.sync()
    assert l1.count("members") == 2 and l2.count("members") == 2
    assert l2.count("contact_attempts") == 2  # b1's call came with it
