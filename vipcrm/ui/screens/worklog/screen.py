"""The work log (工作日志): one's own contacts by day or week, counted by channel and outcome;
Import phone records opens :mod:`.bill_import`."""

from __future__ import annotations

from datetime import date
from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
)

from vipcrm.domain.values import Channel, ContactSource, Outcome
from vipcrm.services.context import Changes
from vipcrm.services.worklog import LogEntry, WorkLog, week_of
from vipcrm.ui.backends.worklog import WorkLogBackend
from vipcrm.ui.errors import show_error
from vipcrm.ui.labels import (
    channel_label,
    fill,
    format_datetime,
    format_day,
    format_mobile,
    outcome_label,
    pydate,
    qdate,
    tier_label,
)
from vipcrm.ui.screens.base import Screen, UiContext
from vipcrm.ui.screens.worklog.bill_import import BillImportDialog
from vipcrm.ui.tiers import TIER_BACKGROUND, TIER_FOREGROUND
from vipcrm.ui.widgets import CountPill, EmptyState, Heading, tidy_table

_Key = QModelIndex | QPersistentModelIndex


class WCol(IntEnum):
    WHEN = 0
    MEMBER = 1
    TIER = 2
    PHONE = 3
    CHANNEL = 4
    OUTCOME = 5
    NOTE = 6


class WorkLogModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[LogEntry] = []

    def set_entries(self, entries: tuple[LogEntry, ...]) -> None:
        self.beginResetModel()
        self._rows = list(entries)
        self.endResetModel()

    def entry(self, row: int) -> LogEntry | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def rowCount(self, parent: _Key = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Key = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(WCol)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return {
            WCol.WHEN: self.tr("When"),
            WCol.MEMBER: self.tr("Member"),
            WCol.TIER: self.tr("Tier"),
            WCol.PHONE: self.tr("Mobile"),
            WCol.CHANNEL: self.tr("Channel"),
            WCol.OUTCOME: self.tr("Outcome"),
            WCol.NOTE: self.tr("Note"),
        }.get(WCol(section))

    def data(self, index: _Key, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        e = self.entry(index.row()) if index.isValid() else None
        if e is None:
            return None
        col = WCol(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            if col is WCol.WHEN:
                return format_datetime(e.at)
            if col is WCol.MEMBER:
                return e.member_name
            if col is WCol.TIER:
                return tier_label(e.tier)
            if col is WCol.PHONE:
                return format_mobile(e.phone)
            if col is WCol.CHANNEL:
                return (
                    channel_label(e.channel)
                    + (self.tr(" (group)") if e.group_sms else "")
                    + (self.tr(" (phone bill)") if e.source is ContactSource.BILL else "")
                )
            if col is WCol.OUTCOME:
                return outcome_label(e.outcome)
            return e.note
        if col is WCol.TIER and role == Qt.ItemDataRole.BackgroundRole:
            return QBrush(TIER_BACKGROUND[e.tier])
        if col is WCol.TIER and role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(TIER_FOREGROUND[e.tier])
        return None


class WorkLogScreen(Screen):
    ctx: UiContext[WorkLogBackend]

    def __init__(self, ctx: UiContext[WorkLogBackend]) -> None:
        super().__init__(ctx)
        self.model = WorkLogModel(self)
        self.heading = Heading(self.tr("Work log"))
        self.manager_combo = QComboBox()
        self.mode = QComboBox()
        self.mode.addItem(self.tr("Day"), "day")
        self.mode.addItem(self.tr("Week"), "week")
        self.day = QDateEdit()
        self.day.setDisplayFormat("yyyy-MM-dd")
        self.day.setCalendarPopup(True)
        self.previous_button = QPushButton(self.tr("◀"))
        self.previous_button.setToolTip(self.tr("Previous day or week"))
        self.next_button = QPushButton(self.tr("▶"))
        self.next_button.setToolTip(self.tr("Next day or week"))
        self.today_button = QPushButton(self.tr("T&oday"))
        self.import_button = QPushButton(self.tr("Import &phone records…"))
        self.import_button.setToolTip(
            self.tr("Log the calls and SMS of your own phone's itemised bill (通话/短信详单)")
        )
        self.import_button.setVisible(ctx.backend.actor.manager_id is not None)
        self.import_button.clicked.connect(self.import_phone_records)
        for b in (self.previous_button, self.next_button):
            b.setFixedWidth(b.fontMetrics().horizontalAdvance("◀") + 24)
        self.channel_combo = QComboBox()
        self.channel_combo.addItem(self.tr("All channels"), "")
        for c in Channel:
            self.channel_combo.addItem(channel_label(c), c.value)
        self.outcome_combo = QComboBox()
        self.outcome_combo.addItem(self.tr("All outcomes"), "")
        for o in Outcome:
            self.outcome_combo.addItem(outcome_label(o), o.value)
        self.period_label = QLabel()
        self.total_pill = CountPill("blue")
        self.channel_counts = QLabel()
        self.outcome_counts = QLabel()
        for label in (self.channel_counts, self.outcome_counts):
            label.setWordWrap(True)

        self.table = tidy_table(QTableView())
        self.table.setModel(self.model)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(WCol.NOTE, QHeaderView.ResizeMode.Stretch)
        self.table.activated.connect(self._activated)
        self.empty = EmptyState()
        self.body = QStackedWidget()
        self.body.addWidget(self.table)
        self.body.addWidget(self.empty)

        top = QHBoxLayout()
        top.addWidget(self.heading)
        top.addWidget(self.manager_combo)
        top.addStretch(1)
        top.addWidget(self.mode)
        top.addWidget(self.previous_button)
        top.addWidget(self.day)
        top.addWidget(self.next_button)
        top.addWidget(self.today_button)
        top.addWidget(self.import_button)
        filters = QHBoxLayout()
        filters.addWidget(self.period_label)
        filters.addWidget(self.total_pill)
        filters.addStretch(1)
        filters.addWidget(self.channel_combo)
        filters.addWidget(self.outcome_combo)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(filters)
        layout.addWidget(self.channel_counts)
        layout.addWidget(self.outcome_counts)
        layout.addWidget(self.body, 1)

        self._today = ctx.backend.today()
        self.day.setDate(qdate(self._today))
        self.mode.currentIndexChanged.connect(self.refresh)
        self.day.dateChanged.connect(self.refresh)
        self.channel_combo.currentIndexChanged.connect(self.refresh)
        self.outcome_combo.currentIndexChanged.connect(self.refresh)
        self.manager_combo.currentIndexChanged.connect(self.refresh)
        self.previous_button.clicked.connect(lambda: self.step(-1))
        self.next_button.clicked.connect(lambda: self.step(1))
        self.today_button.clicked.connect(self.go_today)
        self._keepers_loaded = False
        ctx.hub.changed.connect(self.on_changes)

    def on_changes(self, changes: Changes) -> None:
        if changes.contacts or changes.everything:
            if changes.everything:
                self._keepers_loaded = False
            self.mark_stale()

    def import_phone_records(self) -> BillImportDialog:
        """Work log → Import phone records (the dialog is modeless: the log stays readable)."""
        dialog = BillImportDialog(self.ctx.backend, self.ctx.ops, self)
        dialog.show()
        return dialog

    # --- period ----------------------------------------------------------------------

    def selected_day(self) -> date:
        q = self.day.date()
        return pydate(q)

    def period(self) -> tuple[date, date]:
        day = self.selected_day()
        return week_of(day) if self.mode.currentData() == "week" else (day, day)

    def step(self, direction: int) -> None:
        days = 7 if self.mode.currentData() == "week" else 1
        self.day.setDate(self.day.date().addDays(direction * days))

    def go_today(self) -> None:
        today = self.ctx.backend.today()
        self.day.setDate(qdate(today))

    # --- loading ---------------------------------------------------------------------

    def refresh(self) -> None:
        if not self._keepers_loaded:
            self._keepers_loaded = True
            self.ctx.ops.read(self.ctx.backend.log_keepers, self._keepers)
            return
        code = self.manager_combo.currentData()
        if not code:
            self.model.set_entries(())
            self.empty.setText(self.tr("This user keeps no work log."))
            self.body.setCurrentWidget(self.empty)
            return
        start, end = self.period()
        channel = self.channel_combo.currentData()
        outcome = self.outcome_combo.currentData()
        backend = self.ctx.backend
        self.ctx.ops.read(
            lambda: backend.work_log(
                start,
                end,
                Channel(channel) if channel else None,
                Outcome(outcome) if outcome else None,
                manager_code=code,
            ),
            self._loaded,
            on_error=lambda exc: show_error(self, exc),
        )

    def _keepers(self, keepers: list[Any]) -> None:
        self.manager_combo.blockSignals(True)
        self.manager_combo.clear()
        own = self.ctx.backend.actor.code
        for m in sorted(keepers, key=lambda m: (m.code != own, m.code)):
            self.manager_combo.addItem(fill(self.tr("%1 (%2)"), m.name, m.code), m.code)
        self.manager_combo.setVisible(len(keepers) > 1)
        self.manager_combo.blockSignals(False)
        self.refresh()

    def _loaded(self, log: WorkLog) -> None:
        self.model.set_entries(log.entries)
        start, end = log.start, log.end
        if start == end:
            self.period_label.setText(format_day(start))
        else:
            self.period_label.setText(fill(self.tr("%1 to %2"), format_day(start), format_day(end)))
        self.total_pill.setText(self.tr("%n contact(s)", "", log.total) if log.total else "")
        for label in (self.channel_counts, self.outcome_counts):  # the empty state says it
            label.setVisible(bool(log.entries))
        self.channel_counts.setText(
            self.tr("By channel: ")
            + (
                "   ".join(
                    fill(self.tr("%1 %2"), channel_label(c), log.by_channel[c])
                    for c in Channel
                    if c in log.by_channel
                )
                or self.tr("none")
            )
        )
        self.outcome_counts.setText(
            self.tr("By outcome: ")
            + (
                "   ".join(
                    fill(self.tr("%1 %2"), outcome_label(o), log.by_outcome[o])
                    for o in Outcome
                    if o in log.by_outcome
                )
                or self.tr("none")
            )
        )
        if log.entries:
            self.body.setCurrentWidget(self.table)
        else:
            self.empty.setText(
                self.tr(
                    "No contacts logged in this period.\n\nLog calls and SMS from Today "
                    "(Ctrl+1) or a member's page; they appear here."
                )
            )
            self.body.setCurrentWidget(self.empty)

    def _activated(self, index: QModelIndex) -> None:
        entry = self.model.entry(index.row())
        if entry is not None:
            self.open_member.emit(entry.member_id)
