"""``vipcrm due``, ``vipcrm card ...`` and ``vipcrm calendar ...``."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import asdict
from datetime import timedelta
from typing import Any

from sqlalchemy.orm import Session

from vipcrm.commands.args import arg, enum_arg, enum_help, int_range
from vipcrm.commands.common import open_db, print_json, print_table, today, unit_of_work
from vipcrm.domain.actor import Actor
from vipcrm.domain.cards import CardStep
from vipcrm.domain.dates import parse_date
from vipcrm.domain.due import DueKind
from vipcrm.domain.values import CardState
from vipcrm.services.calendar import calendar_year, import_calendar
from vipcrm.services.cards import latest_card, list_cards, record_card_step, start_card
from vipcrm.services.context import resolve_actor
from vipcrm.services.due import MAX_HORIZON_DAYS, due_for
from vipcrm.services.members import find_visible_member
from vipcrm.texts import Texts


@contextmanager
def _reading(args: argparse.Namespace) -> Iterator[tuple[Session, Actor]]:
    db = open_db(args)
    try:
        with db.reading() as session:
            yield session, resolve_actor(session, args.user)
    finally:
        db.dispose()


def _date_arg(field: str) -> Callable[[str], Any]:
    return arg(lambda v: parse_date(v, field))


# -- due ---------------------------------------------------------------------------------
def cmd_due(args: argparse.Namespace) -> int:
    on = args.on or today()
    with _reading(args) as (session, actor):
        result = due_for(
            session,
            actor,
            today=on,
            horizon_days=args.horizon,
            manager_code=args.manager,
            kinds=args.kind,
            review=args.review,
        )
    t = Texts(args.lang or "zh_CN")
    warnings = [*result.problems, *t.provisional_years(result.guessed_years)]
    if args.json:
        print_json(
            {
                "on": on,
                "horizon_days": args.horizon,
                "items": [
                    asdict(i)
                    | {
                        "reason": t.reason(i.reason),
                        "provisional": i.due_date.year in result.guessed_years,
                    }
                    for i in result.items
                ],
                "warnings": warnings,
                "guessed_years": sorted(result.guessed_years),
            }
        )
        return 0
    for warning in warnings:
        print(f"vipcrm: warning: {warning}", file=sys.stderr)
    print_table(
        ["due", "overdue", "tier", "kind", "name", "phone", "manager", "reason"],
        [
            [
                i.due_date.isoformat()
                + (" (provisional)" if i.due_date.year in result.guessed_years else ""),
                f"{i.overdue_days}d" if i.overdue_days else "",
                i.tier.value,
                i.kind.value + (" !" if i.at_risk else ""),
                i.member_name,
                i.phone,
                i.manager_code,
                t.reason(i.reason),
            ]
            for i in result.items
        ],
    )
    overdue = sum(1 for i in result.items if i.overdue_days)
    end = on + timedelta(days=args.horizon)
    print(f"{len(result.items)} item(s) due by {end}, {overdue} overdue")
    return 0


# -- cards -------------------------------------------------------------------------------
def cmd_card_start(args: argparse.Namespace) -> int:
    with unit_of_work(args) as (session, actor):
        start_card(
            session,
            actor,
            args.member,
            args.on or today(),
            remake=args.remake,
            note=args.note or "",
        )
        card = latest_card(session, find_visible_member(session, actor, args.member))
        assert card is not None
        state, card_id = card.state.value, card.id
    print(f"card started for {args.member}: {state} (card {card_id})")
    return 0


def cmd_card_step(args: argparse.Namespace) -> int:
    now = today()
    with unit_of_work(args) as (session, actor):
        record_card_step(
            session,
            actor,
            member_ref=args.member,
            step=args.step,
            on=args.on or now,
            agreed_date=args.agreed_date,
            note=args.note or "",
            today=now,
        )
        card = latest_card(session, find_visible_member(session, actor, args.member))
        assert card is not None
        state, card_id = card.state.value, card.id
    print(f"recorded {args.step.value} for {args.member}: the card is now {state} (card {card_id})")
    return 0


def cmd_card_list(args: argparse.Namespace) -> int:
    with _reading(args) as (session, actor):
        rows = list_cards(session, actor, state=args.state)
    if args.json:
        print_json(rows)
        return 0
    print_table(
        ["since", "state", "delivery", "agreed", "name", "phone", "tier", "manager", "card"],
        [
            [
                r.since.isoformat(),
                r.state.value,
                r.delivery_method.value if r.delivery_method else "",
                r.agreed_date.isoformat() if r.agreed_date else "",
                r.member_name,
                r.phone,
                r.tier.value,
                r.manager_code or "",
                str(r.card_id),
            ]
            for r in rows
        ],
    )
    print(f"{len(rows)} card(s)")
    return 0


# -- calendar ----------------------------------------------------------------------------
_SOURCES = {
    "official": "the official data shipped with vipcrm",
    "imported": "imported data (vipcrm calendar import)",
    "official+imported": "the official data shipped with vipcrm, corrected by imported data",
    "provisional": "the provisional calendar from the law",
}


def cmd_calendar_import(args: argparse.Namespace) -> int:
    with unit_of_work(args) as (session, actor):
        report = import_calendar(session, actor, args.file)
    for y in report.years:
        removed = f", {y.removed} earlier imported day(s) withdrawn" if y.removed else ""
        replaced = " (replaces the provisional calendar)" if y.replaces == "provisional" else ""
        print(
            f"imported {y.year}: {y.holidays} holiday(s), "
            f"{y.workdays} make-up working day(s){removed}{replaced}"
        )
    return 0


def cmd_calendar_show(args: argparse.Namespace) -> int:
    with _reading(args) as (session, _actor):
        view = calendar_year(session, args.year)
    warnings = Texts(args.lang or "zh_CN").provisional_years(
        [view.year] if view.provisional else []
    )
    if args.json:
        shown = asdict(view)
        shown["provisional"] = view.provisional
        shown["warnings"] = warnings
        for entry in shown["entries"]:
            entry["provisional"] = view.provisional
        print_json(shown)
        return 0
    for warning in warnings:
        print(f"vipcrm: warning: {warning}", file=sys.stderr)
    if view.provisional:
        print(
            f"{view.year}: PROVISIONAL calendar from the law (no official schedule for "
            f"{view.year} yet): the statutory holidays and the days given back (补假) when one "
            "falls on a weekend; no make-up working days (调休), which only the State "
            f"Council's notice gives. Import it once published: vipcrm calendar import FILE "
            "(format: docs/calendar-format.md)."
        )
    else:
        print(f"{view.year}: official working-day calendar from {_SOURCES[view.source]}")
    print_table(
        ["date", "weekday", "type", "name"],
        [
            [
                e.day.isoformat(),
                e.day.strftime("%a"),
                ("holiday 休" if e.kind == "holiday" else "make-up workday 班")
                + (" (provisional 暂定)" if view.provisional else ""),
                e.name,
            ]
            for e in view.entries
        ],
    )
    return 0


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("due", help="what is due, for whom, by when")
    p.add_argument("--manager", metavar="CODE", help="only this manager's members")
    p.add_argument("--on", type=_date_arg("on"), metavar="YYYY-MM-DD", help="as of (default today)")
    p.add_argument(
        "--horizon",
        type=int_range(0, MAX_HORIZON_DAYS),
        default=7,
        metavar="DAYS",
        help="items due up to ON + DAYS (default 7); overdue ones are always listed",
    )
    p.add_argument(
        "--kind",
        type=enum_arg(DueKind, "kind"),
        action="append",
        metavar="K",
        help="only this kind (repeatable): " + enum_help(DueKind),
    )
    p.add_argument(
        "--review",
        action="store_true",
        help="the lead's review: every minimum-contact item, not only those at risk",
    )
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_due)

    card = sub.add_parser("card", help="membership cards").add_subparsers(
        dest="action", metavar="ACTION", required=True
    )
    p = card.add_parser("start", help="card data collected at first contact (or a re-made card)")
    p.add_argument("--member", required=True, metavar="PHONE_OR_ID")
    p.add_argument("--on", type=_date_arg("on"), metavar="YYYY-MM-DD", help="default today")
    p.add_argument(
        "--remake", action="store_true", help="a re-made card (补卡): starts at 'arrived'"
    )
    p.add_argument("--note")
    p.set_defaults(func=cmd_card_start)
    p = card.add_parser("step", help="record the next step of a member's card")
    p.add_argument("--member", required=True, metavar="PHONE_OR_ID")
    p.add_argument(
        "--step", required=True, type=enum_arg(CardStep, "step"), help=enum_help(CardStep)
    )
    p.add_argument("--on", type=_date_arg("on"), metavar="YYYY-MM-DD", help="default today")
    p.add_argument(
        "--agreed-date",
        type=_date_arg("agreed-date"),
        metavar="YYYY-MM-DD",
        help="door_agreed: the delivery date agreed with the member",
    )
    p.add_argument("--note")
    p.set_defaults(func=cmd_card_step)
    p = card.add_parser("list", help="cards on their way (or in one state)")
    p.add_argument("--state", type=enum_arg(CardState, "state"), help=enum_help(CardState))
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_card_list)

    calendar = sub.add_parser(
        "calendar", help="the working-day calendar (official, else provisional from the law)"
    ).add_subparsers(dest="action", metavar="ACTION", required=True)
    p = calendar.add_parser("import", help="import a year's holidays and make-up working days")
    p.add_argument("file", metavar="FILE", help="CSV: date,type,name (docs/calendar-format.md)")
    p.set_defaults(func=cmd_calendar_import)
    p = calendar.add_parser(
        "show", help="a year's holidays and make-up working days (provisional ones marked)"
    )
    p.add_argument("--year", required=True, type=int_range(1900, 2200), metavar="YYYY")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_calendar_show)
