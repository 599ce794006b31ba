"""Member benefits: entitlements by tier, yearly allowances, the year boundary, a tier change
mid-year, the refusal naming the allowance and what is used, and a lead's exception."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select

from vipcrm.domain.errors import PermissionDenied, ValidationError
from vipcrm.domain.values import BenefitPeriod, Role, Tier, TierChange
from vipcrm.services import benefits
from vipcrm.services.context import resolve_actor
from vipcrm.services.directory import add_manager
from vipcrm.services.members import NewMember, add_member
from vipcrm.store.models import AuditEntry, BenefitUse, Member, TierHistory

TODAY = date(2026, 12, 10)
GOLD, SILVER = "13800000002", "13800000003"


@pytest.fixture
def book(db):
    """Lead L1 and manager M1 of team T1; a gold and a silver member of M1; lounge visits:
    gold 2 a year, diamond 4, silver none set."""
    with db.transaction() as s:
        add_manager(s, resolve_actor(s, "setup"), code="A1", name="管理员", role=Role.ADMIN)
        admin = resolve_actor(s, "A1")
        add_manager(s, admin, code="L1", name="组长", team="T1", role=Role.LEAD)
        add_manager(s, admin, code="M1", name="经理", team="T1")
        for phone, tier in ((GOLD, Tier.GOLD), (SILVER, Tier.SILVER)):
            add_member(
                s, admin, NewMember(phone=phone, name=f"{tier}会员", tier=tier, manager="M1"), TODAY
            )
        benefits.set_benefit(
            s,
            resolve_actor(s, "L1"),
            code="airport_lounge",
            effective_from=date(2026, 1, 1),
            allowances={Tier.GOLD: 2, Tier.DIAMOND: 4},
        )
    return db


def use(db, who, phone, code="airport_lounge", on=None, reason="", today=TODAY):
    with db.transaction() as s:
        return benefits.record_use(
            s,
            resolve_actor(s, who),
            member_ref=phone,
            code=code,
            today=today,
            on=on,
            exception_reason=reason,
        )


def standing(db, phone, code="airport_lounge", today=TODAY, year=None):
    with db.reading() as s:
        shown = benefits.member_benefits(s, resolve_actor(s, "M1"), phone, today=today, year=year)
    return next(b for b in shown.standings if b.benefit.code == code)


def test_the_seeded_benefits_are_the_regulations_with_no_yearly_limit_set(db):
    with db.transaction() as s:
        add_manager(s, resolve_actor(s, "setup"), code="A1", name="管理员", role=Role.ADMIN)
        add_manager(s, resolve_actor(s, "A1"), code="M1", name="经理", team="T1")
        add_member(
            s,
            resolve_actor(s, "A1"),
            NewMember(phone=SILVER, name="银卡", tier=Tier.SILVER, manager="M1"),
            TODAY,
        )
    shown = {b.benefit.code: b for b in _all(db, SILVER)}
    assert list(shown)[:3] == ["priority_10086", "hall_priority", "airport_lounge"]
    assert not shown["priority_10086"].entitled  # diamond and gold only
    lounge = shown["airport_lounge"]
    assert lounge.entitled and lounge.allowance is None and lounge.left is None
    # with no limit set, uses are recorded without end
    for day in (1, 2, 3):
        use(db, "M1", SILVER, on=date(2026, 12, day))
    assert standing(db, SILVER).used == 3


def _all(db, phone):
    with db.reading() as s:
        return benefits.member_benefits(s, resolve_actor(s, "M1"), phone, today=TODAY).standings


def test_allowance_by_tier_and_the_refusal_names_allowance_and_used(book):
    use(book, "M1", GOLD, on=date(2026, 3, 1))
    done = use(book, "M1", GOLD, on=date(2026, 6, 1))
    assert (done.standing.used, done.standing.left) == (2, 0)
    with pytest.raises(ValidationError) as refused:
        use(book, "M1", GOLD, on=date(2026, 7, 1))
    assert "has used 2 of the 2 a gold member has from 2026-01-01 to 2026-12-31" in str(
        refused.value
    )
    with book.reading() as s:
        assert len(list(s.scalars(select(BenefitUse)))) == 2  # nothing written
    # the silver member has the lounge but no limit set; the 10086 line is not theirs
    with pytest.raises(ValidationError, match="for diamond, gold members only"):
        use(book, "M1", SILVER, code="priority_10086")


def test_the_year_boundary_gives_a_new_allowance(book):
    new_year = date(2027, 1, 1)
    use(book, "M1", GOLD, on=date(2026, 12, 1), today=new_year)
    use(book, "M1", GOLD, on=date(2026, 12, 31), today=new_year)
    with pytest.raises(ValidationError):
        use(book, "M1", GOLD, on=date(2026, 12, 31), today=new_year)
    use(book, "M1", GOLD, on=new_year, today=new_year)
    assert standing(book, GOLD, today=new_year).left == 1
    assert standing(book, GOLD, today=new_year, year=2026).left == 0


def test_a_membership_year_runs_from_the_joining_month(book):
    with book.transaction() as s:
        benefits.set_benefit(
            s,
            resolve_actor(s, "L1"),
            code="airport_lounge",
            effective_from=date(2026, 1, 1),
            allowances={Tier.GOLD: 1},
            period=BenefitPeriod.MEMBERSHIP_YEAR,
        )
        member = s.scalar(select(Member).where(Member.phone == GOLD))
        member.joined_month = "2024-04"
    use(book, "M1", GOLD, on=date(2026, 3, 31))  # the year 2025-04-01 .. 2026-03-31
    use(book, "M1", GOLD, on=date(2026, 4, 1))  # a new membership year
    s2 = standing(book, GOLD)
    assert (s2.year.start, s2.year.end, s2.used, s2.left) == (
        date(2026, 4, 1),
        date(2027, 3, 31),
        1,
        0,
    )


def test_a_tier_change_mid_year_changes_the_entitlement_from_that_month(book):
    """Silver until June, gold from July: the 10086 line is refused in June, allowed in
    July; the lounge allowance of the year is gold's from July on."""
    with book.transaction() as s:
        member = s.scalar(select(Member).where(Member.phone == SILVER))
        for row in s.scalars(select(TierHistory).where(TierHistory.member_id == member.id)):
            row.deleted = True  # graded in January, not added this month
        s.flush()
        for month, tier, change in (
            ("2026-01", Tier.SILVER, TierChange.NEW),
            ("2026-07", Tier.GOLD, TierChange.UP),
        ):
            s.add(TierHistory(member_id=member.id, month=month, tier=tier, change=change))
        member.tier = Tier.GOLD
    with pytest.raises(ValidationError, match="is a silver member"):
        use(book, "M1", SILVER, code="priority_10086", on=date(2026, 6, 30))
    use(book, "M1", SILVER, code="priority_10086", on=date(2026, 7, 1))
    for day in (date(2026, 3, 1), date(2026, 5, 1), date(2026, 6, 1)):  # silver: no limit
        use(book, "M1", SILVER, on=day)
    with pytest.raises(ValidationError, match="has used 3 of the 2 a gold member"):
        use(book, "M1", SILVER, on=date(2026, 8, 1))
    with book.reading() as s:
        shown = benefits.member_benefits(s, resolve_actor(s, "M1"), SILVER, today=TODAY)
    assert shown.tier_changes == (("2026-07", Tier.GOLD),)
    lounge = next(b for b in shown.standings if b.benefit.code == "airport_lounge")
    assert (lounge.tier, lounge.allowance, lounge.used, lounge.left) == (Tier.GOLD, 2, 3, 0)


