"""The migrated schema is the models' schema, and the database guards its invariants."""

from datetime import UTC, date, datetime

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import func, select, text
from sqlalchemy.exc import IntegrityError

from vipcrm.domain.rules import DEFAULT_GIFT_CAPS, DEFAULT_RULES
from vipcrm.domain.values import Tier
from vipcrm.store.db import DatabaseError, current_revision, head_revision, open_database
from vipcrm.store.member_search import include_name
from vipcrm.store.models import Base, Budget, GiftCapRule, Member, RuleSetting, Team


# The member list's order index is on an expression (laptop-only, outside the models).
@pytest.mark.filterwarnings("ignore:Skipped unsupported reflection of expression-based index")
def test_empty_database_upgrades_to_head_and_matches_the_models(tmp_path):
    db = open_database(tmp_path / "new.db")
    assert current_revision(db.engine) == head_revision()
    with db.engine.connect() as conn:
        # The member search's FTS5 tables are derived and outside the models.
        opts = {"compare_type": True, "include_name": include_name}
        diff = compare_metadata(MigrationContext.configure(conn, opts=opts), Base.metadata)
    assert diff == []
    db.dispose()


def test_upgrade_is_idempotent_and_keeps_data(tmp_path):
    path = tmp_path / "again.db"
    db = open_database(path)
    with db.transaction() as s:
        s.add(Member(phone="13800138000", name="张伟", tier=Tier.GOLD))
    db.dispose()
    db = open_database(path)
    with db.reading() as s:
        assert s.scalar(select(func.count(Member.id))) == 1
    db.dispose()


def test_rules_and_gift_caps_are_seeded_with_the_defaults(db):
    with db.reading() as s:
        keys = set(s.scalars(select(RuleSetting.key)))
        assert keys == set(DEFAULT_RULES.to_mapping())
        assert s.scalar(select(func.count(GiftCapRule.id))) == len(DEFAULT_GIFT_CAPS)


def test_sqlite_runs_in_wal_mode_with_foreign_keys(db):
    with db.engine.connect() as conn:
        assert conn.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert conn.execute(text("PRAGMA foreign_keys")).scalar() == 1


def test_a_mobile_number_is_unique_among_active_members_only(db):
    with db.transaction() as s:
        s.add(Member(phone="13800138000", name="甲", tier=Tier.GOLD, status="left"))
        s.add(Member(phone="13800138000", name="乙", tier=Tier.GOLD))
    with pytest.raises(IntegrityError), db.transaction() as s:
        s.add(Member(phone="13800138000", name="丙", tier=Tier.SILVER))


def test_the_database_refuses_an_overspent_budget(db):
    with db.transaction() as s:
        team = Team(code="T1", name="一组")
        s.add(team)
        s.flush()
        s.add(Budget(team_id=team.id, period="2026-12", allocated_fen=10000))
    with pytest.raises(IntegrityError), db.transaction() as s:
        budget = s.scalars(select(Budget)).one()
        budget.committed_fen = 8000
        budget.spent_fen = 3000  # 110.00 of 100.00


def test_a_file_that_is_not_a_database_gives_a_clear_error(tmp_path):
    bogus = tmp_path / "notes.txt"
    bogus.write_text("this is not a database " * 100)
    with pytest.raises(DatabaseError, match="cannot open the database"):
        open_database(bogus)


def test_enum_columns_are_checked_by_the_database(db):
    with pytest.raises(IntegrityError), db.engine.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO members (id, phone, name, name_pinyin, tier, points, monthly_spend_fen, "
                "birth_leap_month, important, status, notes, version, updated_at, deleted) VALUES "
                "('x', '13800138000', 'n', '', 'platinum', 0, 0, 0, 0, 'active', '', 1, :t, 0)"
            ),
            {"t": date(2026, 1, 1)},
        )


