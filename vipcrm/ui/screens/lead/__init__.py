"""The team lead's workspace (团队): dashboard, approvals, churn and retention, the monthly
re-grading import and assignment. Built only for leads and administrators."""

from vipcrm.ui.screens.lead.screen import LeadScreen

__all__ = ["LeadScreen"]
