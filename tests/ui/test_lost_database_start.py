"""The window's start on a connected laptop whose database is gone, or is damaged."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from vipcrm.app import open_or_explain
from vipcrm.store import known_links
from vipcrm.store.known_links import KnownLink
from vipcrm.sync.link import load_link

LINK = KnownLink(
    dsn="host=db.example.cn port=5432 dbname=vipcrm user=m001",
    login="m001",
    user="M001",
    target="db.example.cn:5432/vipcrm",
)


def _answer(button_text: str, seen: list[str]) -> None:
    """Click a button of the message box once it shows (as a person would)."""

    def click() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        seen.append(box.text())
        (button,) = [b for b in box.buttons() if b.text() == button_text]
        button.click()

    QTimer.singleShot(0, click)


def test_a_missing_database_offers_a_fresh_copy_and_makes_nothing_unasked(qapp, tmp_path):
    path = tmp_path / "vipcrm.db"
    known_links.remember(path, LINK)
    seen: list[str] = []
    _answer("Quit", seen)
    assert open_or_explain(path) is None
    assert "is missing" in seen[0] and "db.example.cn:5432/vipcrm" in seen[0]
    assert not path.exists()

    _answer("Fresh copy from the central store", seen)
    db = open_or_explain(path)
    try:
        assert db is not None and path.exists()
        link = load_link(db)
        assert (link.dsn, link.login, link.user) == (LINK.dsn, LINK.login, LINK.user)
    finally:
        db.dispose()


def test_a_damaged_database_names_the_backup_to_restore(qapp, tmp_path, monkeypatch):
    from vipcrm.services.backup import db_file, make_backup
    from vipcrm.store.db import open_database

    path = tmp_path / "vipcrm.db"
    open_database(path).dispose()
    good = make_backup(db_file(f"sqlite:///{path}"))
    with path.open("r+b") as f:
        f.write(b"\x00" * 4096)
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda parent, title, text: shown.append(text))
    assert open_or_explain(path) is None
    assert "damaged" in shown[0] and f"vipcrm restore {good.path}" in shown[0]
