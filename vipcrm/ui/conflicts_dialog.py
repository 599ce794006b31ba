"""The Conflicts view: the same field changed here and on the central store; the user chooses.
Also the Refused changes view (:class:`RefusalsDialog`): read, then dismiss.

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
from vipcrm.ui.errors import message_text, show_error
from vipcrm.ui.labels import fill, format_date
from vipcrm.ui.ops import Ops
from vipcrm.ui.sync_backend import RefusalRow, SyncBackend
from vipcrm.ui.widgets import keep_titles_whole, tip_elided_cells

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
        keep_titles_whole(self.table)
        tip_elided_cells(self.table)
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
        return when_text(at)

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


R_WHEN, R_WHAT, R_MEMBER, R_OUTCOME, R_REASON = range(5)
#: refused changes of rows that belong to no member: the Member column stays empty
NOT_ABOUT_A_MEMBER = frozenset({"campaigns", "teams", "managers"})
SEQ_ROLE = Qt.ItemDataRole.UserRole + 2


class RefusalsDialog(QDialog):
    """Changes the central store refused: what, whose, when and the server's reason.

    Nothing is undone here: the refused change stays refused (the central store's rows
    win at the next pull). The user reads the list and dismisses what they have read;
    dismissed entries leave the list and the status bar's count (kept on this laptop).
    """

    dismissed = Signal()

    def __init__(self, backend: SyncBackend, ops: Ops, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.backend = backend
        self.ops = ops
        self.rows: list[RefusalRow] = []
        self.setWindowTitle(self.tr("Refused changes"))
        self.resize(900, 380)
        self.intro = QLabel(
            self.tr(
                "The central store did not take these changes made on this laptop. They are "
                "not applied there; its data comes back at the next sync. Redo what is still "
                "needed, then dismiss the entries you have read."
            )
        )
        self.intro.setWordWrap(True)
        self.model = QStandardItemModel(0, 5, self)
        self.model.setHorizontalHeaderLabels(
            [
                self.tr("When"),
                self.tr("What"),
                self.tr("Member"),
                self.tr("Outcome"),
                self.tr("The central store's reason"),
            ]
        )
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(True)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(R_REASON, QHeaderView.ResizeMode.Stretch)
        keep_titles_whole(self.table)
        tip_elided_cells(self.table)
        self.empty = QLabel(self.tr("No refused changes."))
        self.dismiss = QPushButton(self.tr("&Dismiss"))
        self.dismiss.setToolTip(self.tr("Remove the selected entries from the list (read)"))
        self.dismiss_all = QPushButton(self.tr("Dismiss &all"))
        self.dismiss.clicked.connect(self.dismiss_selected)
        self.dismiss_all.clicked.connect(lambda: self.dismiss_seqs([r.seq for r in self.rows]))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.dismiss, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.dismiss_all, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty)
        layout.addWidget(buttons)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self._update_buttons()

    def table_label(self, table: str) -> str:
        labels = {
            "members": self.tr("member"),
            "contact_attempts": self.tr("contact"),
            "member_notes": self.tr("note"),
            "tier_history": self.tr("tier change"),
            "benefit_uses": self.tr("benefit use"),
            "cards": self.tr("card"),
            "card_steps": self.tr("card step"),
            "gifts": self.tr("gift"),
            "budgets": self.tr("gift budget"),
            "budget_adjustments": self.tr("budget adjustment"),
            "service_plans": self.tr("plan"),
            "plan_items": self.tr("plan item"),
            "group_customers": self.tr("group customer"),
            "managers": self.tr("user"),
            "teams": self.tr("team"),
            "campaigns": self.tr("campaign"),
        }
        return labels.get(table, table)

    def what_text(self, row: RefusalRow) -> str:
        template = {
            "insert": self.tr("new %1"),
            "update": self.tr("%1 changed"),
            "delete": self.tr("%1 removed"),
        }.get(row.op, "%1")
        return fill(template, self.table_label(row.table))

    def outcome_text(self, status: str) -> str:
        return {
            "refused": self.tr("refused"),
            "overruled": self.tr("overruled"),
            "conflict": self.tr("conflict (see Sync conflicts)"),
        }.get(status, status)

    def reload(self) -> None:
        self.ops.read(self.backend.refusals, self.show_rows)

    def show_rows(self, rows: list[RefusalRow]) -> None:
        self.rows = rows
        self.model.removeRows(0, self.model.rowCount())
        for row in rows:
            items = [
                QStandardItem(when_text(row.sent_at) if row.sent_at else ""),
                QStandardItem(self.what_text(row)),
                QStandardItem(
                    row.member_name
                    or ("" if row.table in NOT_ABOUT_A_MEMBER else self.tr("(not known here)"))
                ),
                QStandardItem(self.outcome_text(row.status)),
                QStandardItem(reason := message_text(row.reason)),
            ]
            items[R_WHEN].setData(row.seq, SEQ_ROLE)
            items[R_REASON].setToolTip(reason)
            self.model.appendRow(items)
        self.empty.setVisible(not rows)
        self.table.setVisible(bool(rows))
        self._update_buttons()

    def selected_seqs(self) -> list[int]:
        return [int(i.data(SEQ_ROLE)) for i in self.table.selectionModel().selectedRows(R_WHEN)]

    def _update_buttons(self) -> None:
        self.dismiss.setEnabled(bool(self.selected_seqs()))
        self.dismiss_all.setEnabled(bool(self.rows))

    def dismiss_selected(self) -> None:
        self.dismiss_seqs(self.selected_seqs())

    def dismiss_seqs(self, seqs: list[int]) -> None:
        if not seqs:
            return
        self.ops.write(  # nothing the screens show changes; ``dismissed`` tells the label
            lambda: self.backend.dismiss_refusals(seqs),
            on_done=lambda _: self._dismissed(),
            on_error=lambda exc: show_error(self, exc),
        )

    def _dismissed(self) -> None:
        self.dismissed.emit()
        self.reload()


def when_text(at: datetime) -> str:
    """A stored instant as the locale's date and the local time: 2026/11/22 09:05."""
    local = at.astimezone(DEFAULT_TZ)
    return f"{format_date(local.date())} {local.strftime('%H:%M')}"
