"""The Plans section: the month (or week) calendar with the saved plan on it, the day's
items, the plan's status and actions; for a lead, the team's submitted plans to approve or
reject.

Month | Week switches between the monthly plan (a month grid) and the weekly plan (one
ISO week, Monday to Sunday, as seven day columns listing the items); each is its own saved
plan. Before a plan is saved the calendar shows the rules' proposal as the printed plan
lays it out (working days only; carried-over items within the daily capacity, a day over
it marked); the week shows the same placement as the month, and a week with no plan of
its own shows the saved monthly plan on its days. A provisional calendar (a year with no
official schedule yet) is said above the calendar. "Generate plan" saves the month's or week's plan (vipcrm.services.saved_plans); its
items can then be dragged from the day list onto another day (or moved with "Move to…"),
own visits, meetings and notes added, items ticked done, and the plan submitted. Print
writes the plan's PDF off the GUI thread and opens it: the saved plan as saved, or the
rules' proposal marked as not saved.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Sequence
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from PySide6.QtCore import QStandardPaths, Qt, QTimer, QUrl
from PySide6.QtGui import QBrush, QColor, QDesktopServices
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QListView,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from vipcrm.domain.dates import local_date
from vipcrm.domain.plan_layout import week_period
from vipcrm.domain.values import PlanKind, PlanStatus, Role
from vipcrm.services.plan_contents import PlanRow
from vipcrm.services.saved_plans import PlanItemRow, PlanSummary, PlanView, parse_period
from vipcrm.ui.backends.plans import MonthView, PlansBackend
from vipcrm.ui.errors import show_error
from vipcrm.ui.labels import fill, format_date, format_day, texts
from vipcrm.ui.screens.base import Screen, UiContext
from vipcrm.ui.screens.plans.dialogs import (
    AddItemDialog,
    MoveDialog,
    NewItem,
    own_kind_label,
    plan_status_label,
)
from vipcrm.ui.screens.plans.month_model import (
    DAY_ROLE,
    ITEM_MIME,
    Arranged,
    MonthModel,
    arrange,
)
from vipcrm.ui.screens.plans.queue import PlanQueuePanel
from vipcrm.ui.widgets import CountPill, Heading, Notice, WholeWordsDelegate

# What the runner reads for a period: its calendar, the saved plan, a lead's queue of plans
# to approve, and the calendar's items arranged by day and counted.
Loaded = tuple[MonthView, PlanView | None, list[PlanSummary] | None, Arranged]

LAYOUT_BATCH = 200  # a day list's items laid out per turn of the event loop
ITEM_ROLE = Qt.ItemDataRole.UserRole  # the plan item's id (text), for saved plans
MEMBER_ROLE = Qt.ItemDataRole.UserRole + 1  # the member's id (text), if any
STATUS_COLOURS = {
    PlanStatus.DRAFT: "grey",
    PlanStatus.SUBMITTED: "amber",
    PlanStatus.APPROVED: "green",
    PlanStatus.REJECTED: "red",
}


def ask_comment(parent: QWidget | None, title: str, prompt: str) -> str | None:
    text, ok = QInputDialog.getText(parent, title, prompt)
    return text if ok else None


def confirm(parent: QWidget | None, title: str, text: str) -> bool:
    answer = QMessageBox.question(parent, title, text)
    return answer == QMessageBox.StandardButton.Yes


def week_key(monday: date) -> str:
    """The ISO week of a Monday as the plans name it: 2026-W51."""
    iso = monday.isocalendar()
    return week_period(iso.year, iso.week).key


def export_dir() -> Path:
    docs = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return (Path(docs) if docs else Path.home()) / "vipcrm"


class DayList(QListWidget):
    """One day's items (thousands on a team's or region's day: filled a chunk at a time);
    saved plan items drag onto the calendar."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragOnly)
        self.setDefaultDropAction(Qt.DropAction.CopyAction)  # the list is re-read, not cut
        # Laid out a batch at a time, a turn of the event loop each: every chunk added made
        # the view measure all the day's wrapped lines again in one turn, up to ~50 ms of
        # the UI thread at 3,000 items (docs/benchmarks.md, issue 22 point 5).
        self.setLayoutMode(QListView.LayoutMode.Batched)
        self.setBatchSize(LAYOUT_BATCH)

    def mimeTypes(self) -> list[str]:
        return [ITEM_MIME]

    def mimeData(self, items: Sequence[QListWidgetItem]) -> Any:
        from PySide6.QtCore import QMimeData

        ids = [i.data(ITEM_ROLE) for i in items if i.data(ITEM_ROLE)]
        data = QMimeData()
        if ids:
            data.setData(ITEM_MIME, ids[0].encode())
        return data


