"""The monthly re-grading file (升降级) from billing: columns, row validation, outcomes.

Pure. :class:`RowReader` turns a file's rows (sequences of cell texts) into validated
:class:`GradedRow` values or problems (file row, column, reason). :func:`listed` and
:func:`unlisted` decide, member by member, what the month's list does against the
previous month's list: new, re-activated, up, down, unchanged, left (:class:`Kind`), with
the member fields and the tier-history values to write. The preview and the import both
call them (the service, :mod:`vipcrm.services.grading`, only reads and writes rows), so
what a preview shows is what an import writes. The file format is documented in
docs/import-format.md.
"""

from __future__ import annotations

import unicodedata
import uuid
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import date
from enum import StrEnum
from typing import Any

from vipcrm.domain.birthday import Birthday
from vipcrm.domain.dates import parse_date
from vipcrm.domain.due import quick_constructor
from vipcrm.domain.errors import Message, ValidationError, msg
from vipcrm.domain.money import parse_money, without_thousands
from vipcrm.domain.phone import normalize_mobile
from vipcrm.domain.rules import ServiceRules
from vipcrm.domain.text import check_name_text
from vipcrm.domain.values import GroupClass, KeyRole, MemberStatus, Tier, TierChange

# canonical column -> accepted header names (compared without case, spaces and underscores)
COLUMNS: dict[str, tuple[str, ...]] = {
    "phone": ("手机号码", "手机号", "号码", "msisdn", "mobile", "phone"),
    "name": ("姓名", "客户姓名", "name"),
    "tier": ("级别", "会员级别", "等级", "tier", "level"),
    "points": ("年累计积分", "积分", "points", "yearly_points"),
    "monthly_spend": ("月话费", "月消费", "monthly_spend", "spend"),
    "birthday": ("生日", "出生日期", "birthday", "birth_date"),
    "group_code": ("集团编码", "集团代码", "group_code"),
    "group_class": ("集团级别", "集团类别", "group_class"),
    "key_role": ("关键人角色", "关键人", "key_role"),
}
REQUIRED = ("phone", "name")
TIER_WORDS = {
    "钻卡": Tier.DIAMOND,
    "钻石卡": Tier.DIAMOND,
    "钻石": Tier.DIAMOND,
    "diamond": Tier.DIAMOND,
    "金卡": Tier.GOLD,
    "黄金卡": Tier.GOLD,
    "gold": Tier.GOLD,
    "银卡": Tier.SILVER,
    "白银卡": Tier.SILVER,
    "silver": Tier.SILVER,
}
ROLE_WORDS = {
    "最高决策者": KeyRole.DECISION_MAKER,
    "决策者": KeyRole.DECISION_MAKER,
    "decision_maker": KeyRole.DECISION_MAKER,
    "联系人": KeyRole.CONTACT,
    "contact": KeyRole.CONTACT,
    "通信部门中层": KeyRole.COMMS_MANAGER,
    "comms_manager": KeyRole.COMMS_MANAGER,
    "影响力人物": KeyRole.INFLUENCER,
    "influencer": KeyRole.INFLUENCER,
}


def _key(header: str) -> str:
    return (
        unicodedata.normalize("NFKC", header or "")
        .strip()
        .lower()
        .replace(" ", "")
        .replace("_", "")
    )


_ALIASES = {_key(alias): column for column, aliases in COLUMNS.items() for alias in aliases}


@dataclass(frozen=True)
class Problem:
    row: int  # the row number in the file (the header is row 1)
    column: str  # the header as written in the file ('' for a whole-row problem)
    reason: str

    def where(self, file: str) -> Message:
        if self.column:
            return msg(
                "{file}: row {row}, column {column}: {reason}",
                file=file,
                row=self.row,
                column=self.column,
                reason=self.reason,
            )
        return msg("{file}: row {row}: {reason}", file=file, row=self.row, reason=self.reason)


@dataclass(frozen=True, slots=True)
class GradedRow:
    row: int
    phone: str
    name: str
    tier: Tier
    points: int
    monthly_spend_fen: int
    birthday: Birthday | None
    group_code: str | None
    group_class: GroupClass | None
    key_role: KeyRole | None


