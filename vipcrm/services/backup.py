"""Backups of the local database, and restoring one — verified before anything is replaced.

A backup uses SQLite's online backup API, so it is consistent while the app is writing. It
is written to a temporary file beside the target, checked (``PRAGMA integrity_check``, the
vipcrm schema present) and only then renamed into place; what killed backups left behind
is removed by the next one. A restore checks the file the same way (a truncated, corrupt,
foreign or unreadable file is refused with nothing changed), writes it into a temporary
file in the live database's kind (plain or encrypted), verifies that, keeps a safety copy
of the current database (its bytes when it is damaged) and only then swaps the new file in.
"""

from __future__ import annotations

import glob
import os
import shutil
import sqlite3
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from pathlib import Path

from sqlalchemy.engine import make_url

from vipcrm.domain.dates import DEFAULT_TZ
from vipcrm.domain.errors import Message, VipcrmError, msg
from vipcrm.store import crypto
from vipcrm.store.db import Database, head_revision
from vipcrm.store.files import create_private

SQLITE_MAGIC = b"SQLite format 3\x00"
PREFIX = "vipcrm-"
DAILY_PREFIX = "vipcrm-daily-"
#: a ``.partial`` file nothing has written to for this long was left by a killed backup
STALE_PARTIAL_SECONDS = 600


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


def _copy(source: Path, target: Path, key: str | None = None) -> None:
    """Copy the live file with SQLite's online backup API (consistent while others write);
    with ``key`` the copy is encrypted with it (a plain source is exported into it)."""
    source_plain = crypto.is_plain(source) or key is None
    if key is not None and crypto.is_plain(source):
        target.unlink(missing_ok=True)
        crypto.export(source, None, target, key)
        return
    src = _open(source, None if source_plain else key, read_only=True)
    create_private(target)
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
    remove_stale_partials(to.parent)
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
    """Replace the live database with ``backup``; nothing is touched until the new file is
    complete and verified, and what was there is kept.

    ``key``: the live database's key (None: it is kept plain). The backup may be plain or
    encrypted (with a key this laptop holds for ``live``); it is written into a temporary
    file beside the live one in the live database's kind, verified, and swapped in. The
    current file is first kept as a safety copy in the backups folder: a verified backup
    when it can be read, else its bytes as they are (a damaged file stays evidence). A
    backup that cannot be read, or no room for the safety copy, is refused with nothing
    changed. Close every connection to ``live`` first (the command line opens none).

    Returns the backup's info and the safety copy (None when there was no database).
    """
    backup = Path(backup)
    source_key = _key_of(backup, [key, crypto.stored_key(live)])
    info = verify(backup, source_key)
    _check_revision(backup, info)
    temp = _restoring(live)
    _remove(temp)
    try:
        live.parent.mkdir(parents=True, exist_ok=True)
        crypto.export(backup, source_key, temp, key)
        verify(temp, key)
    except BackupError:
        _remove(temp)
        raise
    except (OSError, *crypto.DB_ERRORS) as exc:
        _remove(temp)
        raise BackupError(
            msg(
                "restore into {path} failed: {reason}; nothing was changed",
                path=live,
                reason=str(exc),
            )
        ) from None
    try:
        safety = _keep(live, key)
    except OSError as exc:
        _remove(temp)
        raise BackupError(
            msg(
                "no safety copy of {path} could be made ({reason}); nothing was changed",
                path=live,
                reason=str(exc),
            )
        ) from None
    for suffix in ("-wal", "-shm", "-journal"):  # they belong to the file being replaced
        Path(f"{live}{suffix}").unlink(missing_ok=True)
    os.replace(temp, live)
    return info, safety


def _restoring(live: Path) -> Path:
    """The temporary file a restore writes before swapping it in."""
    return live.with_name(live.name + ".restoring")


def _key_of(backup: Path, candidates: list[str | None]) -> str | None:
    """The key that opens an encrypted backup (None for a plain one)."""
    if not backup.is_file() or crypto.is_plain(backup) or backup.stat().st_size == 0:
        return None  # verify() says what is wrong with it
    keys = list(dict.fromkeys(k for k in candidates if k))
    if not keys:
        return None  # no key here at all: verify() says it is no plain SQLite file
    for key in keys:
        try:
            con = crypto.connect(backup, key)
            try:
                con.execute("SELECT count(*) FROM sqlite_master").fetchone()
                return key
            finally:
                con.close()
        except crypto.DB_ERRORS:
            continue
    raise BackupError(
        msg(
            "{path}: encrypted with a key this laptop does not hold (a backup of another "
            "laptop's database?), or not a database at all; nothing was changed",
            path=backup,
        )
    )


