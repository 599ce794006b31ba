"""Close a gift: mark an approved gift delivered (on a day, how, proof), or cancel one."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from vipcrm.domain.values import GiftStatus
from vipcrm.services.gifts import GiftRow
from vipcrm.ui.labels import fill, format_date, format_money, occasion_label, pydate, qdate
from vipcrm.ui.widgets import InlineError


@dataclass(frozen=True)
class Delivery:
    on: date
    how: str = ""
    proof: str = ""


def gift_summary(gift: GiftRow) -> str:
    """张伟 · Birthday · ¥100.00 (planned for 2026/11/25)."""
    text = fill(
        QCoreApplication.translate("GiftDialogs", "%1 · %2 · %3"),
        gift.member_name,
        occasion_label(gift.occasion),
        format_money(gift.amount_fen),
    )
    if gift.planned_on is not None:
        text += fill(
            QCoreApplication.translate("GiftDialogs", " (planned for %1)"),
            format_date(gift.planned_on),
        )
    return text


class DeliverDialog(QDialog):
    def __init__(self, gift: GiftRow, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Mark the gift delivered"))
        self.on = QDateEdit(qdate(today))
        self.on.setDisplayFormat("yyyy-MM-dd")  # as every date field of the app
        self.on.setCalendarPopup(True)
        self.on.setMaximumDate(qdate(today))  # a delivery is recorded once it happened
        self.how = QLineEdit()
        self.how.setPlaceholderText(self.tr("e.g. 上门送达, 快递"))
        self.proof = QLineEdit()
        self.proof.setPlaceholderText(self.tr("who received it, photo reference …"))
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Mark delivered"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("Gift:"), QLabel(gift_summary(gift)))
        form.addRow(self.tr("Delivered &on:"), self.on)
        form.addRow(self.tr("&How:"), self.how)
        form.addRow(self.tr("&Proof:"), self.proof)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def value(self) -> Delivery:
        return Delivery(pydate(self.on.date()), self.how.text().strip(), self.proof.text().strip())


class CancelDialog(QDialog):
    def __init__(self, gift: GiftRow, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Cancel the gift"))
        self.reason = QLineEdit()
        self.reason.setPlaceholderText(self.tr("e.g. the member is abroad; kept with the gift"))
        self.error = InlineError()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Cancel the gift"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Keep it"))
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("Gift:"), QLabel(gift_summary(gift)))
        form.addRow(self.tr("&Reason:"), self.reason)
        form.addRow("", self.error)
        note = QLabel(
            fill(self.tr("%1 committed to the budget is freed."), format_money(gift.amount_fen))
            if gift.status is GiftStatus.APPROVED
            else self.tr("The lead no longer needs to decide on it.")
        )
        note.setStyleSheet("QLabel { color: #546e7a; }")
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(buttons)

    def _accept(self) -> None:
        if not self.reason.text().strip():
            self.error.show_error(self.tr("Say why the gift is cancelled."))
            return
        self.accept()

    def value(self) -> str:
        return self.reason.text().strip()


def ask_delivery(parent: QWidget | None, gift: GiftRow, today: date) -> Delivery | None:
    dialog = DeliverDialog(gift, today, parent)
    return dialog.value() if dialog.exec() == QDialog.DialogCode.Accepted else None


def ask_cancel(parent: QWidget | None, gift: GiftRow) -> str | None:
    dialog = CancelDialog(gift, parent)
    return dialog.value() if dialog.exec() == QDialog.DialogCode.Accepted else None
