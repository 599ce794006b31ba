"""Alembic environment for vipcrm: local SQLite (batch mode) and central PostgreSQL.

Used by the app (vipcrm.store.db.upgrade_to_head passes its own connection) and from the
shell: ``alembic -c migrations/alembic.ini -x db=PATH_OR_URL upgrade head``.
"""

from __future__ import annotations

from typing import Any

from alembic import context
from sqlalchemy import engine_from_config, pool

from vipcrm.store.db import resolve_db_url
from vipcrm.store.member_search import include_name
from vipcrm.store.models import Base
from vipcrm.store.types import EnumText, UTCDateTime

config = context.config
target_metadata = Base.metadata


def render_item(type_: str, obj: Any, autogen_context: Any) -> str | bool:
    """Render our portable column types as plain SQLAlchemy types in revisions."""
    if type_ == "type" and isinstance(obj, EnumText):
        return "sa.String(length=32)"
    if type_ == "type" and isinstance(obj, UTCDateTime):
        return "sa.DateTime(timezone=True)"
    return False


def _configure(connection: Any) -> None:
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=connection.dialect.name == "sqlite",
        render_item=render_item,
        compare_type=True,
        include_name=include_name,  # the search index's FTS5 tables are not in the models
    )


def run_migrations_offline() -> None:
    url = config.get_main_option("sqlalchemy.url") or resolve_db_url(
        context.get_x_argument(True).get("db")
    )
    context.configure(
        url=url, target_metadata=target_metadata, literal_binds=True, render_item=render_item
    )
    with context.begin_transaction():
        context.run_migrations()


def run_migrations_online() -> None:
    connection = config.attributes.get("connection")
    if connection is not None:
        _configure(connection)
        with context.begin_transaction():
            context.run_migrations()
        return
    url = config.get_main_option("sqlalchemy.url") or resolve_db_url(
        context.get_x_argument(True).get("db")
    )
    engine = engine_from_config(
        {"sqlalchemy.url": url}, prefix="sqlalchemy.", poolclass=pool.NullPool
    )
    with engine.connect() as conn:
        _configure(conn)
        with context.begin_transaction():
            context.run_migrations()


if context.is_offline_mode():
    run_migrations_offline()
else:
    run_migrations_online()
