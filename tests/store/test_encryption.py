"""The local database encrypted with SQLCipher, its key in the keyring; never a silent fallback."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

SECRET_PHONE = "13800138000"


def vipcrm(*args: str, **env: str) -> subprocess.CompletedProcess:
    full = {**os.environ, **env}
    full.pop("VIPCRM_ENCRYPTION", None)  # the product's default: on where a keyring works
    full.update(env)
    return subprocess.run(
        [sys.executable, "-m", "vipcrm", *args],
        capture_output=True,
        text=True,
        env=full,
        timeout=120,
    )


@pytest.fixture
def keyring_home(tmp_path):
    """A keyring of our own for the subprocesses (a plain-text test backend in a temp folder)."""
    return {
        "XDG_DATA_HOME": str(tmp_path / "data"),
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
        "PYTHON_KEYRING_BACKEND": "keyrings.alt.file.PlaintextKeyring",
    }


def add_member(db, **env):
    assert (
        vipcrm(
            "--db",
            str(db),
            "manager",
            "add",
            "--code",
            "A1",
            "--name",
            "管理员",
            "--role",
            "admin",
            **env,
        ).returncode
        == 0
    )
    done = vipcrm(
        "--db",
        str(db),
        "--user",
        "A1",
        "member",
        "add",
        "--phone",
        SECRET_PHONE,
        "--name",
        "张伟",
        "--tier",
        "gold",
        **env,
    )
    assert done.returncode == 0, done.stderr


def test_a_new_database_is_encrypted_and_reveals_nothing_without_the_key(tmp_path, keyring_home):
    db = tmp_path / "laptop.db"
    add_member(db, **keyring_home)
    raw = db.read_bytes()
    assert not raw.startswith(b"SQLite format 3")
    assert SECRET_PHONE.encode() not in raw and "张伟".encode() not in raw
    listed = vipcrm("--db", str(db), "--user", "A1", "member", "list", "--json", **keyring_home)
    assert SECRET_PHONE in listed.stdout
    status = vipcrm("--db", str(db), "security", "status", **keyring_home)
    assert "encrypted (SQLCipher" in status.stdout
    # a lost laptop's copy without the keyring: a clear refusal, no data, no traceback
    stranger = {**keyring_home, "XDG_DATA_HOME": str(tmp_path / "elsewhere")}
    lost = vipcrm("--db", str(db), "member", "list", **stranger)
    assert lost.returncode == 2 and "holds no key" in lost.stderr and "Traceback" not in lost.stderr


def test_an_existing_plain_database_is_encrypted_without_loss(tmp_path, keyring_home):
    db = tmp_path / "old.db"
    assert (
        vipcrm(
            "--db", str(db), "demo", "--members", "30", VIPCRM_ENCRYPTION="off", **keyring_home
        ).returncode
        == 0
    )
    assert db.read_bytes().startswith(b"SQLite format 3")
    before = vipcrm(
        "--db", str(db), "member", "list", "--json", VIPCRM_ENCRYPTION="off", **keyring_home
    ).stdout
    after = vipcrm("--db", str(db), "member", "list", "--json", **keyring_home)
    assert after.returncode == 0 and after.stdout == before
    assert not db.read_bytes().startswith(b"SQLite format 3")
    assert not (tmp_path / "old.db.encrypting").exists()


def test_without_a_keyring_the_user_chooses_plain_text_explicitly(tmp_path, keyring_home):
    no_keyring = {**keyring_home, "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring"}
    db = tmp_path / "plain.db"
    refused = vipcrm("--db", str(db), "init", **no_keyring)
    assert refused.returncode == 2 and "allow-plain" in refused.stderr and not db.exists()
    assert vipcrm("--db", str(db), "security", "allow-plain", **no_keyring).returncode == 0
    assert vipcrm("--db", str(db), "init", **no_keyring).returncode == 0
    assert db.read_bytes().startswith(b"SQLite format 3")  # the remembered choice, plainly
    assert "NOT encrypted" in vipcrm("--db", str(db), "security", "status", **no_keyring).stdout


def test_a_wrong_key_gives_a_clear_message(tmp_path, keyring_home):
    db = tmp_path / "laptop.db"
    add_member(db, **keyring_home)
    script = (
        "import keyring; from pathlib import Path; "
        f"keyring.set_password('vipcrm', 'db-key:' + str(Path({str(db)!r}).resolve()), '00' * 32)"
    )
    env = {**os.environ, **keyring_home}
    subprocess.run([sys.executable, "-c", script], check=True, env=env)
    wrong = vipcrm("--db", str(db), "member", "list", **keyring_home)
    assert (
        wrong.returncode == 2
        and "does not open it" in wrong.stderr
        and "Traceback" not in wrong.stderr
    )


def test_backups_of_an_encrypted_database_are_encrypted_and_restore(tmp_path, keyring_home):
    db = tmp_path / "laptop.db"
    add_member(db, **keyring_home)
    backup = tmp_path / "backup.db"
    assert vipcrm("--db", str(db), "backup", "--to", str(backup), **keyring_home).returncode == 0
    assert SECRET_PHONE.encode() not in backup.read_bytes()
    db.write_bytes(b"\0" * 4096)  # the laptop's file is destroyed
    restored = vipcrm("--db", str(db), "restore", str(backup), **keyring_home)
    assert restored.returncode == 0, restored.stderr
    listed = vipcrm("--db", str(db), "--user", "A1", "member", "list", "--json", **keyring_home)
    assert SECRET_PHONE in listed.stdout


def test_the_plain_text_test_keyring_is_never_picked_by_itself(tmp_path, keyring_home):
    """keyrings.alt comes with the test extra; unless named, it does not count as a keyring."""
    env = {k: v for k, v in keyring_home.items() if k != "PYTHON_KEYRING_BACKEND"}
    full = {
        k: v
        for k, v in os.environ.items()
        if k not in ("PYTHON_KEYRING_BACKEND", "VIPCRM_ENCRYPTION")
    }
    full.update(env)
    done = subprocess.run(
        [sys.executable, "-m", "vipcrm", "--db", str(tmp_path / "x.db"), "init"],
        capture_output=True,
        text=True,
        env=full,
        timeout=120,
    )
    chosen = subprocess.run(
        [sys.executable, "-c", "import keyring; print(type(keyring.get_keyring()).__module__)"],
        capture_output=True,
        text=True,
        env=full,
        timeout=60,
    ).stdout
    if not chosen.startswith("keyrings.alt"):
        pytest.skip("a real keyring backend is configured here")
    assert done.returncode == 2 and "plain-text test keyring" in done.stderr
    assert not (tmp_path / "x.db").exists()


def test_without_a_keyring_the_refusal_is_a_sentence_with_the_keyring_sentence_inside(
    tmp_path, monkeypatch
):
    """The desktop app translates both sentences; the command line reads the same English."""
    import keyring.errors

    from vipcrm import keyring_store
    from vipcrm.domain.errors import Message
    from vipcrm.store.crypto import EncryptionError, key_for

    class NoKeyring:
        @staticmethod
        def get_password(service, key):
            raise keyring.errors.NoKeyringError("no backend found")

    monkeypatch.setattr(keyring_store, "_keyring", lambda: (NoKeyring, keyring.errors))
    monkeypatch.delenv("VIPCRM_ENCRYPTION")
    db = tmp_path / "new.db"
    with pytest.raises(EncryptionError) as caught:
        key_for(db)
    text = caught.value.text
    assert text is not None and text.template.startswith("{reason}.\nThe database {path}")
    reason = text.params["reason"]
    assert isinstance(reason, Message) and reason.template.startswith("no keyring is available")
    assert reason.params["reason"] == "NoKeyringError: no backend found"
    assert str(caught.value).startswith(
        "no keyring is available to keep the password (NoKeyringError: no backend found)."
    )
    assert f"The database {db} is to be encrypted" in str(caught.value)
    assert str(caught.value).endswith("vipcrm security allow-plain")


def test_without_a_keyring_plain_text_is_offered_only_for_a_file_not_encrypted_yet(
    tmp_path, monkeypatch, keyring_home
):
    """The window asks "keep it unencrypted?" only when that choice exists."""
    import keyring.errors

    from vipcrm import keyring_store
    from vipcrm.store.crypto import EncryptionError, key_for

    encrypted = tmp_path / "enc.db"
    assert vipcrm("--db", str(encrypted), "init", **keyring_home).returncode == 0

    class NoKeyring:
        @staticmethod
        def get_password(service, key):
            raise keyring.errors.NoKeyringError("no backend found")

    monkeypatch.setattr(keyring_store, "_keyring", lambda: (NoKeyring, keyring.errors))
    monkeypatch.delenv("VIPCRM_ENCRYPTION")
    with pytest.raises(EncryptionError) as new:
        key_for(tmp_path / "new.db")
    assert new.value.plain_possible
    with pytest.raises(EncryptionError) as locked:
        key_for(encrypted)
    assert not locked.value.plain_possible
