"""The lead's trends (issue 26), drawn with Qt Charts: churn year to date against the
targets, the service standard and overdue items per manager (the slipping manager first),
the gift budgets, and the re-grading flow.

The series come from :func:`vipcrm.services.team_trends.team_trends` through the backend,
gathered on the runner; the charts are drawn when they arrive. Every word is drawn again
on a language change (titles, axes, legends, tooltips), numbers and month names follow
the default ``QLocale`` the window's language sets. Nothing relies on colour alone: the
lines differ by pen style and marker, the bars by fill pattern or shade, and the bars
that carry few values are labelled.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCharts import (
    QAbstractAxis,
    QAbstractBarSeries,
    QAbstractSeries,
    QAreaSeries,
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QLegend,
    QLineSeries,
    QScatterSeries,
    QStackedBarSeries,
    QValueAxis,
)
from PySide6.QtCore import QEvent, QLocale, QMargins, QPointF, Qt, QTimer, Signal
from PySide6.QtGui import QBrush, QColor, QCursor, QFont, QPainter, QPen
from PySide6.QtWidgets import (
    QGridLayout,
    QLabel,
    QScrollArea,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from vipcrm.services.team_trends import (
    FlowMonth,
    ManagerBudget,
    ManagerMonth,
    ManagerTrend,
    TeamTrends,
)
from vipcrm.ui.backends.team import LeadBackend
from vipcrm.ui.errors import show_error
from vipcrm.ui.labels import fill, format_money, format_number
from vipcrm.ui.ops import Ops
from vipcrm.ui.widgets import EmptyState, Heading

NAVY = QColor("#1c2b4a")
ORANGE = QColor("#c0601a")
GREY = QColor("#78909c")
BAND = QColor("#e9edf4")  # the printed review's band (reports/charts.py)
# Six months, oldest lightest: the order reads the same in greyscale.
RAMP = [QColor(c) for c in ("#cfd8dc", "#a7b6c2", "#7f95a8", "#58748e", "#345476", "#1c2b4a")]


WIDE_FROM = 6  # managers: more, and the per-manager charts take the window's width
MOST = 12  # managers a per-manager chart shows: the slipping first, the rest in the dashboard


def pct(rate: float | None, digits: int = 1) -> str:
    """0.0213 -> "2.1%" in the window's locale; None -> "—"."""
    if rate is None:
        return "—"
    return QLocale().toString(rate * 100, "f", digits) + QLocale().percent()


def month_label(month: str) -> str:
    """ "2026-11" -> the locale's short month ("Nov", "11月"); the titles say the year."""
    return QLocale().monthName(int(month[5:7]), QLocale.FormatType.ShortFormat)


def most_used(budgets: Sequence[ManagerBudget]) -> list[ManagerBudget]:
    """The service's order (by code), or for a big team the budgets most drawn on first."""
    if len(budgets) <= MOST:
        return list(budgets)
    return sorted(
        budgets,
        key=lambda b: -(b.spent_fen + b.committed_fen) / b.allocated_fen if b.allocated_fen else 0,
    )


def manager_label(name: str, code: str) -> str:
    return name or code


