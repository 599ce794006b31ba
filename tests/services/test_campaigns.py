"""Campaigns in the managers' work (issue 25): whom a campaign targets, the due item
`campaign_contact` following the member's current manager, a reached campaign contact
resetting the routine cadence, and when the item is done."""

from __future__ import annotations

import uuid
from datetime import UTC, date, datetime

import pytest
from sqlalchemy import func, select

from vipcrm.domain.due import DueKind
from vipcrm.domain.errors import PermissionDenied, ValidationError
from vipcrm.domain.values import (
    CampaignKind,
    CampaignResult,
    Channel,
    GroupClass,
    KeyRole,
    MemberStatus,
    Outcome,
    Role,
    Tier,
)
from vipcrm.services.assignment import reassign
from vipcrm.services.campaigns import (
    CampaignEdit,
    NewCampaign,
    add_campaign,
    campaign_progress,
    close_campaign,
    edit_campaign,
    record_outcome,
)
from vipcrm.services.contacts import log_contact
from vipcrm.services.context import resolve_actor
from vipcrm.services.due import due_for
from vipcrm.store.models import (
    CampaignTarget,
    ContactAttempt,
    GroupCustomer,
    Manager,
    Member,
    OutboxEntry,
    ServicePlan,
    Team,
)

START, END = date(2026, 10, 12), date(2026, 10, 23)  # Monday to Friday of the next week
MID = date(2026, 10, 19)


def at(day: date, hour: int = 3) -> datetime:
    return datetime(day.year, day.month, day.day, hour, tzinfo=UTC)  # 11:00 in Beijing


@pytest.fixture
def team(db):
    """T1: lead L1, managers M1 and M2; T2: M3. Members in the routine phase."""
    with db.transaction() as s:
        t1, t2 = (
            Team(id=uuid.uuid4(), code="T1", name="一组"),
            Team(id=uuid.uuid4(), code="T2", name="二组"),
        )
        s.add_all([t1, t2])
        s.flush()
        ids = {}
        for code, role, t in (
            ("A", Role.ADMIN, None),
            ("L1", Role.LEAD, t1.id),
            ("M1", Role.MANAGER, t1.id),
            ("M2", Role.MANAGER, t1.id),
            ("M3", Role.MANAGER, t2.id),
        ):
            m = Manager(id=uuid.uuid4(), code=code, name=code, role=role, team_id=t)
            s.add(m)
            ids[code] = m.id
        s.flush()
        group = GroupCustomer(code="G1", name="甲集团", group_class=GroupClass.A)
        s.add(group)
        s.flush()
        for phone, name, tier, manager, extra in (
            ("13800000001", "金一", Tier.GOLD, "M1", {}),
            ("13800000002", "钻二", Tier.DIAMOND, "M2", {"important": True}),
            ("13800000003", "银三", Tier.SILVER, "M1", {}),
            ("13800000004", "金四", Tier.GOLD, "M3", {}),
            (
                "13800000005",
                "银五",
                Tier.SILVER,
                "M2",
                {"group_id": group.id, "key_role": KeyRole.CONTACT},
            ),
        ):
            s.add(Member(phone=phone, name=name, tier=tier, manager_id=ids[manager], **extra))
    return db


def add(db, user: str = "L1", **kw) -> int:
    fields = dict(
        code="SF", name="春节回馈", kind=CampaignKind.MARKETING, starts_on=START, ends_on=END
    )
    fields.update(kw)
    with db.transaction() as s:
        actor = resolve_actor(s, user)
        s.info["actor"] = actor
        _campaign, changes = add_campaign(s, actor, NewCampaign(**fields), today=START)
        return len(changes.members)


def due(db, user: str, today: date = MID, horizon: int = 14) -> list:
    with db.reading() as s:
        return list(due_for(s, resolve_actor(s, user), today=today, horizon_days=horizon).items)


