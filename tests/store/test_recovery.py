"""Recovery never destroys: restore through a verified temporary file, a safety copy of what
was there (damaged or not), any backup kind onto any database kind or a refusal before
anything is touched, no stale .partial files, plain messages naming the way out, nothing
but our own sentences on stderr, no traceback without a terminal (issue 16)."""

from __future__ import annotations

import io
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from vipcrm.cli import main

SECRET_PHONE = "13800138000"


class Cli:
    """``vipcrm --db DB ARGS`` in this process, encryption as shipped (on: the tests' file
    keyring); stderr is read at the file descriptor, where SQLCipher would write."""

    def __init__(self, capfd) -> None:
        self.capfd = capfd

    def __call__(self, db: Path, *args: str, plain: bool = False) -> tuple[int, str, str]:
        with pytest.MonkeyPatch.context() as local:
            if plain:
                local.setenv("VIPCRM_ENCRYPTION", "off")
            code = main(["--db", str(db), *args])
        out, err = self.capfd.readouterr()
        return code, out, err

    def make(self, db: Path, plain: bool = False) -> None:
        for args in (
            ("manager", "add", "--code", "A1", "--name", "管理员", "--role", "admin"),
            ("--user", "A1", "member", "add", "--phone", SECRET_PHONE, "--name", "张伟",
             "--tier", "gold"),
        ):  # fmt: skip
            code, _, err = self(db, *args, plain=plain)
            assert code == 0, err

    def members(self, db: Path, plain: bool = False) -> str:
        code, out, err = self(db, "--user", "A1", "member", "list", "--json", plain=plain)
        assert code == 0, err
        return out


@pytest.fixture
def cli(monkeypatch, capfd):
    monkeypatch.delenv("VIPCRM_ENCRYPTION", raising=False)
    return Cli(capfd)


def damage(path: Path) -> None:
    with path.open("r+b") as f:
        f.seek(0)
        f.write(os.urandom(4096))


def kept_copies(db: Path) -> list[Path]:
    return sorted((db.parent / "backups").glob("*.db"))


# --- any backup kind onto any database kind ------------------------------------------------


@pytest.mark.parametrize("backup_kind", ["plain", "encrypted"])
@pytest.mark.parametrize("live_kind", ["encrypted", "damaged encrypted", "plain", "missing"])
def test_a_backup_of_either_kind_restores_onto_a_database_of_any_kind(
    tmp_path, cli, backup_kind, live_kind
):
    live = tmp_path / "laptop.db"
    backup = tmp_path / "backup.db"
    if backup_kind == "plain":
        source = tmp_path / "plain-source.db"
        cli.make(source, plain=True)
        assert cli(source, "backup", "--to", str(backup), plain=True)[0] == 0
        assert SECRET_PHONE.encode() in backup.read_bytes()  # a plain file
    else:  # a backup of this very laptop's database, encrypted with its key
        cli.make(live)
        assert cli(live, "backup", "--to", str(backup))[0] == 0
        assert SECRET_PHONE.encode() not in backup.read_bytes()
        live.unlink()
    plain = live_kind == "plain"
    if live_kind != "missing":
        assert cli(live, "init", plain=plain)[0] == 0  # an empty database of that kind
    if live_kind == "damaged encrypted":
        damage(live)
    before = live.read_bytes() if live.exists() else None

    code, out, err = cli(live, "restore", str(backup), plain=plain)
    assert code == 0, err
    assert err == ""  # no traceback, and nothing of SQLCipher's own
    kept_line = out.splitlines()[-1]
    assert SECRET_PHONE in cli.members(live, plain=plain)
    assert (SECRET_PHONE.encode() not in live.read_bytes()) == (not plain)  # the live kind
    if before is not None:  # what was there is kept; byte for byte when it was damaged
        (kept,) = kept_copies(live)
        assert kept_line == f"the database as it was is kept in {kept}"
        if live_kind == "damaged encrypted":
            assert kept.name.startswith("vipcrm-damaged-") and kept.read_bytes() == before
        else:
            assert kept.name.startswith("vipcrm-before-restore-")
    else:
        assert kept_copies(live) == []
        assert kept_line == "there was no database here before"
    assert not list(tmp_path.glob("*.restoring")) and not list(tmp_path.glob("*.partial"))


