"""The monthly re-grading file (升降级) from billing: columns, row validation, the diff.

Pure: takes rows as (row number, {header: text}) and the previous month's list; returns
validated rows, the problems found (file row, column, reason), and what would change —
new members, upgrades, downgrades, members who left, unchanged. The file format is
documented in docs/import-format.md.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from vipcrm.domain.birthday import Birthday
from vipcrm.domain.dates import parse_date
from vipcrm.domain.errors import Message, ValidationError, msg
from vipcrm.domain.money import parse_money, without_thousands
from vipcrm.domain.phone import normalize_mobile
from vipcrm.domain.rules import ServiceRules
from vipcrm.domain.values import GroupClass, KeyRole, Tier, TierChange

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


@dataclass(frozen=True)
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


def parse_rows(
    rows: Iterable[tuple[int, Mapping[str, str]]], mapping: Mapping[str, str], rules: ServiceRules
) -> tuple[list[GradedRow], list[Problem]]:
    """Validate every row; a row with any problem is left out and each problem reported."""
    good: list[GradedRow] = []
    problems: list[Problem] = []
    seen: dict[str, int] = {}
    for number, raw in rows:
        reader = _RowReader(number, raw, mapping)
        row = reader.read(rules)
        phone = reader.phone
        if phone is not None:
            if phone in seen:
                reader.problem(
                    "phone", msg("{phone} is also on row {row}", phone=phone, row=seen[phone])
                )
                row = None
            else:
                seen[phone] = number
        problems.extend(reader.problems)
        if row is not None:
            good.append(row)
    return good, problems


class _RowReader:
    """Reads one row, collecting a problem per bad cell."""

    def __init__(self, number: int, raw: Mapping[str, str], mapping: Mapping[str, str]) -> None:
        self.number = number
        self.raw = raw
        self.mapping = mapping
        self.problems: list[Problem] = []
        self.phone: str | None = None

    def cell(self, column: str) -> str:
        header = self.mapping.get(column)
        value = self.raw.get(header, "") if header else ""
        text = str(value)
        if not text.isascii():  # ASCII text is already NFKC: skip the call for most cells
            text = unicodedata.normalize("NFKC", text)
        return text.strip()

    def problem(self, column: str, reason: str) -> None:
        self.problems.append(Problem(self.number, self.mapping.get(column, ""), reason))

    def parsed(self, column: str, parse: Callable[[str], Any], default: Any = None) -> Any:
        """``parse`` of the column's cell; ``default`` without the column; None, with the
        problem noted, when it does not parse."""
        if column not in self.mapping:
            return default
        try:
            return parse(self.cell(column))
        except ValidationError as exc:
            self.problem(column, exc.message)
            return default

    def read(self, rules: ServiceRules) -> GradedRow | None:
        self.phone = self.parsed("phone", lambda v: normalize_mobile(v, "phone"))
        name = self.cell("name")
        if not name:
            self.problem("name", msg("the name is empty"))
        points = self.parsed("points", _int_or_zero, 0)
        spend = self.parsed(
            "monthly_spend", lambda v: parse_money(v, "monthly_spend") if v else 0, 0
        )
        given_tier = self.parsed("tier", _tier)
        birthday = self.parsed("birthday", _birthday)
        group_code = self.cell("group_code") or None
        group_class = self.parsed("group_class", _group_class)
        key_role = self.parsed("key_role", _key_role)
        if key_role is not None and (group_code is None or group_class is None):
            self.problem("key_role", msg("a key person needs the group code and class"))
        if self.problems:
            return None
        # Billing's tier is its assessment of the points and spend (§1): the earned tier
        # only when the row gives none; a key person's role tier when higher (§2).
        assessed = given_tier if given_tier is not None else rules.earned_tier(points, spend)
        tier = rules.member_tier(assessed, group_class=group_class, key_role=key_role)
        if tier is None:
            column = "points" if "points" in self.mapping else "monthly_spend"
            self.problem(column, msg("points and spend are below the silver threshold: not a VIP"))
            return None
        assert self.phone is not None  # parsed, or a problem was noted above
        return GradedRow(
            self.number,
            self.phone,
            name,
            tier,
            points,
            spend,
            birthday,
            group_code,
            group_class,
            key_role,
        )


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


@dataclass(frozen=True)
class Previous:
    """A member on the previous month's list."""

    phone: str
    tier: Tier


@dataclass
class Diff:
    new: list[GradedRow] = field(default_factory=list)
    up: list[GradedRow] = field(default_factory=list)
    down: list[GradedRow] = field(default_factory=list)
    same: list[GradedRow] = field(default_factory=list)
    left: list[str] = field(default_factory=list)  # phones
    changes: dict[str, TierChange] = field(default_factory=dict)  # phone -> new / up / down

    def counts(self) -> dict[str, int]:
        return {
            "new": len(self.new),
            "up": len(self.up),
            "down": len(self.down),
            "left": len(self.left),
            "unchanged": len(self.same),
        }

    def change_of(self, row: GradedRow) -> TierChange:
        return self.changes.get(row.phone, TierChange.SAME)


def diff(rows: Iterable[GradedRow], previous: Mapping[str, Previous]) -> Diff:
    result = Diff()
    present: set[str] = set()
    for row in rows:
        present.add(row.phone)
        before = previous.get(row.phone)
        if before is None:
            result.new.append(row)
            result.changes[row.phone] = TierChange.NEW
        elif row.tier.rank < before.tier.rank:
            result.up.append(row)
            result.changes[row.phone] = TierChange.UP
        elif row.tier.rank > before.tier.rank:
            result.down.append(row)
            result.changes[row.phone] = TierChange.DOWN
        else:
            result.same.append(row)
    result.left = sorted(phone for phone in previous if phone not in present)
    return result
