"""Campaigns through a real PostgreSQL (issue 25): a lead's campaign reaches the team's
laptops and no other team's; a manager with psql can neither write a campaign (nor its
targets) nor read another team's; outcomes travel like contacts, and two laptops
recording one member's outcome keep both attempts and show the latest outcome."""

from __future__ import annotations

import uuid
from datetime import timedelta

import psycopg
import pytest

from vipcrm.commands.common import today
from vipcrm.domain.due import DueKind
from vipcrm.domain.errors import Message
from vipcrm.domain.values import CampaignKind, CampaignResult, Channel, Outcome, Tier
from vipcrm.services.campaigns import (
    NewCampaign,
    add_campaign,
    campaign_progress,
    campaign_targets,
    close_campaign,
    record_outcome,
)
from vipcrm.services.contacts import log_contact
from vipcrm.services.due import due_for
from vipcrm.sync.engine import sync_status

GOLD_A, GOLD_B, GOLD_C = "13800000001", "13800000002", "13800000003"


def _campaign(lead, code: str = "SF") -> None:
    day = today()
    lead.sync()  # the team's members
    with lead.work() as (s, actor):
        s.info["actor"] = actor
        add_campaign(
            s,
            actor,
            NewCampaign(
                code=code,
                name="春节回馈",
                kind=CampaignKind.MARKETING,
                starts_on=day - timedelta(days=2),
                ends_on=day + timedelta(days=10),
                tiers=(Tier.GOLD,),
            ),
            today=day,
        )
    lead.sync()


def _reached_and_outcome(laptop, phone: str, result: CampaignResult) -> None:
    with laptop.work() as (s, actor):
        s.info["actor"] = actor
        log_contact(s, actor, member_ref=phone, channel=Channel.PHONE, outcome=Outcome.REACHED)
        record_outcome(s, actor, campaign_code="SF", member_ref=phone, result=result)


@pytest.fixture
def book(org):
    org.add_member(GOLD_A, "A", name="金甲")
    org.add_member(GOLD_B, "B", name="金乙")
    org.add_member(GOLD_C, "C", name="金丙")  # team T2
    return org


def test_a_leads_campaign_reaches_the_team_only(book, laptops):
    lead = laptops("L1")
    _campaign(lead)
    assert book.one("SELECT count(*) FROM campaign_targets") == 2
    a, c, l2 = laptops("A"), laptops("C"), laptops("L2")
    for laptop in (a, c, l2):
        laptop.sync()
    assert a.count("campaigns") == 1
    assert a.count("campaign_targets") == 1  # the manager's own member's target only
    assert c.count("campaigns") == 0 and c.count("campaign_targets") == 0
    assert l2.count("campaigns") == 0
    # the server stamped who made it
    assert book.one("SELECT created_by_id FROM campaigns") == book.manager_id("L1")
    # the item is on the manager's laptop; the lead closes the campaign and it goes
    assert _campaign_items(a) == ["金甲"]
    with lead.work() as (s, actor):
        s.info["actor"] = actor
        close_campaign(s, actor, "SF")
    lead.sync()
    a.sync()
    assert a.count("campaigns", "status = 'closed'") == 1
    assert _campaign_items(a) == []


def _campaign_items(laptop) -> list[str]:
    with laptop.work() as (s, actor):
        result = due_for(s, actor, today=today(), horizon_days=14)
    return [i.member_name for i in result.items if i.kind is DueKind.CAMPAIGN_CONTACT]


def _refused(conn: psycopg.Connection, sql: str, params: tuple = ()) -> None:
    with pytest.raises(psycopg.errors.InsufficientPrivilege):
        conn.execute(sql, params)


