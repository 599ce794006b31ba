"""The member list a page at a time (issue 22 point 3): a keystroke reads the first page of
the matches in display order and counts them up to a cap, never every match; the pages
put together are the whole ordered list, whatever the sort."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime

import pytest

from vipcrm.domain.pinyin import pinyin_key
from vipcrm.domain.values import MemberStatus, Outcome, Role, Tier
from vipcrm.store.db import Database
from vipcrm.store.models import ContactAttempt, Manager, Member
from vipcrm.store.queries import (
    MemberFilter,
    MemberSort,
    count_members,
    count_members_upto,
    member_keys,
    member_page,
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
