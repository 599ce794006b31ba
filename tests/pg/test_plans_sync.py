"""A saved plan through the central store: submitted on the manager's laptop, approved on the
lead's; ticking an item done keeps the approval, changing the items reopens it — on the
laptop and, for a change made by hand on the central store, there too (the server's guard
must not get in the way of the ordinary flow)."""

from __future__ import annotations

from datetime import date

from vipcrm.services import saved_plans


def _status(laptop, plan_id) -> str:
    with laptop.work() as (s, actor):
        return str(saved_plans.load_plan(s, actor, plan_id).status)


def test_a_plan_is_approved_worked_and_reopened_across_laptops(org, laptops):
    org.add_member("13800000001", "A", name="张伟")
    a, lead = laptops("A"), laptops("L1")
    a.sync()
    with a.work() as (s, actor):
        view, _ = saved_plans.generate_plan(s, actor, period="2027-03")
        item, _ = saved_plans.add_item(
            s, actor, view.id, on=date(2027, 3, 3), kind="visit", member_ref="13800000001"
        )
        saved_plans.submit_plan(s, actor, view.id)
    assert a.sync().refusals == []
    lead.sync()
    with lead.work() as (s, actor):
        seen = saved_plans.load_plan(s, actor, view.id)
        assert seen.status == "submitted"
        saved_plans.approve_plan(s, actor, view.id, seen_version=seen.version, comment="好")
    assert lead.sync().refusals == []
    assert org.one("SELECT status FROM service_plans WHERE id = %s", (view.id,)) == "approved"

    a.sync()
    with a.work() as (s, actor):
        saved_plans.mark_done(s, actor, item.id)
    assert a.sync().refusals == []
    assert org.one("SELECT status FROM service_plans WHERE id = %s", (view.id,)) == "approved"

    with a.work() as (s, actor):
        saved_plans.add_item(s, actor, view.id, on=date(2027, 3, 4), kind="note", note="回访")
    assert _status(a, view.id) == "draft"
    assert a.sync().refusals == []
    lead.sync()
    assert _status(lead, view.id) == "draft"
    assert org.one("SELECT status FROM service_plans WHERE id = %s", (view.id,)) == "draft"
    assert a.rows("service_plans") == lead.rows("service_plans")
    assert a.rows("plan_items") == lead.rows("plan_items")
