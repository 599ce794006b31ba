"""Log a contact attempt: channel, outcome, note. Enter logs "reached" at once."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from vipcrm.domain.values import Channel, Outcome
from vipcrm.ui.labels import channel_label, fill, outcome_label


@dataclass(frozen=True)
class ContactInput:
    channel: Channel
    outcome: Outcome
    note: str = ""
    group_sms: bool = False


class LogContactDialog(QDialog):
    def __init__(self, member: str, channel: Channel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Log a contact"))
        self.channel_combo = QComboBox()
        for c in Channel:
            self.channel_combo.addItem(channel_label(c), c.value)
        self.channel_combo.setCurrentIndex(self.channel_combo.findData(channel.value))
        self.outcomes = QButtonGroup(self)
        grid = QGridLayout()
        for i, outcome in enumerate(Outcome):
            button = QRadioButton(outcome_label(outcome))
            button.setProperty("outcome", outcome.value)
            self.outcomes.addButton(button, i)
            grid.addWidget(button, i // 3, i % 3)
        self.outcomes.button(0).setChecked(True)
        self.group_sms = QCheckBox(self.tr("Sent through the group SMS platform (12580)"))
        self.note = QLineEdit()
        self.note.setPlaceholderText(self.tr("What was said or agreed (optional)"))
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Log"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)

        form = QFormLayout()
        form.addRow(self.tr("Member:"), QLabel(member))
        form.addRow(self.tr("&Channel:"), self.channel_combo)
        form.addRow(self.tr("Outcome:"), grid)
        form.addRow("", self.group_sms)
        form.addRow(self.tr("&Note:"), self.note)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.channel_combo.currentIndexChanged.connect(self._channel_changed)
        self._channel_changed()
        self.setTabOrder(self.channel_combo, self.outcomes.button(0))
        self.outcomes.button(0).setFocus()
        self.setWhatsThis(fill(self.tr("Logging a contact for %1."), member))

    def _channel_changed(self) -> None:
        is_sms = self.channel_combo.currentData() == Channel.SMS.value
        self.group_sms.setEnabled(is_sms)
        if not is_sms:
            self.group_sms.setChecked(False)

    def value(self) -> ContactInput:
        checked = self.outcomes.checkedButton()
        assert checked is not None  # one outcome is always checked
        return ContactInput(
            channel=Channel(self.channel_combo.currentData()),
            outcome=Outcome(checked.property("outcome")),
            note=self.note.text().strip(),
            group_sms=self.group_sms.isChecked(),
        )


def ask_contact(parent: QWidget | None, member: str, channel: Channel) -> ContactInput | None:
    dialog = LogContactDialog(member, channel, parent)
    return dialog.value() if dialog.exec() == QDialog.DialogCode.Accepted else None
