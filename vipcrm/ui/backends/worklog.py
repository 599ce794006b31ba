"""What the Work log section asks of the application: a period's log (``work_log``, and
whose: ``log_keepers``, from the shared base), the phone bill's preview and import. No Qt
here (see :mod:`vipcrm.ui.backends.base`)."""

from __future__ import annotations

from pathlib import Path

from vipcrm.services.context import Changes
from vipcrm.services.phone_bill import BillResult, Progress, import_bill
from vipcrm.ui.backends.base import ReadsWorkLogs


class WorkLogBackend(ReadsWorkLogs):
    def preview_bill(self, path: str | Path, progress: Progress | None = None) -> BillResult:
        """What the phone bill would log; nothing is written (a dry run in a read session)."""
        with self.db.reading() as s:
            return import_bill(s, self.actor, path, dry_run=True, progress=progress)[0]

    def import_bill(
        self, path: str | Path, skip_invalid: bool, progress: Progress | None = None
    ) -> tuple[BillResult, Changes]:
        with self.db.transaction() as s:
            return import_bill(s, self.actor, path, skip_invalid=skip_invalid, progress=progress)
