"""A manager's day on demo data, as docs/user-guide.md tells it, in Chinese and English.

The first test follows the guide on a freshly generated demo database as manager M001:
Today (log a call and an SMS, copy an SMS, request a birthday gift), the member search by
pinyin initials, a card step on the board and next month's plan. The dialogs are the real
ones, answered through the ask_* hooks. The second test visits every section and the main
dialogs in Chinese and lists every visible text that still holds an English word.
"""

from __future__ import annotations

import re
import uuid
from datetime import date

import pytest
from PySide6.QtCore import QAbstractItemModel, QAbstractListModel, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QDialog,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMainWindow,
    QTabWidget,
    QWidget,
)
from sqlalchemy import select

from vipcrm.domain.cards import allowed_steps, apply_step
from vipcrm.domain.due import DueKind
from vipcrm.domain.values import Channel, GiftStatus, Occasion, Outcome
from vipcrm.store.models import Card, ContactAttempt, Gift, Manager, Member
from vipcrm.store.timeline import EventKind
from vipcrm.ui.labels import format_money
from vipcrm.ui.log_dialog import LogContactDialog
from vipcrm.ui.screens.base import Section
from vipcrm.ui.screens.cards.step_dialog import StepDialog
from vipcrm.ui.screens.gifts.request_dialog import GiftRequestDialog
from vipcrm.ui.screens.members.list_page import SEARCH_DELAY_MS
from vipcrm.ui.screens.today.model import Part

LANGUAGES = ["zh_CN", "en"]


def select_first(today, kind: DueKind, skip: set[str] = frozenset()):
    """Select the first Today row of ``kind`` (not for a member in ``skip``)."""
    model = today.model
    for part in Part:
        parent = model.index(part, 0)
        for row in range(model.rowCount(parent)):
            item = model.item(model.index(row, 0, parent))
            if item.kind is kind and item.member_name not in skip:
                today.tree.setCurrentIndex(model.index(row, 0, parent))
                assert today.current_item() == item
                return item
    raise AssertionError(f"no {kind} item on Today")


def on_today(today, item) -> bool:
    return any(
        (i.member_id, i.kind, i.due_date) == (item.member_id, item.kind, item.due_date)
        for i in today.model.items()
    )


def unique_initials(db) -> tuple[str, str]:
    """A member of M001 whose pinyin initials (3+ letters) find no one else."""
    with db.reading() as s:
        rows = s.execute(
            select(Member.name, Member.name_pinyin, Manager.code).join(
                Manager, Member.manager_id == Manager.id
            )
        ).all()
    for name, key, code in rows:
        initials = key.split()[-1]
        if code == "M001" and len(initials) >= 3:
            if sum(initials in other.replace(" ", "") for _n, other, _c in rows) == 1:
                return name, initials
    raise AssertionError("no member of M001 with distinct initials")


