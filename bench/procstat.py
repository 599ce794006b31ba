"""This process's memory figures, shared by the GUI benchmarks (no side effects on import)."""

from __future__ import annotations

import resource
from pathlib import Path


def peak_rss_mb() -> float:
    """This process's peak resident memory: ``VmHWM`` (Linux), which starts afresh with the
    program. Not ``ru_maxrss``: Linux carries it over ``exec`` from the process that forked
    this one, so under bench/run.py, after the harness itself held a 540 MB data set, every
    GUI process reported 540 MB whatever it used."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # kB on Linux
