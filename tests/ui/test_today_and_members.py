"""Today and the member page, driven like a user: log from a row, search, edit a profile."""

from __future__ import annotations

import uuid
from dataclasses import replace
from datetime import timedelta

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from sqlalchemy import select

from tests.ui.conftest import REACHED_AT, TODAY, actor_for
from vipcrm.domain.due import DueKind
from vipcrm.domain.values import Channel, Outcome
from vipcrm.services.contacts import log_contact
from vipcrm.store.models import ContactAttempt, Member
from vipcrm.store.timeline import EventKind
from vipcrm.ui.log_dialog import ContactInput
from vipcrm.ui.screens.base import Section
from vipcrm.ui.screens.members.list_page import SEARCH_DELAY_MS
from vipcrm.ui.screens.members.timeline_model import TCol
from vipcrm.ui.screens.today.model import Part


def select_item(today, name: str, kind: DueKind):
    model = today.model
    for part in Part:
        parent = model.index(part, 0)
        for row in range(model.rowCount(parent)):
            item = model.item(model.index(row, 0, parent))
            if item.member_name == name and item.kind is kind:
                today.tree.setCurrentIndex(model.index(row, 0, parent))
                return item
    raise AssertionError(f"no {kind} item for {name}")


def test_today_groups_the_items_with_counts(make_gui):
    gui = make_gui("M001")
    today = gui.screens.today
    assert gui.window.current_section() is Section.TODAY
    # both of M001's new members: first contact within 3 working days of Sunday 22 Nov
    soon = today.model.items(Part.SOON)
    assert {(i.member_name, i.kind) for i in soon} >= {
        ("张伟", DueKind.FIRST_CONTACT),
        ("李娜", DueKind.FIRST_CONTACT),
    }
    assert today.pills[Part.SOON].text() == f"Next 7 days {len(soon)}"
    assert today.heading.text() == "Today, 11/22/2026 (Sun)"  # the en_US date
    assert "王芳" not in {i.member_name for i in today.model.items()}  # M002's member


def test_today_opens_every_part_and_selects_the_first_item(make_gui, qtbot):
    # The parts open one a turn of the event loop (a lead's tens of thousands of rows are
    # not laid out in one go); the user still ends up with all of them open.
    gui = make_gui("M001")
    today = gui.screens.today
    model = today.model
    soon = model.items(Part.SOON)
    overdue = [replace(i, due_date=TODAY - timedelta(days=3), overdue_days=3) for i in soon[:1]]
    model.set_items([*overdue, *soon[1:]], TODAY)
    parts = [p for p in Part if model.count(p)]
    assert parts == [Part.OVERDUE, Part.SOON]
    qtbot.waitUntil(lambda: all(today.tree.isExpanded(model.index(p, 0)) for p in Part))
    assert model.item(today.tree.currentIndex()) == model.items(parts[0])[0]
    first = model.index(parts[0], 0)
    assert model.flags(model.index(0, 0, first)) & Qt.ItemFlag.ItemIsSelectable
    assert not model.flags(first) & Qt.ItemFlag.ItemIsSelectable  # a part's title row
    assert not model.index(model.count(parts[0]), 0, first).isValid()  # past its last item
    assert not model.index(0, 5, first).isValid()  # five columns
    assert not model.index(len(Part), 0).isValid()


def test_handling_the_last_item_of_a_part_moves_to_the_next_parts_first_item(make_gui, qtbot):
    gui = make_gui("M001")
    today = gui.screens.today
    model = today.model
    soon = model.items(Part.SOON)
    overdue = replace(soon[0], due_date=TODAY - timedelta(days=3), overdue_days=3)
    model.set_items([overdue, *soon[1:]], TODAY)
    qtbot.waitUntil(lambda: all(today.tree.isExpanded(model.index(p, 0)) for p in Part))
    assert model.item(today.tree.currentIndex()) == overdue
    today.mark_handled(overdue)
    # not the next part's title row (nothing to log on it), its first item
    assert model.item(today.tree.currentIndex()) == soon[1]


