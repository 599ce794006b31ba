"""Mainland China mobile numbers: normalise what people type, validate with phonenumbers."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

import phonenumbers

from vipcrm.domain.errors import ValidationError, msg

_SEPARATORS = re.compile(r"[\s\-().\u3000]")


def normalize_mobile(text: str, field: str = "phone") -> str:
    """Return the 11-digit mobile number, or raise ValidationError naming ``field``.

    Accepts spaces, dashes, brackets, full-width digits and the +86 / 0086 / 86 prefixes.
    """
    raw = unicodedata.normalize("NFKC", text or "")
    digits = _SEPARATORS.sub("", raw)
    if not digits:
        raise ValidationError(field, msg("a mobile number is required"))
    if digits.startswith("+86"):
        digits = digits[3:]
    elif digits.startswith("0086"):
        digits = digits[4:]
    elif digits.startswith("86") and len(digits) == 13:
        digits = digits[2:]
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
