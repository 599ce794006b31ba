"""``vipcrm init`` and ``vipcrm demo``."""

from __future__ import annotations

import argparse

from tqdm import tqdm

from vipcrm.commands.args import int_range
from vipcrm.commands.common import open_db, print_json
from vipcrm.services.demo import DemoOptions, generate_demo
from vipcrm.store.db import current_revision


def cmd_init(args: argparse.Namespace) -> int:
    db = open_db(args)  # brings the schema to head
    try:
        print(f"database ready: {db.display_name} (schema {current_revision(db.engine)})")
    finally:
        db.dispose()
    return 0


def cmd_demo(args: argparse.Namespace) -> int:
    options = DemoOptions(managers=args.managers, members=args.members, seed=args.seed)
    options.validate()
    db = open_db(args)
    try:
        with tqdm(
            total=options.members, desc="demo", unit="member", disable=None, leave=False
        ) as bar:

            def progress(done: int, total: int) -> None:
                bar.update(done - bar.n)

            summary = generate_demo(db, options, progress)
    finally:
        db.dispose()
    if args.json:
        print_json(summary)
    else:
        print(
            f"demo data loaded: {summary.teams} team(s), {summary.managers} managers, "
            f"{summary.members} members, {summary.contacts} contact attempts, "
            f"{summary.cards} cards, {summary.gifts} gifts"
        )
        print(
            f"this laptop now acts as {summary.default_user} (the team lead); use --user CODE for another"
        )
    return 0


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("init", help="create or upgrade the database schema")
    p.set_defaults(func=cmd_init)

    p = sub.add_parser("demo", help="fill an empty database with realistic demo data")
    p.add_argument(
        "--managers", type=int_range(1, 500), default=5, help="account managers (default 5)"
    )
    p.add_argument(
        "--members", type=int_range(1, 200_000), default=200, help="members (default 200)"
    )
    p.add_argument(
        "--seed", type=int_range(0, 2**31), default=1, help="random seed (same seed, same data)"
    )
    p.add_argument("--json", action="store_true", help="print the summary as JSON")
    p.set_defaults(func=cmd_demo)
