"""contacts remember where they came from: typed by hand, or imported from the phone bill

``contact_attempts.source`` ('hand' | 'bill'); every contact logged so far was typed by
hand. On PostgreSQL the central objects are re-applied, which raises the central schema
to 3: a client that pushes the new column never writes to a central store without it.

Revision ID: 1192a813623c
Revises: d0509e1718b3
Create Date: 2026-11-23
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "1192a813623c"
down_revision: str | None = "d0509e1718b3"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

CHECK = "source IN ('hand', 'bill')"


def upgrade() -> None:
    bind = op.get_bind()
    if "source" in {c["name"] for c in sa.inspect(bind).get_columns("contact_attempts")}:
        return  # already there: the revision is re-run on a file stamped one revision back
    if bind.dialect.name == "sqlite":
        # a column with its CHECK in one ALTER: no copy of the table (a batch would make one)
        op.execute(
            "ALTER TABLE contact_attempts ADD COLUMN source VARCHAR(32) DEFAULT 'hand' NOT NULL "
            f"CONSTRAINT ck_contact_attempts_source CHECK ({CHECK})"
        )
        return
    op.add_column(
        "contact_attempts",
        sa.Column("source", sa.String(length=32), server_default="hand", nullable=False),
    )
    op.create_check_constraint(op.f("ck_contact_attempts_source"), "contact_attempts", CHECK)
    if bind.dialect.name == "postgresql":
        from vipcrm.sync.central_schema import install_central

        install_central(bind)


def downgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name == "sqlite":
        op.execute("ALTER TABLE contact_attempts DROP COLUMN source")
        return
    op.drop_constraint(op.f("ck_contact_attempts_source"), "contact_attempts", type_="check")
    op.drop_column("contact_attempts", "source")
    if bind.dialect.name == "postgresql":
        bind.exec_driver_sql("UPDATE central_meta SET schema_version = 2")
