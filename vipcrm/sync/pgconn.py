"""Opening a psycopg connection to the central store, with errors a person can act on."""

from __future__ import annotations

from typing import Any

import psycopg
from psycopg.conninfo import conninfo_to_dict, make_conninfo

from vipcrm.domain.errors import VipcrmError, msg


class CentralUnreachable(VipcrmError):
    """The central store cannot be reached (network, server down): work goes on offline."""


class CentralLoginFailed(VipcrmError):
    """The central store refused the login (wrong or missing password, unknown user)."""


def dsn_parts(dsn: str) -> dict[str, Any]:
    try:
        return conninfo_to_dict(dsn)
    except psycopg.ProgrammingError as exc:
        raise VipcrmError(
            msg(
                "{field}: not a PostgreSQL connection string ({reason})",
                field="dsn",
                reason=str(exc).strip(),
            )
        ) from None


def describe(dsn: str) -> str:
    """``user@host:port/dbname`` (never the password)."""
    p = dsn_parts(dsn)
    user = f"{p['user']}@" if p.get("user") else ""
    port = f":{p['port']}" if p.get("port") else ""
    return f"{user}{p.get('host') or p.get('hostaddr') or 'localhost'}{port}/{p.get('dbname', '')}"


def has_password(dsn: str) -> bool:
    return bool(dsn_parts(dsn).get("password"))


def connect(
    dsn: str,
    *,
    password: str | None = None,
    user: str | None = None,
    autocommit: bool = False,
    application_name: str = "vipcrm",
    connect_timeout: int = 10,
) -> psycopg.Connection[Any]:
    extra: dict[str, Any] = {"application_name": application_name}
    if "connect_timeout" not in dsn_parts(dsn):
        extra["connect_timeout"] = connect_timeout
    if password is not None:
        extra["password"] = password
    if user is not None:
        extra["user"] = user
    try:
        conn = psycopg.connect(dsn, autocommit=autocommit, **extra)
    except psycopg.OperationalError as exc:
        text = str(exc).strip().splitlines()[-1] if str(exc).strip() else type(exc).__name__
        lowered = str(exc).lower()
        target = describe(make_conninfo(dsn, **({"user": user} if user else {})))
        if "password authentication failed" in lowered or "no password supplied" in lowered:
            raise CentralLoginFailed(
                msg(
                    "the central store {target} refused the login: {reason}",
                    target=target,
                    reason=text,
                )
            ) from None
        if "does not exist" in lowered and ("role" in lowered or "database" in lowered):
            raise CentralLoginFailed(
                msg("the central store {target}: {reason}", target=target, reason=text)
            ) from None
        raise CentralUnreachable(
            msg(
                "the central store {target} cannot be reached: {reason}", target=target, reason=text
            )
        ) from None
    conn.execute("SET TIME ZONE 'UTC'")
    if not autocommit:
        conn.commit()
    return conn
