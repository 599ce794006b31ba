"""The member search's index: which members can match a search text, without a scan.

The member list's search (:func:`vipcrm.store.queries.member_ids`) matches a member when

- the text looks like a phone number: its digits are a substring of ``members.phone``;
- otherwise: the text is a substring of ``members.name``, or the text in lower case and
  without spaces is a substring of ``members.name_pinyin`` (full pinyin and initials,
  ``zhangwei zw``),

each a ``LIKE '%…%'`` (ASCII letters in any case, every other character as it is). This
module finds the *candidates* for such a text through an index, and the query keeps its
``LIKE`` tests on the member row to decide: the index only has to return every member that
can match (never fewer), so what matches is exactly what it was with the scan.

``member_search`` is an FTS5 table with the trigram tokenizer (case folded), one row per
member row with the member's ``rowid`` as its own, the three texts in columns ``name``,
``pinyin`` and ``phone``. Each text is stored with two ``\\x01`` after it, so that every
character, and every pair of characters, of the text begins one of its trigrams:

- a text of 3 characters or more is an FTS5 phrase (consecutive trigrams): ``MATCH``;
- a text of 1 or 2 characters is a prefix of trigrams: the terms between it and the next
  string (``member_search_terms``, an ``fts5vocab`` table of the index's instances) give
  the rows. Terms are case folded, so this path is taken only when the text's folding is
  known here: ASCII, or characters without case (Chinese, digits); any other short text
  falls back to the scan.

It is derived, local data (never synchronised, not in the outbox, not on PostgreSQL,
whose search still scans). SQLite triggers keep it in the same transaction as every
change to ``members``, so every path that writes members is covered without code of its
own — a member added or edited, an import, demo data, rows pulled by sync:

- a member inserted: its row written (``INSERT OR REPLACE``: a row left under that rowid
  is overwritten);
- a member replaced by ``INSERT OR REPLACE`` (as sync writes): SQLite deletes the old row
  without firing delete triggers and gives the new one another rowid, so a ``BEFORE
  INSERT`` trigger notes the rowids the insert may replace (same id, or the same active
  phone) in ``member_search_replaced``, and once a row is inserted the notes whose member
  row is gone lose their index rows (an insert that is ignored, or that updates instead
  as an upsert does, leaves its note behind harmlessly: its member row is still there);
- name, pinyin or phone changed: the row rewritten; a member deleted: its row deleted.

Beside it, ``member_search_rows`` holds per member row (by rowid) what the member list
filters on and a prefix of its name order: ``deleted``, ``status``, ``tier``,
``important``, ``plain`` (the name, pinyin and number hold only printable ASCII and CJK
unified ideographs, no NUL — ``GLOB`` and ``LIKE`` stop there, SQLCipher's FTS5 does
not — whose folding the index and ``LIKE`` agree on, so for a text of the
same characters an index candidate *is* a match) and ``name_key`` (the first 8 bytes of
the pinyin: its order agrees with the pinyin's). ~20 bytes a member, against ~300 for a
member row: a capped count and the first page of a text's candidates are answered from
it, reading member rows only for the page (:func:`vipcrm.store.queries.member_page`).
The same triggers' transaction keeps it (inserted, updated when one of those columns
changes, deleted; the rows an ``INSERT OR REPLACE`` removed go with their index rows).

Filters (deleted, status, scope, tier) and the sort are read from ``members`` as before
by the plans that do not use it. :func:`rebuild` makes both again from ``members``
(``vipcrm reindex``, the revisions that create them, the benchmark generator).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import Connection, TextClause, text

TABLE = "member_search"
#: The index's instances (term, doc, col, offset): the rows of 1- and 2-character texts.
TERMS = "member_search_terms"
#: Rowids an ``INSERT OR REPLACE`` into members may have removed (see the module text).
REPLACED = "member_search_replaced"
#: Every table this module makes, FTS5's own ones included (none is in the models).
PREFIX = "member_search"

#: Per member row, what the list filters on and its name order's prefix (see the module text).
ROWS = "member_search_rows"
#: What ``plain`` allows: printable ASCII and the CJK unified ideographs (no case to fold
#: but ASCII's, which ``LIKE`` and the index fold alike). A ``GLOB`` class of code points.
PLAIN_CHARACTERS = (("\x20", "\x7e"), ("\u4e00", "\u9fff"))
_NOT_PLAIN = "*[^" + "".join(f"{lo}-{hi}" for lo, hi in PLAIN_CHARACTERS) + "]*"
#: Bytes of the pinyin kept in ``name_key``.
NAME_KEY_BYTES = 8

#: Index column -> members column.
COLUMNS = {"name": "name", "pinyin": "name_pinyin", "phone": "phone"}
#: After each text: every character and pair of characters then begins a trigram.
PAD = "\x01\x01"
_PAD_SQL = "char(1, 1)"
#: Below this many characters a text is looked up as a prefix of trigrams.
TRIGRAM = 3


def _texts(row: str) -> str:
    """The index's three values for the member row ``row`` (NEW, OLD or a table alias)."""
    return ", ".join(f"coalesce({row}.{c}, '') || {_PAD_SQL}" for c in COLUMNS.values())


