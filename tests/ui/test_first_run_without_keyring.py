"""The first start on a laptop with no desktop keyring: vipcrm asks, the safe answer is the
default, a refusal says what happens next, nothing quits silently, and the log says why."""

from __future__ import annotations

import logging
from collections.abc import Callable

import keyring
import pytest
from keyring.backends.fail import Keyring as NoKeyring
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from vipcrm.app import open_or_explain
from vipcrm.store import crypto


@pytest.fixture
def no_keyring(monkeypatch, tmp_path):
    monkeypatch.setattr(keyring.core, "_keyring_backend", NoKeyring())
    monkeypatch.delenv("VIPCRM_ENCRYPTION", raising=False)  # the product's default policy
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))  # choices remembered here
    return tmp_path / "first.db"


class Boxes:
    """Answers each message box as it opens, with the next of ``answers``; keeps what it saw.
    (The static QMessageBox.information/warning/critical are recorded by ``message_boxes``.)"""

    def __init__(self, answers: list[Callable[[QMessageBox], None]]) -> None:
        self.answers = answers
        self.seen: list[dict[str, object]] = []
        self.answered: list[QMessageBox] = []
        self.timer = QTimer()
        self.timer.timeout.connect(self._poll)
        self.timer.start(20)

    def _poll(self) -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox) or box in self.answered or not self.answers:
            return
        self.answered.append(box)
        default, escape = box.defaultButton(), box.escapeButton()
        self.seen.append(
            {
                "title": box.windowTitle(),
                "text": box.text(),
                "buttons": [b.text() for b in box.buttons()],
                "default": default.text() if default else None,
                "escape": escape.text() if escape else None,
            }
        )
        self.answers.pop(0)(box)


def take_default(box: QMessageBox) -> None:
    """What a user does who accepts the proposed answer (Enter)."""
    box.defaultButton().click()


def click(label: str) -> Callable[[QMessageBox], None]:
    def answer(box: QMessageBox) -> None:
        next(b for b in box.buttons() if label in b.text().replace("&", "")).click()

    return answer


def test_the_default_answer_keeps_encryption_and_explains_what_happens_next(
    qapp, no_keyring, caplog, message_boxes
):
    caplog.set_level(logging.INFO, logger="vipcrm")
    boxes = Boxes([take_default])
    try:
        db = open_or_explain(no_keyring)
    finally:
        boxes.timer.stop()
    assert db is None  # the app quits ...
    (question,) = boxes.seen
    assert question["default"] == question["escape"]
    assert "Quit" in str(question["default"]) and "keyring" in str(question["default"])
    assert any("unencrypted" in str(b) for b in question["buttons"])
    ((kind, explanation),) = message_boxes  # ... but never silently
    assert kind == "information" and "Nothing was written" in explanation
    assert "keyring" in explanation and "start vipcrm again" in explanation
    assert not no_keyring.exists() and not crypto.plain_allowed(no_keyring)
    logged = [r.getMessage() for r in caplog.records if r.name.startswith("vipcrm")]
    assert any("asking whether to keep it unencrypted" in m for m in logged)
    assert any("vipcrm closes" in m for m in logged)


def test_choosing_unencrypted_opens_the_database_and_is_remembered_and_logged(
    qapp, no_keyring, caplog, message_boxes
):
    caplog.set_level(logging.INFO, logger="vipcrm")
    boxes = Boxes([click("Keep it unencrypted")])
    try:
        db = open_or_explain(no_keyring)
    finally:
        boxes.timer.stop()
    assert db is not None
    try:
        assert not db.encrypted and crypto.is_plain(no_keyring)
    finally:
        db.dispose()
    assert len(boxes.seen) == 1 and message_boxes == [] and crypto.plain_allowed(no_keyring)
    assert any("kept unencrypted" in r.getMessage() for r in caplog.records)
