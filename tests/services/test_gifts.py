"""Care gifts within caps and budgets: the approval path, the reserve, never overspent."""

from __future__ import annotations

import threading
from datetime import date

import pytest
from sqlalchemy import select

from vipcrm.domain.errors import PermissionDenied, ValidationError
from vipcrm.domain.money import Fen
from vipcrm.domain.periods import parse_period
from vipcrm.domain.values import GiftStatus, Occasion, Role, Tier
from vipcrm.services import budgets, gifts
from vipcrm.services.context import resolve_actor
from vipcrm.services.directory import add_manager
from vipcrm.services.members import NewMember, add_member
from vipcrm.store.models import BudgetAdjustment, GiftCapRule
from vipcrm.texts import Texts

TODAY = date(2026, 11, 22)
PHONES = {
    "diamond": "13800000001",
    "gold": "13800000002",
    "silver": "13800000003",
    "other": "13900000009",
}


@pytest.fixture
def book(db):
    """Team T1 (lead L1, managers M1, M2), team T2 (lead L2, manager M9); one member per tier."""
    with db.transaction() as s:
        boot = resolve_actor(s, "setup")
        add_manager(s, boot, code="A1", name="管理员", role=Role.ADMIN)
        admin = resolve_actor(s, "A1")
        for code, team, role in [
            ("L1", "T1", Role.LEAD),
            ("M1", "T1", Role.MANAGER),
            ("M2", "T1", Role.MANAGER),
            ("L2", "T2", Role.LEAD),
            ("M9", "T2", Role.MANAGER),
        ]:
            add_manager(s, admin, code=code, name=code, team=team, role=role)
        for tier in ("diamond", "gold", "silver"):
            add_member(
                s,
                admin,
                NewMember(phone=PHONES[tier], name=f"{tier}会员", tier=Tier(tier), manager="M1"),
                TODAY,
            )
        add_member(
            s,
            admin,
            NewMember(phone=PHONES["other"], name="别组会员", tier=Tier.GOLD, manager="M9"),
            TODAY,
        )
        lead = resolve_actor(s, "L1")
        budgets.set_team_budget(s, lead, team="T1", period="2026-11", amount_fen=50000)
        budgets.set_manager_budget(s, lead, manager="M1", period="2026-11", amount_fen=30000)
    return db


def act(db, code, fn, *args, **kw):
    with db.transaction() as s:
        result = fn(s, resolve_actor(s, code), *args, **kw)
        return result[0].id if isinstance(result, tuple) else result


def status_of(db, gift_id):
    with db.reading() as s:
        return gifts.find_gift(s, gift_id.hex).status


def m1_line(db):
    with db.reading() as s:
        (line,) = budgets.show_manager(s, resolve_actor(s, "M1"), period="2026-11")
        return line


def request(db, who, member, occasion, yuan, **kw):
    return act(
        db,
        who,
        gifts.request_gift,
        member_ref=PHONES[member],
        occasion=occasion,
        amount_fen=yuan * 100,
        today=TODAY,
        **kw,
    )


def test_caps_by_tier_and_occasion(book):
    diamond = request(book, "M1", "diamond", Occasion.BIRTHDAY, 150)
    gold = request(book, "M1", "gold", Occasion.BIRTHDAY, 150)
    silver = request(book, "M1", "silver", Occasion.BIRTHDAY, 20)
    funeral = request(book, "M1", "silver", Occasion.FUNERAL, 150)
    assert status_of(book, diamond) is GiftStatus.APPROVED
    assert status_of(book, funeral) is GiftStatus.APPROVED
    with book.reading() as s:
        rows = {r.id: r for r in gifts.list_gifts(s, resolve_actor(s, "M1"))}
    assert rows[gold].status is GiftStatus.PENDING and rows[gold].over_cap_fen == 5000
    assert rows[silver].over_cap_fen == 2000  # silver birthdays get an SMS greeting only
    over = gifts.parse_reason("over_cap=5000;over_budget=0")
    assert Texts("zh_CN").pending_reason(*over) == "超出上限 ¥50.00"
    assert Texts("en").pending_reason(*over) == "over cap by ¥50.00"
    assert m1_line(book).committed_fen == 30000


