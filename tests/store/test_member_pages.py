"""The member list a page at a time (issue 22 point 3): a keystroke reads the first page of
the matches in display order and counts them up to a cap, never every match; the pages
put together are the whole ordered list, whatever the sort."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime

import pytest

from vipcrm.domain.pinyin import pinyin_key
from vipcrm.domain.values import GroupClass, MemberStatus, Outcome, Role, Tier
from vipcrm.store.db import Database
from vipcrm.store.models import ContactAttempt, GroupCustomer, Manager, Member
from vipcrm.store.queries import (
    MemberFilter,
    MemberSort,
    count_members,
    count_members_upto,
    member_keys,
    member_page,
    member_rows,
    member_window,
)

SURNAMES = "张王李赵刘陈"
GIVEN = "伟芳娜磊洋静强敏"
TIERS = [Tier.SILVER, Tier.GOLD, Tier.DIAMOND]


@pytest.fixture
def region(db: Database) -> Database:
    """48 members over two managers: every surname with every given name, tiers mixed,
    some reached, one who left and one deleted (neither listed by default)."""
    with db.transaction() as s:
        managers = [
            Manager(code="M002", name="孙丽", role=Role.MANAGER),
            Manager(code="M001", name="赵磊", role=Role.MANAGER),
        ]
        s.add_all(managers)
        s.flush()
        n = 0
        for surname in SURNAMES:
            for given in GIVEN:
                name = surname + given
                member = Member(
                    phone=f"138{n:08d}",
                    name=name,
                    name_pinyin=pinyin_key(name),
                    tier=TIERS[n % 3],
                    manager_id=managers[n % 2].id,
                )
                s.add(member)
                s.flush()
                if n % 4 == 0:
                    s.add(
                        ContactAttempt(
                            member_id=member.id,
                            manager_id=member.manager_id,
                            channel="phone",
                            outcome=Outcome.REACHED,
                            at=datetime(2026, 11, 1 + n % 20, 9, tzinfo=UTC),
                        )
                    )
                n += 1
        s.add(Member(phone="13999999998", name="张伟", name_pinyin=pinyin_key("张伟"),
                     tier=Tier.GOLD, status=MemberStatus.LEFT))  # fmt: skip
        s.add(Member(phone="13999999999", name="张伟", name_pinyin=pinyin_key("张伟"),
                     tier=Tier.GOLD, deleted=True))  # fmt: skip
    return db


def pages(db: Database, f: MemberFilter, size: int) -> list[str]:
    """Every match, read ``size`` at a time as the list does when it scrolls."""
    keys: list[str] = []
    with db.reading() as s:
        while True:
            page = member_page(s, f, len(keys), size)
            keys += page
            if len(page) < size:
                return keys


@pytest.mark.parametrize("sort", list(MemberSort))
@pytest.mark.parametrize("descending", [False, True])
@pytest.mark.parametrize("text", ["", "z", "w", "138"])
def test_the_pages_put_together_are_the_whole_list_in_its_order(region, sort, descending, text):
    f = MemberFilter(text=text, sort=sort, descending=descending)
    with region.reading() as s:
        whole = member_keys(s, f)
    assert len(whole) > 7  # more than a page of 7
    assert pages(region, f, 7) == whole


def test_the_first_page_is_the_first_of_the_whole_match_set_not_of_some_rows(region):
    f = MemberFilter(text="w", sort=MemberSort.NAME, descending=True)
    with region.reading() as s:
        first = member_page(s, f, 0, 5)
        names = [s.get_one(Member, uuid.UUID(k)).name for k in first]
    # by pinyin, descending: zhao* then zhang* come first among the names with a "w"
    expected = sorted(
        (n for n in (a + b for a in SURNAMES for b in GIVEN) if "w" in pinyin_key(n)),
        key=pinyin_key,
        reverse=True,
    )[:5]
    assert names == expected


def test_a_book_pages_as_every_member_does(region):
    with region.reading() as s:
        m001 = s.query(Manager).filter_by(code="M001").one().id
    f = MemberFilter(text="z", manager_ids=frozenset({m001}), sort=MemberSort.LAST_CONTACT)
    with region.reading() as s:
        whole = member_keys(s, f)
    assert 7 < len(whole) < 48
    assert pages(region, f, 7) == whole


def test_the_count_stops_past_its_cap(region):
    with region.reading() as s:
        for text in ["", "z", "zhang", "138", "nobody"]:
            f = MemberFilter(text=text)
            exact = count_members(s, f)
            assert count_members_upto(s, f, 100) == exact  # under the cap: exact
            assert count_members_upto(s, f, 5) == min(exact, 6)  # over it: cap + 1
        assert count_members(s, MemberFilter()) == 48  # not the one who left nor the deleted
        assert count_members_upto(s, MemberFilter(text="张伟", status=None), 10) == 2


# --- broad texts: the page walked in display order (issue 22 point 3, second step) --------

TEXTS = ["", "z", "w", "wei", "zhang", "张", "138", "1380000", "nobody"]
FILTERS = [
    {},
    {"tier": Tier.GOLD},
    {"status": None},
    {"status": MemberStatus.LEFT},
    {"important_only": True},
    {"group_only": True},
    {"group_only": True, "tier": Tier.SILVER},
]


def by_hand(db: Database, f: MemberFilter) -> list[str]:
    """The ordered matches of ``f`` worked out in Python from every member row: what the
    list must show, whichever plan reads it (tier and name orders; ties by id)."""
    with db.engine.connect() as conn:
        rows = conn.exec_driver_sql(
            "SELECT id, name, name_pinyin, phone, tier, status, deleted, important, group_id "
            "FROM members"
        ).fetchall()
    text = f.text.strip()
    rank = {"diamond": 0, "gold": 1, "silver": 2}
    shown = []
    for key, name, pinyin, phone, tier, status, deleted, important, group in rows:
        if deleted or (f.status is not None and status != f.status.value):
            continue
        if f.group_only and group is None:  # key persons of a group customer only
            continue
        if (f.tier is not None and tier != f.tier.value) or (f.important_only and not important):
            continue
        if text.isdigit() and text not in phone:
            continue
        if text and not text.isdigit() and text not in name and text not in pinyin:
            continue
        shown.append((rank[tier], pinyin, key))
    shown.sort(key=lambda r: r[2])  # ties by id, ascending either way
    if f.sort is MemberSort.TIER:
        shown.sort(key=lambda r: (r[0], r[1]), reverse=f.descending)
    else:
        shown.sort(key=lambda r: r[1], reverse=f.descending)
    return [r[2] for r in shown]


@pytest.fixture(
    params=[
        "walked",
        "walked within a bound",
        "looked up beside the index",
        "looked up, rows tested",
    ]
)
def plan(request, monkeypatch):
    """Every text read as a very broad one (walking the display order to the page's end;
    within a bound: in name order, the first 10 members' stretch, then the candidates if
    that did not fill the page) or as a selective one (its candidates from the search index, filtered and cut to the
    page on ``member_search_rows`` without a member row), there either trusting the index
    for plain texts or testing every candidate's member row (as for a name outside ASCII
    and CJK)."""
    from vipcrm.store import member_search, queries

    walk_from = 0 if request.param.startswith("walked") else 10**9
    for name in ("WALK_PAGE_FROM", "WALK_NAME_PAGE_FROM", "WALK_COUNT_FROM"):
        monkeypatch.setattr(queries, name, walk_from)
    if request.param == "walked within a bound":
        monkeypatch.setattr(queries, "WALK_BOUND", 10)
    if request.param == "looked up, rows tested":
        monkeypatch.setattr(member_search, "is_plain", lambda text: False)
    return request.param


@pytest.fixture
def important_and_left(region: Database) -> Database:
    """Some members important, some left, some key persons of a group customer."""
    with region.transaction() as s:
        group = GroupCustomer(code="G01", name="移动大厦", group_class=GroupClass.A)
        s.add(group)
        s.flush()
        for n, member in enumerate(s.query(Member).order_by(Member.phone)):
            member.important = n % 5 == 0
            if n % 7 == 0:
                member.status = MemberStatus.LEFT
            if n % 3 == 1:
                member.group_id = group.id
    return region


@pytest.mark.parametrize("sort", [MemberSort.TIER, MemberSort.NAME])
@pytest.mark.parametrize("descending", [False, True])
def test_a_page_and_the_count_are_the_same_whichever_plan_reads_them(
    important_and_left, plan, sort, descending
):
    db = important_and_left
    for filters in FILTERS:
        for text in TEXTS:
            f = MemberFilter(text=text, sort=sort, descending=descending, **filters)
            expected = by_hand(db, f)
            with db.reading() as s:
                assert member_page(s, f, 0, 5) == expected[:5], (plan, text, filters)
                assert member_page(s, f, 5, 5) == expected[5:10], (plan, text, filters)
                assert count_members_upto(s, f, 6) == min(len(expected), 7), (plan, text, filters)
                assert count_members_upto(s, f, 100) == len(expected), (plan, text, filters)
                # what a keystroke reads: the page and the count in one call, as the two
                window = (expected[:5], min(len(expected), 7))
                assert member_window(s, f, 5, 6) == window, (plan, text, filters)
    assert by_hand(db, MemberFilter(text="z", important_only=True))  # the filters meet texts
    assert by_hand(db, MemberFilter(text="w", group_only=True))


def test_the_count_walks_whatever_the_sort(important_and_left, plan):
    db = important_and_left
    for sort in MemberSort:
        for text in ["", "w", "138"]:
            f = MemberFilter(text=text, sort=sort, tier=Tier.SILVER)
            expected = len(by_hand(db, f))
            with db.reading() as s:
                assert count_members_upto(s, f, 100) == expected
                assert count_members_upto(s, f, 3) == min(expected, 4)


def plans_of(db: Database, read) -> list[str]:
    """SQLite's plan for every statement ``read(session)`` runs."""
    from sqlalchemy import event

    seen: list[tuple[str, object]] = []

    def note(conn, cursor, statement, parameters, context, executemany):
        if statement.lstrip().upper().startswith("SELECT"):
            seen.append((statement, parameters))

    event.listen(db.engine, "before_cursor_execute", note)
    try:
        with db.reading() as s:
            read(s)
    finally:
        event.remove(db.engine, "before_cursor_execute", note)
    found = []
    with db.engine.connect() as conn:
        for statement, parameters in seen:
            rows = conn.exec_driver_sql("EXPLAIN QUERY PLAN " + statement, parameters)
            found.append(" / ".join(r[3] for r in rows))
    return found


