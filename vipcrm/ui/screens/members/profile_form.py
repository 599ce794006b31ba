"""The member's profile as an edit form with an inline error under each field."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from vipcrm.services.profile import MemberProfile, ProfileEdit
from vipcrm.ui.errors import message_text
from vipcrm.ui.widgets import InlineError

FIELDS = ("name", "landline", "address", "birthday", "notes")


class ProfileForm(QWidget):
    edited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.name = QLineEdit()
        self.landline = QLineEdit()
        self.landline.setPlaceholderText(self.tr("e.g. 010-12345678"))
        self.address = QLineEdit()
        self.birthday = QLineEdit()
        self.birthday.setPlaceholderText(self.tr("[YYYY-]MM-DD, lunar leap month: 04-12L"))
        self.lunar = QCheckBox(self.tr("&Lunar (农历)"))
        self.important = QCheckBox(self.tr("&Important VIP (face to face where suitable)"))
        self.notes = QPlainTextEdit()
        self.notes.setTabChangesFocus(True)
        self.notes.setFixedHeight(self.fontMetrics().height() * 4 + 12)
        self.errors = {field: InlineError() for field in FIELDS}

        form = QFormLayout(self)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.tr("&Name:"), self._with_error(self.name, "name"))
        form.addRow(self.tr("&Landline:"), self._with_error(self.landline, "landline"))
        form.addRow(self.tr("&Address:"), self._with_error(self.address, "address"))
        birthday_row = QHBoxLayout()
        birthday_row.setContentsMargins(0, 0, 0, 0)
        birthday_row.addWidget(self.birthday, 1)
        birthday_row.addWidget(self.lunar)
        holder = QWidget()
        holder.setLayout(birthday_row)
        form.addRow(self.tr("&Birthday:"), self._with_error(holder, "birthday"))
        form.addRow("", self.important)
        form.addRow(self.tr("N&otes:"), self._with_error(self.notes, "notes"))

        for edit in (self.name, self.landline, self.address, self.birthday):
            edit.textEdited.connect(self._changed)
        self.notes.textChanged.connect(self._changed)
        self.lunar.toggled.connect(self._changed)
        self.important.toggled.connect(self._changed)
        self._loading = False

    def _with_error(self, widget: QWidget, field: str) -> QWidget:
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(widget)
        column.addWidget(self.errors[field])
        return box

    def _changed(self, *_: object) -> None:
        if not self._loading:
            self.edited.emit()

    def load(self, p: MemberProfile) -> None:
        self._loading = True
        try:
            self.name.setText(p.name)
            self.landline.setText(p.landline)
            self.address.setText(p.address)
            self.birthday.setText(str(p.birthday) if p.birthday else "")
            self.lunar.setChecked(bool(p.birthday and p.birthday.lunar))
            self.important.setChecked(p.important)
            self.notes.setPlainText(p.notes)
        finally:
            self._loading = False
        self.show_errors({})

    def value(self) -> ProfileEdit:
        return ProfileEdit(
            name=self.name.text(),
            landline=self.landline.text(),
            address=self.address.text(),
            birthday=self.birthday.text(),
            birthday_lunar=self.lunar.isChecked(),
            important=self.important.isChecked(),
            notes=self.notes.toPlainText(),
        )

    def field_hint(self, field: str) -> str:
        """What is expected in ``field``, in the user's language."""
        return {
            "name": self.tr("A name is required (at most 100 characters)."),
            "landline": self.tr("Not a landline number: e.g. 010-12345678, extension -123."),
            "address": self.tr("The address is too long (at most 300 characters)."),
            "birthday": self.tr(
                "Not a birthday: use [YYYY-]MM-DD; a lunar leap month ends in L (04-12L)."
            ),
            "notes": self.tr("The notes are too long (at most 2000 characters)."),
        }[field]

    def show_errors(self, errors: dict[str, str]) -> None:
        """Show each field's problem under it (translated; the detail as a tooltip)."""
        for field, label in self.errors.items():
            label.show_error(self.field_hint(field) if field in errors else None)
            label.setToolTip(message_text(errors[field]) if field in errors else "")
        first = next((f for f in FIELDS if f in errors), None)
        if first is not None:
            target = {"birthday": self.birthday}.get(first, getattr(self, first))
            target.setFocus()
