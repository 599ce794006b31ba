"""``vipcrm backup`` and ``vipcrm restore``."""

from __future__ import annotations

import argparse
from pathlib import Path

from vipcrm.commands.common import open_db
from vipcrm.services.backup import db_file, make_backup, restore
from vipcrm.store.db import resolve_db_url


def cmd_backup(args: argparse.Namespace) -> int:
    db = open_db(args)  # also brings the schema to head: backups are always current
    db.dispose()
    info = make_backup(db_file(db.url), Path(args.to) if args.to else None)
    print(
        f"backup written: {info.path} ({info.members} members, {info.size // 1024} KiB, verified)"
    )
    return 0


def cmd_restore(args: argparse.Namespace) -> int:
    live = db_file(resolve_db_url(args.db))
    info, safety = restore(live, Path(args.file))  # verifies the backup before touching anything
    open_db(args).dispose()  # bring the restored schema to head
    print(f"restored {info.path} ({info.members} members) into {live}")
    print(
        f"the database as it was is kept in {safety}"
        if safety
        else "the damaged database was replaced"
    )
    return 0


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "backup", help="write a verified, consistent copy of the database (safe while the app runs)"
    )
    p.add_argument(
        "--to",
        metavar="PATH",
        help="file or folder (default: the backups folder beside the database)",
    )
    p.set_defaults(func=cmd_backup)
    p = sub.add_parser(
        "restore", help="replace the database with a backup (verified first; a safety copy is kept)"
    )
    p.add_argument("file", metavar="PATH")
    p.set_defaults(func=cmd_restore)
