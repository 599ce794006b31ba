"""The member list in display order, without sorting the matches: indexes to walk.

A keystroke in the member list asks for the first page (200) of the matches in display
order and for their number up to 1,000 (:func:`vipcrm.store.queries.member_page`,
:func:`~vipcrm.store.queries.count_members_upto`). Ordering the whole match set reads
every matching member row, so a broad text (one letter, three digits, the search
cleared) costs per match. These indexes hold the members in display order together with
every column the list's filters and its search text test (covering), so the list can be
read by walking one in order, testing each entry, and stopping at the end of the page:
the cost is the entries walked (~0.3 µs each), not the matches, and no member row is
read.

- ``ix_members_list_tier``: the default order (tier rank, then pinyin, then id);
- ``ix_members_list_name``: the name column's order (pinyin, then id).

Walked backwards for a descending sort. Derived, local data like the search index: made
on SQLite only (the central PostgreSQL store has no member list), kept by SQLite itself
(no trigger), left out of the models (:func:`vipcrm.store.member_search.include_name`).
"""

from __future__ import annotations

#: The tier's place in the default order, as the query writes it and the index holds it
#: (SQLite matches an expression index by the expression: the query must use this text,
#: with literals, never bound parameters).
TIER_RANK = "CASE {t}tier WHEN 'diamond' THEN 0 WHEN 'gold' THEN 1 WHEN 'silver' THEN 2 ELSE 9 END"

#: What the walk tests, after the order's own columns (so the index covers the query).
_TESTED = "deleted, status, tier, important, name, phone"

#: name -> CREATE INDEX statement.
INDEXES: dict[str, str] = {
    "ix_members_list_tier": (
        "CREATE INDEX IF NOT EXISTS ix_members_list_tier ON members "
        f"({TIER_RANK.format(t='')}, name_pinyin, id, {_TESTED})"
    ),
    "ix_members_list_name": (
        f"CREATE INDEX IF NOT EXISTS ix_members_list_name ON members (name_pinyin, id, {_TESTED})"
    ),
}


def tier_rank(table: str = "members") -> str:
    """:data:`TIER_RANK` over ``table``'s ``tier`` (as a query's ORDER BY writes it)."""
    return TIER_RANK.format(t=f"{table}.")
