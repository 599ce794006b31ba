"""The itemised bill of a manager's own phone (通话详单 / 短信详单): columns, rows, outcomes.

Pure: takes a sheet's rows as (row number, cells) and returns the layout (calls or SMS,
where the header is, which column is which) and, per row, a :class:`BillRecord` or the
problems found (row, column, reason — never a cell's value: a bill holds other people's
numbers). Which records are contacts:

- a call made (主叫) that lasted more than 0 seconds: a reached phone contact; of 0
  seconds: a phone contact, no answer;
- a call received (被叫) that lasted more than 0 seconds: a reached phone contact (a
  missed one is not a contact); a forwarded call (呼转) is not a contact;
- an SMS or MMS sent (发送): an SMS contact (reached); one received is not a contact.

Times are local (Asia/Shanghai) and returned in UTC. The accepted header names are
listed in docs/import-format.md (and in :data:`COLUMNS`).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from enum import StrEnum
from functools import lru_cache

from vipcrm.domain.dates import DEFAULT_TZ
from vipcrm.domain.errors import Message, ValidationError, msg
from vipcrm.domain.grading import Problem
from vipcrm.domain.phone import national_digits
from vipcrm.domain.text import check_note_text
from vipcrm.domain.values import Channel, Outcome

# canonical column -> accepted header names (compared without case, spaces, underscores
# and a bracketed unit: "通话时长(秒)" is "通话时长")
COLUMNS: dict[str, tuple[str, ...]] = {
    "time": (
        "起始时间",
        "通话起始时间",
        "通信起始时间",
        "开始时间",
        "通话开始时间",
        "起始时刻",
        "时间",
        "通话时间",
        "通信时间",
        "呼叫时间",
        "发送时间",
        "收发时间",
        "日期时间",
        "start_time",
        "time",
    ),
    "date": ("日期", "通话日期", "通信日期", "发送日期", "date"),
    "number": (
        "对方号码",
        "对端号码",
        "对方电话",
        "对端电话",
        "对方手机号",
        "对方手机号码",
        "对方号",
        "通信号码",
        "other_party",
        "number",
    ),
    "direction": (
        "通信方式",
        "呼叫类型",
        "呼叫方式",
        "通话方式",
        "主被叫",
        "主/被叫",
        "主叫/被叫",
        "收发方式",
        "收发类型",
        "发送/接收",
        "收/发",
        "direction",
    ),
    "duration": ("通信时长", "通话时长", "时长", "duration"),
    "info_type": ("信息类型", "短信类型", "消息类型", "message_type"),
}
#: Columns a bill has that are read past (shown in the docs; they never decide anything).
OTHER_COLUMNS = (
    "通信地点",
    "通话地点",
    "通信类型",
    "套餐优惠",
    "实收通信费(元)",
    "业务名称",
    "套餐",
    "通信费",
)
#: The columns of the operator's usual exports, in their order (generated bills use them).
CALL_EXPORT = (
    "起始时间",
    "通信地点",
    "通信方式",
    "对方号码",
    "通信时长",
    "通信类型",
    "套餐优惠",
    "实收通信费(元)",
)
SMS_EXPORT = (
    "起始时间",
    "通信地点",
    "对方号码",
    "通信方式",
    "信息类型",
    "业务名称",
    "套餐",
    "通信费",
)
HEADER_SEARCH_ROWS = 30  # a title and notes above the header: this many rows are looked at
NOTE_PREFIX = "详单"  # a contact's note says it came from the bill (the bill's own word)
_FOOTER = ("合计", "总计", "小计", "共计", "注：", "注:", "备注", "说明", "温馨提示", "*")


class BillKind(StrEnum):
    CALLS = "calls"
    SMS = "sms"


class Direction(StrEnum):
    OUTGOING = "outgoing"  # 主叫
    INCOMING = "incoming"  # 被叫
    FORWARDED = "forwarded"  # 呼转
    SENT = "sent"  # 发送
    RECEIVED = "received"  # 接收


_CALL_WORDS = {
    "主叫": Direction.OUTGOING,
    "呼出": Direction.OUTGOING,
    "拨出": Direction.OUTGOING,
    "去电": Direction.OUTGOING,
    "outgoing": Direction.OUTGOING,
    "被叫": Direction.INCOMING,
    "呼入": Direction.INCOMING,
    "来电": Direction.INCOMING,
    "incoming": Direction.INCOMING,
    "呼转": Direction.FORWARDED,
    "呼叫转移": Direction.FORWARDED,
    "前转": Direction.FORWARDED,
    "forwarded": Direction.FORWARDED,
}
_SMS_WORDS = {
    "发送": Direction.SENT,
    "发出": Direction.SENT,
    "发": Direction.SENT,
    "上行": Direction.SENT,
    "主叫": Direction.SENT,
    "sent": Direction.SENT,
    "接收": Direction.RECEIVED,
    "收到": Direction.RECEIVED,
    "收": Direction.RECEIVED,
    "下行": Direction.RECEIVED,
    "被叫": Direction.RECEIVED,
    "received": Direction.RECEIVED,
}


@lru_cache(maxsize=1024)
def _key(header: str) -> str:
    text = unicodedata.normalize("NFKC", header or "").strip().lower()
    text = re.sub(r"\(.*?\)", "", text)  # a unit in brackets: 通话时长(秒), 实收通信费(元)
    return text.replace(" ", "").replace("_", "")


_ALIASES = {_key(alias): column for column, aliases in COLUMNS.items() for alias in aliases}


@dataclass(frozen=True)
class BillProblem:
    """A bad row (or header) of a bill: where it is and why; never a cell's value."""

    row: int
    column: str  # the header as written ('' for the whole row)
    reason: str
    sheet: str = ""  # the worksheet of an XLSX workbook with more than one

    def where(self, file: str) -> Message:
        place = f"{file} [{self.sheet}]" if self.sheet else file
        return Problem(self.row, self.column, self.reason).where(place)


