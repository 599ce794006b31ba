"""Which database files on this computer were linked to a central store, remembered outside
the files themselves: if a file goes missing, vipcrm can say what it was and offer a fresh
copy instead of silently starting an empty, unlinked database.

Kept in ``central-links.json`` in the user's config folder (beside ``security.json``), one
entry per absolute database path: the connection string *without* a password, the login,
the vipcrm user and a readable target. The password stays in the keyring. ``vipcrm
connect`` writes the entry; ``vipcrm init`` on a missing file (a new, unlinked database
by choice) removes it.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass
from pathlib import Path

import platformdirs


@dataclass(frozen=True)
class KnownLink:
    dsn: str  # without a password
    login: str
    user: str
    target: str  # e.g. db.example.cn:5432/vipcrm (for messages)


def _file() -> Path:
    return Path(platformdirs.user_config_dir("vipcrm", appauthor=False)) / "central-links.json"


def _all() -> dict[str, dict[str, str]]:
    try:
        data = json.loads(_file().read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def _write(entries: dict[str, dict[str, str]]) -> None:
    target = _file()
    target.parent.mkdir(parents=True, exist_ok=True)
    temp = target.with_name(target.name + ".new")
    temp.write_text(json.dumps(entries, indent=2, ensure_ascii=False), encoding="utf-8")
    temp.replace(target)


def remember(path: Path, link: KnownLink) -> None:
    _write(_all() | {str(path.resolve()): asdict(link)})


def forget(path: Path) -> None:
    entries = _all()
    if entries.pop(str(path.resolve()), None) is not None:
        _write(entries)


def recall(path: Path) -> KnownLink | None:
    entry = _all().get(str(path.resolve()))
    try:
        return KnownLink(**entry) if entry else None
    except TypeError:
        return None
