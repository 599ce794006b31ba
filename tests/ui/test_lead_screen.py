"""The Team section: only for leads; dashboard, approvals, the re-grading import preview."""

from __future__ import annotations

import csv
from pathlib import Path

from PySide6.QtCore import Qt
from sqlalchemy import func, select

from tests.ui.conftest import TODAY
from vipcrm.domain.values import GiftStatus, Occasion
from vipcrm.services import budgets, gifts
from vipcrm.services.context import resolve_actor
from vipcrm.services.dashboard import team_dashboard
from vipcrm.services.grading import import_grading
from vipcrm.store.models import Gift, GradingImport, Member, TierHistory
from vipcrm.ui.screens.base import Section
from vipcrm.ui.screens.lead.dashboard import ManagerLogDialog


def test_a_manager_has_no_team_section(make_gui, qtbot):
    gui = make_gui("M001")
    window = gui.window
    assert gui.screens.lead is None
    assert not window.has_section(Section.TEAM)
    assert window.rail.count() == 6
    assert "Team" not in [window.rail.item(r).text() for r in range(window.rail.count())]
    before = window.current_section()
    qtbot.keyClick(window, Qt.Key.Key_7, Qt.KeyboardModifier.ControlModifier)
    assert window.current_section() is before


def test_the_lead_sees_the_team_dashboard_with_the_services_figures(make_gui, team_db, qtbot):
    gui = make_gui("L001")
    window = gui.window
    assert window.rail.item(Section.TEAM).text() == "Team"
    qtbot.keyClick(window, Qt.Key.Key_7, Qt.KeyboardModifier.ControlModifier)
    screen = window.current_screen()
    assert screen is gui.screens.lead
    # The section opens on its trends (charts), the focus on the tabs: → is the dashboard.
    assert screen.tabs.currentWidget() is screen.trends
    assert screen.tabs.tabBar().hasFocus()
    qtbot.keyClick(screen.tabs.tabBar(), Qt.Key.Key_Right)
    panel = screen.dashboard
    assert screen.tabs.currentWidget() is panel
    with team_db.reading() as s:
        expected = team_dashboard(s, resolve_actor(s, "L001"), today=TODAY)
    assert [panel.model.row_value(r) for r in range(panel.model.rowCount())] == list(
        expected.managers
    )
    assert panel.model.text(0, 0) == "赵磊 (M001)"
    assert panel.model.text(0, 1) == str(expected.managers[0].book_size)
    # Sorting is the proxy's, by the figure (not its text).
    overdue = next(i for i, c in enumerate(panel.model.columns) if c.header == "Overdue")
    panel.table.sortByColumn(overdue, Qt.SortOrder.DescendingOrder)
    top = panel.proxy.index(0, 0).data(Qt.ItemDataRole.UserRole + 1)
    assert top.overdue == max(m.overdue for m in expected.managers)
    # Drill down into the selected manager's work log.
    opened = []
    panel.open_log = opened.append
    qtbot.keyClick(screen.tabs.tabBar(), Qt.Key.Key_Tab)
    assert panel.table.hasFocus()  # Tab from the tabs: the table, on its first row
    assert panel.log_button.isEnabled()
    panel.table.setCurrentIndex(panel.proxy.index(0, 0))
    panel.log_button.click()
    assert opened == [top]


def test_the_drill_down_is_the_managers_work_log_and_timeline_read_only(make_gui, team_db):
    gui = make_gui("L001")
    lead = gui.screens.lead
    dialog = ManagerLogDialog(lead.lead, gui.ops, "M001", "赵磊", gui.window)
    assert dialog.log_model.rowCount() == 1  # the call to 张伟 on 20 Nov
    dialog.log_table.selectRow(0)
    assert dialog.timeline_model.rowCount() >= 1
    assert "张伟" in dialog.timeline_label.text()
    edit = dialog.log_table.editTriggers()
    assert edit == dialog.log_table.EditTrigger.NoEditTriggers
    assert not [b for b in dialog.findChildren(type(lead.dashboard.log_button)) if b.isVisible()]
    dialog.close()


def write_file(path: Path) -> Path:
    with path.open("w", encoding="gb18030", newline="") as f:
        w = csv.writer(f)
        w.writerow(["手机号码", "姓名", "级别"])
        w.writerow(["13800138000", "张伟", "金卡"])
        w.writerow(["13900139001", "李娜", "金卡"])  # diamond → gold
        w.writerow(["18600186002", "王芳", "银卡"])
        w.writerow(["19900199003", "刘洋", "银卡"])
        w.writerow(["13700137004", "周敏", "钻卡"])  # new
        w.writerow(["1370013700", "吴强", "银卡"])  # row 7: one digit short
        w.writerow(["13800138000", "张伟", "金卡"])  # row 8: again
    return path


