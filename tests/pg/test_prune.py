"""``vipcrm central prune``: old change-log entries go, laptops stay consistent."""

from __future__ import annotations

import json
import threading
import time
from datetime import timedelta

import psycopg
import pytest

from vipcrm.cli import main
from vipcrm.sync import admin
from vipcrm.sync.admin import CentralAdminError, prune_changes
from vipcrm.sync.tables import SYNC_TABLES


def _age_everything(org, days: int = 100) -> None:
    """Make every entry logged so far look ``days`` old."""
    org.sql("UPDATE sync_changes SET logged_at = logged_at - make_interval(days => %s)", (days,))


def _log_state(org):
    return (
        org.one("SELECT count(*) FROM sync_changes"),
        int(org.one("SELECT log_horizon::text FROM central_meta")),
    )


def _same_rows(one, other) -> None:
    for table in SYNC_TABLES:
        assert one.rows(table) == other.rows(table), table


@pytest.fixture
def book(org):
    org.ids = {
        "a1": org.add_member("13800000001", "A", name="张伟"),
        "a2": org.add_member("13800000002", "A", name="李娜"),
        "c1": org.add_member("13800000004", "C", name="赵敏"),
    }
    return org


def test_a_recent_laptop_syncs_on_incrementally_and_a_stale_one_makes_a_fresh_copy(book, laptops):
    stale = laptops("A")
    assert stale.sync().initial
    # two transactions after the stale laptop's last sync; then a laptop that has them
    book.add_contact(book.ids["a1"])
    book.sql("UPDATE members SET notes = '老客户' WHERE id = %s", (book.ids["a2"],))
    recent = laptops("A")
    assert recent.sync().initial
    _age_everything(book)
    # newer than the cutoff: kept whatever happens
    book.add_contact(book.ids["a2"])
    newest = book.one("SELECT max(xid)::text FROM sync_changes")
    entries, horizon = _log_state(book)

    report = prune_changes(book.admin_dsn, older_than=timedelta(days=90))

    assert report.pruned and not report.dry_run
    assert report.old_horizon == horizon == 0
    assert report.removed > 0 and report.removed + report.kept == entries
    assert _log_state(book) == (report.kept, report.new_horizon)
    assert book.one("SELECT count(*) FROM sync_changes WHERE xid::text = %s", (newest,)) == 1
    assert book.one("SELECT min(logged_at) < now() - interval '90 days' FROM sync_changes")
    # the entries of the newest old transaction stay, so a laptop that read them is current
    assert book.one(
        "SELECT count(*) FROM sync_changes WHERE xid = %s::xid8", (str(report.new_horizon),)
    )

    again = recent.sync()
    assert not again.initial and again.pulled >= 1
    assert recent.count("contact_attempts") == 2
    fresh = stale.sync()
    assert fresh.initial and stale.count("contact_attempts") == 2
    _same_rows(stale, recent)

    # every later change reaches both, incrementally
    book.add_contact(book.ids["a1"])
    book.sql("UPDATE members SET name = '张伟伟' WHERE id = %s", (book.ids["a1"],))
    for laptop in (recent, stale):
        later = laptop.sync()
        assert not later.initial and later.pulled >= 2
    newcomer = laptops("A")
    newcomer.sync()
    _same_rows(recent, newcomer)
    _same_rows(stale, newcomer)
    assert recent.count("contact_attempts") == 3


def test_pruning_again_changes_nothing_and_the_horizon_only_rises(book, laptops):
    book.add_contact(book.ids["a1"])
    _age_everything(book)
    first = prune_changes(book.admin_dsn)
    assert first.pruned
    second = prune_changes(book.admin_dsn)
    assert not second.pruned and second.removed == 0
    assert second.new_horizon == second.old_horizon == first.new_horizon
    # a shorter age keeps less, but never lowers the horizon
    book.add_contact(book.ids["a2"])
    third = prune_changes(book.admin_dsn, older_than=timedelta(0))
    assert third.new_horizon >= first.new_horizon


