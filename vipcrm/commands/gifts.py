"""``vipcrm budget ...`` and ``vipcrm gift ...``."""

from __future__ import annotations

import argparse
from collections.abc import Callable, Iterable
from dataclasses import asdict

from vipcrm.commands.args import arg, enum_arg, enum_help
from vipcrm.commands.common import open_db, print_json, print_table, today, unit_of_work
from vipcrm.domain.dates import parse_date
from vipcrm.domain.money import format_fen, parse_money
from vipcrm.domain.periods import parse_period
from vipcrm.domain.values import GiftStatus, Occasion
from vipcrm.services import budgets, gifts
from vipcrm.services.budgets import BudgetLine
from vipcrm.services.context import Changes, resolve_actor
from vipcrm.store.models import Gift
from vipcrm.texts import Texts


def cmd_budget_set(args: argparse.Namespace) -> int:
    with unit_of_work(args) as (session, actor):
        if args.team:
            budgets.set_team_budget(
                session, actor, team=args.team, period=args.period.key, amount_fen=args.amount
            )
        else:
            budgets.set_manager_budget(
                session, actor, manager=args.manager, period=args.period.key, amount_fen=args.amount
            )
    owner = f"team {args.team}" if args.team else f"manager {args.manager}"
    print(f"budget of {owner} for {args.period.key}: {format_fen(args.amount)}")
    return 0


def cmd_budget_show(args: argparse.Namespace) -> int:
    db = open_db(args)
    try:
        with db.reading() as session:
            actor = resolve_actor(session, args.user)
            period = args.period.key if args.period else None
            if args.team or (
                args.manager is None and actor.role is not None and actor.role.value == "lead"
            ):
                teams = budgets.show_team(session, actor, args.team, period)
                lines = None
            else:
                teams = None
                lines = budgets.show_manager(session, actor, args.manager, period)
    finally:
        db.dispose()
    if args.json:
        print_json(teams if teams is not None else lines)
        return 0
    money = format_fen
    if teams is not None:
        for t in teams:
            print(
                f"team {t.team_code} {t.period}: total {money(t.total_fen)}, allocated to managers "
                f"{money(t.allocated_to_managers_fen)}, reserve {money(t.reserve_fen)}"
            )
            _print_lines(t.managers)
    else:
        _print_lines(lines or [])
    return 0


def _print_lines(lines: Iterable[BudgetLine]) -> None:
    print_table(
        ["period", "manager", "allocated", "committed", "spent", "left"],
        [
            [
                b.period,
                b.manager_code,
                format_fen(b.allocated_fen),
                format_fen(b.committed_fen),
                format_fen(b.spent_fen),
                format_fen(b.left_fen),
            ]
            for b in lines
        ],
    )


def cmd_gift_request(args: argparse.Namespace) -> int:
    with unit_of_work(args) as (session, actor):
        gift, _ = gifts.request_gift(
            session,
            actor,
            member_ref=args.member,
            occasion=args.occasion,
            amount_fen=args.amount,
            today=today(),
            items=args.items or "",
            planned_on=args.on,
            note=args.note or "",
        )
        reason = Texts(args.lang or "zh_CN").pending_reason(
            *gifts.parse_reason(gift.pending_reason)
        )
        result = {
            "id": gift.id,
            "status": gift.status,
            "amount_fen": gift.amount_fen,
            "cap_fen": gift.cap_fen,
            "reason": reason,
        }
    if args.json:
        print_json(result)
    else:
        print(
            f"gift {str(gift.id)[:8]} {format_fen(gift.amount_fen)}: {gift.status.value}"
            + (f" — {reason}" if reason else "")
        )
    return 0


def _decision(
    func: Callable[..., tuple[Gift, Changes]], verb: str
) -> Callable[[argparse.Namespace], int]:
    def command(args: argparse.Namespace) -> int:
        with unit_of_work(args) as (session, actor):
            gift, _ = func(session, actor, args.id, comment=args.comment)
            status = gift.status.value
        print(f"gift {args.id}: {status}")
        return 0

    command.__name__ = f"cmd_gift_{verb}"
    return command


def cmd_gift_deliver(args: argparse.Namespace) -> int:
    with unit_of_work(args) as (session, actor):
        gifts.deliver_gift(
            session,
            actor,
            args.id,
            on=args.on or today(),
            how=args.how or "",
            proof=args.note or "",
        )
    print(f"gift {args.id}: delivered")
    return 0


