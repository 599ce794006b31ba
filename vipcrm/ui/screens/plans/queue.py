"""The lead's queue of submitted plans: open one in the calendar, approve or reject it.

A decision binds to the version the row shows: if the manager changed the plan since, the
service refuses it and the queue reloads.
"""

from __future__ import annotations

from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from vipcrm.services.saved_plans import PlanSummary
from vipcrm.ui.labels import fill, format_datetime, plan_kind_label
from vipcrm.ui.widgets import tidy_table

_Key = QModelIndex | QPersistentModelIndex


class QCol(IntEnum):
    MANAGER = 0
    PERIOD = 1
    VERSION = 2
    SUBMITTED = 3
    ITEMS = 4


class PlanQueueModel(QAbstractTableModel):
    """A handful of rows (a team's submitted plans): kept whole."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.rows: list[PlanSummary] = []

    def set_rows(self, rows: list[PlanSummary]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def plan(self, row: int) -> PlanSummary | None:
        return self.rows[row] if 0 <= row < len(self.rows) else None

    def rowCount(self, parent: _Key = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: _Key = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(QCol)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return {
            QCol.MANAGER: self.tr("Manager"),
            QCol.PERIOD: self.tr("Period"),
            QCol.VERSION: self.tr("Version"),
            QCol.SUBMITTED: self.tr("Submitted"),
            QCol.ITEMS: self.tr("Items"),
        }[QCol(section)]

    def data(self, index: _Key, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        plan = self.plan(index.row()) if index.isValid() else None
        if plan is None or role != Qt.ItemDataRole.DisplayRole:
            return None
        col = QCol(index.column())
        if col is QCol.MANAGER:
            return fill(self.tr("%1 (%2)"), plan.manager_name, plan.manager_code)
        if col is QCol.PERIOD:  # 2026-12 (monthly plan), 2026-W51 (weekly plan)
            return fill(self.tr("%1 (%2)"), plan.period, plan_kind_label(plan.kind))
        if col is QCol.VERSION:
            return str(plan.version)
        if col is QCol.SUBMITTED:
            if plan.submitted_at is None:
                return ""
            return format_datetime(plan.submitted_at)
        return str(plan.items)


class PlanQueuePanel(QWidget):
    """Submitted plans of the team, with Open / Approve… / Reject…."""

    open_plan = Signal(object)  # PlanSummary
    decide = Signal(object, bool)  # PlanSummary, approve

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = PlanQueueModel(self)
        self.title = QLabel()
        self.title.setStyleSheet("QLabel { font-weight: bold; }")
        self.table = tidy_table(QTableView())
        self.table.setModel(self.model)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(QCol.MANAGER, QHeaderView.ResizeMode.Stretch)
        self.table.doubleClicked.connect(lambda _index: self._open())
        self.table.selectionModel().currentChanged.connect(lambda *_: self._update())
        self.open_button = QPushButton(self.tr("&Open in the calendar"))
        self.approve_button = QPushButton(self.tr("A&pprove…"))
        self.reject_button = QPushButton(self.tr("Re&ject…"))
        self.open_button.clicked.connect(self._open)
        self.approve_button.clicked.connect(lambda: self._decide(True))
        self.reject_button.clicked.connect(lambda: self._decide(False))
        buttons = QVBoxLayout()
        for button in (self.open_button, self.approve_button, self.reject_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        body = QHBoxLayout()
        body.addWidget(self.table, 1)
        body.addLayout(buttons)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addLayout(body, 1)
        self.title.setText(self.tr("Loading the plans waiting for your approval…"))
        self._update()

    def set_rows(self, rows: list[PlanSummary]) -> None:
        current = self.current()
        self.model.set_rows(rows)
        self.title.setText(
            self.tr("Plans waiting for your approval: %n", "", len(rows))
            if rows
            else self.tr("No plans waiting for your approval.")
        )
        keep = next(
            (i for i, r in enumerate(rows) if current is not None and r.id == current.id), 0
        )
        if rows:
            self.table.setCurrentIndex(self.model.index(keep, 0))
        self._update()

    def current(self) -> PlanSummary | None:
        index = self.table.currentIndex()
        return self.model.plan(index.row()) if index.isValid() else None

    def _update(self) -> None:
        has = self.current() is not None
        for button in (self.open_button, self.approve_button, self.reject_button):
            button.setEnabled(has)

    def _open(self) -> None:
        plan = self.current()
        if plan is not None:
            self.open_plan.emit(plan)

    def _decide(self, approve: bool) -> None:
        plan = self.current()
        if plan is not None:
            self.decide.emit(plan, approve)
