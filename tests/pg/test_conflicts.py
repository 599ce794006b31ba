"""Two laptops edit the same member offline: fields merge; the same field gives a visible conflict."""

from __future__ import annotations

import json
from contextlib import contextmanager
from datetime import datetime, timedelta

import pytest

from vipcrm.cli import main
from vipcrm.services.profile import ProfileEdit, load_profile, update_profile
from vipcrm.store.models import Member


@pytest.fixture
def shared(org):
    """Member a1 belongs to A; the lead L1 sees it too."""
    org.add_member("13800000001", "A", name="张伟")
    return org


def _edit(laptop, **fields):
    with laptop.work() as (s, actor):
        member = s.query(Member).filter_by(phone="13800000001").one()
        p = load_profile(s, actor, member.id)
        edit = dict(
            name=p.name,
            landline=p.landline,
            address=p.address,
            important=p.important,
            notes=p.notes,
        )
        edit.update(fields)
        update_profile(s, actor, member.id, ProfileEdit(**edit))


def _member(laptop):
    with laptop.db.reading() as s:
        m = s.query(Member).filter_by(phone="13800000001").one()
        return {"name": m.name, "notes": m.notes, "address": m.address, "pinyin": m.name_pinyin}


def _central(org):
    return dict(
        zip(
            ("name", "notes", "address"),
            org.sql("SELECT name, notes, address FROM members WHERE phone = '13800000001'")[0],
            strict=True,
        )
    )


@contextmanager
def clock(days: float):
    """This laptop's clock is ``days`` off (vipcrm reads time through vipcrm.domain.dates)."""
    import vipcrm.domain.dates as dates

    real = dates.datetime

    class Skewed(real):  # type: ignore[misc, valid-type]
        @classmethod
        def now(cls, tz=None):  # noqa: ANN001
            return real.now(tz) + timedelta(days=days)

    dates.datetime = Skewed
    try:
        yield
    finally:
        dates.datetime = real


def test_different_fields_edited_on_two_laptops_both_survive(shared, laptops):
    a, lead = laptops("A"), laptops("L1")
    a.sync(), lead.sync()
    _edit(a, address="上海市徐汇区")
    _edit(lead, notes="周末不打扰")
    a.sync(), lead.sync(), a.sync()
    assert _central(shared) == {"name": "张伟", "notes": "周末不打扰", "address": "上海市徐汇区"}
    assert _member(a) == _member(lead)
    assert a.count("sync_conflicts") == lead.count("sync_conflicts") == 0


def test_the_same_field_gives_one_winner_and_a_recorded_conflict(shared, laptops, capsys):
    a, lead = laptops("A"), laptops("L1")
    a.sync(), lead.sync()
    _edit(a, notes="A 的备注", name="张伟明")
    _edit(lead, notes="L1 的备注", name="张卫")
    a.sync()  # first to reach the central store: its values stand
    report = lead.sync()
    assert report.conflicts == 2 and report.outcomes == {"conflict": 1}
    assert _central(shared)["notes"] == "A 的备注"
    assert _member(lead)["notes"] == "A 的备注"  # the laptop shows the kept value ...
    assert _member(lead)["pinyin"] == _member(a)["pinyin"]  # (derived fields follow)
    # ... and the conflict, with both values
    assert main(["--db", str(lead.path), "conflicts", "--json"]) == 0
    listed = json.loads(capsys.readouterr().out)
    by_field = {c["field"]: c for c in listed}
    assert set(by_field) == {"notes", "name"}
    assert by_field["notes"]["mine"] == "L1 的备注" and by_field["notes"]["theirs"] == "A 的备注"
    assert by_field["notes"]["base"] == "" and "张伟明" in by_field["notes"]["row_label"]
    # the user chooses: keep mine for notes, theirs for the name
    assert (
        main(
            [
                "--db",
                str(lead.path),
                "conflicts",
                "resolve",
                str(by_field["notes"]["id"]),
                "--keep",
                "mine",
            ]
        )
        == 0
    )
    assert (
        main(
            [
                "--db",
                str(lead.path),
                "conflicts",
                "resolve",
                str(by_field["name"]["id"]),
                "--keep",
                "theirs",
            ]
        )
        == 0
    )
    capsys.readouterr()
    assert lead.pending() == 1
    again = lead.sync()
    assert again.outcomes == {"applied": 1} and again.conflicts == 0
    a.sync()
    assert _central(shared) == {"name": "张伟明", "notes": "L1 的备注", "address": None}
    assert _member(a) == _member(lead)
    assert main(["--db", str(lead.path), "conflicts"]) == 0
    assert "no conflicts" in capsys.readouterr().out
    assert (
        main(
            [
                "--db",
                str(lead.path),
                "conflicts",
                "resolve",
                str(by_field["name"]["id"]),
                "--keep",
                "mine",
            ]
        )
        == 2
    )


