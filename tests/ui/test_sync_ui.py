"""Sync in the window without a central store: the label's states, Sync now, the schedule."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from PySide6.QtCore import Qt

from vipcrm.sync.engine import SyncStatus
from vipcrm.ui.sync_ui import SyncLabel

NOW = datetime(2026, 11, 22, 10, 0, tzinfo=UTC)


def status(**kw) -> SyncStatus:
    values = dict(
        connected=True,
        target="db.example.cn/vipcrm",
        user="M001",
        last_sync_at=datetime(2026, 11, 22, 1, 5, tzinfo=UTC),  # 09:05 in Shanghai
        last_error=None,
        pending=0,
        unresolved_conflicts=0,
        refusals=(),
        initial_done=True,
    )
    values.update(kw)
    return SyncStatus(**values)


def test_a_laptop_that_is_not_connected_says_local_only(make_gui, message_boxes, job_errors):
    gui = make_gui()
    assert gui.sync.status is not None and not gui.sync.status.connected
    assert gui.window.sync_label.text() == "Local only (not synchronised)"
    gui.window.sync_action.trigger()  # Sync now: nothing to sync with, nothing pops up
    assert gui.sync.last_outcome is not None and gui.sync.last_outcome.not_connected
    assert not gui.sync.running
    assert gui.window.sync_label.text() == "Local only (not synchronised)"
    assert "Nothing to sync: this laptop is not connected" in (
        gui.window.statusBar().currentMessage()
    )  # F5 answers, without a box
    assert message_boxes == [] and job_errors == []


def test_sync_now_has_f5_and_ctrl_r(make_gui):
    gui = make_gui()
    keys = {s.toString() for s in gui.window.sync_action.shortcuts()}
    assert keys == {"F5", "Ctrl+R"}


def test_the_label_shows_last_sync_waiting_changes_and_conflicts(qtbot):
    label = SyncLabel()
    qtbot.addWidget(label)
    label.show_state(status(pending=3), now=NOW)
    assert label.text() == "Synced 09:05 · 3 changes waiting"
    assert "Click to sync now" in label.toolTip()
    label.show_state(status(pending=1, unresolved_conflicts=2), now=NOW)
    assert label.text() == "Synced 09:05 · 1 change waiting · 2 conflicts to resolve"
    assert "resolve the conflicts" in label.toolTip()
    label.show_state(status(last_sync_at=None), now=NOW)
    assert label.text().startswith("Not synchronised yet")
    label.show_state(status(), running=True, now=NOW)
    assert label.text().startswith("Synchronising")


def test_offline_shows_in_the_label_with_the_error_in_its_tooltip(qtbot):
    label = SyncLabel()
    qtbot.addWidget(label)
    error = "the central store db.example.cn cannot be reached: timeout"
    label.show_state(status(last_error=error, pending=4), offline=True, now=NOW)
    assert label.text() == "Offline · 4 changes waiting"
    assert error in label.toolTip()
    label.show_state(status(last_error="version skew"), now=NOW)
    assert label.text().startswith("Sync failed")


def test_a_click_on_the_label_with_conflicts_opens_the_conflicts_view(make_gui, qtbot):
    gui = make_gui()
    gui.sync._show(status(unresolved_conflicts=1))
    qtbot.mouseClick(gui.window.sync_label, Qt.MouseButton.LeftButton)
    dialog = gui.sync.dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.rows == [] and not dialog.keep_mine.isEnabled()  # none stored locally
    dialog.close()


def test_the_schedule_uses_the_typed_interval(make_gui, settings):
    settings.sync_minutes = 15
    gui = make_gui()
    gui.start_schedules()
    try:
        job = gui.schedule.jobs()["sync"]
        assert job.trigger.interval == timedelta(minutes=15)  # the setting, not a speed
        settings.sync_minutes = 0
        gui.add_jobs()
        assert "sync" not in gui.schedule.jobs()
    finally:
        gui.schedule.stop()


def test_the_latest_sync_error_shows_in_the_window_language(qtbot, qapp):
    """The database keeps the English text; the tooltip shows the raised sentence translated."""
    from vipcrm.domain.errors import msg
    from vipcrm.sync.pgconn import CentralUnreachable
    from vipcrm.ui import i18n
    from vipcrm.ui.sync_backend import error_sentence

    raised = CentralUnreachable(
        msg(
            "the central store {target} cannot be reached: {reason}",
            target="db.example.cn",
            reason="timeout",
        )
    )
    sentence = error_sentence(raised)
    recorded = str(sentence)  # what engine.record_error stores
    label = SyncLabel()
    qtbot.addWidget(label)
    installed = i18n.install_translators(qapp, "zh_CN")
    try:
        label.latest_error = sentence
        label.show_state(status(last_error=recorded), offline=True, now=NOW)
        assert "db.example.cn" in label.toolTip() and recorded not in label.toolTip()
        label.latest_error = None  # an error recorded by an earlier run: as it was stored
        label.show_state(status(last_error=recorded), offline=True, now=NOW)
        assert recorded in label.toolTip()
    finally:
        i18n.remove_translators(qapp, installed)
        i18n.install_translators(qapp, "en")


def test_the_label_tells_of_the_last_check_against_the_central_store(qtbot):
    from vipcrm.sync.engine import CheckState

    label = SyncLabel()
    qtbot.addWidget(label)
    at = datetime(2026, 11, 22, 1, 6, tzinfo=UTC)
    label.show_state(status(last_check=CheckState(at, True, 0, ())), now=NOW)
    assert label.text() == "Synced 09:05 · 0 changes waiting"
    assert "Checked against the central store" in label.toolTip() and ": equal" in label.toolTip()
    repaired = CheckState(at, True, 78, ("contact_attempts", "member_notes"))
    label.show_state(status(last_check=repaired), now=NOW)
    assert label.text().endswith(" · 78 rows repaired")
    assert "78 row(s) differed (contact_attempts, member_notes) and were repaired" in (
        label.toolTip()
    )
    label.show_state(status(last_check=CheckState(at, False, 3, ("members",))), now=NOW)
    assert label.text().endswith(" · differs from the central store")
    assert "vipcrm sync --fresh" in label.toolTip()
