"""Successive offline edits of one field travel as one change (issue 16)."""

from sqlalchemy import select

from vipcrm.domain.values import Tier
from vipcrm.store.models import Member, OutboxEntry
from vipcrm.sync import replica


def _updates(db):
    with db.reading() as s:
        rows = select(OutboxEntry).where(
            OutboxEntry.table_name == "members", OutboxEntry.op == "update"
        )
        return [
            (e.seq, e.base_version, e.payload) for e in s.scalars(rows.order_by(OutboxEntry.seq))
        ]


def _member(db):
    with db.transaction() as s:
        member = Member(phone="13800138000", name="张伟", tier=Tier.GOLD, notes="")
        s.add(member)
    return member.id


def _edit(db, member_id, **fields):
    with db.transaction() as s:
        row = s.get(Member, member_id)
        for name, value in fields.items():
            setattr(row, name, value)


def test_the_latest_value_travels_against_the_first_base(db):
    member_id = _member(db)
    for i in range(1, 6):
        _edit(db, member_id, notes=f"第{i}稿")
    _edit(db, member_id, tier=Tier.DIAMOND)  # the server decides tiers: step by step
    _edit(db, member_id, tier=Tier.GOLD, address="杭州")
    assert len(_updates(db)) == 7

    replica.collapse_unclaimed(db)
    ops = replica.claim_batch(db, 100)
    updates = _updates(db)
    notes = [(v, p) for _, v, p in updates if "notes" in p["changes"]]
    assert notes == [(1, {"changes": {"notes": "第5稿"}, "base": {"notes": ""}})]
    tiers = [p["changes"]["tier"] for _, _, p in updates if "tier" in p["changes"]]
    assert tiers == ["diamond", "gold"]
    assert len(updates) == 3
    assert sum(op.op == "update" and op.table == "members" for op in ops) == 3


def test_entries_a_push_has_taken_are_sent_again_unchanged(db):
    member_id = _member(db)
    _edit(db, member_id, notes="一")
    replica.claim_batch(db, 100)  # taken (the answer never recorded: a crash, say)
    _edit(db, member_id, notes="二")
    _edit(db, member_id, notes="三")
    replica.collapse_unclaimed(db)
    notes = [p for _, _, p in _updates(db)]
    assert notes == [
        {"changes": {"notes": "一"}, "base": {"notes": ""}},
        {"changes": {"notes": "三"}, "base": {"notes": "一"}},
    ]


def test_rows_edited_once_are_left_as_they_are(db):
    once = _member(db)
    with db.transaction() as s:
        twice = Member(phone="13900139000", name="李娜", tier=Tier.GOLD, notes="")
        s.add(twice)
    _edit(db, once, notes="只改一次")
    _edit(db, twice.id, notes="第一次")
    _edit(db, twice.id, notes="第二次")
    before = {p["changes"]["notes"] for _, _, p in _updates(db)}
    assert replica.collapse_unclaimed(db) == 1
    after = [p["changes"]["notes"] for _, _, p in _updates(db)]
    assert sorted(after) == sorted(before - {"第一次"})
