"""House rule: only vipcrm/ui (and the composition root vipcrm/app.py) may import Qt.

The import contracts in pyproject.toml (``lint-imports``, run by ./dev test) check every
layer rule on the source; this checks that each core module really imports and runs its
module code with PySide6 out of reach."""

import subprocess
import sys
from pathlib import Path

import vipcrm

CORE_LAYERS = ("domain", "store", "services", "sync", "reports", "commands", "texts")

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
