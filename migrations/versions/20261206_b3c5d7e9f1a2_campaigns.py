"""campaigns and satisfaction call-backs (活动推广 · 满意度回访), issue 25

- ``campaigns``: a lead's campaign or survey round (code, name, kind, period, how the
  members were chosen, channel, SMS template, call script, open/closed, team, who made
  it). Team-level data: the team reads it, only its lead (or an administrator) writes it.
- ``campaign_targets``: the members a campaign targets, written when it is added (a
  snapshot); they belong to the member (travel and are reassigned with it).
- ``campaign_outcomes``: what a member said (result, a 1-5 score for a survey, a note),
  against the contact attempt it came from; append-only, the latest counts.

On PostgreSQL the central objects are re-applied (row-level security, change-log
audiences, the author stamps and the append-only guards of the new tables), central
schema 7.

Revision ID: b3c5d7e9f1a2
Revises: a51e1972b570
Create Date: 2026-12-06
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "b3c5d7e9f1a2"
down_revision: str | None = "a51e1972b570"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def _synced() -> list[sa.Column]:
    return [
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
    ]


def upgrade() -> None:
    bind = op.get_bind()
    inspector = sa.inspect(bind)
    # Idempotent, like every revision: a database marked one revision back runs it again.
    if not inspector.has_table("campaigns"):
        op.create_table(
            "campaigns",
            sa.Column("code", sa.String(length=32), nullable=False),
            sa.Column("name", sa.String(length=200), nullable=False),
            sa.Column("kind", sa.String(length=32), nullable=False),
            sa.Column("starts_on", sa.Date(), nullable=False),
            sa.Column("ends_on", sa.Date(), nullable=False),
            sa.Column("target", sa.JSON(), nullable=False),
            sa.Column("channel", sa.String(length=32), nullable=False),
            sa.Column("sms_template", sa.Text(), nullable=False),
            sa.Column("call_script", sa.Text(), nullable=False),
            sa.Column("status", sa.String(length=32), nullable=False),
            sa.Column("team_id", sa.Uuid(), nullable=True),
            sa.Column("created_by_id", sa.Uuid(), nullable=True),
            sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
            sa.Column("closed_at", sa.DateTime(timezone=True), nullable=True),
            *_synced(),
            sa.CheckConstraint("kind IN ('marketing', 'survey')", name=op.f("ck_campaigns_kind")),
            sa.CheckConstraint(
                "channel IN ('call', 'sms', 'both')", name=op.f("ck_campaigns_channel")
            ),
            sa.CheckConstraint("status IN ('open', 'closed')", name=op.f("ck_campaigns_status")),
            sa.CheckConstraint("ends_on >= starts_on", name=op.f("ck_campaigns_period")),
            sa.ForeignKeyConstraint(
                ["team_id"], ["teams.id"], name=op.f("fk_campaigns_team_id_teams")
            ),
            sa.ForeignKeyConstraint(
                ["created_by_id"],
                ["managers.id"],
                name=op.f("fk_campaigns_created_by_id_managers"),
            ),
            sa.PrimaryKeyConstraint("id", name=op.f("pk_campaigns")),
            sa.UniqueConstraint("code", name=op.f("uq_campaigns_code")),
        )
        op.create_index(op.f("ix_campaigns_team_id"), "campaigns", ["team_id"])
    if not inspector.has_table("campaign_targets"):
        op.create_table(
            "campaign_targets",
            sa.Column("campaign_id", sa.Uuid(), nullable=False),
            sa.Column("member_id", sa.Uuid(), nullable=False),
            *_synced(),
            sa.ForeignKeyConstraint(
                ["campaign_id"],
                ["campaigns.id"],
                name=op.f("fk_campaign_targets_campaign_id_campaigns"),
            ),
            sa.ForeignKeyConstraint(
                ["member_id"], ["members.id"], name=op.f("fk_campaign_targets_member_id_members")
            ),
            sa.PrimaryKeyConstraint("id", name=op.f("pk_campaign_targets")),
            sa.UniqueConstraint("campaign_id", "member_id", name="uq_campaign_targets_member"),
        )
        op.create_index("ix_campaign_targets_member_id", "campaign_targets", ["member_id"])
    if not inspector.has_table("campaign_outcomes"):
        op.create_table(
            "campaign_outcomes",
            sa.Column("campaign_id", sa.Uuid(), nullable=False),
            sa.Column("member_id", sa.Uuid(), nullable=False),
            sa.Column("contact_id", sa.Uuid(), nullable=False),
            sa.Column("result", sa.String(length=32), nullable=False),
            sa.Column("score", sa.Integer(), nullable=True),
            sa.Column("note", sa.Text(), nullable=False),
            sa.Column("at", sa.DateTime(timezone=True), nullable=False),
            sa.Column("manager_id", sa.Uuid(), nullable=True),
            *_synced(),
            sa.CheckConstraint(
                "result IN ('interested', 'accepted', 'declined', 'answered', 'unreachable')",
                name=op.f("ck_campaign_outcomes_result"),
            ),
            sa.CheckConstraint(
                "score IS NULL OR score BETWEEN 1 AND 5", name=op.f("ck_campaign_outcomes_score")
            ),
            sa.ForeignKeyConstraint(
                ["campaign_id"],
                ["campaigns.id"],
                name=op.f("fk_campaign_outcomes_campaign_id_campaigns"),
            ),
            sa.ForeignKeyConstraint(
                ["member_id"], ["members.id"], name=op.f("fk_campaign_outcomes_member_id_members")
            ),
            sa.ForeignKeyConstraint(
                ["contact_id"],
                ["contact_attempts.id"],
                name=op.f("fk_campaign_outcomes_contact_id_contact_attempts"),
            ),
            sa.ForeignKeyConstraint(
                ["manager_id"],
                ["managers.id"],
                name=op.f("fk_campaign_outcomes_manager_id_managers"),
            ),
            sa.PrimaryKeyConstraint("id", name=op.f("pk_campaign_outcomes")),
        )
        op.create_index(
            op.f("ix_campaign_outcomes_campaign_id"), "campaign_outcomes", ["campaign_id"]
        )
        op.create_index(
            "ix_campaign_outcomes_member",
            "campaign_outcomes",
            ["member_id", "campaign_id", "at"],
        )

    if bind.dialect.name == "postgresql":
        from vipcrm.sync.central_schema import install_central

        install_central(bind)


def downgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name == "postgresql":
        bind.exec_driver_sql("UPDATE central_meta SET schema_version = 6")
    op.drop_table("campaign_outcomes")
    op.drop_table("campaign_targets")
    op.drop_index(op.f("ix_campaigns_team_id"), table_name="campaigns")
    op.drop_table("campaigns")