def cmd_gift_cancel(args: argparse.Namespace) -> int:
    with unit_of_work(args) as (session, actor):
        gifts.cancel_gift(session, actor, args.id, note=args.note or "")
    print(f"gift {args.id}: cancelled")
    return 0


def cmd_gift_list(args: argparse.Namespace) -> int:
    db = open_db(args)
    try:
        with db.reading() as session:
            rows = gifts.list_gifts(
                session, resolve_actor(session, args.user), manager=args.manager, status=args.status
            )
    finally:
        db.dispose()
    if args.json:
        print_json([asdict(r) for r in rows])
        return 0
    print_table(
        [
            "id",
            "planned",
            "member",
            "tier",
            "manager",
            "occasion",
            "amount",
            "cap",
            "status",
            "note",
        ],
        [
            [
                str(r.id)[:8],
                r.planned_on,
                r.member_name,
                r.tier.value,
                r.manager_code,
                r.occasion.value,
                format_fen(r.amount_fen),
                format_fen(r.cap_fen),
                r.status.value,
                Texts("en").pending_reason(r.over_cap_fen, r.over_budget_fen)
                if r.status is GiftStatus.PENDING
                else r.decision_comment,
            ]
            for r in rows
        ],
    )
    return 0


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    money = arg(lambda v: parse_money(v, "amount"))
    period = arg(lambda v: parse_period(v))
    day = arg(lambda v: parse_date(v, "on"))

    budget = sub.add_parser("budget", help="gift budgets").add_subparsers(
        dest="action", metavar="ACTION", required=True
    )
    p = budget.add_parser(
        "set", help="set a team's total or a manager's allocation for a period (lead/admin)"
    )
    owner = p.add_mutually_exclusive_group(required=True)
    owner.add_argument("--team", metavar="T")
    owner.add_argument("--manager", metavar="C")
    p.add_argument("--period", required=True, type=period, metavar="2026-12|2026-Q4|2026")
    p.add_argument("--amount", required=True, type=money, metavar="YUAN")
    p.set_defaults(func=cmd_budget_set)
    p = budget.add_parser(
        "show", help="allocated / committed / spent / left (a lead sees the team and its reserve)"
    )
    p.add_argument("--manager", metavar="C")
    p.add_argument("--team", metavar="T")
    p.add_argument("--period", type=period)
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_budget_show)

    gift = sub.add_parser("gift", help="care gifts (亲情服务)").add_subparsers(
        dest="action", metavar="ACTION", required=True
    )
    p = gift.add_parser("request", help="request a gift for a member")
    p.add_argument("--member", required=True, metavar="PHONE_OR_ID")
    p.add_argument(
        "--occasion", required=True, type=enum_arg(Occasion, "occasion"), help=enum_help(Occasion)
    )
    p.add_argument("--amount", required=True, type=money, metavar="YUAN")
    p.add_argument("--items", metavar="TEXT")
    p.add_argument("--on", type=day, metavar="YYYY-MM-DD", help="planned date (default today)")
    p.add_argument("--note")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_gift_request)
    for verb, func in (("approve", gifts.approve_gift), ("reject", gifts.reject_gift)):
        p = gift.add_parser(verb, help=f"{verb} a pending gift (lead/admin)")
        p.add_argument("id", metavar="ID")
        p.add_argument("--comment", required=True)
        p.set_defaults(func=_decision(func, verb))
    p = gift.add_parser("deliver", help="record that an approved gift was delivered")
    p.add_argument("id", metavar="ID")
    p.add_argument("--on", type=day, metavar="YYYY-MM-DD")
    p.add_argument("--how", help="e.g. 上门送达, 快递")
    p.add_argument("--note", help="proof: who received it, photo reference ...")
    p.set_defaults(func=cmd_gift_deliver)
    p = gift.add_parser(
        "cancel", help="cancel a pending or approved gift (releases the commitment)"
    )
    p.add_argument("id", metavar="ID")
    p.add_argument("--note")
    p.set_defaults(func=cmd_gift_cancel)
    p = gift.add_parser("list", help="gifts you can see")
    p.add_argument("--manager", metavar="C")
    p.add_argument("--status", type=enum_arg(GiftStatus, "status"), help=enum_help(GiftStatus))
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_gift_list)
