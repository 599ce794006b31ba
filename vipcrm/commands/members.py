"""``vipcrm member ...`` and ``vipcrm contact log``."""

from __future__ import annotations

import argparse
from dataclasses import asdict

from vipcrm.commands import phone_bill
from vipcrm.commands.args import arg, enum_arg, enum_help, int_range
from vipcrm.commands.common import open_db, print_json, print_table, today, unit_of_work
from vipcrm.domain.birthday import parse_birthday
from vipcrm.domain.dates import local_date, parse_date, parse_timestamp
from vipcrm.domain.errors import ValidationError
from vipcrm.domain.money import parse_money
from vipcrm.domain.phone import normalize_mobile
from vipcrm.domain.values import Channel, KeyRole, Outcome, Tier
from vipcrm.services.contacts import confirm_group_sms, log_contact
from vipcrm.services.context import resolve_actor
from vipcrm.services.directory import find_manager
from vipcrm.services.members import NewMember, add_member, scope_filter
from vipcrm.store.queries import MemberFilter, member_ids, member_rows


def cmd_member_add(args: argparse.Namespace) -> int:
    if args.birthday and args.lunar_birthday:
        raise ValidationError("birthday", "give either --birthday or --lunar-birthday, not both")
    if args.assigned_on and not args.manager:
        raise ValidationError("assigned-on", "needs --manager (the member is assigned to someone)")
    new = NewMember(
        phone=normalize_mobile(args.phone, "phone"),
        name=args.name,
        tier=args.tier,
        manager=args.manager,
        assigned_on=args.assigned_on,
        birthday=args.birthday or args.lunar_birthday,
        group=args.group,
        key_role=args.key_role,
        important=args.important,
        points=args.points,
        monthly_spend_fen=parse_money(args.monthly_spend, "monthly-spend")
        if args.monthly_spend
        else 0,
        landline=args.landline,
        address=args.address,
        notes=args.note or "",
    )
    with unit_of_work(args) as (session, actor):
        member, _ = add_member(session, actor, new, today())
        member_id, phone, tier = member.id, member.phone, member.tier
    if args.json:
        print_json({"id": member_id, "phone": phone, "tier": tier})
    else:
        held = "" if tier is args.tier else f"; tier {tier.value} by its points, spend or key role"
        print(f"added member {args.name} {phone} (id {member_id}{held})")
    return 0


def cmd_member_list(args: argparse.Namespace) -> int:
    db = open_db(args)
    try:
        with db.reading() as session:
            if args.manager:
                manager = find_manager(session, args.manager)
                base = MemberFilter(manager_ids=frozenset({manager.id}))
                scope = scope_filter(session, resolve_actor(session, args.user))
                if scope.manager_ids is not None and manager.id not in scope.manager_ids:
                    from vipcrm.domain.errors import PermissionDenied

                    raise PermissionDenied(
                        f"manager: {args.manager}'s members are not visible to you"
                    )
            else:
                base = scope_filter(session, resolve_actor(session, args.user))
            f = MemberFilter(**{**base.__dict__, "tier": args.tier, "text": args.search or ""})
            rows = member_rows(session, member_ids(session, f))
    finally:
        db.dispose()
    if args.json:
        out = []
        for r in rows:
            item = asdict(r)
            item["last_reached_on"] = (
                local_date(r.last_reached_at).isoformat() if r.last_reached_at else None
            )
            out.append(item)
        print_json(out)
    else:
        print_table(
            ["name", "tier", "phone", "manager", "last reached", "group"],
            [
                [
                    r.name,
                    r.tier.value,
                    r.phone,
                    r.manager_code,
                    local_date(r.last_reached_at).isoformat() if r.last_reached_at else "-",
                    r.group_name,
                ]
                for r in rows
            ],
        )
        print(f"{len(rows)} member(s)")
    return 0


def cmd_contact_log(args: argparse.Namespace) -> int:
    with unit_of_work(args) as (session, actor):
        attempt, _ = log_contact(
            session,
            actor,
            member_ref=args.member,
            channel=args.channel,
            outcome=args.outcome,
            at=args.at,
            note=args.note or "",
            group_sms=args.group_sms,
        )
        attempt_id = attempt.id
    if args.json:
        print_json({"id": attempt_id})
    else:
        print(f"logged {args.channel.value} ({args.outcome.value}) for {args.member}")
        if args.group_sms:
            print(
                f"once the 12580 platform shows it was sent: vipcrm contact confirm-sent {attempt_id}"
            )
    return 0


def cmd_contact_confirm_sent(args: argparse.Namespace) -> int:
    with unit_of_work(args) as (session, actor):
        attempt, _ = confirm_group_sms(session, actor, args.contact, at=args.at)
        sent = local_date(attempt.at)
    print(f"confirmed: the 12580 SMS of {sent} was sent (contact {args.contact})")
    return 0


