"""The contact summary kept by triggers: the same rows as rebuilt from the log, the same
facts and the same due items as the seeks, whatever writes the attempts and members."""

from __future__ import annotations

import uuid
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import select

from vipcrm.domain.due import compute_due
from vipcrm.domain.values import Channel, Outcome, Role, Tier
from vipcrm.services.contacts import log_contact
from vipcrm.services.context import resolve_actor
from vipcrm.store.contact_summary import COLUMNS, TABLE, rebuild
from vipcrm.store.db import open_database
from vipcrm.store.due_facts import load_due_facts, member_and_contact_facts
from vipcrm.store.models import ContactSummary, Manager, Member, OutboxEntry
from vipcrm.sync.tables import SYNC_TABLES

SHANGHAI = ZoneInfo("Asia/Shanghai")
TODAY = date(2026, 11, 22)
# Days of assignment, and attempts around their local midnights (16:00 UTC the day
# before) and elsewhere in the autumn.
DAYS = [date(2026, 10, 1), date(2026, 10, 20), date(2026, 11, 10)]
MEMBERS = 2


def _ts(moment: datetime) -> str:
    return moment.strftime("%Y-%m-%d %H:%M:%S.%f")


def _moments() -> st.SearchStrategy[str]:
    near = st.builds(
        lambda day, minutes: _ts(
            datetime.combine(day, datetime.min.time(), SHANGHAI).astimezone(UTC)
            + timedelta(minutes=minutes)
        ),
        st.sampled_from(DAYS),
        st.integers(-20 * 60, 20 * 60),
    )
    anywhere = st.builds(
        lambda hours: _ts(datetime(2026, 9, 15, tzinfo=UTC) + timedelta(hours=hours)),
        st.integers(0, 80 * 24),
    )
    return st.one_of(near, anywhere)


#: What an attempt was: the kinds the summary tells apart, each often enough to meet.
KINDS = [
    (Channel.SMS, Outcome.REACHED),
    (Channel.PHONE, Outcome.REACHED),
    (Channel.VISIT, Outcome.REACHED),
    (Channel.WECHAT, Outcome.REACHED),
    (Channel.PHONE, Outcome.NO_ANSWER),
    (Channel.PHONE, Outcome.PHONE_OFF),
    (Channel.PHONE, Outcome.FORWARDED),
    (Channel.PHONE, Outcome.REFUSED),
    (Channel.SMS, Outcome.WRONG_NUMBER),
]
attempt = st.builds(
    lambda member, at, kind, deleted: {
        "member": member,
        "at": at,
        "channel": kind[0].value,
        "outcome": kind[1].value,
        "deleted": deleted,
    },
    st.integers(0, MEMBERS - 1),
    _moments(),
    st.sampled_from(KINDS),
    st.sampled_from([0, 0, 0, 1]),
)
operations = st.lists(
    st.one_of(
        st.tuples(st.just("log"), attempt),  # inserted (three times as likely as the rest)
        st.tuples(st.just("log"), attempt),
        st.tuples(st.just("log"), attempt),
        st.tuples(st.just("pull"), st.integers(0, 40), attempt),  # INSERT OR REPLACE, as sync
        st.tuples(st.just("edit"), st.integers(0, 40), attempt),  # UPDATE of the columns read
        st.tuples(st.just("tombstone"), st.integers(0, 40)),
        st.tuples(st.just("purge"), st.integers(0, 40)),  # hard DELETE (leaving the laptop)
        st.tuples(st.just("assign"), st.integers(0, MEMBERS - 1), st.sampled_from([None, *DAYS])),
        st.tuples(
            st.just("member_pulled"), st.integers(0, MEMBERS - 1), st.sampled_from([None, *DAYS])
        ),
    ),
    min_size=6,
    max_size=40,
)


@pytest.fixture(scope="module")
def book(tmp_path_factory):
    db = open_database(tmp_path_factory.mktemp("summary") / "vipcrm.db")
    with db.transaction() as s:
        s.info["no_outbox"] = True
        manager = Manager(code="M001", name="赵磊", role=Role.MANAGER)
        s.add(manager)
        s.flush()
        ids = []
        for k in range(MEMBERS):
            member = Member(
                phone=f"1380013800{k}",
                name=f"会员{k}",
                tier=Tier.GOLD,
                manager_id=manager.id,
                assigned_on=DAYS[k],
            )
            s.add(member)
            s.flush()
            ids.append(member.id.hex)
    yield db, ids
    db.dispose()


