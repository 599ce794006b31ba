"""Reading a billing export as a stream: CSV (encoding as :mod:`vipcrm.domain.textfiles`
decides) or XLSX (the first sheet; files checked and opened by :mod:`vipcrm.services.sheets`).

A file of a million rows is never held in memory: :func:`open_table` reads the header
row, and :meth:`Table.rows` yields one row at a time (its number in the file and its
cells as text). :meth:`Table.progress` says how far the reading is, for a progress bar.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from vipcrm.domain.errors import ValidationError, msg
from vipcrm.domain.textfiles import text_encoding
from vipcrm.services import xlsx_rows
from vipcrm.services.sheets import cell_text, open_xlsx, spreadsheet_kind


class Table:
    """An open export: its headers, its encoding (None for XLSX) and its rows, streamed."""

    def __init__(
        self,
        path: Path,
        headers: list[str],
        encoding: str | None,
        rows: Iterator[list[str]],
        position: Callable[[], tuple[int, int]],
    ) -> None:
        self.path = path
        self.headers = headers
        self.encoding = encoding
        self._rows = rows
        self._position = position

    def rows(self) -> Iterator[tuple[int, list[str]]]:
        """(row number in the file, cells) for every row that is not empty; the header is row 1."""
        for number, values in enumerate(self._rows, start=2):
            if any(v.strip() for v in values):
                yield number, values

    def progress(self) -> tuple[int, int]:
        """(done, total) of the reading, in bytes for CSV and rows for XLSX (total 0: unknown)."""
        return self._position()


@contextmanager
def open_table(path: str | Path, encoding: str | None = None) -> Iterator[Table]:
    path = Path(path)
    if spreadsheet_kind(path) == "xlsx":
        with _xlsx(path) as table:
            yield table
    else:
        with _csv(path, encoding) as table:
            yield table


@contextmanager
def _csv(path: Path, encoding: str | None) -> Iterator[Table]:
    with path.open("rb") as binary:
        used = text_encoding(binary, path.name, encoding)
        size = path.stat().st_size
        binary.seek(0)
        text = io.TextIOWrapper(binary, encoding=used, newline="")
        sample = text.read(4096)
        try:
            dialect: Any = csv.Sniffer().sniff(sample, delimiters=",;\t")
        except csv.Error:
            dialect = csv.excel
        text.seek(0)
        reader = csv.reader(text, dialect)
        try:
            headers = [h.strip() for h in next(reader)]
        except StopIteration:
            raise ValidationError("file", msg("{file} is empty", file=path.name)) from None
        yield Table(path, headers, used, reader, lambda: (binary.tell(), size))


@contextmanager
def _xlsx(path: Path) -> Iterator[Table]:
    with xlsx_rows.quick_size():
        book = open_xlsx(path)
    try:
        sheet = book.worksheets[0]
        it: Iterator[tuple[Any, ...]] = xlsx_rows.values(sheet)  # iter_rows(values_only=True)
        try:
            headers = [cell_text(h).strip() for h in next(it)]
        except StopIteration:
            raise ValidationError("file", msg("{file} is empty", file=path.name)) from None
        done = [1]
        total = sheet.max_row or 0  # from the sheet's dimension, when the writer recorded it

        def rows() -> Iterator[list[str]]:
            for values in it:
                done[0] += 1
                yield [v if type(v) is str else cell_text(v) for v in values]  # text: as is

        yield Table(path, headers, None, rows(), lambda: (done[0], total))
    finally:
        book.close()
