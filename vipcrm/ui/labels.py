"""Labels people read for the domain's stable values (translated)."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date, datetime, tzinfo
from enum import Enum
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, QLocale

from vipcrm.domain.cards import CardStep
from vipcrm.domain.dates import DEFAULT_TZ
from vipcrm.domain.due import Reason
from vipcrm.domain.phone import format_mobile as format_mobile  # the PDFs write it alike
from vipcrm.domain.rules import RuleUnit
from vipcrm.domain.values import (
    CampaignKind,
    CampaignResult,
    CardKind,
    CardState,
    Channel,
    DeliveryMethod,
    GiftStatus,
    KeyRole,
    MemberStatus,
    Occasion,
    Outcome,
    PlanKind,
    PlanStatus,
    Role,
    Tier,
    TierChange,
)
from vipcrm.texts import Texts


def texts() -> Texts:
    """The words for the core's codes (tiers, why an item is due, a provisional calendar)
    in the window's language: the catalogue the PDFs and the command line use too. The
    default QLocale follows the window's language (:func:`vipcrm.ui.i18n.install_translators`)."""
    return Texts("zh_CN" if QLocale().language() == QLocale.Language.Chinese else "en")


def tier_label(tier: Tier) -> str:
    return texts().tier(tier)


def reason_text(reason: Reason) -> str:
    """Why an item is due, as a sentence in the window's language."""
    return texts().reason(reason)


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


def campaign_kind_label(kind: CampaignKind) -> str:
    return {
        CampaignKind.MARKETING: QCoreApplication.translate("Labels", "Marketing"),
        CampaignKind.SURVEY: QCoreApplication.translate("Labels", "Satisfaction survey"),
    }[kind]


def campaign_result_label(result: CampaignResult) -> str:
    return {
        CampaignResult.INTERESTED: QCoreApplication.translate("Labels", "Interested"),
        CampaignResult.ACCEPTED: QCoreApplication.translate("Labels", "Accepted"),
        CampaignResult.DECLINED: QCoreApplication.translate("Labels", "Declined"),
        CampaignResult.ANSWERED: QCoreApplication.translate("Labels", "Answered"),
        CampaignResult.UNREACHABLE: QCoreApplication.translate("Labels", "Unreachable"),
    }[result]


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


def card_kind_label(kind: CardKind) -> str:
    return {
        CardKind.NEW: QCoreApplication.translate("Labels", "new card"),
        CardKind.REMAKE: QCoreApplication.translate("Labels", "re-made card"),
    }[kind]


def delivery_label(method: DeliveryMethod) -> str:
    return {
        DeliveryMethod.MAIL: QCoreApplication.translate("Labels", "by mail"),
        DeliveryMethod.PICKUP: QCoreApplication.translate("Labels", "picked up"),
        DeliveryMethod.DOOR: QCoreApplication.translate("Labels", "delivered by hand"),
    }[method]


def plan_kind_label(kind: PlanKind) -> str:
    return {
        PlanKind.YEAR: QCoreApplication.translate("Labels", "yearly plan"),
        PlanKind.MONTH: QCoreApplication.translate("Labels", "monthly plan"),
        PlanKind.WEEK: QCoreApplication.translate("Labels", "weekly plan"),
    }[kind]


def plan_status_label(status: PlanStatus) -> str:
    return {
        PlanStatus.DRAFT: QCoreApplication.translate("Labels", "draft"),
        PlanStatus.SUBMITTED: QCoreApplication.translate("Labels", "submitted"),
        PlanStatus.APPROVED: QCoreApplication.translate("Labels", "approved"),
        PlanStatus.REJECTED: QCoreApplication.translate("Labels", "returned"),
    }[status]


def rule_unit_label(unit: RuleUnit) -> str:
    """What a service rule's number counts (after its range in a refusal)."""
    return {
        RuleUnit.WORKING_DAYS: QCoreApplication.translate("Labels", "working days"),
        RuleUnit.DAYS: QCoreApplication.translate("Labels", "days"),
        RuleUnit.MONTHS: QCoreApplication.translate("Labels", "months"),
        RuleUnit.PER_WEEK: QCoreApplication.translate("Labels", "per week"),
        RuleUnit.PER_MONTH: QCoreApplication.translate("Labels", "per month"),
        RuleUnit.PER_DAY: QCoreApplication.translate("Labels", "per day"),
        RuleUnit.PERCENT: QCoreApplication.translate("Labels", "%"),
        RuleUnit.POINTS: QCoreApplication.translate("Labels", "points"),
        RuleUnit.FEN: QCoreApplication.translate("Labels", "fen"),
        RuleUnit.SHARE: QCoreApplication.translate("Labels", "(a share: 0.035 is 3.5 %)"),
        RuleUnit.WEIGHT: QCoreApplication.translate("Labels", "weight"),
        RuleUnit.TIER: QCoreApplication.translate("Labels", "tier"),
    }[unit]


def enum_label(value: Enum) -> str:
    """The label of any domain value; the stored identifier when it has no label."""
    by_type: dict[type[Enum], Callable[[Any], str]] = {
        Tier: tier_label,
        Role: role_label,
        Channel: channel_label,
        Outcome: outcome_label,
        CampaignKind: campaign_kind_label,
        CampaignResult: campaign_result_label,
        MemberStatus: status_label,
        CardState: card_state_label,
        CardStep: card_step_label,
        CardKind: card_kind_label,
        DeliveryMethod: delivery_label,
        Occasion: occasion_label,
        GiftStatus: gift_status_label,
        KeyRole: key_role_label,
        TierChange: tier_change_label,
        PlanKind: plan_kind_label,
        PlanStatus: plan_status_label,
        RuleUnit: rule_unit_label,
    }
    label = by_type.get(type(value))
    return label(value) if label is not None else str(value.value)


