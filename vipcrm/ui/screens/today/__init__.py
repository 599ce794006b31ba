"""Today (今日): what is overdue, due today and due in the next seven days."""

from vipcrm.ui.screens.today.screen import TodayScreen

__all__ = ["TodayScreen"]
