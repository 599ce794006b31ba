"""Review of issue 25 (campaigns) from the attacker model of DESIGN.md decision 12: a
manager or a lead with psql and their own password. Each test states what must hold; the
holes found are marked xfail(strict=True) so they flip (and fail) once fixed."""

from __future__ import annotations

import json
import uuid
from datetime import timedelta

import psycopg
import pytest

from vipcrm.cli import main
from vipcrm.commands.common import today
from vipcrm.domain.values import CampaignKind, CampaignResult, Channel, Outcome, Tier
from vipcrm.services.campaigns import NewCampaign, add_campaign, record_outcome
from vipcrm.services.contacts import log_contact

GOLD_A, GOLD_B, GOLD_C = "13800000001", "13800000002", "13800000003"

CAMPAIGN = (
    "INSERT INTO campaigns (id, code, name, kind, starts_on, ends_on, target, channel, "
    "sms_template, call_script, status, team_id, created_by_id, created_at, version, "
    "updated_at, deleted) VALUES (%s, %s, 'x', 'marketing', current_date - 1, "
    "current_date + 10, '{}', 'call', '', '', %s, %s, %s, now(), 1, now(), false)"
)
TARGET = (
    "INSERT INTO campaign_targets (id, campaign_id, member_id, version, updated_at, deleted) "
    "VALUES (%s, %s, %s, 1, now(), false)"
)
OUTCOME = (
    "INSERT INTO campaign_outcomes (id, campaign_id, member_id, contact_id, result, score, "
    "note, at, manager_id, version, updated_at, deleted) VALUES (%s, %s, %s, %s, "
    "%s, %s, '', now(), %s, 1, now(), false)"
)


class World:
    def __init__(self, org) -> None:
        self.org = org
        t1 = org.one("SELECT id FROM teams WHERE code = 'T1'")
        t2 = org.one("SELECT id FROM teams WHERE code = 'T2'")
        self.team = {"T1": t1, "T2": t2}
        self.a = org.add_member(GOLD_A, "A", name="金甲")
        self.b = org.add_member(GOLD_B, "B", name="金乙")
        self.c = org.add_member(GOLD_C, "C", name="金丙")
        self.contact = {
            m: org.add_contact(m, who) for m, who in ((self.a, "A"), (self.b, "B"), (self.c, "C"))
        }
        self.t1 = self.campaign("T1C", "T1", "L1")
        self.t2 = self.campaign("T2C", "T2", "L2")
        self.adm = self.campaign("ADMC", None, "ADM")
        self.closed = self.campaign("T1X", "T1", "L1", status="closed")
        for camp, members in (
            (self.t1, (self.a, self.b)),
            (self.t2, (self.c,)),
            (self.adm, (self.a, self.b, self.c)),
            (self.closed, (self.a,)),
        ):
            for m in members:
                org.sql(TARGET, (uuid.uuid4(), camp, m))

    def campaign(self, code, team, by, status="open") -> uuid.UUID:
        cid = uuid.uuid4()
        self.org.sql(
            CAMPAIGN,
            (cid, code, status, self.team[team] if team else None, self.org.manager_id(by)),
        )
        return cid

    def outcome(self, conn, campaign, member, contact, result="accepted", score=None, by=None):
        return conn.execute(OUTCOME, (uuid.uuid4(), campaign, member, contact, result, score, by))


@pytest.fixture
def w(org):
    return World(org)


# --- holes --------------------------------------------------------------------------------


def test_a_lead_cannot_take_over_an_administrators_campaign(w):
    with w.org.connect_as("L1") as conn:
        try:
            n = conn.execute(
                "UPDATE campaigns SET team_id = %s, name = 'mine now' WHERE id = %s",
                (w.team["T1"], w.adm),
            ).rowcount
        except psycopg.errors.InsufficientPrivilege:
            n = 0
    assert n == 0
    assert w.org.one("SELECT team_id FROM campaigns WHERE id = %s", (w.adm,)) is None


def test_no_outcome_on_a_closed_campaign(w):
    with w.org.connect_as("A") as conn:
        with pytest.raises(psycopg.Error):
            w.outcome(conn, w.closed, w.a, w.contact[w.a])
    assert w.org.one("SELECT count(*) FROM campaign_outcomes") == 0


