"""Members (会员): the searchable list and the member page."""

from vipcrm.ui.screens.members.screen import MembersScreen

__all__ = ["MembersScreen"]