def cmd_member_phone(args: argparse.Namespace) -> int:
    from vipcrm.services.audit import change_phone

    with unit_of_work(args) as (session, actor):
        change_phone(session, actor, member_ref=args.member, new_phone=args.to)
    print(
        f"{args.member}: mobile number is now {normalize_mobile(args.to, 'to')} (the old one stays in the audit trail)"
    )
    return 0


def cmd_audit(args: argparse.Namespace) -> int:
    from vipcrm.services.audit import audit_trail

    db = open_db(args)
    try:
        with db.reading() as session:
            rows = audit_trail(
                session, resolve_actor(session, args.user), member_ref=args.member, limit=args.limit
            )
    finally:
        db.dispose()
    if args.json:
        print_json(rows)
        return 0
    print_table(
        ["when (UTC)", "who", "device", "received (UTC, from)", "what", "op", "changes"],
        [
            [
                r.at.strftime("%Y-%m-%d %H:%M:%S"),
                r.actor_code,
                r.device,
                f"{r.received_at:%Y-%m-%d %H:%M:%S} {r.received_from}" if r.received_at else "",
                r.table_name,
                r.op,
                "; ".join(f"{k}: {b} -> {a}" for k, (b, a) in sorted(r.changes.items()))[:120],
            ]
            for r in rows
        ],
    )
    return 0


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    member = sub.add_parser("member", help="VIP members").add_subparsers(
        dest="action", metavar="ACTION", required=True
    )
    p = member.add_parser("add", help="add a member")
    p.add_argument("--phone", required=True, help="11-digit mainland mobile number")
    p.add_argument("--name", required=True)
    p.add_argument("--tier", required=True, type=enum_arg(Tier, "tier"), help=enum_help(Tier))
    p.add_argument("--manager", metavar="C", help="assign to this manager")
    p.add_argument(
        "--assigned-on", type=arg(lambda v: parse_date(v, "assigned-on")), metavar="YYYY-MM-DD"
    )
    p.add_argument("--birthday", type=arg(lambda v: parse_birthday(v)), metavar="[YYYY-]MM-DD")
    p.add_argument(
        "--lunar-birthday",
        type=arg(lambda v: parse_birthday(v, lunar=True, field="lunar-birthday")),
        metavar="[YYYY-]MM-DD[L]",
        help="lunar birthday; L marks the leap month",
    )
    p.add_argument("--group", metavar="G", help="group customer code (key person)")
    p.add_argument("--key-role", type=enum_arg(KeyRole, "key-role"), help=enum_help(KeyRole))
    p.add_argument("--important", action="store_true", help="important VIP")
    p.add_argument("--points", type=int_range(0, 10**9), default=0, help="yearly points")
    p.add_argument("--monthly-spend", metavar="YUAN", help="monthly spend in yuan")
    p.add_argument("--landline")
    p.add_argument("--address")
    p.add_argument("--note")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_member_add)
    p = member.add_parser("list", help="list members you can see")
    p.add_argument("--manager", metavar="C")
    p.add_argument("--tier", type=enum_arg(Tier, "tier"), help=enum_help(Tier))
    p.add_argument("--search", metavar="TEXT", help="name, pinyin or phone digits")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_member_list)

    contact = sub.add_parser("contact", help="contact attempts").add_subparsers(
        dest="action", metavar="ACTION", required=True
    )
    p = contact.add_parser("log", help="log a call, SMS, visit ... and its outcome")
    p.add_argument("--member", required=True, metavar="PHONE_OR_ID")
    p.add_argument(
        "--channel", required=True, type=enum_arg(Channel, "channel"), help=enum_help(Channel)
    )
    p.add_argument(
        "--outcome", required=True, type=enum_arg(Outcome, "outcome"), help=enum_help(Outcome)
    )
    p.add_argument(
        "--at",
        type=arg(lambda v: parse_timestamp(v)),
        metavar="ISO8601",
        help="when (default now; local time without an offset)",
    )
    p.add_argument("--note")
    p.add_argument(
        "--group-sms", action="store_true", help="the SMS went through the group platform (12580)"
    )
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_contact_log)
    p = contact.add_parser(
        "confirm-sent",
        help="confirm that an SMS sent through the 12580 group platform was really sent",
    )
    p.add_argument("contact", metavar="CONTACT_ID", help="the SMS (contact_id in 'due --json')")
    p.add_argument(
        "--at",
        type=arg(lambda v: parse_timestamp(v)),
        metavar="ISO8601",
        help="when it was checked (default now; local time without an offset)",
    )
    p.set_defaults(func=cmd_contact_confirm_sent)
    phone_bill.register(contact)
    p = member.add_parser("phone", help="record a member's new mobile number (lead/admin; audited)")
    p.add_argument("--member", required=True, metavar="PHONE_OR_ID")
    p.add_argument("--to", required=True, metavar="PHONE")
    p.set_defaults(func=cmd_member_phone)

    p = sub.add_parser(
        "audit",
        help="the audit trail: who changed what, when, from which device (and when the central store got it, from where)",
    )
    p.add_argument("--member", metavar="PHONE_OR_ID", help="one member's trail")
    p.add_argument("--limit", type=int_range(1, 100_000), default=200)
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_audit)
