"""The packaged app: PyInstaller builds the one-folder bundle, and the frozen binary runs;
the Windows installer script names files the build makes."""

from __future__ import annotations

import importlib.metadata
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path, PureWindowsPath

import pytest

ROOT = Path(__file__).resolve().parents[2]
ISS = ROOT / "packaging" / "windows" / "vipcrm.iss"
EXE = ".exe" if os.name == "nt" else ""


@pytest.fixture(scope="module")
def frozen(tmp_path_factory) -> Path:
    work = tmp_path_factory.mktemp("package")
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
    binary = work / "dist" / "vipcrm" / f"vipcrm{EXE}"
    assert binary.exists()
    return binary


def run(binary: Path, *args: str, cwd: Path) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("VIRTUAL_ENV", "PYTHON"))}
    env["QT_QPA_PLATFORM"] = "offscreen"
    env.pop("PYTHON_KEYRING_BACKEND", None)  # the bundle has no keyrings.alt: no keyring
    return subprocess.run(
        [str(binary), *args], capture_output=True, text=True, cwd=cwd, env=env, timeout=300
    )


def test_the_frozen_binary_reports_its_version_and_passes_its_self_test(frozen, tmp_path):
    version = run(frozen, "--version", cwd=tmp_path)
    assert version.returncode == 0
    assert version.stdout.strip() == f"vipcrm {importlib.metadata.version('vipcrm')}"
    test = run(frozen, "self-test", cwd=tmp_path)
    assert test.returncode == 0, test.stderr
    assert (
        "resources:" in test.stdout
        and "schema migrated" in test.stdout
        and "PDF rendered" in test.stdout
        and "SQLCipher" in test.stdout
        and "self-test passed" in test.stdout
    )


def test_the_bundle_has_the_windowed_program_and_the_resources_where_a_wheel_has_them(frozen):
    gui = frozen.with_name(f"vipcrm-gui{EXE}")
    assert gui.exists() and run(gui, "--version", cwd=frozen.parent).returncode == 0
    internal = frozen.parent / "_internal"
    assert (internal / "vipcrm" / "migrations" / "env.py").is_file()
    translations = internal / "vipcrm" / "resources" / "translations"
    assert {p.name for p in translations.iterdir()} == {"vipcrm_zh_CN.qm", "vipcrm_en.qm"}
    assert (internal / "vipcrm" / "docs" / "user-guide.md").is_file()  # Help → User guide
    assert (internal / "vipcrm" / "docs" / "screenshots" / "today-zh.png").is_file()
    assert not (internal / "resources").exists() and not (internal / "migrations").exists()


def iss_paths() -> list[str]:
    text = ISS.read_text(encoding="utf-8")
    return re.findall(
        r'(?:Source|Filename): "([^"]+)"|\b(?:SetupIconFile|UninstallDisplayIcon)=(\S+)', text
    )


def test_the_installer_script_names_files_that_exist(frozen):
    """Source-tree paths exist; {app} paths are files of the bundle the spec builds."""
    text = ISS.read_text(encoding="utf-8")
    named = [a or b for a, b in iss_paths()]
    assert any(n.startswith("{app}") for n in named) and any(n.startswith("..") for n in named)
    bundle = frozen.parent
    for name in named:
        if name.startswith("{app}\\"):
            inside = PureWindowsPath(name.removeprefix("{app}\\"))
            built = bundle / inside.with_suffix("" if not EXE else inside.suffix)
            assert built.exists(), f"{ISS.name} names {name}: the build has no {built.name}"
        elif name.startswith(".."):
            relative = PureWindowsPath(name)
            if relative.parts[2:3] == ("dist",):  # the build output: dist\vipcrm\*
                assert relative.parts[3] == bundle.name and relative.name == "*"
            else:
                assert (ISS.parent / Path(*relative.parts)).exists(), name
    # the version comes from the built .exe's version resource, never written here
    assert 'GetStringFileInfo(Bundle + "\\vipcrm.exe", "ProductVersion")' in text
    assert not re.search(r"\d+\.\d+\.\d+", text)


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
