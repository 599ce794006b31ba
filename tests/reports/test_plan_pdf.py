"""Printed service plans, read back the way a person would (pdftotext, pdffonts): every due
item listed once with totals matching ``vipcrm due`` and ``vipcrm budget show``, the header
on every page and the table header on every page of rows, fonts embedded, both languages,
rare characters, the weekly and yearly forms, the team batch and who may print what."""

from __future__ import annotations

import importlib.util
import json
import re
from datetime import date
from pathlib import Path

import pytest

from vipcrm.cli import main
from vipcrm.domain.due import DueKind
from vipcrm.domain.money import format_fen
from vipcrm.services.context import resolve_actor
from vipcrm.services.plan_contents import month_plan, week_plan
from vipcrm.store.db import open_database

RARE = "刘䶮"  # as in conftest.book_db

_spec = importlib.util.spec_from_file_location("pdfcheck", Path(__file__).with_name("pdfcheck.py"))
pdfcheck = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(pdfcheck)

HEADERS = {
    "zh_CN": ("月度服务计划", ["日期", "会员", "级别", "事项", "电话", "备注", "完成"]),
    "en": ("Monthly service plan", ["Date", "Member", "Tier", "Action", "Phone", "Note", "Done"]),
}


def page_label(lang: str, k: int, n: int) -> str:
    return f"第 {k} 页，共 {n} 页" if lang == "zh_CN" else f"Page {k} of {n}"


def has_header_row(page: str, words: list[str]) -> bool:
    pattern = r"\s+".join(re.escape(w) for w in words)
    return re.search(pattern, page) is not None


def run_json(db: list[str], capsys, *argv: str):
    capsys.readouterr()
    assert main([*db, *argv, "--json"]) == 0, argv
    return json.loads(capsys.readouterr().out)


def plan(db: list[str], capsys, *argv: str, user: str = "M001", lang: str = "zh_CN") -> str:
    capsys.readouterr()
    code = main([*db, "--lang", lang, "--user", user, "plans", "print", *argv])
    out = capsys.readouterr()
    assert code == 0, out.err
    return out.out


def service_data(db: list[str], fn, **kw):
    database = open_database(db[1])
    try:
        with database.reading() as s:
            return fn(s, resolve_actor(s, "M001"), manager="M001", **kw)
    finally:
        database.dispose()


