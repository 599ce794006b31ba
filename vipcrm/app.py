"""The composition root: builds the application's object graph and runs the GUI.

Everything the screens use is created here and passed in; nothing is reached
through a global. The CLI calls ``run_gui``.
"""

from __future__ import annotations

import logging
import os
import sys
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtGui import QFont, QFontDatabase, QIcon
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QWidget

from vipcrm.domain.actor import Actor
from vipcrm.domain.dates import DEFAULT_TZ
from vipcrm.domain.errors import VipcrmError
from vipcrm.paths import optional_resource
from vipcrm.services.context import Changes, resolve_actor
from vipcrm.store.crypto import EncryptionError
from vipcrm.store.db import DamagedDatabase, Database, MissingDatabase, acting, open_database
from vipcrm.ui.backends.base import local_today
from vipcrm.ui.backends.window import Backends
from vipcrm.ui.busy import BusyBar, TrackedRunner
from vipcrm.ui.errors import error_text, message_text, show_error
from vipcrm.ui.hub import SignalHub
from vipcrm.ui.i18n import choose_language, install_translators, remove_translators
from vipcrm.ui.import_ahead import LEAD_MODULES, SECTION_MODULES, ImportAhead
from vipcrm.ui.labels import fill
from vipcrm.ui.main_window import MainWindow
from vipcrm.ui.member_source import MemberQuery, MemberSource
from vipcrm.ui.members_model import MembersModel
from vipcrm.ui.ops import Ops
from vipcrm.ui.rail_badges import RailBadges
from vipcrm.ui.runner import BackgroundRunner, NetworkRunner, Runner
from vipcrm.ui.scheduler import WAKE_MINUTES, Schedule, parse_clock_time
from vipcrm.ui.screens.base import LazyScreens, Screen, ScreenMaker, Section, UiContext
from vipcrm.ui.screens.gifts.request_dialog import GiftRequester
from vipcrm.ui.screens.today import TodayScreen
from vipcrm.ui.settings import APPLICATION, ORGANIZATION, AppSettings
from vipcrm.ui.sync_backend import SyncBackend
from vipcrm.ui.sync_ui import SyncController
from vipcrm.ui.tray import MorningDigest, parse_digest_time

if TYPE_CHECKING:  # the other sections are imported when first shown
    from vipcrm.ui.screens.cards import CardsScreen
    from vipcrm.ui.screens.gifts import GiftsScreen
    from vipcrm.ui.screens.lead import LeadScreen
    from vipcrm.ui.screens.members import MembersScreen
    from vipcrm.ui.screens.plans import PlansScreen
    from vipcrm.ui.screens.worklog import WorkLogScreen

log = logging.getLogger(__name__)

ICON = "icons/vipcrm.svg"  # in vipcrm.resources
CJK_FALLBACK_FONTS = ("WenQuanYi Micro Hei", "Noto Sans CJK SC", "Microsoft YaHei", "PingFang SC")


def app_icon() -> QIcon | None:
    path = optional_resource(ICON)
    return QIcon(str(path)) if path is not None else None


def ensure_application() -> QApplication:
    app = QApplication.instance()
    if app is None:
        app = QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setOrganizationName(ORGANIZATION)
    app.setApplicationName(APPLICATION)
    app.setDesktopFileName("vipcrm")
    return app


def use_cjk_fallback_font(app: QApplication) -> None:
    """Chinese must render as characters even where the default font has no CJK glyphs."""
    available = set(QFontDatabase.families())
    fallbacks = [f for f in CJK_FALLBACK_FONTS if f in available]
    if not fallbacks:
        log.warning("no CJK font found; Chinese may render as boxes")
        return
    font = QFont(app.font())
    families = [f for f in font.families() if f not in fallbacks] or [font.family()]
    font.setFamilies([*families, *fallbacks])
    app.setFont(font)


