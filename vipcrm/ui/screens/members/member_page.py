"""The member page: profile (validated edits), group and tier facts, and the timeline."""

from __future__ import annotations

import uuid
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from vipcrm.domain.values import Channel, MemberStatus, Occasion
from vipcrm.services.benefits import MemberBenefits
from vipcrm.services.campaigns import CampaignRow
from vipcrm.services.profile import MemberProfile, ProfileErrors
from vipcrm.store.timeline import EventKind
from vipcrm.ui.backends.members import MembersBackend
from vipcrm.ui.errors import show_error
from vipcrm.ui.labels import (
    fill,
    format_date,
    format_mobile,
    format_money,
    format_number,
    key_role_label,
    status_label,
    tier_change_label,
    tier_label,
)
from vipcrm.ui.log_dialog import ask_contact
from vipcrm.ui.screens.base import UiContext
from vipcrm.ui.screens.members.benefits_box import BenefitsBox, ask_use
from vipcrm.ui.screens.members.profile_form import ProfileForm
from vipcrm.ui.screens.members.timeline_model import TCol, TimelineModel
from vipcrm.ui.widgets import (
    CountPill,
    Heading,
    keep_titles_whole,
    tidy_table,
    tip_elided_cells,
)

TIER_PILL = {"diamond": "blue", "gold": "amber", "silver": "grey"}


