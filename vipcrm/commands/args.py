"""argparse types that turn domain parsers' errors into messages naming the field."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from enum import Enum
from typing import Any

from vipcrm.domain.errors import ValidationError, msg
from vipcrm.domain.values import parse_enum


def arg(parse: Callable[[str], Any]) -> Callable[[str], Any]:
    """Turn a domain parser into an argparse type whose error names the problem."""

    def convert(text: str) -> Any:
        try:
            return parse(text)
        except ValidationError as exc:
            raise argparse.ArgumentTypeError(exc.message) from None

    convert.__name__ = getattr(parse, "__name__", "value")
    return convert


def enum_arg(enum: type, field: str) -> Callable[[str], Any]:
    return arg(lambda v: parse_enum(enum, v, field))


def int_range(lo: int, hi: int) -> Callable[[str], int]:
    def parse(text: str) -> int:
        try:
            value = int(text)
        except ValueError:
            raise ValidationError(
                "value", msg("'{text}' is not a whole number", text=text)
            ) from None
        if not lo <= value <= hi:
            raise ValidationError(
                "value", msg("{value} is outside {lo}..{hi}", value=value, lo=lo, hi=hi)
            )
        return value

    return arg(parse)


def enum_help(enum: type[Enum]) -> str:
    return "|".join(e.value for e in enum)
