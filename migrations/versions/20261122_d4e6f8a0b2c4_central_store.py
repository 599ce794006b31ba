"""the central store on PostgreSQL: change log, applied operations, guards, row-level security

PostgreSQL only: a local SQLite database is left exactly as it was. What is installed
(and why) is described in vipcrm/sync/central_schema.py and docs/central-store.md; the
same statements are re-applied, idempotently, by ``vipcrm central init``.

Revision ID: d4e6f8a0b2c4
Revises: c3d5e7f9a1b2
Create Date: 2026-11-22
"""

from collections.abc import Sequence

from alembic import op

revision: str = "d4e6f8a0b2c4"
down_revision: str | None = "c3d5e7f9a1b2"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name != "postgresql":
        return
    from vipcrm.sync.central_schema import install_central

    install_central(bind)


def downgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name != "postgresql":
        return
    from vipcrm.sync.central_schema import uninstall_statements

    for statement in uninstall_statements():
        bind.exec_driver_sql(statement)
