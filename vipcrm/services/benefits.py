"""Member benefits (SERVICE_RULES.md section 9): what a member is entitled to, what is used
and what is left; recording a use; a lead changing the benefits table.

    member_benefits(session, actor, member_ref="13800000001", today=...) -> MemberBenefits
    record_use(session, actor, member_ref=..., code="airport_lounge", today=...) -> RecordedUse
    set_benefit(session, actor, code="airport_lounge", effective_from=..., allowances={...})

The rules (which tier, which year, what counts) are :mod:`vipcrm.domain.benefits`; the
central store checks the same when a use arrives by sync (vipcrm.sync.central_benefits), so
two laptops recording the last allowed use offline end with one use, not two.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from datetime import date, timedelta
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from vipcrm.domain.actor import Actor
from vipcrm.domain.benefits import (
    Benefit,
    BenefitYear,
    Standing,
    UseProblem,
    allowances_value,
    benefit_year,
    benefit_year_of,
    check_benefit,
    check_code,
    tier_changes,
    tier_on,
    tiers_value,
)
from vipcrm.domain.errors import Bilingual, Message, ValidationError, msg
from vipcrm.domain.values import BenefitPeriod, MemberStatus, Role, Tier
from vipcrm.services.context import Changes
from vipcrm.services.members import find_visible_member
from vipcrm.store.benefits_data import (
    UseRow,
    benefit_codes,
    benefit_in_force,
    benefits_and_problems,
    first_defined,
    tier_histories,
    use_count,
    uses_between,
)
from vipcrm.store.models import BenefitRule, BenefitUse, Member

NOTE_LENGTH = 500


def benefit_name(b: Benefit) -> Bilingual:
    """The benefit's name as a message value (the window shows it in its language)."""
    return Bilingual(b.name_zh, b.name_en)


# -- a member's standing -------------------------------------------------------------------------
@dataclass(frozen=True)
class MemberBenefits:
    """A member's benefits for a year: entitled, allowance, used, left, per benefit."""

    member_id: uuid.UUID
    member_name: str
    phone: str
    status: MemberStatus
    tier: Tier  # the member's tier now
    joined_month: str | None  # where a membership year starts (None: not on file)
    today: date
    year: int | None  # the year asked for (None: the year holding today)
    standings: tuple[Standing, ...]  # in the regulation's order
    #: re-gradings that changed the tier within the years shown: (month, the new tier)
    tier_changes: tuple[tuple[str, Tier | None], ...]
    uses: tuple[UseRow, ...]  # the uses in the years shown, newest first
    problems: tuple[Message, ...]  # stored benefit rows that do not fit (not used)

    @property
    def calendar_assumed(self) -> bool:
        """A benefit counted by membership year is counted by calendar year here (the
        member's joining month is not on file)."""
        return any(s.year.calendar_assumed for s in self.standings)


def _reference_day(today: date, year: int | None) -> date:
    """The day whose benefits are listed: today, or the year's day nearest to it."""
    if year is None or year == today.year:
        return today
    return date(year, 12, 31) if year < today.year else date(year, 1, 1)


def _clamp(day: date, span: BenefitYear) -> date:
    return min(max(day, span.start), span.end)


def _standing(
    session: Session,
    member: Member,
    benefit: Benefit,
    span: BenefitYear,
    as_of: date,
    history: list[tuple[str, Tier | None]],
) -> Standing:
    tier = tier_on(as_of, history, member.tier if member.status is MemberStatus.ACTIVE else None)
    used, exceptions = use_count(session, member.id, benefit.code, span.start, span.end)
    return Standing(benefit, tier, span, used, exceptions)


