"""The lead's four charts as ReportLab drawings (vector, the embedded CJK font), from
:mod:`vipcrm.services.team_trends`: the printed review's first page draws them.

- :func:`churn_chart`: year-to-date churn, all members and diamond + gold, month by month
  over the whole year, against the targets pro rata (a shaded band under the target for
  all, a dashed line for diamond + gold, each labelled with its yearly value);
- :func:`standard_chart`: small multiples, one per manager (the slipping one first): the
  service standard done per month as bars, the presentation threshold as a dashed line,
  the overdue items at each month's end as a row of numbers;
- :func:`budget_chart`: the gift budget per manager as stacked bars (spent, committed,
  left: allocated in all), the allocation written above each bar;
- :func:`flow_chart`: the re-grading of the last months, grouped bars (joined, up, down,
  left) with their numbers.

Readable in greyscale: every series differs in lightness, line dash and marker shape, and
carries its value or a legend; colour is never the only key.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from typing import Any

from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.charts.lineplots import LinePlot
from reportlab.graphics.shapes import Drawing, Line, Polygon, Rect, String
from reportlab.graphics.widgets.markers import makeMarker
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth

from vipcrm.reports.base import FONT, register_fonts
from vipcrm.services.team_trends import ChurnTrend, FlowMonth, ManagerBudget, ManagerTrend
from vipcrm.texts import Texts

# Four lightnesses of the house blue: told apart in greyscale print as well.
INK = colors.HexColor("#1f2d4a")
DARK = colors.HexColor("#4a6190")
MID = colors.HexColor("#8fa3c8")
LIGHT = colors.HexColor("#dfe6f2")
BAND = colors.HexColor("#e9edf4")
GRIDLINE = colors.HexColor("#c8c8c8")
TEXT = colors.HexColor("#222222")
#: Presentation only (as the review's tables): rates from here on count as good.
RATE_SHOWN_GOOD = 0.9

TITLE_SIZE = 8.5
LABEL_SIZE = 6.5


def pct(rate: float | None, digits: int = 1) -> str:
    return "—" if rate is None else f"{rate * 100:.{digits}f}%"


def _drawing(width: float, height: float) -> Drawing:
    """A drawing whose every text, even ReportLab's own defaults, is in the embedded font
    (else the page refers to an unembedded Helvetica)."""
    register_fonts()
    d = Drawing(width, height)
    d.initialFontName = FONT  # type: ignore[attr-defined]  # in ReportLab's attribute map
    return d


def _title(d: Drawing, text: str, y: float | None = None) -> None:
    d.add(
        String(
            0,
            d.height - TITLE_SIZE if y is None else y,
            text,
            fontName=FONT,
            fontSize=TITLE_SIZE,
            fillColor=TEXT,
        )
    )


def _marker(kind: str) -> Any:
    return makeMarker(kind)  # type: ignore[no-untyped-call]  # ReportLab's untyped factory


def _text(
    d: Drawing,
    x: float,
    y: float,
    text: str,
    size: float = LABEL_SIZE,
    anchor: str = "start",
    colour: Any = TEXT,
) -> None:
    kw: Any = {"fontName": FONT, "fontSize": size, "textAnchor": anchor, "fillColor": colour}
    d.add(String(x, y, text, **kw))


def _legend(
    d: Drawing, x: float, y: float, items: Sequence[tuple[str, dict[str, Any]]], width: float
) -> float:
    """Legend entries from ``x`` at baseline ``y``, wrapping at ``width``; returns the last
    row's baseline. An entry is a box (``fill``) or a line (``dash``, ``marker``)."""
    cx, cy = x, y
    for label, how in items:
        w = 12 + stringWidth(label, FONT, LABEL_SIZE) + 8
        if cx > x and cx + w > x + width:
            cx, cy = x, cy - 9
        if "fill" in how:
            box: Any = {"fillColor": how["fill"], "strokeColor": INK, "strokeWidth": 0.4}
            d.add(Rect(cx, cy - 1, 7, 6, **box))
        else:
            pen: Any = {
                "strokeColor": how.get("colour", INK),
                "strokeWidth": how.get("width", 1.2),
                "strokeDashArray": how.get("dash"),
            }
            d.add(Line(cx - 1, cy + 2, cx + 9, cy + 2, **pen))
            if how.get("marker"):
                m = _marker(how["marker"])
                m.x, m.y, m.size = cx + 4, cy + 2, 4
                m.fillColor = m.strokeColor = how.get("colour", INK)
                d.add(m)
        _text(d, cx + 12, cy, label)
        cx += w
    return cy


