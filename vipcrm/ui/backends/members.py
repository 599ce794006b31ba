"""What the Members section (the list and a member's page) asks of the application:
adding a member, the profile, notes, benefits, logging a contact. No Qt here (see
:mod:`vipcrm.ui.backends.base`)."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date

from vipcrm.domain.birthday import parse_birthday
from vipcrm.domain.values import Tier
from vipcrm.services import benefits, profile
from vipcrm.services.context import Changes
from vipcrm.services.members import NewMember, add_member
from vipcrm.services.profile import ProfileEdit
from vipcrm.ui.backends.base import LogsContacts, ReadsMembers, ReadsWorkLogs


@dataclass(frozen=True)
class MemberForm:
    """What the Add member dialog gathers, as typed (the backend parses, the service checks)."""

    phone: str
    name: str
    tier: Tier
    manager_code: str | None  # None: the acting manager's own book, or unassigned (a lead)
    birthday: str = ""  # [YYYY-]MM-DD, empty: not known
    lunar: bool = False
    important: bool = False
    notes: str = ""


class MembersBackend(LogsContacts, ReadsMembers, ReadsWorkLogs):
    def add_member(self, form: MemberForm) -> tuple[uuid.UUID, Changes]:
        """Add a member as ``vipcrm member add`` does: the same parsing and checks, one
        transaction; a refusal names its field (``phone``, ``name``, ``birthday`` …)."""
        birthday = (
            parse_birthday(form.birthday, lunar=form.lunar) if form.birthday.strip() else None
        )
        new = NewMember(
            phone=form.phone,
            name=form.name,
            tier=form.tier,
            manager=form.manager_code,
            birthday=birthday,
            important=form.important,
            notes=form.notes,
        )
        with self.db.transaction() as s:
            member, changes = add_member(s, self.actor, new, self.today())
            return member.id, changes

    def save_profile(self, member_id: uuid.UUID, edit: ProfileEdit) -> Changes:
        with self.db.transaction() as s:
            return profile.update_profile(s, self.actor, member_id, edit)

    def add_note(self, member_id: uuid.UUID, text: str) -> Changes:
        with self.db.transaction() as s:
            return profile.add_note(s, self.actor, member_id, text)

    def member_benefits(self, member_id: uuid.UUID) -> benefits.MemberBenefits:
        with self.db.reading() as s:
            return benefits.member_benefits(s, self.actor, str(member_id), today=self.today())

    def record_benefit_use(
        self, member_id: uuid.UUID, code: str, on: date, note: str, exception_reason: str = ""
    ) -> Changes:
        with self.db.transaction() as s:
            return benefits.record_use(
                s,
                self.actor,
                member_ref=str(member_id),
                code=code,
                today=self.today(),
                on=on,
                note=note,
                exception_reason=exception_reason,
            ).changes
