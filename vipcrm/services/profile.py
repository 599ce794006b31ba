"""The member page: read a member's profile, edit it (validated), add dated notes.

Edits come as the text people typed (:class:`ProfileEdit`). Every field is checked
before anything is written; all problems are reported together
(:class:`ProfileErrors`, one message per field) and nothing is saved. Only the fields
that really changed are written, so the outbox carries per-field changes.
"""

from __future__ import annotations

import re
import unicodedata
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from sqlalchemy.orm import Session

from vipcrm.domain.actor import Actor
from vipcrm.domain.birthday import Birthday, parse_birthday
from vipcrm.domain.errors import ValidationError, msg
from vipcrm.domain.pinyin import pinyin_key
from vipcrm.domain.text import check_name_text, check_note_text
from vipcrm.domain.values import GroupClass, KeyRole, MemberStatus, Tier
from vipcrm.services.context import Changes
from vipcrm.services.directory import check_name
from vipcrm.services.members import find_visible_member, member_birthday
from vipcrm.store.models import GroupCustomer, Manager, MemberNote
from vipcrm.store.timeline import (
    EventKind,
    TierMonth,
    TimelineEvent,
    member_timeline,
    tier_history,
)

ADDRESS_LIMIT = 300
NOTES_LIMIT = 2000
_LANDLINE = re.compile(r"^(0\d{2,3}-?)?\d{7,8}(-\d{1,6})?$")


@dataclass(frozen=True)
class MemberProfile:
    id: uuid.UUID
    phone: str
    name: str
    tier: Tier
    status: MemberStatus
    important: bool
    landline: str
    address: str
    birthday: Birthday | None
    notes: str
    points: int
    monthly_spend_fen: int
    assigned_on: date | None
    manager_code: str | None
    manager_name: str | None
    manager_phone: str | None
    group_code: str | None
    group_name: str | None
    group_class: GroupClass | None
    key_role: KeyRole | None
    tier_history: tuple[TierMonth, ...]


@dataclass(frozen=True)
class ProfileEdit:
    """What the user typed on the member page."""

    name: str
    landline: str = ""
    address: str = ""
    birthday: str = ""  # [YYYY-]MM-DD, lunar with an optional trailing L
    birthday_lunar: bool = False
    important: bool = False
    notes: str = ""


class ProfileErrors(ValidationError):
    """One or more fields are wrong; ``errors`` maps each field to its message (a Message)."""

    def __init__(self, errors: dict[str, str]) -> None:
        field, message = next(iter(errors.items()))
        super().__init__(field, message)
        self.errors = dict(errors)


def check_landline(text: str, field: str = "landline") -> str | None:
    """A fixed-line number such as ``010-12345678`` or ``0571 8888 6666-123``; '' is none."""
    raw = unicodedata.normalize("NFKC", text or "").strip()
    if not raw:
        return None
    compact = re.sub(r"[\s()\u3000]", "", raw)
    if not _LANDLINE.match(compact):
        raise ValidationError(
            field,
            msg("'{text}' is not a landline number (e.g. 010-12345678, extension -123)", text=text),
        )
    return compact


def _check_text(text: str, field: str, limit: int, *, note: bool = True) -> str:
    """Free text of at most ``limit`` characters: a note (several lines) or, with
    ``note=False``, one line such as an address (see vipcrm.domain.text)."""
    value = (text or "").strip()
    if len(value) > limit:
        raise ValidationError(field, msg("is longer than {limit} characters", limit=limit))
    return check_note_text(value, field) if note else check_name_text(value, field)


@dataclass(frozen=True)
class _Clean:
    name: str
    landline: str | None
    address: str | None
    birthday: Birthday | None
    important: bool
    notes: str


