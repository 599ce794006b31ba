"""The sync interval in Settings (rescheduled at once) and the refused-changes list.

Refusals are local rows (outbox entries marked with the central store's answer), so they
are recorded here through the same local step a real push uses (``replica.record_push``)
with a reply written by the test: no PostgreSQL needed.
"""

from __future__ import annotations

import uuid
from datetime import UTC, datetime, timedelta

from PySide6.QtCore import Qt
from sqlalchemy import select

from tests.ui.test_sync_ui import status
from vipcrm.domain.dates import DEFAULT_TZ
from vipcrm.domain.values import Channel, Outcome
from vipcrm.services.contacts import log_contact
from vipcrm.services.context import resolve_actor
from vipcrm.services.profile import add_note
from vipcrm.store.models import Member, OutboxEntry
from vipcrm.sync import replica
from vipcrm.sync.engine import Refusal
from vipcrm.sync.protocol import OpResult, PushReply
from vipcrm.ui.settings_dialog import SettingsDialog
from vipcrm.ui.sync_backend import SyncBackend
from vipcrm.ui.sync_ui import SyncLabel

NOW = datetime(2026, 11, 22, 10, 0, tzinfo=UTC)

# --- the interval ------------------------------------------------------------------------


def test_the_settings_dialog_shows_and_saves_the_sync_interval(qtbot, settings):
    settings.sync_minutes = 15
    dialog = SettingsDialog(settings)
    qtbot.addWidget(dialog)
    assert dialog.sync_minutes.value() == 15
    dialog.sync_minutes.setValue(0)
    assert dialog.sync_minutes.text() == "only at start and on F5"
    dialog.sync_minutes.setValue(30)
    dialog._save()
    assert settings.sync_minutes == 30
    assert dialog.result() == SettingsDialog.DialogCode.Accepted


def test_changing_the_interval_in_settings_reschedules_without_a_restart(
    make_gui, settings, monkeypatch
):
    settings.sync_minutes = 10
    gui = make_gui()
    gui.start_schedules()
    jobs = gui.schedule.jobs
    chosen = {"minutes": 25}

    def exec_(dialog):  # the user types a new interval and saves
        dialog.sync_minutes.setValue(chosen["minutes"])
        dialog._save()
        return dialog.result()

    monkeypatch.setattr(SettingsDialog, "exec", exec_)
    try:
        assert jobs()["sync"].trigger.interval == timedelta(minutes=10)
        gui.open_settings()
        assert settings.sync_minutes == 25
        assert jobs()["sync"].trigger.interval == timedelta(minutes=25)
        chosen["minutes"] = 0  # only at start and F5: no periodic job
        gui.open_settings()
        assert "sync" not in jobs()
        chosen["minutes"] = 5
        gui.open_settings()
        assert jobs()["sync"].trigger.interval == timedelta(minutes=5)
    finally:
        gui.schedule.stop()


# --- refused changes -----------------------------------------------------------------------

REASON = "张伟 is not in your book any more (reassigned to M002)"


def record_refusals(db) -> dict[str, int]:
    """Two local changes refused by the 'central store', one applied; their outbox seqs."""
    with db.transaction() as s:
        m001 = resolve_actor(s, "M001")
        zhang = s.scalar(select(Member.id).where(Member.name == "张伟"))
        log_contact(
            s,
            m001,
            member_ref="13800138000",
            channel=Channel.SMS,
            outcome=Outcome.REACHED,
            at=datetime(2026, 11, 21, 2, 0, tzinfo=UTC),
        )
        add_note(s, m001, zhang, "喜欢打高尔夫")
    ops = replica.pending_ops(db, 1000)
    by_table = {op.table: op for op in ops}
    refused = {
        by_table["contact_attempts"].op_id: OpResult("refused", REASON),
        by_table["member_notes"].op_id: OpResult("overruled", "the lead removed the note"),
    }
    reply = PushReply(
        results={op.op_id: refused.get(op.op_id, OpResult("applied")) for op in ops}, rows={}
    )
    with replica.replica_transaction(db) as conn:
        replica.record_push(conn, ops, reply)
    with db.reading() as s:
        seqs = {
            e.table_name: e.seq
            for e in s.scalars(select(OutboxEntry).where(OutboxEntry.op_id.in_(refused)))
        }
    return seqs


