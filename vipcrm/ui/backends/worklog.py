"""What the Work log section asks of the application: a period's log (``work_log``, and
whose: ``log_keepers``, from the shared base), the phone bill's preview and import. No Qt
here (see :mod:`vipcrm.ui.backends.base`)."""

from __future__ import annotations

import uuid
from pathlib import Path

from vipcrm.domain.values import CampaignStatus
from vipcrm.services.campaigns import CampaignRef, list_campaigns
from vipcrm.services.context import Changes
from vipcrm.services.phone_bill import BillResult, Progress, import_bill
from vipcrm.ui.backends.base import ReadsWorkLogs


class WorkLogBackend(ReadsWorkLogs):
    def open_campaigns(self) -> list[tuple[uuid.UUID, str, str]]:
        """(id, code, name) of the open campaigns the actor sees: a bill can be attached to
        one (by its id: two teams may use one code, and an administrator sees both)."""
        with self.db.reading() as s:
            return [
                (c.id, c.code, c.name)
                for c in list_campaigns(s, self.actor)
                if c.status is CampaignStatus.OPEN
            ]

    def preview_bill(
        self,
        path: str | Path,
        progress: Progress | None = None,
        campaign: CampaignRef | None = None,
    ) -> BillResult:
        """What the phone bill would log; nothing is written (a dry run in a read session)."""
        with self.db.reading() as s:
            return import_bill(
                s, self.actor, path, dry_run=True, progress=progress, campaign=campaign
            )[0]

    def import_bill(
        self,
        path: str | Path,
        skip_invalid: bool,
        progress: Progress | None = None,
        campaign: CampaignRef | None = None,
    ) -> tuple[BillResult, Changes]:
        with self.db.transaction() as s:
            return import_bill(
                s,
                self.actor,
                path,
                skip_invalid=skip_invalid,
                progress=progress,
                campaign=campaign,
            )
