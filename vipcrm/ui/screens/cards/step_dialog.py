"""Record a card step: which step, on which day, the agreed date for a hand delivery."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from vipcrm.domain.cards import CardStep, allowed_steps
from vipcrm.services.cards import CardRow
from vipcrm.ui.labels import card_state_label, card_step_label, fill, pydate, qdate


@dataclass(frozen=True)
class StepInput:
    step: str
    on: date
    agreed_date: date | None = None
    note: str = ""


class StepDialog(QDialog):
    def __init__(
        self, card: CardRow, today: date, step: str | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Record a card step"))
        allowed = allowed_steps(card.state)
        self.step = QComboBox()
        for s in allowed:  # the possible next steps first ...
            self.step.addItem(card_step_label(s.value), s.value)
        if allowed:
            self.step.insertSeparator(len(allowed))
        for s in CardStep:  # ... then the others (refused, saying which are allowed)
            if s not in allowed:
                self.step.addItem(card_step_label(s.value), s.value)
        if step is not None:
            self.step.setCurrentIndex(max(self.step.findData(step), 0))
        self.on = QDateEdit(qdate(today))
        self.on.setDisplayFormat("yyyy-MM-dd")
        self.on.setCalendarPopup(True)
        self.on.setMaximumDate(qdate(today))
        self.agreed = QDateEdit(qdate(today))
        self.agreed.setDisplayFormat("yyyy-MM-dd")
        self.agreed.setCalendarPopup(True)
        self.note = QLineEdit()
        self.note.setPlaceholderText(self.tr("How, with what outcome (kept as the trace)"))
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Record"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(
            self.tr("Card:"),
            QLabel(fill(self.tr("%1, now: %2"), card.member_name, card_state_label(card.state))),
        )
        form.addRow(self.tr("&Step:"), self.step)
        form.addRow(self.tr("&On:"), self.on)
        self.agreed_caption = QLabel(self.tr("&Agreed date:"))
        self.agreed_caption.setBuddy(self.agreed)
        form.addRow(self.agreed_caption, self.agreed)
        form.addRow(self.tr("&Note:"), self.note)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.step.currentIndexChanged.connect(self._step_changed)
        self._step_changed()

    def _step_changed(self) -> None:
        door = self.step.currentData() == CardStep.DOOR_AGREED.value
        self.agreed.setVisible(door)
        self.agreed_caption.setVisible(door)

    def value(self) -> StepInput:
        step = self.step.currentData()
        return StepInput(
            step=step,
            on=pydate(self.on.date()),
            agreed_date=pydate(self.agreed.date()) if step == CardStep.DOOR_AGREED else None,
            note=self.note.text().strip(),
        )


def ask_step(
    parent: QWidget | None, card: CardRow, today: date, step: str | None
) -> StepInput | None:
    dialog = StepDialog(card, today, step, parent)
    return dialog.value() if dialog.exec() == QDialog.DialogCode.Accepted else None