def _write(row: str) -> str:
    """(Re)write the index row of the member row ``row`` (NEW): deleted first, then
    inserted, so no conflict clause is needed (an outer ``INSERT OR IGNORE`` would turn a
    trigger's ``OR REPLACE`` into ``OR IGNORE`` and keep a stale row)."""
    return (
        f"DELETE FROM {TABLE} WHERE rowid = {row}.rowid; "
        f"INSERT INTO {TABLE} (rowid, {', '.join(COLUMNS)}) VALUES ({row}.rowid, {_texts(row)})"
    )


def _row_values(row: str) -> str:
    """``member_search_rows``' values for the member row ``row`` (NEW or a table alias)."""
    texts = " || ".join(f"coalesce({row}.{c}, '')" for c in COLUMNS.values())
    # GLOB (like LIKE) stops at a NUL, SQLCipher's FTS5 reads past it: not plain.
    return (
        f"{row}.rowid, {row}.deleted, {row}.status, {row}.tier, {row}.important, "
        f"({texts}) NOT GLOB '{_NOT_PLAIN}' AND instr({texts}, char(0)) = 0, "
        f"substr(CAST(coalesce({row}.name_pinyin, '') AS BLOB), 1, {NAME_KEY_BYTES})"
    )


#: What the list's plans read from a member row, kept in ``member_search_rows``.
ROW_SOURCES = ("deleted", "status", "tier", "important", *COLUMNS.values())


def _write_row(row: str) -> str:
    """(Re)write the ``member_search_rows`` row of ``row`` (NEW): deleted, then inserted,
    without a conflict clause (see :func:`_write`)."""
    return (
        f"DELETE FROM {ROWS} WHERE member_rowid = {row}.rowid; "
        f"INSERT INTO {ROWS} VALUES ({_row_values(row)})"
    )


