"""Parsing the dates people type, and the periods the rules speak of."""

from __future__ import annotations

import re
import unicodedata
from datetime import UTC, date, datetime, timedelta, tzinfo
from zoneinfo import ZoneInfo

from vipcrm.domain.errors import ValidationError, msg

DEFAULT_TZ = ZoneInfo("Asia/Shanghai")

_DATE_FORMS = [
    re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})$"),
    re.compile(r"^(\d{4})/(\d{1,2})/(\d{1,2})$"),
    re.compile(r"^(\d{4})\.(\d{1,2})\.(\d{1,2})$"),
    re.compile(r"^(\d{4})年(\d{1,2})月(\d{1,2})日?$"),
    re.compile(r"^(\d{4})(\d{2})(\d{2})$"),
]


def parse_date(text: str, field: str = "date") -> date:
    """Parse 2026-03-05, 2026/3/5, 2026年3月5日 or 20260305; refuse impossible dates."""
    raw = unicodedata.normalize("NFKC", str(text or "")).strip()
    for form in _DATE_FORMS:
        m = form.match(raw)
        if m:
            y, mo, d = (int(g) for g in m.groups())
            try:
                return date(y, mo, d)
            except ValueError:
                raise ValidationError(
                    field, msg("'{text}' is not a real date", text=text)
                ) from None
    raise ValidationError(field, msg("'{text}' is not a date (use YYYY-MM-DD)", text=text))


def parse_month(text: str, field: str = "month") -> tuple[int, int]:
    m = re.match(r"^(\d{4})-(\d{1,2})$", str(text or "").strip())
    if not m or not 1 <= int(m.group(2)) <= 12:
        raise ValidationError(field, msg("'{text}' is not a month (use YYYY-MM)", text=text))
    return int(m.group(1)), int(m.group(2))


def parse_timestamp(text: str, tz: tzinfo = DEFAULT_TZ, field: str = "at") -> datetime:
    """ISO 8601 timestamp; without an offset it is local time in ``tz``. Returns UTC."""
    try:
        value = datetime.fromisoformat(str(text).strip())
    except ValueError:
        raise ValidationError(
            field, msg("'{text}' is not an ISO 8601 time, e.g. 2026-11-22T09:30", text=text)
        ) from None
    if value.tzinfo is None:
        value = value.replace(tzinfo=tz)
    return value.astimezone(UTC)


def month_key(d: date) -> str:
    return f"{d.year:04d}-{d.month:02d}"


def week_start(d: date) -> date:
    """Monday of the calendar week (weeks run Monday to Sunday)."""
    return d - timedelta(days=d.weekday())


def local_date(moment: datetime, tz: tzinfo = DEFAULT_TZ) -> date:
    """The calendar date of a UTC moment in the configured time zone."""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(tz).date()


def utcnow() -> datetime:
    return datetime.now(UTC)