@pytest.mark.parametrize("language", LANGUAGES, indirect=True)
def test_a_managers_day_on_demo_data(
    make_demo_gui, demo_db, qtbot, job_errors, message_boxes, language
):
    gui = make_demo_gui("M001")
    window = gui.window
    today = gui.screens.today
    assert window.current_section() is Section.TODAY
    assert window.windowTitle() == ("VIP 俱乐部客户管理" if language == "zh_CN" else "VIP Club CRM")
    kinds = {i.kind for i in today.model.items()}
    assert {DueKind.ROUTINE_CALL, DueKind.ROUTINE_SMS, DueKind.BIRTHDAY_GIFT} <= kinds

    # Ctrl+L on a call item, Enter in the dialog: "reached" (the dialog's first outcome)
    asked = []

    def ask_contact(parent, member, channel, campaigns=()):
        dialog = LogContactDialog(member, channel, parent, campaigns)
        asked.append((member, Channel(dialog.channel_combo.currentData())))
        dialog.note.setText("约好下周面谈" if channel is Channel.PHONE else "周短信已发")
        answer = dialog.value()
        dialog.deleteLater()
        return answer

    today.ask_contact = ask_contact
    called = select_first(today, DueKind.ROUTINE_CALL)
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert asked == [(called.member_name, Channel.PHONE)]
    assert not on_today(today, called), "a logged item leaves Today at once"
    window.open_member(uuid.UUID(str(called.member_id)))
    page = gui.screens.members.page
    assert page.profile.name == called.member_name
    first = page.timeline.events()[0]
    assert (first.kind, first.text) == (EventKind.CONTACT, "约好下周面谈")
    qtbot.keyClick(window, Qt.Key.Key_Escape)
    qtbot.keyClick(window, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert window.current_section() is Section.TODAY

    # Log SMS… on a weekly-SMS item
    texted = select_first(today, DueKind.ROUTINE_SMS, skip={called.member_name})
    today.sms_button.click()
    assert asked[-1] == (texted.member_name, Channel.SMS)
    assert not on_today(today, texted)
    with demo_db.reading() as s:
        logged = s.execute(
            select(ContactAttempt.channel, ContactAttempt.outcome, ContactAttempt.note).where(
                ContactAttempt.member_id == uuid.UUID(str(texted.member_id)),
                ContactAttempt.note == "周短信已发",
            )
        ).all()
    assert logged == [(Channel.SMS, Outcome.REACHED, "周短信已发")]

    # Copy SMS text: the built-in template in the interface language, filled in
    copied = select_first(today, DueKind.ROUTINE_SMS, skip={texted.member_name})
    today.copy_button.click()
    text = QGuiApplication.clipboard().text()
    assert copied.member_name in text
    assert gui.actor.name in text  # the manager's name
    assert not re.search(r"[{}]|%\d", text), text  # no placeholder left
    if language == "zh_CN":
        assert re.search(r"[\u4e00-\u9fff]{4}", text.replace(copied.member_name, "")), text

    # Request gift… on the birthday-gift item: occasion and cap filled in, then saved
    birthday = select_first(today, DueKind.BIRTHDAY_GIFT)
    assert today.gift_button.isEnabled()
    seen = {}

    def ask_gift(parent, member, tier, occasion, terms_for, on, chinese):
        dialog = GiftRequestDialog(member, tier, occasion, terms_for, on, chinese, parent)
        cap = terms_for(occasion, on).cap
        seen.update(
            member=member,
            occasion=dialog.occasion.currentData(),
            cap=dialog.cap_label.text(),
            amount=dialog.amount.text(),
            gift=dialog.items.text(),
            cap_fen=cap.cap_fen,
        )
        answer = dialog.value()
        dialog.deleteLater()
        return answer

    gui.gift_requester.ask = ask_gift
    today.gift_button.click()
    assert seen["member"] == birthday.member_name
    assert seen["occasion"] in (Occasion.BIRTHDAY.value, Occasion.KEY_PERSON_BIRTHDAY.value)
    assert seen["cap_fen"] > 0
    assert seen["cap"].startswith(format_money(seen["cap_fen"]))  # "¥100.00 (…)"
    assert seen["amount"] == str(seen["cap_fen"] // 100) and seen["gift"]
    result = gui.gift_requester.last_result
    assert result is not None and result.status in (GiftStatus.APPROVED, GiftStatus.PENDING)
    with demo_db.reading() as s:
        saved = s.execute(
            select(Gift.amount_fen, Gift.items, Gift.status).where(
                Gift.member_id == uuid.UUID(str(birthday.member_id))
            )
        ).all()
    assert saved == [(seen["cap_fen"], seen["gift"], result.status)]
    assert birthday.member_name in window.statusBar().currentMessage()

    # Ctrl+F, pinyin initials, Enter opens the only match
    name, initials = unique_initials(demo_db)
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.current_section() is Section.MEMBERS
    search = gui.screens.members.list_page.search_box
    assert search.hasFocus()
    qtbot.keyClicks(search, initials)
    qtbot.waitUntil(lambda: gui.model.rowCount() == 1, timeout=SEARCH_DELAY_MS * 10)
    qtbot.keyClick(search, Qt.Key.Key_Return)
    assert gui.screens.members.showing_page()
    assert gui.screens.members.page.profile.name == name
    qtbot.keyClick(window, Qt.Key.Key_Escape)

    # Ctrl+3, a card, Record step…: the step the dialog offers first is the next one
    qtbot.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    board = gui.screens.cards
    assert window.current_section() is Section.CARDS
    card = next(c for c in board.all_cards() if allowed_steps(c.state))
    board.select(card)
    assert board.step_button.isEnabled()

    def ask_step(parent, row, on, step):
        dialog = StepDialog(row, on, step, parent)
        dialog.note.setText("已处理")
        answer = dialog.value()
        dialog.deleteLater()
        return answer

    board.ask_step = ask_step
    board.step_button.click()
    expected = apply_step(card.state, allowed_steps(card.state)[0])
    with demo_db.reading() as s:
        assert s.get(Card, card.card_id).state is expected
    assert [c.state for c in board.all_cards() if c.card_id == card.card_id] == [expected]
    assert board.last_refusal == ""

    # Ctrl+5, Next month ▶, Generate plan: July's plan is saved with its items
    qtbot.keyClick(window, Qt.Key.Key_5, Qt.KeyboardModifier.ControlModifier)
    plans = gui.screens.plans
    assert window.current_section() is Section.PLANS
    plans.confirm = lambda *args: True
    plans.next_button.click()
    assert plans.period == "2026-07" and plans.plan is None
    plans.generate_button.click()
    assert plans.plan is not None and plans.plan.period == "2026-07"
    assert plans.plan.total > 0 and plans.plan.items
    assert all(date(2026, 7, 1) <= i.on <= date(2026, 7, 31) for i in plans.plan.items)

    assert job_errors == []
    assert message_boxes == []


# --- every visible text in Chinese ----------------------------------------------------------

# What may stay in Latin letters in the Chinese interface, as the zh translation writes it
# (resources/translations/vipcrm_zh_CN.ts). Everything else in Latin letters is a string
# that missed tr() or its translation.
ALLOWED = [
    r"(?:Ctrl|Alt|Shift)(?:\+(?:Shift|Alt))*\+\S",  # shortcuts: Ctrl+L, Ctrl+Shift+X, Ctrl+,
    r"F5|Esc",
    r"[AGLMT]\d{2,3}",  # codes: admin A001, group G001, lead L01, manager M001, team T01
    r"\d{4}-W\d{2}",  # an ISO week (a weekly plan's period)
    r"\[?YYYY-\]?MM-DD|\d\d-\d\dL",  # the birthday field's format; L marks a leap month
    r"[A-D] ?类",  # a group customer's class (A-D)
    r"\{(?:member|manager|phone)\}",  # the SMS template placeholders the user types
    r"VIP",  # the club's own name in Chinese (VIP客户经理, 全部VIP)
    r"SIM",  # the regulation's own word for the spare card: 备用SIM卡 (SERVICE_RULES.md §9)
    r"PDF|A4|Excel|CSV|XLSX",  # file formats
    r"vipcrm(?: [a-z][a-z-]*)*",  # the app and its commands (vipcrm calendar import)
    r"[a-z]{2,4}(?= 可找到)",  # the search box's example: pinyin initials (zw 可找到 张伟)
    r"English",  # the language menu names each language in itself
    r"(?:SF|SAT)\d{4}-\d{2}",  # the demo campaigns' codes, typed by the lead (data, like names)
    r"(?:[\w.-]*/)+[\w.-]+|[\w-]+\.db",  # file paths (the database in the status bar)
    r"[\w-]+\.(?:csv|xlsx)",  # an imported file's name (the latest re-grading's)
    r"[(（]&?[A-Z][)）]",  # a mnemonic as Chinese writes it: 保存(&V), after the words above
]
ENGLISH_WORD = re.compile(r"[A-Za-z]+")
ROWS_READ = 40  # the first rows of each list or table (names, statuses, reasons)


def english_left(text: str) -> bool:
    text = re.sub(r"<[^>]+>|&nbsp;", " ", text)  # rich text: the tags are not shown
    for pattern in ALLOWED:  # whole words only: letters on neither side
        text = re.sub(rf"(?<![A-Za-z])(?:{pattern})(?![A-Za-z])", " ", text)
    return ENGLISH_WORD.search(text) is not None


def column_count(model: QAbstractItemModel, parent) -> int:
    if isinstance(model, QAbstractListModel):  # (its columnCount is private in PySide6)
        return 0 if parent.isValid() else 1
    return model.columnCount(parent)


def model_texts(model: QAbstractItemModel, view: QAbstractItemView) -> list[str]:
    texts = []
    display = Qt.ItemDataRole.DisplayRole
    root = view.rootIndex()
    for column in range(column_count(model, root)):
        if not getattr(view, "isColumnHidden", lambda c: False)(column):
            texts.append(model.headerData(column, Qt.Orientation.Horizontal, display))
    parents = [root]
    while parents:
        parent = parents.pop()
        for row in range(min(model.rowCount(parent), ROWS_READ)):
            for column in range(column_count(model, parent)):
                index = model.index(row, column, parent)
                texts.append(index.data(display))
            first = model.index(row, 0, parent)
            if parent == root and model.rowCount(first) > 0:
                parents.append(first)
    return [t for t in texts if isinstance(t, str)]


def visible_texts(top: QWidget) -> list[tuple[str, str]]:
    """(where, text) for what ``top`` shows now, tooltips too; every tab of its tab widgets."""
    found: list[tuple[str, str]] = [("window title", top.windowTitle())]
    if isinstance(top, QMainWindow):
        found.append(("status bar", top.statusBar().currentMessage()))

    def walk() -> None:
        for w in top.findChildren(QWidget):
            if not w.isVisibleTo(top):
                continue
            where = f"{type(w).__name__} {w.objectName()}".strip()
            found.append((f"{where} tooltip", w.toolTip()))
            if isinstance(w, QLabel):
                found.append((where, w.text()))
            elif isinstance(w, QAbstractButton):
                found.append((where, w.text()))
            elif isinstance(w, QGroupBox):
                found.append((where, w.title()))
            elif isinstance(w, QTabWidget):
                found.extend((where, w.tabText(i)) for i in range(w.count()))
            elif isinstance(w, QComboBox):
                found.extend((where, w.itemText(i)) for i in range(w.count()))
                if w.lineEdit() is not None:
                    found.append((where, w.lineEdit().placeholderText()))
            elif isinstance(w, QLineEdit):
                found.append((where, w.placeholderText()))
            elif isinstance(w, QAbstractItemView) and w.model() is not None:
                found.extend((where, t) for t in model_texts(w.model(), w))
            if hasattr(w, "placeholderText") and not isinstance(w, (QLineEdit, QComboBox)):
                found.append((where, w.placeholderText()))

    walk()
    for tabs in top.findChildren(QTabWidget):
        if tabs.isVisibleTo(top):
            current = tabs.currentIndex()
            for i in range(tabs.count()):
                tabs.setCurrentIndex(i)
                walk()
            tabs.setCurrentIndex(current)
    return [(where, text) for where, text in found if text]


class Collector:
    """Gathers the English left in what the windows and dialogs show."""

    def __init__(self) -> None:
        self.left: dict[str, set[str]] = {}
        self.dialogs: list[str] = []

    def take(self, top: QWidget, place: str) -> None:
        QGuiApplication.processEvents()
        for where, text in visible_texts(top):
            if english_left(text):
                self.left.setdefault(text, set()).add(f"{place}: {where}")

    def report(self) -> str:
        return "\n".join(
            f"{text!r}  ({'; '.join(sorted(places))})" for text, places in sorted(self.left.items())
        )


@pytest.mark.parametrize("language", ["zh_CN"], indirect=True)
def test_every_visible_text_is_chinese(
    make_demo_gui, qtbot, monkeypatch, job_errors, message_boxes, language
):
    collector = Collector()
    accept = {GiftRequestDialog}  # the gift is saved, so that Gifts has one to close

    def exec_dialog(dialog):
        dialog.show()
        collector.take(dialog, type(dialog).__name__)
        collector.dialogs.append(type(dialog).__name__)
        dialog.close()
        activate(window)
        accepted = type(dialog) in accept
        return QDialog.DialogCode.Accepted if accepted else QDialog.DialogCode.Rejected

    monkeypatch.setattr(QDialog, "exec", exec_dialog)
    gui = make_demo_gui("M001")
    window = gui.window

    def activate(top: QWidget) -> None:
        top.activateWindow()  # back from a dialog: the shortcuts need the window active
        qtbot.waitUntil(top.isActiveWindow)

    def visit(section: Section) -> QWidget:
        activate(window)
        qtbot.keyClick(window, Qt.Key(Qt.Key.Key_1 + section), Qt.KeyboardModifier.ControlModifier)
        assert window.current_section() is section
        screen = window.current_screen()
        collector.take(window, section.name)
        return screen

    today = visit(Section.TODAY)
    select_first(today, DueKind.ROUTINE_CALL)
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    select_first(today, DueKind.BIRTHDAY_GIFT)
    today.gift_button.click()
    assert gui.gift_requester.last_result is not None
    collector.take(window, "TODAY after the gift")
    qtbot.keyClick(window, Qt.Key.Key_Comma, Qt.KeyboardModifier.ControlModifier)  # settings

    visit(Section.MEMBERS)
    today.open_button.click()  # the selected item's member
    collector.take(window, "member page")
    qtbot.keyClick(window, Qt.Key.Key_Escape)

    cards = visit(Section.CARDS)
    cards.select(next(c for c in cards.all_cards() if allowed_steps(c.state)))
    collector.take(window, "CARDS, a card selected")
    cards.step_button.click()
    cards.start_button.click()

    gifts = visit(Section.GIFTS)
    model = gifts.model
    row = next(r for r in range(model.rowCount()) if model.gift(r).status is GiftStatus.APPROVED)
    gifts.table.setCurrentIndex(model.index(row, 0))
    collector.take(window, "GIFTS, a gift selected")
    gifts.deliver_button.click()
    gifts.cancel_button.click()

    plans = visit(Section.PLANS)
    plans.confirm = lambda *args: True
    plans.next_button.click()
    collector.take(window, "PLANS, next month")
    plans.generate_button.click()
    first = plans.plan.items[0]
    plans.grid.setCurrentIndex(plans.model.index_of(first.on))
    plans.day_items.setCurrentRow(0)
    collector.take(window, "PLANS, the plan saved")
    plans.move_button.click()
    plans.add_button.click()
    plans.week_mode_button.click()
    collector.take(window, "PLANS, week")

    visit(Section.WORKLOG)

    lead = make_demo_gui("L01")
    window = lead.window
    team = visit(Section.TEAM)
    for tab in range(team.tabs.count()):
        team.show_tab(tab)
        collector.take(window, f"TEAM tab {tab}")

    assert set(collector.dialogs) >= {
        "LogContactDialog",
        "GiftRequestDialog",
        "SettingsDialog",
        "StepDialog",
        "StartCardDialog",
        "DeliverDialog",
        "CancelDialog",
        "MoveDialog",
        "AddItemDialog",
    }
    assert job_errors == [] and message_boxes == []
    assert collector.left == {}, "English left in the Chinese interface:\n" + collector.report()
