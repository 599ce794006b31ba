"""The Team section's trends (issue 26): four charts a lead sees first, drawn from the
series of :func:`vipcrm.services.team_trends.team_trends` on a hand-built club whose
numbers are known (the services' tests' club: M2 stopped calling in February, two members
left, budgets on a month and a quarter line).

The window's reads run on a runner held until the test lets it go, as a background
thread does while the database answers: the tab says it is loading, then draws.
"""

from __future__ import annotations

import pytest
from PySide6.QtCharts import QAbstractBarSeries, QAreaSeries, QLineSeries, QScatterSeries
from PySide6.QtCore import QLocale, QPointF, Qt

from tests.services.test_team_trends import TODAY as CLUB_TODAY
from tests.services.test_team_trends import club  # noqa: F401  (the hand-built club)
from tests.ui.test_loading_states import HeldRunner
from vipcrm.services.context import resolve_actor
from vipcrm.services.team_trends import team_trends
from vipcrm.ui.screens.base import Section


@pytest.fixture
def held_lead(club, settings, qtbot, job_errors):  # noqa: F811
    """The window of the club's lead L1, its reads held: ``(lead section, runner)``."""
    from vipcrm.app import build_gui

    runner = HeldRunner(job_errors.append)
    gui = build_gui(
        club, settings, user="L1", runner=runner, language="en", today=lambda: CLUB_TODAY
    )
    assert gui is not None
    qtbot.addWidget(gui.window)
    gui.window.resize(1180, 720)
    gui.window.show()
    runner.release()  # the window's own start-up reads
    lead = gui.window.show_section(Section.TEAM)
    yield lead, runner
    gui.schedule.stop()
    gui.digest.stop()


def expected(club):  # noqa: F811
    with club.reading() as s:
        return team_trends(s, resolve_actor(s, "L1"), today=CLUB_TODAY)


def lines(view) -> dict[str, list[float]]:
    """The y values of each named line drawn (markers aside)."""
    return {
        s.name(): [p.y() for p in s.points()]
        for s in view.chart().series()
        if isinstance(s, QLineSeries) and not isinstance(s, QScatterSeries)
    }


def bars(view) -> dict[str, list[float]]:
    """Each bar set's values, by its label."""
    out = {}
    for series in view.chart().series():
        assert isinstance(series, QAbstractBarSeries)
        for bar_set in series.barSets():
            out[bar_set.label()] = [bar_set.at(i) for i in range(bar_set.count())]
    return out


def categories(view) -> list[str]:
    return view.chart().axes(Qt.Orientation.Horizontal)[0].categories()