def test_a_dry_run_writes_nothing_and_says_what_would_go(book, laptops):
    book.add_contact(book.ids["a1"])
    _age_everything(book)
    before = _log_state(book)
    dry = prune_changes(book.admin_dsn, dry_run=True)
    assert dry.dry_run and dry.pruned and dry.removed > 0
    assert _log_state(book) == before
    real = prune_changes(book.admin_dsn)
    assert (real.removed, real.kept, real.new_horizon) == (dry.removed, dry.kept, dry.new_horizon)


def test_only_the_owner_may_prune(book):
    book.add_contact(book.ids["a1"])
    _age_everything(book)
    before = _log_state(book)
    for code in ("ADM", "A"):
        dsn = f"{book.dsn(code)} password={book.passwords[code]}"
        for dry in (False, True):
            with pytest.raises(CentralAdminError, match="only the owner role"):
                prune_changes(dsn, dry_run=dry)
        # and by hand: no login may delete from the log or move the horizon
        with book.connect_as(code) as conn:
            with pytest.raises(psycopg.errors.InsufficientPrivilege):
                conn.execute("DELETE FROM sync_changes")
            with pytest.raises(psycopg.errors.InsufficientPrivilege):
                conn.execute("UPDATE central_meta SET log_horizon = '1000'")
    assert _log_state(book) == before


def test_the_horizon_stays_below_a_transaction_still_open(book, laptops):
    recent = laptops("A")
    recent.sync()
    book.add_contact(book.ids["a1"])
    recent.sync()
    late = psycopg.connect(book.admin_dsn)  # the superuser: not a laptop, not waited for
    try:
        late_member = book.ids["a2"]
        late.execute("UPDATE members SET notes = '晚提交' WHERE id = %s", (late_member,))
        late_xid = int(late.execute("SELECT pg_current_xact_id()::text").fetchone()[0])
        book.add_contact(book.ids["a1"])  # a later transaction that commits first
        _age_everything(book)
        late.execute(
            "UPDATE sync_changes SET logged_at = now() - interval '1 year' "
            "WHERE xid = pg_current_xact_id()"
        )
        report = prune_changes(book.admin_dsn, older_than=timedelta(0))
        assert report.pruned and report.new_horizon <= late_xid
        late.commit()
    finally:
        late.close()
    assert book.one("SELECT count(*) FROM sync_changes WHERE xid = %s::xid8", (str(late_xid),))
    again = recent.sync()
    assert not again.initial and again.pulled >= 1
    with recent.db.engine.connect() as conn:
        notes = conn.exec_driver_sql(
            "SELECT notes FROM members WHERE id = ?", (late_member.hex,)
        ).scalar()
    assert notes == "晚提交"
    assert recent.count("contact_attempts") == 2


def test_a_sync_running_is_let_finish_and_one_that_does_not_stops_the_prune(book, laptops):
    book.add_contact(book.ids["a1"])
    _age_everything(book)
    before = _log_state(book)
    busy = book.connect_as("A")  # a laptop's connection, between hello and pull
    busy.execute("SELECT log_horizon FROM central_meta")
    try:
        with pytest.raises(CentralAdminError, match="1 laptop.* still syncing"):
            prune_changes(book.admin_dsn, wait=0.5)
        assert _log_state(book) == before
        pruning = _Prune(book)
        _until(lambda: _prune_holds_the_lock(book), "the prune to lock central_meta")
        _until(lambda: _prune_has_counted_the_syncs(book), "the prune to count the syncs")
        busy.close()  # the sync in flight ends while the prune waits for it
        report = pruning.result()
    finally:
        busy.close()
    assert report.pruned and report.waited_for == 1


def test_a_sync_starting_during_the_prune_reads_the_new_horizon(book, laptops):
    book.add_contact(book.ids["a1"])
    _age_everything(book)
    busy = book.connect_as("A")  # a sync in flight: the prune waits for it
    busy.execute("SELECT 1")
    late = book.connect_as("C")
    seen: list[int] = []
    try:
        pruning = _Prune(book)
        _until(lambda: _prune_holds_the_lock(book), "the prune to lock central_meta")

        def hello() -> None:  # a sync starting now: its hello waits for the prune
            row = late.execute("SELECT log_horizon::text FROM central_meta").fetchone()
            seen.append(int(row[0]))

        starter = threading.Thread(target=hello)
        starter.start()
        pid = late.info.backend_pid
        _until(
            lambda: book.one("SELECT cardinality(pg_blocking_pids(%s)) > 0", (pid,)),
            "the new sync to wait for the prune",
        )
        assert seen == []
        busy.close()
        report = pruning.result()
        starter.join()
    finally:
        busy.close()
        late.close()
    assert report.pruned and seen == [report.new_horizon]


