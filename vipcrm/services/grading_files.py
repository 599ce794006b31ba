"""Reading a billing export as a stream: CSV (UTF-8, UTF-8 with BOM, GB18030/GBK) or XLSX.

A file of a million rows is never held in memory: :func:`open_table` reads the header
row, and :meth:`Table.rows` yields one row at a time (its number in the file and its
cells as text). :meth:`Table.progress` says how far the reading is, for a progress bar.
"""

from __future__ import annotations

import codecs
import csv
import io
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import date, datetime
from pathlib import Path
from typing import Any, BinaryIO
from zipfile import BadZipFile

from vipcrm.domain.errors import ValidationError, msg

ENCODINGS = ("utf-8-sig", "gb18030")
BLOCK = 1 << 20  # bytes read at a time while choosing the encoding


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
    if not path.exists():
        raise ValidationError("file", msg("{path} does not exist", path=path))
    if path.is_dir():
        raise ValidationError("file", msg("{path} is a folder", path=path))
    suffix = path.suffix.lower()
    if suffix in (".xlsx", ".xlsm"):
        with _xlsx(path) as table:
            yield table
    elif suffix in (".csv", ".txt"):
        with _csv(path, encoding) as table:
            yield table
    else:
        raise ValidationError(
            "file", msg("{file}: only .csv and .xlsx files can be imported", file=path.name)
        )


def _decodes(stream: BinaryIO, encoding: str) -> bool:
    """Whether the whole stream decodes in ``encoding`` (read in blocks, nothing kept)."""
    decoder = codecs.getincrementaldecoder(encoding)()
    stream.seek(0)
    try:
        while block := stream.read(BLOCK):
            decoder.decode(block)
        decoder.decode(b"", final=True)
    except UnicodeDecodeError:
        return False
    return True


def _encoding(path: Path, stream: BinaryIO, encoding: str | None) -> str:
    if encoding:
        try:
            codecs.lookup(encoding)
        except LookupError:
            raise ValidationError(
                "encoding",
                msg("{file}: unknown encoding {encoding}", file=path.name, encoding=encoding),
            ) from None
        if not _decodes(stream, encoding):
            raise ValidationError(
                "encoding", msg("{file} is not in {encoding}", file=path.name, encoding=encoding)
            )
        return encoding
    for candidate in ENCODINGS:
        if _decodes(stream, candidate):
            return candidate
    raise ValidationError(
        "encoding", msg("{file}: neither UTF-8 nor GB18030; give --encoding", file=path.name)
    )


@contextmanager
def _csv(path: Path, encoding: str | None) -> Iterator[Table]:
    with path.open("rb") as binary:
        used = _encoding(path, binary, encoding)
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


def _cell_text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, datetime):
        return value.date().isoformat()
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


@contextmanager
def _xlsx(path: Path) -> Iterator[Table]:
    from openpyxl import load_workbook
    from openpyxl.utils.exceptions import InvalidFileException

    try:
        book = load_workbook(path, read_only=True, data_only=True)
    except (InvalidFileException, BadZipFile, OSError, KeyError, ValueError) as exc:
        raise ValidationError(
            "file",
            msg(
                "{file} is not a readable XLSX workbook ({reason})",
                file=path.name,
                reason=str(exc),
            ),
        ) from None
    try:
        sheet = book.worksheets[0]
        it = sheet.iter_rows(values_only=True)
        try:
            headers = [_cell_text(h).strip() for h in next(it)]
        except StopIteration:
            raise ValidationError("file", msg("{file} is empty", file=path.name)) from None
        done = [1]
        total = sheet.max_row or 0  # from the sheet's dimension, when the writer recorded it

        def rows() -> Iterator[list[str]]:
            for values in it:
                done[0] += 1
                yield [_cell_text(v) for v in values]

        yield Table(path, headers, None, rows(), lambda: (done[0], total))
    finally:
        book.close()
