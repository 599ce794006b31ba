"""Running the backend's calls: reads and writes through the one runner.

``Ops.read`` runs a query off the GUI thread and hands the plain result back on it.
``Ops.write`` does the same for a change and then publishes the ``Changes`` it returned
on the signal hub, so every screen refreshes what it shows. Errors go to one handler
(a message box in the app; a list in tests) unless the caller handles them itself.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from vipcrm.services.context import Changes
from vipcrm.ui.hub import SignalHub
from vipcrm.ui.runner import Job, OnError, OnProgress, Runner


class Ops:
    def __init__(self, runner: Runner, hub: SignalHub) -> None:
        self.runner = runner
        self.hub = hub

    def read(
        self,
        fn: Callable[..., Any],
        on_done: Callable[[Any], None],
        on_error: OnError | None = None,
        on_progress: OnProgress | None = None,
    ) -> None:
        """With ``on_progress``, ``fn`` is given the job's ``progress(done, total)``."""
        self.runner.run(
            _job(fn, on_progress), on_done=on_done, on_error=on_error, on_progress=on_progress
        )

    def write(
        self,
        fn: Callable[..., Any],
        on_done: Callable[[Any], None] | None = None,
        on_error: OnError | None = None,
        on_progress: OnProgress | None = None,
    ) -> None:
        """``fn`` returns ``Changes`` or ``(value, Changes)``; ``on_done`` gets the value.
        With ``on_progress``, ``fn`` is given the job's ``progress(done, total)``."""

        def done(result: Any) -> None:
            value, changes = (
                (None, result) if isinstance(result, Changes) else (result[0], result[1])
            )
            self.hub.publish(changes)
            if on_done is not None:
                on_done(value if value is not None else changes)

        self.runner.run(
            _job(fn, on_progress), on_done=done, on_error=on_error, on_progress=on_progress
        )


def _job(fn: Callable[..., Any], on_progress: OnProgress | None) -> Job:
    if on_progress is None:
        return lambda progress: fn()
    return fn
