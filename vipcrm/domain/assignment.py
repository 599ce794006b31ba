"""Balanced assignment of new members to a team's account managers (客户经理分配).

Each member weighs by tier (``ServiceRules.assignment_weights``: diamond 3, gold 2,
silver 1 by default); a manager's load is the weight of their book. Members are placed
heaviest first, each with the least-loaded manager (ties by code), so with equal starting
loads the final loads differ by at most the largest weight. Members of one group customer
go to the manager who already serves that group where that keeps the loads within one
largest weight of the lightest manager ("where possible").
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from vipcrm.domain.values import Tier


@dataclass(frozen=True)
class Candidate:
    member_id: uuid.UUID
    tier: Tier
    group_id: uuid.UUID | None = None
    phone: str = ""


@dataclass(frozen=True)
class Placement:
    member_id: uuid.UUID
    manager_code: str


def assign(
    members: Sequence[Candidate],
    loads: Mapping[str, int],
    weights: Mapping[str, int],
    group_owners: Mapping[uuid.UUID, str] | None = None,
) -> tuple[list[Placement], dict[str, int]]:
    """Place ``members`` with the managers in ``loads`` (code -> current load)."""
    if not loads:
        return [], {}
    load = dict(loads)
    owners = dict(group_owners or {})
    heaviest = max(weights.values(), default=1)
    order = sorted(
        members,
        key=lambda m: (-weights[m.tier.value], str(m.group_id or ""), m.phone, str(m.member_id)),
    )
    placed: list[Placement] = []
    for m in order:
        weight = weights[m.tier.value]
        lightest = min(load, key=lambda code: (load[code], code))
        chosen = lightest
        owner = owners.get(m.group_id) if m.group_id else None
        if owner in load and load[owner] + weight <= load[lightest] + heaviest:
            chosen = owner
        load[chosen] += weight
        if m.group_id and m.group_id not in owners:
            owners[m.group_id] = chosen
        placed.append(Placement(m.member_id, chosen))
    return placed, load
