"""The member list a page at a time (issue 22 point 3): a broad search shows its first page
and a count that stops at a cap ("1,000+ members"); scrolling to the end fetches the next
page; the order is the whole match set's, across pages; selecting and opening a member
still name the right one; clearing the search goes back to the whole list, paged."""

from __future__ import annotations

import uuid

import pytest
from PySide6.QtCore import QItemSelectionModel, QPersistentModelIndex, Qt
from PySide6.QtTest import QTest

from tests.ui.conftest import actor_for, add_members
from vipcrm.domain.pinyin import pinyin_key
from vipcrm.domain.values import Tier
from vipcrm.store.queries import MemberSort
from vipcrm.ui.member_source import MemberQuery, MemberSource
from vipcrm.ui.members_model import MEMBER_ID_ROLE, Column, MembersModel
from vipcrm.ui.runner import SyncRunner
from vipcrm.ui.screens.members.list_page import SEARCH_DELAY_MS, MemberListPage

DISPLAY = Qt.ItemDataRole.DisplayRole
SURNAMES = "张王李赵刘陈孙周吴郑"
GIVEN = "伟芳娜磊洋静强敏杰丽勇军艳涛"


class PagingSource(MemberSource):
    """The real source, noting what the list asks of it."""

    def __init__(self, db) -> None:
        super().__init__(db)
        self.asked: list[tuple] = []

    def keys(self, query):
        self.asked.append(("every", query.text))
        return super().keys(query)

    def window(self, query, limit, cap):
        self.asked.append(("window", query.text, limit, cap))
        return super().window(query, limit, cap)

    def page(self, query, offset, limit):
        self.asked.append(("page", query.text, offset, limit))
        return super().page(query, offset, limit)


@pytest.fixture
def crowd(team_db, make_phone):
    """140 more members (10 surnames × 14 given names), 144 in the lead's list."""
    names = [s + g for s in SURNAMES for g in GIVEN]
    tiers = [Tier.SILVER, Tier.GOLD, Tier.DIAMOND]
    add_members(
        team_db,
        [
            (make_phone(i), n, tiers[i % 3], "M001" if i % 2 else "M002")
            for i, n in enumerate(names)
        ],
    )
    team_db.actor = actor_for(team_db, "L001")
    return team_db


def paged(source, query: MemberQuery | None = None, runner=None) -> MembersModel:
    model = MembersModel(source, query, runner=runner)
    model.FETCH_SIZE = 20
    model.COUNT_CAP = 50
    model.reload()
    return model


def names(model: MembersModel) -> list[str]:
    return [model.data(model.index(r, Column.NAME), DISPLAY) for r in range(model.rowCount())]


def fetch_all(model: MembersModel) -> None:
    while model.canFetchMore():
        model.fetchMore()


def test_a_broad_search_shows_its_first_page_and_a_capped_count(qapp, crowd):
    source = PagingSource(crowd)
    model = paged(source)
    counts: list[int] = []
    model.count_changed.connect(counts.append)
    model.set_search("z")  # 张, 赵, 周, 郑 (14 each) and the team's 张伟: 57
    assert model.rowCount() == 20  # the first page only
    assert model.count == 50 and model.count_is_capped  # counted up to the cap: "50+"
    assert counts == [50]
    assert source.asked[-1] == ("window", "z", 20, 50)
    assert not any(a[0] == "every" for a in source.asked)  # never every match

    assert model.canFetchMore()
    model.fetchMore()
    assert model.rowCount() == 40
    fetch_all(model)
    assert model.rowCount() == 57 and not model.canFetchMore()
    assert model.count == 57 and not model.count_is_capped  # all fetched: exact
    assert counts == [50, 57]
    assert all("z" in pinyin_key(n) for n in names(model))


def test_a_selective_search_is_whole_at_once_with_its_exact_count(qapp, crowd):
    model = paged(PagingSource(crowd))
    model.set_search("张伟")
    assert names(model) == ["张伟", "张伟"]  # the team's and the crowd's
    assert model.count == 2 and not model.count_is_capped and not model.canFetchMore()


@pytest.mark.parametrize("column", [Column.NAME, Column.PHONE, Column.TIER, Column.LAST_REACHED])
@pytest.mark.parametrize("order", [Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder])
def test_the_order_across_pages_is_the_whole_lists(qapp, crowd, column, order):
    source = PagingSource(crowd)
    model = paged(source)
    model.set_search("z")
    model.sort(column, order)
    fetch_all(model)
    shown = [model.member_id(r).hex for r in range(model.rowCount())]
    every = source.keys(model.query)  # the whole match set ordered at once
    assert len(every) == 57 and shown == every


def test_sorting_a_broad_search_orders_the_whole_match_set_not_the_page(qapp, crowd):
    model = paged(PagingSource(crowd), MemberQuery(sort=MemberSort.TIER))
    model.set_search("z")
    model.sort(Column.NAME, Qt.SortOrder.DescendingOrder)
    matching = sorted(
        (n for n in ["张伟", *(s + g for s in SURNAMES for g in GIVEN)] if "z" in pinyin_key(n)),
        key=pinyin_key,
        reverse=True,
    )
    assert names(model) == matching[:20]


