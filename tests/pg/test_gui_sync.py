"""The window's sync against a real central store: Sync now, the label, the Conflicts view."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402

from vipcrm.services.profile import ProfileEdit, load_profile, update_profile  # noqa: E402
from vipcrm.store.models import Member  # noqa: E402

PHONE = "13800000001"


@pytest.fixture(autouse=True)
def message_boxes(monkeypatch):
    """Nothing modal may pop up during a sync: record any message box instead."""
    from PySide6.QtWidgets import QMessageBox

    shown: list[str] = []
    for kind in ("warning", "critical", "information"):
        monkeypatch.setattr(
            QMessageBox, kind, lambda *a, k=kind, **kw: shown.append(k) or QMessageBox.Ok
        )
    return shown


@pytest.fixture
def make_gui(tmp_path, qtbot):
    """The whole GUI (as vipcrm.app builds it) on a laptop's database, jobs run inline."""
    from vipcrm.app import build_gui
    from vipcrm.ui.runner import SyncRunner
    from vipcrm.ui.settings import AppSettings

    built = []
    errors: list[BaseException] = []

    def make(laptop):
        settings = AppSettings.in_file(str(tmp_path / f"settings-{len(built)}.ini"))
        gui = build_gui(
            laptop.db, settings, user=laptop.code, runner=SyncRunner(on_error=errors.append)
        )
        assert gui is not None
        qtbot.addWidget(gui.window)
        built.append(gui)
        return gui

    make.errors = errors
    yield make
    for gui in built:
        gui.digest.stop()
        gui.schedule.stop()
    assert errors == []


def _edit(laptop, **fields):
    with laptop.work() as (s, actor):
        member = s.query(Member).filter_by(phone=PHONE).one()
        p = load_profile(s, actor, member.id)
        edit = dict(
            name=p.name,
            landline=p.landline,
            address=p.address,
            important=p.important,
            notes=p.notes,
        )
        edit.update(fields)
        update_profile(s, actor, member.id, ProfileEdit(**edit))


def _local_notes(laptop):
    with laptop.db.reading() as s:
        return s.query(Member).filter_by(phone=PHONE).one().notes


def test_sync_now_sends_a_change_and_the_label_shows_nothing_waiting(
    org, laptops, make_gui, message_boxes
):
    org.add_member(PHONE, "A", name="张伟")
    a = laptops("A")
    a.sync()
    _edit(a, notes="周末不打扰")
    gui = make_gui(a)
    assert gui.sync.status.connected and gui.sync.status.pending == 1
    assert "1 change" in gui.window.sync_label.text()

    changed = []
    gui.hub.changed.connect(changed.append)
    gui.window.sync_action.trigger()  # F5 / Ctrl+R

    assert org.one("SELECT notes FROM members WHERE phone = %s", (PHONE,)) == "周末不打扰"
    assert gui.sync.last_outcome.report is not None and gui.sync.last_outcome.report.pushed == 1
    assert gui.sync.status.pending == 0 and gui.sync.status.last_error is None
    label = gui.window.sync_label.text()
    assert label.startswith("Synced ") and " 0 change" in label
    assert "conflict" not in label
    assert message_boxes == []


def test_a_pull_refreshes_every_screen(org, laptops, make_gui):
    a = laptops("A")
    a.sync()
    gui = make_gui(a)
    org.add_member(PHONE, "A", name="张伟")  # arrives from the central store
    changed = []
    gui.hub.changed.connect(changed.append)
    gui.sync.sync_now()
    assert any(c.everything for c in changed)
    assert gui.model.rowCount() == 1


def test_offline_shows_in_the_label_and_nothing_pops_up(
    org, laptops, make_gui, message_boxes, monkeypatch
):
    import socket

    from psycopg.conninfo import make_conninfo

    from vipcrm.sync import link

    org.add_member(PHONE, "A", name="张伟")
    a = laptops("A")
    a.sync()
    _edit(a, notes="离线时的备注")
    gui = make_gui(a)
    with socket.socket() as s:  # a port nobody listens on: the central store is away
        s.bind(("127.0.0.1", 0))
        closed = s.getsockname()[1]
    real = link.require_link

    def away(db):
        linked = real(db)
        dsn = make_conninfo(linked.dsn, host="127.0.0.1", port=str(closed))
        return link.CentralLink(dsn, linked.login, linked.user)

    monkeypatch.setattr(link, "require_link", away)
    monkeypatch.setattr(link, "password_for", lambda linked: "unused")
    gui.window.sync_action.trigger()
    assert gui.sync.last_outcome.offline
    text = gui.window.sync_label.text()
    assert text.startswith("Offline") and "1 change" in text
    assert "Last error" in gui.window.sync_label.toolTip()
    assert message_boxes == []