def _nice_max(value: float) -> float:
    """A round upper bound for an axis holding ``value`` (> 0)."""
    if value <= 0:
        return 1.0
    step = 10 ** math.floor(math.log10(value))
    for k in (1, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10):
        if value <= k * step:
            return float(k * step)
    return float(10 * step)


# -- churn ---------------------------------------------------------------------------------
def churn_chart(trend: ChurnTrend, t: Texts, width: float, height: float) -> Drawing:
    register_fonts()
    d = _drawing(width, height)
    _title(d, t.chart("churn_title").format(year=trend.year))
    lp: Any = LinePlot()
    lp.x, lp.y = 26, 42
    lp.width, lp.height = width - lp.x - 34, height - lp.y - 18
    all_pts = [
        (int(p.month[5:7]), p.all.rate * 100) for p in trend.points if p.all.rate is not None
    ]
    dg_pts = [
        (int(p.month[5:7]), p.diamond_gold.rate * 100)
        for p in trend.points
        if p.diamond_gold.rate is not None
    ]
    t_all, t_dg = trend.target_all * 100, trend.target_diamond_gold * 100
    top = _nice_max(max([t_all, t_dg, *(v for _k, v in all_pts + dg_pts)]) * 1.1)
    # the series: all, diamond + gold, then the diamond + gold target (pro rata) as a line
    data = [all_pts or [(1, 0)], dg_pts or [(1, 0)], [(1, t_dg / 12), (12, t_dg)]]
    lp.data = data
    lp.joinedLines = 1
    styles = (
        (INK, None, "FilledCircle", 1.4),
        (DARK, [3, 1.5], "FilledSquare", 1.2),
        (INK, [1, 1.5], None, 0.7),
    )
    for k, (colour, dash, marker, w) in enumerate(styles):
        line = lp.lines[k]
        line.strokeColor = colour
        line.strokeWidth = w
        if dash:
            line.strokeDashArray = dash
        if marker:
            line.symbol = _marker(marker)
            line.symbol.size = 3.2
            line.symbol.fillColor = line.symbol.strokeColor = colour
    if not all_pts:
        lp.lines[0].strokeWidth = 0
    if not dg_pts:
        lp.lines[1].strokeWidth = 0
    xa, ya = lp.xValueAxis, lp.yValueAxis
    xa.valueMin, xa.valueMax, xa.valueSteps = 1, 12, list(range(1, 13))
    xa.labelTextFormat = lambda v: t.month_short(f"2000-{int(v):02d}")
    ya.valueMin, ya.valueMax = 0, top
    ya.valueStep = top / 4
    ya.labelTextFormat = lambda v: f"{v:.1f}%" if top < 10 else f"{v:.0f}%"
    ya.visibleGrid = True
    ya.gridStrokeColor = GRIDLINE
    ya.gridStrokeWidth = 0.3
    for axis in (xa, ya):
        axis.labels.fontName = FONT
        axis.labels.fontSize = LABEL_SIZE
        axis.strokeWidth = 0.5

    def at(month: float, value: float) -> tuple[float, float]:
        return lp.x + (month - 1) / 11 * lp.width, lp.y + min(value, top) / top * lp.height

    # the band: at or under the target for all members, pro rata through each month
    corners = [at(1, 0), *(at(k, t_all * k / 12) for k in range(1, 13)), at(12, 0)]
    d.add(Polygon([c for xy in corners for c in xy], fillColor=BAND, strokeColor=None))
    d.add(Line(*at(1, t_all / 12), *at(12, t_all), strokeColor=MID, strokeWidth=0.8))
    d.add(lp)
    # yearly values at the right end, the latest figures at the last points
    _text(d, lp.x + lp.width + 2, at(12, t_all)[1] - 2, pct(trend.target_all), colour=DARK)
    _text(d, lp.x + lp.width + 2, at(12, t_dg)[1] - 2, pct(trend.target_diamond_gold), colour=DARK)
    _legend(
        d,
        0,
        lp.y - 22,
        [
            (
                f"{t.chart('all')} {latest(trend, 'all')}",
                {"marker": "FilledCircle", "colour": INK, "width": 1.4},
            ),
            (
                f"{t.chart('diamond_gold')} {latest(trend, 'diamond_gold')}",
                {"marker": "FilledSquare", "colour": DARK, "dash": [3, 1.5]},
            ),
            (t.chart("target_band"), {"fill": BAND}),
            (
                t.chart("target_diamond_gold").format(rate=pct(trend.target_diamond_gold)),
                {"dash": [1, 1.5], "width": 0.7},
            ),
        ],
        width,
    )
    return d


