"""``vipcrm plans ...``: the saved service plan (generate, edit, submit, approve) and
``vipcrm plans print`` (the PDF, vipcrm/commands/reports.py; ``vipcrm plan`` is its old
name, kept as an alias). A plan is named by its manager (``--manager``, default: you) and
its period (``--period 2026-12`` or ``2026-W49``); an item by the first digits of its id
(``vipcrm plans show`` lists them).
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from dataclasses import asdict
from typing import TypeVar

from sqlalchemy.orm import Session

from vipcrm.commands.args import arg, enum_arg, enum_help
from vipcrm.commands.common import open_db, print_json, print_table, unit_of_work
from vipcrm.commands.reports import PRINT_PLAN_HELP, add_print_plan_arguments
from vipcrm.domain.actor import Actor
from vipcrm.domain.dates import parse_date
from vipcrm.domain.errors import NotFound
from vipcrm.domain.values import PlanStatus
from vipcrm.services import saved_plans
from vipcrm.services.context import resolve_actor
from vipcrm.services.plan_contents import OWN_KINDS
from vipcrm.texts import Texts

_T = TypeVar("_T")


def _plan(session: Session, actor: Actor, args: argparse.Namespace) -> saved_plans.PlanView:
    view = saved_plans.plan_for(session, actor, manager=args.manager, period=args.period)
    if view is None:
        owner = args.manager or actor.code
        raise NotFound(
            f"period: {owner} has no saved plan for {args.period} "
            f"(vipcrm plans generate --period {args.period})"
        )
    return view


def _status_line(view: saved_plans.PlanView) -> str:
    text = (
        f"plan {view.manager_code} {view.period}: {view.status.value}, version {view.version}, "
        f"{view.total} items ({view.done} done)"
    )
    if view.decided_by_code and view.status in (PlanStatus.APPROVED, PlanStatus.REJECTED):
        text += f"; {view.status.value} by {view.decided_by_code}"
        if view.decision_comment:
            text += f": {view.decision_comment}"
    return text


def _print_view(view: saved_plans.PlanView, as_json: bool, lang: str | None) -> None:
    t = Texts(lang or "zh_CN")
    if as_json:
        data = asdict(view)
        data["total"], data["done"] = view.total, view.done
        for item, shown in zip(view.items, data["items"], strict=True):
            shown["note"] = t.plan_item(item.reason, item.note, item.carried_from)
            shown["reason"] = None if item.reason is None else item.reason.to_json()
        print_json(data)
        return
    print(_status_line(view))
    print_table(
        ["id", "day", "kind", "member", "tier", "phone", "done", "note"],
        [
            [
                str(i.id)[:8],
                i.on,
                i.kind,
                i.member_name,
                i.tier.value if i.tier else "",
                i.member_phone,
                "✓" if i.done else "",
                t.plan_item(i.reason, i.note, i.carried_from),
            ]
            for i in view.items
        ],
    )


def _reading(args: argparse.Namespace, fn: Callable[[Session, Actor], _T]) -> _T:
    db = open_db(args)
    try:
        with db.reading() as session:
            return fn(session, resolve_actor(session, args.user))
    finally:
        db.dispose()


def cmd_generate(args: argparse.Namespace) -> int:
    with unit_of_work(args) as (session, actor):
        view, _ = saved_plans.generate_plan(
            session,
            actor,
            manager=args.manager,
            period=args.period,
            replace=args.replace,
        )
    if args.json:
        _print_view(view, True, args.lang)
    else:
        print(_status_line(view))
    return 0


def cmd_show(args: argparse.Namespace) -> int:
    view = _reading(args, lambda s, actor: _plan(s, actor, args))
    _print_view(view, args.json, args.lang)
    return 0


def _print_summaries(rows: list[saved_plans.PlanSummary], as_json: bool) -> None:
    if as_json:
        print_json([asdict(r) for r in rows])
        return
    print_table(
        ["id", "manager", "period", "status", "version", "submitted", "items", "done"],
        [
            [
                str(r.id)[:8],
                f"{r.manager_code} {r.manager_name}",
                r.period,
                r.status.value,
                r.version,
                r.submitted_at.isoformat(timespec="minutes") if r.submitted_at else "",
                r.items,
                r.done,
            ]
            for r in rows
        ],
    )


def cmd_list(args: argparse.Namespace) -> int:
    rows = _reading(
        args,
        lambda s, actor: saved_plans.list_plans(s, actor, manager=args.manager, status=args.status),
    )
    _print_summaries(rows, args.json)
    return 0


def cmd_queue(args: argparse.Namespace) -> int:
    rows = _reading(args, lambda s, actor: saved_plans.plans_to_approve(s, actor))
    _print_summaries(rows, args.json)
    return 0


def cmd_move(args: argparse.Namespace) -> int:
    with unit_of_work(args) as (session, actor):
        saved_plans.move_item(session, actor, args.item, on=args.to)
    print(f"item {args.item}: moved to {args.to}")
    return 0


def cmd_add(args: argparse.Namespace) -> int:
    with unit_of_work(args) as (session, actor):
        view = _plan(session, actor, args)
        row, _ = saved_plans.add_item(
            session,
            actor,
            view.id,
            on=args.on,
            kind=args.kind,
            note=args.note or "",
            member_ref=args.member,
        )
    print(f"item {str(row.id)[:8]}: {row.kind} on {row.on} added")
    return 0


def cmd_remove(args: argparse.Namespace) -> int:
    with unit_of_work(args) as (session, actor):
        saved_plans.remove_item(session, actor, args.item)
    print(f"item {args.item}: removed")
    return 0


def cmd_done(args: argparse.Namespace) -> int:
    with unit_of_work(args) as (session, actor):
        saved_plans.mark_done(session, actor, args.item, done=not args.undo)
    print(f"item {args.item}: {'not done' if args.undo else 'done'}")
    return 0


def cmd_submit(args: argparse.Namespace) -> int:
    with unit_of_work(args) as (session, actor):
        view = _plan(session, actor, args)
        saved_plans.submit_plan(session, actor, view.id)
        view = saved_plans.load_plan(session, actor, view.id)
    print(_status_line(view))
    return 0


def _decision(approve: bool) -> Callable[[argparse.Namespace], int]:
    def command(args: argparse.Namespace) -> int:
        with unit_of_work(args) as (session, actor):
            view = _plan(session, actor, args)
            if approve:
                saved_plans.approve_plan(
                    session, actor, view.id, seen_version=args.version, comment=args.comment
                )
            else:
                saved_plans.reject_plan(
                    session, actor, view.id, seen_version=args.version, comment=args.comment
                )
            view = saved_plans.load_plan(session, actor, view.id)
        print(_status_line(view))
        return 0

    command.__name__ = "cmd_approve" if approve else "cmd_reject"
    return command


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    period = arg(lambda v: saved_plans.parse_period(v).key)
    day = arg(lambda v: parse_date(v, "on"))

    def plan_args(p: argparse.ArgumentParser) -> None:
        p.add_argument("--manager", metavar="C", help="whose plan (default: yours)")
        p.add_argument("--period", required=True, type=period, metavar="2026-12|2026-W49")

    about = (
        "service plans: generate, edit, submit, approve, print "
        "(`vipcrm plan` is the old name of `vipcrm plans print`, kept as an alias)"
    )
    plan = sub.add_parser(
        "plans", help=about, description=about[0].upper() + about[1:] + "."
    ).add_subparsers(dest="action", metavar="ACTION", required=True)
    add_print_plan_arguments(plan.add_parser("print", help=PRINT_PLAN_HELP))
    p = plan.add_parser("generate", help="save the month's (or week's) plan from the rules")
    plan_args(p)
    p.add_argument(
        "--replace",
        action="store_true",
        help="plan again: replace the rule items not done, keep your own items",
    )
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_generate)
    p = plan.add_parser("show", help="a saved plan, day by day, with its status")
    plan_args(p)
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_show)
    p = plan.add_parser("list", help="the saved plans you can see")
    p.add_argument("--manager", metavar="C")
    p.add_argument("--status", type=enum_arg(PlanStatus, "status"), help=enum_help(PlanStatus))
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_list)
    p = plan.add_parser("queue", help="submitted plans waiting for your decision (lead/admin)")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_queue)
    p = plan.add_parser("move", help="move an item to another day of its plan")
    p.add_argument("item", metavar="ITEM")
    p.add_argument("--to", required=True, type=day, metavar="YYYY-MM-DD")
    p.set_defaults(func=cmd_move)
    p = plan.add_parser("add", help="add your own item (a visit, a meeting, a note)")
    plan_args(p)
    p.add_argument("--on", required=True, type=day, metavar="YYYY-MM-DD")
    p.add_argument("--kind", default="visit", choices=OWN_KINDS)
    p.add_argument("--member", metavar="PHONE_OR_ID")
    p.add_argument("--note")
    p.set_defaults(func=cmd_add)
    p = plan.add_parser("remove", help="remove your own item")
    p.add_argument("item", metavar="ITEM")
    p.set_defaults(func=cmd_remove)
    p = plan.add_parser("done", help="tick an item done (--undo: untick)")
    p.add_argument("item", metavar="ITEM")
    p.add_argument("--undo", action="store_true")
    p.set_defaults(func=cmd_done)
    p = plan.add_parser("submit", help="submit the plan for the lead's approval")
    plan_args(p)
    p.set_defaults(func=cmd_submit)
    for verb, approve in (("approve", True), ("reject", False)):
        p = plan.add_parser(verb, help=f"{verb} a submitted plan (lead of the team, admin)")
        plan_args(p)
        p.add_argument(
            "--version",
            required=True,
            type=int,
            metavar="N",
            help="the version you looked at (vipcrm plans show); refused if it changed since",
        )
        p.add_argument("--comment", required=True, help="why (kept with the decision)")
        p.set_defaults(func=_decision(approve))
