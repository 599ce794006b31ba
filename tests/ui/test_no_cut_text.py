"""No text is cut (issue 20, point 6): every section of the window and its main dialogs,
in Chinese and English, at the default text size and at 140 %, show every label, button,
check box, tab, column title, combo box item and cell whole, or elided with a tooltip.

The app has no text-size setting of its own: it follows the system's font, so a user with
larger text has a larger application font; the test scales the application font by 1.4.
What counts as cut is ``tests/ui/cut_text.py``; the first tests show that it finds text
cut on purpose (a narrowed label, button, tab, column, cell, combo box, a wrapped label
too short), so that the sweep finding nothing means something.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QSize, Qt
from PySide6.QtGui import (
    QFont,
    QFontMetrics,
    QGuiApplication,
    QHelpEvent,
    QStandardItem,
    QStandardItemModel,
    QTextLayout,
    QTextOption,
)
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QDialog,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QTabWidget,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from tests.ui.cut_text import Cut, cut_texts
from vipcrm.domain.cards import allowed_steps
from vipcrm.domain.due import DueKind
from vipcrm.domain.errors import ValidationError, msg
from vipcrm.domain.values import Channel, GiftStatus
from vipcrm.ui.errors import error_text
from vipcrm.ui.log_dialog import LogContactDialog
from vipcrm.ui.screens.base import Section
from vipcrm.ui.screens.gifts.request_dialog import GiftRequestDialog
from vipcrm.ui.screens.lead.campaigns import NewCampaignDialog
from vipcrm.ui.widgets import (
    WORD_JOINER,
    ElidedLabel,
    keep_titles_whole,
    tidy_table,
    whole_words,
)

# The window at the default text size holds everything at its default size; at 140 % it
# still fits the smallest laptop screen vipcrm runs on. (Dialogs too.)
FITS = {1.0: QSize(1180, 720), 1.4: QSize(1366, 768)}
SAMPLES = Path(__file__).resolve().parents[2] / "docs" / "samples"
LONG = "Receipt confirmed by the member"


@pytest.fixture
def text_scale(request, qapp):
    """The application font scaled by ``request.param`` (1.0: as it is), for one test."""
    scale = getattr(request, "param", 1.0)
    before = QFont(qapp.font())
    if scale != 1.0:
        font = QFont(before)
        font.setPointSizeF(before.pointSizeF() * scale)
        qapp.setFont(font)
    yield scale
    qapp.setFont(before)


# --- the check finds text cut on purpose ---------------------------------------------


def shown_in_a_window(qtbot, *widgets: QWidget) -> QWidget:
    window = QWidget()
    layout = QVBoxLayout(window)
    for widget in widgets:
        layout.addWidget(widget)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def test_the_check_passes_text_laid_out_whole(qtbot):
    label = QLabel(LONG)
    wrapped = QLabel(LONG * 6)
    wrapped.setWordWrap(True)
    tabs = QTabWidget()
    for title in ("Dashboard", "Approvals", "Churn"):
        tabs.addTab(QWidget(), title)
    combo = QComboBox()
    combo.addItems(["a", LONG])
    window = shown_in_a_window(
        qtbot, label, wrapped, QPushButton(f"&{LONG}…"), QCheckBox(LONG), tabs, combo
    )
    assert cut_texts(window) == []


@pytest.mark.parametrize(
    "narrowed",
    ["label", "button", "check box", "combo box", "wrapped label", "tab", "outside its frame"],
)
def test_the_check_finds_a_narrowed_widget(qtbot, narrowed):
    if narrowed == "label":
        widget: QWidget = QLabel(LONG)
        widget.setFixedWidth(60)
    elif narrowed == "button":
        widget = QPushButton(f"&{LONG}…")
        widget.setFixedWidth(90)
    elif narrowed == "check box":
        widget = QCheckBox(LONG)
        widget.setMaximumWidth(80)
    elif narrowed == "combo box":
        widget = QComboBox()
        widget.addItems(["a", LONG])
        widget.setFixedWidth(70)
    elif narrowed == "wrapped label":  # the gift dialog's error: cut top and bottom
        widget = QLabel(LONG * 6)
        widget.setWordWrap(True)
        widget.setFixedHeight(widget.fontMetrics().lineSpacing())
    elif narrowed == "tab":
        widget = QTabWidget()
        widget.tabBar().setElideMode(Qt.TextElideMode.ElideRight)
        widget.tabBar().setUsesScrollButtons(False)
        for title in (LONG, LONG, LONG):
            widget.addTab(QWidget(), title)
        widget.setMinimumWidth(10)
        widget.tabBar().setMinimumWidth(10)
        widget.setFixedWidth(200)
    else:  # a frame of fixed size, its label placed half outside it
        widget = QWidget()
        widget.setFixedSize(120, 30)
        QLabel("Outside", widget).move(90, 0)
    window = shown_in_a_window(qtbot, widget)
    cuts = cut_texts(window)
    assert cuts, narrowed
    assert all(isinstance(c, Cut) and str(c) for c in cuts)


def test_the_check_finds_a_narrowed_column_and_an_elided_cell_without_tooltip(qtbot):
    model = QStandardItemModel(2, 2)
    model.setHorizontalHeaderLabels(["Member", "Account manager"])
    model.setItem(0, 0, QStandardItem("张伟"))
    model.setItem(0, 1, QStandardItem(LONG))
    explained = QStandardItem(LONG)
    explained.setToolTip(LONG)
    model.setItem(1, 1, explained)
    table = QTableView()
    table.setWordWrap(False)
    table.setModel(model)
    table.horizontalHeader().setStretchLastSection(False)
    table.resize(400, 200)
    window = shown_in_a_window(qtbot, table)
    table.resizeColumnsToContents()
    assert cut_texts(window) == []
    table.horizontalHeader().resizeSection(1, 40)
    cuts = cut_texts(window)
    assert {c.why for c in cuts} == {"column title is cut", "cell is cut, no tooltip"}
    assert [c.text for c in cuts if c.why.startswith("cell")] == [LONG]  # the tooltip's is not


# --- what keeps text whole, or says it whole ----------------------------------------


def stretched_table(qtbot, titles: list[str], whole: bool) -> tuple[QWidget, QTableView]:
    model = QStandardItemModel(1, len(titles))
    model.setHorizontalHeaderLabels(titles)
    table = QTableView()
    table.setModel(model)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setStretchLastSection(True)
    if whole:
        keep_titles_whole(table)
    table.setFixedWidth(header.sectionSizeFromContents(0).width() + 60)
    return shown_in_a_window(qtbot, table), table


def test_a_stretched_column_keeps_its_title_whole_and_stretches_again(qtbot):
    titles = [LONG, "Why waiting / decision"]
    window, _ = stretched_table(qtbot, titles, whole=False)
    assert [c.text for c in cut_texts(window)] == [titles[1]]  # what Qt does by itself
    window, table = stretched_table(qtbot, titles, whole=True)
    assert cut_texts(window) == []  # the table scrolls sideways instead
    assert table.horizontalScrollBar().maximum() > 0
    table.setFixedWidth(2000)  # room again: the last column fills it
    settle()
    header = table.horizontalHeader()
    assert header.stretchLastSection()
    assert header.sectionPosition(1) + header.sectionSize(1) == table.viewport().width()


def test_an_elided_cell_says_its_text_in_a_tooltip(qtbot):
    model = QStandardItemModel(1, 1)
    model.setItem(0, 0, QStandardItem(LONG))
    table = tidy_table(QTableView())
    table.setModel(model)
    table.horizontalHeader().setStretchLastSection(False)
    table.horizontalHeader().resizeSection(0, 60)
    window = shown_in_a_window(qtbot, table)
    rect = table.visualRect(model.index(0, 0))
    QToolTip.hideText()
    QApplication.sendEvent(
        table.viewport(),
        QHelpEvent(QEvent.Type.ToolTip, rect.center(), table.viewport().mapToGlobal(rect.center())),
    )
    assert QToolTip.text() == LONG
    table.horizontalHeader().resizeSection(0, 400)  # whole: no tooltip
    QToolTip.hideText()
    QApplication.sendEvent(
        table.viewport(),
        QHelpEvent(QEvent.Type.ToolTip, rect.center(), table.viewport().mapToGlobal(rect.center())),
    )
    qtbot.waitUntil(lambda: not QToolTip.isVisible())
    assert window.isVisible()


def test_a_path_too_long_for_the_status_bar_gives_way_in_the_middle(qtbot):
    path = "/home/张伟/.local/share/vipcrm/backups/vipcrm-20261122.db"
    label = ElidedLabel(path)
    label.setFixedWidth(label.fontMetrics().horizontalAdvance(path) // 2)
    window = shown_in_a_window(qtbot, label)
    assert "…" in label.text() and label.text().endswith(".db") and label.toolTip() == path
    assert cut_texts(window) == []
    label.setFixedWidth(label.sizeHint().width())
    assert label.text() == path


def wrapped_lines(text: str, font: QFont, width: int) -> list[str]:
    """The lines Qt lays ``text`` out in at ``width`` (as a view's wrapped cell does)."""
    layout = QTextLayout(text, font)
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    layout.setTextOption(option)
    layout.beginLayout()
    lines = []
    while (line := layout.createLine()).isValid():
        line.setLineWidth(width)
        lines.append(text[line.textStart() : line.textStart() + line.textLength()])
    layout.endLayout()
    return [line.replace(WORD_JOINER, "").strip() for line in lines]


def test_a_week_cell_wraps_between_words_not_inside_one(qapp):
    """The week's columns list "宋霞 · 12580核实": Chinese may break between any two
    characters, and "12580核实" lost its last character to the next line."""
    font = qapp.font()
    line = "宋霞 · 12580核实"
    width = QFontMetrics(font).horizontalAdvance(line) - 4
    assert wrapped_lines(line, font, width) == ["宋霞 · 12580核", "实"]  # Qt by itself
    assert wrapped_lines(whole_words(line), font, width) == ["宋霞 ·", "12580核实"]
    english = "陈阳 · monthly call"
    width = QFontMetrics(font).horizontalAdvance(english) - 4
    assert wrapped_lines(whole_words(english), font, width) == ["陈阳 · monthly", "call"]


def test_the_sweep_finds_a_label_of_the_window_narrowed(make_demo_gui, qtbot):
    gui = make_demo_gui("M001")
    today = gui.window.show_section(Section.TODAY)
    qtbot.waitUntil(lambda: bool(today.heading.text()))
    assert cut_texts(gui.window) == []
    today.heading.setFixedWidth(today.heading.sizeHint().width() // 2)
    QGuiApplication.processEvents()
    assert [c.text for c in cut_texts(gui.window)] == [today.heading.text()]


def settle() -> None:
    """Let the layouts settle: a change of size asks each level up in turn (an event each),
    up to the window, which grows to its new minimum size."""
    for _ in range(8):
        QGuiApplication.sendPostedEvents()
        QGuiApplication.processEvents()


# --- the sweep -----------------------------------------------------------------------


class Sweep:
    """Visits the window's sections and dialogs and keeps what each shows cut."""

    def __init__(self, qtbot) -> None:
        self.qtbot = qtbot
        self.cuts: dict[str, list[Cut]] = {}
        self.seen: list[str] = []
        self.sizes: dict[str, QSize] = {}

    def take(self, top: QWidget, place: str) -> None:
        settle()
        self.seen.append(place)
        if top.isWindow():
            self.sizes[place] = top.minimumSizeHint()
        found = cut_texts(top)
        if found:
            self.cuts.setdefault(place, []).extend(found)

    def report(self) -> str:
        return "\n".join(f"{place}: {cut}" for place, cuts in self.cuts.items() for cut in cuts)


def sweep_manager(gui, sweep: Sweep, monkeypatch) -> None:
    window = gui.window

    def exec_dialog(dialog):
        dialog.show()
        sweep.take(dialog, type(dialog).__name__)
        dialog.close()
        if isinstance(dialog, GiftRequestDialog):  # saved: Gifts has one to deliver
            return QDialog.DialogCode.Accepted
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(QDialog, "exec", exec_dialog)

    today = window.show_section(Section.TODAY, focus=True)
    sweep.take(window, "Today")
    parts = [today.model.index(p, 0) for p in range(today.model.rowCount())]
    today.tree.setCurrentIndex(
        next(today.model.index(0, 0, p) for p in parts if today.model.rowCount(p))
    )
    assert today.current_item() is not None
    sweep.take(window, "Today, an item selected")
    today.call_button.click()  # the log dialog
    campaign_item = next(i for i in today.model.items() if i.kind is DueKind.CAMPAIGN_CONTACT)
    with_results = LogContactDialog(
        campaign_item.member_name,
        Channel.PHONE,
        window,
        today.ctx.backend.open_campaigns(campaign_item.member_id),
    )
    with_results.show()
    sweep.take(with_results, "LogContactDialog, a campaign's results offered")
    with_results.close()
    window.menus.settings.trigger()
    window.show_shortcuts()
    monkeypatch.setattr(QMessageBox, "exec", exec_dialog)
    window.show_about()

    members = window.show_section(Section.MEMBERS)
    sweep.take(window, "Members")
    members.new_item()  # Add member (opened, not run modally)
    sweep.take(members.add_dialog, "AddMemberDialog")
    members.add_dialog.close()
    window.open_member(gui.model.member_id(0))
    sweep.take(window, "the member page")
    page = members.page
    if page.benefits.use_button.isEnabled():
        page.benefits.use_button.click()
    page.gift_button.click()  # the gift request dialog
    window.escape()

    cards = window.show_section(Section.CARDS)
    sweep.take(window, "Cards")
    cards.select(next(c for c in cards.all_cards() if allowed_steps(c.state)))
    sweep.take(window, "Cards, a card selected")
    cards.step_button.click()
    cards.start_button.click()

    gifts = window.show_section(Section.GIFTS)
    sweep.take(window, "Gifts")
    model = gifts.model
    row = next(r for r in range(model.rowCount()) if model.gift(r).status is GiftStatus.APPROVED)
    gifts.table.setCurrentIndex(model.index(row, 0))
    gifts.deliver_button.click()
    gifts.cancel_button.click()

    plans = window.show_section(Section.PLANS)
    sweep.take(window, "Plans, this month")
    plans.confirm = lambda *args: True
    plans.next_button.click()
    plans.generate_button.click()
    plans.grid.setCurrentIndex(plans.model.index_of(plans.plan.items[0].on))
    plans.day_items.setCurrentRow(0)
    sweep.take(window, "Plans, next month's plan")
    plans.move_button.click()
    plans.add_button.click()
    plans.week_mode_button.click()
    sweep.take(window, "Plans, a week")

    worklog = window.show_section(Section.WORKLOG)
    sweep.take(window, "Work log")
    dialog = worklog.import_phone_records()
    dialog.show()
    sweep.take(dialog, "BillImportDialog")
    dialog.close()


def sweep_lead(gui, sweep: Sweep) -> None:
    window = gui.window
    window.show_section(Section.TODAY)
    sweep.take(window, "Today (a lead)")
    window.show_section(Section.PLANS)
    sweep.take(window, "Plans (a lead)")
    team = window.show_section(Section.TEAM)
    for tab in range(team.tabs.count()):
        team.show_tab(tab)
        sweep.take(window, f"Team, {team.tabs.tabText(tab)}")
    team.show_tab(team.tabs.indexOf(team.campaigns))
    new_campaign = NewCampaignDialog(team.lead, gui.ops, window)
    new_campaign.show()
    new_campaign.error.show_error(
        error_text(ValidationError("sms", msg("a campaign by SMS needs its SMS template")))
    )
    sweep.take(new_campaign, "NewCampaignDialog")
    new_campaign.close()
    campaigns = team.campaigns
    proxy = campaigns.table.model()
    stepped = next(r for r, p in enumerate(campaigns.model.rows()) if p.campaign.steps)
    campaigns.table.selectRow(proxy.mapFromSource(campaigns.model.index(stepped, 0)).row())
    edit_steps = campaigns.edit_selected()
    assert edit_steps is not None
    edit_steps.error.show_error(
        error_text(
            ValidationError(
                "to",
                msg("the end {end} is before today {today}", end="2026-06-28", today="2026-06-29"),
            )
        )
    )
    sweep.take(edit_steps, "EditStepsDialog")
    edit_steps.close()
    team.show_tab(team.tabs.indexOf(team.dashboard))
    team.dashboard.table.selectRow(0)
    team.dashboard.drill_down()  # the manager's work log
    team.show_tab(team.tabs.indexOf(team.regrading))
    team.regrading.ask_open_path = lambda parent, title: str(SAMPLES / "grading-2026-12.csv")
    team.regrading.browse_button.click()  # the preview
    sweep.take(window, "Team, a re-grading previewed")
    team.regrading.import_button.click()  # 200 of 200 would leave: it asks first
    sweep.take(team.regrading.dialog, "ConfirmImportDialog")
    team.regrading.dialog.close()
    for dialog in (gui.sync.open_conflicts(), gui.sync.open_refusals()):
        sweep.take(dialog, type(dialog).__name__)
        dialog.close()


@pytest.mark.parametrize("text_scale", [1.0, 1.4], indirect=True, ids=["100%", "140%"])
@pytest.mark.parametrize("language", ["zh_CN", "en"], indirect=True)
def test_no_text_is_cut_in_any_section_or_dialog(
    text_scale, make_demo_gui, qtbot, monkeypatch, job_errors, language
):
    sweep = Sweep(qtbot)
    sweep_manager(make_demo_gui("M001"), sweep, monkeypatch)
    sweep_lead(make_demo_gui("L01"), sweep)
    assert sweep.cuts == {}, f"text cut ({language}, {text_scale:.0%}):\n" + sweep.report()
    assert {
        "LogContactDialog",
        "SettingsDialog",
        "ShortcutsDialog",
        "AboutBox",
        "AddMemberDialog",
        "GiftRequestDialog",
        "StepDialog",
        "StartCardDialog",
        "DeliverDialog",
        "CancelDialog",
        "MoveDialog",
        "AddItemDialog",
        "BillImportDialog",
        "ManagerLogDialog",
        "ConfirmImportDialog",
        "NewCampaignDialog",
        "EditStepsDialog",
        "BenefitUseDialog",
        "ConflictsDialog",
        "RefusalsDialog",
    } <= set(sweep.seen)
    assert job_errors == []
    # Nothing is cut because the window grew to hold it: it still fits the screen.
    limit = FITS[text_scale]
    too_big = {
        place: (size.width(), size.height())
        for place, size in sweep.sizes.items()
        if size.width() > limit.width() or size.height() > limit.height()
    }
    assert too_big == {}, f"larger than {limit.width()}×{limit.height()} at least"


def test_a_member_page_leaves_the_window_its_size(make_demo_gui, qtbot):
    """An error under a field of the profile (and its clearing, when a member opens) made
    the main window as short as its layout could be, cutting the member page."""
    gui = make_demo_gui("M001")
    window = gui.window
    size = window.size()
    window.show_section(Section.MEMBERS)
    window.open_member(gui.model.member_id(0))
    settle()
    assert window.size() == size
    form = gui.screens.members.page.form
    form.errors[next(iter(form.errors))].show_error("Too long: at most 40 characters.")
    settle()
    assert window.size() == size
