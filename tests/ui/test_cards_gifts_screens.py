"""The card board refuses invalid moves naming the allowed ones; gifts over cap wait."""

from __future__ import annotations

from datetime import date

from sqlalchemy import select

from tests.ui.conftest import TODAY
from vipcrm.domain.values import CardState, GiftStatus, Occasion
from vipcrm.services import budgets
from vipcrm.services.cards import start_card
from vipcrm.services.context import resolve_actor
from vipcrm.store.models import Card, CardStep, Member
from vipcrm.ui.screens.base import Section
from vipcrm.ui.screens.cards.step_dialog import StepInput
from vipcrm.ui.screens.gifts.gifts_model import GCol
from vipcrm.ui.screens.gifts.request_dialog import GiftInput


def card_for(db, phone="13800138000", on=date(2026, 11, 20)):
    with db.transaction() as s:
        start_card(s, resolve_actor(s, "M001"), phone, on)


def test_card_move_is_refused_naming_the_allowed_steps(make_gui, team_db, message_boxes):
    card_for(team_db)
    gui = make_gui("M001")
    board = gui.window.show_section(Section.CARDS)
    cards = board.all_cards()
    assert [(c.member_name, c.state) for c in cards] == [("张伟", CardState.DATA_COLLECTED)]
    assert board.models[CardState.DATA_COLLECTED].rowCount() == 1
    card = cards[0]
    board.select(card)
    board.ask_step = lambda parent, c, today, step: StepInput("mailed", TODAY)
    board.record_step()
    assert "Allowed next: sent to the card maker" in board.last_refusal
    assert message_boxes and message_boxes[-1][1] == board.last_refusal
    with team_db.reading() as s:
        assert s.scalar(select(Card.state)) is CardState.DATA_COLLECTED
        assert len(s.scalars(select(CardStep)).all()) == 1  # nothing written

    # dropping the card on the next column records the step that leads there
    board.ask_step = lambda parent, c, today, step: StepInput(step, TODAY, note="送制卡中心")
    board._dropped(str(card.card_id), CardState.DATA_SENT)
    with team_db.reading() as s:
        assert s.scalar(select(Card.state)) is CardState.DATA_SENT
    assert [c.state for c in board.all_cards()] == [CardState.DATA_SENT]  # the board reloaded


def test_card_followup_is_shown_on_the_card(make_gui, team_db):
    card_for(team_db, on=date(2026, 11, 20))
    gui = make_gui("M001")
    board = gui.window.show_section(Section.CARDS)
    model = board.models[CardState.DATA_COLLECTED]
    # card data collected Friday 20 Nov: send within 1 working day -> Monday 23 Nov
    assert model.followup_text(model.card(0)) == "follow up by 11/23/2026"  # the locale date


def with_budget(db):
    with db.transaction() as s:
        lead = resolve_actor(s, "L001")
        budgets.set_team_budget(s, lead, team="T1", period="2026-11", amount_fen=100000)
        budgets.set_manager_budget(s, lead, manager="M001", period="2026-11", amount_fen=50000)


def test_a_gift_over_its_cap_shows_pending_and_the_lead_approves(make_gui, team_db):
    with_budget(team_db)
    with team_db.reading() as s:
        zhang = s.scalar(select(Member.id).where(Member.name == "张伟"))  # gold: cap ¥100
    gui = make_gui("M001")
    requester = gui.gift_requester
    seen = {}

    def ask(parent, member, tier, occasion, terms_for, today, chinese):
        seen["cap"] = terms_for(occasion, today).cap.cap_fen
        seen["occasion"] = occasion
        return GiftInput(Occasion.BIRTHDAY, 15000, "书籍+鲜花", TODAY)

    requester.ask = ask
    gui.window.open_member(zhang)
    gui.screens.members.page.gift_button.click()
    assert seen == {"cap": 10000, "occasion": Occasion.BIRTHDAY}  # pre-filled from the cap
    assert requester.last_result.status is GiftStatus.PENDING
    assert (
        "waiting for the team lead (over cap by ¥50.00)" in gui.window.statusBar().currentMessage()
    )

    gifts = gui.window.show_section(Section.GIFTS)
    model = gifts.model
    row = next(r for r in range(model.rowCount()) if model.gift(r).member_name == "张伟")
    assert model.index(row, GCol.STATUS).data() == "Waiting for the lead"
    assert model.index(row, GCol.REASON).data() == "over cap by ¥50.00"
    assert not gifts.approve_button.isVisible()  # a manager does not decide
    assert "Allocated ¥500.00" in gifts.meter.figures.text()

    lead = make_gui("L001")
    screen = lead.window.show_section(Section.GIFTS)
    assert screen.approve_button.isVisibleTo(screen)
    row = next(
        r for r in range(screen.model.rowCount()) if screen.model.gift(r).member_name == "张伟"
    )
    screen.table.setCurrentIndex(screen.model.index(row, 0))
    screen.ask_comment = lambda parent, title, prompt: "生日当天送达"
    screen.approve_button.click()
    row = next(
        r for r in range(screen.model.rowCount()) if screen.model.gift(r).member_name == "张伟"
    )
    assert screen.model.gift(row).status is GiftStatus.APPROVED
    assert "(team reserve ¥500.00)" in screen.meter.figures.text()


def test_a_gift_within_cap_is_approved_at_once(make_gui, team_db):
    with_budget(team_db)
    gui = make_gui("M001")
    requester = gui.gift_requester
    requester.ask = lambda *a: GiftInput(Occasion.BIRTHDAY, 10000, "书籍+鲜花", TODAY)
    with team_db.reading() as s:
        zhang = s.scalar(select(Member.id).where(Member.name == "张伟"))
    requester(zhang, Occasion.BIRTHDAY)
    assert requester.last_result.status is GiftStatus.APPROVED
    assert "approved at once" in gui.window.statusBar().currentMessage()
