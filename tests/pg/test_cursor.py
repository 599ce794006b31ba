"""The pull cursor across a 10^k transaction-id boundary, driven step by step (no timing luck).

Transaction ids are driven to just below a power of ten (a burst of subtransactions, then
single autocommit ``SELECT pg_current_xact_id()`` calls), so the changes under test get ids
on both sides of it: ``9999 < 10000`` as numbers, ``'10000' < '9999'`` as text. A pull that
ordered its page by the text of the id (the bug behind issue 16's two silent gaps) takes
the wrong entries into a limited page and moves its cursor past the ones it left out.
"""

from __future__ import annotations

import psycopg
import pytest

from vipcrm.domain.values import Channel, Outcome
from vipcrm.services.contacts import log_contact
from vipcrm.store.models import Member
from vipcrm.sync.pg import PgCentral
from vipcrm.sync.protocol import Cursor


def _as(org, code: str) -> PgCentral:
    return PgCentral(org.dsn(code), org.passwords[code])


def _cursor(laptop) -> Cursor:
    with laptop.db.engine.connect() as conn:
        from vipcrm.sync.replica import get_cursor

        return get_cursor(conn)


def test_a_page_holds_the_lowest_ids_across_a_power_of_ten(org, laptops, writer):
    member = org.add_member("13800000001", "A")
    lead = laptops("L1")
    lead.sync()
    boundary = writer.burn_to_boundary(before=2)
    # 10^k-2, 10^k-1, then two entries of one transaction at 10^k: by the text of the id
    # a page of two would be 10^k's pair, and the cursor would pass the other two
    xids = [
        writer.note(member, "第一条"),
        writer.note(member, "第二条"),
        writer.note(member, "其余", 2),
    ]
    assert xids[0] < boundary <= xids[-1]  # both sides of 10^k (exactly 10^k-2 .. 10^k alone)

    central = _as(org, "L1")
    try:
        page = central.pull(_cursor(lead), 2)
    finally:
        central.close()
    assert page.more and page.cursor.xid == xids[1]  # the two numerically lowest entries
    assert page.changes == 2

    report = lead.sync(page=2)
    assert report.pages >= 2
    assert len(lead.rows("member_notes")) == 4, "a note left out of a page was skipped for ever"
    assert _cursor(lead).xid == xids[-1]


def test_a_member_reassigned_just_below_a_power_of_ten_arrives_with_what_it_owns(
    org, laptops, writer
):
    s = org.add_member("13800000001", "A", name="孙丽")
    other = org.add_member("13800000002", "B", name="周强")
    a = laptops("A")
    a.sync()
    with a.work() as (session, actor):  # an older contact and its audit row, from A's laptop
        log_contact(
            session, actor, member_ref="13800000001", channel=Channel.PHONE,
            outcome=Outcome.REACHED,
        )  # fmt: skip
    a.sync()
    b = laptops("B")
    b.sync()
    assert b.count("members") == 1

    boundary = writer.burn_to_boundary(before=1)
    lead = org.connect_as("L1")
    try:
        with lead.transaction():
            lead.execute(
                "UPDATE members SET manager_id = %s WHERE id = %s", (org.manager_id("B"), s)
            )
            reassigned = int(lead.execute("SELECT pg_current_xact_id()::text").fetchone()[0])
    finally:
        lead.close()
    seen = writer.note(other, "B 能看到的")
    assert reassigned < boundary <= seen

    b.sync(page=1)
    with b.db.reading() as session:
        assert {m.phone for m in session.query(Member)} == {"13800000001", "13800000002"}
    assert b.count("contact_attempts", f"member_id = '{s.hex}'") == 1
    assert b.count("audit_log", f"member_id = '{s.hex}'") >= 1
    assert b.count("member_notes") == 1


@pytest.mark.parametrize("ending", ["commit", "terminate"])
def test_a_pull_never_passes_a_transaction_still_open(org, laptops, writer, ending):
    s = org.add_member("13800000001", "A", name="孙丽")
    other = org.add_member("13800000002", "B", name="周强")
    b = laptops("B")
    b.sync()
    w1 = psycopg.connect(org.admin_dsn)  # not autocommit: left open on purpose
    try:
        w1.execute("UPDATE members SET manager_id = %s WHERE id = %s", (org.manager_id("B"), s))
        open_xid = int(w1.execute("SELECT pg_current_xact_id()::text").fetchone()[0])
        later = writer.note(other, "后来提交的")
        assert later > open_xid

        central = _as(org, "B")
        try:
            page = central.pull(_cursor(b), 100)
        finally:
            central.close()
        assert page.changes == 0 and page.cursor == _cursor(b)  # nothing at or above it
        b.sync(page=1)
        assert b.count("member_notes") == 0  # the later commit waits for the open one

        if ending == "commit":
            w1.commit()
        else:
            pid = w1.info.backend_pid
            org.sql("SELECT pg_terminate_backend(%s)", (pid,))
    finally:
        w1.close()
    b.sync(page=1)
    assert b.count("member_notes") == 1
    with b.db.reading() as session:
        phones = {m.phone for m in session.query(Member)}
    assert phones == ({"13800000001", "13800000002"} if ending == "commit" else {"13800000002"})


class Between:
    """The central store, with a change made on it before each pull (steps, not timing)."""

    def __init__(self, central, actions) -> None:
        self.central = central
        self.actions = list(actions)

    def pull(self, cursor, limit):
        if self.actions:
            self.actions.pop(0)()
        return self.central.pull(cursor, limit)

    def __getattr__(self, name):
        return getattr(self.central, name)


def test_a_contact_that_arrived_before_its_member_left_again_goes_with_it(org, laptops):
    """Found by ./dev chaos: a member moving back and forth between two managers left one
    contact behind on a laptop, the member it belongs to gone."""
    from vipcrm.sync.engine import sync
    from vipcrm.sync.link import open_central

    x = org.add_member("13800000001", "A", name="来回")
    a = laptops("A")
    a.sync()
    org.sql("UPDATE members SET manager_id = %s WHERE id = %s", (org.manager_id("B"), x))
    contact = org.add_contact(x, "B")
    to_a = lambda: org.sql(  # noqa: E731
        "UPDATE members SET manager_id = %s WHERE id = %s", (org.manager_id("A"), x)
    )
    to_b = lambda: org.sql(  # noqa: E731
        "UPDATE members SET manager_id = %s WHERE id = %s", (org.manager_id("B"), x)
    )
    central = open_central(a.db)
    try:
        # page 1: the move to B (X leaves); before page 2 X comes back, so the contact's own
        # entry brings it; before page 3 X goes to B again, so X's return arrives as "gone"
        sync(a.db, Between(central, [lambda: None, to_a, to_b]), page=1)
    finally:
        central.close()
    assert a.count("members") == 0
    assert a.count("contact_attempts", f"id = '{contact.hex}'") == 0, "left behind"
