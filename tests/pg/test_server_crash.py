"""The central server crashes (``pg_ctl stop -m immediate``) and comes back: nothing skipped.

Transaction ids handed out but never written to the WAL (a transaction that wrote nothing,
one rolled back) are handed out again after a crash. A laptop's position in the change log
must therefore never be above the newest entry the server has logged: an initial copy that
started at the snapshot's xmin would pass the entries of a reissued id for ever.
"""

from __future__ import annotations

import psycopg

from tests.pg.conftest import Writer


def _next_xid(org) -> int:
    return int(org.one("SELECT pg_snapshot_xmax(pg_current_snapshot())::text"))


def test_a_copy_made_just_before_a_crash_misses_nothing_after_it(crash_org, crash_laptops):
    member = crash_org.add_member("13800000001", "B")
    cluster = crash_org.cluster
    for _ in range(3):  # the WAL writer may flush some of the burnt ids first: try again
        writer = Writer(crash_org)
        try:
            for _ in range(50):  # ids used by transactions that write nothing (not flushed)
                writer.conn.execute("SELECT pg_current_xact_id()")
        finally:
            writer.close()
        copied_at = _next_xid(crash_org)
        b = crash_laptops("B")
        assert b.sync().initial
        cluster.crash()
        cluster.resume()
        if _next_xid(crash_org) < copied_at:
            break
        b.close()
    else:
        raise AssertionError("the crash never handed ids out again (the WAL writer flushed them)")

    writer = Writer(crash_org)
    try:
        reissued = writer.note(member, "崩溃后写的")
    finally:
        writer.close()
    assert reissued < copied_at  # an id the laptop's copy had already seen as "finished"
    b.sync()
    assert b.count("member_notes") == 1


def test_the_cluster_comes_back_with_every_committed_change(crash_org):
    member = crash_org.add_member("13800000001", "A")
    crash_org.cluster.crash()
    crash_org.cluster.resume()
    assert crash_org.one("SELECT count(*) FROM members WHERE id = %s", (member,)) == 1
    try:
        with psycopg.connect(crash_org.admin_dsn) as conn:
            conn.execute("SELECT 1")
    except psycopg.OperationalError as exc:  # pragma: no cover - shown when it fails
        raise AssertionError(f"the server did not come back: {exc}") from None
