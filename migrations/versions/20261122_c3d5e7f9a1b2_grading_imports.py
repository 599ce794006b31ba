"""record each applied monthly re-grading file

Revision ID: c3d5e7f9a1b2
Revises: b7e2d4c6a8f0
Create Date: 2026-11-22
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "c3d5e7f9a1b2"
down_revision: str | None = "b7e2d4c6a8f0"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "grading_imports",
        sa.Column("month", sa.String(length=7), nullable=False),
        sa.Column("file_name", sa.String(length=260), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("counts", sa.JSON(), nullable=False),
        sa.Column("imported_by_id", sa.Uuid(), nullable=True),
        sa.Column("imported_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(
            ["imported_by_id"],
            ["managers.id"],
            name=op.f("fk_grading_imports_imported_by_id_managers"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_grading_imports")),
        sa.UniqueConstraint("month", "sha256", name="uq_grading_imports_month_file"),
    )
    with op.batch_alter_table("grading_imports", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_grading_imports_month"), ["month"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("grading_imports", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_grading_imports_month"))
    op.drop_table("grading_imports")
