"""This laptop's link to the central store: where, as whom, and the password in the keyring.

``vipcrm connect`` stores the connection string *without* a password and the login in
``local_settings``, the password in the OS keyring (:mod:`vipcrm.keyring_store`) under
``central:LOGIN@HOST:PORT/DB``, and makes the user this laptop's default ``--user``; it
also remembers the link outside the database file (:mod:`vipcrm.store.known_links`), so a
lost database is noticed and :func:`relink` can make it anew.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session

from vipcrm import keyring_store
from vipcrm.domain.errors import ValidationError, VipcrmError, msg
from vipcrm.services.context import set_default_user
from vipcrm.store import known_links
from vipcrm.store.db import Database
from vipcrm.store.known_links import KnownLink
from vipcrm.store.models import LocalSetting
from vipcrm.sync.protocol import ServerInfo

DSN_KEY = "central.dsn"
LOGIN_KEY = "central.login"
USER_KEY = "central.user"


class NotConnected(VipcrmError):
    """This laptop has no central store yet (``vipcrm connect``)."""


@dataclass(frozen=True)
class CentralLink:
    dsn: str  # without a password, with the login as ``user``
    login: str
    user: str  # the vipcrm user code

    @property
    def keyring_key(self) -> str:
        from vipcrm.sync import pgconn  # psycopg (~0.3 s): not for the app's status check

        parts = pgconn.dsn_parts(self.dsn)
        host = parts.get("host") or parts.get("hostaddr") or "localhost"
        return f"central:{self.login}@{host}:{parts.get('port') or 5432}/{parts.get('dbname', '')}"

    @property
    def target(self) -> str:
        from vipcrm.sync import pgconn

        return pgconn.describe(self.dsn)


def _get(session: Session, key: str) -> str | None:
    row = session.get(LocalSetting, key)
    return row.value if row is not None else None


def _put(session: Session, key: str, value: str) -> None:
    row = session.get(LocalSetting, key)
    if row is None:
        session.add(LocalSetting(key=key, value=value))
    else:
        row.value = value


def load_link(db: Database) -> CentralLink | None:
    with db.reading() as session:
        dsn, login, user = (_get(session, k) for k in (DSN_KEY, LOGIN_KEY, USER_KEY))
    if not (dsn and login and user):
        return None
    return CentralLink(dsn, login, user)


def require_link(db: Database) -> CentralLink:
    link = load_link(db)
    if link is None:
        raise NotConnected(
            msg(
                "this laptop is not connected to a central store; run "
                "'vipcrm connect --dsn \"host=... dbname=...\" --user CODE' first"
            )
        )
    return link


def make_link(dsn: str, user: str) -> CentralLink:
    from psycopg.conninfo import make_conninfo

    from vipcrm.sync import pgconn

    user = (user or "").strip()
    if not user:
        raise ValidationError("user", msg("name the vipcrm user (--user CODE)"))
    if pgconn.has_password(dsn):
        raise ValidationError(
            "dsn", msg("leave the password out of the connection string; it goes to the keyring")
        )
    parts = pgconn.dsn_parts(dsn)
    login = parts.get("user") or user
    return CentralLink(make_conninfo(dsn, user=login), login, user)


def password_for(link: CentralLink) -> str:
    password = keyring_store.get_password(link.keyring_key)
    if password is None:
        raise NotConnected(
            msg(
                "no password for {login} in the keyring; run 'vipcrm connect --dsn ... "
                "--user {user}' again",
                login=link.login,
                user=link.user,
            )
        )
    return password


def open_central(db: Database, *, connect_timeout: int = 10):  # type: ignore[no-untyped-def]
    """The central store as this laptop's user (the PostgreSQL implementation)."""
    from vipcrm.sync.pg import PgCentral

    link = require_link(db)
    return PgCentral(link.dsn, password_for(link), connect_timeout=connect_timeout)


def connect_laptop(
    db: Database, dsn: str, user: str, password: str
) -> tuple[CentralLink, ServerInfo]:
    """Check the login against the central store, then remember it (password to the keyring)."""
    from vipcrm.sync.pg import PgCentral

    link = make_link(dsn, user)
    central = PgCentral(link.dsn, password)
    try:
        info = central.hello()
    finally:
        central.close()
    if info.user_code is None:
        raise ValidationError(
            "user",
            msg(
                "the login {login} is not linked to a vipcrm user on the central store",
                login=info.login,
            ),
        )
    if info.user_code != link.user:
        raise ValidationError(
            "user",
            msg(
                "the login {login} belongs to {owner}, not {user}",
                login=info.login,
                owner=info.user_code,
                user=link.user,
            ),
        )
    previous = load_link(db)
    keyring_store.set_password(link.keyring_key, password)
    with db.transaction() as session:
        if previous is not None and (previous.dsn, previous.login) != (link.dsn, link.login):
            from vipcrm.store.models import SyncState

            # another store or user: the next sync starts with a fresh initial copy
            session.query(SyncState).delete()
        _put(session, DSN_KEY, link.dsn)
        _put(session, LOGIN_KEY, link.login)
        _put(session, USER_KEY, link.user)
        set_default_user(session, link.user)
    _remember(db, link)
    return link, info


def _remember(db: Database, link: CentralLink) -> None:
    """Outside the file too: a laptop that loses its database can still say what it was."""
    path = make_url(db.url).database
    if db.engine.dialect.name == "sqlite" and path and path != ":memory:":
        known_links.remember(
            Path(path),
            KnownLink(dsn=link.dsn, login=link.login, user=link.user, target=link.target),
        )


def relink(db: Database, known: KnownLink) -> CentralLink:
    """Link a database made anew (the old one was lost) as the one it replaces was linked;
    the password is still in the keyring. Its next sync makes a fresh copy."""
    link = CentralLink(known.dsn, known.login, known.user)
    with db.transaction() as session:
        _put(session, DSN_KEY, link.dsn)
        _put(session, LOGIN_KEY, link.login)
        _put(session, USER_KEY, link.user)
        set_default_user(session, link.user)
    return link
