"""a campaign's per-tier steps: ``campaigns.diamond_due_on``, ``gold_due_on``, ``silver_due_on``

A lead may set, per tier, an earlier day within the period by which that tier's members
are to be contacted (diamond members told by 5 February, gold by 10 February, the end).
NULL: the tier is due by the end. Each is CHECKed to lie in the campaign's period.

On PostgreSQL the central objects are re-applied, which raises the central schema to 8:
a client that pushes the new columns never writes to a central store without them.

Revision ID: e7a9c1d3f5b7
Revises: c8e0a2b4d6f8
Create Date: 2026-12-06
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "e7a9c1d3f5b7"
down_revision: str | None = "c8e0a2b4d6f8"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

COLUMNS = ("diamond_due_on", "gold_due_on", "silver_due_on")


def _check(column: str) -> str:
    return f"{column} IS NULL OR ({column} >= starts_on AND {column} <= ends_on)"


def upgrade() -> None:
    bind = op.get_bind()
    have = {c["name"] for c in sa.inspect(bind).get_columns("campaigns")}
    missing = [
        c for c in COLUMNS if c not in have
    ]  # the revision is re-run on a file stamped one back
    if missing and bind.dialect.name == "sqlite":
        # A column with its CHECK in one ALTER each: no copy of the table. A batch would copy
        # ``campaigns`` and drop the old one, which the targets and outcomes point at: with
        # the foreign keys on (they are, and cannot be turned off inside the upgrade's
        # transaction) SQLite refuses that drop once a campaign has targets.
        for column in missing:
            op.execute(
                f"ALTER TABLE campaigns ADD COLUMN {column} DATE "
                f"CONSTRAINT ck_campaigns_{column} CHECK ({_check(column)})"
            )
    elif missing:
        with op.batch_alter_table("campaigns", schema=None) as batch_op:
            for column in missing:
                batch_op.add_column(sa.Column(column, sa.Date(), nullable=True))
                batch_op.create_check_constraint(op.f(f"ck_campaigns_{column}"), _check(column))
    if bind.dialect.name == "postgresql":
        from vipcrm.sync.central_schema import install_central

        install_central(bind)


def downgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name == "sqlite":
        for column in COLUMNS:  # its CHECK names only itself and the period: it goes with it
            op.execute(f"ALTER TABLE campaigns DROP COLUMN {column}")
        return
    with op.batch_alter_table("campaigns", schema=None) as batch_op:
        for column in COLUMNS:
            batch_op.drop_constraint(op.f(f"ck_campaigns_{column}"), type_="check")
            batch_op.drop_column(column)
    if bind.dialect.name == "postgresql":
        bind.exec_driver_sql("UPDATE central_meta SET schema_version = 7")
