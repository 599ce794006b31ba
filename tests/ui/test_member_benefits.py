"""The member page's benefits, driven like a user: entitlements with used and left for the
year, a use recorded from the page, the refusal shown as a sentence, a lead's exception."""

from __future__ import annotations

from datetime import date

from sqlalchemy import select

from tests.ui.conftest import TODAY, actor_for
from vipcrm.domain.values import Tier
from vipcrm.services.benefits import set_benefit
from vipcrm.store.models import BenefitUse, Member
from vipcrm.ui.screens.members.benefits_box import UseInput


def _lounge_row(page) -> list[str]:
    table = page.benefits.table
    for row in range(table.rowCount()):
        if table.item(row, 0).text() == "Airport VIP lounge":
            return [table.item(row, c).text() for c in range(table.columnCount())]
    raise AssertionError("no lounge row")


def test_uses_recorded_from_the_member_page_count_against_the_allowance(
    make_gui, team_db, message_boxes
):
    with team_db.transaction() as s:
        set_benefit(
            s,
            actor_for(team_db, "L001"),
            code="airport_lounge",
            effective_from=date(2026, 1, 1),
            allowances={Tier.GOLD: 1},
        )
        zhang = s.scalar(select(Member.id).where(Member.name == "张伟"))
    gui = make_gui("M001")
    gui.window.open_member(zhang)
    page = gui.screens.members.page
    assert _lounge_row(page) == ["Airport VIP lounge", "1 a year", "0", "1"]
    assert "No yearly limit set" in page.benefits.notes.text()
    asked: list[bool] = []

    def answer(parent, member, standings, today, chinese, lead):
        asked.append(lead)
        return UseInput("airport_lounge", TODAY, "首都机场", "")

    page.ask_use = answer
    page.benefits.use_button.click()
    assert _lounge_row(page) == ["Airport VIP lounge", "1 a year", "1", "0"]
    page.benefits.use_button.click()  # one more: refused with the allowance named
    assert asked == [False, False]
    (box,) = message_boxes
    assert "has used 1 of the 1 a Gold member has from 1/1/2026" in box[1]
    with team_db.reading() as s:
        assert len(list(s.scalars(select(BenefitUse)))) == 1


def test_a_lead_records_an_exception_from_the_page(make_gui, team_db):
    with team_db.transaction() as s:
        wang = s.scalar(select(Member.id).where(Member.name == "王芳"))  # silver
    gui = make_gui("L001")
    gui.window.open_member(wang)
    page = gui.screens.members.page
    page.ask_use = lambda parent, member, standings, today, chinese, lead: UseInput(
        "priority_10086", TODAY, "", "投诉处理" if lead else ""
    )
    page.benefits.use_button.click()
    table = page.benefits.table
    texts = [[table.item(r, c).text() for c in range(4)] for r in range(table.rowCount())]
    assert ["Priority 10086 line", "not for this tier", "1 (1 by exception)", "—"] in texts
