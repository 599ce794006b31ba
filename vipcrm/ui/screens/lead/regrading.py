"""The monthly re-grading (升降级) in the window.

The month's import in force stays on screen (who imported which file, its counts, the
members it changed, and Undo). To import: choose the billing file and the month and see
what it would do — new, back, up, down, unchanged, left, member by member, and every bad
row with its file, row, column and reason — before anything is written; Import asks once
naming the counts, and when more than the rules' share of the book would leave, shows who
per manager and needs a deliberate tick and click (Enter cancels). Reading and writing a
big file shows its progress and can be cancelled (nothing is written then). Then assign
the new members (with the per-manager preview), every member still waiting for a manager,
and, for one member, reassign by hand. Every step runs through the one runner."""

from __future__ import annotations

import re
import threading
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from vipcrm.domain.dates import DEFAULT_TZ
from vipcrm.services.assignment import AssignmentResult, Waiting
from vipcrm.services.directory import ManagerInfo
from vipcrm.services.grading import (
    Cancelled,
    GradingResult,
    ImportSummary,
    Listed,
    MonthMember,
    Progress,
)
from vipcrm.services.grading_undo import UndoResult
from vipcrm.ui.backends.team import LeadBackend
from vipcrm.ui.errors import error_text, message_text, show_error
from vipcrm.ui.labels import fill, tier_label
from vipcrm.ui.ops import Ops
from vipcrm.ui.screens.lead.regrading_dialogs import (
    ConfirmImportDialog,
    ConfirmUndoDialog,
    MonthMembersDialog,
    counts_text,
    percent,
)
from vipcrm.ui.screens.lead.table import Column, RowsModel, rows_table
from vipcrm.ui.tiers import OVERDUE_COLOUR
from vipcrm.ui.widgets import CountPill, Heading, InlineError, Notice

T = TypeVar("T")

