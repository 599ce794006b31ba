"""The same batch pushed many times, concurrently, is delivered exactly once."""

from __future__ import annotations

import threading

from vipcrm.domain.values import Channel, Outcome
from vipcrm.services.budgets import set_manager_budget, set_team_budget
from vipcrm.services.contacts import log_contact
from vipcrm.sync.link import password_for, require_link
from vipcrm.sync.pg import PgCentral
from vipcrm.sync.replica import pending_ops


def test_a_batch_replayed_many_times_concurrently_equals_one_delivery(org, laptops):
    org.add_member("13800000001", "A")
    org.add_member("13800000002", "B")
    lead = laptops("L1")
    lead.sync()
    with lead.work() as (s, actor):
        set_team_budget(s, actor, team="T1", period="2026-12", amount_fen=100_000)
    with lead.work() as (s, actor):
        set_manager_budget(s, actor, manager="A", period="2026-12", amount_fen=30_000)
    with lead.work() as (s, actor):
        set_manager_budget(s, actor, manager="A", period="2026-12", amount_fen=45_000)
    for phone in ("13800000001", "13800000002", "13800000001"):
        with lead.work() as (s, actor):
            log_contact(s, actor, member_ref=phone, channel=Channel.PHONE, outcome=Outcome.REACHED)
    ops = pending_ops(lead.db, 1000)
    assert len(ops) >= 6
    link = require_link(lead.db)
    password = password_for(link)
    replies, errors = [], []

    def replay() -> None:
        central = PgCentral(link.dsn, password)
        try:
            for _ in range(5):
                replies.append(central.push(ops))
        except Exception as exc:  # noqa: BLE001 - reported below
            errors.append(exc)
        finally:
            central.close()

    threads = [threading.Thread(target=replay) for _ in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    assert len(replies) == 40
    first = {k: v.to_json() for k, v in replies[0].results.items()}
    assert all({k: v.to_json() for k, v in r.results.items()} == first for r in replies)
    assert {v["status"] for v in first.values()} <= {"applied", "merged"}  # merged: budgets
    team, manager = org.sql(
        "SELECT allocated_fen, committed_fen FROM budgets WHERE period = '2026-12' "
        "ORDER BY manager_id NULLS FIRST"
    )
    assert team == (100_000, 45_000)  # the reserve moved once, per allocation
    assert manager == (45_000, 0)
    assert org.one("SELECT count(*) FROM contact_attempts") == 3
    assert org.one("SELECT count(*) FROM sync_applied_ops") == len(ops)
    # the laptop records the (already applied) batch once, and ends in step
    report = lead.sync()
    changes = [op for op in ops if op.table != "audit_log"]
    assert report.pushed == len(changes) and lead.pending() == 0
    assert lead.rows("budgets") and lead.count("contact_attempts") == 3
