"""A printed plan shows the plan the manager saved: the items on the days they were moved
to, the manager's own visits with their text, the status and the version. Without a saved
plan it prints the rules' proposal, marked as not saved."""

from __future__ import annotations

import importlib.util
import shutil
from collections import Counter
from datetime import date
from pathlib import Path

import pytest

from vipcrm.cli import main
from vipcrm.domain.values import PlanStatus
from vipcrm.services import saved_plans
from vipcrm.services.context import resolve_actor
from vipcrm.services.plan_contents import month_plan, week_plan
from vipcrm.store.db import open_database
from vipcrm.texts import Texts

_spec = importlib.util.spec_from_file_location("pdfcheck", Path(__file__).with_name("pdfcheck.py"))
pdfcheck = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(pdfcheck)

ZH = Texts("zh_CN")
VISIT_NOTE = "上门拜访：带新卡与生日贺卡"
WEEK_NOTE = "Team meeting at the branch"


@pytest.fixture
def saved(book_db, tmp_path):
    """A copy of the book with M001's December plan saved, one item moved, a visit added,
    and the plan submitted; and a saved week 2026-W51 with a meeting of its own."""
    path = tmp_path / "saved.db"
    shutil.copy(book_db[1], path)
    database = open_database(path)
    with database.transaction() as s:
        m1 = resolve_actor(s, "M001")
        view, _ = saved_plans.generate_plan(s, m1, period="2026-12")
        rows_of = Counter(i.member_name for i in view.items)
        # the one row of a member in the month (no card follow-up), moved to another day
        moved = next(
            i for i in view.items if rows_of[i.member_name] == 1 and not i.kind.startswith("card")
        )
        target = date(2026, 12, 17) if moved.on != date(2026, 12, 17) else date(2026, 12, 18)
        saved_plans.move_item(s, m1, moved.id, on=target)
        visit, _ = saved_plans.add_item(s, m1, view.id, on=date(2026, 12, 16), note=VISIT_NOTE)
        saved_plans.submit_plan(s, m1, view.id)
        week, _ = saved_plans.generate_plan(s, m1, period="2026-W51")
        saved_plans.add_item(s, m1, week.id, on=date(2026, 12, 18), kind="meeting", note=WEEK_NOTE)
        done = week.items[0]
        saved_plans.mark_done(s, m1, done.id)
    with database.reading() as s:
        final = saved_plans.load_plan(s, resolve_actor(s, "M001"), view.id)
    database.dispose()
    return {
        "db": ["--db", str(path)],
        "path": path,
        "plan": final,
        "moved": moved,
        "from": moved.on,
        "to": target,
        "visit": visit,
        "done": done,
    }


def data_of(path: Path, fn, **kw):
    database = open_database(path)
    try:
        with database.reading() as s:
            return fn(s, resolve_actor(s, "M001"), manager="M001", **kw)
    finally:
        database.dispose()


def print_pdf(db: list[str], out: Path, *period: str, lang: str = "zh_CN") -> str:
    argv = [*db, "--lang", lang, "--user", "M001", "plan", "--manager", "M001", *period]
    assert main([*argv, "--out", str(out)]) == 0
    return pdfcheck.pdf_text(out)


def test_plan_data_holds_the_saved_plan_as_edited(saved):
    plan, moved = saved["plan"], saved["moved"]
    data = data_of(saved["path"], month_plan, month="2026-12")
    assert data.saved is not None
    assert data.saved.id == plan.id
    assert data.saved.status is PlanStatus.SUBMITTED
    assert data.saved.version == plan.version and data.saved.submitted_version == plan.version
    # the rows are the saved plan's, one per item, on the saved days
    assert data.total == plan.total == len(data.items) + 1  # the proposal and the own visit
    assert sorted((r.on, r.kind, r.member_id or "") for r in data.rows) == sorted(
        (i.on, i.kind, str(i.member_id or "")) for i in plan.items
    )
    # carried-over items keep the day they were due, saved with them (not in a sentence)
    carried = [r for r in data.rows if r.carried]
    assert carried and len(carried) == sum(1 for i in plan.items if i.carried_from is not None)
    assert all(r.due_date < date(2026, 12, 1) and r.reason and not r.note for r in carried)
    rows = [r for r in data.rows if r.member_id == str(moved.member_id) and r.kind == moved.kind]
    assert [r.on for r in rows] == [saved["to"]]
    # a moved rule item still knows when it is due (from the proposal item it was saved from)
    proposed = next(
        p
        for p in data.items
        if p.item.member_id == str(moved.member_id) and p.item.kind.value == moved.kind
    )
    assert rows[0].due_date == proposed.item.due_date is not None
    own = [r for r in data.rows if r.own]
    assert [(r.on, r.kind, r.note, r.member_name) for r in own] == [
        (date(2026, 12, 16), "visit", VISIT_NOTE, "")
    ]
    assert data.own_by_kind == {"visit": 1}
    assert sum(data.due_by_kind.values()) == data.total - 1
    days = {d.day: d.planned for d in data.days}
    assert sum(days.values()) == data.total
    assert days[saved["to"]] == sum(1 for r in data.rows if r.on == saved["to"])
    # the proposal stays what the rules make due: the moved item is on its old day there
    assert any(
        p.on == saved["from"] and p.item.member_id == str(moved.member_id) for p in data.items
    )


