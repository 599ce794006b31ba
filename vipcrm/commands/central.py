"""``vipcrm central ...``: set up and look after the central PostgreSQL store (administrators).

Every sub-command takes ``--dsn`` (or ``$VIPCRM_CENTRAL_DSN``): a libpq connection string
or URL for an administrator (a superuser, or a role with CREATEROLE owning the schema).
The password, if any, comes the usual libpq ways (``PGPASSWORD``, ``~/.pgpass``) — never
put it on the command line.
"""

from __future__ import annotations

import argparse
import os
import re
import sys
from datetime import timedelta

from vipcrm.commands.args import arg, enum_arg, enum_help
from vipcrm.commands.common import print_json
from vipcrm.domain.errors import ValidationError, msg
from vipcrm.domain.values import Role


def _dsn(args: argparse.Namespace) -> str:
    dsn = args.dsn or os.environ.get("VIPCRM_CENTRAL_DSN")
    if not dsn:
        raise ValidationError("dsn", "name the central database (--dsn 'host=... dbname=...')")
    return dsn


def cmd_init(args: argparse.Namespace) -> int:
    from vipcrm.sync.admin import init_central

    report = init_central(_dsn(args))
    if args.json:
        print_json(report)
    else:
        print(
            f"central store ready: {report.target} (schema {report.schema_version}, "
            f"revision {report.revision}, {report.tables} tables under forced row-level security)"
        )
    return 0


def cmd_team_add(args: argparse.Namespace) -> int:
    from vipcrm.sync.admin import add_team

    add_team(_dsn(args), code=args.code, name=args.name, lead=args.lead)
    print(f"team {args.code} added" + (f" (lead {args.lead})" if args.lead else ""))
    return 0


def cmd_user_add(args: argparse.Namespace) -> int:
    from vipcrm.sync.admin import add_user

    password = None
    if args.password_stdin:
        password = sys.stdin.readline().rstrip("\r\n")
        if not password:
            raise ValidationError("password", "nothing was read from standard input")
    user = add_user(
        _dsn(args),
        code=args.code,
        name=args.name,
        role=args.role,
        team=args.team,
        password=password,
        login=args.login,
        phone=args.phone,
    )
    where = f" in team {user.team}" if user.team else ""
    print(f"user {user.code} added as {user.role}{where}; PostgreSQL login '{user.login}'")
    if user.password is not None:
        print(f"one-time password (give it to {user.code}, it is not stored): {user.password}")
        print(
            f"on the laptop: vipcrm connect --dsn 'host=... dbname=... user={user.login}' "
            f"--user {user.code}"
        )
    return 0


def cmd_status(args: argparse.Namespace) -> int:
    from vipcrm.sync.admin import central_status

    status = central_status(_dsn(args))
    if args.json:
        print_json(status)
        return 0
    print(f"central store {status.target} (PostgreSQL {status.server_version})")
    if status.schema_version is None:
        print("  not initialised: run 'vipcrm central init --dsn ...'")
        return 1
    print(
        f"  schema {status.schema_version} (revision {status.revision}); "
        f"clients from protocol {status.min_client_version}"
    )
    print(
        f"  {status.teams} teams, {status.users} users ({status.logins} logins), "
        f"{status.members} members"
    )
    print(f"  change log: {status.changes} entries; applied operations: {status.applied_ops}")
    if status.oldest_open_transaction_s is not None and status.oldest_open_transaction_s > 60:
        print(
            f"  warning: a transaction has been open for {status.oldest_open_transaction_s:.0f} s; "
            "pulls wait for it to finish"
        )
    problems = []
    if status.tables_without_forced_rls:
        problems.append(
            "row-level security not forced on " + ", ".join(status.tables_without_forced_rls)
        )
    if status.logins_bypassing_rls:
        problems.append(
            "logins bypassing row-level security: " + ", ".join(status.logins_bypassing_rls)
        )
    if status.logins_owning_tables:
        problems.append("logins owning tables: " + ", ".join(status.logins_owning_tables))
    if status.roles_not_matching:
        problems.append(
            "users whose managers.role differs from their login's group role: "
            + ", ".join(status.roles_not_matching)
        )
    if status.public_may:
        problems.append("PUBLIC still has " + ", ".join(status.public_may))
    if status.functions_without_search_path:
        problems.append(
            "functions without a fixed search_path: "
            + ", ".join(status.functions_without_search_path)
        )
    for problem in problems:
        print(f"  PROBLEM: {problem}")
    if not problems:
        print(
            "  row-level security forced on every table; no login owns or bypasses anything; "
            "PUBLIC creates nothing; every function has a fixed search_path"
        )
    return 1 if problems else 0


