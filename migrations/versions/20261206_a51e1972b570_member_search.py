"""the member search's index (derived, local only), kept by triggers

``member_search``: an FTS5 table (trigram tokenizer) of every member's name, pinyin and
mobile number under the member's rowid, with ``member_search_terms`` (its instances, for
searches of one or two characters) and ``member_search_replaced`` (rowids an ``INSERT OR
REPLACE`` may remove). SQLite triggers keep it in the same transaction as every change to
``members`` (``vipcrm.store.member_search``); the revision creates it as the code defined it
on 2026-12-06 (the statements are frozen here, so later changes to the module do not change
this revision) and fills it from ``members`` (``vipcrm reindex`` redoes it with the code of
the day). Not synchronised: nothing happens on PostgreSQL, whose search still scans.

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


#: SQLite only: the central PostgreSQL store has no use for it.
UPGRADE = (
    "DROP TRIGGER IF EXISTS member_search_member_replacing",
    "DROP TRIGGER IF EXISTS member_search_member_added",
    "DROP TRIGGER IF EXISTS member_search_member_replaced",
    "DROP TRIGGER IF EXISTS member_search_member_changed",
    "DROP TRIGGER IF EXISTS member_search_member_removed",
    "DROP TABLE IF EXISTS member_search",
    "CREATE VIRTUAL TABLE member_search USING fts5(name, pinyin, phone, tokenize = 'trigram')",
    "CREATE VIRTUAL TABLE IF NOT EXISTS member_search_terms USING fts5vocab(member_search, 'instance')",
    "CREATE TABLE IF NOT EXISTS member_search_replaced (member_rowid INTEGER PRIMARY KEY)",
    "DELETE FROM member_search_replaced",
    "INSERT INTO member_search (rowid, name, pinyin, phone) SELECT m.rowid, coalesce(m.name, '') || char(1, 1), coalesce(m.name_pinyin, '') || char(1, 1), coalesce(m.phone, '') || char(1, 1) FROM members m",
    "INSERT INTO member_search (member_search) VALUES ('optimize')",
    "CREATE TRIGGER member_search_member_replacing BEFORE INSERT ON members BEGIN INSERT OR IGNORE INTO member_search_replaced (member_rowid) SELECT rowid FROM members WHERE id = NEW.id OR (NEW.status = 'active' AND NEW.deleted = 0 AND phone = NEW.phone AND status = 'active' AND deleted = 0); END",
    "CREATE TRIGGER member_search_member_added AFTER INSERT ON members BEGIN DELETE FROM member_search WHERE rowid = NEW.rowid; INSERT INTO member_search (rowid, name, pinyin, phone) VALUES (NEW.rowid, coalesce(NEW.name, '') || char(1, 1), coalesce(NEW.name_pinyin, '') || char(1, 1), coalesce(NEW.phone, '') || char(1, 1)); END",
    "CREATE TRIGGER member_search_member_replaced AFTER INSERT ON members WHEN EXISTS (SELECT 1 FROM member_search_replaced) BEGIN DELETE FROM member_search WHERE rowid IN (SELECT r.member_rowid FROM member_search_replaced r WHERE NOT EXISTS (SELECT 1 FROM members m WHERE m.rowid = r.member_rowid)); DELETE FROM member_search_replaced; END",
    "CREATE TRIGGER member_search_member_changed AFTER UPDATE OF name, name_pinyin, phone ON members WHEN OLD.name IS NOT NEW.name OR OLD.name_pinyin IS NOT NEW.name_pinyin OR OLD.phone IS NOT NEW.phone BEGIN DELETE FROM member_search WHERE rowid = NEW.rowid; INSERT INTO member_search (rowid, name, pinyin, phone) VALUES (NEW.rowid, coalesce(NEW.name, '') || char(1, 1), coalesce(NEW.name_pinyin, '') || char(1, 1), coalesce(NEW.phone, '') || char(1, 1)); END",
    "CREATE TRIGGER member_search_member_removed AFTER DELETE ON members BEGIN DELETE FROM member_search WHERE rowid = OLD.rowid; END",
)

DOWNGRADE = (
    "DROP TRIGGER IF EXISTS member_search_member_replacing",
    "DROP TRIGGER IF EXISTS member_search_member_added",
    "DROP TRIGGER IF EXISTS member_search_member_replaced",
    "DROP TRIGGER IF EXISTS member_search_member_changed",
    "DROP TRIGGER IF EXISTS member_search_member_removed",
    "DROP TABLE IF EXISTS member_search_terms",
    "DROP TABLE IF EXISTS member_search",
    "DROP TABLE IF EXISTS member_search_replaced",
)


def upgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name != "sqlite":
        return
    for sql in UPGRADE:
        bind.exec_driver_sql(sql)


def downgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name != "sqlite":
        return
    for sql in DOWNGRADE:
        bind.exec_driver_sql(sql)