def campaign_items(db, user: str, today: date = MID) -> dict[str, object]:
    return {i.member_name: i for i in due(db, user, today) if i.kind is DueKind.CAMPAIGN_CONTACT}


def contact(db, user: str, phone: str, outcome: Outcome = Outcome.REACHED, day: date = MID):
    with db.transaction() as s:
        actor = resolve_actor(s, user)
        s.info["actor"] = actor
        attempt, _ = log_contact(
            s, actor, member_ref=phone, channel=Channel.PHONE, outcome=outcome, at=at(day)
        )
        return attempt.id


def outcome(
    db, user: str, phone: str, result: CampaignResult | None, score=None, day=MID, code="SF"
):
    with db.transaction() as s:
        actor = resolve_actor(s, user)
        s.info["actor"] = actor
        record_outcome(
            s,
            actor,
            campaign_code=code,
            member_ref=phone,
            result=result,
            score=score,
            now=at(day, 5),
        )


def test_targets_are_the_members_the_lead_sees_that_match(team):
    assert add(team, tiers=(Tier.GOLD, Tier.DIAMOND)) == 2  # not silver, not another team's
    assert add(team, code="KP", key_persons=True) == 1
    assert add(team, code="IMP", important=True) == 1
    assert add(team, code="GA", group_classes=(GroupClass.A,)) == 1
    assert add(team, code="ALL") == 4
    assert add(team, code="ADM", user="A") == 5  # the administrator's reaches every team
    with pytest.raises(ValidationError, match="no member matches"):
        add(team, code="NONE", group_classes=(GroupClass.D,))
    with pytest.raises(PermissionDenied, match="needs the role lead or admin"):
        add(team, code="M", user="M1")
    # the targets travel: in the outbox with the campaign
    with team.reading() as s:
        tables = {e.table_name for e in s.scalars(select(OutboxEntry))}
        assert {"campaigns", "campaign_targets"} <= tables


def test_the_item_is_each_targeted_members_due_by_the_end(team):
    add(team, tiers=(Tier.GOLD, Tier.DIAMOND))
    mine = campaign_items(team, "M1")
    assert list(mine) == ["金一"]
    item = mine["金一"]
    assert (item.due_date, item.window_start, item.overdue_days) == (END, START, 0)
    assert item.reason.get("campaign") == "SF" and item.reason.get("title") == "春节回馈"
    assert list(campaign_items(team, "L1")) == ["钻二", "金一"]  # ordered by tier
    assert campaign_items(team, "M3") == {}
    # after the end, still due (overdue) until the campaign is closed
    late = campaign_items(team, "M1", date(2026, 10, 26))["金一"]
    assert late.overdue_days == 3
    with team.transaction() as s:
        actor = resolve_actor(s, "L1")
        s.info["actor"] = actor
        close_campaign(s, actor, "SF")
    assert campaign_items(team, "M1", date(2026, 10, 26)) == {}


def test_the_item_follows_a_reassigned_member_and_ends_when_the_member_leaves(team):
    add(team, tiers=(Tier.GOLD,))
    assert list(campaign_items(team, "M1")) == ["金一"]
    with team.transaction() as s:
        actor = resolve_actor(s, "L1")
        s.info["actor"] = actor
        reassign(s, actor, member_ref="13800000001", to="M2", today=MID)
    assert campaign_items(team, "M1") == {}
    moved = campaign_items(team, "M2")["金一"]
    assert moved.manager_code == "M2" and moved.due_date == END
    # the new manager records the outcome against their own call
    contact(team, "M2", "13800000001")
    outcome(team, "M2", "13800000001", CampaignResult.INTERESTED)
    assert campaign_items(team, "M2") == {}
    with team.transaction() as s:  # a member who leaves the club has no item
        add_member = s.scalars(select(Member).where(Member.phone == "13800000004")).one()
        add_member.manager_id = s.scalars(select(Manager.id).where(Manager.code == "M1")).one()
    add(team, code="SF2", tiers=(Tier.GOLD,))
    assert "金四" in campaign_items(team, "M1")
    with team.transaction() as s:
        s.scalars(
            select(Member).where(Member.phone == "13800000004")
        ).one().status = MemberStatus.LEFT
    assert "金四" not in campaign_items(team, "M1")