def test_a_manager_with_psql_cannot_write_a_campaign_or_read_another_teams(book, laptops):
    _campaign(laptops("L1"))
    _campaign(laptops("L2"), code="T2SF")
    campaign_id = book.one("SELECT id FROM campaigns WHERE code = 'SF'")
    member_b = book.one("SELECT id FROM members WHERE phone = %s", (GOLD_B,))
    with book.connect_as("A") as conn:
        assert [r[0] for r in conn.execute("SELECT code FROM campaigns").fetchall()] == ["SF"]
        _refused(
            conn,
            "INSERT INTO campaigns (id, code, name, kind, starts_on, ends_on, target, channel, "
            "sms_template, call_script, status, team_id, created_by_id, created_at, version, "
            "updated_at, deleted) SELECT %s, 'MINE', 'x', 'marketing', now(), now(), '{}', "
            "'call', '', '', 'open', team_id, NULL, now(), 1, now(), false FROM campaigns "
            "WHERE code = 'SF'",
            (uuid.uuid4(),),
        )
        _refused(conn, "UPDATE campaigns SET status = 'closed' WHERE code = 'SF'")
        _refused(
            conn,
            "INSERT INTO campaign_targets (id, campaign_id, member_id, version, updated_at, "
            "deleted) VALUES (%s, %s, %s, 1, now(), false)",
            (uuid.uuid4(), campaign_id, member_b),
        )
        # another manager's member's target is not visible either
        assert conn.execute("SELECT count(*) FROM campaign_targets").fetchone()[0] == 1
    assert book.one("SELECT status FROM campaigns WHERE code = 'SF'") == "open"
    with book.connect_as("L2") as conn:  # another team's lead
        assert [r[0] for r in conn.execute("SELECT code FROM campaigns").fetchall()] == ["T2SF"]
        assert conn.execute("UPDATE campaigns SET name = 'x' WHERE code = 'SF'").rowcount == 0
    with book.connect_as("L1") as conn:  # the lead may not move a campaign to another team
        t2 = book.one("SELECT id FROM teams WHERE code = 'T2'")
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            conn.execute("UPDATE campaigns SET team_id = %s WHERE code = 'SF'", (t2,))


def test_outcomes_travel_and_two_laptops_keep_both_with_the_latest_shown(book, laptops):
    lead = laptops("L1")
    _campaign(lead)
    first, second = laptops("A"), laptops("A")  # the manager's laptop and the spare one
    first.sync()
    second.sync()
    _reached_and_outcome(first, GOLD_A, CampaignResult.INTERESTED)
    _reached_and_outcome(second, GOLD_A, CampaignResult.ACCEPTED)  # later, offline
    first.sync()
    second.sync()
    first.sync()
    assert book.one("SELECT count(*) FROM campaign_outcomes") == 2
    assert book.one("SELECT count(*) FROM contact_attempts") == 2
    for laptop in (first, second):
        assert laptop.count("campaign_outcomes") == 2 and laptop.count("contact_attempts") == 2
        assert laptop.pending() == 0
    lead.sync()
    with lead.work() as (s, actor):
        _row, rows = campaign_targets(s, actor, "SF", today=today())
        progress = campaign_progress(s, actor, "SF", today=today())
    (shown,) = [r for r in rows if r.phone == GOLD_A]
    assert shown.outcomes == 2 and shown.result is CampaignResult.ACCEPTED
    overall = progress.to_json()["overall"]
    assert overall["accepted"] == 1 and overall["interested"] == 0
    # the server stamped the author of each outcome
    assert book.one("SELECT count(DISTINCT manager_id) FROM campaign_outcomes") == 1
    assert book.one("SELECT manager_id FROM campaign_outcomes LIMIT 1") == book.manager_id("A")


def test_an_outcome_belongs_to_a_targeted_member_and_a_contact_with_them(book, laptops):
    """From psql: an outcome for a member the campaign does not target, or against another
    member's contact, is refused by the central store."""
    _campaign(laptops("L1"))
    a = laptops("A")
    a.sync()
    campaign = book.one("SELECT id FROM campaigns WHERE code = 'SF'")
    member = book.one("SELECT id FROM members WHERE phone = %s", (GOLD_A,))
    other = book.add_member("13800000009", "A", name="银丁", tier="silver")  # not targeted
    mine, theirs = book.add_contact(member, "A"), book.add_contact(other, "A")
    insert = (
        "INSERT INTO campaign_outcomes (id, campaign_id, member_id, contact_id, result, score, "
        "note, at, manager_id, version, updated_at, deleted) VALUES (%s, %s, %s, %s, "
        "'accepted', NULL, '', now(), NULL, 1, now(), false)"
    )
    with book.connect_as("A") as conn:
        for target, contact in ((other, theirs), (member, theirs)):
            with pytest.raises(psycopg.errors.CheckViolation):
                conn.execute(insert, (uuid.uuid4(), campaign, target, contact))
        conn.execute(insert, (uuid.uuid4(), campaign, member, mine))
    assert book.one("SELECT count(*) FROM campaign_outcomes") == 1


