"""Member benefits through a real PostgreSQL: the benefits table a lead changes reaches every
laptop; two laptops recording the last allowed use offline end with one use accepted and
one refused change the user sees (never both counted); a lead's exception goes through,
a manager's does not; the central store counts a tier change mid-year and the year as the
laptop does; two pushes at the same moment are counted one after the other."""

from __future__ import annotations

import threading
import time
import uuid
from datetime import date

import psycopg
import pytest

from vipcrm.domain.errors import ValidationError
from vipcrm.domain.values import BenefitPeriod, Tier
from vipcrm.services.benefits import member_benefits, record_use, set_benefit
from vipcrm.sync.engine import sync_status

TODAY = date(2026, 12, 10)


def _set_allowance(lead, **allowances: int) -> None:
    with lead.work() as (s, actor):
        s.info["actor"] = actor
        set_benefit(
            s,
            actor,
            code="airport_lounge",
            effective_from=date(2026, 1, 1),
            allowances={Tier(t): n for t, n in allowances.items()},
        )
    lead.sync()


def _use(laptop, phone: str, on: date, reason: str = "") -> None:
    with laptop.work() as (s, actor):
        s.info["actor"] = actor
        record_use(
            s,
            actor,
            member_ref=phone,
            code="airport_lounge",
            today=TODAY,
            on=on,
            exception_reason=reason,
        )


def _used(laptop, phone: str) -> int:
    with laptop.work() as (s, actor):
        shown = member_benefits(s, actor, phone, today=TODAY)
    (lounge,) = [b for b in shown.standings if b.benefit.code == "airport_lounge"]
    return lounge.used


def _insert_use(conn: psycopg.Connection, member_id: uuid.UUID, on: date, reason: str = "") -> None:
    conn.execute(
        "INSERT INTO benefit_uses (id, member_id, benefit, used_on, note, version, updated_at, "
        "deleted, manager_id, exception_reason) VALUES (%s, %s, 'airport_lounge', %s, '', 1, "
        "now(), false, NULL, %s)",
        (uuid.uuid4(), member_id, on, reason),
    )


def test_the_last_allowed_use_recorded_offline_twice_is_accepted_once(org, laptops):
    member = org.add_member("13800000001", "A", name="张伟", tier="gold")
    lead = laptops("L1")
    _set_allowance(lead, gold=2, diamond=4)
    assert (
        org.one(
            "SELECT allowances::jsonb ->> 'gold' FROM benefits WHERE code = 'airport_lounge' "
            "AND effective_from = '2026-01-01'"
        )
        == "2"
    )
    first, second = laptops("A"), laptops("A")  # the manager's laptop and their spare one
    first.sync()
    _use(first, "13800000001", date(2026, 3, 1))
    first.sync()
    second.sync()
    assert _used(second, "13800000001") == 1
    # both offline: each records the second (the last allowed) use
    _use(first, "13800000001", date(2026, 6, 1))
    _use(second, "13800000001", date(2026, 6, 2))
    with pytest.raises(ValidationError, match="has used 2 of the 2"):
        _use(second, "13800000001", date(2026, 6, 3))  # a third is refused on the laptop
    first.sync()
    report = second.sync()
    (refused,) = report.refusals
    assert (refused.table, refused.op, refused.status) == ("benefit_uses", "insert", "refused")
    assert "has used 2 of the 2 a gold member has from 2026-01-01 to 2026-12-31" in refused.reason
    # the user sees it in the refused changes (the status bar's list), until dismissed
    assert [r.table for r in sync_status(second.db).refusals] == ["benefit_uses"]
    assert org.one("SELECT count(*) FROM benefit_uses WHERE member_id = %s", (member,)) == 2
    assert _used(first, "13800000001") == _used(second, "13800000001") == 2
    assert {r[2] for r in second.rows("benefit_uses").values()} == {"2026-03-01", "2026-06-01"}

    # a lead's exception, with its reason, goes through and is audited centrally
    lead.sync()
    _use(lead, "13800000001", date(2026, 6, 3), reason="航班延误，客户投诉后补偿")
    assert lead.sync().refusals == []
    assert (
        org.one("SELECT exception_reason FROM benefit_uses WHERE used_on = '2026-06-03'")
        == "航班延误，客户投诉后补偿"
    )
    assert (
        org.one(
            "SELECT count(*) FROM audit_log WHERE table_name = 'benefit_uses' "
            "AND changes->'exception_reason'->>1 = '航班延误，客户投诉后补偿'"
        )
        == 1
    )
    first.sync()
    assert _used(first, "13800000001") == 3

    # a manager cannot write an exception past the server, nor a use beyond the allowance
    with org.connect_as("A") as conn:
        with pytest.raises(psycopg.errors.InsufficientPrivilege, match="exception"):
            _insert_use(conn, member, date(2026, 7, 1), reason="I say so")
        with pytest.raises(psycopg.errors.CheckViolation, match="has used 3 of the 2"):
            _insert_use(conn, member, date(2026, 7, 1))
        _insert_use(conn, member, date(2027, 1, 2))  # a new year, a new allowance