def test_a_reached_campaign_call_resets_the_cadence_and_the_outcome_closes_the_item(team):
    add(team, tiers=(Tier.GOLD,))

    def kinds() -> set[DueKind]:
        return {i.kind for i in due(team, "M1") if i.member_name == "金一"}

    assert {DueKind.ROUTINE_CALL, DueKind.CAMPAIGN_CONTACT} <= kinds()
    contact(team, "M1", "13800000001", Outcome.NO_ANSWER, day=date(2026, 10, 13))
    outcome(team, "M1", "13800000001", CampaignResult.UNREACHABLE, day=date(2026, 10, 13))
    assert DueKind.CAMPAIGN_CONTACT in kinds()  # unreachable keeps it due
    contact(team, "M1", "13800000001")
    # the campaign call is a reached contact: October's routine call is done
    assert DueKind.ROUTINE_CALL not in kinds()
    assert DueKind.CAMPAIGN_CONTACT in kinds()  # ... and the outcome is still to record
    outcome(team, "M1", "13800000001", CampaignResult.ACCEPTED)
    assert DueKind.CAMPAIGN_CONTACT not in kinds()
    # as it was before the outcome (due --on a past day)
    assert "金一" in campaign_items(team, "M1", date(2026, 10, 18))

    with team.reading() as s:
        progress = campaign_progress(s, resolve_actor(s, "L1"), "SF", today=MID)
    shown = progress.to_json()
    assert shown["overall"]["accepted"] == 1 and shown["overall"]["unreachable"] == 0
    assert shown["overall"]["reached"] == 1 and shown["overall"]["contacted"] == 1
    assert shown["by_tier"]["gold"]["targeted"] == 1


def test_a_survey_item_needs_the_score(team):
    add(team, code="SAT", kind=CampaignKind.SURVEY, tiers=(Tier.DIAMOND,))
    assert list(campaign_items(team, "M2")) == ["钻二"]
    contact(team, "M2", "13800000002")
    with pytest.raises(ValidationError, match="needs a score"):
        outcome(team, "M2", "13800000002", CampaignResult.ANSWERED, code="SAT")
    outcome(team, "M2", "13800000002", None, score=5, code="SAT")
    assert campaign_items(team, "M2") == {}


def test_members_not_contacted_two_working_days_before_the_end_are_flagged(team):
    add(team, tiers=(Tier.GOLD, Tier.DIAMOND))
    contact(team, "M1", "13800000001", Outcome.NO_ANSWER)
    with team.reading() as s:
        lead = resolve_actor(s, "L1")
        early = campaign_progress(s, lead, "SF", today=MID)  # Mon: 4 working days left
        late = campaign_progress(s, lead, "SF", today=date(2026, 10, 21))  # Wed: 2 left
    assert early.overall.flagged == 0
    assert late.working_days_left == 2
    assert [r.name for r in late.targets if r.flagged] == ["钻二"]  # 金一 was tried
    assert late.by_manager["M2"].flagged == 1 and late.by_manager["M1"].flagged == 0


def test_targets_are_kept_as_chosen(team):
    """A member graded into the target after the campaign was added is not targeted: the
    targets are the snapshot taken when the lead added it."""
    add(team, tiers=(Tier.GOLD,))
    with team.transaction() as s:
        s.scalars(select(Member).where(Member.phone == "13800000003")).one().tier = Tier.GOLD
    assert list(campaign_items(team, "M1")) == ["金一"]
    with team.reading() as s:
        assert s.scalar(select(CampaignTarget.id).where(CampaignTarget.deleted.is_(True))) is None