def _race(org, laptops, skew_a: float, skew_lead: float):
    a, lead = laptops("A"), laptops("L1")
    with clock(skew_a):
        a.sync()
    with clock(skew_lead):
        lead.sync()
        _edit(lead, notes="lead first, by the clock")
    with clock(skew_a):
        _edit(a, notes="A later, by the clock", address="广州")
        a.sync()  # but A reaches the central store first
    with clock(skew_lead):
        report = lead.sync()
    with clock(skew_a):
        a.sync()
    with lead.db.reading() as s:
        from vipcrm.sync.conflicts import list_conflicts

        conflicts = [(c.field, c.mine, c.theirs) for c in list_conflicts(s)]
    return _central(org), conflicts, report.outcomes, _member(a) == _member(lead)


def test_clock_skew_between_laptops_does_not_change_the_outcome(shared, laptops):
    baseline = _race(shared, laptops, 0, 0)
    shared.sql("UPDATE members SET notes = '', address = NULL WHERE phone = '13800000001'")
    skewed = _race(shared, laptops, +3, -3)
    shared.sql("UPDATE members SET notes = '', address = NULL WHERE phone = '13800000001'")
    reversed_ = _race(shared, laptops, -3, +3)
    assert baseline == skewed == reversed_
    central, conflicts, outcomes, identical = baseline
    assert central["notes"] == "A later, by the clock" and central["address"] == "广州"
    assert conflicts == [("notes", "lead first, by the clock", "A later, by the clock")]
    assert outcomes == {"conflict": 1} and identical
    # the server stamps changes with its own clock, whatever the laptops' say
    assert shared.one("SELECT max(updated_at) < now() + interval '1 minute' FROM members")


def test_the_clock_helper_really_moves_the_laptops_clock():
    from vipcrm.domain.dates import utcnow

    with clock(3):
        ahead = utcnow() - datetime.now().astimezone()
    assert timedelta(days=2.9) < ahead < timedelta(days=3.1)


def test_five_offline_edits_of_one_field_travel_as_one_change_and_one_conflict(
    shared, laptops, capsys
):
    a, lead = laptops("A"), laptops("L1")
    a.sync(), lead.sync()
    for i in range(1, 6):  # five separate edits, offline
        _edit(a, notes=f"第{i}稿")
    _edit(a, address="杭州")  # another field: merges on its own
    _edit(lead, notes="组长的备注")
    lead.sync()
    version = shared.one("SELECT version FROM members WHERE phone = '13800000001'")
    report = a.sync()
    assert report.pushed == 2 and report.conflicts == 1  # notes (5 edits) and address
    # one update (the address; notes kept the lead's value), not six
    assert shared.one("SELECT version FROM members WHERE phone = '13800000001'") == version + 1
    assert main(["--db", str(a.path), "conflicts", "--json"]) == 0
    (conflict,) = json.loads(capsys.readouterr().out)
    assert (conflict["field"], conflict["mine"], conflict["base"]) == ("notes", "第5稿", "")
    assert conflict["theirs"] == "组长的备注"
    resolved = ["--db", str(a.path), "conflicts", "resolve", str(conflict["id"])]
    assert main([*resolved, "--keep", "mine"]) == 0
    assert a.sync().outcomes == {"applied": 1}
    assert _central(shared)["notes"] == "第5稿" and _central(shared)["address"] == "杭州"
    lead.sync()
    assert _member(lead) == _member(a)