def test_a_lead_records_an_exception_with_a_reason_audited(book):
    use(book, "M1", GOLD, on=date(2026, 3, 1))
    use(book, "M1", GOLD, on=date(2026, 4, 1))
    with pytest.raises(PermissionDenied):
        use(book, "M1", GOLD, on=date(2026, 5, 1), reason="客户要求")
    with pytest.raises(ValidationError, match="without an exception"):
        use(book, "L1", SILVER, on=date(2026, 5, 1), reason="不需要")
    done = use(book, "L1", GOLD, on=date(2026, 5, 1), reason="航班延误补偿")
    assert done.exception and (done.standing.used, done.standing.exceptions) == (3, 1)
    assert standing(book, GOLD).left == 0
    with book.reading() as s:
        logged = [
            e
            for e in s.scalars(select(AuditEntry).where(AuditEntry.table_name == "benefit_uses"))
            if "航班延误补偿" in str(e.changes)
        ]
    assert len(logged) == 1


def test_a_manager_cannot_change_the_benefits_table_and_bad_input_is_refused(book):
    with pytest.raises(PermissionDenied), book.transaction() as s:
        benefits.set_benefit(
            s,
            resolve_actor(s, "M1"),
            code="airport_lounge",
            effective_from=TODAY,
            allowances={Tier.GOLD: 9},
        )
    with (
        pytest.raises(ValidationError, match="silver members do not have"),
        book.transaction() as s,
    ):
        benefits.set_benefit(
            s,
            resolve_actor(s, "L1"),
            code="priority_10086",
            effective_from=TODAY,
            allowances={Tier.SILVER: 3},
        )
    with pytest.raises(ValidationError, match="no benefit golf"):
        use(book, "M1", GOLD, code="golf")
    with pytest.raises(ValidationError, match="on or before today"):
        use(book, "M1", GOLD, on=date(2026, 12, 11))
