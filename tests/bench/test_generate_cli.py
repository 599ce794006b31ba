"""bench/generate.py run on its own, as docs/benchmarks.md tells anyone reproducing the table.

No timings here (speed is bench/run.py's): only that the command makes the data set on a
machine with no desktop keyring and no setting naming one, as a fresh clone has.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from sqlalchemy import func, select

from vipcrm.store.crypto import is_plain
from vipcrm.store.db import open_database
from vipcrm.store.models import Member

ROOT = Path(__file__).resolve().parents[2]


def test_generate_book_standalone_without_a_keyring_setting(tmp_path: Path) -> None:
    env = dict(os.environ)
    env.pop("PYTHON_KEYRING_BACKEND", None)  # a fresh shell: nothing names a keyring
    env.pop("VIPCRM_ENCRYPTION", None)  # the product's default: encrypted
    out = tmp_path / "book.db"
    done = subprocess.run(
        [sys.executable, str(ROOT / "bench" / "generate.py"), "book", "--out", str(out)],
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    assert f"-> {out}" in done.stdout
    assert not is_plain(out)  # encrypted, as the benchmarks read a laptop's database
    db = open_database(out)  # its key from the same (test) keyring
    try:
        with db.reading() as s:
            assert s.scalar(select(func.count()).select_from(Member)) == 500
    finally:
        db.dispose()
