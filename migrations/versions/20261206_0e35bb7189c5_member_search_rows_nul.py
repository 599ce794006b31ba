"""member_search_rows: a member whose texts hold a NUL is not ``plain``

``GLOB`` (like ``LIKE``) reads a text only up to a NUL, while SQLCipher's FTS5 indexes past
it: such a row was ``plain`` and an index candidate for a text after its NUL was taken for a
match the ``LIKE`` tests refuse. The two triggers that write ``member_search_rows`` are
made again with ``instr(…, char(0)) = 0`` in ``plain`` (frozen here as the code defined
them on 2026-12-06) and the rows already there are corrected. SQLite only.

Revision ID: 0e35bb7189c5
Revises: 9c2e4f6a8b1d
Create Date: 2026-12-06
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0e35bb7189c5"
down_revision: str | None = "9c2e4f6a8b1d"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_TEXTS = "coalesce({r}.name, '') || coalesce({r}.name_pinyin, '') || coalesce({r}.phone, '')"
_NUL = " AND instr(" + _TEXTS + ", char(0)) = 0"


def _values(r: str, nul: bool) -> str:
    return (
        f"{r}.rowid, {r}.deleted, {r}.status, {r}.tier, {r}.important, "
        f"({_TEXTS.format(r=r)}) NOT GLOB '*[^ -~\u4e00-\u9fff]*'"
        + (_NUL.format(r=r) if nul else "")
        + f", substr(CAST(coalesce({r}.name_pinyin, '') AS BLOB), 1, 8)"
    )


_SOURCES = ("deleted", "status", "tier", "important", "name", "name_pinyin", "phone")


def _triggers(nul: bool) -> tuple[str, ...]:
    insert = f"INSERT INTO member_search_rows VALUES ({_values('NEW', nul)})"
    return (
        "DROP TRIGGER IF EXISTS member_search_row_added",
        "DROP TRIGGER IF EXISTS member_search_row_changed",
        "CREATE TRIGGER member_search_row_added AFTER INSERT ON members BEGIN DELETE FROM "
        f"member_search_rows WHERE member_rowid = NEW.rowid; {insert}; END",
        f"CREATE TRIGGER member_search_row_changed AFTER UPDATE OF {', '.join(_SOURCES)} "
        f"ON members WHEN {' OR '.join(f'OLD.{c} IS NOT NEW.{c}' for c in _SOURCES)} BEGIN "
        f"DELETE FROM member_search_rows WHERE member_rowid = NEW.rowid; {insert}; END",
    )


UPGRADE = (
    *_triggers(nul=True),
    "UPDATE member_search_rows SET plain = 0 WHERE plain = 1 AND member_rowid IN "
    f"(SELECT m.rowid FROM members m WHERE instr({_TEXTS.format(r='m')}, char(0)) > 0)",
)
DOWNGRADE = _triggers(nul=False)


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