@pytest.mark.parametrize("lang", ["zh_CN", "en"])
def test_the_item_is_in_the_monthly_and_weekly_plans_generated_and_printed(team, tmp_path, lang):
    from tests.reports.pdfcheck import pdf_text
    from vipcrm.reports.plan_report import render_plan
    from vipcrm.services.plan_contents import month_plan, week_plan

    add(team, tiers=(Tier.GOLD,))
    with team.reading() as s:
        m1 = resolve_actor(s, "M1")
        month = month_plan(s, m1, manager="M1", month="2026-10")
        rows = [r for r in month.rows if r.kind == DueKind.CAMPAIGN_CONTACT.value]
        assert [r.member_name for r in rows] == ["金一"]
        assert START <= rows[0].on <= END and rows[0].due_date == END
        year, number, _ = rows[0].on.isocalendar()
        week = week_plan(s, m1, manager="M1", week=f"{year}-W{number:02d}")
    assert [r.member_name for r in week.rows if r.kind == "campaign_contact"] == ["金一"]
    text = " ".join(pdf_text(render_plan(month, tmp_path / "plan.pdf", lang)).split())
    assert "春节回馈" in text and "SF" in text
    assert ("活动联系" if lang == "zh_CN" else "Campaign") in text


def test_a_phone_bill_attached_to_the_campaign_counts_and_keeps_the_item_until_the_result(
    team, tmp_path
):
    import importlib.util
    from pathlib import Path

    from vipcrm.domain.errors import NotFound
    from vipcrm.services.phone_bill import import_bill

    spec = importlib.util.spec_from_file_location("bills", Path(__file__).with_name("bills.py"))
    assert spec is not None and spec.loader is not None
    bills = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(bills)
    add(team, tiers=(Tier.GOLD, Tier.SILVER))  # M1's 金一 and 银三 (M2's 银五 too)
    path = bills.write_csv(
        tmp_path / "calls.csv",
        bills.CALL_HEADER,
        [
            bills.call(f"{MID} 10:00:00", "主叫", "13800000001", "2分"),  # reached
            bills.call(f"{MID} 10:05:00", "主叫", "13800000003", "0秒"),  # no answer
            bills.call(f"{END} 23:59:59", "主叫", "13800000003", "1分"),  # last second: in
            bills.call(f"{START} 00:00:00", "被叫", "13800000001", "1分"),  # first second: in
        ],
        "gb18030",
    )

    def run(user: str = "M1", **kw):
        with team.transaction() as s:
            actor = s.info["actor"] = resolve_actor(s, user)
            return import_bill(s, actor, path, now=at(END, 20), **kw)[0]

    def logged() -> int:
        with team.reading() as s:
            return len(s.scalars(select(ContactAttempt)).all())

    with pytest.raises(NotFound):
        run("M3", campaign="SF")  # another team's: unseen
    preview = run(campaign="SF", dry_run=True)
    assert (preview.campaign_contacts, preview.campaign_reached) == (4, 2) and logged() == 0
    result = run(campaign="SF")
    assert result.campaign == "SF"
    assert (result.campaign_contacts, result.campaign_members) == (4, 2)
    assert (result.campaign_reached, result.campaign_awaiting) == (2, 2)
    with team.reading() as s:
        overall = campaign_progress(s, resolve_actor(s, "L1"), "SF", today=MID).to_json()
    assert (overall["overall"]["contacted"], overall["overall"]["reached"]) == (2, 2)
    # answered, no result yet: the item stays open until the result is recorded
    assert {"金一", "银三"} <= set(campaign_items(team, "M1", END))
    outcome(team, "M1", "13800000001", CampaignResult.ACCEPTED, day=END)
    assert "金一" not in campaign_items(team, "M1", END)

    with team.transaction() as s:
        close_campaign(s, resolve_actor(s, "L1"), "SF")
    before = logged()
    with pytest.raises(ValidationError, match="SF is closed"):
        run(campaign="SF")
    assert logged() == before


