"""Before a section's data arrives it says it is loading, never that there is nothing
(issue 20, point 10: the Members section showed an empty list before its answer came; the
gift budget said "no budget yet" and the lead's Plans "no plans waiting" before theirs).

The window's reads run on a runner that holds every job until the test lets it go, as a
background thread does while the database answers.
"""

from __future__ import annotations

import pytest

from tests.ui.conftest import TODAY
from vipcrm.domain.values import Role
from vipcrm.services.context import resolve_actor
from vipcrm.services.directory import add_manager
from vipcrm.ui.runner import SyncRunner
from vipcrm.ui.screens.base import Section


class HeldRunner(SyncRunner):
    """Runs nothing until :meth:`release` (then in order, on the GUI thread)."""

    def __init__(self, on_error) -> None:
        super().__init__(on_error)
        self.held: list[tuple] = []

    def run(self, job, *, on_done=None, on_error=None, on_progress=None) -> None:
        self.held.append((job, on_done, on_error, on_progress))

    def release(self) -> None:
        while self.held:
            self.release_first()

    def release_first(self) -> None:
        """Let the oldest job go (those it asks for stay held)."""
        job, on_done, on_error, on_progress = self.held.pop(0)
        super().run(job, on_done=on_done, on_error=on_error, on_progress=on_progress)


@pytest.fixture
def held_gui(team_db, settings, qtbot, job_errors):
    """The whole GUI on the team database, its reads held: ``(gui, runner)``."""
    from vipcrm.app import build_gui

    built = []

    def make(user: str):
        runner = HeldRunner(job_errors.append)
        gui = build_gui(
            team_db, settings, user=user, runner=runner, language="en", today=lambda: TODAY
        )
        assert gui is not None
        qtbot.addWidget(gui.window)
        gui.window.show()
        built.append(gui)
        return gui, runner

    yield make
    for gui in built:
        gui.schedule.stop()
        gui.digest.stop()


def said(page) -> str:
    """What the member list shows instead of its table ('' while the table shows)."""
    return page.empty.text() if page.body.currentWidget() is page.empty else ""


def test_members_say_loading_until_the_book_is_known(team_db, held_gui, job_errors):
    with team_db.transaction() as s:  # a manager with no member yet
        add_manager(
            s, resolve_actor(s, "L001"), code="M003", name="周敏", team="T1", role=Role.MANAGER
        )
    gui, runner = held_gui("M003")
    members = gui.window.show_section(Section.MEMBERS)
    page = members.list_page
    assert "Loading" in said(page)  # not a bare empty table, not "No members yet"
    assert not page.table.isVisible()
    runner.release()
    assert "No members yet" in said(page)
    assert job_errors == []


def test_a_book_with_members_shows_its_table_when_the_list_answers(held_gui, job_errors):
    gui, runner = held_gui("M001")
    members = gui.window.show_section(Section.MEMBERS)
    page = members.list_page
    # the ids are read off the UI thread: "loading" until they come, never a bare table
    assert "Loading" in said(page) and not page.table.isVisible()
    runner.release()
    assert said(page) == "" and page.table.isVisible()
    assert page.table.model().rowCount() == 2
    assert job_errors == []


def test_the_gift_budget_and_the_plans_queue_say_loading_first(held_gui, job_errors):
    gui, runner = held_gui("L001")
    gifts = gui.window.show_section(Section.GIFTS)
    assert "No gift budget" not in gifts.meter.figures.text()
    assert "Loading" in gifts.meter.figures.text()
    plans = gui.window.show_section(Section.PLANS)
    assert "No plans waiting" not in plans.approvals.title.text()
    assert "Loading" in plans.approvals.title.text()
    runner.release()
    assert "No gift budget" in gifts.meter.figures.text()  # none set in this team
    assert "No plans waiting" in plans.approvals.title.text()
    assert job_errors == []


def test_the_search_hint_example_comes_from_the_runner(held_gui, job_errors):
    """The hint's example (``zw`` finds 张伟) needs the pinyin dictionaries, ~0.2 s to load:
    the first time it is worked out on the runner, the list already shown meanwhile."""
    from vipcrm.domain import pinyin

    pinyin._syllable.cache_clear()  # as in a fresh window: no name converted yet
    gui, runner = held_gui("M001")
    runner.release()  # Today's
    page = gui.window.show_section(Section.MEMBERS).list_page
    runner.release_first()  # the list's answer
    assert page.table.isVisible() and page.table.model().rowCount() == 2
    assert "finds" not in page.search_box.placeholderText()  # the plain hint meanwhile
    runner.release()  # the example's answer
    assert "finds" in page.search_box.placeholderText()
    assert job_errors == []


def test_the_card_board_shows_loading_then_its_cards_worded_by_the_runner(
    team_db, held_gui, job_errors
):
    """The board is there at once, saying it is loading; the cards' tiles (sorted and
    worded with the read, off the UI thread) fill it when the runner answers."""
    from datetime import date

    from vipcrm.domain.values import CardState
    from vipcrm.services.cards import start_card

    with team_db.transaction() as s:
        start_card(s, resolve_actor(s, "M001"), "13800138000", date(2026, 11, 20))
    gui, runner = held_gui("M001")
    runner.release()  # Today's
    board = gui.window.show_section(Section.CARDS)
    column = board.models[CardState.DATA_COLLECTED]
    assert "Loading" in board.hint.text() and not board.empty.isVisible()
    assert column.rowCount() == 0
    runner.release()
    assert "Loading" not in board.hint.text()
    assert column.rowCount() == 1
    text = column.data(column.index(0))
    assert text.startswith("张伟 · ") and text.endswith("follow up by 11/23/2026")
    assert job_errors == []


def test_the_card_columns_are_as_wide_as_their_widest_tile_line_measured_by_the_runner(
    team_db, held_gui, job_errors
):
    """Each column is as wide as its widest tile line (nothing cut, nothing broken): the
    runner measures the lines with the read, in the columns' font, to the pixel the UI
    thread would (its width is then taken, not measured again)."""
    import threading
    from datetime import date

    from PySide6.QtGui import QFont

    from vipcrm.services.cards import start_card
    from vipcrm.ui.screens.cards.board_model import arrange

    with team_db.transaction() as s:
        start_card(s, resolve_actor(s, "M001"), "13800138000", date(2026, 11, 20))
    gui, runner = held_gui("M001")
    runner.release()  # Today's
    board = gui.window.show_section(Section.CARDS)
    runner.release()
    state, column = next((s, c) for s, c in board.columns.items() if c.card_model.rowCount())
    model = column.card_model
    font = QFont(column.font())
    measured: dict[str, object] = {}

    def measure() -> None:  # as the runner does, on a thread of its own
        cards = model.cards()
        measured["column"] = arrange(cards, model._tiles.followups, model.today, font)[state]

    worker = threading.Thread(target=measure)
    worker.start()
    worker.join()
    metrics = column.fontMetrics()
    on_ui_thread = max(metrics.horizontalAdvance(line) for line in model.tile_lines())
    assert measured["column"].widest == on_ui_thread > 0
    assert model._column.widest == on_ui_thread  # the board's own read measured it
    assert column.widest_line() >= on_ui_thread
    assert job_errors == []
