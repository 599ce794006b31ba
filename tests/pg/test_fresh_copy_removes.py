"""A fresh copy leaves the laptop holding what its user may see centrally, nothing more.

A laptop whose cursor fell below the log horizon never hears of the removals that were
pruned (a member reassigned to another team, a row deleted centrally); its fresh copy
must take those rows off, without losing the laptop's own unsent changes and without
writing anything to the outbox.
"""

from __future__ import annotations

from datetime import date

import pytest

from vipcrm.domain.values import Tier
from vipcrm.services.members import NewMember, add_member
from vipcrm.services.profile import ProfileEdit, update_profile
from vipcrm.sync.admin import prune_changes
from vipcrm.sync.link import connect_laptop
from vipcrm.sync.pg import PgCentral
from vipcrm.sync.tables import SYNC_TABLES

TODAY = date(2026, 11, 20)


def _prune(org) -> None:
    """Every entry logged so far goes: a laptop synced before now makes a fresh copy."""
    org.sql("UPDATE members SET notes = '旧' WHERE id = %s", (org.ids["c1"],))  # the horizon
    org.sql("UPDATE sync_changes SET logged_at = logged_at - interval '100 days'")
    org.add_contact(org.ids["c1"])  # a later transaction, so all of the above is old
    assert prune_changes(org.admin_dsn).pruned


def _same_rows(one, other) -> None:
    for table in SYNC_TABLES:
        assert one.rows(table) == other.rows(table), table


def _reassign(org, member, code: str) -> None:
    org.sql("UPDATE members SET manager_id = %s WHERE id = %s", (org.manager_id(code), member))


def _add_here(laptop, phone: str, name: str):
    with laptop.work() as (s, actor):
        member, _ = add_member(s, actor, NewMember(phone=phone, name=name, tier=Tier.GOLD), TODAY)
        return member.id


def _members(laptop) -> set[str]:
    return set(laptop.rows("members"))


@pytest.fixture
def book(org):
    org.ids = {f"a{i}": org.add_member(f"1380000000{i}", "A", name=f"会员{i}") for i in range(1, 6)}
    org.ids["c1"] = org.add_member("13800000009", "C", name="赵敏")
    org.add_contact(org.ids["a1"])
    return org


def test_a_stale_laptop_drops_what_was_reassigned_or_deleted_and_keeps_its_new_member(
    book, laptops
):
    stale = laptops("A")
    stale.sync()
    ids = book.ids
    assert {ids[f"a{i}"].hex for i in range(1, 6)} == _members(stale)
    assert stale.count("contact_attempts") == 1
    with stale.work() as (s, actor):  # an audit entry A wrote about a1: A still sees it
        update_profile(s, actor, ids["a1"], ProfileEdit(name="张伟", notes="常客"))
    stale.sync()
    written = stale.count("audit_log", f"member_id = '{ids['a1'].hex}'")
    assert written >= 1
    mine = _add_here(stale, "13900000001", "新客")  # offline, not pushed yet
    # while the laptop is away: a1 goes to another team, a2 is deleted centrally
    _reassign(book, ids["a1"], "C")
    book.sql("DELETE FROM members WHERE id = %s", (ids["a2"],))
    _prune(book)
    outbox, waiting = stale.count("outbox"), stale.pending()

    report = stale.sync()

    assert report.initial and report.pushed == waiting >= 1
    assert report.removed >= 3  # a1 with its contact, a2
    assert _members(stale) == {ids[f"a{i}"].hex for i in (3, 4, 5)} | {mine.hex}
    assert stale.count("contact_attempts") == 0
    assert stale.count("audit_log", f"member_id = '{ids['a1'].hex}'") == written
    assert stale.pending() == 0 and stale.count("outbox") == outbox  # nothing new queued
    assert book.one("SELECT manager_id FROM members WHERE id = %s", (mine,)) == book.manager_id("A")
    newcomer = laptops("A")
    newcomer.sync()
    _same_rows(stale, newcomer)
    # and it carries on incrementally from there
    _reassign(book, ids["a3"], "B")
    assert not stale.sync().initial
    assert ids["a3"].hex not in _members(stale)  # a manager sees their own book only


def test_members_added_here_during_the_copy_survive_it_and_go_up(book, laptops, monkeypatch):
    stale = laptops("A")
    stale.sync()
    _reassign(book, book.ids["a1"], "C")
    _prune(book)
    real = PgCentral.snapshot
    added: dict[str, object] = {}

    def meanwhile(self, table, after, limit):
        if table == "service_plans" and "kept" not in added:  # the page after the members'
            added["kept"] = added["late"].hex in _members(stale)
        rows = real(self, table, after, limit)
        # the user keeps working while the copy runs: once before the members' page is
        # fetched (pushed first, so the page has it), once after it (not pushed yet when
        # that page is applied; it goes up before the next page)
        if table == "audit_log" and "early" not in added:
            added["early"] = _add_here(stale, "13900000001", "早客")
        if table == "members" and "late" not in added:
            added["late"] = _add_here(stale, "13900000002", "晚客")
        return rows

    monkeypatch.setattr(PgCentral, "snapshot", meanwhile)
    report = stale.sync()
    monkeypatch.setattr(PgCentral, "snapshot", real)

    early, late = added["early"], added["late"]
    assert added["kept"]  # the members' page did not take the unsent member away
    assert report.initial and report.pushed >= 2 and stale.pending() == 0
    assert {early.hex, late.hex} <= _members(stale)
    assert book.ids["a1"].hex not in _members(stale)
    for member in (early, late):
        assert book.one("SELECT count(*) FROM members WHERE id = %s", (member,)) == 1
    newcomer = laptops("A")
    newcomer.sync()
    _same_rows(stale, newcomer)


def test_a_fresh_copy_cut_off_and_resumed_ends_equal_too(book, laptops, monkeypatch):
    stale = laptops("A")
    stale.sync()
    ids = book.ids
    for key in ("a1", "a4"):
        _reassign(book, ids[key], "C")
    book.sql("DELETE FROM members WHERE id = %s", (ids["a2"],))
    _prune(book)
    real = PgCentral.snapshot
    calls: list = []

    def cut_off(self, table, after, limit):
        if table == "members":
            calls.append(after)
            if len(calls) == 3:
                raise ConnectionError("the laptop went offline")
        return real(self, table, after, limit)

    monkeypatch.setattr(PgCentral, "snapshot", cut_off)
    with pytest.raises(ConnectionError):
        stale.sync(snapshot_page=1)
    assert stale.count("sync_state", "key = 'snapshot'") == 1  # the copy's progress
    calls.clear()
    report = stale.sync(snapshot_page=1)
    monkeypatch.setattr(PgCentral, "snapshot", real)

    assert report.initial and calls and calls[0] is not None  # resumed, not begun again
    assert _members(stale) == {ids[k].hex for k in ("a3", "a5")}
    assert stale.count("contact_attempts") == 0
    newcomer = laptops("A")
    newcomer.sync()
    _same_rows(stale, newcomer)


def test_a_laptop_connected_to_another_login_keeps_only_what_that_login_sees(book, laptops):
    laptop = laptops("A")
    laptop.sync()
    assert len(_members(laptop)) == 5
    connect_laptop(laptop.db, book.dsn("C"), "C", book.passwords["C"])
    laptop.code = "C"

    report = laptop.sync()

    assert report.initial and report.removed >= 6  # A's five members and a contact
    assert _members(laptop) == {book.ids["c1"].hex}
    other = laptops("C")
    other.sync()
    _same_rows(laptop, other)
