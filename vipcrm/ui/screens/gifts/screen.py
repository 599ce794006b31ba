"""The Gifts section: the budget meter, the gifts with their status, the lead's decisions."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QPushButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from vipcrm.domain.values import GiftStatus
from vipcrm.services.context import Changes
from vipcrm.services.gifts import GiftRow
from vipcrm.ui.errors import show_error
from vipcrm.ui.labels import fill, gift_status_label
from vipcrm.ui.screens.base import Screen, UiContext
from vipcrm.ui.screens.gifts.budget_meter import BudgetMeterWidget
from vipcrm.ui.screens.gifts.gifts_model import GCol, GiftsModel
from vipcrm.ui.widgets import EmptyState, Heading, tidy_table


def ask_comment(parent: QWidget | None, title: str, prompt: str) -> str | None:
    text, ok = QInputDialog.getText(parent, title, prompt)
    return text if ok else None


class GiftsScreen(Screen):
    def __init__(self, ctx: UiContext) -> None:
        super().__init__(ctx)
        self.ask_comment = ask_comment  # replaced in tests
        self.model = GiftsModel(self)
        self.meter = BudgetMeterWidget()
        self.status_combo = QComboBox()
        self.status_combo.addItem(self.tr("All gifts"), "")
        for status in GiftStatus:
            self.status_combo.addItem(gift_status_label(status), status.value)
        self.status_combo.currentIndexChanged.connect(self.refresh)
        self.approve_button = QPushButton(self.tr("&Approve…"))
        self.reject_button = QPushButton(self.tr("Re&ject…"))
        self.approve_button.clicked.connect(lambda: self.decide(approve=True))
        self.reject_button.clicked.connect(lambda: self.decide(approve=False))
        lead = ctx.backend.is_lead
        self.approve_button.setVisible(lead)
        self.reject_button.setVisible(lead)
        self.table = tidy_table(QTableView())
        self.table.setModel(self.model)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(GCol.REASON, QHeaderView.ResizeMode.Stretch)
        self.table.selectionModel().currentChanged.connect(lambda *_: self._update_actions())
        self.empty = EmptyState(
            self.tr(
                "No gifts here yet.\n\nRequest one from a member's page or from a birthday "
                "item on Today; gifts within their cap and your budget are approved at once."
            )
        )
        self.body = QStackedWidget()
        self.body.addWidget(self.table)
        self.body.addWidget(self.empty)

        top = QHBoxLayout()
        top.addWidget(Heading(self.tr("Gifts")))
        top.addStretch(1)
        caption = QLabel(self.tr("&Show:"))
        caption.setBuddy(self.status_combo)
        top.addWidget(caption)
        top.addWidget(self.status_combo)
        actions = QHBoxLayout()
        actions.addWidget(self.approve_button)
        actions.addWidget(self.reject_button)
        actions.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.meter)
        layout.addWidget(self.body, 1)
        layout.addLayout(actions)
        self._update_actions()
        ctx.hub.changed.connect(self.on_changes)

    def on_changes(self, changes: Changes) -> None:
        if changes.gifts or changes.everything:
            self.mark_stale()

    def refresh(self) -> None:
        value = self.status_combo.currentData()
        status = GiftStatus(value) if value else None
        backend = self.ctx.backend
        self.ctx.ops.read(
            lambda: (backend.gifts(status), backend.budget_meter()),
            self._loaded,
            on_error=lambda exc: show_error(self, exc),
        )

    def _loaded(self, result: tuple[list[GiftRow], Any]) -> None:
        rows, meter = result
        self.model.set_rows(rows)
        self.meter.set_meter(meter)
        self.body.setCurrentWidget(self.table if rows else self.empty)
        pending = sum(1 for g in rows if g.status is GiftStatus.PENDING)
        if self.ctx.backend.is_lead and self.status_combo.currentData() in ("", "pending"):
            self.badge_changed.emit(pending)
        self._update_actions()

    def current_gift(self) -> GiftRow | None:
        index = self.table.currentIndex()
        return self.model.gift(index.row()) if index.isValid() else None

    def _update_actions(self) -> None:
        gift = self.current_gift()
        pending = gift is not None and gift.status is GiftStatus.PENDING
        self.approve_button.setEnabled(pending)
        self.reject_button.setEnabled(pending)

    def decide(self, approve: bool) -> None:
        gift = self.current_gift()
        if gift is None:
            return
        title = self.tr("Approve the gift") if approve else self.tr("Reject the gift")
        prompt = fill(
            self.tr("Comment for %1's gift (%2):"), gift.member_name, self.model.reason_text(gift)
        )
        comment = self.ask_comment(self, title, prompt)
        if comment is None:
            return
        backend = self.ctx.backend
        call = backend.approve_gift if approve else backend.reject_gift
        self.ctx.ops.write(
            lambda: call(gift.id, comment),
            lambda _: self.message.emit(
                self.tr("Gift approved.") if approve else self.tr("Gift rejected.")
            ),
            lambda exc: show_error(self, exc),
        )
