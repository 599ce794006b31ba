"""Labels people read for the domain's stable values (translated)."""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication

from vipcrm.domain.values import Role, Tier


def tier_label(tier: Tier) -> str:
    labels = {
        Tier.DIAMOND: QCoreApplication.translate("Labels", "Diamond"),
        Tier.GOLD: QCoreApplication.translate("Labels", "Gold"),
        Tier.SILVER: QCoreApplication.translate("Labels", "Silver"),
    }
    return labels[tier]


def role_label(role: Role | None) -> str:
    labels = {
        Role.MANAGER: QCoreApplication.translate("Labels", "account manager"),
        Role.LEAD: QCoreApplication.translate("Labels", "team lead"),
        Role.ADMIN: QCoreApplication.translate("Labels", "administrator"),
    }
    if role is None:
        return QCoreApplication.translate("Labels", "not in this database")
    return labels[role]


def format_mobile(phone: str) -> str:
    """138 0013 8000: the grouping people read a Chinese mobile number in."""
    if len(phone) == 11 and phone.isdigit():
        return f"{phone[:3]} {phone[3:7]} {phone[7:]}"
    return phone


def fill(template: str, *values: object) -> str:
    """QString.arg for Python: %1, %2 ... replaced in one pass (values may contain '%2')."""
    return re.sub(
        r"%(\d)",
        lambda m: (
            str(values[int(m.group(1)) - 1]) if 0 < int(m.group(1)) <= len(values) else m.group(0)
        ),
        template,
    )
