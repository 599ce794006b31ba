"""Work log → Import phone records: the itemised bill of one's own phone (通话/短信详单).

Choose the file, see what it would log (and every bad row with its row and column) before
anything is written, then import it — all or nothing, or the good rows only. Reading and
writing run on the one runner, with a progress bar; other people's numbers in the bill
are only counted, never shown or kept.
"""

from __future__ import annotations

import uuid
from pathlib import Path

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from vipcrm.domain.dates import local_date
from vipcrm.services.phone_bill import BillResult
from vipcrm.ui.backends.worklog import WorkLogBackend
from vipcrm.ui.errors import error_text, message_text, show_error
from vipcrm.ui.labels import fill, format_day
from vipcrm.ui.ops import Ops
from vipcrm.ui.widgets import CountPill, InlineError, fit_height

COUNTS = ("logged", "already_logged", "not_in_book", "ignored", "refused")


def ask_bill_path(parent: QWidget, title: str) -> str:
    path, _ = QFileDialog.getOpenFileName(
        parent, title, "", "CSV / Excel (*.csv *.txt *.xlsx);;All files (*)"
    )
    return path


class BillImportDialog(QDialog):
    def __init__(self, backend: WorkLogBackend, ops: Ops, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.backend, self.ops = backend, ops
        self.ask_path = ask_bill_path  # replaced in tests
        self.preview: BillResult | None = None
        self.imported: BillResult | None = None  # the import's result, once written
        self.setWindowTitle(self.tr("Import phone records"))
        self.setMinimumWidth(640)

        intro = QLabel(
            self.tr(
                "The itemised bill of your own phone (通话详单 or 短信详单, CSV or XLSX), as the "
                "operator's app or web hall exports it. Calls and SMS with your members are "
                "logged as contacts; other numbers are only counted, never kept. Importing the "
                "same bill again, or overlapping months, logs nothing twice."
            )
        )
        intro.setWordWrap(True)
        self.file_edit = QLineEdit()
        self.file_edit.setPlaceholderText(self.tr("The bill (CSV or XLSX)"))
        self.file_edit.textChanged.connect(lambda _t: self._forget_preview())
        self.browse_button = QPushButton(self.tr("&Choose…"))
        self.browse_button.clicked.connect(self.choose_file)
        self.preview_button = QPushButton(self.tr("&Preview"))
        self.preview_button.clicked.connect(self.run_preview)
        self.file_error = InlineError()
        self.campaign = QComboBox()
        self.campaign.addItem(self.tr("— none —"), None)
        self.campaign.currentIndexChanged.connect(lambda _i: self._forget_preview())
        self.pills = {
            key: CountPill(colour)
            for key, colour in zip(COUNTS, ("green", "grey", "blue", "grey", "red"), strict=True)
        }
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.problems = QListWidget()
        self.problems.setMaximumHeight(140)
        self.skip_invalid = QCheckBox(self.tr("&Skip the bad rows (import only the good ones)"))
        self.skip_invalid.toggled.connect(lambda _c: self._update_actions())
        self.import_button = QPushButton(self.tr("&Import"))
        self.import_button.clicked.connect(self.run_import)
        self.progress = QProgressBar()
        self.progress.setMaximumWidth(200)
        self.progress.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)

        file_row = QHBoxLayout()
        caption = QLabel(self.tr("&File:"))
        caption.setBuddy(self.file_edit)
        file_row.addWidget(caption)
        file_row.addWidget(self.file_edit, 1)
        file_row.addWidget(self.browse_button)
        file_row.addWidget(self.preview_button)
        campaign_row = QHBoxLayout()
        campaign_caption = QLabel(self.tr("Attach to ca&mpaign:"))
        campaign_caption.setBuddy(self.campaign)
        campaign_row.addWidget(campaign_caption)
        campaign_row.addWidget(self.campaign, 1)
        pills = QHBoxLayout()
        for pill in self.pills.values():
            pills.addWidget(pill)
        pills.addStretch(1)
        act = QHBoxLayout()
        act.addWidget(self.skip_invalid)
        act.addStretch(1)
        act.addWidget(self.progress)
        act.addWidget(self.import_button)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(file_row)
        layout.addWidget(self.file_error)
        layout.addLayout(campaign_row)
        layout.addLayout(pills)
        layout.addWidget(self.summary)
        layout.addWidget(self.problems)
        layout.addLayout(act)
        layout.addWidget(buttons)
        self._show(None)
        self._update_actions()
        self.ops.read(lambda: self.backend.open_campaigns(), self._fill_campaigns)

    def _fill_campaigns(self, campaigns: list[tuple[uuid.UUID, str, str]]) -> None:
        for campaign_id, code, name in campaigns:
            self.campaign.addItem(f"{code} · {name}", campaign_id)

    def chosen_campaign(self) -> uuid.UUID | None:
        """The campaign's id (a code may be two teams')."""
        chosen = self.campaign.currentData()
        return chosen if isinstance(chosen, uuid.UUID) else None

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        # Qt sizes a new window for its width before it narrows it to fit the screen: the
        # wrapped introduction would be cut at the bottom of the narrower dialog
        fit_height(self)

    # --- state -------------------------------------------------------------------------

    def path(self) -> str:
        return self.file_edit.text().strip()

    def _forget_preview(self) -> None:
        if self.preview is not None:
            self.preview = None
            self._show(None)
        self._update_actions()

    def _busy(self, busy: bool) -> None:
        self.progress.setRange(0, 0)
        self.progress.setVisible(busy)
        for b in (self.preview_button, self.import_button, self.browse_button):
            b.setEnabled(not busy)
        if not busy:
            self._update_actions()

    def _progress(self, done: int, total: int) -> None:
        if total > 0:
            self.progress.setRange(0, total)
            self.progress.setValue(min(done, total))

    def _update_actions(self) -> None:
        self.preview_button.setEnabled(bool(self.path()))
        p = self.preview
        self.import_button.setEnabled(
            p is not None and (not p.refused or self.skip_invalid.isChecked())
        )
        self.skip_invalid.setEnabled(p is not None and bool(p.refused))

    # --- preview and import ------------------------------------------------------------

    def choose_file(self) -> None:
        path = self.ask_path(self, self.tr("Choose the phone bill"))
        if path:
            self.file_edit.setText(path)
            self.run_preview()

    def run_preview(self) -> None:
        path, campaign = self.path(), self.chosen_campaign()
        self.file_error.show_error(None)
        self._busy(True)

        def done(result: BillResult) -> None:
            self._busy(False)
            self.preview = result
            self._show(result)
            self._update_actions()

        def failed(exc: BaseException) -> None:
            self._busy(False)
            self.preview = None
            self._show(None)
            self.file_error.show_error(error_text(exc))
            self._update_actions()

        self.ops.read(
            lambda progress: self.backend.preview_bill(path, progress, campaign),
            done,
            failed,
            on_progress=self._progress,
        )

    def run_import(self) -> None:
        if self.preview is None:
            return
        path, skip = self.path(), self.skip_invalid.isChecked()
        campaign = self.chosen_campaign()
        self._busy(True)

        def done(result: BillResult) -> None:
            self._busy(False)
            self.preview = None
            self.imported = result
            self._show(result)
            self.summary.setText(
                fill(
                    self.tr("Imported %1: %2 contact(s) logged with %3 member(s)."),
                    result.file,
                    result.logged,
                    result.members,
                )
            )
            if result.campaign:
                self.summary.setText(self.summary.text() + " " + self._campaign_text(result))
            self._update_actions()

        def failed(exc: BaseException) -> None:
            self._busy(False)
            show_error(self, exc)

        self.ops.write(
            lambda progress: self.backend.import_bill(path, skip, progress, campaign),
            done,
            failed,
            on_progress=self._progress,
        )

    def _campaign_text(self, r: BillResult) -> str:
        return fill(
            self.tr(
                "Campaign %1: %2 contact(s) with %3 targeted member(s), %4 reached, %5 "
                "awaiting a result (record it when you log or from Today)."
            ),
            r.campaign or "",
            r.campaign_contacts,
            r.campaign_members,
            r.campaign_reached,
            r.campaign_awaiting,
        )

    def _show(self, r: BillResult | None) -> None:
        labels = {
            "logged": self.tr("To log %1"),
            "already_logged": self.tr("Already logged %1"),
            "not_in_book": self.tr("Not in your book %1"),
            "ignored": self.tr("Not contacts %1"),
            "refused": self.tr("Bad rows %1"),
        }
        if r is not None and r.written:
            labels["logged"] = self.tr("Logged %1")
        for key, pill in self.pills.items():  # no pill before there is a count
            if r is None:
                pill.setText("")
            else:
                value = len(r.refused) if key == "refused" else getattr(r, key)
                pill.setText(fill(labels[key], value))
        self.problems.clear()
        self.problems.setVisible(bool(r and r.refused))
        if r is None:
            self.summary.setText(self.tr("Choose the bill; nothing is written before you import."))
            return
        for problem in r.refused:
            self.problems.addItem(message_text(problem.where(r.file)))
        kinds = " + ".join(
            self.tr("calls") if k.value == "calls" else self.tr("SMS") for k in r.kinds
        )
        period = (
            fill(
                self.tr("%1 to %2"), format_day(local_date(r.first)), format_day(local_date(r.last))
            )
            if r.first and r.last
            else ""
        )
        text = fill(
            self.tr("%1 (%2): %3 row(s), %4. %5 duplicate row(s) counted once."),
            Path(r.file).name,
            kinds,
            r.rows,
            period,
            r.duplicates,
        )
        if r.refused:
            text += " " + self.tr(
                "Fix the bad rows in the file and preview again, or import the good rows only."
            )
        elif not r.written:
            text += " " + self.tr("A preview: nothing is written yet.")
        if r.campaign:
            text += " " + self._campaign_text(r)
        self.summary.setText(text)
        self.adjustSize()  # the summary and the bad rows take the room they need
