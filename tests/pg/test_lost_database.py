"""A connected laptop whose database file is gone: said plainly, a fresh copy offered."""

from __future__ import annotations

from vipcrm.cli import main
from vipcrm.store import known_links
from vipcrm.store.models import Member


def test_a_lost_database_is_named_and_made_anew_from_the_central_store(org, laptops, capsys):
    org.add_member("13800000001", "A", name="张伟")
    a = laptops("A")
    a.sync()
    a.close()
    for suffix in ("", "-wal", "-shm"):
        a.path.with_name(a.path.name + suffix).unlink(missing_ok=True)

    assert main(["--db", str(a.path), "member", "list"]) == 2
    err = capsys.readouterr().err
    assert "is missing; this laptop was connected to the central store" in err
    assert "as A" in err and "vipcrm sync --fresh" in err
    assert "vipcrm restore" in err  # and where backups would be
    assert not a.path.exists()  # nothing created silently

    assert main(["--db", str(a.path), "sync", "--fresh"]) == 0
    out = capsys.readouterr().out
    assert "the database was missing: made anew" in out and "pulled fresh copy:" in out
    from vipcrm.store.db import open_database

    db = open_database(a.path)
    try:
        with db.reading() as s:
            assert [m.phone for m in s.query(Member)] == ["13800000001"]
    finally:
        db.dispose()
    assert main(["--db", str(a.path), "sync", "verify"]) == 0


def test_init_on_a_lost_database_starts_an_empty_unlinked_one_by_choice(org, laptops, capsys):
    a = laptops("A")
    a.sync()
    a.close()
    a.path.unlink()
    assert known_links.recall(a.path) is not None
    assert main(["--db", str(a.path), "init"]) == 0
    assert known_links.recall(a.path) is None
    assert main(["--db", str(a.path), "sync", "status"]) == 0
    assert "not connected" in capsys.readouterr().out
