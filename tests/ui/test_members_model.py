"""The member table model without a view: counts, display values, SQL sorting, lazy pages."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush

from tests.ui.conftest import TODAY, actor_for, add_members
from vipcrm.domain.values import Channel, Outcome, Tier
from vipcrm.services.contacts import log_contact
from vipcrm.services.context import Changes, resolve_actor
from vipcrm.services.members import NewMember, add_member
from vipcrm.store.queries import MemberSort
from vipcrm.ui.hub import SignalHub
from vipcrm.ui.labels import format_date
from vipcrm.ui.member_source import MemberQuery, MemberSource
from vipcrm.ui.members_model import (
    MEMBER_ID_ROLE,
    TIER_BACKGROUND,
    TIER_ROLE,
    Column,
    MembersModel,
)

DISPLAY = Qt.ItemDataRole.DisplayRole


def column(model: MembersModel, col: Column) -> list[str]:
    return [model.data(model.index(r, col), DISPLAY) for r in range(model.rowCount())]


def loaded(source, query: MemberQuery | None = None) -> MembersModel:
    model = MembersModel(source, query)
    model.reload()
    return model


def test_rows_and_display_values(qapp, lead_source):
    model = loaded(lead_source, MemberQuery(sort=MemberSort.NAME))
    assert model.rowCount() == 4
    assert model.columnCount() == len(Column)
    # by pinyin: li na, liu yang, wang fang, zhang wei
    assert column(model, Column.NAME) == ["李娜", "刘洋", "王芳", "张伟"]
    zhang = model.rowCount() - 1
    assert model.data(model.index(zhang, Column.PHONE), DISPLAY) == "138 0013 8000"
    assert model.data(model.index(zhang, Column.TIER), DISPLAY) == "Gold"
    assert model.data(model.index(zhang, Column.TIER), TIER_ROLE) is Tier.GOLD
    assert model.data(model.index(zhang, Column.MANAGER), DISPLAY) == "赵磊"
    assert model.data(model.index(zhang, Column.MANAGER), Qt.ItemDataRole.ToolTipRole) == "M001"
    # reached 2026-11-20 15:30 UTC = 23:30 in Beijing: the local date
    assert model.data(model.index(zhang, Column.LAST_REACHED), DISPLAY) == format_date(
        date(2026, 11, 20)
    )
    assert model.data(model.index(0, Column.LAST_REACHED), DISPLAY) == "never"
    assert model.data(model.index(zhang, Column.GROUP), DISPLAY) == ""
    brush = model.data(model.index(zhang, Column.TIER), Qt.ItemDataRole.BackgroundRole)
    assert isinstance(brush, QBrush) and brush.color() == TIER_BACKGROUND[Tier.GOLD]
    assert model.data(model.index(zhang, Column.NAME), Qt.ItemDataRole.BackgroundRole) is None
    assert model.headerData(Column.NAME, Qt.Orientation.Horizontal, DISPLAY) == "Name"
    assert model.member_id(zhang) == model.data(model.index(zhang, 0), MEMBER_ID_ROLE)


def test_filters_by_tier_text_pinyin_and_phone_digits(qapp, lead_source):
    model = loaded(lead_source)
    model.set_tier(Tier.SILVER)
    assert sorted(column(model, Column.NAME)) == sorted(["王芳", "刘洋"])
    model.set_tier(None)
    model.set_search("张")
    assert column(model, Column.NAME) == ["张伟"]
    model.set_search("wangfang")
    assert column(model, Column.NAME) == ["王芳"]
    model.set_search("199001")
    assert column(model, Column.NAME) == ["刘洋"]
    model.set_search("")
    assert model.rowCount() == 4


def test_scope_is_the_actors_members(qapp, team_db):
    team_db.actor = actor_for(team_db, "M002")
    model = loaded(MemberSource(team_db))
    assert sorted(column(model, Column.NAME)) == sorted(["王芳", "刘洋"])


def test_sort_requeries_in_sql_and_keeps_persistent_indexes(qapp, lead_source):
    model = loaded(lead_source)
    assert column(model, Column.TIER)[:2] == ["Diamond", "Gold"]  # default: tier order
    zhang = column(model, Column.NAME).index("张伟")
    kept = QPersistentModelIndex(model.index(zhang, Column.PHONE))

    with_layout_signal = []
    model.layoutChanged.connect(lambda *a: with_layout_signal.append(True))
    model.sort(Column.NAME, Qt.SortOrder.DescendingOrder)
    assert column(model, Column.NAME) == ["张伟", "王芳", "刘洋", "李娜"]
    assert with_layout_signal
    assert kept.row() == 0 and kept.column() == Column.PHONE

    model.sort(Column.LAST_REACHED, Qt.SortOrder.DescendingOrder)
    assert model.query.sort is MemberSort.LAST_CONTACT
    model.sort(Column.MANAGER)
    assert column(model, Column.MANAGER)[:2] == ["赵磊", "赵磊"]
    before = column(model, Column.NAME)
    model.sort(Column.GROUP)  # not sortable: order unchanged
    assert column(model, Column.NAME) == before


class CountingSource:
    def __init__(self, inner: MemberSource) -> None:
        self.inner = inner
        self.row_requests: list[int] = []

    def ids(self, query):
        return self.inner.ids(query)

    def rows(self, ids):
        self.row_requests.append(len(ids))
        return self.inner.rows(ids)


def test_rows_are_fetched_lazily_a_page_at_a_time(qapp, team_db, make_phone):
    add_members(team_db, [(make_phone(i), f"会员{i:03d}", Tier.SILVER, "M001") for i in range(300)])
    team_db.actor = actor_for(team_db, "L001")
    source = CountingSource(MemberSource(team_db))
    model = MembersModel(source)
    model.CACHED_PAGES = 2
    model.reload()
    assert model.rowCount() == 304
    assert source.row_requests == []  # ids only, no rows yet

    assert model.data(model.index(250, Column.NAME), DISPLAY)
    assert source.row_requests == [100]
    model.data(model.index(299, Column.PHONE), DISPLAY)  # same page: cached
    assert source.row_requests == [100]
    model.data(model.index(0, Column.NAME), DISPLAY)
    model.data(model.index(303, Column.NAME), DISPLAY)  # the last, short page
    assert source.row_requests == [100, 100, 4]
    model.data(model.index(250, Column.NAME), DISPLAY)  # evicted (two pages cached)
    assert source.row_requests == [100, 100, 4, 100]
    assert model.data(model.index(304, Column.NAME), DISPLAY) is None


def test_changes_from_the_hub_refresh_only_what_changed(qapp, qtbot, team_db, lead_source):
    hub = SignalHub()
    model = loaded(lead_source)
    hub.changed.connect(model.on_changes)

    # a contact logged: same members, same order -> only that row is refreshed
    row = column(model, Column.NAME).index("王芳")  # (fetches and caches the page)
    assert model.data(model.index(row, Column.LAST_REACHED), DISPLAY) == "never"
    with team_db.transaction() as s:
        _, changes = log_contact(
            s,
            resolve_actor(s, "M002"),
            member_ref="18600186002",
            channel=Channel.PHONE,
            outcome=Outcome.REACHED,
        )
    assert model.data(model.index(row, Column.LAST_REACHED), DISPLAY) == "never"  # cached
    with qtbot.waitSignal(model.dataChanged) as signal:
        hub.publish(changes)
    assert signal.args[0].row() == row
    assert model.data(model.index(row, Column.LAST_REACHED), DISPLAY) != "never"

    # a member added: the id list changes -> reset with the new count
    with team_db.transaction() as s:
        _, changes = add_member(
            s,
            resolve_actor(s, "L001"),
            NewMember(phone="13800138999", name="周杰", tier=Tier.DIAMOND, manager="M002"),
            today=TODAY,
        )
    with qtbot.waitSignal(model.count_changed) as signal:
        hub.publish(changes)
    assert signal.args == [5]
    assert "周杰" in column(model, Column.NAME)

    hub.publish(Changes())  # nothing changed: nothing emitted
    with qtbot.assertNotEmitted(model.modelReset):
        hub.publish(Changes(gifts=True))


class HeldRunner:
    """Answers nothing until :meth:`answer` (as a worker thread would: later)."""

    def __init__(self) -> None:
        self.held: list[tuple] = []

    def run(self, job, *, on_done=None, on_error=None, on_progress=None) -> None:
        self.held.append((job, on_done))

    def answer(self, which: int = 0) -> None:
        job, on_done = self.held.pop(which)
        on_done(job(lambda done, total: None))

    def shutdown(self) -> None:
        pass


def test_searches_answered_off_the_ui_thread_show_the_last_text_typed(qapp, lead_source):
    runner = HeldRunner()
    model = MembersModel(lead_source, runner=runner)
    model.reload()
    assert model.rowCount() == 0 and model.pending  # nothing shown before the answer
    runner.answer()
    assert model.rowCount() == 4 and not model.pending

    model.set_search("王")
    model.set_search("张")  # typed before the first answer came
    runner.answer(1)  # the newer question is answered first ...
    assert column(model, Column.NAME) == ["张伟"]
    runner.answer(0)  # ... and the older answer, coming late, is dropped
    assert column(model, Column.NAME) == ["张伟"]
    assert not model.pending


def test_a_sort_answered_later_keeps_the_selected_member(qapp, lead_source):
    runner = HeldRunner()
    model = MembersModel(lead_source, runner=runner)
    model.reload()
    runner.answer()
    zhang = column(model, Column.NAME).index("张伟")
    kept = QPersistentModelIndex(model.index(zhang, Column.NAME))
    opened = []
    model.sort(Column.NAME, Qt.SortOrder.DescendingOrder)
    model.when_loaded(lambda: opened.append(model.member_id(kept.row())))
    assert opened == []  # waits for the answer
    runner.answer()
    assert column(model, Column.NAME) == ["张伟", "王芳", "刘洋", "李娜"]
    assert kept.row() == 0
    assert opened == [model.data(model.index(0, 0), MEMBER_ID_ROLE)]