@pytest.mark.parametrize(
    ("sort", "index"),
    [(MemberSort.TIER, "ix_members_list_tier"), (MemberSort.NAME, "ix_members_list_name")],
)
@pytest.mark.parametrize("text", ["", "w"])
def test_a_broad_text_reads_its_page_off_the_display_order_without_member_rows(
    region, monkeypatch, sort, index, text
):
    """A broad text (here: every text is broad) is read by walking the order's own index,
    which holds every column tested: no member row read, nothing sorted but ties by id
    in a descending walk, the count on the index too."""
    from vipcrm.store import queries

    monkeypatch.setattr(queries, "WALK_PAGE_FROM", 1)
    monkeypatch.setattr(queries, "WALK_NAME_PAGE_FROM", 1)
    monkeypatch.setattr(queries, "WALK_COUNT_FROM", 1)
    f = MemberFilter(text=text, sort=sort)
    page = plans_of(region, lambda s: member_page(s, f, 0, 200))[-1]
    assert page == f"SCAN members USING COVERING INDEX {index}"
    count = plans_of(region, lambda s: count_members_upto(s, f, 1000))[-1]
    assert "SCAN members USING COVERING INDEX ix_members_list_tier" in count
    assert "TEMP B-TREE" not in count
    backwards = MemberFilter(text=text, sort=sort, descending=True)
    page = plans_of(region, lambda s: member_page(s, backwards, 0, 200))[-1]
    # walked backwards; each run of equal names put in id order as it comes
    assert page.startswith(f"SCAN members USING COVERING INDEX {index} / ")
    assert page.endswith((" FOR LAST TERM OF ORDER BY", " FOR RIGHT PART OF ORDER BY"))


