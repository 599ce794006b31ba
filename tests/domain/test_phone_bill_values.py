"""What a bill's cells mean: durations, times, directions, header names; and the one
text-encoding helper every importer reads through."""

from __future__ import annotations

import codecs
from datetime import datetime

import pytest

from vipcrm.domain.errors import ValidationError
from vipcrm.domain.phone import national_digits, normalize_mobile
from vipcrm.domain.phone_bill import (
    BillKind,
    BillLayout,
    Direction,
    find_layout,
    map_header,
    parse_duration,
    parse_local_time,
    read_record,
)
from vipcrm.domain.textfiles import decode_text


@pytest.mark.parametrize(
    ("text", "seconds"),
    [
        ("1分23秒", 83),
        ("23秒", 23),
        ("0秒", 0),
        ("1小时2分3秒", 3723),
        ("1时2分3秒", 3723),
        ("2分", 120),
        ("2分钟", 120),
        ("00:01:23", 83),
        ("1:02:03", 3723),
        ("01:23", 83),
        ("83", 83),
        ("０１：２３", 83),  # full-width, as some exports write them
        (" 1 分 23 秒 ", 83),
    ],
)
def test_durations_in_every_form_bills_write(text, seconds):
    assert parse_duration(text) == seconds


@pytest.mark.parametrize("text", ["", "1分23", "abc", "-5", "1.5", "00:61:00", "1:2:3:4", "分秒"])
def test_what_is_not_a_duration(text):
    assert parse_duration(text) is None


@pytest.mark.parametrize(
    ("text", "month", "expected"),
    [
        ("2026-11-03 10:15:32", None, datetime(2026, 11, 3, 10, 15, 32)),
        ("2026/11/3 10:15", None, datetime(2026, 11, 3, 10, 15)),
        ("2026年11月03日 10:15:32", None, datetime(2026, 11, 3, 10, 15, 32)),
        ("2026年11月03日10时15分32秒", None, datetime(2026, 11, 3, 10, 15, 32)),
        ("2026-11-03T10:15:32", None, datetime(2026, 11, 3, 10, 15, 32)),
        ("2026-11-03 10:15:32.0", None, datetime(2026, 11, 3, 10, 15, 32)),
        ("20261103101532", None, datetime(2026, 11, 3, 10, 15, 32)),
        ("11-03 10:15:32", (2026, 11), datetime(2026, 11, 3, 10, 15, 32)),
        ("12-31 23:59:59", (2027, 1), datetime(2026, 12, 31, 23, 59, 59)),
    ],
)
def test_times_as_bills_write_them(text, month, expected):
    assert parse_local_time(text, month) == expected


@pytest.mark.parametrize(
    "text", ["", "2026-13-45 25:00:00", "2026-02-30 10:00", "10:15:32", "2026-11-03"]
)
def test_what_is_not_a_time(text):
    assert parse_local_time(text, (2026, 11)) is None


def test_the_header_is_found_below_a_title_and_blank_lines_with_its_month():
    rows = [
        (1, ["中国移动通信客户详单"]),
        (2, ["客户姓名：王经理", "查询月份：2026年11月"]),
        (3, []),
        (4, ["", ""]),
        (
            5,
            [
                "起始时间",
                "通信地点",
                "通信方式",
                "对方号码",
                "通信时长",
                "通信类型",
                "套餐优惠",
                "实收通信费(元)",
            ],
        ),
    ]
    layout = find_layout(rows)
    assert isinstance(layout, BillLayout)
    assert (layout.kind, layout.header_row, layout.month) == (BillKind.CALLS, 5, (2026, 11))
    assert layout.columns == {"time": 0, "direction": 2, "number": 3, "duration": 4}


