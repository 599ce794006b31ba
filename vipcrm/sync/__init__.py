"""Replication between the laptop's SQLite file and the central PostgreSQL store.

No Qt here. ``engine.sync(db, central)`` runs one sync; ``central`` is anything that
implements ``protocol.Central`` (today ``pg.PgCentral``, opened by ``link.open_central``).
``replica`` is the laptop's side, ``central_schema`` and ``admin`` the server's,
``conflicts`` the query API for a Conflicts view. See docs/central-store.md.
"""
