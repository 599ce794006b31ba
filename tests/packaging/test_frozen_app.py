"""The packaged app: PyInstaller builds the one-folder bundle, and the frozen binary runs."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def frozen(tmp_path_factory) -> Path:
    work = tmp_path_factory.mktemp("package")
    qm = ROOT / "build" / "qm"
    qm.mkdir(parents=True, exist_ok=True)
    lrelease = Path(sys.executable).with_name("pyside6-lrelease")
    for lang in ("zh_CN", "en"):
        subprocess.run(
            [
                str(lrelease),
                "-silent",
                str(ROOT / "resources" / "translations" / f"vipcrm_{lang}.ts"),
                "-qm",
                str(qm / f"vipcrm_{lang}.qm"),
            ],
            check=True,
        )
    pyinstaller = (
        shutil.which("pyinstaller", path=str(Path(sys.executable).parent)) or "pyinstaller"
    )
    subprocess.run(
        [
            pyinstaller,
            str(ROOT / "packaging" / "vipcrm.spec"),
            "--noconfirm",
            "--log-level",
            "ERROR",
            "--distpath",
            str(work / "dist"),
            "--workpath",
            str(work / "build"),
        ],
        check=True,
        cwd=ROOT,
        timeout=900,
    )
    binary = work / "dist" / "vipcrm" / ("vipcrm.exe" if os.name == "nt" else "vipcrm")
    assert binary.exists()
    return binary


def run(binary: Path, *args: str, cwd: Path) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("VIRTUAL_ENV", "PYTHON"))}
    env["QT_QPA_PLATFORM"] = "offscreen"
    return subprocess.run(
        [str(binary), *args], capture_output=True, text=True, cwd=cwd, env=env, timeout=300
    )


def test_the_frozen_binary_reports_its_version_and_passes_its_self_test(frozen, tmp_path):
    version = run(frozen, "--version", cwd=tmp_path)
    assert version.returncode == 0 and version.stdout.startswith("vipcrm ")
    test = run(frozen, "self-test", cwd=tmp_path)
    assert test.returncode == 0, test.stderr
    assert (
        "schema migrated" in test.stdout
        and "PDF rendered" in test.stdout
        and "self-test passed" in test.stdout
    )


def test_the_frozen_binary_makes_demo_data_and_lists_it(frozen, tmp_path):
    db = tmp_path / "frozen.db"
    assert run(frozen, "--db", str(db), "demo", "--members", "25", cwd=tmp_path).returncode == 0
    listed = run(frozen, "--db", str(db), "member", "list", "--json", cwd=tmp_path)
    assert listed.returncode == 0 and listed.stdout.count('"phone"') == 25


def test_the_frozen_binary_has_the_official_and_the_provisional_calendars(frozen, tmp_path):
    """The shipped official years (resources/holidays/official) and the law's provisional
    ones (the holidays package, found by name) are both inside the bundle."""
    import json

    db = str(tmp_path / "calendar.db")
    official = run(frozen, "--db", db, "calendar", "show", "--year", "2026", "--json", cwd=tmp_path)
    assert official.returncode == 0, official.stderr
    shown = json.loads(official.stdout)
    assert shown["source"] == "official" and not shown["provisional"]
    assert {"day": "2026-10-10", "kind": "workday", "name": "国庆节", "provisional": False} in (
        shown["entries"]
    )
    ahead = run(frozen, "--db", db, "calendar", "show", "--year", "2027", "--json", cwd=tmp_path)
    assert ahead.returncode == 0, ahead.stderr
    shown = json.loads(ahead.stdout)
    assert shown["provisional"] and "2027" in shown["warnings"][0]
    days = {e["day"]: e["name"] for e in shown["entries"]}
    assert days["2027-02-05"] == "春节" and days["2027-02-10"] == "春节（补假）"
