"""The local store: SQLAlchemy models, engine and session set-up, queries, the outbox."""
