"""Every GUI setting, declared once with its type and default (over QSettings).

Add a setting by adding one ``Setting`` line to ``AppSettings``; raise ``VERSION`` and
extend ``_upgrade`` when a key is renamed or its meaning changes.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Generic, TypeVar, overload

from PySide6.QtCore import QByteArray, QSettings

T = TypeVar("T")

ORGANIZATION = "vipcrm"
APPLICATION = "vipcrm"


def _to_bool(raw: Any) -> bool:
    if isinstance(raw, str):
        return raw.strip().lower() in {"1", "true", "yes", "on"}
    return bool(raw)


def _to_bytes(raw: Any) -> bytes:
    if isinstance(raw, QByteArray):
        return bytes(raw.data())
    if isinstance(raw, bytes | bytearray):
        return bytes(raw)
    raise TypeError(f"not bytes: {type(raw).__name__}")


_CONVERT: dict[type, Callable[[Any], Any]] = {str: str, int: int, bool: _to_bool, bytes: _to_bytes}


class Setting(Generic[T]):
    """A typed key: read back as ``kind``, ``default`` when missing or unreadable."""

    def __init__(self, key: str, kind: type[T], default: T, doc: str = "") -> None:
        self.key = key
        self.kind = kind
        self.default = default
        self.__doc__ = doc

    @overload
    def __get__(self, obj: None, owner: type) -> Setting[T]: ...
    @overload
    def __get__(self, obj: AppSettings, owner: type) -> T: ...
    def __get__(self, obj: AppSettings | None, owner: type) -> T | Setting[T]:
        if obj is None:
            return self
        raw = obj.qsettings.value(self.key)
        if raw is None:
            return self.default
        try:
            value: T = _CONVERT[self.kind](raw)
            return value
        except (TypeError, ValueError):
            return self.default

    def __set__(self, obj: AppSettings, value: T) -> None:
        if not isinstance(value, self.kind):
            raise TypeError(f"setting {self.key} expects {self.kind.__name__}")
        stored: Any = QByteArray(value) if isinstance(value, bytes) else value
        obj.qsettings.setValue(self.key, stored)


class AppSettings:
    VERSION = 2

    version = Setting("settings/version", int, 0)
    language = Setting("ui/language", str, "", "zh_CN, en, or '' for the system's language")
    main_window_geometry = Setting("main_window/geometry", bytes, b"")
    member_table_header = Setting("main_window/member_table_header", bytes, b"")
    tier_filter = Setting("main_window/tier_filter", str, "", "a Tier value, '' for all tiers")
    last_section = Setting("main_window/section", int, 0, "the section shown last (0 = Today)")
    status_filter = Setting("members/status_filter", str, "active", "active, left or '' (all)")
    important_only = Setting("members/important_only", bool, False)
    group_only = Setting("members/group_only", bool, False, "key persons of group customers")
    overdue_only = Setting("members/overdue_only", bool, False)
    sms_routine = Setting("sms/routine", str, "", "SMS template; '' for the built-in one")
    sms_first_contact = Setting("sms/first_contact", str, "")
    sms_birthday = Setting("sms/birthday", str, "")
    sms_holiday = Setting("sms/holiday", str, "")
    sms_card = Setting("sms/card", str, "")
    digest_enabled = Setting("digest/enabled", bool, True, "the morning digest in the tray")
    digest_time = Setting("digest/time", str, "08:30", "HH:MM, local time, working days")
    digest_last_day = Setting("digest/last_day", str, "", "ISO date of the last digest shown")
    sync_minutes = Setting(
        "sync/minutes", int, 10, "minutes between background syncs (0: only at start and F5)"
    )
    verify_every = Setting(
        "sync/verify_every",
        int,
        12,
        "syncs between checks of this laptop against the central store (0: only at start)",
    )
    backup_keep = Setting(
        "backup/keep", int, 7, "daily backups kept beside the database (0: none made)"
    )
    backup_time = Setting(
        "backup/time", str, "12:30", "HH:MM, Beijing time: the daily backup (or at start if missed)"
    )

    def __init__(self, qsettings: QSettings) -> None:
        self.qsettings = qsettings
        self._upgrade()

    @classmethod
    def for_user(cls) -> AppSettings:
        """The user's settings file (an INI file in the platform's config folder)."""
        return cls(
            QSettings(
                QSettings.Format.IniFormat, QSettings.Scope.UserScope, ORGANIZATION, APPLICATION
            )
        )

    @classmethod
    def in_file(cls, path: str) -> AppSettings:
        return cls(QSettings(path, QSettings.Format.IniFormat))

    def _upgrade(self) -> None:
        if self.version < self.VERSION:
            # 0 -> 1: nothing to convert (first declared version)
            # 1 -> 2: sections, member filters, SMS templates and the digest were added;
            #         their defaults apply, nothing to convert
            self.version = self.VERSION

    def sync(self) -> None:
        self.qsettings.sync()