@dataclass(frozen=True)
class BillLayout:
    kind: BillKind
    header_row: int  # its row number in the sheet
    columns: dict[str, int]  # canonical column -> cell index
    headers: tuple[str, ...]  # as written
    month: tuple[int, int] | None  # the month a title above the header names, if any

    def header(self, column: str) -> str:
        return self.headers[self.columns[column]]


@dataclass(frozen=True)
class BillRecord:
    row: int
    sheet: str
    number: str  # the other party, without separators and +86 (never stored unless a member's)
    at: datetime  # UTC
    direction: Direction
    seconds: int | None  # calls only
    channel: Channel
    outcome: Outcome | None  # None: not a contact (SMS received, forwarded, missed call)
    note: str

    @property
    def is_contact(self) -> bool:
        return self.outcome is not None


# -- the header --------------------------------------------------------------------------------
def map_header(cells: Sequence[str]) -> dict[str, int]:
    """canonical column -> index, for the cells of one row (the first of each column wins)."""
    found: dict[str, int] = {}
    for index, cell in enumerate(cells):
        column = _ALIASES.get(_key(cell))
        if column is not None and column not in found:
            found[column] = index
    return found


def _is_header(found: dict[str, int]) -> bool:
    return ("time" in found or "date" in found) and "number" in found and "direction" in found


_TITLE_MONTH = re.compile(r"(\d{4})\s*[年\-/.]\s*(\d{1,2})(?!\d)")


def _title_month(texts: Iterable[str]) -> tuple[int, int] | None:
    """The last year and month a title line names (查询月份：2026年11月, 2026-11 ...)."""
    month = None
    for text in texts:
        for m in _TITLE_MONTH.finditer(unicodedata.normalize("NFKC", text)):
            y, mo = int(m.group(1)), int(m.group(2))
            if 2000 <= y <= 2999 and 1 <= mo <= 12:
                month = (y, mo)
    return month


def find_layout(rows: Sequence[tuple[int, Sequence[str]]]) -> BillLayout | Message | None:
    """The bill's header among the first rows: a layout, or why the header found is not a
    bill's (a Message), or None when no row looks like a bill's header at all."""
    above: list[str] = []
    for number, cells in rows[:HEADER_SEARCH_ROWS]:
        found = map_header(cells)
        if _is_header(found):
            headers = tuple(str(c).strip() for c in cells)
            if "duration" in found:
                kind = BillKind.CALLS
            elif "info_type" in found:
                kind = BillKind.SMS
            else:
                return msg(
                    "the header has no call duration (通信时长) and no message type "
                    "(信息类型): it is neither a call nor an SMS bill"
                )
            if "time" not in found:
                return msg("the header has a date but no time column (起始时间)")
            return BillLayout(kind, number, found, headers, _title_month(above))
        above.extend(str(c) for c in cells if c)
    return None


