"""The local database encrypted with SQLCipher 4, its key in the OS keyring.

Policy (issue "Trust on a laptop", DESIGN.md decision 6):

- **On by default where a keyring works.** The first open creates a random 256-bit key,
  stores it in the keyring (``vipcrm`` / ``db-key:<absolute path>``) and opens the file
  with it. The raw key is given to SQLCipher as ``x'<hex>'`` (no passphrase derivation).
- **An existing plain database is encrypted in place without loss**: exported into a new
  encrypted file, every table's row count compared, and only then swapped in; the plain
  file is removed after that.
- **No keyring, no silent plain text.** Opening then fails with a message saying how to
  choose: ``vipcrm security allow-plain`` (or the GUI's question) records the explicit
  choice for that database in ``security.json`` in the user config folder.
- ``VIPCRM_ENCRYPTION=off`` turns encryption off for a process (the test suite does this
  except where it tests encryption itself); ``on`` insists on it.
- A wrong or missing key gives a plain message, not a traceback, and SQLCipher's own log
  lines never reach the terminal (:func:`_quiet`).
"""

from __future__ import annotations

import json
import os
import secrets as random_source
import sqlite3
from pathlib import Path

import platformdirs
import sqlcipher3

from vipcrm import keyring_store
from vipcrm.domain.errors import VipcrmError, msg
from vipcrm.store.files import create_private

SQLITE_MAGIC = b"SQLite format 3\x00"
DB_ERRORS = (sqlite3.DatabaseError, sqlcipher3.DatabaseError)


def _quiet() -> None:
    """SQLCipher writes its own lines to stderr ("ERROR CORE sqlcipher_page_cipher: hmac
    check failed ...") on a wrong key or a damaged page; the errors reach us as exceptions
    and become our sentences. Its log level is one setting for the whole process."""
    con = sqlcipher3.connect(":memory:")
    try:
        con.execute("PRAGMA cipher_log_level = NONE")
    finally:
        con.close()


_quiet()


class EncryptionError(VipcrmError):
    """The database cannot be opened as the encryption policy asks (no keyring, no key, wrong key).

    ``plain_possible`` when the user may choose to keep this database unencrypted instead
    (no keyring, and the file is not encrypted already).
    """

    def __init__(self, message: str, *, plain_possible: bool = False) -> None:
        super().__init__(message)
        self.plain_possible = plain_possible


def _choices_file() -> Path:
    return Path(platformdirs.user_config_dir("vipcrm", appauthor=False)) / "security.json"


def _choices() -> dict[str, str]:
    try:
        choices: dict[str, str] = json.loads(_choices_file().read_text(encoding="utf-8"))
        return choices
    except (OSError, ValueError):
        return {}


def allow_plain(path: Path) -> None:
    """Remember the user's explicit choice to keep ``path`` unencrypted."""
    choices = _choices() | {str(path.resolve()): "plain"}
    target = _choices_file()
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(json.dumps(choices, indent=2, ensure_ascii=False), encoding="utf-8")


def plain_allowed(path: Path) -> bool:
    return _choices().get(str(path.resolve())) == "plain"


def key_name(path: Path) -> str:
    return f"db-key:{path.resolve()}"


def is_plain(path: Path) -> bool:
    """An existing, non-empty file that is ordinary (unencrypted) SQLite."""
    if not path.is_file() or path.stat().st_size == 0:
        return False
    with path.open("rb") as f:
        return f.read(16) == SQLITE_MAGIC


