"""A spreadsheet a user brings in, as rows of text: CSV (any delimiter, encoding detected
by :func:`vipcrm.domain.textfiles.decode_text`) or every worksheet of an XLSX workbook.

No header is assumed: each row comes with its row number in the file (the line of a
CSV file, the row of a worksheet), blank rows included, so an importer can find its header
below a title and name the rows as a spreadsheet program shows them. Cells are text; an
XLSX date-time cell reads ``2026-11-03 10:15:32``, a time ``00:01:23``, a whole number
without ``.0``.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from pathlib import Path
from typing import Any
from zipfile import BadZipFile

from vipcrm.domain.errors import ValidationError, msg
from vipcrm.domain.textfiles import decode_text

DELIMITERS = (",", "\t", ";", "|")
SNIFF_LINES = 30  # the delimiter is the one that splits these lines most consistently


@dataclass(frozen=True)
class Sheet:
    name: str  # the worksheet's name ('' for a CSV file)
    rows: list[tuple[int, list[str]]]  # (row number, cells)


@dataclass(frozen=True)
class Workbook:
    path: Path
    sheets: list[Sheet]
    encoding: str | None  # None for XLSX


def spreadsheet_kind(path: Path) -> str:
    """``"xlsx"`` or ``"csv"`` for a file that can be imported; a ValidationError naming
    the file otherwise (missing, a folder, another kind)."""
    if not path.exists():
        raise ValidationError("file", msg("{path} does not exist", path=path))
    if path.is_dir():
        raise ValidationError("file", msg("{path} is a folder", path=path))
    suffix = path.suffix.lower()
    if suffix in (".xlsx", ".xlsm"):
        return "xlsx"
    if suffix in (".csv", ".txt"):
        return "csv"
    raise ValidationError(
        "file", msg("{file}: only .csv and .xlsx files can be imported", file=path.name)
    )


def read_workbook(path: str | Path, encoding: str | None = None) -> Workbook:
    """Every sheet of an .xlsx file, or the one sheet of a .csv/.txt file."""
    path = Path(path)
    if spreadsheet_kind(path) == "xlsx":
        return Workbook(path, _xlsx_sheets(path), None)
    decoded = decode_text(path.read_bytes(), path.name, encoding)
    return Workbook(path, [Sheet("", _csv_rows(decoded.text))], decoded.encoding)


def _delimiter(lines: Sequence[str]) -> str:
    """The delimiter most lines split on (a title line above the header has none)."""

    def score(delimiter: str) -> tuple[int, int]:
        counts = [line.count(delimiter) for line in lines if line.strip()]
        widest = max(counts, default=0)
        return (sum(1 for c in counts if c == widest and c > 0), widest)

    return max(DELIMITERS, key=score)


def _csv_rows(text: str) -> list[tuple[int, list[str]]]:
    delimiter = _delimiter(text.splitlines()[:SNIFF_LINES])
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    rows = []
    line = 1
    for cells in reader:
        rows.append((line, cells))
        line = reader.line_num + 1
    return rows


def cell_text(value: object) -> str:
    """An XLSX cell's value as the text a CSV export of it would hold."""
    if value is None:
        return ""
    if isinstance(value, datetime):
        return value.isoformat(sep=" ", timespec="seconds")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, time):
        return value.isoformat(timespec="seconds")
    if isinstance(value, timedelta):
        seconds = int(value.total_seconds())
        return f"{seconds // 3600:02d}:{seconds // 60 % 60:02d}:{seconds % 60:02d}"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def open_xlsx(path: Path) -> Any:
    """The workbook, read-only with cell values (close it after use); a ValidationError
    naming the file when it is not a readable XLSX file."""
    from openpyxl import load_workbook
    from openpyxl.utils.exceptions import InvalidFileException

    try:
        return load_workbook(path, read_only=True, data_only=True)
    except (InvalidFileException, BadZipFile, OSError, KeyError, ValueError) as exc:
        raise ValidationError(
            "file",
            msg(
                "{file} is not a readable XLSX workbook ({reason})",
                file=path.name,
                reason=str(exc),
            ),
        ) from None


def _xlsx_sheets(path: Path) -> list[Sheet]:
    book = open_xlsx(path)
    try:
        sheets = []
        for sheet in book.worksheets:
            rows = []
            number = 0
            for cells in sheet.iter_rows():
                # blank rows come as empty cells without a row number: the next one down
                number = next((c.row for c in cells if getattr(c, "row", None)), number + 1)
                rows.append((number, [cell_text(c.value) for c in cells]))
            sheets.append(Sheet(sheet.title, rows))
    finally:
        book.close()
    return sheets
