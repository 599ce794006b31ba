"""What every sub-command shares: the open database, the actor, output helpers."""

from __future__ import annotations

import argparse
import json
import sys
import unicodedata
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import asdict, is_dataclass
from datetime import date, datetime
from enum import Enum
from typing import Any
from uuid import UUID

from sqlalchemy.orm import Session

from vipcrm.domain.actor import Actor
from vipcrm.domain.dates import DEFAULT_TZ
from vipcrm.domain.text import shown_safely
from vipcrm.services.context import resolve_actor
from vipcrm.store.db import Database, open_database


def today() -> date:
    return datetime.now(DEFAULT_TZ).date()


def open_db(args: argparse.Namespace) -> Database:
    return open_database(args.db)


@contextmanager
def unit_of_work(args: argparse.Namespace) -> Iterator[tuple[Session, Actor]]:
    """Open the database, resolve who acts, run one transaction (all or nothing)."""
    db = open_db(args)
    try:
        with db.transaction() as session:
            actor = resolve_actor(session, args.user)
            session.info["actor"] = actor  # the audit trail's "who"
            yield session, actor
    finally:
        db.dispose()


def _json_default(value: Any) -> Any:
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, UUID):
        return str(value)
    if isinstance(value, datetime):
        return value.isoformat()
    if isinstance(value, date):
        return value.isoformat()
    if is_dataclass(value):
        return asdict(value)  # type: ignore[arg-type]
    raise TypeError(f"cannot serialise {type(value).__name__}")


def print_json(value: Any) -> None:
    if isinstance(value, list):
        value = [asdict(v) if is_dataclass(v) else v for v in value]  # type: ignore[arg-type]
    elif is_dataclass(value):
        value = asdict(value)  # type: ignore[arg-type]
    json.dump(value, sys.stdout, ensure_ascii=False, indent=2, default=_json_default)
    sys.stdout.write("\n")


class _Escaping:
    """A text stream that writes what a terminal would act on (ESC sequences, direction
    overrides, invisible characters) as visible escapes; newlines and tabs pass."""

    def __init__(self, stream: Any) -> None:
        self._stream = stream

    def write(self, text: str) -> int:
        self._stream.write(shown_safely(text, keep="\n\t"))
        return len(text)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._stream, name)


@contextmanager
def terminal_safe_output() -> Iterator[None]:
    """Everything a command prints, escaped where stored text could act on the terminal
    (a member named with an ESC sequence, say, entered before names were checked)."""
    out, err = sys.stdout, sys.stderr
    sys.stdout, sys.stderr = _Escaping(out), _Escaping(err)
    try:
        yield
    finally:
        sys.stdout, sys.stderr = out, err


def display_width(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def print_table(headers: Sequence[str], rows: Sequence[Sequence[Any]]) -> None:
    """A plain text table that lines up Chinese (double-width) characters too."""
    cells = [[("" if v is None else shown_safely(str(v))) for v in row] for row in rows]
    widths = [display_width(h) for h in headers]
    for row in cells:
        widths = [max(w, display_width(c)) for w, c in zip(widths, row, strict=True)]

    def line(values: Sequence[str]) -> str:
        return "  ".join(
            v + " " * (w - display_width(v)) for v, w in zip(values, widths, strict=True)
        ).rstrip()

    print(line(headers))
    print("  ".join("-" * w for w in widths))
    for row in cells:
        print(line(row))