def check_profile(edit: ProfileEdit) -> _Clean:
    """Validate every field; raise :class:`ProfileErrors` naming all the wrong ones."""
    errors: dict[str, str] = {}
    values: dict[str, object] = {}
    checks: dict[str, Callable[[], object]] = {
        "name": lambda: check_name(edit.name),
        "landline": lambda: check_landline(edit.landline),
        "address": lambda: _check_text(edit.address, "address", ADDRESS_LIMIT, note=False) or None,
        "birthday": lambda: (
            parse_birthday(edit.birthday, lunar=edit.birthday_lunar)
            if edit.birthday.strip()
            else None
        ),
        "notes": lambda: _check_text(edit.notes, "notes", NOTES_LIMIT),
    }
    for field, check in checks.items():
        try:
            values[field] = check()
        except ValidationError as exc:
            errors[field] = exc.message
    if errors:
        raise ProfileErrors(errors)
    return _Clean(important=edit.important, **values)  # type: ignore[arg-type]


def load_profile(session: Session, actor: Actor, member_id: uuid.UUID) -> MemberProfile:
    member = find_visible_member(session, actor, str(member_id))
    manager = session.get(Manager, member.manager_id) if member.manager_id else None
    group = session.get(GroupCustomer, member.group_id) if member.group_id else None
    return MemberProfile(
        id=member.id,
        phone=member.phone,
        name=member.name,
        tier=member.tier,
        status=member.status,
        important=member.important,
        landline=member.landline or "",
        address=member.address or "",
        birthday=member_birthday(member),
        notes=member.notes or "",
        points=member.points,
        monthly_spend_fen=member.monthly_spend_fen,
        assigned_on=member.assigned_on,
        manager_code=manager.code if manager else None,
        manager_name=manager.name if manager else None,
        manager_phone=manager.phone if manager else None,
        group_code=group.code if group else None,
        group_name=group.name if group else None,
        group_class=group.group_class if group else None,
        key_role=member.key_role,
        tier_history=tuple(tier_history(session, member.id)),
    )


def update_profile(
    session: Session, actor: Actor, member_id: uuid.UUID, edit: ProfileEdit
) -> Changes:
    """Save the edited fields (all validated first); no change at all returns empty Changes."""
    clean = check_profile(edit)
    member = find_visible_member(session, actor, str(member_id))
    if member.status is not MemberStatus.ACTIVE:
        raise ValidationError(
            "member", msg("{phone} has left the club; the profile is closed", phone=member.phone)
        )
    changed = False

    def put(attr: str, value: object) -> None:
        nonlocal changed
        if getattr(member, attr) != value:
            setattr(member, attr, value)
            changed = True

    if clean.name != member.name:
        put("name", clean.name)
        put("name_pinyin", pinyin_key(clean.name))
    put("landline", clean.landline)
    put("address", clean.address)
    put("important", clean.important)
    put("notes", clean.notes)
    b = clean.birthday
    put("birth_calendar", ("lunar" if b.lunar else "solar") if b else None)
    put("birth_year", b.year if b else None)
    put("birth_month", b.month if b else None)
    put("birth_day", b.day if b else None)
    put("birth_leap_month", b.leap if b else False)
    if not changed:
        return Changes()
    session.flush()
    return Changes(members=frozenset({member.id}))


def add_note(session: Session, actor: Actor, member_id: uuid.UUID, text: str) -> Changes:
    """A dated note on the member's timeline."""
    value = _check_text(text, "note", NOTES_LIMIT)
    if not value:
        raise ValidationError("note", msg("write something first"))
    member = find_visible_member(session, actor, str(member_id))
    session.add(MemberNote(member_id=member.id, manager_id=actor.manager_id, text=value))
    session.flush()
    return Changes(members=frozenset({member.id}))


def member_events(
    session: Session,
    actor: Actor,
    member_id: uuid.UUID,
    kinds: frozenset[EventKind] | None = None,
) -> list[TimelineEvent]:
    """The member's timeline, newest first, for a user allowed to see the member."""
    member = find_visible_member(session, actor, str(member_id))
    return member_timeline(session, member.id, kinds)
