"""Tier colours shared by every list (diamond blue, gold amber, silver grey)."""

from __future__ import annotations

from PySide6.QtGui import QColor

from vipcrm.domain.values import Tier

TIER_BACKGROUND = {
    Tier.DIAMOND: QColor("#e4e7fb"),
    Tier.GOLD: QColor("#fcefc7"),
    Tier.SILVER: QColor("#eceff1"),
}
TIER_FOREGROUND = {
    Tier.DIAMOND: QColor("#283593"),
    Tier.GOLD: QColor("#7a4f01"),
    Tier.SILVER: QColor("#455a64"),
}
OVERDUE_COLOUR = QColor("#b71c1c")
