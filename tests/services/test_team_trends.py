"""The lead's trends (issue 26): churn year to date against the targets, the service
standard and overdue items per manager, gift budgets, the re-grading flow — on a hand-built
club whose numbers are known."""

from __future__ import annotations

import uuid
from datetime import UTC, date, datetime, time, timedelta

import pytest

from vipcrm.domain.dates import DEFAULT_TZ
from vipcrm.domain.errors import PermissionDenied, ValidationError
from vipcrm.domain.values import Channel, MemberStatus, Outcome, Role, Tier, TierChange
from vipcrm.services.context import resolve_actor
from vipcrm.services.due import due_for
from vipcrm.services.review import work_review
from vipcrm.services.team_trends import (
    FlowMonth,
    ManagerMonth,
    ManagerTrend,
    last_months,
    slipping_first,
    team_trends,
)
from vipcrm.store.models import Budget, ContactAttempt, Manager, Member, Team, TierHistory

TODAY = date(2026, 4, 15)
SIX = ["2025-11", "2025-12", "2026-01", "2026-02", "2026-03", "2026-04"]


def at(day: date) -> datetime:
    return datetime.combine(day, time(10)).replace(tzinfo=DEFAULT_TZ).astimezone(UTC)


@pytest.fixture
def club(db):
    """T1: M1 (three silver members, every SMS and call made) and M2 (diamond, gold,
    silver members; contacted like M1 until January, not at all since February; a gold
    member moved down, two members left, one joined in March and was never called); T2: M3 with one silver member who left."""
    with db.transaction() as s:
        s.info["no_outbox"] = True
        t1, t2 = (
            Team(id=uuid.uuid4(), code="T1", name="一组"),
            Team(id=uuid.uuid4(), code="T2", name="二组"),
        )
        s.add_all([t1, t2])
        s.flush()
        m = {
            code: Manager(id=uuid.uuid4(), code=code, name=f"经理{code}", role=role, team_id=tid)
            for code, role, tid in (
                ("A1", Role.ADMIN, None),
                ("L1", Role.LEAD, t1.id),
                ("M1", Role.MANAGER, t1.id),
                ("M2", Role.MANAGER, t1.id),
                ("M3", Role.MANAGER, t2.id),
            )
        }
        s.add_all(m.values())
        s.flush()
        phones = iter(f"1380000{k:04d}" for k in range(1, 100))
        members: dict[str, Member] = {}

        def member(name, tier, manager, joined="2025-06", left=None, history=(), **kw):
            row = Member(
                id=uuid.uuid4(),
                phone=next(phones),
                name=name,
                tier=tier,
                manager_id=m[manager].id,
                assigned_on=date(int(joined[:4]), int(joined[5:7]), 3),
                joined_month=joined,
                left_month=left,
                status=MemberStatus.LEFT if left else MemberStatus.ACTIVE,
                **kw,
            )
            s.add(row)
            s.flush()
            first = history[0][1] if history else tier
            s.add(TierHistory(member_id=row.id, month=joined, tier=first, change=TierChange.NEW))
            for month, t, change in history[1:]:
                s.add(TierHistory(member_id=row.id, month=month, tier=t, change=change))
            if left:
                s.add(TierHistory(member_id=row.id, month=left, tier=tier, change=TierChange.LEFT))
            members[name] = row
            return row

        for name in ("S1", "S2", "S3"):
            member(name, Tier.SILVER, "M1")
        member("D1", Tier.DIAMOND, "M2")
        member("D2", Tier.DIAMOND, "M2")
        member(
            "G1",
            Tier.SILVER,
            "M2",
            history=[
                ("2025-06", Tier.GOLD, TierChange.NEW),
                ("2026-02", Tier.SILVER, TierChange.DOWN),
            ],
        )
        member("G2", Tier.GOLD, "M2", left="2026-03")
        member("S4", Tier.SILVER, "M2", left="2026-02")
        member("S5", Tier.SILVER, "M2")
        member("S6", Tier.SILVER, "M2")
        member("J1", Tier.SILVER, "M2", joined="2026-02", left="2026-03")
        member("N1", Tier.SILVER, "M2", joined="2026-03")  # never called: first call overdue
        member("X1", Tier.SILVER, "M3", left="2026-03")
        # Every week's SMS (Wednesdays) and every month's call (the 10th), reached: for
        # M1's members throughout, for M2's until January's last full week.
        for row in members.values():
            owner = next(k for k, v in m.items() if v.id == row.manager_id)
            until = TODAY if owner == "M1" else date(2026, 1, 27) if owner == "M2" else None
            if until is None:
                continue
            day = date(2025, 10, 1)
            while day <= until:
                if day.weekday() == 2:
                    s.add(
                        ContactAttempt(
                            member_id=row.id,
                            manager_id=row.manager_id,
                            at=at(day),
                            channel=Channel.SMS,
                            outcome=Outcome.REACHED,
                        )
                    )
                if day.day == 10:
                    s.add(
                        ContactAttempt(
                            member_id=row.id,
                            manager_id=row.manager_id,
                            at=at(day),
                            channel=Channel.PHONE,
                            outcome=Outcome.REACHED,
                        )
                    )
                day += timedelta(days=1)
        for manager, period, allocated, committed, spent in (
            (None, "2026-04", 200000, 60000, 0),
            ("M1", "2026-04", 60000, 10000, 15000),
            (None, "2026-Q2", 50000, 30000, 0),
            ("M2", "2026-Q2", 30000, 0, 5000),
        ):
            s.add(
                Budget(
                    team_id=t1.id,
                    manager_id=m[manager].id if manager else None,
                    period=period,
                    allocated_fen=allocated,
                    committed_fen=committed,
                    spent_fen=spent,
                )
            )
    return db


