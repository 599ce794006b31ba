"""``vipcrm rules ...``: the service rules and gift caps in force, and changing them."""

from __future__ import annotations

import argparse
import json
import sys

from vipcrm.commands import benefits
from vipcrm.commands.args import arg, enum_arg, enum_help
from vipcrm.commands.common import open_db, print_json, print_table, today, unit_of_work
from vipcrm.domain.dates import parse_date
from vipcrm.domain.money import format_fen, parse_money
from vipcrm.domain.values import Occasion, Tier
from vipcrm.services import rules


def cmd_rules_show(args: argparse.Namespace) -> int:
    db = open_db(args)
    try:
        with db.reading() as session:
            in_force, problems = rules.rules_and_problems(session, args.on or today())
            values = in_force.to_mapping()
    finally:
        db.dispose()
    for problem in problems:
        print(f"vipcrm: warning: {problem}", file=sys.stderr)
    if args.json:
        print_json(values)
    else:
        print_table(
            ["rule", "value"], [[k, json.dumps(v, ensure_ascii=False)] for k, v in values.items()]
        )
    return 0


def cmd_rules_set(args: argparse.Namespace) -> int:
    with unit_of_work(args) as (session, actor):
        rules.set_rule(
            session,
            actor,
            key=args.key,
            value_text=args.value,
            effective_from=args.effective_from or today(),
        )
    print(f"rule {args.key} = {args.value} from {args.effective_from or today()}")
    return 0


def cmd_caps_show(args: argparse.Namespace) -> int:
    db = open_db(args)
    try:
        with db.reading() as session:
            caps = rules.caps_in_force(session, args.on or today())
    finally:
        db.dispose()
    if args.json:
        print_json(caps)
    else:
        zh = (args.lang or "zh_CN").startswith("zh")
        print_table(
            ["occasion", "tier", "cap", "gift", "from"],
            [
                [
                    c.occasion.value,
                    c.tier.value,
                    format_fen(c.cap_fen),
                    c.gift_zh if zh else c.gift_en,
                    c.effective_from,
                ]
                for c in caps
            ],
        )
    return 0


def cmd_cap_set(args: argparse.Namespace) -> int:
    with unit_of_work(args) as (session, actor):
        rules.set_gift_cap(
            session,
            actor,
            occasion=args.occasion,
            tier=args.tier,
            cap_fen=args.amount,
            effective_from=args.effective_from or today(),
            gift_zh=args.gift,
            gift_en=args.gift_en,
        )
    print(
        f"cap {args.occasion.value}/{args.tier.value} = {format_fen(args.amount)} from {args.effective_from or today()}"
    )
    return 0


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    day = arg(lambda v: parse_date(v, "date"))
    group = sub.add_parser(
        "rules", help="service rules, gift caps and member benefits (as data)"
    ).add_subparsers(dest="action", metavar="ACTION", required=True)
    p = group.add_parser("show", help="the rules in force")
    p.add_argument("--on", type=day, metavar="YYYY-MM-DD")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_rules_show)
    p = group.add_parser("set", help="change a rule from a date on (lead/admin)")
    p.add_argument("key")
    p.add_argument("value", help='JSON: 5, 0.035, {"silver": 2}')
    p.add_argument("--from", dest="effective_from", type=day, metavar="YYYY-MM-DD")
    p.set_defaults(func=cmd_rules_set)
    p = group.add_parser("caps", help="gift caps by occasion and tier in force")
    p.add_argument("--on", type=day, metavar="YYYY-MM-DD")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_caps_show)
    p = group.add_parser("cap", help="change a gift cap from a date on (lead/admin)")
    p.add_argument(
        "--occasion", required=True, type=enum_arg(Occasion, "occasion"), help=enum_help(Occasion)
    )
    p.add_argument("--tier", required=True, type=enum_arg(Tier, "tier"), help=enum_help(Tier))
    p.add_argument(
        "--amount", required=True, type=arg(lambda v: parse_money(v, "amount")), metavar="YUAN"
    )
    p.add_argument("--from", dest="effective_from", type=day, metavar="YYYY-MM-DD")
    p.add_argument("--gift", help="default gift (Chinese)")
    p.add_argument("--gift-en", help="default gift (English)")
    p.set_defaults(func=cmd_cap_set)
    benefits.register_rules(group)
