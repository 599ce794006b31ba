"""What the Team section asks of the application (leads and admins). No Qt here.

Like every section's backend (:mod:`vipcrm.ui.backends.base`: the database, the acting
user, today and the language, so a change of user applies here too): each method opens
one short session and returns plain values; previews run in a read session that is
rolled back, so they never write. The services refuse a manager whatever the window
shows.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from sqlalchemy.orm import Session

from vipcrm.domain.errors import Message, ValidationError, msg
from vipcrm.domain.values import GiftStatus, Role
from vipcrm.services import campaigns as campaign_service
from vipcrm.services import gifts
from vipcrm.services.assignment import (
    AssignmentResult,
    Waiting,
    assign_new_members,
    reassign,
    unassigned_members,
)
from vipcrm.services.calendar import (
    CalendarImport,
    YearView,
    calendar_changes,
    calendar_year,
    import_calendar,
)
from vipcrm.services.churn import ChurnReport, churn_report
from vipcrm.services.context import Changes
from vipcrm.services.dashboard import Dashboard, team_dashboard
from vipcrm.services.directory import ManagerInfo, TeamRow, list_managers, team_rows
from vipcrm.services.grading import (
    GradingResult,
    ImportSummary,
    MonthMember,
    import_grading,
    latest_import,
    latest_import_month,
    month_members,
)
from vipcrm.services.grading import Progress as GradingProgress
from vipcrm.services.grading_undo import UndoResult, undo_import
from vipcrm.services.members import visible_manager_ids
from vipcrm.services.saved_plans import PlanSummary
from vipcrm.services.team_trends import TeamTrends, team_trends
from vipcrm.services.worklog import WorkLog, work_log
from vipcrm.store.bulk import gc_paused
from vipcrm.store.db import Database
from vipcrm.ui.backends.base import DecidesGifts, ReadsMembers, local_today


class LeadBackend(DecidesGifts, ReadsMembers):
    """The gift decisions and a member's timeline come from the shared base."""

    def __init__(
        self, db: Database, today: Callable[[], date] = local_today, language: str = "zh_CN"
    ) -> None:
        super().__init__(db, today, language)
        self.team: str | None = None  # the team an administrator chose; None: the lead's own

    # --- figures -----------------------------------------------------------------------

    # The figures are built with the collector paused (a team's year of contacts is
    # hundreds of thousands of small objects: full passes of 0.2-0.5 s on the worker,
    # holding the interpreter lock, stalled the window; docs/benchmarks.md, issue 22).

    def dashboard(self) -> Dashboard:
        with self.db.reading() as s, gc_paused():
            return team_dashboard(s, self.actor, team=self.team, today=self.today())

    def churn(self, year: int | None = None) -> ChurnReport:
        with self.db.reading() as s, gc_paused():
            return churn_report(s, self.actor, team=self.team, year=year, today=self.today())

    def trends(self) -> TeamTrends:
        """The four series the Trends tab draws (slow at team scale: call it on the runner)."""
        with self.db.reading() as s:
            return team_trends(s, self.actor, team=self.team, today=self.today())

    def export_dashboard(self, dashboard: Dashboard, path: str | Path) -> Path:
        """The dashboard as a workbook with the lead's charts (slow: through the runner)."""
        from vipcrm.reports.dashboard_xlsx import export_dashboard
        from vipcrm.services.team_trends import team_trends

        with self.db.reading() as s:
            trends = team_trends(s, self.actor, team=dashboard.team_code, today=dashboard.today)
        return export_dashboard(dashboard, path, self.language, trends)

    def print_review(self, month: str, out: str | Path) -> Path:
        """The month's work-log review as a PDF (slow: call it through the runner)."""
        from vipcrm.reports.printing import print_review

        Path(out).parent.mkdir(parents=True, exist_ok=True)
        with self.db.reading() as s:
            team = self.team_code(s)
            return print_review(
                s, self.actor, team=team, month=month, out=out, lang=self.language
            ).path

    def team_code(self, session: Session) -> str:
        from vipcrm.store.models import Team

        if self.team is not None:
            return self.team
        team = session.get(Team, self.actor.team_id) if self.actor.team_id else None
        if team is None:
            raise ValidationError("team", msg("the review is printed for a lead's own team"))
        code: str = team.code
        return code

    # --- campaigns (活动推广 · 满意度回访) ----------------------------------------------------

    def teams(self) -> list[TeamRow]:
        """The teams an administrator's Campaigns tab can be narrowed to."""
        with self.db.reading() as s:
            return team_rows(s)

    def campaigns(self, team: str | None = None) -> list[campaign_service.Progress]:
        """Every campaign the lead sees, newest first, each with its progress today. An
        administrator's: with ``team`` what that team's lead sees (its campaigns and those
        for every team, its members' progress), else every team's."""
        today = self.today()
        with self.db.reading() as s:
            actor = campaign_service.team_view(s, self.actor, team)
            return [
                campaign_service.campaign_progress(s, actor, row.id, today=today)
                for row in campaign_service.list_campaigns(s, actor)
            ]

    def add_campaign(
        self, new: campaign_service.NewCampaign, team: str | None = None
    ) -> tuple[str, Changes]:
        """Add the campaign and its targets; the service's error names the field at fault.
        An administrator's is for ``team`` (its members), or with None for every team."""
        with self.db.transaction() as s:
            campaign, changes = campaign_service.add_campaign(
                s, self.actor, new, today=self.today(), team=team
            )
            code: str = campaign.code
            return code, changes

    def edit_campaign(
        self, ref: campaign_service.CampaignRef, edit: campaign_service.CampaignEdit
    ) -> tuple[Message | None, Changes]:
        """Change an open campaign's steps and end (its id); the service's error names the
        field at fault, and nothing is written. With the changes: the one line telling the
        lead which saved plans not yet approved keep the campaign's items on their old
        days (None: none do, or nothing changed)."""
        with self.db.transaction() as s:
            campaign, changes = campaign_service.edit_campaign(
                s, self.actor, ref, edit, today=self.today()
            )
            kept = campaign_service.plans_keeping_old_days(s, campaign) if changes.contacts else []
            return campaign_service.kept_plans_notice(kept, campaign.code), changes

    def close_campaign(self, ref: campaign_service.CampaignRef) -> Changes:
        """Close the campaign (its id: two teams may share a code)."""
        with self.db.transaction() as s:
            return campaign_service.close_campaign(s, self.actor, ref)

    # --- drill-down (read-only) ----------------------------------------------------------

    def work_log(self, manager_code: str, start: date, end: date) -> WorkLog:
        with self.db.reading() as s:
            return work_log(s, self.actor, start=start, end=end, manager_code=manager_code)

    # --- approvals -----------------------------------------------------------------------

    def pending_gifts(self) -> list[gifts.GiftRow]:
        return self.gifts(GiftStatus.PENDING)

    def submitted_plans(self) -> list[PlanSummary]:
        """Plans waiting for the lead (decided on the Plans screen, bound to their version)."""
        from vipcrm.services.saved_plans import plans_to_approve

        with self.db.reading() as s:
            return plans_to_approve(s, self.actor)

    # --- the monthly re-grading ------------------------------------------------------------

    def latest_import_month(self) -> str | None:
        with self.db.reading() as s:
            return latest_import_month(s)

    def preview_import(
        self, path: str | Path, month: str, progress: GradingProgress | None = None
    ) -> GradingResult:
        """What the file would do; nothing is written (dry run in a rolled-back session)."""
        with self.db.reading() as s:
            result, _ = import_grading(
                s, self.actor, path, month=month, dry_run=True, progress=progress
            )
            return result

    def run_import(
        self,
        path: str | Path,
        month: str,
        skip_invalid: bool,
        accept_leavers: int | None,
        progress: GradingProgress | None = None,
    ) -> tuple[GradingResult, Changes]:
        with self.db.transaction() as s:
            return import_grading(
                s,
                self.actor,
                path,
                month=month,
                skip_invalid=skip_invalid,
                accept_leavers=accept_leavers,
                progress=progress,
            )

    def latest_import(self) -> ImportSummary | None:
        with self.db.reading() as s:
            return latest_import(s)

    def month_members(self, month: str) -> list[MonthMember]:
        with self.db.reading() as s:
            return month_members(s, month)

    def preview_undo(self, month: str) -> UndoResult:
        """What undoing the month's import would do; nothing is written."""
        with self.db.reading() as s:
            result, _ = undo_import(s, self.actor, month=month, dry_run=True)
            return result

    def undo(
        self, month: str, progress: GradingProgress | None = None
    ) -> tuple[UndoResult, Changes]:
        with self.db.transaction() as s:
            return undo_import(s, self.actor, month=month, progress=progress)

    def unassigned(self, month: str) -> Waiting:
        """Members nobody serves yet (``earlier``: joined before ``month``)."""
        with self.db.reading() as s:
            return unassigned_members(s, month)

    def preview_assignment(self, month: str | None) -> AssignmentResult:
        """``month`` None: every unassigned member, whichever month they joined."""
        with self.db.reading() as s:
            result, _ = assign_new_members(
                s, self.actor, month=month, today=self.today(), team=self.team, dry_run=True
            )
            return result

    def assign(self, month: str | None) -> tuple[AssignmentResult, Changes]:
        with self.db.transaction() as s:
            return assign_new_members(
                s, self.actor, month=month, today=self.today(), team=self.team
            )

    def team_managers(self) -> list[ManagerInfo]:
        """The account managers a lead may give members to."""
        with self.db.reading() as s:
            visible = visible_manager_ids(s, self.actor)
            return [
                m
                for m in list_managers(s)
                if m.role == Role.MANAGER.value and (visible is None or m.id in visible)
            ]

    def reassign(self, member_ref: str, to: str) -> Changes:
        with self.db.transaction() as s:
            return reassign(s, self.actor, member_ref=member_ref, to=to, today=self.today())

    # --- the working-day calendar ------------------------------------------------------------

    def calendar_years(self, years: list[int]) -> list[YearView]:
        """Where each year's working days come from (official, imported, provisional)."""
        with self.db.reading() as s:
            return [calendar_year(s, y) for y in years]

    def preview_calendar(self, path: str | Path) -> CalendarImport:
        """What importing the file would do; nothing is written."""
        with self.db.reading() as s:
            return import_calendar(s, self.actor, path, dry_run=True)

    def import_calendar(self, path: str | Path) -> tuple[CalendarImport, Changes]:
        """Import the official schedule: synced to every laptop of the team; every deadline
        and plan computed from the calendar follows."""
        with self.db.transaction() as s:
            return import_calendar(s, self.actor, path), calendar_changes()
