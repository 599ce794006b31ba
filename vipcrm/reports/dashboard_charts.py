"""The lead's charts in the dashboard workbook: a data sheet and native Excel charts over it
(openpyxl.chart), from :class:`vipcrm.services.team_trends.TeamTrends`.

The data sheet holds four blocks, one under the other, each a title row, a header row
(the series' names: the charts take them from there) and one row per category:

1. churn: month | all | diamond + gold | target all | target diamond + gold (fractions,
   shown as percentages; the targets pro rata through each month);
2. the service standard: month | one column per manager (done / judged, the slipping
   manager first), then the same shape for the items overdue at each month's end;
3. the gift budget: manager | spent | committed | left | allocated (yuan);
4. the re-grading flow: month | joined | up | down | left.

The charts sheet holds five charts whose series refer to those cells (:data:`CHARTS`
names them in order), so editing a number in the data sheet redraws its chart.
"""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal
from typing import Any

from openpyxl.chart import BarChart, LineChart, Reference
from openpyxl.styles import Font
from openpyxl.workbook.workbook import Workbook

from vipcrm.reports import sheets
from vipcrm.services.team_trends import TeamTrends
from vipcrm.texts import Texts

#: The charts, in the order they are placed on the charts sheet.
CHARTS = ("churn", "standard", "overdue", "budget", "flow")
# Lightness steps of the house blue (told apart in greyscale), then line dashes and markers.
FILLS = ("1F2D4A", "8FA3C8", "FFFFFF", "4A6190", "DFE6F2")
DASHES = ("solid", "dash", "sysDot", "lgDash", "dashDot", "sysDash")
MARKERS = ("circle", "square", "triangle", "diamond", "x", "star")