def _apply(conn, ids: list[str], operation: tuple) -> None:
    attempts = [r[0] for r in conn.exec_driver_sql("SELECT id FROM contact_attempts ORDER BY id")]
    kind, *args = operation

    def values(a: dict) -> tuple:
        return (ids[a["member"]], a["at"], a["channel"], a["outcome"], a["deleted"])

    if kind == "log":
        conn.exec_driver_sql(
            "INSERT INTO contact_attempts (id, member_id, at, channel, outcome, deleted, "
            "group_sms, note, version, updated_at) VALUES (?, ?, ?, ?, ?, ?, 0, '', 1, ?)",
            (uuid.uuid4().hex, *values(args[0]), "2026-11-01 00:00:00.000000"),
        )
    elif not attempts and kind in ("pull", "edit", "tombstone", "purge"):
        return
    elif kind == "pull":
        conn.exec_driver_sql(
            "INSERT OR REPLACE INTO contact_attempts (id, member_id, at, channel, outcome, "
            "deleted, group_sms, note, version, updated_at) "
            "VALUES (?, ?, ?, ?, ?, ?, 0, '', 2, '2026-11-02 00:00:00.000000')",
            (attempts[args[0] % len(attempts)], *values(args[1])),
        )
    elif kind == "edit":
        conn.exec_driver_sql(
            "UPDATE contact_attempts SET member_id = ?, at = ?, channel = ?, outcome = ?, "
            "deleted = ? WHERE id = ?",
            (*values(args[1]), attempts[args[0] % len(attempts)]),
        )
    elif kind == "tombstone":
        conn.exec_driver_sql(
            "UPDATE contact_attempts SET deleted = 1 WHERE id = ?",
            (attempts[args[0] % len(attempts)],),
        )
    elif kind == "purge":
        conn.exec_driver_sql(
            "DELETE FROM contact_attempts WHERE id = ?", (attempts[args[0] % len(attempts)],)
        )
    elif kind == "assign":
        day = args[1].isoformat() if args[1] else None
        conn.exec_driver_sql("UPDATE members SET assigned_on = ? WHERE id = ?", (day, ids[args[0]]))
    elif kind == "member_pulled":
        columns = [r[1] for r in conn.exec_driver_sql("PRAGMA table_info(members)")]
        (row,) = conn.exec_driver_sql("SELECT * FROM members WHERE id = ?", (ids[args[0]],))
        row = dict(zip(columns, row, strict=True))
        row["assigned_on"] = args[1].isoformat() if args[1] else None
        marks = ", ".join("?" * len(columns))
        conn.exec_driver_sql(
            f"INSERT OR REPLACE INTO members ({', '.join(columns)}) VALUES ({marks})",
            tuple(row[c] for c in columns),
        )


def _summary_rows(conn) -> list[tuple]:
    return conn.exec_driver_sql(
        f"SELECT {', '.join(COLUMNS)} FROM {TABLE} WHERE last_at IS NOT NULL ORDER BY member_id"
    ).fetchall()


def _replay(db, ids: list[str], ops: list) -> None:
    """A fresh log (the members' days of assignment as at first), then ``ops``."""
    with db.engine.begin() as conn:
        conn.exec_driver_sql("DELETE FROM contact_attempts")
        conn.exec_driver_sql(f"DELETE FROM {TABLE}")
        for k, member_id in enumerate(ids):
            conn.exec_driver_sql(
                "UPDATE members SET assigned_on = ? WHERE id = ?", (DAYS[k].isoformat(), member_id)
            )
        for operation in ops:
            _apply(conn, ids, operation)


