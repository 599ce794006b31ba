"""Rules and caps are data: effective from a date, changed only by a lead or admin."""

from datetime import date

import pytest

from vipcrm.domain.errors import PermissionDenied, ValidationError
from vipcrm.domain.values import Occasion, Role, Tier
from vipcrm.services import rules
from vipcrm.services.context import resolve_actor
from vipcrm.services.directory import add_manager


@pytest.fixture
def roles(db):
    with db.transaction() as s:
        add_manager(s, resolve_actor(s, "setup"), code="A1", name="管理员", role=Role.ADMIN)
        add_manager(s, resolve_actor(s, "A1"), code="M1", name="经理", team="T1")
    return db


def test_a_rule_change_applies_from_its_date(roles):
    with roles.transaction() as s:
        rules.set_rule(
            s,
            resolve_actor(s, "A1"),
            key="first_contact_working_days",
            value_text="4",
            effective_from=date(2027, 1, 1),
        )
    with roles.reading() as s:
        assert rules.rules_in_force(s, date(2026, 12, 31)).first_contact_working_days == 3
        assert rules.rules_in_force(s, date(2027, 1, 1)).first_contact_working_days == 4


def test_partial_mapping_rules_merge_with_what_is_in_force(roles):
    with roles.transaction() as s:
        rules.set_rule(
            s,
            resolve_actor(s, "A1"),
            key="minimum_contact_months",
            value_text='{"silver": 2}',
            effective_from=date(2026, 12, 1),
        )
    with roles.reading() as s:
        assert rules.rules_in_force(s, date(2026, 12, 1)).minimum_contact_months == {
            "diamond": 1,
            "gold": 1,
            "silver": 2,
        }


def test_bad_rules_and_managers_are_refused(roles):
    with pytest.raises(PermissionDenied), roles.transaction() as s:
        rules.set_rule(
            s,
            resolve_actor(s, "M1"),
            key="card_notify_days",
            value_text="5",
            effective_from=date(2026, 12, 1),
        )
    with (
        pytest.raises(ValidationError, match="must be a whole number of days"),
        roles.transaction() as s,
    ):
        rules.set_rule(
            s,
            resolve_actor(s, "A1"),
            key="card_notify_days",
            value_text='"five"',
            effective_from=date(2026, 12, 1),
        )
    with pytest.raises(ValidationError, match="not a known"), roles.transaction() as s:
        rules.set_rule(
            s,
            resolve_actor(s, "A1"),
            key="nonsense",
            value_text="1",
            effective_from=date(2026, 12, 1),
        )


def test_cap_changes_keep_the_default_gift_and_apply_from_their_date(roles):
    with roles.transaction() as s:
        rules.set_gift_cap(
            s,
            resolve_actor(s, "A1"),
            occasion=Occasion.BIRTHDAY,
            tier=Tier.GOLD,
            cap_fen=12000,
            effective_from=date(2027, 1, 1),
        )
    with roles.reading() as s:
        old = {(c.occasion, c.tier): c for c in rules.caps_in_force(s, date(2026, 12, 31))}
        new = {(c.occasion, c.tier): c for c in rules.caps_in_force(s, date(2027, 1, 1))}
    assert old[(Occasion.BIRTHDAY, Tier.GOLD)].cap_fen == 10000
    assert new[(Occasion.BIRTHDAY, Tier.GOLD)].cap_fen == 12000
    assert (
        new[(Occasion.BIRTHDAY, Tier.GOLD)].gift_zh == old[(Occasion.BIRTHDAY, Tier.GOLD)].gift_zh
    )
    with pytest.raises(PermissionDenied), roles.transaction() as s:
        rules.set_gift_cap(
            s,
            resolve_actor(s, "M1"),
            occasion=Occasion.BIRTHDAY,
            tier=Tier.GOLD,
            cap_fen=1,
            effective_from=date(2027, 1, 1),
        )