def latest(trend: ChurnTrend, group: str) -> str:
    """The latest year-to-date rate of ``all`` or ``diamond_gold``, for the legend."""
    if not trend.points:
        return "—"
    figure = getattr(trend.points[-1], group)
    return pct(figure.rate, 2)


# -- service standard, small multiples -------------------------------------------------------
def standard_chart(
    trends: Sequence[ManagerTrend], t: Texts, width: float, cell_height: float = 30 * mm
) -> Drawing:
    register_fonts()
    n = max(1, len(trends))
    cols = min(5, n)
    rows = math.ceil(n / cols)
    head = 22
    d = _drawing(width, head + rows * cell_height)
    months = [mm_.month for mm_ in trends[0].months] if trends else []
    _title(d, t.chart("standard_title").format(n=len(months)))
    y = d.height - TITLE_SIZE - 10
    good = pct(RATE_SHOWN_GOOD, 0)
    below, fine = t.chart("below_good"), t.chart("good")
    _legend(
        d,
        0,
        y,
        [(below.format(rate=good), {"fill": INK}), (fine.format(rate=good), {"fill": MID})],
        width / 2,
    )
    _text(d, width, y, t.chart("standard_note").format(rate=good), anchor="end")
    cell_w = width / cols
    for k, trend in enumerate(trends):
        col, row = k % cols, k // cols
        x0 = col * cell_w
        y0 = d.height - head - (row + 1) * cell_height
        _small_multiple(d, trend, t, x0, y0, cell_w - 6, cell_height - 4)
    return d


def _small_multiple(
    d: Drawing, trend: ManagerTrend, t: Texts, x0: float, y0: float, w: float, h: float
) -> None:
    latest = trend.latest_rate
    name = f"{trend.name} {trend.code}"
    while stringWidth(f"{name} {pct(latest, 0)}", FONT, 7) > w and len(name) > 4:
        name = name[:-1]
    _text(d, x0, y0 + h - 7, f"{name} {pct(latest, 0)}", size=7)
    bc: Any = VerticalBarChart()
    bc.x, bc.y = x0 + 16, y0 + 20
    bc.width, bc.height = w - 18, h - 31
    rates = [m.rate * 100 if m.rate is not None else None for m in trend.months]
    bc.data = [[r if r is not None else 0 for r in rates]]
    bc.bars[0].fillColor = MID
    bc.bars[0].strokeColor = INK
    bc.bars[0].strokeWidth = 0.3
    for i, r in enumerate(rates):  # below the threshold: dark (greyscale: darker)
        if r is not None and r < RATE_SHOWN_GOOD * 100:
            bc.bars[(0, i)].fillColor = INK
    bc.valueAxis.valueMin, bc.valueAxis.valueMax, bc.valueAxis.valueStep = 0, 100, 50
    bc.valueAxis.labelTextFormat = lambda v: f"{v:.0f}%"
    bc.categoryAxis.categoryNames = [t.month_short(m.month) for m in trend.months]
    for axis in (bc.valueAxis, bc.categoryAxis):
        axis.labels.fontName = FONT
        axis.labels.fontSize = 5.5
        axis.strokeWidth = 0.4
    bc.categoryAxis.labels.dy = -1
    bc.barSpacing = 1
    bc.groupSpacing = 2
    d.add(bc)
    y_good = bc.y + RATE_SHOWN_GOOD * bc.height
    d.add(
        Line(
            bc.x,
            y_good,
            bc.x + bc.width,
            y_good,
            strokeColor=TEXT,
            strokeWidth=0.5,
            strokeDashArray=[1.5, 1],
        )
    )
    # overdue at each month's end, under the month
    step = bc.width / max(1, len(trend.months))
    for i, m in enumerate(trend.months):
        _text(d, bc.x + (i + 0.5) * step, y0 + 1, str(m.overdue), size=5.5, anchor="middle")
        if rates[i] is None:
            _text(d, bc.x + (i + 0.5) * step, bc.y + 2, "—", size=5.5, anchor="middle")


