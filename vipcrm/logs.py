"""Logging to the platform's log folder, rotated, with secrets kept out.

Logs go to ``platformdirs.user_log_dir("vipcrm")/vipcrm.log`` (1 MB per file, 5 files
kept). Passwords and keys never reach a log: they live only in the OS keyring, connection
strings are logged through :func:`redact`, and a filter masks anything that looks like a
password in a DSN or a ``password=`` pair should one slip into a message.
"""

from __future__ import annotations

import logging
import os
import re
from logging.handlers import RotatingFileHandler
from pathlib import Path

import platformdirs

_SECRETS = [
    (re.compile(r"(://[^:/@\s]+:)([^@\s]+)(@)"), r"\1***\3"),  # scheme://user:password@host
    (re.compile(r"(?i)(password\s*[=:]\s*)([^\s&;,]+)"), r"\1***"),  # password=..., password: ...
    (re.compile(r"(?i)(\bkey\s*[=:]\s*)([^\s&;,]+)"), r"\1***"),
]


def redact(text: str) -> str:
    for pattern, replacement in _SECRETS:
        text = pattern.sub(replacement, text)
    return text


class RedactingFilter(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        clean = redact(message)
        if clean != message:
            record.msg, record.args = clean, None
        return True


def log_dir() -> Path:
    return Path(
        os.environ.get("VIPCRM_LOG_DIR") or platformdirs.user_log_dir("vipcrm", appauthor=False)
    )


def setup_logging(level: int = logging.INFO) -> Path:
    """Send vipcrm's log records to the rotating log file (idempotent); returns its path."""
    folder = log_dir()
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "vipcrm.log"
    root = logging.getLogger("vipcrm")
    if not any(getattr(h, "baseFilename", None) == str(path) for h in root.handlers):
        handler = RotatingFileHandler(path, maxBytes=1_000_000, backupCount=5, encoding="utf-8")
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
        handler.addFilter(RedactingFilter())
        root.addHandler(handler)
        root.setLevel(level)
    return path
