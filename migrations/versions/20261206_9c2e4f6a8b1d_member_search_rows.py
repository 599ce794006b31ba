"""what the member list filters on, beside the search index (derived, local only)

``member_search_rows``: per member row (by rowid) ``deleted``, ``status``, ``tier``,
``important``, ``plain`` (name, pinyin and number of printable ASCII and CJK ideographs
only, where an index candidate is a match) and ``name_key`` (the pinyin's first 8 bytes),
kept by triggers in the same transaction as every change to ``members``
(``vipcrm.store.member_search``), so a text's capped count and first page are answered
without reading a member row per candidate. SQLite only, like the search index: nothing
happens on PostgreSQL. The statements are frozen here as the code defined them on
2026-12-06; ``member_search_member_replaced`` is made again so that the rows an ``INSERT OR
REPLACE`` removed leave this table too.

Revision ID: 9c2e4f6a8b1d
Revises: 5d7f9b1c3e42
Create Date: 2026-12-06
"""

from collections.abc import Sequence

from alembic import op

revision: str = "9c2e4f6a8b1d"
down_revision: str | None = "5d7f9b1c3e42"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_VALUES = (
    "{r}.rowid, {r}.deleted, {r}.status, {r}.tier, {r}.important, (coalesce({r}.name, '') || "
    "coalesce({r}.name_pinyin, '') || coalesce({r}.phone, '')) NOT GLOB '*[^ -~\u4e00-\u9fff]*', "
    "substr(CAST(coalesce({r}.name_pinyin, '') AS BLOB), 1, 8)"
)
_GONE = (
    "(SELECT r.member_rowid FROM member_search_replaced r WHERE NOT EXISTS "
    "(SELECT 1 FROM members m WHERE m.rowid = r.member_rowid))"
)
_INSERT = f"INSERT INTO member_search_rows VALUES ({_VALUES.format(r='NEW')})"
_SOURCES = ("deleted", "status", "tier", "important", "name", "name_pinyin", "phone")

UPGRADE = (
    "DROP TRIGGER IF EXISTS member_search_row_added",
    "DROP TRIGGER IF EXISTS member_search_row_changed",
    "DROP TRIGGER IF EXISTS member_search_row_removed",
    "DROP TRIGGER IF EXISTS member_search_member_replaced",
    "DROP TABLE IF EXISTS member_search_rows",
    "CREATE TABLE member_search_rows (member_rowid INTEGER PRIMARY KEY, deleted INTEGER, "
    "status TEXT, tier TEXT, important INTEGER, plain INTEGER, name_key BLOB)",
    f"INSERT INTO member_search_rows SELECT {_VALUES.format(r='m')} FROM members m",
    "CREATE TRIGGER member_search_member_replaced AFTER INSERT ON members WHEN EXISTS "
    "(SELECT 1 FROM member_search_replaced) BEGIN DELETE FROM member_search WHERE rowid IN "
    f"{_GONE}; DELETE FROM member_search_rows WHERE member_rowid IN {_GONE}; "
    "DELETE FROM member_search_replaced; END",
    "CREATE TRIGGER member_search_row_added AFTER INSERT ON members BEGIN DELETE FROM "
    f"member_search_rows WHERE member_rowid = NEW.rowid; {_INSERT}; END",
    f"CREATE TRIGGER member_search_row_changed AFTER UPDATE OF {', '.join(_SOURCES)} ON members "
    f"WHEN {' OR '.join(f'OLD.{c} IS NOT NEW.{c}' for c in _SOURCES)} BEGIN DELETE FROM "
    f"member_search_rows WHERE member_rowid = NEW.rowid; {_INSERT}; END",
    "CREATE TRIGGER member_search_row_removed AFTER DELETE ON members BEGIN DELETE FROM "
    "member_search_rows WHERE member_rowid = OLD.rowid; END",
)

DOWNGRADE = (
    "DROP TRIGGER IF EXISTS member_search_row_added",
    "DROP TRIGGER IF EXISTS member_search_row_changed",
    "DROP TRIGGER IF EXISTS member_search_row_removed",
    "DROP TRIGGER IF EXISTS member_search_member_replaced",
    "DROP TABLE IF EXISTS member_search_rows",
    "CREATE TRIGGER member_search_member_replaced AFTER INSERT ON members WHEN EXISTS "
    "(SELECT 1 FROM member_search_replaced) BEGIN DELETE FROM member_search WHERE rowid IN "
    f"{_GONE}; DELETE FROM member_search_replaced; END",
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