def test_clearing_the_search_goes_back_to_the_whole_list_paged(qapp, crowd):
    source = PagingSource(crowd)
    model = paged(source)
    model.set_search("z")
    fetch_all(model)
    model.set_search("")
    assert model.rowCount() == 20 and model.count == 50 and model.count_is_capped
    assert source.asked[-1] == ("window", "", 20, 50)
    fetch_all(model)
    assert model.rowCount() == 144 and model.count == 144


def test_scrolling_the_table_to_the_end_fetches_the_next_page_and_opens_the_right_member(
    qapp, qtbot, crowd, settings
):
    source = PagingSource(crowd)
    model = MembersModel(source, runner=SyncRunner())
    model.FETCH_SIZE = 20
    model.COUNT_CAP = 50
    page = MemberListPage(model, settings)
    qtbot.addWidget(page)
    page.resize(800, 300)
    page.show()
    qtbot.waitExposed(page)
    page.search_box.setText("z")
    QTest.qWait(SEARCH_DELAY_MS + 50)
    assert model.rowCount() == 20
    assert page.count_label.text() == "50+ members"

    table = page.table
    table.scrollToBottom()  # the view asks for more at the end of its scroll bar
    qtbot.waitUntil(lambda: model.rowCount() == 40)
    assert ("page", "z", 20, 20) in source.asked

    row = 30  # on the second page
    table.selectionModel().setCurrentIndex(
        model.index(row, 0),
        QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
    )
    selected = QPersistentModelIndex(model.index(row, 0))
    wanted = model.data(model.index(row, 0), MEMBER_ID_ROLE)
    assert isinstance(wanted, uuid.UUID) and model.member_id(row) == wanted
    with qtbot.waitSignal(page.open_requested) as opened:
        table.activated.emit(table.currentIndex())
    assert opened.args == [wanted]

    while model.canFetchMore():
        table.scrollToBottom()
        QTest.qWait(10)
    assert model.rowCount() == 57
    assert page.count_label.text() == "57 members"
    assert selected.isValid() and selected.row() == row  # fetching more keeps the selection

    asked = len(source.asked)
    page.search_box.clear()  # back to the whole list, paged, with its capped count
    QTest.qWait(SEARCH_DELAY_MS + 50)
    assert source.asked[asked] == ("window", "", 20, 50)
    assert not any(a[0] == "every" for a in source.asked)
    assert model.rowCount() in (20, 40)  # a page, and one more if the view asks for it
    assert page.count_label.text() == "50+ members"


def test_the_first_rows_are_read_with_the_ids_off_the_ui_thread(qapp, crowd):
    """With a runner, the rows the table shows first are read in the job that reads the
    ids (on the worker), so showing them reads nothing on the UI thread: a broad text's
    ids no longer bring the member rows into the page cache, and reading them cold there
    stalled the window (opening Members: 110–117 ms). The rows shown are the list's."""
    in_job = [False]

    class Worker(SyncRunner):
        def run(self, job, **kw):
            def marked(progress):
                in_job[0] = True
                try:
                    return job(progress)
                finally:
                    in_job[0] = False

            super().run(marked, **kw)

    class Noting(PagingSource):
        def rows(self, ids):
            self.asked.append(("rows", len(ids), in_job[0]))
            return super().rows(ids)

    source = Noting(crowd)
    model = paged(source, MemberQuery(text="z"), runner=Worker())
    assert model.rowCount() == 20
    assert [a for a in source.asked if a[0] == "rows"] == [("rows", 20, True)]
    shown = names(model)
    assert [a for a in source.asked if a[0] == "rows"] == [("rows", 20, True)]  # no more
    unpaged = MembersModel(MemberSource(crowd), MemberQuery(text="z"))
    unpaged.reload()
    assert shown == names(unpaged)[:20]


def test_key_persons_only_is_paged_like_any_filter(qapp, crowd):
    """The group filter (key persons of a group customer) is a filter in SQL: the list
    reads its first page and a capped count, never every match, and shows exactly the
    members with a group, in the list's order."""
    from sqlalchemy import select

    from vipcrm.domain.values import GroupClass
    from vipcrm.store.models import GroupCustomer, Member

    with crowd.transaction() as s:
        group = GroupCustomer(code="G01", name="移动大厦", group_class=GroupClass.A)
        s.add(group)
        s.flush()
        for n, member in enumerate(s.scalars(select(Member).order_by(Member.phone))):
            if n % 2:
                member.group_id = group.id
    with crowd.reading() as s:
        grouped = set(s.scalars(select(Member.id).where(Member.group_id.is_not(None))))
    source = PagingSource(crowd)
    model = paged(source, MemberQuery(group_only=True))
    assert model.rowCount() == 20 and model.count == 50 and model.count_is_capped
    assert source.asked[-1] == ("window", "", 20, 50)
    assert not any(a[0] == "every" for a in source.asked)
    fetch_all(model)
    every = MembersModel(MemberSource(crowd), MemberQuery())
    every.reload()
    assert ids(model) == [i for i in ids(every) if i in grouped]
    assert model.rowCount() == 72


def ids(model: MembersModel) -> list[uuid.UUID]:
    return [model.data(model.index(r, 0), MEMBER_ID_ROLE) for r in range(model.rowCount())]
