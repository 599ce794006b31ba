"""Birthdays: solar (公历) or lunar (农历), with or without a year.

Text forms (command line, import files):
- solar ``[YYYY-]MM-DD`` e.g. ``1980-02-29`` or ``02-29``;
- lunar ``[YYYY-]MM-DD[L]``: a trailing ``L`` marks the leap month (闰月), e.g. ``04-12L``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from lunardate import LunarDate

from vipcrm.domain.errors import ValidationError, msg

_FORM = re.compile(r"^(?:(\d{4})-)?(\d{1,2})-(\d{1,2})(L?)$", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Birthday:
    month: int
    day: int
    year: int | None = None
    lunar: bool = False
    leap: bool = False  # lunar only: the leap month of that number

    @classmethod
    def from_columns(
        cls,
        calendar: str | None,
        year: int | None,
        month: int | None,
        day: int | None,
        leap: bool | None,
    ) -> Birthday | None:
        """The birthday as stored on a member row (``birth_*`` columns); None when unknown."""
        if month is None or day is None:
            return None
        return cls(month=month, day=day, year=year, lunar=calendar == "lunar", leap=bool(leap))

    def __str__(self) -> str:
        text = f"{self.month:02d}-{self.day:02d}" + ("L" if self.leap else "")
        return f"{self.year:04d}-{text}" if self.year else text


def parse_birthday(text: str, *, lunar: bool = False, field: str = "birthday") -> Birthday:
    m = _FORM.match(str(text or "").strip())
    if not m:
        if lunar:
            raise ValidationError(
                field, msg("'{text}' is not a birthday (use [YYYY-]MM-DD[L])", text=text)
            )
        raise ValidationError(
            field, msg("'{text}' is not a birthday (use [YYYY-]MM-DD)", text=text)
        )
    year = int(m.group(1)) if m.group(1) else None
    month, day, leap = int(m.group(2)), int(m.group(3)), bool(m.group(4))
    if leap and not lunar:
        raise ValidationError(
            field, msg("'{text}': only a lunar birthday has a leap month (L)", text=text)
        )
    if year is not None and not 1900 <= year <= date.today().year:
        raise ValidationError(
            field,
            msg("'{text}': the year {year} is not a plausible birth year", text=text, year=year),
        )
    if lunar:
        if not 1 <= month <= 12 or not 1 <= day <= 30:
            raise ValidationError(
                field, msg("'{text}' is not a lunar date (month 1-12, day 1-30)", text=text)
            )
        if year is not None:
            try:
                LunarDate(year, month, day, leap).to_solar_date()
            except ValueError:
                if leap:
                    sentence = msg(
                        "'{text}': lunar year {year} has no day {day} in leap month {month}",
                        text=text,
                        year=year,
                        day=day,
                        month=month,
                    )
                else:
                    sentence = msg(
                        "'{text}': lunar year {year} has no day {day} in month {month}",
                        text=text,
                        year=year,
                        day=day,
                        month=month,
                    )
                raise ValidationError(field, sentence) from None
    else:
        try:
            # 2000 is a leap year: a year-less 02-29 is a real birthday.
            date(year or 2000, month, day)
        except ValueError:
            raise ValidationError(field, msg("'{text}' is not a real date", text=text)) from None
    return Birthday(month=month, day=day, year=year, lunar=lunar, leap=leap)
