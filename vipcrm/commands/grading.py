"""``vipcrm import-grading FILE --month YYYY-MM``: the monthly re-grading file from billing."""

from __future__ import annotations

import argparse
import sys
from dataclasses import asdict
from pathlib import Path

from vipcrm.commands.args import arg
from vipcrm.commands.common import open_db, print_json, today, unit_of_work
from vipcrm.domain.dates import parse_date
from vipcrm.domain.errors import ValidationError
from vipcrm.services.assignment import assign_new_members, reassign
from vipcrm.services.context import resolve_actor
from vipcrm.services.grading import ImportRefused, import_grading


def cmd_import_grading(args: argparse.Namespace) -> int:
    db = open_db(args)
    try:
        with db.transaction() as session:
            result, _ = import_grading(
                session,
                resolve_actor(session, args.user),
                Path(args.file),
                month=args.month,
                dry_run=args.dry_run,
                skip_invalid=args.skip_invalid,
                encoding=args.encoding,
            )
    except ImportRefused as exc:
        if args.json:
            print_json(
                {
                    "written": False,
                    "error": str(exc).splitlines()[0],
                    "problems": str(exc).splitlines()[1:],
                }
            )
            return 2
        raise
    finally:
        db.dispose()
    if args.json:
        print_json(asdict(result) | {"new_phones": None})
        return 0
    c = result.counts
    verb = (
        "already imported: nothing written"
        if result.already_imported
        else "nothing written (dry run)"
        if args.dry_run
        else "written"
    )
    print(
        f"{result.file} ({result.rows} rows{', ' + result.encoding if result.encoding else ''}) for {result.month}: "
        f"{c.get('new', 0)} new, {c.get('up', 0)} up, {c.get('down', 0)} down, {c.get('left', 0)} left, "
        f"{c.get('unchanged', 0)} unchanged — {verb}"
    )
    for problem in result.problems:
        print(problem, file=sys.stderr)
    if result.problems and result.written:
        print(f"{len(result.problems)} bad row(s) skipped", file=sys.stderr)
    return 0


def cmd_assign(args: argparse.Namespace) -> int:
    on = args.on or today()
    if args.member or args.to:
        if not (args.member and args.to):
            raise ValidationError("to", "reassigning needs both --member and --to")
        with unit_of_work(args) as (session, actor):
            reassign(session, actor, member_ref=args.member, to=args.to, today=on)
        print(f"{args.member} now belongs to {args.to} (first contact due from {on})")
        return 0
    if not args.month:
        raise ValidationError(
            "month", "give --month YYYY-MM (or --member M --to C to reassign one member)"
        )
    with unit_of_work(args) as (session, actor):
        result, _ = assign_new_members(
            session, actor, month=args.month, today=on, team=args.team, dry_run=args.dry_run
        )
        if args.dry_run:
            session.rollback()
    if args.json:
        print_json(result)
        return 0
    given = ", ".join(f"{code} +{n}" for code, n in sorted(result.by_manager.items()))
    loads = ", ".join(f"{code} {n}" for code, n in sorted(result.loads.items()))
    verb = "would assign" if args.dry_run else "assigned"
    print(f"team {result.team}, {result.month}: {verb} {result.assigned} new member(s): {given}")
    print(f"weighted books now: {loads}")
    return 0


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser(
        "import-grading",
        help="apply the monthly re-grading file (升降级) from billing (lead/admin)",
    )
    p.add_argument(
        "file", metavar="FILE", help=".csv (UTF-8 or GB18030) or .xlsx; see docs/import-format.md"
    )
    p.add_argument("--month", required=True, metavar="YYYY-MM")
    p.add_argument("--dry-run", action="store_true", help="show what would change, write nothing")
    p.add_argument(
        "--skip-invalid", action="store_true", help="import the good rows, report the bad ones"
    )
    p.add_argument("--encoding", help="CSV encoding when detection is not enough (e.g. gbk)")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_import_grading)
    p = sub.add_parser(
        "assign", help="give the month's new members to the team's managers, balanced (lead/admin)"
    )
    p.add_argument(
        "--month", metavar="YYYY-MM", help="members who joined in this month's re-grading"
    )
    p.add_argument("--team", metavar="T", help="default: your team")
    p.add_argument(
        "--on",
        type=arg(lambda v: parse_date(v, "on")),
        metavar="YYYY-MM-DD",
        help="assignment date",
    )
    p.add_argument("--dry-run", action="store_true")
    p.add_argument("--member", metavar="PHONE_OR_ID", help="reassign one member ...")
    p.add_argument("--to", metavar="C", help="... to this manager")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_assign)
