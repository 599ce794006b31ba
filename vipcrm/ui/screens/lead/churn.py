"""Churn (离网率) against the targets, month by month and by tier; who left this year; and
the members at risk to call for retention (客户挽留) — the same list the managers get as
retention-call items on Today."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QSpinBox,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from vipcrm.domain.churn import BELOW_MINIMUM, TIER_DOWN
from vipcrm.domain.plan_layout import ChurnFigure
from vipcrm.domain.values import Tier
from vipcrm.services.churn import AtRiskMember, ChurnReport, Leaver
from vipcrm.ui.backends.team import LeadBackend
from vipcrm.ui.errors import show_error
from vipcrm.ui.labels import fill, format_date, format_mobile, tier_label
from vipcrm.ui.ops import Ops
from vipcrm.ui.screens.lead.table import ROW_ROLE, Column, RowsModel, percent, sorted_proxy
from vipcrm.ui.tiers import OVERDUE_COLOUR, TIER_BACKGROUND, TIER_FOREGROUND
from vipcrm.ui.widgets import CountPill, Heading, tidy_table

GROUPS = ("all", "diamond_gold", Tier.DIAMOND.value, Tier.GOLD.value, Tier.SILVER.value)


def _table(model: RowsModel, parent: QWidget, stretch_last: bool = True) -> QTableView:
    view = tidy_table(QTableView())
    proxy = sorted_proxy(model, parent)
    view.setModel(proxy)
    view.setSortingEnabled(True)
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setStretchLastSection(stretch_last)
    return view


class ChurnPanel(QWidget):
    open_member = Signal(object)  # uuid.UUID

    def __init__(self, lead: LeadBackend, ops: Ops, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lead, self.ops = lead, ops
        self.report: ChurnReport | None = None
        self.year = QSpinBox()
        self.year.setRange(2000, lead.today().year)
        self.year.setValue(lead.today().year)
        self.year.valueChanged.connect(lambda _v: self.refresh())
        self.heading = Heading()
        self.pill_all = CountPill("green")
        self.pill_top = CountPill("green")

        group_names = {
            "all": self.tr("All"),
            "diamond_gold": self.tr("Diamond + gold"),
            Tier.DIAMOND.value: tier_label(Tier.DIAMOND),
            Tier.GOLD.value: tier_label(Tier.GOLD),
            Tier.SILVER.value: tier_label(Tier.SILVER),
        }

        def group(g: str) -> Column:
            def text(row: tuple[str, dict[str, ChurnFigure]]) -> str:
                f = row[1][g]
                return fill(self.tr("%1 of %2 (%3)"), f.left, f.base, percent(f.rate, 2))

            return Column(
                group_names[g],
                text,
                lambda row: row[1][g].left,
                True,
                lambda row: OVERDUE_COLOUR if row[1][g].met is False else None,
            )

        self.months = RowsModel(
            [Column(self.tr("Month"), lambda row: row[0]), *(group(g) for g in GROUPS)], self
        )
        self.months_table = _table(self.months, self, stretch_last=False)

        def tier_cell(tier_of: Callable[[Any], Tier]) -> Column:
            return Column(
                self.tr("Tier"),
                lambda r: tier_label(tier_of(r)),
                lambda r: tier_of(r).rank,
                background=lambda r: TIER_BACKGROUND[tier_of(r)],
                foreground=lambda r: TIER_FOREGROUND[tier_of(r)],
            )

        self.leavers = RowsModel(
            [
                Column(self.tr("Left in"), lambda x: x.left_month),
                Column(self.tr("Member"), lambda x: x.name),
                tier_cell(lambda x: x.tier),
                Column(self.tr("Mobile"), lambda x: format_mobile(x.phone)),
                Column(
                    self.tr("Manager"),
                    lambda x: fill(self.tr("%1 (%2)"), x.manager_name, x.manager_code),
                ),
            ],
            self,
        )
        self.leavers_table = _table(self.leavers, self)

        causes = {
            TIER_DOWN: self.tr("tier dropped"),
            BELOW_MINIMUM: self.tr("below the minimum contact"),
        }

        def tier_text(a: AtRiskMember) -> str:
            if a.previous_tier is None:
                return tier_label(a.tier)
            return fill(self.tr("%1 (was %2)"), tier_label(a.tier), tier_label(a.previous_tier))

        self.at_risk = RowsModel(
            [
                Column(self.tr("Member"), lambda a: a.name),
                Column(
                    self.tr("Tier"),
                    tier_text,
                    lambda a: a.tier.rank,
                    background=lambda a: TIER_BACKGROUND[a.tier],
                    foreground=lambda a: TIER_FOREGROUND[a.tier],
                ),
                Column(self.tr("Mobile"), lambda a: format_mobile(a.phone)),
                Column(
                    self.tr("Manager"),
                    lambda a: fill(self.tr("%1 (%2)"), a.manager_name, a.manager_code),
                ),
                Column(
                    self.tr("Why"), lambda a: self.tr(", ").join(causes.get(c, c) for c in a.causes)
                ),
                Column(
                    self.tr("Last reached"),
                    lambda a: format_date(a.last_reached) if a.last_reached else "—",
                ),
                Column(
                    self.tr("Retention call"),
                    lambda a: (
                        fill(self.tr("made %1"), format_date(a.called_on))
                        if a.called_on
                        else fill(self.tr("due %1"), format_date(a.due_date))
                    ),
                    lambda a: (a.called_on is not None, a.due_date.isoformat()),
                    foreground=lambda a: (
                        OVERDUE_COLOUR
                        if a.called_on is None and a.due_date < lead.today()
                        else None
                    ),
                ),
            ],
            self,
        )
        self.at_risk_table = _table(self.at_risk, self)
        self.at_risk_table.doubleClicked.connect(self._open)
        self.leavers_table.doubleClicked.connect(self._open)
        self.at_risk_label = QLabel()
        self.at_risk_label.setWordWrap(True)  # "none known yet" says why, at length
        self.leavers_label = QLabel()
        self.leavers_label.setWordWrap(True)

        top = QHBoxLayout()
        top.addWidget(self.heading)
        caption = QLabel(self.tr("&Year:"))
        caption.setBuddy(self.year)
        top.addWidget(caption)
        top.addWidget(self.year)
        top.addStretch(1)
        pills = QHBoxLayout()  # under the heading: a team's name is long
        pills.addWidget(self.pill_all)
        pills.addWidget(self.pill_top)
        pills.addStretch(1)

        def boxed(label: QLabel, view: QTableView) -> QWidget:
            box = QWidget()
            lay = QVBoxLayout(box)
            lay.setContentsMargins(0, 0, 0, 0)
            lay.addWidget(label)
            lay.addWidget(view)
            return box

        lists = QSplitter(Qt.Orientation.Horizontal)
        lists.addWidget(boxed(self.at_risk_label, self.at_risk_table))
        lists.addWidget(boxed(self.leavers_label, self.leavers_table))
        lists.setStretchFactor(0, 3)
        lists.setStretchFactor(1, 2)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.months_table)
        split.addWidget(lists)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(pills)
        layout.addWidget(split, 1)

    def refresh(self) -> None:
        year = self.year.value()
        self.ops.read(
            lambda: self.lead.churn(year), self.show_report, lambda exc: show_error(self, exc)
        )

    def show_report(self, report: ChurnReport) -> None:
        self.report = report
        self.heading.setText(
            fill(
                self.tr("Churn of team %1 — %2"), report.team_name or report.team_code, report.year
            )
        )
        for pill, template, f in (
            (self.pill_all, self.tr("All VIP %1, target %2"), report.ytd["all"]),
            (self.pill_top, self.tr("Diamond + gold %1, target %2"), report.ytd["diamond_gold"]),
        ):
            pill.setText(fill(template, percent(f.rate, 2), percent(f.target, 2)))
            pill.set_colour("grey" if f.met is None else "green" if f.met else "red")
            pill.setToolTip(
                fill(
                    self.tr("%1 of %2 members left from January to %3"),
                    f.left,
                    f.base,
                    report.through,
                )
            )
        self.months.set_rows(list(report.months))
        self.leavers.set_rows(list(report.leavers))
        self.at_risk.set_rows(list(report.at_risk))
        open_calls = sum(1 for a in report.at_risk if a.called_on is None)
        if report.regrading_month is None:
            text = self.tr(
                "At risk: none known yet. The first re-grading imported (Re-grading and "
                "assignment) shows who to call."
            )
        else:
            text = fill(
                self.tr("At risk after the %1 re-grading: %2 (%3 retention calls open)"),
                report.regrading_month,
                len(report.at_risk),
                open_calls,
            )
        self.at_risk_label.setText(text)
        self.leavers_label.setText(
            fill(self.tr("Left the club in %1: %2"), report.year, len(report.leavers))
        )

    def _open(self, index: QModelIndex) -> None:
        row: Leaver | AtRiskMember | None = index.data(ROW_ROLE)
        if row is not None:
            self.open_member.emit(row.member_id)
