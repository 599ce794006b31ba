"""The member search's index (vipcrm.store.member_search): the search finds with it exactly
what the scan of ``members`` finds, in the same order, whatever wrote the members."""

from __future__ import annotations

import uuid
from dataclasses import replace
from datetime import date

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import select

from vipcrm.domain.pinyin import pinyin_key
from vipcrm.domain.values import MemberStatus, Role, Tier
from vipcrm.store import member_search
from vipcrm.store.db import Database, open_database
from vipcrm.store.member_search import PAD, TABLE
from vipcrm.store.models import Manager, Member, OutboxEntry
from vipcrm.store.queries import (
    MemberFilter,
    MemberSort,
    _filtered,
    count_members,
    count_members_upto,
    member_ids,
    member_page,
)

# Names from a small alphabet, so that searches meet: Chinese characters (one reading each,
# so pinyin keys repeat), ASCII in both cases, a cased letter outside ASCII, LIKE's
# wildcards, a space and a middle dot (minority names).
ALPHABET = "张王李伟芳娜·abZWé%_ É"
PHONES = ["13800138000", "13912345678", "15000000001", "18613800138", "13800000000"]


def rows_beside(conn) -> list[tuple]:
    """``member_search_rows`` as the triggers left it."""
    return conn.exec_driver_sql(f"SELECT * FROM {member_search.ROWS} ORDER BY 1").fetchall()


def rows_rebuilt(conn) -> list[tuple]:
    """``member_search_rows`` as worked out here from ``members``: what it must hold."""
    plain = set(map(chr, range(0x20, 0x7F))) | set(map(chr, range(0x4E00, 0xA000)))
    return [
        (
            rowid,
            deleted,
            status,
            tier,
            important,
            int(set(name + pinyin + phone) <= plain),
            pinyin.encode()[:8],
        )
        for rowid, deleted, status, tier, important, name, pinyin, phone in conn.exec_driver_sql(
            "SELECT rowid, deleted, status, tier, important, name, name_pinyin, phone "
            "FROM members ORDER BY rowid"
        )
    ]


def index_rows(conn) -> list[tuple]:
    return conn.exec_driver_sql(
        f"SELECT rowid, name, pinyin, phone FROM {TABLE} ORDER BY rowid"
    ).fetchall()


def rebuilt_rows(conn) -> list[tuple]:
    """What :func:`member_search.rebuild` makes from ``members`` as they are."""
    return [
        (rowid, name + PAD, (pinyin or "") + PAD, phone + PAD)
        for rowid, name, pinyin, phone in conn.exec_driver_sql(
            "SELECT rowid, name, name_pinyin, phone FROM members ORDER BY rowid"
        )
    ]


def scanned(session, f: MemberFilter) -> list[uuid.UUID]:
    """``member_ids`` as it was before the index: the same filters, every row tested."""
    from sqlalchemy import case

    from vipcrm.store.queries import _TIER_ORDER

    by_sort = {
        MemberSort.NAME: [Member.name_pinyin],
        MemberSort.PHONE: [Member.phone],
        MemberSort.TIER: [case(_TIER_ORDER, value=Member.tier, else_=9), Member.name_pinyin],
    }
    order = [o.desc() if f.descending else o for o in by_sort[f.sort]]
    return list(session.scalars(_filtered(select(Member.id), f).order_by(*order, Member.id)))


def assert_found_as_by_the_scan(db: Database, texts, **filters) -> dict[str, int]:
    found = {}
    with db.reading() as s:
        for text in texts:
            for sort in (MemberSort.TIER, MemberSort.NAME):
                f = MemberFilter(text=text, sort=sort, **filters)
                expected = scanned(s, f)
                assert member_ids(s, f) == expected, (text, sort)
                assert count_members(s, f) == len(expected), text
            found[text] = len(expected)
    return found