def test_the_import_preview_shows_every_bad_row_and_writes_nothing(
    make_gui, team_db, tmp_path, job_errors
):
    october = tmp_path / "october.csv"
    with october.open("w", encoding="utf-8", newline="") as f:
        w = csv.writer(f)
        w.writerow(["phone", "name", "tier"])
        for phone, name, tier in [
            ("13800138000", "张伟", "gold"),
            ("13900139001", "李娜", "diamond"),
            ("18600186002", "王芳", "silver"),
            ("19900199003", "刘洋", "silver"),
        ]:
            w.writerow([phone, name, tier])
    with team_db.transaction() as s:
        import_grading(s, resolve_actor(s, "L001"), october, month="2026-10")
    gui = make_gui("L001")
    lead = gui.window.show_section(Section.TEAM)
    lead.show_tab(lead.tabs.indexOf(lead.regrading))
    panel = lead.regrading
    path = write_file(tmp_path / "grading.csv")
    panel.ask_open_path = lambda parent, title: str(path)
    with team_db.reading() as s:
        history = s.scalar(select(func.count()).select_from(TierHistory))
    assert panel.month() == "2026-11"
    panel.browse_button.click()  # choose → preview

    assert job_errors == []
    assert panel.preview is not None and panel.preview.encoding == "gb18030"
    assert [p.text() for p in panel.pills.values()] == [
        "New 1",
        "Back 0",
        "Up 0",
        "Down 1",
        "Left 0",
        "Unchanged 3",
    ]
    rows = [
        [panel.problems.text(r, c) for c in range(panel.problems.columnCount())]
        for r in range(panel.problems.rowCount())
    ]
    assert [r[:3] for r in rows] == [
        ["grading.csv", "7", "手机号码"],
        ["grading.csv", "8", "手机号码"],
    ]
    assert "11-digit" in rows[0][3] and "also on row 2" in rows[1][3]
    assert "2 bad rows." in panel.problems_label.text()
    assert panel.details.tabText(1) == "Bad rows (2)"
    assert not panel.import_button.isEnabled()  # all or nothing: not with bad rows
    with team_db.reading() as s:
        assert s.scalar(select(func.count()).select_from(GradingImport)) == 1  # October
        assert s.scalar(select(func.count()).select_from(TierHistory)) == history
        assert s.scalar(select(func.count()).select_from(Member)) == 4

    panel.skip_invalid.setChecked(True)
    assert panel.import_button.isEnabled()
    panel.import_button.click()  # asks once, naming the counts
    dialog = panel.dialog
    assert "1 new, 0 back, 0 up, 1 down, 3 unchanged, 0 left" in dialog.summary.text()
    assert dialog.import_button.isDefault() and dialog.checked is None  # under the guard
    dialog.import_button.click()
    assert job_errors == []
    with team_db.reading() as s:
        assert s.scalar(select(func.count()).select_from(GradingImport)) == 2
        new = s.scalar(select(Member).where(Member.phone == "13700137004"))
        assert new.manager_id is None
    assert "Imported grading.csv for 2026-11" in gui.window.statusBar().currentMessage()
    # The assignment preview follows; assigning gives the new member to a manager.
    assert panel.assignment is not None and panel.assignment.assigned == 1
    assert panel.placements.rowCount() == 2
    managers = {panel.placements.text(r, 0) for r in range(2)}  # names, not codes alone
    assert managers == {"赵磊 (M001)", "孙丽 (M002)"}
    panel.assign_button.click()
    with team_db.reading() as s:
        assert s.scalar(select(Member.manager_id).where(Member.phone == "13700137004")) is not None
    # A per-member reassignment by the lead.
    panel.member_edit.setText("13700137004")
    panel.manager_combo.setCurrentIndex(panel.manager_combo.findData("M002"))
    panel.reassign_button.click()
    assert job_errors == []
    with team_db.reading() as s:
        owner = s.scalar(select(Member.manager_id).where(Member.phone == "13700137004"))
        assert owner == resolve_actor(s, "M002").manager_id