def test_a_cap_change_applies_from_its_date_and_never_rewrites_past_gifts(book):
    before = request(book, "M1", "gold", Occasion.BIRTHDAY, 100, planned_on=date(2026, 11, 30))
    with book.transaction() as s:
        s.add(
            GiftCapRule(
                occasion=Occasion.BIRTHDAY,
                tier=Tier.GOLD,
                cap_fen=8000,
                gift_zh="鲜花",
                gift_en="flowers",
                effective_from=date(2026, 12, 1),
            )
        )
    with book.reading() as s:
        assert (
            gifts.cap_in_force(s, Occasion.BIRTHDAY, Tier.GOLD, date(2026, 11, 30)).cap_fen == 10000
        )
        assert (
            gifts.cap_in_force(s, Occasion.BIRTHDAY, Tier.GOLD, date(2026, 12, 1)).cap_fen == 8000
        )
        assert gifts.find_gift(s, before.hex).cap_fen == 10000


def test_over_budget_waits_and_approval_draws_the_shortfall_from_the_reserve(book):
    request(book, "M1", "diamond", Occasion.BIRTHDAY, 150)  # committed 150 of 300
    second = request(book, "M1", "silver", Occasion.CHILDBIRTH, 150)  # committed 300 of 300
    third = request(book, "M1", "gold", Occasion.BUSINESS_OPENING, 120)
    assert status_of(book, second) is GiftStatus.APPROVED
    with book.reading() as s:
        pending = gifts.find_gift(s, third.hex)
        assert pending.status is GiftStatus.PENDING
        assert gifts.parse_reason(pending.pending_reason) == (0, 12000)
    act(book, "L1", gifts.approve_gift, third.hex, comment="同意")
    line = m1_line(book)
    assert (line.allocated_fen, line.committed_fen, line.left_fen) == (42000, 42000, 0)
    with book.reading() as s:
        (team,) = budgets.show_team(s, resolve_actor(s, "L1"), period="2026-11")
        adjustment = s.scalars(select(BudgetAdjustment)).one()
    assert team.reserve_fen == 50000 - 42000
    assert team.total_fen == team.reserve_fen + sum(m.allocated_fen for m in team.managers)
    assert adjustment.amount_fen == 12000 and adjustment.gift_id == third


def test_approval_is_refused_when_the_reserve_cannot_cover_it(book):
    big = request(book, "M1", "gold", Occasion.FUNERAL, 450)  # over budget by 150; reserve is 200
    huge = request(book, "M1", "gold", Occasion.FUNERAL, 600)  # over budget by 300
    act(book, "L1", gifts.approve_gift, big.hex, comment="ok")
    with pytest.raises(budgets.BudgetError, match="cannot cover") as refused:
        act(book, "L1", gifts.approve_gift, huge.hex, comment="ok")
    assert str(refused.value) == (
        "the team reserve for 2026-11 is ¥50.00 and cannot cover the shortfall of ¥600.00; "
        "approval refused"
    )
    # the app gets the sentence's template and its amounts as money, to show them translated
    text = refused.value.text
    assert text.template.startswith("the team reserve for {period} is {reserve}")
    assert text.params["reserve"] == 5000 and isinstance(text.params["reserve"], Fen)
    assert isinstance(text.params["shortfall"], Fen)
    assert status_of(book, huge) is GiftStatus.PENDING
    with book.reading() as s:
        (team,) = budgets.show_team(s, resolve_actor(s, "L1"), period="2026-11")
    assert team.reserve_fen == 5000 and all(m.left_fen >= 0 for m in team.managers)


