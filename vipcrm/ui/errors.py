"""Errors reach the user in one place: a message box, never a traceback."""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from vipcrm.domain.errors import VipcrmError
from vipcrm.ui.labels import fill

log = logging.getLogger(__name__)


def show_error(parent: QWidget | None, exc: BaseException) -> None:
    if isinstance(exc, VipcrmError):
        QMessageBox.warning(parent, QCoreApplication.translate("Errors", "VIP Club CRM"), str(exc))
        return
    log.error("unexpected error", exc_info=exc)
    QMessageBox.critical(
        parent,
        QCoreApplication.translate("Errors", "Unexpected error"),
        fill(QCoreApplication.translate("Errors", "Something went wrong: %1"), repr(exc)),
    )
