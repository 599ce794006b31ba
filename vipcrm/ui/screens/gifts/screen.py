"""The Gifts section: the budget meter, the gifts with their status, the lead's decisions."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
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
from vipcrm.ui.backends.gifts import GiftsBackend
from vipcrm.ui.errors import show_error
from vipcrm.ui.labels import fill, format_date, format_money, gift_status_label
from vipcrm.ui.screens.base import Screen, UiContext
from vipcrm.ui.screens.gifts.budget_meter import BudgetMeterWidget
from vipcrm.ui.screens.gifts.close_dialogs import ask_cancel, ask_delivery
from vipcrm.ui.screens.gifts.gifts_model import GiftsModel
from vipcrm.ui.widgets import EmptyState, Heading, tidy_table


def ask_comment(parent: QWidget | None, title: str, prompt: str) -> str | None:
    text, ok = QInputDialog.getText(parent, title, prompt)
    return text if ok else None


class GiftsScreen(Screen):
    ctx: UiContext[GiftsBackend]

    def __init__(self, ctx: UiContext[GiftsBackend]) -> None:
        super().__init__(ctx)
        self.ask_comment = ask_comment  # replaced in tests
        self.ask_delivery = ask_delivery
        self.ask_cancel = ask_cancel
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
        self.deliver_action = QAction(self.tr("Mark &delivered…"), self)
        self.deliver_action.setShortcut(QKeySequence("Ctrl+D"))
        self.deliver_action.triggered.connect(self.deliver)
        self.cancel_action = QAction(self.tr("&Cancel gift…"), self)
        self.cancel_action.setShortcut(QKeySequence("Ctrl+Shift+X"))
        self.cancel_action.triggered.connect(self.cancel)
        for action in (self.deliver_action, self.cancel_action):
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            self.addAction(action)
        self.deliver_button = QPushButton(self.tr("Mark &delivered…"))
        self.deliver_button.clicked.connect(self.deliver_action.trigger)
        self.cancel_button = QPushButton(self.tr("&Cancel gift…"))
        self.cancel_button.clicked.connect(self.cancel_action.trigger)
        self.table = tidy_table(QTableView())
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.table.addActions([self.deliver_action, self.cancel_action])
        self.table.setModel(self.model)
        header = self.table.horizontalHeader()
        # every column as wide as its title and contents (a scroll bar rather than a cut
        # title when a book's gifts are many and varied); the last one takes what is left
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
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
        actions.addWidget(self.deliver_button)
        actions.addWidget(self.cancel_button)
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
        chosen = self.current_gift()
        self.model.set_rows(rows)
        if chosen is not None:  # keep the gift selected across a reload (e.g. after an action)
            row = next((r for r, g in enumerate(self.model.rows()) if g.id == chosen.id), None)
            if row is not None:
                self.table.setCurrentIndex(self.model.index(row, 0))
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
        deliver_why, cancel_why = self._why_not(gift)
        shortcut = self.tr("%1 (%2)")
        for action, button, why, text in (
            (
                self.deliver_action,
                self.deliver_button,
                deliver_why,
                self.tr("Record that the approved gift reached the member"),
            ),
            (
                self.cancel_action,
                self.cancel_button,
                cancel_why,
                self.tr("Cancel the gift, with the reason (an approved gift frees its budget)"),
            ),
        ):
            action.setEnabled(why is None)
            button.setEnabled(why is None)
            keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            tip = fill(shortcut, text, keys) if why is None else why
            button.setToolTip(tip)
            action.setToolTip(tip)

    def _why_not(self, gift: GiftRow | None) -> tuple[str | None, str | None]:
        """Why the selected gift cannot be delivered, and why it cannot be cancelled (None: it can)."""
        if gift is None:
            choose = self.tr("Select a gift first.")
            return choose, choose
        status = gift_status_label(gift.status)
        deliver = None
        if gift.status is GiftStatus.PENDING:
            deliver = self.tr("The gift waits for the lead: only an approved gift is delivered.")
        elif gift.status is GiftStatus.DELIVERED and gift.delivered_on is not None:
            deliver = fill(self.tr("Delivered already, on %1."), format_date(gift.delivered_on))
        elif gift.status is not GiftStatus.APPROVED:
            deliver = fill(
                self.tr("Only an approved gift can be marked delivered; this one is “%1”."), status
            )
        cancel = None
        if gift.status not in (GiftStatus.PENDING, GiftStatus.APPROVED):
            cancel = fill(
                self.tr("Only a waiting or approved gift can be cancelled; this one is “%1”."),
                status,
            )
        return deliver, cancel

    def deliver(self) -> None:
        gift = self.current_gift()
        if gift is None or self._why_not(gift)[0] is not None:
            return
        answer = self.ask_delivery(self, gift, self.ctx.backend.today())
        if answer is None:
            return
        backend = self.ctx.backend
        self.ctx.ops.write(
            lambda: backend.deliver_gift(gift.id, answer.on, answer.how, answer.proof),
            lambda _: self.message.emit(
                fill(
                    self.tr("%1's gift delivered on %2: %3 moved to spent."),
                    gift.member_name,
                    format_date(answer.on),
                    format_money(gift.amount_fen),
                )
            ),
            lambda exc: show_error(self, exc),
        )

    def cancel(self) -> None:
        gift = self.current_gift()
        if gift is None or self._why_not(gift)[1] is not None:
            return
        reason = self.ask_cancel(self, gift)
        if reason is None:
            return
        backend = self.ctx.backend
        freed = gift.status is GiftStatus.APPROVED
        self.ctx.ops.write(
            lambda: backend.cancel_gift(gift.id, reason),
            lambda _: self.message.emit(
                fill(
                    self.tr("%1's gift cancelled: %2 freed in the budget."),
                    gift.member_name,
                    format_money(gift.amount_fen),
                )
                if freed
                else fill(self.tr("%1's gift cancelled."), gift.member_name)
            ),
            lambda exc: show_error(self, exc),
        )

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