def test_the_trends_come_first_say_loading_then_draw_the_services_series(
    held_lead,
    qtbot,
    club,  # noqa: F811
    job_errors,
):
    lead, runner = held_lead
    panel = lead.trends
    assert lead.tabs.currentWidget() is panel  # what a lead sees first in the section
    # Nothing is gathered on the window's thread: the read waits on the runner.
    assert panel.trends is None and panel.state.isVisible() and "Loading" in panel.state.text()
    assert not panel.area.isVisible()
    runner.release()
    assert job_errors == []
    assert panel.trends is not None and not panel.state.isVisible() and panel.area.isVisible()
    qtbot.waitUntil(lambda: panel.drawn)  # a chart per turn of the event loop
    want = expected(club)

    # Churn: January to April, all and diamond + gold, each with its target pro rata.
    drawn = lines(panel.churn_view)
    assert drawn["All VIP"] == pytest.approx([p.all.rate * 100 for p in want.churn.points])
    assert drawn["Diamond + gold"] == pytest.approx(
        [p.diamond_gold.rate * 100 for p in want.churn.points]
    )
    assert drawn["Target 3.5%"] == pytest.approx([p.all.target * 100 for p in want.churn.points])
    assert drawn["Target 2.0%"] == pytest.approx(
        [p.diamond_gold.target * 100 for p in want.churn.points]
    )
    assert categories(panel.churn_view) == ["1", "2", "3", "4"]
    # the band under the all-members target, pro rata, as the printed review has it
    (band,) = [s for s in panel.churn_view.chart().series() if isinstance(s, QAreaSeries)]
    assert band.name() == "Within 3.5%" and band.lowerSeries() is None
    assert [p.y() for p in band.upperSeries().points()] == pytest.approx(
        [p.all.target * 100 for p in want.churn.points]
    )
    assert panel.churn_view.chart().series()[0] is band  # drawn first: under the lines
    assert not any(m.isVisible() for m in panel.churn_view.chart().legend().markers(band))

    # The service standard: the slipping manager (M2, silent since February) first.
    assert categories(panel.standard_view) == ["经理M2", "经理M1"]
    months = ["Nov", "Dec", "Jan", "Feb", "Mar", "Apr"]
    standard = bars(panel.standard_view)
    assert list(standard) == [*months[:5], "Apr (to date)"]  # today's month still runs
    months[5] = "Apr (to date)"
    for k, month in enumerate(months):
        assert standard[month] == pytest.approx(
            [(t.months[k].rate or 0) * 100 for t in want.standard]
        )
    assert standard["Feb"][0] == 0 and standard["Feb"][1] == 100
    overdue = bars(panel.overdue_view)
    for k, month in enumerate(months):
        assert overdue[month] == [t.months[k].overdue for t in want.standard]
    assert overdue["Apr (to date)"][0] > 0

    # The gift budgets, stacked: spent + committed + unused = allocated (yuan).
    budgets = bars(panel.budget_view)
    assert categories(panel.budget_view) == [b.name for b in want.budgets]
    assert budgets["Spent"] == [b.spent_fen / 100 for b in want.budgets]
    assert budgets["Committed"] == [b.committed_fen / 100 for b in want.budgets]
    assert [sum(v) for v in zip(*budgets.values(), strict=True)] == [
        b.allocated_fen / 100 for b in want.budgets
    ]

    # The re-grading flow of the six months.
    flow = bars(panel.flow_view)
    assert categories(panel.flow_view) == ["Nov", "Dec", "Jan", "Feb", "Mar", "Apr"]
    assert flow["Joined"] == [f.joined for f in want.flow]
    assert flow["Down"] == [f.down for f in want.flow]
    assert flow["Left"] == [f.left for f in want.flow]
    assert flow["Left"][3:5] == [1, 2] and sum(flow["Down"]) == 1  # S4; G2 and J1


def test_a_tooltip_names_the_point(held_lead, qtbot):
    lead, runner = held_lead
    runner.release()
    panel = lead.trends
    qtbot.waitUntil(lambda: panel.drawn)
    # A bar: the manager, the month, the figure.
    series = panel.standard_view.chart().series()[0]
    february = next(b for b in series.barSets() if b.label() == "Feb")
    series.hovered.emit(True, 0, february)
    tip = panel.standard_view.shown_tip
    assert "经理M2" in tip and "Feb" in tip and "0%" in tip, tip
    series.hovered.emit(False, 0, february)
    assert panel.standard_view.shown_tip == ""
    # A point of a line: March's year to date (2 of 10 left, 20 %).
    line = next(
        s
        for s in panel.churn_view.chart().series()
        if isinstance(s, QLineSeries) and s.name() == "All VIP"
    )
    line.hovered.emit(QPointF(2, 20.0), True)
    tip = panel.churn_view.shown_tip
    assert "Mar" in tip and "20.00%" in tip and "2 of 10 left" in tip, tip
    assert "above the target" in tip
    # A stacked bar: whose, what, of how much.
    budget = panel.budget_view.chart().series()[0]
    spent = next(b for b in budget.barSets() if b.label() == "Spent")
    budget.hovered.emit(True, 0, spent)
    assert "经理M1" in panel.budget_view.shown_tip and "¥150.00" in panel.budget_view.shown_tip


