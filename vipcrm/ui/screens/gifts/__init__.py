"""Gifts (礼品): requests and their status, the budget meter, the lead's approvals."""

from vipcrm.ui.screens.gifts.screen import GiftsScreen

__all__ = ["GiftsScreen"]
