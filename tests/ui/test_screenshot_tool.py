"""``tools/screenshot.py`` runs headless: a mistake ends it with a message, never a hang."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from tests.ui.conftest import build_team
from vipcrm.store.db import open_database

ROOT = Path(__file__).resolve().parents[2]


def test_an_unknown_user_ends_the_tool_with_a_one_line_error(tmp_path: Path) -> None:
    db_path = tmp_path / "team.db"
    db = open_database(db_path)
    build_team(db)
    db.dispose()
    out = tmp_path / "shot.png"
    # Before the fix the tool sat on a modal "Unknown user" box nobody can click.
    done = subprocess.run(
        [sys.executable, str(ROOT / "tools" / "screenshot.py"), "--db", str(db_path)]
        + ["--user", "NOBODY", "--out", str(out)],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=ROOT,
    )
    assert done.returncode != 0
    assert "Traceback" not in done.stderr
    last = done.stderr.strip().splitlines()[-1]  # Qt may warn on lines before it
    assert "'NOBODY' is not in" in last
    assert not out.exists()


def test_an_unknown_campaign_ends_the_tool_with_a_one_line_error(tmp_path: Path) -> None:
    db_path = tmp_path / "team.db"
    db = open_database(db_path)
    build_team(db)
    db.dispose()
    out = tmp_path / "shot.png"
    # Before, the tab was shot with nothing selected, as if the campaign were there.
    done = subprocess.run(
        [sys.executable, str(ROOT / "tools" / "screenshot.py"), "--db", str(db_path)]
        + ["--user", "L001", "--section", "lead-campaigns", "--campaign", "NOPE"]
        + ["--out", str(out)],
        capture_output=True,
        text=True,
        timeout=180,
        cwd=ROOT,
    )
    assert done.returncode != 0
    assert "Traceback" not in done.stderr
    last = done.stderr.strip().splitlines()[-1]
    assert "no campaign 'NOPE'" in last
    assert not out.exists()