def trends_of(db, code, **kw):
    with db.reading() as s:
        return team_trends(s, resolve_actor(s, code), today=TODAY, **kw)


def test_churn_year_to_date_month_by_month_against_the_targets_pro_rata(club):
    churn = trends_of(club, "L1").churn
    assert churn.year == 2026 and (churn.target_all, churn.target_diamond_gold) == (0.035, 0.02)
    assert [p.month for p in churn.points] == ["2026-01", "2026-02", "2026-03", "2026-04"]
    # January's base: the ten members of T1 in the club at its start (J1 joined later; M3's
    # member is another team's); G1 counts as gold, their tier then.
    assert [(p.all.base, p.all.left) for p in churn.points] == [(10, 0), (10, 1), (10, 2), (10, 2)]
    assert [(p.diamond_gold.base, p.diamond_gold.left) for p in churn.points] == [
        (4, 0),
        (4, 0),
        (4, 1),
        (4, 1),
    ]
    march = churn.points[2]
    assert march.all.rate == pytest.approx(0.2) and march.diamond_gold.rate == pytest.approx(0.25)
    assert march.all.target == pytest.approx(0.035 * 3 / 12)
    assert march.diamond_gold.target == pytest.approx(0.02 * 3 / 12)
    assert march.all.met is False and churn.points[0].all.met is True


def test_the_slipping_manager_comes_first_with_the_months_the_review_counts(club):
    standard = trends_of(club, "L1").standard
    assert [t.code for t in standard] == ["M2", "M1"]
    m2, m1 = standard
    assert [mm.month for mm in m2.months] == SIX
    # M2 did everything until January and nothing since; M1 everything throughout.
    rates = [mm.rate for mm in m2.months]
    assert rates[:3] == [1.0, 1.0, 1.0] and rates[3] == rates[5] == 0.0
    # March: only the quarter's minimum contact of the three silver members, met in January
    assert (m2.months[4].done, rates[4]) == (3, pytest.approx(3 / m2.months[4].due))
    assert [mm.rate for mm in m1.months] == [1.0] * 6
    assert m2.fall == 1.0 and m1.fall == 0.0
    assert [mm.overdue for mm in m1.months] == [0] * 6
    # overdue at each month's end (the due engine's items: here N1's first call)
    assert [mm.overdue for mm in m2.months[:4]] == [0] * 4
    assert m2.months[4].overdue > 0 and m2.months[5].overdue > 0
    # the same figures as the printed review of each month and the due engine at its end
    with club.reading() as s:
        lead = resolve_actor(s, "L1")
        for k, month in enumerate(SIX):
            review = work_review(s, lead, team="T1", month=month, today=TODAY)
            for trend in standard:
                total = next(r for r in review.managers if r.code == trend.code).total
                mm = trend.months[k]
                assert (mm.due, mm.done, mm.open) == (total.due, total.done, total.open)
        end_of_march = due_for(s, lead, today=date(2026, 3, 31), horizon_days=0, manager_code="M2")
        assert m2.months[4].overdue == sum(1 for i in end_of_march.items if i.overdue_days > 0)
    assert m1.months[-1].open > 0  # April's later weeks are not yet due on the 15th


def test_gift_budget_per_manager_is_the_line_a_gift_draws_on(club):
    budgets = {b.code: b for b in trends_of(club, "L1").budgets}
    m1, m2 = budgets["M1"], budgets["M2"]
    assert (m1.period, m1.allocated_fen, m1.committed_fen, m1.spent_fen) == (
        "2026-04",
        60000,
        10000,
        15000,
    )
    assert m1.left_fen == 35000
    assert (m2.period, m2.allocated_fen, m2.spent_fen, m2.left_fen) == (
        "2026-Q2",
        30000,
        5000,
        25000,
    )


