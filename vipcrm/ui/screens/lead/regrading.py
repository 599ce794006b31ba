"""The monthly re-grading (升降级) in the window: choose the billing file and the month,
see what it would do (new, up, down, left, unchanged, and every bad row with its file,
row, column and reason) before anything is written, then import it — all or nothing, or
the good rows only. Then assign the new members (with the per-manager preview) and, for
one member, reassign by hand. Every step runs through the one runner."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from vipcrm.services.assignment import AssignmentResult
from vipcrm.services.directory import ManagerInfo
from vipcrm.services.grading import GradingResult
from vipcrm.ui.errors import error_text, message_text, show_error
from vipcrm.ui.labels import fill
from vipcrm.ui.lead_backend import LeadBackend
from vipcrm.ui.ops import Ops
from vipcrm.ui.screens.lead.table import Column, RowsModel, rows_table
from vipcrm.ui.tiers import OVERDUE_COLOUR
from vipcrm.ui.widgets import CountPill, Heading, InlineError, Notice

MONTH_RE = re.compile(r"^\d{4}-(0[1-9]|1[0-2])$")
COUNTS = ("new", "up", "down", "left", "unchanged")


def ask_open_path(
    parent: QWidget, title: str, filters: str = "CSV / Excel (*.csv *.txt *.xlsx);;All files (*)"
) -> str:
    path, _ = QFileDialog.getOpenFileName(parent, title, "", filters)
    return path


class RegradingPanel(QWidget):
    message = Signal(str)

    def __init__(self, lead: LeadBackend, ops: Ops, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lead, self.ops = lead, ops
        self.ask_open_path = ask_open_path  # replaced in tests
        self.preview: GradingResult | None = None
        self.assignment: AssignmentResult | None = None
        today = lead.today()

        # -- the file ---------------------------------------------------------------------
        self.file_edit = QLineEdit()
        self.file_edit.setPlaceholderText(self.tr("The billing system's export (CSV or XLSX)"))
        self.file_edit.textChanged.connect(lambda _t: self._forget_preview())
        self.browse_button = QPushButton(self.tr("&Choose…"))
        self.browse_button.clicked.connect(self.choose_file)
        self.month_edit = QLineEdit(f"{today.year:04d}-{today.month:02d}")
        self.month_edit.setInputMask("9999-99")
        self.month_edit.setFixedWidth(
            self.month_edit.fontMetrics().horizontalAdvance("0000-00") + 24
        )
        self.month_edit.textChanged.connect(lambda _t: self._forget_preview())
        self.preview_button = QPushButton(self.tr("&Preview"))
        self.preview_button.clicked.connect(self.run_preview)
        self.file_error = InlineError()

        self.pills = {
            key: CountPill(colour)
            for key, colour in zip(COUNTS, ("blue", "green", "amber", "red", "grey"), strict=True)
        }
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.notice = Notice()
        self.problems = RowsModel(
            [
                Column(self.tr("File"), lambda p: self._file_name()),
                Column(self.tr("Row"), lambda p: str(p.row), lambda p: p.row, True),
                Column(self.tr("Column"), lambda p: p.column or "—"),
                Column(
                    self.tr("Problem"),
                    lambda p: message_text(p.reason),
                    foreground=lambda p: OVERDUE_COLOUR,
                ),
            ],
            self,
        )
        self.problems_table = rows_table(self.problems)
        self.problems_label = QLabel()
        self.skip_invalid = QCheckBox(self.tr("&Skip the bad rows (import only the good ones)"))
        self.skip_invalid.toggled.connect(lambda _c: self._update_actions())
        self.import_button = QPushButton(self.tr("&Import"))
        self.import_button.clicked.connect(self.run_import)
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)
        self.progress.setMaximumWidth(160)
        self.progress.setTextVisible(False)
        self.progress.hide()

        # -- assignment -------------------------------------------------------------------
        self.assign_preview_button = QPushButton(self.tr("Preview the &assignment"))
        self.assign_preview_button.clicked.connect(self.preview_assignment)
        self.assign_button = QPushButton(self.tr("Assign new &members"))
        self.assign_button.clicked.connect(self.assign)
        self.assign_label = QLabel()
        self.assign_label.setWordWrap(True)
        self.placements = RowsModel(
            [
                Column(self.tr("Manager"), lambda r: self._manager_text(r[0])),
                Column(self.tr("New members"), lambda r: str(r[1]), lambda r: r[1], True),
                Column(self.tr("Weighted load after"), lambda r: str(r[2]), lambda r: r[2], True),
            ],
            self,
        )
        self.placements_table = rows_table(self.placements)
        self.placements_table.setMaximumHeight(170)
        self.member_edit = QLineEdit()
        self.member_edit.setPlaceholderText(self.tr("Mobile number"))
        self.manager_combo = QComboBox()
        self.reassign_button = QPushButton(self.tr("&Reassign"))
        self.reassign_button.clicked.connect(self.reassign)
        self._managers_loaded = False

        self._layout()
        self._update_actions()

    def _layout(self) -> None:
        file_row = QHBoxLayout()
        caption = QLabel(self.tr("&File:"))
        caption.setBuddy(self.file_edit)
        file_row.addWidget(caption)
        file_row.addWidget(self.file_edit, 1)
        file_row.addWidget(self.browse_button)
        month_caption = QLabel(self.tr("M&onth:"))
        month_caption.setBuddy(self.month_edit)
        file_row.addWidget(month_caption)
        file_row.addWidget(self.month_edit)
        file_row.addWidget(self.preview_button)
        pills = QHBoxLayout()
        for pill in self.pills.values():
            pills.addWidget(pill)
        pills.addWidget(self.summary, 1)
        act = QHBoxLayout()
        act.addWidget(self.skip_invalid)
        act.addStretch(1)
        act.addWidget(self.progress)
        act.addWidget(self.import_button)
        importing = QGroupBox(self.tr("1. Import the month's re-grading file"))
        lay = QVBoxLayout(importing)
        lay.addLayout(file_row)
        lay.addWidget(self.file_error)
        lay.addLayout(pills)
        lay.addWidget(self.notice)
        lay.addWidget(self.problems_label)
        lay.addWidget(self.problems_table, 1)
        lay.addLayout(act)

        assign_row = QHBoxLayout()
        assign_row.addWidget(self.assign_label, 1)
        assign_row.addWidget(self.assign_preview_button)
        assign_row.addWidget(self.assign_button)
        reassign_row = QHBoxLayout()
        who = QLabel(self.tr("Reassign one member:"))
        who.setBuddy(self.member_edit)
        reassign_row.addWidget(who)
        reassign_row.addWidget(self.member_edit)
        reassign_row.addWidget(QLabel(self.tr("to")))
        reassign_row.addWidget(self.manager_combo)
        reassign_row.addWidget(self.reassign_button)
        reassign_row.addStretch(1)
        assigning = QGroupBox(self.tr("2. Assign the new members"))
        lay2 = QVBoxLayout(assigning)
        lay2.addLayout(assign_row)
        lay2.addWidget(self.placements_table)
        lay2.addLayout(reassign_row)

        layout = QVBoxLayout(self)
        layout.addWidget(Heading(self.tr("Monthly re-grading")))
        layout.addWidget(importing, 3)
        layout.addWidget(assigning, 2)

    # --- state -------------------------------------------------------------------------

    def month(self) -> str:
        return self.month_edit.text().strip()

    def path(self) -> str:
        return self.file_edit.text().strip()

    def _file_name(self) -> str:
        return self.preview.file if self.preview else Path(self.path()).name

    def _forget_preview(self) -> None:
        if self.preview is not None:
            self.preview = None
            self._show_preview(None)
        self._update_actions()

    def _busy(self, busy: bool) -> None:
        self.progress.setVisible(busy)
        for b in (self.preview_button, self.import_button, self.browse_button):
            b.setEnabled(not busy)
        if not busy:
            self._update_actions()

    def _update_actions(self) -> None:
        ready = bool(self.path()) and bool(MONTH_RE.match(self.month()))
        self.preview_button.setEnabled(ready)
        p = self.preview
        importable = (
            p is not None
            and not p.already_imported
            and (not p.bad_rows or self.skip_invalid.isChecked())
        )
        self.import_button.setEnabled(bool(importable))
        self.skip_invalid.setEnabled(p is not None and bool(p.bad_rows))
        self.assign_button.setEnabled(self.assignment is not None and self.assignment.assigned > 0)
        self.assign_preview_button.setEnabled(bool(MONTH_RE.match(self.month())))

    def refresh(self) -> None:
        if not self._managers_loaded:
            self.ops.read(
                self.lead.team_managers, self._managers, lambda exc: show_error(self, exc)
            )

    def _managers(self, managers: list[ManagerInfo]) -> None:
        self._managers_loaded = True
        self.manager_combo.clear()
        for m in managers:
            self.manager_combo.addItem(fill(self.tr("%1 (%2)"), m.name, m.code), m.code)

    def _manager_text(self, code: str) -> str:
        """``梁鑫 (M005)``: the name the team knows, with the code (issue 20, point 7)."""
        index = self.manager_combo.findData(code)
        return self.manager_combo.itemText(index) if index >= 0 else code

    # --- import ------------------------------------------------------------------------

    def choose_file(self) -> None:
        path = self.ask_open_path(self, self.tr("Choose the re-grading file"))
        if path:
            self.file_edit.setText(path)
            self.run_preview()

    def run_preview(self) -> None:
        path, month = self.path(), self.month()
        if not MONTH_RE.match(month):
            self.file_error.show_error(self.tr("Give the month as YYYY-MM, e.g. 2026-12."))
            return
        self.file_error.show_error(None)
        self._busy(True)

        def done(result: GradingResult) -> None:
            self._busy(False)
            self.preview = result
            self._show_preview(result)
            self._update_actions()

        def failed(exc: BaseException) -> None:
            self._busy(False)
            self.preview = None
            self._show_preview(None)
            self.file_error.show_error(error_text(exc))
            self._update_actions()

        self.ops.read(lambda: self.lead.preview_import(path, month), done, failed)

    def _show_preview(self, r: GradingResult | None) -> None:
        labels = {
            "new": self.tr("New %1"),
            "up": self.tr("Up %1"),
            "down": self.tr("Down %1"),
            "left": self.tr("Left %1"),
            "unchanged": self.tr("Unchanged %1"),
        }
        for key, pill in self.pills.items():  # no pill before there is a count
            pill.setText(fill(labels[key], r.counts.get(key, 0)) if r else "")
        self.problems.set_rows(r.bad_rows if r else [])
        self.problems_table.setVisible(bool(r and r.bad_rows))
        if r is None:
            self.summary.setText(
                self.tr("Choose a file and a month; nothing is written before you import.")
            )
            self.problems_label.clear()
            self.notice.show_text("")
            return
        encoding = f", {r.encoding}" if r.encoding else ""
        self.summary.setText(
            fill(
                self.tr("%1: %2 row(s)%3 for %4 — a preview, nothing written yet."),
                r.file,
                r.rows,
                encoding,
                r.month,
            )
        )
        if r.bad_rows:
            self.problems_label.setText(
                self.tr(
                    "%n bad row(s). Fix them in the file and preview again, or import the good "
                    "rows only.",
                    "",
                    len(r.bad_rows),
                )
            )
        else:
            self.problems_label.setText(self.tr("Every row is valid."))
        self.notice.show_text(
            self.tr("This file is already the month's list: importing it again changes nothing.")
            if r.already_imported
            else ""
        )

    def run_import(self) -> None:
        p = self.preview
        if p is None:
            return
        path, month, skip = self.path(), p.month, self.skip_invalid.isChecked()
        self._busy(True)

        def done(result: GradingResult) -> None:
            self._busy(False)
            self.preview = None
            self._show_preview(None)
            c = result.counts
            self.message.emit(
                fill(
                    self.tr("Imported %1 for %2: %3 new, %4 up, %5 down, %6 left."),
                    result.file,
                    result.month,
                    c.get("new", 0),
                    c.get("up", 0),
                    c.get("down", 0),
                    c.get("left", 0),
                )
            )
            self.summary.setText(
                fill(
                    self.tr("Imported %1 for %2. Next: assign the new members."),
                    result.file,
                    result.month,
                )
            )
            self.preview_assignment()

        def failed(exc: BaseException) -> None:
            self._busy(False)
            show_error(self, exc)

        self.ops.write(lambda: self.lead.run_import(path, month, skip), done, failed)

    # --- assignment --------------------------------------------------------------------

    def preview_assignment(self) -> None:
        month = self.month()

        def done(result: AssignmentResult) -> None:
            self.assignment = result
            self.placements.set_rows(
                [
                    (code, result.by_manager.get(code, 0), load)
                    for code, load in sorted(result.loads.items())
                ]
            )
            self.assign_label.setText(
                self.tr(
                    "%n new member(s) of the month to assign, balanced by each manager's "
                    "load (weighted by tier).",
                    "",
                    result.assigned,
                )
            )
            self._update_actions()

        self.ops.read(
            lambda: self.lead.preview_assignment(month), done, lambda exc: show_error(self, exc)
        )

    def assign(self) -> None:
        month = self.month()

        def done(result: AssignmentResult) -> None:
            self.assignment = None
            self.message.emit(self.tr("%n new member(s) assigned.", "", result.assigned))
            self.assign_label.setText(
                self.tr(
                    "%n new member(s) assigned; their first-contact deadlines start today.",
                    "",
                    result.assigned,
                )
            )
            self.placements.set_rows(
                [
                    (code, result.by_manager.get(code, 0), load)
                    for code, load in sorted(result.loads.items())
                ]
            )
            self._update_actions()

        self.ops.write(lambda: self.lead.assign(month), done, lambda exc: show_error(self, exc))

    def reassign(self) -> None:
        member, to = self.member_edit.text().strip(), self.manager_combo.currentData()
        if not member or not to:
            return

        def done(_changes: object) -> None:
            self.member_edit.clear()
            self.message.emit(fill(self.tr("%1 now belongs to %2."), member, to))

        self.ops.write(
            lambda: self.lead.reassign(member, to), done, lambda exc: show_error(self, exc)
        )
