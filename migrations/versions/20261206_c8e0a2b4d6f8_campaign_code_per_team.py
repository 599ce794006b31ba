"""a campaign's code is unique per team, not across the store (issue 25, hole 4)

``campaigns.code`` was unique across every team, so on the central store a lead who tried
another team's code was refused with a unique violation naming it: an oracle for the codes
of campaigns row-level security hides. A code is now unique within its team
(``uq_campaigns_team_code``: ``team_id, code``), and among the administrator's campaigns
for every team (``team_id`` NULL, which a plain unique constraint lets repeat:
``uq_campaigns_code_no_team``, a partial unique index). Two teams may both run ``SF2027``;
the commands find a campaign by its code within the user's team (an administrator names
the team with ``--team`` when two teams share it).

On PostgreSQL the central objects are re-applied, which raises the central schema to 8:
a client that may hold two teams' campaigns of one code never writes to a central store
that refuses them.

Revision ID: c8e0a2b4d6f8
Revises: b3c5d7e9f1a2
Create Date: 2026-12-06
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "c8e0a2b4d6f8"
down_revision: str | None = "b3c5d7e9f1a2"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

NO_TEAM = "team_id IS NULL"


def _names(bind: sa.engine.Connection) -> tuple[set[str], set[str]]:
    inspector = sa.inspect(bind)
    uniques = {c["name"] for c in inspector.get_unique_constraints("campaigns") if c["name"]}
    indexes = {i["name"] for i in inspector.get_indexes("campaigns") if i["name"]}
    return uniques, indexes


def upgrade() -> None:
    bind = op.get_bind()
    # Idempotent, like every revision: a database marked one revision back runs it again.
    uniques, indexes = _names(bind)
    with op.batch_alter_table("campaigns", schema=None) as batch_op:
        if "uq_campaigns_code" in uniques:
            batch_op.drop_constraint("uq_campaigns_code", type_="unique")
        if "uq_campaigns_team_code" not in uniques:
            batch_op.create_unique_constraint("uq_campaigns_team_code", ["team_id", "code"])
    if "uq_campaigns_code_no_team" not in indexes:
        op.create_index(
            "uq_campaigns_code_no_team",
            "campaigns",
            ["code"],
            unique=True,
            sqlite_where=sa.text(NO_TEAM),
            postgresql_where=sa.text(NO_TEAM),
        )

    if bind.dialect.name == "postgresql":
        from vipcrm.sync.central_schema import install_central

        install_central(bind)


def downgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name == "postgresql":
        bind.exec_driver_sql("UPDATE central_meta SET schema_version = 7")
    op.drop_index(
        "uq_campaigns_code_no_team",
        table_name="campaigns",
        sqlite_where=sa.text(NO_TEAM),
        postgresql_where=sa.text(NO_TEAM),
    )
    with op.batch_alter_table("campaigns", schema=None) as batch_op:
        batch_op.drop_constraint("uq_campaigns_team_code", type_="unique")
        batch_op.create_unique_constraint("uq_campaigns_code", ["code"])
