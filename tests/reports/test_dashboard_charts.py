"""The dashboard workbook carries the lead's charts as native Excel charts (issue 26):
read back with openpyxl, the charts are there, and every series refers to the data
sheet's cells that hold the trends' numbers."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from openpyxl import load_workbook
from openpyxl.chart import BarChart, LineChart
from openpyxl.utils.cell import range_boundaries

from vipcrm.cli import main
from vipcrm.reports.dashboard_charts import CHARTS
from vipcrm.reports.dashboard_xlsx import export_dashboard
from vipcrm.services.context import resolve_actor
from vipcrm.services.dashboard import team_dashboard
from vipcrm.services.team_trends import team_trends
from vipcrm.store.db import open_database
from vipcrm.texts import Texts

TODAY = date(2026, 11, 22)


def cells(wb, ref: str) -> list:
    """The values a chart reference such as ``'图表数据'!$B$3:$B$13`` points at."""
    sheet, area = ref.rsplit("!", 1)
    ws = wb[sheet.strip("'")]
    min_col, min_row, max_col, max_row = range_boundaries(area.replace("$", ""))
    return [
        ws.cell(row=r, column=c).value
        for r in range(min_row, max_row + 1)
        for c in range(min_col, max_col + 1)
    ]


@pytest.fixture(scope="module")
def figures(team_db):
    database = open_database(team_db[1])
    try:
        with database.reading() as s:
            lead = resolve_actor(s, "L01")
            board = team_dashboard(s, lead, team="T01", today=TODAY)
            trends = team_trends(s, lead, team="T01", today=TODAY)
    finally:
        database.dispose()
    return board, trends


@pytest.mark.parametrize("lang", ["zh_CN", "en"])
def test_the_workbook_holds_native_charts_over_its_data_sheet(figures, tmp_path, lang):
    board, trends = figures
    t = Texts(lang)
    path = export_dashboard(board, tmp_path / f"board-{lang}.xlsx", lang, trends)
    wb = load_workbook(path)
    assert wb.sheetnames[-2:] == [t.chart("sheet"), t.chart("charts_sheet")]
    charts = wb[t.chart("charts_sheet")]._charts
    assert len(charts) == len(CHARTS)
    churn, standard, overdue, budget, flow = charts
    assert isinstance(churn, LineChart) and isinstance(standard, LineChart)
    assert isinstance(overdue, BarChart) and isinstance(flow, BarChart)
    assert isinstance(budget, BarChart) and budget.grouping == "stacked"
    for chart in charts:  # every series points into the data sheet
        assert chart.series
        for s in chart.series:
            assert s.val.numRef.f.startswith(f"'{t.chart('sheet')}'!")
            assert s.tx.strRef.f.startswith(f"'{t.chart('sheet')}'!")

    # churn: all, diamond + gold and the two targets, month by month
    names = [cells(wb, s.tx.strRef.f)[0] for s in churn.series]
    assert names == [
        t.chart(k) for k in ("churn_all", "churn_dg", "target_all_col", "target_dg_col")
    ]
    all_rates = cells(wb, churn.series[0].val.numRef.f)
    assert all_rates == pytest.approx([p.all.rate for p in trends.churn.points])
    assert cells(wb, churn.series[3].val.numRef.f)[-1] == pytest.approx(
        trends.churn.points[-1].diamond_gold.target
    )
    category = churn.series[0].cat
    assert cells(wb, (category.strRef or category.numRef).f) == [
        p.month for p in trends.churn.points
    ]
    # the service standard: one line per manager, the slipping one first
    first = trends.standard[0]
    assert cells(wb, standard.series[0].tx.strRef.f) == [t.who(first.name, first.code)]
    assert cells(wb, standard.series[0].val.numRef.f) == pytest.approx(
        [m.rate for m in first.months]
    )
    assert cells(wb, overdue.series[0].val.numRef.f) == [m.overdue for m in first.months]
    # the budget, stacked: spent + committed + left = allocated, in yuan
    spent, committed, left = (cells(wb, s.val.numRef.f) for s in budget.series)
    for b, *parts in zip(trends.budgets, spent, committed, left, strict=True):
        assert round(sum(parts) * 100) == b.allocated_fen
    # the re-grading flow: joined, up, down, left per month
    assert [cells(wb, s.val.numRef.f) for s in flow.series] == [
        [f.joined for f in trends.flow],
        [f.up for f in trends.flow],
        [f.down for f in trends.flow],
        [f.left for f in trends.flow],
    ]


def test_the_dashboard_command_writes_the_charts(team_db, tmp_path, capsys):
    out = tmp_path / "board.xlsx"
    argv = ["--user", "L01", "dashboard", "--on", TODAY.isoformat(), "--xlsx", str(out)]
    assert main([*team_db, *argv]) == 0
    assert "written" in capsys.readouterr().out
    wb = load_workbook(out)
    assert len(wb[Texts("zh_CN").chart("charts_sheet")]._charts) == len(CHARTS)


def test_without_the_trends_the_workbook_is_the_tables_alone(figures, tmp_path):
    board, _trends = figures
    wb = load_workbook(export_dashboard(board, Path(tmp_path) / "plain.xlsx"))
    t = Texts("zh_CN")
    assert t.chart("sheet") not in wb.sheetnames and t.chart("charts_sheet") not in wb.sheetnames
    assert all(not ws._charts for ws in wb.worksheets)