def add(s, name: str, phone: str, **kw) -> Member:
    member = Member(phone=phone, name=name, name_pinyin=pinyin_key(name), tier=Tier.GOLD, **kw)
    s.add(member)
    s.flush()
    return member


@pytest.fixture
def book(db):
    with db.transaction() as s:
        s.add(Manager(code="M001", name="赵磊", role=Role.MANAGER))
        for name, phone in [
            ("张伟", "13800138000"),
            ("王芳", "13912345678"),
            ("欧阳娜娜", "15000000001"),
            ("李", "18613800138"),  # one character: no trigram of its own without the padding
            ("Anna Li", "13700001111"),
            ("ZHANG Wei", "13600002222"),
            ("Élodie", "13500003333"),
            ("阿卜杜·买买提", "13400004444"),
            ("50% 折扣", "13300005555"),  # wildcards in a name
        ]:
            add(s, name, phone)
        add(s, "张伟", "13800000000", status=MemberStatus.LEFT)  # left: same name, found by status
        add(s, "王伟", "13811112222", deleted=True)  # deleted: never found
    return db


TEXTS = [
    # one and two characters: prefixes of trigrams
    "张", "伟", "李", "z", "Z", "w", "zw", "ZW", "wf", "na", "é", "É", "%", "_", "·",
    # three and more: phrases of trigrams
    "张伟", "zhangwei", "ZhangWei", "zhang wei", "zhang", "ouyang", "oynn", "anna", "Anna Li",
    "li", "élodie", "ÉLODIE", "50%", "% 折", "买买提", "abc", "wei zw", "ngw",
    # phone fragments: 1, 2, 3 digits, a number, with separators and the country code
    "1", "13", "138", "0013", "13800138000", "138-0013-8000", "+86 138 0013 8000", "8613800138000",
    "8000", "99999",
]  # fmt: skip


def test_every_search_finds_what_the_scan_finds_in_its_order(book):
    found = assert_found_as_by_the_scan(book, TEXTS)
    assert found["张"] == 1 and found["李"] == 1 and found["li"] == 2  # 李, Anna Li
    assert found["zw"] == 1 and found["ZW"] == 1  # initials, either case
    assert found["zhang"] == 2 and found["ngw"] == 2  # 张伟, ZHANG Wei
    assert found["É"] == found["ÉLODIE"] == 1  # in the pinyin key, in lower case
    assert found["138"] == 2 and found["13800138000"] == 1  # (13800000000 left)
    assert found["%"] == 1 and found["_"] == 0  # wildcards are characters
    assert found["Anna Li"] == 1 and found["zhang wei"] == 2  # spaces: pinyin without them
    assert_found_as_by_the_scan(book, TEXTS, status=None)  # members who left too


def _plan(db: Database, f: MemberFilter) -> list[str]:
    stmt = _filtered(select(Member.id), f, indexed=True)
    sql = str(stmt.compile(db.engine, compile_kwargs={"literal_binds": True}))
    with db.engine.connect() as conn:
        return [r[3] for r in conn.exec_driver_sql(f"EXPLAIN QUERY PLAN {sql}")]


def test_the_index_answers_instead_of_a_scan(book):
    """Over every member, the search reads the index and looks the candidates up by
    rowid: no scan of the members. A book is read through the manager index as before
    (its few hundred rows cost less than the region-wide candidates of a short text)."""
    for text in ("zhang", "张", "zw", "138", "13"):
        plan = _plan(book, MemberFilter(text=text))
        assert "SCAN members" not in plan, (text, plan)
        assert any(TABLE in p and "VIRTUAL TABLE" in p for p in plan), (text, plan)
        assert any("INTEGER PRIMARY KEY (rowid=?)" in p for p in plan), (text, plan)
        plan = _plan(book, MemberFilter(text=text, manager_ids=frozenset({uuid.uuid4()})))
        assert any("ix_members_manager_tier" in p for p in plan), (text, plan)
        assert not any(TABLE in p for p in plan), (text, plan)


