"""Churn maths (离网率) and the retention-call rule (客户挽留), pure."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from vipcrm.domain.churn import (
    BELOW_MINIMUM,
    TIER_DOWN,
    ClubSpan,
    in_club_at_start,
    mark_retention,
    month_churn,
    retention_causes,
    tier_before,
    year_to_date_churn,
)
from vipcrm.domain.due import ContactFacts, DueKind, MemberFacts, compute_due
from vipcrm.domain.rules import ServiceRules
from vipcrm.domain.values import Tier
from vipcrm.domain.workdays import WorkdayCalendar
from vipcrm.texts import Texts

RULES = ServiceRules()
D, G, S = Tier.DIAMOND, Tier.GOLD, Tier.SILVER


def test_a_months_churn_counts_the_members_at_its_start_by_their_tier_then():
    spans = [
        ClubSpan(S, "2025-06", "2026-03", (("2025-06", D), ("2026-02", S))),  # left as silver
        ClubSpan(G, "2025-01", "2026-03"),  # left
        ClubSpan(G, "2025-01"),  # stays
        ClubSpan(S, "2026-03"),  # joined in March: not in March's base
        ClubSpan(D, "2025-01", "2026-02"),  # left before March: not in the base
    ]
    march = month_churn(spans, "2026-03", RULES)
    assert (march["all"].base, march["all"].left) == (3, 2)
    assert (march["silver"].base, march["silver"].left) == (1, 1)  # tier at March's start
    assert (march["gold"].base, march["gold"].left) == (2, 1)
    assert (march["diamond_gold"].base, march["diamond_gold"].left) == (2, 1)
    assert march["all"].rate == pytest.approx(2 / 3)
    assert march["all"].target == pytest.approx(0.035 / 12)
    assert march["all"].met is False
    assert march["silver"].target is None and march["silver"].met is None


def test_year_to_date_churn_is_judged_pro_rata():
    spans = [ClubSpan(S, "2025-01")] * 97 + [ClubSpan(G, "2025-01", "2026-02")] * 3
    ytd = year_to_date_churn(spans, "2026-06", RULES)
    assert (ytd["all"].base, ytd["all"].left) == (100, 3)
    assert ytd["all"].target == pytest.approx(0.035 * 6 / 12)
    assert ytd["all"].met is False  # 3% against 6/12 of 3.5% = 1.75%
    assert ytd["diamond_gold"].met is False  # 3 of 3 gold members
    one = [ClubSpan(S, "2025-01")] * 99 + [ClubSpan(S, "2025-01", "2026-05")]
    assert year_to_date_churn(one, "2026-06", RULES)["all"].met is True  # 1% <= 1.75%
    assert year_to_date_churn(one, "2026-03", RULES)["all"].left == 0  # May is later


def test_a_member_who_left_in_january_is_in_the_years_base():
    span = ClubSpan(G, "2025-05", "2026-01")
    assert in_club_at_start(span, "2026-01")
    ytd = year_to_date_churn([span], "2026-12", RULES)
    assert (ytd["all"].base, ytd["all"].left, ytd["all"].rate) == (1, 1, 1.0)


def test_no_members_no_rate():
    figures = month_churn([], "2026-03", RULES)
    assert figures["all"].rate is None and figures["all"].met is None


spans_strategy = st.lists(
    st.builds(
        ClubSpan,
        st.sampled_from(list(Tier)),
        st.one_of(st.none(), st.sampled_from(["2025-11", "2026-01", "2026-03", "2026-05"])),
        st.one_of(st.none(), st.sampled_from(["2026-01", "2026-02", "2026-03", "2026-06"])),
        st.lists(
            st.tuples(
                st.sampled_from(["2025-12", "2026-02", "2026-04"]), st.sampled_from(list(Tier))
            ),
            max_size=3,
        ).map(tuple),
    ),
    max_size=40,
)


@given(spans_strategy, st.sampled_from(["2026-01", "2026-02", "2026-03", "2026-06"]))
def test_churn_groups_add_up(spans, month):
    figures = month_churn(spans, month, RULES)
    tiers = [figures[t.value] for t in Tier]
    assert figures["all"].base == sum(f.base for f in tiers)
    assert figures["all"].left == sum(f.left for f in tiers)
    dg = figures["diamond_gold"]
    assert (dg.base, dg.left) == (
        figures["diamond"].base + figures["gold"].base,
        figures["diamond"].left + figures["gold"].left,
    )
    for f in figures.values():
        assert 0 <= f.left <= f.base
    base = [s for s in spans if in_club_at_start(s, month)]
    assert figures["all"].base == len(base)
    assert figures["all"].left == sum(1 for s in base if s.left_month == month)
    for tier in Tier:
        assert figures[tier.value].base == sum(1 for s in base if tier_before(s, month) is tier)


@given(spans_strategy)
def test_the_year_to_date_leavers_are_the_months_leavers_of_the_years_base(spans):
    ytd = year_to_date_churn(spans, "2026-06", RULES)
    january = [s for s in spans if in_club_at_start(s, "2026-01")]
    assert ytd["all"].base == len(january)
    assert ytd["all"].left == sum(
        1 for s in january if s.left_month is not None and s.left_month <= "2026-06"
    )


# -- retention ---------------------------------------------------------------------------------
DEC = date(2026, 12, 1)


def test_a_dropped_tier_is_a_risk_and_so_is_being_below_the_minimum():
    def causes(tier, dropped=False, last=None, assigned=date(2025, 1, 1)):
        return retention_causes(
            tier,
            dropped=dropped,
            last_reached=last,
            assigned_on=assigned,
            regrading_start=DEC,
            rules=RULES,
        )

    assert causes(G, dropped=True, last=date(2026, 11, 20)) == (TIER_DOWN,)
    assert causes(G, last=date(2026, 10, 31)) == (BELOW_MINIMUM,)  # nothing in November
    assert causes(G, last=date(2026, 11, 1)) == ()
    assert causes(S, last=date(2026, 10, 2)) == ()  # silver: the quarter Oct-Dec
    assert causes(S, last=date(2026, 9, 30)) == (BELOW_MINIMUM,)
    assert causes(S, dropped=True) == (TIER_DOWN, BELOW_MINIMUM)
    assert causes(D, assigned=date(2026, 11, 15)) == ()  # new in the period: not behind
    assert causes(G, last=date(2026, 12, 3)) == ()  # reached since: no longer behind


member_strategy = st.builds(
    lambda i, tier, assigned, last: (
        MemberFacts(str(i), f"m{i}", "13800138000", tier, "M1", assigned_on=assigned),
        ContactFacts(str(i), last_reached_on=last),
    ),
    st.integers(0, 10_000),
    st.sampled_from(list(Tier)),
    st.one_of(st.none(), st.dates(date(2026, 1, 1), date(2026, 12, 31))),
    st.one_of(st.none(), st.dates(date(2026, 1, 1), date(2026, 12, 31))),
)


@given(st.lists(member_strategy, max_size=30, unique_by=lambda p: p[0].member_id), st.data())
def test_mark_retention_agrees_with_retention_causes(pairs, data):
    members = [m for m, _ in pairs]
    contacts = {c.member_id: c for _, c in pairs}
    dropped = data.draw(st.sets(st.sampled_from([m.member_id for m in members] or ["x"])))
    start = data.draw(st.sampled_from([date(2026, 2, 1), date(2026, 7, 1), date(2026, 12, 1)]))
    marked = mark_retention(members, contacts, dropped=dropped, regrading_start=start, rules=RULES)
    for m, after in zip(members, marked, strict=True):
        expected = retention_causes(
            m.tier,
            dropped=m.member_id in dropped,
            last_reached=contacts[m.member_id].last_reached_on,
            assigned_on=m.assigned_on,
            regrading_start=start,
            rules=RULES,
        )
        assert after.retention_causes == expected
        assert after.retention_from == (start if expected else None)
        if not expected:
            assert after is m


# -- the due item ------------------------------------------------------------------------------
def _due(facts: ContactFacts, today: date):
    member = MemberFacts(
        "m1",
        "张伟",
        "13800138000",
        Tier.SILVER,
        "M1",
        assigned_on=date(2025, 1, 1),
        retention_from=DEC,
        retention_causes=(TIER_DOWN,),
    )
    result = compute_due(
        [member],
        {"m1": facts},
        rules=RULES,
        calendar=WorkdayCalendar(),
        today=today,
        horizon_days=30,
    )
    return [i for i in result.items if i.kind is DueKind.RETENTION_CALL]


def test_a_retention_call_is_due_within_the_rules_days_of_the_regrading_month():
    (item,) = _due(ContactFacts("m1"), DEC + timedelta(days=10))
    assert item.due_date == DEC + timedelta(days=RULES.retention_call_days)
    assert item.window_start == DEC
    assert item.overdue_days == 3
    assert Texts("en").reason(item.reason) == (
        "Retention call: at risk after the 2026-12 re-grading (tier dropped); call within 7 days"
    )
    (same,) = _due(ContactFacts("m1"), DEC)
    assert (
        Texts("zh_CN")
        .reason(same.reason)
        .startswith("客户挽留：2026-12 升降级后有流失风险（降级）")
    )


def test_a_reached_call_since_the_regrading_answers_it_an_sms_or_an_older_call_does_not():
    today = DEC + timedelta(days=3)
    assert _due(ContactFacts("m1", last_voice_reached_on=DEC + timedelta(days=1)), today) == []
    assert _due(ContactFacts("m1", last_voice_reached_on=DEC - timedelta(days=1)), today)
    assert _due(
        ContactFacts("m1", last_sms_reached_on=DEC + timedelta(days=1), last_reached_on=DEC), today
    )
