"""The Team section (团队): only built for team leads and administrators.

Four tabs over one :class:`~vipcrm.ui.lead_backend.LeadBackend`: the dashboard, the
approvals queue, churn and retention, and the monthly re-grading with assignment. Each
tab loads when first shown and again when the hub reports a change it shows.
"""

from __future__ import annotations

from PySide6.QtWidgets import QTabWidget, QVBoxLayout

from vipcrm.services.context import Changes
from vipcrm.ui.labels import fill
from vipcrm.ui.lead_backend import LeadBackend
from vipcrm.ui.screens.base import Screen, UiContext
from vipcrm.ui.screens.lead.approvals import ApprovalsPanel
from vipcrm.ui.screens.lead.churn import ChurnPanel
from vipcrm.ui.screens.lead.dashboard import DashboardPanel
from vipcrm.ui.screens.lead.regrading import RegradingPanel


class LeadScreen(Screen):
    def __init__(self, ctx: UiContext) -> None:
        super().__init__(ctx)
        self.lead = LeadBackend(ctx.backend)
        ops = ctx.ops
        self.dashboard = DashboardPanel(self.lead, ops)
        self.approvals = ApprovalsPanel(self.lead, ops)
        self.churn = ChurnPanel(self.lead, ops)
        self.regrading = RegradingPanel(self.lead, ops)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.dashboard, self.tr("&Dashboard"))
        self.tabs.addTab(self.approvals, self.tr("A&pprovals"))
        self.tabs.addTab(self.churn, self.tr("C&hurn and retention"))
        self.tabs.addTab(self.regrading, self.tr("&Re-grading and assignment"))
        self._stale_tabs = set(range(self.tabs.count()))
        self.tabs.currentChanged.connect(self._tab_shown)
        for panel in (self.dashboard, self.approvals, self.regrading):
            panel.message.connect(self.message)
        self.churn.open_member.connect(self.open_member)
        self.approvals.count_changed.connect(self._approvals_count)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        ctx.hub.changed.connect(self.on_changes)

    def on_changes(self, changes: Changes) -> None:
        if changes == Changes():
            return
        # Contacts, cards, gifts, members, plans and imports all move some figure here.
        self._stale_tabs = set(range(self.tabs.count()))
        self.mark_stale()

    def refresh(self) -> None:
        self._tab_shown(self.tabs.currentIndex())
        if 1 in self._stale_tabs and self.tabs.currentIndex() != 1:
            self._stale_tabs.discard(1)
            self.approvals.refresh()  # its count is the section's badge

    def show_tab(self, index: int) -> None:
        self.tabs.setCurrentIndex(index)
        self._tab_shown(index)

    def _tab_shown(self, index: int) -> None:
        if index in self._stale_tabs:
            self._stale_tabs.discard(index)
            self.tabs.widget(index).refresh()  # type: ignore[attr-defined]

    def _approvals_count(self, count: int) -> None:
        self.badge_changed.emit(count)
        label = self.tr("A&pprovals")
        self.tabs.setTabText(1, fill(self.tr("%1 (%2)"), label, count) if count else label)
