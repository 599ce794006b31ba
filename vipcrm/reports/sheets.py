"""The cells of every spreadsheet vipcrm writes: stored text stays text.

A name such as ``=HYPERLINK(...)`` or ``=1+1`` (typed before names were checked, or any
text that happens to start so) must not become a live formula in the lead's spreadsheet
program (OWASP "CSV injection"). :func:`row` makes values writable (characters XML cannot
hold, and those that act on display, are written as visible escapes); :func:`text_stays_text`
then marks every string cell that starts with ``=``, ``+``, ``-``, ``@``, a tab or a carriage
return as text (a string cell with the quote prefix, as Excel's leading apostrophe does).
Numbers stay numbers, negative ones included.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from vipcrm.domain.text import shown_safely

#: How a cell starts when a spreadsheet program would read it as a formula.
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def row(values: Iterable[Any]) -> list[Any]:
    """``values`` as cells: strings with what a sheet cannot or should not show escaped."""
    return [shown_safely(v, keep="\n\t\r") if isinstance(v, str) else v for v in values]


def text_stays_text(workbook: Any) -> None:
    """Mark every string cell of ``workbook`` that could be read as a formula as text."""
    for sheet in workbook.worksheets:
        for cells in sheet.iter_rows():
            for cell in cells:
                if isinstance(cell.value, str) and cell.value.startswith(FORMULA_START):
                    cell.data_type = "s"
                    cell.quotePrefix = True