def key_for(path: Path) -> str | None:
    """The hex key to open ``path`` with, creating one on first use; None for a plain database.

    Raises EncryptionError when the policy cannot be met.
    """
    mode = os.environ.get("VIPCRM_ENCRYPTION", "").lower()
    if mode == "off" or (mode != "on" and plain_allowed(path)):
        if path.is_file() and path.stat().st_size and not is_plain(path):
            return stored_key(path)  # encrypted earlier: still needs its key (None: not ours)
        return None
    try:
        key = keyring_store.get_password(key_name(path))
    except keyring_store.KeyringUnavailable as exc:
        if path.is_file() and path.stat().st_size and not is_plain(path):
            raise EncryptionError(
                msg(
                    "the database {path} is encrypted and its key is in the keyring: {reason}",
                    path=path,
                    reason=exc.text or str(exc),
                )
            ) from None
        raise EncryptionError(
            msg(
                "{reason}.\nThe database {path} is to be encrypted with a key kept in the keyring. "
                "To keep it unencrypted on this laptop instead, say so once: "
                "vipcrm security allow-plain",
                reason=exc.text or str(exc),
                path=path,
            ),
            plain_possible=True,
        ) from None
    if key is not None:
        return key
    if path.is_file() and path.stat().st_size and not is_plain(path):
        raise EncryptionError(
            msg(
                "the database {path} is encrypted (or not a database at all), but this laptop's "
                "keyring holds no key for it (restore the keyring, or restore a backup with: "
                "vipcrm restore PATH)",
                path=path,
            )
        )
    key = random_source.token_hex(32)
    keyring_store.set_password(key_name(path), key)
    return key


def stored_key(path: Path) -> str | None:
    try:
        return keyring_store.get_password(key_name(path))
    except keyring_store.KeyringUnavailable:
        return None  # SQLite will then say plainly that it cannot read the file


def pragma_key(key: str) -> str:
    return f"PRAGMA key = \"x'{key}'\""


def connect(path: Path, key: str) -> sqlite3.Connection:
    con: sqlite3.Connection = sqlcipher3.connect(str(path))  # the sqlite3 module's interface
    con.execute(pragma_key(key))
    return con


def attach_key(key: str | None) -> str:
    """The KEY clause of ``ATTACH DATABASE``: the raw key, or '' for a plain file."""
    return f"\"x'{key}'\"" if key else "''"


def export(source: Path, source_key: str | None, target: Path, target_key: str | None) -> None:
    """Copy a database into a new file with ``sqlcipher_export``, whatever the two kinds
    (plain or encrypted, either side); ``target`` must not exist yet."""
    con = sqlcipher3.connect(str(source))
    try:
        if source_key:
            con.execute(pragma_key(source_key))
        version = con.execute("PRAGMA user_version").fetchone()[0]
        con.execute(f"ATTACH DATABASE ? AS target KEY {attach_key(target_key)}", (str(target),))
        con.execute("SELECT sqlcipher_export('target')")
        con.execute(f"PRAGMA target.user_version = {int(version)}")
        con.execute("DETACH DATABASE target")
    finally:
        con.close()


def encrypt_in_place(path: Path, key: str) -> dict[str, int]:
    """Turn a plain database into an encrypted one; returns the verified row counts."""
    target = path.with_name(path.name + ".encrypting")
    target.unlink(missing_ok=True)
    create_private(target)
    plain = sqlcipher3.connect(str(path))
    try:
        plain.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        tables = [
            r[0] for r in plain.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
        ]
        counts = {t: plain.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0] for t in tables}
        plain.execute(f"ATTACH DATABASE ? AS encrypted KEY \"x'{key}'\"", (str(target),))
        plain.execute("SELECT sqlcipher_export('encrypted')")
        version = plain.execute("PRAGMA user_version").fetchone()[0]
        plain.execute(f"PRAGMA encrypted.user_version = {int(version)}")
        plain.execute("DETACH DATABASE encrypted")
    finally:
        plain.close()
    check = connect(target, key)
    try:
        copied = {t: check.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0] for t in counts}
        ok = check.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    finally:
        check.close()
    if copied != counts or not ok:
        target.unlink(missing_ok=True)
        raise EncryptionError(
            msg(
                "encrypting {path} did not copy every row; the plain database is unchanged",
                path=path,
            )
        )
    os.replace(target, path)
    for suffix in ("-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    return counts
