"""the rules to the letter: 12580 confirmations, calendar-period rules, key-person caps

- ``contact_attempts.sent_confirmed_at``: when the manager confirmed that an SMS sent
  through the 12580 group platform was really sent (SERVICE_RULES.md §4.3), with a
  partial index of group SMS by confirmation for the due engine. Group SMS logged before
  this revision count as confirmed (the check did not exist then).
- Rules: the retry and pick-up reminder periods are calendar periods now (§3), so the
  day counts ``unreachable_retry_every_days``, ``card_pickup_weekly_for_days``,
  ``card_pickup_weekly_every_days`` and ``card_pickup_monthly_every_days`` are withdrawn
  (tombstoned); ``card_pickup_weekly_months``, ``explain_sms_working_days`` and
  ``group_sms_check_working_days`` are seeded with their defaults (same UUIDv5 ids on
  every installation, see vipcrm/store/seed.py).
- The key-person birthday cap of a silver key person becomes its own value, ¥100 (§7),
  where the seeded row still holds the old "SMS greeting" default.

Revision ID: d0509e1718b3
Revises: b9d1f3a5c7e9
Create Date: 2026-12-01
"""

from collections.abc import Sequence
from datetime import UTC, datetime

import sqlalchemy as sa
from alembic import op

from vipcrm.domain.rules import DEFAULT_GIFT_CAPS, DEFAULT_RULES
from vipcrm.domain.values import Occasion, Tier
from vipcrm.store.seed import SEED_FROM, seed_id

revision: str = "d0509e1718b3"
down_revision: str | None = "b9d1f3a5c7e9"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

RETIRED = (
    "unreachable_retry_every_days",
    "card_pickup_weekly_for_days",
    "card_pickup_weekly_every_days",
    "card_pickup_monthly_every_days",
)
ADDED = ("card_pickup_weekly_months", "explain_sms_working_days", "group_sms_check_working_days")


def _synced() -> list[sa.ColumnClause]:
    return [
        sa.column("id", sa.Uuid()),
        sa.column("version", sa.Integer()),
        sa.column("updated_at", sa.DateTime(timezone=True)),
        sa.column("deleted", sa.Boolean()),
    ]


def upgrade() -> None:
    bind = op.get_bind()
    now = datetime.now(UTC)
    if bind.dialect.name == "sqlite":
        now = now.replace(tzinfo=None)

    inspector = sa.inspect(bind)
    # Idempotent, like every revision: a database marked one revision back runs it again.
    if "sent_confirmed_at" not in {c["name"] for c in inspector.get_columns("contact_attempts")}:
        op.add_column(
            "contact_attempts", sa.Column("sent_confirmed_at", sa.DateTime(timezone=True))
        )
    attempts = sa.table(
        "contact_attempts",
        sa.column("at", sa.DateTime(timezone=True)),
        sa.column("group_sms", sa.Boolean()),
        sa.column("sent_confirmed_at", sa.DateTime(timezone=True)),
    )
    op.execute(
        attempts.update()
        .where(attempts.c.group_sms.is_(True), attempts.c.sent_confirmed_at.is_(None))
        .values(sent_confirmed_at=attempts.c.at)
    )
    indexes = {i["name"] for i in inspector.get_indexes("contact_attempts")}
    if "ix_contact_attempts_group_sms" not in indexes:
        op.create_index(
            "ix_contact_attempts_group_sms",
            "contact_attempts",
            ["sent_confirmed_at", "member_id", "at"],
            sqlite_where=sa.text("group_sms = 1 AND deleted = 0 AND channel = 'sms'"),
            postgresql_where=sa.text("group_sms AND NOT deleted AND channel = 'sms'"),
        )

    rules = sa.table(
        "rules",
        sa.column("key", sa.String()),
        sa.column("value", sa.JSON()),
        sa.column("effective_from", sa.Date()),
        *_synced(),
    )
    op.execute(
        rules.update()
        .where(rules.c.key.in_(RETIRED), rules.c.deleted.is_(False))
        .values(deleted=True, version=rules.c.version + 1, updated_at=now)
    )
    present = {row[0] for row in bind.execute(sa.select(rules.c.key).where(rules.c.key.in_(ADDED)))}
    defaults = DEFAULT_RULES.to_mapping()
    missing = [
        {
            "id": seed_id("rules", key),
            "key": key,
            "value": defaults[key],
            "effective_from": SEED_FROM,
            "version": 1,
            "updated_at": now,
            "deleted": False,
        }
        for key in ADDED
        if key not in present
    ]
    if missing:
        op.bulk_insert(rules, missing)

    caps = sa.table(
        "gift_caps",
        sa.column("cap_fen", sa.Integer()),
        sa.column("gift_zh", sa.String()),
        sa.column("gift_en", sa.String()),
        *_synced(),
    )
    (silver,) = (
        c
        for c in DEFAULT_GIFT_CAPS
        if c.occasion is Occasion.KEY_PERSON_BIRTHDAY and c.tier is Tier.SILVER
    )
    op.execute(
        caps.update()
        .where(
            caps.c.id == seed_id("gift_caps", silver.occasion.value, silver.tier.value),
            caps.c.cap_fen == 0,
            caps.c.gift_en == "SMS greeting",
        )
        .values(
            cap_fen=silver.cap_fen,
            gift_zh=silver.gift_zh,
            gift_en=silver.gift_en,
            version=caps.c.version + 1,
            updated_at=now,
        )
    )


def downgrade() -> None:
    op.drop_index("ix_contact_attempts_group_sms", table_name="contact_attempts")
    with op.batch_alter_table("contact_attempts", schema=None) as batch_op:
        batch_op.drop_column("sent_confirmed_at")
    rules = sa.table("rules", sa.column("key", sa.String()), sa.column("deleted", sa.Boolean()))
    op.execute(rules.delete().where(rules.c.key.in_(ADDED)))
    op.execute(rules.update().where(rules.c.key.in_(RETIRED)).values(deleted=False))
