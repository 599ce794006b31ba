"""The desktop integration: the menu entry and AppStream metadata validate with the
freedesktop tools, install into a valid tree, and the committed icons are the SVG's."""

from __future__ import annotations

import configparser
import importlib.metadata
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtGui import QImage, QImageReader

ROOT = Path(__file__).resolve().parents[2]
PACKAGING = ROOT / "packaging"
ICONS = ROOT / "resources" / "icons"
METAINFO = PACKAGING / "cn.vipclub.vipcrm.metainfo.xml"
sys.path.insert(0, str(ROOT / "tools"))
import make_icons  # noqa: E402


def tool(name: str) -> str:
    found = shutil.which(name)
    if found is None:
        pytest.fail(f"{name} is not installed (./dev setup installs it)", pytrace=False)
    return found


def test_the_desktop_entries_validate():
    entries = sorted(PACKAGING.glob("*.desktop"))
    assert entries
    done = subprocess.run(
        [tool("desktop-file-validate"), *map(str, entries)], capture_output=True, text=True
    )
    assert done.returncode == 0 and done.stdout.strip() == "", done.stdout


def test_the_menu_entry_starts_the_windowed_program_the_package_installs():
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str  # keys are case-sensitive
    entry.read(PACKAGING / "vipcrm.desktop", encoding="utf-8")
    command = entry["Desktop Entry"]["Exec"].split()[0]
    scripts = importlib.metadata.entry_points(group="gui_scripts")
    assert command in {s.name for s in scripts if s.value.startswith("vipcrm.")}
    assert entry["Desktop Entry"]["Icon"] == "vipcrm"


def test_the_appstream_metadata_validates_and_names_this_version():
    done = subprocess.run(
        [tool("appstreamcli"), "validate", "--no-net", str(METAINFO)],
        capture_output=True,
        text=True,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    component = ET.parse(METAINFO).getroot()
    assert METAINFO.name == f"{component.findtext('id')}.metainfo.xml"
    newest = component.find("releases/release")
    assert newest is not None and newest.get("version") == importlib.metadata.version("vipcrm")
    assert component.findtext("launchable") == "vipcrm.desktop"


def test_the_install_script_makes_a_valid_tree_with_every_icon_size(tmp_path):
    share = tmp_path / "usr" / "share"
    subprocess.run(
        ["bash", str(PACKAGING / "install-desktop-entry.sh")],
        check=True,
        capture_output=True,
        env={"PATH": "/usr/bin:/bin", "HOME": str(tmp_path), "XDG_DATA_HOME": str(share)},
    )
    done = subprocess.run(
        [tool("appstreamcli"), "validate-tree", "--no-net", str(tmp_path)],
        capture_output=True,
        text=True,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    for size in make_icons.PNG_SIZES:
        icon = QImage(str(share / "icons" / "hicolor" / f"{size}x{size}" / "apps" / "vipcrm.png"))
        assert (icon.width(), icon.height()) == (size, size)
    assert (share / "icons" / "hicolor" / "scalable" / "apps" / "vipcrm.svg").is_file()


def distance(a: QImage, b: QImage) -> float:
    """Mean difference per channel (0-255) of two images of the same size."""
    a = a.convertToFormat(QImage.Format.Format_RGBA8888)
    b = b.convertToFormat(QImage.Format.Format_RGBA8888)
    assert a.size() == b.size()
    da, db = bytes(a.constBits()), bytes(b.constBits())
    return sum(abs(x - y) for x, y in zip(da, db, strict=True)) / len(da)


def images(path: Path) -> dict[int, QImage]:
    reader = QImageReader(str(path))
    found = {}
    for index in range(reader.imageCount()):
        reader.jumpToImage(index)
        image = reader.read()
        found[image.width()] = image
    return found


def test_the_committed_icons_are_the_svg_in_every_size(qapp, tmp_path):
    """./dev icons was run after the last change of vipcrm.svg, and wrote what platforms read."""
    fresh = tmp_path / "icons"
    make_icons.make_icons(fresh)
    for size in make_icons.PNG_SIZES:
        relative = Path("hicolor") / f"{size}x{size}" / "apps" / "vipcrm.png"
        committed = QImage(str(ICONS / relative))
        assert not committed.isNull(), f"{relative} is missing: run ./dev icons"
        assert distance(committed, QImage(str(fresh / relative))) < 1.0, f"{relative} is stale"
    ico = images(ICONS / "vipcrm.ico")
    assert sorted(ico) == sorted(make_icons.ICO_SIZES)
    icns = images(ICONS / "vipcrm.icns")
    assert {16, 32, 64, 128, 256, 512, 1024} <= set(icns)
    regenerated = images(fresh / "vipcrm.icns")
    for size in (16, 128, 1024):
        assert distance(icns[size], regenerated[size]) < 1.0, f"vipcrm.icns {size} px is stale"
