"""What opening the database at start-up does: no Alembic when the schema is current, and
the member search's plan (a table scan for everyone, the manager index for a book)."""

from __future__ import annotations

import subprocess
import sys
import uuid

from sqlalchemy import case, select

from vipcrm.store.db import _script_heads, head_revision, open_database
from vipcrm.store.models import Member
from vipcrm.store.queries import _TIER_ORDER, MemberFilter, _filtered


def test_the_newest_revision_is_read_from_the_files_as_alembic_reads_it():
    assert _script_heads() == {head_revision()}


def test_a_current_database_opens_without_loading_alembic(tmp_path):
    path = tmp_path / "current.db"
    open_database(path).dispose()  # created and migrated (Alembic runs here)
    code = (
        "import sys; from vipcrm.store.db import open_database; "
        f"open_database({str(path)!r}).dispose(); print('alembic' in sys.modules)"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout
    assert out.strip() == "False"


def test_an_old_database_is_still_upgraded(tmp_path):
    from alembic import command
    from alembic.script import ScriptDirectory

    from vipcrm.store.db import alembic_config

    previous = ScriptDirectory.from_config(alembic_config()).get_revision(head_revision())
    path = tmp_path / "old.db"
    db = open_database(path)
    cfg = alembic_config()
    with db.engine.begin() as c:  # the database as the previous version left it
        cfg.attributes["connection"] = c
        command.downgrade(cfg, previous.down_revision)
        assert c.exec_driver_sql("SELECT version_num FROM alembic_version").scalar() == (
            previous.down_revision
        )
    db.dispose()
    db = open_database(path)
    with db.engine.connect() as c:
        stored = c.exec_driver_sql("SELECT version_num FROM alembic_version").scalar()
    db.dispose()
    assert stored == head_revision()


def _plan(db, f: MemberFilter) -> str:
    stmt = _filtered(select(Member.id), f).order_by(
        case(_TIER_ORDER, value=Member.tier, else_=9), Member.name_pinyin, Member.id
    )
    compiled = stmt.compile(db.engine, compile_kwargs={"literal_binds": True})
    with db.engine.connect() as c:
        return " | ".join(r[3] for r in c.exec_driver_sql(f"EXPLAIN QUERY PLAN {compiled}"))


def test_the_member_search_does_not_walk_the_due_index(tmp_path):
    db = open_database(tmp_path / "plan.db")
    try:
        everyone = _plan(db, MemberFilter(text="zhang"))
        # A plain table scan, or the member list's covering index in display order (no
        # table look-up): walking an index that does not cover the search (ix_members_due,
        # or the partial unique phone index) means a table look-up per member, in random
        # order (~1 s at 100,000).
        steps = everyone.split(" | ")
        assert [st for st in steps if st.startswith("SCAN members")] in (
            ["SCAN members"],
            ["SCAN members USING COVERING INDEX ix_members_list_tier"],
        )
        assert "USING INDEX" not in everyone
        book = _plan(db, MemberFilter(text="zhang", manager_ids=frozenset({uuid.uuid4()})))
        assert "ix_members_manager_tier" in book
    finally:
        db.dispose()