# -- steps: an earlier day per tier (diamond members told first) ------------------------------
STEP = date(2026, 10, 16)  # the first week's Friday; the end is the next Friday


def test_a_tiers_step_is_its_members_due_date_and_the_others_keep_the_end(team):
    add(team, tiers=(Tier.GOLD, Tier.DIAMOND), steps=((Tier.DIAMOND, STEP),))
    lead = campaign_items(team, "L1", START)
    assert list(lead) == ["钻二", "金一"]  # ordered by tier, as every item
    diamond, gold = lead["钻二"], lead["金一"]
    assert (diamond.due_date, diamond.window_start) == (STEP, START)
    assert (gold.due_date, gold.window_start) == (END, START)
    assert diamond.reason.get("step") == STEP and diamond.reason.get("tier") is Tier.DIAMOND
    assert gold.reason.get("step") is None  # due by the end: the reason as before
    # past the step the diamond member is overdue; the gold member is not
    monday = campaign_items(team, "L1", MID)
    assert monday["钻二"].overdue_days == 3 and monday["金一"].overdue_days == 0
    with team.reading() as s:
        row = campaign_progress(s, resolve_actor(s, "L1"), "SF", today=START).campaign
    assert row.steps == {Tier.DIAMOND: STEP}
    assert (row.due_on(Tier.DIAMOND), row.due_on(Tier.GOLD)) == (STEP, END)


@pytest.mark.parametrize("lang", ["zh_CN", "en"])
def test_a_step_is_said_in_the_items_reason(team, lang):
    from vipcrm.texts import Texts

    add(team, tiers=(Tier.GOLD, Tier.DIAMOND), steps=((Tier.DIAMOND, STEP),))
    items = campaign_items(team, "L1", START)
    t = Texts(lang)
    step = t.reason(items["钻二"].reason)
    assert "2026-10-16" in step and ("钻卡会员" if lang == "zh_CN" else "Diamond members") in step
    assert "2026-10-16" not in t.reason(items["金一"].reason)


def test_members_are_flagged_two_working_days_before_their_own_due_date(team):
    add(team, tiers=(Tier.GOLD, Tier.DIAMOND), steps=((Tier.DIAMOND, STEP),))
    with team.reading() as s:
        lead = resolve_actor(s, "L1")
        wednesday = campaign_progress(s, lead, "SF", today=date(2026, 10, 14))  # 2 to Fri
        tuesday = campaign_progress(s, lead, "SF", today=date(2026, 10, 13))  # 3 to Fri
    assert [r.name for r in tuesday.targets if r.flagged] == []
    # the diamond member's step is two working days away; the gold member's end is not
    assert [r.name for r in wednesday.targets if r.flagged] == ["钻二"]
    assert (
        wednesday.by_tier[Tier.DIAMOND].flagged == 1 and wednesday.by_tier[Tier.GOLD].flagged == 0
    )
    shown = wednesday.to_json()
    assert shown["steps"] == {"diamond": "2026-10-16"}
    assert shown["by_tier"]["diamond"]["due"] == "2026-10-16"
    assert shown["by_tier"]["gold"]["due"] == "2026-10-23"
    assert [(f["name"], f["due"]) for f in shown["flagged"]] == [("钻二", "2026-10-16")]
    assert shown["working_days_left"] == 7  # the campaign's own: to its end


@pytest.mark.parametrize(
    ("steps", "tiers", "expected"),
    [
        (((Tier.DIAMOND, date(2026, 10, 11)),), (), "outside the campaign's period"),
        (((Tier.DIAMOND, date(2026, 10, 24)),), (), "outside the campaign's period"),
        (((Tier.SILVER, STEP),), (Tier.GOLD, Tier.DIAMOND), "targets diamond, gold only"),
        (((Tier.GOLD, STEP), (Tier.GOLD, MID)), (), "gold has two steps"),
    ],
)
def test_a_bad_step_is_refused_and_nothing_is_written(team, steps, tiers, expected):
    with pytest.raises(ValidationError, match=expected):
        add(team, tiers=tiers, steps=steps)
    with team.reading() as s:
        assert s.scalar(select(CampaignTarget.id)) is None


