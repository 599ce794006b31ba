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


def test_an_admins_campaign_counts_only_the_teams_members_in_dashboard_and_review(
    team,  # noqa: F811
    tmp_path,
):
    """Two teams; the administrator's campaign for every team targets their gold members
    (金一 of T1's M1, 金四 of T2's M3). T1's lead — and T1's dashboard and review, whoever
    looks — count T1's member only; the administrator's list of every team's counts both."""
    from tests.reports.pdfcheck import pdf_text
    from vipcrm.reports.printing import print_review
    from vipcrm.services.campaigns import list_campaigns

    add(team, user="A", code="ALL", name="全区回馈", tiers=(Tier.GOLD,))
    contact(team, "M3", "13800000004")
    outcome(team, "M3", "13800000004", CampaignResult.ACCEPTED, code="ALL")  # T2's work
    with team.reading() as s:
        lead, admin = resolve_actor(s, "L1"), resolve_actor(s, "A")
        for who in (lead, admin):
            (p,) = team_dashboard(s, who, team="T1", today=MID).campaigns
            assert (p.campaign.code, p.campaign.targeted, p.overall.targeted) == ("ALL", 1, 1)
            assert set(p.by_manager) == {"M1"} and p.overall.results == {}
        assert [r.targeted for r in list_campaigns(s, lead)] == [1]
        assert [r.targeted for r in list_campaigns(s, admin)] == [2]  # every team's
        printed = [
            print_review(
                s,
                who,
                team="T1",
                month="2026-10",
                out=tmp_path / f"{who.code}.pdf",
                lang="en",
                today=MID,
            )
            for who in (lead, admin)
        ]
    board = team_dashboard_rows(team, "L1")
    assert [(r[0], r[5], r[6]) for r in board] == [
        ("ALL", "All", 1),
        ("ALL", "M1", 1),
        ("ALL", "Gold", 1),
    ]
    for review in printed:
        text = " ".join(pdf_text(review.path).split())
        assert "ALL 全区回馈 · Marketing 10-12 – 10-23 1 0 0 0 —" in text
        assert "Accepted 0" in text and "Accepted 1" not in text  # T2's outcome left out


def team_dashboard_rows(db, user: str) -> list[list[object]]:
    from vipcrm.reports.dashboard_xlsx import campaign_rows

    with db.reading() as s:
        return campaign_rows(team_dashboard(s, resolve_actor(s, user), today=MID), "en")
