"""The laptop's link: connect (password to the keyring), version skew, the keyring interface."""

from __future__ import annotations

import io

import pytest

from vipcrm import keyring_store
from vipcrm.cli import main
from vipcrm.store.models import LocalSetting
from vipcrm.sync.engine import sync
from vipcrm.sync.link import load_link, open_central
from vipcrm.sync.protocol import CLIENT_VERSION, NEEDS_SCHEMA, VersionSkew


def test_connect_keeps_the_password_in_the_keyring_and_the_dsn_without_it(
    org, laptops, monkeypatch, capsys
):
    laptop = laptops("A", connect=False)
    monkeypatch.setattr("sys.stdin", io.StringIO(org.passwords["A"] + "\n"))
    args = ["--db", str(laptop.path), "connect", "--dsn", org.dsn("A"), "--user", "A"]
    assert main([*args, "--password-stdin"]) == 0
    assert "connected to" in capsys.readouterr().out
    link = load_link(laptop.db)
    assert link.user == "A" and link.login == org.logins["A"]
    assert "password" not in link.dsn
    assert keyring_store.get_password(link.keyring_key) == org.passwords["A"]
    with laptop.db.reading() as s:
        stored = " ".join(r.value for r in s.query(LocalSetting))
        assert org.passwords["A"] not in stored
        assert s.get(LocalSetting, "default_user").value == "A"
    assert org.passwords["A"] not in laptop.path.read_bytes().decode("latin-1")
    assert main(["--db", str(laptop.path), "sync"]) == 0
    assert "synced as A (manager)" in capsys.readouterr().out


def test_connect_refuses_a_wrong_password_a_password_in_the_dsn_and_someone_elses_login(
    org, laptops, monkeypatch, capsys
):
    laptop = laptops("A", connect=False)
    base = ["--db", str(laptop.path), "connect", "--password-stdin"]
    monkeypatch.setattr("sys.stdin", io.StringIO("wrong-password\n"))
    assert main([*base, "--dsn", org.dsn("A"), "--user", "A"]) == 2
    assert "refused the login" in capsys.readouterr().err
    monkeypatch.setattr("sys.stdin", io.StringIO("x\n"))
    assert main([*base, "--dsn", org.dsn("A") + " password=x", "--user", "A"]) == 2
    assert "leave the password out" in capsys.readouterr().err
    monkeypatch.setattr("sys.stdin", io.StringIO(org.passwords["A"] + "\n"))
    assert main([*base, "--dsn", org.dsn("A"), "--user", "B"]) == 2
    assert "belongs to A, not B" in capsys.readouterr().err
    assert load_link(laptop.db) is None


def test_a_too_old_client_says_so_and_keeps_its_outbox(org, laptops, capsys):
    org.add_member("13800000001", "A")
    laptop = laptops("A")
    laptop.sync()
    with laptop.work() as (s, _):
        from vipcrm.store.models import Member

        s.query(Member).one().notes = "离线时写的"
    org.sql("UPDATE central_meta SET min_client_version = %s", (CLIENT_VERSION + 1,))
    central = open_central(laptop.db)
    with pytest.raises(VersionSkew, match="too old .* update vipcrm; your 1 change"):
        sync(laptop.db, central)
    central.close()
    assert main(["--db", str(laptop.path), "sync"]) == 2
    assert "too old" in capsys.readouterr().err
    assert laptop.pending() == 1
    org.sql("UPDATE central_meta SET min_client_version = %s", (CLIENT_VERSION,))
    assert laptop.sync().pushed == 1 and laptop.pending() == 0


def test_a_newer_client_will_not_write_to_an_older_schema(org, laptops):
    org.add_member("13800000001", "A")
    laptop = laptops("A")
    laptop.sync()
    with laptop.work() as (s, _):
        from vipcrm.store.models import Member

        s.query(Member).one().notes = "新版本写的"
    org.sql("UPDATE central_meta SET schema_version = %s", (NEEDS_SCHEMA - 1,))
    with pytest.raises(VersionSkew, match="will not write to it"):
        laptop.sync()
    assert laptop.pending() == 1
    assert org.one("SELECT notes FROM members") == ""


def test_the_keyring_interface_says_plainly_when_there_is_no_keyring(monkeypatch):
    import keyring
    from keyring.backends.fail import Keyring as NoKeyring

    monkeypatch.setattr(keyring.core, "_keyring_backend", NoKeyring())
    for call in (
        lambda: keyring_store.get_password("k"),
        lambda: keyring_store.set_password("k", "v"),
        lambda: keyring_store.delete_password("k"),
    ):
        with pytest.raises(keyring_store.KeyringUnavailable, match="no keyring is available"):
            call()


def test_the_keyring_interface_round_trips():
    keyring_store.set_password("test:key", "s3cret")
    assert keyring_store.get_password("test:key") == "s3cret"
    assert keyring_store.delete_password("test:key") is True
    assert keyring_store.get_password("test:key") is None
    assert keyring_store.delete_password("test:key") is False


def test_a_connection_lost_during_sync_is_offline_and_loses_nothing(org, laptops):
    from vipcrm.sync.pgconn import CentralUnreachable

    org.add_member("13800000001", "A")
    laptop = laptops("A")
    laptop.sync()
    with laptop.work() as (s, _):
        from vipcrm.store.models import Member

        s.query(Member).one().notes = "断线前写的"
    central = open_central(laptop.db)
    org.sql(
        "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE usename = %s",
        (org.logins["A"],),
    )
    with pytest.raises(CentralUnreachable, match="lost during sync"):
        sync(laptop.db, central)
    central.close()
    assert laptop.pending() == 1
    assert laptop.sync().pushed == 1 and org.one("SELECT notes FROM members") == "断线前写的"