def not_a_bill(file: str) -> Message:
    """What a bill looks like, for a file that is not one."""
    return msg(
        "{file} does not look like an itemised phone bill (通话详单 / 短信详单): a bill "
        "has a header row with 起始时间, 对方号码 and 通信方式, and 通信时长 for calls or "
        "信息类型 for SMS (docs/import-format.md lists the other names accepted)",
        file=file,
    )


def is_record(cells: Sequence[str], layout: BillLayout) -> bool:
    """False for what is not a record below the header: blank rows, a repeated header
    (exports that repeat it on every page), totals and notes (合计, 注：...)."""
    first = next((text for c in cells if (text := str(c).strip())), None)
    if first is None or first.startswith(_FOOTER):
        return False
    index = layout.columns["time"]
    return index >= len(cells) or str(cells[index]).strip() != layout.headers[index]


# -- values ---------------------------------------------------------------------------------------
_DURATION_WORDS = re.compile(
    r"^(?:(\d+)\s*(?:小时|时|h))?\s*(?:(\d+)\s*(?:分钟|分|m|min))?\s*(?:(\d+)\s*(?:秒|s|sec))?$"
)
_DURATION_CLOCK = re.compile(r"^(\d+):(\d{1,2})(?::(\d{1,2}))?$")


@lru_cache(maxsize=8192)  # a bill repeats its durations: each form is read once
def parse_duration(text: str) -> int | None:
    """Seconds, from 1分23秒, 23秒, 1小时2分3秒, 00:01:23, 01:23 (mm:ss) or 83; None if not
    a duration."""
    raw = text if text.isascii() else unicodedata.normalize("NFKC", text)
    raw = raw.strip().lower()
    if raw.isdigit():
        return int(raw)
    m = _DURATION_CLOCK.match(raw)
    if m:
        a, b, c = m.groups()
        if c is None:  # mm:ss
            h, mi, s = 0, int(a), int(b)
        else:
            h, mi, s = int(a), int(b), int(c)
        if mi >= 60 or s >= 60:
            return None
        return h * 3600 + mi * 60 + s
    m = _DURATION_WORDS.match(raw)
    if m and any(m.groups()):
        h, mi, s = (int(g) if g else 0 for g in m.groups())
        return h * 3600 + mi * 60 + s
    return None


_TIME = re.compile(
    r"^(?:(\d{4})\s*[-/.年]\s*)?(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?"
    r"[\sT]*(\d{1,2})\s*[:时]\s*(\d{1,2})(?:\s*[:分]\s*(\d{1,2})\s*秒?)?(?:\.\d+)?$"
)
_COMPACT = re.compile(r"^(\d{4})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})$")


class _NoYear(ValueError):
    """The time names no year, and the bill's title names no month to take it from."""


def parse_local_time(text: str, month: tuple[int, int] | None) -> datetime | None:
    """A naive local time from 2026-11-03 10:15:32, 2026/11/3 10:15, 2026年11月3日 10:15:32,
    20261103101532 or, with the title's month for the year, 11-03 10:15:32; None if not a
    time. Raises _NoYear for a time without a year and no ``month`` to take it from."""
    raw = text if text.isascii() else unicodedata.normalize("NFKC", text)
    raw = raw.strip()
    if len(raw) == 19 and raw[4] == "-" and raw[10] == " ":  # 2026-11-03 10:15:32, most bills
        try:
            return datetime.fromisoformat(raw)
        except ValueError:
            return None
    m = _TIME.match(raw)
    if m:
        y, mo, d, h, mi, s = m.groups()
        if y is None:
            if month is None:
                raise _NoYear
            # a bill of one month; a day of a later month than the title's is last year's
            y = month[0] if int(mo) <= month[1] else month[0] - 1
        parts = (int(y), int(mo), int(d), int(h), int(mi), int(s or 0))
    else:
        m = _COMPACT.match(raw)
        if not m:
            return None
        parts = tuple(int(g) for g in m.groups())  # type: ignore[assignment]
    try:
        return datetime(*parts)
    except ValueError:
        return None


