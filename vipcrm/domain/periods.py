"""Budget periods: a month ``2026-12``, a quarter ``2026-Q4`` or a year ``2026``."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

from vipcrm.domain.errors import ValidationError, msg

_MONTH = re.compile(r"^(\d{4})-(\d{1,2})$")
_QUARTER = re.compile(r"^(\d{4})-?Q([1-4])$", re.IGNORECASE)
_YEAR = re.compile(r"^(\d{4})$")


@dataclass(frozen=True, order=True)
class Period:
    start: date
    end: date  # inclusive
    key: str

    @property
    def kind(self) -> str:
        return "year" if len(self.key) == 4 else "quarter" if "Q" in self.key else "month"

    def contains(self, day: date) -> bool:
        return self.start <= day <= self.end


def _month_end(year: int, month: int) -> date:
    first_next = date(year + (month == 12), month % 12 + 1, 1)
    return first_next - timedelta(days=1)


def parse_period(text: str, field: str = "period") -> Period:
    raw = (text or "").strip()
    if m := _MONTH.match(raw):
        year, month = int(m.group(1)), int(m.group(2))
        if not 1 <= month <= 12:
            raise ValidationError(
                field, msg("'{text}': month {month} does not exist", text=text, month=month)
            )
        return Period(date(year, month, 1), _month_end(year, month), f"{year:04d}-{month:02d}")
    if m := _QUARTER.match(raw):
        year, q = int(m.group(1)), int(m.group(2))
        return Period(date(year, 3 * q - 2, 1), _month_end(year, 3 * q), f"{year:04d}-Q{q}")
    if m := _YEAR.match(raw):
        year = int(m.group(1))
        return Period(date(year, 1, 1), date(year, 12, 31), f"{year:04d}")
    raise ValidationError(
        field, msg("'{text}' is not a period (use 2026-12, 2026-Q4 or 2026)", text=text)
    )


def periods_containing(day: date) -> list[Period]:
    """The month, quarter and year holding ``day``, narrowest first."""
    return [
        parse_period(f"{day.year:04d}-{day.month:02d}"),
        parse_period(f"{day.year:04d}-Q{(day.month - 1) // 3 + 1}"),
        parse_period(f"{day.year:04d}"),
    ]
