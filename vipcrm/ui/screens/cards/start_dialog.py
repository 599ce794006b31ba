"""Start a card: for which member, a new card or a re-made one (补卡), on which day."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QCompleter,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from vipcrm.domain.values import CardState
from vipcrm.services.cards import CardStarter
from vipcrm.ui.labels import card_state_label, fill, format_mobile, pydate, qdate, tier_label
from vipcrm.ui.widgets import InlineError


@dataclass(frozen=True)
class StartInput:
    member_id: uuid.UUID
    member_name: str
    remake: bool
    on: date
    note: str = ""


class StartCardDialog(QDialog):
    """The members offered are those with no card on its way (the service checks again)."""

    def __init__(
        self, starters: list[CardStarter], today: date, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Start a card"))
        self.starters = starters
        self.member = QComboBox()
        self.member.setEditable(True)
        self.member.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        for s in starters:
            self.member.addItem(
                fill(self.tr("%1 · %2 · %3"), s.name, format_mobile(s.phone), tier_label(s.tier)),
                str(s.member_id),
            )
        completer, line = self.member.completer(), self.member.lineEdit()
        assert completer is not None and line is not None  # an editable combo box has both
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.member.setCurrentIndex(-1)
        line.setPlaceholderText(self.tr("type a name or mobile number"))
        self.member_error = InlineError()
        self.new_card = QRadioButton(self.tr("&New card (data collected at first contact)"))
        self.remake = QRadioButton(self.tr("&Re-made card (补卡) that arrived"))
        self.kind = QButtonGroup(self)
        self.kind.addButton(self.new_card)
        self.kind.addButton(self.remake)
        self.new_card.setChecked(True)
        kinds = QHBoxLayout()
        kinds.addWidget(self.new_card)
        kinds.addWidget(self.remake)
        kinds.addStretch(1)
        self.on = QDateEdit(qdate(today))
        self.on.setDisplayFormat("yyyy-MM-dd")  # as every date field of the app
        self.on.setCalendarPopup(True)
        self.on.setMaximumDate(qdate(today))
        self.note = QLineEdit()
        self.note.setPlaceholderText(self.tr("e.g. ID checked, form signed (kept as the trace)"))
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Start"))
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("&Member:"), self.member)
        form.addRow("", self.member_error)
        form.addRow(self.tr("Card:"), kinds)
        form.addRow(self.tr("&On:"), self.on)
        form.addRow(self.tr("N&ote:"), self.note)
        hint = QLabel(
            fill(
                self.tr(
                    "Members with a card on their way are not listed: record that card's "
                    "next step instead. A re-made card starts at “%1”."
                ),
                card_state_label(CardState.ARRIVED),
            )
        )
        hint.setWordWrap(True)
        hint.setStyleSheet("QLabel { color: #546e7a; }")
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(hint)
        layout.addWidget(buttons)
        self.member.currentIndexChanged.connect(self._member_changed)
        self.resize(520, self.sizeHint().height())

    def chosen(self) -> CardStarter | None:
        index = self.member.findText(self.member.currentText())
        return self.starters[index] if index >= 0 else None

    def _member_changed(self) -> None:
        starter = self.chosen()
        self.member_error.show_error(None)
        if starter is not None:  # a member who had a card before usually gets a re-made one
            (self.remake if starter.had_card else self.new_card).setChecked(True)

    def _accept(self) -> None:
        if self.chosen() is None:
            self.member_error.show_error(self.tr("Choose a member from the list."))
            return
        self.accept()

    def value(self) -> StartInput:
        starter = self.chosen()
        assert starter is not None
        q = self.on.date()
        return StartInput(
            starter.member_id,
            starter.name,
            self.remake.isChecked(),
            pydate(q),
            self.note.text().strip(),
        )


def ask_start(
    parent: QWidget | None, starters: list[CardStarter], today: date
) -> StartInput | None:
    dialog = StartCardDialog(starters, today, parent)
    return dialog.value() if dialog.exec() == QDialog.DialogCode.Accepted else None
