"""The main window: search, tier filter and the member list of the acting user."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, Qt, QTimer
from PySide6.QtGui import QCloseEvent, QIcon
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from vipcrm.domain.values import Tier
from vipcrm.services.context import Actor
from vipcrm.ui.labels import fill, role_label, tier_label
from vipcrm.ui.members_model import COLUMN_BY_SORT, Column, MembersModel
from vipcrm.ui.settings import AppSettings

SEARCH_DELAY_MS = 200
COLUMN_WIDTHS = {
    Column.NAME: 120,
    Column.TIER: 70,
    Column.PHONE: 130,
    Column.MANAGER: 120,
    Column.LAST_REACHED: 110,
}


class MainWindow(QMainWindow):
    def __init__(
        self,
        model: MembersModel,
        settings: AppSettings,
        actor: Actor,
        database_name: str,
        icon: QIcon | None = None,
    ) -> None:
        super().__init__()
        self._model = model
        self._settings = settings
        self.setWindowTitle(self.tr("VIP Club CRM"))
        if icon is not None:
            self.setWindowIcon(icon)

        self.search_box = QLineEdit()
        self.search_box.setPlaceholderText(self.tr("Search by name, pinyin or mobile number"))
        self.search_box.setClearButtonEnabled(True)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self._apply_search)
        self.search_box.textChanged.connect(self._search_timer.start)
        self.search_box.returnPressed.connect(self._apply_search)

        self.tier_combo = QComboBox()
        self.tier_combo.addItem(self.tr("All tiers"), "")
        for tier in Tier:
            self.tier_combo.addItem(tier_label(tier), tier.value)
        self.count_label = QLabel()

        self.table = self._build_table()

        bar = QHBoxLayout()
        bar.addWidget(self.search_box, 1)
        tier_caption = QLabel(self.tr("Tier:"))
        tier_caption.setBuddy(self.tier_combo)
        bar.addWidget(tier_caption)
        bar.addWidget(self.tier_combo)
        bar.addSpacing(12)
        bar.addWidget(self.count_label)
        layout = QVBoxLayout()
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        central = QWidget()
        central.setLayout(layout)
        self.setCentralWidget(central)

        self.user_label = QLabel()
        self.database_label = QLabel()
        self.statusBar().addWidget(self.user_label)
        self.statusBar().addPermanentWidget(self.database_label)
        self.set_actor(actor)
        self.set_database_name(database_name)

        model.count_changed.connect(self._show_count)
        self._restore_state()
        self.tier_combo.currentIndexChanged.connect(self._apply_tier)
        self._apply_tier()
        self._show_count(model.rowCount())

    def _build_table(self) -> QTableView:
        table = QTableView()
        table.setModel(self._model)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setAlternatingRowColors(True)
        table.setWordWrap(False)
        table.verticalHeader().setVisible(False)
        table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 10)
        header = table.horizontalHeader()
        header.setStretchLastSection(True)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        scale = max(1.0, table.fontMetrics().averageCharWidth() / 7)
        for column, width in COLUMN_WIDTHS.items():
            header.resizeSection(column, int(width * scale))
        query = self._model.query
        order = Qt.SortOrder.DescendingOrder if query.descending else Qt.SortOrder.AscendingOrder
        header.setSortIndicator(COLUMN_BY_SORT[query.sort], order)
        table.setSortingEnabled(True)
        return table

    # --- identity shown in the status bar --------------------------------------------

    def set_actor(self, actor: Actor) -> None:
        name = actor.name or actor.code
        self.user_label.setText(
            fill(self.tr("User: %1 (%2, %3)"), name, actor.code, role_label(actor.role))
        )

    def set_database_name(self, name: str) -> None:
        self.database_label.setText(fill(self.tr("Database: %1"), name))
        self.database_label.setToolTip(name)

    # --- filters ---------------------------------------------------------------------

    def _apply_search(self) -> None:
        self._search_timer.stop()
        self._model.set_search(self.search_box.text())

    def _apply_tier(self) -> None:
        value = self.tier_combo.currentData() or ""
        self._settings.tier_filter = value
        self._model.set_tier(Tier(value) if value else None)

    def _show_count(self, count: int) -> None:
        self.count_label.setText(self.tr("%n member(s)", "", count))

    # --- state kept between runs -----------------------------------------------------

    def _restore_state(self) -> None:
        geometry = self._settings.main_window_geometry
        if not geometry or not self.restoreGeometry(QByteArray(geometry)):
            self.resize(960, 600)
        header_state = self._settings.member_table_header
        if header_state:
            self.table.horizontalHeader().restoreState(QByteArray(header_state))
        index = self.tier_combo.findData(self._settings.tier_filter)
        self.tier_combo.setCurrentIndex(max(index, 0))

    def save_state(self) -> None:
        self._settings.main_window_geometry = self.saveGeometry().data()
        self._settings.member_table_header = self.table.horizontalHeader().saveState().data()
        self._settings.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_state()
        super().closeEvent(event)