def field_label(field: str) -> str:
    """What a field is called on screen; the messages of the services name fields by id."""
    labels = {
        "name": QCoreApplication.translate("Fields", "name"),
        "phone": QCoreApplication.translate("Fields", "mobile number"),
        "mobile": QCoreApplication.translate("Fields", "mobile number"),
        "landline": QCoreApplication.translate("Fields", "landline"),
        "address": QCoreApplication.translate("Fields", "address"),
        "birthday": QCoreApplication.translate("Fields", "birthday"),
        "notes": QCoreApplication.translate("Fields", "notes"),
        "note": QCoreApplication.translate("Fields", "note"),
        "points": QCoreApplication.translate("Fields", "points"),
        "tier": QCoreApplication.translate("Fields", "tier"),
        "member": QCoreApplication.translate("Fields", "member"),
        "manager": QCoreApplication.translate("Fields", "account manager"),
        "team": QCoreApplication.translate("Fields", "team"),
        "group": QCoreApplication.translate("Fields", "group customer"),
        "key-role": QCoreApplication.translate("Fields", "key-person role"),
        "amount": QCoreApplication.translate("Fields", "amount"),
        "cap": QCoreApplication.translate("Fields", "cap"),
        "items": QCoreApplication.translate("Fields", "gift items"),
        "occasion": QCoreApplication.translate("Fields", "occasion"),
        "period": QCoreApplication.translate("Fields", "period"),
        "month": QCoreApplication.translate("Fields", "month"),
        "week": QCoreApplication.translate("Fields", "week"),
        "year": QCoreApplication.translate("Fields", "year"),
        "day": QCoreApplication.translate("Fields", "day"),
        "date": QCoreApplication.translate("Fields", "date"),
        "on": QCoreApplication.translate("Fields", "date"),
        "agreed-date": QCoreApplication.translate("Fields", "agreed date"),
        "step": QCoreApplication.translate("Fields", "card step"),
        "card": QCoreApplication.translate("Fields", "card"),
        "gift": QCoreApplication.translate("Fields", "gift"),
        "plan": QCoreApplication.translate("Fields", "plan"),
        "item": QCoreApplication.translate("Fields", "plan item"),
        "channel": QCoreApplication.translate("Fields", "channel"),
        "contact": QCoreApplication.translate("Fields", "contact"),
        "outcome": QCoreApplication.translate("Fields", "outcome"),
        "comment": QCoreApplication.translate("Fields", "comment"),
        "reason": QCoreApplication.translate("Fields", "reason"),
        "file": QCoreApplication.translate("Fields", "file"),
        "encoding": QCoreApplication.translate("Fields", "encoding"),
        "sheet": QCoreApplication.translate("Fields", "sheet"),
        "column": QCoreApplication.translate("Fields", "column"),
        "code": QCoreApplication.translate("Fields", "code"),
        "role": QCoreApplication.translate("Fields", "role"),
        "language": QCoreApplication.translate("Fields", "language"),
        "database": QCoreApplication.translate("Fields", "database"),
        "backup": QCoreApplication.translate("Fields", "backup"),
        "central": QCoreApplication.translate("Fields", "central store"),
        "template": QCoreApplication.translate("Fields", "SMS template"),
    }
    return labels.get(field, field)


def qdate(day: date) -> QDate:
    """A date for Qt's date widgets."""
    return QDate(day.year, day.month, day.day)


def pydate(value: QDate) -> date:
    """The date a Qt date widget holds."""
    return date(value.year(), value.month(), value.day())


def format_date(day: date) -> str:
    """A date in the locale's short form with a four-digit year (2026/11/22, 11/22/2026)."""
    locale = QLocale()
    pattern = locale.dateFormat(QLocale.FormatType.ShortFormat)
    if "yyyy" not in pattern:
        pattern = pattern.replace("yy", "yyyy")
    return locale.toString(qdate(day), pattern)


def format_datetime(moment: datetime, tz: tzinfo = DEFAULT_TZ) -> str:
    """A date and time in ``tz`` (Beijing time by default): 2026/11/22 09:30."""
    local = moment.astimezone(tz) if moment.tzinfo else moment
    return f"{format_date(local.date())} {local:%H:%M}"


def format_money(fen: int) -> str:
    """An amount in fen as the locale writes yuan: ¥1,500.00."""
    return QLocale().toCurrencyString(fen / 100, "¥", 2)


def format_number(n: int) -> str:
    """A whole number as the locale groups it: 52,296."""
    return QLocale().toString(int(n))


def format_day(day: date) -> str:
    """2026/11/22 (Sun): the locale's date with the weekday."""
    return fill(
        QCoreApplication.translate("Labels", "%1 (%2)"), format_date(day), weekday_label(day)
    )


def fill(template: str, *values: object) -> str:
    """QString.arg for Python: %1, %2 ... replaced in one pass (values may contain '%2')."""
    return re.sub(
        r"%(\d)",
        lambda m: (
            str(values[int(m.group(1)) - 1]) if 0 < int(m.group(1)) <= len(values) else m.group(0)
        ),
        template,
    )
