"""Issue 18 through the central store: a 12580 confirmation travels to the lead's laptop;
a rule value that does not fit its schema is refused where it is set and, arriving by
sync from elsewhere, is flagged and not used."""

from __future__ import annotations

from datetime import date, timedelta

from vipcrm.domain.dates import local_date, utcnow
from vipcrm.domain.due import DueKind
from vipcrm.domain.values import Channel, Outcome
from vipcrm.services.contacts import confirm_group_sms, log_contact
from vipcrm.services.due import due_for
from vipcrm.store.rules_data import rules_in_force


def _checks(laptop, day: date) -> list[str]:
    with laptop.work() as (s, actor):
        result = due_for(s, actor, today=day, horizon_days=7)
        return [i.contact_id for i in result.items if i.kind is DueKind.GROUP_SMS_CHECK]


def _a_group_sms_both_laptops_have(org, laptops):
    """A's laptop and the lead's, both holding a group SMS A sent (not confirmed yet)."""
    org.add_member("13800000001", "A", name="张伟")
    a, lead = laptops("A"), laptops("L1")
    a.sync()
    with a.work() as (s, actor):
        attempt, _ = log_contact(
            s, actor, member_ref="13800000001", channel=Channel.SMS,
            outcome=Outcome.REACHED, group_sms=True,
        )  # fmt: skip
        attempt_id = str(attempt.id)
    a.sync()
    lead.sync()
    return a, lead, attempt_id


def test_a_12580_confirmation_reaches_the_leads_laptop(org, laptops):
    a, lead, attempt_id = _a_group_sms_both_laptops_have(org, laptops)
    later = local_date(utcnow()) + timedelta(days=5)
    assert _checks(lead, later) == [attempt_id]
    with a.work() as (s, actor):
        confirm_group_sms(s, actor, attempt_id)
    report = a.sync()
    assert report.pushed >= 1 and a.pending() == 0
    assert org.one(
        "SELECT sent_confirmed_at IS NOT NULL FROM contact_attempts WHERE id = %s", (attempt_id,)
    )
    lead.sync()
    assert _checks(lead, later) == []
    assert lead.rows("contact_attempts") == a.rows("contact_attempts")


def test_a_misfit_rule_written_centrally_is_flagged_not_used_on_the_laptop(org, laptops):
    org.add_member("13800000001", "A", name="张伟")
    a = laptops("A")
    a.sync()
    # Written on the central store by hand (or by an older client): not through set_rule.
    org.sql(
        "INSERT INTO rules (id, key, value, effective_from, version, updated_at, deleted) "
        "VALUES (gen_random_uuid(), 'card_notify_days', '-3'::json, '2020-01-01', 1, now(), false)"
    )
    a.sync()
    with a.work() as (s, actor):
        result = due_for(s, actor, today=local_date(utcnow()), horizon_days=7)
        assert rules_in_force(s, local_date(utcnow())).card_notify_days == 3  # the default
    assert any(
        "card_notify_days is not used: -3 is outside 0..60 days" in w for w in result.problems
    )


def test_a_12580_confirmation_is_set_once_even_from_two_laptops(org, laptops):
    """The manager and the lead both confirm the same SMS while offline: the first to
    sync sets it; the second is refused (not offered as a conflict to keep) and takes the
    central store's time."""
    a, lead, attempt_id = _a_group_sms_both_laptops_have(org, laptops)
    with lead.work() as (s, actor):
        first = confirm_group_sms(s, actor, attempt_id)[0].sent_confirmed_at
    with a.work() as (s, actor):
        confirm_group_sms(s, actor, attempt_id)
    assert lead.sync().refusals == []
    report = a.sync()
    assert report.conflicts == 0
    assert [(r.status, r.table) for r in report.refusals] == [("refused", "contact_attempts")]
    assert "sent_confirmed_at is now" in report.refusals[0].reason
    assert (
        org.one("SELECT sent_confirmed_at FROM contact_attempts WHERE id = %s", (attempt_id,))
        == first
    )
    assert a.rows("contact_attempts") == lead.rows("contact_attempts")