def test_two_teams_one_code_reach_the_administrators_laptop(book, laptops):
    """A code is unique per team (issue 25, hole 4): T1 and T2 both run SF through the
    central store; each team's laptops hold their own, the administrator's laptop both,
    and there the administrator names the team (the command line: one line, exit 2)."""
    from vipcrm.cli import main
    from vipcrm.domain.errors import ValidationError

    _campaign(laptops("L1"))  # T1: A's and B's gold members
    _campaign(laptops("L2"))  # T2: C's (the central store refused T1's code before)
    assert book.one("SELECT count(*) FROM campaigns WHERE code = 'SF'") == 2
    a, c = laptops("A"), laptops("C")
    for laptop, phone, result in (
        (a, GOLD_A, CampaignResult.DECLINED),
        (c, GOLD_C, CampaignResult.ACCEPTED),
    ):
        laptop.sync()
        assert laptop.count("campaigns") == 1
        _reached_and_outcome(laptop, phone, result)  # by code: the team's own
        laptop.sync()
    adm = laptops("ADM")
    adm.sync()
    assert adm.count("campaigns", "code = 'SF'") == 2
    assert adm.count("campaign_outcomes") == 2
    with adm.work() as (s, actor):
        with pytest.raises(ValidationError, match=r"more than one team \(T1, T2\)"):
            campaign_progress(s, actor, "SF", today=today())
        t1 = campaign_progress(s, actor, "SF", today=today(), team="T1")
        t2 = campaign_progress(s, actor, "SF", today=today(), team="T2")
    assert (t1.overall.targeted, dict(t1.overall.results)) == (2, {"declined": 1})
    assert (t2.overall.targeted, dict(t2.overall.results)) == (1, {"accepted": 1})
    db = ["--db", str(adm.path), "--user", "ADM"]
    assert main([*db, "campaign", "show", "--code", "SF"]) == 2
    assert main([*db, "campaign", "show", "--code", "SF", "--team", "T2"]) == 0


def test_a_campaigns_steps_travel_to_the_laptops_and_set_each_tiers_due_date(book, laptops):
    """The lead's step for diamond members reaches the manager's laptop (and the lead's
    spare one): the diamond member is due by the step, the gold one by the end. From psql
    a step outside the period is refused by the central store, and a manager cannot set one."""
    diamond = "13800000004"
    book.add_member(diamond, "A", name="钻戊", tier="diamond")
    day = today()
    step, end = day + timedelta(days=3), day + timedelta(days=10)
    lead = laptops("L1")
    lead.sync()
    with lead.work() as (s, actor):
        s.info["actor"] = actor
        add_campaign(
            s,
            actor,
            NewCampaign(
                code="SF",
                name="春节回馈",
                kind=CampaignKind.MARKETING,
                starts_on=day - timedelta(days=2),
                ends_on=end,
                tiers=(Tier.DIAMOND, Tier.GOLD),
                steps=((Tier.DIAMOND, step),),
            ),
            today=day,
        )
    lead.sync()
    assert book.one("SELECT diamond_due_on FROM campaigns WHERE code = 'SF'") == step
    assert book.one("SELECT gold_due_on FROM campaigns WHERE code = 'SF'") is None
    a, spare = laptops("A"), laptops("L1")
    a.sync()
    spare.sync()
    assert a.count("campaigns", f"diamond_due_on = '{step.isoformat()}'") == 1
    with a.work() as (s, actor):
        items = due_for(s, actor, today=day, horizon_days=14).items
    due = {i.member_name: i.due_date for i in items if i.kind is DueKind.CAMPAIGN_CONTACT}
    assert due == {"钻戊": step, "金甲": end}
    with spare.work() as (s, actor):
        progress = campaign_progress(s, actor, "SF", today=day)
    assert progress.campaign.steps == {Tier.DIAMOND: step}
    assert progress.to_json()["by_tier"]["diamond"]["due"] == step.isoformat()

    with book.connect_as("L1") as conn:  # the lead, from psql: not outside the period
        with pytest.raises(psycopg.errors.CheckViolation):
            conn.execute(
                "UPDATE campaigns SET gold_due_on = %s WHERE code = 'SF'",
                (end + timedelta(days=1),),
            )
    with book.connect_as("A") as conn:  # a manager sets no step
        _refused(conn, "UPDATE campaigns SET gold_due_on = starts_on WHERE code = 'SF'")
    assert book.one("SELECT gold_due_on FROM campaigns WHERE code = 'SF'") is None


