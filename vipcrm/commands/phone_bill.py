"""``vipcrm contact import-bill FILE``: contacts from the itemised bill of one's own phone."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from vipcrm.commands.common import open_db, print_json
from vipcrm.domain.dates import local_date
from vipcrm.services.context import resolve_actor
from vipcrm.services.phone_bill import BillRefused, BillResult, import_bill


def result_json(result: BillResult) -> dict[str, Any]:
    return {
        "file": result.file,
        "kinds": [k.value for k in result.kinds],
        "encoding": result.encoding,
        "from": local_date(result.first).isoformat() if result.first else None,
        "to": local_date(result.last).isoformat() if result.last else None,
        "rows": result.rows,
        "logged": result.logged,
        "already_logged": result.already_logged,
        "duplicates": result.duplicates,
        "not_in_book": result.not_in_book,
        "ignored": result.ignored,
        "refused": [
            {"row": p.row, "column": p.column, "reason": str(p.reason)}
            | ({"sheet": p.sheet} if p.sheet else {})
            for p in result.refused
        ],
        "logged_by": result.logged_by,
        "members": result.members,
        "dry_run": result.dry_run,
        "written": result.written,
    } | (
        {
            "campaign": {
                "code": result.campaign,
                "contacts": result.campaign_contacts,
                "members": result.campaign_members,
                "reached": result.campaign_reached,
                "awaiting_result": result.campaign_awaiting,
            }
        }
        if result.campaign
        else {}
    )


def summary(result: BillResult) -> str:
    kinds = " + ".join(k.value for k in result.kinds)
    period = (
        f", {local_date(result.first)} to {local_date(result.last)}"
        if result.first and result.last
        else ""
    )
    encoding = f", {result.encoding}" if result.encoding else ""
    by = ", ".join(f"{k} {n}" for k, n in result.logged_by.items())
    verb = (
        "nothing written (dry run)"
        if result.dry_run
        else "written"
        if result.logged
        else "nothing new to write"
    )
    return (
        f"{result.file} ({kinds}, {result.rows} rows{encoding}{period}): "
        f"{result.logged} logged{f' ({by})' if by else ''} with {result.members} member(s), "
        f"{result.already_logged} already logged, {result.duplicates} duplicate(s), "
        f"{result.not_in_book} not in your book (dropped), {result.ignored} not a contact, "
        f"{len(result.refused)} bad — {verb}"
    )


def cmd_import_bill(args: argparse.Namespace) -> int:
    db = open_db(args)
    try:
        with db.transaction() as session:
            actor = resolve_actor(session, args.user)
            session.info["actor"] = actor
            result, _ = import_bill(
                session,
                actor,
                Path(args.file),
                dry_run=args.dry_run,
                skip_invalid=args.skip_invalid,
                encoding=args.encoding,
                campaign=args.campaign,
                campaign_team=args.team,
            )
    except BillRefused as exc:
        if args.json:
            lines = str(exc).splitlines()
            refused = result_json(exc.result)["refused"] if exc.result else []
            print_json({"written": False, "error": lines[0], "refused": refused})
            return 2
        raise
    finally:
        db.dispose()
    if args.json:
        print_json(result_json(result))
        return 0
    print(summary(result))
    if result.campaign:
        print(
            f"campaign {result.campaign}: {result.campaign_contacts} contact(s) with "
            f"{result.campaign_members} targeted member(s), {result.campaign_reached} reached, "
            f"{result.campaign_awaiting} awaiting a result (vipcrm campaign outcome)"
        )
    for problem in result.problems():
        print(problem, file=sys.stderr)
    if result.refused and result.dry_run and not args.skip_invalid:
        print("the import would be refused: fix the bad rows, or --skip-invalid", file=sys.stderr)
    return 0


def register(contact: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = contact.add_parser(
        "import-bill",
        help="log the calls and SMS of your own phone's itemised bill (通话/短信详单)",
        description="Reads the itemised bill of your own phone (the acting user's): calls "
        "and SMS with your members become contacts; other numbers are counted and dropped, "
        "never stored. Importing the same file again, or overlapping months, logs nothing "
        "twice. Format: docs/import-format.md.",
    )
    p.add_argument(
        "file",
        metavar="FILE",
        help=".csv (UTF-8, GB18030 ...) or .xlsx, as the operator exports it",
    )
    p.add_argument(
        "--dry-run", action="store_true", help="show what would be logged, write nothing"
    )
    p.add_argument(
        "--skip-invalid", action="store_true", help="log the good rows, report the bad ones"
    )
    p.add_argument("--encoding", help="CSV encoding when detection is not enough (e.g. gbk)")
    p.add_argument(
        "--campaign",
        metavar="C",
        help="attach the calls to open campaign C: those with its targeted members in its "
        "period are its contacts; reached ones await a result (vipcrm campaign outcome)",
    )
    p.add_argument(
        "--team",
        metavar="T",
        help="with --campaign: the campaign's team, for an administrator when two teams use "
        "the code ('-': the administrator's campaign for every team)",
    )
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_import_bill)
