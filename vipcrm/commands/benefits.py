"""``vipcrm benefit use|show`` (a member's benefits) and ``vipcrm rules benefits|benefit``
(the benefits table: what each tier is entitled to, and a lead changing it)."""

from __future__ import annotations

import argparse
import sys

from vipcrm.commands.args import arg, enum_arg, enum_help, int_range
from vipcrm.commands.common import open_db, print_json, print_table, today, unit_of_work
from vipcrm.domain.benefits import Benefit, Standing, parse_allowance, parse_tiers
from vipcrm.domain.dates import parse_date
from vipcrm.domain.values import BenefitPeriod, Tier
from vipcrm.services import benefits
from vipcrm.services.context import resolve_actor
from vipcrm.store.benefits_data import benefits_and_problems

NO_LIMIT = "no yearly limit set"


def _zh(args: argparse.Namespace) -> bool:
    return (args.lang or "zh_CN").startswith("zh")


def _name(b: Benefit, args: argparse.Namespace) -> str:
    return b.name_zh if _zh(args) else b.name_en


def _allowance_text(s: Standing) -> str:
    if not s.entitled:
        return "not entitled"
    return NO_LIMIT if s.allowance is None else str(s.allowance)


def cmd_benefit_show(args: argparse.Namespace) -> int:
    db = open_db(args)
    try:
        with db.reading() as session:
            actor = resolve_actor(session, args.user)
            shown = benefits.member_benefits(
                session, actor, args.member, today=today(), year=args.year
            )
    finally:
        db.dispose()
    for problem in shown.problems:
        print(f"vipcrm: warning: {problem}", file=sys.stderr)
    if args.json:
        print_json(
            {
                "member": str(shown.member_id),
                "name": shown.member_name,
                "phone": shown.phone,
                "tier": shown.tier.value,
                "joined_month": shown.joined_month,
                "today": shown.today.isoformat(),
                "benefits": [benefits.standing_json(s) for s in shown.standings],
                "tier_changes": [
                    {"month": month, "tier": tier.value if tier else None}
                    for month, tier in shown.tier_changes
                ],
                "uses": [
                    {
                        "benefit": u.benefit,
                        "on": u.used_on.isoformat(),
                        "note": u.note,
                        "exception": u.exception_reason or None,
                    }
                    for u in shown.uses
                ],
            }
        )
        return 0
    print(f"{shown.member_name} {shown.phone} ({shown.tier.value})")
    print_table(
        ["benefit", "name", "tier", "allowance", "used", "left", "year"],
        [
            [
                s.benefit.code,
                _name(s.benefit, args),
                s.tier.value if s.tier else "-",
                _allowance_text(s),
                f"{s.used} ({s.exceptions} exception)" if s.exceptions else s.used,
                "-" if s.left is None else s.left,
                f"{s.year.start} – {s.year.end}",
            ]
            for s in shown.standings
        ],
    )
    for month, tier in shown.tier_changes:
        print(
            f"note: re-graded to {tier.value if tier else 'no tier'} in {month}: "
            "the entitlements follow that tier from that month"
        )
    if shown.calendar_assumed:
        print(
            "note: the member's joining month is not on file: membership-year benefits "
            "are counted by the calendar year"
        )
    return 0


def cmd_benefit_use(args: argparse.Namespace) -> int:
    with unit_of_work(args) as (session, actor):
        done = benefits.record_use(
            session,
            actor,
            member_ref=args.member,
            code=args.benefit,
            today=today(),
            on=args.on,
            note=args.note or "",
            exception_reason=args.exception or "",
        )
    s = done.standing
    left = NO_LIMIT if s.left is None else f"{s.left} of {s.allowance} left"
    what = "exception recorded" if done.exception else "use recorded"
    print(f"{what}: {s.benefit.code} on {args.on or today()}; used {s.used} this year, {left}")
    return 0


