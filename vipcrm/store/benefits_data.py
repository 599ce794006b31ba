"""The benefits in force on a date, read from the ``benefits`` table (per code, the row with
the latest ``effective_from`` on or before it), and what the allowance checks read: the
members' tier history and their uses of a benefit in a year."""

from __future__ import annotations

import uuid
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from sqlalchemy import case, func, select
from sqlalchemy.orm import Session

from vipcrm.domain.benefits import Benefit, from_stored
from vipcrm.domain.errors import Message, ValidationError, msg
from vipcrm.domain.values import Tier
from vipcrm.store.models import BenefitRule, BenefitUse, TierHistory

_CHUNK = 900


def benefits_and_problems(
    session: Session, on: date, code: str | None = None
) -> tuple[list[Benefit], tuple[Message, ...]]:
    """The benefits in force on ``on`` (the regulation's order), and a sentence per benefit
    whose latest stored row does not fit (a row that arrived by sync from an older or
    tampered client): that row is not used; the benefit's previous row, if any, is."""
    stmt = select(BenefitRule).where(
        BenefitRule.effective_from <= on, BenefitRule.deleted.is_(False)
    )
    if code is not None:
        stmt = stmt.where(BenefitRule.code == code)
    latest: dict[str, Benefit] = {}
    problems: dict[str, Message] = {}
    for row in session.scalars(stmt.order_by(BenefitRule.code, BenefitRule.effective_from)):
        try:
            latest[row.code] = from_stored(
                code=row.code,
                name_zh=row.name_zh,
                name_en=row.name_en,
                tiers=row.tiers,
                allowances=row.allowances,
                period=str(row.period),
                position=row.position,
                effective_from=row.effective_from,
            )
        except ValidationError as exc:
            problems[row.code] = msg(
                "the stored benefit {benefit} of {day} is not used: {problem}",
                benefit=row.code,
                day=row.effective_from,
                problem=exc.message,
            )
        else:
            problems.pop(row.code, None)
    ordered = sorted(latest.values(), key=lambda b: (b.position, b.code))
    return ordered, tuple(problems.values())


def benefits_in_force(session: Session, on: date) -> list[Benefit]:
    return benefits_and_problems(session, on)[0]


def benefit_in_force(session: Session, code: str, on: date) -> Benefit | None:
    found = benefits_and_problems(session, on, code)[0]
    return found[0] if found else None


def benefit_codes(session: Session) -> list[str]:
    """Every benefit code ever defined (to name the known ones when a code is wrong)."""
    return list(
        session.scalars(
            select(BenefitRule.code)
            .where(BenefitRule.deleted.is_(False))
            .group_by(BenefitRule.code)
            .order_by(func.min(BenefitRule.position), BenefitRule.code)
        )
    )


def first_defined(session: Session, code: str) -> date | None:
    return session.scalar(
        select(func.min(BenefitRule.effective_from)).where(
            BenefitRule.code == code, BenefitRule.deleted.is_(False)
        )
    )


def tier_histories(
    session: Session, member_ids: Iterable[uuid.UUID]
) -> dict[uuid.UUID, list[tuple[str, Tier | None]]]:
    """Per member, the tier history as (month, tier), oldest first."""
    ids = list(member_ids)
    out: dict[uuid.UUID, list[tuple[str, Tier | None]]] = defaultdict(list)
    for i in range(0, len(ids), _CHUNK):
        rows = session.execute(
            select(TierHistory.member_id, TierHistory.month, TierHistory.tier)
            .where(TierHistory.member_id.in_(ids[i : i + _CHUNK]), TierHistory.deleted.is_(False))
            .order_by(TierHistory.member_id, TierHistory.month)
        )
        for member_id, month, tier in rows:
            out[member_id].append((month, tier))
    return out


@dataclass(frozen=True)
class UseRow:
    """One recorded use, as lists show it."""

    id: uuid.UUID
    member_id: uuid.UUID
    benefit: str
    used_on: date
    note: str
    exception_reason: str
    manager_id: uuid.UUID | None


def uses_between(
    session: Session, member_ids: Iterable[uuid.UUID], start: date, end: date
) -> list[UseRow]:
    """The members' uses on days ``start``..``end``, oldest first."""
    ids = list(member_ids)
    out: list[UseRow] = []
    u = BenefitUse
    for i in range(0, len(ids), _CHUNK):
        rows = session.execute(
            select(
                u.id, u.member_id, u.benefit, u.used_on, u.note, u.exception_reason, u.manager_id
            ).where(
                u.member_id.in_(ids[i : i + _CHUNK]),
                u.deleted.is_(False),
                u.used_on >= start,
                u.used_on <= end,
            )
        )
        out += [UseRow(*r) for r in rows]
    out.sort(key=lambda r: (r.used_on, r.benefit, str(r.id)))
    return out


def use_count(
    session: Session, member_id: uuid.UUID, code: str, start: date, end: date
) -> tuple[int, int]:
    """(uses, of which exceptions) of one benefit by one member on days ``start``..``end``."""
    u = BenefitUse
    used, exceptions = session.execute(
        select(
            func.count(),
            func.coalesce(func.sum(case((u.exception_reason != "", 1), else_=0)), 0),
        ).where(
            u.member_id == member_id,
            u.benefit == code,
            u.deleted.is_(False),
            u.used_on >= start,
            u.used_on <= end,
        )
    ).one()
    return int(used), int(exceptions)
