"""Mainland China mobile numbers: normalise what people type, validate with phonenumbers."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

import phonenumbers

from vipcrm.domain.errors import ValidationError, msg

_SEPARATORS = re.compile(r"[\s\-().\u3000]")


def national_digits(text: str) -> str:
    """The number without separators and without the +86 / 0086 / 86 prefix (not validated):
    what a member's stored mobile number is compared with (a bill's other party, a search)."""
    raw = text if text.isascii() else unicodedata.normalize("NFKC", text)
    digits = _SEPARATORS.sub("", raw)
    if digits.startswith("+86"):
        return digits[3:]
    if digits.startswith("0086"):
        return digits[4:]
    if digits.startswith("86") and len(digits) == 13:
        return digits[2:]
    return digits


def normalize_mobile(text: str, field: str = "phone") -> str:
    """Return the 11-digit mobile number, or raise ValidationError naming ``field``.

    Accepts spaces, dashes, brackets, full-width digits and the +86 / 0086 / 86 prefixes.
    """
    if not _SEPARATORS.sub("", unicodedata.normalize("NFKC", text or "")):
        raise ValidationError(field, msg("a mobile number is required"))
    digits = national_digits(text or "")
    if not digits.isdigit() or len(digits) != 11:
        raise ValidationError(
            field, msg("'{text}' is not an 11-digit mainland mobile number", text=text)
        )
    if not _mobile_block(digits[:5]):
        raise ValidationError(
            field, msg("'{text}' is not a valid mainland mobile number", text=text)
        )
    return digits


@lru_cache(maxsize=16384)
def _mobile_block(prefix: str) -> bool:
    """Whether numbers starting with these five digits are mainland mobile numbers.

    phonenumbers' patterns for 11-digit numbers starting with 1 look at no more than the
    first five digits (e.g. ``1740[0-5]``), so one check per prefix decides for all of them
    (a test compares this with a full check on random numbers).
    """
    number = phonenumbers.parse(prefix + "000000", "CN")
    return phonenumbers.is_valid_number(number) and phonenumbers.number_type(number) in (
        phonenumbers.PhoneNumberType.MOBILE,
        phonenumbers.PhoneNumberType.FIXED_LINE_OR_MOBILE,
    )


def looks_like_phone(text: str) -> bool:
    """True when ``text`` is made only of digits and phone punctuation (for lookups)."""
    raw = _SEPARATORS.sub("", unicodedata.normalize("NFKC", text or ""))
    return bool(raw) and raw.lstrip("+").isdigit()


def format_mobile(phone: str) -> str:
    """138 0013 8000: the grouping people read a Chinese mobile number in (the window and
    the printed documents write it alike); anything else as it is."""
    if len(phone) == 11 and phone.isdigit():
        return f"{phone[:3]} {phone[3:7]} {phone[7:]}"
    return phone
