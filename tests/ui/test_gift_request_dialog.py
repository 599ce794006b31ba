"""The gift dialog says what a request will do before the click: the cap and the budget left
are shown, and as the amount is typed, "approved at once" or "will need the lead's approval
(over the cap by ¥50.00)"; an amount it refuses is said in full under the field and goes as
soon as the amount is corrected (issue 20, point 2)."""

from __future__ import annotations

from PySide6.QtTest import QTest
from sqlalchemy import select

from tests.ui.conftest import TODAY
from tests.ui.test_cards_gifts_screens import with_budget
from vipcrm.domain.values import GiftStatus
from vipcrm.store.models import Member
from vipcrm.ui.screens.gifts.request_dialog import GiftRequestDialog


def type_amount(dialog: GiftRequestDialog, text: str) -> None:
    dialog.amount.selectAll()
    QTest.keyClicks(dialog.amount, text)


def fully_shown(label) -> bool:
    """The label is as tall as its text needs at its width, inside its window."""
    window = label.window()
    bottom = label.mapTo(window, label.rect().bottomLeft()).y()
    return label.height() >= label.heightForWidth(label.width()) and bottom < window.height()


def test_the_dialog_says_cap_budget_and_outcome_as_the_amount_is_typed(
    make_gui, team_db, job_errors, message_boxes
):
    with_budget(team_db)  # M001 has ¥500 for November
    with team_db.reading() as s:
        zhang = s.scalar(select(Member.id).where(Member.name == "张伟"))  # gold: cap ¥100
    gui = make_gui("M001")
    seen = {}

    def ask(parent, member, tier, occasion, terms_for, today, chinese):
        dialog = GiftRequestDialog(member, tier, occasion, terms_for, today, chinese, parent)
        dialog.show()
        seen["cap"] = dialog.cap_label.text()
        seen["budget"] = dialog.budget_label.text()
        note = dialog.amount_note
        assert note.text() == "Within the cap and the budget: approved at once."  # the cap
        type_amount(dialog, "-5")
        assert not note.isVisible()  # not while a first amount is typed
        dialog.button_box.button(dialog.button_box.StandardButton.Ok).click()
        assert dialog.isVisible()  # refused
        assert (
            note.isVisible() and note.text() == "amount: '-5' is negative; amounts are zero or more"
        )
        assert fully_shown(note)
        type_amount(dialog, "abc")  # once shown, the error follows the typing
        assert "'abc' is not an amount in yuan" in note.text() and fully_shown(note)
        type_amount(dialog, "80")  # corrected: the error goes, the outcome shows
        assert note.text() == "Within the cap and the budget: approved at once."
        assert fully_shown(note)
        type_amount(dialog, "150")
        assert note.text() == "Will need the lead's approval (over the cap by ¥50.00)."
        assert fully_shown(note)
        type_amount(dialog, "600")
        seen["both"] = note.text()  # two lines
        assert fully_shown(note)
        type_amount(dialog, "150")
        answer = dialog.value()
        dialog.close()
        return answer

    gui.gift_requester.ask = ask
    gui.window.open_member(zhang)
    gui.screens.members.page.gift_button.click()
    assert seen["cap"].startswith("¥100.00")
    assert seen["budget"] == "¥500.00 (2026-11)"
    assert seen["both"] == (
        "Will need the lead's approval (over the cap by ¥500.00; over the budget left by ¥100.00)."
    )
    result = gui.gift_requester.last_result  # what the dialog said is what happened
    assert result.status is GiftStatus.PENDING and result.over_cap_fen == 5000
    assert result.over_budget_fen == 0
    assert job_errors == [] and message_boxes == []


def test_the_budget_left_follows_the_planned_day(make_gui, team_db):
    with_budget(team_db)  # November only
    with team_db.reading() as s:
        zhang = s.scalar(select(Member.id).where(Member.name == "张伟"))
    gui = make_gui("M001")
    texts = []

    def ask(parent, member, tier, occasion, terms_for, today, chinese):
        dialog = GiftRequestDialog(member, tier, occasion, terms_for, today, chinese, parent)
        texts.append((dialog.budget_label.text(), dialog.amount_note.text()))
        dialog.planned.setDate(dialog.planned.date().addMonths(1))  # December: no budget
        texts.append((dialog.budget_label.text(), dialog.amount_note.text()))
        return None

    gui.gift_requester.ask = ask
    gui.window.open_member(zhang)
    gui.screens.members.page.gift_button.click()
    assert TODAY.month == 11
    assert texts == [
        ("¥500.00 (2026-11)", "Within the cap and the budget: approved at once."),
        (
            "no budget line for the planned day",
            "Will need the lead's approval (over the budget left by ¥100.00).",
        ),
    ]
