"""The laptop's database files are its user's alone: created 0600, whatever the umask.

SQLite creates a new database file (and its ``-wal`` and ``-shm`` companions, which take
the main file's permissions) with the process umask, usually leaving it readable by every
account on the machine. So every file vipcrm creates to hold a database — the database
itself, a backup, a file being encrypted or restored — is created empty with mode 0600
before SQLite opens it, and an existing one found more open is closed down.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

PRIVATE = 0o600
COMPANIONS = ("", "-wal", "-shm", "-journal")


def create_private(path: Path) -> None:
    """Make ``path`` exist as a file only its owner may read and write."""
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, PRIVATE)
    except FileExistsError:
        pass
    else:
        os.close(fd)
    keep_private(path)


def keep_private(path: Path) -> None:
    """Take group and other permissions off ``path`` and its SQLite companions (POSIX)."""
    if os.name != "posix":
        return  # Windows: the profile folder's ACL protects it
    for suffix in COMPANIONS:
        f = Path(f"{path}{suffix}")
        try:
            mode = stat.S_IMODE(f.stat().st_mode)
        except FileNotFoundError:
            continue
        if mode & 0o077:
            try:
                os.chmod(f, mode & 0o700)
            except PermissionError:
                pass  # another account's file: not ours to change