def test_logging_a_call_from_today_removes_the_item_and_adds_it_to_the_timeline(
    make_gui, team_db, qtbot, job_errors
):
    gui = make_gui("M001")
    today = gui.screens.today
    asked = []

    def ask(parent, member, channel, campaigns=()):
        asked.append((member, channel))
        return ContactInput(Channel.PHONE, Outcome.REACHED, "约好下周面谈")

    today.ask_contact = ask
    item = select_item(today, "李娜", DueKind.FIRST_CONTACT)
    qtbot.keyClick(gui.window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert asked == [("李娜", Channel.PHONE)]
    assert job_errors == []
    remaining = today.model.items()
    assert all((i.member_name, i.kind) != ("李娜", DueKind.FIRST_CONTACT) for i in remaining), (
        "the item leaves the list at once"
    )
    with team_db.reading() as s:
        notes = s.scalars(
            select(ContactAttempt.note).join(Member).where(Member.name == "李娜")
        ).all()
    assert notes == ["约好下周面谈"]

    # Enter on the row opens the member page; the call is on its timeline, newest first
    select_item(today, "张伟", DueKind.FIRST_CONTACT)
    qtbot.keyClick(today.tree, Qt.Key.Key_Return)
    assert gui.window.current_section() is Section.MEMBERS
    page = gui.screens.members.page
    assert page.profile.name == "张伟"
    gui.window.open_member(uuid.UUID(str(item.member_id)))
    assert page.profile.name == "李娜"
    first = page.timeline.events()[0]
    assert first.kind is EventKind.CONTACT and first.text == "约好下周面谈"
    text = page.timeline.data(page.timeline.index(0, TCol.WHAT), Qt.ItemDataRole.DisplayRole)
    assert text == "Phone call: Reached"
    qtbot.keyClick(gui.window, Qt.Key.Key_Escape)  # Esc closes the page
    assert not gui.screens.members.showing_page()


def test_copy_sms_fills_the_template(make_gui, settings):
    settings.sms_first_contact = "{member}您好，我是{manager}，电话{phone}"
    gui = make_gui("M001")
    today = gui.screens.today
    select_item(today, "张伟", DueKind.FIRST_CONTACT)
    today.copy_button.click()
    assert QGuiApplication.clipboard().text() == "张伟您好，我是赵磊，电话"


def test_pinyin_initials_find_the_member_and_enter_opens_the_page(make_gui, qtbot):
    gui = make_gui("L001")
    qtbot.keyClick(gui.window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    page = gui.screens.members.list_page
    qtbot.keyClicks(page.search_box, "zw")
    qtbot.waitUntil(lambda: gui.model.rowCount() == 1, timeout=SEARCH_DELAY_MS * 10)
    assert page.count_label.text() == "1 member"
    qtbot.keyClick(page.search_box, Qt.Key.Key_Return)  # a single match opens
    assert gui.screens.members.page.profile.name == "张伟"


def test_member_filters(make_gui, team_db):
    gui = make_gui("L001")
    page = gui.screens.members.list_page
    with team_db.transaction() as s:
        s.scalar(select(Member).where(Member.name == "王芳")).important = True
    page.important_check.setChecked(True)
    assert gui.model.rowCount() == 1
    page.important_check.setChecked(False)
    page.group_check.setChecked(True)
    assert gui.model.rowCount() == 0  # no key persons in this book
    page.group_check.setChecked(False)
    page.status_combo.setCurrentIndex(page.status_combo.findData("left"))
    assert gui.model.rowCount() == 0
    page.status_combo.setCurrentIndex(page.status_combo.findData(""))
    assert gui.model.rowCount() == 4


def test_overdue_filter_uses_the_due_engine(make_gui):
    gui = make_gui("L001", today=TODAY.replace(day=30))  # first contacts due the 25th
    page = gui.screens.members.list_page
    page.overdue_check.setChecked(True)
    assert gui.model.rowCount() == 4


def test_a_validation_error_shows_inline_and_saves_nothing(make_gui, team_db, message_boxes):
    gui = make_gui("M001")
    gui.window.show_section(Section.MEMBERS)
    with team_db.reading() as s:
        zhang = s.scalar(select(Member.id).where(Member.name == "张伟"))
    gui.window.open_member(zhang)
    page = gui.screens.members.page
    form = page.form
    form.landline.setText("12ab")
    form.landline.textEdited.emit("12ab")
    form.birthday.setText("02-30")
    assert page.save_button.isEnabled()
    page.save_button.click()
    assert not form.errors["landline"].isHidden()
    assert "landline" in form.errors["landline"].text()
    assert not form.errors["birthday"].isHidden()
    assert form.errors["name"].isHidden()
    assert message_boxes == []  # inline, not a message box
    with team_db.reading() as s:
        m = s.get(Member, zhang)
        assert (m.landline, m.birth_month) == (None, None)

    form.landline.setText("010-12345678")
    form.birthday.setText("1980-02-29")
    page.save_button.click()
    assert form.errors["landline"].isHidden() and form.errors["birthday"].isHidden()
    assert page.saved_label.text() == "Saved."
    with team_db.reading() as s:
        m = s.get(Member, zhang)
        assert (m.landline, m.birth_year, m.birth_month, m.birth_day) == (
            "010-12345678",
            1980,
            2,
            29,
        )


def test_a_note_goes_to_the_timeline_and_the_filter_narrows_it(make_gui, team_db):
    gui = make_gui("M001")
    with team_db.reading() as s:
        zhang = s.scalar(select(Member.id).where(Member.name == "张伟"))
    gui.window.open_member(zhang)
    page = gui.screens.members.page
    page.note_edit.setText("客户下月出国")
    page.note_button.click()
    assert page.timeline.events()[0].text == "客户下月出国"
    page.kind_combo.setCurrentIndex(page.kind_combo.findData("note"))
    assert [e.kind for e in page.timeline.events()] == [EventKind.NOTE]
    page.kind_combo.setCurrentIndex(page.kind_combo.findData("tier"))
    assert [e.kind for e in page.timeline.events()] == [EventKind.TIER]


def test_a_12580_check_is_confirmed_from_today(make_gui, team_db, job_errors):
    """An SMS sent through the 12580 platform on Friday 20 Nov is checked on Monday 23 Nov
    (the next working day); the button on its row closes it, once."""
    with team_db.transaction() as s:
        attempt, _ = log_contact(
            s,
            actor_for(team_db, "M001"),
            member_ref="13800138000",
            channel=Channel.SMS,
            outcome=Outcome.REACHED,
            at=REACHED_AT,
            group_sms=True,
        )
        attempt_id = attempt.id
    gui = make_gui("M001")
    today = gui.screens.today
    item = select_item(today, "张伟", DueKind.GROUP_SMS_CHECK)
    assert item.due_date.isoformat() == "2026-11-23" and item.contact_id == str(attempt_id)
    assert today.confirm_button.isVisibleTo(today)
    select_item(today, "李娜", DueKind.FIRST_CONTACT)
    assert not today.confirm_button.isVisibleTo(today)  # only on a 12580 check's row
    select_item(today, "张伟", DueKind.GROUP_SMS_CHECK)
    today.confirm_button.click()
    assert job_errors == []
    assert all(i.kind is not DueKind.GROUP_SMS_CHECK for i in today.model.items())
    with team_db.reading() as s:
        assert s.get(ContactAttempt, attempt_id).sent_confirmed_at is not None
    today.refresh()
    assert all(i.kind is not DueKind.GROUP_SMS_CHECK for i in today.model.items())
