"""the central store: the audit trail under row-level security (central schema 2)

PostgreSQL only. Re-applies the central objects (vipcrm/sync/central_schema.py) now that
``audit_log`` exists: its scope (entries about members one sees, or one's own), the
server stamping who really pushed an entry, the change log, and central schema 2, so a
client that pushes audit rows never writes to a central store without them.

Revision ID: b9d1f3a5c7e9
Revises: a7c9e1b3d5f2
Create Date: 2026-11-22
"""

from collections.abc import Sequence

from alembic import op

revision: str = "b9d1f3a5c7e9"
down_revision: str | None = "a7c9e1b3d5f2"
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
    for statement in (
        "DROP TRIGGER IF EXISTS vipcrm_10_guard ON audit_log",
        "DROP TRIGGER IF EXISTS vipcrm_90_stamp ON audit_log",
        "DROP TRIGGER IF EXISTS vipcrm_log_insert ON audit_log",
        "DROP TRIGGER IF EXISTS vipcrm_log_update ON audit_log",
        "ALTER TABLE audit_log NO FORCE ROW LEVEL SECURITY",
        "ALTER TABLE audit_log DISABLE ROW LEVEL SECURITY",
        "UPDATE central_meta SET schema_version = 1",
    ):
        bind.exec_driver_sql(statement)