class _Prune:
    """``prune_changes`` on a thread of its own, so the test can act while it waits."""

    def __init__(self, org) -> None:
        self._outcome: list = []
        self._thread = threading.Thread(target=self._run, args=(org.admin_dsn,))
        self._thread.start()

    def _run(self, dsn: str) -> None:
        try:
            self._outcome.append(prune_changes(dsn, wait=60))
        except BaseException as exc:  # raised in the test by result()
            self._outcome.append(exc)

    def result(self):
        self._thread.join()
        (outcome,) = self._outcome
        if isinstance(outcome, BaseException):
            raise outcome
        return outcome


def _prune_holds_the_lock(org) -> bool:
    return bool(
        org.one(
            "SELECT count(*) FROM pg_locks WHERE relation = 'central_meta'::regclass "
            "AND mode = 'AccessExclusiveLock' AND granted"
        )
    )


def _prune_has_counted_the_syncs(org) -> bool:
    """The prune holds the lock and has listed the syncs in flight (it now waits for them).

    Holding the lock is not enough: a sync that ends between the lock and the first
    count is never waited for, and the test would depend on the scheduler.
    """
    return bool(
        org.one(
            "SELECT count(*) FROM pg_stat_activity WHERE state = 'idle in transaction' "
            "AND query LIKE '%%pg_blocking_pids(a.pid)%%'"
        )
    )


def _until(condition, what: str, timeout: float = 60.0) -> None:
    """Wait for a state of the central store (never for a length of time)."""
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out waiting for {what}")
        time.sleep(0.02)


def test_the_command_line(book, capsys):
    book.add_contact(book.ids["a1"])
    _age_everything(book)
    base = ["central", "prune", "--dsn", book.admin_dsn]
    assert main([*base, "--dry-run", "--older-than", "12w"]) == 0
    out = capsys.readouterr().out
    assert "would remove" in out and "dry run: nothing was changed" in out
    assert main([*base, "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["removed"] > 0 and report["new_horizon"] > report["old_horizon"] == 0
    assert report["behind"] == sorted(book.logins)  # nobody has pushed anything yet
    assert main(base) == 0
    assert "nothing logged before" in capsys.readouterr().out
    with pytest.raises(SystemExit) as refused:
        main([*base, "--older-than", "soon"])
    assert refused.value.code == 2
    assert "is not an age like 90d" in capsys.readouterr().err


def test_an_age_is_parsed_in_hours_days_or_weeks():
    from vipcrm.commands.central import parse_age

    assert parse_age("90d") == parse_age("90") == timedelta(days=90)
    assert parse_age("12w") == timedelta(weeks=12)
    assert parse_age(" 36H ") == timedelta(hours=36)
    assert admin.DEFAULT_PRUNE_AGE == timedelta(days=90)


def test_a_copy_interrupted_before_a_prune_starts_again(book, laptops, monkeypatch):
    from vipcrm.sync.pg import PgCentral

    real = PgCentral.snapshot

    def cut_off(self, table, after, limit):
        if table == "members" and after is not None:
            raise ConnectionError("the laptop went offline")
        return real(self, table, after, limit)

    laptop = laptops("A")
    monkeypatch.setattr(PgCentral, "snapshot", cut_off)
    with pytest.raises(ConnectionError):
        laptop.sync(snapshot_page=1)
    monkeypatch.setattr(PgCentral, "snapshot", real)
    (copied,) = laptop.rows("members")  # one member came down before it stopped
    book.sql("UPDATE members SET notes = '复制后改的' WHERE id = %s", (copied,))
    assert book.one("SELECT count(*) FROM members WHERE notes = '复制后改的'") == 1
    book.add_contact(book.ids["a1"])  # a later transaction: the edit's entries go
    _age_everything(book)
    assert prune_changes(book.admin_dsn).pruned

    assert laptop.sync(snapshot_page=1).initial
    newcomer = laptops("A")
    newcomer.sync()
    _same_rows(laptop, newcomer)
