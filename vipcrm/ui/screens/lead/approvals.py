"""The approvals queue: gifts over their cap or the manager's budget, waiting for the lead.

A decision needs a comment; the service keeps it with who decided and when. Plans
submitted for approval are listed too; they are decided on the Plans screen, where the
version shown is the one approved.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from vipcrm.services.gifts import GiftRow
from vipcrm.services.saved_plans import PlanSummary
from vipcrm.ui.backends.team import LeadBackend
from vipcrm.ui.errors import show_error
from vipcrm.ui.labels import fill, format_datetime
from vipcrm.ui.ops import Ops
from vipcrm.ui.screens.gifts.gifts_model import GCol, GiftsModel
from vipcrm.ui.screens.lead.table import Column, RowsModel
from vipcrm.ui.widgets import EmptyState, Heading, InlineError, tidy_table


class ApprovalsPanel(QWidget):
    message = Signal(str)
    count_changed = Signal(int)

    def __init__(self, lead: LeadBackend, ops: Ops, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lead, self.ops = lead, ops
        self.model = GiftsModel(self)
        self.table = tidy_table(QTableView())
        self.table.setModel(self.model)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(GCol.REASON, QHeaderView.ResizeMode.Stretch)
        self.table.hideColumn(GCol.STATUS)
        self.table.selectionModel().currentChanged.connect(lambda *_: self._update_actions())
        self.empty = EmptyState(
            self.tr(
                "Nothing waits for your decision.\n\nGifts over their cap or beyond a "
                "manager's budget appear here."
            )
        )
        self.body = QStackedWidget()
        self.body.addWidget(self.table)
        self.body.addWidget(self.empty)
        self.comment = QLineEdit()
        self.comment.setPlaceholderText(self.tr("Why you approve or reject it (required)"))
        self.comment.textChanged.connect(lambda _t: self._update_actions())
        self.comment_error = InlineError()
        self.approve_button = QPushButton(self.tr("&Approve"))
        self.reject_button = QPushButton(self.tr("Re&ject"))
        self.approve_button.clicked.connect(lambda: self.decide(approve=True))
        self.reject_button.clicked.connect(lambda: self.decide(approve=False))
        self.plans_model = RowsModel(
            [
                Column(
                    self.tr("Manager"),
                    lambda p: fill(self.tr("%1 (%2)"), p.manager_name, p.manager_code),
                ),
                Column(self.tr("Plan"), lambda p: p.period),
                Column(self.tr("Version"), lambda p: str(p.version), lambda p: p.version, True),
                Column(
                    self.tr("Submitted"),
                    lambda p: format_datetime(p.submitted_at) if p.submitted_at else "—",
                ),
                Column(self.tr("Items"), lambda p: str(p.items), lambda p: p.items, True),
            ],
            self,
        )
        self.plans_table = tidy_table(QTableView())
        self.plans_table.setModel(self.plans_model)
        self.plans_table.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents
        )
        self.plans_table.horizontalHeader().setStretchLastSection(True)
        self.plans_table.setMaximumHeight(150)
        self.plans_heading = QLabel(
            self.tr("Plans submitted (approve them on the Plans screen, Ctrl+5):")
        )

        caption = QLabel(self.tr("&Comment:"))
        caption.setBuddy(self.comment)
        decide = QHBoxLayout()
        decide.addWidget(caption)
        decide.addWidget(self.comment, 1)
        decide.addWidget(self.approve_button)
        decide.addWidget(self.reject_button)
        layout = QVBoxLayout(self)
        layout.addWidget(Heading(self.tr("Waiting for your approval")))
        layout.addWidget(self.body, 1)
        layout.addLayout(decide)
        layout.addWidget(self.comment_error)
        layout.addWidget(self.plans_heading)
        layout.addWidget(self.plans_table)
        self._update_actions()

    def refresh(self) -> None:
        lead = self.lead
        self.ops.read(
            lambda: (lead.pending_gifts(), lead.submitted_plans()),
            self._loaded,
            lambda exc: show_error(self, exc),
        )

    def _loaded(self, result: tuple[list[GiftRow], list[PlanSummary]]) -> None:
        rows, plans = result
        self.plans_model.set_rows(plans)
        self.plans_heading.setVisible(bool(plans))
        self.plans_table.setVisible(bool(plans))
        self.model.set_rows(rows)
        self.body.setCurrentWidget(self.table if rows else self.empty)
        if rows and not self.table.currentIndex().isValid():
            self.table.selectRow(0)
        self.count_changed.emit(len(rows) + len(plans))
        self._update_actions()

    def current_gift(self) -> GiftRow | None:
        index = self.table.currentIndex()
        return self.model.gift(index.row()) if index.isValid() else None

    def _update_actions(self) -> None:
        ready = self.current_gift() is not None and bool(self.comment.text().strip())
        self.approve_button.setEnabled(ready)
        self.reject_button.setEnabled(ready)

    def decide(self, approve: bool) -> None:
        gift = self.current_gift()
        if gift is None:
            return
        comment = self.comment.text().strip()
        if not comment:
            self.comment_error.show_error(
                self.tr("Write a comment first: it is kept with the decision.")
            )
            return
        self.comment_error.show_error(None)
        call = self.lead.approve_gift if approve else self.lead.reject_gift
        text = (
            fill(self.tr("%1's gift approved."), gift.member_name)
            if approve
            else fill(self.tr("%1's gift rejected."), gift.member_name)
        )

        def done(_changes: object) -> None:
            self.comment.clear()
            self.message.emit(text)

        self.ops.write(lambda: call(gift.id, comment), done, lambda exc: show_error(self, exc))