@lru_cache(maxsize=256)
def _direction(text: str, kind: BillKind) -> Direction | None:
    raw = unicodedata.normalize("NFKC", text).strip().lower().replace(" ", "")
    words = _CALL_WORDS if kind is BillKind.CALLS else _SMS_WORDS
    if raw in words:
        return words[raw]
    # 本地主叫, 主叫(漫游), 呼叫转移被叫 ...: the longest word the text holds decides
    for word in sorted(words, key=len, reverse=True):
        if len(word) > 1 and word in raw:
            return words[word]
    return None


# -- one row --------------------------------------------------------------------------------------
def read_record(
    number: int, cells: Sequence[str], layout: BillLayout, sheet: str = ""
) -> BillRecord | list[BillProblem]:
    """One record of the bill, or its problems (each naming the row and the column)."""
    problems: list[BillProblem] = []

    def cell(column: str) -> str:
        index = layout.columns.get(column)
        if index is None or index >= len(cells):
            return ""
        return str(cells[index] or "").strip()

    def problem(column: str, reason: str) -> None:
        problems.append(BillProblem(number, layout.header(column), reason, sheet))

    text = cell("time")
    if "date" in layout.columns and cell("date") and not _has_date(text):
        text = f"{cell('date').split()[0]} {text}"  # an XLSX date cell: "2026-11-03 00:00:00"
    at = None
    try:
        local = parse_local_time(text, layout.month)
    except _NoYear:
        local = None
        problem(
            "time",
            msg("the time has no year, and no title above the header names the bill's month"),
        )
    else:
        if local is None:
            problem(
                "time",
                msg("not a date and time (like 2026-11-03 10:15:32)")
                if text
                else msg("the time is empty"),
            )
        else:
            at = local.replace(tzinfo=DEFAULT_TZ).astimezone(UTC)
    direction_text = cell("direction")
    direction = _direction(direction_text, layout.kind)
    if direction is None:
        problem(
            "direction",
            msg("not a call direction (主叫, 被叫 or 呼转)")
            if layout.kind is BillKind.CALLS
            else msg("not an SMS direction (发送 or 接收)"),
        )
    seconds = None
    if layout.kind is BillKind.CALLS:
        duration_text = cell("duration")
        seconds = parse_duration(duration_text)
        if seconds is None:
            problem("duration", msg("not a duration (like 1分23秒, 23秒, 1小时2分3秒 or 00:01:23)"))
    # what goes into the contact's note is held to what a note may hold
    for column in ("direction", "duration" if layout.kind is BillKind.CALLS else "info_type"):
        try:
            check_note_text(cell(column), column)
        except ValidationError as exc:
            problem(column, exc.message)
    if problems or at is None or direction is None:
        return problems
    if layout.kind is BillKind.CALLS:
        assert seconds is not None
        channel = Channel.PHONE
        if direction is Direction.OUTGOING:
            outcome: Outcome | None = Outcome.REACHED if seconds > 0 else Outcome.NO_ANSWER
        elif direction is Direction.INCOMING:
            outcome = Outcome.REACHED if seconds > 0 else None
        else:
            outcome = None
        note = f"{NOTE_PREFIX}：{direction_text} {cell('duration')}".strip()
    else:
        channel = Channel.SMS
        outcome = Outcome.REACHED if direction is Direction.SENT else None
        note = f"{NOTE_PREFIX}：{direction_text} {cell('info_type')}".strip()
    return BillRecord(
        row=number,
        sheet=sheet,
        number=national_digits(cell("number")),
        at=at,
        direction=direction,
        seconds=seconds,
        channel=channel,
        outcome=outcome,
        note=note,
    )


def _has_date(text: str) -> bool:
    """Whether a time cell already holds the date (some bills repeat it)."""
    return bool(re.search(r"\d{1,2}\s*[-/.月]\s*\d{1,2}", text)) or len(text) >= 14
