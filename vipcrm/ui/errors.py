"""Errors reach the user in one place, in the user's language, never as a traceback.

The services raise errors whose sentences are :class:`~vipcrm.domain.errors.Message`
objects (English text with the template and values kept). Here a sentence is shown in the
language of the window: its template is looked up in the "ServiceErrors" translation
context (every template is listed for the translators in :mod:`vipcrm.ui.message_catalogue`)
and its values become labels, locale dates and money.
"""

from __future__ import annotations

import logging
import string
from datetime import date
from enum import Enum

from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QMessageBox, QWidget

from vipcrm.domain.errors import Bilingual, Lines, Message, ValidationError, VipcrmError
from vipcrm.domain.money import Fen
from vipcrm.ui.labels import enum_label, field_label, fill, format_date, format_money

log = logging.getLogger(__name__)

CONTEXT = "ServiceErrors"


def _value_text(name: str, value: object) -> str:
    if isinstance(value, Message):
        return message_text(value)
    if isinstance(value, Bilingual):  # the window's language follows the default locale
        return value.zh if QLocale().language() == QLocale.Language.Chinese else str(value)
    if isinstance(value, Enum):
        return enum_label(value)
    if isinstance(value, Fen):
        return format_money(value)
    if isinstance(value, date):
        return format_date(value)
    if isinstance(value, Lines):
        return "\n".join(_value_text(name, v) for v in value)
    if isinstance(value, list | tuple | set | frozenset):
        separator = QCoreApplication.translate("Errors", ", ")
        return separator.join(_value_text(name, v) for v in value)
    if name == "field" and isinstance(value, str):
        return field_label(value)
    return str(value)


def _field_text(field: str) -> str:
    """A field's label; a Message when the field is a place in a file ("line 3, date")."""
    return message_text(field) if isinstance(field, Message) else field_label(field)


def placeholders(template: str) -> set[str]:
    """The ``{name}`` placeholders of a template."""
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


def message_text(text: str) -> str:
    """``text`` in the user's language when it is a Message; as it is otherwise."""
    if not isinstance(text, Message):
        return str(text)
    translated = QCoreApplication.translate(CONTEXT, text.template)
    values = {k: _value_text(k, v) for k, v in text.params.items()}
    try:
        return translated.format(**values) if values else translated
    except (KeyError, IndexError, ValueError):
        log.warning("translation of %r does not fit its values", text.template)
        return text.template.format(**values)


def error_text(exc: BaseException) -> str:
    """What to tell the user about ``exc``, in their language."""
    if isinstance(exc, ValidationError) and isinstance(exc.message, Message):
        return fill(
            QCoreApplication.translate("Errors", "%1: %2"),
            _field_text(exc.field),
            message_text(exc.message),
        )
    if isinstance(exc, VipcrmError) and exc.text is not None:
        return message_text(exc.text)
    return str(exc)


def show_error(parent: QWidget | None, exc: BaseException) -> None:
    if isinstance(exc, VipcrmError):
        QMessageBox.warning(
            parent, QCoreApplication.translate("Errors", "VIP Club CRM"), error_text(exc)
        )
        return
    log.error("unexpected error", exc_info=exc)
    QMessageBox.critical(
        parent,
        QCoreApplication.translate("Errors", "Unexpected error"),
        fill(QCoreApplication.translate("Errors", "Something went wrong: %1"), repr(exc)),
    )