def test_an_outcome_recorded_before_the_close_still_lands(w):
    """A laptop offline when the lead closed the campaign hands in what it recorded before
    (its ``at`` no later than ``closed_at``); one recorded after, or on a deleted
    campaign, is refused."""
    w.org.sql(
        "UPDATE campaigns SET closed_at = now() + interval '1 hour' WHERE id = %s", (w.closed,)
    )
    with w.org.connect_as("A") as conn:
        w.outcome(conn, w.closed, w.a, w.contact[w.a])
    w.org.sql(
        "UPDATE campaigns SET closed_at = now() - interval '1 hour' WHERE id = %s", (w.closed,)
    )
    w.org.sql("UPDATE campaigns SET deleted = true WHERE id = %s", (w.t1,))
    with w.org.connect_as("A") as conn:
        for camp in (w.closed, w.t1):
            with pytest.raises(psycopg.errors.CheckViolation):
                w.outcome(conn, camp, w.a, w.contact[w.a])
    assert w.org.one("SELECT count(*) FROM campaign_outcomes") == 1


def test_the_outcome_guard_is_no_oracle_on_another_teams_targets(w):
    """C (team T2) knows the ids (old change-log, a former member...). Trying an outcome
    for T1's member in T1's campaign and in the T2 campaign must answer the same way."""
    answers = []
    with w.org.connect_as("C") as conn:
        for camp in (w.t1, w.t2):  # A's member is in t1, not in t2 (the guard reads through RLS)
            try:
                w.outcome(conn, camp, w.a, w.contact[w.c])
                answers.append("written")
            except psycopg.Error as e:
                answers.append(f"{type(e).__name__}: {e.diag.message_primary}")
    assert answers[0] == answers[1], answers


def test_a_result_fits_the_campaigns_kind(w):
    with w.org.connect_as("A") as conn:
        for result, score in (("answered", 1), ("accepted", 3), ("unreachable", 2)):
            with pytest.raises(psycopg.errors.CheckViolation):
                w.outcome(conn, w.t1, w.a, w.contact[w.a], result=result, score=score)
        w.org.sql("UPDATE campaigns SET kind = 'survey' WHERE id = %s", (w.t1,))
        for result, score in (("answered", None), ("accepted", None), ("unreachable", 2)):
            with pytest.raises(psycopg.errors.CheckViolation):
                w.outcome(conn, w.t1, w.a, w.contact[w.a], result=result, score=score)
        w.outcome(conn, w.t1, w.a, w.contact[w.a], result="answered", score=4)
        w.outcome(conn, w.t1, w.a, w.contact[w.a], result="unreachable")
    assert w.org.one("SELECT count(*) FROM campaign_outcomes") == 2


# --- attacks that held --------------------------------------------------------------------


def test_a_manager_writes_no_campaign_or_target_and_deletes_nothing(w):
    with w.org.connect_as("A") as conn:
        for sql, params in (
            (CAMPAIGN, (uuid.uuid4(), "MINE", "open", w.team["T1"], None)),
            (TARGET, (uuid.uuid4(), w.t1, w.a)),
            (TARGET, (uuid.uuid4(), w.t2, w.a)),
            ("UPDATE campaigns SET ends_on = ends_on + 1 WHERE id = %s", (w.t1,)),
            ("UPDATE campaign_targets SET deleted = true WHERE member_id = %s", (w.a,)),
            ("DELETE FROM campaigns WHERE id = %s", (w.t1,)),
            ("DELETE FROM campaign_targets WHERE member_id = %s", (w.a,)),
        ):
            with pytest.raises(psycopg.errors.InsufficientPrivilege):
                conn.execute(sql, params)
    assert w.org.one("SELECT count(*) FROM campaign_targets") == 7