def test_the_database_refuses_a_step_outside_the_period(team):
    from sqlalchemy.exc import IntegrityError

    from vipcrm.store.models import Campaign

    add(team, tiers=(Tier.GOLD,), steps=((Tier.GOLD, START),))  # the first day is in
    with pytest.raises(IntegrityError), team.transaction() as s:
        s.scalars(select(Campaign)).one().gold_due_on = date(2026, 10, 24)


def test_the_plan_puts_a_stepped_member_on_a_day_by_the_step(team, tmp_path):
    from tests.reports.pdfcheck import pdf_text
    from vipcrm.reports.plan_report import render_plan
    from vipcrm.services.plan_contents import month_plan

    add(team, tiers=(Tier.DIAMOND, Tier.GOLD), steps=((Tier.DIAMOND, STEP),))
    with team.reading() as s:
        lead = resolve_actor(s, "L1")
        plan = month_plan(s, lead, manager="M2", month="2026-10")  # 钻二's
        gold = month_plan(s, lead, manager="M1", month="2026-10")  # 金一's
    [row] = [r for r in plan.rows if r.kind == DueKind.CAMPAIGN_CONTACT.value]
    assert row.member_name == "钻二" and row.due_date == STEP and START <= row.on <= STEP
    [row] = [r for r in gold.rows if r.kind == DueKind.CAMPAIGN_CONTACT.value]
    assert row.member_name == "金一" and row.due_date == END
    text = " ".join(pdf_text(render_plan(plan, tmp_path / "plan.pdf", "en")).split())
    assert "Diamond members by 10-16" in text


# -- changing the steps and the end (a wrong step can be fixed) ----------------------------------
def edit(db, user: str = "L1", today: date = START, code: str = "SF", **kw):
    with db.transaction() as s:
        actor = resolve_actor(s, user)
        s.info["actor"] = actor
        _campaign, changes = edit_campaign(s, actor, code, CampaignEdit(**kw), today=today)
        return changes


def campaign_state(db) -> tuple:
    from vipcrm.store.models import Campaign

    with db.reading() as s:
        c = s.scalars(select(Campaign)).one()
        return c.ends_on, c.steps, c.version


def test_a_lead_changes_a_step_and_the_members_due_dates_follow(team):
    add(team, tiers=(Tier.GOLD, Tier.DIAMOND), steps=((Tier.DIAMOND, STEP),))
    thursday = date(2026, 10, 15)
    changes = edit(team, steps=((Tier.DIAMOND, thursday), (Tier.GOLD, MID)))
    assert changes.contacts
    items = campaign_items(team, "L1", START)
    assert (items["钻二"].due_date, items["金一"].due_date) == (thursday, MID)
    # the gold step goes (gold is due by the end again); a later end moves the others
    later = date(2026, 10, 30)
    edit(team, ends_on=later, clear_steps=(Tier.GOLD,))
    items = campaign_items(team, "L1", MID)  # the new end within the horizon
    assert (items["钻二"].due_date, items["金一"].due_date) == (thursday, later)
    with team.reading() as s:
        row = campaign_progress(s, resolve_actor(s, "L1"), "SF", today=START).campaign
    assert (row.ends_on, row.steps) == (later, {Tier.DIAMOND: thursday})
    # the change travels: the campaign is in the outbox again
    with team.reading() as s:
        assert (
            s.scalar(
                select(func.count())
                .select_from(OutboxEntry)
                .where(OutboxEntry.table_name == "campaigns")
            )
            >= 2
        )


