"""The budget meter: one bar split into spent, committed and left, with the amounts."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from vipcrm.ui.backends.gifts import BudgetMeter
from vipcrm.ui.labels import fill, format_money

SPENT = QColor("#5c6bc0")
COMMITTED = QColor("#ffb300")
LEFT = QColor("#66bb6a")
EMPTY = QColor("#e0e0e0")


class _Bar(QWidget):
    def __init__(self) -> None:
        super().__init__()
        self.parts: list[tuple[int, QColor]] = []
        self.setMinimumHeight(14)

    def sizeHint(self) -> QSize:
        return QSize(300, 14)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        rect = QRectF(self.rect()).adjusted(0.5, 0.5, -0.5, -0.5)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(EMPTY)
        painter.drawRoundedRect(rect, 5, 5)
        total = sum(v for v, _ in self.parts)
        x = rect.left()
        for value, colour in self.parts:
            if total <= 0 or value <= 0:
                continue
            width = rect.width() * value / total
            painter.setBrush(colour)
            painter.drawRect(QRectF(x, rect.top(), width, rect.height()))
            x += width
        painter.end()


class BudgetMeterWidget(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = QLabel()
        self.title.setStyleSheet("QLabel { font-weight: bold; }")
        self.bar = _Bar()
        self.figures = QLabel()
        self.figures.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.bar)
        layout.addWidget(self.figures)
        self.show_loading()

    def show_loading(self) -> None:
        """Before the budget is read (not "no budget": that is not known yet)."""
        self.title.setText(self.tr("Gift budget"))
        self.bar.parts = []
        self.figures.setText(self.tr("Loading the budget…"))
        self.bar.update()

    def set_meter(self, meter: BudgetMeter | None) -> None:
        if meter is None:
            self.title.setText(self.tr("Gift budget"))
            self.bar.parts = []
            self.figures.setText(
                self.tr("No gift budget for this month yet: the team lead sets it.")
            )
        else:
            self.title.setText(fill(self.tr("Gift budget %1 (%2)"), meter.period, meter.owner))
            self.bar.parts = [
                (meter.spent_fen, SPENT),
                (meter.committed_fen, COMMITTED),
                (meter.left_fen, LEFT),
            ]
            text = fill(
                self.tr(
                    "Allocated %1 · <span style='color:#3949ab'>■</span> spent %2 · "
                    "<span style='color:#ff8f00'>■</span> committed %3 · "
                    "<span style='color:#43a047'>■</span> left %4"
                ),
                format_money(meter.allocated_fen),
                format_money(meter.spent_fen),
                format_money(meter.committed_fen),
                format_money(meter.left_fen),
            )
            if meter.reserve_fen is not None:
                text += fill(self.tr(" (team reserve %1)"), format_money(meter.reserve_fen))
            self.figures.setText(text)
        self.bar.update()