def test_the_refusals_list_names_the_member_the_time_and_the_reason(team_db):
    seqs = record_refusals(team_db)
    backend = SyncBackend(team_db)
    rows = backend.refusals()
    assert [(r.table, r.op, r.status, r.member_name, r.reason) for r in rows] == [
        ("member_notes", "insert", "overruled", "张伟", "the lead removed the note"),
        ("contact_attempts", "insert", "refused", "张伟", REASON),
    ]
    assert {r.seq for r in rows} == set(seqs.values())
    assert all(r.sent_at is not None for r in rows)
    assert len(backend.status().refusals) == 2

    backend.dismiss_refusals([seqs["member_notes"]])
    assert [r.table for r in backend.refusals()] == ["contact_attempts"]
    assert [r.seq for r in backend.status().refusals] == [seqs["contact_attempts"]]
    # the outbox entries themselves are untouched (dismissing only hides them)
    with team_db.reading() as s:
        assert s.get(OutboxEntry, seqs["member_notes"]).result.startswith('{"status": "overruled"')


def test_the_label_counts_refusals_and_a_click_opens_them(qtbot):
    label = SyncLabel()
    qtbot.addWidget(label)
    refusal = Refusal(7, "gifts", uuid.UUID(int=1), "update", "refused", "x", NOW)
    label.show_state(status(refusals=(refusal,)), now=NOW)
    assert label.text() == "Synced 09:05 · 0 changes waiting · 1 refused"
    assert "Click to see the refused changes" in label.toolTip()


def test_refused_changes_can_be_read_and_dismissed_in_the_window(make_gui, team_db, qtbot):
    seqs = record_refusals(team_db)
    gui = make_gui()
    gui.sync.refresh()
    assert len(gui.sync.status.refusals) == 2
    assert gui.sync.refusals_action in gui.window.sync_label.actions()  # its context menu
    qtbot.mouseClick(gui.window.sync_label, Qt.MouseButton.LeftButton)
    dialog = gui.sync.refusals_dialog
    assert dialog is not None and dialog.isVisible()
    model = dialog.model
    table = [[model.item(r, c).text() for c in range(5)] for r in range(model.rowCount())]
    sent = [r.sent_at.astimezone(DEFAULT_TZ) for r in dialog.rows]
    assert [row[0] for row in table] == [  # the locale's date and the local time
        f"{d.month}/{d.day}/{d.year} {d:%H:%M}" for d in sent
    ]
    assert [row[1:] for row in table] == [
        ["new note", "张伟", "overruled", "the lead removed the note"],
        ["new contact", "张伟", "refused", REASON],
    ]
    assert not dialog.dismiss.isEnabled() and dialog.dismiss_all.isEnabled()

    dialog.table.selectRow(1)
    assert dialog.selected_seqs() == [seqs["contact_attempts"]]
    dialog.dismiss.click()
    assert [r.table for r in dialog.rows] == ["member_notes"]
    assert len(gui.sync.status.refusals) == 1  # the status bar's count followed

    dialog.dismiss_all.click()
    assert dialog.rows == [] and dialog.empty.isVisibleTo(dialog)
    assert gui.sync.status.refusals == ()
    dialog.close()


def test_the_status_reads_refusals_again_only_after_a_push(team_db, monkeypatch):
    """The status bar re-reads after every local change; the refusal scan of the sent
    outbox runs again only once a push has marked entries sent."""
    from vipcrm.sync import engine

    backend = SyncBackend(team_db)
    scans = []
    real = engine.refusals
    monkeypatch.setattr(engine, "refusals", lambda db, **kw: scans.append(1) or real(db, **kw))
    assert backend.status().refusals == () and len(scans) == 1
    with team_db.transaction() as s:  # a local change, nothing sent
        zhang = s.scalar(select(Member.id).where(Member.name == "张伟"))
        add_note(s, resolve_actor(s, "M001"), zhang, "本地备注")
    assert backend.status().refusals == () and len(scans) == 1
    record_refusals(team_db)  # a push came back with two refusals
    assert len(backend.status().refusals) == 2 and len(scans) == 2
    assert len(backend.status().refusals) == 2 and len(scans) == 2