@settings(
    max_examples=300,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(operations)
def test_the_triggers_keep_the_rows_a_rebuild_makes(book, ops):
    """Whatever the order of inserts, sync's replacements, edits, tombstones, hard deletes
    and changes of the day of assignment: the table is what a rebuild from the log makes,
    and the due facts and items it gives are the seeks', today and on a day in the past."""
    db, ids = book
    _replay(db, ids, ops)
    with db.engine.connect() as conn:
        kept = _summary_rows(conn)
        rebuild(conn)
        assert _summary_rows(conn) == kept
        conn.rollback()
    with db.reading() as s:
        for day in (TODAY, date(2026, 10, 20)):
            fast = load_due_facts(s, manager_ids=None, today=day)
            seeks = load_due_facts(s, manager_ids=None, today=day, summary=False)
            assert fast.contacts == seeks.contacts, day
            assert sorted(fast.members, key=lambda m: m.member_id) == seeks.members
            fast_items, seek_items = (
                compute_due(
                    f.members,
                    f.contacts,
                    f.cards,
                    rules=f.rules,
                    calendar=f.calendar,
                    today=day,
                    horizon_days=7,
                ).items
                for f in (fast, seeks)
            )
            assert fast_items == seek_items, day


def test_the_summary_answers_without_reading_the_contact_log(db):
    """The members statement reads the covering member index and the summary's primary
    key, in id order: no seek into contact_attempts."""
    from vipcrm.store.due_facts import _NO_END, _summary_statement

    with db.engine.connect() as conn:
        statement = _summary_statement(True).params(until=_NO_END)
        sql = str(statement.compile(conn, compile_kwargs={"literal_binds": True}))
        plan = [row[-1] for row in conn.exec_driver_sql("EXPLAIN QUERY PLAN " + sql)]
    assert not [p for p in plan if "contact_attempts" in p], plan
    assert any("COVERING INDEX ix_members_due" in p for p in plan), plan
    assert any("contact_summary" in p and "PRIMARY KEY" in p for p in plan), plan
    assert not any("TEMP B-TREE" in p for p in plan), plan  # no sort: already in id order


def test_a_contact_logged_and_one_pulled_by_sync_update_the_summary_at_once(db):
    from vipcrm.sync.replica import apply_rows, replica_transaction
    from vipcrm.sync.tables import columns

    with db.transaction() as s:
        s.add(Manager(code="M001", name="赵磊", role=Role.MANAGER))
        s.flush()
        manager = s.scalars(select(Manager).where(Manager.code == "M001")).one()
        member = Member(
            phone="13800138000", name="张伟", tier=Tier.GOLD, manager_id=manager.id,
            assigned_on=date(2026, 11, 2),
        )  # fmt: skip
        s.add(member)
        s.flush()
        member_id = member.id
    with db.transaction() as s:
        log_contact(
            s, resolve_actor(s, "M001"), member_ref="13800138000", channel=Channel.SMS,
            outcome=Outcome.REACHED, at=datetime(2026, 11, 20, 3, tzinfo=UTC),
        )  # fmt: skip
    with db.reading() as s:
        row = s.get(ContactSummary, member_id)
        assert row.last_sms_reached_at == datetime(2026, 11, 20, 3, tzinfo=UTC)
        assert row.last_voice_reached_at is None and row.assigned_on == date(2026, 11, 2)
    # A visit logged on another laptop arrives with a pull (storage form, as sync writes it).
    names = [c.name for c in columns("contact_attempts")]
    pulled = {
        "id": uuid.uuid4().hex, "member_id": member_id.hex, "manager_id": None,
        "at": "2026-11-21 02:00:00.000000", "channel": "visit", "outcome": "reached",
        "group_sms": 0, "note": "", "version": 1, "updated_at": "2026-11-21 02:00:00.000000",
        "deleted": 0, "sent_confirmed_at": None, "source": "hand",
    }  # fmt: skip
    with replica_transaction(db) as conn:
        apply_rows(conn, {"contact_attempts": [tuple(pulled[n] for n in names)]})
    with db.reading() as s:
        row = s.get(ContactSummary, member_id)
        assert row.last_voice_reached_at == datetime(2026, 11, 21, 2, tzinfo=UTC)
        assert row.last_reached_at == row.last_at == row.last_voice_reached_at
        _, contacts = member_and_contact_facts(s, manager_ids=None)
        assert contacts[str(member_id)].last_voice_reached_on == date(2026, 11, 21)
    assert TABLE not in SYNC_TABLES  # derived on each laptop, never synchronised
    with db.reading() as s:  # nor in the outbox: the triggers write it, not the session
        assert not s.scalars(select(OutboxEntry).where(OutboxEntry.table_name == TABLE)).all()


def test_vipcrm_reindex_rebuilds_a_damaged_summary_from_the_log(tmp_path, capsys):
    """Rows lost or wrong (a crash of an older version, a hand edit): ``vipcrm reindex``
    makes the table the triggers would have kept, and the due facts agree with the seeks."""
    from vipcrm.cli import main

    path = tmp_path / "vipcrm.db"
    demo = ["demo", "--seed", "1", "--members", "60", "--managers", "3"]
    assert main(["--db", str(path), *demo]) == 0
    db = open_database(path)
    try:
        with db.engine.connect() as conn:
            kept = _summary_rows(conn)
        assert len(kept) > 20
        with db.engine.begin() as conn:
            conn.exec_driver_sql(
                f"DELETE FROM {TABLE} WHERE member_id IN "
                f"(SELECT member_id FROM {TABLE} ORDER BY member_id LIMIT 10)"
            )
            conn.exec_driver_sql(f"UPDATE {TABLE} SET last_reached_at = NULL")
        with db.engine.connect() as conn:
            assert _summary_rows(conn) != kept
    finally:
        db.dispose()
    capsys.readouterr()
    assert main(["--db", str(path), "reindex"]) == 0
    assert f"{len(kept)} members" in capsys.readouterr().out
    db = open_database(path)
    try:
        with db.engine.connect() as conn:
            assert _summary_rows(conn) == kept
        with db.reading() as s:
            fast = load_due_facts(s, manager_ids=None, today=TODAY)
            seeks = load_due_facts(s, manager_ids=None, today=TODAY, summary=False)
        assert sorted(fast.members, key=lambda m: m.member_id) == seeks.members
    finally:
        db.dispose()
