"""The Conflicts view: the same field changed here and on the central store; the user chooses.

The central store kept its value ("theirs"); this laptop's value ("mine") waits here.
"Keep mine" writes it again as an ordinary edit (sent at the next sync), "Keep theirs"
accepts the central value. Both go through ``Ops.write`` so the hub refreshes the screens.
The list is small (only unresolved conflicts): a plain item model is enough.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from vipcrm.domain.dates import DEFAULT_TZ
from vipcrm.sync.conflicts import ConflictRow
from vipcrm.ui.errors import show_error
from vipcrm.ui.labels import fill
from vipcrm.ui.ops import Ops
from vipcrm.ui.sync_backend import SyncBackend

COL_WHAT, COL_FIELD, COL_MINE, COL_THEIRS, COL_WHEN = range(5)
ID_ROLE = Qt.ItemDataRole.UserRole + 1


class ConflictsDialog(QDialog):
    resolved = Signal()

    def __init__(self, backend: SyncBackend, ops: Ops, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.backend = backend
        self.ops = ops
        self.rows: list[ConflictRow] = []
        self.setWindowTitle(self.tr("Sync conflicts"))
        self.resize(820, 360)
        self.intro = QLabel(
            self.tr(
                "The same field was changed on this laptop and on the central store. "
                "The central store kept its value; choose which one stays."
            )
        )
        self.intro.setWordWrap(True)
        self.model = QStandardItemModel(0, 5, self)
        self.model.setHorizontalHeaderLabels(
            [self.tr("What"), self.tr("Field"), self.tr("Mine"), self.tr("Theirs"), self.tr("When")]
        )
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.empty = QLabel(self.tr("No conflicts to resolve."))
        self.keep_mine = QPushButton(self.tr("Keep mine"))
        self.keep_theirs = QPushButton(self.tr("Keep theirs"))
        self.keep_mine.clicked.connect(lambda: self.resolve_selected("mine"))
        self.keep_theirs.clicked.connect(lambda: self.resolve_selected("theirs"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.keep_mine, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.keep_theirs, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty)
        layout.addWidget(buttons)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self._update_buttons()

    def field_label(self, table: str, field: str) -> str:
        labels = {
            "name": self.tr("Name"),
            "notes": self.tr("Notes"),
            "address": self.tr("Address"),
            "landline": self.tr("Landline"),
            "important": self.tr("Important"),
            "phone": self.tr("Mobile"),
            "tier": self.tr("Tier"),
        }
        return labels.get(field, field) if table == "members" else f"{table}.{field}"

    def value_text(self, value: Any) -> str:
        if value is None or value == "":
            return self.tr("(empty)")
        if isinstance(value, bool):
            return self.tr("yes") if value else self.tr("no")
        return str(value)

    def reload(self) -> None:
        self.ops.read(self.backend.conflicts, self.show_rows)

    def show_rows(self, rows: list[ConflictRow]) -> None:
        self.rows = rows
        self.model.removeRows(0, self.model.rowCount())
        for row in rows:
            items = [
                QStandardItem(row.row_label),
                QStandardItem(self.field_label(row.table, row.field)),
                QStandardItem(self.value_text(row.mine)),
                QStandardItem(self.value_text(row.theirs)),
                QStandardItem(self._when(row.created_at)),
            ]
            items[COL_WHAT].setData(row.id, ID_ROLE)
            items[COL_MINE].setToolTip(
                fill(self.tr("Before both edits: %1"), self.value_text(row.base))
            )
            self.model.appendRow(items)
        self.empty.setVisible(not rows)
        self.table.setVisible(bool(rows))
        if rows:
            self.table.selectRow(0)
        self._update_buttons()

    @staticmethod
    def _when(at: datetime) -> str:
        return at.astimezone(DEFAULT_TZ).strftime("%Y-%m-%d %H:%M")

    def selected_id(self) -> int | None:
        indexes = self.table.selectionModel().selectedRows(COL_WHAT)
        return int(indexes[0].data(ID_ROLE)) if indexes else None

    def select_conflict(self, conflict_id: int) -> None:
        for r in range(self.model.rowCount()):
            if self.model.item(r, COL_WHAT).data(ID_ROLE) == conflict_id:
                self.table.selectRow(r)
                return
        raise KeyError(conflict_id)

    def _update_buttons(self) -> None:
        chosen = self.selected_id() is not None
        self.keep_mine.setEnabled(chosen)
        self.keep_theirs.setEnabled(chosen)

    def resolve_selected(self, keep: str) -> None:
        conflict_id = self.selected_id()
        if conflict_id is None:
            return
        self.keep_mine.setEnabled(False)
        self.keep_theirs.setEnabled(False)
        self.ops.write(
            lambda: self.backend.resolve(conflict_id, keep),
            on_done=lambda _: self._done(),
            on_error=self._failed,
        )

    def _failed(self, exc: BaseException) -> None:
        self._update_buttons()
        show_error(self, exc)

    def _done(self) -> None:
        self.resolved.emit()
        self.reload()
