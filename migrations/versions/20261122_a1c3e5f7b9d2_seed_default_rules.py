"""seed the default service rules and gift caps (SERVICE_RULES.md)

Revision ID: a1c3e5f7b9d2
Revises: f6d4b270da6c
Create Date: 2026-11-22
"""

from collections.abc import Sequence
from datetime import UTC, datetime

import sqlalchemy as sa
from alembic import op

from vipcrm.store.seed import default_gift_cap_rows, default_rule_rows

revision: str = "a1c3e5f7b9d2"
down_revision: str | None = "f6d4b270da6c"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


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
    rules = sa.table(
        "rules",
        sa.column("key", sa.String()),
        sa.column("value", sa.JSON()),
        sa.column("effective_from", sa.Date()),
        *_synced(),
    )
    caps = sa.table(
        "gift_caps",
        sa.column("occasion", sa.String()),
        sa.column("tier", sa.String()),
        sa.column("cap_fen", sa.Integer()),
        sa.column("gift_zh", sa.String()),
        sa.column("gift_en", sa.String()),
        sa.column("effective_from", sa.Date()),
        *_synced(),
    )
    op.bulk_insert(rules, default_rule_rows(now))
    op.bulk_insert(caps, default_gift_cap_rows(now))


def downgrade() -> None:
    op.execute("DELETE FROM gift_caps")
    op.execute("DELETE FROM rules")
