"""The settings a user changes: language, the morning digest, the sync interval, the SMS
templates."""

from __future__ import annotations

from PySide6.QtCore import QTime
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTabWidget,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from vipcrm.ui.settings import AppSettings
from vipcrm.ui.sms import (
    SmsPurpose,
    check_template,
    default_template,
    purpose_label,
    set_template,
    template_for,
)
from vipcrm.ui.tray import parse_digest_time
from vipcrm.ui.widgets import InlineError


class SettingsDialog(QDialog):
    def __init__(self, settings: AppSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.setWindowTitle(self.tr("Settings"))
        self.language = QComboBox()
        self.language.addItem(self.tr("System language"), "")
        self.language.addItem("简体中文", "zh_CN")
        self.language.addItem("English", "en")
        self.language.setCurrentIndex(max(self.language.findData(settings.language), 0))
        self.digest_enabled = QCheckBox(self.tr("Show a &morning digest in the tray"))
        self.digest_enabled.setChecked(settings.digest_enabled)
        self.digest_time = QTimeEdit()
        self.digest_time.setDisplayFormat("HH:mm")
        at = parse_digest_time(settings.digest_time)
        self.digest_time.setTime(QTime(at.hour, at.minute))
        self.sync_minutes = QSpinBox()
        self.sync_minutes.setRange(0, 24 * 60)
        self.sync_minutes.setSingleStep(5)
        self.sync_minutes.setSuffix(self.tr(" min"))
        self.sync_minutes.setSpecialValueText(self.tr("only at start and on F5"))
        self.sync_minutes.setValue(max(0, min(settings.sync_minutes, 24 * 60)))
        self.sync_minutes.setToolTip(
            self.tr(
                "How often vipcrm syncs with the central store while this laptop is "
                "connected; 0: only when it starts and when you press F5."
            )
        )
        general = QWidget()
        form = QFormLayout(general)
        form.addRow(self.tr("&Language:"), self.language)
        note = QLabel(self.tr("A new language applies the next time vipcrm starts."))
        note.setStyleSheet("QLabel { color: #546e7a; }")
        form.addRow("", note)
        form.addRow("", self.digest_enabled)
        form.addRow(self.tr("Digest &time (working days):"), self.digest_time)
        form.addRow(self.tr("S&ync every:"), self.sync_minutes)

        self.templates = {p: template_for(settings, p) for p in SmsPurpose}
        self.purpose = QComboBox()
        for p in SmsPurpose:
            self.purpose.addItem(purpose_label(p), p.value)
        self.template = QPlainTextEdit()
        self.template_error = InlineError()
        self.restore = QPushButton(self.tr("&Restore the built-in text"))
        sms = QWidget()
        column = QVBoxLayout(sms)
        column.addWidget(self.purpose)
        column.addWidget(self.template, 1)
        column.addWidget(self.template_error)
        hint = QLabel(
            self.tr(
                "Placeholders: {member} the member's name, {manager} the account manager's "
                "name, {phone} the manager's mobile number."
            )
        )
        hint.setWordWrap(True)
        column.addWidget(hint)
        column.addWidget(self.restore)
        self._shown = SmsPurpose.ROUTINE
        self.template.setPlainText(self.templates[self._shown])
        self.purpose.currentIndexChanged.connect(self._purpose_changed)
        self.restore.clicked.connect(
            lambda: self.template.setPlainText(default_template(self._shown))
        )

        tabs = QTabWidget()
        tabs.addTab(general, self.tr("General"))
        tabs.addTab(sms, self.tr("SMS templates"))
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self._save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(tabs)
        layout.addWidget(buttons)
        self.resize(520, 380)

    def _purpose_changed(self) -> None:
        self.templates[self._shown] = self.template.toPlainText()
        self._shown = SmsPurpose(self.purpose.currentData())
        self.template.setPlainText(self.templates[self._shown])
        self.template_error.show_error(None)

    def _save(self) -> None:
        self.templates[self._shown] = self.template.toPlainText()
        for purpose, text in self.templates.items():
            problem = check_template(text)
            if problem:
                self.purpose.setCurrentIndex(self.purpose.findData(purpose.value))
                self.template_error.show_error(problem)
                return
        for purpose, text in self.templates.items():
            set_template(self.settings, purpose, text)
        self.settings.language = self.language.currentData()
        self.settings.digest_enabled = self.digest_enabled.isChecked()
        self.settings.digest_time = self.digest_time.time().toString("HH:mm")
        self.settings.sync_minutes = self.sync_minutes.value()
        self.settings.sync()
        self.accept()