def cmd_benefits_show(args: argparse.Namespace) -> int:
    db = open_db(args)
    try:
        with db.reading() as session:
            listed, problems = benefits_and_problems(session, args.on or today())
    finally:
        db.dispose()
    for problem in problems:
        print(f"vipcrm: warning: {problem}", file=sys.stderr)
    if args.json:
        print_json(
            [
                {
                    "code": b.code,
                    "name_zh": b.name_zh,
                    "name_en": b.name_en,
                    "tiers": [t.value for t in Tier if t in b.tiers],
                    "allowances": {t.value: b.allowances.get(t) for t in Tier if t in b.tiers},
                    "period": b.period.value,
                    "effective_from": b.effective_from,
                }
                for b in listed
            ]
        )
        return 0

    def allowance(b: Benefit, tier: Tier) -> str:
        if tier not in b.tiers:
            return "-"
        value = b.allowances.get(tier)
        return "no limit" if value is None else str(value)

    print_table(
        ["code", "name", *(t.value for t in Tier), "period", "from"],
        [
            [
                b.code,
                _name(b, args),
                *(allowance(b, t) for t in Tier),
                b.period.value,
                b.effective_from,
            ]
            for b in listed
        ],
    )
    print(f"-: the tier does not have it; no limit: {NO_LIMIT} (uses a year)")
    return 0


def cmd_benefit_set(args: argparse.Namespace) -> int:
    when = args.effective_from or today()
    with unit_of_work(args) as (session, actor):
        benefits.set_benefit(
            session,
            actor,
            code=args.code,
            effective_from=when,
            name_zh=args.name_zh,
            name_en=args.name_en,
            tiers=args.tiers,
            allowances=dict(args.allowance or ()),
            period=args.period,
        )
    print(f"benefit {args.code} set from {when}")
    return 0


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    day = arg(lambda v: parse_date(v, "on"))
    group = sub.add_parser(
        "benefit", help="member benefits: record a use, show entitled / used / left"
    ).add_subparsers(dest="action", metavar="ACTION", required=True)
    p = group.add_parser("use", help="record that a member used a benefit")
    p.add_argument("--member", required=True, metavar="PHONE_OR_ID")
    p.add_argument("--benefit", required=True, metavar="CODE", help="e.g. airport_lounge")
    p.add_argument("--on", type=day, metavar="YYYY-MM-DD", help="default: today")
    p.add_argument("--note", metavar="TEXT")
    p.add_argument(
        "--exception",
        metavar="REASON",
        help="a team lead: record it beyond the allowance or the tier's benefits, and why",
    )
    p.set_defaults(func=cmd_benefit_use)
    p = group.add_parser("show", help="a member's benefits: entitled, allowance, used, left")
    p.add_argument("--member", required=True, metavar="PHONE_OR_ID")
    p.add_argument("--year", type=int_range(2000, 2100), metavar="YYYY")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_benefit_show)


def register_rules(group: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """``vipcrm rules benefits`` and ``vipcrm rules benefit`` (beside the rules and caps)."""
    day = arg(lambda v: parse_date(v, "date"))
    p = group.add_parser("benefits", help="member benefits in force: tiers and yearly allowances")
    p.add_argument("--on", type=day, metavar="YYYY-MM-DD")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_benefits_show)
    p = group.add_parser(
        "benefit", help="define or change a member benefit from a date (lead/admin)"
    )
    p.add_argument("code", help="e.g. airport_lounge")
    p.add_argument("--from", dest="effective_from", type=day, metavar="YYYY-MM-DD")
    p.add_argument("--name-zh", metavar="TEXT")
    p.add_argument("--name-en", metavar="TEXT")
    p.add_argument(
        "--tiers", type=arg(parse_tiers), metavar="TIERS", help="who has it: diamond,gold (or none)"
    )
    p.add_argument(
        "--allowance",
        type=arg(parse_allowance),
        action="append",
        metavar="TIER=N",
        help="uses a year for a tier (gold=6; gold=none: no yearly limit); repeatable",
    )
    p.add_argument(
        "--period", type=enum_arg(BenefitPeriod, "period"), help=enum_help(BenefitPeriod)
    )
    p.set_defaults(func=cmd_benefit_set)
