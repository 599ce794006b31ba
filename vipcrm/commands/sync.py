"""``vipcrm connect``, ``vipcrm sync [status]``, ``vipcrm conflicts [resolve]``: the laptop side.

``sync`` exits 0 when it synced, 3 when the central store cannot be reached (everything
stays in the outbox; work goes on offline), 2 for anything the user must fix (wrong
password, version skew, not connected).
"""

from __future__ import annotations

import argparse
import getpass
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from vipcrm.commands.args import int_range
from vipcrm.commands.common import open_db, print_json, print_table
from vipcrm.domain.errors import ValidationError, msg

EXIT_OFFLINE = 3


def _read_password(args: argparse.Namespace) -> str:
    if args.password_stdin:
        password = sys.stdin.readline().rstrip("\r\n")
    elif not sys.stdin.isatty():
        raise ValidationError(
            "password",
            msg(
                "no terminal to ask for the password on; give it on standard input with "
                "--password-stdin"
            ),
        )
    else:
        try:
            password = getpass.getpass(f"password for {args.user} on the central store: ")
        except EOFError:
            password = ""
    if not password:
        raise ValidationError("password", msg("no password given"))
    return password


def cmd_connect(args: argparse.Namespace) -> int:
    from vipcrm.sync.link import connect_laptop

    password = _read_password(args)
    db = open_db(args)
    try:
        link, info = connect_laptop(db, args.dsn, args.user, password)
    finally:
        db.dispose()
    print(
        f"connected to {link.target} as {info.user_code} ({info.role}); the password is in the "
        "keyring. This laptop now acts as "
        f"{link.user}; run 'vipcrm sync' to fetch the data"
    )
    return 0


def _outcome_text(report: Any) -> str:
    if not report.pushed:
        return "pushed nothing"
    parts = ", ".join(f"{n} {status}" for status, n in sorted(report.outcomes.items()))
    return f"pushed {report.pushed} change(s) ({parts})"


@contextmanager
def _online(db: Any, what: str) -> Iterator[Any]:
    """The central store for one command; offline: the message and exit 3 (:class:`_Offline`)."""
    from vipcrm.sync.engine import record_error
    from vipcrm.sync.link import open_central
    from vipcrm.sync.pgconn import CentralUnreachable
    from vipcrm.sync.replica import pending_count

    try:
        central = open_central(db)
    except CentralUnreachable as exc:
        record_error(db, str(exc))
        print(
            f"vipcrm: offline — {exc}. {pending_count(db)} change(s) wait in the outbox; "
            "work goes on and the next sync sends them",
            file=sys.stderr,
        )
        raise _Offline from None
    try:
        yield central
    except CentralUnreachable as exc:
        record_error(db, str(exc))
        print(
            f"vipcrm: offline — {exc}. What was done is kept; {pending_count(db)} "
            f"change(s) wait for the next {what}",
            file=sys.stderr,
        )
        raise _Offline from None
    except Exception as exc:
        record_error(db, str(exc))
        raise
    finally:
        central.close()


class _Offline(Exception):
    """The central store could not be reached (already said): exit 3."""


def _open_for_sync(args: argparse.Namespace) -> Any:
    """The database; with --fresh a lost one is made anew and linked as it was."""
    from vipcrm.store.db import MissingDatabase, open_database

    if not args.fresh:
        return open_db(args)
    try:
        return open_db(args)
    except MissingDatabase as missing:
        from vipcrm.sync.link import relink

        db = open_database(args.db, recreate=True)
        link = relink(db, missing.link)
        print(f"the database was missing: made anew, linked to {link.target} as {link.user}")
        return db


def cmd_sync(args: argparse.Namespace) -> int:
    from vipcrm.sync.engine import sync

    db = _open_for_sync(args)
    try:
        with _online(db, "sync") as central:
            report = sync(
                db,
                central,
                batch=args.batch_size,
                page=args.page_size,
                snapshot_page=args.page_size,
                fresh=args.fresh,
            )
    except _Offline:
        return EXIT_OFFLINE
    finally:
        db.dispose()
    if args.json:
        print_json(report)
        return 0
    print(f"synced as {report.user} ({report.role}): {_outcome_text(report)}")
    for r in report.refusals:
        print(f"  {r.status}: {r.table} {str(r.row_id)[:8]} ({r.op}) — {r.reason}")
    if report.conflicts:
        print(f"  {report.conflicts} conflict(s) recorded: see 'vipcrm conflicts'")
    what = ("fresh copy: " if args.fresh else "initial copy: ") if report.initial else ""
    print(
        f"pulled {what}{report.pulled} row(s) in {report.pages} page(s); removed {report.removed}"
    )
    if report.pending:
        print(f"{report.pending} change(s) still wait in the outbox")
    return 0


#: differing ids listed per kind and table (``--json`` lists them all)
SHOWN_IDS = 10


