"""House rule: only vipcrm/ui (and the composition root vipcrm/app.py) may import Qt."""

import subprocess
import sys
from pathlib import Path

import vipcrm

CORE_LAYERS = ("domain", "store", "services", "sync", "reports", "commands")

_PROBE = """
import importlib, importlib.abc, pkgutil, sys

class BlockQt(importlib.abc.MetaPathFinder):
    def find_spec(self, name, path=None, target=None):
        if name == "PySide6" or name.startswith("PySide6."):
            raise ImportError("PySide6 is blocked for the core layers")
        return None

sys.meta_path.insert(0, BlockQt())
import vipcrm
names = []
for info in pkgutil.walk_packages(vipcrm.__path__, "vipcrm."):
    top = info.name.split(".")[1]
    if top in {layers!r} or info.name in ("vipcrm.cli",):
        importlib.import_module(info.name)
        names.append(info.name)
print("\\n".join(names))
"""


def test_core_layers_import_without_pyside6():
    done = subprocess.run(
        [sys.executable, "-c", _PROBE.format(layers=CORE_LAYERS)],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    imported = set(done.stdout.split())
    present = {
        p.name
        for p in Path(vipcrm.__file__).parent.iterdir()
        if p.is_dir() and p.name in CORE_LAYERS
    }
    for layer in present:
        assert any(name.startswith(f"vipcrm.{layer}.") for name in imported), layer
    assert "vipcrm.cli" in imported


def test_no_core_module_mentions_pyside6():
    root = Path(vipcrm.__file__).parent
    offenders = [
        str(path.relative_to(root))
        for layer in CORE_LAYERS
        for path in (root / layer).rglob("*.py")
        if "PySide6" in path.read_text(encoding="utf-8")
    ]
    assert offenders == []
