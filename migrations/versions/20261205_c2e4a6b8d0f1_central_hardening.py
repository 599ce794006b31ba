"""the audit trail stamped by the central store; central schema 4 (change log by audience)

Adds ``audit_log.received_at`` and ``received_from`` (on both sides: rows travel in the
same form): when an entry reached the central store and which login sent it from where,
stamped by the server. On PostgreSQL it then re-applies the central objects
(vipcrm/sync/central_schema.py): every function with a fixed search_path, the change log
by audience under row-level security, reference checks, clean-text constraints.

Revision ID: c2e4a6b8d0f1
Revises: 1192a813623c
Create Date: 2026-12-05
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "c2e4a6b8d0f1"
down_revision: str | None = "1192a813623c"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    bind = op.get_bind()
    have = {c["name"] for c in sa.inspect(bind).get_columns("audit_log")}
    # plain ADD COLUMN (no batch copy): the append-only triggers of audit_log stay
    if "received_at" not in have:
        op.add_column(
            "audit_log", sa.Column("received_at", sa.DateTime(timezone=True), nullable=True)
        )
    if "received_from" not in have:
        op.add_column("audit_log", sa.Column("received_from", sa.String(length=120), nullable=True))
    if bind.dialect.name != "postgresql":
        return
    from vipcrm.sync.central_schema import install_central

    install_central(bind)


def downgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name == "postgresql":
        bind.exec_driver_sql("UPDATE central_meta SET schema_version = 3")
    op.drop_column("audit_log", "received_from")
    op.drop_column("audit_log", "received_at")
