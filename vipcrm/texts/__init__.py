"""The words vipcrm prints and shows for what the core returns, in each language.

The core (domain, store, services) returns and stores codes and values: a tier, a due
kind, a :class:`~vipcrm.domain.due.Reason`, the years a provisional calendar was used
for. Sentences are made from them only at the edges that people read (the window, the
PDFs, the XLSX workbook, the command line), from one catalogue per language:
:mod:`vipcrm.texts.zh_CN` and :mod:`vipcrm.texts.en` (the same names and keys). The
window's own words (menus, buttons, dialogs) are Qt translations (``resources/translations``).

    t = Texts("zh_CN")
    t("team"), t.tier("diamond"), t.kind("routine_sms"), t.reason(item.reason),
    t.provisional(2027), t.holiday(GreetingHoliday.MID_AUTUMN)
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from types import ModuleType
from typing import Any

from vipcrm.domain.due import Reason
from vipcrm.domain.lunar import GreetingHoliday, lunar_label
from vipcrm.domain.money import format_fen
from vipcrm.texts import en, zh_CN

#: The languages documents are printed in (the window's too).
LANGUAGES = ("zh_CN", "en")
_MONTHS_EN = "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split()


def catalogue(lang: str) -> ModuleType:
    """The catalogue of a language: Chinese for any zh*, English otherwise."""
    return zh_CN if lang.lower().replace("-", "_").startswith("zh") else en


@dataclass(frozen=True)
class Texts:
    lang: str = "zh_CN"

    @property
    def zh(self) -> bool:
        return self.words is zh_CN

    @property
    def words(self) -> ModuleType:
        """The language's catalogue."""
        return catalogue(self.lang)

    def __call__(self, key: str) -> str:
        """A word of the printed documents."""
        return str(self.words.WORDS[key])

    def plan_word(self, key: str) -> str:
        """A word of the printed plan's saved-plan parts."""
        return str(self.words.PLAN_WORDS[key])

    def xlsx(self, key: str) -> str:
        """A sheet or column name of the dashboard workbook (a tier's column: the tier)."""
        if key in self.words.TIERS:
            return self.tier(key)
        return str(self.words.DASHBOARD_XLSX[key])

    def chart(self, key: str) -> str:
        """A word of the lead's charts (the review's first page, the dashboard workbook)."""
        return str(self.words.CHART_WORDS[key])

    def month_short(self, month: str) -> str:
        """A chart's month label: ``11月`` / ``Nov`` (``month``: YYYY-MM)."""
        m = int(month[5:7])
        return f"{m}月" if self.zh else _MONTHS_EN[m - 1]

    def tier(self, value: str) -> str:
        """A tier (``diamond`` or ``Tier.DIAMOND``) as people call it."""
        return str(self.words.TIERS.get(value, value))

    def status(self, value: str) -> str:
        return str(self.words.GIFT_STATUS.get(value, value))

    def occasion(self, value: str) -> str:
        return str(self.words.OCCASIONS.get(value, value))

    def items(self, n: int) -> str:
        """``3 项`` / ``3 items`` (``1 item``)."""
        if self.zh:
            return f"{n} 项"
        return f"{n} item" if n == 1 else f"{n} items"

    def kind(self, value: str) -> str:
        """A due-item kind (first_contact ...) as printed."""
        return str(self.words.DUE_KINDS.get(value, value))

    def card_state(self, value: str) -> str:
        return str(self.words.CARD_STATES.get(value, value))

    def campaign_kind(self, value: str) -> str:
        """A campaign's kind (marketing, survey)."""
        return str(self.words.CAMPAIGN_KINDS.get(value, value))

    def campaign_result(self, value: str) -> str:
        """What a targeted member said (interested, accepted ... unreachable)."""
        return str(self.words.CAMPAIGN_RESULTS.get(value, value))

    def holiday(self, holiday: GreetingHoliday) -> str:
        """A holiday on which key persons are greeted (春节 ...)."""
        return str(self.words.HOLIDAYS.get(holiday, holiday))

    def reason(self, reason: Reason, *, year: int | None = None, head: bool = True) -> str:
        """Why an item is due, as a sentence: ``每周短信：2026-12-07 至 2026-12-13 一周一条``.

        ``year``: dates of that year are written without it (12-07), as a document
        about that year prints them; ``head=False`` leaves out what the kind's column
        says already (``每周短信：``).
        """
        return _reason(self.words, reason, year, head)

    def provisional(self, year: int) -> str:
        """What a date worked out from a provisional year's calendar says."""
        return str(self.words.PROVISIONAL).format(year=year)

    def provisional_years(self, years: Any) -> list[str]:
        """One :meth:`provisional` per year, in order."""
        return [self.provisional(y) for y in sorted(years)]

    def plan_item(self, reason: Reason | None, note: str, carried_from: date | None) -> str:
        """What a saved plan's item says: a rule item's reason (said to be carried over from
        the day it was due, if it was); an own item's note (or an older rule item's text)."""
        if reason is None:
            return note
        text = self.reason(reason)
        if carried_from is None:
            return text
        return str(self.words.CARRIED).format(due=carried_from.isoformat(), reason=text)

    def pending_reason(self, over_cap_fen: int, over_budget_fen: int) -> str:
        """Why a gift waits for the lead (over the cap, over the budget)."""
        parts = []
        if over_cap_fen:
            parts.append(self.words.OVER_CAP.format(amount=format_fen(over_cap_fen)))
        if over_budget_fen:
            parts.append(self.words.OVER_BUDGET.format(amount=format_fen(over_budget_fen)))
        return str(self.words.LIST_SEPARATOR).join(parts)

    def weekday(self, d: date) -> str:
        names = self("weekday_names")
        return names[d.weekday()] if self.zh else names.split()[d.weekday()]

    def short_day(self, d: date) -> str:
        """``12-07 一`` / ``Mon 12-07``: a day in a table row."""
        return f"{d:%m-%d} {self.weekday(d)}" if self.zh else f"{self.weekday(d)} {d:%m-%d}"

    def label(self, key: str) -> str:
        """A label followed by the language's colon (``团队：`` / ``Team: ``)."""
        return f"{self(key)}：" if self.zh else f"{self(key)}: "

    def who(self, name: str, code: str | None) -> str:
        """``李欣（M001）`` / ``李欣 (M001)``."""
        if not code:
            return name
        return f"{name}（{code}）" if self.zh else f"{name} ({code})"

    def page_of(self, page: int, total: int) -> str:
        return f"第 {page} 页，共 {total} 页" if self.zh else f"Page {page} of {total}"

    @property
    def printed_by(self) -> str:
        return "vipcrm 打印" if self.zh else "Printed by vipcrm"

    def day(self, d: date | None) -> str:
        if d is None:
            return ""
        return f"{d.month}月{d.day}日" if self.zh else d.strftime("%d %b")

    def month(self, year: int, month: int) -> str:
        return f"{year}年{month}月" if self.zh else date(year, month, 1).strftime("%B %Y")