@pytest.mark.parametrize(
    ("kw", "today", "expected"),
    [
        ({"steps": ((Tier.DIAMOND, date(2026, 10, 24)),)}, START, "outside the campaign's period"),
        ({"steps": ((Tier.DIAMOND, date(2026, 10, 11)),)}, START, "outside the campaign's period"),
        ({"steps": ((Tier.SILVER, MID),)}, START, "targets diamond, gold only"),
        ({"steps": ((Tier.GOLD, MID), (Tier.GOLD, END))}, START, "gold has two steps"),
        ({"clear_steps": (Tier.GOLD,)}, START, "gold has no step to clear"),
        (
            {"steps": ((Tier.DIAMOND, MID),), "clear_steps": (Tier.DIAMOND,)},
            START,
            "given a step and cleared",
        ),
        ({"ends_on": date(2026, 10, 11)}, START, "before the start"),
        ({"ends_on": date(2026, 10, 19)}, date(2026, 10, 20), "before today 2026-10-20"),
        # the diamond step (16th) kept would fall after an end moved to the 15th
        ({"ends_on": date(2026, 10, 15)}, START, "diamond: 2026-10-16 is outside"),
        ({}, START, "nothing to change"),
    ],
)
def test_a_bad_change_is_refused_in_one_line_and_nothing_is_written(team, kw, today, expected):
    add(team, tiers=(Tier.GOLD, Tier.DIAMOND), steps=((Tier.DIAMOND, STEP),))
    before = campaign_state(team)
    with pytest.raises(ValidationError, match=expected) as raised:
        edit(team, today=today, **kw)
    assert "\n" not in str(raised.value)
    assert campaign_state(team) == before


def test_an_end_moved_earlier_keeps_steps_that_still_fit(team):
    add(team, tiers=(Tier.GOLD, Tier.DIAMOND), steps=((Tier.DIAMOND, STEP),))
    edit(team, ends_on=MID, today=date(2026, 10, 14))
    assert campaign_state(team)[:2] == (MID, {Tier.DIAMOND: STEP})
    assert campaign_items(team, "L1", START)["金一"].due_date == MID


def test_a_change_that_changes_nothing_writes_nothing(team):
    add(team, tiers=(Tier.GOLD, Tier.DIAMOND), steps=((Tier.DIAMOND, STEP),))
    before = campaign_state(team)
    changes = edit(team, ends_on=END, steps=((Tier.DIAMOND, STEP),))
    assert not changes.contacts and campaign_state(team) == before


def test_a_closed_campaign_a_manager_and_another_teams_lead_change_nothing(team):
    add(team, tiers=(Tier.GOLD, Tier.DIAMOND))
    with pytest.raises(PermissionDenied):
        edit(team, user="M1", steps=((Tier.GOLD, MID),))
    with team.transaction() as s:  # T2's lead
        s.add(
            Manager(
                code="L2",
                name="L2",
                role=Role.LEAD,
                team_id=s.scalars(select(Team.id).where(Team.code == "T2")).one(),
            )
        )
    with pytest.raises(Exception, match="no campaign SF"):
        edit(team, user="L2", steps=((Tier.GOLD, MID),))
    with team.transaction() as s:
        actor = resolve_actor(s, "L1")
        s.info["actor"] = actor
        close_campaign(s, actor, "SF")
    before = campaign_state(team)
    with pytest.raises(ValidationError, match="SF is closed"):
        edit(team, steps=((Tier.GOLD, MID),))
    assert campaign_state(team) == before
    # an administrator changes any team's open one
    add(team, code="SF2", tiers=(Tier.GOLD,))
    edit(team, user="A", code="SF2", steps=((Tier.GOLD, MID),))