def test_the_lead_approves_a_gift_from_the_queue_with_a_comment(
    make_gui, team_db, job_errors, qtbot
):
    with team_db.transaction() as s:
        lead = resolve_actor(s, "L001")
        budgets.set_team_budget(s, lead, team="T1", period="2026-11", amount_fen=100000)
        budgets.set_manager_budget(s, lead, manager="M001", period="2026-11", amount_fen=50000)
        gift, _ = gifts.request_gift(
            s,
            resolve_actor(s, "M001"),
            member_ref="13800138000",
            occasion=Occasion.BIRTHDAY,
            amount_fen=15000,
            today=TODAY,
        )
        gift_id = gift.id
    gui = make_gui("L001")
    screen = gui.window.show_section(Section.TEAM)
    qtbot.waitUntil(lambda: gui.window.rail.badge(Section.TEAM) == 1)  # the turn after
    assert screen.tabs.tabText(screen.tabs.indexOf(screen.approvals)) == "A&pprovals (1)"
    screen.show_tab(screen.tabs.indexOf(screen.approvals))
    queue = screen.approvals
    assert queue.model.rowCount() == 1 and queue.current_gift().id == gift_id
    assert not queue.approve_button.isEnabled()  # a comment first
    queue.comment.setText("生日当天送达")
    queue.approve_button.click()
    assert job_errors == []
    with team_db.reading() as s:
        row = s.get(Gift, gift_id)
        assert row.status is GiftStatus.APPROVED
        assert row.decision_comment == "生日当天送达"
        assert row.decided_by_id == resolve_actor(s, "L001").manager_id
        assert row.decided_at is not None
    assert queue.model.rowCount() == 0
    assert gui.window.rail.badge(Section.TEAM) == 0
    assert "张伟's gift approved." in gui.window.statusBar().currentMessage()


def test_the_lead_prints_the_months_review(make_gui, team_db, qtbot, monkeypatch, tmp_path):
    from PySide6.QtCore import QStandardPaths
    from PySide6.QtGui import QDesktopServices

    opened = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url.toLocalFile()))
    monkeypatch.setattr(QStandardPaths, "writableLocation", lambda location: str(tmp_path))
    gui = make_gui("L001")
    screen = gui.window.show_section(Section.TEAM)
    panel = screen.dashboard
    screen.show_tab(screen.tabs.indexOf(panel))
    qtbot.waitUntil(lambda: panel.dashboard is not None)
    panel.review_button.click()
    qtbot.waitUntil(lambda: bool(opened))
    pdf = Path(opened[0])
    assert (
        pdf.exists() and pdf.read_bytes().startswith(b"%PDF") and pdf.parent == tmp_path / "vipcrm"
    )


def test_a_tab_not_yet_shown_is_not_built_nor_loaded_until_shown(
    make_gui, team_db, qtbot, monkeypatch
):
    """Opening the Team section builds and loads only its trends (and the approvals, whose
    count is in the tab's title): the other tabs wait for their first show."""
    from vipcrm.ui.backends.team import LeadBackend
    from vipcrm.ui.screens.lead.churn import ChurnPanel
    from vipcrm.ui.screens.lead.dashboard import DashboardPanel
    from vipcrm.ui.screens.lead.screen import CHURN, DASHBOARD

    asked: list[str] = []
    for name in ("dashboard", "churn"):
        real = getattr(LeadBackend, name)
        monkeypatch.setattr(
            LeadBackend,
            name,
            lambda self, *a, _real=real, _name=name, **k: (
                asked.append(_name) or _real(self, *a, **k)
            ),
        )
    gui = make_gui("L001")
    window = gui.window
    qtbot.keyClick(window, Qt.Key.Key_7, Qt.KeyboardModifier.ControlModifier)
    screen = window.current_screen()
    qtbot.waitUntil(lambda: screen.trends.drawn)  # the trends are shown
    assert asked == []
    assert not screen.findChildren(DashboardPanel) and not screen.findChildren(ChurnPanel)
    assert not screen.built(DASHBOARD) and not screen.built(CHURN)
    assert screen.tabs.tabText(DASHBOARD) == "&Dashboard"

    qtbot.keyClick(screen.tabs.tabBar(), Qt.Key.Key_Right)  # the lead goes to the dashboard
    assert asked == ["dashboard"]
    panel = screen.tabs.currentWidget()
    assert isinstance(panel, DashboardPanel) and screen.tabs.currentIndex() == DASHBOARD
    assert panel.isVisible() and panel.model.rowCount() > 0
    assert screen.tabs.tabText(DASHBOARD) == "&Dashboard"
    assert not screen.built(CHURN)
