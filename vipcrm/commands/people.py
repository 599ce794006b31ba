"""``vipcrm manager ...`` and ``vipcrm group ...``."""

from __future__ import annotations

import argparse

from vipcrm.commands.args import enum_arg, enum_help
from vipcrm.commands.common import open_db, print_json, print_table, unit_of_work
from vipcrm.domain.values import GroupClass, Role
from vipcrm.services.directory import add_group, add_manager, list_managers


def cmd_manager_add(args: argparse.Namespace) -> int:
    with unit_of_work(args) as (session, actor):
        manager, _ = add_manager(
            session,
            actor,
            code=args.code,
            name=args.name,
            team=args.team,
            role=args.role,
            phone=args.phone,
        )
        code, role = manager.code, manager.role.value
    print(f"added {role} {code} ({args.name})")
    return 0


def cmd_manager_list(args: argparse.Namespace) -> int:
    db = open_db(args)
    try:
        with db.reading() as session:
            managers = list_managers(session)
    finally:
        db.dispose()
    if args.json:
        print_json(managers)
    else:
        print_table(
            ["code", "name", "role", "team", "phone"],
            [[m.code, m.name, m.role, m.team_code, m.phone] for m in managers],
        )
    return 0


def cmd_group_add(args: argparse.Namespace) -> int:
    with unit_of_work(args) as (session, actor):
        group, _ = add_group(
            session, actor, code=args.code, name=args.name, group_class=args.group_class
        )
        code = group.code
    print(f"added group customer {code} ({args.name}, class {args.group_class.value})")
    return 0


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    manager = sub.add_parser("manager", help="account managers, leads and admins").add_subparsers(
        dest="action", metavar="ACTION", required=True
    )
    p = manager.add_parser("add", help="add an account manager, lead or admin")
    p.add_argument("--code", required=True, help="login code, e.g. M001")
    p.add_argument("--name", required=True)
    p.add_argument("--team", metavar="T", help="team code (created if new)")
    p.add_argument(
        "--role", type=enum_arg(Role, "role"), default=Role.MANAGER, help=enum_help(Role)
    )
    p.add_argument("--phone", help="the manager's own mobile number")
    p.set_defaults(func=cmd_manager_add)
    p = manager.add_parser("list", help="list managers")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_manager_list)

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
        type=enum_arg(GroupClass, "class"),
        help="A|B|C|D",
    )
    p.set_defaults(func=cmd_group_add)