def test_the_regrading_flow_of_the_last_months(club):
    flow = trends_of(club, "L1").flow
    assert [f.month for f in flow] == SIX
    assert flow[3] == FlowMonth("2026-02", joined=1, up=0, down=1, left=1)
    assert flow[4] == FlowMonth("2026-03", joined=1, up=0, down=0, left=2)
    assert all((f.joined, f.up, f.down, f.left) == (0, 0, 0, 0) for f in flow[:3] + flow[5:])


def test_scope_a_lead_their_team_an_admin_every_team_a_manager_nothing(club):
    lead = trends_of(club, "L1")
    assert lead.team_code == "T1" and {t.code for t in lead.standard} == {"M1", "M2"}
    admin = trends_of(club, "A1")
    assert admin.team_code is None
    assert {t.code for t in admin.standard} == {"M1", "M2", "M3"}
    assert admin.churn.points[-1].all.base == 11 and admin.churn.points[-1].all.left == 3
    assert admin.flow[4].left == 3
    assert trends_of(club, "A1", team="T2").flow[4].left == 1
    with pytest.raises(PermissionDenied):
        trends_of(club, "M1")
    with pytest.raises(PermissionDenied):
        trends_of(club, "L1", team="T2")


def test_last_months_cross_the_year():
    assert last_months(date(2026, 2, 10), 4) == ["2025-11", "2025-12", "2026-01", "2026-02"]


def test_a_past_month_draws_the_trends_up_to_it_and_a_month_to_come_is_refused(club):
    march = trends_of(club, "L1", month="2026-03")
    assert march.month == "2026-03" and march.churn.points[-1].month == "2026-03"
    assert [f.month for f in march.flow] == ["2025-10", *SIX[:-1]]
    assert [mm.month for mm in march.standard[0].months][-1] == "2026-03"
    with pytest.raises(ValidationError):
        trends_of(club, "L1", month="2026-05")


def test_the_last_complete_month_decides_not_the_partly_judged_current_one():
    """The current month is partly judged (everyone near 100 %); the last complete month
    shows who slips. B falls from 72 % to 43 % by March yet leads April to date; A holds
    80 %. B comes first; a manager judged only this month is placed by it; none at all last."""

    def trend(code, rates):
        return ManagerTrend(
            code,
            code,
            tuple(
                ManagerMonth(month, 100, done, 0 if month < "2026-04" else 90, 0)
                for month, done in zip(SIX, rates, strict=True)
            ),
        )

    a = trend("A", [80, 80, 80, 80, 80, 9])  # April to date: 9 of 10
    b = trend("B", [72, 65, 60, 50, 43, 10])  # April to date: 10 of 10
    # C: nothing due until April, 5 of 10 to date; D: nothing judged at all
    nothing = tuple(ManagerMonth(m, 0, 0, 0, 0) for m in SIX[:5])
    c = ManagerTrend("C", "C", (*nothing, ManagerMonth("2026-04", 100, 5, 90, 0)))
    d = ManagerTrend("D", "D", tuple(ManagerMonth(m, 0, 0, 0, 0) for m in SIX))
    assert b.latest_rate == 1.0 and a.latest_rate == pytest.approx(0.9)
    assert [t.code for t in slipping_first([a, b, c, d], TODAY)] == ["B", "C", "A", "D"]
    # judged a month later, April complete: B's 100 % decides and A (90 %) comes first
    may = date(2026, 5, 2)
    assert [t.code for t in slipping_first([a, b, d], may)] == ["A", "B", "D"]


def test_read_in_chunks_of_any_size_the_same_trends(club, monkeypatch):
    """The log and the due engine's rows are fetched FETCH_ROWS at a time (a worker thread
    lets the window run between chunks); a chunk of one row gives the same series."""
    whole = trends_of(club, "L1")
    monkeypatch.setattr("vipcrm.services.review.FETCH_ROWS", 1)
    monkeypatch.setattr("vipcrm.store.due_facts.FETCH_ROWS", 1)
    assert trends_of(club, "L1") == whole


def test_the_collector_is_paused_while_gathering_and_back_on_after(club, monkeypatch):
    import gc

    import vipcrm.services.team_trends as tt

    seen = []
    churn = tt.churn_trend
    monkeypatch.setattr(tt, "churn_trend", lambda *a: seen.append(gc.isenabled()) or churn(*a))
    assert gc.isenabled()
    trends_of(club, "L1")
    assert seen == [False] and gc.isenabled()
    gc.disable()  # off before: left off
    try:
        trends_of(club, "L1")
        assert not gc.isenabled()
    finally:
        gc.enable()