#: name -> CREATE TRIGGER statement.
TRIGGERS: dict[str, str] = {
    "member_search_member_replacing": (
        "CREATE TRIGGER member_search_member_replacing BEFORE INSERT ON members BEGIN "
        f"INSERT OR IGNORE INTO {REPLACED} (member_rowid) SELECT rowid FROM members "
        "WHERE id = NEW.id OR (NEW.status = 'active' AND NEW.deleted = 0 "
        "AND phone = NEW.phone AND status = 'active' AND deleted = 0); END"
    ),
    "member_search_member_added": (
        f"CREATE TRIGGER member_search_member_added AFTER INSERT ON members BEGIN {_write('NEW')}; END"
    ),
    "member_search_member_replaced": (
        "CREATE TRIGGER member_search_member_replaced AFTER INSERT ON members "
        f"WHEN EXISTS (SELECT 1 FROM {REPLACED}) BEGIN "
        f"DELETE FROM {TABLE} WHERE rowid IN (SELECT r.member_rowid FROM {REPLACED} r "
        "WHERE NOT EXISTS (SELECT 1 FROM members m WHERE m.rowid = r.member_rowid)); "
        f"DELETE FROM {ROWS} WHERE member_rowid IN (SELECT r.member_rowid FROM {REPLACED} r "
        "WHERE NOT EXISTS (SELECT 1 FROM members m WHERE m.rowid = r.member_rowid)); "
        f"DELETE FROM {REPLACED}; END"
    ),
    "member_search_member_changed": (
        "CREATE TRIGGER member_search_member_changed AFTER UPDATE OF "
        f"{', '.join(COLUMNS.values())} ON members WHEN "
        + " OR ".join(f"OLD.{c} IS NOT NEW.{c}" for c in COLUMNS.values())
        + f" BEGIN {_write('NEW')}; END"
    ),
    "member_search_member_removed": (
        "CREATE TRIGGER member_search_member_removed AFTER DELETE ON members BEGIN "
        f"DELETE FROM {TABLE} WHERE rowid = OLD.rowid; END"
    ),
    "member_search_row_added": (
        f"CREATE TRIGGER member_search_row_added AFTER INSERT ON members BEGIN {_write_row('NEW')}; END"
    ),
    "member_search_row_changed": (
        f"CREATE TRIGGER member_search_row_changed AFTER UPDATE OF {', '.join(ROW_SOURCES)} "
        "ON members WHEN "
        + " OR ".join(f"OLD.{c} IS NOT NEW.{c}" for c in ROW_SOURCES)
        + f" BEGIN {_write_row('NEW')}; END"
    ),
    "member_search_row_removed": (
        "CREATE TRIGGER member_search_row_removed AFTER DELETE ON members BEGIN "
        f"DELETE FROM {ROWS} WHERE member_rowid = OLD.rowid; END"
    ),
}

_CREATE = (
    f"CREATE VIRTUAL TABLE {TABLE} USING fts5({', '.join(COLUMNS)}, tokenize = 'trigram')",
    f"CREATE VIRTUAL TABLE IF NOT EXISTS {TERMS} USING fts5vocab({TABLE}, 'instance')",
    f"CREATE TABLE IF NOT EXISTS {REPLACED} (member_rowid INTEGER PRIMARY KEY)",
    f"CREATE TABLE IF NOT EXISTS {ROWS} (member_rowid INTEGER PRIMARY KEY, deleted INTEGER, "
    "status TEXT, tier TEXT, important INTEGER, plain INTEGER, name_key BLOB)",
)


def install(connection: Connection) -> None:
    """Create the index with its triggers and fill it from ``members``. SQLite only: the
    central PostgreSQL store has no use for it."""
    if connection.dialect.name != "sqlite":
        return
    drop_triggers(connection)
    rebuild(connection)
    for sql in TRIGGERS.values():
        connection.exec_driver_sql(sql)


def drop_triggers(connection: Connection) -> None:
    for name in TRIGGERS:
        connection.exec_driver_sql(f"DROP TRIGGER IF EXISTS {name}")


def uninstall(connection: Connection) -> None:
    if connection.dialect.name != "sqlite":
        return
    drop_triggers(connection)
    for table in (TERMS, TABLE, REPLACED, ROWS):
        connection.exec_driver_sql(f"DROP TABLE IF EXISTS {table}")


#: Make the index again from ``members`` (the table is made afresh: quicker than deleting
#: 100,000 rows one by one, and it leaves one merged segment).
REBUILD = (
    f"DROP TABLE IF EXISTS {TABLE}",
    *_CREATE,
    f"DELETE FROM {REPLACED}",
    f"INSERT INTO {TABLE} (rowid, {', '.join(COLUMNS)}) "
    f"SELECT m.rowid, {_texts('m')} FROM members m",
    f"INSERT INTO {TABLE} ({TABLE}) VALUES ('optimize')",
    f"DELETE FROM {ROWS}",
    f"INSERT INTO {ROWS} SELECT {_row_values('m')} FROM members m",
)


def rebuild(connection: Connection) -> None:
    """:data:`REBUILD` in the caller's transaction."""
    for sql in REBUILD:
        connection.exec_driver_sql(sql)


