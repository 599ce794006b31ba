"""The member table model: keeps the ordered ids only and fetches rows a page at a time.

Filtering and sorting happen in SQL (through ``MemberSource``); the model caches a few
pages of plain ``MemberRow`` values and drops them when the ids or the rows change.

A search, a filter or a sort never reads every match: the model asks for the first
:attr:`~MembersModel.FETCH_SIZE` ids in display order (the whole match set is ordered in
SQL) and their number counted up to :attr:`~MembersModel.COUNT_CAP` ("1,000+ members"),
and the next ids as the view scrolls to the end (``canFetchMore``/``fetchMore``), so a
keystroke's cost is bounded by the page, not by the number of matches.

With a ``runner`` (the window's), the ids are read off the UI thread and the model swaps
them in when they come: a search, a sort or a filter over 100,000 members never blocks
the window, and an answer overtaken by a newer question is dropped. The ids are kept as
their stored text (``uuid.UUID(key)`` is the id): about half the memory of ``uuid.UUID``
objects and nothing for the garbage collector to walk.
"""

from __future__ import annotations

import logging
import uuid
from collections import OrderedDict
from collections.abc import Callable, Sequence
from dataclasses import replace
from datetime import tzinfo
from enum import IntEnum
from typing import Any, Protocol

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QFont

from vipcrm.domain.dates import DEFAULT_TZ, local_date
from vipcrm.domain.values import Tier
from vipcrm.services.context import Changes
from vipcrm.store.queries import MemberRow, MemberSort
from vipcrm.ui.labels import format_date, format_mobile, tier_label
from vipcrm.ui.member_source import MemberQuery, MemberWindow, whole
from vipcrm.ui.runner import Runner
from vipcrm.ui.tiers import TIER_BACKGROUND, TIER_FOREGROUND


class Column(IntEnum):
    NAME = 0
    TIER = 1
    PHONE = 2
    MANAGER = 3
    LAST_REACHED = 4
    GROUP = 5


MEMBER_ID_ROLE = Qt.ItemDataRole.UserRole + 1  # uuid.UUID
TIER_ROLE = Qt.ItemDataRole.UserRole + 2  # Tier
ROW_ROLE = Qt.ItemDataRole.UserRole + 3  # the whole MemberRow

SORT_BY_COLUMN: dict[Column, MemberSort] = {
    Column.NAME: MemberSort.NAME,
    Column.TIER: MemberSort.TIER,
    Column.PHONE: MemberSort.PHONE,
    Column.MANAGER: MemberSort.MANAGER,
    Column.LAST_REACHED: MemberSort.LAST_CONTACT,
}
COLUMN_BY_SORT = {sort: column for column, sort in SORT_BY_COLUMN.items()}

log = logging.getLogger(__name__)

_Key = QPersistentModelIndex


class MemberSourceLike(Protocol):
    def ids(self, query: MemberQuery) -> list[uuid.UUID]: ...
    def rows(self, ids: Sequence[uuid.UUID]) -> list[MemberRow]: ...


def _keys_of(source: MemberSourceLike, query: MemberQuery) -> list[str]:
    """The ids as stored text: through the source's ``keys`` when it has one."""
    keys = getattr(source, "keys", None)
    if keys is not None:
        return list(keys(query))
    return [i.hex for i in source.ids(query)]


def _window_of(
    source: MemberSourceLike, query: MemberQuery, limit: int, cap: int, rows: int = 0
) -> MemberWindow:
    """The first ``limit`` ids and their count, through the source's ``window`` when it
    has one (else every id: a source that cannot page); with ``rows``, the display rows of
    the first ``rows`` ids too (read here, on the worker: they are what the view shows
    first, and reading them on the UI thread would stall it on cold pages)."""
    window = getattr(source, "window", None)
    answer: MemberWindow = (
        window(query, limit, cap) if window is not None else whole(_keys_of(source, query))
    )
    if rows and answer.keys:
        first = [uuid.UUID(key) for key in answer.keys[:rows]]
        answer = replace(answer, rows=list(source.rows(first)))
    return answer


