"""Every change to a synchronised row leaves an outbox entry in the same transaction."""

import pytest
from sqlalchemy import select

from vipcrm.domain.values import Tier
from vipcrm.store.models import Member, OutboxEntry


def _entries(db):
    with db.reading() as s:
        # the audit trail's own entries travel too; these tests are about the changed rows
        rows = select(OutboxEntry).where(OutboxEntry.table_name != "audit_log")
        return list(s.scalars(rows.order_by(OutboxEntry.seq)))


def test_insert_update_and_tombstone_are_recorded(db):
    with db.transaction() as s:
        member = Member(phone="13800138000", name="张伟", tier=Tier.GOLD)
        s.add(member)
    with db.transaction() as s:
        row = s.get(Member, member.id)
        row.tier = Tier.DIAMOND
    with db.transaction() as s:
        s.get(Member, member.id).deleted = True

    insert, update, delete = _entries(db)
    assert insert.op == "insert" and insert.payload["row"]["phone"] == "13800138000"
    assert update.op == "update"
    assert update.payload == {"changes": {"tier": "diamond"}, "base": {"tier": "gold"}}
    assert update.base_version == 1
    assert delete.op == "delete" and delete.base_version == 2
    assert {e.row_id for e in (insert, update, delete)} == {member.id}
    assert len({e.op_id for e in (insert, update, delete)}) == 3


def test_versions_and_updated_at_move_with_each_change(db):
    with db.transaction() as s:
        member = Member(phone="13800138000", name="张伟", tier=Tier.GOLD)
        s.add(member)
    first = member.updated_at
    with db.transaction() as s:
        row = s.get(Member, member.id)
        row.name = "张伟伟"
    with db.reading() as s:
        row = s.get(Member, member.id)
        assert row.version == 2
        assert row.updated_at >= first and row.updated_at.tzinfo is not None


def test_a_failed_transaction_leaves_no_outbox_entry(db):
    with pytest.raises(RuntimeError), db.transaction() as s:
        s.add(Member(phone="13800138000", name="张伟", tier=Tier.GOLD))
        s.flush()
        raise RuntimeError("crash mid-write")
    assert _entries(db) == []
    with db.reading() as s:
        assert s.scalars(select(Member)).all() == []


def test_hard_deletes_of_synchronised_rows_are_refused(db):
    with db.transaction() as s:
        member = Member(phone="13800138000", name="张伟", tier=Tier.GOLD)
        s.add(member)
    with pytest.raises(RuntimeError, match="tombstone"), db.transaction() as s:
        s.delete(s.get(Member, member.id))
    with db.reading() as s:
        assert s.get(Member, member.id) is not None
