"""Log a contact attempt: channel, outcome, note. Enter logs "reached" at once.

For a member an open campaign targets, the campaign's results are offered too (marketing:
interested / accepted / declined / unreachable; a survey: its 1-5 score and a comment) and
recorded with the attempt; a result but unreachable needs the attempt reached."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtGui import QStandardItemModel
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
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from vipcrm.domain.campaigns import closes_item
from vipcrm.domain.values import CAMPAIGN_RESULTS, CampaignKind, CampaignResult, Channel, Outcome
from vipcrm.services.campaigns import CampaignRow
from vipcrm.ui.backends.base import CampaignAnswer
from vipcrm.ui.labels import (
    campaign_kind_label,
    campaign_result_label,
    channel_label,
    fill,
    format_date,
    outcome_label,
)


@dataclass(frozen=True)
class ContactInput:
    channel: Channel
    outcome: Outcome
    note: str = ""
    group_sms: bool = False
    campaign: CampaignAnswer | None = None


class LogContactDialog(QDialog):
    def __init__(
        self,
        member: str,
        channel: Channel,
        parent: QWidget | None = None,
        campaigns: Sequence[CampaignRow] = (),
    ) -> None:
        super().__init__(parent)
        self.campaigns = list(campaigns)
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
        self.campaign_combo = QComboBox()
        self.result_combo = QComboBox()
        self.score = QSpinBox()
        self.score.setRange(1, 5)
        self.score.setValue(5)
        self.campaign_note = QLineEdit()
        self.campaign_note.setPlaceholderText(self.tr("The member's comment (optional)"))
        self.reach_note = QLabel(
            self.tr("A result other than unreachable needs the member reached.")
        )
        self.reach_note.setWordWrap(True)
        if self.campaigns:
            for row in self.campaigns:
                self.campaign_combo.addItem(
                    fill(
                        self.tr("%1 %2 (%3, until %4)"),
                        row.code,
                        row.name,
                        campaign_kind_label(row.kind),
                        format_date(row.ends_on),
                    ),
                    row.code,
                )
            form.addRow(self.tr("Ca&mpaign:"), self.campaign_combo)
            form.addRow(self.tr("&Result:"), self.result_combo)
            form.addRow(self.tr("&Score (1-5):"), self.score)
            form.addRow(self.tr("C&omment:"), self.campaign_note)
            form.addRow("", self.reach_note)
            self.campaign_combo.currentIndexChanged.connect(self._campaign_changed)
            self.result_combo.currentIndexChanged.connect(self._result_changed)
            self.outcomes.buttonToggled.connect(lambda *_: self._allow_results())
            self._campaign_changed()
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

    def campaign(self) -> CampaignRow | None:
        index = self.campaign_combo.currentIndex()
        return self.campaigns[index] if 0 <= index < len(self.campaigns) else None

    def _campaign_changed(self) -> None:
        campaign = self.campaign()
        self.result_combo.clear()
        self.result_combo.addItem(self.tr("— none now —"), None)
        if campaign is not None:
            for result in CAMPAIGN_RESULTS[campaign.kind]:
                self.result_combo.addItem(campaign_result_label(result), result.value)
        self._allow_results()

    def _reached(self) -> bool:
        checked = self.outcomes.checkedButton()
        return checked is not None and checked.property("outcome") == Outcome.REACHED.value

    def _allow_results(self) -> None:
        """A result that closes the item needs the attempt reached: not offered otherwise."""
        model = self.result_combo.model()
        assert isinstance(model, QStandardItemModel)
        reached = self._reached()
        for row in range(self.result_combo.count()):
            value = self.result_combo.itemData(row)
            item = model.item(row)
            if value is not None and item is not None:
                item.setEnabled(reached or not closes_item(CampaignResult(value)))
        current = self.result_combo.currentData()
        if current is not None and not reached and closes_item(CampaignResult(current)):
            self.result_combo.setCurrentIndex(0)
        self._result_changed()

    def _result_changed(self) -> None:
        campaign = self.campaign()
        answered = self.result_combo.currentData() == CampaignResult.ANSWERED.value
        self.score.setEnabled(
            campaign is not None and campaign.kind is CampaignKind.SURVEY and answered
        )
        self.campaign_note.setEnabled(self.result_combo.currentData() is not None)

    def campaign_answer(self) -> CampaignAnswer | None:
        campaign, value = self.campaign(), self.result_combo.currentData()
        if campaign is None or value is None:
            return None
        result = CampaignResult(value)
        return CampaignAnswer(
            campaign=campaign.id,  # not the code: two teams may share one
            result=result,
            score=self.score.value() if result is CampaignResult.ANSWERED else None,
            note=self.campaign_note.text().strip(),
        )

    def value(self) -> ContactInput:
        checked = self.outcomes.checkedButton()
        assert checked is not None  # one outcome is always checked
        return ContactInput(
            channel=Channel(self.channel_combo.currentData()),
            outcome=Outcome(checked.property("outcome")),
            note=self.note.text().strip(),
            group_sms=self.group_sms.isChecked(),
            campaign=self.campaign_answer(),
        )


def ask_contact(
    parent: QWidget | None,
    member: str,
    channel: Channel,
    campaigns: Sequence[CampaignRow] = (),
) -> ContactInput | None:
    dialog = LogContactDialog(member, channel, parent, campaigns)
    return dialog.value() if dialog.exec() == QDialog.DialogCode.Accepted else None