# -- saved plans after a step moves ------------------------------------------------------------
def test_saved_plans_not_yet_approved_keep_the_old_days_and_the_lead_is_told_how_to_respread(
    team,
):
    """A saved plan is its manager's: moving a step does not re-spread it (the lead may not
    write a manager's plan, and approves the version they see). The lead is told, in one
    line, which plans not yet approved keep the old days; the manager's Generate again
    re-spreads them up to the new step. An approved plan is not listed."""
    from vipcrm.services.campaigns import kept_plans_notice, plans_keeping_old_days
    from vipcrm.services.saved_plans import approve_plan, generate_plan, submit_plan
    from vipcrm.store.models import Campaign

    add(team, tiers=(Tier.DIAMOND, Tier.GOLD))  # 钻二 (M2), 金一 (M1): due by the end, 23rd

    def campaign_item(manager: str) -> tuple[date, date | None]:
        """The manager generates the month's plan (again): the campaign item's day and the
        step it is spread up to (what the printed plan says: "Diamond members by 10-12")."""
        with team.transaction() as s:
            actor = resolve_actor(s, manager)
            s.info["actor"] = actor
            view, _ = generate_plan(s, actor, period="2026-10", replace=True)
            (item,) = [i for i in view.items if i.kind == DueKind.CAMPAIGN_CONTACT.value]
            return item.on, item.reason.get("step")

    def kept() -> list[tuple[str, str, str, int]]:
        with team.reading() as s:
            campaign = s.scalars(select(Campaign)).one()
            return [
                (p.manager_code, p.period, p.status.value, p.items)
                for p in plans_keeping_old_days(s, campaign)
            ]

    on, step = campaign_item("M2")
    campaign_item("M1")
    with team.transaction() as s:  # M1's plan is approved: frozen as the lead saw it
        m1, lead = resolve_actor(s, "M1"), resolve_actor(s, "L1")
        (plan,) = [p for p in s.scalars(select(ServicePlan)) if p.manager_id == m1.manager_id]
        submit_plan(s, m1, plan.id)
        approve_plan(s, lead, plan.id, seen_version=plan.content_version, comment="好")
    assert START <= on <= END and step is None  # due by the end
    edit(team, steps=((Tier.DIAMOND, START),))  # diamond members by the first day
    assert kept() == [("M2", "2026-10", "draft", 1)]
    with team.reading() as s:
        notice = kept_plans_notice(
            plans_keeping_old_days(s, s.scalars(select(Campaign)).one()), "SF"
        )
    assert notice is not None and str(notice) == (
        "1 saved plan(s) not yet approved keep SF's items on their old days (M2 (M2) "
        "2026-10); a plan is its manager's: they spread it again with Plans → Generate "
        "again… (vipcrm plans generate --period P --replace)"
    )
    # the manager generates it again: the item is spread up to the new step
    assert campaign_item("M2") == (START, START)


def test_a_plan_whose_campaign_items_a_moved_step_leaves_as_they_are_is_not_listed(team):
    """Moving the diamond step changes nothing for the gold members (due by the end, as
    before): the plan holding only a gold member's item is spread as it would be again, so
    its manager is not asked to generate it again. Moving the end concerns both."""
    from vipcrm.services.campaigns import plans_keeping_old_days
    from vipcrm.services.saved_plans import generate_plan
    from vipcrm.store.models import Campaign

    add(team, tiers=(Tier.DIAMOND, Tier.GOLD))  # 钻二 (M2), 金一 (M1): due by the end
    for manager in ("M1", "M2"):
        with team.transaction() as s:
            actor = resolve_actor(s, manager)
            s.info["actor"] = actor
            generate_plan(s, actor, period="2026-10")

    def kept() -> list[str]:
        with team.reading() as s:
            campaign = s.scalars(select(Campaign)).one()
            return [p.manager_code for p in plans_keeping_old_days(s, campaign)]

    edit(team, steps=((Tier.DIAMOND, MID),))
    assert kept() == ["M2"]  # 钻二's item now due by the step; 金一's as it was
    edit(team, ends_on=date(2026, 10, 22))
    assert kept() == ["M1", "M2"]
