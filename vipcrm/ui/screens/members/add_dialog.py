"""Add member (Members → Add member…, Ctrl+N): mobile number, name, tier, account manager,
birthday (solar or lunar), important, note.

The dialog checks nothing itself: the backend parses and the service checks exactly as
``vipcrm member add`` does, in one transaction. A refusal is shown under the field it
names (the mobile number already in use, a birthday that is no date …) and nothing is
written; the dialog stays open with what was typed.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from vipcrm.domain.errors import ValidationError, VipcrmError
from vipcrm.domain.values import Tier
from vipcrm.ui.backends.members import MemberForm
from vipcrm.ui.errors import error_text, message_text
from vipcrm.ui.labels import tier_label
from vipcrm.ui.widgets import InlineError

#: The fields whose refusals show under them (the service's field ids).
FIELDS = ("phone", "name", "tier", "manager", "birthday", "notes")


class AddMemberDialog(QDialog):
    def __init__(
        self,
        managers: list[tuple[str, str | None]],
        submit: Callable[[MemberForm], None],
        parent: QWidget | None = None,
    ) -> None:
        """``managers``: (text, code) to choose from (a code None: unassigned); one choice
        only (a manager's own book) hides the field. ``submit`` runs the addition and calls
        :meth:`added` or :meth:`refused` when it is done."""
        super().__init__(parent)
        self.setWindowTitle(self.tr("Add member"))
        self._submit = submit
        self.phone = QLineEdit()
        self.phone.setPlaceholderText(self.tr("11 digits, e.g. 138 0013 8000"))
        self.name = QLineEdit()
        self.tier = QComboBox()
        for tier in Tier:
            self.tier.addItem(tier_label(tier), tier.value)
        self.tier.setCurrentIndex(self.tier.findData(Tier.SILVER.value))
        self.manager = QComboBox()
        for text, code in managers:
            self.manager.addItem(text, code)
        self.birthday = QLineEdit()
        self.birthday.setPlaceholderText(self.tr("MM-DD or YYYY-MM-DD; optional"))
        self.lunar = QCheckBox(self.tr("&Lunar (农历)"))
        self.important = QCheckBox(self.tr("&Important VIP"))
        self.notes = QLineEdit()
        self.errors = {field: InlineError() for field in FIELDS}
        self.general_error = InlineError()

        form = QFormLayout()
        birthday_row = QHBoxLayout()
        birthday_row.addWidget(self.birthday, 1)
        birthday_row.addWidget(self.lunar)
        rows: list[tuple[str, QWidget | QHBoxLayout, str]] = [
            (self.tr("&Mobile number:"), self.phone, "phone"),
            (self.tr("&Name:"), self.name, "name"),
            (self.tr("&Tier:"), self.tier, "tier"),
            (self.tr("&Account manager:"), self.manager, "manager"),
            (self.tr("&Birthday:"), birthday_row, "birthday"),
            (self.tr("N&ote:"), self.notes, "notes"),
        ]
        for caption, field, name in rows:
            box = QVBoxLayout()
            box.addWidget(field) if isinstance(field, QWidget) else box.addLayout(field)
            box.addWidget(self.errors[name])
            label = QLabel(caption)
            label.setBuddy(field if isinstance(field, QWidget) else self.birthday)
            form.addRow(label, box)
            if name == "manager" and len(managers) <= 1:
                label.hide()
                self.manager.hide()
        form.addRow("", self.important)
        hint = QLabel(
            self.tr(
                "The tier may come out higher: points, monthly spend or a key person's role "
                "earn one (as with vipcrm member add)."
            )
        )
        hint.setWordWrap(True)
        hint.setStyleSheet("QLabel { color: #546e7a; }")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.add_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.add_button.setText(self.tr("&Add"))
        self.buttons.accepted.connect(self._add)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(hint)
        layout.addWidget(self.general_error)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 64)
        self.phone.setFocus()

    def form(self) -> MemberForm:
        return MemberForm(
            phone=self.phone.text(),
            name=self.name.text(),
            tier=Tier(self.tier.currentData()),
            manager_code=self.manager.currentData(),
            birthday=self.birthday.text(),
            lunar=self.lunar.isChecked(),
            important=self.important.isChecked(),
            notes=self.notes.text(),
        )

    def _add(self) -> None:
        for label in (*self.errors.values(), self.general_error):
            label.show_error(None)
        self.add_button.setEnabled(False)  # until the service answers
        self._submit(self.form())

    def added(self) -> None:
        self.accept()

    def refused(self, exc: BaseException) -> None:
        """Show why under the field the refusal names (else under the form); the dialog
        keeps what was typed."""
        self.add_button.setEnabled(True)
        field = exc.field if isinstance(exc, ValidationError) else None
        if isinstance(exc, ValidationError) and isinstance(field, str) and field in self.errors:
            self.errors[field].show_error(message_text(exc.message))
            focus = {"birthday": self.birthday, "notes": self.notes}.get(field)
            (focus or getattr(self, field)).setFocus()
        elif isinstance(exc, VipcrmError):
            self.general_error.show_error(error_text(exc))
        else:
            raise exc
