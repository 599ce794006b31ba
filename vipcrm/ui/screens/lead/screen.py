"""The Team section (团队): only built for team leads and administrators.

Seven tabs over one :class:`~vipcrm.ui.backends.team.LeadBackend`: the trends (charts: what
a lead looks at first), the dashboard, the approvals queue, churn and retention, the
campaigns (活动推广 · 满意度回访), the monthly re-grading with assignment, and the
working-day calendar (where each year's working days come from; import the State
Council's schedule). A tab's panel is built (its module imported) and loaded when the tab
is first shown — the click that opens the section builds only the trends, and the next
turn of the event loop the approvals, whose count is in its tab's title — and loads again
when the hub reports a change it shows. Until then the tab holds an empty page; asking for
a panel (``screen.dashboard``) builds it in its tab.

The figures are a team's: the lead's own team, or for an administrator (who belongs to no
team) the team chosen at the top; until one is chosen the section says so, and only the
calendar (which is everyone's) can be opened.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import Qt, QTimer
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
from vipcrm.ui.ops import Ops
from vipcrm.ui.region import teams
from vipcrm.ui.screens.base import Screen, UiContext
from vipcrm.ui.widgets import EmptyState

if TYPE_CHECKING:
    from vipcrm.ui.screens.lead.approvals import ApprovalsPanel
    from vipcrm.ui.screens.lead.calendar import CalendarPanel
    from vipcrm.ui.screens.lead.campaigns import CampaignsPanel
    from vipcrm.ui.screens.lead.churn import ChurnPanel
    from vipcrm.ui.screens.lead.dashboard import DashboardPanel
    from vipcrm.ui.screens.lead.regrading import RegradingPanel
    from vipcrm.ui.screens.lead.trends import TrendsPanel

P = TypeVar("P", bound=QWidget)

# The tabs, in order.
TRENDS, DASHBOARD, APPROVALS, CHURN, CAMPAIGNS, REGRADING, CALENDAR = range(7)


def _trends(lead: LeadBackend, ops: Ops) -> QWidget:
    from vipcrm.ui.screens.lead.trends import TrendsPanel

    return TrendsPanel(lead, ops)


def _dashboard(lead: LeadBackend, ops: Ops) -> QWidget:
    from vipcrm.ui.screens.lead.dashboard import DashboardPanel

    return DashboardPanel(lead, ops)


def _approvals(lead: LeadBackend, ops: Ops) -> QWidget:
    from vipcrm.ui.screens.lead.approvals import ApprovalsPanel

    return ApprovalsPanel(lead, ops)


def _churn(lead: LeadBackend, ops: Ops) -> QWidget:
    from vipcrm.ui.screens.lead.churn import ChurnPanel

    return ChurnPanel(lead, ops)


def _campaigns(lead: LeadBackend, ops: Ops) -> QWidget:
    from vipcrm.ui.screens.lead.campaigns import CampaignsPanel

    return CampaignsPanel(lead, ops)


def _regrading(lead: LeadBackend, ops: Ops) -> QWidget:
    from vipcrm.ui.screens.lead.regrading import RegradingPanel

    return RegradingPanel(lead, ops)


def _calendar(lead: LeadBackend, ops: Ops) -> QWidget:
    from vipcrm.ui.screens.lead.calendar import CalendarPanel

    return CalendarPanel(lead, ops)


# Each tab's panel, built on first show (its module imported then too).
BUILDERS: tuple[Callable[[LeadBackend, Ops], QWidget], ...] = (
    _trends,
    _dashboard,
    _approvals,
    _churn,
    _campaigns,
    _regrading,
    _calendar,
)


class LeadScreen(Screen):
    ctx: UiContext[LeadBackend]

    def __init__(self, ctx: UiContext[LeadBackend]) -> None:
        super().__init__(ctx)
        self.lead = ctx.backend
        self._panels: dict[int, QWidget] = {}  # the tabs built so far
        self.tabs = QTabWidget()
        # Seven tabs: each title whole, the window a little wider at large text (not scrolled).
        self.tabs.setUsesScrollButtons(False)
        titles = (
            self.tr("&Trends"),
            self.tr("&Dashboard"),
            self.tr("A&pprovals"),
            self.tr("C&hurn and retention"),
            self.tr("Ca&mpaigns"),
            self.tr("&Re-grading and assignment"),
            self.tr("Ca&lendar"),
        )
        for title in titles:  # an empty page until the tab is first shown
            self.tabs.addTab(QWidget(), title)
        self._stale_tabs = set(range(self.tabs.count()))
        self._calendar_open = False
        self.tabs.currentChanged.connect(self._tab_shown)

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
        if self.tabs.currentIndex() == TRENDS and self.body.currentWidget() is self.tabs:
            return self.tabs.tabBar()
        return super().focus_target()

    # --- the tabs' panels, built on first show ---------------------------------------------

    def built(self, index: int) -> bool:
        """Whether the tab's panel is built (it is from its first show on)."""
        return index in self._panels

    def panel(self, index: int) -> QWidget:
        """The tab's panel, built now (in its tab, in place of its empty page) if not yet."""
        panel = self._panels.get(index)
        if panel is not None:
            return panel
        panel = BUILDERS[index](self.lead, self.ctx.ops)
        self._panels[index] = panel
        message = getattr(panel, "message", None)  # a status-bar message (not every panel)
        if message is not None:
            message.connect(self.message)
        if index == CHURN:
            panel.open_member.connect(self.open_member)  # type: ignore[attr-defined]
        if index == APPROVALS:
            panel.count_changed.connect(self._approvals_count)  # type: ignore[attr-defined]
        tabs = self.tabs
        current = tabs.currentIndex()
        title, enabled = tabs.tabText(index), tabs.isTabEnabled(index)
        page = tabs.widget(index)
        blocked = tabs.blockSignals(True)  # the same tab stays current: nothing is "shown"
        try:
            tabs.removeTab(index)
            tabs.insertTab(index, panel, title)
            tabs.setTabEnabled(index, enabled)
            tabs.setCurrentIndex(current)
        finally:
            tabs.blockSignals(blocked)
        if page is not None:
            page.deleteLater()
        return panel

    def _typed(self, index: int, kind: type[P]) -> P:
        panel = self.panel(index)
        assert isinstance(panel, kind)
        return panel

    @property
    def trends(self) -> TrendsPanel:
        from vipcrm.ui.screens.lead.trends import TrendsPanel

        return self._typed(TRENDS, TrendsPanel)

    @property
    def dashboard(self) -> DashboardPanel:
        from vipcrm.ui.screens.lead.dashboard import DashboardPanel

        return self._typed(DASHBOARD, DashboardPanel)

    @property
    def approvals(self) -> ApprovalsPanel:
        from vipcrm.ui.screens.lead.approvals import ApprovalsPanel

        return self._typed(APPROVALS, ApprovalsPanel)

    @property
    def churn(self) -> ChurnPanel:
        from vipcrm.ui.screens.lead.churn import ChurnPanel

        return self._typed(CHURN, ChurnPanel)

    @property
    def campaigns(self) -> CampaignsPanel:
        from vipcrm.ui.screens.lead.campaigns import CampaignsPanel

        return self._typed(CAMPAIGNS, CampaignsPanel)

    @property
    def regrading(self) -> RegradingPanel:
        from vipcrm.ui.screens.lead.regrading import RegradingPanel

        return self._typed(REGRADING, RegradingPanel)

    @property
    def calendar(self) -> CalendarPanel:
        from vipcrm.ui.screens.lead.calendar import CalendarPanel

        return self._typed(CALENDAR, CalendarPanel)

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
            self.tabs.setTabEnabled(index, self.has_team() or index == CALENDAR)
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
        return self._calendar_open and self.tabs.currentIndex() == CALENDAR

    def show_calendar(self) -> None:
        """The working-day calendar: everyone's, so open also before a team is chosen."""
        self._calendar_open = True
        self.body.setCurrentWidget(self.tabs)
        self.show_tab(CALENDAR)

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
        if APPROVALS in self._stale_tabs and self.tabs.currentIndex() != APPROVALS:
            # At the next turn of the event loop: the click that opens the section builds
            # the tab shown, not two panels in one turn (issue 22 point 5).
            QTimer.singleShot(0, self, self._refresh_approvals)

    def _refresh_approvals(self) -> None:
        """The approvals, built and loaded though not shown: their count is the section's
        badge and in their tab's title."""
        if APPROVALS in self._stale_tabs and self.has_team():
            self._stale_tabs.discard(APPROVALS)
            self.approvals.refresh()

    def show_tab(self, index: int) -> None:
        self.tabs.setCurrentIndex(index)
        self._tab_shown(index)

    def _tab_shown(self, index: int) -> None:
        if index < 0:
            return
        team_free = index == CALENDAR
        if index in self._stale_tabs and (self.has_team() or team_free):
            self._stale_tabs.discard(index)
            self.panel(index).refresh()  # type: ignore[attr-defined]  # each tab loads itself

    def _approvals_count(self, count: int) -> None:
        self.badge_changed.emit(count)
        label = self.tr("A&pprovals")
        self.tabs.setTabText(APPROVALS, fill(self.tr("%1 (%2)"), label, count) if count else label)