def member_benefits(
    session: Session,
    actor: Actor,
    member_ref: str,
    *,
    today: date,
    year: int | None = None,
) -> MemberBenefits:
    """The member's benefits in the year holding ``today``, or in the year beginning in
    ``year`` (a benefit counted by membership year: the one beginning in that year). Each
    year is judged by the benefit and the tier in force on today, or on the year's day
    nearest to it."""
    member = find_visible_member(session, actor, member_ref)
    if year is not None and not 2000 <= year <= 2100:
        raise ValidationError("year", msg("{year} is not a year to show (2000..2100)", year=year))
    ref = _reference_day(today, year)
    benefits, problems = benefits_and_problems(session, ref)
    history = tier_histories(session, [member.id]).get(member.id, [])
    standings = []
    for listed in benefits:
        if year is None:
            span = benefit_year(listed.period, today, member.joined_month)
        else:
            span = benefit_year_of(listed.period, year, member.joined_month)
        as_of = _clamp(today, span)
        benefit = benefit_in_force(session, listed.code, as_of) or listed
        standings.append(_standing(session, member, benefit, span, as_of, history))
    lo = min((s.year.start for s in standings), default=ref)
    hi = max((s.year.end for s in standings), default=ref)
    changes = tier_changes(history, BenefitYear(lo, hi, BenefitPeriod.CALENDAR_YEAR))
    uses = sorted(
        uses_between(session, [member.id], lo, hi),
        key=lambda u: (u.used_on, u.benefit),
        reverse=True,
    )
    return MemberBenefits(
        member_id=member.id,
        member_name=member.name,
        phone=member.phone,
        status=member.status,
        tier=member.tier,
        joined_month=member.joined_month,
        today=today,
        year=year,
        standings=tuple(standings),
        tier_changes=tuple(changes),
        uses=tuple(uses),
        problems=problems,
    )


# -- recording a use -----------------------------------------------------------------------------
@dataclass(frozen=True)
class RecordedUse:
    use_id: uuid.UUID
    member_id: uuid.UUID
    standing: Standing  # after the use
    exception: bool
    changes: Changes


def _unknown_benefit(session: Session, code: str, on: date) -> ValidationError:
    since = first_defined(session, code)
    if since is not None:
        return ValidationError(
            "benefit",
            msg("{benefit} applies from {day}, not yet on {on}", benefit=code, day=since, on=on),
        )
    return ValidationError(
        "benefit",
        msg(
            "no benefit {benefit}; the benefits are: {codes}",
            benefit=code,
            codes=benefit_codes(session),
        ),
    )


def refusal(standing: Standing, member_name: str, day: date) -> Message:
    """Why one more use of the benefit on ``day`` is refused (naming the allowance and
    what is used)."""
    s = standing
    if s.problem is UseProblem.NOT_ENTITLED:
        if s.tier is None:
            return msg(
                "{member} holds no tier on {day}, so {benefit} is not theirs; a team lead "
                "can record it as an exception, with a reason",
                member=member_name,
                day=day,
                benefit=benefit_name(s.benefit),
            )
        if not s.benefit.tiers:
            return msg(
                "{benefit} is offered to no tier on {day}; a team lead can record it as an "
                "exception, with a reason",
                benefit=benefit_name(s.benefit),
                day=day,
            )
        return msg(
            "{member} is a {tier} member, and {benefit} is for {tiers} members only; a team "
            "lead can record it as an exception, with a reason",
            member=member_name,
            tier=s.tier,
            benefit=benefit_name(s.benefit),
            tiers=sorted(s.benefit.tiers, key=lambda t: t.rank),
        )
    return msg(
        "{benefit}: {member} has used {used} of the {allowance} a {tier} member has from "
        "{start} to {end}; a team lead can record one more as an exception, with a reason",
        member=member_name,
        used=s.used,
        allowance=s.allowance,
        benefit=benefit_name(s.benefit),
        tier=s.tier,
        start=s.year.start,
        end=s.year.end,
    )