def test_the_central_store_judges_tier_and_year_as_the_laptop_does(org, laptops):
    """A member re-graded from gold to diamond in July 2025, a benefit counted by membership
    year from the joining month (March): each use the laptop accepts the central store
    accepts, and each it refuses the central store refuses."""
    member = org.add_member("13800000002", "A", name="李娜", tier="diamond")
    org.sql("UPDATE members SET joined_month = '2024-03' WHERE id = %s", (member,))
    for month, tier, change in (("2024-03", "gold", "new"), ("2025-07", "diamond", "up")):
        org.sql(
            "INSERT INTO tier_history (id, member_id, month, tier, change, points, "
            "monthly_spend_fen, version, updated_at, deleted) "
            "VALUES (%s, %s, %s, %s, %s, 0, 0, 1, now(), false)",
            (uuid.uuid4(), member, month, tier, change),
        )
    lead = laptops("L1")
    with lead.work() as (s, actor):
        s.info["actor"] = actor
        set_benefit(
            s,
            actor,
            code="airport_lounge",
            effective_from=date(2024, 1, 1),
            allowances={Tier.GOLD: 1, Tier.DIAMOND: 3},
            period=BenefitPeriod.MEMBERSHIP_YEAR,
        )
    lead.sync()
    a = laptops("A")
    a.sync()
    # membership year 2025-03-01 .. 2026-02-28: gold (1 a year) until June, diamond (3) from July
    days = [
        date(2025, 2, 20),  # the year before: gold, 0 used -> accepted
        date(2025, 3, 5),  # a new membership year, gold: accepted (1 of 1)
        date(2025, 5, 9),  # gold, 1 of 1 used: refused
        date(2025, 7, 2),  # diamond from July: 1 of 3 used -> accepted
        date(2025, 9, 9),  # 2 of 3 -> accepted
        date(2025, 11, 1),  # 3 of 3 -> refused
        date(2026, 3, 1),  # the next membership year -> accepted
    ]
    verdicts = []
    for day in days:
        try:
            _use(a, "13800000002", day)
        except ValidationError:
            verdicts.append("refused")
            with org.connect_as("A") as conn:  # the central store refuses it too
                with pytest.raises(psycopg.errors.CheckViolation):
                    _insert_use(conn, member, day)
            continue
        report = a.sync()
        verdicts.append("refused" if report.refusals else "accepted")
    assert verdicts == [
        "accepted",
        "accepted",
        "refused",
        "accepted",
        "accepted",
        "refused",
        "accepted",
    ]
    assert org.one("SELECT count(*) FROM benefit_uses WHERE member_id = %s", (member,)) == 5


def test_two_pushes_at_the_same_moment_are_counted_one_after_the_other(org):
    member = org.add_member("13800000003", "B", name="王芳", tier="gold")
    org.sql("UPDATE benefits SET allowances = '{\"gold\": 1}' WHERE code = 'airport_lounge'")
    first = org.connect_as("B", autocommit=False)
    second = org.connect_as("B", autocommit=False)
    try:
        _insert_use(first, member, date(2026, 4, 1))  # holds the member's benefit lock
        outcome: list[BaseException | None] = []

        def push() -> None:
            try:
                _insert_use(second, member, date(2026, 4, 2))
                second.commit()
                outcome.append(None)
            except psycopg.Error as exc:
                second.rollback()
                outcome.append(exc)

        waiting = threading.Thread(target=push)
        waiting.start()
        # the second push waits for the member's benefit lock while the first is open
        deadline = time.monotonic() + 30
        while not org.one(
            "SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND NOT granted"
        ):
            assert time.monotonic() < deadline and waiting.is_alive() and not outcome
            time.sleep(0.02)
        first.commit()
        waiting.join(timeout=30)
        assert isinstance(outcome[0], psycopg.errors.CheckViolation)
        assert "has used 1 of the 1" in str(outcome[0])
    finally:
        first.close()
        second.close()
    assert org.one("SELECT count(*) FROM benefit_uses WHERE member_id = %s", (member,)) == 1
