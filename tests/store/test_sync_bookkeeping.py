"""What the outbox records for sync: one transaction id per local transaction, parents first."""

import uuid
from datetime import date

from sqlalchemy import select

from vipcrm.domain.values import CardState, Tier
from vipcrm.store.models import Card, Member, OutboxEntry


def _entries(db):
    with db.reading() as s:
        # the audit trail's own entries travel too; these tests are about the changed rows
        rows = select(OutboxEntry).where(OutboxEntry.table_name != "audit_log")
        return list(s.scalars(rows.order_by(OutboxEntry.seq)))


def test_entries_of_one_transaction_share_a_transaction_id(db):
    with db.transaction() as s:
        member = Member(phone="13800138000", name="张伟", tier=Tier.GOLD)
        s.add(member)
        s.flush()
        member.notes = "first"  # a second flush, same transaction
    with db.transaction() as s:
        s.get(Member, member.id).notes = "second"
    first, second, third = _entries(db)
    assert first.txn_id is not None and first.txn_id == second.txn_id
    assert third.txn_id not in (None, first.txn_id)


def test_inserts_are_recorded_parents_first(db):
    member = Member(id=uuid.uuid4(), phone="13800138000", name="张伟", tier=Tier.GOLD)
    with db.transaction() as s:
        s.add(Card(member=member, state=CardState.DATA_COLLECTED, state_since=date(2026, 11, 1)))
        s.add(member)
    assert [e.table_name for e in _entries(db)] == ["members", "cards"]


def test_audit_entries_travel_in_the_transaction_of_their_change(db):
    with db.transaction() as s:
        s.add(Member(phone="13800138000", name="张伟", tier=Tier.GOLD))
    with db.reading() as s:
        entries = list(s.scalars(select(OutboxEntry)))
    assert {e.table_name for e in entries} == {"members", "audit_log"}
    assert len({e.txn_id for e in entries}) == 1