def test_a_lead_writes_only_the_teams_campaigns_and_members(w):
    with w.org.connect_as("L1") as conn:
        refused = (
            (CAMPAIGN, (uuid.uuid4(), "OTHER", "open", w.team["T2"], None)),
            (CAMPAIGN, (uuid.uuid4(), "NOTEAM", "open", None, None)),
            (TARGET, (uuid.uuid4(), w.t1, w.c)),  # another team's member
            (TARGET, (uuid.uuid4(), w.t2, w.a)),  # another team's campaign
            (TARGET, (uuid.uuid4(), w.adm, uuid.uuid4())),
            ("UPDATE campaigns SET team_id = NULL WHERE id = %s", (w.t1,)),
            (
                "UPDATE campaign_targets SET member_id = %s WHERE campaign_id = %s "
                "AND member_id = %s",
                (w.b, w.closed, w.a),
            ),
        )
        for sql, params in refused:
            with pytest.raises(
                (psycopg.errors.InsufficientPrivilege, psycopg.errors.ForeignKeyViolation)
            ):
                conn.execute(sql, params)
        # another team's campaign is invisible, so untouched
        assert conn.execute("UPDATE campaigns SET name = 'x' WHERE id = %s", (w.t2,)).rowcount == 0
        # own campaign: the author stays the one who made it
        conn.execute(
            "UPDATE campaigns SET created_by_id = %s, name = 'y' WHERE id = %s",
            (w.org.manager_id("ADM"), w.t1),
        )
        # a lead adds to the admin's campaign? refused too
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            conn.execute(TARGET, (uuid.uuid4(), w.adm, w.a))
    assert w.org.one(
        "SELECT created_by_id FROM campaigns WHERE id = %s", (w.t1,)
    ) == w.org.manager_id("L1")


def test_reading_stays_within_the_team(w):
    with w.org.connect_as("A") as conn:
        one = lambda q, p=(): conn.execute(q, p).fetchone()[0]  # noqa: E731
        assert one("SELECT count(*) FROM campaigns") == 3  # T1C, T1X, ADMC
        assert one("SELECT count(*) FROM campaign_targets") == 3  # own member only
        assert (
            one(
                "SELECT count(*) FROM campaign_targets t JOIN campaigns c "
                "ON c.id = t.campaign_id WHERE c.id = %s",
                (w.adm,),
            )
            == 1
        )
        assert one("SELECT count(*) FROM sync_changes WHERE row_id = %s", (w.t2,)) == 0
    with w.org.connect_as("L2") as conn:
        assert (
            conn.execute("SELECT count(*) FROM campaigns WHERE id = %s", (w.t1,)).fetchone()[0] == 0
        )
        assert conn.execute("SELECT count(*) FROM campaign_targets").fetchone()[0] == 2


def test_outcomes_are_checked_stamped_and_append_only(w):
    with w.org.connect_as("A") as conn:
        with pytest.raises(psycopg.errors.CheckViolation):
            w.outcome(conn, w.t1, w.a, w.contact[w.a], result="answered", score=9)
        with pytest.raises(psycopg.errors.CheckViolation):
            w.outcome(conn, w.t1, w.a, w.contact[w.b])  # another member's contact
        with pytest.raises(psycopg.Error):
            w.outcome(conn, w.t1, w.b, w.contact[w.b])  # another manager's member
        with pytest.raises(psycopg.Error):
            w.outcome(conn, w.t2, w.c, w.contact[w.c])  # another team's
        # forged author: stamped over
        w.outcome(conn, w.t1, w.a, w.contact[w.a], by=w.org.manager_id("B"))
        for sql in (
            "UPDATE campaign_outcomes SET result = 'declined'",
            "UPDATE campaign_outcomes SET deleted = true",
            "UPDATE campaign_outcomes SET member_id = member_id, score = 5",
            "DELETE FROM campaign_outcomes",
        ):
            with pytest.raises(psycopg.errors.InsufficientPrivilege):
                conn.execute(sql)
    assert w.org.one("SELECT manager_id FROM campaign_outcomes") == w.org.manager_id("A")
    assert w.org.one("SELECT result FROM campaign_outcomes") == "accepted"


# --- the sync path: a reassigned member's target and outcomes ------------------------------


def _verify(laptop, capsys):
    code = main(["--db", str(laptop.path), "sync", "verify", "--json"])
    return code, json.loads(capsys.readouterr().out)


def _campaign_by(lead) -> None:
    day = today()
    lead.sync()
    with lead.work() as (s, actor):
        s.info["actor"] = actor
        add_campaign(
            s,
            actor,
            NewCampaign(
                code="SF",
                name="春节",
                kind=CampaignKind.MARKETING,
                starts_on=day - timedelta(days=2),
                ends_on=day + timedelta(days=10),
                tiers=(Tier.GOLD,),
            ),
            today=day,
        )
    lead.sync()