class _Values(dict[str, str]):
    """A reason's values as its sentence writes them; a missing one leaves a gap."""

    def __missing__(self, key: str) -> str:
        return ""


@lru_cache(maxsize=8192)
def _reason(words: ModuleType, reason: Reason, year: int | None, head: bool) -> str:
    """Items share their reasons (one object per period, start date ...): each is written
    once, whatever the number of items."""
    values = _Values()
    for name, value in reason.values:
        values[name] = _value(words, name, value, year)
    lunar = reason.get("lunar")
    if lunar is not None and "birthday" in values:
        month, day, leap = lunar
        values["birthday"] += words.LUNAR.format(label=lunar_label(month, day, bool(leap)))
    first, body = words.REASONS.get(reason.kind, ("", str(reason.kind)))
    text = body.format_map(values)
    if head and first:
        text = first + words.SEPARATOR + text
    if reason.get("important"):
        text += words.IMPORTANT
    if reason.get("step") is not None:  # a campaign's step for the member's tier
        text += words.CAMPAIGN_STEP.format_map(values)
    return str(text)


def _value(words: ModuleType, name: str, value: Any, year: int | None) -> str:
    if name == "month" and isinstance(value, date):
        return f"{value.year:04d}-{value.month:02d}"
    if isinstance(value, date):
        return f"{value:%m-%d}" if value.year == year else value.isoformat()
    if name == "tier":
        return str(words.TIERS.get(value, value))
    if name == "holiday":
        return str(words.HOLIDAYS.get(value, value))
    if name == "cap" and isinstance(value, int):
        return format_fen(value)
    if name == "causes":
        return str(words.LIST_SEPARATOR).join(str(words.RETENTION_CAUSES.get(c, c)) for c in value)
    return str(value)
