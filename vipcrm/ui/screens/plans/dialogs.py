"""The Plans screen's small dialogs (add an own item, move an item) and its labels."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from vipcrm.domain.values import PlanStatus
from vipcrm.services.plan_contents import OWN_KINDS, BookRow
from vipcrm.ui.labels import fill, format_mobile, pydate, qdate, tier_label
from vipcrm.ui.widgets import InlineError


def own_kind_label(kind: str) -> str:
    return {
        "visit": QCoreApplication.translate("PlanLabels", "Visit"),
        "meeting": QCoreApplication.translate("PlanLabels", "Meeting"),
        "note": QCoreApplication.translate("PlanLabels", "Note"),
    }.get(kind, kind)


def due_kind_label(kind: str) -> str:
    """What the rules make due (a DueKind value), short, as a week column lists it."""
    return {
        "first_contact": QCoreApplication.translate("PlanLabels", "first contact"),
        "first_call": QCoreApplication.translate("PlanLabels", "first call"),
        "explain_sms": QCoreApplication.translate("PlanLabels", "explaining SMS"),
        "unreachable_retry": QCoreApplication.translate("PlanLabels", "retry unreachable"),
        "group_sms_check": QCoreApplication.translate("PlanLabels", "12580 check"),
        "retention_call": QCoreApplication.translate("PlanLabels", "retention call"),
        "campaign_contact": QCoreApplication.translate("PlanLabels", "campaign contact"),
        "routine_sms": QCoreApplication.translate("PlanLabels", "weekly SMS"),
        "routine_call": QCoreApplication.translate("PlanLabels", "monthly call"),
        "minimum_contact": QCoreApplication.translate("PlanLabels", "minimum contact"),
        "card_data": QCoreApplication.translate("PlanLabels", "send card data"),
        "card_notify": QCoreApplication.translate("PlanLabels", "card arrival notice"),
        "card_receipt_check": QCoreApplication.translate("PlanLabels", "mailed card check"),
        "card_pickup_reminder": QCoreApplication.translate("PlanLabels", "pick-up reminder"),
        "card_delivery": QCoreApplication.translate("PlanLabels", "card hand delivery"),
        "birthday_gift": QCoreApplication.translate("PlanLabels", "birthday gift"),
        "birthday_greeting": QCoreApplication.translate("PlanLabels", "birthday greeting"),
        "holiday_greeting": QCoreApplication.translate("PlanLabels", "holiday greeting"),
    }.get(kind, kind)


def plan_status_label(status: PlanStatus) -> str:
    return {
        PlanStatus.DRAFT: QCoreApplication.translate("PlanLabels", "Draft"),
        PlanStatus.SUBMITTED: QCoreApplication.translate("PlanLabels", "Submitted"),
        PlanStatus.APPROVED: QCoreApplication.translate("PlanLabels", "Approved"),
        PlanStatus.REJECTED: QCoreApplication.translate("PlanLabels", "Rejected"),
    }[status]


@dataclass(frozen=True)
class NewItem:
    on: date
    kind: str
    member_id: uuid.UUID | None
    note: str


class AddItemDialog(QDialog):
    """A visit, a meeting or a note on a day of the plan, with or without a member."""

    def __init__(
        self,
        day: date,
        start: date,
        end: date,
        book: list[BookRow],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Add to the plan"))
        self.day_edit = QDateEdit(qdate(day))
        self.day_edit.setCalendarPopup(True)
        self.day_edit.setDisplayFormat("yyyy-MM-dd")
        self.day_edit.setDateRange(qdate(start), qdate(end))
        self.kind_combo = QComboBox()
        for kind in OWN_KINDS:
            self.kind_combo.addItem(own_kind_label(kind), kind)
        self.member_combo = QComboBox()
        self.member_combo.setEditable(True)
        self.member_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.member_combo.addItem(self.tr("— no member —"), None)
        for row in book:
            self.member_combo.addItem(
                fill(
                    self.tr("%1 · %2 · %3"),
                    row.name,
                    tier_label(row.tier),
                    format_mobile(row.phone),
                ),
                str(row.id),
            )
        completer = self.member_combo.completer()
        assert completer is not None  # an editable combo box has one
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.note_edit = QLineEdit()
        self.note_edit.setPlaceholderText(self.tr("e.g. bring the new card; meet at the office"))
        self.error = InlineError()
        form = QFormLayout()
        for text, widget in (
            (self.tr("&Day:"), self.day_edit),
            (self.tr("&What:"), self.kind_combo),
            (self.tr("&Member:"), self.member_combo),
            (self.tr("&Note:"), self.note_edit),
        ):
            label = QLabel(text)
            label.setBuddy(widget)
            form.addRow(label, widget)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.setMinimumWidth(420)

    def value(self) -> NewItem:
        member = self.member_combo.currentData()
        if self.member_combo.currentText() != self.member_combo.itemText(
            self.member_combo.currentIndex()
        ):
            member = None  # text typed that matches no member
        return NewItem(
            on=pydate(self.day_edit.date()),
            kind=self.kind_combo.currentData(),
            member_id=uuid.UUID(member) if member else None,
            note=self.note_edit.text().strip(),
        )

    def _accept(self) -> None:
        value = self.value()
        if value.member_id is None and not value.note:
            self.error.show_error(self.tr("Pick a member or write a note."))
            return
        self.accept()


class MoveDialog(QDialog):
    """Pick the day of the plan to move an item to."""

    def __init__(
        self, what: str, day: date, start: date, end: date, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Move to another day"))
        self.day_edit = QDateEdit(qdate(day))
        self.day_edit.setCalendarPopup(True)
        self.day_edit.setDisplayFormat("yyyy-MM-dd")
        self.day_edit.setDateRange(qdate(start), qdate(end))
        label = QLabel(what)
        label.setWordWrap(True)
        caption = QLabel(self.tr("Move to &day:"))
        caption.setBuddy(self.day_edit)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addWidget(caption)
        layout.addWidget(self.day_edit)
        layout.addWidget(buttons)

    def value(self) -> date:
        return pydate(self.day_edit.date())