def test_one_tier_is_read_off_its_range_of_the_default_order(region, monkeypatch):
    from vipcrm.store import queries

    monkeypatch.setattr(queries, "WALK_PAGE_FROM", 1)
    f = MemberFilter(text="w", tier=Tier.GOLD)
    page = plans_of(region, lambda s: member_page(s, f, 0, 200))[-1]
    # the default order's index (its tier's range, or walked in order): no member row read
    assert page.split(" / ")[0].endswith("members USING COVERING INDEX ix_members_list_tier")


def list_indexes(db: Database) -> set[str]:
    with db.engine.connect() as conn:
        return set(
            conn.exec_driver_sql(
                "SELECT name FROM sqlite_master WHERE type = 'index' "
                "AND name LIKE 'ix_members_list_%'"
            ).scalars()
        )


def test_an_older_database_gets_the_list_indexes_when_opened(tmp_path):
    from alembic import command

    from vipcrm.store.db import alembic_config, open_database
    from vipcrm.store.member_order import INDEXES

    path = tmp_path / "old.db"
    db = open_database(path)
    cfg = alembic_config()
    with db.engine.begin() as c:  # as the revision before left it
        cfg.attributes["connection"] = c
        command.downgrade(cfg, "e7a9c1d3f5b7")
    assert list_indexes(db) == set()
    db.dispose()
    db = open_database(path)
    assert list_indexes(db) == set(INDEXES)
    db.dispose()