def test_the_rules_to_the_letter_revision_moves_old_data_over(tmp_path):
    """A database as it was before revision d0509e1718b3: group SMS with no confirmation
    column data, the day-count retry and pick-up rules, a silver key person's birthday at
    the old "SMS greeting" ¥0. After the upgrade: old group SMS count as confirmed (the check
    did not exist), the day counts are withdrawn, the calendar-period rules seeded once, the
    silver key-person birthday cap is ¥100."""
    import uuid

    from alembic.script import ScriptDirectory

    from vipcrm.store.db import alembic_config
    from vipcrm.store.models import ContactAttempt, Manager
    from vipcrm.store.seed import SEED_FROM, seed_id

    revision = ScriptDirectory.from_config(alembic_config()).get_revision("d0509e1718b3")
    path = tmp_path / "old.db"
    db = open_database(path)
    with db.transaction() as s:
        s.info["no_outbox"] = True
        manager = Manager(code="M1", name="经理")
        member = Member(phone="13800138000", name="张伟", tier=Tier.GOLD)
        s.add_all([manager, member])
        s.flush()
        s.add(ContactAttempt(member_id=member.id, at=datetime(2026, 3, 5, 1, tzinfo=UTC),
                             channel="sms", outcome="reached", group_sms=True))  # fmt: skip
    kp_silver = seed_id("gift_caps", "key_person_birthday", "silver").hex
    with db.engine.begin() as c:
        c.exec_driver_sql(
            "UPDATE gift_caps SET cap_fen = 0, gift_en = 'SMS greeting' WHERE id = ?", (kp_silver,)
        )
        c.exec_driver_sql("DELETE FROM rules WHERE key = 'card_pickup_weekly_months'")
        c.exec_driver_sql(
            "INSERT INTO rules (id, key, value, effective_from, version, updated_at, deleted) "
            "VALUES (?, 'card_pickup_weekly_for_days', '30', ?, 1, '2026-01-01', 0)",
            (uuid.uuid4().hex, SEED_FROM.isoformat()),
        )
        c.exec_driver_sql("UPDATE alembic_version SET version_num = ?", (revision.down_revision,))
    db.dispose()
    db = open_database(path)
    try:
        with db.reading() as s:
            (confirmed,) = s.scalars(select(ContactAttempt.sent_confirmed_at)).all()
            assert confirmed == datetime(2026, 3, 5, 1, tzinfo=UTC)
            live = {k for k, d in s.execute(select(RuleSetting.key, RuleSetting.deleted)) if not d}
            assert live == set(DEFAULT_RULES.to_mapping())
            assert (
                s.scalar(select(func.count()).where(RuleSetting.key == "card_pickup_weekly_months"))
                == 1
            )
            cap = s.get(GiftCapRule, uuid.UUID(kp_silver))
            assert (cap.cap_fen, cap.gift_en) == (10000, "SMS + flowers or cake")
    finally:
        db.dispose()


def test_the_campaign_steps_revision_keeps_campaigns_with_their_targets(tmp_path):
    """A database at b3c5d7e9f1a2 holding a campaign with a target (the foreign keys on, as
    the app runs): the upgrades (a code per team, then the steps) add the three steps, empty, and keeps the campaign and its
    target; the database then refuses a step outside the period."""
    import sqlite3
    import uuid

    from alembic import command

    from vipcrm.store.db import alembic_config

    path = tmp_path / "old.db"
    cfg = alembic_config()
    cfg.set_main_option("sqlalchemy.url", f"sqlite:///{path}")
    command.upgrade(cfg, "b3c5d7e9f1a2")
    at, member, campaign = "2026-01-01 00:00:00.000000", uuid.uuid4().hex, uuid.uuid4().hex
    with sqlite3.connect(path) as c:
        c.execute("PRAGMA foreign_keys = ON")
        c.execute(
            "INSERT INTO members (id, phone, name, name_pinyin, tier, points, monthly_spend_fen, "
            "birth_leap_month, important, status, notes, version, updated_at, deleted) VALUES "
            "(?, '13800138000', '钻一', '', 'diamond', 0, 0, 0, 0, 'active', '', 1, ?, 0)",
            (member, at),
        )
        c.execute(
            "INSERT INTO campaigns (id, code, name, kind, starts_on, ends_on, target, channel, "
            "sms_template, call_script, status, created_at, version, updated_at, deleted) VALUES "
            "(?, 'SF', '春节回馈', 'marketing', '2027-02-01', '2027-02-10', '{}', 'call', '', '', "
            "'open', ?, 1, ?, 0)",
            (campaign, at, at),
        )
        c.execute(
            "INSERT INTO campaign_targets (id, campaign_id, member_id, version, updated_at, "
            "deleted) VALUES (?, ?, ?, 1, ?, 0)",
            (uuid.uuid4().hex, campaign, member, at),
        )
    db = open_database(path)
    try:
        with db.engine.begin() as c:
            steps = c.exec_driver_sql(
                "SELECT diamond_due_on, gold_due_on, silver_due_on FROM campaigns"
            ).one()
            assert tuple(steps) == (None, None, None)
            assert c.exec_driver_sql("SELECT count(*) FROM campaign_targets").scalar() == 1
            # the code-per-team revision rebuilt the table the target points at (the keys
            # off for it, SQLite's procedure): they are on again for the app's writes
            assert c.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
            c.exec_driver_sql("UPDATE campaigns SET diamond_due_on = '2027-02-05'")
        with pytest.raises(IntegrityError), db.engine.begin() as c:
            c.exec_driver_sql("UPDATE campaigns SET gold_due_on = '2027-02-11'")
    finally:
        db.dispose()