def test_a_book_finds_what_the_scan_finds(book):
    with book.transaction() as s:
        manager = s.scalars(select(Manager)).one()
        for m in s.scalars(select(Member).where(Member.name.in_(["张伟", "Anna Li", "李"]))):
            m.manager_id = manager.id
    found = assert_found_as_by_the_scan(book, TEXTS, manager_ids=frozenset({manager.id}))
    assert found["张"] == 1 and found["li"] == 2 and found["138"] == 2


def test_a_short_text_with_a_cased_letter_outside_ascii_is_scanned(book):
    """Its folding is not certain here (the index folds case): the scan, with the same answer."""
    assert member_search.candidates([("name", "É")]) is None
    assert member_search.candidates([("name", "élodie")]) is not None
    assert member_search.candidates([("name", "张")]) is not None


def test_members_added_renamed_renumbered_left_and_deleted_after_the_index_was_built(book):
    from vipcrm.services.audit import change_phone
    from vipcrm.services.context import resolve_actor
    from vipcrm.services.members import NewMember, add_member

    with book.transaction() as s:
        s.add(Manager(code="A01", name="钱管理", role=Role.ADMIN))
    with book.transaction() as s:
        new = NewMember(phone="13700137000", name="孙悦", tier=Tier.SILVER)
        add_member(s, resolve_actor(s, "A01"), new, today=date(2026, 11, 22))
    with book.transaction() as s:
        wang = s.scalars(select(Member).where(Member.name == "王芳")).one()
        wang.name, wang.name_pinyin = "王芳芳", pinyin_key("王芳芳")
        li = s.scalars(select(Member).where(Member.name == "李")).one()
        li.status = MemberStatus.LEFT
        zhang = s.scalars(select(Member).where(Member.name == "ZHANG Wei")).one()
        zhang.deleted = True
    with book.transaction() as s:
        change_phone(s, resolve_actor(s, "A01"), member_ref="13800138000", new_phone="13999990000")
    with book.engine.begin() as conn:  # gone from this laptop, as sync's purge removes rows
        conn.exec_driver_sql("DELETE FROM members WHERE name = 'Élodie'")
    texts = ["孙悦", "sunyue", "sy", "孙", "王芳芳", "wff", "wangfangfang", "李", "zhang", "ZH",
             "élodie", "13999990000", "9999", "13800138000", "0013", "137001"]  # fmt: skip
    found = assert_found_as_by_the_scan(book, texts)
    assert found["孙悦"] == found["sy"] == found["wff"] == found["9999"] == 1
    assert found["13800138000"] == 0 and found["李"] == 0 and found["zhang"] == 1  # 张伟 only
    assert found["élodie"] == 0  # gone
    assert assert_found_as_by_the_scan(book, texts, status=None)["李"] == 1  # left, still there
    with book.engine.connect() as conn:
        assert index_rows(conn) == rebuilt_rows(conn)


def test_rows_pulled_by_sync_are_found_and_replace_their_old_index_rows(book):
    """Sync writes members with INSERT OR REPLACE: the old row goes without a delete
    trigger and the new one gets another rowid; another member's active number taken by
    the pulled row removes that member too. The index follows both."""
    from vipcrm.sync.replica import apply_rows, replica_transaction
    from vipcrm.sync.tables import columns

    names = [c.name for c in columns("members")]
    with book.engine.connect() as conn:
        rows = {r[0]: dict(zip(names, r, strict=True)) for r in conn.exec_driver_sql(
            f"SELECT {', '.join(names)} FROM members WHERE name IN ('张伟', '王芳') "
            "AND status = 'active'")}  # fmt: skip
    zhang, wang = sorted(rows.values(), key=lambda r: r["name"] != "张伟")
    renamed = {**zhang, "name": "张大伟", "name_pinyin": pinyin_key("张大伟"), "version": 2}
    newcomer = {**wang, "id": uuid.uuid4().hex, "name": "赵敏", "name_pinyin": pinyin_key("赵敏")}
    with replica_transaction(book) as conn:
        apply_rows(conn, {"members": [tuple(r[n] for n in names) for r in (renamed, newcomer)]})
    found = assert_found_as_by_the_scan(
        book, ["张大伟", "zdw", "张伟", "王芳", "wf", "赵敏", "zm", "139123"]
    )
    assert found["zdw"] == found["赵敏"] == found["139123"] == 1
    assert found["王芳"] == 0  # replaced by 赵敏 (same active number)
    with book.engine.connect() as conn:
        assert index_rows(conn) == rebuilt_rows(conn)
        assert not conn.exec_driver_sql(f"SELECT * FROM {member_search.REPLACED}").all()
    with book.reading() as s:  # derived: never in the outbox, never synchronised
        assert not s.scalars(select(OutboxEntry).where(OutboxEntry.table_name.like(f"{TABLE}%"))).all()  # fmt: skip
    from vipcrm.sync.tables import SYNC_TABLES

    assert not [t for t in SYNC_TABLES if member_search.is_index_table(t)]


