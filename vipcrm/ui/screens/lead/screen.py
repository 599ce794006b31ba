"""The Team section (团队): only built for team leads and administrators.

Seven tabs over one :class:`~vipcrm.ui.backends.team.LeadBackend`: the trends (charts: what
a lead looks at first), the dashboard, the approvals queue, churn and retention, the
campaigns (活动推广 · 满意度回访), the monthly re-grading with assignment, and the
working-day calendar (where each year's working days come from; import the State
Council's schedule). Each tab loads when first shown and again when the hub reports a
change it shows.

The figures are a team's: the lead's own team, or for an administrator (who belongs to no
team) the team chosen at the top; until one is chosen the section says so, and only the
calendar (which is everyone's) can be opened.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from vipcrm.domain.values import Role
from vipcrm.services.context import Changes
from vipcrm.services.directory import TeamRow
from vipcrm.ui.backends.team import LeadBackend
from vipcrm.ui.errors import show_error
from vipcrm.ui.labels import fill
from vipcrm.ui.region import teams
from vipcrm.ui.screens.base import Screen, UiContext
from vipcrm.ui.screens.lead.approvals import ApprovalsPanel
from vipcrm.ui.screens.lead.calendar import CalendarPanel
from vipcrm.ui.screens.lead.campaigns import CampaignsPanel
from vipcrm.ui.screens.lead.churn import ChurnPanel
from vipcrm.ui.screens.lead.dashboard import DashboardPanel
from vipcrm.ui.screens.lead.regrading import RegradingPanel
from vipcrm.ui.screens.lead.trends import TrendsPanel
from vipcrm.ui.widgets import EmptyState


class LeadScreen(Screen):
    ctx: UiContext[LeadBackend]

    def __init__(self, ctx: UiContext[LeadBackend]) -> None:
        super().__init__(ctx)
        self.lead = ctx.backend
        ops = ctx.ops
        self.trends = TrendsPanel(self.lead, ops)
        self.dashboard = DashboardPanel(self.lead, ops)
        self.approvals = ApprovalsPanel(self.lead, ops)
        self.churn = ChurnPanel(self.lead, ops)
        self.campaigns = CampaignsPanel(self.lead, ops)
        self.regrading = RegradingPanel(self.lead, ops)
        self.calendar = CalendarPanel(self.lead, ops)
        self.tabs = QTabWidget()
        # Seven tabs: each title whole, the window a little wider at large text (not scrolled).
        self.tabs.setUsesScrollButtons(False)
        self.tabs.addTab(self.trends, self.tr("&Trends"))
        self.tabs.addTab(self.dashboard, self.tr("&Dashboard"))
        self.tabs.addTab(self.approvals, self.tr("A&pprovals"))
        self.tabs.addTab(self.churn, self.tr("C&hurn and retention"))
        self.tabs.addTab(self.campaigns, self.tr("Ca&mpaigns"))
        self.tabs.addTab(self.regrading, self.tr("&Re-grading and assignment"))
        self.tabs.addTab(self.calendar, self.tr("Ca&lendar"))
        self._stale_tabs = set(range(self.tabs.count()))
        self._calendar_open = False
        self.tabs.currentChanged.connect(self._tab_shown)
        for panel in (self.trends, self.dashboard, self.approvals, self.regrading, self.calendar):
            panel.message.connect(self.message)
        self.churn.open_member.connect(self.open_member)
        self.approvals.count_changed.connect(self._approvals_count)

        self.team_combo = QComboBox()  # an administrator's choice of team
        self.team_combo.addItem(self.tr("Choose a team…"), None)
        self.team_combo.activated.connect(
            lambda _i: self.choose_team(self.team_combo.currentData())
        )
        self.team_caption = QLabel(self.tr("Te&am:"))
        self.team_caption.setBuddy(self.team_combo)
        self.empty = EmptyState()
        self.calendar_button = QPushButton(self.tr("Working-day &calendar…"))
        self.calendar_button.setToolTip(
            self.tr("Where each year's working days come from; import the official schedule")
        )
        self.calendar_button.clicked.connect(self.show_calendar)
        waiting = QWidget()
        waiting_layout = QVBoxLayout(waiting)
        waiting_layout.addWidget(self.empty, 1)
        waiting_layout.addWidget(self.calendar_button, 0, Qt.AlignmentFlag.AlignHCenter)
        waiting_layout.addStretch(1)
        self.body = QStackedWidget()
        self.body.addWidget(self.tabs)
        self.body.addWidget(waiting)
        picker = QHBoxLayout()
        picker.addWidget(self.team_caption)
        picker.addWidget(self.team_combo)
        picker.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(picker)
        layout.addWidget(self.body, 1)
        self._show_picker()
        ctx.hub.changed.connect(self.on_changes)

    def focus_target(self) -> QWidget | None:
        """The tabs when the charts show (→ is the dashboard), else the tab's main list."""
        if self.tabs.currentWidget() is self.trends and self.body.currentWidget() is self.tabs:
            return self.tabs.tabBar()
        return super().focus_target()

    # --- whose team ----------------------------------------------------------------------

    def picks_team(self) -> bool:
        """An administrator in no team chooses the team to look at."""
        actor = self.ctx.backend.actor
        return actor.role is Role.ADMIN and actor.team_id is None

    def has_team(self) -> bool:
        return self.lead.team is not None or self.ctx.backend.actor.team_id is not None

    def _show_picker(self) -> None:
        picks = self.picks_team()
        self.team_caption.setVisible(picks)
        self.team_combo.setVisible(picks)
        for index in range(self.tabs.count()):  # a team's figures need a team
            self.tabs.setTabEnabled(
                index, self.has_team() or self.tabs.widget(index) is self.calendar
            )
        if self.has_team():
            self.body.setCurrentWidget(self.tabs)
            return
        if self._on_calendar():
            return  # the calendar opened before a team was chosen stays open
        self.empty.setText(
            self.tr("Choose a team above to see its dashboard, approvals, churn and re-grading.")
            if picks
            else self.tr("You lead no team yet: an administrator can make you a team's lead.")
        )
        page = self.empty.parentWidget()
        assert page is not None  # the empty text's page in the stack
        self.body.setCurrentWidget(page)

    def _on_calendar(self) -> bool:
        """The calendar was opened by hand before a team was chosen (and is still shown)."""
        return self._calendar_open and self.tabs.currentWidget() is self.calendar

    def show_calendar(self) -> None:
        """The working-day calendar: everyone's, so open also before a team is chosen."""
        self._calendar_open = True
        self.body.setCurrentWidget(self.tabs)
        self.show_tab(self.tabs.indexOf(self.calendar))

    def choose_team(self, code: str | None) -> None:
        """Show ``code``'s figures (an administrator); None goes back to the empty state."""
        if code == self.lead.team:
            return
        self.lead.team = code
        index = self.team_combo.findData(code) if code is not None else 0
        self.team_combo.setCurrentIndex(max(index, 0))
        self._calendar_open = False
        self._show_picker()
        self._stale_tabs = set(range(self.tabs.count()))
        if code is not None:
            self.tabs.setCurrentIndex(0)  # the chosen team's trends
        if code is not None:
            self.refresh()

    def _load_teams(self) -> None:
        backend = self.ctx.backend
        self.ctx.ops.read(lambda: teams(backend), self._teams_loaded, lambda e: show_error(self, e))

    def _teams_loaded(self, rows: list[TeamRow]) -> None:
        current = self.lead.team
        while self.team_combo.count() > 1:
            self.team_combo.removeItem(1)
        for team in rows:
            label = fill(self.tr("%1 (%2)"), team.name, team.code) if team.name else team.code
            self.team_combo.addItem(label, team.code)
        self.team_combo.setCurrentIndex(max(self.team_combo.findData(current), 0))

    def on_changes(self, changes: Changes) -> None:
        if changes == Changes():
            return
        # Contacts, cards, gifts, members, plans and imports all move some figure here.
        self._stale_tabs = set(range(self.tabs.count()))
        self.mark_stale()

    def refresh(self) -> None:
        self._show_picker()
        if self.picks_team() and self.team_combo.count() == 1:
            self._load_teams()
        if not self.has_team():
            if self._on_calendar():
                self._tab_shown(self.tabs.currentIndex())
            return  # nothing else to show until there is a team (no error)
        self._tab_shown(self.tabs.currentIndex())
        approvals = self.tabs.indexOf(self.approvals)
        if approvals in self._stale_tabs and self.tabs.currentIndex() != approvals:
            self._stale_tabs.discard(approvals)
            self.approvals.refresh()  # its count is the section's badge

    def show_tab(self, index: int) -> None:
        self.tabs.setCurrentIndex(index)
        self._tab_shown(index)

    def _tab_shown(self, index: int) -> None:
        team_free = self.tabs.widget(index) is self.calendar
        if index in self._stale_tabs and (self.has_team() or team_free):
            self._stale_tabs.discard(index)
            self.tabs.widget(index).refresh()  # type: ignore[union-attr]  # each tab is a screen

    def _approvals_count(self, count: int) -> None:
        self.badge_changed.emit(count)
        label = self.tr("A&pprovals")
        self.tabs.setTabText(
            self.tabs.indexOf(self.approvals),
            fill(self.tr("%1 (%2)"), label, count) if count else label,
        )
