"""Every importer reads its text through the one detector (vipcrm.domain.textfiles): a Big5
file is read as Big5 by each, never decoded silently as GB18030 garbage."""

from __future__ import annotations

from datetime import date

from vipcrm.domain.workdays import read_calendar_file
from vipcrm.services.grading_files import open_table
from vipcrm.services.sheets import read_workbook

GRADING = "手機號碼,姓名,級別\n13800138000,張偉,鑽卡\n"
CALENDAR = "date,type,name\n2027-01-01,holiday,元旦節\n"
BILL = "起始時間,對方號碼,通信方式,通話時長\n2026-11-03 10:15:32,13800138000,主叫,1分23秒\n"


def test_the_regrading_file_is_read_as_big5(tmp_path):
    path = tmp_path / "billing.csv"
    path.write_bytes(GRADING.encode("big5"))
    with open_table(path) as table:
        assert table.encoding == "big5"
        assert table.headers == ["手機號碼", "姓名", "級別"]
        assert list(table.rows()) == [(2, ["13800138000", "張偉", "鑽卡"])]


def test_the_calendar_file_is_read_as_big5(tmp_path):
    path = tmp_path / "calendar.csv"
    path.write_bytes(CALENDAR.encode("big5"))
    (year,) = read_calendar_file(path).values()
    assert year.holidays == {date(2027, 1, 1): "元旦節"}


def test_the_phone_bill_is_read_as_big5(tmp_path):
    path = tmp_path / "bill.csv"
    path.write_bytes(BILL.encode("big5"))
    book = read_workbook(path)
    assert book.encoding == "big5"
    (sheet,) = book.sheets
    assert sheet.rows[0][1][:2] == ["起始時間", "對方號碼"]
