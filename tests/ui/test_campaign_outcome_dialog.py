"""Outcomes where the contact is logged (issue 25): logging a call for a member an open
campaign targets offers the campaign's results, from Today and from the member page, and
records the outcome with the attempt; a result but unreachable needs the attempt reached."""

from __future__ import annotations

import uuid
from datetime import date

import pytest
from sqlalchemy import select

from tests.ui.conftest import TODAY
from tests.ui.test_today_and_members import select_item
from vipcrm.domain.due import DueKind
from vipcrm.domain.errors import ValidationError
from vipcrm.domain.values import CampaignKind, CampaignResult, Channel, Outcome, Tier
from vipcrm.services.campaigns import NewCampaign, add_campaign, campaign_progress
from vipcrm.services.context import resolve_actor
from vipcrm.store.models import ContactAttempt
from vipcrm.ui.backends.base import CampaignAnswer
from vipcrm.ui.log_dialog import LogContactDialog

END = date(2026, 11, 27)


def add(db, code: str, kind: CampaignKind, tiers: tuple[Tier, ...]) -> None:
    with db.transaction() as s:
        actor = resolve_actor(s, "L001")
        s.info["actor"] = actor
        add_campaign(
            s,
            actor,
            NewCampaign(
                code=code, name="春节回馈", kind=kind, starts_on=TODAY, ends_on=END, tiers=tiers
            ),
            today=TODAY,
        )


def progress(db, code: str):
    with db.reading() as s:
        return campaign_progress(s, resolve_actor(s, "L001"), code, today=TODAY)


def choose(dialog: LogContactDialog, outcome: Outcome) -> None:
    for button in dialog.outcomes.buttons():
        if button.property("outcome") == outcome.value:
            button.setChecked(True)


def enabled_results(dialog: LogContactDialog) -> set[str]:
    model = dialog.result_combo.model()
    return {
        dialog.result_combo.itemData(r)
        for r in range(dialog.result_combo.count())
        if dialog.result_combo.itemData(r) is not None and model.item(r).isEnabled()
    }


def test_a_reached_call_records_the_campaigns_result_from_today(make_gui, team_db, job_errors):
    add(team_db, "SF", CampaignKind.MARKETING, (Tier.GOLD,))  # 张伟 (M001)
    gui = make_gui("M001")
    today = gui.screens.today
    today.refresh()
    offered = []

    def ask(parent, member, channel, campaigns=()):
        dialog = LogContactDialog(member, channel, parent, campaigns)
        offered.append([c.code for c in campaigns])
        # Not reached: only "unreachable" may be recorded.
        choose(dialog, Outcome.NO_ANSWER)
        assert enabled_results(dialog) == {CampaignResult.UNREACHABLE.value}
        choose(dialog, Outcome.REACHED)
        assert enabled_results(dialog) == {
            r.value
            for r in (
                CampaignResult.INTERESTED,
                CampaignResult.ACCEPTED,
                CampaignResult.DECLINED,
                CampaignResult.UNREACHABLE,
            )
        }
        assert not dialog.score.isEnabled()  # a marketing campaign has no score
        dialog.result_combo.setCurrentIndex(
            dialog.result_combo.findData(CampaignResult.ACCEPTED.value)
        )
        dialog.campaign_note.setText("下周办理")
        answer = dialog.value()
        dialog.deleteLater()
        return answer

    today.ask_contact = ask
    select_item(today, "张伟", DueKind.CAMPAIGN_CONTACT)
    today.log_current(Channel.PHONE)
    assert job_errors == []
    assert offered == [["SF"]]
    p = progress(team_db, "SF")
    (row,) = p.targets
    assert (row.result, row.note, row.outcomes) == (CampaignResult.ACCEPTED, "下周办理", 1)
    # The outcome closes the member's campaign item.
    today.refresh()
    with pytest.raises(AssertionError):
        select_item(today, "张伟", DueKind.CAMPAIGN_CONTACT)


def test_a_survey_score_is_recorded_from_the_member_page(make_gui, team_db, job_errors):
    add(team_db, "CSAT", CampaignKind.SURVEY, (Tier.DIAMOND,))  # 李娜 (M001)
    gui = make_gui("M001")
    page = gui.screens.members.page

    def ask(parent, member, channel, campaigns=()):
        dialog = LogContactDialog(member, channel, parent, campaigns)
        choose(dialog, Outcome.REACHED)
        dialog.result_combo.setCurrentIndex(
            dialog.result_combo.findData(CampaignResult.ANSWERED.value)
        )
        assert dialog.score.isEnabled()
        dialog.score.setValue(4)
        dialog.campaign_note.setText("服务很好")
        answer = dialog.value()
        dialog.deleteLater()
        return answer

    page.ask_contact = ask
    with team_db.reading() as s:
        from vipcrm.services.members import find_visible_member

        member_id = find_visible_member(s, resolve_actor(s, "M001"), "13900139001").id
    page.log_for(member_id, "李娜", Channel.PHONE)
    assert job_errors == []
    p = progress(team_db, "CSAT")
    assert (p.overall.results["answered"], p.overall.average_score) == (1, 4.0)
    assert (p.targets[0].score, p.targets[0].note) == (4, "服务很好")


def test_a_member_in_no_campaign_is_asked_as_before(make_gui, team_db):
    add(team_db, "SF", CampaignKind.MARKETING, (Tier.GOLD,))
    gui = make_gui("M001")
    dialog = LogContactDialog("李娜", Channel.PHONE, gui.window)
    assert dialog.campaign_answer() is None
    assert not dialog.result_combo.isVisibleTo(dialog)
    asked = []
    page = gui.screens.members.page
    page.ask_contact = lambda parent, member, channel, campaigns: asked.append(campaigns)
    with team_db.reading() as s:
        from vipcrm.services.members import find_visible_member

        member_id = find_visible_member(s, resolve_actor(s, "M001"), "13900139001").id
    page.log_for(member_id, "李娜", Channel.PHONE)
    assert asked == [[]]  # 李娜 is in no campaign: the dialog as before


def test_an_accepted_result_on_an_unanswered_call_writes_nothing(make_gui, team_db):
    add(team_db, "SF", CampaignKind.MARKETING, (Tier.GOLD,))
    gui = make_gui("M001")
    backend = gui.screens.today.ctx.backend
    (campaign,) = backend.open_campaigns(
        next(i.member_id for i in backend.due().items if i.member_name == "张伟")
    )
    member_id = next(i.member_id for i in backend.due().items if i.member_name == "张伟")
    with pytest.raises(ValidationError, match="reached"):
        backend.log_contact(
            member_id,
            Channel.PHONE,
            Outcome.NO_ANSWER,
            campaign=CampaignAnswer(campaign.code, CampaignResult.ACCEPTED),
        )
    assert progress(team_db, "SF").targets[0].outcomes == 0
    with team_db.reading() as s:  # nor the attempt
        attempts = s.scalars(
            select(ContactAttempt).where(ContactAttempt.member_id == uuid.UUID(str(member_id)))
        ).all()
    assert len(attempts) == 1  # the fixture's call on 20 November only
