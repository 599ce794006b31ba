"""The ``vipcrm`` command: the GUI by default, headless sub-commands for everything else.

User mistakes (bad arguments, unknown members, refused actions) end with a one-line
message on stderr and exit code 2; nothing is written then.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence
from typing import Any

from vipcrm import __version__
from vipcrm.domain.birthday import parse_birthday
from vipcrm.domain.dates import parse_date, parse_timestamp
from vipcrm.domain.errors import ValidationError, VipcrmError
from vipcrm.domain.values import Channel, GroupClass, KeyRole, Outcome, Role, Tier, parse_enum

EXIT_USER_ERROR = 2


def _arg(parse: Callable[[str], Any]) -> Callable[[str], Any]:
    """Turn a domain parser into an argparse type whose error names the problem."""

    def convert(text: str) -> Any:
        try:
            return parse(text)
        except ValidationError as exc:
            raise argparse.ArgumentTypeError(exc.message) from None

    convert.__name__ = getattr(parse, "__name__", "value")
    return convert


def _enum(enum: type, field: str) -> Callable[[str], Any]:
    return _arg(lambda v: parse_enum(enum, v, field))


def _int_range(lo: int, hi: int) -> Callable[[str], int]:
    def parse(text: str) -> int:
        try:
            value = int(text)
        except ValueError:
            raise ValidationError("value", f"'{text}' is not a whole number") from None
        if not lo <= value <= hi:
            raise ValidationError("value", f"{value} is outside {lo}..{hi}")
        return value

    return _arg(parse)


def _enum_help(enum: type) -> str:
    return "|".join(e.value for e in enum)


def build_parser() -> argparse.ArgumentParser:
    from vipcrm.commands import members, people, setup

    parser = argparse.ArgumentParser(
        prog="vipcrm",
        description="vipcrm — the VIP club account manager's CRM. Without a sub-command it opens the window.",
    )
    parser.add_argument("--version", action="version", version=f"vipcrm {__version__}")
    parser.add_argument(
        "--db",
        metavar="PATH",
        help="database file or URL (default: $VIPCRM_DB, else the user data folder)",
    )
    parser.add_argument("--lang", choices=["zh_CN", "en"], help="language (default: the system's)")
    parser.add_argument(
        "--user",
        metavar="CODE",
        help="who is acting (default: $VIPCRM_USER, else this laptop's user)",
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    p = sub.add_parser("init", help="create or upgrade the database schema")
    p.set_defaults(func=setup.cmd_init)

    p = sub.add_parser("demo", help="fill an empty database with realistic demo data")
    p.add_argument(
        "--managers", type=_int_range(1, 500), default=5, help="account managers (default 5)"
    )
    p.add_argument(
        "--members", type=_int_range(1, 200_000), default=200, help="members (default 200)"
    )
    p.add_argument(
        "--seed", type=_int_range(0, 2**31), default=1, help="random seed (same seed, same data)"
    )
    p.add_argument("--json", action="store_true", help="print the summary as JSON")
    p.set_defaults(func=setup.cmd_demo)

    manager = sub.add_parser("manager", help="account managers, leads and admins").add_subparsers(
        dest="action", metavar="ACTION", required=True
    )
    p = manager.add_parser("add", help="add an account manager, lead or admin")
    p.add_argument("--code", required=True, help="login code, e.g. M001")
    p.add_argument("--name", required=True)
    p.add_argument("--team", metavar="T", help="team code (created if new)")
    p.add_argument("--role", type=_enum(Role, "role"), default=Role.MANAGER, help=_enum_help(Role))
    p.add_argument("--phone", help="the manager's own mobile number")
    p.set_defaults(func=people.cmd_manager_add)
    p = manager.add_parser("list", help="list managers")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=people.cmd_manager_list)

    group = sub.add_parser("group", help="group customers (集团客户)").add_subparsers(
        dest="action", metavar="ACTION", required=True
    )
    p = group.add_parser("add", help="add a group customer")
    p.add_argument("--code", required=True)
    p.add_argument("--name", required=True)
    p.add_argument(
        "--class",
        dest="group_class",
        required=True,
        type=_enum(GroupClass, "class"),
        help="A|B|C|D",
    )
    p.set_defaults(func=people.cmd_group_add)

    member = sub.add_parser("member", help="VIP members").add_subparsers(
        dest="action", metavar="ACTION", required=True
    )
    p = member.add_parser("add", help="add a member")
    p.add_argument("--phone", required=True, help="11-digit mainland mobile number")
    p.add_argument("--name", required=True)
    p.add_argument("--tier", required=True, type=_enum(Tier, "tier"), help=_enum_help(Tier))
    p.add_argument("--manager", metavar="C", help="assign to this manager")
    p.add_argument(
        "--assigned-on", type=_arg(lambda v: parse_date(v, "assigned-on")), metavar="YYYY-MM-DD"
    )
    p.add_argument("--birthday", type=_arg(lambda v: parse_birthday(v)), metavar="[YYYY-]MM-DD")
    p.add_argument(
        "--lunar-birthday",
        type=_arg(lambda v: parse_birthday(v, lunar=True, field="lunar-birthday")),
        metavar="[YYYY-]MM-DD[L]",
        help="lunar birthday; L marks the leap month",
    )
    p.add_argument("--group", metavar="G", help="group customer code (key person)")
    p.add_argument("--key-role", type=_enum(KeyRole, "key-role"), help=_enum_help(KeyRole))
    p.add_argument("--important", action="store_true", help="important VIP")
    p.add_argument("--points", type=_int_range(0, 10**9), default=0, help="yearly points")
    p.add_argument("--monthly-spend", metavar="YUAN", help="monthly spend in yuan")
    p.add_argument("--landline")
    p.add_argument("--address")
    p.add_argument("--note")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=members.cmd_member_add)
    p = member.add_parser("list", help="list members you can see")
    p.add_argument("--manager", metavar="C")
    p.add_argument("--tier", type=_enum(Tier, "tier"), help=_enum_help(Tier))
    p.add_argument("--search", metavar="TEXT", help="name, pinyin or phone digits")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=members.cmd_member_list)

    contact = sub.add_parser("contact", help="contact attempts").add_subparsers(
        dest="action", metavar="ACTION", required=True
    )
    p = contact.add_parser("log", help="log a call, SMS, visit ... and its outcome")
    p.add_argument("--member", required=True, metavar="PHONE_OR_ID")
    p.add_argument(
        "--channel", required=True, type=_enum(Channel, "channel"), help=_enum_help(Channel)
    )
    p.add_argument(
        "--outcome", required=True, type=_enum(Outcome, "outcome"), help=_enum_help(Outcome)
    )
    p.add_argument(
        "--at",
        type=_arg(lambda v: parse_timestamp(v)),
        metavar="ISO8601",
        help="when (default now; local time without an offset)",
    )
    p.add_argument("--note")
    p.add_argument(
        "--group-sms", action="store_true", help="the SMS went through the group platform (12580)"
    )
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=members.cmd_contact_log)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        from vipcrm.app import run_gui

        return run_gui(args.db, user=args.user, lang=args.lang)
    try:
        return int(args.func(args) or 0)
    except VipcrmError as exc:
        print(f"vipcrm: error: {exc}", file=sys.stderr)
        return EXIT_USER_ERROR
    except BrokenPipeError:  # e.g. `vipcrm member list | head`: the reader went away
        import os

        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
    except KeyboardInterrupt:
        print("vipcrm: interrupted; nothing half-written was kept", file=sys.stderr)
        return 130


if __name__ == "__main__":
    sys.exit(main())
