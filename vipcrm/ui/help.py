"""Help → User guide (the guide shipped with the app, with its pictures) and Help →
Keyboard shortcuts (every key of the menus and of the sections, from ``ui/menus.py``)."""

from __future__ import annotations

from PySide6.QtCore import QUrl
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from vipcrm.domain.errors import VipcrmError
from vipcrm.paths import user_guide
from vipcrm.ui.errors import show_error
from vipcrm.ui.widgets import tidy_table


class UserGuide(QDialog):
    """The user guide, readable beside the window (not modal); one per window."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("vipcrm user guide"))
        self.browser = QTextBrowser()
        self.browser.setOpenExternalLinks(True)
        self.browser.setSource(
            QUrl.fromLocalFile(str(user_guide())), QTextDocument.ResourceType.MarkdownResource
        )
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser)
        layout.addWidget(buttons)
        self.resize(900, 700)

    @classmethod
    def show_for(cls, window: QWidget) -> UserGuide | None:
        guide = window.findChild(cls)
        if guide is None:
            try:
                guide = cls(window)
            except VipcrmError as exc:  # a damaged installation: say which file is missing
                show_error(window, exc)
                return None
        guide.show()
        guide.raise_()
        guide.activateWindow()
        return guide


class ShortcutsDialog(QDialog):
    """Every key of the window: (key, what it does) rows."""

    def __init__(self, rows: list[tuple[str, str]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        self.table = QTableWidget(len(rows), 2)
        tidy_table(self.table)
        self.table.setHorizontalHeaderLabels([self.tr("Keys"), self.tr("What they do")])
        for row, (keys, what) in enumerate(rows):
            self.table.setItem(row, 0, QTableWidgetItem(keys))
            self.table.setItem(row, 1, QTableWidgetItem(what))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        width = sum(header.sectionSize(c) for c in range(2)) + 60
        self.resize(max(width, 520), min(640, self.table.verticalHeader().length() + 120))

    def rows(self) -> list[tuple[str, str]]:
        def text(r: int, c: int) -> str:
            item = self.table.item(r, c)
            return item.text() if item is not None else ""

        return [(text(r, 0), text(r, 1)) for r in range(self.table.rowCount())]