def add_trend_charts(wb: Workbook, trends: TeamTrends, t: Texts) -> None:
    data = wb.create_sheet(t.chart("sheet"))
    board = wb.create_sheet(t.chart("charts_sheet"))
    data.column_dimensions["A"].width = 18
    for letter in "BCDEFGHIJKLM":
        data.column_dimensions[letter].width = 16
    row = 1

    def block(title: str, header: Sequence[str], rows: Sequence[Sequence[Any]], fmt: str) -> int:
        """Write a block at ``row``; returns its header row."""
        nonlocal row
        data.cell(row=row, column=1, value=sheets.row([title])[0]).font = Font(bold=True)
        head = row + 1
        for col, name in enumerate(header, start=1):
            data.cell(row=head, column=col, value=sheets.row([name])[0]).font = Font(bold=True)
        for k, values in enumerate(rows, start=1):
            for col, value in enumerate(sheets.row(values), start=1):
                cell = data.cell(row=head + k, column=col, value=value)
                if col > 1 and fmt:
                    cell.number_format = fmt
        row = head + len(rows) + 2
        return head

    churn = trends.churn
    churn_head = block(
        t.chart("churn_title").format(year=churn.year),
        [
            t.chart("month"),
            t.chart("churn_all"),
            t.chart("churn_dg"),
            t.chart("target_all_col"),
            t.chart("target_dg_col"),
        ],
        [
            [p.month, p.all.rate, p.diamond_gold.rate, p.all.target, p.diamond_gold.target]
            for p in churn.points
        ],
        "0.00%",
    )
    managers = [t.who(m.name, m.code) for m in trends.standard]
    months = [mm.month for mm in trends.standard[0].months] if trends.standard else []
    standard_head = block(
        t.chart("standard_title").format(n=len(months)),
        [t.chart("month"), *managers],
        [[month, *(m.months[k].rate for m in trends.standard)] for k, month in enumerate(months)],
        "0.0%",
    )
    overdue_head = block(
        t.chart("overdue_title"),
        [t.chart("month"), *managers],
        [
            [month, *(m.months[k].overdue for m in trends.standard)]
            for k, month in enumerate(months)
        ],
        "0",
    )
    budget_head = block(
        t.chart("budget_title").format(period=trends.month),
        [
            t.chart("manager"),
            t.chart("spent"),
            t.chart("committed"),
            t.chart("left"),
            t.chart("allocated"),
        ],
        [
            [
                t.who(b.name, b.code),
                *(
                    Decimal(fen) / 100
                    for fen in (b.spent_fen, b.committed_fen, b.left_fen, b.allocated_fen)
                ),
            ]
            for b in trends.budgets
        ],
        "#,##0.00",
    )
    flow_head = block(
        t.chart("flow_title").format(n=len(trends.flow)),
        [
            t.chart("month"),
            t.chart("joined"),
            t.chart("up"),
            t.chart("down"),
            t.chart("left_club"),
        ],
        [[f.month, f.joined, f.up, f.down, f.left] for f in trends.flow],
        "0",
    )

    def refs(head: int, n_rows: int, first_col: int, last_col: int) -> tuple[Reference, Reference]:
        values = Reference(
            data, min_col=first_col, max_col=last_col, min_row=head, max_row=head + n_rows
        )
        categories = Reference(data, min_col=1, min_row=head + 1, max_row=head + n_rows)
        return values, categories

    charts: list[Any] = []
    c: Any = _line(t.chart("churn_title").format(year=churn.year), "0.0%")
    _fill(c, *refs(churn_head, len(churn.points), 2, 5))
    for k, s in enumerate(c.series):  # the targets: thin, dashed, no markers
        if k >= 2:
            s.graphicalProperties.line.width = 12700
            s.marker.symbol = "none"
    charts.append(c)
    c = _line(t.chart("standard_title").format(n=len(months)), "0%")
    _fill(c, *refs(standard_head, len(months), 2, 1 + max(1, len(managers))))
    charts.append(c)
    c = _bars(t.chart("overdue_title"), "0", stacked=False)
    _fill(c, *refs(overdue_head, len(months), 2, 1 + max(1, len(managers))))
    charts.append(c)
    c = _bars(t.chart("budget_title").format(period=trends.month), "#,##0", stacked=True)
    _fill(c, *refs(budget_head, len(trends.budgets), 2, 4))
    charts.append(c)
    c = _bars(t.chart("flow_title").format(n=len(trends.flow)), "0", stacked=False)
    _fill(c, *refs(flow_head, len(trends.flow), 2, 5))
    charts.append(c)
    for k, chart in enumerate(charts):
        chart.width, chart.height = 17, 8.5
        board.add_chart(chart, f"A{1 + k * 18}")


def _line(title: str, number_format: str) -> LineChart:
    c = LineChart()
    c.title = title
    c.y_axis.number_format = number_format
    _axes(c)
    return c


def _bars(title: str, number_format: str, *, stacked: bool) -> BarChart:
    c = BarChart()
    c.type = "col"
    c.title = title
    c.y_axis.number_format = number_format
    if stacked:
        c.grouping = "stacked"
        c.overlap = 100
    _axes(c)
    return c


def _axes(c: Any) -> None:
    # shown: openpyxl writes axes "deleted" unless told, and newer Excel honours that
    c.x_axis.delete = False
    c.y_axis.delete = False
    c.legend.position = "b"


def _fill(c: Any, values: Reference, categories: Reference) -> None:
    c.add_data(values, titles_from_data=True)
    c.set_categories(categories)
    for k, s in enumerate(c.series):
        props = s.graphicalProperties
        if isinstance(c, LineChart):
            props.line.solidFill = FILLS[k % 2 * 3]  # ink and the darker blue in turn
            props.line.dashStyle = DASHES[k % len(DASHES)]
            props.line.width = 22225
            s.marker.symbol = MARKERS[k % len(MARKERS)]
            s.marker.size = 6
            s.smooth = False
        else:
            props.solidFill = FILLS[k % len(FILLS)]
            props.line.solidFill = FILLS[0]
