"""the per-member contact summary (derived, local only), kept by triggers

``contact_summary``: one row per member with the latest reached SMS, voice contact and
contact, the latest attempt, and the failed-call facts since assignment — what the due
engine otherwise seeks per member in ``contact_attempts``. SQLite triggers keep it in the
same transaction as every change (``vipcrm.store.contact_summary``); the revision creates
table and triggers as the code defines them and fills the table from the log (also the
way to redo it: ``vipcrm reindex``). Not synchronised: nothing happens on PostgreSQL.

Revision ID: c4f1a9d27e3b
Revises: 4507f52ce829
Create Date: 2026-12-05
"""

from collections.abc import Sequence

from alembic import op

revision: str = "c4f1a9d27e3b"
down_revision: str | None = "4507f52ce829"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    from vipcrm.store.contact_summary import install

    install(op.get_bind())


def downgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name != "sqlite":
        return
    from vipcrm.store.contact_summary import drop_triggers

    drop_triggers(bind)
    op.drop_table("contact_summary")
