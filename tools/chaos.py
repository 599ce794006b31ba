"""Chaos: three laptops syncing against one central store while everything goes wrong.

    ./dev chaos --minutes 30 [--seed S] [--epoch-seconds 180]
    python tools/chaos.py ...                       (the same, without ./dev's set-up)

A durable throwaway PostgreSQL cluster (vipcrm.sync.throwaway) holds one team: the lead
L1 and the managers A and B, each with a laptop of their own (a separate SQLite file).
In every *epoch* the storm runs for a while:

- each laptop runs real ``vipcrm sync`` subprocesses (small pages and batches, so a sync
  has many steps), one at a time; many are SIGKILLed at a random moment, some die at a
  named crash point (``VIPCRM_SYNC_CRASH_AT``, as abrupt as SIGKILL);
- meanwhile the laptops keep working: contacts logged, member notes edited, and the lead
  reassigns members between A and B (so members leave one laptop and arrive on another);
- the central store is written directly too (points), and the server itself is crashed
  (``pg_ctl stop -m immediate``) and started again.

Then everything settles (clean syncs until nothing moves) and is checked: every laptop's
``vipcrm sync verify`` must say it equals what its user may see; every operation in every
laptop's outbox must be recorded once on the server with the row there (or refused and
absent); the server's contacts must be the seeded ones plus those applied, none twice;
each SQLite file's integrity check must pass. A divergence found is counted, shown and
repaired (``sync verify --repair``) so the next epoch starts clean.

``tests/pg/test_chaos.py`` runs one short epoch in CI; this script runs them at length and
prints the figures recorded in docs/central-store.md. Exit 1 on any divergence, any
exactly-once violation or any sync that ended other than by success, offline or a kill.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

CODES = ("L1", "A", "B")
#: named crash points (vipcrm.sync.faults); a sync sometimes dies at one of them
CRASH_POINTS = (
    "before_push",
    "after_server_commit",
    "mid_push_record",
    "after_local_mark",
    "mid_pull_page",
    "after_pull_page",
    "mid_snapshot_page",
    "after_snapshot_page",
)
KILLED = (137, -signal.SIGKILL)
OFFLINE = 3
#: an exit the chaos expects: synced, offline (the server is down), killed
EXPECTED_EXITS = (0, OFFLINE, *KILLED)


@dataclass
class Figures:
    epochs: int = 0
    syncs: int = 0  # vipcrm sync subprocesses started
    kills: int = 0  # SIGKILLed, or died at a crash point
    offline: int = 0  # found the server down (exit 3)
    server_crashes: int = 0
    changes: int = 0  # local transactions made on the laptops
    reassignments: int = 0
    central_writes: int = 0
    exactly_once: int = 0  # outbox operations found recorded once, with their row as stated
    verifications: int = 0
    divergences: int = 0
    failures: list[str] = field(default_factory=list)  # unexpected exits, violations

    def lines(self) -> list[str]:
        return [
            f"epochs: {self.epochs}",
            f"syncs started: {self.syncs}; killed (SIGKILL or crash point): {self.kills}; "
            f"offline (server down): {self.offline}",
            f"server crashes (pg_ctl stop -m immediate): {self.server_crashes}",
            f"changes made on laptops: {self.changes} (of which reassignments: "
            f"{self.reassignments}); written centrally: {self.central_writes}",
            f"operations on the server exactly once: {self.exactly_once}",
            f"verifications: {self.verifications}; divergences: {self.divergences}",
            f"failures: {len(self.failures)}",
        ]


class Chaos:
    """The team, its laptops and the storm, on a central database already initialised."""

    def __init__(self, cluster: Any, dbname: str, work: Path, seed: int) -> None:
        self.cluster = cluster
        self.dbname = dbname
        self.admin_dsn = cluster.dsn(dbname)
        self.work = work
        self.rng = random.Random(seed)
        self.figures = Figures()
        self.passwords: dict[str, str] = {}
        self.laptops: dict[str, Any] = {}  # code -> Database
        self.running: dict[str, tuple[subprocess.Popen[bytes], float | None]] = {}
        self.down_until: float | None = None
        self.notes = 0
        self.seeded_contacts = 0

    # --- the team ---------------------------------------------------------------------

    def setup(self, members: int = 30) -> Chaos:
        import psycopg

        from vipcrm.domain.values import Role
        from vipcrm.store.db import open_database
        from vipcrm.sync import admin
        from vipcrm.sync.link import connect_laptop

        admin.add_team(self.admin_dsn, code="T1", name="一组")
        for code, role in (("L1", Role.LEAD), ("A", Role.MANAGER), ("B", Role.MANAGER)):
            self.passwords[code] = f"chaos-{code}-{self.dbname}"
            admin.add_user(
                self.admin_dsn, code=code, name=f"用户{code}", role=role, team="T1",
                password=self.passwords[code], login=self._login(code),
            )  # fmt: skip
        with psycopg.connect(self.admin_dsn, autocommit=True) as conn:
            ids = {
                code: conn.execute("SELECT id FROM managers WHERE code = %s", (code,)).fetchone()[0]
                for code in ("A", "B")
            }
            for i in range(members):
                conn.execute(
                    "INSERT INTO members (id, phone, name, name_pinyin, tier, points, "
                    "monthly_spend_fen, birth_leap_month, important, status, notes, manager_id, "
                    "version, updated_at, deleted) VALUES (gen_random_uuid(), %s, %s, '', "
                    "'gold', 0, 0, false, false, 'active', '', %s, 1, now(), false)",
                    (f"1380000{i:04d}", f"会员{i}", ids["AB"[i % 2]]),
                )
            conn.execute(
                "INSERT INTO contact_attempts (id, member_id, manager_id, at, channel, outcome, "
                "group_sms, note, version, updated_at, deleted) SELECT gen_random_uuid(), id, "
                "manager_id, now(), 'phone', 'reached', false, '', 1, now(), false FROM members"
            )
        self.seeded_contacts = members
        for code in CODES:
            db = open_database(self.work / f"{code}.db")
            connect_laptop(db, self._dsn(code), code, self.passwords[code])
            self.laptops[code] = db
        return self

    def _login(self, code: str) -> str:
        return f"{code.lower()}_{self.dbname}"

    def _dsn(self, code: str) -> str:
        return self.cluster.dsn(self.dbname, user=self._login(code))

    def path(self, code: str) -> Path:
        return self.work / f"{code}.db"

    def close(self) -> None:
        for proc, _ in self.running.values():
            proc.kill()
            proc.wait()
        self.running.clear()
        for db in self.laptops.values():
            db.dispose()

    # --- syncs ------------------------------------------------------------------------

    def _sync_args(self, code: str, *extra: str) -> list[str]:
        return [sys.executable, "-m", "vipcrm", "--db", str(self.path(code)), "sync", *extra]

    def _start_sync(self, code: str) -> None:
        env = dict(os.environ)
        env.pop("VIPCRM_SYNC_CRASH_AT", None)
        kill_at: float | None = None
        roll = self.rng.random()
        if roll < 0.25:
            env["VIPCRM_SYNC_CRASH_AT"] = self.rng.choice(CRASH_POINTS)
        elif roll < 0.65:
            kill_at = time.monotonic() + self.rng.uniform(0.3, 4.0)
        args = self._sync_args(code, "--page-size", "7", "--batch-size", "4")
        proc = subprocess.Popen(args, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        self.running[code] = (proc, kill_at)
        self.figures.syncs += 1

    def _tend_syncs(self) -> None:
        for code, (proc, kill_at) in list(self.running.items()):
            if proc.poll() is None:
                if kill_at is not None and time.monotonic() >= kill_at:
                    proc.send_signal(signal.SIGKILL)
                    proc.wait()
                else:
                    continue
            out, err = proc.communicate()
            del self.running[code]
            self._count_exit(code, proc.returncode, out, err)

    def _count_exit(self, code: str, exit_code: int, out: bytes, err: bytes) -> None:
        if exit_code in KILLED:
            self.figures.kills += 1
        elif exit_code == OFFLINE:
            self.figures.offline += 1
        elif exit_code != 0:
            self.figures.failures.append(
                f"sync on {code} exited {exit_code}:\n{out.decode(errors='replace')}"
                f"{err.decode(errors='replace')}"
            )

    def sync_now(self, code: str) -> dict[str, Any]:
        """One clean sync to the end (the settling phase); its --json report."""
        done = subprocess.run(
            self._sync_args(code, "--json"), capture_output=True, timeout=600, env=_clean_env()
        )
        if done.returncode != 0:
            raise ChaosFailure(
                f"a clean sync on {code} exited {done.returncode}:\n"
                f"{done.stdout.decode(errors='replace')}{done.stderr.decode(errors='replace')}"
            )
        self.figures.syncs += 1
        return json.loads(done.stdout)

    # --- work on the laptops and centrally -----------------------------------------------

    def _work(self, code: str) -> None:
        from vipcrm.domain.errors import VipcrmError
        from vipcrm.domain.values import Channel, Outcome
        from vipcrm.services.assignment import reassign
        from vipcrm.services.contacts import log_contact
        from vipcrm.services.context import resolve_actor
        from vipcrm.store.models import Member

        db = self.laptops[code]
        roll = self.rng.random()
        try:
            with db.transaction() as session:
                actor = resolve_actor(session, code)
                phones = sorted(
                    p for (p,) in session.query(Member.phone).filter(Member.deleted.is_(False))
                )
                if not phones:
                    return
                phone = self.rng.choice(phones)
                if code == "L1" and roll < 0.2:
                    member = session.query(Member).filter_by(phone=phone).one()
                    to = "A" if member.manager_id != _manager_id(session, "A") else "B"
                    reassign(session, actor, member_ref=phone, to=to, today=date.today())
                    self.figures.reassignments += 1
                elif roll < 0.6:
                    log_contact(
                        session, actor, member_ref=phone, channel=Channel.SMS,
                        outcome=self.rng.choice([Outcome.REACHED, Outcome.NO_ANSWER]),
                    )  # fmt: skip
                else:
                    self.notes += 1
                    member = session.query(Member).filter_by(phone=phone).one()
                    member.notes = f"{code} 第{self.notes}次"
            self.figures.changes += 1
        except VipcrmError:
            pass  # e.g. the member just left this laptop: the user would see the message

    def _central_write(self) -> None:
        import psycopg

        try:
            with psycopg.connect(self.admin_dsn, autocommit=True, connect_timeout=3) as conn:
                conn.execute(
                    "UPDATE members SET points = points + 1 WHERE id = "
                    "(SELECT id FROM members ORDER BY random() LIMIT 1)"
                )
            self.figures.central_writes += 1
        except psycopg.OperationalError:
            pass  # the server is down (or coming back)

    def _crash_server(self) -> None:
        self.cluster.crash()
        self.figures.server_crashes += 1
        self.down_until = time.monotonic() + self.rng.uniform(0.5, 3.0)

    # --- an epoch ----------------------------------------------------------------------

    def storm(self, seconds: float, crashes: int = 1) -> None:
        end = time.monotonic() + seconds
        crash_at = sorted(
            time.monotonic() + self.rng.uniform(0.2, 0.8) * seconds for _ in range(crashes)
        )
        while time.monotonic() < end:
            now = time.monotonic()
            if self.down_until is not None and now >= self.down_until:
                self.cluster.resume()
                self.down_until = None
            elif self.down_until is None and crash_at and now >= crash_at[0]:
                crash_at.pop(0)
                self._crash_server()
            self._tend_syncs()
            for code in CODES:
                if code not in self.running and self.rng.random() < 0.5:
                    self._start_sync(code)
            self._work(self.rng.choice(CODES))
            if self.down_until is None and self.rng.random() < 0.3:
                self._central_write()
            time.sleep(self.rng.uniform(0.05, 0.25))
        for proc, _ in self.running.values():  # the storm ends: the last syncs are cut off too
            proc.send_signal(signal.SIGKILL)
        for code, (proc, _) in list(self.running.items()):
            out, err = proc.communicate()
            self._count_exit(code, proc.returncode, out, err)
        self.running.clear()
        if self.down_until is not None:
            self.cluster.resume()
            self.down_until = None

    def settle(self, rounds: int = 6) -> None:
        """Clean syncs, laptop after laptop, until none pushes or waits and all pulled all."""
        quiet = 0
        for _ in range(rounds):
            reports = [self.sync_now(code) for code in CODES]
            if all(r["pushed"] == 0 and r["pending"] == 0 for r in reports):
                quiet += 1
                if quiet == 2:
                    return
        raise ChaosFailure(f"still moving after {rounds} rounds of clean syncs")

    def check(self) -> list[str]:
        """Verify every laptop and the exactly-once accounting; returns what was wrong."""
        problems: list[str] = []
        for code in CODES:
            self.figures.verifications += 1
            args = self._sync_args(code, "verify", "--json")
            done = subprocess.run(args, capture_output=True, timeout=600, env=_clean_env())
            report = json.loads(done.stdout or b"{}")
            if done.returncode != 0 or not report.get("equal"):
                self.figures.divergences += 1
                problems.append(f"{code} differs from the central store: {_differences(report)}")
                repair = subprocess.run(
                    [*args, "--repair"], capture_output=True, timeout=600, env=_clean_env()
                )
                if repair.returncode != 0:
                    problems.append(f"{code}: the repair did not mend it: {repair.stdout!r}")
        problems += self._exactly_once()
        for code in CODES:
            conn = sqlite3.connect(self.path(code))
            try:
                if conn.execute("PRAGMA integrity_check").fetchone()[0] != "ok":
                    problems.append(f"{code}: SQLite integrity check failed")
            finally:
                conn.close()
        self.figures.failures += problems
        return problems

    def _exactly_once(self) -> list[str]:
        import psycopg

        problems: list[str] = []
        ops: list[Sent] = []
        for code in CODES:
            conn = sqlite3.connect(self.path(code))
            try:
                for op_id, table, row_id, op, sent, result in conn.execute(
                    "SELECT op_id, table_name, row_id, op, sent_at, result FROM outbox"
                ):
                    status = json.loads(result or "{}").get("status")
                    ops.append(Sent(code, op_id, table, row_id, op, sent is not None, status))
            finally:
                conn.close()
        contacts = [o for o in ops if o.table == "contact_attempts" and o.op == "insert"]
        with psycopg.connect(self.admin_dsn) as conn:
            applied = {r[0].hex for r in conn.execute("SELECT op_id FROM sync_applied_ops")}
            present = {
                r[0].hex
                for r in conn.execute(
                    "SELECT id FROM contact_attempts WHERE id = ANY(%s::uuid[])",
                    ([o.row_id for o in contacts],),
                )
            }
            server_contacts = conn.execute("SELECT count(*) FROM contact_attempts").fetchone()[0]
        once = 0
        for o in ops:
            where = f"{o.code}: {o.op} {o.table} {o.row_id[:8]} (operation {o.op_id[:8]})"
            if not o.sent:
                problems.append(f"{where}: never sent")
            elif o.op_id not in applied:
                problems.append(f"{where}: marked sent, but the server has no record of it")
            else:
                once += 1
        self.figures.exactly_once = once  # every operation so far (epochs add to it)
        for o in contacts:
            if o.status in ("applied", "merged") and o.row_id not in present:
                problems.append(f"{o.code}: contact {o.row_id[:8]} {o.status}, not on the server")
            elif o.status == "refused" and o.row_id in present:
                problems.append(f"{o.code}: contact {o.row_id[:8]} refused, yet on the server")
        taken = sum(o.row_id in present for o in contacts)
        if server_contacts != self.seeded_contacts + taken:  # none twice, none from nowhere
            problems.append(
                f"the server holds {server_contacts} contacts, expected "
                f"{self.seeded_contacts} seeded + {taken} from laptops"
            )
        return problems

    def epoch(self, seconds: float, crashes: int = 1) -> list[str]:
        self.figures.epochs += 1
        self.storm(seconds, crashes)
        self.settle()
        return self.check()


@dataclass(frozen=True)
class Sent:
    """One outbox entry of a laptop (ids as 32 hex digits, as SQLite keeps them)."""

    code: str
    op_id: str
    table: str
    row_id: str
    op: str
    sent: bool
    status: str | None


class ChaosFailure(RuntimeError):
    """The system did not settle as it must (a clean sync failed, or never came to rest)."""


def _manager_id(session: Any, code: str) -> Any:
    from vipcrm.store.models import Manager

    return session.query(Manager.id).filter_by(code=code).scalar()


def _clean_env() -> dict[str, str]:
    env = dict(os.environ)
    env.pop("VIPCRM_SYNC_CRASH_AT", None)
    return env


def _differences(report: dict[str, Any]) -> str:
    parts = []
    for t in report.get("tables", []):
        if not t.get("equal", True):
            parts.append(
                f"{t['table']}: {len(t['missing'])} missing, {len(t['extra'])} extra, "
                f"{len(t['stale'])} stale{' (most of it)' if t.get('wholesale') else ''}"
            )
    return "; ".join(parts) or json.dumps(report)[:500]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--minutes", type=float, default=30.0, help="how long (default 30)")
    parser.add_argument("--epoch-seconds", type=float, default=180.0,
                        help="storm length between checks (default 180)")  # fmt: skip
    parser.add_argument("--crashes", type=int, default=1, help="server crashes per epoch")
    parser.add_argument("--seed", type=int, default=None)
    args = parser.parse_args(argv)
    seed = args.seed if args.seed is not None else int(time.time())
    home = Path(tempfile.mkdtemp(prefix="vipcrm-chaos-"))
    os.environ.update(  # an isolated home and a file keyring (never the user's own)
        HOME=str(home), XDG_DATA_HOME=str(home / "data"), XDG_CONFIG_HOME=str(home / "config"),
        XDG_CACHE_HOME=str(home / "cache"), PYTHON_KEYRING_BACKEND="keyrings.alt.file.PlaintextKeyring",
        VIPCRM_ENCRYPTION="off",
    )  # fmt: skip
    import psycopg

    from vipcrm.sync import admin
    from vipcrm.sync.throwaway import ThrowawayCluster

    print(f"chaos: seed {seed}, {args.minutes} minutes, epochs of {args.epoch_seconds} s")
    cluster = ThrowawayCluster(durable=True).start()
    started = time.monotonic()
    chaos: Chaos | None = None
    try:
        with psycopg.connect(cluster.dsn(), autocommit=True) as conn:
            conn.execute("CREATE DATABASE chaos")
        admin.init_central(cluster.dsn("chaos"))
        chaos = Chaos(cluster, "chaos", home, seed).setup()
        deadline = started + args.minutes * 60
        while time.monotonic() < deadline:
            seconds = min(args.epoch_seconds, max(10.0, deadline - time.monotonic()))
            problems = chaos.epoch(seconds, args.crashes)
            elapsed = (time.monotonic() - started) / 60
            print(
                f"[{elapsed:5.1f} min] epoch {chaos.figures.epochs}: kills {chaos.figures.kills}, "
                f"server crashes {chaos.figures.server_crashes}, changes {chaos.figures.changes}, "
                f"exactly once {chaos.figures.exactly_once}, "
                f"divergences {chaos.figures.divergences}",
                flush=True,
            )
            for problem in problems:
                print(f"  PROBLEM: {problem}", flush=True)
    finally:
        if chaos is not None:
            chaos.close()
        cluster.stop()
    figures = chaos.figures
    print(f"chaos: seed {seed}, {(time.monotonic() - started) / 60:.1f} minutes")
    for line in figures.lines():
        print("  " + line)
    for failure in figures.failures:
        print(f"FAILURE: {failure}")
    return 1 if figures.failures or figures.divergences else 0


if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    raise SystemExit(main())
