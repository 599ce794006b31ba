"""``vipcrm manager ...`` and ``vipcrm group ...``."""

from __future__ import annotations

import argparse

from vipcrm.commands.common import open_db, print_json, print_table, unit_of_work
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