# --- any order of writes, as every path writes them ------------------------------------------

member = st.builds(
    lambda name, phone, status, deleted: (name, phone, status, deleted),
    st.text(alphabet=ALPHABET, min_size=1, max_size=6).map(str.strip).filter(bool),
    st.sampled_from(PHONES),
    st.sampled_from(["active", "active", "left"]),
    st.sampled_from([0, 0, 0, 1]),
)
operations = st.lists(
    st.one_of(
        st.tuples(st.just("add"), member),
        st.tuples(st.just("add"), member),
        st.tuples(st.just("rename"), st.integers(0, 30), member),  # UPDATE name and pinyin
        st.tuples(st.just("renumber"), st.integers(0, 30), member),  # UPDATE phone
        st.tuples(st.just("status"), st.integers(0, 30), member),  # UPDATE status, deleted
        st.tuples(st.just("purge"), st.integers(0, 30)),  # hard DELETE
        st.tuples(st.just("pull"), st.integers(0, 30), member),  # INSERT OR REPLACE, as sync
        st.tuples(st.just("pull_new"), member),  # INSERT OR REPLACE of a new id
        st.tuples(st.just("ignored"), st.integers(0, 30), member),  # INSERT OR IGNORE: nothing
        st.tuples(st.just("upsert"), st.integers(0, 30), member),  # ON CONFLICT DO UPDATE
        # UPDATE tier and important (what member_search_rows keeps besides the texts)
        st.tuples(
            st.just("flags"),
            st.integers(0, 30),
            st.sampled_from(["gold", "silver", "diamond"]),
            st.booleans(),
        ),
    ),
    min_size=4,
    max_size=30,
)


@pytest.fixture(scope="module")
def scratch(tmp_path_factory):
    db = open_database(tmp_path_factory.mktemp("search") / "vipcrm.db")
    yield db
    db.dispose()