def map_headers(headers: Iterable[str]) -> tuple[dict[str, str], list[Problem]]:
    """canonical column -> header as written; problems for missing or doubled columns."""
    mapping: dict[str, str] = {}
    problems: list[Problem] = []
    for header in headers:
        column = _ALIASES.get(_key(header))
        if column is None:
            continue  # extra columns are ignored
        if column in mapping:
            problems.append(
                Problem(
                    1,
                    header,
                    msg(
                        "a second '{column}' column (also '{other}')",
                        column=column,
                        other=mapping[column],
                    ),
                )
            )
        mapping[column] = header
    for column in REQUIRED:
        if column not in mapping:
            names = " / ".join(COLUMNS[column])
            problems.append(
                Problem(
                    1, "", msg("no '{column}' column (one of: {names})", column=column, names=names)
                )
            )
    if "tier" not in mapping and "points" not in mapping and "monthly_spend" not in mapping:
        problems.append(
            Problem(1, "", msg("no tier column and no points or monthly spend to compute it from"))
        )
    return mapping, problems


def positions(headers: Sequence[str], mapping: Mapping[str, str]) -> dict[str, int]:
    """canonical column -> its index in a row, from the headers and :func:`map_headers`."""
    index = {header: i for i, header in reversed(list(enumerate(headers)))}
    return {column: index[header] for column, header in mapping.items()}


class RowReader:
    """Reads the rows of one file: each row into a :class:`GradedRow` or its problems.

    Rows are sequences of cell texts in the order of the header row. Each bad cell is one
    :class:`Problem`; a row with any problem gives no GradedRow. A number given twice is
    found by the caller over the whole file (:func:`duplicate`).
    """

    def __init__(self, mapping: Mapping[str, str], at: Mapping[str, int], rules: ServiceRules):
        self.mapping = mapping
        self.at = at
        self.rules = rules
        self._at = tuple(at.items())
        # the columns whose parse runs after the name's, in order (an empty cell is their
        # default: none is parsed); their parsed values by name in ``read``
        self._optional = tuple(
            (column, parse, self.mapping[column])
            for column, parse in _OPTIONAL_CELLS
            if column in self.mapping
        )

    def read(
        self, number: int, values: Sequence[str]
    ) -> tuple[GradedRow | None, str | None, list[Problem]]:
        """(the row or None, the phone when it could be read, the problems)."""
        mapping = self.mapping
        cells: dict[str, str] = {}
        count = len(values)
        for column, i in self._at:
            value = values[i] if i < count else ""
            text = value if type(value) is str else str(value if value is not None else "")
            if not text.isascii():  # ASCII text is already NFKC: skip the call for most cells
                text = unicodedata.normalize("NFKC", text)
            cells[column] = text.strip()
        problems: list[Problem] = []
        phone: str | None = None
        try:
            phone = normalize_mobile(cells["phone"], "phone")
        except ValidationError as exc:
            problems.append(Problem(number, mapping["phone"], exc.message))
        name = cells["name"]
        if not name:
            problems.append(Problem(number, mapping["name"], msg("the name is empty")))
        else:
            try:
                check_name_text(name, "name")
            except ValidationError as exc:
                problems.append(Problem(number, mapping["name"], exc.message))
        parsed: dict[str, Any] = {}
        for column, parse, header in self._optional:
            text = cells[column]
            if not text:
                continue
            try:
                parsed[column] = parse(text)
            except ValidationError as exc:
                problems.append(Problem(number, header, exc.message))
        group_code = cells.get("group_code") or None
        group_class = parsed.get("group_class")
        key_role = parsed.get("key_role")
        if key_role is not None and (group_code is None or group_class is None):
            problems.append(
                Problem(
                    number,
                    mapping.get("key_role", ""),
                    msg("a key person needs the group code and class"),
                )
            )
        if problems:
            return None, phone, problems
        rules = self.rules
        points = parsed.get("points", 0)
        spend = parsed.get("monthly_spend", 0)
        given_tier = parsed.get("tier")
        # Billing's tier is its assessment of the points and spend (§1): the earned tier
        # only when the row gives none; a key person's role tier when higher (§2).
        assessed = given_tier if given_tier is not None else rules.earned_tier(points, spend)
        tier = rules.member_tier(assessed, group_class=group_class, key_role=key_role)
        if tier is None:
            column = "points" if "points" in mapping else "monthly_spend"
            problems.append(
                Problem(
                    number,
                    mapping.get(column, ""),
                    msg("points and spend are below the silver threshold: not a VIP"),
                )
            )
            return None, phone, problems
        assert phone is not None  # no problem: it was read
        return (
            GradedRow(
                number,
                phone,
                name,
                tier,
                points,
                spend,
                parsed.get("birthday"),
                group_code,
                group_class,
                key_role,
            ),
            phone,
            problems,
        )


