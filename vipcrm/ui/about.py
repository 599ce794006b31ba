"""The About box (Help → About vipcrm): the version, the licence, and the folders a user or
the help desk looks for — the data (database, backups), the log. Each folder opens in the
file manager."""

from __future__ import annotations

import html
import importlib.metadata
from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from PySide6.QtWidgets import QMessageBox, QWidget

from vipcrm import __version__
from vipcrm.logs import log_dir
from vipcrm.store.db import default_db_path
from vipcrm.ui.labels import fill

THIRD_PARTY = (
    "Qt / PySide6 (LGPL-3.0)",
    "WenQuanYi Micro Hei (Apache-2.0)",
    "SQLCipher (BSD-3-Clause)",
    "ReportLab (BSD-3-Clause)",
)


def licence() -> str:
    meta = importlib.metadata.metadata("vipcrm")
    return meta["License-Expression"] or meta["License"] or "?"


def _folder(path: Path) -> str:
    url = QUrl.fromLocalFile(str(path)).toString()
    return f'<a href="{html.escape(url)}">{html.escape(str(path))}</a>'


class AboutBox(QMessageBox):
    def __init__(self, database: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("About vipcrm"))
        if parent is not None and not parent.windowIcon().isNull():
            self.setIconPixmap(parent.windowIcon().pixmap(64, 64))
        self.data_folder = default_db_path().parent
        self.log_folder = log_dir()
        rows = [
            (self.tr("Version"), html.escape(__version__)),
            (self.tr("Licence"), html.escape(licence())),
            (self.tr("Data folder"), _folder(self.data_folder)),
            (self.tr("Database"), html.escape(database)),
            (self.tr("Log folder"), _folder(self.log_folder)),
        ]
        table = "".join(f"<tr><td><b>{k}</b>&nbsp;&nbsp;</td><td>{v}</td></tr>" for k, v in rows)
        product = html.escape(self.tr("VIP Club CRM"))
        built_with = html.escape(fill(self.tr("Built with %1."), ", ".join(THIRD_PARTY)))
        self.setTextFormat(Qt.TextFormat.RichText)
        self.setText(
            f"<h3>vipcrm {html.escape(__version__)}</h3><p>{product}</p><table>{table}</table>"
            f"<p><small>{built_with}</small></p>"
        )
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        self.setStandardButtons(QMessageBox.StandardButton.Close)
