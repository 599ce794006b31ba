"""vipcrm as a user installs it: the wheel built from a clean copy of the checkout, installed
with pipx (not editable) into a throwaway place, run from a folder outside the checkout with
no keyring: every kind of command, the central store on a real PostgreSQL, the window.

The install takes the exact versions of constraints.txt, through the user's pip cache.
"""

from __future__ import annotations

import importlib.metadata
import json
import os
import pwd
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import psycopg
import pytest

from vipcrm.sync.throwaway import ThrowawayCluster

ROOT = Path(__file__).resolve().parents[2]
SAMPLE = ROOT / "docs" / "samples" / "grading-2026-12.csv"
sys.path.insert(0, str(ROOT / "tools"))
from build_wheel import build_wheel  # noqa: E402


def pip_cache() -> str:
    """The real user's pip cache (the tests run with a throwaway HOME)."""
    return os.environ.get("PIP_CACHE_DIR") or str(
        Path(pwd.getpwuid(os.getuid()).pw_dir) / ".cache" / "pip"
    )


@dataclass
class Installed:
    bin: Path  # where pipx put the commands
    venv: Path  # the virtualenv pipx made
    home: Path  # the user's home (data, config, cache, log folders)
    work: Path  # the user's working folder: not the checkout

    @property
    def package(self) -> Path:
        found = list(self.venv.glob("lib/python3*/site-packages/vipcrm"))
        assert len(found) == 1, found
        return found[0]

    def env(self) -> dict[str, str]:
        env = {
            k: v
            for k, v in os.environ.items()
            if not k.startswith(("VIPCRM_", "PYTHON", "VIRTUAL_ENV", "XDG_"))
        }
        env.update(HOME=str(self.home), QT_QPA_PLATFORM="offscreen", LANG="C.UTF-8")
        env["PATH"] = f"{self.bin}{os.pathsep}{env.get('PATH', '/usr/bin:/bin')}"
        return env

    def run(self, *args: str, command: str = "vipcrm") -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [str(self.bin / command), *args],
            capture_output=True,
            text=True,
            cwd=self.work,
            env=self.env(),
            timeout=300,
        )

    def ok(self, *args: str) -> str:
        done = self.run(*args)
        assert done.returncode == 0, f"vipcrm {' '.join(args)}:\n{done.stdout}\n{done.stderr}"
        return done.stdout


@pytest.fixture(scope="module")
def installed(tmp_path_factory) -> Installed:
    pipx = shutil.which("pipx")
    if pipx is None:
        pytest.fail("pipx is not installed (./dev setup installs it)", pytrace=False)
    base = tmp_path_factory.mktemp("wheel")
    wheel = build_wheel(base / "dist")
    env = {k: v for k, v in os.environ.items() if not k.startswith(("VIRTUAL_ENV", "PYTHON"))}
    env.update(
        PIPX_HOME=str(base / "pipx"), PIPX_BIN_DIR=str(base / "bin"), PIP_CACHE_DIR=pip_cache()
    )
    subprocess.run(
        [pipx, "install", str(wheel), "--pip-args", f"-c {ROOT / 'constraints.txt'}"],
        check=True,
        capture_output=True,
        cwd=base,
        env=env,
        timeout=900,
    )
    (base / "home").mkdir()
    (base / "work").mkdir()
    return Installed(base / "bin", base / "pipx" / "venvs" / "vipcrm", base / "home", base / "work")


def test_the_wheel_holds_the_package_and_its_resources_and_nothing_beside(installed):
    site = installed.package.parent
    assert not (site / "resources").exists() and not (site / "migrations").exists()
    assert (installed.package / "resources" / "fonts" / "wqy-microhei.ttc").is_file()
    assert (installed.package / "migrations" / "env.py").is_file()
    assert list((installed.package / "migrations" / "versions").glob("*.py"))
    assert (installed.package / "resources" / "translations" / "vipcrm_zh_CN.ts").is_file()
    guide = installed.package / "docs"  # Help → User guide, with its pictures, nothing else
    assert {p.name for p in guide.iterdir() if p.name != "__pycache__"} == {
        "__init__.py",
        "user-guide.md",
        "screenshots",
    }
    assert (guide / "screenshots" / "today-zh.png").is_file()
    assert (installed.bin / "vipcrm").exists() and (installed.bin / "vipcrm-gui").exists()


def test_the_version_is_the_package_metadata(installed):
    version = importlib.metadata.version("vipcrm")
    assert installed.ok("--version").strip() == f"vipcrm {version}"


