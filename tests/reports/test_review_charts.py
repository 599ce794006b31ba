"""The review's first page draws the lead's four charts above the tables (issue 26):
rendered with pdftoppm, the chart area has drawn content; the charts are vector (no
image on the page), their words are text in the embedded font, in both languages."""

from __future__ import annotations

import importlib.util
import re
import subprocess
from datetime import date
from pathlib import Path

import pytest
from PIL import Image

from vipcrm.reports.review import render_review
from vipcrm.services.context import resolve_actor
from vipcrm.services.review import work_review
from vipcrm.services.team_trends import team_trends
from vipcrm.store.db import open_database

_spec = importlib.util.spec_from_file_location("pdfcheck", Path(__file__).with_name("pdfcheck.py"))
pdfcheck = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(pdfcheck)

TODAY = date(2026, 11, 22)


def first_page_grey(pdf: Path, folder: Path) -> Image.Image:
    prefix = folder / pdf.stem
    subprocess.run(
        ["pdftoppm", "-r", "60", "-gray", "-f", "1", "-l", "1", "-png", str(pdf), str(prefix)],
        check=True,
    )
    (png,) = folder.glob(f"{pdf.stem}-*.png")
    return Image.open(png).convert("L")


def inked(image: Image.Image, top: float, bottom: float) -> float:
    """The share of pixels darker than light grey between two heights (page fractions)."""
    w, h = image.size
    box = image.crop((0, int(top * h), w, int(bottom * h)))
    dark = sum(n for level, n in enumerate(box.histogram()) if level < 200)
    return dark / (box.width * box.height)


def shaded(image: Image.Image, top: float, bottom: float) -> float:
    """The share of pixels in the light to middle greys (fills, not text or white)."""
    w, h = image.size
    box = image.crop((0, int(top * h), w, int(bottom * h)))
    grey = sum(n for level, n in enumerate(box.histogram()) if 120 <= level < 238)
    return grey / (box.width * box.height)


def heading_y(pdf: Path, word: str) -> float:
    """Where ``word`` begins on the first page, as a fraction of the page's height."""
    boxes = subprocess.run(
        ["pdftotext", "-bbox", "-f", "1", "-l", "1", str(pdf), "-"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    height = float(re.search(r'<page width="[\d.]+" height="([\d.]+)"', boxes).group(1))
    y = float(re.search(rf'yMin="([\d.]+)"[^>]*>{re.escape(word)}</word>', boxes).group(1))
    return y / height


def render(team_db: list[str], out: Path, lang: str, with_trends: bool) -> Path:
    database = open_database(team_db[1])
    try:
        with database.reading() as s:
            lead = resolve_actor(s, "L01")
            review = work_review(s, lead, team="T01", month="2026-11", today=TODAY)
            trends = team_trends(s, lead, team="T01", today=TODAY, month="2026-11")
    finally:
        database.dispose()
    return render_review(review, out, lang, trends if with_trends else None)


@pytest.mark.parametrize(
    "lang, titles, tables",
    [
        (
            "zh_CN",
            ["趋势", "年初至今离网率", "近 6 个月升降级", "服务标准完成率", "礼品预算"],
            "团队汇总",
        ),
        (
            "en",
            [
                "Trends",
                "Churn, year to date",
                "Re-grading, last 6 months",
                "Service standard",
                "Gift budget",
            ],
            "Team summary",
        ),
    ],
)
def test_the_first_page_draws_the_four_charts_above_the_tables(
    team_db, tmp_path, lang, titles, tables
):
    pdf = render(team_db, tmp_path / f"charts-{lang}.pdf", lang, with_trends=True)
    first = pdfcheck.page_texts(pdf)[0]
    for title in titles:
        assert title in first, title
        assert first.index(title) < first.index(tables)  # above the tables
    assert "3.5%" in first and "2.0%" in first  # the targets, labelled on the chart
    assert all(f["emb"] == "yes" for f in pdfcheck.pdf_fonts(pdf))
    images = subprocess.run(
        ["pdfimages", "-f", "1", "-l", "1", "-list", str(pdf)],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.splitlines()[2:]
    assert images == []  # vector drawings, not pictures

    # The chart area, between the "Trends" heading and the tables' first heading, has
    # drawn content: lines, text, the greys of bars and of the target band.
    top, bottom = heading_y(pdf, titles[0]), heading_y(pdf, tables.split()[0])
    assert bottom - top > 0.4  # the charts take most of the page above the tables
    charts = first_page_grey(pdf, tmp_path)
    assert inked(charts, top + 0.03, bottom) > 0.04
    assert shaded(charts, top + 0.03, bottom) > 0.03


def test_the_review_command_prints_the_charts(team_db, tmp_path, capsys):
    from vipcrm.cli import main

    out = tmp_path / "review.pdf"
    argv = ["--user", "L01", "review", "--team", "T01", "--month", "2026-11", "--on", "2026-11-22"]
    assert main([*team_db, *argv, "--out", str(out)]) == 0
    assert "年初至今离网率" in pdfcheck.page_texts(out)[0]