def duplicate(number: int, column: str, phone: str, first: int) -> Problem:
    """The problem of a row whose number is already on row ``first``."""
    return Problem(number, column, msg("{phone} is also on row {row}", phone=phone, row=first))


def _int_or_zero(text: str) -> int:
    if not text:
        return 0
    cleaned = without_thousands(text, "points", text)
    if cleaned.endswith(".0"):
        cleaned = cleaned[:-2]
    if not cleaned.isdigit():
        raise ValidationError("points", msg("'{text}' is not a whole number of points", text=text))
    return int(cleaned)


def _tier(text: str) -> Tier | None:
    if not text:
        return None
    tier = TIER_WORDS.get(text.lower())
    if tier is None:
        raise ValidationError(
            "tier", msg("'{text}' is not 钻卡/金卡/银卡 or diamond/gold/silver", text=text)
        )
    return tier


def _birthday(text: str) -> Birthday | None:
    if not text:
        return None
    if text.endswith(" 00:00:00"):  # a date cell from a spreadsheet
        text = text[:-9]
    d: date = parse_date(text, "birthday")
    return Birthday(month=d.month, day=d.day, year=d.year)


def _group_class(text: str) -> GroupClass | None:
    if not text:
        return None
    value = text.upper().removesuffix("类").removesuffix("CLASS").strip()
    try:
        return GroupClass(value)
    except ValueError:
        raise ValidationError(
            "group_class", msg("'{text}' is not a group class A, B, C or D", text=text)
        ) from None


def _key_role(text: str) -> KeyRole | None:
    if not text:
        return None
    role = ROLE_WORDS.get(text.lower())
    if role is None:
        raise ValidationError(
            "key_role",
            msg("'{text}' is not a key-person role ({roles})", text=text, roles=list(ROLE_WORDS)),
        )
    return role


#: The cells read after the phone and the name, in the order their problems are listed, with
#: their parse (an empty cell is not parsed: it is 0 points, no spend, no tier, no birthday,
#: no group, no role).
_OPTIONAL_CELLS: tuple[tuple[str, Callable[[str], Any]], ...] = (
    ("group_code", lambda v: check_name_text(v, "group_code")),
    ("points", _int_or_zero),
    ("monthly_spend", lambda v: parse_money(v, "monthly_spend")),
    ("tier", _tier),
    ("birthday", _birthday),
    ("group_class", _group_class),
    ("key_role", _key_role),
)


class Kind(StrEnum):
    """What a re-grading does to one member, against the previous month's list."""

    NEW = "new"  # not in the club before: added (or already added this month)
    REACTIVATED = "reactivated"  # had left in an earlier month and is back
    UP = "up"
    DOWN = "down"
    UNCHANGED = "unchanged"
    LEFT = "left"  # on the previous list (or active) and not in the file


KINDS: tuple[Kind, ...] = tuple(Kind)
#: The tier-history change each kind records for the month.
HISTORY_CHANGE = {
    Kind.NEW: TierChange.NEW,
    Kind.REACTIVATED: TierChange.NEW,
    Kind.UP: TierChange.UP,
    Kind.DOWN: TierChange.DOWN,
    Kind.UNCHANGED: TierChange.SAME,
    Kind.LEFT: TierChange.LEFT,
}


@dataclass(frozen=True, slots=True)
class Standing:
    """A member as an import finds them: the fields it may change and the history before."""

    id: uuid.UUID
    status: MemberStatus
    tier: Tier
    name: str
    points: int
    monthly_spend_fen: int
    group_id: uuid.UUID | None
    key_role: KeyRole | None
    has_birthday: bool
    joined_month: str | None
    left_month: str | None
    # the latest tier-history entry before the month (change, tier); None: there is none
    before: tuple[TierChange, Tier | None] | None
    group_class: GroupClass | None  # the class of the member's group on file (None: none)

    def previous_tier(self, month: str) -> Tier | None:
        """The member's tier on the list before ``month``; None: not on it.

        That is the latest graded month before it, unless the member left then; a member
        never graded before (added by hand, or before the first import) is on it while
        active, unless they joined in ``month`` itself.
        """
        if self.before is not None:
            change, tier = self.before
            return tier if change is not TierChange.LEFT else None
        if self.status is MemberStatus.ACTIVE and self.joined_month != month:
            return self.tier
        return None


