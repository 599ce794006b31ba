"""A campaign's progress in the lead's dashboard workbook (issue 25): a Campaigns sheet,
per campaign the whole of it, each manager and each tier, every result in its column."""

from __future__ import annotations

from openpyxl import load_workbook

from tests.services.test_campaigns import MID, add, contact, outcome, team  # noqa: F401
from vipcrm.domain.values import CampaignKind, CampaignResult, Tier
from vipcrm.reports.dashboard_xlsx import CAMPAIGN_COLUMNS, export_dashboard
from vipcrm.services.context import resolve_actor
from vipcrm.services.dashboard import team_dashboard


def test_the_dashboard_workbook_has_the_campaigns_progress(team, tmp_path):  # noqa: F811
    add(team, tiers=(Tier.GOLD, Tier.DIAMOND))  # SF: 金一 (M1), 钻二 (M2)
    add(team, code="SAT", kind=CampaignKind.SURVEY, tiers=(Tier.DIAMOND,))
    contact(team, "M1", "13800000001")
    outcome(team, "M1", "13800000001", CampaignResult.ACCEPTED)
    contact(team, "M2", "13800000002")
    outcome(team, "M2", "13800000002", None, score=4, code="SAT")
    with team.reading() as s:
        board = team_dashboard(s, resolve_actor(s, "L1"), today=MID)
    assert [p.campaign.code for p in board.campaigns] == ["SAT", "SF"]

    out = export_dashboard(board, tmp_path / "board.xlsx", "en")
    sheet = load_workbook(out)["Campaigns"]
    header = [c.value for c in sheet[2]]
    assert header[: len(CAMPAIGN_COLUMNS)][:2] == ["Campaign", "Name"]
    assert header[-1] == "Average score" and "Accepted" in header and "Answered" in header
    rows = [dict(zip(header, r, strict=True)) for r in sheet.iter_rows(min_row=3, values_only=True)]
    sf = {r["Manager / tier"]: r for r in rows if r["Campaign"] == "SF"}
    assert list(sf) == ["All", "M1", "M2", "Diamond", "Gold"]
    assert (sf["All"]["Targeted"], sf["All"]["Reached"], sf["All"]["Accepted"]) == (2, 2, 1)
    assert sf["M1"]["Accepted"] == 1 and sf["M2"]["Accepted"] == 0
    assert sf["All"]["Answered"] is None  # a marketing campaign records no answer
    sat = {r["Manager / tier"]: r for r in rows if r["Campaign"] == "SAT"}
    assert (sat["All"]["Answered"], sat["All"]["Average score"]) == (1, 4)
    assert sat["All"]["Kind"] == "Satisfaction survey"

    zh = load_workbook(export_dashboard(board, tmp_path / "zh.xlsx", "zh_CN"))
    assert "活动" in zh.sheetnames


def test_the_monthly_review_prints_the_campaigns_of_the_month(team, tmp_path):  # noqa: F811
    from tests.reports.pdfcheck import pdf_text
    from vipcrm.reports.printing import print_review

    add(team, tiers=(Tier.GOLD, Tier.DIAMOND))  # 12-23 October
    contact(team, "M1", "13800000001")
    outcome(team, "M1", "13800000001", CampaignResult.ACCEPTED)
    with team.reading() as s:
        lead = resolve_actor(s, "L1")
        october = print_review(
            s, lead, team="T1", month="2026-10", out=tmp_path / "oct.pdf", lang="en", today=MID
        )
        september = print_review(
            s, lead, team="T1", month="2026-09", out=tmp_path / "sep.pdf", lang="en", today=MID
        )
    text = " ".join(pdf_text(october.path).split())
    assert "Campaigns and satisfaction call-backs" in text
    assert "SF 春节回馈" in text and "Marketing" in text and "Accepted 1" in text
    assert "Campaigns and satisfaction" not in pdf_text(september.path)  # none ran then
