"""Balanced assignment: loads stay within one largest weight; groups stay together."""

import uuid

from hypothesis import given
from hypothesis import strategies as st

from vipcrm.domain.assignment import Candidate, assign
from vipcrm.domain.values import Tier

WEIGHTS = {"diamond": 3, "gold": 2, "silver": 1}


@given(
    tiers=st.lists(st.sampled_from(list(Tier)), max_size=200),
    managers=st.integers(min_value=1, max_value=12),
    start=st.integers(min_value=0, max_value=50),
)
def test_loads_differ_by_at_most_the_largest_weight(tiers, managers, start):
    members = [Candidate(uuid.UUID(int=k + 1), t) for k, t in enumerate(tiers)]
    loads = {f"M{k:02d}": start for k in range(managers)}
    placed, final = assign(members, loads, WEIGHTS)
    assert len(placed) == len(members)
    assert max(final.values()) - min(final.values()) <= max(WEIGHTS.values())
    assert sum(final.values()) == start * managers + sum(WEIGHTS[t.value] for t in tiers)


@given(
    groups=st.lists(
        st.tuples(st.integers(0, 3), st.sampled_from(list(Tier))), min_size=1, max_size=80
    ),
    managers=st.integers(min_value=2, max_value=6),
)
def test_group_members_stay_together_where_balance_allows(groups, managers):
    members = [
        Candidate(uuid.UUID(int=k + 1), t, uuid.UUID(int=1000 + g))
        for k, (g, t) in enumerate(groups)
    ]
    placed, final = assign(members, {f"M{k}": 0 for k in range(managers)}, WEIGHTS)
    assert max(final.values()) - min(final.values()) <= max(WEIGHTS.values())


def test_a_small_group_goes_to_one_manager():
    group = uuid.UUID(int=99)
    members = [Candidate(uuid.UUID(int=k), Tier.SILVER, group) for k in range(1, 3)]
    members += [Candidate(uuid.UUID(int=k), Tier.SILVER) for k in range(10, 14)]
    placed, _ = assign(members, {"A": 0, "B": 0, "C": 0}, WEIGHTS)
    owners = {p.manager_code for p in placed if p.member_id.int < 10}
    assert len(owners) == 1


def test_existing_group_owner_is_preferred():
    group = uuid.UUID(int=7)
    placed, _ = assign(
        [Candidate(uuid.UUID(int=1), Tier.GOLD, group)], {"A": 4, "B": 3}, WEIGHTS, {group: "A"}
    )
    assert placed[0].manager_code == "A"  # 4 + 2 <= 3 + 3: balance allows it
