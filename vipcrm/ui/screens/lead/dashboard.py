"""The team dashboard: a sortable row per manager, churn against the targets, the XLSX
export, and a read-only drill-down into a manager's work log and a member's timeline."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDate, QModelIndex, QStandardPaths, Qt, QUrl, Signal
from PySide6.QtGui import QColor, QDesktopServices
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from vipcrm.domain.plan_layout import ChurnFigure
from vipcrm.domain.values import Tier
from vipcrm.services.dashboard import Dashboard, ManagerFigures
from vipcrm.services.worklog import WorkLog
from vipcrm.store.timeline import TimelineEvent
from vipcrm.ui.backends.team import LeadBackend
from vipcrm.ui.errors import show_error
from vipcrm.ui.labels import fill, format_date, format_day, pydate, qdate, texts, tier_label
from vipcrm.ui.ops import Ops
from vipcrm.ui.screens.lead.table import (
    ROW_ROLE,
    Column,
    RowsModel,
    money_short,
    percent,
    sort_rate,
    sorted_proxy,
)
from vipcrm.ui.screens.members.timeline_model import TimelineModel
from vipcrm.ui.screens.worklog import WorkLogModel
from vipcrm.ui.tiers import OVERDUE_COLOUR
from vipcrm.ui.widgets import CountPill, Heading, Notice, tidy_table

AMBER = QColor("#7a4f01")


def _red_if(value: Callable[[ManagerFigures], int]) -> Callable[[ManagerFigures], QColor | None]:
    return lambda m: OVERDUE_COLOUR if value(m) > 0 else None


def ask_save_path(parent: QWidget, title: str, suggested: str) -> str:
    path, _ = QFileDialog.getSaveFileName(parent, title, suggested, "Excel (*.xlsx)")
    return path


class DashboardPanel(QWidget):
    """Per manager: book by tier, compliance, overdue, SLA, cards, gifts, budget."""

    message = Signal(str)

    def __init__(self, lead: LeadBackend, ops: Ops, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lead, self.ops = lead, ops
        self.ask_save_path = ask_save_path  # replaced in tests
        self.open_log: Callable[[ManagerFigures], None] = self._open_log
        self.dashboard: Dashboard | None = None
        self.model = RowsModel(self._columns(), self)
        self.proxy = sorted_proxy(self.model, self)
        self.table = tidy_table(QTableView())
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.table.doubleClicked.connect(lambda _i: self.drill_down())
        self.table.selectionModel().currentChanged.connect(lambda *_: self._update_actions())

        self.heading = Heading()
        self.churn_all = CountPill("green")
        self.churn_top = CountPill("green")
        self.totals = QLabel()
        self.totals.setWordWrap(True)
        self.notice = Notice()
        self.log_button = QPushButton(self.tr("&Work log…"))
        self.log_button.setToolTip(self.tr("The selected manager's work log, read-only"))
        self.log_button.clicked.connect(self.drill_down)
        self.export_button = QPushButton(self.tr("E&xport to Excel…"))
        self.export_button.clicked.connect(self.export)
        self.review_button = QPushButton(self.tr("Print the &review…"))
        self.review_button.setToolTip(self.tr("The month's work-log review as an A4 PDF"))
        self.review_button.clicked.connect(self.print_review)

        top = QHBoxLayout()  # under the heading (a team's name and a date are long)
        top.addWidget(self.churn_all)
        top.addWidget(self.churn_top)
        top.addStretch(1)
        actions = QHBoxLayout()
        actions.addWidget(self.totals, 1)
        actions.addWidget(self.log_button)
        actions.addWidget(self.export_button)
        actions.addWidget(self.review_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addLayout(top)
        layout.addWidget(self.notice)
        layout.addWidget(self.table, 1)
        layout.addLayout(actions)
        self._update_actions()

    def _columns(self) -> list[Column]:
        def tier(t: Tier) -> Column:
            return Column(
                tier_label(t),
                lambda m: str(m.book.get(t, 0)),
                lambda m: m.book.get(t, 0),
                number=True,
            )

        def budget_text(m: ManagerFigures) -> str:
            if m.budget is None:
                return "—"
            return fill(
                self.tr("%1 / %2 (%3)"),
                money_short(m.budget_used_fen),
                money_short(m.budget.allocated_fen),
                percent(m.budget_rate, 0),
            )

        return [
            Column(
                self.tr("Manager"),
                lambda m: fill(self.tr("%1 (%2)"), m.name, m.code),
                lambda m: m.code,
            ),
            Column(self.tr("Members"), lambda m: str(m.book_size), lambda m: m.book_size, True),
            tier(Tier.DIAMOND),
            tier(Tier.GOLD),
            tier(Tier.SILVER),
            Column(
                self.tr("Standard"),
                lambda m: fill(
                    self.tr("%1 (%2/%3)"),
                    percent(m.standard_rate),
                    m.standard.done,
                    m.standard.due - m.standard.open,
                ),
                lambda m: sort_rate(m.standard_rate),
                True,
                tip=self.tr(
                    "This month's weekly SMS, monthly calls, minimum contacts, birthday and holiday care: done of those due so far"
                ),
            ),
            Column(
                self.tr("Minimum"),
                lambda m: (
                    fill(self.tr("%1 (%2 below)"), percent(m.minimum_rate), m.below_minimum)
                    if m.below_minimum
                    else percent(m.minimum_rate)
                ),
                lambda m: sort_rate(m.minimum_rate),
                True,
                lambda m: AMBER if m.below_minimum else None,
                tip=self.tr(
                    "Members reached at least once in their current minimum period (diamond and gold: month, silver: quarter)"
                ),
            ),
            Column(
                self.tr("Overdue"),
                lambda m: str(m.overdue),
                lambda m: m.overdue,
                True,
                _red_if(lambda m: m.overdue),
                tip=self.tr("Items past their due date today, as on the manager's Today list"),
            ),
            Column(
                self.tr("1st contact"),
                lambda m: fill(self.tr("%1 (%2/%3)"), percent(m.sla), m.sla_hit, m.sla_judged),
                lambda m: sort_rate(m.sla),
                True,
                tip=self.tr(
                    "Members assigned this month reached within the first-contact deadline"
                ),
            ),
            Column(
                self.tr("Cards late"),
                lambda m: str(m.cards_stuck),
                lambda m: m.cards_stuck,
                True,
                _red_if(lambda m: m.cards_stuck),
                tip=self.tr("Membership cards whose next follow-up is overdue"),
            ),
            Column(
                self.tr("Gifts waiting"),
                lambda m: str(m.gifts_pending),
                lambda m: m.gifts_pending,
                True,
                lambda m: AMBER if m.gifts_pending else None,
                tip=self.tr("Gifts over their cap or budget waiting for your approval"),
            ),
            Column(self.tr("Budget used"), budget_text, lambda m: sort_rate(m.budget_rate), True),
            Column(
                self.tr("Retention"),
                lambda m: str(m.at_risk),
                lambda m: m.at_risk,
                True,
                lambda m: AMBER if m.at_risk else None,
                tip=self.tr(
                    "Members at risk after the latest re-grading not yet called (客户挽留)"
                ),
            ),
            Column(
                self.tr("Benefits"),
                lambda m: str(m.benefit_uses),
                lambda m: m.benefit_uses,
                True,
                tip=self.tr(
                    "Benefit uses (airport lounge, spare SIM ...) of the manager's members this month"
                ),
            ),
        ]

    # --- loading -----------------------------------------------------------------------

    def refresh(self) -> None:
        self.ops.read(self.lead.dashboard, self.show_dashboard, lambda exc: show_error(self, exc))

    def show_dashboard(self, d: Dashboard) -> None:
        self.dashboard = d
        self.model.set_rows(d.managers)
        self.heading.setText(
            fill(
                self.tr("Team %1 — %2 (as of %3)"),
                d.team_name or d.team_code,
                d.month,
                format_date(d.today),
            )
        )
        self._churn_pill(
            self.churn_all, self.tr("Churn this year %1, target %2"), d.churn.ytd["all"]
        )
        self._churn_pill(
            self.churn_top, self.tr("Diamond + gold %1, target %2"), d.churn.ytd["diamond_gold"]
        )
        parts = [
            self.tr("%Ln member(s)", "", d.total("book_size")),
            self.tr("%n overdue", "", d.total("overdue")),
            self.tr("%n card(s) stuck", "", d.total("cards_stuck")),
            self.tr("%n gift(s) waiting", "", d.total("gifts_pending")),
            self.tr("%n retention call(s) open", "", d.total("at_risk")),
        ]
        self.totals.setText(self.tr(" · ").join(parts))
        self.notice.show_text("\n".join(texts().provisional_years(d.provisional_years)))
        self._update_actions()

    def _churn_pill(self, pill: CountPill, template: str, f: ChurnFigure) -> None:
        pill.setText(fill(template, percent(f.rate, 2), percent(f.target, 2)))
        pill.set_colour("grey" if f.met is None else "green" if f.met else "red")
        pill.setToolTip(fill(self.tr("%1 of %2 members left since January"), f.left, f.base))

    # --- actions -----------------------------------------------------------------------

    def current_manager(self) -> ManagerFigures | None:
        index = self.table.currentIndex()
        return index.data(ROW_ROLE) if index.isValid() else None

    def _update_actions(self) -> None:
        self.log_button.setEnabled(self.current_manager() is not None)
        self.export_button.setEnabled(self.dashboard is not None)

    def drill_down(self) -> None:
        manager = self.current_manager()
        if manager is not None:
            self.open_log(manager)

    def _open_log(self, manager: ManagerFigures) -> None:
        ManagerLogDialog(self.lead, self.ops, manager.code, manager.name, self).exec()

    def export(self) -> None:
        d = self.dashboard
        if d is None:
            return
        path = self.ask_save_path(
            self, self.tr("Export the dashboard"), f"dashboard-{d.team_code}-{d.month}.xlsx"
        )
        if not path:
            return
        if not path.lower().endswith(".xlsx"):
            path += ".xlsx"
        self.ops.read(
            lambda: self.lead.export_dashboard(d, path),
            lambda written: self.message.emit(fill(self.tr("Exported to %1."), written)),
            lambda exc: show_error(self, exc),
        )

    def print_review(self) -> None:
        d = self.dashboard
        if d is None:
            return
        out = Path(
            QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
            or "."
        )
        out = out / "vipcrm" / f"review-{d.team_code}-{d.month}.pdf"
        self.review_button.setEnabled(False)

        def done(path: Any) -> None:
            self.review_button.setEnabled(True)
            self.message.emit(fill(self.tr("Review written to %1."), str(path)))
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))

        def failed(exc: BaseException) -> None:
            self.review_button.setEnabled(True)
            show_error(self, exc)

        self.ops.read(lambda: self.lead.print_review(d.month, out), done, failed)


class ManagerLogDialog(QDialog):
    """A manager's work log for a period and, for the selected entry, the member's
    timeline: read-only (a lead reviews here; the manager logs on their own laptop)."""

    def __init__(
        self,
        lead: LeadBackend,
        ops: Ops,
        code: str,
        name: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.lead, self.ops, self.code = lead, ops, code
        self.setWindowTitle(fill(self.tr("Work log of %1 (%2) — read-only"), name, code))
        today = lead.today()
        self.start = QDateEdit(QDate(today.year, today.month, 1))
        self.end = QDateEdit(qdate(today))
        for edit in (self.start, self.end):
            edit.setDisplayFormat("yyyy-MM-dd")
            edit.setCalendarPopup(True)
            edit.dateChanged.connect(self.refresh)
        self.summary = QLabel()
        self.log_model = WorkLogModel(self)
        self.log_table = tidy_table(QTableView())
        self.log_table.setModel(self.log_model)
        self.log_table.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents
        )
        self.log_table.horizontalHeader().setStretchLastSection(True)
        self.log_table.selectionModel().currentChanged.connect(self._entry_changed)
        self.timeline_label = QLabel(self.tr("Select a contact to see the member's timeline."))
        self.timeline_model = TimelineModel(parent=self)
        self.timeline_table = tidy_table(QTableView())
        self.timeline_table.setModel(self.timeline_model)
        self.timeline_table.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents
        )
        self.timeline_table.horizontalHeader().setStretchLastSection(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)

        period = QHBoxLayout()
        caption = QLabel(self.tr("&From"))
        caption.setBuddy(self.start)
        period.addWidget(caption)
        period.addWidget(self.start)
        period.addWidget(QLabel(self.tr("to")))
        period.addWidget(self.end)
        period.addStretch(1)
        period.addWidget(self.summary)
        lower = QWidget()
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        lower_layout.addWidget(self.timeline_label)
        lower_layout.addWidget(self.timeline_table)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.log_table)
        split.addWidget(lower)
        layout = QVBoxLayout(self)
        layout.addLayout(period)
        layout.addWidget(split, 1)
        layout.addWidget(buttons)
        self.resize(900, 620)
        self.refresh()

    def period(self) -> tuple[date, date]:
        s, e = self.start.date(), self.end.date()
        return pydate(s), pydate(e)

    def refresh(self) -> None:
        start, end = self.period()
        if end < start:
            return
        self.ops.read(
            lambda: self.lead.work_log(self.code, start, end),
            self._loaded,
            lambda exc: show_error(self, exc),
        )

    def _loaded(self, log: WorkLog) -> None:
        self.log_model.set_entries(log.entries)
        self.summary.setText(
            fill(
                self.tr("%1 to %2: %3 contact(s)"),
                format_day(log.start),
                format_day(log.end),
                log.total,
            )
        )
        self.timeline_model.set_events([])

    def _entry_changed(self, current: QModelIndex, _previous: Any = None) -> None:
        entry = self.log_model.entry(current.row()) if current.isValid() else None
        if entry is None:
            return
        member_id: uuid.UUID = entry.member_id
        self.timeline_label.setText(fill(self.tr("Timeline of %1"), entry.member_name))
        self.ops.read(
            lambda: self.lead.timeline(member_id),
            self._timeline,
            lambda exc: show_error(self, exc),
        )

    def _timeline(self, events: list[TimelineEvent]) -> None:
        self.timeline_model.set_events(events)
