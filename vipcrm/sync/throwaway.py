"""A throwaway PostgreSQL cluster in a temporary folder, for tests and benchmarks.

``initdb`` and ``pg_ctl`` refuse to run as root, so as root they run as the ``postgres``
user (``runuser -u postgres --``) in a folder that user owns; as anyone else they run
directly. The cluster listens on 127.0.0.1 only, on a free port, with

    host all postgres 127.0.0.1/32 trust          (the superuser, for the fixtures)
    host all all      127.0.0.1/32 scram-sha-256  (every vipcrm login: real passwords)

and durability switched off (fsync, full-page writes): it is thrown away afterwards.
``durable=True`` keeps ``synchronous_commit`` on, so a committed transaction survives
:meth:`crash` (``pg_ctl stop -m immediate``, as a server process crash; the files stay in
the operating system's cache); :meth:`resume` starts it again and it recovers from its WAL.
Missing binaries raise :class:`ClusterError` (never a silent skip).
"""

from __future__ import annotations

import glob
import os
import shutil
import socket
import subprocess
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

SUPERUSER = "postgres"


class ClusterError(RuntimeError):
    """The throwaway cluster cannot be created or started."""


def find_bindir() -> Path:
    """The folder holding initdb/pg_ctl: $VIPCRM_PG_BINDIR, Debian's layout, or PATH."""
    candidates = []
    if os.environ.get("VIPCRM_PG_BINDIR"):
        candidates.append(Path(os.environ["VIPCRM_PG_BINDIR"]))
    candidates += [
        Path(p)
        for p in sorted(
            glob.glob("/usr/lib/postgresql/*/bin"),
            key=lambda p: int(p.split("/")[-2]),
            reverse=True,
        )
    ]
    on_path = shutil.which("initdb")
    if on_path:
        candidates.append(Path(on_path).parent)
    for folder in candidates:
        if (folder / "initdb").exists() and (folder / "pg_ctl").exists():
            return folder
    raise ClusterError(
        "PostgreSQL server binaries (initdb, pg_ctl) not found; install the Debian package "
        "'postgresql' (./dev setup does) or set VIPCRM_PG_BINDIR"
    )


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@dataclass
class ThrowawayCluster:
    """``start()`` it, use :meth:`dsn`, ``stop()`` it (the folder is removed)."""

    root: Path | None = None
    port: int = 0
    bindir: Path | None = None
    durable: bool = False
    extra_settings: str = ""
    _as_postgres: bool = field(default=False, init=False)

    @property
    def data(self) -> Path:
        assert self.root is not None
        return self.root / "data"

    def _run(self, *args: str, check: bool = True) -> subprocess.CompletedProcess[str]:
        assert self.bindir is not None
        cmd = [str(self.bindir / args[0]), *args[1:]]
        if self._as_postgres:
            cmd = ["runuser", "-u", "postgres", "--", *cmd]
        done = subprocess.run(cmd, capture_output=True, text=True, timeout=120)
        if check and done.returncode != 0:
            raise ClusterError(f"{' '.join(args[:2])} failed:\n{done.stdout}\n{done.stderr}")
        return done

    def start(self) -> ThrowawayCluster:
        self.bindir = self.bindir or find_bindir()
        self._as_postgres = os.geteuid() == 0
        self.root = Path(tempfile.mkdtemp(prefix="vipcrm-pg-"))
        if self._as_postgres:
            import pwd

            pw = pwd.getpwnam("postgres")
            os.chown(self.root, pw.pw_uid, pw.pw_gid)
        self.port = self.port or free_port()
        self._run(
            "initdb",
            "-D",
            str(self.data),
            "-U",
            SUPERUSER,
            "--auth=trust",
            "--encoding=UTF8",
            "--locale=C.UTF-8",
            "--no-instructions",
        )
        (self.data / "pg_hba.conf").write_text(
            "local all postgres trust\n"
            "host all postgres 127.0.0.1/32 trust\n"
            "host all all 127.0.0.1/32 scram-sha-256\n"
        )
        with open(self.data / "postgresql.conf", "a") as conf:
            conf.write(
                "\n# vipcrm throwaway cluster\n"
                "listen_addresses = '127.0.0.1'\n"
                f"port = {self.port}\n"
                f"unix_socket_directories = '{self.root}'\n"
                "password_encryption = 'scram-sha-256'\n"
                "fsync = off\nfull_page_writes = off\n"
                + ("" if self.durable else "synchronous_commit = off\n")
                + "max_connections = 200\nshared_buffers = '256MB'\n"
                "max_wal_size = '2GB'\n" + self.extra_settings
            )
        return self.resume()

    def resume(self) -> ThrowawayCluster:
        """Start the server (again, after :meth:`crash`: it recovers from its WAL first)."""
        assert self.root is not None
        self._run(
            "pg_ctl",
            "-D",
            str(self.data),
            "-l",
            str(self.root / "log.txt"),
            "-w",
            "-t",
            "120",
            "start",
        )
        return self

    def crash(self) -> None:
        """Stop the server at once, as a crash would (no checkpoint, connections cut)."""
        self._run("pg_ctl", "-D", str(self.data), "-m", "immediate", "-w", "stop")

    def dsn(
        self, dbname: str = "postgres", user: str = SUPERUSER, password: str | None = None
    ) -> str:
        parts = [f"host=127.0.0.1 port={self.port} dbname={dbname} user={user}"]
        if password is not None:
            parts.append(f"password={password}")
        return " ".join(parts)

    def log(self) -> str:
        try:
            return (self.root / "log.txt").read_text(errors="replace") if self.root else ""
        except OSError:
            return ""

    def stop(self) -> None:
        if self.root is None:
            return
        if self.data.exists():
            self._run("pg_ctl", "-D", str(self.data), "-m", "immediate", "-w", "stop", check=False)
        shutil.rmtree(self.root, ignore_errors=True)
        self.root = None