def _page_of(source: MemberSourceLike, query: MemberQuery, offset: int, limit: int) -> list[str]:
    page = getattr(source, "page", None)
    if page is not None:
        return list(page(query, offset, limit))
    return _keys_of(source, query)[offset : offset + limit]


class MembersModel(QAbstractTableModel):
    PAGE_SIZE = 100  # display rows read at a time
    CACHED_PAGES = 8
    FETCH_SIZE = 200  # ids read at a time: the first page of a list, then as it scrolls
    COUNT_CAP = 1000  # a list is counted up to this many members ("1,000+ members")

    count_changed = Signal(int)

    def __init__(
        self,
        source: MemberSourceLike,
        query: MemberQuery | None = None,
        tz: tzinfo = DEFAULT_TZ,
        parent: QObject | None = None,
        runner: Runner | None = None,
    ) -> None:
        super().__init__(parent)
        self._source = source
        self._query = query or MemberQuery()
        self._tz = tz
        self._runner = runner
        self._ids: list[str] = []  # the stored text of each id, in display order
        self._complete = True  # _ids holds every match (nothing more to fetch)
        self._count = 0  # how many match: exact, or at least this many when _count_more
        self._count_more = False
        self._fetching = False  # a next page is on its way
        self._shown = 0  # bumped whenever _ids is replaced: a late next page is dropped
        self._asked = 0  # questions asked of the runner; an answer to an older one is dropped
        self._answered = 0
        self._waiting: list[Callable[[], None]] = []
        self._loaded = False
        self._pages: OrderedDict[int, list[MemberRow | None]] = OrderedDict()
        self.pages_fetched = 0  # for tests and diagnostics
        self._bold = QFont()
        self._bold.setBold(True)

    # --- what is shown -------------------------------------------------------------

    @property
    def query(self) -> MemberQuery:
        return self._query

    @property
    def count(self) -> int:
        """How many members the list holds: exact, or at least this many when
        :attr:`count_is_capped` (rows are fetched as the view scrolls: ``rowCount`` is
        what has been fetched)."""
        return self._count

    @property
    def count_is_capped(self) -> bool:
        """More than :attr:`count` members match (counting stopped at the cap)."""
        return self._count_more

    @property
    def loaded(self) -> bool:
        """Has the list been read once (``count_changed`` emitted)?"""
        return self._loaded

    def set_query(self, query: MemberQuery) -> None:
        if query != self._query or not self._loaded:
            self._query = query
            self.reload()

    def set_search(self, text: str) -> None:
        self.set_query(_with(self._query, text=text.strip()))

    def set_tier(self, tier: Tier | None) -> None:
        self.set_query(_with(self._query, tier=tier))

    def set_filters(self, **changes: Any) -> None:
        """Change any of the query's filters (status, important_only, group_only ...)."""
        self.set_query(_with(self._query, **changes))

    @property
    def pending(self) -> bool:
        """Is a question on its way (the list will change when it is answered)?"""
        return self._answered < self._asked

    def when_loaded(self, then: Callable[[], None]) -> None:
        """Call ``then`` once the list answers the last question asked (now if it has)."""
        if self.pending:
            self._waiting.append(then)
        else:
            then()

    def reload(self) -> None:
        self._ask(self._reset)

    def _ask(self, apply: Callable[[MemberWindow], None], limit: int = 0) -> None:
        """Read the first ids for the current query, at least ``limit`` of them (off the
        UI thread with a runner), then ``apply(window)`` unless a newer question was asked."""
        source, query = self._source, self._query
        size = max(limit, self.FETCH_SIZE)
        cap = max(self.COUNT_CAP, size)
        if self._runner is None:
            apply(_window_of(source, query, size, cap))
            return
        self._asked += 1
        asked = self._asked

        def done(window: MemberWindow) -> None:
            if asked != self._asked:
                return  # overtaken: the newer question's answer is on its way
            self._answered = asked
            apply(window)
            waiting, self._waiting = self._waiting, []
            for then in waiting:
                then()

        def failed(exc: BaseException) -> None:
            if asked == self._asked:
                self._answered = asked
                self._waiting.clear()
            log.error("the member list could not be read", exc_info=exc)

        rows = self.PAGE_SIZE
        self._runner.run(
            lambda _progress: _window_of(source, query, size, cap, rows),
            on_done=done,
            on_error=failed,
        )

    def _take(self, window: MemberWindow) -> bool:
        """Keep ``window``'s count; whether the count changed."""
        before = (self._count, self._count_more)
        self._complete = window.complete
        self._count, self._count_more = window.count, window.more
        self._fetching = False
        self._shown += 1
        return before != (self._count, self._count_more)

    def _reset(self, window: MemberWindow) -> None:
        self.beginResetModel()
        self._ids = window.keys
        self._take(window)
        self._loaded = True
        self._pages.clear()
        self._keep_first_rows(window)
        self.endResetModel()
        self.count_changed.emit(self._count)

    def _keep_first_rows(self, window: MemberWindow) -> None:
        """The first page's rows, when the window brought them (read off the UI thread)."""
        if window.rows is None or window.keys is not self._ids:
            return
        by_id = {r.id: r for r in window.rows}
        self._pages[0] = [by_id.get(uuid.UUID(key)) for key in self._ids[: self.PAGE_SIZE]]

    def _replace_ids(self, window: MemberWindow) -> None:
        """As many rows as before (a new order, the same first page) keep selections on
        their member; anything else resets."""
        if self._loaded and len(window.keys) == len(self._ids):
            self._relayout(window.keys)
            self._keep_first_rows(window)
            if self._take(window):
                self.count_changed.emit(self._count)
        else:
            self._reset(window)

    def on_changes(self, changes: Changes) -> None:
        """Refresh only what changed (connected to the signal hub)."""
        if changes.everything or changes.managers or changes.groups:
            self.reload()
            return
        if not changes.members:
            return
        changed = {member_id.hex for member_id in changes.members}

        def apply(window: MemberWindow) -> None:
            if window.keys != self._ids:
                self._replace_ids(window)
                return
            if self._take(window):
                self.count_changed.emit(self._count)
            rows = [r for r, key in enumerate(self._ids) if key in changed]
            for page in {r // self.PAGE_SIZE for r in rows}:
                self._pages.pop(page, None)
            for r in rows:
                self.dataChanged.emit(self.index(r, 0), self.index(r, len(Column) - 1))

        self._ask(apply, len(self._ids))  # as many rows as the view has fetched

    # --- Qt model interface ----------------------------------------------------------

    def rowCount(self, parent: QModelIndex | _Key = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: QModelIndex | _Key = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(Column)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = {
            Column.NAME: self.tr("Name"),
            Column.TIER: self.tr("Tier"),
            Column.PHONE: self.tr("Mobile"),
            Column.MANAGER: self.tr("Account manager"),
            Column.LAST_REACHED: self.tr("Last reached"),
            Column.GROUP: self.tr("Group customer"),
        }
        return titles.get(Column(section)) if 0 <= section < len(Column) else None

    def data(self, index: QModelIndex | _Key, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.row_at(index.row())
        if row is None:
            return None
        column = Column(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, column)
        if role == Qt.ItemDataRole.ToolTipRole and column is Column.MANAGER and row.manager_code:
            return row.manager_code
        if role == MEMBER_ID_ROLE:
            return row.id
        if role == TIER_ROLE:
            return row.tier
        if role == ROW_ROLE:
            return row
        if column is Column.TIER:
            if role == Qt.ItemDataRole.BackgroundRole:
                return QBrush(TIER_BACKGROUND[row.tier])
            if role == Qt.ItemDataRole.ForegroundRole:
                return QBrush(TIER_FOREGROUND[row.tier])
            if role == Qt.ItemDataRole.TextAlignmentRole:
                return Qt.AlignmentFlag.AlignCenter
            if role == Qt.ItemDataRole.FontRole and row.tier is Tier.DIAMOND:
                return self._bold
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        sort = SORT_BY_COLUMN.get(Column(column)) if 0 <= column < len(Column) else None
        if sort is None:
            return  # not sortable in SQL (e.g. the group column): keep the current order
        descending = order == Qt.SortOrder.DescendingOrder
        if (sort, descending) == (self._query.sort, self._query.descending):
            return
        self._query = _with(self._query, sort=sort, descending=descending)
        self._ask(self._replace_ids)

    # --- the next page, as the view scrolls to the end --------------------------------

    def canFetchMore(self, parent: QModelIndex | _Key = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and self._loaded and not self._complete and not self._fetching

    def fetchMore(self, parent: QModelIndex | _Key = QModelIndex()) -> None:  # noqa: B008
        if not self.canFetchMore(parent):
            return
        source, query, offset, shown = self._source, self._query, len(self._ids), self._shown
        size = self.FETCH_SIZE
        self._fetching = True

        def done(keys: list[str]) -> None:
            if shown != self._shown:
                return  # the list was replaced meanwhile: this page is not its next one
            self._fetching = False
            if keys:
                self.beginInsertRows(QModelIndex(), offset, offset + len(keys) - 1)
                self._ids.extend(keys)
                self._pages.pop(offset // self.PAGE_SIZE, None)  # its rows were cut short
                self.endInsertRows()
            if len(keys) < size:  # the last page: the count is exact now
                self._complete = True
                if (self._count, self._count_more) != (len(self._ids), False):
                    self._count, self._count_more = len(self._ids), False
                    self.count_changed.emit(self._count)

        def failed(exc: BaseException) -> None:
            if shown == self._shown:
                self._fetching = False
            log.error("the member list's next page could not be read", exc_info=exc)

        if self._runner is None:
            done(_page_of(source, query, offset, size))
            return
        self._runner.run(
            lambda _progress: _page_of(source, query, offset, size), on_done=done, on_error=failed
        )

    # --- rows ------------------------------------------------------------------------

    def member_id(self, row: int) -> uuid.UUID:
        return uuid.UUID(self._ids[row])

    def row_at(self, row: int) -> MemberRow | None:
        if not 0 <= row < len(self._ids):
            return None
        page_no = row // self.PAGE_SIZE
        page = self._pages.get(page_no)
        if page is None:
            page = self._fetch_page(page_no)
        else:
            self._pages.move_to_end(page_no)
        return page[row - page_no * self.PAGE_SIZE]

    def _fetch_page(self, page_no: int) -> list[MemberRow | None]:
        start = page_no * self.PAGE_SIZE
        ids = [uuid.UUID(key) for key in self._ids[start : start + self.PAGE_SIZE]]
        by_id = {r.id: r for r in self._source.rows(ids)}
        page: list[MemberRow | None] = [by_id.get(i) for i in ids]  # None: deleted meanwhile
        self.pages_fetched += 1
        self._pages[page_no] = page
        while len(self._pages) > self.CACHED_PAGES:
            self._pages.popitem(last=False)
        return page

    def _relayout(self, new_ids: list[str]) -> None:
        """Same members, new order: keep selections and the current item on their member."""
        self.layoutAboutToBeChanged.emit()
        old = self.persistentIndexList()
        old_ids = [self._ids[i.row()] if 0 <= i.row() < len(self._ids) else None for i in old]
        self._ids = new_ids
        self._pages.clear()
        if not old:
            self.layoutChanged.emit()
            return
        wanted = set(old_ids)
        position = {key: r for r, key in enumerate(new_ids) if key in wanted}
        new = [
            self.index(position[m], i.column()) if m in position else QModelIndex()
            for i, m in zip(old, old_ids, strict=True)
        ]
        self.changePersistentIndexList(old, new)
        self.layoutChanged.emit()

    def _display(self, row: MemberRow, column: Column) -> str:
        if column is Column.NAME:
            return row.name
        if column is Column.TIER:
            return tier_label(row.tier)
        if column is Column.PHONE:
            return format_mobile(row.phone)
        if column is Column.MANAGER:
            return row.manager_name or self.tr("unassigned")
        if column is Column.LAST_REACHED:
            if row.last_reached_at is None:
                return self.tr("never")
            return format_date(local_date(row.last_reached_at, self._tz))
        return row.group_name or ""


def _with(query: MemberQuery, **changes: Any) -> MemberQuery:
    return replace(query, **changes)