MONTH_RE = re.compile(r"^\d{4}-(0[1-9]|1[0-2])$")
COUNTS = ("new", "reactivated", "up", "down", "left", "unchanged")


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
        self.applied: ImportSummary | None = None
        self.dialog: QDialog | None = None  # the confirmation or list on screen, if any
        self._cancel = threading.Event()
        self._phase = ""  # set by the worker, read when its progress arrives
        today = lead.today()

        # -- the month's import in force ----------------------------------------------------
        self.applied_label = QLabel()
        self.applied_label.setWordWrap(True)
        self.members_button = QPushButton(self.tr("Show the &members…"))
        self.members_button.clicked.connect(self.show_members)
        self.undo_button = QPushButton(self.tr("&Undo this import…"))
        self.undo_button.clicked.connect(self.ask_undo)

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
            for key, colour in zip(
                COUNTS, ("blue", "blue", "green", "amber", "red", "grey"), strict=True
            )
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
        self.changes = RowsModel(
            [
                Column(self.tr("Change"), lambda r: self._kind_label(r[0])),
                Column(self.tr("Mobile"), lambda r: r[1].phone),
                Column(self.tr("Name"), lambda r: r[1].name),
                Column(self.tr("Before"), lambda r: tier_label(r[1].was) if r[1].was else "—"),
                Column(self.tr("After"), lambda r: tier_label(r[1].tier) if r[1].tier else "—"),
                Column(self.tr("Manager"), lambda r: r[1].manager or self.tr("Unassigned")),
            ],
            self,
        )
        self.changes_table = rows_table(self.changes)
        self.details = QTabWidget()
        self.details.addTab(self.changes_table, self.tr("Changes"))
        self.details.addTab(self.problems_table, self.tr("Bad rows"))
        self.skip_invalid = QCheckBox(self.tr("&Skip the bad rows (import only the good ones)"))
        self.skip_invalid.toggled.connect(lambda _c: self._update_actions())
        self.import_button = QPushButton(self.tr("&Import…"))
        self.import_button.clicked.connect(self.ask_import)
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)
        self.progress.setMaximumWidth(200)
        self.progress.setTextVisible(False)
        self.phase_label = QLabel()
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.clicked.connect(self.cancel)
        for w in (self.progress, self.phase_label, self.cancel_button):
            w.hide()

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
        self.unassigned_label = QLabel()
        self.unassigned_label.setWordWrap(True)
        self.unassigned = RowsModel(
            [
                Column(self.tr("Mobile"), lambda m: m.phone),
                Column(self.tr("Name"), lambda m: m.name),
                Column(self.tr("Tier"), lambda m: tier_label(m.tier)),
                Column(self.tr("Joined"), lambda m: m.joined_month or "—"),
            ],
            self,
        )
        self.unassigned_table = rows_table(self.unassigned)
        self.unassigned_table.setMaximumHeight(150)
        self.assign_all_button = QPushButton(self.tr("Assign &all waiting members"))
        self.assign_all_button.clicked.connect(self.assign_all)
        self.unassigned_count = 0
        self.member_edit = QLineEdit()
        self.member_edit.setPlaceholderText(self.tr("Mobile number"))
        self.manager_combo = QComboBox()
        self.reassign_button = QPushButton(self.tr("&Reassign"))
        self.reassign_button.clicked.connect(self.reassign)
        self._managers_loaded = False

        self._layout()
        self._show_applied(None)
        self._show_preview(None)
        self._update_actions()

    def _layout(self) -> None:
        applied_row = QHBoxLayout()
        applied_row.addWidget(self.applied_label, 1)
        applied_row.addWidget(self.members_button)
        applied_row.addWidget(self.undo_button)
        applied = QGroupBox(self.tr("The month's re-grading"))
        QVBoxLayout(applied).addLayout(applied_row)

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
        act.addWidget(self.phase_label)
        act.addWidget(self.progress)
        act.addWidget(self.cancel_button)
        act.addWidget(self.import_button)
        importing = QGroupBox(self.tr("1. Import the month's re-grading file"))
        lay = QVBoxLayout(importing)
        lay.addLayout(file_row)
        lay.addWidget(self.file_error)
        lay.addLayout(pills)
        lay.addWidget(self.notice)
        lay.addWidget(self.problems_label)
        lay.addWidget(self.details, 1)
        lay.addLayout(act)

        assign_row = QHBoxLayout()
        assign_row.addWidget(self.assign_label, 1)
        assign_row.addWidget(self.assign_preview_button)
        assign_row.addWidget(self.assign_button)
        waiting_row = QHBoxLayout()
        waiting_row.addWidget(self.unassigned_label, 1)
        waiting_row.addWidget(self.assign_all_button)
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
        lay2.addLayout(waiting_row)
        lay2.addWidget(self.unassigned_table)
        lay2.addLayout(reassign_row)

        inner = QWidget()  # taller than a short window: it scrolls, nothing is squeezed
        layout = QVBoxLayout(inner)
        layout.addWidget(Heading(self.tr("Monthly re-grading")))
        layout.addWidget(applied)
        layout.addWidget(importing, 3)
        layout.addWidget(assigning, 2)
        scroll = QScrollArea()
        scroll.setWidget(inner)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)

    # --- state -------------------------------------------------------------------------

    def month(self) -> str:
        return self.month_edit.text().strip()

    def path(self) -> str:
        return self.file_edit.text().strip()

    def _file_name(self) -> str:
        return self.preview.file if self.preview else Path(self.path()).name

    def _kind_label(self, kind: str) -> str:
        return {
            "new": self.tr("New"),
            "reactivated": self.tr("Back"),
            "up": self.tr("Up"),
            "down": self.tr("Down"),
            "left": self.tr("Left"),
            "unchanged": self.tr("Unchanged"),
        }[kind]

    def _forget_preview(self) -> None:
        if self.preview is not None:
            self.preview = None
            self._show_preview(None)
        self._update_actions()

    def _busy(self, busy: bool, phase: str = "") -> None:
        self._cancel.clear()
        self.progress.setRange(0, 0)
        for w in (self.progress, self.phase_label, self.cancel_button):
            w.setVisible(busy)
        self.cancel_button.setEnabled(busy)
        self.phase_label.setText(phase)
        for b in (
            self.preview_button,
            self.import_button,
            self.browse_button,
            self.undo_button,
            self.assign_all_button,
        ):
            b.setEnabled(not busy)
        if not busy:
            self._update_actions()

    def _tracked(self, fn: Callable[[Progress], T]) -> Callable[[Callable[[int, int], None]], T]:
        """``fn(progress)`` for the worker: its service progress reported to the runner,
        stopped (Cancelled) once the user clicks Cancel."""

        def job(progress: Callable[[int, int], None]) -> T:
            def report(phase: str, done: int, total: int) -> None:
                if self._cancel.is_set():
                    raise Cancelled()
                self._phase = phase
                progress(done, total)

            return fn(report)

        return job

    def _progress(self, done: int, total: int) -> None:
        phases = {
            "reading": self.tr("Reading the file…"),
            "checking": self.tr("Checking every member…"),
            "writing": self.tr("Writing…"),
            "undoing": self.tr("Undoing the month's earlier import…"),
        }
        self.phase_label.setText(phases.get(self._phase, ""))
        if total > 0:
            self.progress.setRange(0, total)
            self.progress.setValue(min(done, total))

    def cancel(self) -> None:
        self._cancel.set()
        self.cancel_button.setEnabled(False)
        self.phase_label.setText(self.tr("Cancelling…"))

    def _update_actions(self) -> None:
        ready = bool(self.path()) and bool(MONTH_RE.match(self.month()))
        self.preview_button.setEnabled(ready)
        p = self.preview
        importable = (
            p is not None
            and not p.already_imported
            and (not p.problem_count or self.skip_invalid.isChecked())
        )
        self.import_button.setEnabled(bool(importable))
        self.skip_invalid.setEnabled(p is not None and bool(p.problem_count))
        self.assign_button.setEnabled(self.assignment is not None and self.assignment.assigned > 0)
        self.assign_preview_button.setEnabled(bool(MONTH_RE.match(self.month())))
        self.assign_all_button.setEnabled(self.unassigned_count > 0)
        a = self.applied
        self.members_button.setEnabled(a is not None)
        self.undo_button.setEnabled(a is not None and a.undo_here)

    def refresh(self) -> None:
        if not self._managers_loaded:
            self.ops.read(
                self.lead.team_managers, self._managers, lambda exc: show_error(self, exc)
            )
        self.ops.read(self.lead.latest_import, self._show_applied, lambda e: show_error(self, e))
        month = self.month() if MONTH_RE.match(self.month()) else f"{self.lead.today():%Y-%m}"
        self.ops.read(
            lambda: self.lead.unassigned(month),
            self._show_unassigned,
            lambda e: show_error(self, e),
        )

    def _managers(self, managers: list[ManagerInfo]) -> None:
        self._managers_loaded = True
        self.manager_combo.clear()
        for m in managers:
            self.manager_combo.addItem(fill(self.tr("%1 (%2)"), m.name, m.code), m.code)

    # --- what was applied --------------------------------------------------------------

    def _show_applied(self, a: ImportSummary | None) -> None:
        self.applied = a
        if a is None:
            self.applied_label.setText(self.tr("No re-grading file has been imported yet."))
        else:
            at = a.imported_at.astimezone(DEFAULT_TZ).strftime("%Y-%m-%d %H:%M")
            text = fill(
                self.tr("%1: %2, imported by %3 on %4 — %5."),
                a.month,
                a.file,
                a.imported_by or "—",
                at,
                counts_text(a.counts),
            )
            if not a.undo_here:
                text += " " + self.tr(
                    "It can be undone on the laptop that imported it, until the next month "
                    "is imported."
                )
            self.applied_label.setText(text)
        self._update_actions()

    def show_members(self) -> None:
        a = self.applied
        if a is None:
            return

        def done(members: list[MonthMember]) -> None:
            self.dialog = MonthMembersDialog(a.month, members, self)
            self.dialog.open()

        self.ops.read(lambda: self.lead.month_members(a.month), done, lambda e: show_error(self, e))

    def ask_undo(self) -> None:
        a = self.applied
        if a is None:
            return

        def done(preview: UndoResult) -> None:
            dialog = ConfirmUndoDialog(preview, self)
            dialog.accepted.connect(lambda: self.run_undo(a.month))
            self.dialog = dialog
            dialog.open()

        self.ops.read(lambda: self.lead.preview_undo(a.month), done, lambda e: show_error(self, e))

    def run_undo(self, month: str) -> None:
        self._busy(True, self.tr("Undoing…"))

        def done(result: UndoResult) -> None:
            self._busy(False)
            c = result.counts
            text = fill(
                self.tr("Undone: the import of %1 for %2. %3 member(s) restored, %4 removed."),
                result.file,
                result.month,
                c["restored"],
                c["removed"],
            )
            if result.kept_left:
                text += " " + fill(
                    self.tr("Kept as left because something refers to them: %1."),
                    ", ".join(result.kept_left),
                )
            self.notice.show_text(text)
            self.message.emit(text)
            self.refresh()

        def failed(exc: BaseException) -> None:
            self._busy(False)
            self._failed(exc)

        self.ops.write(
            self._tracked(lambda report: self.lead.undo(month, report)),
            done,
            failed,
            self._progress,
        )

    def _failed(self, exc: BaseException) -> None:
        if isinstance(exc, Cancelled):
            self.notice.show_text(self.tr("Cancelled: nothing was written."))
        else:
            show_error(self, exc)

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
        self._busy(True, self.tr("Reading the file…"))

        def done(result: GradingResult) -> None:
            self._busy(False)
            self.preview = result
            self._show_preview(result)
            self._update_actions()

        def failed(exc: BaseException) -> None:
            self._busy(False)
            self.preview = None
            self._show_preview(None)
            if isinstance(exc, Cancelled):
                self.notice.show_text(self.tr("Cancelled: nothing was written."))
            else:
                self.file_error.show_error(error_text(exc))
            self._update_actions()

        self.ops.read(
            self._tracked(lambda report: self.lead.preview_import(path, month, report)),
            done,
            failed,
            self._progress,
        )

    def _show_preview(self, r: GradingResult | None) -> None:
        labels = {
            "new": self.tr("New %1"),
            "reactivated": self.tr("Back %1"),
            "up": self.tr("Up %1"),
            "down": self.tr("Down %1"),
            "left": self.tr("Left %1"),
            "unchanged": self.tr("Unchanged %1"),
        }
        for key, pill in self.pills.items():  # no pill before there is a count
            pill.setText(fill(labels[key], r.counts.get(key, 0)) if r else "")
        self.problems.set_rows(r.bad_rows if r else [])
        rows: list[tuple[str, Listed]] = []
        if r is not None:
            for kind in ("left", "down", "up", "reactivated", "new", "unchanged"):
                rows += [(kind, x) for x in r.members.get(kind, [])]
        self.changes.set_rows(rows)
        self.details.setTabText(1, fill(self.tr("Bad rows (%1)"), r.problem_count if r else 0))
        if r is not None and r.problem_count:
            self.details.setCurrentIndex(1)
        elif r is not None:
            self.details.setCurrentIndex(0)
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
        if r.problem_count:
            self.problems_label.setText(
                self.tr(
                    "%n bad row(s). Fix them in the file and preview again, or import the good "
                    "rows only.",
                    "",
                    r.problem_count,
                )
            )
        else:
            self.problems_label.setText(self.tr("Every row is valid."))
        notes = []
        if r.already_imported:
            notes.append(
                self.tr(
                    "This file is already the month's list: importing it again changes nothing."
                )
            )
        elif r.needs_confirmation:
            notes.append(
                fill(
                    self.tr(
                        "%1 of the %2 members (%3) would be marked as left — more than the %4 "
                        "allowed without confirmation. Is this the whole club's list for %5?"
                    ),
                    r.counts.get("left", 0),
                    r.book,
                    percent(r.leave_share),
                    percent(r.guard_share),
                    r.month,
                )
            )
        if r.replaces and not r.already_imported:
            notes.append(
                fill(
                    self.tr("It replaces %1, the month's earlier file, which is undone first."),
                    r.replaces,
                )
            )
        self.notice.show_text(" ".join(notes))

    def ask_import(self) -> None:
        """Ask once, naming the counts (and, above the guard, who leaves); then import."""
        p = self.preview
        if p is None:
            return
        dialog = ConfirmImportDialog(p, self)
        dialog.accepted.connect(lambda: self.run_import(p.counts.get("left", 0)))
        self.dialog = dialog
        dialog.open()

    def run_import(self, leavers: int) -> None:
        p = self.preview
        if p is None:
            return
        path, month, skip = self.path(), p.month, self.skip_invalid.isChecked()
        self._busy(True, self.tr("Reading the file…"))

        def done(result: GradingResult) -> None:
            self._busy(False)
            self.preview = None
            self._show_preview(None)
            c = result.counts
            text = fill(
                self.tr("Imported %1 for %2: %3."), result.file, result.month, counts_text(c)
            )
            self.message.emit(text)
            self.summary.setText(
                fill(
                    self.tr("Imported %1 for %2. Next: assign the new members."),
                    result.file,
                    result.month,
                )
            )
            self.refresh()
            self.preview_assignment()

        def failed(exc: BaseException) -> None:
            self._busy(False)
            self._failed(exc)

        self.ops.write(
            self._tracked(lambda report: self.lead.run_import(path, month, skip, leavers, report)),
            done,
            failed,
            self._progress,
        )

    # --- assignment --------------------------------------------------------------------

    def _show_placements(self, result: AssignmentResult) -> None:
        self.placements.set_rows(
            [
                (code, result.by_manager.get(code, 0), load)
                for code, load in sorted(result.loads.items())
            ]
        )

    def preview_assignment(self) -> None:
        month = self.month()

        def done(result: AssignmentResult) -> None:
            self.assignment = result
            self._show_placements(result)
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

    def _assigned(self, result: AssignmentResult) -> None:
        self.assignment = None
        self.message.emit(self.tr("%n member(s) assigned.", "", result.assigned))
        self.assign_label.setText(
            self.tr(
                "%n member(s) assigned; their first-contact deadlines start today.",
                "",
                result.assigned,
            )
        )
        self._show_placements(result)
        self.refresh()

    def assign(self) -> None:
        month = self.month()
        self.ops.write(
            lambda: self.lead.assign(month), self._assigned, lambda exc: show_error(self, exc)
        )

    def _show_unassigned(self, waiting: Waiting) -> None:
        self.unassigned_count = waiting.count
        if waiting.count:
            self.unassigned_label.setText(
                fill(
                    self.tr(
                        "%n member(s) wait for a manager (%1 joined before %2).",
                        "",
                        waiting.count,
                    ),
                    waiting.earlier,
                    self.month(),
                )
            )
        else:
            self.unassigned_label.setText(self.tr("Every member has a manager."))
        self.unassigned.set_rows(waiting.members)
        self.unassigned_table.setVisible(bool(waiting.count))
        self._update_actions()

    def assign_all(self) -> None:
        """Every waiting member, whichever month they joined, balanced as for new ones."""
        self.ops.write(
            lambda: self.lead.assign(None), self._assigned, lambda exc: show_error(self, exc)
        )

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