_UNITS = {"h": "hours", "d": "days", "w": "weeks"}


def parse_age(text: str) -> timedelta:
    """``90d``, ``12w``, ``36h`` (a bare number is days)."""
    found = re.fullmatch(r"\s*(\d{1,6})\s*([hdw]?)\s*", text.lower())
    if found is None:
        raise ValidationError(
            "older_than",
            msg("'{text}' is not an age like 90d, 12w or 36h", text=text),
        )
    return timedelta(**{_UNITS[found.group(2) or "d"]: int(found.group(1))})


def cmd_prune(args: argparse.Namespace) -> int:
    from vipcrm.sync.admin import DEFAULT_PRUNE_AGE, prune_changes

    if not args.dry_run and not args.json:
        print("waiting for running syncs to finish (new syncs wait meanwhile) ...", flush=True)
    report = prune_changes(
        _dsn(args),
        older_than=args.older_than or DEFAULT_PRUNE_AGE,
        dry_run=args.dry_run,
        wait=args.wait,
    )
    if args.json:
        print_json(report)
        return 0
    cutoff = report.cutoff.astimezone().strftime("%Y-%m-%d %H:%M %Z")
    would = "would remove" if report.dry_run else "removed"
    if not report.pruned:
        print(f"change log: nothing logged before {cutoff} to remove; {report.kept} entries kept")
        print(f"  horizon stays at transaction {report.old_horizon}")
        return 0
    if report.waited_for:
        print(f"  let {report.waited_for} running sync(s) finish first")
    print(
        f"change log: {would} {report.removed} entries logged before {cutoff}; "
        f"{report.kept} entries kept"
    )
    print(
        f"  horizon: transaction {report.old_horizon} → {report.new_horizon} "
        "(a laptop that last pulled before it makes a fresh copy at its next sync)"
    )
    if report.behind:
        print(
            f"  {len(report.behind)} user(s) have pushed nothing since {cutoff}; "
            "their laptops make a fresh copy unless they have synced since: "
            + ", ".join(report.behind)
        )
    if report.dry_run:
        print("  dry run: nothing was changed")
    return 0


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    central = sub.add_parser("central", help="set up the central PostgreSQL store (administrators)")
    csub = central.add_subparsers(dest="central_command", metavar="COMMAND", required=True)

    def with_dsn(p: argparse.ArgumentParser) -> argparse.ArgumentParser:
        p.add_argument(
            "--dsn",
            metavar="DSN",
            help="administrator's connection string (default: $VIPCRM_CENTRAL_DSN)",
        )
        return p

    p = with_dsn(csub.add_parser("init", help="create or upgrade roles, schema and policies"))
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_init)

    team = csub.add_parser("team", help="teams")
    tsub = team.add_subparsers(dest="team_command", metavar="COMMAND", required=True)
    p = with_dsn(tsub.add_parser("add", help="add a team"))
    p.add_argument("--code", required=True)
    p.add_argument("--name", required=True)
    p.add_argument("--lead", metavar="C", help="an existing user to lead it")
    p.set_defaults(func=cmd_team_add)

    user = csub.add_parser("user", help="users (one PostgreSQL login each)")
    usub = user.add_subparsers(dest="user_command", metavar="COMMAND", required=True)
    p = with_dsn(usub.add_parser("add", help="add a user and their login role"))
    p.add_argument("--code", required=True)
    p.add_argument("--name", required=True)
    p.add_argument("--role", required=True, type=enum_arg(Role, "role"), help=enum_help(Role))
    p.add_argument("--team", metavar="T")
    p.add_argument("--phone")
    p.add_argument("--login", help="PostgreSQL login name (default: the code)")
    p.add_argument(
        "--password-stdin",
        action="store_true",
        help="read the password from standard input (otherwise one is generated and shown once)",
    )
    p.set_defaults(func=cmd_user_add)

    p = with_dsn(csub.add_parser("status", help="what is there, and is it locked down"))
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_status)

    p = with_dsn(
        csub.add_parser(
            "prune", help="remove old change-log entries (laptops behind make a fresh copy)"
        )
    )
    p.add_argument(
        "--older-than",
        metavar="AGE",
        type=arg(parse_age),
        default=None,
        help="remove entries of transactions older than this: 90d, 12w, 36h (default: 90d)",
    )
    p.add_argument(
        "--dry-run", action="store_true", help="show what would be removed; change nothing"
    )
    p.add_argument(
        "--wait",
        metavar="SECONDS",
        type=float,
        default=60.0,
        help="how long to let running syncs finish before giving up (default: 60)",
    )
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_prune)
