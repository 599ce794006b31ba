"""The fast XLSX reader (vipcrm.services.xlsx_rows) gives exactly the rows openpyxl's own
``iter_rows(values_only=True)`` gives, with and without a ``<dimension>`` in the
worksheet: what a grading import reads from an XLSX file."""

from __future__ import annotations

import zipfile
from datetime import date, datetime, time
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st
from openpyxl import Workbook

from vipcrm.services import xlsx_rows
from vipcrm.services.grading_files import open_table
from vipcrm.services.sheets import open_xlsx


def _both(path: Path) -> tuple[list[tuple], list[tuple]]:
    """The rows as the import reads them (the size from the start tags, the values with
    expat), and as openpyxl itself reads them."""
    with xlsx_rows.quick_size():
        book = open_xlsx(path)
    try:
        ours = list(xlsx_rows.values(book.worksheets[0]))
    finally:
        book.close()
    book = open_xlsx(path)
    try:
        theirs = list(book.worksheets[0].iter_rows(values_only=True))
    finally:
        book.close()
    return ours, theirs


def _workbook(path: Path, rows: dict[int, list]) -> Path:
    book = Workbook()
    sheet = book.active
    for number, values in rows.items():
        for column, value in enumerate(values, start=1):
            if value is not None:
                sheet.cell(number, column, value)
    sheet["K3"].number_format = "yyyy-mm-dd"
    book.save(path)
    return path


def test_every_kind_of_cell_reads_as_openpyxl_reads_it(tmp_path):
    path = _workbook(
        tmp_path / "kinds.xlsx",
        {
            1: ["手机号码", "姓名", "级别", "生日", "积分", "话费", "真", "时刻", "公式"],
            2: ["13800138000", "张伟", "钻卡", date(1980, 3, 5), 70000, 1200.5, True, None],
            # a gap of two rows, then cells with gaps between them
            5: ["13800138001", None, "金卡", datetime(2026, 11, 3, 10, 15, 32), -3, 1e-7, False],
            6: [
                None,
                'O\'Brien "Pat" & <李>',
                None,
                time(0, 1, 23),
                2**40,
                0.1,
                None,
                None,
                "=1+2",
            ],
            7: ["  spaces  ", "\u00a0nbsp", "Zoë 𠮷", None, 0, -0.0],
        },
    )
    ours, theirs = _both(path)
    assert ours == theirs
    assert ours[2] == (None,) * len(ours[0])  # a missing row, as wide as the sheet
    assert isinstance(ours[1][3], datetime) and ours[1][4] == 70000


def test_inline_strings_rich_text_and_cells_without_coordinates(tmp_path):
    """Writers other than openpyxl: inline strings (rich text runs, a phonetic run left
    out), a formula's cached text, an error, a boolean, cells and rows without ``r``."""
    path = _workbook(tmp_path / "inline.xlsx", {1: ["a", "b", "c", "d"], 2: ["x"]})
    sheet_xml = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
        "<sheetData>"
        '<row r="1"><c r="A1" t="inlineStr"><is><t>手机号码</t></is></c>'
        '<c r="B1" t="inlineStr"><is><r><rPr><b/></rPr><t xml:space="preserve">姓 </t></r>'
        '<r><t>名</t></r><rPh sb="0" eb="1"><t>せい</t></rPh></is></c>'
        '<c r="C1" t="str"><f>A1</f><v>cached &amp; text</v></c>'
        '<c r="D1" t="e"><v>#N/A</v></c></row>'
        '<row><c t="b"><v>1</v></c><c><v>12.50</v></c><c t="inlineStr"/>'
        '<c t="n"><v>1E3</v></c><c t="s"><v>0</v></c><c t="s"><v>1</v></c></row>'
        '<row r="4.0"><c r="C4" t="inlineStr"><is><t></t></is></c></row>'
        "</sheetData></worksheet>"
    )
    shared_xml = (
        '<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
        "<si><t>共享</t></si><si><r><t>a</t></r><r><t>b</t></r></si></sst>"
    )
    rewritten = tmp_path / "rewritten.xlsx"
    with zipfile.ZipFile(path) as src, zipfile.ZipFile(rewritten, "w") as out:
        for item in src.infolist():
            data = src.read(item.filename)
            if item.filename == "xl/worksheets/sheet1.xml":
                data = sheet_xml.encode()
            elif item.filename == "[Content_Types].xml":
                data = data.replace(
                    b"</Types>",
                    b'<Override PartName="/xl/sharedStrings.xml" ContentType="application/'
                    b'vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>'
                    b"</Types>",
                )
            out.writestr(item, data)
        out.writestr("xl/sharedStrings.xml", shared_xml)
    ours, theirs = _both(rewritten)
    assert ours == theirs
    assert ours[0][:2] == ("手机号码", "姓 名") and ours[1][4] == "共享"


@settings(max_examples=25, deadline=None)
@given(
    st.dictionaries(
        st.integers(1, 12),
        st.lists(
            st.none()
            | st.text(max_size=8)
            | st.integers(-(2**53), 2**53)
            | st.floats(allow_nan=False, allow_infinity=False, width=32)
            | st.booleans()
            | st.dates(min_value=date(1901, 1, 1), max_value=date(2099, 12, 31)),
            max_size=6,
        ),
        max_size=8,
    )
)
def test_any_sheet_reads_as_openpyxl_reads_it(tmp_path_factory, rows):
    text_ok = {
        n: [v for v in values if not isinstance(v, str) or _xml_text(v)]
        for n, values in rows.items()
    }
    path = _workbook(tmp_path_factory.mktemp("any") / "any.xlsx", text_ok)
    ours, theirs = _both(path)
    assert ours == theirs


def _xml_text(value: str) -> bool:
    """Text openpyxl can write (no control characters) that does not look like a formula."""
    return not value.startswith("=") and all(c >= " " or c in "\t\n\r" for c in value)


def test_a_grading_file_reads_the_same_from_xlsx(tmp_path):
    path = _workbook(
        tmp_path / "grading.xlsx",
        {
            1: ["手机号码", "姓名", "级别", "年累计积分", "月话费", "生日"],
            2: [13800138000, "张伟", "钻卡", 70000, 1200.5, date(1980, 3, 5)],
            3: ["13800138001", "李娜", "金卡", "35000", "600", "1985-07-09"],
        },
    )
    with open_table(path) as table:
        rows = [(number, values[:6]) for number, values in table.rows()]
    assert rows == [
        (2, ["13800138000", "张伟", "钻卡", "70000", "1200.5", "1980-03-05 00:00:00"]),
        (3, ["13800138001", "李娜", "金卡", "35000", "600", "1985-07-09"]),
    ]


def test_a_worksheet_with_an_entity_reads_as_openpyxl_reads_it(tmp_path):
    path = _workbook(tmp_path / "plain.xlsx", {1: ["a"]})
    rewritten = tmp_path / "entities.xlsx"
    declaration = b'<!DOCTYPE worksheet [<!ENTITY a "aaaa">]>'
    with zipfile.ZipFile(path) as src, zipfile.ZipFile(rewritten, "w") as out:
        for item in src.infolist():
            data = src.read(item.filename)
            if item.filename == "xl/worksheets/sheet1.xml":
                data = data.replace(b"<worksheet", declaration + b"<worksheet", 1)
                data = data.replace(b"<t>a</t>", b"<t>&a;&a;</t>", 1)
            out.writestr(item, data)
    ours, theirs = _both(rewritten)
    assert ours == theirs and ours[0][0] == "aaaaaaaa"