class ChartView(QChartView):
    """A chart with a tooltip per point: ``tips[series][index]`` is the text shown."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setMinimumHeight(300)
        self.setMinimumWidth(360)
        self.tips: dict[str, list[str]] = {}
        self.shown_tip = ""

    def replace(self, chart: QChart) -> None:
        old = self.chart()
        self.setChart(chart)
        if old is not None:
            old.deleteLater()

    def show_tip(self, text: str) -> None:
        self.shown_tip = text
        QToolTip.showText(QCursor.pos(), text, self)

    def hide_tip(self) -> None:
        self.shown_tip = ""
        QToolTip.hideText()

    def tip_for(self, series: str, index: int) -> str:
        texts = self.tips.get(series, [])
        return texts[index] if 0 <= index < len(texts) else ""

    def add(self, series: str, category: str, value: float, text: str) -> None:
        """The tooltip of the next value of ``series`` (``category``, ``value``: what it is)."""
        self.tips.setdefault(series, []).append(text)

    def clear(self) -> None:
        self.tips = {}

    def hover_line(self, series: QLineSeries | QScatterSeries, key: str, x: Sequence[int]) -> None:
        """Tooltips for a line's points (``x``: the category of each drawn point)."""

        def hovered(point: QPointF, state: bool) -> None:
            if not state:
                self.hide_tip()
                return
            at = round(point.x())
            index = min(range(len(x)), key=lambda i: abs(x[i] - at)) if x else -1
            self.show_tip(self.tip_for(key, index))

        series.hovered.connect(hovered)

    def hover_bars(self, series: QAbstractBarSeries) -> None:
        def hovered(state: bool, index: int, barset: QBarSet) -> None:
            if state:
                self.show_tip(self.tip_for(barset.label(), index))
            else:
                self.hide_tip()

        series.hovered.connect(hovered)


def new_chart(title: str) -> QChart:
    chart = QChart()
    chart.setTitle(title)
    font = QFont(chart.titleFont())
    font.setBold(True)
    font.setPointSizeF(max(font.pointSizeF(), 10.5))
    chart.setTitleFont(font)
    chart.setLocale(QLocale())
    chart.setLocalizeNumbers(True)
    chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
    chart.setMargins(QMargins(4, 4, 4, 4))
    chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
    chart.setBackgroundRoundness(0)
    return chart


def value_axis(title: str, top: float, label_format: str = "%.0f") -> QValueAxis:
    axis = QValueAxis()
    axis.setTitleText(title)
    axis.setRange(0, top)
    axis.setLabelFormat(label_format)
    axis.applyNiceNumbers()
    return axis


def categories(names: Sequence[str]) -> QBarCategoryAxis:
    axis = QBarCategoryAxis()
    axis.append(list(names))
    return axis


def attach(chart: QChart, series: QAbstractSeries, x: QAbstractAxis, y: QAbstractAxis) -> None:
    chart.addSeries(series)
    series.attachAxis(x)
    series.attachAxis(y)


def bar_set(
    label: str, colour: QColor, pattern: Qt.BrushStyle = Qt.BrushStyle.SolidPattern
) -> QBarSet:
    bars = QBarSet(label)
    bars.setBrush(QBrush(colour, pattern))
    bars.setPen(QPen(NAVY, 1))
    return bars


