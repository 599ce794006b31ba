"""The due, card and calendar services: scope, transitions, traces, import semantics."""

from __future__ import annotations

import uuid
from datetime import date

import pytest
from sqlalchemy import select

from vipcrm.domain.actor import Actor
from vipcrm.domain.cards import InvalidCardStep
from vipcrm.domain.due import DueKind
from vipcrm.domain.errors import PermissionDenied, ValidationError
from vipcrm.domain.values import CardKind, CardState, DeliveryMethod, Role, Tier
from vipcrm.services.audit import change_phone
from vipcrm.services.calendar import calendar_year, import_calendar
from vipcrm.services.cards import list_cards, record_card_step, start_card
from vipcrm.services.context import resolve_actor
from vipcrm.services.due import due_for
from vipcrm.store.models import CalendarDay, Card, CardStep, Manager, Member, OutboxEntry, Team

ON = date(2026, 10, 8)


@pytest.fixture
def people(db):
    """Team T1 (lead L1, managers M1, M2), M3 in team T2, an admin; one member each."""
    with db.transaction() as s:
        t1, t2 = (
            Team(id=uuid.uuid4(), code="T1", name="一组"),
            Team(id=uuid.uuid4(), code="T2", name="二组"),
        )
        s.add_all([t1, t2])
        s.flush()
        managers = {
            code: Manager(id=uuid.uuid4(), code=code, name=code, role=role, team_id=team)
            for code, role, team in (
                ("A", Role.ADMIN, None),
                ("L1", Role.LEAD, t1.id),
                ("M1", Role.MANAGER, t1.id),
                ("M2", Role.MANAGER, t1.id),
                ("M3", Role.MANAGER, t2.id),
            )
        }
        s.add_all(managers.values())
        s.flush()
        for k, code in enumerate(("M1", "M2", "M3")):
            s.add(
                Member(
                    phone=f"1380000000{k}",
                    name=f"会员{code}",
                    tier=Tier.GOLD,
                    manager_id=managers[code].id,
                    assigned_on=date(2026, 9, 29),
                )
            )
        s.add(Member(phone="13800000009", name="未分配", tier=Tier.GOLD))  # unassigned
    return db


def actor(s, code: str) -> Actor:
    return resolve_actor(s, code)


def names(result) -> set[str]:
    return {i.member_name for i in result.items}


def test_scope_follows_the_role_and_unassigned_members_are_nobodys_task(people):
    with people.reading() as s:
        assert names(due_for(s, actor(s, "M1"), today=ON)) == {"会员M1"}
        assert names(due_for(s, actor(s, "L1"), today=ON)) == {"会员M1", "会员M2"}
        assert names(due_for(s, actor(s, "A"), today=ON)) == {"会员M1", "会员M2", "会员M3"}
        assert names(due_for(s, actor(s, "L1"), today=ON, manager_code="M2")) == {"会员M2"}
        with pytest.raises(PermissionDenied, match="M3"):
            due_for(s, actor(s, "L1"), today=ON, manager_code="M3")
        with pytest.raises(PermissionDenied):
            due_for(s, actor(s, "stranger"), today=ON)


def test_kinds_filter_and_horizon_bounds(people):
    with people.reading() as s:
        a = actor(s, "A")
        everything = due_for(s, a, today=ON, horizon_days=30)
        assert {i.kind for i in everything.items} >= {DueKind.FIRST_CONTACT}
        only = due_for(s, a, today=ON, horizon_days=30, kinds=[DueKind.ROUTINE_SMS])
        assert {i.kind for i in only.items} <= {DueKind.ROUTINE_SMS}
        assert everything.items[0].reason.kind is DueKind.FIRST_CONTACT
        with pytest.raises(ValidationError, match="horizon"):
            due_for(s, a, today=ON, horizon_days=-1)


def test_card_steps_leave_a_trace_and_update_the_card(people):
    with people.transaction() as s:
        m1 = actor(s, "M1")
        changes = start_card(s, m1, "13800000000", date(2026, 10, 8))
        assert changes.cards and len(changes.members) == 1
        for step, on in (("data_sent", 9), ("arrived", 20), ("notified", 21)):
            record_card_step(s, m1, member_ref="13800000000", step=step, on=date(2026, 10, on))
        with pytest.raises(ValidationError, match="agreed-date"):
            record_card_step(
                s, m1, member_ref="13800000000", step="door_agreed", on=date(2026, 10, 22)
            )
        record_card_step(
            s,
            m1,
            member_ref="13800000000",
            step="door_agreed",
            on=date(2026, 10, 22),
            agreed_date=date(2026, 10, 25),
            note="下午三点",
        )
    with people.reading() as s:
        card = s.scalars(select(Card)).one()
        assert card.state is CardState.DOOR_AGREED and card.state_since == date(2026, 10, 22)
        assert card.delivery_method is DeliveryMethod.DOOR
        assert card.agreed_date == date(2026, 10, 25)
        steps = s.scalars(select(CardStep).order_by(CardStep.on)).all()
        assert [x.step for x in steps] == [
            "data_collected", "data_sent", "arrived", "notified", "door_agreed",
        ]  # fmt: skip
        assert steps[-1].note == "下午三点" and steps[-1].manager_id is not None
        assert s.scalars(
            select(OutboxEntry.table_name).where(OutboxEntry.table_name == "card_steps")
        ).all()
        (delivery,) = [
            i
            for i in due_for(s, actor(s, "M1"), today=date(2026, 10, 22)).items
            if i.kind is DueKind.CARD_DELIVERY
        ]
        assert delivery.due_date == date(2026, 10, 25)
        # the card screen's follow-ups: only the card holders worked out, the same items
        for who in ("M1", "L1", "A"):
            everyone = due_for(s, actor(s, who), today=date(2026, 10, 22), horizon_days=60)
            holders = due_for(
                s, actor(s, who), today=date(2026, 10, 22), horizon_days=60,
                card_holders_only=True,
            )  # fmt: skip
            assert holders.items == tuple(i for i in everyone.items if i.member_name == "会员M1")
            assert any(i.card_id is not None for i in holders.items)
        (row,) = list_cards(s, actor(s, "L1"))
        assert row.state is CardState.DOOR_AGREED and row.manager_code == "M1"
        assert list_cards(s, actor(s, "M3")) == []