def test_switching_the_language_draws_the_words_again(held_lead, qapp, qtbot):
    from vipcrm.ui import i18n

    lead, runner = held_lead
    runner.release()
    panel = lead.trends
    qtbot.waitUntil(lambda: panel.drawn)
    churn = panel.churn_view.chart()
    assert churn.title() == "Churn year to date, 2026, against the targets"
    installed = i18n.install_translators(qapp, "zh_CN")
    try:
        qtbot.waitUntil(lambda: panel.drawn and panel.heading.text() == "一组 团队趋势")
        assert panel.churn_view.chart().title() == "2026 年累计离网率与目标"
        chart = panel.churn_view.chart()
        assert chart.axes(Qt.Orientation.Vertical)[0].titleText() == "离网率（%）"
        assert chart.axes(Qt.Orientation.Horizontal)[0].titleText() == "月份"
        assert "全部 VIP" in lines(panel.churn_view)
        assert list(bars(panel.standard_view))[0] == "11月"  # the locale's month names
        assert panel.flow_view.chart().title().startswith("近 6 个月定级变动")
    finally:
        i18n.remove_translators(qapp, installed)
        QLocale.setDefault(QLocale("en_US"))
    qtbot.waitUntil(lambda: panel.drawn and panel.heading.text() == "Trends of team 一组")
    assert panel.churn_view.chart().title() == "Churn year to date, 2026, against the targets"
    assert panel.budget_view.chart().axes(Qt.Orientation.Vertical)[0].titleText() == "Yuan"


def test_a_big_team_shows_its_first_twelve_managers_a_chart_a_row(qtbot):
    from datetime import date

    from vipcrm.domain.plan_layout import ChurnFigure
    from vipcrm.services.team_trends import (
        ChurnPoint,
        ChurnTrend,
        FlowMonth,
        ManagerBudget,
        ManagerMonth,
        ManagerTrend,
        TeamTrends,
    )
    from vipcrm.ui.screens.lead.trends import TrendsPanel

    months = ["2026-06", "2026-07", "2026-08", "2026-09", "2026-10", "2026-11"]
    standard = tuple(
        ManagerTrend(f"M{i:03d}", f"经理{i}", tuple(ManagerMonth(m, 10, 8, 0, i) for m in months))
        for i in range(20)
    )
    trends = TeamTrends(
        team_code="T1",
        team_name="一组",
        today=date(2026, 11, 22),
        month="2026-11",
        churn=ChurnTrend(
            2026,
            0.035,
            0.02,
            (ChurnPoint("2026-01", ChurnFigure(100, 1, 0.003), ChurnFigure(20, 0, 0.002)),),
        ),
        standard=standard,
        budgets=tuple(
            ManagerBudget(t.code, t.name, "2026-11", 60000, 0, 1000 * i)
            for i, t in enumerate(standard)
        ),
        flow=tuple(FlowMonth(m, 1, 0, 0, 0) for m in months),
    )
    panel = TrendsPanel(lead=None, ops=None)  # type: ignore[arg-type]  # shown, not loaded
    qtbot.addWidget(panel)
    panel.resize(1100, 700)
    panel.show()
    panel.show_trends(trends)
    qtbot.waitUntil(lambda: panel.drawn)
    for view in (panel.standard_view, panel.overdue_view, panel.budget_view):
        _row, _col, _rows, columns = panel.grid.getItemPosition(panel.grid.indexOf(view))
        assert columns == 2  # the window's width for a big team's managers
        assert len(categories(view)) == 12
        assert view.chart().title().endswith(": the first 12 of 20 managers")
    # The slipping first, in the service's order; the budgets most drawn on first.
    assert categories(panel.standard_view) == [f"经理{i}" for i in range(12)]
    assert bars(panel.overdue_view)["Nov (to date)"] == list(range(12))
    assert categories(panel.budget_view) == [f"经理{i}" for i in range(19, 7, -1)]
