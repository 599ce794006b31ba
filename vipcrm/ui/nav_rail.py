"""The navigation rail: one row per section with its icon and a count badge."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QColor, QFont, QIcon, QPainter
from PySide6.QtWidgets import (
    QListWidget,
    QListWidgetItem,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from vipcrm.paths import optional_resource

BADGE_ROLE = Qt.ItemDataRole.UserRole + 10
BADGE_COLOUR = QColor("#c62828")


class _BadgeDelegate(QStyledItemDelegate):
    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        super().paint(painter, option, index)
        count = index.data(BADGE_ROLE) or 0
        if not count:
            return
        text = str(count) if count < 1000 else "999+"
        painter.save()
        font = QFont(option.font)
        font.setBold(True)
        font.setPointSizeF(max(7.0, font.pointSizeF() * 0.85))
        painter.setFont(font)
        metrics = painter.fontMetrics()
        height = metrics.height() + 2
        width = max(height, metrics.horizontalAdvance(text) + 10)
        rect = QRect(
            option.rect.right() - width - 8,
            option.rect.center().y() - height // 2,
            width,
            height,
        )
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(BADGE_COLOUR)
        painter.drawRoundedRect(rect, height / 2, height / 2)
        painter.setPen(QColor("white"))
        painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, text)
        painter.restore()

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        size = super().sizeHint(option, index)
        return QSize(size.width() + 44, max(size.height(), option.fontMetrics.height() * 2 + 8))


class NavigationRail(QListWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setItemDelegate(_BadgeDelegate(self))
        self.setIconSize(QSize(22, 22))
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setFrameShape(QListWidget.Shape.NoFrame)
        self.setObjectName("navigationRail")
        self.setStyleSheet(
            "#navigationRail { background: #eef1f6; padding-top: 6px; }"
            "#navigationRail::item { padding: 4px 8px; border-radius: 6px; margin: 1px 4px; }"
            "#navigationRail::item:selected { background: #d3ddf0; color: #10204a; }"
        )

    def add_section(self, text: str, icon_name: str, shortcut_hint: str) -> None:
        item = QListWidgetItem(text)
        path = optional_resource(f"icons/nav/{icon_name}.svg")
        if path is not None:
            item.setIcon(QIcon(str(path)))
        item.setToolTip(shortcut_hint)
        self.addItem(item)
        self._fit_width()

    def set_badge(self, row: int, count: int) -> None:
        item = self.item(row)
        if item is not None:
            item.setData(BADGE_ROLE, count)

    def badge(self, row: int) -> int:
        item = self.item(row)
        return int(item.data(BADGE_ROLE) or 0) if item is not None else 0

    def _fit_width(self) -> None:
        option = QStyleOptionViewItem()
        option.initFrom(self)
        widest = max(
            self.itemDelegate().sizeHint(option, self.model().index(r, 0)).width()
            for r in range(self.count())
        )
        self.setFixedWidth(widest + self.iconSize().width() + 28)