def open_or_explain(db_arg: str | os.PathLike[str] | None) -> Database | None:
    try:
        return open_database(db_arg)
    except EncryptionError as exc:
        if not offer_plain(db_arg, exc):
            return None
        return open_or_explain(db_arg)
    except MissingDatabase as exc:
        return offer_fresh_copy(db_arg, exc)
    except DamagedDatabase as exc:
        from vipcrm.services.backup import recovery_advice

        QMessageBox.critical(
            None,
            QCoreApplication.translate("App", "Cannot open the database"),
            error_text(exc) + "\n\n" + message_text(recovery_advice(exc.path)),
        )
        return None
    except VipcrmError as exc:
        QMessageBox.critical(
            None, QCoreApplication.translate("App", "Cannot open the database"), error_text(exc)
        )
        return None


def offer_fresh_copy(
    db_arg: str | os.PathLike[str] | None, exc: MissingDatabase
) -> Database | None:
    """The database of a connected laptop is gone: a fresh copy from the central store (the
    start-up sync makes it), a backup to restore, or quit; never an empty database unasked."""
    box = QMessageBox(
        QMessageBox.Icon.Warning,
        QCoreApplication.translate("App", "The database is missing"),
        error_text(exc),
    )
    fresh = box.addButton(
        QCoreApplication.translate("App", "Fresh copy from the central store"),
        QMessageBox.ButtonRole.AcceptRole,
    )
    restore = box.addButton(
        QCoreApplication.translate("App", "Restore a backup…"), QMessageBox.ButtonRole.ActionRole
    )
    box.addButton(QCoreApplication.translate("App", "Quit"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(fresh)
    box.exec()
    if box.clickedButton() is fresh:
        from vipcrm.sync.link import relink

        db = open_database(db_arg, recreate=True)
        relink(db, exc.link)
        log.info("a fresh database for %s, linked to %s", exc.path, exc.link.target)
        return db
    if box.clickedButton() is restore:
        return restore_and_open(db_arg, exc.path)
    return None


def restore_and_open(db_arg: str | os.PathLike[str] | None, live: Path) -> Database | None:
    from PySide6.QtWidgets import QFileDialog

    from vipcrm.services.backup import backup_dir, restore
    from vipcrm.store.crypto import key_for

    chosen, _ = QFileDialog.getOpenFileName(
        None,
        QCoreApplication.translate("App", "Restore a backup"),
        str(backup_dir(live)),
        QCoreApplication.translate("App", "vipcrm databases (*.db)"),
    )
    if not chosen:
        return None
    try:
        restore(live, Path(chosen), key_for(live))
    except VipcrmError as exc:
        QMessageBox.critical(
            None, QCoreApplication.translate("App", "Cannot restore the backup"), error_text(exc)
        )
        return None
    return open_or_explain(db_arg)


def offer_plain(db_arg: str | os.PathLike[str] | None, exc: EncryptionError) -> bool:
    """No keyring to hold the key: ask once whether to keep this database unencrypted.

    The safe answer (keep encrypting, so quit for now) is the default button and what Esc
    gives; a refusal says what happens next. Either answer is written to the log.
    """
    from vipcrm.services.backup import db_file
    from vipcrm.store.crypto import allow_plain
    from vipcrm.store.db import resolve_db_url

    if not exc.plain_possible:  # an encrypted file without its key: nothing to choose
        log.error("cannot open the database: %s", exc)
        QMessageBox.critical(
            None, QCoreApplication.translate("App", "Cannot open the database"), error_text(exc)
        )
        return False
    path = db_file(resolve_db_url(db_arg))
    log.warning("no keyring for the key of %s: asking whether to keep it unencrypted", path)
    box = QMessageBox(
        QMessageBox.Icon.Warning,
        QCoreApplication.translate("App", "No keyring for the database key"),
        QCoreApplication.translate(
            "App",
            "vipcrm keeps this laptop's database encrypted with a key stored in the system keyring, "
            "but no keyring is available.\n\nKeep the database unencrypted on this laptop? "
            "Anyone with the file could then read the members' data. This choice is remembered.",
        ),
    )
    box.setDetailedText(error_text(exc))
    keep = box.addButton(
        QCoreApplication.translate("App", "Keep it &unencrypted"),
        QMessageBox.ButtonRole.DestructiveRole,
    )
    refuse = box.addButton(
        QCoreApplication.translate("App", "&Quit and set up the keyring"),
        QMessageBox.ButtonRole.RejectRole,
    )
    box.setDefaultButton(refuse)
    box.setEscapeButton(refuse)
    box.exec()
    if box.clickedButton() is not keep:
        log.warning(
            "%s stays to be encrypted: no keyring, so vipcrm closes (the user's choice)", path
        )
        QMessageBox.information(
            None,
            QCoreApplication.translate("App", "vipcrm closes"),
            QCoreApplication.translate(
                "App",
                "Nothing was written; the database stays to be encrypted.\n\n"
                "Start or unlock the desktop keyring (GNOME Keyring or KWallet on Linux; Windows "
                "and macOS have theirs), then start vipcrm again.\n\n"
                "To keep the database unencrypted after all, start vipcrm again and choose that.",
            ),
        )
        return False
    allow_plain(path)
    log.warning("%s is kept unencrypted on this laptop (the user's choice: no keyring)", path)
    return True


@dataclass
class Gui:
    """The object graph of one running GUI."""

    db: Database
    user: str | None
    settings: AppSettings
    hub: SignalHub
    runner: TrackedRunner
    ops: Ops
    backends: Backends  # one per section (vipcrm/ui/backends)
    source: MemberSource
    model: MembersModel
    screens: Screens
    window: MainWindow
    digest: MorningDigest
    gift_requester: GiftRequester
    sync: SyncController
    schedule: Schedule
    network: Runner  # the sync's own worker (NetworkRunner; the one runner in tests)
    first_run: bool = False
    ctx: UiContext[Backends] | None = None
    badges: RailBadges | None = None
    clock: Callable[[], datetime] = partial(datetime.now, DEFAULT_TZ)
    lister: Runner | None = None  # the member list's own reader (the runner in tests)
    import_ahead: ImportAhead | None = None  # the sections' modules, imported while idle

    @property
    def actor(self) -> Actor:
        """Who acts: the database's one acting user."""
        return acting(self.db)

    def offer_demo(self) -> None:
        from vipcrm.ui.demo_flow import offer_demo

        offer_demo(self.window, self.db, self.runner, self.demo_loaded)

    def demo_loaded(self, summary: object) -> None:
        with self.db.reading() as session:
            self.db.actor = resolve_actor(session, self.user)  # the one place it changes
        self.window.menus.load_demo.setVisible(False)
        self.window.show_actor(self.actor)
        if self.backends.is_lead and self.ctx is not None:  # demo data made a lead the user
            self.window.add_section(Section.TEAM, partial(lead_screen, self.ctx))
        self.hub.publish(Changes(everything=True))
        members = getattr(summary, "members", 0)
        self.window.statusBar().showMessage(
            QCoreApplication.translate("App", "Demo data loaded: %n member(s).", "", members),
            10_000,
        )

    def open_settings(self) -> None:
        from vipcrm.ui.settings_dialog import SettingsDialog

        if SettingsDialog(self.settings, self.window).exec():
            self.add_jobs()

    def back_up_now(self) -> None:
        """File → Back up now…: a verified copy where the user chooses (the backups folder
        beside the database by default), written off the GUI thread."""
        from vipcrm.services.backup import backup_dir, db_file, make_backup

        try:
            source = db_file(self.db)
        except VipcrmError as exc:  # a central database has no local file to copy
            show_error(self.window, exc)
            return
        suggested = backup_dir(source) / f"vipcrm-{datetime.now():%Y%m%d-%H%M}.db"
        path = self.ask_backup_path(self.window, str(suggested))
        if not path:
            return

        def done(info: Any) -> None:
            self.window.statusBar().showMessage(
                fill(
                    QCoreApplication.translate(
                        "Gui", "Backup written to %1 (%n member(s), verified).", "", info.members
                    ),
                    str(info.path),
                ),
                15_000,
            )

        self.ops.read(
            lambda: make_backup(source, Path(path), key=self.db.key),
            done,
            on_error=lambda exc: show_error(self.window, exc),
        )

    @staticmethod
    def ask_backup_path(parent: QWidget, suggested: str) -> str:  # replaced in tests
        Path(suggested).parent.mkdir(parents=True, exist_ok=True)
        path, _filter = QFileDialog.getSaveFileName(
            parent,
            QCoreApplication.translate("Gui", "Back up the database"),
            suggested,
            QCoreApplication.translate("Gui", "vipcrm databases (*.db)"),
        )
        return path

    def quit(self) -> None:
        """File → Quit (Ctrl+Q), also in the tray's menu: the window's state is saved."""
        self.window.close()
        QCoreApplication.quit()

    def backup_if_due(self) -> None:
        """Off the GUI thread: the daily backup beside the database (verified, rotated) when
        none was made since the backup time (:func:`vipcrm.services.backup.daily_backup_due`)."""
        keep = self.settings.backup_keep
        if keep <= 0 or not self.db.url.startswith("sqlite"):
            return
        from vipcrm.services.backup import db_file, scheduled_backup

        source = db_file(self.db)
        at = parse_clock_time(self.settings.backup_time, AppSettings.backup_time.default)
        now = self.clock()

        def failed(exc: BaseException) -> None:
            log.warning("daily backup failed: %s", exc)
            self.window.statusBar().showMessage(
                QCoreApplication.translate("Gui", "The daily backup failed: %1").replace(
                    "%1", error_text(exc)
                ),
                20_000,
            )

        self.runner.run(
            lambda progress: scheduled_backup(source, keep=keep, at=at, now=now, key=self.db.key),
            on_error=failed,
        )

    def add_jobs(self) -> None:
        """Every timed job, on the one scheduler, from the settings (again after a change)."""
        digest_at = parse_digest_time(self.settings.digest_time)
        backup_at = parse_clock_time(self.settings.backup_time, AppSettings.backup_time.default)
        self.schedule.every("sync", self.settings.sync_minutes, self.sync.sync_now)
        self.schedule.daily("digest", digest_at, self.digest.check)
        self.schedule.daily("backup", backup_at, self.backup_if_due)
        self.schedule.every("wake", WAKE_MINUTES, self.catch_up)

    def catch_up(self) -> None:
        """What has a set time and was missed (asleep, off): done now if it is due."""
        self.digest.check()
        self.backup_if_due()

    def start_schedules(self) -> None:
        """The scheduler (APScheduler loads now), and at once a sync (quietly skipped when
        not connected), the digest and the backup if they are due."""
        self.add_jobs()
        self.schedule.start()
        self.digest.start()
        self.sync.sync_now()
        self.backup_if_due()

    def show_today(self) -> None:
        self.window.showNormal()
        self.window.raise_()
        self.window.activateWindow()
        self.window.show_section(Section.TODAY)

    def close(self) -> None:
        self.schedule.stop()
        self.digest.stop()
        self.network.shutdown()  # a sync in flight is let go after a moment
        if self.lister is not None and self.lister is not self.runner.inner:
            self.lister.shutdown()
        self.runner.shutdown()
        self.db.dispose()


class Screens:
    """The sections' screens, each built on first use (``LazyScreens``): asking for one here
    builds it as showing it would. Start-up builds Today only."""

    def __init__(self, lazy: LazyScreens) -> None:
        self.lazy = lazy

    @property
    def today(self) -> TodayScreen:
        return self.lazy[Section.TODAY]  # type: ignore[return-value]

    @property
    def members(self) -> MembersScreen:
        return self.lazy[Section.MEMBERS]  # type: ignore[return-value]

    @property
    def cards(self) -> CardsScreen:
        return self.lazy[Section.CARDS]  # type: ignore[return-value]

    @property
    def gifts(self) -> GiftsScreen:
        return self.lazy[Section.GIFTS]  # type: ignore[return-value]

    @property
    def plans(self) -> PlansScreen:
        return self.lazy[Section.PLANS]  # type: ignore[return-value]

    @property
    def worklog(self) -> WorkLogScreen:
        return self.lazy[Section.WORKLOG]  # type: ignore[return-value]

    @property
    def lead(self) -> LeadScreen | None:
        """The Team section: leads and admins only."""
        return self.lazy[Section.TEAM] if len(self.lazy) > Section.TEAM else None  # type: ignore[return-value]


def lead_screen(ctx: UiContext[Backends]) -> Screen:
    from vipcrm.ui.screens.lead import LeadScreen

    return LeadScreen(ctx.with_backend(ctx.backend.team))


def build_gui(
    db: Database,
    settings: AppSettings,
    user: str | None = None,
    runner: Runner | None = None,
    language: str = "zh_CN",
    today: Callable[[], date] = local_today,
    network: Runner | None = None,
) -> Gui | None:
    """Wire the screens to the database for the acting user; None if the user is unknown.

    ``runner`` is the one the screens read and write through; ``network`` the sync's own
    worker (default: a :class:`NetworkRunner`, or ``runner`` when a runner is given)."""
    with db.reading() as session:
        actor = resolve_actor(session, user)
    db.actor = actor  # every read and change of this window is this user's (set once)
    if not actor.known and not actor.bootstrap:
        QMessageBox.critical(
            None,
            QCoreApplication.translate("App", "Unknown user"),
            fill(
                QCoreApplication.translate(
                    "App",
                    "The user '%1' is not in this database.\nStart vipcrm with --user CODE (see 'vipcrm manager list').",
                ),
                actor.code,
            ),
        )
        return None
    hub = SignalHub()
    if network is None:
        network = runner if runner is not None else NetworkRunner()
    # The member list reads its ids on a worker of its own: a search never queues behind
    # the screens' jobs (an administrator's summary counts 30 teams at start-up).
    lister = runner
    if runner is None:
        runner = BackgroundRunner(on_error=lambda exc: show_error(None, exc))
        lister = BackgroundRunner(on_error=lambda exc: show_error(None, exc))
    tracked = TrackedRunner(runner)
    ops = Ops(tracked, hub)
    backends = Backends(db, today=today, language=language)
    source = MemberSource(db, overdue=backends.today.overdue_member_ids)
    model = MembersModel(source, MemberQuery(), runner=lister)
    hub.changed.connect(model.on_changes)
    ctx = UiContext(backend=backends, ops=ops, hub=hub, settings=settings)
    late: dict[str, Any] = {}  # the window and the gift requester (made after the window)

    def request_gift(member_id: object, occasion: object) -> None:
        late["requester"](member_id, occasion)

    def today_screen() -> Screen:
        screen = TodayScreen(ctx.with_backend(backends.today))
        screen.request_gift = request_gift
        screen.show_cards = lambda: late["window"].show_section(Section.CARDS)
        return screen

    def members_screen() -> Screen:
        from vipcrm.ui.screens.members import MembersScreen

        screen = MembersScreen(ctx.with_backend(backends.members), model)
        screen.page.request_gift = request_gift
        return screen

    def cards_screen() -> Screen:
        from vipcrm.ui.screens.cards import CardsScreen

        return CardsScreen(ctx.with_backend(backends.cards))

    def gifts_screen() -> Screen:
        from vipcrm.ui.screens.gifts import GiftsScreen

        return GiftsScreen(ctx.with_backend(backends.gifts))

    def plans_screen() -> Screen:
        from vipcrm.ui.screens.plans import PlansScreen

        return PlansScreen(ctx.with_backend(backends.plans))

    def worklog_screen() -> Screen:
        from vipcrm.ui.screens.worklog import WorkLogScreen

        return WorkLogScreen(ctx.with_backend(backends.worklog))

    makers: list[ScreenMaker] = [
        today_screen,
        members_screen,
        cards_screen,
        gifts_screen,
        plans_screen,
        worklog_screen,
    ]
    if backends.is_lead:
        makers.append(partial(lead_screen, ctx))
    screens = Screens(LazyScreens(makers))
    icon = app_icon()
    window = MainWindow(
        screens.lazy,
        settings,
        actor,
        db.display_name,
        icon=icon,
        busy_widget=BusyBar(tracked),
    )
    requester = GiftRequester(ctx.with_backend(backends.gifts), window)
    requester.on_result = lambda text: window.statusBar().showMessage(text, 10_000)
    late.update(window=window, requester=requester)
    digest = MorningDigest(settings, ops, backends.today.digest, icon)
    sync = SyncController(
        SyncBackend(db), ops, hub, settings, window.sync_label, lambda: window, worker=network
    )
    window.sync_action.triggered.connect(sync.sync_asked)
    window.conflicts_action.triggered.connect(sync.open_conflicts)
    gui = Gui(
        db=db,
        user=user,
        settings=settings,
        hub=hub,
        runner=tracked,
        ops=ops,
        backends=backends,
        source=source,
        model=model,
        screens=screens,
        window=window,
        digest=digest,
        gift_requester=requester,
        sync=sync,
        schedule=Schedule(window),
        network=network,
        first_run=db.is_empty(),
        ctx=ctx,
        lister=lister,
    )
    gui.badges = RailBadges(backends, ops, hub, window)
    ahead = SECTION_MODULES + (LEAD_MODULES if backends.is_lead else ())
    gui.import_ahead = ImportAhead(ahead, lambda: bool(tracked.running), window)
    window.settings_action.triggered.connect(gui.open_settings)
    window.menus.backup.triggered.connect(gui.back_up_now)
    window.menus.load_demo.setVisible(gui.first_run)  # an empty database only
    window.menus.load_demo.triggered.connect(gui.offer_demo)
    window.menus.quit.triggered.connect(gui.quit)
    digest.menu.addSeparator()  # the tray's menu: the window's own Settings and Quit
    digest.menu.addActions([window.menus.settings, window.menus.quit])
    digest.show_today.connect(gui.show_today)
    sync.refresh()
    return gui


def tune_collector() -> None:
    """The garbage collector of the desktop process: what is alive once the window is built
    (modules, classes, the screens) is frozen out of its passes, and so is what each large
    computation leaves (:func:`vipcrm.store.bulk.freeze_after_pauses`). A pass walks every
    young object and holds the interpreter lock, whichever thread runs it: fewer objects to
    walk is fewer stalls of the window (docs/benchmarks.md, issue 22 point 5)."""
    import gc

    from vipcrm.store.bulk import freeze_after_pauses

    freeze_after_pauses()
    gc.freeze()


SWITCH_INTERVAL_S = 0.001  # Python's default is 0.005


def tune_interpreter() -> None:
    """The desktop process's interpreter: its collector (:func:`tune_collector`), and a
    shorter switch interval. While a background job runs Python, the UI thread waits for
    the interpreter lock each time Qt calls into Python (a timer, a model's ``data()`` in a
    paint), up to the switch interval each time before the job must hand the lock over:
    1 ms instead of 5 cut the UI thread's p99 stall at team scale beside two busy loops
    from 40-57 ms to 25 ms (docs/benchmarks.md, issue 22 point 5). The job hands the lock
    over only when the UI thread asks for it, so an idle window costs the job nothing."""
    tune_collector()
    sys.setswitchinterval(SWITCH_INTERVAL_S)


def run_gui(
    db_arg: str | os.PathLike[str] | None = None,
    user: str | None = None,
    lang: str | None = None,
) -> int:
    """Start the desktop application; returns the process exit code."""
    app = ensure_application()
    icon = app_icon()
    if icon is not None:
        app.setWindowIcon(icon)
    settings = AppSettings.for_user()
    language = choose_language(lang, settings.language)
    translators = install_translators(app, language)
    use_cjk_fallback_font(app)
    try:
        db = open_or_explain(db_arg)
        if db is None:
            return 2
        gui = build_gui(db, settings, user=user, language=language)
        if gui is None:
            db.dispose()
            return 2
        try:
            app.aboutToQuit.connect(gui.window.save_state)
            tune_interpreter()
            gui.window.show()
            QTimer.singleShot(1_000, gui.start_schedules)  # APScheduler after the first paint
            if gui.badges is not None:  # the unopened sections' badges, after the paint too
                QTimer.singleShot(0, gui.badges.refresh)
            if gui.first_run:
                QTimer.singleShot(0, gui.offer_demo)
            return app.exec()
        finally:
            gui.close()
    finally:
        remove_translators(app, translators)