def test_a_user_runs_every_kind_of_command(installed, tmp_path):
    db = ["--db", str(installed.work / "mine.db")]
    # No keyring here: the first open says what to do, and nothing is created.
    refused = installed.run(*db, "init")
    assert refused.returncode == 2 and "vipcrm security allow-plain" in refused.stderr
    assert "Traceback" not in refused.stderr and not (installed.work / "mine.db").exists()
    installed.ok(*db, "security", "allow-plain")
    assert "database ready" in installed.ok(*db, "init")

    installed.ok(*db, "demo", "--members", "40", "--seed", "3")
    due = json.loads(installed.ok(*db, "due", "--json"))
    assert due["items"]
    managers = json.loads(installed.ok(*db, "manager", "list", "--json"))
    manager = next(m["code"] for m in managers if m["role"] == "manager")
    pdf = installed.work / "plan.pdf"
    installed.ok(*db, "plan", "--manager", manager, "--month", "2026-12", "--out", str(pdf))
    fonts = subprocess.run(["pdffonts", str(pdf)], capture_output=True, text=True, check=True)
    assert "WenQuanYi" in fonts.stdout and " yes " in fonts.stdout  # the CJK font embedded
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True).stdout
    assert "服务计划" in text or "计划" in text

    grading = ["--db", str(installed.work / "grading.db")]
    installed.ok(*grading, "security", "allow-plain")
    installed.ok(*grading, "manager", "add", "--code", "A1", "--name", "管理员", "--role", "admin")
    shutil.copy(SAMPLE, installed.work / "billing.csv")
    installed.ok(*grading, "--user", "A1", "import-grading", "billing.csv", "--month", "2026-12")
    members = json.loads(installed.ok(*grading, "--user", "A1", "member", "list", "--json"))
    assert "张伟" in {m["name"] for m in members}

    test = installed.ok("self-test")
    assert "resources:" in test and "SQLCipher" in test and "self-test passed" in test


def test_central_init_on_a_real_postgresql(installed):
    cluster = ThrowawayCluster().start()
    try:
        with psycopg.connect(cluster.dsn(), autocommit=True) as conn:
            conn.execute("CREATE DATABASE central")
        dsn = cluster.dsn("central")
        installed.ok("central", "init", "--dsn", dsn)
        status = installed.ok("central", "status", "--dsn", dsn)
        assert "not initialised" not in status
    finally:
        cluster.stop()


WINDOW = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
from vipcrm.app import ensure_application, run_gui

def look():
    window = next(w for w in QApplication.topLevelWidgets() if isinstance(w, QMainWindow))
    window.grab().save(sys.argv[2])
    print(window.windowTitle())
    print(" ".join(window.rail.item(i).text() for i in range(window.rail.count())))
    print("icon" if not window.windowIcon().isNull() else "no icon")
    QApplication.quit()

ensure_application()
QTimer.singleShot(1500, look)
sys.exit(run_gui(sys.argv[1], lang="zh_CN"))
"""


def test_the_window_opens_in_chinese_with_its_icon(installed):
    db = installed.work / "window.db"
    installed.ok("--db", str(db), "security", "allow-plain")
    installed.ok("--db", str(db), "demo", "--members", "20")
    script = installed.work / "look.py"
    script.write_text(WINDOW, encoding="utf-8")
    shot = installed.work / "window.png"
    done = subprocess.run(
        [str(installed.venv / "bin" / "python"), str(script), str(db), str(shot)],
        capture_output=True,
        text=True,
        cwd=installed.work,
        env=installed.env(),
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    title, rail, icon = done.stdout.splitlines()[-3:]
    assert "VIP" in title and not title.isascii()  # the translated title
    assert "今日" in rail and "会员" in rail and icon == "icon"
    assert shot.stat().st_size > 10_000
    # the translation was compiled by the installed PySide6's lrelease, into the user's cache
    assert list((installed.home / ".cache" / "vipcrm" / "translations").glob("vipcrm_zh_CN-*.qm"))


def test_a_missing_or_damaged_resource_is_one_line_naming_it(installed):
    font = installed.package / "resources" / "fonts" / "wqy-microhei.ttc"
    env_py = installed.package / "migrations" / "env.py"
    kept = installed.work / "kept"
    kept.mkdir()
    shutil.copy2(font, kept / font.name)
    shutil.copy2(env_py, kept / env_py.name)
    db = ["--db", str(installed.work / "damage.db")]
    installed.ok(*db, "security", "allow-plain")
    installed.ok(*db, "demo", "--members", "10")
    plan = [*db, "plan", "--manager", "M001", "--month", "2026-12", "--out", "p.pdf"]
    try:
        font.write_bytes(b"not a font")
        damaged = installed.run(*plan)
        font.unlink()
        missing = installed.run(*plan)
        env_py.unlink()
        no_env = installed.run(*db, "init")
    finally:
        shutil.copy2(kept / font.name, font)
        shutil.copy2(kept / env_py.name, env_py)
    for done, name in (
        (damaged, "fonts/wqy-microhei.ttc"),
        (missing, "fonts/wqy-microhei.ttc"),
        (no_env, "migrations/env.py"),
    ):
        assert done.returncode == 2, done.stderr
        lines = done.stderr.strip().splitlines()
        assert len(lines) == 1 and lines[0].startswith("vipcrm: error: "), done.stderr
        assert name in lines[0] and "damaged" in lines[0]
    assert not (installed.work / "p.pdf").exists()