# -- gift budget, stacked --------------------------------------------------------------------
def budget_chart(
    budgets: Sequence[ManagerBudget], period: str, t: Texts, width: float, height: float
) -> Drawing:
    register_fonts()
    d = _drawing(width, height)
    _title(d, t.chart("budget_title").format(period=period))
    bc: Any = VerticalBarChart()
    bc.x, bc.y = 34, 34
    bc.width, bc.height = width - bc.x - 4, height - bc.y - 24
    spent = [b.spent_fen / 100 for b in budgets]
    committed = [b.committed_fen / 100 for b in budgets]
    left = [max(0, b.left_fen) / 100 for b in budgets]
    bc.data = [spent, committed, left] if budgets else [[0], [0], [0]]
    bc.categoryAxis.style = "stacked"
    for k, (fill, stroke) in enumerate(((INK, INK), (MID, INK), (colors.white, INK))):
        bc.bars[k].fillColor = fill
        bc.bars[k].strokeColor = stroke
        bc.bars[k].strokeWidth = 0.4
    top = _nice_max(max([b.allocated_fen / 100 for b in budgets] + [1]) * 1.12)
    bc.valueAxis.valueMin, bc.valueAxis.valueMax, bc.valueAxis.valueStep = 0, top, top / 4
    bc.valueAxis.labelTextFormat = lambda v: f"{v:,.0f}"
    bc.valueAxis.visibleGrid = True
    bc.valueAxis.gridStrokeColor = GRIDLINE
    bc.valueAxis.gridStrokeWidth = 0.3
    bc.categoryAxis.categoryNames = [b.code for b in budgets] or [""]
    for axis in (bc.valueAxis, bc.categoryAxis):
        axis.labels.fontName = FONT
        axis.labels.fontSize = LABEL_SIZE
        axis.strokeWidth = 0.5
    bc.barWidth = 10
    bc.groupSpacing = 10
    d.add(bc)
    step = bc.width / max(1, len(budgets))
    for i, b in enumerate(budgets):
        x = bc.x + (i + 0.5) * step
        if b.period is None:
            _text(d, x, bc.y + 3, t.chart("no_budget"), size=5.5, anchor="middle")
            continue
        y = bc.y + b.allocated_fen / 100 / top * bc.height
        _text(d, x, y + 2, f"{b.allocated_fen / 100:,.0f}", size=5.5, anchor="middle")
    _legend(
        d,
        0,
        6,
        [
            (t.chart("spent"), {"fill": INK}),
            (t.chart("committed"), {"fill": MID}),
            (t.chart("left"), {"fill": colors.white}),
        ],
        width / 2,
    )
    total = (
        f"{t.chart('allocated')} = {t.chart('spent')} + {t.chart('committed')} + {t.chart('left')}"
    )
    _text(d, width, 6, total, anchor="end")
    return d


# -- re-grading flow, grouped --------------------------------------------------------------------
FLOW_FILLS = (colors.white, LIGHT, MID, INK)


def flow_chart(flow: Sequence[FlowMonth], t: Texts, width: float, height: float) -> Drawing:
    register_fonts()
    d = _drawing(width, height)
    _title(d, t.chart("flow_title").format(n=len(flow)))
    bc: Any = VerticalBarChart()
    bc.x, bc.y = 22, 42
    bc.width, bc.height = width - bc.x - 4, height - bc.y - 18
    series = [
        [f.joined for f in flow],
        [f.up for f in flow],
        [f.down for f in flow],
        [f.left for f in flow],
    ]
    bc.data = series if flow else [[0]] * 4
    for k, fill in enumerate(FLOW_FILLS):
        bc.bars[k].fillColor = fill
        bc.bars[k].strokeColor = INK
        bc.bars[k].strokeWidth = 0.4
    top = _nice_max(max([v for s in series for v in s] + [1]) * 1.15)
    bc.valueAxis.valueMin, bc.valueAxis.valueMax = 0, top
    bc.valueAxis.valueStep = max(1, top / 4)
    bc.valueAxis.labelTextFormat = lambda v: f"{v:.0f}"
    bc.valueAxis.visibleGrid = True
    bc.valueAxis.gridStrokeColor = GRIDLINE
    bc.valueAxis.gridStrokeWidth = 0.3
    bc.categoryAxis.categoryNames = [t.month_short(f.month) for f in flow] or [""]
    for axis in (bc.valueAxis, bc.categoryAxis):
        axis.labels.fontName = FONT
        axis.labels.fontSize = LABEL_SIZE
        axis.strokeWidth = 0.5
    bc.barLabelFormat = lambda v: f"{v:.0f}" if v else ""
    bc.barLabels.fontName = FONT
    bc.barLabels.fontSize = 5
    bc.barLabels.nudge = 4
    bc.barSpacing = 0.5
    bc.groupSpacing = 5
    d.add(bc)
    _legend(
        d,
        0,
        bc.y - 22,
        [
            (t.chart(key), {"fill": fill})
            for key, fill in zip(("joined", "up", "down", "left_club"), FLOW_FILLS, strict=True)
        ],
        width,
    )
    return d
