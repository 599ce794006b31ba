"""``vipcrm init`` and ``vipcrm demo``."""

from __future__ import annotations

import argparse

from tqdm import tqdm

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
