"""A campaign step the central store refused (two laptops edited the campaign at once: one
moved the end, the other a step) reads as a sentence in the window's language, naming the
campaign and what to do, not as the store's CHECK text (issue 25's closing note)."""

from __future__ import annotations

import json
import re
from datetime import date

import pytest

from tests.ui.conftest import TODAY
from vipcrm.domain.values import CampaignKind, Tier
from vipcrm.services.campaigns import NewCampaign, add_campaign
from vipcrm.services.context import resolve_actor
from vipcrm.store.models import Campaign, OutboxEntry
from vipcrm.ui.conflicts_dialog import R_MEMBER, R_REASON, R_WHAT, RefusalsDialog
from vipcrm.ui.sync_backend import SyncBackend

END = date(2026, 11, 27)
STEP = date(2026, 12, 4)  # fine before the other laptop moved the end to 27 November
STORE_TEXT = 'new row for relation "campaigns" violates check constraint "ck_campaigns_gold_due_on"'


def _refused_step(db, result: dict) -> None:
    """The campaign as the central store holds it, and this laptop's refused step change."""
    with db.transaction() as s:
        s.info["no_outbox"] = True
        new = NewCampaign(
            code="SF",
            name="春节回馈",
            kind=CampaignKind.MARKETING,
            starts_on=TODAY,
            ends_on=END,
            tiers=(Tier.GOLD,),
        )
        campaign, _ = add_campaign(s, resolve_actor(s, "L001"), new, today=TODAY)
        s.add(
            OutboxEntry(
                table_name="campaigns",
                row_id=campaign.id,
                op="update",
                payload={"changes": {"gold_due_on": STEP.isoformat()}, "base": {}},
                sent_at=campaign.created_at,
                result=json.dumps({"status": "refused", **result}),
            )
        )
        assert s.get(Campaign, campaign.id) is not None


@pytest.mark.parametrize(
    "result",
    [
        # what the central store answers now: a code with the tier and the step sent
        {
            "reason": "the gold step falls outside ...",
            "why": "campaign_step_outside_period",
            "params": {"tier": "gold", "step": STEP.isoformat()},
        },
        # refused before the code existed: only the store's text, naming its CHECK
        {"reason": STORE_TEXT},
    ],
    ids=["coded", "older"],
)
def test_the_refused_step_reads_in_chinese_naming_the_campaign(team_db, qtbot, language, result):
    _refused_step(team_db, result)
    dialog = RefusalsDialog(SyncBackend(team_db), ops=None)  # type: ignore[arg-type]
    qtbot.addWidget(dialog)
    dialog.show_rows(dialog.backend.refusals())
    reason = dialog.model.item(0, R_REASON).text()
    assert "constraint" not in reason and "due_on" not in reason
    assert reason.startswith("活动 SF 春节回馈：金卡节点 2026/12/4 未保存"), reason
    assert "2026/11/22 – 2026/11/27" in reason and "请先同步，再重新设置节点" in reason
    assert re.search(r"[A-Za-z]{3,}", reason.replace("SF", "")) is None, reason
    assert dialog.model.item(0, R_WHAT).text() == "修改活动"
    assert dialog.model.item(0, R_MEMBER).text() == ""  # a campaign is no member's


def test_the_command_line_reads_the_same_sentence_in_english(team_db):
    from vipcrm.sync.engine import refusals

    _refused_step(team_db, {"reason": STORE_TEXT})
    (refused,) = refusals(team_db)
    assert str(refused.reason) == (
        "campaign SF 春节回馈: the gold step 2026-12-04 was not saved: after an edit on "
        "another laptop it falls outside the campaign's period (2026-11-22 – 2026-11-27); "
        "sync, then set the step again (Edit steps)"
    )


EARLIER = date(2026, 11, 25)  # this laptop's new end, before the step set on the other
STEP_THERE = date(2026, 11, 26)  # the gold step the other laptop set (the central row's)


def _refused_end(db, result: dict) -> None:
    """The central row holds the gold step the other laptop set first; this laptop's move
    of the end before that step is what the central store refused."""
    with db.transaction() as s:
        s.info["no_outbox"] = True
        new = NewCampaign(
            code="SF",
            name="春节回馈",
            kind=CampaignKind.MARKETING,
            starts_on=TODAY,
            ends_on=END,
            tiers=(Tier.GOLD,),
            steps=((Tier.GOLD, STEP_THERE),),
        )
        campaign, _ = add_campaign(s, resolve_actor(s, "L001"), new, today=TODAY)
        s.add(
            OutboxEntry(
                table_name="campaigns",
                row_id=campaign.id,
                op="update",
                payload={"changes": {"ends_on": EARLIER.isoformat()}, "base": {}},
                sent_at=campaign.created_at,
                result=json.dumps({"status": "refused", **result}),
            )
        )


@pytest.mark.parametrize(
    "result",
    [
        # the central store's code: no step in this change (it moved the end)
        {
            "reason": "the gold step  falls outside ...",
            "why": "campaign_step_outside_period",
            "params": {"tier": "gold", "step": ""},
        },
        {"reason": STORE_TEXT},
    ],
    ids=["coded", "older"],
)
def test_a_refused_end_says_the_end_was_not_saved_not_a_step(team_db, qtbot, language, result):
    """The other laptop's step went first; this laptop's earlier end is what was refused:
    the sentence names the end that was not saved and the step it would cut off, not an
    empty step."""
    _refused_end(team_db, result)
    dialog = RefusalsDialog(SyncBackend(team_db), ops=None)  # type: ignore[arg-type]
    qtbot.addWidget(dialog)
    dialog.show_rows(dialog.backend.refusals())
    reason = dialog.model.item(0, R_REASON).text()
    assert reason.startswith("活动 SF 春节回馈：新的结束日期 2026/11/25 未保存"), reason
    assert "金卡节点设为 2026/11/26" in reason and "节点  未保存" not in reason
    assert re.search(r"[A-Za-z]{3,}", reason.replace("SF", "")) is None, reason
    from vipcrm.sync.engine import refusals

    (refused,) = refusals(team_db)
    assert str(refused.reason) == (
        "campaign SF 春节回馈: the new end 2026-11-25 was not saved: after an edit on another "
        "laptop the gold step 2026-11-26 falls after it; sync, then move the step earlier "
        "and the end again (Edit steps)"
    )
