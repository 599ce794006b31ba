"""Add member in the window, checked as ``vipcrm member add`` checks it; what an empty book
says to do next; the member search's example is a real member and a search that finds
nobody says what it searched (issue 20, points 5 and 11)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import func, select

from vipcrm import app as app_module
from vipcrm.domain.pinyin import pinyin_key
from vipcrm.domain.values import Role, Tier
from vipcrm.services.context import resolve_actor
from vipcrm.services.directory import add_manager
from vipcrm.store.db import open_database
from vipcrm.store.models import Manager, Member
from vipcrm.ui.empty_book import ADD_MEMBER, LOAD_DEMO
from vipcrm.ui.runner import SyncRunner
from vipcrm.ui.screens.base import Section
from vipcrm.ui.screens.members.list_page import SEARCH_DELAY_MS


def members_count(db) -> int:
    with db.reading() as s:
        return s.scalar(select(func.count(Member.id)))


def add_dialog(gui, qtbot):
    window = gui.window
    window.show_section(Section.MEMBERS, focus=True)
    qtbot.keyClick(
        window.focusWidget() or window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier
    )
    dialog = gui.screens.members.add_dialog
    assert dialog is not None and dialog.isVisible()
    return dialog


def test_a_manager_adds_a_member_refusals_inline_nothing_written(
    make_gui, team_db, qtbot, job_errors, message_boxes
):
    gui = make_gui("M001")
    before = members_count(team_db)
    dialog = add_dialog(gui, qtbot)
    assert dialog.manager.isHidden()  # a manager adds to their own book
    qtbot.waitUntil(dialog.phone.hasFocus)  # typing goes to the mobile number first
    qtbot.keyClicks(dialog.phone, "13800138000")  # 张伟's number
    dialog.name.setText("赵敏")  # (QTest types ASCII only)
    qtbot.keyClicks(dialog.birthday, "02-30")
    dialog.add_button.click()
    assert dialog.isVisible()
    assert "'02-30'" in dialog.errors["birthday"].text()  # the domain's sentence
    assert dialog.errors["phone"].isHidden()  # the first refusal only: birthday parsed first
    dialog.birthday.setText("1990-03-08")
    dialog.add_button.click()
    assert "already belongs to an active member" in dialog.errors["phone"].text()
    assert dialog.errors["birthday"].isHidden() and dialog.phone.hasFocus()
    assert members_count(team_db) == before  # nothing written
    dialog.phone.setText("139 0000 1234")
    dialog.tier.setCurrentIndex(dialog.tier.findData(Tier.GOLD.value))
    dialog.important.setChecked(True)
    dialog.add_button.click()
    assert not dialog.isVisible() and job_errors == [] and message_boxes == []
    with team_db.reading() as s:
        row = s.execute(
            select(Member.phone, Member.tier, Member.important, Member.birth_month, Manager.code)
            .join(Manager, Member.manager_id == Manager.id)
            .where(Member.name == "赵敏")
        ).one()
    assert tuple(row) == ("13900001234", Tier.GOLD, True, 3, "M001")
    members = gui.screens.members
    assert members.showing_page() and members.page.profile.name == "赵敏"  # opened
    assert gui.window.statusBar().currentMessage() == "赵敏 added."


def test_a_lead_adds_a_member_to_a_manager_or_to_nobody_yet(make_gui, team_db, qtbot):
    gui = make_gui("L001")
    dialog = add_dialog(gui, qtbot)
    assert dialog.manager.isVisibleTo(dialog)
    codes = [dialog.manager.itemData(i) for i in range(dialog.manager.count())]
    assert codes[0] is None and {"M001", "M002"} <= set(codes)
    dialog.phone.setText("13900005678")
    dialog.name.setText("钱进")
    dialog.manager.setCurrentIndex(codes.index("M002"))
    dialog.add_button.click()
    dialog = add_dialog(gui, qtbot)
    dialog.phone.setText("13900005679")
    dialog.name.setText("   ")
    dialog.add_button.click()
    assert dialog.errors["name"].text() == "must not be empty"
    dialog.name.setText("孙悦")
    dialog.add_button.click()  # nobody yet: the lead assigns later
    with team_db.reading() as s:
        owners = dict(
            s.execute(
                select(Member.name, Manager.code)
                .outerjoin(Manager, Member.manager_id == Manager.id)
                .where(Member.name.in_(["钱进", "孙悦"]))
            ).all()
        )
    assert owners == {"钱进": "M002", "孙悦": None}


@pytest.fixture
def empty_gui(tmp_path, settings, qtbot, job_errors):
    db = open_database(tmp_path / "empty.db")
    gui = app_module.build_gui(
        db, settings, runner=SyncRunner(on_error=job_errors.append), language="en"
    )
    qtbot.addWidget(gui.window)
    gui.window.show()
    yield gui
    gui.digest.stop()
    db.dispose()


def test_an_empty_database_says_what_to_do_next(empty_gui, job_errors):
    gui = empty_gui
    today = gui.window.show_section(Section.TODAY)
    assert today.body.currentWidget() is today.empty
    said = today.empty.text()
    assert "No members yet" in said and "Well done" not in said
    assert f'href="{ADD_MEMBER}"' in said and f'href="{LOAD_DEMO}"' in said
    assert "central store" in said
    assert gui.window.menus.load_demo.isVisible()
    members = gui.window.show_section(Section.MEMBERS)
    page = members.list_page
    assert page.body.currentWidget() is page.empty and "No members yet" in page.empty.text()
    assert "finds" not in page.search_box.placeholderText()  # no example without members
    page.empty.linkActivated.emit(ADD_MEMBER)  # the link opens Add member
    assert members.add_dialog is not None and members.add_dialog.isVisible()
    members.add_dialog.reject()
    offered = []
    gui.offer_demo = lambda: offered.append(True)
    gui.window.menus.load_demo.triggered.disconnect()
    gui.window.menus.load_demo.triggered.connect(gui.offer_demo)
    page.empty.linkActivated.emit(LOAD_DEMO)
    assert offered == [True]
    assert job_errors == []


def test_a_new_manager_in_a_team_with_members_is_offered_no_demo(make_gui, team_db):
    with team_db.transaction() as s:
        boot = resolve_actor(s, "L001")
        add_manager(s, boot, code="M003", name="周新", team="T1", role=Role.MANAGER)
    gui = make_gui("M003")
    today = gui.screens.today
    assert today.body.currentWidget() is today.empty
    said = today.empty.text()
    assert "No members yet" in said and f'href="{ADD_MEMBER}"' in said
    assert LOAD_DEMO not in said and "re-grading" not in said  # not empty; not a lead
    assert not gui.window.menus.load_demo.isVisible()


@pytest.mark.parametrize("language", ["zh_CN", "en"], indirect=True)
def test_the_search_example_finds_its_member_and_a_miss_says_what_was_searched(
    make_demo_gui,
    demo_db,
    qtbot,
    language,
):
    gui = make_demo_gui("M001")
    page = gui.window.show_section(Section.MEMBERS).list_page
    hint = page.search_box.placeholderText()
    first = gui.model.row_at(0)
    initials = pinyin_key(first.name).split()[-1]
    assert f"{initials} " in hint and first.name in hint  # from the book itself
    qtbot.keyClicks(page.search_box, initials)
    qtbot.waitUntil(lambda: gui.model.query.text == initials, timeout=SEARCH_DELAY_MS * 10)
    names = [gui.model.row_at(r).name for r in range(gui.model.rowCount())]
    assert first.name in names  # the example finds what it says
    page.search_box.clear()
    qtbot.keyClicks(page.search_box, "qxz")
    qtbot.waitUntil(lambda: gui.model.query.text == "qxz", timeout=SEARCH_DELAY_MS * 10)
    assert gui.model.rowCount() == 0 and page.body.currentWidget() is page.empty
    said = page.empty.text()
    if language == "en":
        assert said == (
            "No member matches “qxz”: searched every name, its full pinyin and its initials "
            "(digits search the mobile numbers)."
        )
    else:
        assert "qxz" in said and "全拼" in said and "首字母" in said
    page.search_box.setText("1999")
    page._apply_search()
    if gui.model.rowCount() == 0:
        assert "mobile number" in page.empty.text() or "手机号码" in page.empty.text()
    page.search_box.clear()
    page._apply_search()
    assert page.body.currentWidget() is page.table
