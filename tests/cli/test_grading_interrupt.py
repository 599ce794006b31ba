"""Ctrl+C in the middle of a big import leaves the database as it was.

A real ``vipcrm import-grading`` runs on a terminal (a pseudo-terminal, so its progress
bars draw); once the bar says it is writing, it gets SIGINT (what Ctrl+C sends). It says
nothing half-written was kept, exits 130, and every table is as before.
"""

from __future__ import annotations

import os
import pty
import select
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

from vipcrm.cli import main

ROOT = Path(__file__).resolve().parents[2]


def tables(path: Path) -> dict[str, list[tuple]]:
    con = sqlite3.connect(path)
    try:
        assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        names = [
            r[0]
            for r in con.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"
            )
        ]
        return {n: sorted(map(repr, con.execute(f'SELECT * FROM "{n}"'))) for n in names}
    finally:
        con.close()


def _read(fd: int) -> bytes:
    try:
        return os.read(fd, 4096)
    except OSError:  # EIO: the other end is closed (the process ended)
        return b""


def test_ctrl_c_while_writing_leaves_the_database_untouched(tmp_path):
    sys.path.insert(0, str(ROOT))
    from bench.generate import grading_file

    db = tmp_path / "big.db"
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
    first = grading_file(tmp_path / "nov.csv", rows=2000, seed=5)
    assert (
        main(["--db", str(db), "--user", "A1", "import-grading", str(first), "--month", "2026-11"])
        == 0
    )
    before = tables(db)
    source = grading_file(tmp_path / "dec.csv", rows=60_000, seed=3)
    leader, follower = pty.openpty()
    proc = subprocess.Popen(
        [sys.executable, "-m", "vipcrm", "--db", str(db), "--user", "A1", "import-grading"]
        + [str(source), "--month", "2026-12", "--accept-leavers", "2000"],
        stdout=subprocess.DEVNULL,
        stderr=follower,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )
    os.close(follower)
    seen = b""
    deadline = time.monotonic() + 300
    try:
        while b"writing" not in seen:
            assert time.monotonic() < deadline and proc.poll() is None, seen[-500:]
            ready, _, _ = select.select([leader], [], [], 1)
            if ready:
                seen += _read(leader)
        time.sleep(0.5)  # well inside the writing
        proc.send_signal(signal.SIGINT)
        proc.wait(timeout=120)
        while True:
            ready, _, _ = select.select([leader], [], [], 0.5)
            if not ready:
                break
            chunk = _read(leader)
            if not chunk:
                break
            seen += chunk
    finally:
        if proc.poll() is None:
            proc.kill()
        os.close(leader)
    text = seen.decode("utf-8", "replace")
    assert "reading" in text  # the progress bar went through its phases
    assert proc.returncode == 130, text[-800:]
    assert "vipcrm: interrupted; nothing half-written was kept" in text
    assert tables(db) == before
