"""``vipcrm backup``, ``vipcrm restore``, ``vipcrm security`` and ``vipcrm reindex``."""

from __future__ import annotations

import argparse
from pathlib import Path

from vipcrm.commands.common import open_db
from vipcrm.services.backup import db_file, make_backup, restore
from vipcrm.store import contact_summary, member_search
from vipcrm.store.crypto import EncryptionError, allow_plain, key_for
from vipcrm.store.db import resolve_db_url


def cmd_backup(args: argparse.Namespace) -> int:
    db = open_db(args)  # also brings the schema to head (and encrypts a plain file if due)
    db.dispose()
    info = make_backup(db_file(db.url), Path(args.to) if args.to else None, key=db.key)
    print(
        f"backup written: {info.path} ({info.members} members, {info.size // 1024} KiB, verified)"
    )
    return 0


def cmd_restore(args: argparse.Namespace) -> int:
    live = db_file(resolve_db_url(args.db))
    try:
        key = key_for(live)
    except EncryptionError:
        key = None  # restore a plain backup; the next open applies the encryption policy
    info, safety = restore(
        live, Path(args.file), key
    )  # verifies the backup before touching anything
    open_db(args).dispose()  # bring the restored schema to head
    print(f"restored {info.path} ({info.members} members) into {live}")
    print(
        f"the database as it was is kept in {safety}"
        if safety
        else "there was no database here before"
    )
    return 0


def cmd_allow_plain(args: argparse.Namespace) -> int:
    live = db_file(resolve_db_url(args.db))
    allow_plain(live)
    print(f"{live} will be kept unencrypted on this laptop (your choice, remembered)")
    return 0


def cmd_security_status(args: argparse.Namespace) -> int:
    db = open_db(args)
    db.dispose()
    state = "encrypted (SQLCipher 4, key in the OS keyring)" if db.encrypted else "NOT encrypted"
    print(f"{db.display_name}: {state}")
    return 0


def cmd_reindex(args: argparse.Namespace) -> int:
    db = open_db(args)
    try:
        with db.transaction() as s:  # one transaction: the old rows until it commits
            connection = s.connection()
            contact_summary.rebuild(connection)
            members = connection.exec_driver_sql(
                f"SELECT count(*) FROM {contact_summary.TABLE}"
            ).scalar_one()
            member_search.rebuild(connection)
            indexed = connection.exec_driver_sql(
                f"SELECT count(*) FROM {member_search.TABLE}"
            ).scalar_one()
    finally:
        db.dispose()
    print(f"contact summary rebuilt from the contact log: {members} members")
    print(f"member search index rebuilt from the members: {indexed} members")
    return 0


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
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
    security = sub.add_parser("security", help="encryption of the local database").add_subparsers(
        dest="action", metavar="ACTION", required=True
    )
    p = security.add_parser("status", help="is the local database encrypted?")
    p.set_defaults(func=cmd_security_status)
    p = security.add_parser(
        "allow-plain", help="keep this database unencrypted (when no keyring exists); remembered"
    )
    p.set_defaults(func=cmd_allow_plain)
    p = sub.add_parser(
        "reindex",
        help="rebuild the derived local tables: the per-member contact summary and the "
        "member search index",
    )
    p.set_defaults(func=cmd_reindex)
