"""Request a care gift: occasion and cap pre-filled, amount checked as it is typed."""

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
from vipcrm.services.profile import MemberProfile
from vipcrm.ui.backend import CapInfo, GiftRequestResult
from vipcrm.ui.errors import show_error
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


class GiftRequestDialog(QDialog):
    def __init__(
        self,
        member: str,
        tier: Tier,
        occasion: Occasion,
        cap_for: Callable[[Occasion], CapInfo],
        today: date,
        chinese: bool = True,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Request a gift"))
        self._cap_for = cap_for
        self._chinese = chinese
        self.occasion = QComboBox()
        for o in Occasion:
            self.occasion.addItem(occasion_label(o), o.value)
        self.occasion.setCurrentIndex(self.occasion.findData(occasion.value))
        self.cap_label = QLabel()
        self.amount = QLineEdit()
        self.amount.setPlaceholderText(self.tr("yuan, e.g. 150 or 150.50"))
        self.amount_error = InlineError()
        self.items = QLineEdit()
        self.planned = QDateEdit(qdate(today))
        self.planned.setCalendarPopup(True)
        self.planned.setDisplayFormat("yyyy-MM-dd")
        self.note = QLineEdit()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Request"))
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("Member:"), QLabel(fill(self.tr("%1 (%2)"), member, tier_label(tier))))
        form.addRow(self.tr("&Occasion:"), self.occasion)
        form.addRow(self.tr("Cap:"), self.cap_label)
        form.addRow(self.tr("&Amount (¥):"), self.amount)
        form.addRow("", self.amount_error)
        form.addRow(self.tr("&Gift:"), self.items)
        form.addRow(self.tr("&Planned for:"), self.planned)
        form.addRow(self.tr("N&ote:"), self.note)
        hint = QLabel(
            self.tr(
                "Within the cap and your budget the gift is approved at once; "
                "otherwise it waits for the team lead, with the reason."
            )
        )
        hint.setWordWrap(True)
        hint.setStyleSheet("QLabel { color: #546e7a; }")
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(hint)
        layout.addWidget(buttons)
        self.occasion.currentIndexChanged.connect(self._occasion_changed)
        self._occasion_changed()
        self.amount.setFocus()
        self.amount.selectAll()

    def _occasion_changed(self) -> None:
        cap = self._cap_for(Occasion(self.occasion.currentData()))
        gift = cap.gift_zh if self._chinese else cap.gift_en
        if cap.cap_fen:
            self.cap_label.setText(fill(self.tr("%1 (%2)"), format_money(cap.cap_fen), gift))
            self.amount.setText(_yuan(cap.cap_fen))
            self.items.setText(gift)
        else:
            self.cap_label.setText(
                self.tr("no gift for this tier and occasion (a greeting is logged as a contact)")
            )
            self.amount.clear()
            self.items.clear()

    def value(self) -> GiftInput:
        """The input; raises ValidationError for an amount that is not money."""
        d = self.planned.date()
        return GiftInput(
            occasion=Occasion(self.occasion.currentData()),
            amount_fen=parse_money(self.amount.text()),
            items=self.items.text().strip(),
            planned_on=pydate(d),
            note=self.note.text().strip(),
        )

    def _accept(self) -> None:
        try:
            self.value()
        except ValidationError:
            self.amount_error.show_error(
                self.tr("Not an amount in yuan: e.g. 150 or 150.50, at most two decimals.")
            )
            self.amount.setFocus()
            return
        self.accept()


def ask_gift(
    parent: QWidget | None,
    member: str,
    tier: Tier,
    occasion: Occasion,
    cap_for: Callable[[Occasion], CapInfo],
    today: date,
    chinese: bool,
) -> GiftInput | None:
    dialog = GiftRequestDialog(member, tier, occasion, cap_for, today, chinese, parent)
    return dialog.value() if dialog.exec() == QDialog.DialogCode.Accepted else None


class GiftRequester:
    """Requests a gift for a member (from the member page or a birthday item)."""

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
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
            lambda o: backend.cap(o, profile.tier, today),
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