def cmd_sync_verify(args: argparse.Namespace) -> int:
    from vipcrm.sync.verify import record_check, verify

    db = open_db(args)
    try:
        with _online(db, "sync") as central:
            report = verify(db, central, repair=args.repair)
        record_check(db, report)  # the window's status bar shows the last check
    except _Offline:
        return EXIT_OFFLINE
    finally:
        db.dispose()
    if args.json:
        print_json(report.to_json())
        return 0 if report.equal else 1
    if report.found:
        names = ", ".join(t.table for t in report.found)
        print(f"repaired {report.repaired} row(s) in {names}")
    waiting = (
        f"; {report.waiting} row(s) with changes waiting to go up not compared"
        if report.waiting
        else ""
    )
    if report.equal:
        print(
            f"this laptop equals what {report.user} may see centrally: "
            f"{len(report.tables)} tables, {report.rows} rows{waiting}"
        )
        return 0
    print(f"this laptop DIFFERS from what {report.user} may see centrally{waiting}:")
    for t in report.differing:
        counts = f"here {t.local.count} rows, central {t.central.count}"
        if t.wholesale:
            print(f"  {t.table}: most of it ({counts})")
            continue
        print(
            f"  {t.table}: {len(t.missing)} missing here, {len(t.extra)} here but not "
            f"visible centrally, {len(t.stale)} older here ({counts})"
        )
        for kind, ids in (("missing", t.missing), ("extra", t.extra), ("older", t.stale)):
            for row_id in ids[:SHOWN_IDS]:
                print(f"    {kind} {row_id}")
            if len(ids) > SHOWN_IDS:
                print(f"    … {len(ids) - SHOWN_IDS} more {kind} (--json lists them all)")
    if not args.repair:
        print("to mend it: vipcrm sync verify --repair (or a fresh copy: vipcrm sync --fresh)")
    return 1


def cmd_sync_status(args: argparse.Namespace) -> int:
    from vipcrm.sync.engine import sync_status

    db = open_db(args)
    try:
        status = sync_status(db)
    finally:
        db.dispose()
    if args.json:
        print_json(status)
        return 0
    if not status.connected:
        print("not connected to a central store (vipcrm connect --dsn ... --user CODE)")
    else:
        print(f"central store: {status.target} as {status.user}")
    last = status.last_sync_at.isoformat(timespec="seconds") if status.last_sync_at else "never"
    print(f"last sync: {last}; waiting in the outbox: {status.pending}")
    if status.last_error:
        print(f"last problem: {status.last_error}")
    if status.unresolved_conflicts:
        print(f"unresolved conflicts: {status.unresolved_conflicts} (vipcrm conflicts)")
    if status.refusals:
        print("not taken as sent by the central store (newest first):")
        for r in status.refusals:
            print(f"  {r.status}: {r.table} {str(r.row_id)[:8]} ({r.op}) — {r.reason}")
    return 0


def cmd_conflicts(args: argparse.Namespace) -> int:
    from vipcrm.sync.conflicts import list_conflicts

    db = open_db(args)
    try:
        with db.reading() as session:
            rows = list_conflicts(session, include_resolved=args.all)
    finally:
        db.dispose()
    if args.json:
        print_json(rows)
        return 0
    if not rows:
        print("no conflicts")
        return 0
    print_table(
        ["id", "what", "field", "mine", "theirs (kept)", "resolved"],
        [[r.id, r.row_label, r.field, r.mine, r.theirs, r.resolved or ""] for r in rows],
    )
    return 0


def cmd_conflicts_resolve(args: argparse.Namespace) -> int:
    from vipcrm.sync.conflicts import resolve_conflict

    db = open_db(args)
    try:
        with db.transaction() as session:
            resolve_conflict(session, args.id, args.keep)
    finally:
        db.dispose()
    if args.keep == "mine":
        print(f"conflict {args.id}: your value is kept; the next sync sends it")
    else:
        print(f"conflict {args.id}: the central store's value is kept")
    return 0


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("connect", help="link this laptop to the central store")
    p.add_argument("--dsn", required=True, help="connection string, without the password")
    p.add_argument("--user", required=True, metavar="CODE", help="your vipcrm user code")
    p.add_argument("--password-stdin", action="store_true", help="read the password from stdin")
    p.set_defaults(func=cmd_connect)

    p = sub.add_parser("sync", help="push local changes, pull the central store's")
    p.add_argument("--json", action="store_true")
    p.add_argument(
        "--page-size", type=int_range(1, 100_000), default=5000, help="rows per pulled page"
    )
    p.add_argument(
        "--batch-size", type=int_range(1, 10_000), default=500, help="changes per pushed batch"
    )
    p.add_argument(
        "--fresh",
        action="store_true",
        help="pull a fresh copy of everything (unsent changes stay and go up)",
    )
    p.set_defaults(func=cmd_sync)
    ssub = p.add_subparsers(dest="sync_command", metavar="COMMAND")
    s = ssub.add_parser("status", help="last sync, pending changes, refusals (no network)")
    s.add_argument("--json", action="store_true")
    s.set_defaults(func=cmd_sync_status)
    s = ssub.add_parser(
        "verify",
        help="compare this laptop with what its user may see centrally (exit 1: they differ)",
    )
    s.add_argument("--json", action="store_true")
    s.add_argument(
        "--repair", action="store_true", help="mend what differs (unsent changes are kept)"
    )
    s.set_defaults(func=cmd_sync_verify)

    p = sub.add_parser("conflicts", help="fields changed here and centrally: choose")
    p.add_argument("--json", action="store_true")
    p.add_argument("--all", action="store_true", help="include resolved ones")
    p.set_defaults(func=cmd_conflicts)
    csub = p.add_subparsers(dest="conflicts_command", metavar="COMMAND")
    r = csub.add_parser("resolve", help="keep mine or theirs")
    r.add_argument("id", type=int)
    r.add_argument("--keep", required=True, choices=["mine", "theirs"])
    r.set_defaults(func=cmd_conflicts_resolve)
