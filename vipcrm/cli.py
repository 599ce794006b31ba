"""The ``vipcrm`` command: the GUI by default, headless sub-commands for everything else.

User mistakes (bad arguments, unknown members, refused actions) end with a one-line
message on stderr and exit code 2; nothing is written then.
"""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Sequence

from sqlalchemy.exc import DBAPIError

from vipcrm import __version__
from vipcrm.commands import (
    backup,
    central,
    due,
    gifts,
    grading,
    lead,
    members,
    people,
    plans,
    reports,
    rules,
    setup,
    sync,
)
from vipcrm.domain.errors import VipcrmError
from vipcrm.logs import setup_logging
from vipcrm.store.db import damaged_database_message

EXIT_USER_ERROR = 2
# Each module adds its own sub-commands (``register(sub)``); add new ones here.
COMMAND_MODULES = (
    setup,
    people,
    members,
    due,
    gifts,
    rules,
    reports,
    plans,
    grading,
    lead,
    backup,
    central,
    sync,
)


def build_parser() -> argparse.ArgumentParser:
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
    for module in COMMAND_MODULES:
        module.register(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    setup_logging()
    logging.getLogger("vipcrm.cli").info("vipcrm %s", args.command or "gui")
    if args.command is None:
        from vipcrm.app import run_gui

        return run_gui(args.db, user=args.user, lang=args.lang)
    try:
        return int(args.func(args) or 0)
    except VipcrmError as exc:
        print(f"vipcrm: error: {exc}", file=sys.stderr)
        return EXIT_USER_ERROR
    except DBAPIError as exc:
        message = damaged_database_message(exc, args.db)
        if message is None:
            raise
        print(f"vipcrm: error: {message}", file=sys.stderr)
        return 1
    except BrokenPipeError:  # e.g. `vipcrm member list | head`: the reader went away
        import os

        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
    except KeyboardInterrupt:
        print("vipcrm: interrupted; nothing half-written was kept", file=sys.stderr)
        return 130


if __name__ == "__main__":
    sys.exit(main())
