"""Assigning the month's new members; a lead's reassignment starts a new first-contact SLA."""

from datetime import date

import pytest
from sqlalchemy import select

from vipcrm.domain.errors import PermissionDenied
from vipcrm.domain.values import Role, Tier
from vipcrm.services.assignment import assign_new_members, reassign
from vipcrm.services.context import resolve_actor
from vipcrm.services.directory import add_manager
from vipcrm.services.members import NewMember, add_member
from vipcrm.store.models import Manager, Member

TODAY = date(2026, 12, 1)


@pytest.fixture
def team(db):
    with db.transaction() as s:
        add_manager(s, resolve_actor(s, "setup"), code="A1", name="管理员", role=Role.ADMIN)
        admin = resolve_actor(s, "A1")
        add_manager(s, admin, code="L1", name="队长", team="T1", role=Role.LEAD)
        add_manager(s, admin, code="L2", name="二队长", team="T2", role=Role.LEAD)
        for code in ("M1", "M2", "M3"):
            add_manager(s, admin, code=code, name=code, team="T1")
        add_manager(s, admin, code="M9", name="M9", team="T2")
        tiers = [Tier.DIAMOND] * 2 + [Tier.GOLD] * 5 + [Tier.SILVER] * 14
        for k, tier in enumerate(tiers):
            add_member(
                s, admin, NewMember(phone=f"1380000{k:04d}", name=f"会员{k}", tier=tier), TODAY
            )
    return db


def test_new_members_are_spread_evenly_and_their_sla_starts(team):
    with team.transaction() as s:
        result, _ = assign_new_members(s, resolve_actor(s, "L1"), month="2026-12", today=TODAY)
    assert result.assigned == 21 and sum(result.by_manager.values()) == 21
    assert max(result.loads.values()) - min(result.loads.values()) <= 3
    with team.reading() as s:
        rows = s.execute(
            select(Manager.code, Member.assigned_on).join(Manager, Member.manager_id == Manager.id)
        ).all()
    assert {code for code, _ in rows} == {"M1", "M2", "M3"}  # not the lead, not the other team
    assert {on for _, on in rows} == {TODAY}


def test_a_lead_reassigns_within_the_team_only(team):
    with team.transaction() as s:
        assign_new_members(s, resolve_actor(s, "L1"), month="2026-12", today=TODAY)
    with team.transaction() as s:
        reassign(
            s, resolve_actor(s, "L1"), member_ref="13800000000", to="M3", today=date(2026, 12, 3)
        )
    with team.reading() as s:
        m = s.scalar(select(Member).where(Member.phone == "13800000000"))
        assert s.get(Manager, m.manager_id).code == "M3" and m.assigned_on == date(2026, 12, 3)
    with pytest.raises(PermissionDenied), team.transaction() as s:
        reassign(s, resolve_actor(s, "L2"), member_ref="13800000000", to="M9", today=TODAY)
    with pytest.raises(PermissionDenied), team.transaction() as s:
        assign_new_members(s, resolve_actor(s, "M1"), month="2026-12", today=TODAY, team="T1")
