"""The stable vocabulary of the domain (SERVICE_RULES.md).

Values are lower-case English identifiers stored in the database and used on the
command line; labels for people live in :mod:`vipcrm.domain.labels`.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from enum import StrEnum
from typing import TypeVar


class Tier(StrEnum):
    DIAMOND = "diamond"  # 钻卡
    GOLD = "gold"  # 金卡
    SILVER = "silver"  # 银卡

    @property
    def rank(self) -> int:
        """0 for the highest tier: sorts diamond first."""
        return _TIER_RANK[self]


_TIER_RANK = {Tier.DIAMOND: 0, Tier.GOLD: 1, Tier.SILVER: 2}


def tier_counts(tiers: Iterable[Tier]) -> dict[Tier, int]:
    """How many of each tier, every tier present (diamond first)."""
    counts = Counter(tiers)
    return {t: counts.get(t, 0) for t in Tier}


class Role(StrEnum):
    MANAGER = "manager"  # 客户经理
    LEAD = "lead"  # 团队长
    ADMIN = "admin"  # 管理员


class MemberStatus(StrEnum):
    ACTIVE = "active"
    LEFT = "left"  # 离网 / 退出俱乐部


class GroupClass(StrEnum):
    A = "A"
    B = "B"
    C = "C"
    D = "D"


class KeyRole(StrEnum):
    DECISION_MAKER = "decision_maker"  # 最高决策者
    CONTACT = "contact"  # 联系人
    COMMS_MANAGER = "comms_manager"  # 通信部门中层
    INFLUENCER = "influencer"  # 影响力人物


class Channel(StrEnum):
    PHONE = "phone"
    SMS = "sms"
    VISIT = "visit"  # 上门拜访
    MEETING = "meeting"  # 面对面
    WECHAT = "wechat"


class Outcome(StrEnum):
    REACHED = "reached"
    NO_ANSWER = "no_answer"
    PHONE_OFF = "phone_off"  # 关机
    FORWARDED = "forwarded"  # 呼转
    REFUSED = "refused"
    WRONG_NUMBER = "wrong_number"


class ContactSource(StrEnum):
    """Where a logged contact came from."""

    HAND = "hand"  # typed by the manager
    BILL = "bill"  # imported from the itemised bill of the manager's phone (详单)


class CardKind(StrEnum):
    NEW = "new"
    REMAKE = "remake"  # 补卡: starts at "arrived"


class CardState(StrEnum):
    """Where a membership card is (SERVICE_RULES.md section 5)."""

    DATA_COLLECTED = "data_collected"  # 制卡数据已收集
    DATA_SENT = "data_sent"  # 已送制卡
    ARRIVED = "arrived"  # 卡已到
    NOTIFIED = "notified"  # 已通知会员
    MAILED = "mailed"  # 已邮寄
    AWAITING_PICKUP = "awaiting_pickup"  # 自取待领
    DOOR_AGREED = "door_agreed"  # 约定上门
    DELIVERED = "delivered"  # 已送达 / 已领取
    RECEIVED = "received"  # 会员确认收到


class DeliveryMethod(StrEnum):
    MAIL = "mail"
    PICKUP = "pickup"
    DOOR = "door"


class GiftStatus(StrEnum):
    PENDING = "pending"  # waiting for the lead
    APPROVED = "approved"
    REJECTED = "rejected"
    DELIVERED = "delivered"
    CANCELLED = "cancelled"


class Occasion(StrEnum):
    BIRTHDAY = "birthday"
    FAMILY_HOSPITALISED = "family_hospitalised"
    BUSINESS_OPENING = "business_opening"
    CHILDBIRTH = "childbirth"
    FUNERAL = "funeral"
    KEY_PERSON_BIRTHDAY = "key_person_birthday"
    HOLIDAY = "holiday"
    OTHER = "other"


class BenefitPeriod(StrEnum):
    """What a benefit's yearly allowance counts over (SERVICE_RULES.md section 9)."""

    CALENDAR_YEAR = "calendar_year"  # 1 January to 31 December
    MEMBERSHIP_YEAR = "membership_year"  # from the month the member joined the club


class PlanKind(StrEnum):
    YEAR = "year"
    MONTH = "month"
    WEEK = "week"


class PlanStatus(StrEnum):
    DRAFT = "draft"
    SUBMITTED = "submitted"
    APPROVED = "approved"
    REJECTED = "rejected"


class CampaignKind(StrEnum):
    """What a campaign is for (活动推广 · 满意度回访)."""

    MARKETING = "marketing"  # a holiday reward, a points push, a new plan
    SURVEY = "survey"  # a satisfaction call-back round (满意度回访)


class CampaignChannel(StrEnum):
    CALL = "call"
    SMS = "sms"
    BOTH = "both"


class CampaignStatus(StrEnum):
    OPEN = "open"
    CLOSED = "closed"


class CampaignResult(StrEnum):
    """What a targeted member said. Marketing: interested / accepted / declined;
    a survey: answered (with a 1-5 score); either: unreachable (not reached in time)."""

    INTERESTED = "interested"
    ACCEPTED = "accepted"
    DECLINED = "declined"
    ANSWERED = "answered"
    UNREACHABLE = "unreachable"


#: The results a campaign of each kind records.
CAMPAIGN_RESULTS: dict[CampaignKind, tuple[CampaignResult, ...]] = {
    CampaignKind.MARKETING: (
        CampaignResult.INTERESTED,
        CampaignResult.ACCEPTED,
        CampaignResult.DECLINED,
        CampaignResult.UNREACHABLE,
    ),
    CampaignKind.SURVEY: (CampaignResult.ANSWERED, CampaignResult.UNREACHABLE),
}


class TierChange(StrEnum):
    NEW = "new"
    UP = "up"
    DOWN = "down"
    SAME = "same"
    LEFT = "left"


E = TypeVar("E", bound=StrEnum)


def parse_enum(enum: type[E], value: str, field: str) -> E:
    """Parse a user-typed enum value, or raise a ValidationError naming the field."""
    from vipcrm.domain.errors import ValidationError, msg

    try:
        return enum(value.strip().lower() if enum is not GroupClass else value.strip().upper())
    except ValueError:
        raise ValidationError(
            field, msg("'{text}' is not one of {allowed}", text=value, allowed=list(enum))
        ) from None
