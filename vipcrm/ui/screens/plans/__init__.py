"""Plans (服务计划): the month as a calendar, the saved plan on it, the lead's approvals."""

from vipcrm.ui.screens.plans.month_model import MonthModel
from vipcrm.ui.screens.plans.screen import PlansScreen

__all__ = ["MonthModel", "PlansScreen"]