class MemberPage(QWidget):
    close_requested = Signal()

    def __init__(self, ctx: UiContext[MembersBackend]) -> None:
        super().__init__()
        self.ctx = ctx
        self.ask_contact = ask_contact  # replaced in tests
        self.ask_use = ask_use  # replaced in tests
        self.request_gift: Any = None  # set by the app: (member_id, occasion) -> None
        self.member_id: uuid.UUID | None = None
        self.profile: MemberProfile | None = None

        self.back_button = QPushButton(self.tr("← &Back to the list"))
        self.back_button.setToolTip(self.tr("Esc"))
        self.back_button.clicked.connect(self.close_requested)
        self.title = Heading()
        self.tier_pill = CountPill()
        self.phone_label = QLabel()
        self.call_button = QPushButton(self.tr("Log &call…"))
        self.sms_button = QPushButton(self.tr("Log &SMS…"))
        self.gift_button = QPushButton(self.tr("Request &gift…"))
        self.call_button.clicked.connect(lambda: self.log(Channel.PHONE))
        self.sms_button.clicked.connect(lambda: self.log(Channel.SMS))
        self.gift_button.clicked.connect(self._gift)
        top = QHBoxLayout()
        top.addWidget(self.back_button)
        top.addSpacing(12)
        top.addWidget(self.title)
        top.addWidget(self.tier_pill)
        top.addWidget(self.phone_label)
        top.addStretch(1)
        for b in (self.call_button, self.sms_button, self.gift_button):
            top.addWidget(b)

        splitter = QSplitter()
        splitter.addWidget(self._left())
        splitter.addWidget(self._right())
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)

    # --- layout ----------------------------------------------------------------------

    def _left(self) -> QWidget:
        self.form = ProfileForm()
        self.form.edited.connect(lambda: self._set_dirty(True))
        self.save_button = QPushButton(self.tr("Sa&ve"))
        self.save_button.setDefault(False)
        self.revert_button = QPushButton(self.tr("&Undo changes"))
        self.save_button.clicked.connect(self.save)
        self.revert_button.clicked.connect(self._revert)
        self.saved_label = QLabel()
        self.saved_label.setStyleSheet("QLabel { color: #2e7d32; }")
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.revert_button)
        buttons.addWidget(self.saved_label, 1)
        profile_box = QGroupBox(self.tr("Profile"))
        column = QVBoxLayout(profile_box)
        column.addWidget(self.form)
        column.addLayout(buttons)

        facts_box = QGroupBox(self.tr("Account and group customer"))
        self.facts = QFormLayout(facts_box)
        self.fact_labels: dict[str, QLabel] = {}
        for key, caption in (
            ("status", self.tr("Status:")),
            ("manager", self.tr("Account manager:")),
            ("assigned", self.tr("Assigned on:")),
            ("points", self.tr("Points / monthly spend:")),
            ("group", self.tr("Group customer:")),
            ("role", self.tr("Key-person role:")),
        ):
            label = QLabel()
            label.setWordWrap(True)
            self.fact_labels[key] = label
            self.facts.addRow(caption, label)

        history_box = QGroupBox(self.tr("Tier history"))
        self.history = QTableWidget(0, 4)
        self.history.setHorizontalHeaderLabels(
            [self.tr("Month"), self.tr("Tier"), self.tr("Change"), self.tr("Points")]
        )
        self.history.verticalHeader().setVisible(False)
        self.history.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.history.horizontalHeader().setStretchLastSection(True)
        self.history.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents
        )
        keep_titles_whole(self.history)
        tip_elided_cells(self.history)
        self.history.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        self.history.setFixedHeight((self.fontMetrics().height() + 10) * 6)
        QVBoxLayout(history_box).addWidget(self.history)

        self.benefits = BenefitsBox()
        self.benefits.use_button.clicked.connect(self.record_use)

        inner = QWidget()
        column = QVBoxLayout(inner)
        column.setContentsMargins(0, 0, 4, 0)
        column.addWidget(profile_box)
        column.addWidget(facts_box)
        column.addWidget(self.benefits)
        column.addWidget(history_box)
        column.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidget(inner)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setMinimumWidth(360)
        return scroll

    def _right(self) -> QWidget:
        box = QGroupBox(self.tr("Timeline"))
        self.kind_combo = QComboBox()
        self.kind_combo.addItem(self.tr("Everything"), "")
        for kind, text in (
            (EventKind.CONTACT, self.tr("Contacts")),
            (EventKind.CARD, self.tr("Card steps")),
            (EventKind.GIFT, self.tr("Gifts")),
            (EventKind.TIER, self.tr("Tier changes")),
            (EventKind.NOTE, self.tr("Notes")),
            (EventKind.CHANGE, self.tr("Profile changes")),
        ):
            self.kind_combo.addItem(text, kind.value)
        self.kind_combo.currentIndexChanged.connect(self.load_timeline)
        self.timeline = TimelineModel(parent=self)
        self.timeline_view = tidy_table(QTableView())
        self.timeline_view.setModel(self.timeline)
        header = self.timeline_view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(TCol.DETAILS, QHeaderView.ResizeMode.Stretch)
        self.note_edit = QLineEdit()
        self.note_edit.setPlaceholderText(self.tr("Add a dated note to the timeline…"))
        self.note_button = QPushButton(self.tr("Add &note"))
        self.note_button.clicked.connect(self.add_note)
        self.note_edit.returnPressed.connect(self.add_note)
        filter_row = QHBoxLayout()
        show_caption = QLabel(self.tr("S&how:"))
        show_caption.setBuddy(self.kind_combo)
        filter_row.addWidget(show_caption)
        filter_row.addWidget(self.kind_combo)
        filter_row.addStretch(1)
        note_row = QHBoxLayout()
        note_row.addWidget(self.note_edit, 1)
        note_row.addWidget(self.note_button)
        column = QVBoxLayout(box)
        column.addLayout(filter_row)
        column.addWidget(self.timeline_view, 1)
        column.addLayout(note_row)
        return box

    # --- loading ---------------------------------------------------------------------

    def show_member(self, member_id: uuid.UUID) -> None:
        self.member_id = member_id
        self.saved_label.clear()
        self.reload()

    def reload(self) -> None:
        if self.member_id is None:
            return
        member_id, backend = self.member_id, self.ctx.backend
        self.ctx.ops.read(lambda: backend.profile(member_id), self._show_profile)
        self.ctx.ops.read(lambda: backend.member_benefits(member_id), self._show_benefits)
        self.load_timeline()

    def _show_benefits(self, shown: MemberBenefits) -> None:
        self.benefits.show_benefits(shown, self.ctx.backend.language.startswith("zh"))

    def load_timeline(self) -> None:
        if self.member_id is None:
            return
        value = self.kind_combo.currentData()
        kinds = frozenset({EventKind(value)}) if value else None
        member_id, backend = self.member_id, self.ctx.backend
        self.ctx.ops.read(lambda: backend.timeline(member_id, kinds), self.timeline.set_events)

    def _show_profile(self, p: MemberProfile) -> None:
        self.profile = p
        self.title.setText(p.name + ("  ★" if p.important else ""))
        self.tier_pill.setText(tier_label(p.tier))
        self.tier_pill.set_colour(TIER_PILL[p.tier.value])
        self.phone_label.setText(format_mobile(p.phone))
        self.form.load(p)
        self._set_dirty(False)
        active = p.status is MemberStatus.ACTIVE
        for b in (
            self.call_button,
            self.sms_button,
            self.gift_button,
            self.note_button,
            self.benefits.use_button,
        ):
            b.setEnabled(active)
        self.form.setEnabled(active)
        f = self.fact_labels
        f["status"].setText(status_label(p.status))
        f["manager"].setText(
            fill(self.tr("%1 (%2)"), p.manager_name, p.manager_code)
            if p.manager_code
            else self.tr("unassigned")
        )
        f["assigned"].setText(format_date(p.assigned_on) if p.assigned_on else "—")
        f["points"].setText(
            fill(
                self.tr("%1 points / %2"),
                format_number(p.points),
                format_money(p.monthly_spend_fen),
            )
        )
        if p.group_name:
            f["group"].setText(fill(self.tr("%1 (class %2)"), p.group_name, p.group_class))
            f["role"].setText(key_role_label(p.key_role) if p.key_role else "—")
        else:
            f["group"].setText(self.tr("not a key person of a group customer"))
            f["role"].setText("—")
        self.history.setRowCount(len(p.tier_history))
        for row, t in enumerate(p.tier_history):
            for col, text in enumerate(
                (
                    t.month,
                    tier_label(t.tier) if t.tier else "—",
                    tier_change_label(t.change),
                    format_number(t.points),
                )
            ):
                self.history.setItem(row, col, QTableWidgetItem(text))

    # --- actions ---------------------------------------------------------------------

    def _set_dirty(self, dirty: bool) -> None:
        self.save_button.setEnabled(dirty)
        self.revert_button.setEnabled(dirty)
        if dirty:
            self.saved_label.clear()

    def _revert(self) -> None:
        if self.profile is not None:
            self.form.load(self.profile)
            self._set_dirty(False)

    def save(self) -> None:
        if self.member_id is None:
            return
        member_id, edit, backend = self.member_id, self.form.value(), self.ctx.backend

        def failed(exc: BaseException) -> None:
            if isinstance(exc, ProfileErrors):
                self.form.show_errors(exc.errors)
            else:
                show_error(self, exc)

        def saved(_: object) -> None:
            self.form.show_errors({})
            self.saved_label.setText(self.tr("Saved."))
            self.reload()

        self.ctx.ops.write(lambda: backend.save_profile(member_id, edit), saved, failed)

    def log(self, channel: Channel) -> None:
        if self.member_id is None or self.profile is None:
            return
        self.log_for(self.member_id, self.profile.name, channel)

    def log_for(self, member_id: uuid.UUID, name: str, channel: Channel) -> None:
        backend = self.ctx.backend

        def ask(campaigns: list[CampaignRow]) -> None:
            # The member's open campaigns (read on the runner) offer their results.
            answer = self.ask_contact(self, name, channel, campaigns)
            if answer is None:
                return
            self.ctx.ops.write(
                lambda: backend.log_contact(
                    member_id,
                    answer.channel,
                    answer.outcome,
                    answer.note,
                    answer.group_sms,
                    answer.campaign,
                ),
                on_error=lambda exc: show_error(self, exc),
            )

        self.ctx.ops.read(
            lambda: backend.open_campaigns(member_id), ask, lambda e: show_error(self, e)
        )

    def add_note(self) -> None:
        text = self.note_edit.text().strip()
        if self.member_id is None or not text:
            return
        member_id, backend = self.member_id, self.ctx.backend

        def added(_: object) -> None:
            self.note_edit.clear()

        self.ctx.ops.write(
            lambda: backend.add_note(member_id, text),
            added,
            lambda exc: show_error(self, exc),
        )

    def record_use(self) -> None:
        shown = self.benefits.shown
        if self.member_id is None or shown is None:
            return
        backend = self.ctx.backend
        answer = self.ask_use(
            self,
            shown.member_name,
            shown.standings,
            shown.today,
            backend.language.startswith("zh"),
            backend.is_lead,
        )
        if answer is None:
            return
        member_id = self.member_id
        self.ctx.ops.write(
            lambda: backend.record_benefit_use(
                member_id, answer.code, answer.on, answer.note, answer.exception_reason
            ),
            lambda _: self.reload(),
            lambda exc: show_error(self, exc),
        )

    def _gift(self) -> None:
        if self.member_id is not None and self.request_gift is not None:
            self.request_gift(self.member_id, Occasion.BIRTHDAY)
