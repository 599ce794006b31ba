"""the member search's index (derived, local only), kept by triggers

``member_search``: an FTS5 table (trigram tokenizer) of every member's name, pinyin and
mobile number under the member's rowid, with ``member_search_terms`` (its instances, for
searches of one or two characters) and ``member_search_replaced`` (rowids an ``INSERT OR
REPLACE`` may remove). SQLite triggers keep it in the same transaction as every change to
``members`` (``vipcrm.store.member_search``); the revision creates it as the code defines
it and fills it from ``members`` (also the way to redo it: ``vipcrm reindex``). Not
synchronised: nothing happens on PostgreSQL, whose search still scans.

Revision ID: a51e1972b570
Revises: c4f1a9d27e3b
Create Date: 2026-12-06
"""

from collections.abc import Sequence

from alembic import op

revision: str = "a51e1972b570"
down_revision: str | None = "c4f1a9d27e3b"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    from vipcrm.store.member_search import install

    install(op.get_bind())


def downgrade() -> None:
    from vipcrm.store.member_search import uninstall

    uninstall(op.get_bind())
