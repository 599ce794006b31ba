"""The ``vipcrm`` command: the GUI by default, headless sub-commands for everything else.

User mistakes (bad arguments, unknown members, refused actions) end with a one-line
message on stderr (``vipcrm: error: FIELD: ...``) and exit code 2; nothing is written
then. The usage is shown only for ``--help`` and when a sub-command is missing.
"""

from __future__ import annotations

import argparse
import logging
import re
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import NoReturn

from sqlalchemy.exc import DBAPIError

from vipcrm import __version__
from vipcrm.commands import (
    backup,
    benefits,
    campaigns,
    central,
    due,
    gifts,
    grading,
    lead,
    members,
    people,
    reports,
    rules,
    saved_plans,
    setup,
    sync,
)
from vipcrm.commands.common import terminal_safe_output
from vipcrm.domain.errors import VipcrmError
from vipcrm.logs import setup_logging
from vipcrm.services.backup import db_file
from vipcrm.store.db import (
    DamagedDatabase,
    MissingDatabase,
    damaged_database_message,
    resolve_db_url,
)

EXIT_USER_ERROR = 2
_ARGUMENT = re.compile(r"^argument (\S+): ")
_REQUIRED = "the following arguments are required: "


class Parser(argparse.ArgumentParser):
    """argparse whose errors are one line, ``vipcrm: error: FIELD: ...`` (exit 2).

    The usage is printed for ``--help`` and when a sub-command is missing, nowhere else.
    Every sub-command parser is one too (``add_subparsers`` makes parsers of this class).
    """

    def error(self, message: str) -> NoReturn:
        if message.startswith(_REQUIRED) and self._sub_command_missing(message):
            self.print_usage(sys.stderr)
        named = _ARGUMENT.match(message)
        if named is not None:  # "argument --birthday: ..." -> "birthday: ..."
            field = named.group(1).split("/")[-1].lstrip("-")
            message = f"{field}: {message[named.end() :]}"
        text = " ".join(message.split())  # one line, whatever the message held
        self.exit(EXIT_USER_ERROR, f"vipcrm: error: {text}\n")

    def _sub_command_missing(self, message: str) -> bool:
        missing = [name.strip() for name in message[len(_REQUIRED) :].split(",")]
        return any(
            isinstance(action, argparse._SubParsersAction) and action.metavar in missing
            for action in self._actions
        )


# Each module adds its own sub-commands (``register(sub)``); add new ones here.
COMMAND_MODULES = (
    setup,
    people,
    members,
    due,
    gifts,
    benefits,
    campaigns,
    rules,
    reports,
    saved_plans,
    grading,
    lead,
    backup,
    central,
    sync,
)


def build_parser() -> argparse.ArgumentParser:
    parser = Parser(
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
    with terminal_safe_output():
        return _run(args)


def _run(args: argparse.Namespace) -> int:
    try:
        return int(args.func(args) or 0)
    except (DamagedDatabase, MissingDatabase) as exc:
        print(f"vipcrm: error: {exc} {_advice(exc.path)}", file=sys.stderr)
        return EXIT_USER_ERROR
    except VipcrmError as exc:
        print(f"vipcrm: error: {exc}", file=sys.stderr)
        return EXIT_USER_ERROR
    except DBAPIError as exc:
        message = damaged_database_message(exc, args.db)
        if message is None:
            raise
        if "damaged" in message:
            message += " " + _advice(db_file(resolve_db_url(args.db)))
        print(f"vipcrm: error: {message}", file=sys.stderr)
        return 1
    except BrokenPipeError:  # e.g. `vipcrm member list | head`: the reader went away
        import os

        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
    except KeyboardInterrupt:
        print("vipcrm: interrupted; nothing half-written was kept", file=sys.stderr)
        return 130


def _advice(path: Path) -> str:
    """Which backup to restore (found and verified in the backups folder beside ``path``)."""
    from vipcrm.services.backup import recovery_advice

    try:
        return str(recovery_advice(path))
    except Exception:  # the advice must never hide the error itself
        return "Restore a backup with: vipcrm restore PATH"


if __name__ == "__main__":
    sys.exit(main())