def test_the_printed_month_shows_the_saved_plan(saved, tmp_path):
    moved = saved["moved"]
    text = print_pdf(saved["db"], tmp_path / "saved.pdf", "--month", "2026-12")
    version = saved["plan"].version
    assert "已保存的计划" in text and f"计划状态：已提交（第 {version} 版）" in text
    assert f"已提交 v{version}" in text  # in every page's header
    assert "未保存" not in text
    assert VISIT_NOTE in text and "拜访" in text
    lines = text.splitlines()
    # the moved item's row is on its new day, not on its old one
    on_new = [ln for ln in lines if moved.member_name in ln and ZH.short_day(saved["to"]) in ln]
    on_old = [ln for ln in lines if moved.member_name in ln and ZH.short_day(saved["from"]) in ln]
    assert on_new and not on_old, (on_new, on_old)
    visit_line = next(ln for ln in lines if VISIT_NOTE in ln)
    assert ZH.short_day(date(2026, 12, 16)) in visit_line
    # one tick box per row (none ticked in the month) and per card follow-up
    data = data_of(saved["path"], month_plan, month="2026-12")
    assert text.count("□") == data.total + len(data.card_items)


def test_the_printed_week_shows_the_saved_week(saved, tmp_path):
    data = data_of(saved["path"], week_plan, week="2026-W51")
    assert data.saved is not None and data.saved.status is PlanStatus.DRAFT
    # generated after the month was saved: the week starts from the month's days (its visit)
    assert [r.note for r in data.rows if r.own] == [VISIT_NOTE, WEEK_NOTE]
    assert sum(1 for r in data.rows if r.done) == 1
    text = print_pdf(saved["db"], tmp_path / "week.pdf", "--week", "2026-W51", lang="en")
    assert "Saved plan" in text and f"Plan status: Draft (version {data.saved.version})" in text
    assert WEEK_NOTE in text and "Meeting" in text
    meeting = next(ln for ln in text.splitlines() if WEEK_NOTE in ln)
    assert "Fri 12-18" in meeting
    assert "✓" in text  # the item ticked done
    assert text.count("□") + text.count("✓") == data.total + len(data.card_items)


def test_without_a_saved_plan_the_proposal_is_marked_not_saved(saved, tmp_path):
    data = data_of(saved["path"], month_plan, month="2027-01")
    assert data.saved is None
    assert [(r.on, r.kind) for r in data.rows] == [(p.on, p.item.kind.value) for p in data.items]
    text = print_pdf(saved["db"], tmp_path / "jan.pdf", "--month", "2027-01", lang="en")
    assert "NOT SAVED" in text and "Not saved (proposal)" in text
    assert "Plan status" not in text
    # a week with no plan of its own shows the saved month's days: W50 (7-13 December)
    week = print_pdf(saved["db"], tmp_path / "w50.pdf", "--week", "2026-W50")
    assert "本周没有单独保存的周计划" in week and "月计划 2026-12" in week
    w50 = data_of(saved["path"], week_plan, week="2026-W50")
    month = data_of(saved["path"], month_plan, month="2026-12")
    in_week = [r for r in month.rows if date(2026, 12, 7) <= r.on <= date(2026, 12, 13)]
    assert w50.saved is None and w50.month_plans == ("2026-12",)
    assert [(r.on, r.kind, r.member_id, r.note) for r in w50.rows] == [
        (r.on, r.kind, r.member_id, r.note) for r in in_week
    ]


def test_an_item_of_a_kind_this_version_does_not_know_still_prints(saved, tmp_path):
    """A plan saved by a newer vipcrm (synced in) may hold a rule kind unknown here: the
    plan prints with that item on its day, only left out of the per-kind counts."""
    from sqlalchemy import update

    from vipcrm.store.models import PlanItem

    database = open_database(saved["path"])
    with database.transaction() as s:
        s.info["no_outbox"] = True
        s.execute(
            update(PlanItem).where(PlanItem.id == saved["moved"].id).values(kind="future_kind")
        )
    database.dispose()
    data = data_of(saved["path"], month_plan, month="2026-12")
    row = next(r for r in data.rows if r.kind == "future_kind")
    assert row.on == saved["to"] and row.due_kind is None
    assert "future_kind" not in {str(k) for k in data.due_by_kind}
    text = print_pdf(saved["db"], tmp_path / "future.pdf", "--month", "2026-12")
    assert saved["moved"].member_name in text
