"""One signal hub: services return ``Changes``; the hub tells every screen."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from vipcrm.services.context import Changes


class SignalHub(QObject):
    """Re-emits what an operation changed; each screen checks the flags it cares about."""

    changed = Signal(object)  # Changes

    def publish(self, changes: Changes) -> None:
        if changes != Changes():
            self.changed.emit(changes)
