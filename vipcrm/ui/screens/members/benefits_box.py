"""The member page's benefits: entitled, yearly allowance, used and left per benefit for the
year (vipcrm.services.benefits), what a re-grading changed, and recording a use."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from vipcrm.domain.benefits import Standing
from vipcrm.services.benefits import MemberBenefits
from vipcrm.ui.labels import fill, format_date, tier_label
from vipcrm.ui.widgets import keep_titles_whole, tip_elided_cells


@dataclass(frozen=True)
class UseInput:
    code: str
    on: date
    note: str
    exception_reason: str


class BenefitUseDialog(QDialog):
    """Which benefit, on which day, a note; a lead may give an exception's reason."""

    def __init__(
        self,
        member: str,
        standings: Sequence[Standing],
        today: date,
        chinese: bool,
        lead: bool,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(fill(self.tr("Record a benefit use: %1"), member))
        self.benefit = QComboBox()
        for s in standings:
            self.benefit.addItem(
                s.benefit.name_zh if chinese else s.benefit.name_en, s.benefit.code
            )
        self.on = QDateEdit(QDate(today.year, today.month, today.day))
        self.on.setCalendarPopup(True)
        self.on.setMaximumDate(QDate(today.year, today.month, today.day))
        self.note = QLineEdit()
        self.reason = QLineEdit()
        self.reason.setPlaceholderText(
            self.tr("only beyond the allowance or the tier's benefits: why")
        )
        form = QFormLayout(self)
        form.addRow(self.tr("&Benefit:"), self.benefit)
        form.addRow(self.tr("&On:"), self.on)
        form.addRow(self.tr("&Note:"), self.note)
        if lead:
            form.addRow(self.tr("&Exception reason:"), self.reason)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def value(self) -> UseInput:
        return UseInput(
            self.benefit.currentData(),
            _day(self.on.date()),
            self.note.text().strip(),
            self.reason.text().strip(),
        )


def ask_use(
    parent: QWidget | None,
    member: str,
    standings: Sequence[Standing],
    today: date,
    chinese: bool,
    lead: bool,
) -> UseInput | None:
    dialog = BenefitUseDialog(member, standings, today, chinese, lead, parent)
    return dialog.value() if dialog.exec() == QDialog.DialogCode.Accepted else None


class BenefitsBox(QGroupBox):
    """The benefits of the member's year, one row per benefit."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Benefits this year"), parent)
        self.shown: MemberBenefits | None = None
        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Benefit"), self.tr("Allowance"), self.tr("Used"), self.tr("Left")]
        )
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        keep_titles_whole(self.table)
        tip_elided_cells(self.table)
        row_height = self.fontMetrics().height() + 10
        self.table.verticalHeader().setDefaultSectionSize(row_height)
        self.table.setFixedHeight(row_height * 11)
        self.notes = QLabel()
        self.notes.setWordWrap(True)
        self.use_button = QPushButton(self.tr("Record &use…"))
        row = QHBoxLayout()
        row.addWidget(self.notes, 1)
        row.addWidget(self.use_button)
        column = QVBoxLayout(self)
        column.addWidget(self.table)
        column.addLayout(row)

    def _allowance(self, s: Standing) -> str:
        if not s.entitled:
            return self.tr("not for this tier")
        if s.allowance is None:
            return self.tr("no yearly limit set")
        return fill(self.tr("%1 a year"), s.allowance)

    def show_benefits(self, shown: MemberBenefits, chinese: bool) -> None:
        self.shown = shown
        self.table.setRowCount(len(shown.standings))
        for row, s in enumerate(shown.standings):
            used = str(s.used)
            if s.exceptions:
                used = fill(self.tr("%1 (%2 by exception)"), s.used, s.exceptions)
            cells = (
                s.benefit.name_zh if chinese else s.benefit.name_en,
                self._allowance(s),
                used,
                "—" if s.left is None else str(s.left),
            )
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(
                    fill(self.tr("%1 to %2"), format_date(s.year.start), format_date(s.year.end))
                )
                self.table.setItem(row, col, item)
        lines = [
            fill(
                self.tr(
                    "Re-graded to %1 in %2: the entitlements follow that tier from that month."
                ),
                tier_label(tier) if tier else self.tr("no tier"),
                month,
            )
            for month, tier in shown.tier_changes
        ]
        if shown.calendar_assumed:
            lines.append(
                self.tr(
                    "The joining month is not on file: membership-year benefits are counted "
                    "by the calendar year."
                )
            )
        if any(s.entitled and s.allowance is None for s in shown.standings):
            lines.append(
                self.tr(
                    "No yearly limit set: the regulation gives no number; a team lead may set one."
                )
            )
        self.notes.setText("\n".join(lines))


def _day(d: QDate) -> date:
    return date(d.year(), d.month(), d.day())
