"""Churn, retention calls, the team dashboard (figures equal the CLI's), lead-only actions."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from openpyxl import load_workbook
from sqlalchemy import func, select

from tests.conftest import TODAY
from vipcrm.cli import main
from vipcrm.domain.due import DueKind
from vipcrm.domain.errors import PermissionDenied, ValidationError
from vipcrm.domain.values import Channel, GiftStatus, MemberStatus, Occasion, Outcome, Tier
from vipcrm.reports.dashboard_xlsx import COLUMNS, export_dashboard
from vipcrm.services import gifts
from vipcrm.services.assignment import assign_new_members, reassign
from vipcrm.services.budgets import show_team
from vipcrm.services.churn import churn_report
from vipcrm.services.contacts import log_contact
from vipcrm.services.context import resolve_actor
from vipcrm.services.dashboard import team_dashboard
from vipcrm.services.demo import DemoOptions, generate_demo
from vipcrm.services.demo_grading import write_regrading_file
from vipcrm.services.due import due_for
from vipcrm.services.grading import import_grading
from vipcrm.services.review import sla_rate, work_review
from vipcrm.store.db import open_database
from vipcrm.store.models import GradingImport, Member

MONTH = "2026-11"


@pytest.fixture(scope="module")
def club(tmp_path_factory) -> Path:
    """A demo team (lead L01, managers M001..), re-graded for November and assigned."""
    folder = tmp_path_factory.mktemp("club")
    path = folder / "club.db"
    db = open_database(path)
    generate_demo(db, DemoOptions(members=120, today=TODAY))
    with db.reading() as s:
        write_regrading_file(s, folder / "grading.csv", new=6, up=2, down=4, left=3)
    with db.transaction() as s:
        lead = resolve_actor(s, "L01")
        import_grading(s, lead, folder / "grading.csv", month=MONTH, skip_invalid=True)
        assign_new_members(s, lead, month=MONTH, today=TODAY)
    db.dispose()
    return path


@pytest.fixture
def club_db(club, tmp_path):
    """A fresh copy per test (some tests write)."""
    copy = tmp_path / "club.db"
    copy.write_bytes(club.read_bytes())
    database = open_database(copy)
    yield database
    database.dispose()


def cli_json(db_path: Path, *args: str, capsys) -> object:
    assert main(["--db", str(db_path), "--user", "L01", *args]) == 0
    return json.loads(capsys.readouterr().out)


# -- churn -------------------------------------------------------------------------------------
def test_the_leavers_and_the_dropped_tiers_of_the_regrading_show_in_the_churn_report(club_db):
    with club_db.reading() as s:
        report = churn_report(s, resolve_actor(s, "L01"), today=TODAY)
        left = s.scalar(select(func.count()).where(Member.left_month == MONTH))
        rows = s.execute(select(Member.id, Member.joined_month)).all()
    assert report.through == MONTH and report.regrading_month == MONTH
    # the November file's three leavers, after the year the demo's history had before it
    november = [x for x in report.leavers if x.left_month == MONTH]
    assert len(november) == left == 3
    assert len(report.leavers) > 3 and all("2026-01" <= x.left_month for x in report.leavers)
    assert report.leavers[:3] == tuple(november)  # newest first
    assert report.left_in(MONTH) == report.months[-1][1]["all"].left
    # The year's base is the members of January's start: one who joined later and left
    # counts in their month, not in the year to date.
    assert report.ytd["all"].left == sum(
        1 for x in report.leavers if next(r for r in rows if r[0] == x.member_id)[1] < "2026-01"
    )
    assert report.ytd["all"].left <= sum(figs["all"].left for _m, figs in report.months)
    assert report.ytd["all"].target == pytest.approx(0.035 * 11 / 12)
    downs = [a for a in report.at_risk if "tier_down" in a.causes]
    # The file moves 4 members down; one is a key person (a comms manager) whose role
    # keeps the gold tier (§2), so 3 dropped.
    assert len(downs) == 3
    assert all(a.previous_tier is not None and a.previous_tier.rank < a.tier.rank for a in downs)
    assert all(a.due_date == TODAY.replace(day=1) + timedelta(days=7) for a in report.at_risk)


def test_a_later_year_is_refused_and_a_past_year_runs_to_december(club_db):
    with club_db.reading() as s:
        lead = resolve_actor(s, "L01")
        with pytest.raises(ValidationError):
            churn_report(s, lead, year=2027, today=TODAY)
        assert churn_report(s, lead, year=2025, today=TODAY).through == "2025-12"


def test_the_churn_command_prints_the_services_figures(club_db, capsys):
    path = club_db.url.split("///")[-1]
    data = cli_json(Path(path), "churn", "--json", "--on", TODAY.isoformat(), capsys=capsys)
    with club_db.reading() as s:
        report = churn_report(s, resolve_actor(s, "L01"), today=TODAY)
    assert data["year_to_date"]["all"]["left"] == report.ytd["all"].left
    assert data["year_to_date"]["all"]["base"] == report.ytd["all"].base
    assert data["months"][MONTH]["silver"]["left"] == dict(report.months)[MONTH]["silver"].left
    assert len(data["at_risk"]) == len(report.at_risk)
    assert len(data["leavers"]) == len(report.leavers)
    assert sum(1 for x in data["leavers"] if x["left_month"] == MONTH) == 3
    assert main(["--db", path, "--user", "L01", "churn", "--on", TODAY.isoformat()]) == 0
    assert "at risk after the 2026-11 re-grading" in capsys.readouterr().out


# -- retention calls -----------------------------------------------------------------------------
def test_a_retention_call_is_due_for_an_at_risk_member_until_a_reached_call(club_db):
    with club_db.reading() as s:
        report = churn_report(s, resolve_actor(s, "L01"), today=TODAY)
    member = next(a for a in report.at_risk if a.called_on is None)

    def retention_items(code: str):
        with club_db.reading() as s:
            result = due_for(
                s,
                resolve_actor(s, code),
                today=TODAY,
                horizon_days=7,
                kinds={DueKind.RETENTION_CALL},
            )
        return [i for i in result.items if i.member_id == str(member.member_id)]

    (item,) = retention_items(member.manager_code)  # on the manager's own list
    assert item.due_date == member.due_date and item.overdue_days == (TODAY - member.due_date).days
    assert retention_items("L01")  # and on the lead's
    with club_db.transaction() as s:  # an SMS does not answer it
        log_contact(
            s,
            resolve_actor(s, member.manager_code),
            member_ref=member.phone,
            channel=Channel.SMS,
            outcome=Outcome.REACHED,
            at=datetime(2026, 11, 22, 2, 0, tzinfo=UTC),
        )
    assert retention_items(member.manager_code)
    with club_db.transaction() as s:
        log_contact(
            s,
            resolve_actor(s, member.manager_code),
            member_ref=member.phone,
            channel=Channel.PHONE,
            outcome=Outcome.REACHED,
            at=datetime(2026, 11, 22, 3, 0, tzinfo=UTC),
        )
    assert retention_items(member.manager_code) == []
    with club_db.reading() as s:
        after = churn_report(s, resolve_actor(s, "L01"), today=TODAY)
    called = next(a for a in after.at_risk if a.member_id == member.member_id)
    assert called.called_on == TODAY  # still listed, as answered


# -- the dashboard --------------------------------------------------------------------------------
def test_dashboard_figures_match_the_cli(club_db, capsys):
    path = Path(club_db.url.split("///")[-1])
    with club_db.transaction() as s:  # a gift waiting for the lead
        manager = resolve_actor(s, "M001")
        phone = s.scalar(
            select(Member.phone).where(
                Member.manager_id == manager.manager_id,
                Member.tier == Tier.GOLD,
                Member.status == MemberStatus.ACTIVE,
            )
        )
        gifts.request_gift(
            s,
            manager,
            member_ref=phone,
            occasion=Occasion.BIRTHDAY,
            amount_fen=50000,
            today=TODAY,
        )
    with club_db.reading() as s:
        lead = resolve_actor(s, "L01")
        board = team_dashboard(s, lead, today=TODAY)
        review = work_review(s, lead, team="T01", month=MONTH, today=TODAY)
    on = ["--on", TODAY.isoformat()]
    cli = cli_json(path, "dashboard", "--json", *on, capsys=capsys)
    churn = cli_json(path, "churn", "--json", *on, capsys=capsys)
    budget = cli_json(
        path, "budget", "show", "--team", "T01", "--period", MONTH, "--json", capsys=capsys
    )
    pending = cli_json(path, "gift", "list", "--status", "pending", "--json", capsys=capsys)

    assert [m["code"] for m in cli["managers"]] == [m.code for m in board.managers]
    lines = {line["manager_code"]: line for line in budget[0]["managers"]}
    for row, m, r in zip(cli["managers"], board.managers, review.managers, strict=True):
        assert row["book"] == {t.value: r.book[t] for t in Tier}
        assert row["book_size"] == m.book_size == r.book_size
        total = r.total
        assert row["standard"]["due"] == total.due and row["standard"]["done"] == total.done
        assert row["standard"]["rate"] == m.standard_rate == total.rate
        assert row["below_minimum"] == len(r.below_minimum)
        assert row["overdue"] == len(r.overdue)
        assert row["first_contact_sla"]["rate"] == sla_rate(r.first_contact, TODAY)
        assert row["cards_stuck"] == sum(1 for i in r.overdue if i.kind.value.startswith("card_"))
        assert row["gifts_pending"] == sum(1 for g in pending if g["manager_code"] == m.code)
        line = lines[m.code]
        assert row["budget"]["allocated_fen"] == line["allocated_fen"]
        assert row["budget"]["committed_fen"] + row["budget"]["spent_fen"] == (
            line["committed_fen"] + line["spent_fen"]
        )
        assert row["at_risk"] == sum(
            1 for a in churn["at_risk"] if a["manager"] == m.code and a["called_on"] is None
        )
    assert sum(m["gifts_pending"] for m in cli["managers"]) >= 1
    assert cli["churn_year_to_date"] == churn["year_to_date"]
    with club_db.reading() as s:
        teams = show_team(s, resolve_actor(s, "L01"), "T01", MONTH)
    assert board.team_budget == teams[0]

    out = export_dashboard(board, path.parent / "board.xlsx", "en")
    sheet = load_workbook(out).active
    header = [c.value for c in sheet[2]]
    assert header[0] == "Code" and len(header) == len(COLUMNS)
    for excel_row, m in zip(
        sheet.iter_rows(min_row=3, values_only=True), board.managers, strict=True
    ):
        values = dict(zip(COLUMNS, excel_row, strict=True))
        assert values["code"] == m.code
        assert values["book"] == m.book_size and values["overdue"] == m.overdue
        assert values["gifts_pending"] == m.gifts_pending
        assert values["standard_rate"] == pytest.approx(m.standard_rate)
    with pytest.raises(ValidationError) as wrong:
        export_dashboard(board, path.parent / "board.csv", "en")
    assert wrong.value.text.template == "'{path}' should end in .xlsx"
    assert str(wrong.value) == f"out: '{path.parent / 'board.csv'}' should end in .xlsx"


# -- lead-only actions ---------------------------------------------------------------------------
def test_a_manager_is_refused_every_lead_action(club_db, tmp_path):
    with club_db.reading() as s:
        phone = s.scalar(select(Member.phone).where(Member.status == MemberStatus.ACTIVE).limit(1))
    pending = None
    with club_db.reading() as s:
        imports = s.scalar(select(func.count()).select_from(GradingImport))
    with club_db.transaction() as s:
        for g in gifts.list_gifts(s, resolve_actor(s, "L01"), status=GiftStatus.PENDING):
            pending = g.id.hex
    actions = {
        "churn": lambda s, a: churn_report(s, a, team="T01", today=TODAY),
        "dashboard": lambda s, a: team_dashboard(s, a, team="T01", today=TODAY),
        "review": lambda s, a: work_review(s, a, team="T01", month=MONTH, today=TODAY),
        "import": lambda s, a: import_grading(s, a, tmp_path / "none.csv", month="2026-12"),
        "assign": lambda s, a: assign_new_members(s, a, month=MONTH, team="T01", today=TODAY),
        "reassign": lambda s, a: reassign(s, a, member_ref=phone, to="M002", today=TODAY),
    }
    if pending:
        actions["approve"] = lambda s, a: gifts.approve_gift(s, a, pending, comment="ok")
        actions["reject"] = lambda s, a: gifts.reject_gift(s, a, pending, comment="no")
    for name, action in actions.items():
        with club_db.transaction() as s:
            with pytest.raises(PermissionDenied):
                action(s, resolve_actor(s, "M001"))
            assert name
    with club_db.reading() as s:
        assert s.scalar(select(func.count()).select_from(GradingImport)) == imports


def test_the_cli_refuses_lead_figures_to_a_manager(club_db, capsys):
    path = club_db.url.split("///")[-1]
    assert main(["--db", path, "--user", "M001", "churn"]) == 2
    assert "needs the role lead or admin" in capsys.readouterr().err
    assert main(["--db", path, "--user", "M001", "dashboard", "--json"]) == 2


def test_approving_a_gift_needs_a_comment(club_db):
    with club_db.transaction() as s:
        manager = resolve_actor(s, "M002")
        phone = s.scalar(
            select(Member.phone).where(
                Member.manager_id == manager.manager_id, Member.status == MemberStatus.ACTIVE
            )
        )
        gift, _ = gifts.request_gift(
            s,
            manager,
            member_ref=phone,
            occasion=Occasion.FUNERAL,
            amount_fen=90000,
            today=TODAY,
        )
        gift_id = gift.id.hex
    with club_db.transaction() as s, pytest.raises(ValidationError, match="comment"):
        gifts.approve_gift(s, resolve_actor(s, "L01"), gift_id, comment="  ")
