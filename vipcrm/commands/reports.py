"""Printed documents from the command line: ``vipcrm plans print`` (registered with the
other ``plans`` actions, vipcrm/commands/saved_plans.py; ``vipcrm plan`` is its old name,
kept as an alias), ``vipcrm review`` and ``vipcrm ledger`` (PDF, A4; the words follow
``--lang``)."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from vipcrm.commands.args import arg
from vipcrm.commands.common import open_db, today
from vipcrm.domain.actor import Actor
from vipcrm.domain.dates import parse_date
from vipcrm.domain.errors import ValidationError
from vipcrm.domain.periods import parse_period
from vipcrm.domain.plan_layout import PlanPeriod, parse_plan_month, parse_plan_week, parse_plan_year
from vipcrm.services.context import resolve_actor

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from vipcrm.reports.printing import Printed


def pdf_path(text: str) -> Path:
    path = Path(text).expanduser()
    if path.suffix.lower() != ".pdf":
        raise ValidationError("out", f"'{text}' should end in .pdf")
    if path.exists() and path.is_dir():
        raise ValidationError("out", f"'{text}' is a folder")
    return path


def folder_path(text: str) -> Path:
    path = Path(text).expanduser()
    if path.exists() and not path.is_dir():
        raise ValidationError("out-dir", f"'{text}' is a file, not a folder")
    return path


def cmd_plan(args: argparse.Namespace) -> int:
    from vipcrm.reports.printing import plan_data, render_plan_data
    from vipcrm.services.plan_contents import plan_managers

    period = args.month or args.week or args.year
    lang = args.lang or "zh_CN"
    if args.manager and not args.out:
        raise ValidationError("out", "give the file to write (--out FILE.pdf)")
    if args.team and not args.out_dir:
        raise ValidationError("out-dir", "a team's plans go into a folder (--out-dir DIR)")
    db = open_db(args)
    try:
        with db.reading() as session:
            actor = resolve_actor(session, args.user)
            if args.manager:
                data = plan_data(session, actor, manager=args.manager, period=period)
                printed = render_plan_data(data, args.out, lang)
                unit = "month(s)" if period.kind == "year" else "item(s)"
                print(f"written {printed.path} ({printed.rows} {unit}, {printed.pages} page(s))")
                return 0
            codes = plan_managers(session, actor, args.team)
            if not codes:
                raise ValidationError("team", f"{args.team} has no account managers")
            args.out_dir.mkdir(parents=True, exist_ok=True)
            written = _batch(session, actor, codes, period, args.out_dir, lang)
    finally:
        db.dispose()
    rows = sum(p.rows for p in written)
    print(f"written {len(written)} plan(s) into {args.out_dir} ({rows} rows in all)")
    return 0


def _batch(
    session: Session, actor: Actor, codes: list[str], period: PlanPeriod, folder: Path, lang: str
) -> list[Printed]:
    """One PDF per manager, with a progress bar on a terminal."""
    from tqdm import tqdm

    from vipcrm.reports.printing import plan_data, render_plan_data

    written: list[Printed] = []
    for code in tqdm(codes, desc="plans", unit="manager", disable=None):
        data = plan_data(session, actor, manager=code, period=period)
        written.append(render_plan_data(data, folder / f"plan-{period.key}-{code}.pdf", lang))
    return written


def cmd_review(args: argparse.Namespace) -> int:
    from vipcrm.reports.printing import print_review

    db = open_db(args)
    try:
        with db.reading() as session:
            printed = print_review(
                session,
                resolve_actor(session, args.user),
                team=args.team,
                month=args.month.key,
                out=args.out,
                lang=args.lang or "zh_CN",
                today=args.on or today(),
            )
    finally:
        db.dispose()
    print(f"written {printed.path} ({printed.rows} manager(s), {printed.pages} page(s))")
    for m in printed.review.managers if printed.review else ():
        print(
            f"  {m.code} {m.name}: {m.logged} contact(s) logged ({m.from_bill} from the phone "
            f"bill, {m.by_hand} typed by hand), {m.reached} reached, "
            f"{m.benefit_uses} benefit use(s)"
        )
    return 0


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


PRINT_PLAN_HELP = (
    "print a manager's monthly, weekly or yearly service plan (PDF); "
    "--team: one PDF per manager into a folder"
)


def add_print_plan_arguments(p: argparse.ArgumentParser) -> None:
    """The arguments of ``vipcrm plans print`` and of its old name ``vipcrm plan``."""
    who = p.add_mutually_exclusive_group(required=True)
    who.add_argument("--manager", metavar="C", help="one manager's plan (your own, or your team's)")
    who.add_argument("--team", metavar="T", help="every manager of the team (lead), with --out-dir")
    when = p.add_mutually_exclusive_group(required=True)
    when.add_argument(
        "--month",
        type=arg(parse_plan_month),
        metavar="YYYY-MM",
        help="the monthly plan: every item `vipcrm due --on YYYY-MM-01` has for the month",
    )
    when.add_argument(
        "--week", type=arg(parse_plan_week), metavar="YYYY-Www", help="the weekly plan (ISO week)"
    )
    when.add_argument(
        "--year", type=arg(parse_plan_year), metavar="YYYY", help="the yearly plan (month by month)"
    )
    p.add_argument("--out", type=arg(pdf_path), metavar="FILE.pdf", help="with --manager")
    p.add_argument(
        "--out-dir",
        type=arg(folder_path),
        metavar="DIR",
        help="with --team: writes DIR/plan-<period>-<manager>.pdf",
    )
    p.set_defaults(func=cmd_plan)


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser(
        "plan",
        help="the old name of `vipcrm plans print`, kept as an alias: " + PRINT_PLAN_HELP,
        description="`vipcrm plan` is the old name of `vipcrm plans print`, kept as an alias "
        "(the same arguments, the same PDF). " + PRINT_PLAN_HELP + ".",
    )
    add_print_plan_arguments(p)

    p = sub.add_parser("review", help="print a team's monthly work-log review (PDF, team lead)")
    p.add_argument("--team", required=True, metavar="T")
    p.add_argument("--month", required=True, type=arg(parse_plan_month), metavar="YYYY-MM")
    p.add_argument(
        "--on",
        type=arg(lambda v: parse_date(v, "on")),
        metavar="YYYY-MM-DD",
        help="as of (default today): what is overdue and not yet due is judged on this day",
    )
    p.add_argument("--out", required=True, type=arg(pdf_path), metavar="FILE.pdf")
    p.set_defaults(func=cmd_review)

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