def test_a_backup_nobody_here_can_read_is_refused_before_anything_is_touched(tmp_path, cli):
    other = tmp_path / "other-laptop.db"
    cli.make(other)
    backup = tmp_path / "other.db"
    assert cli(other, "backup", "--to", str(backup))[0] == 0
    live = tmp_path / "laptop.db"
    assert cli(live, "init")[0] == 0
    before = live.read_bytes()
    code, _, err = cli(live, "restore", str(backup))
    assert code == 2
    assert "key this laptop does not hold" in err and "nothing was changed" in err
    assert len(err.splitlines()) == 1  # one sentence, no traceback, nothing of SQLCipher's
    assert live.read_bytes() == before and kept_copies(live) == []


def test_a_damaged_file_is_kept_as_it_was_when_the_restore_refuses(tmp_path, cli):
    live = tmp_path / "laptop.db"
    cli.make(live)
    damage(live)
    before = live.read_bytes()
    junk = tmp_path / "junk.db"
    junk.write_bytes(b"SQLite format 3\x00" + b"\x01" * 5000)
    code, _, err = cli(live, "restore", str(junk))
    assert code == 2 and len(err.splitlines()) == 1
    assert live.read_bytes() == before and kept_copies(live) == []


# --- stale partial files --------------------------------------------------------------------


def test_a_killed_backup_leaves_no_partial_file_behind_for_long(tmp_path, cli):
    live = tmp_path / "laptop.db"
    cli.make(live)
    folder = live.parent / "backups"
    folder.mkdir()
    stale = folder / "vipcrm-20261101-090000.db.partial"
    stale.write_bytes(b"\0" * 100_000)
    old = time.time() - 3600
    os.utime(stale, (old, old))
    fresh = folder / "vipcrm-20261122-090000.db.partial"  # another backup writing right now
    fresh.write_bytes(b"\0" * 1000)
    assert cli(live, "backup")[0] == 0
    assert not stale.exists() and fresh.exists()


def test_a_killed_restore_leaves_no_temporary_file_behind_for_long(tmp_path, cli):
    from vipcrm.services.backup import daily_backup

    live = tmp_path / "laptop.db"
    cli.make(live, plain=True)
    stale = tmp_path / "laptop.db.restoring"  # a restore killed before its swap
    stale.write_bytes(b"\0" * 100_000)
    old = time.time() - 3600
    os.utime(stale, (old, old))
    other = tmp_path / "notes.txt.restoring"  # not ours: the folder may be anybody's
    other.write_bytes(b"x")
    os.utime(other, (old, old))
    assert daily_backup(live) is not None  # the app makes it at start
    assert not stale.exists() and other.exists()


# --- messages -------------------------------------------------------------------------------


def test_a_corrupt_database_names_restore_and_the_newest_good_backup(tmp_path, cli):
    live = tmp_path / "laptop.db"
    cli.make(live)
    folder = live.parent / "backups"
    older, newest = folder / "vipcrm-20261120-090000.db", folder / "vipcrm-20261121-090000.db"
    for path in (older, newest):
        assert cli(live, "backup", "--to", str(path))[0] == 0
        time.sleep(0.01)  # the newest by time
    broken = folder / "vipcrm-20261122-090000.db"  # newer still, but truncated
    broken.write_bytes(newest.read_bytes()[:5000])
    damage(live)
    code, _, err = cli(live, "--user", "A1", "member", "list")
    assert code == 2
    assert "damaged" in err and f"vipcrm restore {newest}" in err
    assert len(err.splitlines()) == 1  # one sentence, no traceback, nothing of SQLCipher's


def test_connect_without_a_terminal_and_without_password_stdin_says_what_to_do(
    tmp_path, cli, monkeypatch
):
    monkeypatch.setattr("sys.stdin", io.StringIO(""))  # not a terminal
    code, _, err = cli(
        tmp_path / "laptop.db", "connect", "--dsn", "host=127.0.0.1 port=1 dbname=x", "--user", "A"
    )
    assert code == 2 and len(err.splitlines()) == 1
    assert "no terminal" in err and "--password-stdin" in err


def test_sqlcipher_prints_nothing_of_its_own_in_a_new_process(tmp_path):
    encrypted = tmp_path / "enc.db"
    script = (
        "import sqlcipher3, vipcrm.store.crypto as c\n"
        f"con = c.connect({str(encrypted)!r}, '11' * 32)\n"
        "con.execute('CREATE TABLE t (x)'); con.commit(); con.close()\n"
        f"con = c.connect({str(encrypted)!r}, '22' * 32)\n"
        "try:\n    con.execute('SELECT count(*) FROM sqlite_master').fetchone()\n"
        "except sqlcipher3.DatabaseError:\n    print('refused')\n"
    )
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True)
    assert done.stdout.strip() == "refused" and done.stderr == ""
