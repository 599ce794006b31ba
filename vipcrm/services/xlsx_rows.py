"""The values of a read-only openpyxl worksheet, row by row, read several times faster.

``sheet.iter_rows(values_only=True)`` parses each cell with ElementTree and a dictionary
of its attributes, then makes a cell dictionary of it: ~80 µs a row of nine cells, four
fifths of a 100,000-row grading import from XLSX (issue 22). :func:`values` reads the same
worksheet XML with expat, keeping only what a value needs, and gives the same tuples:
missing rows as rows of ``None``, every row as wide as the sheet's dimension, numbers as
``int`` or ``float``, date-formatted numbers as openpyxl converts them (same epoch, same
formats), booleans, shared and inline strings (rich text as its plain text), a formula's
cached value (the workbook is opened with ``data_only``). Like openpyxl's reading (the
same expat underneath), internal entities of a document type declaration are expanded.
``tests/services/test_xlsx_rows.py`` compares the two on workbooks with every kind of cell.

It reads openpyxl's own state for the sheet (its shared strings, date formats, epoch and
dimension): it is tied to the openpyxl version in ``constraints.txt``.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any
from xml.parsers import expat

from openpyxl.utils.cell import column_index_from_string, range_boundaries
from openpyxl.utils.datetime import from_excel, from_ISO8601
from openpyxl.worksheet._read_only import ReadOnlyWorksheet
from openpyxl.xml.constants import SHEET_MAIN_NS

_NS = SHEET_MAIN_NS + "}"  # expat's names: namespace}local
_ROW, _CELL, _VALUE, _INLINE = _NS + "row", _NS + "c", _NS + "v", _NS + "is"
_TEXT, _RUN, _PHONETIC = _NS + "t", _NS + "r", _NS + "rPh"
_DIMENSION, _DATA = _NS + "dimension", _NS + "sheetData"
_CHUNK = 1 << 16


@contextmanager
def quick_size() -> Iterator[None]:
    """Workbooks opened read-only in this block find each worksheet's size from its
    ``<dimension>`` without parsing the rows. openpyxl's own look-up parses the whole
    worksheet when a writer left the element out (a third of reading a 100,000-row file);
    the answer is the same: the ``<dimension>`` found before ``<sheetData>``, else none."""
    with _PATCH:
        setattr(ReadOnlyWorksheet, _SIZE, _quick_size)
        try:
            yield
        finally:
            setattr(ReadOnlyWorksheet, _SIZE, _OPENPYXL_SIZE)


_PATCH = threading.Lock()
_SIZE = "_get_size"  # not in openpyxl's type stubs
_OPENPYXL_SIZE = getattr(ReadOnlyWorksheet, _SIZE)


class _Found(Exception):  # noqa: N818 - not an error: the scan is over
    pass


def _quick_size(sheet: Any) -> None:
    """``ReadOnlyWorksheet._get_size``: the bounds of the ``<dimension>`` that comes before
    ``<sheetData>`` (the element openpyxl's scan returns at), read from the start tags."""
    found: list[str | None] = []

    def start(name: str, attrs: dict[str, str]) -> None:
        if name == _DIMENSION:
            found.append(attrs.get("ref"))
            raise _Found
        if name == _DATA:
            raise _Found

    parser = expat.ParserCreate(namespace_separator="}")
    parser.StartElementHandler = start
    with sheet._get_source() as source:
        try:
            while chunk := source.read(_CHUNK):
                parser.Parse(chunk, False)
        except _Found:
            pass
    if found and found[0] is not None:  # (no ref: as without the element)
        sheet._min_column, sheet._min_row, sheet._max_column, sheet._max_row = range_boundaries(
            found[0]
        )


def values(sheet: Any) -> Iterator[Any]:
    """``sheet.iter_rows(values_only=True)`` of a read-only worksheet, read faster."""
    max_col = sheet.max_column
    max_row = sheet.max_row
    # (openpyxl gives an empty list for a missing row of a sheet without a dimension)
    empty: Any = (None,) * max_col if max_col is not None else []
    counter = 1
    idx = 1
    with sheet._get_source() as source:
        for idx, cells in _rows(source, sheet):
            if max_row is not None and idx > max_row:
                break
            while counter < idx:  # rows missing from the file
                counter += 1
                yield empty
            if counter <= idx:
                counter += 1
                yield _row(cells, max_col)
    if max_row is not None and max_row < idx:
        for _ in range(counter, max_row + 1):
            yield empty


def _row(cells: list[tuple[int, Any]], max_col: int | None) -> tuple[Any, ...]:
    """openpyxl's ``_get_row`` with ``values_only``: the values in their columns."""
    if not cells and not max_col:
        return ()
    width = max_col or cells[-1][0]
    out: list[Any] = [None] * width
    for column, value in cells:
        if 1 <= column <= width:
            out[column - 1] = value
    return tuple(out)


def _rows(source: Any, sheet: Any) -> Iterator[tuple[int, list[tuple[int, Any]]]]:
    """(row number, [(column, value) ...]) for each ``<row>`` of the sheet's XML, as
    openpyxl's ``WorkSheetParser.parse`` numbers and converts them (``data_only``)."""
    book = sheet.parent
    shared = sheet._shared_strings
    date_formats, timedelta_formats, epoch = book._date_formats, book._timedelta_formats, book.epoch
    columns: dict[str, int] = {}
    done: list[tuple[int, list[tuple[int, Any]]]] = []
    row_number = column = 0
    cells: list[tuple[int, Any]] = []
    kind: str = "n"
    style: Any = 0
    coordinate: str | None = None
    value: str | None = None
    text: list[str] = []
    reading = False  # inside <v>, or a <t> of an inline string (not of a phonetic run)
    inline: list[str] | None = None  # inside <is>: the texts of its runs' <t>
    plain: str | None = None  # the text of the <is>'s own <t>
    in_run = False  # inside an <r> of the <is>
    phonetic = 0  # inside <is>: depth in an <rPh>
    inline_value: str | None = None  # the cell's inline string (openpyxl's Text.content)

    def start(name: str, attrs: dict[str, str]) -> None:
        nonlocal kind, style, coordinate, value, reading, inline, phonetic, plain, in_run
        nonlocal inline_value, row_number, column, cells
        if name == _CELL:
            kind = attrs.get("t", "n")
            style = attrs.get("s", 0)
            if style:
                style = int(style)
            coordinate = attrs.get("r")
            value = inline = inline_value = None
        elif name == _VALUE:
            if inline is None:
                text.clear()
                reading = True
        elif inline is not None:
            if name == _PHONETIC:
                phonetic += 1
            elif name == _RUN:
                in_run = True
            elif name == _TEXT and not phonetic:
                text.clear()
                reading = True
        elif name == _INLINE:
            inline = []
            plain = None
            in_run = False
            phonetic = 0
        elif name == _ROW:
            r = attrs.get("r")
            if r is not None:
                try:
                    row_number = int(r)
                except ValueError:
                    number = float(r)
                    if not number.is_integer():
                        raise ValueError(f"{r} is not a valid row number") from None
                    row_number = int(number)
            else:
                row_number += 1
            column = 0
            cells = []

    def end(name: str) -> None:
        nonlocal value, reading, inline, phonetic, plain, in_run, inline_value
        if name == _VALUE:
            if reading:
                value = "".join(text) or None
                reading = False
        elif name == _CELL:
            end_cell()
        elif inline is not None:
            if name == _TEXT and reading:
                if in_run:
                    inline.append("".join(text))
                else:
                    plain = "".join(text)
                reading = False
            elif name == _PHONETIC:
                phonetic -= 1
            elif name == _RUN:
                in_run = False
            elif name == _INLINE:
                inline_value = (plain or "") + "".join(inline)
                inline = None
        elif name == _ROW:
            done.append((row_number, cells))

    def characters(data: str) -> None:
        if reading:
            text.append(data)

    def end_cell() -> None:
        nonlocal column
        if coordinate:
            letters = coordinate.rstrip("0123456789")
            found = columns.get(letters)
            if found is None:
                found = columns[letters] = column_index_from_string(letters)
            column = found
        else:
            column += 1
        result: Any = value
        if kind == "inlineStr":  # its <is>'s text (None without one; a <v> is ignored)
            result = inline_value
        elif result is not None:
            if kind == "n":
                result = (
                    float(result)
                    if "." in result or "E" in result or "e" in result
                    else int(result)
                )
                if style in date_formats:
                    try:
                        result = from_excel(result, epoch, timedelta=style in timedelta_formats)
                    except (OverflowError, ValueError):
                        result = "#VALUE!"
            elif kind == "s":
                result = shared[int(result)]
            elif kind == "b":
                result = bool(int(result))
            elif kind == "d":
                result = from_ISO8601(result)  # type: ignore[no-untyped-call]
            # "str" (a formula's text), "e" (an error): the text as it is
        cells.append((column, result))

    parser = expat.ParserCreate(namespace_separator="}")
    parser.buffer_text = True
    parser.StartElementHandler = start
    parser.EndElementHandler = end
    parser.CharacterDataHandler = characters
    while True:
        chunk = source.read(_CHUNK)
        parser.Parse(chunk, not chunk)
        yield from done
        done.clear()
        if not chunk:
            return
