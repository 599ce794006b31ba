"""local undo data of re-grading imports (never synchronised)

Revision ID: 4aaa5277ebe8
Revises: 148c6aabe1f8
Create Date: 2026-12-05
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "4aaa5277ebe8"
down_revision: str | None = "148c6aabe1f8"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    if sa.inspect(op.get_bind()).has_table("grading_undo"):
        return  # already there: the revision is re-run on a file stamped one revision back
    op.create_table(
        "grading_undo",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("import_id", sa.Uuid(), nullable=False),
        sa.Column("member_id", sa.Uuid(), nullable=False),
        sa.Column("member_before", sa.JSON(), nullable=True),
        sa.Column("member_after", sa.JSON(), nullable=True),
        sa.Column("history_id", sa.Uuid(), nullable=False),
        sa.Column("history_before", sa.JSON(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_grading_undo")),
    )
    with op.batch_alter_table("grading_undo", schema=None) as batch_op:
        batch_op.create_index("ix_grading_undo_member_id", ["member_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("grading_undo", schema=None) as batch_op:
        batch_op.drop_index("ix_grading_undo_member_id")
    op.drop_table("grading_undo")
