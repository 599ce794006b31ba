"""The database, its -wal and -shm, backups and encrypted copies are the user's alone
(mode 0600), whatever the umask: another account on the laptop reads none of them."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from vipcrm.domain.values import Tier
from vipcrm.services.backup import daily_backup, make_backup
from vipcrm.store.db import open_database
from vipcrm.store.models import Member


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.fixture
def open_umask() -> Iterator[None]:
    """The most careless umask there is."""
    old = os.umask(0)
    try:
        yield
    finally:
        os.umask(old)


def test_a_new_database_and_its_wal_and_backups_are_0600(tmp_path, open_umask):
    path = tmp_path / "laptop.db"
    db = open_database(path)
    try:
        with db.transaction() as s:
            s.add(Member(phone="13800138000", name="张伟", tier=Tier.GOLD))
        with db.reading() as s:  # a connection is open: the -wal and -shm files exist
            s.query(Member).count()
            for suffix in ("", "-wal", "-shm"):
                assert mode(Path(f"{path}{suffix}")) == 0o600, suffix
        backup = make_backup(path).path
        daily = daily_backup(path)
        assert daily is not None
        assert mode(backup) == mode(daily.path) == 0o600
    finally:
        db.dispose()


def test_a_database_left_readable_by_others_is_closed_down_when_opened(tmp_path, open_umask):
    path = tmp_path / "old.db"
    open_database(path).dispose()
    os.chmod(path, 0o644)  # as an older vipcrm left it
    open_database(path).dispose()
    assert mode(path) == 0o600


def test_encrypted_databases_and_their_backups_are_0600(tmp_path):
    env = {
        **os.environ,
        "XDG_DATA_HOME": str(tmp_path / "data"),
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
        "PYTHON_KEYRING_BACKEND": "keyrings.alt.file.PlaintextKeyring",
    }
    env.pop("VIPCRM_ENCRYPTION", None)

    def vipcrm(*args: str, **extra: str) -> None:
        done = subprocess.run(
            [sys.executable, "-m", "vipcrm", *args],
            capture_output=True,
            text=True,
            env={**env, **extra},
            umask=0,
            timeout=120,
        )
        assert done.returncode == 0, done.stderr

    new = tmp_path / "new.db"
    vipcrm("--db", str(new), "init")
    plain = tmp_path / "plain.db"
    vipcrm("--db", str(plain), "init", VIPCRM_ENCRYPTION="off")
    os.chmod(plain, 0o666)
    vipcrm("--db", str(plain), "security", "status")  # encrypted in place on opening
    backup = tmp_path / "copy.db"
    vipcrm("--db", str(new), "backup", "--to", str(backup))
    assert mode(new) == mode(plain) == mode(backup) == 0o600
    assert not plain.read_bytes().startswith(b"SQLite format 3")
