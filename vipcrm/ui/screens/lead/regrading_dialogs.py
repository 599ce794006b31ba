"""The re-grading's confirmations and lists: importing (with the mass-leave guard),
undoing an import, and the members a month's import changed."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from vipcrm.domain.dates import DEFAULT_TZ
from vipcrm.services.grading import GradingResult, ManagerLeavers, MonthMember
from vipcrm.services.grading_undo import UndoResult
from vipcrm.ui.labels import fill, tier_change_label, tier_label
from vipcrm.ui.screens.lead.table import Column, RowsModel
from vipcrm.ui.tiers import OVERDUE_COLOUR
from vipcrm.ui.widgets import tidy_table


def percent(share: float) -> str:
    return f"{share * 100:.1f} %".replace(".0 %", " %")


def _table(model: RowsModel, height: int = 0) -> QTableView:
    view = tidy_table(QTableView())
    view.setModel(model)
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setStretchLastSection(True)
    if height:
        view.setMaximumHeight(height)
    return view


def counts_text(counts: dict[str, int]) -> str:
    """A re-grading's counts in one phrase (new, back, up, down, unchanged, left)."""
    return fill(
        QCoreApplication.translate(
            "Regrading", "%1 new, %2 back, %3 up, %4 down, %5 unchanged, %6 left"
        ),
        counts.get("new", 0),
        counts.get("reactivated", 0),
        counts.get("up", 0),
        counts.get("down", 0),
        counts.get("unchanged", 0),
        counts.get("left", 0),
    )


class ConfirmImportDialog(QDialog):
    """Asks once before an import, naming the counts. Above the rules' share of leavers it
    shows who would leave, per manager, and imports only after a deliberate tick and
    click: the default button (Enter) cancels."""

    def __init__(self, preview: GradingResult, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.preview = preview
        p = preview
        left = p.counts.get("left", 0)
        self.setWindowTitle(self.tr("Import the re-grading?"))
        layout = QVBoxLayout(self)
        self.summary = QLabel(
            fill(self.tr("%1 for %2: %3."), p.file, p.month, counts_text(p.counts))
        )
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        if p.replaces:
            replaces = QLabel(
                fill(
                    self.tr("It replaces %1, the month's earlier file, which is undone first."),
                    p.replaces,
                )
            )
            replaces.setWordWrap(True)
            layout.addWidget(replaces)
        self.buttons = QDialogButtonBox()
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.checked: QCheckBox | None = None
        self.leavers: RowsModel | None = None
        if p.needs_confirmation:
            warning = QLabel(
                fill(
                    self.tr(
                        "%1 of the %2 members (%3) would be marked as left: more than the %4 "
                        "allowed without confirmation. Check that this is the whole club's "
                        "list for %5 — not last month's, one team's, or a cut-off download."
                    ),
                    left,
                    p.book,
                    percent(p.leave_share),
                    percent(p.guard_share),
                    p.month,
                )
            )
            warning.setWordWrap(True)
            warning.setStyleSheet(f"color: {OVERDUE_COLOUR.name()}; font-weight: bold;")
            layout.addWidget(warning)
            self.leavers = RowsModel(
                [
                    Column(
                        self.tr("Manager"),
                        lambda m: (
                            fill(self.tr("%1 (%2)"), m.name, m.code)
                            if m.code
                            else self.tr("Unassigned")
                        ),
                    ),
                    Column(
                        self.tr("Leaving"),
                        lambda m: fill(self.tr("%1 of %2"), m.leaving, m.book),
                        lambda m: m.leaving,
                        True,
                    ),
                    Column(self.tr("For example"), self._sample),
                ],
                self,
            )
            self.leavers.set_rows(p.leavers_by_manager)
            layout.addWidget(_table(self.leavers, 220))
            self.checked = QCheckBox(
                self.tr("I have checked the file: %n member(s) leave the club.", "", left)
            )
            layout.addWidget(self.checked)
            self.import_button = self.buttons.addButton(
                self.tr("Import and mark %n as left", "", left),
                QDialogButtonBox.ButtonRole.AcceptRole,
            )
            self.import_button.setEnabled(False)
            self.checked.toggled.connect(self.import_button.setEnabled)
            default: QPushButton = self.cancel_button
        else:
            self.import_button = self.buttons.addButton(
                self.tr("&Import"), QDialogButtonBox.ButtonRole.AcceptRole
            )
            default = self.import_button
        for button in (self.import_button, self.cancel_button):
            button.setAutoDefault(button is default)
            button.setDefault(button is default)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

    def _sample(self, m: ManagerLeavers) -> str:
        names = self.tr(", ").join(m.sample)
        return names + ("…" if m.leaving > len(m.sample) else "")


class ConfirmUndoDialog(QDialog):
    """Names what an undo would do (a dry run) before it is done; Enter cancels."""

    def __init__(self, preview: UndoResult, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        r, c = preview, preview.counts
        self.setWindowTitle(self.tr("Undo the import?"))
        at = r.imported_at.astimezone(DEFAULT_TZ).strftime("%Y-%m-%d %H:%M")
        text = fill(
            self.tr(
                "Undo the import of %1 for %2 (by %3, %4)? %5 member(s) get back what they "
                "had before it; %6 member(s) it added are removed."
            ),
            r.file,
            r.month,
            r.imported_by or "—",
            at,
            c["restored"],
            c["removed"],
        )
        if c["kept_left"]:
            text += " " + self.tr(
                "%n member(s) it added stay, marked as left, because contacts, notes, cards, "
                "gifts or plans refer to them.",
                "",
                c["kept_left"],
            )
        if c["missing"]:
            text += " " + self.tr(
                "%n member(s) are no longer on this laptop and stay as they are.", "", c["missing"]
            )
        self.summary = QLabel(text)
        self.summary.setWordWrap(True)
        self.buttons = QDialogButtonBox()
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.undo_button = self.buttons.addButton(
            self.tr("&Undo the import"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.undo_button.setAutoDefault(False)
        self.cancel_button.setDefault(True)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.buttons)


class MonthMembersDialog(QDialog):
    """The members a month's import added, moved or marked left."""

    def __init__(self, month: str, members: list[MonthMember], parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(fill(self.tr("The re-grading of %1"), month))
        self.model = RowsModel(
            [
                Column(self.tr("Change"), lambda m: tier_change_label(m.change)),
                Column(self.tr("Mobile"), lambda m: m.phone),
                Column(self.tr("Name"), lambda m: m.name),
                Column(self.tr("Tier"), lambda m: tier_label(m.tier) if m.tier else "—"),
                Column(self.tr("Manager"), lambda m: m.manager or self.tr("Unassigned")),
            ],
            self,
        )
        self.model.set_rows(members)
        caption = QLabel(
            self.tr("%n member(s) added, moved up or down, or marked as left.", "", len(members))
        )
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(caption)
        layout.addWidget(_table(self.model), 1)
        layout.addWidget(buttons)
        self.resize(640, 480)
