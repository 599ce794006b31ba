"""the member list's display order as indexes (derived, local only)

``ix_members_list_tier`` (tier rank, pinyin, id) and ``ix_members_list_name`` (pinyin,
id), each followed by the columns the list's filters and search text test, so a page of
the member list is read by walking one in order (``vipcrm.store.member_order``). SQLite
only, like the search index: nothing happens on PostgreSQL. The statements are frozen
here as the code defined them on 2026-12-06.

Revision ID: 5d7f9b1c3e42
Revises: e7a9c1d3f5b7
Create Date: 2026-12-06
"""

from collections.abc import Sequence

from alembic import op

revision: str = "5d7f9b1c3e42"
down_revision: str | None = "e7a9c1d3f5b7"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

UPGRADE = (
    "CREATE INDEX IF NOT EXISTS ix_members_list_tier ON members (CASE tier WHEN 'diamond' "
    "THEN 0 WHEN 'gold' THEN 1 WHEN 'silver' THEN 2 ELSE 9 END, name_pinyin, id, deleted, "
    "status, tier, important, name, phone)",
    "CREATE INDEX IF NOT EXISTS ix_members_list_name ON members (name_pinyin, id, deleted, "
    "status, tier, important, name, phone)",
)

DOWNGRADE = (
    "DROP INDEX IF EXISTS ix_members_list_name",
    "DROP INDEX IF EXISTS ix_members_list_tier",
)


def upgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name != "sqlite":
        return
    for sql in UPGRADE:
        bind.exec_driver_sql(sql)


def downgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name != "sqlite":
        return
    for sql in DOWNGRADE:
        bind.exec_driver_sql(sql)