def _check_revision(backup: Path, info: BackupInfo) -> None:
    head = head_revision()
    if info.revision is None or head is None or info.revision == head:
        return
    from alembic.script import ScriptDirectory

    from vipcrm.store.db import alembic_config

    known = {rev.revision for rev in ScriptDirectory.from_config(alembic_config()).walk_revisions()}
    if info.revision not in known:
        raise BackupError(
            msg(
                "{path}: made by a newer vipcrm (schema {revision}); update vipcrm first",
                path=backup,
                revision=info.revision,
            )
        )


def _keep(live: Path, key: str | None) -> Path | None:
    """A safety copy of the live database in the backups folder (None: there is none)."""
    if not live.is_file() or live.stat().st_size == 0:
        return None
    stamp = f"{datetime.now():%Y%m%d-%H%M%S}"
    try:
        return make_backup(
            live, backup_dir(live) / f"vipcrm-before-restore-{stamp}.db", key=key
        ).path
    except BackupError:  # damaged (or another key): its bytes as they are
        target = backup_dir(live) / f"vipcrm-damaged-{stamp}.db"
        target.parent.mkdir(parents=True, exist_ok=True)
        for suffix in ("", "-wal"):
            if Path(f"{live}{suffix}").exists():
                shutil.copyfile(f"{live}{suffix}", f"{target}{suffix}")
        return target


def _remove(path: Path) -> None:
    path.unlink(missing_ok=True)
    for suffix in ("-wal", "-shm", "-journal"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)


def remove_stale_partials(
    folder: Path,
    patterns: tuple[str, ...] = ("*.partial",),
    older_than: float = STALE_PARTIAL_SECONDS,
) -> list[Path]:
    """Remove what killed backups (``*.partial``) or restores (``<database>.restoring``, see
    :func:`daily_backup`) left in ``folder``, once nothing has written to it for
    ``older_than`` seconds (a running one keeps writing)."""
    if not folder.is_dir():
        return []
    now = datetime.now().timestamp()
    removed = []
    for pattern in patterns:
        for path in folder.glob(pattern):
            try:
                if now - path.stat().st_mtime > older_than:
                    _remove(path)
                    removed.append(path)
            except OSError:
                continue  # gone meanwhile, or not ours to remove
    return removed


def newest_good_backup(live: Path, key: str | None = None) -> Path | None:
    """The newest backup beside ``live`` that verifies (plain, or encrypted with ``key``)."""
    folder = backup_dir(live)
    if not folder.is_dir():
        return None
    candidates = sorted(folder.glob("*.db"), key=lambda p: p.stat().st_mtime, reverse=True)
    for path in candidates:
        try:
            verify(path, _key_of(path, [key, crypto.stored_key(live)]))
            return path
        except BackupError:
            continue
    return None


def recovery_advice(live: Path, key: str | None = None) -> Message:
    """What to do about a damaged or missing database: the newest good backup by name."""
    good = newest_good_backup(live, key)
    if good is None:
        return msg(
            "No good backup was found in {folder}; restore one from elsewhere with: "
            "vipcrm restore PATH",
            folder=backup_dir(live),
        )
    return msg("Restore the newest good backup with: vipcrm restore {path}", path=good)


def _now() -> datetime:
    """The time backups are named and scheduled by: Asia/Shanghai, like every local date."""
    return datetime.now(DEFAULT_TZ)


def daily_backup(
    source: Path, keep: int = 7, today: datetime | None = None, key: str | None = None
) -> BackupInfo | None:
    """Once a day: a backup in the backups folder, keeping the newest ``keep`` daily ones
    (``vipcrm-daily-YYYYMMDD.db``, the day in Asia/Shanghai); None if the day has one."""
    folder = backup_dir(source)
    # a restore killed half-way left its temporary file beside the database (only that
    # name: the database's folder may be anybody's)
    remove_stale_partials(source.parent, (glob.escape(_restoring(source).name),))
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