def test_a_conflict_shows_in_the_conflicts_view_and_keep_mine_resolves_it(
    org, laptops, make_gui, message_boxes
):
    org.add_member(PHONE, "A", name="张伟")
    a, lead = laptops("A"), laptops("L1")
    a.sync(), lead.sync()
    _edit(a, notes="A 的备注")
    _edit(lead, notes="L1 的备注")
    a.sync()  # first to reach the central store: its value stands
    gui = make_gui(lead)
    gui.window.sync_action.trigger()
    assert gui.sync.status.unresolved_conflicts == 1
    assert "1 conflict" in gui.window.sync_label.text()
    assert _local_notes(lead) == "A 的备注"

    gui.window.conflicts_action.trigger()
    dialog = gui.sync.dialog
    assert dialog.isVisible() and len(dialog.rows) == 1
    row = [dialog.model.item(0, c).text() for c in range(5)]
    assert "张伟" in row[0] and row[1:4] == ["Notes", "L1 的备注", "A 的备注"]
    dialog.select_conflict(dialog.rows[0].id)
    dialog.keep_mine.click()

    assert dialog.rows == [] and dialog.empty.isVisibleTo(dialog)
    assert _local_notes(lead) == "L1 的备注"
    assert gui.sync.status.unresolved_conflicts == 0 and gui.sync.status.pending == 1
    assert "conflict" not in gui.window.sync_label.text()
    gui.window.sync_action.trigger()  # mine goes to the central store, without a new conflict
    assert org.one("SELECT notes FROM members WHERE phone = %s", (PHONE,)) == "L1 的备注"
    assert gui.sync.status.unresolved_conflicts == 0 and gui.sync.status.pending == 0
    assert message_boxes == []


def test_the_app_checks_at_start_and_every_n_syncs_and_repairs_what_differs(
    org, laptops, make_gui, message_boxes, caplog
):
    import logging
    import re
    import sqlite3

    member = org.add_member(PHONE, "A", name="张伟")
    contact = org.add_contact(member, "A")
    a = laptops("A")
    a.sync()

    def lose_the_contact():  # what a skipped page would leave, with nothing to show for it
        conn = sqlite3.connect(a.path)
        conn.execute("DELETE FROM contact_attempts WHERE id = ?", (contact.hex,))
        conn.commit()
        conn.close()

    lose_the_contact()
    gui = make_gui(a)
    gui.settings.verify_every = 2
    caplog.set_level(logging.INFO, logger="vipcrm.ui.sync_backend")
    gui.window.sync_action.trigger()  # the first sync since the start: checked, repaired
    check = gui.sync.last_outcome.check
    assert check is not None and check.equal and check.repaired == 1
    assert a.count("contact_attempts") == 1
    assert re.search(r"1 row(\(s\))? repaired", gui.window.sync_label.text())
    assert "differed (contact_attempts) and were repaired" in gui.window.sync_label.toolTip()
    assert any(
        "differed from the central store in contact_attempts" in r.getMessage()
        for r in caplog.records
    )

    lose_the_contact()
    gui.window.sync_action.trigger()  # one sync since the check: not due
    assert gui.sync.last_outcome.check is None and a.count("contact_attempts") == 0
    gui.window.sync_action.trigger()  # the second: due again
    assert gui.sync.last_outcome.check.repaired == 1 and a.count("contact_attempts") == 1
    gui.window.sync_action.trigger()
    gui.window.sync_action.trigger()  # checked, equal: the label says nothing more
    assert gui.sync.last_outcome.check.found == []
    assert "repaired" not in gui.window.sync_label.text()
    assert "Checked against the central store" in gui.window.sync_label.toolTip()
    assert message_boxes == []
