"""index for the due engine's contact facts (newest matching attempt per member)

Revision ID: b7e2d4c6a8f0
Revises: a1c3e5f7b9d2
Create Date: 2026-11-22
"""

from collections.abc import Sequence

from alembic import op

revision: str = "b7e2d4c6a8f0"
down_revision: str | None = "a1c3e5f7b9d2"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("contact_attempts", schema=None) as batch_op:
        batch_op.create_index(
            "ix_contact_attempts_due",
            ["member_id", "deleted", "at", "channel", "outcome"],
            unique=False,
        )


def downgrade() -> None:
    with op.batch_alter_table("contact_attempts", schema=None) as batch_op:
        batch_op.drop_index("ix_contact_attempts_due")
