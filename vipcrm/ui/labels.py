"""Labels people read for the domain's stable values (translated)."""

from __future__ import annotations

import re
from datetime import date

from PySide6.QtCore import QCoreApplication

from vipcrm.domain.values import (
    CardState,
    Channel,
    GiftStatus,
    KeyRole,
    MemberStatus,
    Occasion,
    Outcome,
    Role,
    Tier,
    TierChange,
)


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


def channel_label(channel: Channel) -> str:
    return {
        Channel.PHONE: QCoreApplication.translate("Labels", "Phone call"),
        Channel.SMS: QCoreApplication.translate("Labels", "SMS"),
        Channel.VISIT: QCoreApplication.translate("Labels", "Visit"),
        Channel.MEETING: QCoreApplication.translate("Labels", "Face to face"),
        Channel.WECHAT: QCoreApplication.translate("Labels", "WeChat"),
    }[channel]


def outcome_label(outcome: Outcome) -> str:
    return {
        Outcome.REACHED: QCoreApplication.translate("Labels", "Reached"),
        Outcome.NO_ANSWER: QCoreApplication.translate("Labels", "No answer"),
        Outcome.PHONE_OFF: QCoreApplication.translate("Labels", "Phone off"),
        Outcome.FORWARDED: QCoreApplication.translate("Labels", "Forwarded"),
        Outcome.REFUSED: QCoreApplication.translate("Labels", "Refused"),
        Outcome.WRONG_NUMBER: QCoreApplication.translate("Labels", "Wrong number"),
    }[outcome]


def status_label(status: MemberStatus) -> str:
    return {
        MemberStatus.ACTIVE: QCoreApplication.translate("Labels", "Active"),
        MemberStatus.LEFT: QCoreApplication.translate("Labels", "Left the club"),
    }[status]


def card_state_label(state: CardState) -> str:
    return {
        CardState.DATA_COLLECTED: QCoreApplication.translate("Labels", "Data collected"),
        CardState.DATA_SENT: QCoreApplication.translate("Labels", "Sent to card maker"),
        CardState.ARRIVED: QCoreApplication.translate("Labels", "Card arrived"),
        CardState.NOTIFIED: QCoreApplication.translate("Labels", "Member notified"),
        CardState.MAILED: QCoreApplication.translate("Labels", "Mailed"),
        CardState.AWAITING_PICKUP: QCoreApplication.translate("Labels", "Awaiting pick-up"),
        CardState.DOOR_AGREED: QCoreApplication.translate("Labels", "Hand delivery agreed"),
        CardState.DELIVERED: QCoreApplication.translate("Labels", "Delivered"),
        CardState.RECEIVED: QCoreApplication.translate("Labels", "Receipt confirmed"),
    }[state]


def card_step_label(step: str) -> str:
    labels = {
        "data_collected": QCoreApplication.translate("Labels", "card data collected"),
        "data_sent": QCoreApplication.translate("Labels", "sent to the card maker"),
        "arrived": QCoreApplication.translate("Labels", "card arrived"),
        "notified": QCoreApplication.translate("Labels", "member notified"),
        "mailed": QCoreApplication.translate("Labels", "mailed"),
        "pickup_chosen": QCoreApplication.translate("Labels", "pick-up chosen"),
        "door_agreed": QCoreApplication.translate("Labels", "hand delivery agreed"),
        "delivered": QCoreApplication.translate("Labels", "delivered"),
        "received": QCoreApplication.translate("Labels", "receipt confirmed"),
        "remake_arrived": QCoreApplication.translate("Labels", "re-made card arrived"),
    }
    return labels.get(step, step)


def occasion_label(occasion: Occasion) -> str:
    return {
        Occasion.BIRTHDAY: QCoreApplication.translate("Labels", "Birthday"),
        Occasion.FAMILY_HOSPITALISED: QCoreApplication.translate(
            "Labels", "Family member in hospital"
        ),
        Occasion.BUSINESS_OPENING: QCoreApplication.translate("Labels", "Business opening"),
        Occasion.CHILDBIRTH: QCoreApplication.translate("Labels", "Birth of a child"),
        Occasion.FUNERAL: QCoreApplication.translate("Labels", "Funeral in the family"),
        Occasion.KEY_PERSON_BIRTHDAY: QCoreApplication.translate("Labels", "Key-person birthday"),
        Occasion.HOLIDAY: QCoreApplication.translate("Labels", "Holiday"),
        Occasion.OTHER: QCoreApplication.translate("Labels", "Other"),
    }[occasion]


def gift_status_label(status: GiftStatus) -> str:
    return {
        GiftStatus.PENDING: QCoreApplication.translate("Labels", "Waiting for the lead"),
        GiftStatus.APPROVED: QCoreApplication.translate("Labels", "Approved"),
        GiftStatus.REJECTED: QCoreApplication.translate("Labels", "Rejected"),
        GiftStatus.DELIVERED: QCoreApplication.translate("Labels", "Delivered"),
        GiftStatus.CANCELLED: QCoreApplication.translate("Labels", "Cancelled"),
    }[status]


def key_role_label(role: KeyRole) -> str:
    return {
        KeyRole.DECISION_MAKER: QCoreApplication.translate("Labels", "Top decision-maker"),
        KeyRole.CONTACT: QCoreApplication.translate("Labels", "Designated contact"),
        KeyRole.COMMS_MANAGER: QCoreApplication.translate("Labels", "Communications manager"),
        KeyRole.INFLUENCER: QCoreApplication.translate("Labels", "Influencer"),
    }[role]


def tier_change_label(change: TierChange) -> str:
    return {
        TierChange.NEW: QCoreApplication.translate("Labels", "joined"),
        TierChange.UP: QCoreApplication.translate("Labels", "moved up"),
        TierChange.DOWN: QCoreApplication.translate("Labels", "moved down"),
        TierChange.SAME: QCoreApplication.translate("Labels", "unchanged"),
        TierChange.LEFT: QCoreApplication.translate("Labels", "left the club"),
    }[change]


def weekday_label(day: date) -> str:
    names = [
        QCoreApplication.translate("Labels", "Mon"),
        QCoreApplication.translate("Labels", "Tue"),
        QCoreApplication.translate("Labels", "Wed"),
        QCoreApplication.translate("Labels", "Thu"),
        QCoreApplication.translate("Labels", "Fri"),
        QCoreApplication.translate("Labels", "Sat"),
        QCoreApplication.translate("Labels", "Sun"),
    ]
    return names[day.weekday()]


def format_day(day: date) -> str:
    """2026-11-22 (Sun): ISO date people in both languages read, with the weekday."""
    return fill(
        QCoreApplication.translate("Labels", "%1 (%2)"), day.isoformat(), weekday_label(day)
    )


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
