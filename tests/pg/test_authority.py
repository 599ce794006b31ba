"""The central store is the authority: budgets, gift decisions, card paths, ownership."""

from __future__ import annotations

import json
import threading
from datetime import date

import psycopg
import pytest

from vipcrm.cli import main
from vipcrm.domain.values import GiftStatus, Occasion, Tier
from vipcrm.services.budgets import set_manager_budget, set_team_budget
from vipcrm.services.cards import record_card_step, start_card
from vipcrm.services.gifts import approve_gift, request_gift
from vipcrm.store.models import Budget, CardStep, Gift, Member

TODAY = date(2026, 11, 22)
DAY = date(2026, 12, 5)
PHONES = ["13800000001", "13800000002", "13800000003", "13800000004"]


@pytest.fixture
def funded(org, laptops):
    """Four diamond members of A; team T1 has ¥500 for 2026-12, of which ¥300 is A's."""
    for phone in PHONES:
        org.add_member(phone, "A", tier="diamond")
    lead = laptops("L1")
    lead.sync()
    with lead.work() as (s, actor):
        set_team_budget(s, actor, team="T1", period="2026-12", amount_fen=50_000)
        set_manager_budget(s, actor, manager="A", period="2026-12", amount_fen=30_000)
    lead.sync()
    org.lead = lead
    return org


def _gift(laptop, phone, amount=15_000):
    with laptop.work() as (s, actor):
        gift, _ = request_gift(
            s, actor, member_ref=phone, occasion=Occasion.BIRTHDAY, amount_fen=amount,
            today=TODAY, planned_on=DAY,
        )  # fmt: skip
        return gift.id, gift.status


def _balances(org):
    return org.sql(
        "SELECT coalesce(m.code, 'team'), allocated_fen, committed_fen, spent_fen "
        "FROM budgets b LEFT JOIN managers m ON m.id = b.manager_id ORDER BY 1"
    )


def test_laptops_offline_spending_past_the_budget_together(funded, laptops, capsys):
    a1, a2 = laptops("A"), laptops("A")  # one manager, two laptops
    a1.sync(), a2.sync()
    # offline, each laptop sees ¥300 and approves two ¥150 birthday gifts at once
    assert [_gift(a1, p)[1] for p in PHONES[:2]] == [GiftStatus.APPROVED] * 2
    late = [_gift(a2, p) for p in PHONES[2:]]
    assert [status for _, status in late] == [GiftStatus.APPROVED] * 2
    first = a1.sync()
    assert first.outcomes.get("overruled", 0) == 0
    second = a2.sync()
    assert [r.status for r in second.refusals] == ["overruled", "overruled"]
    assert all("over the budget by ¥150.00" in r.reason for r in second.refusals)
    assert _balances(funded) == [("A", 30_000, 30_000, 0), ("team", 50_000, 30_000, 0)]
    with a2.db.reading() as s:  # the laptop shows what the server decided
        assert {g.status for g in s.query(Gift) if g.id in {i for i, _ in late}} == {
            GiftStatus.PENDING
        }
        assert s.query(Budget).filter(Budget.manager_id.isnot(None)).one().committed_fen == 30_000
    assert main(["--db", str(a2.path), "sync", "status"]) == 0
    assert capsys.readouterr().out.count("over the budget by ¥150.00") == 2
    assert main(["--db", str(a2.path), "sync", "status", "--json"]) == 0
    listed = json.loads(capsys.readouterr().out)
    assert [(r["table"], r["status"]) for r in listed["refusals"]] == [("gifts", "overruled")] * 2
    assert listed["pending"] == 0 and listed["connected"] is True
    # a lead and an admin, each offline, approve one of the waiting requests from the reserve
    lead, adm = funded.lead, laptops("ADM")
    lead.sync(), adm.sync()
    with lead.work() as (s, actor):
        approve_gift(s, actor, late[0][0].hex[:8], comment="生日，特批")
    with adm.work() as (s, actor):
        approve_gift(s, actor, late[1][0].hex[:8], comment="同意")
    assert lead.sync().outcomes.get("refused", 0) == 0
    refused = adm.sync()
    assert [r.status for r in refused.refusals] == ["refused"]
    assert "reserve for 2026-12 is ¥50.00 and cannot cover the shortfall of ¥150.00" in (
        refused.refusals[0].reason
    )
    # the server never went below zero and kept its accounts
    assert _balances(funded) == [("A", 45_000, 45_000, 0), ("team", 50_000, 45_000, 0)]
    assert funded.one("SELECT count(*) FROM budget_adjustments") == 1
    statuses = funded.sql("SELECT status, count(*) FROM gifts GROUP BY 1 ORDER BY 1")
    assert statuses == [("approved", 3), ("pending", 1)]
    with adm.db.reading() as s:
        assert s.get(Gift, late[1][0]).status is GiftStatus.PENDING
    for laptop in (a1, a2, lead, adm):
        laptop.sync()
    assert a1.rows("gifts") == a2.rows("gifts") == lead.rows("gifts")
    assert a1.rows("budgets").keys() <= lead.rows("budgets").keys()


