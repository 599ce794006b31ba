"""Printed documents from the command line: ``vipcrm ledger`` (plans and reviews join here)."""

from __future__ import annotations

import argparse
from pathlib import Path

from vipcrm.commands.args import arg
from vipcrm.commands.common import open_db
from vipcrm.domain.errors import ValidationError
from vipcrm.domain.periods import parse_period
from vipcrm.services.context import resolve_actor


def pdf_path(text: str) -> Path:
    path = Path(text).expanduser()
    if path.suffix.lower() != ".pdf":
        raise ValidationError("out", f"'{text}' should end in .pdf")
    if path.exists() and path.is_dir():
        raise ValidationError("out", f"'{text}' is a folder")
    return path


def cmd_ledger(args: argparse.Namespace) -> int:
    from vipcrm.reports.ledger import render_ledger
    from vipcrm.services.ledger import gift_ledger

    db = open_db(args)
    try:
        with db.reading() as session:
            ledger = gift_ledger(
                session, resolve_actor(session, args.user), team=args.team, period=args.period.key
            )
    finally:
        db.dispose()
    out = render_ledger(ledger, args.out, args.lang or "zh_CN")
    state = "reconciles" if ledger.reconciliation.ok else "DOES NOT reconcile"
    print(f"written {out} ({len(ledger.gifts)} gifts; the budget {state})")
    return 0


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("ledger", help="print a team's gift ledger for a period (PDF)")
    p.add_argument("--team", required=True, metavar="T")
    p.add_argument(
        "--period",
        required=True,
        type=arg(lambda v: parse_period(v)),
        metavar="2026-12|2026-Q4|2026",
    )
    p.add_argument("--out", required=True, type=arg(pdf_path), metavar="FILE.pdf")
    p.set_defaults(func=cmd_ledger)
