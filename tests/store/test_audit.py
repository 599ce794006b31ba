"""The audit trail: who changed what and when, append-only, in the same transaction."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import func, select, text
from sqlalchemy.exc import DBAPIError

from vipcrm.domain.actor import Actor
from vipcrm.domain.errors import PermissionDenied
from vipcrm.domain.values import Channel, Outcome, Role, Tier
from vipcrm.services.audit import audit_trail, change_phone
from vipcrm.services.contacts import log_contact
from vipcrm.services.context import resolve_actor
from vipcrm.services.directory import add_manager
from vipcrm.services.members import NewMember, add_member
from vipcrm.store.audit import device_name
from vipcrm.store.models import AuditEntry, Member, OutboxEntry
from vipcrm.store.timeline import EventKind, member_timeline


@pytest.fixture
def team(db):
    with db.transaction() as s:
        s.info["actor"] = Actor("setup")
        boot = resolve_actor(s, "setup")
        add_manager(s, boot, code="L1", name="队长", team="T1", role=Role.LEAD)
        add_manager(s, resolve_actor(s, "L1"), code="M1", name="李欣", team="T1")
        add_member(
            s,
            resolve_actor(s, "L1"),
            NewMember(phone="13800138000", name="张伟", tier=Tier.GOLD, manager="M1"),
            date(2026, 11, 22),
        )
    return db


def as_user(db, code):
    """A unit of work recorded under ``code`` (as the command line and the GUI do)."""
    db.actor = Actor(code)
    return db.transaction()


def test_a_lead_sees_who_changed_a_members_phone_and_when(team):
    with as_user(team, "L1") as s:
        change_phone(s, resolve_actor(s, "L1"), member_ref="13800138000", new_phone="139 1234 5678")
    with team.reading() as s:
        trail = audit_trail(s, resolve_actor(s, "L1"), member_ref="13912345678")
        change = next(r for r in trail if r.table_name == "members" and r.op == "update")
        assert change.actor_code == "L1" and change.device == device_name()
        assert change.changes == {"phone": ["13800138000", "13912345678"]}
        member_id = s.scalar(select(Member.id).where(Member.phone == "13912345678"))
        events = member_timeline(s, member_id, frozenset({EventKind.CHANGE}))
        assert [e.by for e in events] == ["L1"] and "13800138000" in events[0].text


def test_every_kind_of_change_is_recorded_in_the_same_transaction(team):
    with as_user(team, "M1") as s:
        log_contact(
            s,
            resolve_actor(s, "M1"),
            member_ref="13800138000",
            channel=Channel.PHONE,
            outcome=Outcome.REACHED,
        )
    with pytest.raises(RuntimeError), as_user(team, "M1") as s:
        log_contact(
            s,
            resolve_actor(s, "M1"),
            member_ref="13800138000",
            channel=Channel.SMS,
            outcome=Outcome.REACHED,
        )
        raise RuntimeError("crash before commit")
    with team.reading() as s:
        contacts = s.scalars(
            select(AuditEntry).where(AuditEntry.table_name == "contact_attempts")
        ).all()
        assert len(contacts) == 1 and contacts[0].actor_code == "M1"
        assert contacts[0].changes["channel"] == [None, "phone"]
        # the trail travels to the central store like any change
        assert s.scalar(
            select(func.count())
            .select_from(OutboxEntry)
            .where(OutboxEntry.table_name == "audit_log")
        ) == s.scalar(select(func.count(AuditEntry.id)))


def test_the_trail_cannot_be_edited_or_deleted(team):
    for statement in ("UPDATE audit_log SET actor_code = 'nobody'", "DELETE FROM audit_log"):
        with pytest.raises(DBAPIError, match="append-only"), team.engine.begin() as conn:
            conn.execute(text(statement))
    with team.reading() as s:
        assert s.scalar(select(func.count(AuditEntry.id))) > 0


def test_only_leads_read_the_whole_trail_and_only_leads_change_numbers(team):
    with pytest.raises(PermissionDenied), team.reading() as s:
        audit_trail(s, resolve_actor(s, "M1"))
    with pytest.raises(PermissionDenied), as_user(team, "M1") as s:
        change_phone(s, resolve_actor(s, "M1"), member_ref="13800138000", new_phone="13912345678")
