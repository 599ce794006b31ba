"""Fixtures for the GUI tests: a small team with members, settings in a temp file; the
demo data set and the whole GUI over it in a language."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from collections.abc import Callable, Iterator  # noqa: E402
from datetime import UTC, date, datetime  # noqa: E402
from pathlib import Path  # noqa: E402

import pytest  # noqa: E402

from vipcrm.domain.actor import Actor
from vipcrm.domain.values import Channel, Outcome, Role, Tier  # noqa: E402
from vipcrm.services.contacts import log_contact  # noqa: E402
from vipcrm.services.context import resolve_actor  # noqa: E402
from vipcrm.services.directory import add_manager  # noqa: E402
from vipcrm.services.members import NewMember, add_member  # noqa: E402
from vipcrm.store.db import Database, open_database  # noqa: E402
from vipcrm.ui.member_source import MemberSource  # noqa: E402
from vipcrm.ui.settings import AppSettings  # noqa: E402

TODAY = date(2026, 11, 22)
# A contact at 23:30 Beijing time on 20 Nov is 15:30 UTC: the local date is what shows.
REACHED_AT = datetime(2026, 11, 20, 15, 30, tzinfo=UTC)

MEMBERS = [  # phone, name, tier, manager
    ("13800138000", "张伟", Tier.GOLD, "M001"),
    ("13900139001", "李娜", Tier.DIAMOND, "M001"),
    ("18600186002", "王芳", Tier.SILVER, "M002"),
    ("19900199003", "刘洋", Tier.SILVER, "M002"),
]


def build_team(db: Database) -> None:
    """A lead L001 with managers M001 and M002 in team T1."""
    with db.transaction() as s:
        boot = resolve_actor(s, "nobody")
        add_manager(s, boot, code="L001", name="陈静", team="T1", role=Role.LEAD)
        add_manager(s, boot, code="M001", name="赵磊", team="T1", role=Role.MANAGER)
        add_manager(s, boot, code="M002", name="孙丽", team="T1", role=Role.MANAGER)


def add_members(db: Database, members: list[tuple[str, str, Tier, str | None]]) -> None:
    with db.transaction() as s:
        actor = resolve_actor(s, "L001")
        for phone, name, tier, manager in members:
            add_member(
                s, actor, NewMember(phone=phone, name=name, tier=tier, manager=manager), TODAY
            )


def actor_for(db: Database, code: str) -> Actor:
    with db.reading() as s:
        return resolve_actor(s, code)


@pytest.fixture
def team_db(tmp_path: Path) -> Iterator[Database]:
    database = open_database(tmp_path / "ui.db")
    build_team(database)
    add_members(database, MEMBERS)
    with database.transaction() as s:
        log_contact(
            s,
            resolve_actor(s, "M001"),
            member_ref="13800138000",
            channel=Channel.PHONE,
            outcome=Outcome.REACHED,
            at=REACHED_AT,
        )
    yield database
    database.dispose()


@pytest.fixture
def lead_source(team_db: Database) -> MemberSource:
    team_db.actor = actor_for(team_db, "L001")
    return MemberSource(team_db)


@pytest.fixture
def settings(tmp_path: Path) -> AppSettings:
    return AppSettings.in_file(str(tmp_path / "settings.ini"))


@pytest.fixture
def make_phone() -> Callable[[int], str]:
    """Distinct valid mobile numbers: 139 plus eight digits."""
    return lambda n: f"139{n:08d}"


@pytest.fixture(autouse=True, scope="session")
def english(qapp):
    """The GUI in English, as with --lang en (the .qm is built into the temp cache)."""
    from vipcrm.ui.i18n import install_translators, remove_translators

    translators = install_translators(qapp, "en")
    yield translators
    remove_translators(qapp, translators)


@pytest.fixture(autouse=True)
def message_boxes(monkeypatch):
    """Modal message boxes would block an offscreen test: record them instead."""
    from PySide6.QtWidgets import QMessageBox

    shown: list[tuple[str, str]] = []

    def record(kind):
        def box(*args, **kwargs):
            shown.append((kind, str(args[2]) if len(args) > 2 else ""))
            return QMessageBox.StandardButton.Ok

        return box

    for kind in ("warning", "critical", "information"):
        monkeypatch.setattr(QMessageBox, kind, record(kind))
    return shown


@pytest.fixture
def job_errors() -> list[BaseException]:
    return []


@pytest.fixture
def make_gui(team_db, tmp_path, settings, qtbot, job_errors):
    """The whole GUI (as vipcrm.app builds it) on the team database, jobs run inline.

    A second window (another user at the same time) opens the file again, as a second
    app would: a window's user is its ``Database``'s one acting user."""
    from vipcrm.app import build_gui
    from vipcrm.ui.runner import SyncRunner

    built = []
    opened: list[Database] = []

    def make(user: str = "M001", today: date = TODAY):
        db = team_db
        if built:
            db = open_database(tmp_path / "ui.db")
            opened.append(db)
        gui = build_gui(
            db,
            settings,
            user=user,
            runner=SyncRunner(on_error=job_errors.append),
            language="en",
            today=lambda: today,
        )
        assert gui is not None
        qtbot.addWidget(gui.window)
        gui.window.show()
        gui.window.windowHandle().requestActivate()  # shortcuts need an active window
        qtbot.waitUntil(lambda: gui.window.isActiveWindow())
        built.append(gui)
        return gui

    yield make
    for gui in built:
        gui.schedule.stop()
        gui.digest.stop()
    for db in opened:
        db.dispose()


# A Monday on which M001's demo book has every kind of work the guide walks through: calls,
# weekly SMS, a birthday gift to prepare (a gold member's birthday on 2 July), card items.
DEMO_TODAY = date(2026, 6, 29)


@pytest.fixture
def demo_db(tmp_path):
    from vipcrm.services.demo import DemoOptions, generate_demo

    database = open_database(tmp_path / "demo.db")
    generate_demo(database, DemoOptions(today=DEMO_TODAY))  # 5 managers, 200 members
    yield database
    database.dispose()


@pytest.fixture
def language(request, qapp):
    """The interface language of a test (the session runs in English): zh_CN is loaded
    on top of it, as ``vipcrm --lang zh_CN`` would, and taken off afterwards."""
    from vipcrm.ui import i18n

    lang = getattr(request, "param", "zh_CN")
    installed = i18n.install_translators(qapp, lang) if lang != "en" else []
    yield lang
    i18n.remove_translators(qapp, installed)
    from PySide6.QtCore import QLocale

    QLocale.setDefault(QLocale("en_US"))


@pytest.fixture
def make_demo_gui(demo_db, settings, qtbot, job_errors, language):
    """The whole GUI over the demo database in ``language``; jobs run inline."""
    from vipcrm.app import build_gui
    from vipcrm.ui.runner import SyncRunner

    built = []

    def make(user: str = "M001"):
        gui = build_gui(
            demo_db,
            settings,
            user=user,
            runner=SyncRunner(on_error=job_errors.append),
            language=language,
            today=lambda: DEMO_TODAY,
        )
        assert gui is not None
        qtbot.addWidget(gui.window)
        gui.window.resize(1180, 720)
        gui.window.show()
        gui.window.windowHandle().requestActivate()  # shortcuts need an active window
        qtbot.waitUntil(lambda: gui.window.isActiveWindow())
        built.append(gui)
        return gui

    yield make
    for gui in built:
        gui.schedule.stop()
        gui.digest.stop()