def is_index_table(name: str | None) -> bool:
    """Whether ``name`` is one of this index's tables (FTS5 makes five of its own)."""
    return bool(name) and (name == TABLE or str(name).startswith(PREFIX + "_"))


def include_name(name: str | None, type_: str, parent_names: object) -> bool:
    """Alembic's ``include_name``: the index's tables, and the member list's indexes
    (:mod:`vipcrm.store.member_order`), are outside the models (comparing the schema with
    them, and autogenerate, leave them alone)."""
    from vipcrm.store.member_order import INDEXES

    if type_ == "index":
        return name not in INDEXES
    return not (type_ == "table" and is_index_table(name))


# --- the candidates of a search ------------------------------------------------------------


def _short_range(part: str) -> tuple[str, str] | None:
    """The terms beginning with ``part`` (1 or 2 characters) as the index folds it: [low,
    high); None when its folding is not certain here (a cased letter outside ASCII)."""
    folded = []
    for ch in part:
        if ch.isascii():
            folded.append(ch.lower())
        elif ch.lower() == ch == ch.upper():
            folded.append(ch)
        else:
            return None
    low = "".join(folded)
    after = ord(low[-1]) + 1
    if 0xD800 <= after <= 0xDFFF:  # surrogates are not characters: the next one is U+E000
        after = 0xE000
    if after > 0x10FFFF:
        return None
    return low, low[:-1] + chr(after)


def _phrase(part: str) -> str:
    return '"' + part.replace('"', '""') + '"'


def _select(parts: Sequence[tuple[str, str]]) -> tuple[str, dict[str, Any]] | None:
    """The rowids whose index column contains the text, for any of ``parts`` (column,
    text), as a ``SELECT`` with its parameters; None when a part cannot be looked up."""
    long = [(c, p) for c, p in parts if len(p) >= TRIGRAM]
    selects: list[str] = []
    binds: dict[str, Any] = {}
    if long:
        binds["member_search_q"] = " OR ".join(f"{c} : {_phrase(p)}" for c, p in long)
        selects.append(f"SELECT rowid FROM {TABLE} WHERE {TABLE} MATCH :member_search_q")
    for n, (column, part) in enumerate((c, p) for c, p in parts if 0 < len(p) < TRIGRAM):
        bounds = _short_range(part)
        if bounds is None:
            return None
        binds[f"member_search_lo{n}"], binds[f"member_search_hi{n}"] = bounds
        selects.append(
            f"SELECT doc FROM {TERMS} WHERE term >= :member_search_lo{n} "
            f"AND term < :member_search_hi{n} AND col = '{column}'"
        )
    if not selects or any(not p for _, p in parts):
        return None
    return " UNION ALL ".join(selects), binds


def is_plain(text: str) -> bool:
    """Whether ``text`` holds only the characters ``member_search_rows.plain`` allows."""
    return all(any(lo <= ch <= hi for lo, hi in PLAIN_CHARACTERS) for ch in text)


def candidates(parts: Sequence[tuple[str, str]], rowid: str = "members.rowid") -> TextClause | None:
    """``members.rowid IN (…)`` for the rows whose index column contains the text, for any
    of ``parts`` (column, text); None when a part cannot be looked up (the caller scans).

    Every member whose column contains the text (``LIKE``: ASCII in any case) is among
    them; others may be too (folded case, a text across two columns' padding), so the
    caller keeps its own ``LIKE`` tests."""
    found = _select(parts)
    if found is None:
        return None
    sql, binds = found
    return text(f"{rowid} IN ({sql})").bindparams(**binds)


def entries(connection: Connection, parts: Sequence[tuple[str, str]], cap: int) -> int | None:
    """How many entries the index has for ``parts`` (as :func:`candidates`), counting no
    further than ``cap``: how broad the text is, read from the index alone (a member found
    in two columns, or twice in one, counts each time). None when the text cannot be
    looked up."""
    found = _select(parts)
    if found is None:
        return None
    sql, binds = found
    capped = f"SELECT count(*) FROM ({sql} LIMIT :member_search_cap)"
    n = connection.execute(text(capped), {**binds, "member_search_cap": cap}).scalar_one()
    return int(n)
