"""The Today screen: the day's work, grouped, with one-key actions on a row.

An administrator's Today opens on the region summary (one row per team, counted a team at
a time: ``vipcrm/ui/region.py``) and shows a team's items when the team is chosen.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import QModelIndex, QTimer, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QStackedWidget,
    QTableView,
    QTreeView,
    QVBoxLayout,
)

from vipcrm.domain.due import DueItem, DueKind
from vipcrm.domain.values import Channel, Occasion
from vipcrm.services.campaigns import CampaignRow
from vipcrm.services.context import Changes
from vipcrm.services.directory import TeamRow
from vipcrm.ui import region
from vipcrm.ui.backends.base import BookState
from vipcrm.ui.backends.today import TodayBackend
from vipcrm.ui.empty_book import no_members_text
from vipcrm.ui.errors import error_text, message_text, show_error
from vipcrm.ui.labels import fill, format_day, texts
from vipcrm.ui.log_dialog import ContactInput, ask_contact
from vipcrm.ui.screens.base import Screen, Section, UiContext
from vipcrm.ui.screens.today.model import (
    TEAM_ROLE,
    Col,
    Part,
    RegionSummaryModel,
    SummaryCol,
    TodayModel,
    item_key,
)
from vipcrm.ui.sms import PURPOSE_BY_KIND, SmsPurpose, fill_sms, template_for
from vipcrm.ui.widgets import (
    CountPill,
    EmptyState,
    Heading,
    Notice,
    keep_titles_whole,
    tip_elided_cells,
)

HORIZON_DAYS = 7
CARD_KINDS = {
    DueKind.CARD_DATA,
    DueKind.CARD_NOTIFY,
    DueKind.CARD_RECEIPT_CHECK,
    DueKind.CARD_PICKUP_REMINDER,
    DueKind.CARD_DELIVERY,
}
SMS_FIRST = {
    DueKind.ROUTINE_SMS,
    DueKind.EXPLAIN_SMS,
    DueKind.BIRTHDAY_GREETING,
    DueKind.HOLIDAY_GREETING,
}


class TodayScreen(Screen):
    loaded = Signal()  # the list (or the administrator's summary of teams) is showing
    summary_done = Signal()  # every team of the summary is counted

    ctx: UiContext[TodayBackend]

    def __init__(self, ctx: UiContext[TodayBackend]) -> None:
        super().__init__(ctx)
        self.region = region.sees_region(ctx.backend)
        self._summary_run = 0
        self._expand_run = 0  # the parts of the newest list still to open (_after_reset)
        self.ask_contact = ask_contact  # replaced in tests
        self.request_gift: Any = None  # set by the app: (member_id, occasion) -> None
        self.show_cards: Any = None  # set by the app: () -> None
        self.model = TodayModel(self)
        self._handled: set[tuple[str, str, date, str]] = set()
        self._handled_day: date | None = None
        self._managers: dict[str, Any] = {}

        self.heading = Heading()
        self.pills = {
            Part.OVERDUE: CountPill("red"),
            Part.TODAY: CountPill("blue"),
            Part.SOON: CountPill("grey"),
        }
        self.refresh_button = QPushButton(self.tr("&Refresh"))
        self.refresh_button.clicked.connect(self.refresh)
        top = QHBoxLayout()
        top.addWidget(self.heading)
        top.addSpacing(16)
        for pill in self.pills.values():
            top.addWidget(pill)
        top.addStretch(1)
        self.scope_combo = QComboBox()  # an administrator's: the summary or one team
        self.scope_combo.addItem(self.tr("Region summary (all teams)"), None)
        self.scope_combo.setVisible(self.region)
        self.scope_combo.activated.connect(lambda _i: self.refresh())
        top.addWidget(self.scope_combo)
        top.addWidget(self.refresh_button)

        self.notice = Notice()
        self.tree = self._build_tree()
        self.empty = EmptyState()
        self.empty.linkActivated.connect(self.command.emit)
        self._book: BookState | None = None  # read when nothing is due: members at all?
        self.summary = RegionSummaryModel(self)
        self.summary_view = self._build_summary()
        self.body = QStackedWidget()
        self.body.addWidget(self.tree)
        self.body.addWidget(self.empty)
        self.body.addWidget(self.summary_view)

        self.call_button = QPushButton(self.tr("Log &call…"))
        self.call_button.setToolTip(self.tr("Log a call and its outcome (Ctrl+L)"))
        self.sms_button = QPushButton(self.tr("Log &SMS…"))
        self.copy_button = QPushButton(self.tr("Cop&y SMS text"))
        self.open_button = QPushButton(self.tr("&Open member"))
        self.open_button.setToolTip(self.tr("Open the member page (Enter)"))
        self.gift_button = QPushButton(self.tr("Request &gift…"))
        self.card_button = QPushButton(self.tr("Go to the &card"))
        self.confirm_button = QPushButton(self.tr("Confirm 12580 sen&t"))
        self.confirm_button.setToolTip(
            self.tr("The SMS sent through the 12580 group platform was really sent")
        )
        self.call_button.clicked.connect(lambda: self.log_current(Channel.PHONE))
        self.sms_button.clicked.connect(lambda: self.log_current(Channel.SMS))
        self.copy_button.clicked.connect(self.copy_sms)
        self.open_button.clicked.connect(self.open_current)
        self.gift_button.clicked.connect(self.gift_current)
        self.card_button.clicked.connect(self.card_current)
        self.confirm_button.clicked.connect(self.confirm_current)
        actions = QHBoxLayout()
        for button in (
            self.call_button,
            self.sms_button,
            self.copy_button,
            self.open_button,
            self.gift_button,
            self.card_button,
            self.confirm_button,
        ):
            actions.addWidget(button)
        actions.addStretch(1)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.notice)
        layout.addWidget(self.body, 1)
        layout.addLayout(actions)
        self._update_actions()
        ctx.hub.changed.connect(self.on_changes)

    def _build_tree(self) -> QTreeView:
        tree = QTreeView()
        tree.setModel(self.model)
        tree.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        tree.setAlternatingRowColors(True)
        tree.setUniformRowHeights(True)
        tree.setRootIsDecorated(True)
        tree.setWordWrap(False)
        header = tree.header()
        header.setStretchLastSection(False)
        scale = max(1.0, tree.fontMetrics().averageCharWidth() / 7)
        for col, width in ((Col.MEMBER, 150), (Col.TIER, 64), (Col.PHONE, 120), (Col.DUE, 120)):
            title = header.sectionSizeFromContents(col).width()  # never cut
            header.resizeSection(col, max(int(width * scale), title))
        header.setSectionResizeMode(Col.WHY, QHeaderView.ResizeMode.Stretch)
        keep_titles_whole(tree)
        tip_elided_cells(tree)
        tree.activated.connect(self._activated)
        tree.selectionModel().currentChanged.connect(lambda *_: self._update_actions())
        self.model.modelReset.connect(self._after_reset)
        self.model.rowsRemoved.connect(lambda *_: self._show_counts())
        return tree

    def _build_summary(self) -> QTableView:
        view = QTableView()
        view.setModel(self.summary)
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        view.setAlternatingRowColors(True)
        view.verticalHeader().setVisible(False)
        header = view.horizontalHeader()
        header.setSectionResizeMode(SummaryCol.TEAM, QHeaderView.ResizeMode.Stretch)
        keep_titles_whole(view)
        tip_elided_cells(view)
        view.setToolTip(self.tr("Open a team's list with Enter or a double click"))
        view.activated.connect(self._team_activated)
        return view

    # --- loading ---------------------------------------------------------------------

    def scope_team(self) -> str | None:
        """The team an administrator's Today shows (None: the region summary)."""
        return self.scope_combo.currentData() if self.region else None

    def show_team(self, code: str | None) -> None:
        """An administrator's Today: one team's items, or the summary (None)."""
        index = self.scope_combo.findData(code) if code is not None else 0
        if index >= 0:
            self.scope_combo.setCurrentIndex(index)
            self.refresh()

    def _team_activated(self, index: QModelIndex) -> None:
        self.show_team(index.data(TEAM_ROLE))

    def refresh(self) -> None:
        backend = self.ctx.backend
        if self.region and self.scope_team() is None:
            self._refresh_summary()
            return
        team = self.scope_team()

        def load() -> tuple[date, Any, dict[str, Any], BookState | None]:
            today = backend.today()
            if team is None:
                due = backend.due(HORIZON_DAYS, today)
            else:
                due = region.team_due(backend, team, HORIZON_DAYS, today)
            book = backend.book_state() if not due.items and team is None else None
            return today, due, backend.managers(), book

        self.ctx.ops.read(load, self._loaded, on_error=self._failed)

    def _refresh_summary(self) -> None:
        backend = self.ctx.backend
        self._summary_run += 1
        run = self._summary_run
        self.ctx.ops.read(
            lambda: (backend.today(), region.teams(backend)),
            lambda result: self._teams_loaded(run, *result),
            on_error=self._failed,
        )

    def _teams_loaded(self, run: int, today: date, teams: list[TeamRow]) -> None:
        if run != self._summary_run:
            return
        self.heading.setText(fill(self.tr("Today, %1"), format_day(today)))
        current = self.scope_team()
        while self.scope_combo.count() > 1:
            self.scope_combo.removeItem(1)
        for team in teams:
            label = fill(self.tr("Team %1 (%2)"), team.name, team.code) if team.name else team.code
            self.scope_combo.addItem(label, team.code)
        self.scope_combo.setCurrentIndex(max(self.scope_combo.findData(current), 0))
        self.summary.set_teams(teams)
        self.notice.show_text("")
        self._show_summary_counts()
        if teams:
            self.body.setCurrentWidget(self.summary_view)
        else:
            self.empty.setText(self.tr("There are no teams yet."))
            self.body.setCurrentWidget(self.empty)
        self._update_actions()
        self.loaded.emit()
        self._count_team(run, today, self.summary.team_codes(), 0)

    def _count_team(self, run: int, today: date, codes: list[str], at: int) -> None:
        """Count the teams one after another (one short read each, in the background)."""
        if run != self._summary_run:
            return
        if at >= len(codes):
            self.badge_changed.emit(
                self.summary.total(Part.OVERDUE) + self.summary.total(Part.TODAY)
            )
            self.notice.show_text("\n".join(self.summary.warnings()))
            self.summary_done.emit()
            return
        backend = self.ctx.backend

        def counted(counts: region.TeamCounts) -> None:
            if run != self._summary_run:
                return
            self.summary.set_counts(counts)
            self._show_summary_counts()
            self._count_team(run, today, codes, at + 1)

        self.ctx.ops.read(
            lambda: region.team_counts(backend, codes[at], HORIZON_DAYS, today),
            counted,
            on_error=self._failed,
        )

    def _show_summary_counts(self) -> None:
        for part, pill in self.pills.items():
            pill.setText(
                fill(self.tr("%1 %2"), self.model.section_title(part), self.summary.total(part))
            )

    def _loaded(self, result: tuple[date, Any, dict[str, Any], BookState | None]) -> None:
        today, due, managers, self._book = result
        if self._handled_day != today:
            self._handled, self._handled_day = set(), today
        self._managers = managers
        self.heading.setText(fill(self.tr("Today, %1"), format_day(today)))
        problems = [message_text(p) for p in due.problems]
        self.notice.show_text("\n".join([*problems, *texts().provisional_years(due.guessed_years)]))
        items = [i for i in due.items if item_key(i) not in self._handled]
        self.model.set_items(items, today)
        self.loaded.emit()

    def _failed(self, exc: BaseException) -> None:
        self._summary_run += 1  # a summary being counted stops here
        self.model.set_items([], self.model.today)
        self.empty.setText(
            fill(self.tr("The list of what is due could not be worked out:\n%1"), error_text(exc))
        )
        self.body.setCurrentWidget(self.empty)

    def _after_reset(self) -> None:
        # The tree lays out every row of an open part at once, a call into the model per
        # row: a lead's ~40,000 items held the UI thread ~190 ms when the three parts opened
        # together. The part with the first item opens now, each other one a turn of the
        # event loop later (issue 22 point 5).
        self._expand_run += 1
        self._show_counts()
        first = next((p for p in Part if self.model.count(p)), None)
        if first is not None:
            self.tree.expand(self.model.index(first, 0))
            self.tree.setCurrentIndex(self.model.index(0, 0, self.model.index(first, 0)))
        self._update_actions()
        self._expand_later(self._expand_run, [p for p in Part if p is not first])

    def _expand_later(self, run: int, parts: list[Part]) -> None:
        if run != self._expand_run or not parts:  # a newer list opens its own parts
            return
        if not self.model.count(parts[0]):  # nothing to lay out: open it now
            self.tree.expand(self.model.index(parts[0], 0))
            self._expand_later(run, parts[1:])
            return

        def expand() -> None:
            if run == self._expand_run:
                self.tree.expand(self.model.index(parts[0], 0))
                self._expand_later(run, parts[1:])

        QTimer.singleShot(0, self, expand)

    def _show_counts(self) -> None:
        for part, pill in self.pills.items():
            pill.setText(
                fill(self.tr("%1 %2"), self.model.section_title(part), self.model.count(part))
            )
        total = sum(self.model.count(p) for p in Part)
        if total == 0 and self._book is not None and self._book.members == 0:
            self.empty.setText(no_members_text(self._book, self.ctx.backend.is_lead))
            self.body.setCurrentWidget(self.empty)
        elif total == 0:
            self.empty.setText(
                self.tr(
                    "Nothing is due in the next 7 days. Well done!\n\n"
                    "Look through your members (Ctrl+2) or plan next month (Ctrl+5)."
                )
            )
            self.body.setCurrentWidget(self.empty)
        else:
            self.body.setCurrentWidget(self.tree)
        self.badge_changed.emit(self.model.count(Part.OVERDUE) + self.model.count(Part.TODAY))

    def on_changes(self, changes: Changes) -> None:
        if changes.everything or changes.contacts or changes.cards or changes.gifts:
            self.mark_stale()
        elif changes.members:
            self.mark_stale()

    # --- the selected item -----------------------------------------------------------

    def current_item(self) -> DueItem | None:
        return self.model.item(self.tree.currentIndex())

    def _update_actions(self) -> None:
        item = self.current_item()
        for button in (self.call_button, self.sms_button, self.copy_button, self.open_button):
            button.setEnabled(item is not None)
        self.gift_button.setEnabled(item is not None and item.kind is DueKind.BIRTHDAY_GIFT)
        self.card_button.setEnabled(item is not None and item.kind in CARD_KINDS)
        self.confirm_button.setVisible(item is not None and item.kind is DueKind.GROUP_SMS_CHECK)

    def _activated(self, index: QModelIndex) -> None:
        if self.model.item(index) is not None:
            self.open_current()

    def open_current(self) -> None:
        item = self.current_item()
        if item is not None:
            self.open_member.emit(uuid.UUID(str(item.member_id)))

    def log_contact_shortcut(self) -> bool:
        if self.current_item() is None:
            return False
        kind = self.current_item().kind  # type: ignore[union-attr]
        self.log_current(Channel.SMS if kind in SMS_FIRST else Channel.PHONE)
        return True

    def log_current(self, channel: Channel) -> None:
        item = self.current_item()
        if item is None:
            return
        backend = self.ctx.backend

        def ask(campaigns: list[CampaignRow]) -> None:
            # The member's open campaigns (read on the runner) offer their results.
            answer: ContactInput | None = self.ask_contact(
                self, item.member_name, channel, campaigns
            )
            if answer is None:
                return
            self._handle(
                item,
                lambda: backend.log_contact(
                    item.member_id,
                    answer.channel,
                    answer.outcome,
                    answer.note,
                    answer.group_sms,
                    answer.campaign,
                ),
                fill(self.tr("Logged for %1."), item.member_name),
            )

        self.ctx.ops.read(
            lambda: backend.open_campaigns(item.member_id), ask, lambda e: show_error(self, e)
        )

    def _handle(self, item: DueItem, write: Callable[[], Changes], done: str) -> None:
        """Take ``item`` off the list and run ``write``; on a refusal it comes back."""
        self.mark_handled(item)

        def failed(exc: BaseException) -> None:
            self._handled.discard(item_key(item))
            show_error(self, exc)
            self.refresh()

        self.ctx.ops.write(write, on_done=lambda _: self.message.emit(done), on_error=failed)

    def mark_handled(self, item: DueItem) -> None:
        """The item leaves the list at once (and stays off it today)."""
        self._handled.add(item_key(item))
        next_index = self.tree.indexBelow(self.tree.currentIndex())
        self.model.remove(item)
        if next_index.isValid() and self.model.item(self.tree.currentIndex()) is None:
            if not next_index.parent().isValid():  # the next part's title: its first item
                next_index = self._first_item_from(next_index.row())
            if next_index.isValid():
                self.tree.setCurrentIndex(next_index)
        self._update_actions()

    def _first_item_from(self, part_row: int) -> QModelIndex:
        """The first item of the first part from ``part_row`` on that has one."""
        for part in list(Part)[part_row:]:
            if self.model.count(part):
                return self.model.index(0, 0, self.model.index(part, 0))
        return QModelIndex()

    def sms_text(self, item: DueItem) -> str:
        purpose = PURPOSE_BY_KIND.get(item.kind, SmsPurpose.ROUTINE)
        manager = self._managers.get(item.manager_code)
        return fill_sms(
            template_for(self.ctx.settings, purpose),
            member=item.member_name,
            manager=manager.name if manager else self.ctx.backend.actor.name,
            phone=(manager.phone or "") if manager else "",
        )

    def copy_sms(self) -> None:
        item = self.current_item()
        if item is None:
            return
        QGuiApplication.clipboard().setText(self.sms_text(item))
        self.message.emit(fill(self.tr("SMS text for %1 copied."), item.member_name))

    def confirm_current(self) -> None:
        """The 12580 check: the selected item's SMS was really sent."""
        item = self.current_item()
        if item is None or item.contact_id is None:
            return
        contact_id, backend = item.contact_id, self.ctx.backend
        self._handle(
            item,
            lambda: backend.confirm_group_sms(contact_id),
            fill(self.tr("Confirmed the 12580 SMS to %1 as sent."), item.member_name),
        )

    def gift_current(self) -> None:
        item = self.current_item()
        if item is not None and self.request_gift is not None:
            self.request_gift(uuid.UUID(str(item.member_id)), Occasion.BIRTHDAY)

    def card_current(self) -> None:
        if self.show_cards is not None:
            self.show_cards()

    def section(self) -> Section:
        return Section.TODAY
