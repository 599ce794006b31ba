"""Errors a user can cause and fix. They carry the field they are about."""

from __future__ import annotations


class VipcrmError(Exception):
    """Base of every error that is the user's to fix (shown without a traceback)."""


class ValidationError(VipcrmError, ValueError):
    """A value that does not fit: names the field and says why."""

    def __init__(self, field: str, message: str) -> None:
        super().__init__(f"{field}: {message}")
        self.field = field
        self.message = message


class NotFound(VipcrmError, LookupError):
    """A member, manager, team ... named by the user does not exist."""


class PermissionDenied(VipcrmError, PermissionError):
    """The acting user's role does not allow the action."""
