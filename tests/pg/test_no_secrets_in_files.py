"""Passwords and keys only in the keyring: never in logs, config files or the database."""

from __future__ import annotations

import io
import logging
import os
from pathlib import Path

from vipcrm.cli import main
from vipcrm.logs import log_dir, redact


def files_under(*folders: Path):
    for folder in folders:
        if folder.exists():
            for path in folder.rglob("*"):
                if (
                    path.is_file()
                    and "python_keyring" not in path.parts
                    and "keyrings" not in path.parts
                ):
                    yield path


def test_the_password_and_the_database_key_appear_in_no_log_or_file(
    org, laptops, monkeypatch, capsys
):
    monkeypatch.setenv("VIPCRM_ENCRYPTION", "on")  # a key of its own for the laptop database
    laptop = laptops("A", connect=False)
    password = org.passwords["A"]
    logging.getLogger("vipcrm").setLevel(logging.DEBUG)  # the chattiest the logs get
    monkeypatch.setattr("sys.stdin", io.StringIO(password + "\n"))
    args = ["--db", str(laptop.path)]
    assert main([*args, "connect", "--dsn", org.dsn("A"), "--user", "A", "--password-stdin"]) == 0
    assert main([*args, "sync"]) == 0
    assert main([*args, "backup"]) == 0
    logging.getLogger("vipcrm").warning(
        "connecting to postgresql://a:%s@localhost/db", password
    )  # a slip
    capsys.readouterr()
    from vipcrm import keyring_store
    from vipcrm.store.crypto import key_name

    db_key = keyring_store.get_password(key_name(laptop.path))
    secrets_used = [s for s in (password, db_key) if s]
    assert len(secrets_used) == 2
    home = Path(os.environ["HOME"])
    folders = [
        log_dir(),
        home / "config",
        Path(os.environ["XDG_CONFIG_HOME"]),
        Path(os.environ["XDG_STATE_HOME"]),
        Path(os.environ["XDG_CACHE_HOME"]),
        laptop.path.parent,
    ]
    checked = 0
    for path in files_under(*folders):
        data = path.read_bytes()
        for secret in secrets_used:
            assert secret.encode() not in data, f"a secret is in {path}"
        checked += 1
    assert checked > 0 and (log_dir() / "vipcrm.log").exists()
    assert password not in redact(f"postgresql://a:{password}@h/db password={password}")
