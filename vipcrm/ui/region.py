"""What an administrator's Today asks of the application: the region a team at a time.

No Qt here (like the sections' backends, :mod:`vipcrm.ui.backends`, whose database,
acting user, today and language it reads). An administrator sees every member: the whole region's due
list is ~174,000 items at 100,000 members (~2 s and ~150 MB to work out), which nobody
works through on one screen. So an administrator's Today opens on a summary, one row per
team, each counted on its own (one short read per team, run one after another through the
runner), and shows a team's items when the team is chosen.

A team's items are the ones its lead's Today shows: the scope is narrowed to the team's
managers with the same rule as a lead's (``visible_manager_ids``); it is read-only.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from vipcrm.domain.due import DueResult
from vipcrm.domain.values import Role
from vipcrm.services.directory import TeamRow, team_rows
from vipcrm.services.due import team_due_for
from vipcrm.ui.backends.base import SectionBackend, due_sections


@dataclass(frozen=True)
class TeamCounts:
    """One row of the region summary (items, as on the team lead's Today)."""

    code: str
    overdue: int
    today: int
    soon: int
    problems: tuple[str, ...] = ()  # stored rules left out (messages)
    provisional_years: frozenset[int] = frozenset()


def sees_region(backend: SectionBackend) -> bool:
    """Whether Today opens on the region summary (administrators)."""
    return backend.actor.role is Role.ADMIN


def teams(backend: SectionBackend) -> list[TeamRow]:
    with backend.db.reading() as s:
        return team_rows(s)


def team_due(backend: SectionBackend, team_code: str, horizon_days: int, today: date) -> DueResult:
    """What is due for one team's members (the lead's Today), for an administrator."""
    with backend.db.reading() as s:
        return team_due_for(
            s,
            backend.actor,
            team_code,
            today=today,
            horizon_days=horizon_days,
        )


def team_counts(
    backend: SectionBackend, team_code: str, horizon_days: int, today: date
) -> TeamCounts:
    """A team's row of the summary; the items themselves are not kept."""
    result = team_due(backend, team_code, horizon_days, today)
    overdue, now, soon = due_sections(result.items, today, horizon_days)
    return TeamCounts(
        team_code, len(overdue), len(now), len(soon), result.problems, result.guessed_years
    )
