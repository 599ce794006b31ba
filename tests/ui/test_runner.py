"""The background runner delivers on the GUI thread; settings are typed with defaults."""

from __future__ import annotations

import threading

import pytest

from vipcrm.domain.errors import VipcrmError
from vipcrm.ui.runner import BackgroundRunner, SyncRunner
from vipcrm.ui.settings import AppSettings


def test_background_runner_works_off_thread_and_delivers_on_the_gui_thread(qtbot):
    runner = BackgroundRunner()
    gui_thread = threading.get_ident()
    seen: dict[str, object] = {"progress": []}

    def job(progress):
        seen["job_thread"] = threading.get_ident()
        progress(1, 2)
        progress(2, 2)
        return 42

    def on_done(result):
        seen["result"] = result
        seen["done_thread"] = threading.get_ident()

    runner.run(job, on_done=on_done, on_progress=lambda d, t: seen["progress"].append((d, t)))
    qtbot.waitUntil(lambda: "result" in seen)
    assert seen["result"] == 42
    assert seen["job_thread"] != gui_thread
    assert seen["done_thread"] == gui_thread
    assert seen["progress"] == [(1, 2), (2, 2)]
    runner.shutdown()


def test_background_runner_hands_errors_to_one_handler(qtbot):
    errors = []
    runner = BackgroundRunner(on_error=errors.append)

    def job(progress):
        raise VipcrmError("no")

    runner.run(job, on_done=lambda r: pytest.fail("done"))
    qtbot.waitUntil(lambda: bool(errors))
    assert isinstance(errors[0], VipcrmError)
    runner.shutdown()


def test_sync_runner_is_inline():
    seen = []
    SyncRunner().run(
        lambda p: (p(1, 1), "ok")[1], on_done=seen.append, on_progress=lambda d, t: seen.append(d)
    )
    assert seen == [1, "ok"]
    errors = []
    SyncRunner(on_error=errors.append).run(lambda p: 1 / 0)
    assert isinstance(errors[0], ZeroDivisionError)


def test_settings_have_types_defaults_and_survive_a_reopen(tmp_path):
    path = str(tmp_path / "s.ini")
    settings = AppSettings.in_file(path)
    assert settings.tier_filter == "" and settings.main_window_geometry == b""
    assert settings.version == AppSettings.VERSION
    settings.tier_filter = "gold"
    settings.main_window_geometry = b"\x01\x02"
    settings.sync()
    again = AppSettings.in_file(path)
    assert again.tier_filter == "gold"
    assert again.main_window_geometry == b"\x01\x02"
    with pytest.raises(TypeError):
        again.tier_filter = 3  # type: ignore[assignment]
    again.qsettings.setValue("settings/version", "garbage")
    assert again.version == 0  # unreadable -> default
