"""member benefits: the benefits table, who recorded a use and a lead's exception

- ``benefits``: one row per benefit and date it applies from (code, names in Chinese and
  English, the tiers that have it, the yearly allowance by tier where one is set, calendar
  or membership year), seeded with SERVICE_RULES.md section 9 and no yearly limit set
  (the regulation gives none), with the same UUIDv5 ids on every installation
  (vipcrm/store/seed.py). Synchronised; a lead or an administrator changes it.
- ``benefit_uses.manager_id`` (who recorded the use) and ``.exception_reason`` (a use
  beyond the allowance, or of a benefit the tier lacks, recorded by a lead), and an index
  for counting a member's uses of a benefit in a year.
- the rule ``benefit_low_left`` (when the printed plan says an allowance runs low), seeded.

On PostgreSQL the central objects are re-applied: the new table's row-level security and
the guard that refuses a use beyond the allowance (two laptops recording the last allowed
use offline: the second to sync is refused), central schema 5.

Revision ID: 148c6aabe1f8
Revises: c2e4a6b8d0f1
Create Date: 2026-12-05
"""

from collections.abc import Sequence
from datetime import UTC, datetime

import sqlalchemy as sa
from alembic import op

from vipcrm.domain.rules import DEFAULT_RULES
from vipcrm.store.seed import SEED_FROM, default_benefit_rows, seed_id

revision: str = "148c6aabe1f8"
down_revision: str | None = "c2e4a6b8d0f1"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

RULE = "benefit_low_left"


def _synced() -> list[sa.Column]:
    return [
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
    ]


def upgrade() -> None:
    bind = op.get_bind()
    now = datetime.now(UTC)
    if bind.dialect.name == "sqlite":
        now = now.replace(tzinfo=None)
    inspector = sa.inspect(bind)
    # Idempotent, like every revision: a database marked one revision back runs it again.
    if not inspector.has_table("benefits"):
        op.create_table(
            "benefits",
            sa.Column("code", sa.String(length=40), nullable=False),
            sa.Column("name_zh", sa.String(length=100), nullable=False),
            sa.Column("name_en", sa.String(length=100), nullable=False),
            sa.Column("tiers", sa.JSON(), nullable=False),
            sa.Column("allowances", sa.JSON(), nullable=False),
            sa.Column("period", sa.String(length=32), nullable=False),
            sa.Column("position", sa.Integer(), nullable=False),
            sa.Column("effective_from", sa.Date(), nullable=False),
            *_synced(),
            sa.CheckConstraint(
                "period IN ('calendar_year', 'membership_year')", name=op.f("ck_benefits_period")
            ),
            sa.PrimaryKeyConstraint("id", name=op.f("pk_benefits")),
            sa.UniqueConstraint("code", "effective_from", name=op.f("uq_benefits_code_effective")),
        )
    benefits = sa.table(
        "benefits",
        sa.column("id", sa.Uuid()),
        sa.column("code", sa.String()),
        sa.column("name_zh", sa.String()),
        sa.column("name_en", sa.String()),
        sa.column("tiers", sa.JSON()),
        sa.column("allowances", sa.JSON()),
        sa.column("period", sa.String()),
        sa.column("position", sa.Integer()),
        sa.column("effective_from", sa.Date()),
        sa.column("version", sa.Integer()),
        sa.column("updated_at", sa.DateTime(timezone=True)),
        sa.column("deleted", sa.Boolean()),
    )
    present = set(bind.execute(sa.select(benefits.c.id)).scalars())
    missing = [r for r in default_benefit_rows(now) if r["id"] not in present]
    if missing:
        op.bulk_insert(benefits, missing)

    columns = {c["name"] for c in inspector.get_columns("benefit_uses")}
    if "manager_id" not in columns:
        with op.batch_alter_table("benefit_uses", schema=None) as batch_op:
            batch_op.add_column(sa.Column("manager_id", sa.Uuid(), nullable=True))
            batch_op.add_column(
                sa.Column("exception_reason", sa.Text(), server_default="", nullable=False)
            )
            batch_op.create_foreign_key(
                batch_op.f("fk_benefit_uses_manager_id_managers"),
                "managers",
                ["manager_id"],
                ["id"],
            )
    if "ix_benefit_uses_member_benefit" not in {
        i["name"] for i in sa.inspect(bind).get_indexes("benefit_uses")
    }:
        op.create_index(
            "ix_benefit_uses_member_benefit",
            "benefit_uses",
            ["member_id", "benefit", "used_on"],
        )

    rules = sa.table(
        "rules",
        sa.column("id", sa.Uuid()),
        sa.column("key", sa.String()),
        sa.column("value", sa.JSON()),
        sa.column("effective_from", sa.Date()),
        sa.column("version", sa.Integer()),
        sa.column("updated_at", sa.DateTime(timezone=True)),
        sa.column("deleted", sa.Boolean()),
    )
    if bind.execute(sa.select(rules.c.id).where(rules.c.key == RULE)).first() is None:
        op.bulk_insert(
            rules,
            [
                {
                    "id": seed_id("rules", RULE),
                    "key": RULE,
                    "value": DEFAULT_RULES.to_mapping()[RULE],
                    "effective_from": SEED_FROM,
                    "version": 1,
                    "updated_at": now,
                    "deleted": False,
                }
            ],
        )

    if bind.dialect.name == "postgresql":
        from vipcrm.sync.central_schema import install_central

        install_central(bind)


def downgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name == "postgresql":
        for statement in (
            "DROP TRIGGER IF EXISTS vipcrm_15_allowance ON benefit_uses",
            "DROP FUNCTION IF EXISTS vipcrm_guard_benefit_use()",
            "UPDATE central_meta SET schema_version = 4",
        ):
            bind.exec_driver_sql(statement)
    rules = sa.table("rules", sa.column("key", sa.String()))
    op.execute(rules.delete().where(rules.c.key == RULE))
    op.drop_index("ix_benefit_uses_member_benefit", table_name="benefit_uses")
    with op.batch_alter_table("benefit_uses", schema=None) as batch_op:
        batch_op.drop_constraint(
            batch_op.f("fk_benefit_uses_manager_id_managers"), type_="foreignkey"
        )
        batch_op.drop_column("exception_reason")
        batch_op.drop_column("manager_id")
    op.drop_table("benefits")
