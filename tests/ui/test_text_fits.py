"""Text is not cut (issue 20, point 6): the dashboard's columns are as wide as their titles
and figures, and a combo box is as wide as its longest item, also when its items arrive
after the window is shown (the managers' names), in Chinese."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QComboBox

from vipcrm.ui.screens.base import Section


def needed_width(combo: QComboBox) -> int:
    """The width a combo box with the same items and font asks for (measured afresh)."""
    fresh = QComboBox()
    fresh.setFont(combo.font())
    fresh.addItems([combo.itemText(i) for i in range(combo.count())])
    return fresh.sizeHint().width()


def test_the_dashboard_shows_every_column_whole(make_demo_gui, qtbot):
    gui = make_demo_gui("L01")
    screen = gui.window.show_section(Section.TEAM)
    screen.show_tab(screen.tabs.indexOf(screen.dashboard))
    table = screen.dashboard.table
    qtbot.waitUntil(lambda: table.model().rowCount() > 0)
    header = table.horizontalHeader()
    for col in range(header.count()):
        need = max(header.sectionSizeFromContents(col).width(), table.sizeHintForColumn(col))
        title = table.model().headerData(col, header.orientation())
        assert header.sectionSize(col) >= need, (title, header.sectionSize(col), need)


def test_combo_boxes_are_as_wide_as_their_longest_item(make_demo_gui, qtbot):
    gui = make_demo_gui("L01")
    window = gui.window
    checked = 0
    for section in (Section.TODAY, Section.PLANS, Section.WORKLOG, Section.TEAM):
        screen = window.show_section(section)
        if section is Section.TEAM:
            screen.show_tab(screen.tabs.indexOf(screen.regrading))
        qtbot.wait(10)
        for combo in window.findChildren(QComboBox):
            if combo.isVisible() and combo.count():
                checked += 1
                assert combo.width() >= needed_width(combo), (
                    section.name,
                    combo.currentText(),
                    combo.width(),
                    needed_width(combo),
                )
    assert checked >= 4


@pytest.mark.parametrize("language", ["zh_CN", "en"], indirect=True)
def test_the_card_board_shows_whole_titles_and_tiles(make_demo_gui, qtbot):
    """No "2026/12/6 前…" nor "前跟/进", no title with one character alone on its line."""
    gui = make_demo_gui("L01")  # the whole team's cards
    screen = gui.window.show_section(Section.CARDS)
    qtbot.wait(10)
    tiles = 0
    for state, column in screen.columns.items():
        title = screen.titles[state]
        assert not title.wordWrap() and title.width() >= title.sizeHint().width(), title.text()
        assert title.height() >= title.sizeHint().height(), title.text()
        model = column.model()
        metrics = column.fontMetrics()
        for row in range(model.rowCount()):
            index = model.index(row, 0)
            tiles += 1
            rect = column.visualRect(index)
            lines = index.data().split("\n")
            assert len(lines) == 2, lines  # the name and tier; the follow-up
            for line in lines:  # each line whole on one line of the tile
                assert rect.width() >= metrics.horizontalAdvance(line) + 4, (line, rect)
            assert rect.height() >= 2 * metrics.lineSpacing(), (lines, rect)
    assert tiles >= 10
