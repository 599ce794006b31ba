"""Errors a user can cause and fix. They carry the field they are about.

Every sentence an error shows is a :class:`Message`: the English text (what the command
line prints) that also keeps its template and values, so the desktop app can show the same
sentence in the user's language (``vipcrm.ui.errors``). Build them with :func:`msg`::

    raise ValidationError("points", msg("must be zero or more"))
    raise NotFound(msg("{field}: no member with id {ref}", field=field, ref=ref))

Values keep their type: an enum member, a ``date``, an amount in :class:`~vipcrm.domain.
money.Fen`, a name in two languages (:class:`Bilingual`), a list of those (:class:`Lines`
for one per line), or another Message; the English text shows them plainly
(``gold``, ``2026-11-22``, ``¥150.00``), the app shows them as labels in the user's
language. A value named ``field`` is a field name and is shown as that field's label.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from enum import Enum
from typing import Any


class Lines(tuple):  # type: ignore[type-arg]
    """A message value shown one item per line (the bad rows of an import)."""


def plain(value: object) -> str:
    """How a message value reads in the English text."""
    if isinstance(value, Lines):
        return "\n".join(plain(v) for v in value)
    if isinstance(value, Enum):
        return str(value.value)
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, list | tuple | set | frozenset):
        return ", ".join(plain(v) for v in value)
    return str(value)


class Bilingual(str):
    """A name kept in Chinese and English as data (an operator-defined benefit): the
    English text reads it in English, the window in its own language."""

    zh: str

    def __new__(cls, zh: str, en: str) -> Bilingual:
        self = super().__new__(cls, en)
        self.zh = zh
        return self

    def __reduce__(self) -> tuple[Any, ...]:
        return (Bilingual, (self.zh, str(self)))


class Message(str):
    """A user-facing sentence: English text with its ``template`` and ``params`` kept."""

    template: str
    params: Mapping[str, Any]

    def __new__(cls, template: str, /, **params: Any) -> Message:
        text = template.format(**{k: plain(v) for k, v in params.items()}) if params else template
        self = super().__new__(cls, text)
        self.template = template
        self.params = params
        return self

    def __reduce__(self) -> tuple[Any, ...]:
        return (_rebuild, (self.template, dict(self.params)))


def _rebuild(template: str, params: dict[str, Any]) -> Message:
    return Message(template, **params)


def msg(template: str, /, **params: Any) -> Message:
    """A sentence for the user; ``template`` uses ``{name}`` placeholders for ``params``."""
    return Message(template, **params)


class VipcrmError(Exception):
    """Base of every error that is the user's to fix (shown without a traceback)."""

    @property
    def text(self) -> Message | None:
        """The sentence this error shows, when it was built as a :class:`Message`."""
        first = self.args[0] if self.args else None
        return first if isinstance(first, Message) else None


class ValidationError(VipcrmError, ValueError):
    """A value that does not fit: names the field and says why.

    ``field`` is a field's id (``"phone"``), or a Message for a place in a file
    (``msg("line {line}, {column}", ...)``).
    """

    def __init__(self, field: str, message: str) -> None:
        super().__init__(f"{field}: {message}")
        self.field = field
        self.message = message

    @property
    def text(self) -> Message | None:
        return self.message if isinstance(self.message, Message) else None


class NotFound(VipcrmError, LookupError):
    """A member, manager, team ... named by the user does not exist."""


class PermissionDenied(VipcrmError, PermissionError):
    """The acting user's role does not allow the action."""
