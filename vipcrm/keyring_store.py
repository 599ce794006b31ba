"""Secrets in the operating system's keyring (DESIGN.md decision 6), behind one small interface.

Everything vipcrm keeps secret (the central store's password, later the local database
key) is stored under the service name ``vipcrm`` and a key naming what it is for, e.g.
``central:m001@db.example.cn:5432/vipcrm``. Never in a file of ours and never in a log.

Which backend ``keyring`` uses is its own choice (Secret Service, KWallet, macOS Keychain,
Windows Credential Locker; ``PYTHON_KEYRING_BACKEND`` overrides it). With none available
these functions raise :class:`KeyringUnavailable` with a message a person can act on;
``keyrings.alt`` (plain-text files) is for tests only and is not a runtime dependency.
"""

from __future__ import annotations

import os
from typing import Any

from vipcrm.domain.errors import VipcrmError, msg

SERVICE = "vipcrm"


class KeyringUnavailable(VipcrmError):
    """No usable OS keyring: the secret can be neither stored nor read."""


def _unavailable(exc: Exception) -> KeyringUnavailable:
    return KeyringUnavailable(
        msg(
            "no keyring is available to keep the password ({reason}). Start or unlock the "
            "desktop keyring (GNOME Keyring / KWallet via the Secret Service, macOS Keychain, "
            "Windows Credential Locker), or choose a backend with PYTHON_KEYRING_BACKEND",
            reason=f"{type(exc).__name__}: {exc}",
        )
    )


def _keyring() -> tuple[Any, Any]:
    import keyring
    import keyring.errors

    backend = keyring.get_keyring()
    if type(backend).__module__.startswith("keyrings.alt") and not os.environ.get(
        "PYTHON_KEYRING_BACKEND"
    ):
        # keyrings.alt keeps secrets in plain files: fine for tests that ask for it by name,
        # never picked by itself (a developer's venv has it from the test extra).
        raise KeyringUnavailable(
            msg(
                "only a plain-text test keyring ({backend} from keyrings.alt) is installed. "
                "Start or unlock the desktop keyring (Secret Service, KWallet, macOS Keychain, "
                "Windows Credential Locker), or name a backend with PYTHON_KEYRING_BACKEND",
                backend=type(backend).__name__,
            )
        )
    return keyring, keyring.errors


def get_password(key: str) -> str | None:
    """The secret stored under ``key``, or None when there is none."""
    keyring, errors = _keyring()
    try:
        secret: str | None = keyring.get_password(SERVICE, key)
        return secret
    except errors.NoKeyringError as exc:
        raise _unavailable(exc) from None
    except errors.KeyringError as exc:
        raise KeyringUnavailable(
            msg("the keyring refused to read '{key}': {reason}", key=key, reason=str(exc))
        ) from None


def set_password(key: str, secret: str) -> None:
    keyring, errors = _keyring()
    try:
        keyring.set_password(SERVICE, key, secret)
    except errors.NoKeyringError as exc:
        raise _unavailable(exc) from None
    except errors.KeyringError as exc:
        raise KeyringUnavailable(
            msg("the keyring refused to store '{key}': {reason}", key=key, reason=str(exc))
        ) from None


def delete_password(key: str) -> bool:
    """Forget the secret under ``key``; False when there was none."""
    keyring, errors = _keyring()
    try:
        keyring.delete_password(SERVICE, key)
    except errors.PasswordDeleteError:
        return False
    except errors.NoKeyringError as exc:
        raise _unavailable(exc) from None
    except errors.KeyringError as exc:
        raise KeyringUnavailable(
            msg("the keyring refused to delete '{key}': {reason}", key=key, reason=str(exc))
        ) from None
    return True