@pytest.mark.parametrize(
    ("header", "kind"),
    [
        (["通话起始时间", "对端号码", "呼叫类型", "通话时长(秒)"], BillKind.CALLS),
        (["开始时间", "对方电话", "主被叫", "时长"], BillKind.CALLS),
        (["Start Time", "Other Party", "Direction", "Duration"], BillKind.CALLS),
        (["时间", "对方号码", "通信方式", "信息类型", "业务名称", "套餐", "通信费"], BillKind.SMS),
        (["发送时间", "对方号码", "收发类型", "短信类型"], BillKind.SMS),
    ],
)
def test_header_names_vary_between_provinces_and_years(header, kind):
    layout = find_layout([(1, header)])
    assert isinstance(layout, BillLayout) and layout.kind is kind


def test_a_file_without_a_bills_header_is_no_bill():
    assert (
        find_layout([(1, ["手机号码", "姓名", "级别"]), (2, ["13800138000", "张伟", "金卡"])])
        is None
    )
    assert map_header(["交易日期", "摘要", "对方户名", "对方账号"]) == {}


@pytest.mark.parametrize(
    ("word", "direction"),
    [
        ("主叫", Direction.OUTGOING),
        ("本地主叫", Direction.OUTGOING),
        ("主叫(漫游)", Direction.OUTGOING),
        ("被叫", Direction.INCOMING),
        ("呼转", Direction.FORWARDED),
        ("呼叫转移", Direction.FORWARDED),
    ],
)
def test_call_directions(word, direction):
    layout = find_layout([(1, ["起始时间", "通信方式", "对方号码", "通信时长"])])
    record = read_record(2, ["2026-11-03 10:00:00", word, "13800138000", "1分"], layout)
    assert record.direction is direction


def test_a_bad_row_names_its_columns_and_never_its_values():
    layout = find_layout([(1, ["起始时间", "通信方式", "对方号码", "通信时长"])])
    problems = read_record(7, ["昨天", "啥", "13512345678", "很久"], layout)
    assert [(p.row, p.column) for p in problems] == [
        (7, "起始时间"),
        (7, "通信方式"),
        (7, "通信时长"),
    ]
    assert all("昨天" not in p.reason and "很久" not in p.reason for p in problems)
    assert str(problems[0].where("bill.csv")).startswith("bill.csv: row 7, column 起始时间: ")


@pytest.mark.parametrize(
    "text",
    [
        "+86 138-0013-8000",
        "8613800138000",
        "0086 138 0013 8000",
        "(138)0013-8000",
        "１３８００１３８０００",
    ],
)
def test_the_other_party_is_compared_as_the_members_number(text):
    assert national_digits(text) == "13800138000" == normalize_mobile(text)


BILL = "起始时间,对方号码,通信方式,通信时长\n2026-11-03 10:15:32,13800138000,主叫,1分23秒\n"


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "gb18030", "utf-16"])
def test_text_is_decoded_from_the_encodings_exports_use(encoding):
    decoded = decode_text(BILL.encode(encoding), "bill.csv")
    assert decoded.text.lstrip("\ufeff") == BILL


def test_a_big5_file_reads_as_big5_not_as_gb18030_mojibake():
    text = "起始時間,對方號碼,通信方式,通話時長\n2026-11-03 10:15:32,0912345678,主叫,1分23秒\n"
    decoded = decode_text(text.encode("big5"), "bill.csv")
    assert (decoded.text, decoded.encoding) == (text, "big5")


def test_a_short_gb18030_file_is_not_taken_for_korean():
    text = "对方号码,时长\n13800138000,23秒\n"
    assert decode_text(text.encode("gb18030"), "bill.csv").text == text


def test_bytes_in_no_known_encoding_are_refused_and_a_given_encoding_is_obeyed():
    with pytest.raises(ValidationError, match="none of UTF-8, GB18030, Big5 or UTF-16"):
        decode_text(codecs.BOM_UTF8[:2] + bytes(range(128, 256)) * 8, "bill.csv")
    assert decode_text("对方".encode("gbk"), "f.csv", "gbk").text == "对方"
    with pytest.raises(ValidationError, match="f.csv is not in utf-8"):
        decode_text("对方".encode("gbk"), "f.csv", "utf-8")
    with pytest.raises(ValidationError, match="unknown encoding klingon"):
        decode_text(b"x", "f.csv", "klingon")