def record_use(
    session: Session,
    actor: Actor,
    *,
    member_ref: str,
    code: str,
    today: date,
    on: date | None = None,
    note: str = "",
    exception_reason: str = "",
) -> RecordedUse:
    """Record that the member used the benefit on ``on`` (default: today).

    A use of a benefit the member's tier does not have on that day, or beyond the yearly
    allowance, is refused with a sentence naming the allowance and what is used; a team
    lead or an administrator records it as an exception by giving ``exception_reason``
    (kept on the use and in the audit trail)."""
    member = find_visible_member(session, actor, member_ref)
    code = check_code(code)
    day = on or today
    if day > today:
        raise ValidationError("on", msg("a benefit use is recorded on or before today"))
    if member.status is not MemberStatus.ACTIVE:
        raise ValidationError(
            "member",
            msg(
                "{phone} has left the club; benefit uses are no longer recorded", phone=member.phone
            ),
        )
    note, reason = note.strip(), exception_reason.strip()
    for name, text in (("note", note), ("exception", reason)):
        if len(text) > NOTE_LENGTH:
            raise ValidationError(name, msg("is longer than {n} characters", n=NOTE_LENGTH))
    benefit = benefit_in_force(session, code, day)
    if benefit is None:
        raise _unknown_benefit(session, code, day)
    history = tier_histories(session, [member.id]).get(member.id, [])
    span = benefit_year(benefit.period, day, member.joined_month)
    standing = _standing(session, member, benefit, span, day, history)
    if reason:
        actor.require(Role.LEAD, Role.ADMIN, action=msg("record a benefit use as an exception"))
        if standing.problem is None:
            raise ValidationError(
                "exception",
                msg(
                    "{member} may use {benefit} on {day} without an exception ({left}); "
                    "record it as a use",
                    member=member.name,
                    benefit=benefit_name(benefit),
                    day=day,
                    left=_left_text(standing),
                ),
            )
    elif standing.problem is not None:
        raise ValidationError("benefit", refusal(standing, member.name, day))
    use = BenefitUse(
        member_id=member.id,
        benefit=code,
        used_on=day,
        note=note,
        manager_id=actor.manager_id,
        exception_reason=reason,
    )
    session.add(use)
    session.flush()
    after = replace(standing, used=standing.used + 1, exceptions=standing.exceptions + bool(reason))
    return RecordedUse(
        use.id, member.id, after, bool(reason), Changes(members=frozenset({member.id}))
    )


def _left_text(s: Standing) -> Message:
    if s.left is None:
        return msg("no yearly limit set")
    return msg("{left} of {allowance} left", left=s.left, allowance=s.allowance)


# -- a lead changing the table ---------------------------------------------------------------------
def set_benefit(
    session: Session,
    actor: Actor,
    *,
    code: str,
    effective_from: date,
    name_zh: str | None = None,
    name_en: str | None = None,
    tiers: Iterable[Tier] | None = None,
    allowances: Mapping[Tier, int | None] | None = None,
    period: BenefitPeriod | None = None,
) -> Changes:
    """Define a benefit, or change it, from ``effective_from`` on (lead or admin). What is
    not given stays as in force on that day; an allowance of None is "no yearly limit set".
    A new benefit needs both names and its tiers. Nothing before the date changes."""
    actor.require(Role.LEAD, Role.ADMIN, action=msg("change a member benefit"))
    code = check_code(code)
    base = benefit_in_force(session, code, effective_from)
    if base is None:
        missing = [
            name
            for name, value in (("name-zh", name_zh), ("name-en", name_en), ("tiers", tiers))
            if value is None
        ]
        if missing:
            raise ValidationError(
                missing[0],
                msg(
                    "{benefit} is a new benefit: give its names in Chinese and English and its "
                    "tiers (--name-zh, --name-en, --tiers)",
                    benefit=code,
                ),
            )
        position = (session.scalar(select(func.max(BenefitRule.position))) or 0) + 1
        base = Benefit(code, "", "", frozenset(), {}, BenefitPeriod.CALENDAR_YEAR, position)
    new_tiers = frozenset(tiers) if tiers is not None else base.tiers
    kept = {t: n for t, n in base.allowances.items() if t in new_tiers}
    for tier, value in (allowances or {}).items():
        if value is None:
            kept.pop(tier, None)
        else:
            kept[tier] = value
    benefit = check_benefit(
        replace(
            base,
            name_zh=(name_zh if name_zh is not None else base.name_zh).strip(),
            name_en=(name_en if name_en is not None else base.name_en).strip(),
            tiers=new_tiers,
            allowances=kept,
            period=period or base.period,
        )
    )
    row = session.scalar(
        select(BenefitRule).where(
            BenefitRule.code == code, BenefitRule.effective_from == effective_from
        )
    )
    values: dict[str, Any] = {
        "name_zh": benefit.name_zh,
        "name_en": benefit.name_en,
        "tiers": tiers_value(benefit.tiers),
        "allowances": allowances_value(benefit.allowances),
        "period": benefit.period,
        "position": benefit.position,
    }
    if row is None:
        session.add(BenefitRule(code=code, effective_from=effective_from, **values))
    else:
        for name, value in values.items():
            setattr(row, name, value)
    session.flush()
    return Changes(everything=True)


