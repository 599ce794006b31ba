"""Money is integer fen. Parsing is exact (Decimal), display is ``¥150.00``."""

from __future__ import annotations

import re
import unicodedata
from decimal import Decimal, InvalidOperation

from vipcrm.domain.errors import ValidationError, msg

_AMOUNT = re.compile(r"^\d+(\.\d{1,2})?$")
#: Digits grouped by thousands: 1,000 or 12,345,678 (a decimal part may follow).
_GROUPED = re.compile(r"^[1-9]\d{0,2}(,\d{3})+(\.\d*)?$")


def without_thousands(raw: str, field: str, text: str) -> str:
    """``raw`` without its thousands separators; a comma anywhere else is refused (``1,5``
    is not fifteen, nor one and a half)."""
    if "," not in raw:
        return raw
    if not _GROUPED.match(raw):
        raise ValidationError(
            field,
            msg(
                "'{text}' has a comma out of place; a comma only separates thousands "
                "(1,000 or 12,345.50)",
                text=text,
            ),
        )
    return raw.replace(",", "")


def parse_money(text: str, field: str = "amount") -> int:
    """Parse ``150``, ``150.5``, ``¥150``, ``１５０``, ``1,000.50`` ... into fen; refuse
    anything else (a comma is only a thousands separator)."""
    raw = unicodedata.normalize("NFKC", str(text or "")).strip()
    raw = raw.removeprefix("¥").removeprefix("￥").removesuffix("元").strip()
    if not raw:
        raise ValidationError(field, msg("an amount is required"))
    if raw.startswith("-"):
        raise ValidationError(
            field, msg("'{text}' is negative; amounts are zero or more", text=text)
        )
    raw = without_thousands(raw, field, text)
    if not _AMOUNT.match(raw):
        if re.match(r"^\d+\.\d{3,}$", raw):
            raise ValidationError(
                field,
                msg("'{text}' has more than two decimals (fen is the smallest unit)", text=text),
            )
        raise ValidationError(
            field, msg("'{text}' is not an amount in yuan, e.g. 150 or 150.50", text=text)
        )
    try:
        return int(Decimal(raw) * 100)
    except InvalidOperation:  # pragma: no cover - the regex already refused it
        raise ValidationError(field, msg("'{text}' is not an amount", text=text)) from None


class Fen(int):
    """An amount in fen that reads as money (``¥150.00``) in messages and f-strings."""

    def __str__(self) -> str:
        return format_fen(self)

    def __format__(self, spec: str) -> str:
        return format(format_fen(self), spec)


def format_fen(fen: int, symbol: str = "¥") -> str:
    """``15000`` -> ``¥150.00``; negative amounts keep their sign before the symbol."""
    sign = "-" if fen < 0 else ""
    yuan, cents = divmod(abs(fen), 100)
    return f"{sign}{symbol}{yuan:,}.{cents:02d}"
