"""The official schedule a lead imports reaches every laptop of the team at its next sync
(issue 19): calendar_days is a synchronised directory table, and a laptop that had the
year provisional then counts it by the notice."""

from __future__ import annotations

from datetime import date

import pytest

from vipcrm.domain.errors import PermissionDenied
from vipcrm.services.calendar import calendar_year, import_calendar
from vipcrm.store.due_facts import workday_calendar

# a made-up notice for the test (not the State Council's 2027 schedule): 元旦 1-3 January
# and 春节 5-11 February off, Sunday 14 February a make-up working day
NOTICE = "date,type,name\n" + "".join(
    [f"2027-01-0{d},holiday,元旦\n" for d in (1, 2, 3)]
    + [f"2027-02-{d:02d},holiday,春节\n" for d in range(5, 12)]
    + ["2027-02-14,workday,春节\n"]
)


def test_an_imported_schedule_reaches_another_laptop_at_its_next_sync(org, laptops, tmp_path):
    lead, manager = laptops("L1"), laptops("A")
    lead.sync()
    manager.sync()
    with manager.db.reading() as s:
        assert calendar_year(s, 2027).provisional
        # by the law: 春节 02-05..02-08 and 补假 02-09, 02-10
        assert workday_calendar(s).add_working_days(date(2027, 2, 3), 3) == date(2027, 2, 12)

    notice = tmp_path / "2027.csv"
    notice.write_text(NOTICE, encoding="utf-8")
    with lead.work() as (s, actor):
        (year,) = import_calendar(s, actor, notice).years
        assert year.replaces == "provisional"
    lead.sync()  # pushed to the central store
    assert manager.count("calendar_days") == 0  # not before the manager's laptop syncs
    report = manager.sync()
    assert report.pulled >= 11
    assert manager.count("calendar_days", "deleted = 0") == 11
    with manager.db.reading() as s:
        view = calendar_year(s, 2027)
        assert view.source == "imported" and not view.provisional
        cal = workday_calendar(s).tracked()
        # 02-04 day 1; 02-05..02-11 off; 02-12 day 2; Sunday 02-14 (make-up) day 3
        assert cal.add_working_days(date(2027, 2, 3), 3) == date(2027, 2, 14)
        assert cal.guessed_years == frozenset()
        assert cal.is_workday(date(2027, 5, 3))  # a provisional 补假 the notice does not have

    # a manager may not import; a corrected notice from the lead withdraws a day everywhere
    corrected = tmp_path / "2027-corrected.csv"
    corrected.write_text(NOTICE.replace("2027-02-14,workday,春节\n", ""), encoding="utf-8")
    with pytest.raises(PermissionDenied), manager.work() as (s, actor):
        import_calendar(s, actor, corrected)
    with lead.work() as (s, actor):
        (year,) = import_calendar(s, actor, corrected).years
        assert (year.removed, year.replaces) == (1, "imported")
    lead.sync()
    manager.sync()
    with manager.db.reading() as s:
        assert not workday_calendar(s).is_workday(date(2027, 2, 14))
