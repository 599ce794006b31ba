"""The lead's monthly work-log review on paper: every manager, the team summary, churn
against the targets, both languages, fonts embedded; only a lead prints it."""

from __future__ import annotations

import importlib.util
import re
from datetime import date
from pathlib import Path

import pytest

from vipcrm.cli import main
from vipcrm.services.context import resolve_actor
from vipcrm.services.review import work_review
from vipcrm.store.db import open_database

_spec = importlib.util.spec_from_file_location("pdfcheck", Path(__file__).with_name("pdfcheck.py"))
pdfcheck = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(pdfcheck)


def review_data(db: list[str]):
    database = open_database(db[1])
    try:
        with database.reading() as s:
            return work_review(
                s, resolve_actor(s, "L01"), team="T01", month="2026-11", today=date(2026, 11, 22)
            )
    finally:
        database.dispose()


@pytest.mark.parametrize(
    "lang, words",
    [
        (
            "zh_CN",
            ["工作日志检查", "团队汇总", "离网率", "年初至今", "客户经理明细", "团队长（签字）"],
        ),
        ("en", ["Work-log review", "Team summary", "Churn", "Year to date", "Manager detail"]),
    ],
)
def test_review_shows_every_manager_and_the_churn(team_db, tmp_path, capsys, lang, words):
    out = tmp_path / f"review-{lang}.pdf"
    argv = ["--lang", lang, "--user", "L01", "review", "--team", "T01", "--month", "2026-11"]
    assert main([*team_db, *argv, "--on", "2026-11-22", "--out", str(out)]) == 0
    assert "3 manager(s)" in capsys.readouterr().out
    data = review_data(team_db)
    text = pdfcheck.pdf_text(out)
    for word in words:
        assert word in text, word
    for m in data.managers:
        assert m.name in text and m.code in text
        assert f"{m.total.due}" in text
    total = data.total()
    assert f"{total.due}" in text and f"{total.done}" in text
    # two members left in November (one gold, one silver): the month's churn is printed
    month = data.churn_month
    assert month["all"].left == 2 and month["diamond_gold"].left == 1
    assert f"{month['all'].rate * 100:.2f}%" in text
    assert f"{month['diamond_gold'].rate * 100:.2f}%" in text
    assert "3.5%" in text and "2.0%" in text  # the yearly targets
    assert re.search(r"\b1\d\d \d{4} \d{4}\b", text)  # phones grouped, as on screen
    assert not re.search(r"(?<!\d)1\d{10}(?!\d)", text)
    pages = pdfcheck.page_texts(out)
    assert len(pages) >= 4  # the summary, then a section per manager
    for k, page in enumerate(pages, start=1):
        assert ("第 {k} 页，共 {n} 页" if lang == "zh_CN" else "Page {k} of {n}").format(
            k=k, n=len(pages)
        ) in page
    fonts = pdfcheck.pdf_fonts(out)
    assert fonts and all(f["emb"] == "yes" for f in fonts), fonts


def test_only_a_lead_prints_the_review(team_db, tmp_path):
    out = tmp_path / "no.pdf"
    argv = ["--user", "M001", "review", "--team", "T01", "--month", "2026-11", "--out", str(out)]
    assert main([*team_db, *argv]) == 2
    assert not out.exists()
