"""Gifts: deliver and cancel from the Gifts section (the meter follows); cards: start one,
and the board's last column shows the cards received in the last 30 days."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from sqlalchemy import select

from tests.ui.conftest import TODAY
from vipcrm.domain.values import CardState, GiftStatus, Occasion
from vipcrm.services import budgets, gifts
from vipcrm.services.cards import record_card_step, start_card
from vipcrm.services.context import resolve_actor
from vipcrm.store.models import Budget, Card, Gift
from vipcrm.ui.screens.base import Section
from vipcrm.ui.screens.cards.start_dialog import StartCardDialog, StartInput
from vipcrm.ui.screens.gifts.close_dialogs import Delivery

# --- gifts ------------------------------------------------------------------------------


def gift_setup(db) -> None:
    """M001 has ¥500 for November: an approved ¥100 gift for 张伟, a pending ¥200 for 李娜."""
    with db.transaction() as s:
        lead = resolve_actor(s, "L001")
        budgets.set_team_budget(s, lead, team="T1", period="2026-11", amount_fen=100000)
        budgets.set_manager_budget(s, lead, manager="M001", period="2026-11", amount_fen=50000)
        m001 = resolve_actor(s, "M001")
        for phone, amount in (("13800138000", 10000), ("13900139001", 20000)):
            # gold 张伟 ¥100: within the cap; diamond 李娜 ¥200: over her ¥150 cap, waits
            gifts.request_gift(
                s,
                m001,
                member_ref=phone,
                occasion=Occasion.BIRTHDAY,
                amount_fen=amount,
                today=TODAY,
            )


def budget_of(db) -> tuple[int, int]:
    with db.reading() as s:
        b = s.scalar(
            select(Budget).where(Budget.period == "2026-11", Budget.manager_id.is_not(None))
        )
        return b.committed_fen, b.spent_fen


def select_gift(screen, name: str):
    model = screen.model
    row = next(r for r in range(model.rowCount()) if model.gift(r).member_name == name)
    screen.table.setCurrentIndex(model.index(row, 0))
    return model.gift(row)


def test_deliver_moves_the_amount_from_committed_to_spent(make_gui, team_db, qtbot):
    gift_setup(team_db)
    gui = make_gui("M001")
    screen = gui.window.show_section(Section.GIFTS)
    assert budget_of(team_db) == (10000, 0)
    assert "spent ¥0.00" in screen.meter.figures.text()
    assert "committed ¥100.00" in screen.meter.figures.text()

    select_gift(screen, "李娜")  # pending: cannot be delivered, may be cancelled
    assert not screen.deliver_button.isEnabled() and not screen.deliver_action.isEnabled()
    assert "waits for the lead" in screen.deliver_button.toolTip()
    assert screen.cancel_button.isEnabled()

    gift = select_gift(screen, "张伟")
    assert screen.deliver_button.isEnabled() and screen.cancel_button.isEnabled()
    assert "Ctrl+D" in screen.deliver_button.toolTip()
    asked = {}

    def ask(parent, g, today):
        asked.update(gift=g.id, today=today)
        return Delivery(date(2026, 11, 21), "上门送达", "本人签收")

    screen.ask_delivery = ask
    screen.table.setFocus()
    qtbot.keyClick(screen.table, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    assert asked == {"gift": gift.id, "today": TODAY}  # the date defaults to today
    assert budget_of(team_db) == (0, 10000)
    with team_db.reading() as s:
        row = s.get(Gift, gift.id)
        assert (row.status, row.delivered_on, row.delivered_how) == (
            GiftStatus.DELIVERED,
            date(2026, 11, 21),
            "上门送达",
        )
    # the meter and the list re-read: spent moved, the gift stays selected and is closed
    assert "spent ¥100.00" in screen.meter.figures.text()
    assert "committed ¥0.00" in screen.meter.figures.text()
    assert screen.current_gift().status is GiftStatus.DELIVERED
    assert not screen.deliver_button.isEnabled() and not screen.cancel_button.isEnabled()
    assert "Delivered already, on 11/21/2026" in screen.deliver_button.toolTip()
    assert "11/21/2026" in gui.window.statusBar().currentMessage()


def test_cancel_frees_the_committed_amount_and_keeps_the_reason(make_gui, team_db):
    gift_setup(team_db)
    gui = make_gui("M001")
    screen = gui.window.show_section(Section.GIFTS)
    gift = select_gift(screen, "张伟")
    screen.ask_cancel = lambda parent, g: "会员出国，改期"
    screen.cancel_button.click()
    assert budget_of(team_db) == (0, 0)
    with team_db.reading() as s:
        row = s.get(Gift, gift.id)
        assert row.status is GiftStatus.CANCELLED and "会员出国，改期" in row.note
    assert "committed ¥0.00" in screen.meter.figures.text()
    assert "left ¥500.00" in screen.meter.figures.text()
    assert "Only a waiting or approved gift" in screen.cancel_button.toolTip()
    again = select_gift(screen, "张伟")
    assert screen.model.reason_text(again) == "cancelled: 会员出国，改期"  # the list says why

    # a pending gift never committed anything: cancelling it leaves the budget alone
    select_gift(screen, "李娜")
    screen.cancel_action.trigger()
    assert budget_of(team_db) == (0, 0)
    with team_db.reading() as s:
        statuses = sorted(s.scalars(select(Gift.status)), key=lambda v: v.value)
    assert statuses == [GiftStatus.CANCELLED, GiftStatus.CANCELLED]


def test_a_dismissed_dialog_changes_nothing_and_no_selection_says_why(make_gui, team_db):
    gift_setup(team_db)
    gui = make_gui("M001")
    screen = gui.window.show_section(Section.GIFTS)
    assert not screen.deliver_button.isEnabled()
    assert screen.deliver_button.toolTip() == "Select a gift first."
    select_gift(screen, "张伟")
    screen.ask_delivery = lambda *a: None
    screen.deliver_button.click()
    assert budget_of(team_db) == (10000, 0)


# --- cards ------------------------------------------------------------------------------


def test_start_a_card_puts_it_in_the_first_column(make_gui, team_db):
    gui = make_gui("M001")
    board = gui.window.show_section(Section.CARDS)
    assert board.all_cards() == []
    seen = {}

    def ask(parent, starters, today):
        seen["names"] = [s.name for s in starters]
        zhang = next(s for s in starters if s.name == "张伟")
        return StartInput(zhang.member_id, zhang.name, False, today, "资料已收")

    board.ask_start = ask
    board.start_button.click()
    assert sorted(seen["names"]) == ["张伟", "李娜"]  # M001's book, none with a card yet
    cards = board.all_cards()
    assert [(c.member_name, c.state) for c in cards] == [("张伟", CardState.DATA_COLLECTED)]
    assert board.models[CardState.DATA_COLLECTED].rowCount() == 1
    assert board.counts[CardState.DATA_COLLECTED].text() == "1"
    assert "张伟: new card started." in gui.window.statusBar().currentMessage()

    # 张伟 has a card on its way now: he is no longer offered
    board.ask_start = lambda parent, starters, today: seen.update(again=[s.name for s in starters])
    board.start_action.trigger()
    assert seen["again"] == ["李娜"]


def test_a_refused_start_shows_the_services_message(make_gui, team_db, message_boxes):
    gui = make_gui("M001")
    board = gui.window.show_section(Section.CARDS)
    chosen = {}

    def ask(parent, starters, today):  # the list was read before another window started one
        zhang = next(s for s in starters if s.name == "张伟")
        chosen["id"] = zhang.member_id
        with team_db.transaction() as s:
            start_card(s, resolve_actor(s, "M001"), "13800138000", TODAY)
        return StartInput(zhang.member_id, zhang.name, True, today)

    board.ask_start = ask
    board.start_button.click()
    assert "already has a card on its way" in board.last_start_error
    assert message_boxes and message_boxes[-1] == ("warning", board.last_start_error)
    with team_db.reading() as s:
        assert len(s.scalars(select(Card)).all()) == 1  # the refused start wrote nothing


def test_a_re_made_card_starts_at_arrived(make_gui, team_db):
    gui = make_gui("M001")
    board = gui.window.show_section(Section.CARDS)
    board.ask_start = lambda parent, starters, today: StartInput(
        starters[0].member_id, starters[0].name, True, today
    )
    board.start_button.click()
    assert [c.state for c in board.all_cards()] == [CardState.ARRIVED]


def receive(db, phone: str, started: date, received: date) -> None:
    with db.transaction() as s:
        actor = resolve_actor(s, "M001")
        start_card(s, actor, phone, started, remake=True)
        for step, on in (("notified", started), ("mailed", started), ("received", received)):
            record_card_step(s, actor, member_ref=phone, step=step, on=on)


def test_the_last_column_shows_cards_received_in_the_last_30_days(make_gui, team_db):
    receive(team_db, "13800138000", date(2026, 11, 1), date(2026, 11, 10))  # 12 days ago
    receive(team_db, "13900139001", date(2026, 9, 1), date(2026, 9, 20))  # two months ago
    gui = make_gui("M001")
    board = gui.window.show_section(Section.CARDS)
    received = board.models[CardState.RECEIVED]
    assert [c.member_name for c in received.cards()] == ["张伟"]
    assert received.followup_text(received.card(0)) == "received 11/10/2026"
    assert board.counts[CardState.RECEIVED].text() == "1"
    board.select(received.card(0))
    assert not board.step_button.isEnabled()
    assert "confirmed received on 11/10/2026" in board.hint.text()
    assert not board.empty.isHidden()  # the hint still says that none is on its way


def test_the_start_dialog_suggests_a_re_made_card_for_a_member_who_had_one(qtbot, team_db):
    receive(team_db, "13800138000", date(2026, 11, 1), date(2026, 11, 10))
    from vipcrm.services.cards import card_starters

    with team_db.reading() as s:
        starters = card_starters(s, resolve_actor(s, "M001"))
    dialog = StartCardDialog(starters, TODAY)
    qtbot.addWidget(dialog)
    assert dialog.chosen() is None and dialog.new_card.isChecked()
    dialog._accept()
    assert dialog.member_error.text() == "Choose a member from the list."
    zhang = next(i for i, s in enumerate(starters) if s.name == "张伟")
    dialog.member.setCurrentIndex(zhang)
    assert dialog.remake.isChecked()  # 张伟 had a card: a new one is a re-made card
    value = dialog.value()
    assert (value.member_name, value.remake, value.on) == ("张伟", True, TODAY)