def test_deliver_moves_commitment_to_spent_and_cancel_releases_it(book):
    first = request(book, "M1", "diamond", Occasion.BIRTHDAY, 150)
    second = request(book, "M1", "silver", Occasion.CHILDBIRTH, 100)
    act(book, "M1", gifts.deliver_gift, first.hex, on=TODAY, how="上门送达", proof="本人签收")
    act(book, "M1", gifts.cancel_gift, second.hex)
    line = m1_line(book)
    assert (line.committed_fen, line.spent_fen, line.left_fen) == (0, 15000, 15000)
    with pytest.raises(gifts.GiftStateError) as refused:
        act(book, "M1", gifts.cancel_gift, first.hex)  # delivered: stays delivered
    assert str(refused.value) == (
        "a delivered gift cannot be cancelled (only pending or approved ones)"
    )
    assert refused.value.text.params["status"] is GiftStatus.DELIVERED
    with pytest.raises(
        gifts.GiftStateError,
        match="only a gift that is approved can be delivered; this one is delivered",
    ):
        act(book, "M1", gifts.deliver_gift, first.hex, on=TODAY)
    with book.reading() as s:
        done = gifts.find_gift(s, first.hex)
        assert done.delivered_how == "上门送达" and done.closed_at is not None


def test_only_a_lead_of_that_team_or_an_admin_approves_and_sets_budgets(book):
    pending = request(book, "M1", "gold", Occasion.BIRTHDAY, 150)
    with pytest.raises(PermissionDenied):
        act(book, "M1", gifts.approve_gift, pending.hex, comment="self-approved")
    with pytest.raises(PermissionDenied) as refused:
        act(book, "L2", gifts.approve_gift, pending.hex, comment="other team")
    assert str(refused.value) == "approve a gift: L2 is not the lead of that team"
    assert refused.value.text.params["action"].template == "approve a gift"  # translated too
    with pytest.raises(PermissionDenied):
        act(
            book, "M1", budgets.set_manager_budget, manager="M1", period="2026-11", amount_fen=10**7
        )
    with pytest.raises(PermissionDenied):
        act(book, "L2", budgets.set_team_budget, team="T1", period="2026-12", amount_fen=100)
    with pytest.raises(ValidationError):
        act(book, "L1", gifts.reject_gift, pending.hex, comment=" ")
    act(book, "A1", gifts.reject_gift, pending.hex, comment="超出标准")
    assert status_of(book, pending) is GiftStatus.REJECTED


def test_allocations_never_exceed_the_team_total(book):
    with pytest.raises(budgets.BudgetError, match="reserve"):
        act(
            book, "L1", budgets.set_manager_budget, manager="M2", period="2026-11", amount_fen=20001
        )
    act(book, "L1", budgets.set_manager_budget, manager="M2", period="2026-11", amount_fen=20000)
    with pytest.raises(budgets.BudgetError, match="already allocated"):
        act(book, "L1", budgets.set_team_budget, team="T1", period="2026-11", amount_fen=49999)


def test_two_concurrent_requests_at_the_budget_edge_never_both_pass(book):
    act(book, "L1", budgets.set_manager_budget, manager="M1", period="2026-11", amount_fen=20000)
    barrier = threading.Barrier(2)
    errors: list[BaseException] = []

    def worker(member: str) -> None:
        try:
            barrier.wait()
            request(book, "M1", member, Occasion.FUNERAL, 150)
        except BaseException as exc:  # noqa: BLE001 - reported below
            errors.append(exc)

    threads = [threading.Thread(target=worker, args=(m,)) for m in ("gold", "silver")]
    for t in threads:
        t.start()
    for t in threads:
        t.join(30)
    assert errors == []
    with book.reading() as s:
        statuses = sorted(r.status.value for r in gifts.list_gifts(s, resolve_actor(s, "M1")))
    assert statuses == ["approved", "pending"]
    line = m1_line(book)
    assert line.committed_fen == 15000 and line.left_fen == 5000


def test_periods():
    assert parse_period("2026-12").start == date(2026, 12, 1)
    q = parse_period("2026-q4")
    assert (q.key, q.start, q.end) == ("2026-Q4", date(2026, 10, 1), date(2026, 12, 31))
    assert parse_period("2026").end == date(2026, 12, 31)
    for bad in ("2026-13", "26-12", "2026-Q5", ""):
        with pytest.raises(ValidationError):
            parse_period(bad)
