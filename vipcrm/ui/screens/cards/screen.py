"""The card board: a column per state; drag a card or record a step to move it.

"Start a card…" (Ctrl+N) starts a new or a re-made card (补卡) for a member with none on
its way; the last column shows the cards confirmed received in the last 30 days.

A move that the card's state does not allow is refused before anything is written,
naming the steps that are possible (the domain's card lifecycle decides).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QAction, QDropEvent, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QListView,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from vipcrm.domain.cards import TRANSITIONS, InvalidCardStep, allowed_steps, apply_step
from vipcrm.domain.values import CardKind, CardState
from vipcrm.services.cards import CardRow, CardStarter
from vipcrm.services.context import Changes
from vipcrm.ui.backends.cards import CardsBackend
from vipcrm.ui.errors import error_text, show_error
from vipcrm.ui.labels import card_kind_label, card_state_label, card_step_label, fill, format_date
from vipcrm.ui.screens.base import Screen, UiContext
from vipcrm.ui.screens.cards.board_model import (
    CARD_ROLE,
    MIME_TYPE,
    CardColumnModel,
    Column,
    arrange,
)
from vipcrm.ui.screens.cards.start_dialog import StartInput, ask_start
from vipcrm.ui.screens.cards.step_dialog import StepInput, ask_step
from vipcrm.ui.widgets import CountPill, EmptyState, Heading

BOARD_STATES = list(CardState)  # the last column: received in the last RECEIVED_DAYS days
RECEIVED_DAYS = 30
#: The step that leads into a state (for drag and drop onto a column).
STEP_INTO = {target: step.value for steps in TRANSITIONS.values() for step, target in steps.items()}


MIN_COLUMN_WIDTH = 104  # an empty column


class _Column(QListView):
    dropped = Signal(str, object)  # card id text, target CardState

    def __init__(self, model: CardColumnModel) -> None:
        super().__init__()
        self.setModel(model)
        self.card_model = model
        self.card_state = model.state
        self.setDragEnabled(True)
        self.setAcceptDrops(True)
        self.setDropIndicatorShown(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSpacing(3)
        # A tile's lines are never broken (a date and "前跟进" stay whole): the column is as
        # wide as the widest line of its tiles, and the board scrolls sideways when they do
        # not all fit. (Wrapping stays on: it is what lays a tile's two lines out whole.)
        self.setWordWrap(True)
        self.setResizeMode(QListView.ResizeMode.Adjust)
        # Every tile is two lines in a column as wide as its widest line: one size for all,
        # so a column of thousands of cards is laid out without measuring each (issue 22).
        self.setUniformItemSizes(True)
        for signal in (model.modelReset, model.rowsInserted, model.rowsRemoved):
            signal.connect(self._fit_width)
        self._fit_width()

    def widest_line(self) -> int:
        """The width the widest line of a tile needs, its margins included."""
        text = self.card_model.widest_line(self.font())  # measured by the runner, mostly
        margin = self.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, self)
        return text + 2 * (margin + 1)

    def _fit_width(self) -> None:
        margins = 2 * self.frameWidth() + 2 * self.spacing()
        scroll_bar = self.verticalScrollBar().sizeHint().width()
        self.setMinimumWidth(max(MIN_COLUMN_WIDTH, self.widest_line() + margins + scroll_bar))

    def dropEvent(self, event: QDropEvent) -> None:
        data = event.mimeData()
        if data.hasFormat(MIME_TYPE):
            self.dropped.emit(bytes(data.data(MIME_TYPE).data()).decode(), self.card_state)
        event.ignore()  # the board reloads from the database; nothing moves by itself


class CardsScreen(Screen):
    ctx: UiContext[CardsBackend]

    def __init__(self, ctx: UiContext[CardsBackend]) -> None:
        super().__init__(ctx)
        self.ask_step = ask_step  # replaced in tests
        self.ask_start = ask_start
        self.warn: Callable[[str], object] = lambda text: QMessageBox.warning(
            self, self.tr("Card step"), text
        )
        self.last_refusal = ""
        self.today = date.today()
        self.models = {s: CardColumnModel(s, self) for s in BOARD_STATES}
        self.columns: dict[CardState, _Column] = {}
        self.counts: dict[CardState, CountPill] = {}
        self.titles: dict[CardState, QLabel] = {}
        board = QWidget()
        row = QHBoxLayout(board)
        row.setContentsMargins(0, 0, 0, 0)
        for state, model in self.models.items():
            column = _Column(model)
            column.dropped.connect(self._dropped)
            column.activated.connect(self._activated)
            column.selectionModel().currentChanged.connect(
                lambda current, _prev, c=column: self._selected(c, current)
            )
            self.columns[state] = column
            title = QLabel(card_state_label(state))
            if state is CardState.RECEIVED:
                title.setText(fill(self.tr("%1\n(last %2 days)"), title.text(), RECEIVED_DAYS))
                title.setToolTip(
                    self.tr(
                        "Cards the members confirmed received in the last %n day(s)",
                        "",
                        RECEIVED_DAYS,
                    )
                )
            title.setStyleSheet("QLabel { font-weight: bold; }")  # whole words, not wrapped
            title.setFixedHeight(title.fontMetrics().height() * 2 + 4)
            self.titles[state] = title
            title.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom)
            pill = CountPill("grey")
            self.counts[state] = pill
            head = QHBoxLayout()
            head.addWidget(title, 1)
            head.addWidget(pill)
            box = QVBoxLayout()
            box.addLayout(head)
            box.addWidget(column, 1)
            row.addLayout(box, 1)
        scroll = QScrollArea()
        scroll.setWidget(board)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        self.empty = EmptyState(
            self.tr(
                "No cards on their way.\n\nA card starts when its data is collected at the "
                "first contact (Start a card…, Ctrl+N); it then moves along here until the "
                "member confirms receipt."
            )
        )
        self.empty.hide()

        self.start_action = QAction(self.tr("&Start a card…"), self)  # Ctrl+N: new_item
        self.start_action.triggered.connect(self.start_card)
        self.start_button = QPushButton(self.tr("&Start a card…"))
        self.start_button.setToolTip(
            self.tr("A new card, or a re-made card (补卡), for a member with none on its way")
            + " (Ctrl+N)"
        )
        self.start_button.clicked.connect(self.start_action.trigger)
        self.last_start_error = ""
        self.step_button = QPushButton(self.tr("&Record step…"))
        self.step_button.setToolTip(self.tr("Or drag the card onto the next column"))
        self.step_button.clicked.connect(self.record_step)
        self.open_button = QPushButton(self.tr("&Open member"))
        self.open_button.clicked.connect(self._open_current)
        self.hint = QLabel()
        self.hint.setStyleSheet("QLabel { color: #546e7a; }")
        actions = QHBoxLayout()
        actions.addWidget(self.start_button)
        actions.addWidget(self.step_button)
        actions.addWidget(self.open_button)
        actions.addWidget(self.hint, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(Heading(self.tr("Membership cards")))
        layout.addWidget(scroll, 1)
        layout.addWidget(self.empty, 1)
        layout.addLayout(actions)
        self._current: CardRow | None = None
        self.loading = True  # until the first answer: the board says so, not "no cards"
        self._update_actions()
        ctx.hub.changed.connect(self.on_changes)

    def new_item_text(self) -> str:
        return self.start_action.text()

    def new_item(self) -> bool:
        self.start_action.trigger()
        return True

    # --- loading ---------------------------------------------------------------------

    def on_changes(self, changes: Changes) -> None:
        if changes.cards or changes.contacts or changes.everything:
            self.mark_stale()

    def refresh(self) -> None:
        backend = self.ctx.backend
        font = QFont(next(iter(self.columns.values())).font())  # the tiles' (a copy)

        def read() -> tuple[date, dict[CardState, Column], dict[str, Any]]:
            today = backend.today()
            cards = backend.cards() + backend.received_cards(RECEIVED_DAYS)
            followups = backend.card_followups()
            # sorted, worded and measured here, off the UI thread (~0.2 s for a region's)
            return today, arrange(cards, followups, today, font), followups

        self.ctx.ops.read(read, self._loaded, on_error=lambda exc: show_error(self, exc))

    def _loaded(self, result: tuple[date, dict[CardState, Column], dict[str, Any]]) -> None:
        self.today, columns, followups = result
        self.loading = False
        for state, model in self.models.items():
            model.set_column(columns[state], followups, self.today)
            self.counts[state].setText(str(model.rowCount()))
        self.empty.setVisible(
            not any(columns[s].cards for s in self.models if s is not CardState.RECEIVED)
        )
        self._current = None
        self._update_actions()
        overdue = sum(1 for i in followups.values() if i.overdue_days or i.due_date <= self.today)
        self.badge_changed.emit(overdue)

    def all_cards(self) -> list[CardRow]:
        return [c for m in self.models.values() for c in m.cards()]

    # --- selection -------------------------------------------------------------------

    def _selected(self, column: _Column, current: QModelIndex) -> None:
        for other in self.columns.values():
            if other is not column:
                other.clearSelection()
        self._current = current.data(CARD_ROLE) if current.isValid() else None
        self._update_actions()

    def select(self, card: CardRow) -> None:
        column = self.columns[card.state]
        model = self.models[card.state]
        row = next(r for r in range(model.rowCount()) if model.card(r) == card)
        column.setCurrentIndex(model.index(row))
        self._current = card
        self._update_actions()

    def _update_actions(self) -> None:
        card = self._current
        self.step_button.setEnabled(card is not None and bool(allowed_steps(card.state)))
        self.open_button.setEnabled(card is not None)
        if self.loading:
            self.hint.setText(self.tr("Loading the cards…"))
        elif card is None:
            self.hint.setText(self.tr("Select a card to record its next step."))
        elif not allowed_steps(card.state):
            self.hint.setText(
                fill(
                    self.tr("%1's card was confirmed received on %2; no further steps."),
                    card.member_name,
                    format_date(card.since),
                )
            )
        else:
            steps = allowed_steps(card.state)
            self.hint.setText(
                fill(
                    self.tr("Next possible: %1"),
                    self.tr(", ").join(card_step_label(s.value) for s in steps),
                )
            )

    def _activated(self, index: QModelIndex) -> None:
        card = index.data(CARD_ROLE)
        if card is not None:
            self.open_member.emit(card.member_id)

    def _open_current(self) -> None:
        if self._current is not None:
            self.open_member.emit(self._current.member_id)

    # --- moving ----------------------------------------------------------------------

    def _dropped(self, card_id: str, target: CardState) -> None:
        card = next((c for c in self.all_cards() if str(c.card_id) == card_id), None)
        if card is None or card.state is target:
            return
        self.move_card(card, STEP_INTO[target])

    def record_step(self) -> None:
        if self._current is not None:
            self.move_card(self._current, None)

    def refusal_text(self, card: CardRow, step: str) -> str:
        allowed = allowed_steps(card.state)
        if not allowed:
            return fill(
                self.tr("%1's card is confirmed received; no further steps."), card.member_name
            )
        return fill(
            self.tr("%1's card is at “%2”: “%3” is not possible now. Allowed next: %4."),
            card.member_name,
            card_state_label(card.state),
            card_step_label(step),
            self.tr(", ").join(card_step_label(s.value) for s in allowed),
        )

    def move_card(self, card: CardRow, step: str | None) -> None:
        """Ask for the step's details, refuse an invalid one, else record it."""
        answer: StepInput | None = self.ask_step(self, card, self.today, step)
        if answer is None:
            return
        try:
            apply_step(card.state, answer.step)
        except InvalidCardStep:
            self.refuse(card, answer.step)
            return
        backend = self.ctx.backend

        def failed(exc: BaseException) -> None:
            if isinstance(exc, InvalidCardStep):
                self.refuse(card, answer.step)
            else:
                show_error(self, exc)

        self.ctx.ops.write(
            lambda: backend.move_card(
                card.member_id, answer.step, answer.on, answer.agreed_date, answer.note
            ),
            lambda _: self.message.emit(
                fill(
                    self.tr("%1's card: %2 recorded."),
                    card.member_name,
                    card_step_label(answer.step),
                )
            ),
            failed,
        )

    def refuse(self, card: CardRow, step: str) -> None:
        self.last_refusal = self.refusal_text(card, step)
        self.warn(self.last_refusal)

    # --- starting --------------------------------------------------------------------

    def start_card(self) -> None:
        """Ask who (among the members with no card on its way) and start the card."""
        self.ctx.ops.read(
            self.ctx.backend.card_starters,
            self._ask_start,
            on_error=lambda exc: show_error(self, exc),
        )

    def _ask_start(self, starters: list[CardStarter]) -> None:
        answer: StartInput | None = self.ask_start(self, starters, self.today)
        if answer is None:
            return
        backend = self.ctx.backend
        kind = card_kind_label(CardKind.REMAKE if answer.remake else CardKind.NEW)

        def failed(exc: BaseException) -> None:
            self.last_start_error = error_text(exc)
            show_error(self, exc)

        self.ctx.ops.write(
            lambda: backend.start_card(answer.member_id, answer.remake, answer.on, answer.note),
            lambda _: self.message.emit(fill(self.tr("%1: %2 started."), answer.member_name, kind)),
            failed,
        )