def _apply(conn, operation: tuple) -> None:
    kind, *args = operation
    ids = [r[0] for r in conn.exec_driver_sql("SELECT id FROM members ORDER BY id")]
    columns = (
        "id, phone, name, name_pinyin, tier, status, deleted, points, monthly_spend_fen, "
        "birth_leap_month, important, notes, version, updated_at"
    )

    def values(row_id: str, m: tuple) -> tuple:
        name, phone, status, deleted = m
        return (row_id, phone, name, pinyin_key(name), "gold", status, deleted, 0, 0, 0, 0, "",
                1, "2026-11-01 00:00:00.000000")  # fmt: skip

    insert = f"INTO members ({columns}) VALUES ({', '.join('?' * 14)})"
    if kind in ("add", "pull_new"):
        verb = "INSERT" if kind == "add" else "INSERT OR REPLACE"
        _run(conn, f"{verb} {insert}", values(uuid.uuid4().hex, args[0]))
        return
    if not ids:
        return
    target = ids[args[0] % len(ids)]
    if kind == "flags":
        _run(conn, "UPDATE members SET tier = ?, important = ? WHERE id = ?",
             (args[1], int(args[2]), target))  # fmt: skip
        return
    if kind == "purge":
        _run(conn, "DELETE FROM members WHERE id = ?", (target,))
        return
    name, phone, status, deleted = args[1]
    statements = {
        "rename": ("UPDATE members SET name = ?, name_pinyin = ? WHERE id = ?",
                   (name, pinyin_key(name), target)),
        "renumber": ("UPDATE members SET phone = ? WHERE id = ?", (phone, target)),
        "status": ("UPDATE members SET status = ?, deleted = ? WHERE id = ?",
                   (status, deleted, target)),
        "pull": (f"INSERT OR REPLACE {insert}", values(target, args[1])),
        "ignored": (f"INSERT OR IGNORE {insert}", values(target, args[1])),
        "upsert": (f"INSERT {insert} ON CONFLICT (id) DO UPDATE SET name = excluded.name, "
                   "name_pinyin = excluded.name_pinyin", values(target, args[1])),
    }  # fmt: skip
    _run(conn, *statements[kind])


def _run(conn, sql: str, params: tuple) -> None:
    """One write; refused (as the app refuses it) when another active member has the number."""
    from sqlalchemy.exc import IntegrityError

    conn.exec_driver_sql("SAVEPOINT op")
    try:
        conn.exec_driver_sql(sql, params)
    except IntegrityError as exc:
        assert "members.phone" in str(exc.orig), exc
        conn.exec_driver_sql("ROLLBACK TO op")
    conn.exec_driver_sql("RELEASE op")