def test_a_leads_edited_step_reaches_the_managers_laptop_and_moves_the_due_date(book, laptops):
    """The lead fixes a wrong step (and adds one, and moves the end) after the managers
    have the campaign: the change travels through the central store, and on the manager's
    laptop the members' items are due by the new days. A manager cannot change it."""
    from vipcrm.domain.errors import PermissionDenied
    from vipcrm.services.campaigns import CampaignEdit, edit_campaign

    diamond = "13800000004"
    book.add_member(diamond, "A", name="钻戊", tier="diamond")
    day = today()
    wrong, right = day + timedelta(days=8), day + timedelta(days=3)
    end, later = day + timedelta(days=10), day + timedelta(days=12)
    lead = laptops("L1")
    lead.sync()
    with lead.work() as (s, actor):
        s.info["actor"] = actor
        add_campaign(
            s,
            actor,
            NewCampaign(
                code="SF",
                name="春节回馈",
                kind=CampaignKind.MARKETING,
                starts_on=day - timedelta(days=2),
                ends_on=end,
                tiers=(Tier.DIAMOND, Tier.GOLD),
                steps=((Tier.DIAMOND, wrong),),
            ),
            today=day,
        )
    lead.sync()
    a = laptops("A")
    a.sync()

    def due_dates() -> dict[str, object]:
        with a.work() as (s, actor):
            items = due_for(s, actor, today=day, horizon_days=14).items
        return {i.member_name: i.due_date for i in items if i.kind is DueKind.CAMPAIGN_CONTACT}

    assert due_dates() == {"钻戊": wrong, "金甲": end}

    with a.work() as (s, actor):  # the manager's own laptop refuses before any sync
        s.info["actor"] = actor
        with pytest.raises(PermissionDenied):
            edit_campaign(s, actor, "SF", CampaignEdit(steps=((Tier.GOLD, right),)), today=day)

    with lead.work() as (s, actor):
        s.info["actor"] = actor
        edit_campaign(
            s,
            actor,
            "SF",
            CampaignEdit(ends_on=later, steps=((Tier.DIAMOND, right), (Tier.GOLD, end))),
            today=day,
        )
    lead.sync()
    assert book.one("SELECT diamond_due_on FROM campaigns WHERE code = 'SF'") == right
    assert book.one("SELECT gold_due_on FROM campaigns WHERE code = 'SF'") == end
    assert book.one("SELECT ends_on FROM campaigns WHERE code = 'SF'") == later
    a.sync()
    assert due_dates() == {"钻戊": right, "金甲": end}

    # the gold step cleared: the gold member is due by the (new) end
    with lead.work() as (s, actor):
        s.info["actor"] = actor
        edit_campaign(s, actor, "SF", CampaignEdit(clear_steps=(Tier.GOLD,)), today=day)
    lead.sync()
    a.sync()
    assert due_dates() == {"钻戊": right, "金甲": later}
    assert a.count("campaigns", "gold_due_on IS NULL") == 1


