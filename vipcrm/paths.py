"""Where vipcrm's own files are: the source tree, or the folder of a frozen (PyInstaller) app."""

from __future__ import annotations

import sys
from pathlib import Path


def app_root() -> Path:
    """The folder holding ``migrations/`` and ``resources/``."""
    frozen = getattr(sys, "_MEIPASS", None)
    return Path(frozen) if frozen else Path(__file__).resolve().parents[1]


ROOT = app_root()
MIGRATIONS = ROOT / "migrations"
RESOURCES = ROOT / "resources"
