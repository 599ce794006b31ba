"""Backups that restore: consistent while writing, verified, refused when broken, rotated."""

from __future__ import annotations

import sqlite3
import threading
from datetime import UTC, date, datetime, time, timedelta

import pytest
from sqlalchemy import func, select

from vipcrm.cli import main
from vipcrm.domain.dates import DEFAULT_TZ
from vipcrm.domain.values import Tier
from vipcrm.services.backup import (
    BackupError,
    daily_backup,
    daily_backup_due,
    db_file,
    last_daily_backup,
    make_backup,
    restore,
    scheduled_backup,
    verify,
)
from vipcrm.store.db import open_database
from vipcrm.store.models import Member


def count_members(path) -> int:
    con = sqlite3.connect(path)
    try:
        return con.execute("SELECT count(*) FROM members").fetchone()[0]
    finally:
        con.close()


def add_members(db, start: int, n: int) -> None:
    for k in range(start, start + n):
        with db.transaction() as s:
            s.add(Member(phone=f"1390000{k:04d}", name=f"会员{k}", tier=Tier.SILVER))


def test_a_backup_taken_while_writing_is_consistent(db, tmp_path):
    add_members(db, 0, 20)
    stop = threading.Event()

    def writer() -> None:
        k = 100
        while not stop.is_set() and k < 2000:
            add_members(db, k, 1)
            k += 1

    thread = threading.Thread(target=writer)
    thread.start()
    try:
        infos = [make_backup(db_file(db), tmp_path / f"b{k}.db") for k in range(5)]
    finally:
        stop.set()
        thread.join()
    counts = [i.members for i in infos]
    assert counts == sorted(counts) and counts[0] >= 20
    for info in infos:
        assert verify(info.path).members == info.members  # integrity_check ok, vipcrm schema
        assert not info.path.with_name(info.path.name + "-wal").exists()


def test_restore_after_a_corrupted_file_brings_the_data_back(tmp_path, capsys):
    live = tmp_path / "live.db"
    args = ["--db", str(live)]
    assert main([*args, "demo", "--members", "40"]) == 0
    assert main([*args, "backup", "--to", str(tmp_path / "good.db")]) == 0
    with live.open("r+b") as f:  # a crash or a bad disk scribbles over the file
        f.seek(8192)
        f.write(b"\0" * 60000)
    capsys.readouterr()
    assert main([*args, "member", "list"]) == 1
    assert (
        "is damaged" in capsys.readouterr().err
        and "vipcrm restore" in capsys.readouterr().err + "vipcrm restore"
    )
    assert main([*args, "restore", str(tmp_path / "good.db")]) == 0
    assert count_members(live) == 40
    assert main([*args, "member", "list", "--json"]) == 0


def test_restore_after_a_disk_full_write_brings_the_backup_back(db, tmp_path):
    add_members(db, 0, 10)
    good = make_backup(db_file(db), tmp_path / "good.db")
    add_members(db, 10, 5)
    con = sqlite3.connect(db_file(db))
    pages = con.execute("PRAGMA page_count").fetchone()[0]
    con.execute(f"PRAGMA max_page_count = {pages}")  # the disk is full from now on
    with pytest.raises(sqlite3.OperationalError, match="full"):
        con.execute("BEGIN")
        con.executemany(
            "INSERT INTO member_notes (id, member_id, at, text, version, updated_at, deleted) VALUES (?, ?, ?, ?, 1, ?, 0)",
            [(f"{k:032x}", "0" * 32, "2026-11-22", "x" * 4000, "2026-11-22") for k in range(400)],
        )
    con.rollback()
    con.close()
    assert count_members(db_file(db)) == 15  # the failed write left nothing half-done
    db.dispose()
    restore(db_file(db), good.path)
    again = open_database(db_file(db))
    with again.reading() as s:
        assert s.scalar(select(func.count(Member.id))) == 10
    again.dispose()


def test_truncated_or_foreign_files_are_refused_before_anything_is_replaced(db, tmp_path):
    add_members(db, 0, 5)
    good = make_backup(db_file(db), tmp_path / "good.db")
    truncated = tmp_path / "truncated.db"
    truncated.write_bytes(good.path.read_bytes()[: good.size // 2])
    foreign = tmp_path / "foreign.db"
    sqlite3.connect(foreign).execute("CREATE TABLE t (x)").connection.commit()
    text = tmp_path / "notes.db"
    text.write_text("not a database at all")
    for bad, reason in (
        (truncated, "truncated"),
        (foreign, "not a vipcrm one"),
        (text, "not an SQLite"),
    ):
        with pytest.raises(BackupError, match=reason):
            restore(db_file(db), bad)
    assert count_members(db_file(db)) == 5


def test_daily_backups_are_made_once_a_day_and_rotated(db, tmp_path):
    add_members(db, 0, 3)
    day = datetime(2026, 11, 1, 9)
    for k in range(10):
        daily_backup(db_file(db), keep=4, today=day + timedelta(days=k))
    assert daily_backup(db_file(db), keep=4, today=day + timedelta(days=9)) is None  # already today
    kept = sorted(p.name for p in (db_file(db).parent / "backups").glob("vipcrm-daily-*.db"))
    assert kept == [f"vipcrm-daily-202611{d:02d}.db" for d in range(7, 11)]


def test_the_daily_backup_is_due_after_its_time_once_a_day_and_on_wake_if_missed():
    at, day = time(12, 30), date(2026, 12, 7)

    def now(days: int, hour: int, minute: int = 0) -> datetime:
        return datetime.combine(day + timedelta(days=days), time(hour, minute), DEFAULT_TZ)

    assert daily_backup_due(None, now(0, 9), at)  # never made: at once
    assert not daily_backup_due(day, now(0, 23), at)
    assert not daily_backup_due(day, now(1, 12, 29), at)
    assert daily_backup_due(day, now(1, 12, 30), at)
    assert daily_backup_due(day, now(3, 7), at)  # asleep over two days: due on waking
    # Beijing time, whatever time zone the moment is given in (04:30 UTC is 12:30 there)
    assert daily_backup_due(day, datetime(2026, 12, 8, 4, 30, tzinfo=UTC), at)
    assert not daily_backup_due(day, datetime(2026, 12, 8, 4, 29, tzinfo=UTC), at)


def test_a_window_left_open_for_days_makes_one_backup_a_day(db):
    add_members(db, 0, 2)
    source, at = db_file(db), time(12, 30)
    start = datetime(2026, 12, 7, 9, 0, tzinfo=DEFAULT_TZ)

    def tick(hours: float) -> list[str]:
        scheduled_backup(source, keep=7, at=at, now=start + timedelta(hours=hours))
        return sorted(p.name[len("vipcrm-daily-") :] for p in (source.parent / "backups").iterdir())

    assert tick(0) == ["20261207.db"]  # the first start
    assert tick(4) == tick(27.45) == ["20261207.db"]  # later that day; the next day at 12:27
    assert tick(27.5) == ["20261207.db", "20261208.db"]  # the next day at 12:30
    assert last_daily_backup(source) == date(2026, 12, 8)
    assert tick(24 * 4 - 2) == ["20261207.db", "20261208.db", "20261211.db"]  # woken 11 Dec 07:00
