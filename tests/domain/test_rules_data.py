"""The rules are data: defaults from SERVICE_RULES.md, overridable, validated."""

import pytest

from vipcrm.domain.errors import ValidationError
from vipcrm.domain.rules import DEFAULT_GIFT_CAPS, DEFAULT_RULES, ServiceRules
from vipcrm.domain.values import GroupClass, KeyRole, Occasion, Tier


def test_defaults_follow_the_regulation():
    assert DEFAULT_RULES.first_contact_working_days == 3
    assert DEFAULT_RULES.unreachable_after_working_days == 5
    assert DEFAULT_RULES.minimum_contact_months == {"diamond": 1, "gold": 1, "silver": 3}
    caps = {(c.occasion, c.tier): c.cap_fen for c in DEFAULT_GIFT_CAPS}
    assert caps[(Occasion.BIRTHDAY, Tier.DIAMOND)] == 15000
    assert caps[(Occasion.BIRTHDAY, Tier.GOLD)] == 10000
    assert caps[(Occasion.BIRTHDAY, Tier.SILVER)] == 0
    assert caps[(Occasion.FUNERAL, Tier.SILVER)] == 15000


def test_key_person_tiers_by_group_class():
    assert DEFAULT_RULES.key_person_tier(GroupClass.A, KeyRole.DECISION_MAKER) is Tier.DIAMOND
    assert DEFAULT_RULES.key_person_tier(GroupClass.A, KeyRole.CONTACT) is Tier.GOLD
    assert DEFAULT_RULES.key_person_tier(GroupClass.C, KeyRole.DECISION_MAKER) is Tier.SILVER
    assert DEFAULT_RULES.key_person_tier(GroupClass.D, KeyRole.CONTACT) is Tier.SILVER


def test_earned_tier_by_points_or_spend():
    assert DEFAULT_RULES.earned_tier(points=0, monthly_spend_fen=100000) is Tier.DIAMOND
    assert DEFAULT_RULES.earned_tier(points=30000, monthly_spend_fen=0) is Tier.GOLD
    assert DEFAULT_RULES.earned_tier(points=10, monthly_spend_fen=10) is None


def test_stored_values_override_defaults_and_bad_ones_are_refused():
    rules = ServiceRules.from_mapping({"first_contact_working_days": 5})
    assert rules.first_contact_working_days == 5
    assert rules.card_notify_days == DEFAULT_RULES.card_notify_days
    with pytest.raises(ValidationError):
        ServiceRules.from_mapping({"first_contact_working_days": "three"})
    with pytest.raises(ValidationError):
        ServiceRules.from_mapping({"no_such_rule": 1})
