"""SMS texts from templates: ``{member}``, ``{manager}`` and ``{phone}`` (the manager's).

A template per purpose; each can be edited in the settings (an empty setting means the
built-in text, which follows the interface language).
"""

from __future__ import annotations

import string
from enum import StrEnum

from PySide6.QtCore import QCoreApplication

from vipcrm.domain.due import DueKind
from vipcrm.ui.settings import AppSettings

PLACEHOLDERS = ("member", "manager", "phone")


class SmsPurpose(StrEnum):
    ROUTINE = "routine"
    FIRST_CONTACT = "first_contact"
    BIRTHDAY = "birthday"
    HOLIDAY = "holiday"
    CARD = "card"


PURPOSE_BY_KIND = {
    DueKind.FIRST_CONTACT: SmsPurpose.FIRST_CONTACT,
    DueKind.FIRST_CALL: SmsPurpose.FIRST_CONTACT,
    DueKind.EXPLAIN_SMS: SmsPurpose.FIRST_CONTACT,
    DueKind.UNREACHABLE_RETRY: SmsPurpose.FIRST_CONTACT,
    DueKind.BIRTHDAY_GREETING: SmsPurpose.BIRTHDAY,
    DueKind.BIRTHDAY_GIFT: SmsPurpose.BIRTHDAY,
    DueKind.HOLIDAY_GREETING: SmsPurpose.HOLIDAY,
    DueKind.CARD_DATA: SmsPurpose.CARD,
    DueKind.CARD_NOTIFY: SmsPurpose.CARD,
    DueKind.CARD_RECEIPT_CHECK: SmsPurpose.CARD,
    DueKind.CARD_PICKUP_REMINDER: SmsPurpose.CARD,
    DueKind.CARD_DELIVERY: SmsPurpose.CARD,
}

_SETTING = {
    SmsPurpose.ROUTINE: "sms_routine",
    SmsPurpose.FIRST_CONTACT: "sms_first_contact",
    SmsPurpose.BIRTHDAY: "sms_birthday",
    SmsPurpose.HOLIDAY: "sms_holiday",
    SmsPurpose.CARD: "sms_card",
}


def purpose_label(purpose: SmsPurpose) -> str:
    return {
        SmsPurpose.ROUTINE: QCoreApplication.translate("Sms", "Weekly / routine"),
        SmsPurpose.FIRST_CONTACT: QCoreApplication.translate("Sms", "First contact"),
        SmsPurpose.BIRTHDAY: QCoreApplication.translate("Sms", "Birthday"),
        SmsPurpose.HOLIDAY: QCoreApplication.translate("Sms", "Holiday greeting"),
        SmsPurpose.CARD: QCoreApplication.translate("Sms", "Membership card"),
    }[purpose]


def default_template(purpose: SmsPurpose) -> str:
    return {
        SmsPurpose.ROUTINE: QCoreApplication.translate(
            "Sms",
            "Dear {member}, this is {manager}, your VIP account manager. If there is anything "
            "I can do for you, call me on {phone}.",
        ),
        SmsPurpose.FIRST_CONTACT: QCoreApplication.translate(
            "Sms",
            "Dear {member}, welcome to the VIP club. I am {manager}, your account manager; "
            "I will call you shortly to explain your benefits. My number: {phone}.",
        ),
        SmsPurpose.BIRTHDAY: QCoreApplication.translate(
            "Sms",
            "Dear {member}, happy birthday! Best wishes from {manager}, your VIP account "
            "manager ({phone}).",
        ),
        SmsPurpose.HOLIDAY: QCoreApplication.translate(
            "Sms",
            "Dear {member}, season's greetings and best wishes to you and your family. "
            "{manager}, your VIP account manager ({phone}).",
        ),
        SmsPurpose.CARD: QCoreApplication.translate(
            "Sms",
            "Dear {member}, your VIP membership card is ready. Please tell {manager} how you "
            "would like to receive it: call {phone}.",
        ),
    }[purpose]


def template_for(settings: AppSettings, purpose: SmsPurpose) -> str:
    return getattr(settings, _SETTING[purpose]) or default_template(purpose)


def set_template(settings: AppSettings, purpose: SmsPurpose, text: str) -> None:
    value = "" if text.strip() == default_template(purpose).strip() else text
    setattr(settings, _SETTING[purpose], value)


def check_template(text: str) -> str | None:
    """None when ``text`` is a usable template, else what is wrong (translated)."""
    try:
        names = {name for _, name, _, _ in string.Formatter().parse(text) if name is not None}
    except ValueError:
        return QCoreApplication.translate(
            "Sms", "Unbalanced braces: write {member}, {manager} or {phone}."
        )
    unknown = sorted(n for n in names if n not in PLACEHOLDERS)
    if unknown:
        return QCoreApplication.translate(
            "Sms", "Unknown placeholder {%1}: use {member}, {manager} or {phone}."
        ).replace("%1", unknown[0])
    return None


def fill_sms(template: str, *, member: str, manager: str, phone: str) -> str:
    """The text to send; a broken template is returned with only the known names filled."""
    values = {"member": member, "manager": manager, "phone": phone}
    try:
        return template.format(**values)
    except (KeyError, ValueError, IndexError):
        out = template
        for key, value in values.items():
            out = out.replace("{" + key + "}", value)
        return out
