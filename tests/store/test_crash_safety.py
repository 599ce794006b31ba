"""kill -9 in the middle of writes never leaves a half-written change.

Real processes are killed at random moments while they write: an import of a few thousand
rows (all or nothing), and a stream of contacts and gift requests (each one whole, with its
outbox and audit rows, budgets never below zero). Afterwards SQLite's integrity check passes
and the invariants hold.
"""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path
from subprocess import DEVNULL

import pytest

from vipcrm.cli import main

ROOT = Path(__file__).resolve().parents[2]

WRITER = r"""
import sys
from datetime import date
from vipcrm.domain.values import Channel, Occasion, Outcome
from vipcrm.services.contacts import log_contact
from vipcrm.services.context import resolve_actor
from vipcrm.services.gifts import request_gift
from vipcrm.store.db import open_database
from vipcrm.domain.actor import Actor

db = open_database(sys.argv[1])
db.actor = Actor("M1")
phones = sys.argv[2:]
k = 0
print("ready", flush=True)
while True:
    phone = phones[k % len(phones)]
    with db.transaction() as s:
        actor = resolve_actor(s, "M1")
        log_contact(s, actor, member_ref=phone, channel=Channel.PHONE, outcome=Outcome.REACHED)
        if k % 3 == 0:
            request_gift(s, actor, member_ref=phone, occasion=Occasion.FUNERAL, amount_fen=4000,
                         today=date(2026, 11, 22))
    k += 1
"""


def check(path: Path) -> sqlite3.Connection:
    con = sqlite3.connect(path)
    assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    return con


@pytest.fixture
def book(tmp_path):
    db = ["--db", str(tmp_path / "crash.db")]
    assert main([*db, "manager", "add", "--code", "A1", "--name", "管理员", "--role", "admin"]) == 0
    for code, role in (("L1", "lead"), ("M1", "manager")):
        assert (
            main(
                [
                    *db,
                    "--user",
                    "A1",
                    "manager",
                    "add",
                    "--code",
                    code,
                    "--name",
                    code,
                    "--team",
                    "T1",
                    "--role",
                    role,
                ]
            )
            == 0
        )
    phones = [f"1380000{k:04d}" for k in range(8)]
    for phone in phones:
        assert (
            main(
                [
                    *db,
                    "--user",
                    "A1",
                    "member",
                    "add",
                    "--phone",
                    phone,
                    "--name",
                    "会员",
                    "--tier",
                    "gold",
                    "--manager",
                    "M1",
                ]
            )
            == 0
        )
    assert (
        main(
            [
                *db,
                "--user",
                "L1",
                "budget",
                "set",
                "--team",
                "T1",
                "--period",
                "2026-11",
                "--amount",
                "600",
            ]
        )
        == 0
    )
    assert (
        main(
            [
                *db,
                "--user",
                "L1",
                "budget",
                "set",
                "--manager",
                "M1",
                "--period",
                "2026-11",
                "--amount",
                "300",
            ]
        )
        == 0
    )
    return tmp_path / "crash.db", phones


def test_kill_9_during_contact_and_gift_writes(book):
    path, phones = book
    rng = random.Random(7)
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    for _ in range(12):
        proc = subprocess.Popen(
            [sys.executable, "-c", WRITER, str(path), *phones],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            env=env,
        )
        assert proc.stdout.readline().strip() == b"ready"
        time.sleep(rng.uniform(0.05, 0.6))
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        con = check(path)
        contacts = con.execute("SELECT count(*) FROM contact_attempts").fetchone()[0]
        # every contact came with its outbox entry and its audit entry, or none of them did
        outbox = con.execute(
            "SELECT count(*) FROM outbox WHERE table_name = 'contact_attempts'"
        ).fetchone()[0]
        audited = con.execute(
            "SELECT count(*) FROM audit_log WHERE table_name = 'contact_attempts'"
        ).fetchone()[0]
        assert contacts == outbox == audited
        for allocated, committed, spent in con.execute(
            "SELECT allocated_fen, committed_fen, spent_fen FROM budgets"
        ):
            assert allocated - committed - spent >= 0
        approved = con.execute(
            "SELECT coalesce(sum(amount_fen), 0) FROM gifts WHERE status = 'approved'"
        ).fetchone()[0]
        committed = con.execute(
            "SELECT committed_fen FROM budgets WHERE manager_id IS NOT NULL"
        ).fetchone()[0]
        assert approved == committed  # the gift and its budget commitment: together or not at all
        con.close()
    assert contacts > 0


def test_kill_9_during_an_import_leaves_nothing_or_everything(tmp_path):
    sys.path.insert(0, str(ROOT))
    from bench.generate import grading_file

    db = tmp_path / "import.db"
    assert (
        main(
            [
                "--db",
                str(db),
                "manager",
                "add",
                "--code",
                "A1",
                "--name",
                "管理员",
                "--role",
                "admin",
            ]
        )
        == 0
    )
    source = grading_file(tmp_path / "billing.csv", rows=3000, seed=3)
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    untouched = tmp_path / "untouched.db"
    src, copy = sqlite3.connect(db), sqlite3.connect(untouched)
    src.backup(copy)
    src.close(), copy.close()

    def command(path: Path) -> list[str]:
        return [sys.executable, "-m", "vipcrm", "--db", str(path), "--user", "A1",
                "import-grading", str(source), "--month", "2026-12"]  # fmt: skip

    after_kill = []
    for _ in range(4):
        proc = subprocess.Popen(command(db), stdout=DEVNULL, stderr=DEVNULL, env=env)
        while proc.poll() is None and not _writing(db):
            time.sleep(0.005)
        killed = proc.poll() is None
        if killed:  # inside its transaction: killed there
            proc.send_signal(signal.SIGKILL)
        proc.wait()
        counts = _counts(db)
        assert counts in (NOTHING, EVERYTHING)
        if killed:
            after_kill.append(counts)
    assert NOTHING in after_kill  # a kill inside the import's transaction kept nothing of it
    # left alone, the same import keeps all of it
    assert (
        subprocess.run(command(untouched), stdout=DEVNULL, stderr=DEVNULL, env=env).returncode == 0
    )
    assert _counts(untouched) == EVERYTHING


NOTHING, EVERYTHING = (0, 0, 0), (3000, 3000, 1)


def _counts(db: Path) -> tuple[int, int, int]:
    con = check(db)
    try:
        return tuple(
            con.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
            for table in ("members", "tier_history", "grading_imports")
        )
    finally:
        con.close()


def _writing(db: Path) -> bool:
    """Another process holds the database's write lock: it is inside its transaction."""
    con = sqlite3.connect(db, timeout=0)
    try:
        con.execute("BEGIN IMMEDIATE")
        con.rollback()
        return False
    except sqlite3.OperationalError:  # database is locked
        return True
    finally:
        con.close()