def _end_and_step_edited_offline(laptops):
    """Campaign SF (gold step in 3 days, end in 10) pushed by laptop one, pulled by laptop
    two; then, offline, one moves the end to day 5 and two the gold step to day 8. Returns
    (one, two, day, step, end, earlier, later_step); neither edit is pushed yet."""
    from vipcrm.services.campaigns import CampaignEdit, edit_campaign

    day = today()
    step, end = day + timedelta(days=3), day + timedelta(days=10)
    one = laptops("L1")
    one.sync()
    with one.work() as (s, actor):
        s.info["actor"] = actor
        add_campaign(
            s,
            actor,
            NewCampaign(
                code="SF",
                name="春节回馈",
                kind=CampaignKind.MARKETING,
                starts_on=day - timedelta(days=2),
                ends_on=end,
                steps=((Tier.GOLD, step),),
            ),
            today=day,
        )
    one.sync()
    two = laptops("L1")
    two.sync()
    earlier, later_step = day + timedelta(days=5), day + timedelta(days=8)
    with one.work() as (s, actor):
        s.info["actor"] = actor
        edit_campaign(s, actor, "SF", CampaignEdit(ends_on=earlier), today=day)
    with two.work() as (s, actor):
        s.info["actor"] = actor
        edit_campaign(s, actor, "SF", CampaignEdit(steps=((Tier.GOLD, later_step),)), today=day)
    return one, two, day, step, end, earlier, later_step


def test_two_laptops_editing_at_once_never_leave_a_step_outside_the_period(book, laptops):
    """The lead's two laptops change one campaign offline: one moves the end earlier, the
    other moves the gold step later, each fine alone. Merged field by field they would put
    the step after the end: the central store refuses the second push (its CHECK), and
    both laptops end with the central row — the end moved, the step as it was."""
    one, two, day, step, end, earlier, later_step = _end_and_step_edited_offline(laptops)
    assert one.sync().outcomes == {"applied": 1}
    report = two.sync()
    assert report.outcomes == {"refused": 1}
    # the lead reads a sentence naming the campaign and what to do, not the CHECK's text
    reason = report.refusals[0].reason
    assert isinstance(reason, Message), reason
    assert "constraint" not in reason and "due_on" not in reason
    assert reason.params == {
        "code": "SF",
        "name": "春节回馈",
        "tier": Tier.GOLD,
        "step": later_step,
        "start": day - timedelta(days=2),
        "end": earlier,
    }
    assert str(reason) == (
        f"campaign SF 春节回馈: the gold step {later_step} was not saved: after an edit on "
        f"another laptop it falls outside the campaign's period ({day - timedelta(days=2)} – "
        f"{earlier}); sync, then set the step again (Edit steps)"
    )
    assert two.sync().refusals == []  # nothing left to push; the list keeps it (status)
    assert isinstance(sync_status(two.db).refusals[0].reason, Message)
    assert book.one("SELECT ends_on FROM campaigns") == earlier
    assert book.one("SELECT gold_due_on FROM campaigns") == step
    one.sync()
    for laptop in (one, two):
        assert (
            laptop.count(
                "campaigns",
                f"ends_on = '{earlier.isoformat()}' AND gold_due_on = '{step.isoformat()}'",
            )
            == 1
        )
        assert laptop.pending() == 0


def test_the_end_moved_after_the_other_laptops_step_is_refused_naming_the_end(book, laptops):
    """The other order: the gold step moved later goes first, then the other laptop's end
    moved before it is refused. The lead reads that the new end was not saved (the step
    stays), not that an empty step was."""
    one, two, day, step, end, earlier, later_step = _end_and_step_edited_offline(laptops)
    assert two.sync().outcomes == {"applied": 1}
    report = one.sync()
    assert report.outcomes == {"refused": 1}
    reason = report.refusals[0].reason
    assert isinstance(reason, Message), reason
    assert str(reason) == (
        f"campaign SF 春节回馈: the new end {earlier} was not saved: after an edit on another "
        f"laptop the gold step {later_step} falls after it; sync, then move the step earlier "
        "and the end again (Edit steps)"
    )
    assert book.one("SELECT ends_on FROM campaigns") == end
    assert book.one("SELECT gold_due_on FROM campaigns") == later_step