class TrendsPanel(QWidget):
    """Four charts of the team's trends; "Loading…" until the runner brings the series."""

    message = Signal(str)
    charts_drawn = Signal()  # every chart of the series last shown is drawn

    def __init__(self, lead: LeadBackend, ops: Ops, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lead, self.ops = lead, ops
        self.trends: TeamTrends | None = None
        self.drawn = False
        self._pending: list[Callable[[], None]] = []
        self._next = QTimer(self)
        self._next.setSingleShot(True)
        self._next.setInterval(0)
        self._next.timeout.connect(self._draw_next)
        self.loading = False
        self.heading = Heading()
        self.state = EmptyState(self.tr("Loading…"))
        self.churn_view = ChartView()
        self.standard_view = ChartView()
        self.overdue_view = ChartView()
        self.budget_view = ChartView()
        self.flow_view = ChartView()
        self.grid = grid = QGridLayout()
        self.wide = False
        self._lay_out(wide=False)
        self.charts = QWidget()
        self.charts.setLayout(grid)
        self.area = QScrollArea()
        self.area.setWidgetResizable(True)
        self.area.setFrameShape(QScrollArea.Shape.NoFrame)
        self.area.setWidget(self.charts)
        self.note = QLabel()
        self.note.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.note)
        layout.addWidget(self.state, 1)
        layout.addWidget(self.area, 1)
        self._show_state(self.tr("Loading…"))

    def _lay_out(self, wide: bool) -> None:
        """Two charts a row; a big team's per-manager charts each take a row of their own."""
        grid = self.grid
        for view in self.views():
            grid.removeWidget(view)
        if wide:
            grid.addWidget(self.churn_view, 0, 0)
            grid.addWidget(self.flow_view, 0, 1)
            grid.addWidget(self.standard_view, 1, 0, 1, 2)
            grid.addWidget(self.overdue_view, 2, 0, 1, 2)
            grid.addWidget(self.budget_view, 3, 0, 1, 2)
        else:
            grid.addWidget(self.churn_view, 0, 0)
            grid.addWidget(self.standard_view, 0, 1)
            grid.addWidget(self.overdue_view, 1, 0)
            grid.addWidget(self.budget_view, 1, 1)
            grid.addWidget(self.flow_view, 2, 0, 1, 2)
        self.wide = wide

    def views(self) -> list[ChartView]:
        return [
            self.churn_view,
            self.standard_view,
            self.overdue_view,
            self.budget_view,
            self.flow_view,
        ]

    # --- loading ---------------------------------------------------------------------------

    def refresh(self) -> None:
        if self.trends is None:
            self._show_state(self.tr("Loading…"))
        self.loading = True
        self.ops.read(self.lead.trends, self.show_trends, self._failed)

    def _failed(self, exc: BaseException) -> None:
        self.loading = False
        if self.trends is None:
            self._show_state(self.tr("The trends could not be loaded."))
        show_error(self, exc)

    def _show_state(self, text: str) -> None:
        self.state.setText(text)
        self.state.show()
        self.area.hide()

    def show_trends(self, trends: TeamTrends) -> None:
        self.loading = False
        self.trends = trends
        self.state.hide()
        self.area.show()
        self.draw()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.LanguageChange:
            if self.trends is not None:
                self.draw()
            elif self.state.isVisible():
                self.state.setText(self.tr("Loading…") if self.loading else self.state.text())
        super().changeEvent(event)

    # --- drawing ---------------------------------------------------------------------------

    def draw(self) -> None:
        t = self.trends
        if t is None:
            return
        team = t.team_name or t.team_code
        wide = len(t.standard) > WIDE_FROM
        if wide != self.wide:
            self._lay_out(wide)
        self.heading.setText(
            fill(self.tr("Trends of team %1"), team) if team else self.tr("Trends of every team")
        )
        self.note.setText(
            self.tr(
                "Point at a line or a bar to read its figure. The service standard is a "
                "month's routine and care items done on time; the slipping manager comes first."
            )
        )
        # One chart per turn of the event loop: a big team's charts (50 managers: ~50 ms
        # each) never hold the window for all five at once.
        self._pending = [
            lambda: self.draw_churn(t),
            lambda: self.draw_standard(t.standard[:MOST], len(t.standard)),
            lambda: self.draw_overdue(t.standard[:MOST], len(t.standard)),
            lambda: self.draw_budgets(most_used(t.budgets)[:MOST], len(t.budgets)),
            lambda: self.draw_flow(t.flow),
        ]
        self.drawn = False
        self._draw_next()

    def _draw_next(self) -> None:
        if not self._pending:
            return
        self._pending.pop(0)()
        if self._pending:
            self._next.start()  # the panel's own timer: it dies with the panel
        else:
            self.drawn = True
            self.charts_drawn.emit()

    def draw_churn(self, t: TeamTrends) -> None:
        view = self.churn_view
        view.clear()
        c = t.churn
        chart = new_chart(fill(self.tr("Churn year to date, %1, against the targets"), c.year))
        chart.legend().setMarkerShape(QLegend.MarkerShape.MarkerShapeFromSeries)  # the dashes
        months = [p.month for p in c.points]
        # Twelve months side by side in half the window: their numbers ("10月" is cut)
        x = categories([QLocale().toString(int(m[5:7])) for m in months])
        x.setTitleText(self.tr("Month"))
        highest = max(
            [c.target_all, c.target_diamond_gold]
            + [f.rate for p in c.points for f in (p.all, p.diamond_gold) if f.rate is not None]
        )
        y = value_axis(self.tr("Churn (%)"), max(highest * 100 * 1.15, 0.5), "%.1f")
        chart.addAxis(x, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(y, Qt.AlignmentFlag.AlignLeft)
        groups = (
            (
                "all",
                self.tr("All VIP"),
                fill(self.tr("Target %1"), pct(c.target_all)),
                NAVY,
                Qt.PenStyle.SolidLine,
                Qt.PenStyle.DotLine,
                QScatterSeries.MarkerShape.MarkerShapeCircle,
            ),
            (
                "diamond_gold",
                self.tr("Diamond + gold"),
                fill(self.tr("Target %1"), pct(c.target_diamond_gold)),
                ORANGE,
                Qt.PenStyle.DashLine,
                Qt.PenStyle.DashDotLine,
                QScatterSeries.MarkerShape.MarkerShapeRectangle,
            ),
        )
        # The band: at or under the target for all members, pro rata through each month (as
        # the printed review draws it), under every line; the target lines stay dashed on it.
        edge = QLineSeries()
        for i, p in enumerate(c.points):
            if p.all.target is not None:
                edge.append(i, p.all.target * 100)
        band = QAreaSeries(edge)
        edge.setParent(band)  # the area draws its edge: they live together
        band.setName(fill(self.tr("Within %1"), pct(c.target_all)))  # all members, pro rata
        band.setBrush(QBrush(BAND))
        band.setPen(QPen(Qt.PenStyle.NoPen))
        attach(chart, band, x, y)
        for marker in chart.legend().markers(band):  # the legend has no room: its target says
            marker.setVisible(False)
        for key, name, target_name, colour, style, target_style, shape in groups:
            target = QLineSeries()
            target.setName(target_name)
            target.setPen(QPen(colour.lighter(150), 2, target_style))
            target_x: list[int] = []
            for i, p in enumerate(c.points):
                f = getattr(p, key)
                if f.target is None:
                    continue
                target.append(i, f.target * 100)
                target_x.append(i)
                view.add(
                    f"{key}-target",
                    month_label(p.month),
                    f.target * 100,
                    fill(
                        self.tr("%1, target through %2: %3"),
                        name,
                        month_label(p.month),
                        pct(f.target, 2),
                    ),
                )

            line = QLineSeries()
            line.setName(name)
            line.setPen(QPen(colour, 2.5, style))
            dots = QScatterSeries()
            dots.setName(name)
            dots.setMarkerShape(shape)
            dots.setMarkerSize(9)
            dots.setColor(colour)
            dots.setBorderColor(QColor("white"))
            drawn: list[int] = []
            for i, p in enumerate(c.points):
                f = getattr(p, key)
                if f.rate is None:
                    continue
                line.append(i, f.rate * 100)
                dots.append(i, f.rate * 100)
                drawn.append(i)
                verdict = (
                    self.tr("above the target")
                    if f.met is False
                    else self.tr("within the target")
                    if f.met
                    else ""
                )
                view.add(
                    key,
                    month_label(p.month),
                    f.rate * 100,
                    fill(
                        self.tr("%1, January to %2: %3 (%4 of %5 left); target %6 %7"),
                        name,
                        month_label(p.month),
                        pct(f.rate, 2),
                        format_number(f.left),
                        format_number(f.base),
                        pct(f.target, 2),
                        verdict,
                    ).strip(),
                )
            attach(chart, line, x, y)
            attach(chart, target, x, y)
            attach(chart, dots, x, y)
            for marker in chart.legend().markers(dots):
                marker.setVisible(False)
            view.hover_line(line, key, drawn)
            view.hover_line(dots, key, drawn)
            view.hover_line(target, f"{key}-target", target_x)
        view.replace(chart)

    def _manager_names(self, standard: Sequence[ManagerTrend]) -> list[str]:
        return [manager_label(m.name, m.code) for m in standard]

    def _monthly_bars(
        self,
        view: ChartView,
        title: str,
        axis_title: str,
        standard: Sequence[ManagerTrend],
        value: Callable[[ManagerMonth], float | None],
        tip: Callable[[ManagerTrend, ManagerMonth], str],
        top: float,
        label_format: str,
    ) -> None:
        view.clear()
        chart = new_chart(title)
        names = self._manager_names(standard)
        x = categories(names)
        y = value_axis(axis_title, top, label_format)
        chart.addAxis(x, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(y, Qt.AlignmentFlag.AlignLeft)
        series = QBarSeries()
        months = [m.month for m in standard[0].months] if standard else []
        for i, month in enumerate(months):
            label = month_label(month)
            if self.trends is not None and month == f"{self.trends.today:%Y-%m}":
                label = fill(self.tr("%1 (to date)"), label)  # a month still running
            bars = bar_set(label, RAMP[max(0, len(RAMP) - len(months) + i)])
            for manager, name in zip(standard, names, strict=True):
                figure = manager.months[i]
                v = value(figure)
                bars.append(v if v is not None else 0)
                view.add(label, name, v if v is not None else 0, tip(manager, figure))
            series.append(bars)
        attach(chart, series, x, y)
        view.hover_bars(series)
        view.replace(chart)

    def _of(self, title: str, shown: int, total: int) -> str:
        """A big team's chart says it shows the first ``shown`` managers of ``total``."""
        if shown >= total:
            return title
        return fill(self.tr("%1: the first %2 of %3 managers"), title, shown, total)

    def draw_standard(self, standard: Sequence[ManagerTrend], total: int = 0) -> None:
        def rate(m: ManagerMonth) -> float | None:
            r = m.rate
            return None if r is None else r * 100

        def tip(manager: ManagerTrend, m: ManagerMonth) -> str:
            judged = m.due - m.open
            if judged <= 0:
                return fill(
                    self.tr("%1, %2: nothing judged yet (%3 items not yet due)"),
                    manager_label(manager.name, manager.code),
                    month_label(m.month),
                    format_number(m.open),
                )
            return fill(
                self.tr("%1, %2: %3 on time (%4 of %5 items; %6 missed)"),
                manager_label(manager.name, manager.code),
                month_label(m.month),
                pct(m.rate, 0),
                format_number(m.done),
                format_number(judged),
                format_number(m.missed),
            )

        self._monthly_bars(
            self.standard_view,
            self._of(
                self.tr("Service standard per manager, last 6 months (slipping first)"),
                len(standard),
                total,
            ),
            self.tr("Done on time (%)"),
            standard,
            rate,
            tip,
            100,
            "%.0f",
        )

    def draw_overdue(self, standard: Sequence[ManagerTrend], total: int = 0) -> None:
        def tip(manager: ManagerTrend, m: ManagerMonth) -> str:
            return fill(
                self.tr("%1, end of %2: %3 items overdue"),
                manager_label(manager.name, manager.code),
                month_label(m.month),
                format_number(m.overdue),
            )

        most = max((m.overdue for t in standard for m in t.months), default=0)
        self._monthly_bars(
            self.overdue_view,
            self._of(
                self.tr("Overdue items per manager at each month's end"),
                len(standard),
                total,
            ),
            self.tr("Items overdue"),
            standard,
            lambda m: float(m.overdue),
            tip,
            max(most * 1.15, 5),
            "%.0f",
        )

    def draw_budgets(self, budgets: Sequence[ManagerBudget], total: int = 0) -> None:
        view = self.budget_view
        view.clear()
        title = self.tr("Gift budget per manager: spent, committed, unused (yuan)")
        chart = new_chart(self._of(title, len(budgets), total))
        names = [manager_label(b.name, b.code) for b in budgets]
        x = categories(names)
        top = max(
            [b.allocated_fen for b in budgets]
            + [b.spent_fen + b.committed_fen for b in budgets]
            + [100_00]
        )
        y = value_axis(self.tr("Yuan"), top / 100 * 1.1, "%.0f")
        chart.addAxis(x, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(y, Qt.AlignmentFlag.AlignLeft)
        series = QStackedBarSeries()
        parts: list[tuple[str, QColor, Qt.BrushStyle, Callable[[ManagerBudget], int]]] = [
            (self.tr("Spent"), NAVY, Qt.BrushStyle.SolidPattern, lambda b: b.spent_fen),
            (
                self.tr("Committed"),
                ORANGE,
                Qt.BrushStyle.BDiagPattern,
                lambda b: b.committed_fen,
            ),
            (
                self.tr("Unused"),
                QColor("#eceff1"),
                Qt.BrushStyle.SolidPattern,
                lambda b: max(b.left_fen, 0),
            ),
        ]
        for label, colour, pattern, amount in parts:
            bars = bar_set(label, colour, pattern)
            for b, name in zip(budgets, names, strict=True):
                fen = amount(b)
                bars.append(fen / 100)
                view.add(
                    label,
                    name,
                    fen / 100,
                    fill(
                        self.tr("%1: %2 %3 of %4 allocated (%5)"),
                        name,
                        label,
                        format_money(fen),
                        format_money(b.allocated_fen),
                        b.period or self.tr("no budget line"),
                    ),
                )
            series.append(bars)
        attach(chart, series, x, y)
        view.hover_bars(series)
        view.replace(chart)

    def draw_flow(self, flow: Sequence[FlowMonth]) -> None:
        view = self.flow_view
        view.clear()
        chart = new_chart(self.tr("Re-grading flow, last 6 months: joined, up, down, left"))
        months = [month_label(f.month) for f in flow]
        x = categories(months)
        most = max((max(f.joined, f.up, f.down, f.left) for f in flow), default=0)
        y = value_axis(self.tr("Members"), max(most * 1.2, 5), "%.0f")
        chart.addAxis(x, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(y, Qt.AlignmentFlag.AlignLeft)
        series = QBarSeries()
        series.setLabelsVisible(True)
        series.setLabelsPosition(QAbstractBarSeries.LabelsPosition.LabelsOutsideEnd)
        series.setLabelsFormat("@value")
        kinds: list[tuple[str, str, QColor, Qt.BrushStyle, Callable[[FlowMonth], int]]] = [
            (
                self.tr("Joined"),
                self.tr("%1: %2 joined (new or back)"),
                QColor("#2e7d32"),
                Qt.BrushStyle.SolidPattern,
                lambda f: f.joined,
            ),
            (
                self.tr("Up"),
                self.tr("%1: %2 moved up a tier"),
                QColor("#1565c0"),
                Qt.BrushStyle.Dense3Pattern,
                lambda f: f.up,
            ),
            (
                self.tr("Down"),
                self.tr("%1: %2 moved down a tier"),
                ORANGE,
                Qt.BrushStyle.BDiagPattern,
                lambda f: f.down,
            ),
            (
                self.tr("Left"),
                self.tr("%1: %2 left the club"),
                QColor("#b71c1c"),
                Qt.BrushStyle.CrossPattern,
                lambda f: f.left,
            ),
        ]
        for label, template, colour, pattern, count in kinds:
            bars = bar_set(label, colour, pattern)
            bars.setLabelColor(NAVY)  # the count above the bar (white by default)
            for f, name in zip(flow, months, strict=True):
                n = count(f)
                bars.append(n)
                view.add(label, name, n, fill(template, name, format_number(n)))
            series.append(bars)
        attach(chart, series, x, y)
        view.hover_bars(series)
        view.replace(chart)
