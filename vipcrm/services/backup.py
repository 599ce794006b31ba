"""Backups of the local database, and restoring one — verified before anything is replaced.

A backup uses SQLite's online backup API, so it is consistent while the app is writing. It
is written to a temporary file beside the target, checked (``PRAGMA integrity_check``, the
vipcrm schema present) and only then renamed into place. A restore checks the file the same
way (a truncated, corrupt or foreign file is refused), keeps a safety copy of the current
database, and copies the backup in through the same API.
"""

from __future__ import annotations

import os
import sqlite3
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from pathlib import Path

from sqlalchemy.engine import make_url

from vipcrm.domain.dates import DEFAULT_TZ
from vipcrm.domain.errors import VipcrmError, msg
from vipcrm.store import crypto
from vipcrm.store.db import Database, head_revision

SQLITE_MAGIC = b"SQLite format 3\x00"
PREFIX = "vipcrm-"
DAILY_PREFIX = "vipcrm-daily-"


class BackupError(VipcrmError):
    """A backup could not be made, or a file is not a usable vipcrm backup."""


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    size: int
    members: int
    revision: str | None


def db_file(url_or_db: str | Database) -> Path:
    """The SQLite file behind a database URL (or an open Database)."""
    url = make_url(url_or_db.url if isinstance(url_or_db, Database) else url_or_db)
    if url.get_backend_name() != "sqlite" or not url.database or url.database == ":memory:":
        raise BackupError(msg("backups are for the local SQLite database"))
    return Path(url.database)


def backup_dir(live: Path) -> Path:
    return live.parent / "backups"


def _open(path: Path, key: str | None, read_only: bool = False) -> sqlite3.Connection:
    """A connection to an ordinary SQLite file, or (with ``key``) a SQLCipher one."""
    if key is None:
        return (
            sqlite3.connect(f"file:{path}?mode=ro", uri=True)
            if read_only
            else sqlite3.connect(path)
        )
    return crypto.connect(path, key)


def verify(path: Path, key: str | None = None) -> BackupInfo:
    """Refuse anything but a complete, intact vipcrm database (encrypted ones need ``key``)."""
    path = Path(path)
    if not path.is_file():
        raise BackupError(msg("{path}: no such file", path=path))
    with path.open("rb") as f:
        header = f.read(100)
    plain = header.startswith(SQLITE_MAGIC)
    if not plain and key is None:
        raise BackupError(
            msg("{path}: not an SQLite database (a foreign, damaged or encrypted file)", path=path)
        )
    if plain:
        page_size = int.from_bytes(header[16:18], "big") or 65536
        pages = int.from_bytes(header[28:32], "big")
        if pages and path.stat().st_size < page_size * pages:
            raise BackupError(
                msg(
                    "{path}: truncated ({size} of {expected} bytes)",
                    path=path,
                    size=path.stat().st_size,
                    expected=page_size * pages,
                )
            )
    elif path.stat().st_size % 1024:
        raise BackupError(msg("{path}: truncated (not a whole number of pages)", path=path))
    try:
        con = _open(path, None if plain else key, read_only=True)
        try:
            check = con.execute("PRAGMA integrity_check").fetchone()[0]
            if check != "ok":
                raise BackupError(msg("{path}: damaged ({check})", path=path, check=check))
            tables = {
                r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
            }
            if not {"alembic_version", "members", "managers", "outbox"} <= tables:
                raise BackupError(
                    msg("{path}: an SQLite database, but not a vipcrm one", path=path)
                )
            revision = con.execute("SELECT version_num FROM alembic_version").fetchone()
            members = con.execute("SELECT count(*) FROM members").fetchone()[0]
        finally:
            con.close()
    except crypto.DB_ERRORS as exc:  # not a database, or the wrong key
        if not plain:
            raise BackupError(
                msg(
                    "{path}: not a readable vipcrm database (wrong key, or a foreign or damaged file)",
                    path=path,
                )
            ) from None
        raise BackupError(
            msg("{path}: not a readable vipcrm database ({reason})", path=path, reason=str(exc))
        ) from None
    return BackupInfo(path, path.stat().st_size, members, revision[0] if revision else None)


def _copy(
    source: Path, target: Path, key: str | None = None, source_plain: bool | None = None
) -> None:
    """Copy with SQLite's online backup API; with ``key`` the copy is encrypted with it."""
    if source_plain is None:
        source_plain = crypto.is_plain(source) or key is None
    src = _open(source, None if source_plain else key, read_only=True)
    dst = _open(target, key)
    try:
        src.backup(dst)
        dst.execute("PRAGMA journal_mode = DELETE")  # one self-contained file, no -wal beside it
    finally:
        dst.close()
        src.close()


