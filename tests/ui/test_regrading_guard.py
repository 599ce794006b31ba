"""Team → Re-grading on demo data (200 members), as a lead uses it (issue 17).

The project's 5-row sample would empty every book: the preview says so, Import asks with
the counts and a sample of names per manager, Enter cancels, and only a tick plus a click
on the (non-default) button imports. What was applied stays on screen with its members
and Undo, which brings every member back as they were. Members nobody serves are shown
with a count and assigned in one step; a long import can be cancelled, writing nothing.
"""

from __future__ import annotations

import sqlite3
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from tests.cli.test_regrading_guard_undo import book
from vipcrm.domain.values import TierChange
from vipcrm.services.demo import DemoOptions, generate_demo
from vipcrm.store.db import open_database
from vipcrm.ui.labels import tier_change_label
from vipcrm.ui.screens.base import Section

SAMPLE = Path(__file__).resolve().parents[2] / "docs" / "samples" / "grading-2026-12.csv"
DAY = date(2026, 12, 3)


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("demo") / "demo.db"
    db = open_database(path)
    generate_demo(db, DemoOptions(members=200, today=date(2026, 11, 22)))
    db.dispose()
    return path


@pytest.fixture
def demo_gui(demo_file, tmp_path, settings, qtbot, job_errors):
    from vipcrm.app import build_gui
    from vipcrm.ui.runner import SyncRunner

    path = tmp_path / "demo.db"
    path.write_bytes(demo_file.read_bytes())
    db = open_database(path)
    gui = build_gui(
        db,
        settings,
        user="L01",
        runner=SyncRunner(on_error=job_errors.append),
        language="en",
        today=lambda: DAY,
    )
    qtbot.addWidget(gui.window)
    gui.window.show()
    lead = gui.window.show_section(Section.TEAM)
    lead.show_tab(lead.tabs.indexOf(lead.regrading))
    yield gui, lead.regrading, path
    gui.schedule.stop()
    gui.digest.stop()
    db.dispose()


def count(path: Path, sql: str) -> int:
    con = sqlite3.connect(path)
    try:
        return con.execute(sql).fetchone()[0]
    finally:
        con.close()


def test_the_sample_is_refused_by_default_and_undo_brings_all_200_back(demo_gui, job_errors, qtbot):
    gui, panel, path = demo_gui
    before = book(path)
    # the demo's year of re-gradings: October's is the latest
    latest = "2026-10: 升降级202610.csv, imported by A001"
    assert latest in panel.applied_label.text()
    panel.ask_open_path = lambda parent, title: str(SAMPLE)
    assert panel.month() == "2026-12"
    panel.browse_button.click()  # choose → preview
    assert job_errors == []
    assert panel.pills["left"].text() == "Left 200" and panel.pills["new"].text() == "New 5"
    assert "200 of the 200 members (100 %) would be marked as left" in panel.notice.text()
    assert panel.changes.rowCount() == 205  # every member it would change, listed
    assert panel.changes.text(0, 0) == "Left"

    panel.import_button.click()
    dialog = panel.dialog
    assert dialog.isVisible() and "5 new, 0 back, 0 up, 0 down, 0 unchanged, 200 left" in (
        dialog.summary.text()
    )
    # who would leave, per manager, with names
    assert dialog.leavers.rowCount() == 5
    assert dialog.leavers.text(0, 1) == "40 of 40" and dialog.leavers.text(0, 2)
    assert dialog.cancel_button.isDefault() and not dialog.import_button.isDefault()
    assert not dialog.import_button.isEnabled()
    QTest.keyClick(dialog, Qt.Key.Key_Return)  # Enter: the default button cancels
    assert not dialog.isVisible()
    assert book(path) == before

    panel.import_button.click()
    dialog = panel.dialog
    dialog.checked.setChecked(True)
    assert dialog.import_button.isEnabled()
    assert dialog.import_button.text() == "Import and mark 200 as left"
    dialog.import_button.click()
    assert job_errors == []
    assert count(path, "SELECT count(*) FROM members WHERE status = 'active'") == 5
    # What was applied stays on screen, with its members.
    applied = panel.applied_label.text()
    assert "2026-12: grading-2026-12.csv, imported by L01" in applied
    assert "5 new, 0 back, 0 up, 0 down, 0 unchanged, 200 left" in applied
    panel.members_button.click()
    assert panel.dialog.model.rowCount() == 205
    assert panel.dialog.model.text(0, 0) == tier_change_label(TierChange.LEFT)  # leavers first
    panel.dialog.close()
    # Five new members wait for a manager.
    assert panel.unassigned_label.text().startswith("5 members wait for a manager")

    panel.undo_button.click()
    dialog = panel.dialog
    assert "200 member(s) get back what they had before it; 5 member(s) it added are removed" in (
        dialog.summary.text()
    )
    assert dialog.cancel_button.isDefault()
    dialog.undo_button.click()
    assert job_errors == []
    assert book(path) == before  # tiers, owners, statuses: field by field
    assert latest in panel.applied_label.text()  # October's is in force again
    assert "Undone: the import of grading-2026-12.csv for 2026-12" in panel.notice.text()


def test_waiting_members_are_counted_and_assigned_in_one_step(demo_gui, tmp_path, job_errors):
    _gui, panel, path = demo_gui
    con = sqlite3.connect(path)
    phones = [r[0] for r in con.execute("SELECT phone FROM members ORDER BY phone")]
    con.close()
    nov = tmp_path / "nov.csv"
    nov.write_text(
        "手机号码,姓名,级别\n"
        + "".join(f"{p},会员,金卡\n" for p in phones)
        + "13512345671,甲,银卡\n",
        encoding="utf-8",
    )
    panel.month_edit.setText("2026-11")
    panel.file_edit.setText(str(nov))
    panel.preview_button.click()
    panel.import_button.click()
    panel.dialog.import_button.click()  # one new member in November, never assigned
    assert job_errors == []
    panel.month_edit.setText("2026-12")
    panel.refresh()
    assert panel.unassigned_label.text() == (
        "1 member waits for a manager (1 joined before 2026-12)."
    )
    assert panel.unassigned.text(0, 0) == "13512345671" and panel.unassigned.text(0, 3) == "2026-11"
    panel.assign_all_button.click()
    assert job_errors == []
    assert panel.unassigned_label.text() == "Every member has a manager."
    assert count(path, "SELECT count(*) FROM members WHERE manager_id IS NULL") == 0


def test_cancel_while_importing_writes_nothing(demo_gui, job_errors):
    _gui, panel, path = demo_gui
    before = book(path)
    panel.file_edit.setText(str(SAMPLE))
    panel.preview_button.click()
    panel.import_button.click()
    panel.dialog.checked.setChecked(True)
    seen: list[str] = []

    def press_cancel(done: int, total: int) -> None:  # the user clicks Cancel as it goes
        seen.append(panel.phase_label.text())
        if panel.cancel_button.isVisible() and panel.cancel_button.isEnabled():
            panel.cancel_button.click()

    panel.ops.runner.progress.connect(press_cancel)
    panel.dialog.import_button.click()
    assert job_errors == []
    assert seen and "Cancelled: nothing was written." in panel.notice.text()
    assert book(path) == before
    assert not panel.cancel_button.isVisible() and panel.import_button.isEnabled()
