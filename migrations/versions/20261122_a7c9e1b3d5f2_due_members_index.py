"""covering index for the due engine's member rows (read in id order)

Revision ID: a7c9e1b3d5f2
Revises: f8a0c2e4b6d8
Create Date: 2026-11-22
"""

from collections.abc import Sequence

from alembic import op

revision: str = "a7c9e1b3d5f2"
down_revision: str | None = "f8a0c2e4b6d8"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

COLUMNS = [
    "id",
    "deleted",
    "status",
    "manager_id",
    "assigned_on",
    "tier",
    "name",
    "phone",
    "birth_calendar",
    "birth_year",
    "birth_month",
    "birth_day",
    "birth_leap_month",
    "key_role",
    "important",
]


def upgrade() -> None:
    with op.batch_alter_table("members", schema=None) as batch_op:
        batch_op.create_index("ix_members_due", COLUMNS, unique=False)


def downgrade() -> None:
    with op.batch_alter_table("members", schema=None) as batch_op:
        batch_op.drop_index("ix_members_due")
