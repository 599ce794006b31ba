"""The work log (工作日志): one's own contacts by day or week, and the phone-bill import."""

from vipcrm.ui.screens.worklog.screen import WorkLogModel, WorkLogScreen

__all__ = ["WorkLogModel", "WorkLogScreen"]