def make_backup(
    source: Path, to: Path | None = None, *, prefix: str = PREFIX, key: str | None = None
) -> BackupInfo:
    """Write a verified copy of the live database file (default: the backups folder beside it).

    The copy of an encrypted database is encrypted with the same key.
    """
    if not source.is_file():
        raise BackupError(msg("{path}: no database to back up", path=source))
    if to is None:
        to = backup_dir(source) / f"{prefix}{_now():%Y%m%d-%H%M%S}.db"
    to = Path(to).expanduser()
    if to.is_dir():
        to = to / f"{prefix}{_now():%Y%m%d-%H%M%S}.db"
    partial = to.with_name(to.name + ".partial")
    try:
        to.parent.mkdir(parents=True, exist_ok=True)
        _copy(source, partial, key)
        verify(partial, key)
        os.replace(partial, to)
    except BackupError:
        partial.unlink(missing_ok=True)
        raise
    except (OSError, *crypto.DB_ERRORS) as exc:
        partial.unlink(missing_ok=True)
        raise BackupError(
            msg("backup to {path} failed: {reason}", path=to, reason=str(exc))
        ) from None
    return verify(to, key)


def restore(live: Path, backup: Path, key: str | None = None) -> tuple[BackupInfo, Path | None]:
    """Replace the live database file's contents with ``backup`` after verifying it.

    Close every connection to ``live`` first (the command line opens none).

    Returns the backup's info and the safety copy made of the current database (None when
    the current file is too damaged to copy).
    """
    info = verify(backup, key)
    head = head_revision()
    if info.revision is not None and head is not None and info.revision != head:
        from alembic.script import ScriptDirectory

        from vipcrm.store.db import alembic_config

        known = {
            rev.revision for rev in ScriptDirectory.from_config(alembic_config()).walk_revisions()
        }
        if info.revision not in known:
            raise BackupError(
                msg(
                    "{path}: made by a newer vipcrm (schema {revision}); update vipcrm first",
                    path=backup,
                    revision=info.revision,
                )
            )
    safety: Path | None = None
    try:
        target = backup_dir(live) / f"vipcrm-before-restore-{datetime.now():%Y%m%d-%H%M%S}.db"
        safety = make_backup(live, target, key=key).path
    except BackupError:
        safety = None  # the live file is damaged: that is why we restore
    try:
        if safety is None:
            for suffix in ("", "-wal", "-shm"):
                Path(f"{live}{suffix}").unlink(missing_ok=True)
        _copy(Path(backup), live, key, source_plain=crypto.is_plain(Path(backup)))
    except (OSError, *crypto.DB_ERRORS) as exc:
        if safety is None:
            raise BackupError(
                msg(
                    "restore into {path} failed: {reason}; there is no safety copy "
                    "(the current database could not be copied)",
                    path=live,
                    reason=str(exc),
                )
            ) from None
        raise BackupError(
            msg(
                "restore into {path} failed: {reason}; the safety copy is {copy}",
                path=live,
                reason=str(exc),
                copy=safety,
            )
        ) from None
    return info, safety


def _now() -> datetime:
    """The time backups are named and scheduled by: Asia/Shanghai, like every local date."""
    return datetime.now(DEFAULT_TZ)


def daily_backup(
    source: Path, keep: int = 7, today: datetime | None = None, key: str | None = None
) -> BackupInfo | None:
    """Once a day: a backup in the backups folder, keeping the newest ``keep`` daily ones
    (``vipcrm-daily-YYYYMMDD.db``, the day in Asia/Shanghai); None if the day has one."""
    folder = backup_dir(source)
    when = today or _now()
    if when.tzinfo is not None:
        when = when.astimezone(DEFAULT_TZ)
    stamp = f"{DAILY_PREFIX}{when:%Y%m%d}"
    existing = sorted(folder.glob(f"{DAILY_PREFIX}*.db")) if folder.exists() else []
    if any(p.name.startswith(stamp) for p in existing):
        return None
    info = make_backup(source, folder / f"{stamp}.db", key=key)
    dailies = sorted(folder.glob(f"{DAILY_PREFIX}*.db"))
    for old in dailies[: max(0, len(dailies) - keep)]:
        old.unlink(missing_ok=True)
    return info


def last_daily_backup(source: Path) -> date | None:
    """The day of the newest daily backup (from its name); None if there is none."""
    folder = backup_dir(source)
    days = []
    for path in folder.glob(f"{DAILY_PREFIX}*.db") if folder.exists() else ():
        try:
            days.append(datetime.strptime(path.name[len(DAILY_PREFIX) :][:8], "%Y%m%d").date())
        except ValueError:
            continue
    return max(days, default=None)


def daily_backup_due(last: date | None, now: datetime, at: time) -> bool:
    """Whether the daily backup is due at ``now``: its latest time ``at`` (today's once it
    has passed, else yesterday's; Beijing time) fell on a day with no daily backup yet. So
    one a day, at its time; at start or on wake when the laptop was off or asleep then."""
    now = now.astimezone(DEFAULT_TZ)
    slot = now.date() if now.time() >= at else now.date() - timedelta(days=1)
    return last is None or last < slot


def scheduled_backup(
    source: Path, *, keep: int, at: time, now: datetime | None = None, key: str | None = None
) -> BackupInfo | None:
    """The daily backup if it is due (:func:`daily_backup_due`, from the backups folder);
    None when it is not."""
    now = now or _now()
    if not daily_backup_due(last_daily_backup(source), now, at):
        return None
    return daily_backup(source, keep, now, key)