def test_concurrent_requests_on_the_central_store_never_overspend(funded):
    members = [r[0] for r in funded.sql("SELECT id FROM members ORDER BY phone")]
    results: list[str] = []

    def request(member_id) -> None:
        with funded.connect_as("A") as conn:
            conn.execute(
                "INSERT INTO gifts (id, member_id, manager_id, occasion, items, amount_fen, cap_fen, "
                "planned_on, note, status, pending_reason, requested_at, decision_comment, "
                "delivered_how, proof_note, version, updated_at, deleted) VALUES (gen_random_uuid(), "
                "%s, gen_random_uuid(), 'birthday', '', 10000, 0, '2026-12-05', '', 'approved', '', "
                "now(), '', '', '', 1, now(), false)",
                (member_id,),
            )

    threads = [threading.Thread(target=request, args=(members[i % 4],)) for i in range(12)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    approved = funded.one("SELECT count(*) FROM gifts WHERE status = 'approved'")
    assert approved == 3  # ¥300 / ¥100
    assert funded.one("SELECT count(*) FROM gifts WHERE status = 'pending'") == 9
    assert funded.one("SELECT min(allocated_fen - committed_fen - spent_fen) FROM budgets") == 0
    del results


def test_a_decision_counts_only_for_the_version_seen(funded, laptops):
    a = laptops("A")
    a.sync()
    gift_id, status = _gift(a, PHONES[0], amount=20_000)  # over the ¥150 cap: waits
    assert status is GiftStatus.PENDING
    a.sync()
    lead = funded.lead
    lead.sync()
    with a.work() as (s, _):  # the manager changes the request after the lead looked
        s.get(Gift, gift_id).note = "改成高端果篮"
    a.sync()
    with lead.work() as (s, actor):
        approve_gift(s, actor, gift_id.hex[:8], comment="好")
    report = lead.sync()
    assert [r.status for r in report.refusals] == ["refused"]
    assert "changed since it was looked at" in report.refusals[0].reason
    assert funded.one("SELECT status FROM gifts WHERE id = %s", (gift_id,)) == "pending"
    with lead.work() as (s, actor):  # looked again: now it counts
        approve_gift(s, actor, gift_id.hex[:8], comment="好")
    assert lead.sync().refusals == []
    assert funded.one("SELECT status FROM gifts WHERE id = %s", (gift_id,)) == "approved"


def test_a_manager_cannot_approve_a_gift_or_touch_budgets_even_with_sql(funded, laptops):
    a = laptops("A")
    a.sync()
    gift_id, _ = _gift(a, PHONES[0], amount=20_000)
    a.sync()
    with funded.connect_as("A") as conn:
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            conn.execute("UPDATE gifts SET status = 'approved' WHERE id = %s", (gift_id,))
        with pytest.raises(psycopg.errors.InsufficientPrivilege, match="lead of its team"):
            conn.execute("SELECT vipcrm_decide_gift(%s, 'approved', '')", (gift_id,))
    with funded.connect_as("L2") as conn, pytest.raises(psycopg.Error):
        conn.execute("SELECT vipcrm_decide_gift(%s, 'approved', '')", (gift_id,))
    assert funded.one("SELECT status FROM gifts WHERE id = %s", (gift_id,)) == "pending"


def test_the_same_card_step_on_two_laptops_is_applied_once(funded, laptops):
    a1, a2 = laptops("A"), laptops("A")
    a1.sync()
    with a1.work() as (s, actor):
        start_card(s, actor, PHONES[0], TODAY)
    a1.sync(), a2.sync()
    with a1.work() as (s, actor):
        record_card_step(s, actor, member_ref=PHONES[0], step="data_sent", on=TODAY)
    with a2.work() as (s, actor):
        record_card_step(s, actor, member_ref=PHONES[0], step="data_sent", on=TODAY)
    assert a1.sync().refusals == []
    report = a2.sync()
    assert {r.status for r in report.refusals} == {"refused"}
    assert any("not possible from 'data_sent'" in r.reason for r in report.refusals)
    assert funded.one("SELECT count(*) FROM card_steps WHERE step = 'data_sent'") == 1
    with a2.db.reading() as s:
        assert [st.step for st in s.query(CardStep).order_by(CardStep.on, CardStep.step)] == [
            "data_collected",
            "data_sent",
        ]
    a1.sync()
    assert a1.rows("card_steps") == a2.rows("card_steps") and a1.rows("cards") == a2.rows("cards")


def test_an_invalid_card_path_is_refused_even_with_sql(funded):
    member = funded.one("SELECT id FROM members WHERE phone = %s", (PHONES[0],))
    with funded.connect_as("A", autocommit=False) as conn:
        conn.execute(
            "INSERT INTO cards (id, member_id, kind, state, state_since, version, updated_at, "
            "deleted) VALUES (gen_random_uuid(), %s, 'new', 'received', current_date, 1, now(), false)",
            (member,),
        )
        with pytest.raises(psycopg.errors.CheckViolation, match="steps lead to data_collected"):
            conn.commit()


def test_ownership_and_tier_changed_on_a_managers_laptop_are_refused_and_restored(funded, laptops):
    a = laptops("A")
    a.sync()
    with a.work() as (s, _):
        s.query(Member).filter_by(phone=PHONES[0]).one().tier = Tier.GOLD
    report = a.sync()
    assert [r.status for r in report.refusals] == ["refused"]
    assert "lead or an administrator" in report.refusals[0].reason
    with a.db.reading() as s:
        assert s.query(Member).filter_by(phone=PHONES[0]).one().tier is Tier.DIAMOND
    assert funded.one("SELECT tier FROM members WHERE phone = %s", (PHONES[0],)) == "diamond"


def test_plan_approval_binds_to_the_submitted_version(funded):
    plan = funded.one("SELECT gen_random_uuid()")
    with funded.connect_as("A") as a:
        a.execute(
            "INSERT INTO service_plans (id, manager_id, kind, period, status, decision_comment, "
            "version, updated_at, deleted) VALUES (%s, vipcrm_my_id(), 'month', '2026-12', "
            "'draft', '', 1, now(), false)",
            (plan,),
        )
        a.execute(
            "UPDATE service_plans SET status = 'submitted', submitted_version = 2 WHERE id = %s",
            (plan,),
        )
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            a.execute("UPDATE service_plans SET status = 'approved' WHERE id = %s", (plan,))
    with funded.connect_as("L1") as lead:
        with pytest.raises(psycopg.errors.CheckViolation, match="version 2 was submitted"):
            lead.execute(
                "UPDATE service_plans SET status = 'approved', approved_version = 1 WHERE id = %s",
                (plan,),
            )
        lead.execute(
            "UPDATE service_plans SET status = 'approved', approved_version = 2 WHERE id = %s",
            (plan,),
        )
    assert funded.one("SELECT status FROM service_plans") == "approved"