@pytest.mark.parametrize("lang", ["zh_CN", "en"])
def test_a_500_member_month_lists_every_due_item_once(book_db, tmp_path, capsys, lang):
    due = run_json(
        book_db,
        capsys,
        "--lang",
        lang,
        "--user",
        "M001",
        "due",
        "--manager",
        "M001",
        "--on",
        "2026-12-01",
        "--horizon",
        "33",  # through 2027-01-03: 元旦 and a weekend follow December (its plan takes them)
    )["items"]
    # ... but for what cannot be done in December (a birthday greeting for Saturday 2
    # January counts from that day: January's plan carries it over to the 4th; a birthday
    # gift counts whenever it is given, so December takes it)
    due = [i for i in due if i["window_start"] <= "2026-12-31" or i["kind"] == "birthday_gift"]
    assert len(due) > 2000  # 501 members: weekly SMS, monthly calls, birthdays, cards ...
    out = tmp_path / f"plan-{lang}.pdf"
    said = plan(
        book_db, capsys, "--manager", "M001", "--month", "2026-12", "--out", str(out), lang=lang
    )
    assert f"({len(due)} item(s)" in said

    text = pdfcheck.pdf_text(out)
    # one row with a tick box per due item; card follow-ups are listed again in their section
    cards = sum(1 for i in due if i["kind"].startswith("card_"))
    assert text.count("□") == len(due) + cards
    # the totals: the summary and the note say the same number as `vipcrm due`
    assert f"{len(due):,}" in text
    assert (f"共 {len(due)} 项" if lang == "zh_CN" else f"{len(due)} items") in text
    # names and dates
    for item in due[:: max(1, len(due) // 40)]:
        assert item["member_name"] in text, item["member_name"]
    assert RARE in text
    # phones grouped as the window shows them (195 7676 8275), never as 11 digits in a run
    assert re.search(r"\b1\d\d \d{4} \d{4}\b", text)
    assert not re.search(r"(?<!\d)1\d{10}(?!\d)", text)
    assert ("2026年12月" if lang == "zh_CN" else "December 2026") in text

    title, columns = HEADERS[lang]
    pages = pdfcheck.page_texts(out)
    assert len(pages) >= 20
    for k, page in enumerate(pages, start=1):
        assert title in page, k
        assert page_label(lang, k, len(pages)) in page, k
        assert "M001" in page, k
    # every page the day-by-day table reaches shows its header (the sections after it,
    # from "birthdays and holidays" on, have tables of their own)
    after = "生日与节日" if lang == "zh_CN" else "Birthdays and holidays"
    table_pages = []
    for page in pages:
        rows = page.split(after)[0]
        if "□" in rows:
            table_pages.append(rows)
        if after in page:
            break
    assert len(table_pages) >= 20
    for k, rows in enumerate(table_pages, start=1):
        assert has_header_row(rows, columns), k

    fonts = pdfcheck.pdf_fonts(out)
    assert fonts and all(f["emb"] == "yes" for f in fonts), fonts
    assert any("HanaMin" in f["name"] for f in fonts), fonts  # 䶮 from the fallback font


def test_each_row_is_one_occurrence_of_a_due_item(book_db):
    """Recurring items: a member's weekly SMS is one row per week of the month."""
    data = service_data(book_db, month_plan, month="2026-12")
    keys = [(p.item.member_id, p.item.kind, p.item.due_date, p.item.card_id) for p in data.items]
    assert len(keys) == len(set(keys))
    sms = [p for p in data.items if p.item.kind is DueKind.ROUTINE_SMS]
    weeks = {p.item.due_date for p in sms}
    # Sundays of December 2026, and the week ending Sunday 3 January: 1 January (元旦) to
    # the 3rd are days off, so that week's working days are all in December
    assert weeks == {
        date(2026, 12, 6),
        date(2026, 12, 13),
        date(2026, 12, 20),
        date(2026, 12, 27),
        date(2027, 1, 3),
    }
    assert all(date(2026, 12, 1) <= p.on <= date(2026, 12, 31) for p in data.items)
    assert sum(d.planned for d in data.days) == data.total


def test_budget_and_gifts_match_budget_show(book_db, tmp_path, capsys):
    (line,) = run_json(
        book_db,
        capsys,
        "--user",
        "M001",
        "budget",
        "show",
        "--manager",
        "M001",
        "--period",
        "2026-12",
    )
    out = tmp_path / "plan.pdf"
    plan(book_db, capsys, "--manager", "M001", "--month", "2026-12", "--out", str(out))
    text = pdfcheck.pdf_text(out)
    for key in ("allocated_fen", "committed_fen", "spent_fen", "left_fen"):
        assert format_fen(line[key]) in text, key
    assert (line["allocated_fen"], line["committed_fen"]) == (80000, 10000)
    data = service_data(book_db, month_plan, month="2026-12")
    caps = {"diamond": 15000, "gold": 10000, "silver": 0}
    expected = sum(
        caps[p.item.tier.value] for p in data.items if p.item.kind is DueKind.BIRTHDAY_GIFT
    )
    assert data.budget.expected_fen == expected
    assert data.budget.pending_fen == 18000  # the opening gift over its cap waits for the lead
    assert data.budget.left_after_fen == line["left_fen"] - 18000 - expected
    assert format_fen(data.budget.left_after_fen) in text
    assert "¥180.00" in text and "¥100.00" in text  # the two gifts, with their amounts
    assert "生日与节日" in text and "会员卡跟进" in text and "礼品清单" in text
    assert "客户经理（签字）" in text and "团队长审核（签字）" in text


def test_the_month_calendar_marks_holidays_and_make_up_days(book_db, tmp_path, capsys):
    out = tmp_path / "oct.pdf"
    plan(book_db, capsys, "--manager", "M001", "--month", "2026-10", "--out", str(out))
    first = pdfcheck.page_texts(out)[0]
    assert "休 国庆节" in first and "班 国庆节" in first  # 1-7 October off, 10 October on
    data = service_data(book_db, month_plan, month="2026-10")
    holidays = {d.day for d in data.days if d.holiday}
    # nothing on a day off: what falls due then is done before if it counts then, else
    # after, late (the SMS of the National Day week, 28 Sep - 4 Oct: carried over from
    # 8 October on, spread within the daily capacity)
    workdays = {d.day for d in data.days if d.workday}
    assert all(p.on in workdays for p in data.items)
    assert any(p.item.due_date in holidays for p in data.items)
    national_day_week = [p for p in data.items if p.item.due_date == date(2026, 10, 4)]
    assert national_day_week and all(p.late and p.carried for p in national_day_week)
    assert min(p.on for p in national_day_week) == date(2026, 10, 8)
    october = {d.day: d for d in data.days}
    assert october[date(2026, 10, 10)].makeup == "国庆节"


def test_week_plan_has_room_to_write(book_db, tmp_path, capsys):
    out = tmp_path / "week.pdf"
    said = plan(book_db, capsys, "--manager", "M001", "--week", "2026-W50", "--out", str(out))
    data = service_data(book_db, week_plan, week="2026-W50")
    assert f"({data.total} item(s)" in said
    assert all(date(2026, 12, 7) <= p.on <= date(2026, 12, 13) for p in data.items)
    text = pdfcheck.pdf_text(out)
    assert "周服务计划" in text and "2026年第50周" in text and "结果记录" in text
    assert text.count("□") == data.total + len(data.card_items)
    # the month's calls are spread over its weeks, not all left to the last one
    assert any(p.item.kind is DueKind.ROUTINE_CALL for p in data.items)


def test_year_plan_has_a_row_per_month(book_db, tmp_path, capsys):
    out = tmp_path / "year.pdf"
    said = plan(
        book_db, capsys, "--manager", "M001", "--year", "2026", "--out", str(out), lang="en"
    )
    assert "(12 month(s)" in said
    text = pdfcheck.pdf_text(out)
    assert "Yearly service plan" in text
    for month in ("Jan", "Feb", "Jun", "Oct", "Dec"):
        assert re.search(rf"^\s*{month}\s+\d+", text, re.M), month
    assert "国庆节" in text and "¥800.00" in text  # December's budget line


def test_team_batch_writes_one_plan_per_manager(team_db, tmp_path, capsys):
    folder = tmp_path / "plans"
    said = plan(
        team_db, capsys, "--team", "T01", "--month", "2026-12", "--out-dir", str(folder), user="L01"
    )
    files = sorted(p.name for p in folder.iterdir())
    assert files == [f"plan-2026-12-M00{k}.pdf" for k in (1, 2, 3)]
    assert "written 3 plan(s)" in said
    for k in (1, 2, 3):
        assert f"M00{k}" in pdfcheck.page_texts(folder / f"plan-2026-12-M00{k}.pdf")[0]


def test_who_may_print_which_plan(team_db, tmp_path, capsys):
    mine, theirs = tmp_path / "mine.pdf", tmp_path / "theirs.pdf"
    base = [*team_db, "--user", "M001", "plan", "--month", "2026-12"]
    assert main([*base, "--manager", "M001", "--out", str(mine)]) == 0
    assert main([*base, "--manager", "M002", "--out", str(theirs)]) == 2
    assert main([*base, "--team", "T01", "--out-dir", str(tmp_path / "d")]) == 2
    assert "may not print M002's plan" in capsys.readouterr().err
    assert mine.exists() and not theirs.exists() and not (tmp_path / "d").exists()
    # a lead prints any plan of the team
    assert (
        main(
            [
                *team_db,
                "--user",
                "L01",
                "plan",
                "--manager",
                "M002",
                "--month",
                "2026-12",
                "--out",
                str(theirs),
            ]
        )
        == 0
    )


def test_plan_arguments_are_checked(team_db, tmp_path, capsys):
    base = [*team_db, "--user", "L01", "plan", "--manager", "M001"]
    assert main([*base, "--month", "2026-12"]) == 2  # no --out
    assert "--out" in capsys.readouterr().err
    with pytest.raises(SystemExit):
        main([*base, "--month", "2026-13", "--out", str(tmp_path / "x.pdf")])
    with pytest.raises(SystemExit):
        main([*base, "--month", "2026-12", "--week", "2026-W50", "--out", str(tmp_path / "x.pdf")])


def test_a_period_that_is_none_of_month_week_or_year_is_refused_in_a_sentence():
    from vipcrm.domain.errors import ValidationError
    from vipcrm.reports.printing import parse_plan_period

    with pytest.raises(ValidationError) as caught:
        parse_plan_period("next month")
    assert str(caught.value) == (
        "period: 'next month' is not a month, ISO week or year (2026-12, 2026-W49, 2026)"
    )
    assert caught.value.text.params == {"text": "next month"}