def test_the_list_indexes_are_made_as_the_code_defines_them(db):
    """The revision's frozen statements are the module's (so a database made today and one
    migrated today hold the same indexes), and they are there after opening."""
    import importlib.util
    from pathlib import Path

    from vipcrm.store.member_order import INDEXES

    path = next(Path("migrations/versions").glob("*_member_list_order.py"))
    spec = importlib.util.spec_from_file_location("member_list_order", path)
    assert spec is not None and spec.loader is not None
    revision = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(revision)
    assert list(revision.UPGRADE) == list(INDEXES.values())
    assert list_indexes(db) == set(INDEXES)


def test_a_members_row_shows_the_last_reached_contact_of_the_log(region):
    """The list's "last reached" column: the newest reached contact that is not deleted
    (read from the contact summary the triggers keep), none for a member never reached,
    after attempts are logged, deleted and changed."""
    from sqlalchemy import func, select, update

    with region.transaction() as s:
        members = s.scalars(select(Member).order_by(Member.phone)).all()
        first, second, third = members[0], members[1], members[2]
        for member, day, outcome in [
            (first, 20, Outcome.REACHED),
            (first, 25, Outcome.NO_ANSWER),
            (second, 3, Outcome.REACHED),
            (second, 9, Outcome.REACHED),
            (third, 12, Outcome.NO_ANSWER),
        ]:
            s.add(ContactAttempt(member_id=member.id, manager_id=member.manager_id,
                                 channel="phone", outcome=outcome,
                                 at=datetime(2026, 11, day, 9, tzinfo=UTC)))  # fmt: skip
    with region.transaction() as s:  # the newest reached contact of the second deleted
        newest = s.scalars(
            select(ContactAttempt.id).where(ContactAttempt.member_id == second.id)
            .order_by(ContactAttempt.at.desc()).limit(1)
        ).one()  # fmt: skip
        s.execute(update(ContactAttempt).where(ContactAttempt.id == newest).values(deleted=True))
    with region.reading() as s:
        expected = {
            m.id: s.scalar(
                select(func.max(ContactAttempt.at)).where(
                    ContactAttempt.member_id == m.id,
                    ContactAttempt.outcome == Outcome.REACHED,
                    ContactAttempt.deleted.is_(False),
                )
            )
            for m in members
        }
        rows = member_rows(s, [m.id for m in members])
    assert [r.id for r in rows] == [m.id for m in members]
    shown = {r.id: r.last_reached_at for r in rows}
    assert shown == {k: v.replace(tzinfo=UTC) if v else None for k, v in expected.items()}
    assert shown[second.id] == datetime(2026, 11, 3, 9, tzinfo=UTC)
    assert shown[third.id] is None
    assert all(r.tier in Tier and r.status in MemberStatus for r in rows)