class PlansScreen(Screen):
    ctx: UiContext[PlansBackend]

    def __init__(self, ctx: UiContext[PlansBackend]) -> None:
        super().__init__(ctx)
        # Replaced in tests: the modal questions and where PDFs go.
        self.ask_comment: Callable[[QWidget | None, str, str], str | None] = ask_comment
        self.confirm: Callable[[QWidget | None, str, str], bool] = confirm
        self.ask_new_item: Callable[[date, list[Any]], NewItem | None] = self._ask_new_item
        self.ask_day: Callable[[PlanItemRow], date | None] = self._ask_day
        self.export_dir = export_dir()
        today = ctx.backend.today()
        self.year, self.month = today.year, today.month
        self.weekly = False  # the week's plan (Monday week_start) instead of the month's
        self.week_start = today - timedelta(days=today.weekday())
        self.selected_day: date | None = None
        # A day's list is filled this many items per turn of the event loop: a lead's team
        # or an administrator's has thousands on a day (~0.15 s of UI-thread CPU for 4,700
        # at team scale), and the window answers between the turns (issue 22 point 5).
        self.day_chunk = 300
        self._day_shown = 0  # which showing of a day is under way (a newer one stops it)
        self.plan: PlanView | None = None
        self.month_view: MonthView | None = None
        self._keepers_loaded = False
        self.model = MonthModel(self)
        self.model.item_dropped.connect(self.move_item)

        self.title = Heading()
        self.manager_caption = QLabel(self.tr("Plan &of:"))
        self.manager_combo = QComboBox()
        self.manager_caption.setBuddy(self.manager_combo)
        self.manager_caption.hide()
        self.manager_combo.hide()
        self.manager_combo.currentIndexChanged.connect(lambda _i: self.refresh())
        # An administrator's: the team whose books the calendar shows, or all of them (a
        # region's month is ~470,000 items: it opens on the first team, as Today does).
        self.team_caption = QLabel(self.tr("&Team:"))
        self.team_combo = QComboBox()
        self.team_caption.setBuddy(self.team_combo)
        self.team_caption.hide()
        self.team_combo.hide()
        self.team_combo.currentIndexChanged.connect(lambda _i: self.refresh())
        self._teams_loaded = False
        # Month | Week: which plan the calendar shows (a segmented pair, keyboard: Alt+H/W)
        self.month_mode_button = QPushButton(self.tr("Mont&h"))
        self.week_mode_button = QPushButton(self.tr("&Week"))
        self.month_mode_button.setToolTip(self.tr("The month's plan, as a month calendar"))
        self.week_mode_button.setToolTip(
            self.tr("The week's plan (Monday to Sunday), with the items of each day")
        )
        self.mode_group = QButtonGroup(self)
        for button in (self.month_mode_button, self.week_mode_button):
            button.setCheckable(True)
            self.mode_group.addButton(button)
        self.month_mode_button.setChecked(True)
        self.month_mode_button.clicked.connect(lambda: self.set_weekly(False))
        self.week_mode_button.clicked.connect(lambda: self.set_weekly(True))
        self.previous_button = QPushButton()
        self.next_button = QPushButton()
        self.this_button = QPushButton()
        self.previous_button.clicked.connect(lambda: self.shift(-1))
        self.next_button.clicked.connect(lambda: self.shift(1))
        self.this_button.clicked.connect(self.this_period)

        self.status_pill = CountPill()
        self.status_pill.hide()
        self.status_text = QLabel()
        self.status_text.setWordWrap(True)
        self.generate_button = QPushButton(self.tr("&Generate plan"))
        self.generate_button.clicked.connect(self.generate)
        self.submit_button = QPushButton(self.tr("S&ubmit for approval"))
        self.submit_button.clicked.connect(self.submit)
        self.print_button = QPushButton(self.tr("P&rint / PDF…"))
        self.print_button.clicked.connect(self.print_plan)
        self._name_period_buttons()

        self.legend = QLabel(
            self.tr(
                "<span style='background:#fde7e7'>&nbsp;holiday&nbsp;</span> "
                "<span style='background:#e3ecfb'>&nbsp;make-up working day&nbsp;</span> "
                "<span style='background:#fff3d6'>&nbsp;today&nbsp;</span> "
                "<span style='color:#b00020'>&nbsp;⚠ over the daily capacity&nbsp;</span>"
            )
        )
        self.notice = Notice()

        self.grid = QTableView()
        self.grid.setModel(self.model)
        # a line too long for its day wraps between words, not inside one ("12580核/实",
        # "暂/定"); its tooltip says the whole day
        self.grid.setWordWrap(True)
        self.grid.setItemDelegate(WholeWordsDelegate(self.grid))
        self.grid.verticalHeader().setVisible(False)
        self.grid.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.grid.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.grid.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.grid.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.grid.setDragDropMode(QAbstractItemView.DragDropMode.DropOnly)
        self.grid.setAcceptDrops(True)
        self.grid.setDropIndicatorShown(True)
        self.grid.selectionModel().currentChanged.connect(lambda cur, _prev: self._day(cur))

        self.day_title = QLabel()
        self.day_title.setStyleSheet("QLabel { font-weight: bold; }")
        self.day_items = DayList()
        self.day_items.itemActivated.connect(self._open_item)
        self.day_items.currentItemChanged.connect(lambda *_: self._update_actions())
        self.add_button = QPushButton(self.tr("&Add visit…"))
        self.move_button = QPushButton(self.tr("Mo&ve to…"))
        self.done_button = QPushButton(self.tr("Mark &done"))
        self.remove_button = QPushButton(self.tr("R&emove"))
        self.add_button.clicked.connect(self.add_item)
        self.move_button.clicked.connect(lambda: self.move_current())
        self.done_button.clicked.connect(self.toggle_done)
        self.remove_button.clicked.connect(self.remove_item)
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet("QLabel { color: #546e7a; }")
        day_actions = QHBoxLayout()
        for button in (self.add_button, self.move_button):
            day_actions.addWidget(button)
        day_actions_2 = QHBoxLayout()
        for button in (self.done_button, self.remove_button):
            day_actions_2.addWidget(button)
        side = QWidget()
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        side_layout.addWidget(self.day_title)
        side_layout.addWidget(self.day_items, 1)
        side_layout.addLayout(day_actions)
        side_layout.addLayout(day_actions_2)
        side_layout.addWidget(self.hint)
        calendar = QSplitter()
        calendar.addWidget(self.grid)
        calendar.addWidget(side)
        calendar.setStretchFactor(0, 3)
        calendar.setStretchFactor(1, 1)
        calendar.setSizes([780, 320])

        self.approvals = PlanQueuePanel()
        self.approvals.open_plan.connect(self.open_submitted)
        self.approvals.decide.connect(self.decide)
        self.approvals.setVisible(ctx.backend.is_lead)
        body = QSplitter(Qt.Orientation.Vertical)
        body.addWidget(calendar)
        body.addWidget(self.approvals)
        body.setStretchFactor(0, 3)
        body.setStretchFactor(1, 1)
        body.setSizes([480, 150])

        # the title on a line of its own (a week's is long), the controls under it
        top = QHBoxLayout()
        segmented = QHBoxLayout()
        segmented.setSpacing(0)
        segmented.addWidget(self.month_mode_button)
        segmented.addWidget(self.week_mode_button)
        top.addLayout(segmented)
        top.addSpacing(12)
        top.addWidget(self.previous_button)
        top.addWidget(self.this_button)
        top.addWidget(self.next_button)
        top.addStretch(1)
        top.addWidget(self.team_caption)
        top.addWidget(self.team_combo)
        top.addWidget(self.manager_caption)
        top.addWidget(self.manager_combo)
        status = QHBoxLayout()
        status.addWidget(self.status_pill)
        status.addWidget(self.status_text, 1)
        status.addWidget(self.generate_button)
        status.addWidget(self.submit_button)
        status.addWidget(self.print_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addLayout(top)
        layout.addLayout(status)
        layout.addWidget(self.legend)
        layout.addWidget(self.notice)
        layout.addWidget(body, 1)
        self._update_actions()
        ctx.hub.changed.connect(lambda changes: self.mark_stale())

    # --- what is shown -----------------------------------------------------------------

    @property
    def period(self) -> str:
        """The plan shown: a month ``2026-12`` or an ISO week ``2026-W51``."""
        if self.weekly:
            return week_key(self.week_start)
        return f"{self.year:04d}-{self.month:02d}"

    def _name_period_buttons(self) -> None:
        if self.weekly:
            self.previous_button.setText(self.tr("◀ &Previous week"))
            self.next_button.setText(self.tr("&Next week ▶"))
            self.this_button.setText(self.tr("This wee&k"))
            self.print_button.setToolTip(
                self.tr("Write the week's plan as an A4 PDF and open it to print")
            )
        else:
            self.previous_button.setText(self.tr("◀ &Previous month"))
            self.next_button.setText(self.tr("&Next month ▶"))
            self.this_button.setText(self.tr("This &month"))
            self.print_button.setToolTip(
                self.tr("Write the month's plan as an A4 PDF and open it to print")
            )

    def _anchor(self) -> date:
        """The day to keep in view when switching between the month and the week."""
        day = self.selected_day
        if day is not None and self.model.view is not None and self.model.in_period(day):
            return day
        today = self.ctx.backend.today()
        if self.weekly:
            return self.week_start if not self._shows(today) else today
        first = date(self.year, self.month, 1)
        return today if (today.year, today.month) == (self.year, self.month) else first

    def _shows(self, day: date) -> bool:
        if self.weekly:
            return self.week_start <= day <= self.week_start + timedelta(days=6)
        return (day.year, day.month) == (self.year, self.month)

    def set_weekly(self, weekly: bool) -> None:
        """Show the week's plan (the week of the selected day) or the month's."""
        if weekly == self.weekly:
            return
        anchor = self._anchor()
        self.weekly = weekly
        self.week_start = anchor - timedelta(days=anchor.weekday())
        self.year, self.month = anchor.year, anchor.month
        self.selected_day = anchor
        (self.week_mode_button if weekly else self.month_mode_button).setChecked(True)
        self._name_period_buttons()
        self.refresh()

    def viewed_manager(self) -> str | None:
        """The code of the manager whose plan is shown (None: the acting user)."""
        code = self.manager_combo.currentData()
        return None if not code or code == self.ctx.backend.actor.code else code

    def viewed_team(self) -> str | None:
        """The team an administrator's calendar shows (None: every team, or not an admin)."""
        return self.team_combo.currentData() if self.team_combo.count() else None

    def editable(self) -> bool:
        """The acting user may change the plan shown: a manager their own, an admin any
        manager's (a lead decides on plans, and has no book of their own to plan)."""
        role = self.ctx.backend.actor.role
        if role is Role.ADMIN:
            return self.viewed_manager() is not None
        return role is Role.MANAGER and self.viewed_manager() is None

    def shift(self, steps: int) -> None:
        """Go ``steps`` months (or weeks, in the week view) on or back."""
        if self.weekly:
            self.week_start += timedelta(weeks=steps)
            self.year, self.month = self.week_start.year, self.week_start.month
        else:
            index = self.year * 12 + (self.month - 1) + steps
            self.year, self.month = divmod(index, 12)
            self.month += 1
        self.refresh()

    def this_period(self) -> None:
        today = self.ctx.backend.today()
        self.year, self.month = today.year, today.month
        self.week_start = today - timedelta(days=today.weekday())
        self.refresh()

    def refresh(self) -> None:
        backend = self.ctx.backend
        if not self._keepers_loaded and backend.is_lead:
            self._keepers_loaded = True
            self.ctx.ops.read(backend.log_keepers, self._keepers)
        if not self._teams_loaded and backend.actor.role is Role.ADMIN:
            self._teams_loaded = True  # the teams first: the calendar opens on one of them
            self.ctx.ops.read(backend.teams, self._teams, on_error=lambda e: show_error(self, e))
            return
        period, code, team = self.period, self.viewed_manager(), self.viewed_team()
        lead = backend.is_lead
        if self.weekly:
            monday = self.week_start
            sunday = monday + timedelta(days=6)
            iso = monday.isocalendar()
            self.title.setText(
                fill(
                    self.tr("Service plan, week %1 of %2 (%3 – %4)"),
                    iso.week,
                    iso.year,
                    format_date(monday),
                    format_date(sunday),
                )
            )
        else:
            self.title.setText(fill(self.tr("Service plan %1-%2"), self.year, f"{self.month:02d}"))

        def load() -> Loaded:
            view = backend.plan_calendar(period, code, team)
            plan = backend.saved_plan(period, code)
            queue = backend.plans_to_approve() if lead else None
            return view, plan, queue, arrange(view, plan)  # counted here, not in a paint

        self.ctx.ops.read(load, self._loaded, on_error=lambda exc: show_error(self, exc))

    def _keepers(self, keepers: list[Any]) -> None:
        own = self.ctx.backend.actor.code
        self.manager_combo.blockSignals(True)
        self.manager_combo.clear()
        for m in sorted(keepers, key=lambda m: (m.code != own, m.code)):
            text = (
                self.tr("Whole team (due items)")
                if m.code == own
                else fill(self.tr("%1 (%2)"), m.name, m.code)
            )
            self.manager_combo.addItem(text, m.code)
        self.manager_combo.blockSignals(False)
        self.manager_combo.setVisible(len(keepers) > 1)
        self.manager_caption.setVisible(len(keepers) > 1)

    def _teams(self, teams: list[Any]) -> None:
        self.team_combo.blockSignals(True)
        self.team_combo.clear()
        self.team_combo.addItem(self.tr("All teams (the whole region)"), None)
        for team in teams:
            label = fill(self.tr("Team %1 (%2)"), team.name, team.code) if team.name else team.code
            self.team_combo.addItem(label, team.code)
        self.team_combo.setCurrentIndex(1 if teams else 0)
        self.team_combo.blockSignals(False)
        self.team_combo.setVisible(bool(teams))
        self.team_caption.setVisible(bool(teams))
        self.refresh()

    def _loaded(self, result: Loaded) -> None:
        view, plan, queue, arranged = result
        self.month_view, self.plan = view, plan
        self.model.set_view(view, plan, editable=self.editable(), arranged=arranged)
        # a provisional calendar says so
        self.notice.show_text("\n".join(texts().provisional_years(view.provisional_years)))
        self._show_status(plan)
        if queue is not None:
            self.approvals.set_rows(queue)
            self.badge_changed.emit(len(queue))
        focus = self.selected_day
        if focus is None or not self.model.in_period(focus):
            first_workday = next((d for d, i in sorted(view.days.items()) if i.workday), None)
            fallback = first_workday or self.model.first
            focus = view.today if self.model.in_period(view.today) else fallback
        index = self.model.index_of(focus)
        if self.grid.currentIndex() == index:
            self._day(index)
        else:
            self.grid.setCurrentIndex(index)  # shows the day (currentChanged): once

    def _show_status(self, plan: PlanView | None) -> None:
        editable = self.editable()
        self.generate_button.setVisible(editable)
        self.submit_button.setVisible(editable)
        # a lead's "whole team" view has no one plan to print: pick a manager first
        self.print_button.setVisible(editable or self.viewed_manager() is not None)
        if plan is None:
            self.status_pill.hide()
            whose = self.viewed_manager()
            if whose:
                text = (
                    fill(self.tr("%1 has no saved plan for this week."), whose)
                    if self.weekly
                    else fill(self.tr("%1 has no saved plan for this month."), whose)
                )
            elif not editable:
                text = (
                    self.tr(
                        "What the rules make due this week for the managers you see. Pick a "
                        "manager to see their saved plan; submitted plans wait below."
                    )
                    if self.weekly
                    else self.tr(
                        "What the rules make due this month for the managers you see. Pick a "
                        "manager to see their saved plan; submitted plans wait below."
                    )
                )
            elif self.weekly and self.month_view is not None and self.month_view.month_plans:
                text = fill(
                    self.tr(
                        "No saved plan for this week: the calendar shows the saved monthly plan "
                        "(%1) on its days. Generate the week's plan to save these days as the "
                        "week's own plan, then move items, add visits and submit it."
                    ),
                    ", ".join(self.month_view.month_plans),
                )
            elif self.weekly:
                text = self.tr(
                    "No saved plan for this week yet: the calendar shows what the rules make "
                    "due, as the month's plan lays it out. Generate the week's plan to save it, "
                    "then move items, add visits and submit it. (Printing now gives the rules' "
                    "proposal, marked not saved.)"
                )
            else:
                text = self.tr(
                    "No saved plan for this month yet: the calendar shows what the rules make "
                    "due, on working days. Generate the plan to save it, then move items, add "
                    "visits and submit it."
                )
            self.status_text.setText(text)
            self.generate_button.setText(self.tr("&Generate plan"))
            self.submit_button.setEnabled(False)
            self.submit_button.setToolTip(
                self.tr("Generate the plan first: there is nothing to submit")
            )
            self.hint.setText("")
            self._update_actions()
            return
        self.status_pill.set_colour(STATUS_COLOURS[plan.status])
        self.status_pill.setText(plan_status_label(plan.status))
        self.status_pill.show()
        self.status_text.setText(self._status_details(plan))
        self.generate_button.setText(self.tr("&Generate again…"))
        can_submit = plan.status in (PlanStatus.DRAFT, PlanStatus.REJECTED)
        self.submit_button.setEnabled(can_submit)
        self.submit_button.setToolTip(
            ""
            if can_submit
            else self.tr("Already submitted: the lead decides on it")
            if plan.status is PlanStatus.SUBMITTED
            else self.tr("Approved: change the plan first if it needs approval again")
        )
        self.hint.setText(
            self.tr("Drag an item onto another day of the calendar to move it.") if editable else ""
        )
        self._update_actions()

    def _status_details(self, plan: PlanView) -> str:
        counts = fill(
            self.tr("version %1 · %n item(s), %2 done", "", plan.total), plan.version, plan.done
        )
        decided = format_date(local_date(plan.decided_at)) if plan.decided_at else ""
        who = plan.decided_by_name or plan.decided_by_code or ""
        if plan.status is PlanStatus.SUBMITTED:
            submitted = format_date(local_date(plan.submitted_at)) if plan.submitted_at else ""
            text = fill(self.tr("Submitted on %1, waiting for the lead."), submitted)
        elif plan.status is PlanStatus.APPROVED:
            text = fill(self.tr("Approved by %1 on %2."), who, decided)
        elif plan.status is PlanStatus.REJECTED:
            text = fill(self.tr("Rejected by %1 on %2."), who, decided)
        elif plan.approved_version is not None:
            text = self.tr("Changed after approval: submit it again.")
        else:
            text = self.tr("Not submitted yet.")
        if plan.decision_comment and plan.status in (PlanStatus.APPROVED, PlanStatus.REJECTED):
            text += " " + fill(self.tr("“%1”"), plan.decision_comment)
        return f"{text}  ({counts})"

    def _day(self, index: Any) -> None:
        self.day_items.clear()
        self._day_shown += 1
        view = self.model.view
        if not index.isValid() or view is None:
            self._update_actions()
            return
        day = index.data(DAY_ROLE)
        self.selected_day = day
        items = self.model.items_on(day)
        self.day_title.setText(fill(self.tr("%1: %n item(s)", "", len(items)), format_day(day)))
        self._add_entries(items, 0, self._day_shown)
        self._update_actions()

    def _add_entries(self, items: Sequence[Any], start: int, showing: int) -> None:
        """The day's items from ``start``, ``day_chunk`` of them, the rest at the next turn
        of the event loop; dropped when another day (or a reload) is shown meanwhile."""
        if showing != self._day_shown:
            return
        end = min(len(items), start + self.day_chunk)
        editable = self.model.editable
        for item in items[start:end]:
            if isinstance(item, PlanItemRow):
                entry = QListWidgetItem(self._item_text(item))
                entry.setData(ITEM_ROLE, str(item.id))
                entry.setData(MEMBER_ROLE, str(item.member_id) if item.member_id else "")
                flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
                if editable and not item.done:
                    flags |= Qt.ItemFlag.ItemIsDragEnabled
                entry.setFlags(flags)
                if item.done:
                    entry.setForeground(QBrush(QColor("#78909c")))
            else:  # a row the plan shows without a saved plan of its own
                entry = QListWidgetItem(self._row_text(item))
                entry.setData(ITEM_ROLE, "")
                entry.setData(MEMBER_ROLE, item.member_id or "")
                if item.late:
                    entry.setForeground(QBrush(QColor("#b00020")))
            self.day_items.addItem(entry)
        if end < len(items):
            QTimer.singleShot(0, self, lambda: self._add_entries(items, end, showing))

    def _item_text(self, item: PlanItemRow | PlanRow) -> str:
        mark = "✓ " if item.done else ""
        if item.own:
            what = own_kind_label(item.kind)
            if item.member_name and item.note:
                return mark + fill(self.tr("%1: %2 — %3"), what, item.member_name, item.note)
            return mark + fill(self.tr("%1: %2"), what, item.member_name or item.note)
        carried = item.carried_from if isinstance(item, PlanItemRow) else None
        why = texts().plan_item(item.reason, item.note, carried)
        return mark + fill(self.tr("%1 — %2"), item.member_name, why)

    def _row_text(self, row: PlanRow) -> str:
        """A row of the proposal (or of a week's saved month): who, what, and when it was
        due when the plan puts it later (carried over, or no working day on time)."""
        if row.own:
            text = self._item_text(row)  # the same fields as a saved item
        else:
            text = ("✓ " if row.done else "") + fill(
                self.tr("%1 — %2"), row.member_name, texts().plan_item(row.reason, row.note, None)
            )
        if row.carried and row.due_date is not None:
            return fill(self.tr("Carried over (due %1): %2"), format_date(row.due_date), text)
        if row.late and row.due_date is not None:
            return fill(self.tr("Late (due %1): %2"), format_date(row.due_date), text)
        return text

    def current_item(self) -> PlanItemRow | None:
        entry = self.day_items.currentItem()
        if entry is None or self.plan is None or not entry.data(ITEM_ROLE):
            return None
        item_id = uuid.UUID(entry.data(ITEM_ROLE))
        return next((i for i in self.plan.items if i.id == item_id), None)

    def _update_actions(self) -> None:
        editable = self.model.editable
        item = self.current_item()
        day = self.selected_day
        in_plan = (
            self.plan is not None and day is not None and self.plan.start <= day <= self.plan.end
        )
        for button in (self.add_button, self.move_button, self.done_button, self.remove_button):
            button.setVisible(self.plan is not None and self.editable())
        self.add_button.setEnabled(editable and in_plan)
        self.move_button.setEnabled(editable and item is not None and not item.done)
        self.done_button.setEnabled(editable and item is not None)
        self.done_button.setText(
            self.tr("Mark not &done") if item is not None and item.done else self.tr("Mark &done")
        )
        self.remove_button.setEnabled(editable and item is not None and item.own)
        # a disabled button says why
        pick = self.tr("Pick an item in the day's list first")
        self.add_button.setToolTip(
            "" if in_plan else self.tr("Pick a day of this plan in the calendar first")
        )
        self.move_button.setToolTip(
            pick
            if item is None
            else self.tr("This item is done: mark it not done to move it")
            if item.done
            else ""
        )
        self.done_button.setToolTip(pick if item is None else "")
        self.remove_button.setToolTip(
            pick
            if item is None
            else ""
            if item.own
            else self.tr(
                "What the rules make due stays in the plan: move it to another day instead"
            )
        )

    def _open_item(self, entry: QListWidgetItem) -> None:
        value = entry.data(MEMBER_ROLE)
        if value:
            self.open_member.emit(uuid.UUID(value))

    # --- the manager's actions ---------------------------------------------------------

    def _write(self, fn: Callable[[], Any], done_text: str | None = None) -> None:
        def done(_value: Any) -> None:
            if done_text:
                self.message.emit(done_text)

        def failed(exc: BaseException) -> None:
            show_error(self, exc)
            self.refresh()  # show the plan as it is now

        self.ctx.ops.write(fn, done, failed)

    def generate(self) -> None:
        backend, period = self.ctx.backend, self.period
        replace = self.plan is not None
        question = (
            self.tr(
                "Plan the week again from the rules? The items not done are replaced; your "
                "own visits, meetings and notes and the items done are kept. A submitted or "
                "approved plan goes back to draft."
            )
            if self.weekly
            else self.tr(
                "Plan the month again from the rules? The items not done are replaced; your "
                "own visits, meetings and notes and the items done are kept. A submitted or "
                "approved plan goes back to draft."
            )
        )
        if replace and not self.confirm(self, self.tr("Generate the plan again"), question):
            return
        self._write(
            lambda: backend.generate_plan(period, replace=replace),
            fill(self.tr("Plan %1 saved."), period),
        )

    def move_item(self, item_id: uuid.UUID, day: date) -> None:
        backend = self.ctx.backend
        self._write(
            lambda: backend.move_plan_item(item_id, day),
            fill(self.tr("Moved to %1."), format_day(day)),
        )

    def move_current(self, day: date | None = None) -> None:
        item = self.current_item()
        if item is None:
            return
        target = day or self.ask_day(item)
        if target is not None and target != item.on:
            self.move_item(item.id, target)

    def _ask_day(self, item: PlanItemRow) -> date | None:
        assert self.plan is not None
        dialog = MoveDialog(self._item_text(item), item.on, self.plan.start, self.plan.end, self)
        return dialog.value() if dialog.exec() == QDialog.DialogCode.Accepted else None

    def new_item_text(self) -> str | None:
        return self.add_button.text() if self.plan is not None and self.editable() else None

    def new_item(self) -> bool:
        """Ctrl+N: add a visit on the day picked (or say what to pick first)."""
        if not (self.add_button.isVisibleTo(self) and self.add_button.isEnabled()):
            reason = self.add_button.toolTip() or self.tr("Generate the plan first.")
            self.message.emit(reason)
            return False
        self.add_item()
        return True

    def add_item(self) -> None:
        plan, day = self.plan, self.selected_day
        if plan is None or day is None:
            return
        backend, code = self.ctx.backend, self.viewed_manager()

        def ask(book: list[Any]) -> None:
            new = self.ask_new_item(day, book)
            if new is not None:
                self._write(
                    lambda: backend.add_plan_item(
                        plan.id, new.on, new.kind, new.note, new.member_id
                    ),
                    fill(self.tr("Added on %1."), format_day(new.on)),
                )

        self.ctx.ops.read(
            lambda: backend.plan_book(code), ask, on_error=lambda exc: show_error(self, exc)
        )

    def _ask_new_item(self, day: date, book: list[Any]) -> NewItem | None:
        assert self.plan is not None
        dialog = AddItemDialog(day, self.plan.start, self.plan.end, book, self)
        return dialog.value() if dialog.exec() == QDialog.DialogCode.Accepted else None

    def toggle_done(self) -> None:
        item = self.current_item()
        if item is not None:
            backend = self.ctx.backend
            self._write(lambda: backend.mark_plan_item(item.id, not item.done))

    def remove_item(self) -> None:
        item = self.current_item()
        if item is not None and item.own:
            backend = self.ctx.backend
            self._write(lambda: backend.remove_plan_item(item.id), self.tr("Item removed."))

    def submit(self) -> None:
        plan = self.plan
        if plan is not None:
            backend = self.ctx.backend
            self._write(
                lambda: backend.submit_plan(plan.id),
                self.tr("Plan submitted for the lead's approval."),
            )

    def print_plan(self) -> None:
        backend, period = self.ctx.backend, self.period
        code = self.viewed_manager() or backend.actor.code
        out = self.export_dir / f"plan-{period}-{code}.pdf"
        self.print_button.setEnabled(False)
        self.message.emit(self.tr("Writing the plan's PDF…"))

        def done(printed: Any) -> None:
            self.print_button.setEnabled(True)
            self.message.emit(
                fill(
                    self.tr("Plan written to %1 (%n page(s)).", "", printed.pages),
                    str(printed.path),
                )
            )
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(printed.path)))

        def failed(exc: BaseException) -> None:
            self.print_button.setEnabled(True)
            show_error(self, exc)

        self.ctx.ops.read(lambda: backend.print_plan(code, period, out), done, on_error=failed)

    # --- the lead's decisions ----------------------------------------------------------

    def open_submitted(self, summary: PlanSummary) -> None:
        """Show a submitted plan in the calendar (its manager and month or week)."""
        start = parse_period(summary.period).start
        self.year, self.month = start.year, start.month
        self.weekly = summary.kind is PlanKind.WEEK
        self.week_start = start - timedelta(days=start.weekday())
        self.selected_day = None
        (self.week_mode_button if self.weekly else self.month_mode_button).setChecked(True)
        self._name_period_buttons()
        index = self.manager_combo.findData(summary.manager_code)
        if index >= 0 and index != self.manager_combo.currentIndex():
            self.manager_combo.setCurrentIndex(index)  # refreshes
        else:
            self.refresh()

    def decide(self, summary: PlanSummary, approve: bool) -> None:
        title = self.tr("Approve the plan") if approve else self.tr("Reject the plan")
        prompt = fill(
            self.tr("Comment on %1's plan %2 (version %3):"),
            summary.manager_name,
            summary.period,
            summary.version,
        )
        comment = self.ask_comment(self, title, prompt)
        if comment is None:
            return
        backend = self.ctx.backend
        self._write(
            lambda: backend.decide_plan(summary.id, summary.version, approve, comment),
            self.tr("Plan approved.") if approve else self.tr("Plan rejected."),
        )
