"""A central store that accepts the connection and never answers: the sync waits on its own
worker, the window stays responsive and the screens' reads are served meanwhile."""

from __future__ import annotations

import socket
import threading

from PySide6.QtCore import QTimer

from vipcrm import keyring_store
from vipcrm.store.models import LocalSetting
from vipcrm.sync.link import DSN_KEY, LOGIN_KEY, USER_KEY, make_link
from vipcrm.ui.runner import BackgroundRunner, NetworkRunner


class SilentServer:
    """A TCP socket that accepts every connection and never sends a byte."""

    def __init__(self) -> None:
        self.sock = socket.create_server(("127.0.0.1", 0))
        self.port = self.sock.getsockname()[1]
        self.accepted: list[socket.socket] = []
        self._thread = threading.Thread(target=self._accept, daemon=True)
        self._thread.start()

    def _accept(self) -> None:
        while True:
            try:
                conn, _ = self.sock.accept()
            except OSError:  # closed
                return
            self.accepted.append(conn)

    def close(self) -> None:
        self.sock.close()
        for conn in self.accepted:
            conn.close()


def link_to(db, port: int) -> None:
    """This laptop, linked to the silent server as M001 (as ``vipcrm connect`` leaves it)."""
    link = make_link(f"host=127.0.0.1 port={port} dbname=central connect_timeout=60", "M001")
    keyring_store.set_password(link.keyring_key, "secret")
    with db.transaction() as s:
        for key, value in ((DSN_KEY, link.dsn), (LOGIN_KEY, link.login), (USER_KEY, link.user)):
            s.add(LocalSetting(key=key, value=value))


def test_a_hung_central_store_leaves_the_window_responsive_and_reads_served(
    team_db, settings, qtbot, job_errors, message_boxes
):
    from vipcrm.app import build_gui

    server = SilentServer()
    link_to(team_db, server.port)
    network = NetworkRunner(wait_seconds=0.5)
    gui = build_gui(
        team_db,
        settings,
        user="M001",
        language="en",
        runner=BackgroundRunner(on_error=job_errors.append),
        network=network,
    )
    assert gui is not None
    qtbot.addWidget(gui.window)
    gui.window.show()
    try:
        qtbot.waitUntil(lambda: gui.sync.status is not None and gui.sync.status.connected)
        gui.sync.sync_now()
        qtbot.waitUntil(lambda: bool(server.accepted), timeout=10_000)  # connecting, and hanging
        assert gui.sync.running
        assert gui.window.sync_label.text().startswith("Synchronising")
        # the screens' reads go on: what is due is read while the sync waits
        due: list = []
        gui.ops.read(lambda: gui.backends.today.due(horizon_days=7), due.append)
        qtbot.waitUntil(lambda: bool(due), timeout=10_000)
        assert due[0].items and gui.sync.running
        # and the window answers: the GUI thread runs its events, Today refreshes
        ticked: list[int] = []
        QTimer.singleShot(0, lambda: ticked.append(1))
        qtbot.waitUntil(lambda: bool(ticked), timeout=2_000)
        with qtbot.waitSignal(gui.screens.today.loaded, timeout=10_000):
            gui.screens.today.refresh()
        assert gui.sync.running and not network.wait(0)
        # the store goes away: the sync ends as a visible failure, nothing pops up
        server.close()
        qtbot.waitUntil(lambda: not gui.sync.running, timeout=30_000)
        assert gui.sync.last_outcome.error and gui.sync.last_outcome.report is None
    finally:
        server.close()
        gui.schedule.stop()
        gui.digest.stop()
        gui.close()
    assert message_boxes == [] and job_errors == []
