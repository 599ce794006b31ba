"""Reading a billing export: CSV (encoding detected by vipcrm.domain.textfiles) or XLSX."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

from vipcrm.domain.errors import ValidationError, msg
from vipcrm.domain.textfiles import decode_text
from vipcrm.services.sheets import open_xlsx, spreadsheet_kind


@dataclass
class Table:
    path: Path
    headers: list[str]
    rows: list[tuple[int, dict[str, str]]]  # (row number in the file, header -> text)
    encoding: str | None  # None for XLSX


def read_table(path: str | Path, encoding: str | None = None) -> Table:
    path = Path(path)
    if spreadsheet_kind(path) == "xlsx":
        return _read_xlsx(path)
    return _read_csv(path, encoding)


def _read_csv(path: Path, encoding: str | None) -> Table:
    decoded = decode_text(path.read_bytes(), path.name, encoding)
    text, used = decoded.text, decoded.encoding
    sample = text[:4096]
    try:
        dialect = csv.Sniffer().sniff(sample, delimiters=",;\t")
    except csv.Error:
        dialect = csv.excel
    reader = csv.reader(io.StringIO(text), dialect)
    try:
        headers = [h.strip() for h in next(reader)]
    except StopIteration:
        raise ValidationError("file", msg("{file} is empty", file=path.name)) from None
    rows = []
    for number, values in enumerate(reader, start=2):
        if not any(v.strip() for v in values):
            continue
        rows.append((number, dict(zip(headers, values, strict=False))))
    return Table(path, headers, rows, used)


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


def _read_xlsx(path: Path) -> Table:
    book = open_xlsx(path)
    try:
        sheet = book.worksheets[0]
        it: Iterator[tuple[Any, ...]] = sheet.iter_rows(values_only=True)
        try:
            headers = [_cell_text(h).strip() for h in next(it)]
        except StopIteration:
            raise ValidationError("file", msg("{file} is empty", file=path.name)) from None
        rows = []
        for number, values in enumerate(it, start=2):
            texts = [_cell_text(v) for v in values]
            if not any(t.strip() for t in texts):
                continue
            rows.append((number, dict(zip(headers, texts, strict=False))))
    finally:
        book.close()
    return Table(path, headers, rows, None)