@dataclass(frozen=True, slots=True)
class Outcome:
    """One member's part of an import: what it is, the member fields to write, and the
    month's tier-history values (tier, change, points, monthly spend in fen)."""

    kind: Kind
    member: dict[str, Any]  # a new member: every field the file gives; else only changes
    history: tuple[Tier | None, TierChange, int, int]
    was: Tier | None  # the tier before (on the previous list, else the member's own)


_new_outcome = quick_constructor(Outcome)


def file_fields(row: GradedRow, group_id: uuid.UUID | None, birthday: bool) -> dict[str, Any]:
    """The member fields billing's row sets; the birthday only when ``birthday``."""
    fields: dict[str, Any] = {
        "name": row.name,
        "tier": row.tier,
        "points": row.points,
        "monthly_spend_fen": row.monthly_spend_fen,
    }
    if row.group_code and row.key_role:
        fields["group_id"] = group_id
        fields["key_role"] = row.key_role
    if birthday and row.birthday is not None:
        b = row.birthday
        fields |= {
            "birth_calendar": "solar",
            "birth_year": b.year,
            "birth_month": b.month,
            "birth_day": b.day,
        }
    return fields


def with_role_on_file(row: GradedRow, member: Standing | None, rules: ServiceRules) -> GradedRow:
    """The row, with the tier an active key person's role on file grants when it is higher
    and the row names no role (§2: billing's file need not carry the role)."""
    if (
        member is None
        or row.key_role is not None
        or member.key_role is None
        or member.group_class is None
        or member.status is not MemberStatus.ACTIVE
    ):
        return row
    tier = rules.member_tier(row.tier, group_class=member.group_class, key_role=member.key_role)
    return row if tier is row.tier or tier is None else replace(row, tier=tier)


def listed(
    row: GradedRow,
    member: Standing | None,
    month: str,
    group_id: uuid.UUID | None,
    rules: ServiceRules,
) -> Outcome:
    """The outcome for a member in the file (``member`` None: no such member yet)."""
    row = with_role_on_file(row, member, rules)
    history = (row.tier, TierChange.NEW, row.points, row.monthly_spend_fen)
    if member is None:
        return _new_outcome(Kind.NEW, file_fields(row, group_id, True), history, None)
    wanted = file_fields(row, group_id, not member.has_birthday)
    changes = {k: v for k, v in wanted.items() if k.startswith("birth_") or getattr(member, k) != v}
    before = member.previous_tier(month)
    if before is not None:
        kind = (
            Kind.UP
            if row.tier.rank < before.rank
            else Kind.DOWN
            if row.tier.rank > before.rank
            else Kind.UNCHANGED
        )
        if member.status is not MemberStatus.ACTIVE:  # marked left by an earlier file
            changes |= {"status": MemberStatus.ACTIVE, "left_month": None}
    elif member.status is MemberStatus.ACTIVE:
        kind = Kind.NEW  # joined in this month already
    else:
        kind = Kind.REACTIVATED
        changes |= {"status": MemberStatus.ACTIVE, "left_month": None, "joined_month": month}
    history = (row.tier, HISTORY_CHANGE[kind], row.points, row.monthly_spend_fen)
    return _new_outcome(kind, changes, history, before or member.tier)


def unlisted(member: Standing, month: str) -> Outcome | None:
    """The outcome for a member not in the file: leaves when active or on the previous list."""
    if member.status is not MemberStatus.ACTIVE and member.previous_tier(month) is None:
        return None
    changes: dict[str, Any] = (
        {"status": MemberStatus.LEFT, "left_month": month}
        if member.status is MemberStatus.ACTIVE
        else {}
    )
    history = (member.tier, TierChange.LEFT, member.points, member.monthly_spend_fen)
    return _new_outcome(Kind.LEFT, changes, history, member.tier)


def in_book(member: Standing, month: str) -> bool:
    """Whether the member counts in the book the import starts from (the guard's base)."""
    return member.status is MemberStatus.ACTIVE or member.previous_tier(month) is not None


def leave_share(leaving: int, book: int) -> float:
    """The share of the book that leaves (0 for an empty book)."""
    return leaving / book if book else 0.0