def _file_with_a_dangling_target(path):
    """A database at b3c5d7e9f1a2 (before the campaign rebuilds) holding a campaign whose
    target points at no member, as a file from an older version or edited by hand may."""
    import sqlite3
    import uuid

    from alembic import command

    from vipcrm.store.db import alembic_config

    cfg = alembic_config()
    cfg.set_main_option("sqlalchemy.url", f"sqlite:///{path}")
    command.upgrade(cfg, "b3c5d7e9f1a2")
    at, campaign = "2026-01-01 00:00:00.000000", uuid.uuid4().hex
    with sqlite3.connect(path) as c:  # the foreign keys off, sqlite3's default
        c.execute(
            "INSERT INTO campaigns (id, code, name, kind, starts_on, ends_on, target, channel, "
            "sms_template, call_script, status, created_at, version, updated_at, deleted) VALUES "
            "(?, 'SF', '春节回馈', 'marketing', '2027-02-01', '2027-02-10', '{}', 'call', '', '', "
            "'open', ?, 1, ?, 0)",
            (campaign, at, at),
        )
        c.execute(
            "INSERT INTO campaign_targets (id, campaign_id, member_id, version, updated_at, "
            "deleted) VALUES (?, ?, ?, 1, ?, 0)",
            (uuid.uuid4().hex, campaign, uuid.uuid4().hex, at),
        )
    c.close()
    return campaign


def test_a_file_with_dangling_rows_from_before_still_upgrades_with_a_warning(tmp_path, caplog):
    """Rows that pointed at nothing before the upgrade do not stop it (they are logged);
    the file opens at head with them kept."""
    path = tmp_path / "old.db"
    _file_with_a_dangling_target(path)
    with caplog.at_level("WARNING", logger="vipcrm.store.db"):
        db = open_database(path)
    try:
        assert current_revision(db.engine) == head_revision()
        with db.engine.connect() as c:
            assert c.exec_driver_sql("SELECT count(*) FROM campaign_targets").scalar() == 1
        assert "1 of campaign_targets → members" in caplog.text
    finally:
        db.dispose()


def test_an_upgrade_that_leaves_a_new_dangling_row_is_stopped_and_writes_nothing(
    tmp_path, monkeypatch
):
    """Beside a row that dangled before, an upgrade step that leaves one more row pointing
    at nothing is rolled back: the file keeps its old revision, schema and rows."""
    import sqlite3
    import uuid

    from alembic import command

    path = tmp_path / "old.db"
    campaign = _file_with_a_dangling_target(path)
    real_upgrade = command.upgrade

    def upgrade_leaving_a_dangling_row(cfg, revision):
        real_upgrade(cfg, revision)
        cfg.attributes["connection"].exec_driver_sql(
            "INSERT INTO campaign_targets (id, campaign_id, member_id, version, updated_at, "
            "deleted) VALUES (?, ?, ?, 1, '2026-01-01 00:00:00.000000', 0)",
            (uuid.uuid4().hex, campaign, uuid.uuid4().hex),
        )

    monkeypatch.setattr(command, "upgrade", upgrade_leaving_a_dangling_row)
    with pytest.raises(
        DatabaseError, match=r"left 1 row\(s\) of campaign_targets pointing at no members row"
    ):
        open_database(path)
    with sqlite3.connect(path) as c:
        assert c.execute("SELECT version_num FROM alembic_version").fetchall() == [
            ("b3c5d7e9f1a2",)
        ]
        assert c.execute("SELECT count(*) FROM campaign_targets").fetchone() == (1,)
        columns = {row[1] for row in c.execute("PRAGMA table_info(campaigns)")}
        assert "diamond_due_on" not in columns
    c.close()