@settings(
    max_examples=100,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(
    operations, st.lists(st.text(alphabet=ALPHABET + "13800", min_size=1, max_size=4), max_size=6)
)
def test_whatever_wrote_the_members_the_index_is_what_a_rebuild_makes(scratch, ops, extra):
    """Inserts, edits of name, pinyin, phone, status and deleted, hard deletes, sync's
    replacements (also of another member holding the number), ignored inserts and
    upserts, in any order: the index holds exactly the rows a rebuild makes, and every
    search (pieces of the names, pinyin and numbers, and arbitrary texts) finds what the
    scan finds, in its order."""
    with scratch.engine.begin() as conn:
        conn.exec_driver_sql("DELETE FROM members")
        for operation in ops:
            _apply(conn, operation)
    with scratch.engine.connect() as conn:
        assert index_rows(conn) == rebuilt_rows(conn)
        assert rows_beside(conn) == rows_rebuilt(conn)
        pieces = set()
        for _, name, pinyin, phone in rebuilt_rows(conn):
            for value in (name[: -len(PAD)], pinyin[: -len(PAD)], phone[: -len(PAD)]):
                pieces.update(value[k : k + size] for size in (1, 2, 3) for k in (0, 1, 3))
                pieces.add(value.upper())
    # every piece of one and two characters, and a spread of the longer ones
    pieces = sorted(t for t in pieces if t.strip())
    texts = {t for t in pieces if len(t) < 3} | set(pieces[::3]) | set(extra)
    with scratch.reading() as s:
        for text in sorted(texts):
            f = MemberFilter(text=text, status=None)
            assert member_ids(s, f) == scanned(s, f), text
            f = replace(f, status=MemberStatus.ACTIVE, sort=MemberSort.NAME, descending=True)
            assert member_ids(s, f) == scanned(s, f), text
            # the list's page and count from the candidates and member_search_rows
            for listed in (f, MemberFilter(text=text), MemberFilter(text=text, tier=Tier.SILVER),
                           MemberFilter(text=text, important_only=True, status=None)):  # fmt: skip
                expected = [k.hex for k in scanned(s, listed)]
                assert member_page(s, listed, 0, 2) == expected[:2], (text, listed)
                assert member_page(s, listed, 2, 3) == expected[2:5], (text, listed)
                assert count_members_upto(s, listed, 2) == min(len(expected), 3), (text, listed)


@pytest.mark.parametrize("walk_from", [0, 10**9])  # every text walked / looked up
def test_the_member_list_pages_find_what_the_scan_finds_whichever_plan(
    book, monkeypatch, walk_from
):
    """The member list's page and capped count (walking the display order for a broad
    text, :mod:`vipcrm.store.member_order`) answer as the scan does for the awkward texts
    too: cased letters outside ASCII, LIKE's wildcards, spaces, separators in numbers."""
    from vipcrm.store import queries

    monkeypatch.setattr(queries, "WALK_PAGE_FROM", walk_from)
    monkeypatch.setattr(queries, "WALK_COUNT_FROM", walk_from)
    monkeypatch.setattr(queries, "WALK_NAME_PAGE_FROM", walk_from)
    with book.reading() as s:
        for text in TEXTS:
            for sort in (MemberSort.TIER, MemberSort.NAME):
                for descending in (False, True):
                    for status in (MemberStatus.ACTIVE, None):
                        f = MemberFilter(text=text, sort=sort, descending=descending, status=status)
                        expected = scanned(s, f)
                        page = [uuid.UUID(k) for k in member_page(s, f, 0, 3)]
                        assert page == expected[:3], (text, sort, descending, status)
                        assert count_members_upto(s, f, 2) == min(len(expected), 3), text


# --- made by the migration, and on an encrypted database ---------------------------------------


def test_a_migrated_database_keeps_the_index_with_the_codes_triggers(db):
    """The revisions' frozen statements are the module's: a database brought to head holds
    exactly the triggers :mod:`vipcrm.store.member_search` defines (the ones that keep
    ``member_search_rows`` included), so ``vipcrm reindex`` and a migration agree."""
    with db.engine.connect() as conn:
        made = dict(
            conn.exec_driver_sql(
                "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' "
                "AND name LIKE 'member_search%'"
            ).all()
        )
    assert made == member_search.TRIGGERS


def test_the_revision_fills_the_index_from_the_members_already_there(tmp_path):
    from alembic import command

    from vipcrm.store.db import alembic_config

    path = tmp_path / "old.db"
    db = open_database(path)
    cfg = alembic_config()
    with db.engine.begin() as c:  # the database as the previous revision left it ...
        cfg.attributes["connection"] = c
        command.downgrade(cfg, "c4f1a9d27e3b")
        assert not c.exec_driver_sql(
            f"SELECT 1 FROM sqlite_master WHERE name LIKE '{TABLE}%'"
        ).all()
    with db.transaction() as s:  # ... with members in it
        add(s, "张伟", "13800138000")
        add(s, "王芳", "13912345678")
    db.dispose()
    db = open_database(path)  # brought to head
    try:
        with db.engine.connect() as conn:
            assert len(index_rows(conn)) == 2 and index_rows(conn) == rebuilt_rows(conn)
            assert len(rows_beside(conn)) == 2 and rows_beside(conn) == rows_rebuilt(conn)
        assert assert_found_as_by_the_scan(db, ["张", "zw", "wangfang", "139"]) == {
            "张": 1, "zw": 1, "wangfang": 1, "139": 1
        }  # fmt: skip
    finally:
        db.dispose()


def test_the_index_works_in_an_encrypted_database_and_after_encrypting_a_plain_one(
    tmp_path, monkeypatch
):
    monkeypatch.setenv("VIPCRM_ENCRYPTION", "off")
    path = tmp_path / "laptop.db"
    db = open_database(path)
    with db.transaction() as s:
        add(s, "张伟", "13800138000")
    db.dispose()
    assert path.read_bytes().startswith(b"SQLite format 3")
    monkeypatch.setenv("VIPCRM_ENCRYPTION", "on")
    db = open_database(path)  # encrypted in place (sqlcipher_export), then opened with SQLCipher
    try:
        assert db.encrypted and not path.read_bytes().startswith(b"SQLite format 3")
        assert "张伟".encode() not in path.read_bytes()
        with db.transaction() as s:
            add(s, "王芳", "13912345678")
        assert assert_found_as_by_the_scan(db, ["张伟", "zw", "王", "wf", "13800", "139"]) == {
            "张伟": 1, "zw": 1, "王": 1, "wf": 1, "13800": 1, "139": 1
        }  # fmt: skip
        with db.engine.connect() as conn:
            assert index_rows(conn) == rebuilt_rows(conn)
            assert conn.exec_driver_sql("PRAGMA integrity_check").scalar() == "ok"
    finally:
        db.dispose()


@pytest.mark.parametrize("encryption", ["off", "on"])
def test_a_name_with_a_nul_is_found_as_by_the_scan(tmp_path, monkeypatch, encryption):
    """A text after a NUL (a row written before names were checked, or by hand): ``LIKE``
    and ``GLOB`` stop at the NUL, SQLCipher's FTS5 indexes past it, so the row must not
    count as ``plain`` (an index candidate taken for a match without its ``LIKE`` test)."""
    monkeypatch.setenv("VIPCRM_ENCRYPTION", encryption)
    db = open_database(tmp_path / "laptop.db")
    try:
        with db.transaction() as s:
            add(s, "张伟", "13800138000")
            add(s, "王芳", "13912345678")
            s.connection().exec_driver_sql(
                "UPDATE members SET name = ? WHERE phone = ?", ("abc\x00xyz", "13912345678")
            )
        with db.reading() as s:
            conn = s.connection()
            assert rows_beside(conn) == rows_rebuilt(conn)
            for text in ("xyz", "abc"):
                f = MemberFilter(text=text)
                expected = [k.hex for k in scanned(s, f)]
                assert member_page(s, f, 0, 3) == expected, text
                assert count_members_upto(s, f, 5) == len(expected), text
    finally:
        db.dispose()


def test_the_revision_corrects_the_rows_of_names_with_a_nul(tmp_path):
    from alembic import command

    from vipcrm.store.db import alembic_config

    path = tmp_path / "old.db"
    db = open_database(path)
    with db.transaction() as s:
        add(s, "王芳", "13912345678")
    cfg = alembic_config()
    with db.engine.begin() as c:  # as 9c2e4f6a8b1d's triggers wrote such a row
        cfg.attributes["connection"] = c
        command.downgrade(cfg, "9c2e4f6a8b1d")
        c.exec_driver_sql("UPDATE members SET name = ? WHERE phone = '13912345678'", ("a\x00b",))
        assert rows_beside(c) != rows_rebuilt(c)
    db.dispose()
    db = open_database(path)  # brought to head
    try:
        with db.engine.connect() as conn:
            assert rows_beside(conn) == rows_rebuilt(conn)
    finally:
        db.dispose()


def test_vipcrm_reindex_rebuilds_a_damaged_index(tmp_path, capsys):
    from vipcrm.cli import main

    path = tmp_path / "vipcrm.db"
    assert (
        main(["--db", str(path), "demo", "--seed", "1", "--members", "40", "--managers", "2"]) == 0
    )
    db = open_database(path)
    try:
        with db.engine.begin() as conn:
            kept = index_rows(conn)
            conn.exec_driver_sql(f"DELETE FROM {TABLE} WHERE rowid IN (SELECT rowid FROM {TABLE} LIMIT 10)")  # fmt: skip
            assert len(index_rows(conn)) == len(kept) - 10
    finally:
        db.dispose()
    capsys.readouterr()
    assert main(["--db", str(path), "reindex"]) == 0
    assert f"member search index rebuilt from the members: {len(kept)} members" in capsys.readouterr().out  # fmt: skip
    db = open_database(path)
    try:
        with db.engine.connect() as conn:
            assert index_rows(conn) == kept
    finally:
        db.dispose()
