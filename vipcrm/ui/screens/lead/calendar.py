"""The working-day calendar in the window (Team → Calendar), for a lead or an admin.

Where this year's and the next years' working days come from (official, imported, or
provisional from the law); then bring in the State Council's schedule for a year: choose
the file (format: docs/calendar-format.md), preview its days and what it replaces
(nothing is written), apply. The import is synchronised: every laptop of the team has it
at its next sync, and every deadline and plan follows.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from vipcrm.services.calendar import CalendarEntry, CalendarImport, YearImport, YearView
from vipcrm.ui.backends.team import LeadBackend
from vipcrm.ui.errors import error_text, show_error
from vipcrm.ui.labels import fill, format_date, texts, weekday_label
from vipcrm.ui.ops import Ops
from vipcrm.ui.screens.lead.regrading import ask_open_path
from vipcrm.ui.screens.lead.table import Column, RowsModel, rows_table
from vipcrm.ui.tiers import OVERDUE_COLOUR
from vipcrm.ui.widgets import Heading, InlineError, Notice

YEARS_SHOWN = 3  # this year and the next two


def ask_calendar_path(parent: QWidget, title: str) -> str:
    return ask_open_path(parent, title, "CSV (*.csv *.txt);;All files (*)")


class CalendarPanel(QWidget):
    message = Signal(str)

    def __init__(self, lead: LeadBackend, ops: Ops, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lead, self.ops = lead, ops
        self.ask_open_path = ask_calendar_path  # replaced in tests
        self.preview: CalendarImport | None = None

        self.years = RowsModel(
            [
                Column(self.tr("Year"), lambda y: str(y.year), lambda y: y.year, True),
                Column(
                    self.tr("Working days from"),
                    self.source_label,
                    foreground=lambda y: OVERDUE_COLOUR if y.provisional else None,
                ),
                Column(self.tr("Days off"), lambda y: str(_count(y, "holiday")), number=True),
                Column(
                    self.tr("Make-up working days"),
                    lambda y: str(_count(y, "workday")),
                    number=True,
                ),
            ],
            self,
        )
        self.years_table = rows_table(self.years)
        header = self.years_table.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.years_table.setMaximumHeight(self.years_table.fontMetrics().height() * 8)
        self.notice = Notice()

        self.file_edit = QLineEdit()
        self.file_edit.setPlaceholderText(
            self.tr("The State Council's schedule for a year (a CSV file: see the user guide)")
        )
        self.file_edit.textChanged.connect(lambda _t: self._forget_preview())
        self.browse_button = QPushButton(self.tr("&Choose…"))
        self.browse_button.clicked.connect(self.choose_file)
        self.preview_button = QPushButton(self.tr("&Preview"))
        self.preview_button.clicked.connect(self.run_preview)
        self.file_error = InlineError()
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.days = RowsModel(
            [
                Column(self.tr("Date"), lambda e: format_date(e.day), lambda e: e.day),
                Column(self.tr("Weekday"), lambda e: weekday_label(e.day)),
                Column(self.tr("Type"), self.kind_label),
                Column(self.tr("Holiday"), lambda e: e.name),
            ],
            self,
        )
        self.days_table = rows_table(self.days)
        self.apply_button = QPushButton(self.tr("&Apply the schedule"))
        self.apply_button.clicked.connect(self.apply)

        file_row = QHBoxLayout()
        caption = QLabel(self.tr("&File:"))
        caption.setBuddy(self.file_edit)
        file_row.addWidget(caption)
        file_row.addWidget(self.file_edit, 1)
        file_row.addWidget(self.browse_button)
        file_row.addWidget(self.preview_button)
        act = QHBoxLayout()
        act.addWidget(self.summary, 1)
        act.addWidget(self.apply_button)
        importing = QGroupBox(self.tr("Bring in the official schedule"))
        lay = QVBoxLayout(importing)
        lay.addLayout(file_row)
        lay.addWidget(self.file_error)
        lay.addWidget(self.days_table, 1)
        lay.addLayout(act)
        layout = QVBoxLayout(self)
        layout.addWidget(Heading(self.tr("Working-day calendar")))
        layout.addWidget(self.years_table)
        layout.addWidget(self.notice)
        layout.addWidget(importing, 1)
        self._show_preview(None)

    # --- labels --------------------------------------------------------------------------

    def source_label(self, year: YearView) -> str:
        return {
            "official": self.tr("official (shipped with vipcrm)"),
            "imported": self.tr("official (imported)"),
            "official+imported": self.tr("official, corrected by an import"),
            "provisional": self.tr("provisional: from the law, no official schedule yet"),
        }.get(year.source, year.source)

    def kind_label(self, entry: CalendarEntry) -> str:
        if entry.kind == "holiday":
            return self.tr("day off (休)")
        return self.tr("make-up working day (班)")

    def _replaces(self, y: YearImport) -> str:
        if y.replaces == "provisional":
            return self.tr("replaces the provisional calendar")
        if y.replaces == "official":
            return self.tr("corrects the shipped official data date by date")
        return self.tr("replaces the year imported before")

    # --- the years ---------------------------------------------------------------------------

    def refresh(self) -> None:
        first = self.lead.today().year
        wanted = list(range(first, first + YEARS_SHOWN))
        self.ops.read(
            lambda: self.lead.calendar_years(wanted), self._years, lambda e: show_error(self, e)
        )

    def _years(self, years: list[YearView]) -> None:
        self.years.set_rows(years)
        provisional = [y.year for y in years if y.provisional]
        self.notice.show_text("\n".join(texts().provisional_years(provisional)))

    # --- preview and apply -------------------------------------------------------------------

    def path(self) -> str:
        return self.file_edit.text().strip()

    def choose_file(self) -> None:
        path = self.ask_open_path(self, self.tr("Choose the year's schedule"))
        if path:
            self.file_edit.setText(path)
            self.run_preview()

    def _forget_preview(self) -> None:
        self.preview = None
        self._show_preview(None)

    def run_preview(self) -> None:
        path = self.path()
        if not path:
            return
        self.file_error.show_error(None)

        def done(result: CalendarImport) -> None:
            self.preview = result
            self._show_preview(result)

        def failed(exc: BaseException) -> None:
            self.preview = None
            self._show_preview(None)
            self.file_error.show_error(fill(self.tr("%1: %2"), Path(path).name, error_text(exc)))

        self.ops.read(lambda: self.lead.preview_calendar(path), done, failed)

    def _show_preview(self, result: CalendarImport | None) -> None:
        self.days.set_rows(result.entries if result else [])
        self.apply_button.setEnabled(result is not None)
        if result is None:
            self.summary.setText(
                self.tr(
                    "Choose the file typed from the State Council's notice; its days are shown "
                    "here before anything is written."
                )
            )
            return
        lines = [
            fill(
                self.tr("%1: %2 day(s) off, %3 make-up working day(s) — %4."),
                y.year,
                y.holidays,
                y.workdays,
                self._replaces(y),
            )
            for y in result.years
        ]
        lines.append(self.tr("A preview: nothing is written until you apply."))
        self.summary.setText("\n".join(lines))

    def apply(self) -> None:
        path = self.path()
        if self.preview is None or not path:
            return
        self.apply_button.setEnabled(False)

        def done(result: CalendarImport) -> None:
            self.preview = None
            self.file_edit.blockSignals(True)
            self.file_edit.clear()
            self.file_edit.blockSignals(False)
            self._show_preview(None)
            years = ", ".join(str(y.year) for y in result.years)
            self.message.emit(
                fill(
                    self.tr(
                        "Imported the working-day calendar for %1: every laptop of the team "
                        "gets it at its next sync."
                    ),
                    years,
                )
            )
            self.refresh()

        def failed(exc: BaseException) -> None:
            self.apply_button.setEnabled(True)
            show_error(self, exc)

        self.ops.write(lambda: self.lead.import_calendar(path), done, failed)


def _count(year: YearView, kind: str) -> int:
    return sum(1 for e in year.entries if e.kind == kind)