def _outcome(laptop, phone) -> None:
    with laptop.work() as (s, actor):
        s.info["actor"] = actor
        log_contact(s, actor, member_ref=phone, channel=Channel.PHONE, outcome=Outcome.REACHED)
        record_outcome(
            s, actor, campaign_code="SF", member_ref=phone, result=CampaignResult.INTERESTED
        )


def _reassign(org, phone, to):
    org.sql("UPDATE members SET manager_id = %s WHERE phone = %s", (org.manager_id(to), phone))


@pytest.mark.parametrize("to", ["B", "C"])
def test_a_reassigned_members_target_and_outcomes_move(org, laptops, capsys, to):
    org.add_member(GOLD_A, "A", name="金甲")
    _campaign_by(laptops("L1"))
    a, new = laptops("A"), laptops(to)
    a.sync()
    new.sync()
    _outcome(a, GOLD_A)
    a.sync()
    _reassign(org, GOLD_A, to)
    a.sync()
    new.sync()
    assert a.count("campaign_targets") == 0 and a.count("campaign_outcomes") == 0
    # within the team they move; to another team they stay with the campaign C cannot see
    held = 1 if to == "B" else 0
    assert new.count("campaign_targets") == held and new.count("campaign_outcomes") == held
    for laptop in (a, new):
        assert laptop.pending() == 0
        code, report = _verify(laptop, capsys)
        assert code == 0 and report["equal"], report["differing"]


def test_another_teams_campaign_code_is_no_oracle(w):
    """A code is unique per team (issue 25, hole 4): L2 trying T1's code is answered as
    for a free one (was a unique violation naming it)."""
    answers = []
    with w.org.connect_as("L2") as conn:
        for code in ("T1C", "NOSUCH"):  # T1's code, a free one
            try:
                conn.execute("BEGIN")
                conn.execute(CAMPAIGN, (uuid.uuid4(), code, "open", w.team["T2"], None))
                answers.append("written")
            except psycopg.Error as e:
                answers.append(type(e).__name__)
            finally:
                conn.execute("ROLLBACK")
    assert answers[0] == answers[1], answers


def test_a_member_moved_to_another_team_leaves_no_dangling_target(org, laptops):
    """Admin moves A's member to C (team T2) mid-campaign: C's laptop must not hold a
    target (and outcome) of a campaign it cannot see, nor fail on it."""
    import sqlite3

    from vipcrm.services.due import due_for

    org.add_member(GOLD_A, "A", name="金甲")
    _campaign_by(laptops("L1"))
    a, c = laptops("A"), laptops("C")
    a.sync()
    _outcome(a, GOLD_A)
    a.sync()
    _reassign(org, GOLD_A, "C")
    c.sync()
    with c.work() as (s, actor):
        due_for(s, actor, today=today(), horizon_days=14)  # does not fail
    conn = sqlite3.connect(c.path)
    try:
        dangling = conn.execute(
            "SELECT count(*) FROM campaign_targets t LEFT JOIN campaigns k "
            "ON k.id = t.campaign_id WHERE k.id IS NULL"
        ).fetchone()[0]
    finally:
        conn.close()
    assert c.count("campaigns") == 0
    assert dangling == 0, "C's laptop holds a target of a campaign C cannot see"


def test_a_leads_new_campaign_is_stamped_and_another_teams_outcomes_stay_shut(w):
    new = uuid.uuid4()
    with w.org.connect_as("L1") as conn:
        conn.execute(CAMPAIGN, (new, "L1NEW", "open", w.team["T1"], w.org.manager_id("ADM")))
        with pytest.raises(psycopg.Error):
            w.outcome(conn, w.t2, w.c, w.contact[w.c])  # T2's member and campaign
        with pytest.raises(psycopg.Error):
            w.outcome(conn, w.adm, w.c, w.contact[w.c])  # T2's member, admin campaign
        assert (
            conn.execute(
                "SELECT count(*) FROM campaign_targets WHERE member_id = %s", (w.c,)
            ).fetchone()[0]
            == 0
        )
    assert w.org.one(
        "SELECT created_by_id FROM campaigns WHERE id = %s", (new,)
    ) == w.org.manager_id("L1")
    with w.org.connect_as("C") as conn:
        assert (
            conn.execute("SELECT count(*) FROM sync_changes WHERE row_id = %s", (new,)).fetchone()[
                0
            ]
            == 0
        )
