"""Test-wide set-up: Qt offscreen, an isolated home, a file keyring; database fixtures."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from datetime import date
from pathlib import Path

# Before anything imports Qt or reads the user's folders.
_HOME = Path(tempfile.mkdtemp(prefix="vipcrm-test-home-"))
os.environ["QT_QPA_PLATFORM"] = "offscreen"
os.environ["HOME"] = str(_HOME)
os.environ["XDG_DATA_HOME"] = str(_HOME / "data")
os.environ["XDG_CONFIG_HOME"] = str(_HOME / "config")
os.environ["XDG_CACHE_HOME"] = str(_HOME / "cache")
os.environ["XDG_STATE_HOME"] = str(_HOME / "state")
os.environ["PYTHON_KEYRING_BACKEND"] = "keyrings.alt.file.PlaintextKeyring"
# The product encrypts by default; tests of encryption switch it on themselves, the rest
# read and write plain SQLite files (some check them with the sqlite3 module).
os.environ["VIPCRM_ENCRYPTION"] = "off"
os.environ.pop("VIPCRM_DB", None)
os.environ.pop("VIPCRM_USER", None)

import pytest  # noqa: E402

from vipcrm.store.db import Database, open_database  # noqa: E402

TODAY = date(2026, 11, 22)


@pytest.fixture
def db(tmp_path: Path) -> Iterator[Database]:
    database = open_database(tmp_path / "vipcrm.db")
    yield database
    database.dispose()
