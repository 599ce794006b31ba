"""Pure domain: value types and rules. Imports neither Qt nor SQLAlchemy."""