def test_refusals_keep_their_values_typed_for_the_app(people):
    with people.transaction() as s:
        m1 = actor(s, "M1")
        start_card(s, m1, "13800000000", date(2026, 10, 8))
        with pytest.raises(ValidationError) as refused:
            record_card_step(
                s, m1, member_ref="13800000000", step="data_sent", on=ON, today=date(2026, 10, 7)
            )
        assert str(refused.value) == (
            "on: 2026-10-08 is in the future; record a step once it happened"
        )
        assert refused.value.text.params == {"on": ON}
        with pytest.raises(ValidationError) as refused:
            start_card(s, m1, "13800000000", ON)
        assert "(state data_collected since 2026-10-08)" in str(refused.value)
        params = refused.value.text.params
        assert params["state"] is CardState.DATA_COLLECTED and params["since"] == ON
        with pytest.raises(PermissionDenied) as refused:
            change_phone(s, m1, member_ref="13800000000", new_phone="13900000000")
        assert str(refused.value) == (
            "change a member's mobile number: needs the role lead or admin; "
            "'M1' has the role manager"
        )
        params = refused.value.text.params
        assert params["action"].template == "change a member's mobile number"
        assert (params["role"], params["other"], params["current"]) == (
            Role.LEAD,
            Role.ADMIN,
            Role.MANAGER,
        )


def test_invalid_steps_name_the_allowed_ones_and_remakes_start_at_arrived(people):
    with people.transaction() as s:
        m2 = actor(s, "M2")
        # No card yet: data_sent implies the data was collected; other steps are refused.
        with pytest.raises(ValidationError, match="card start"):
            record_card_step(s, m2, member_ref="13800000001", step="arrived", on=ON)
        record_card_step(s, m2, member_ref="13800000001", step="data_sent", on=ON)
        with pytest.raises(InvalidCardStep) as refused:
            record_card_step(s, m2, member_ref="13800000001", step="received", on=ON)
        assert refused.value.allowed and "allowed next steps: arrived" in str(refused.value)
        with pytest.raises(PermissionDenied):
            record_card_step(s, actor(s, "M3"), member_ref="13800000001", step="arrived", on=ON)
        start_card(s, actor(s, "M3"), "13800000002", ON, remake=True)
    with people.reading() as s:
        cards = {c.kind: c for c in s.scalars(select(Card))}
        assert cards[CardKind.NEW].state is CardState.DATA_SENT
        assert cards[CardKind.REMAKE].state is CardState.ARRIVED
        kinds = {i.kind for i in due_for(s, actor(s, "M3"), today=ON).items}
        assert DueKind.CARD_NOTIFY in kinds


def test_calendar_import_replaces_the_years_it_lists(people, tmp_path):
    first = tmp_path / "a.csv"
    first.write_text(
        "date,type,name\n2027-01-01,holiday,元旦\n2027-02-08,holiday,春节\n2027-02-20,workday,春节\n",
        encoding="utf-8",
    )
    second = tmp_path / "b.csv"
    second.write_text("date,type,name\n2027-01-01,holiday,元旦\n2027-02-09,holiday,春节\n")
    with people.transaction() as s:
        with pytest.raises(PermissionDenied):
            import_calendar(s, actor(s, "M1"), first)
        with people.reading() as r:
            before = calendar_year(r, 2027)
        assert before.provisional
        assert (date(2027, 2, 10), "holiday") in [(e.day, e.kind) for e in before.entries]
        (y,) = import_calendar(s, actor(s, "L1"), first).years
        assert (y.year, y.holidays, y.workdays, y.removed) == (2027, 2, 1, 0)
        assert y.replaces == "provisional"
    with people.transaction() as s:
        (y,) = import_calendar(s, actor(s, "A"), second).years
        assert (y.holidays, y.workdays, y.removed, y.replaces) == (2, 0, 2, "imported")
    with people.transaction() as s:
        import_calendar(s, actor(s, "A"), first)  # a withdrawn day comes back
    with people.reading() as s:
        live = {r.day for r in s.scalars(select(CalendarDay).where(CalendarDay.deleted.is_(False)))}
        assert live == {date(2027, 1, 1), date(2027, 2, 8), date(2027, 2, 20)}
        view = calendar_year(s, 2027)
        assert view.source == "imported" and not view.provisional
        assert [(e.day, e.kind) for e in view.entries] == [  # the law's days are all gone
            (date(2027, 1, 1), "holiday"),
            (date(2027, 2, 8), "holiday"),
            (date(2027, 2, 20), "workday"),
        ]
        assert calendar_year(s, 2031).source == "provisional"
