"""The rules are data: defaults from SERVICE_RULES.md, overridable, validated."""

import dataclasses

import pytest

from vipcrm.domain.errors import ValidationError
from vipcrm.domain.rules import (
    DEFAULT_GIFT_CAPS,
    DEFAULT_RULES,
    RULE_SPECS,
    ServiceRules,
    check_rule,
)
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
    # §7: a key person's birthday has its own caps; a silver key person gets ¥100
    assert caps[(Occasion.KEY_PERSON_BIRTHDAY, Tier.SILVER)] == 10000
    assert caps[(Occasion.KEY_PERSON_BIRTHDAY, Tier.GOLD)] == 10000
    assert caps[(Occasion.KEY_PERSON_BIRTHDAY, Tier.DIAMOND)] == 15000


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


def test_the_tier_held_is_the_highest_of_given_earned_and_key_role():
    r = DEFAULT_RULES
    assert r.member_tier(Tier.SILVER) is Tier.SILVER
    assert r.member_tier(Tier.SILVER, points=65000) is Tier.DIAMOND
    assert r.member_tier(Tier.SILVER, monthly_spend_fen=50000) is Tier.GOLD
    assert r.member_tier(Tier.DIAMOND, points=0) is Tier.DIAMOND  # never lowered
    kp = {"group_class": GroupClass.A, "key_role": KeyRole.DECISION_MAKER}
    assert r.member_tier(Tier.SILVER, **kp) is Tier.DIAMOND
    assert r.member_tier(None, **kp) is Tier.DIAMOND
    # a role without a tier of its own (an influencer) grants nothing
    assert r.member_tier(Tier.SILVER, group_class=GroupClass.A, key_role=KeyRole.INFLUENCER) is (
        Tier.SILVER
    )
    assert r.member_tier(None, points=10) is None  # below silver: not a VIP


def test_every_rule_has_a_schema_and_the_defaults_fit_it():
    names = {f.name for f in dataclasses.fields(ServiceRules)}
    assert names == set(RULE_SPECS)
    for key, value in DEFAULT_RULES.to_mapping().items():
        assert check_rule(key, value) == value, key


@pytest.mark.parametrize(
    ("key", "value", "said"),
    [
        ("first_contact_working_days", -1, "-1 is outside 1..30 working days"),
        ("first_contact_working_days", 0, "0 is outside 1..30 working days"),
        ("first_contact_working_days", True, "must be a whole number of working days"),
        ("first_contact_working_days", "3", "must be a whole number of working days"),
        ("card_notify_days", -3, "-3 is outside 0..60 days"),
        ("routine_sms_per_week", 2, "2 is outside 0..1 per week"),
        ("minimum_contact_months", {"diamond": 1, "gold": -1, "silver": 3}, "gold: -1 is outside"),
        ("minimum_contact_months", {"gold": 1}, "must give each tier"),
        ("tier_points", {"diamond": 100, "gold": 200, "silver": 50}, "diamond needs at least"),
        ("churn_target_all", 3.5, "3.5 is outside 0..1"),
        ("key_person_tiers", {"A": {"boss": "gold"}}, "'boss' is not a key-person role"),
        ("key_person_tiers", {"A": {"contact": "platinum"}}, "'platinum' is not a tier"),
        ("key_person_tiers", {"E": {"contact": "gold"}}, "must map group classes"),
    ],
)
def test_a_value_outside_its_rules_schema_is_refused_naming_the_range(key, value, said):
    with pytest.raises(ValidationError) as refused:
        ServiceRules.from_mapping({key: value})
    assert str(refused.value).startswith(f"{key}: ")
    assert said in str(refused.value)


def test_a_share_given_as_a_whole_number_is_kept_as_a_share():
    assert ServiceRules.from_mapping({"churn_target_all": 0}).churn_target_all == 0.0


def test_stored_rules_that_do_not_fit_are_left_out_and_said():
    rules, problems = ServiceRules.from_stored(
        [
            ("card_notify_days", 5),
            ("card_notify_days", -3),  # the latest row does not fit: the earlier one applies
            ("first_contact_working_days", "x"),
            ("first_contact_working_days", 4),  # a later row that fits settles it
            ("retired_rule", 1),
        ]
    )
    assert rules.card_notify_days == 5 and rules.first_contact_working_days == 4
    assert [str(p) for p in problems] == [
        "the stored rule card_notify_days is not used: -3 is outside 0..60 days",
        "the stored rule retired_rule is not used: is not a known service rule",
    ]
