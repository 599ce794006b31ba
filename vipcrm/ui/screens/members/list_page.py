"""The member list: search as you type (name, pinyin, digits), filters, SQL-side sorting."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from vipcrm.domain.values import MemberStatus, Tier
from vipcrm.ui.labels import fill, format_number, status_label, tier_label
from vipcrm.ui.members_model import COLUMN_BY_SORT, Column, MembersModel
from vipcrm.ui.settings import AppSettings
from vipcrm.ui.widgets import EmptyState, keep_titles_whole, tip_elided_cells

SEARCH_DELAY_MS = 200
COLUMN_WIDTHS = {
    Column.NAME: 120,
    Column.TIER: 70,
    Column.PHONE: 130,
    Column.MANAGER: 120,
    Column.LAST_REACHED: 110,
}


class MemberListPage(QWidget):
    open_requested = Signal(object)  # uuid.UUID

    def __init__(self, model: MembersModel, settings: AppSettings) -> None:
        super().__init__()
        self._model = model
        self._settings = settings

        self.search_box = QLineEdit()
        self.set_example(None)
        self.search_box.setClearButtonEnabled(True)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self._apply_search)
        self.search_box.textChanged.connect(self._search_timer.start)
        self.search_box.returnPressed.connect(self._search_and_open)

        self.tier_combo = QComboBox()
        self.tier_combo.addItem(self.tr("All tiers"), "")
        for tier in Tier:
            self.tier_combo.addItem(tier_label(tier), tier.value)
        self.status_combo = QComboBox()
        self.status_combo.addItem(status_label(MemberStatus.ACTIVE), MemberStatus.ACTIVE.value)
        self.status_combo.addItem(status_label(MemberStatus.LEFT), MemberStatus.LEFT.value)
        self.status_combo.addItem(self.tr("Any status"), "")
        self.important_check = QCheckBox(self.tr("&Important VIPs"))
        self.group_check = QCheckBox(self.tr("&Group key persons"))
        self.overdue_check = QCheckBox(self.tr("O&verdue"))
        self.count_label = QLabel()
        self.add_button = QPushButton(self.tr("&Add member…"))  # the screen connects it
        self.add_button.setToolTip(self.tr("Add a member to the book (Ctrl+N)"))
        self.table = self._build_table()
        self.empty = EmptyState()  # no members, or none matches: what next (the screen)
        self.body = QStackedWidget()
        self.body.addWidget(self.table)
        self.body.addWidget(self.empty)

        bar = QHBoxLayout()
        bar.addWidget(self.search_box, 1)
        tier_caption = QLabel(self.tr("&Tier:"))
        tier_caption.setBuddy(self.tier_combo)
        bar.addWidget(tier_caption)
        bar.addWidget(self.tier_combo)
        status_caption = QLabel(self.tr("&Status:"))
        status_caption.setBuddy(self.status_combo)
        bar.addWidget(status_caption)
        bar.addWidget(self.status_combo)
        filters = QHBoxLayout()
        filters.addWidget(self.important_check)
        filters.addWidget(self.group_check)
        filters.addWidget(self.overdue_check)
        filters.addStretch(1)
        filters.addWidget(self.count_label)
        filters.addWidget(self.add_button)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addLayout(filters)
        layout.addWidget(self.body, 1)

        model.count_changed.connect(self._show_count)
        self._restore_state()
        self.tier_combo.currentIndexChanged.connect(self._apply_filters)
        self.status_combo.currentIndexChanged.connect(self._apply_filters)
        for check in (self.important_check, self.group_check, self.overdue_check):
            check.toggled.connect(self._apply_filters)
        self.setTabOrder(self.search_box, self.tier_combo)
        self.setTabOrder(self.tier_combo, self.status_combo)
        self.setTabOrder(self.status_combo, self.important_check)
        self.setTabOrder(self.important_check, self.group_check)
        self.setTabOrder(self.group_check, self.overdue_check)
        self.setTabOrder(self.overdue_check, self.table)
        self._apply_filters()
        self._show_count(model.count)

    def _build_table(self) -> QTableView:
        table = QTableView()
        table.setModel(self._model)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setAlternatingRowColors(True)
        table.setWordWrap(False)
        table.verticalHeader().setVisible(False)
        table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 10)
        header = table.horizontalHeader()
        header.setStretchLastSection(True)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        query = self._model.query
        order = Qt.SortOrder.DescendingOrder if query.descending else Qt.SortOrder.AscendingOrder
        header.setSortIndicator(COLUMN_BY_SORT[query.sort], order)
        table.setSortingEnabled(True)
        scale = max(1.0, table.fontMetrics().averageCharWidth() / 7)
        bold = QFont(table.font())
        bold.setBold(True)  # a diamond member's tier
        tiers = max(QFontMetrics(bold).horizontalAdvance(tier_label(t)) for t in Tier) + 16
        for column, width in COLUMN_WIDTHS.items():
            title = header.sectionSizeFromContents(column).width()  # with its sort arrow
            least = tiers if column is Column.TIER else 0
            header.resizeSection(column, max(int(width * scale), title, least))
        keep_titles_whole(table)
        tip_elided_cells(table)
        table.activated.connect(self._activated)
        return table

    def set_example(self, example: tuple[str, str] | None) -> None:
        """The search box's hint, with a real example from the book: (initials, name)."""
        if example is None:
            text = self.tr("Search by name, pinyin or mobile number  (Ctrl+F)")
        else:
            text = fill(
                self.tr("Search by name, pinyin (%1 finds %2) or mobile number  (Ctrl+F)"),
                *example,
            )
        self.search_box.setPlaceholderText(text)
        self.search_box.setToolTip(text)

    def filtered(self) -> bool:
        """Any filter narrower than the default (members in the club, all tiers)?"""
        return bool(
            self.tier_combo.currentIndex()
            or self.status_combo.currentIndex()
            or self.important_check.isChecked()
            or self.group_check.isChecked()
            or self.overdue_check.isChecked()
        )

    def show_loading(self) -> None:
        self.show_empty(self.tr("Loading members…"))

    def show_empty(self, text: str | None) -> None:
        """Say ``text`` instead of an empty table; None: show the table."""
        self.empty.setText(text or "")
        self.body.setCurrentWidget(self.empty if text else self.table)

    # --- filters ---------------------------------------------------------------------

    def _apply_search(self) -> None:
        self._search_timer.stop()
        self._model.set_search(self.search_box.text())

    def _search_and_open(self) -> None:
        """Enter in the search box: search now; a single match opens at once."""
        self._apply_search()
        self._model.when_loaded(self._open_single_match)

    def _open_single_match(self) -> None:
        if self._model.rowCount() == 1:
            self.open_requested.emit(self._model.member_id(0))
        elif self._model.rowCount():
            self.table.setFocus()
            self.table.selectRow(0)

    def _apply_filters(self) -> None:
        tier = self.tier_combo.currentData() or ""
        status = self.status_combo.currentData() or ""
        self._settings.tier_filter = tier
        self._settings.status_filter = status
        self._settings.important_only = self.important_check.isChecked()
        self._settings.group_only = self.group_check.isChecked()
        self._settings.overdue_only = self.overdue_check.isChecked()
        self._model.set_filters(
            tier=Tier(tier) if tier else None,
            status=MemberStatus(status) if status else None,
            important_only=self.important_check.isChecked(),
            group_only=self.group_check.isChecked(),
            overdue_only=self.overdue_check.isChecked(),
        )

    def _show_count(self, count: int) -> None:
        if self._model.count_is_capped:  # counting stopped there: more match
            self.count_label.setText(fill(self.tr("%1+ members"), format_number(count)))
        else:
            self.count_label.setText(self.tr("%n member(s)", "", count))

    def _activated(self, index: QModelIndex) -> None:
        if index.isValid():
            self.open_requested.emit(self._model.member_id(index.row()))

    def focus_search(self) -> None:
        self.search_box.setFocus()
        self.search_box.selectAll()

    # --- state kept between runs -----------------------------------------------------

    def _restore_state(self) -> None:
        header_state = self._settings.member_table_header
        if header_state:
            self.table.horizontalHeader().restoreState(QByteArray(header_state))
        index = self.tier_combo.findData(self._settings.tier_filter)
        self.tier_combo.setCurrentIndex(max(index, 0))
        index = self.status_combo.findData(self._settings.status_filter)
        self.status_combo.setCurrentIndex(max(index, 0))
        self.important_check.setChecked(self._settings.important_only)
        self.group_check.setChecked(self._settings.group_only)
        self.overdue_check.setChecked(self._settings.overdue_only)

    def save_state(self) -> None:
        self._settings.member_table_header = bytes(self.table.horizontalHeader().saveState().data())
