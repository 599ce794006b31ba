"""Saved service plans: generated from the rules engine as the printed plan lays it out,
edited, submitted, and approved by the team's lead on the version seen."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select

from vipcrm.domain.errors import PermissionDenied, ValidationError
from vipcrm.domain.values import PlanStatus, Role, Tier
from vipcrm.services import saved_plans
from vipcrm.services.context import Changes, resolve_actor
from vipcrm.services.directory import add_manager
from vipcrm.services.members import NewMember, add_member
from vipcrm.services.plan_contents import month_plan
from vipcrm.store.models import OutboxEntry, ServicePlan

TODAY = date(2026, 11, 22)


@pytest.fixture
def book(db):
    """Team T1 (lead L1, managers M1, M2), team T2 (lead L2, manager M9); M1 has three members."""
    with db.transaction() as s:
        boot = resolve_actor(s, "setup")
        add_manager(s, boot, code="A1", name="管理员", role=Role.ADMIN)
        admin = resolve_actor(s, "A1")
        for code, team, role in [
            ("L1", "T1", Role.LEAD),
            ("M1", "T1", Role.MANAGER),
            ("M2", "T1", Role.MANAGER),
            ("L2", "T2", Role.LEAD),
            ("M9", "T2", Role.MANAGER),
        ]:
            add_manager(s, admin, code=code, name=f"经理{code}", team=team, role=role)
        for n, tier in enumerate((Tier.DIAMOND, Tier.GOLD, Tier.SILVER)):
            add_member(
                s,
                admin,
                NewMember(
                    phone=f"1380000000{n}", name=f"{tier.value}会员", tier=tier, manager="M1"
                ),
                TODAY,
            )
    return db


def who(db, code):
    with db.reading() as s:
        return resolve_actor(s, code)


def generate(db, code="M1", period="2026-12", **kw):
    with db.transaction() as s:
        view, changes = saved_plans.generate_plan(s, resolve_actor(s, code), period=period, **kw)
    assert changes == Changes(plans=True)
    return view


def current(db, plan_id, code="M1"):
    with db.reading() as s:
        return saved_plans.load_plan(s, resolve_actor(s, code), plan_id)


def test_generate_saves_one_item_per_printed_row_on_its_day(book):
    view = generate(book)
    with book.reading() as s:
        printed = month_plan(s, resolve_actor(s, "M1"), manager="M1", month="2026-12")
    assert printed.total > 0
    assert view.total == printed.total
    assert sorted((i.on, i.kind, str(i.member_id)) for i in view.items) == sorted(
        (p.on, p.item.kind.value, str(p.item.member_id)) for p in printed.items
    )
    assert view.status is PlanStatus.DRAFT and view.version == 1
    assert (view.manager_code, view.period, view.start, view.end) == (
        "M1",
        "2026-12",
        date(2026, 12, 1),
        date(2026, 12, 31),
    )
    assert all(i.reason is not None and not i.note and not i.own and not i.done for i in view.items)
    with book.reading() as s:
        again = saved_plans.plan_for(s, resolve_actor(s, "L1"), manager="M1", period="2026-12")
        assert again == view
        assert saved_plans.plan_for(s, resolve_actor(s, "M1"), period="2027-01") is None
        # written through the outbox like every synchronised row
        assert s.scalar(
            select(OutboxEntry.seq).where(OutboxEntry.table_name == "plan_items").limit(1)
        )


def test_generating_twice_needs_replace_and_keeps_own_and_done_items(book):
    view = generate(book)
    first = view.items[0]
    with book.transaction() as s:
        m1 = resolve_actor(s, "M1")
        saved_plans.add_item(s, m1, view.id, on=date(2026, 12, 9), kind="visit", note="上门拜访")
        saved_plans.mark_done(s, m1, first.id)
    with (
        book.transaction() as s,
        pytest.raises(saved_plans.PlanStateError, match="already has a plan"),
    ):
        saved_plans.generate_plan(s, resolve_actor(s, "M1"), period="2026-12")
    again = generate(book, replace=True)
    assert again.id == view.id
    assert sum(1 for i in again.items if i.own) == 1
    assert [i.id for i in again.items if i.done] == [first.id]
    # the done rule item is not planned twice: the other rule items are fresh ones
    assert again.total == view.total + 1
    assert not {i.id for i in again.items if not i.own and not i.done} & {i.id for i in view.items}


def test_move_add_remove_and_done(book):
    view = generate(book)
    item = next(i for i in view.items if not i.own)
    with book.transaction() as s:
        m1 = resolve_actor(s, "M1")
        assert saved_plans.move_item(s, m1, item.id, on=date(2026, 12, 15)) == Changes(plans=True)
        row, _ = saved_plans.add_item(
            s, m1, view.id, on=date(2026, 12, 3), kind="visit", member_ref="13800000000"
        )
        assert (row.member_name, row.tier, row.own) == ("diamond会员", Tier.DIAMOND, True)
        meeting, _ = saved_plans.add_item(
            s, m1, str(view.id)[:8], on=date(2026, 12, 4), kind="meeting", note="组会"
        )
        saved_plans.mark_done(s, m1, str(meeting.id)[:8])
    after = current(book, view.id)
    moved = next(i for i in after.items if i.id == item.id)
    assert moved.on == date(2026, 12, 15)
    assert [i.on for i in after.by_day()[date(2026, 12, 3)] if i.own] == [date(2026, 12, 3)]
    assert after.done == 1 and after.total == view.total + 2
    with book.transaction() as s:
        m1 = resolve_actor(s, "M1")
        saved_plans.remove_item(s, m1, meeting.id)
        with pytest.raises(saved_plans.PlanStateError, match="only your own items"):
            saved_plans.remove_item(s, m1, item.id)
        with pytest.raises(ValidationError, match="outside the plan 2026-12"):
            saved_plans.move_item(s, m1, item.id, on=date(2027, 1, 2))
        with pytest.raises(ValidationError, match="kind"):
            saved_plans.add_item(s, m1, view.id, on=date(2026, 12, 3), kind="party", note="x")
        with pytest.raises(ValidationError, match="note"):
            saved_plans.add_item(s, m1, view.id, on=date(2026, 12, 3), kind="note")
    assert current(book, view.id).total == view.total + 1


def test_submit_and_the_lead_approves_the_version_seen(book):
    view = generate(book)
    with book.transaction() as s:
        saved_plans.submit_plan(s, resolve_actor(s, "M1"), view.id)
    submitted = current(book, view.id)
    assert submitted.status is PlanStatus.SUBMITTED
    # the version is the content the lead sees: a new plan is 1, submitting keeps it
    assert submitted.submitted_version == submitted.version == view.version == 1
    assert submitted.submitted_at is not None
    with book.reading() as s:
        queue = saved_plans.plans_to_approve(s, resolve_actor(s, "L1"))
        assert [(q.manager_code, q.period, q.version) for q in queue] == [
            ("M1", "2026-12", submitted.version)
        ]
        assert saved_plans.plans_to_approve(s, resolve_actor(s, "L2")) == []  # another team
    with book.transaction() as s:
        saved_plans.approve_plan(
            s, resolve_actor(s, "L1"), view.id, seen_version=submitted.version, comment="同意"
        )
    approved = current(book, view.id)
    assert approved.status is PlanStatus.APPROVED
    assert approved.approved_version == approved.version == 1  # approved as seen: no bump
    assert (approved.decided_by_code, approved.decision_comment) == ("L1", "同意")
    assert approved.decided_at is not None
    with book.reading() as s:
        assert saved_plans.plans_to_approve(s, resolve_actor(s, "L1")) == []


def test_approval_is_refused_if_the_plan_changed_since_it_was_seen(book):
    view = generate(book)
    with book.transaction() as s:
        saved_plans.submit_plan(s, resolve_actor(s, "M1"), view.id)
    seen = current(book, view.id).version
    with book.transaction() as s:  # the manager changes it while the lead looks at it
        saved_plans.move_item(s, resolve_actor(s, "M1"), view.items[0].id, on=date(2026, 12, 30))
    assert current(book, view.id).status is PlanStatus.DRAFT
    with book.transaction() as s:
        saved_plans.submit_plan(s, resolve_actor(s, "M1"), view.id)
    with book.transaction() as s, pytest.raises(saved_plans.PlanChanged, match="changed since"):
        saved_plans.approve_plan(
            s, resolve_actor(s, "L1"), view.id, seen_version=seen, comment="好"
        )
    with book.transaction() as s:
        lead = resolve_actor(s, "L1")
        saved_plans.approve_plan(
            s, lead, view.id, seen_version=current(book, view.id).version, comment="好"
        )


def test_an_edit_after_approval_needs_approval_again(book):
    view = generate(book)
    with book.transaction() as s:
        saved_plans.submit_plan(s, resolve_actor(s, "M1"), view.id)
    with book.transaction() as s:
        saved_plans.approve_plan(
            s,
            resolve_actor(s, "L1"),
            view.id,
            seen_version=current(book, view.id).version,
            comment="好",
        )
    with book.transaction() as s:  # ticking items off is the work, not a change of plan
        saved_plans.mark_done(s, resolve_actor(s, "M1"), view.items[0].id)
    assert current(book, view.id).status is PlanStatus.APPROVED
    with book.transaction() as s:
        saved_plans.add_item(
            s, resolve_actor(s, "M1"), view.id, on=date(2026, 12, 10), kind="note", note="培训"
        )
    reopened = current(book, view.id)
    assert reopened.status is PlanStatus.DRAFT
    assert reopened.approved_version == 1  # the last decision stays on the row
    assert reopened.version == 2  # changed content: the next version
    with book.transaction() as s, pytest.raises(saved_plans.PlanChanged, match="version 1, now 2"):
        saved_plans.approve_plan(s, resolve_actor(s, "L1"), view.id, seen_version=1, comment="好")
    with book.transaction() as s:
        m1 = resolve_actor(s, "M1")
        saved_plans.add_item(s, m1, view.id, on=date(2026, 12, 11), kind="note", note="学习")
    assert current(book, view.id).version == 2  # still the one draft being changed
    with book.transaction() as s:
        saved_plans.submit_plan(s, resolve_actor(s, "M1"), view.id)
    with book.transaction() as s:
        saved_plans.approve_plan(s, resolve_actor(s, "L1"), view.id, seen_version=2, comment="好")
    again = current(book, view.id)
    assert (again.status, again.version, again.approved_version) == (PlanStatus.APPROVED, 2, 2)


def test_approving_needs_a_comment_as_rejecting_and_a_gifts_decision_do(book):
    view = generate(book)
    with book.transaction() as s:
        saved_plans.submit_plan(s, resolve_actor(s, "M1"), view.id)
    with book.transaction() as s, pytest.raises(ValidationError, match="comment"):
        saved_plans.approve_plan(s, resolve_actor(s, "L1"), view.id, seen_version=1, comment="  ")
    assert current(book, view.id).status is PlanStatus.SUBMITTED  # nothing written


def test_reject_needs_a_comment_and_the_plan_can_be_resubmitted(book):
    view = generate(book)
    with book.transaction() as s:
        saved_plans.submit_plan(s, resolve_actor(s, "M1"), view.id)
    version = current(book, view.id).version
    with book.transaction() as s, pytest.raises(ValidationError, match="comment"):
        saved_plans.reject_plan(
            s, resolve_actor(s, "L1"), view.id, seen_version=version, comment=" "
        )
    with book.transaction() as s:
        saved_plans.reject_plan(
            s, resolve_actor(s, "L1"), view.id, seen_version=version, comment="拜访太少"
        )
    rejected = current(book, view.id)
    assert (rejected.status, rejected.decision_comment) == (PlanStatus.REJECTED, "拜访太少")
    with book.transaction() as s:
        saved_plans.submit_plan(s, resolve_actor(s, "M1"), view.id)
    resubmitted = current(book, view.id)
    assert (resubmitted.status, resubmitted.version) == (PlanStatus.SUBMITTED, version)


def test_lead_actions_are_refused_to_managers_and_other_teams(book):
    view = generate(book)
    with book.transaction() as s:
        saved_plans.submit_plan(s, resolve_actor(s, "M1"), view.id)
    version = current(book, view.id).version
    for code in ("M1", "M2"):
        with book.transaction() as s, pytest.raises(PermissionDenied):
            saved_plans.approve_plan(
                s, resolve_actor(s, code), view.id, seen_version=version, comment="好"
            )
        with book.reading() as s, pytest.raises(PermissionDenied):
            saved_plans.plans_to_approve(s, resolve_actor(s, code))
    with book.transaction() as s, pytest.raises(PermissionDenied):
        saved_plans.approve_plan(
            s, resolve_actor(s, "L2"), view.id, seen_version=version, comment="好"
        )
    with book.transaction() as s, pytest.raises(PermissionDenied, match="own manager"):
        saved_plans.move_item(s, resolve_actor(s, "L1"), view.items[0].id, on=date(2026, 12, 2))
    with book.transaction() as s, pytest.raises(PermissionDenied):
        saved_plans.generate_plan(s, resolve_actor(s, "M2"), manager="M1", period="2027-01")
    with book.reading() as s, pytest.raises(PermissionDenied):
        saved_plans.load_plan(s, resolve_actor(s, "M2"), view.id)
    with book.transaction() as s:  # an admin decides for any team
        saved_plans.approve_plan(
            s, resolve_actor(s, "A1"), view.id, seen_version=version, comment="好"
        )
    with book.reading() as s:
        row = s.get(ServicePlan, view.id)
        assert row.status is PlanStatus.APPROVED and row.decided_by_id is not None


def test_weekly_plans_and_periods(book):
    view = generate(book, period="2026-W50")
    assert (view.start, view.end, view.kind.value) == (
        date(2026, 12, 7),
        date(2026, 12, 13),
        "week",
    )
    with book.transaction() as s, pytest.raises(ValidationError, match="month or an ISO week"):
        saved_plans.generate_plan(s, resolve_actor(s, "M1"), period="2026")
    with book.reading() as s:
        listed = saved_plans.list_plans(s, resolve_actor(s, "M1"))
        assert [(p.period, p.items) for p in listed] == [("2026-W50", view.total)]
