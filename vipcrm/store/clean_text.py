"""Every name and note written through a session is held to vipcrm.domain.text.

The services check what a person types, field by field, with a message for each; this
hook is the guarantee behind them, whatever path a row takes (a screen, a command, an
import, demo data): before a flush, each text column set on a new or changed synchronised
row is checked — a note (``Text``) keeps newlines and tabs, any other string is a name —
and a refused character stops the whole transaction with a ValidationError naming the
field. Rows applied from the central store do not come through a session (the central
store holds the same rule in CHECK constraints).
"""

from __future__ import annotations

from functools import cache
from typing import Any

from sqlalchemy import String, Text, event, inspect
from sqlalchemy.orm import ColumnProperty, Session
from sqlalchemy.types import TypeEngine

from vipcrm.domain.text import check_name_text, check_note_text
from vipcrm.store.models import Synced


@cache
def _text_columns(cls: type) -> dict[str, bool]:
    """Attribute key → is it a note (multi-line), for the text columns of ``cls``."""
    out: dict[str, bool] = {}
    attr: ColumnProperty[Any]
    for attr in inspect(cls).column_attrs:
        column_type: TypeEngine[Any] = attr.columns[0].type
        if isinstance(column_type, Text):
            out[attr.key] = True
        elif isinstance(column_type, String):
            out[attr.key] = False
    return out


def check_row(obj: Synced, keys: Any = None) -> None:
    """Raise ValidationError if a text attribute of ``obj`` (those in ``keys``, default
    all) holds a character its kind of text refuses."""
    for key, note in _text_columns(_class_of(obj)).items():
        if keys is not None and key not in keys:
            continue
        value = getattr(obj, key)
        if isinstance(value, str):
            (check_note_text if note else check_name_text)(value, key)


def _class_of(obj: Synced) -> type:
    return type(obj)  # a mapped class: hashable, although Synced declares __hash__ per row


@event.listens_for(Session, "before_flush")
def _clean_text(session: Session, flush_context: Any, instances: Any) -> None:
    for obj in session.new:
        if isinstance(obj, Synced):
            check_row(obj)
    for obj in session.dirty:
        if isinstance(obj, Synced):
            state = inspect(obj)
            changed = {
                key
                for key in _text_columns(_class_of(obj))
                if state.attrs[key].history.has_changes()
            }
            if changed:
                check_row(obj, changed)
