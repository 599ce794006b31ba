"""Request a care gift: occasion and cap pre-filled; the cap, the budget left and what the
request will do shown as the amount is typed."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from vipcrm.domain.errors import ValidationError
from vipcrm.domain.money import parse_money
from vipcrm.domain.values import GiftStatus, Occasion, Tier
from vipcrm.services.gifts import GiftTerms, check_amount
from vipcrm.services.profile import MemberProfile
from vipcrm.ui.backends.gifts import GiftRequestResult, GiftsBackend
from vipcrm.ui.errors import error_text, show_error
from vipcrm.ui.labels import fill, format_money, occasion_label, pydate, qdate, tier_label
from vipcrm.ui.screens.base import UiContext
from vipcrm.ui.widgets import InlineError


@dataclass(frozen=True)
class GiftInput:
    occasion: Occasion
    amount_fen: int
    items: str
    planned_on: date
    note: str = ""


def _yuan(fen: int) -> str:
    return f"{fen // 100}" if fen % 100 == 0 else f"{fen / 100:.2f}"


#: The cap and the budget left for the dialog's member: (occasion, planned day) -> terms.
TermsFor = Callable[[Occasion, date], GiftTerms]

NOTE_OK, NOTE_WAIT = "#1b5e20", "#7a4f01"  # approved at once; waits for the lead


class GiftRequestDialog(QDialog):
    """Occasion, amount, gift, date. As the amount is typed the dialog says what the request
    will do: approved at once, or waiting for the lead and why (over the cap or the budget
    left, by how much) — the same terms ``request_gift`` decides with."""

    def __init__(
        self,
        member: str,
        tier: Tier,
        occasion: Occasion,
        terms_for: TermsFor,
        today: date,
        chinese: bool = True,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Request a gift"))
        self._terms_for = terms_for
        self._chinese = chinese
        self.terms: GiftTerms | None = None
        self._error_shown = False  # the amount was refused on Request
        self.occasion = QComboBox()
        for o in Occasion:
            self.occasion.addItem(occasion_label(o), o.value)
        self.occasion.setCurrentIndex(self.occasion.findData(occasion.value))
        self.cap_label = QLabel()
        self.budget_label = QLabel()
        self.amount = QLineEdit()
        self.amount.setPlaceholderText(self.tr("yuan, e.g. 150 or 150.50"))
        # under the amount: what is wrong with it, else what the request will do
        self.amount_note = InlineError()
        self.items = QLineEdit()
        self.planned = QDateEdit(qdate(today))
        self.planned.setCalendarPopup(True)
        self.planned.setDisplayFormat("yyyy-MM-dd")
        self.note = QLineEdit()
        self.button_box = buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Request"))
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("Member:"), QLabel(fill(self.tr("%1 (%2)"), member, tier_label(tier))))
        form.addRow(self.tr("&Occasion:"), self.occasion)
        form.addRow(self.tr("&Planned for:"), self.planned)
        form.addRow(self.tr("Cap:"), self.cap_label)
        form.addRow(self.tr("Budget left:"), self.budget_label)
        amount_box = QVBoxLayout()
        amount_box.addWidget(self.amount)
        amount_box.addWidget(self.amount_note)
        amount_label = QLabel(self.tr("&Amount (¥):"))
        amount_label.setBuddy(self.amount)
        form.addRow(amount_label, amount_box)
        form.addRow(self.tr("&Gift:"), self.items)
        form.addRow(self.tr("N&ote:"), self.note)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 60)
        self.occasion.currentIndexChanged.connect(self._occasion_changed)
        self.planned.dateChanged.connect(self._terms_changed)
        self.amount.textChanged.connect(self._amount_changed)
        self._occasion_changed()
        self.amount.setFocus()
        self.amount.selectAll()

    def _occasion_changed(self) -> None:
        self._terms_changed()
        assert self.terms is not None
        cap = self.terms.cap
        if cap.cap_fen:
            self.amount.setText(_yuan(cap.cap_fen))
            self.items.setText(cap.gift_zh if self._chinese else cap.gift_en)
        else:
            self.amount.clear()
            self.items.clear()

    def _terms_changed(self) -> None:
        self.terms = terms = self._terms_for(
            Occasion(self.occasion.currentData()), pydate(self.planned.date())
        )
        cap = terms.cap
        if cap.cap_fen:
            gift = cap.gift_zh if self._chinese else cap.gift_en
            self.cap_label.setText(fill(self.tr("%1 (%2)"), format_money(cap.cap_fen), gift))
        else:
            self.cap_label.setText(
                self.tr("no gift for this tier and occasion (a greeting is logged as a contact)")
            )
        if terms.budget_period is None:
            self.budget_label.setText(self.tr("no budget line for the planned day"))
        else:
            self.budget_label.setText(
                fill(self.tr("%1 (%2)"), format_money(terms.budget_left_fen), terms.budget_period)
            )
        self._amount_changed()

    def _amount_fen(self) -> int:
        """The amount typed, in fen; a ValidationError (the service's sentence) if it is not
        one a gift can cost."""
        fen = parse_money(self.amount.text())
        check_amount(fen)
        return fen

    def _amount_changed(self) -> None:
        try:
            fen = self._amount_fen()
        except ValidationError as exc:
            if self._error_shown:  # once shown, the error follows the typing
                self.amount_note.show_error(error_text(exc))
            else:
                self.amount_note.show_error(None)
            return
        self._error_shown = False
        assert self.terms is not None
        over_cap, over_budget = self.terms.over(fen)
        reasons = []
        if over_cap:
            reasons.append(fill(self.tr("over the cap by %1"), format_money(over_cap)))
        if over_budget:
            reasons.append(fill(self.tr("over the budget left by %1"), format_money(over_budget)))
        if reasons:
            text = fill(self.tr("Will need the lead's approval (%1)."), self.tr("; ").join(reasons))
            self.amount_note.show_note(text, NOTE_WAIT)
        else:
            text = self.tr("Within the cap and the budget: approved at once.")
            self.amount_note.show_note(text, NOTE_OK)

    def value(self) -> GiftInput:
        """The input; raises ValidationError for an amount that is not money."""
        d = self.planned.date()
        return GiftInput(
            occasion=Occasion(self.occasion.currentData()),
            amount_fen=self._amount_fen(),
            items=self.items.text().strip(),
            planned_on=pydate(d),
            note=self.note.text().strip(),
        )

    def _accept(self) -> None:
        try:
            self.value()
        except ValidationError as exc:
            self._error_shown = True
            self.amount_note.show_error(error_text(exc))
            self.amount.setFocus()
            return
        self.accept()


def ask_gift(
    parent: QWidget | None,
    member: str,
    tier: Tier,
    occasion: Occasion,
    terms_for: TermsFor,
    today: date,
    chinese: bool,
) -> GiftInput | None:
    dialog = GiftRequestDialog(member, tier, occasion, terms_for, today, chinese, parent)
    return dialog.value() if dialog.exec() == QDialog.DialogCode.Accepted else None


class GiftRequester:
    """Requests a gift for a member (from the member page or a birthday item)."""

    def __init__(self, ctx: UiContext[GiftsBackend], parent: QWidget | None = None) -> None:
        self.ctx = ctx
        self.parent = parent
        self.ask = ask_gift  # replaced in tests
        self.last_result: GiftRequestResult | None = None
        self.on_result: Callable[[str], None] | None = None

    def __call__(self, member_id: uuid.UUID, occasion: Occasion) -> None:
        backend = self.ctx.backend
        self.ctx.ops.read(
            lambda: (backend.profile(member_id), backend.today()),
            lambda found: self._ask(member_id, occasion, *found),
            on_error=lambda exc: show_error(self.parent, exc),
        )

    def _ask(
        self, member_id: uuid.UUID, occasion: Occasion, profile: MemberProfile, today: date
    ) -> None:
        backend = self.ctx.backend
        if profile.group_name and occasion is Occasion.BIRTHDAY:
            occasion = Occasion.KEY_PERSON_BIRTHDAY
        answer = self.ask(
            self.parent,
            profile.name,
            profile.tier,
            occasion,
            lambda o, day: backend.gift_terms(member_id, o, day),
            today,
            backend.language.startswith("zh"),
        )
        if answer is None:
            return
        self.ctx.ops.write(
            lambda: backend.request_gift(
                member_id,
                answer.occasion,
                answer.amount_fen,
                items=answer.items,
                planned_on=answer.planned_on,
                note=answer.note,
            ),
            lambda result: self._done(profile.name, result),
            lambda exc: show_error(self.parent, exc),
        )

    def _done(self, name: str, result: GiftRequestResult) -> None:
        from PySide6.QtCore import QCoreApplication

        self.last_result = result
        if result.status is GiftStatus.APPROVED:
            text = fill(
                QCoreApplication.translate("GiftRequester", "Gift for %1 approved at once."), name
            )
        else:
            reasons = []
            if result.over_cap_fen:
                reasons.append(
                    fill(
                        QCoreApplication.translate("GiftRequester", "over cap by %1"),
                        format_money(result.over_cap_fen),
                    )
                )
            if result.over_budget_fen:
                reasons.append(
                    fill(
                        QCoreApplication.translate("GiftRequester", "over budget by %1"),
                        format_money(result.over_budget_fen),
                    )
                )
            text = fill(
                QCoreApplication.translate(
                    "GiftRequester", "Gift for %1 is waiting for the team lead (%2)."
                ),
                name,
                QCoreApplication.translate("GiftRequester", "; ").join(reasons),
            )
        if self.on_result is not None:
            self.on_result(text)