# -- what the review and the plan read -----------------------------------------------------------
def uses_by_member(
    session: Session, member_ids: Iterable[uuid.UUID], start: date, end: date
) -> dict[uuid.UUID, list[UseRow]]:
    out: dict[uuid.UUID, list[UseRow]] = {}
    for use in uses_between(session, member_ids, start, end):
        out.setdefault(use.member_id, []).append(use)
    return out


@dataclass(frozen=True)
class BenefitAlert:
    """A member's limited benefit the printed plan mentions: its year renews within the
    plan, or few uses (or none) are left."""

    member_name: str
    phone: str
    tier: Tier | None
    code: str
    name_zh: str
    name_en: str
    used: int
    allowance: int
    left: int
    year_end: date
    renews_on: date | None  # the new year begins on this day of the plan (None: runs low)

    def name(self, language: str) -> str:
        return self.name_zh if language.lower().startswith("zh") else self.name_en


def benefit_alerts(
    session: Session, member_ids: Iterable[uuid.UUID], start: date, end: date, low_left: int
) -> tuple[BenefitAlert, ...]:
    """For a plan of days ``start``..``end``: the members' limited benefits whose year
    renews within it (when some of the ending year's allowance was used), and those with
    ``low_left`` or fewer uses left on its first day."""
    ids = list(member_ids)
    members = (
        {
            m.id: m
            for m in session.scalars(select(Member).where(Member.id.in_(ids)))
            if m.status is MemberStatus.ACTIVE and not m.deleted
        }
        if ids
        else {}
    )
    if not members:
        return ()
    histories = tier_histories(session, members)
    before = start - timedelta(days=1)
    limited_then = [b for b in benefits_and_problems(session, before)[0] if b.allowances]
    limited_now = [b for b in benefits_and_problems(session, start)[0] if b.allowances]
    out = []
    for m in members.values():
        history = histories.get(m.id, [])
        for benefit in limited_then:
            span = benefit_year(benefit.period, before, m.joined_month)
            s = _standing(session, m, benefit, span, before, history)
            if s.limited and s.used > 0 and s.renews_between(start, end):
                out.append(_alert(m, s, renews_on=span.next_start))
        for benefit in limited_now:
            span = benefit_year(benefit.period, start, m.joined_month)
            s = _standing(session, m, benefit, span, start, history)
            if s.runs_low(low_left) and not s.renews_between(start + timedelta(days=1), end):
                out.append(_alert(m, s, renews_on=None))
    out.sort(
        key=lambda a: (a.renews_on or date.max, a.tier.rank if a.tier else 9, a.member_name, a.code)
    )
    return tuple(out)


def _alert(m: Member, s: Standing, renews_on: date | None) -> BenefitAlert:
    assert s.allowance is not None and s.left is not None
    return BenefitAlert(
        member_name=m.name,
        phone=m.phone,
        tier=s.tier,
        code=s.benefit.code,
        name_zh=s.benefit.name_zh,
        name_en=s.benefit.name_en,
        used=s.used,
        allowance=s.allowance,
        left=s.left,
        year_end=s.year.end,
        renews_on=renews_on,
    )


def standing_json(s: Standing) -> dict[str, object]:
    """One benefit as ``vipcrm benefit show --json`` prints it."""
    return {
        "benefit": s.benefit.code,
        "name_zh": s.benefit.name_zh,
        "name_en": s.benefit.name_en,
        "tier": s.tier.value if s.tier else None,
        "entitled": s.entitled,
        "allowance": s.allowance,  # null: no yearly limit set (or not entitled)
        "used": s.used,
        "exceptions": s.exceptions,
        "left": s.left,
        "period": s.benefit.period.value,
        "year_start": s.year.start.isoformat(),
        "year_end": s.year.end.isoformat(),
        "calendar_year_assumed": s.year.calendar_assumed,
    }
